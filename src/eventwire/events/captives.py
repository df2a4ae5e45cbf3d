"""Abductions the phrase list misses, told by where the captives were taken or by a verb of seizing.

"Took the students into the bush", "led them to an unknown destination", "gunmen hijacked a bus and took
away a dozen passengers", "was taken from his home by men in plain clothes and has not been seen since"
(:func:`taken_captive`); "gunmen snatched five fishermen", "was bundled into a van" (:func:`seized_people`).
The state's forces seizing people make an arrest, not an abduction. Moved out of ``violence`` (its size).
"""

from __future__ import annotations

from typing import Any

from .clause import ActorKind, _word_kind, arg_kind
from .lexicon import CueHit
from .words import needs_words, tokens_with

CAPTIVITY_PLACES = frozenset("bush forest forests captivity hideout hideouts jungle mountains mountain den hills hill".split())
LEADING_VERBS = frozenset("take lead march whisk drag carry force herd".split())


@needs_words(LEADING_VERBS)
def taken_captive(sent: Any) -> list[CueHit]:
    """Abduction told by where the captives were taken ("took the students into the bush", "led them to
    an unknown destination"): an ABDUCT cue on the verb."""
    out = []
    for v in tokens_with(sent, lemmas=LEADING_VERBS):
        if v.pos_ != "VERB" or v.lemma_.lower() not in LEADING_VERBS:
            continue
        if not any(c.dep_ == "dobj" and (c.pos_ == "PRON" or c.tag_ in ("NNS", "NNPS") or _word_kind(c) in (
            "civilian", "state", "armed", "nonstate")) for c in v.children):
            continue
        if v.lemma_.lower() == "take" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in v.children) and (
            _unseen_since(sent)
        ):
            out.append(CueHit("ABDUCT", "taken away", v.i, v.i + 1, 1.0))  # "took the journalist away; not seen since"
            continue
        away = [c for c in v.children if c.dep_ in ("prt", "advmod") and c.lower_ == "away"]
        if v.lemma_.lower() == "take" and away and (taker := _taker(v)) is not None and _captor(taker, None) == "nonstate":
            out.append(CueHit("ABDUCT", "taken away", v.i, v.i + 1, 1.0))  # "gunmen hijacked a bus and took away 12"
            continue
        for p in [*v.children, *(c for a in away for c in a.children)]:  # "took them away to an unknown location"
            if p.dep_ != "prep" or p.lower_ not in ("into", "to"):
                continue
            for g in p.children:
                if g.dep_ == "pobj" and (g.lemma_.lower() in CAPTIVITY_PLACES or (
                    g.lemma_.lower() in ("destination", "location", "place")
                    and any(c.lower_ in ("unknown", "undisclosed") for c in g.children)
                )):
                    out.append(CueHit("ABDUCT", "taken captive", v.i, v.i + 1, 1.0))
    return out


def _taker(v: Any) -> Any:
    """The subject of ``v``, or of the verb it is joined to ("hijacked a bus and took away ...")."""
    doer = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if doer is None and v.dep_ == "conj":
        doer = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
    return doer


def _unseen_since(sent: Any) -> bool:
    """The person taken has not been seen or heard from since ("he has not been seen since", "his
    whereabouts are unknown", "their phones have been switched off since")."""
    for t in sent:
        if t.lemma_.lower() in ("see", "hear") and any(c.dep_ == "neg" for c in t.children):
            return True
        if t.lower_ == "whereabouts" or (t.lower_ == "since" and t.dep_ == "advmod" and any(
            c.lower_ == "off" for c in t.head.children)):
            return True
    return False


SEIZING_VERBS = frozenset("snatch seize grab take round bundle pull drag force".split())
#: verbs that seize people only when they push them into a vehicle ("forced him into a car")
INTO_VEHICLE_ONLY = frozenset("force pull".split())
#: the vehicles captives are pushed into ("bundled into a van", "pulled him into a minibus")
CAPTIVE_VEHICLES = frozenset("van vans car cars vehicle vehicles minibus truck jeep suv pickup taxi boot trunk".split())
#: what armed men are told by ("men in camouflage", "men with guns", "men on motorbikes")
ARMED_GUISE = frozenset(
    """camouflage uniform uniforms fatigues mask masks balaclava balaclavas hood hoods plainclothes gun guns rifle
    rifles weapon weapons pistol pistols motorbike motorbikes motorcycle motorcycles bike bikes""".split()
)
UNKNOWN_MODIFIERS = frozenset("unknown unidentified masked hooded armed suspected".split())
PERSON_PRONOUNS = frozenset("him her them".split())


def _captor(tok: Any, actor_kind: ActorKind | None) -> str | None:
    """Who seized people: "nonstate" for armed groups and unnamed armed or unknown men ("gunmen",
    "unknown men", "men in camouflage"), "state" for the state's forces (their seizure is an arrest), else None."""
    k = arg_kind(tok, actor_kind)
    if k in ("nonstate", "armed"):
        return "nonstate"
    if k == "state":
        return "state"
    if tok.lemma_.lower() in ("man", "men", "individual", "assailant", "attacker", "kidnapper", "stranger") and (
        any(c.lower_ in UNKNOWN_MODIFIERS for c in tok.children)
        or any(c.dep_ == "prep" and c.lower_ in ("in", "with", "on") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in ARMED_GUISE for g in c.children) for c in tok.children)
    ):
        return "nonstate"  # "unknown men", "men in camouflage", "men with guns", "men on motorbikes"
    return None


#: people named by their role, whom the civilian words do not list ("a youth coordinator", "two Red Cross staff")
ROLE_NOUNS = frozenset(
    """leader leaders coordinator coordinators staff staffer staffers member members official officials employee
    employees activist activists engineer engineers contractor contractors consultant consultants volunteer
    volunteers monitor monitors missionary missionaries nun nuns councillor councillors councilor councilors mayor
    governor lawmaker lawmakers legislator judge prosecutor businessman businessmen merchant merchants foreigner
    foreigners national nationals crew crewmen sailor sailors seafarers guide guides headman chairman secretary
    soldier soldiers officer officers policeman policemen guard guards trooper troopers""".split()
)


def _people(tok: Any, passive: bool, actor_kind: ActorKind | None) -> bool:
    """``tok`` names people (not things): a person's name or pronoun, civilians, people by their role."""
    if tok.lower_ in PERSON_PRONOUNS or tok.ent_type_ == "PERSON" or (tok.pos_ == "PRON" and passive):
        return True
    if arg_kind(tok, actor_kind) in ("civilian", "protester"):
        return True
    low = tok.lemma_.lower()
    return low in ROLE_NOUNS or tok.lower_ in ROLE_NOUNS or (tok.pos_ == "NOUN" and low.endswith(("ist", "ian")))


@needs_words(SEIZING_VERBS)
def seized_people(sent: Any, actor_kind: ActorKind | None = None) -> list[CueHit]:
    """Abduction told with a verb of seizing whose object is people and whose doer is an armed group or
    unknown men ("gunmen snatched five fishermen", "fighters rounded up health workers", "teachers were
    taken from a school by armed men", "was bundled into a van"): an ABDUCT cue on the verb. The state's
    forces seizing people make an arrest, not an abduction (the arrest cues read those)."""
    out = []
    for v in tokens_with(sent, lemmas=SEIZING_VERBS):
        if v.pos_ != "VERB" or v.lemma_.lower() not in SEIZING_VERBS:
            continue
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        pat = next((c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if pat is None or not _people(pat, passive, actor_kind):
            continue
        if passive:
            doer = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        else:
            doer = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if doer is None and v.dep_ == "conj":
                doer = next((c for c in v.head.children if c.dep_ == "nsubj"), None)  # "... and seized 12 travellers"
        captor = _captor(doer, actor_kind) if doer is not None else None
        low = v.lemma_.lower()
        into_vehicle = any(c.dep_ == "prep" and c.lower_ == "into" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in CAPTIVE_VEHICLES for g in c.children) for c in v.children)
        if captor == "state" and into_vehicle and low in ("bundle", "pull", "drag", "force", "snatch", "grab", "shove", "throw"):
            out.append(CueHit("ARREST", "bundled away", v.i, v.i + 1, 1.0))  # "police bundled six activists into a van"
            continue
        if captor == "state" or (low in INTO_VEHICLE_ONLY and not into_vehicle):
            continue  # "forced girls into sexual slavery", "pulled the wounded from the rubble"
        if captor == "nonstate" and (low != "take" or any(c.dep_ == "prep" and c.lower_ == "from" for c in v.children)):
            out.append(CueHit("ABDUCT", "seized people", v.i, v.i + 1, 1.0))
        elif low == "take" and passive and captor != "state" and any(
                c.dep_ == "prep" and c.lower_ == "from" for c in v.children) and _unseen_since(sent):
            out.append(CueHit("ABDUCT", "seized people", v.i, v.i + 1, 1.0))  # "taken from his home ..., not seen since"
        elif low in ("bundle", "pull", "drag", "force", "snatch", "grab") and into_vehicle and doer is None:
            out.append(CueHit("ABDUCT", "seized people", v.i, v.i + 1, 1.0))  # "was bundled into a van"
        elif low == "snatch" and captor is None and passive and doer is None:
            out.append(CueHit("ABDUCT", "seized people", v.i, v.i + 1, 1.0))  # "was snatched at a roadblock"
    return out


def disappearing_detentions(doc: Any, hits: list[CueHit]) -> set[int]:
    """The starts of the arrest cues on a detention told, in the same clause, as a disappearance:
    "soldiers detained and disappeared a volunteer", "the group detained 30 villagers and took them to an
    unknown location". ACLED codes the taking as an abduction or forced disappearance, not an arrest
    (the verbs are joined: one act told twice)."""
    arrests = [h for h in hits if h.category in ("ARREST", "INTERV") and h.end - h.start == 1]
    if not arrests:
        return set()
    taken = {h.start for h in hits if h.category == "ABDUCT" and h.end - h.start == 1}
    taken |= {h.start for h in taken_captive(doc[arrests[0].start].sent)}
    out: set[int] = set()
    for h in arrests:
        verb = doc[h.start]
        if verb.pos_ != "VERB":
            continue
        joined = {c.i for c in verb.conjuncts}
        if joined & taken:
            out.add(h.start)
    return out
