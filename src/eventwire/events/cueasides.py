"""Cues read beside the act they seem to tell (eighteenth session).

:func:`storming_doer`: a headline's "X storm(s) Y" is the act of storming, not the weather, however
the parse tags it. :func:`background_protest`: "resigned amid weeks of protests" tells the resignation,
the protests are its background (no protest dated that day). :func:`burnt_in_fire`: "four shops burned in
a fire that broke out at the market" tells a blaze nobody set. :func:`migrants_held`: border guards
detaining people crossing, migrants held: migration control, no political arrest. :func:`property_attacked`:
"the attacks on shops and warehouses" with nobody hurt are damage to property. :func:`means_aside`: a weapon told in a clause of its own beside a clash ("clashed
near the town as a drone circled overhead", "a day after a drone hit a camp") is no means of the clash.
"""

from __future__ import annotations

from typing import Any

from .clause import ActorKind, agent_of, arg_kind, patient_of, verb_above
from .crowd import time_shifted
from .developments import after_clause
from .lexicon import CueHit
from .nonacled import ARSON_WORDS, HARM_LEMMAS, HOSTILE_LEMMAS, harmless

STORM_DOERS = frozenset(("state", "nonstate", "armed", "protester", "mob", "demo"))
STORM_WEATHER = frozenset("surge surges damage victims survivors season warning warnings cloud clouds drain drains".split())


def storming_doer(doc: Any, i: int, actor_kind: ActorKind | None) -> bool:
    """A headline's "X storm(s) Y" with an armed or crowd doer before it and an object after it: the act
    of storming, however the parse tags it ("Militants storm army base": the parser reads a noun)."""
    tok = doc[i]
    if tok.lower_ not in ("storm", "storms") or i == 0 or i + 1 >= len(doc) or tok.sent.start == i:
        return False
    prev, nxt = doc[i - 1], doc[i + 1]
    if nxt.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM") or nxt.lower_ in STORM_WEATHER:
        return False
    if prev.pos_ not in ("NOUN", "PROPN"):
        return False  # "heavy storms", "tropical storm", "the storm"
    return arg_kind(prev, actor_kind) in STORM_DOERS or (prev.pos_ == "PROPN" and prev.ent_type_ in ("ORG", "NORP", "PERSON"))


CLASH_LEMMAS = frozenset("clash clashes fight fighting battle battles skirmish skirmishes gunfight firefight".split())
IDLE_FLIGHT = frozenset("circle hover fly buzz patrol spot see hear sight crash".split())  # a drone seen, no strike


def means_aside(trig: Any, weapon: Any) -> bool:
    """The weapon word is told beside the clash ``trig`` in a clause of its own, not as the means of the
    fight: a drone circling overhead, a strike told a day before or after it ("a day after a drone hit a
    camp"), a weapon the side "has used" in recent weeks."""
    if trig.lemma_.lower() not in CLASH_LEMMAS and trig.lower_ not in CLASH_LEMMAS:
        return False
    v = verb_above(weapon, steps=4)
    if v.i == trig.i or v.pos_ not in ("VERB", "AUX"):
        return False
    if any(a.i == v.i for a in trig.ancestors):
        return False  # the clash is told under the weapon's verb ("drones struck as clashes raged")
    if v.lemma_.lower() in IDLE_FLIGHT:
        return True  # "as a drone circled overhead"
    if time_shifted(weapon) or after_clause(weapon):
        return True  # "a day after a drone hit a camp"
    return v.dep_ == "relcl" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children)  # "which has used drones"


#: the cue families of a sentence that tells nothing but protests (and words of developments)
QUIET_CATS = frozenset(("PROTEST", "DEV_VERB", "STRIKE_NOUN", "CHANGE", "OTHER", "GATHER", "TRANSFER", "CRIME", "DIPLO"))
BACKGROUND_MARKS = frozenset("amid amidst after following despite".split())
SPAN_UNITS = frozenset("day days week weeks month months year years night nights".split())
SPAN_WORDS = frozenset("ongoing continuing continued weeks-long months-long days-long years-long recent".split())
#: what a government or an official does in answer to protests (the news), not an act of the crowd
ANSWER_LEMMAS = frozenset("resign quit dissolve sack dismiss replace withdraw scrap cancel postpone reverse drop".split())


def background_protest(tok: Any) -> bool:
    """A protest noun told as the background of another act, not as happening: "resigned amid weeks of
    protests", "stepped down after months of protests", "resigned amid protests" (a government's answer).
    The caller asks only where the sentence tells no act of a crowd or of forces."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() in ("protester", "demonstrator"):
        return False
    t, span = tok, any(c.lower_ in SPAN_WORDS for c in tok.children)
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in SPAN_UNITS:
        t, span = t.head.head, True  # "weeks of protests"
    if t.dep_ != "pobj" or t.head.lower_ not in BACKGROUND_MARKS:
        return False
    v = t.head.head
    if v.pos_ in ("NOUN", "PROPN") and v.dep_ in ("dobj", "nsubjpass"):
        v = v.head  # "dissolved the cabinet after months of protests"
    if v.pos_ not in ("VERB", "AUX"):
        return False
    return span or (t.head.lower_ in ("amid", "amidst") and v.lemma_.lower() in ANSWER_LEMMAS)


FIRE_NOUNS = frozenset("fire fires blaze inferno".split())
BURN_LEMMAS = frozenset("burn gut".split())


def burnt_in_fire(by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> Any:
    """The damage verb of property that burned in a fire, told with no doer ("a warehouse and four shops
    have burned in a fire that broke out at the market", "dozens of houses burned down in a fire"): an
    accident, not an arson; None otherwise."""
    for _d, _h, r in by_cat.get("LOOT", []):
        if r.pos_ != "VERB" or r.lemma_.lower() not in BURN_LEMMAS or any(c.dep_ in ("dobj", "agent") for c in r.children):
            continue
        subj = next((c for c in r.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or arg_kind(subj) not in (None, "place"):
            continue  # "the rioters burned ...": people did it
        if not any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in FIRE_NOUNS for g in c.children) for c in r.children):
            continue
        if any((t.lemma_.lower() in HOSTILE_LEMMAS - {"fire"} or t.lower_ in ARSON_WORDS or arg_kind(t) in (
            "nonstate", "armed", "protester", "mob", "state")) for t in r.sent if t.i != r.i):
            continue  # "... in a fire set by the attackers"
        return r
    return None


MIGRANT_WORDS = frozenset("migrant migrants refugee refugees asylum-seekers immigrant immigrants stowaway stowaways".split())
BORDER_MODIFIERS = frozenset("border coast immigration frontier".split())
BORDER_AGENTS = frozenset("coastguard coastguards".split())
PLAIN_PEOPLE = frozenset("people persons person men women foreigners nationals passengers individuals".split())
POLITICAL_WORDS = frozenset("""activist activists protester protesters demonstrators journalist journalists opposition
    rebel rebels militant militants fighter fighters smuggler smugglers trafficker traffickers""".split())


def migrants_held(trig: Any) -> bool:
    """People or migrants stopped by border guards or a coastguard ("border guards detained 34 people
    travelling in a lorry"): migration control, not a political arrest (a round-up by the police may be
    one, and stays an arrest)."""
    pat = patient_of(trig)
    if pat is None:
        return False
    said = {t.lower_ for t in pat.subtree}
    if said & POLITICAL_WORDS:
        return False
    ag = agent_of(trig)
    if ag is None or not (pat.lemma_.lower() in PLAIN_PEOPLE | MIGRANT_WORDS or pat.lower_ in PLAIN_PEOPLE | MIGRANT_WORDS):
        return False
    return ag.lower_ in BORDER_AGENTS or any(c.lower_ in BORDER_MODIFIERS and c.dep_ in ("compound", "amod") for c in ag.children)


#: property that is not a home: an attack on it alone, nobody hurt, is damage (a house is its people's)
PROPERTY_NOUNS = frozenset("""property properties shop shops store stores warehouse warehouses business businesses
    establishment establishments office offices factory factories premises vehicle vehicles car cars truck trucks
    kiosk kiosks stall stalls building buildings""".split())
ARMED_OWNERS = frozenset("military army naval navy air police security defence defense".split())
ATTACK_LEMMAS = frozenset("attack target vandalise vandalize".split())


def property_attacked(trig: Any) -> bool:
    """An attack whose only targets are property ("the attacks on properties of its members and
    government establishments", "attacked the commission's offices"), nobody killed or hurt."""
    if trig.lemma_.lower() not in ATTACK_LEMMAS:
        return False
    pat = patient_of(trig)
    if pat is None:
        pat = next((g for c in trig.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                    for g in c.children if g.dep_ == "pobj"), None)
    if pat is None:
        return False
    targets = [pat, *pat.conjuncts]
    if not all(t.lemma_.lower() in PROPERTY_NOUNS or t.lower_ in PROPERTY_NOUNS for t in targets):
        return False
    if any(c.ent_type_ == "NORP" or c.lower_ in ARMED_OWNERS for t in targets for c in t.children):
        return False  # "an attack on Russian military buildings": a state's forces attacked
    sent = trig.sent
    if harmless(sent):
        return True
    return not any(t.lemma_.lower() in HARM_LEMMAS - {"hurt"} or t.lower_ in HARM_LEMMAS - {"hurt"} for t in sent) and all(
        arg_kind(c) is None for t in sent if t.lemma_ == "hurt" for c in t.children if c.dep_ == "dobj"
    )  # "had hurt the economy": no one hurt
