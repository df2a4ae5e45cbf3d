"""A demonstration's violence told in the sentence after it, without naming the demonstrators again.

"Thousands marched against the tax law. Some of them later threw stones at the police." / "...
Several cars were torched." / "... Police said ten officers were injured.": the second sentence tells
how far the demonstration of the first went (ACLED: a violent demonstration), but with a pronoun, a
passive with no doer or only the injured police, so no demonstration cue of its own. Such a sentence
gets a PROTEST cue (:func:`demonstration_told_before`, called by
:func:`eventwire.events.crowdcues.demonstrating_crowds`), so that the typing rules read its riot as
the demonstrators' own, and the lead's demonstration is raised to a violent one by the sentences that
follow it (:func:`eventwire.events.typing.rule_classify`).

Not when the doer is named and is not a crowd (the forces, an armed group), nor when the sentence
before tells no demonstration (or only one protested about).
"""

from __future__ import annotations

import re
from typing import Any

from .clause import agent_of, arg_kind
from .crowd import crowd_kind, cue_index, gathering_protest, grievance
from .lexicon import CueHit
from .words import span_ents

# doers that stand for people told before ("they", "some of them", "many", "others")
STAND_INS = frozenset("they some many others several most few hundreds dozens scores thousands".split())
#: doers that are no crowd: the forces and armed groups
NOT_CROWD_KINDS = frozenset("state nonstate armed".split())
HURT_LEMMAS = frozenset("injure wound hurt stab hospitalise hospitalize".split())
#: entities whose new mention opens another scene (a place, a day)
NEW_SCENE_LABELS = frozenset("GPE LOC FAC".split())
#: a day after the demonstration's ("the next day", "two days later")
LATER_DAY_RE = re.compile(r"\b(?:the (?:next|following) (?:day|morning|night|week)|(?:a|one|two|three|several) "
                          r"days? (?:later|after)|the day after)\b", re.I)


def _act(tok: Any) -> Any:
    """The verb a riot cue belongs to ("set" of "set ... ablaze", "burned" of "burned tyres")."""
    t = tok
    for _ in range(2):
        if t.pos_ == "VERB":
            return t
        t = t.head
    return t if t.pos_ == "VERB" else None


def _stand_in_doer(act: Any) -> tuple[bool, Any]:
    """(the act may be the demonstrators', the token to hang the cue on): a pronoun or a number for
    the doer, a crowd, or a passive with no doer said."""
    doer = agent_of(act)
    if doer is None and act.dep_ == "conj":
        doer = agent_of(act.head)
    if doer is None:
        passive = any(c.dep_ == "nsubjpass" for c in act.children) or (
            act.dep_ == "conj" and any(c.dep_ == "nsubjpass" for c in act.head.children))
        return passive, act
    if arg_kind(doer, None) in NOT_CROWD_KINDS:
        return False, doer
    if doer.lower_ in STAND_INS or crowd_kind(doer) is not None:
        return True, doer
    return doer.lower_ == "people", doer


def _forces_hurt(tok: Any) -> bool:
    """"ten officers were injured", with no doer said."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in HURT_LEMMAS or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    return any(c.dep_ == "nsubjpass" and arg_kind(c, None) == "state" for c in tok.children)


#: Words opening a sentence that tells another incident ("Meanwhile, ...", "In a separate incident, ...").
OTHER_INCIDENT_RE = re.compile(r"^\W*(?:meanwhile|elsewhere|separately|in (?:a|another) (?:separate |different )?"
                               r"(?:incident|development|attack)|in other news)\b", re.I)


def another_scene(earlier: Any, later: Any) -> bool:
    """Whether the sentence ``later`` tells another incident than ``earlier``: it opens with a word of
    one ("Meanwhile, ...", "In a separate incident, ..."), tells a later day ("the next day") or names
    a place ``earlier`` does not ("In Monywa, soldiers opened fire")."""
    if OTHER_INCIDENT_RE.match(later.text) or LATER_DAY_RE.search(later.text):
        return True
    before = {e.text.lower() for e in span_ents(earlier) if e.label_ in NEW_SCENE_LABELS}
    return any(e.label_ in NEW_SCENE_LABELS and e.text.lower() not in before for e in span_ents(later))


def _demonstration_before(sent: Any) -> bool:
    """The sentence before ``sent`` tells a demonstration (not only one protested about), and ``sent``
    tells no other incident: it opens with no word of another one ("Meanwhile, ..."), tells no later
    day ("the next day") and names no place the sentence before does not ("Several buses were torched
    in Chittagong")."""
    if sent.start == 0:
        return False
    doc = sent.doc
    prev = doc[sent.start - 1].sent
    if another_scene(prev, sent):
        return False
    for h in cue_index().match(prev):
        root = doc[h.start:h.end].root
        if (h.category == "PROTEST" or (h.category == "GATHER" and (
                root.lemma_.lower() in ("demonstrate", "protest") or gathering_protest(root)))) and not grievance(root):
            return True  # "farmers have been demonstrating for weeks"
    return False


def demonstration_told_before(sent: Any, hits: list[CueHit]) -> list[CueHit]:
    """A PROTEST cue for a riot or for police hurt, told by stand-ins right after a demonstration
    (see the module's note); [] otherwise."""
    if any(h.category == "PROTEST" for h in hits):
        return []
    riots = [h for h in hits if h.category in ("RIOT", "LOOT")]
    hurt = [h for h in hits if h.category == "VIOLENCE"]
    if not riots and not hurt:
        return []
    doc = sent.doc
    anchor = None
    for h in riots:
        act = _act(doc[h.start])
        if act is None:
            continue
        ok, tok = _stand_in_doer(act)
        if ok:
            anchor = tok
            break
    if anchor is None:
        anchor = next((doc[h.start] for h in hurt if _forces_hurt(doc[h.start])), None)
    if anchor is None or not _demonstration_before(sent):
        return []
    return [CueHit("PROTEST", "demonstrators told before", anchor.i, anchor.i + 1, 1.0)]
