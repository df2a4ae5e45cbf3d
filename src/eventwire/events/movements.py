"""Movements of forces the phrase list cannot see, read off the parse.

"Sent more tanks and troops to the border", "thousands of soldiers were rushed to the region", "French
troops departed Niger", "hundreds of fighters joined Islamic State": the verb's object or subject is a
force, however far from the verb. People fleeing a war and arriving somewhere are a displacement, not a
movement of forces. Forces moving themselves toward a place or into the forest or the hills ("fighters
deployed into the forest", "crossed the river and moved toward the town") are a movement too; moving
into a town, or into a place another side left, is read as territory. Each reader is gated on its verbs
(:func:`eventwire.events.words.needs_words`).
"""

from __future__ import annotations

from typing import Any

from .clause import _word_kind
from .lexicon import CueHit
from .nonacts import CARGO_WORDS
from .strategic import FORCE_WORDS, GROUP_NOUNS, MOVED_FORCES, _infinitive, mass_displacement
from .words import needs_words, tokens_with

MOVE_VERBS = frozenset(
    """send dispatch deploy redeploy move rush station mass amass shift airlift ferry pull evacuate relocate position
    reposition activate fly advance transfer""".split()
)
# motions told by their subject ("a convoy carrying troops headed towards the front", "troops entered the province")
GOING_VERBS = frozenset("arrive head enter roll cross land".split())
_MOVING = MOVE_VERBS | GOING_VERBS  # the verbs _forces_sent reads


FLEEING_PEOPLE = frozenset("people persons refugee refugees civilian civilians family families resident residents villager villagers".split())
WAR_WORDS = frozenset(
    """fighting fight clashes violence attacks war offensive bombardment shelling fled fleeing insecurity threats
    militants gunmen bandits jihadists rebels insurgents""".split()
)


def _displaced_arrive(t: Any) -> bool:
    """"Some 40,000 people have arrived in the town since fighting spread", "thousands of refugees crossed
    into Chad": people fleeing a conflict arrive somewhere (a displacement, read by
    :func:`mass_displacement`), not pilgrims or fans arriving."""
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    heads = [subj] + [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if not any(h.lemma_.lower() in FLEEING_PEOPLE or h.lower_ in FLEEING_PEOPLE for h in heads):
        return False
    return any(w.lower_ in WAR_WORDS for w in t.sent)


def force_movements(sent: Any, hits: list[CueHit]) -> list[CueHit]:
    """Movements of forces the phrase list cannot see ("sent more tanks and troops to the border",
    "thousands of soldiers were rushed to the region"): the verb's object is troops, however far."""
    taken = {i for h in hits if h.category in ("CHANGE", "TRANSFER") for i in range(h.start, h.end)}
    return _forces_sent(sent, taken) + _forces_left(sent, taken) + groups_joined(sent, hits)


@needs_words(MOVE_VERBS, GOING_VERBS)
def _forces_sent(sent: Any, taken: set[int]) -> list[CueHit]:
    out = []
    for t in tokens_with(sent, lemmas=_MOVING):
        if t.lemma_.lower() not in _MOVING:
            continue
        if t.pos_ != "VERB" and not (t.dep_ == "amod" and t.tag_ in ("VBD", "VBN")):
            continue
        if t.i in taken or t.lemma_.lower() in SELF_MOVING:
            went = _went_toward(t) and not (t.lemma_.lower() == "advance" and _fought(t.sent))  # the fight is the event  # "fighters deployed into the forest", "crossed the river and moved toward the town"
            if went:
                out.append(CueHit("CHANGE", "forces moved", t.i, t.i + 1, 1.0))
            if went or t.i in taken:
                continue
        if t.lemma_.lower() in ("arrive", "cross") and _displaced_arrive(t):
            out.append(CueHit("OTHER", "displaced people arrived", t.i, t.i + 1, 1.0))
            continue
        objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        if t.dep_ == "amod":  # "have massed tanks" misread as "massed tanks"
            objs = [t.head]
        if t.lemma_.lower() in ("move", "shift", "redeploy", "relocate") and not objs and any(
            c.dep_ == "prep" and c.lower_ in ("to", "towards", "toward") for c in t.children
        ):  # "troops moved towards the border", "fighters were seen moving towards the town"
            objs = [c for c in t.children if c.dep_ == "nsubj"] or [
                c for c in t.head.children if t.dep_ == "xcomp" and c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if t.lemma_.lower() in GOING_VERBS:  # "Wagner mercenaries have arrived in Segou"
            objs = [c for c in t.children if c.dep_ == "nsubj"]
            if t.dep_ == "acl" and t.head.dep_ in ("ROOT", "nsubj") and not any(c.dep_ in ("auxpass", "agent") for c in t.children):
                objs = [t.head]  # "Military convoys carrying troops headed towards the front" read as a noun phrase
            if t.lemma_.lower() == "enter" and _fought(t.sent):
                continue  # troops entering a town in a fight: territory, read elsewhere
        objs += [x for o in objs for x in o.children if x.dep_ == "conj"]
        objs += [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]  # "thousands of soldiers"
        if t.lemma_.lower() in GOING_VERBS - {"arrive"}:  # "dozens of military vehicles carrying troops entered the province"
            carried = [g for o in objs for c in o.children if c.dep_ == "acl" and c.lemma_.lower() in ("carry", "transport")
                       for g in c.children if g.dep_ == "dobj"]
            if t.lemma_.lower() == "enter":  # "troops entered the town" is read as territory; a convoy entering is a movement
                objs = [o for o in objs if o.lemma_.lower() in ("convoy", "column", "vehicle", "truck")]
            if carried and not any(_forces_word(c) for c in carried):
                objs = [o for o in objs if not _carries_cargo(o)]  # "a convoy carrying food and aid entered the town"
            objs += carried
        if any(_forces_word(o) for o in objs):
            out.append(CueHit("CHANGE", "forces moved", t.i, t.i + 1, 1.0))
    return out


#: what a convoy of aid carries ("a convoy carrying food and medical aid"): no force moves
AID_CARGO = CARGO_WORDS | {"water"}  # (nonacts.CARGO_WORDS: an aid convoy is no act either)


def _carries_cargo(o: Any) -> bool:
    """A convoy or a truck told by the aid it carries ("a convoy carrying food and medical aid")."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in ("carry", "transport", "bring", "deliver") and any(
        g.lower_ in AID_CARGO for g in c.subtree) for c in o.children)


FIGHT_LEMMAS = frozenset("clash fight fighting battle storm capture seize attack shell".split())


def _fought(sent: Any) -> bool:
    """The sentence tells a fight or a capture ("advanced on the town after heavy fighting"): the movement
    is part of it, read as the clash or the territory."""
    return any(w.lemma_.lower() in FIGHT_LEMMAS for w in sent)


#: Verbs of forces moving themselves somewhere ("troops moved toward the town", "fighters deployed into the forest").
SELF_MOVING = frozenset("move shift redeploy relocate deploy reposition advance".split())  # "advanced toward Sake"
SELF_MOVED = MOVED_FORCES | frozenset("militia militias".split())


def _went_toward(t: Any) -> bool:
    """Forces that move themselves toward or into a place, the verb with no object: "government forces
    were moving toward Kidal", "hundreds of fighters have moved into the forest", "members of the militia
    crossed the river and moved toward the town", "rebel fighters deployed into the forest, the army
    said" (a reduced clause the parser hangs on "fighters")."""
    if t.lemma_.lower() not in SELF_MOVING or _infinitive(t) or any(c.dep_ in ("dobj", "nsubjpass", "neg") for c in t.children):
        return False
    if not any(c.dep_ == "prep" and (c.lower_ in ("to", "towards", "toward") or c.lower_ in ("into", "onto") and not any(
        _settlement(g) for g in c.children if g.dep_ == "pobj")) for c in t.children):
        return False  # moving into a town or a camp may be taking it (read as territory elsewhere)
    if any(w.lemma_.lower() in LEFT_LEMMAS for c in t.children if c.dep_ in ("prep", "advmod", "advcl") for w in c.subtree):
        return False  # "moved into areas vacated by the army": a place handed over (read as territory)
    who = [c for c in t.children if c.dep_ == "nsubj"]
    if not who and t.dep_ == "conj":
        who = [c for c in t.head.children if c.dep_ == "nsubj"]
    if not who and t.dep_ == "acl" and t.tag_ == "VBD" and t.head.dep_ in ("nsubj", "ROOT"):
        who = [t.head]  # "Rebel fighters deployed into the forest, the army said"
    who += [g for w in who for c in w.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(w.lower_ in SELF_MOVED or _police_force(w) for w in who)


LEFT_LEMMAS = frozenset("vacate abandon evacuate leave withdraw hand cede".split())
SETTLEMENTS = frozenset("town towns city cities village villages capital district neighbourhood neighborhood suburb camp base".split())


def _settlement(place: Any) -> bool:
    """A named place or a settlement (not a forest, the hills, the bush)."""
    return place.ent_type_ in ("GPE", "FAC") or place.pos_ == "PROPN" or place.lemma_.lower() in SETTLEMENTS or (
        place.lower_ in SETTLEMENTS)


POLICE_WORDS = frozenset("policemen gendarmes guardsmen paramilitaries officers agents".split())


def _forces_word(o: Any) -> bool:
    """Troops, police, or military vehicles ("rolled armoured vehicles into the capital")."""
    if o.lower_ in MOVED_FORCES or _police_force(o):
        return True
    mods = ("armoured", "armored", "military", "army")
    if o.lower_ in ("equipment", "weaponry") and o.head.pos_ == "VERB" and any(  # "troops moved heavy equipment"
            c.dep_ == "nsubj" and c.lower_ in MOVED_FORCES for c in o.head.children):
        mods += ("heavy",)
    return o.lower_ in ("vehicles", "trucks", "carriers", "boats", "equipment", "weaponry") and any(
        c.lower_ in mods for c in o.children)


def _police_force(o: Any) -> bool:
    """"400 police officers", "policemen", "additional gendarmes": a force of police sent somewhere."""
    if o.lower_ not in POLICE_WORDS:
        return False
    return o.lower_ != "officers" and o.lower_ != "agents" or any(
        c.lower_ in ("police", "security", "military", "army") for c in o.children
    )


LEAVING_VERBS = frozenset("leave depart quit exit".split())


@needs_words(LEAVING_VERBS)
def _forces_left(sent: Any, taken: set[int]) -> list[CueHit]:
    """Forces leaving a country or a mission ("the last contingent of peacekeepers left Somalia", "French
    troops departed Niger"): a withdrawal, a movement of forces (leaving a town is read as territory)."""
    out = []
    for t in tokens_with(sent, lemmas=LEAVING_VERBS):
        if t.pos_ != "VERB" or t.lemma_.lower() not in LEAVING_VERBS or _infinitive(t):
            continue
        if _displaced_arrive(t) and mass_displacement(t):  # "thousands of residents left the town amid insecurity"
            out.append(CueHit("OTHER", "displaced people left", t.i, t.i + 1, 1.0))
            continue
        if t.i in taken:
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        who = [subj] + [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if not any(_forces_word(w) for w in who):
            continue
        places = [c for c in t.children if c.dep_ == "dobj"]
        places += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
        if any(p.ent_type_ == "GPE" and p.lower_ not in ("town", "city") or p.lower_ in ("country", "mission")
               for p in places):
            out.append(CueHit("CHANGE", "forces moved", t.i, t.i + 1, 1.0))
    return out


JOINABLE = GROUP_NOUNS | frozenset("coalition rebellion insurgency ranks army forces".split())


@needs_words(("join",))
def groups_joined(sent: Any, hits: list[CueHit]) -> list[CueHit]:
    """A group or its fighters joining another ("the Mai-Mai group joined the M23 alliance", "hundreds of
    fighters joined Islamic State"): a change to the group, however the joined group is named."""
    taken = {i for h in hits if h.category == "CHANGE" for i in range(h.start, h.end)}
    out = []
    for t in tokens_with(sent, lemmas=frozenset(("join",))):
        if t.i in taken or t.pos_ != "VERB" or t.lemma_.lower() != "join" or _infinitive(t):
            continue
        if any(c.dep_ == "neg" for c in t.children):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if subj is None or obj is None or subj.lower_ in ("party", "parties", "opposition"):
            continue  # parties joining a political alliance
        who = [subj] + [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if not any(w.lower_ in FORCE_WORDS or w.lemma_.lower() in FORCE_WORDS or _word_kind(w) in ("nonstate", "armed", "state")
                   for w in who):
            continue
        if obj.lower_ in JOINABLE or obj.lemma_.lower() in JOINABLE or _word_kind(obj) in ("nonstate", "armed"):
            out.append(CueHit("CHANGE", "group joined", t.i, t.i + 1, 1.0))
    return out
