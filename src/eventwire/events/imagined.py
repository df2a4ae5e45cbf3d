"""Acts told as a condition, a way or a course weighed, not as done (read by
:func:`eventwire.events.actrefs.referred_cue`, so the cue is dropped before typing).

Read from the two audits of real news (twenty-sixth session):

- an act in a clause of condition whose verb is in the present ("if the regime uses chemical weapons again,
  we will strike", "would back intervention if the inspectors confirm chemical weapons had been used"): the
  act is supposed, not told ("if he killed them, he must be punished" is in the past and stays: the act may
  be news);
- an act named as the way to something there is none of, or the only one ("there is no way to bomb Syria
  into the country we want", "the only way to defeat them is to ..."): a course weighed, not taken;
- an act in the "-ing" form as the subject of a modal ("bombing the airbases would be a mistake", "retaking
  the city will take months"): a course weighed ("retaking the town on Monday had cost 12 soldiers their
  lives" has no modal and stays).
"""

from __future__ import annotations

from typing import Any

from .words import gate_bit

#: marks of a clause of condition
CONDITION_MARKS = frozenset(("if", "unless"))
#: modals under which an act named as a subject is a course weighed
MODALS = frozenset("would could might will should".split())
#: how far up from the act word the clause of condition is looked for
WALK = 3
#: the links walked up from an act word to the verb of its clause and to the clause above
UP_DEPS = frozenset(("dobj", "nsubj", "nsubjpass", "ccomp", "xcomp", "compound", "amod", "pobj", "prep", "conj"))
#: the readings, one word gate each (:func:`eventwire.events.words.gate_bit`: a reading is tried only when
#: its sentence holds one of its words)
CONDITION = gate_bit(CONDITION_MARKS)
NO_WAY = gate_bit(("way", "ways"))
WEIGHED = gate_bit(MODALS)
#: the bits of all the readings (events.actrefs tests them first)
IMAGINED = CONDITION | NO_WAY | WEIGHED


def imagined(tok: Any, bits: int) -> bool:
    """The act at ``tok`` (a cue's head word) is supposed, weighed or named as a way (see the module's note);
    ``bits`` is its sentence's gate mask (:func:`eventwire.events.words.gate_mask`)."""
    return bool((bits & CONDITION and _conditional(tok)) or (bits & NO_WAY and _no_way(tok)) or (
        bits & WEIGHED and _weighed(tok)))


def _conditional(tok: Any) -> bool:
    """The act is inside a clause of condition in the present ("if the regime uses chemical weapons")."""
    t = tok
    for _ in range(WALK + 1):
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children):
            return t.tag_ in ("VBZ", "VBP")
        if t.dep_ not in UP_DEPS or t.head.i == t.i:
            return False
        t = t.head
    return False


def _no_way(tok: Any) -> bool:
    """"there is no way to bomb Syria into ...", "the only way to defeat them": an act named as a way."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("relcl", "acl") or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return False
    way = tok.head
    return way.lower_ in ("way", "ways") and any(
        (c.dep_ == "det" and c.lower_ == "no") or (c.dep_ == "amod" and c.lower_ == "only") for c in way.children)


def _weighed(tok: Any) -> bool:
    """"bombing the airbases would be a mistake": an act in "-ing" the subject of a modal, with no day."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("csubj", "nsubj"):
        return False
    head = tok.head
    if not any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in MODALS for c in head.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)
