"""Cues of violence and damage read anew by what they are done to or when: goods carried off are
looting, not an abduction (:func:`goods_taken`); a building stripped is looted, a person stripped of a
rank is not (:func:`stripped_property`); a vehicle seized is a hijacking, no place taken
(:func:`vehicle_seized`); violence in a phrase set apart in time ("two days after a roadside bomb
killed five soldiers") or that people fled from ("as residents fled the shelling") is another event
(:func:`background_cues`). Used by :func:`eventwire.events.violence.drop_misread`.
"""

from __future__ import annotations

from typing import Any

from .crowd import time_shifted
from .lexicon import CueHit

ACT_CATS = frozenset("VIOLENCE CLASH SUICIDE AIR SHELL IED GRENADE CHEM BLAST SEXV ABDUCT".split())
#: the cues of violence that a phrase set apart in time ("two days after ...") only recalls
BACKGROUND_CATS = ACT_CATS - {"SEXV", "ABDUCT"} | {"LETHAL"}
#: the cues of an event that the sentence tells as its own act
EVENT_CATS = ACT_CATS | frozenset("LETHAL PROTEST RIOT LOOT ARREST INTERV MOB CAPTURE REGAIN".split())


def background_cues(doc: Any, hits: list[CueHit]) -> set[int]:
    """The starts of the violence cues inside a phrase set apart in time from the sentence's act ("Two
    days after a roadside bomb killed five soldiers, troops fired on residents protesting ..."), when
    the sentence tells an act of its own outside that phrase; empty otherwise."""
    shifted = {h.start for h in hits if h.category in BACKGROUND_CATS and (
        time_shifted(doc[h.start]) or _fled_from(doc[h.end - 1]))}
    if not shifted:
        return set()
    if not any(h.category in EVENT_CATS and h.start not in shifted and not time_shifted(doc[h.start]) for h in hits):
        return set()
    return shifted


PROPERTY_WORDS = frozenset(
    """clinic clinics hospital hospitals pharmacy pharmacies factory factories shop shops store stores office offices
    school schools warehouse warehouses bank banks market markets church churches mosque mosques house houses home
    homes building buildings centre center station stations depot depots compound premises""".split()
)


def stripped_property(tok: Any) -> bool:
    """"Stripped the pharmacy", "stripped the factory of its machinery": property looted (not "stripped
    him of his rank", "stripped the prisoners naked")."""
    v = tok if tok.pos_ == "VERB" else tok.head
    obj = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return False
    if obj.lemma_.lower() in PROPERTY_WORDS or obj.lower_ in PROPERTY_WORDS:
        return not any(c.lower_ in ("naked", "nude") for c in v.subtree)
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in GOODS_WORDS or g.lower_ in GOODS_WORDS)
               for c in v.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


VEHICLE_WORDS = frozenset("bus buses boat boats ship ships vessel vessels truck trucks lorry lorries car cars plane aircraft minibus".split())


def vehicle_seized(tok: Any) -> bool:
    """A capture cue whose object is a vehicle ("seized a bus", "hijacked a boat"): no place changes hands."""
    v = tok if tok.pos_ == "VERB" else tok.head
    return v.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in VEHICLE_WORDS for c in v.children)


FLIGHT_LEMMAS = frozenset("flee escape avoid evade".split())


def _fled_from(tok: Any) -> bool:
    """A violence noun people fled from ("as residents fled the shelling", "whose owners had fled the
    fighting"): what drove them away, not the act the sentence tells."""
    if tok.pos_ != "NOUN":
        return False
    v = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "from" else tok.head if tok.dep_ == "dobj" else None
    return v is not None and v.lemma_.lower() in FLIGHT_LEMMAS


#: what is carried off when it is goods, not people
GOODS_WORDS = frozenset(
    """car cars vehicle vehicles truck trucks motorcycle motorcycles phone phones gold money cash goods property
    valuables belongings livestock cattle cow cows goat goats sheep camel camels food grain medicine medicines
    drug drugs equipment panel panels furniture television televisions tv computer computers laptop laptops fuel
    supplies aid item items stock loot generator generators machinery jewellery jewelry""".split()
)


def goods_taken(tok: Any) -> bool:
    """An abduction cue ("carried off", "made off with") whose object is goods ("carried off cars, phones
    and gold", "dismantled and carried off the solar panels"): looting, not an abduction."""
    v = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    obj = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        obj = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                    if g.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    return obj.lemma_.lower() in GOODS_WORDS or obj.lower_ in GOODS_WORDS
