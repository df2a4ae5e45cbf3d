"""An armed group ending its armed activity, forming a new armed group, or disbanding (ACLED: Change to
group/activity), told with words no cue phrase lists.

"A splinter group announced it was ending its insurgency", "the rebels halted their armed struggle": the
group's activity ends (a ceasefire, even a unilateral one, is an Agreement, read elsewhere). "Leaders of
the dissidents announced a new armed front": a group formed. "The PKK said it had decided to disband and
lay down its arms": a group dissolving itself is a change to the group, not an agreement (no other party,
no deal, no surrender to anyone).
"""

from __future__ import annotations

from typing import Any

from .clause import _word_kind, arg_kind
from .strategic import FORCE_WORDS, FUTURE_AUX, NEW_GROUPS, _infinitive

ENDING_VERBS = frozenset("end halt stop cease abandon".split())
#: the armed activity a group ends ("its insurgency", "their armed struggle")
ENDED_ACTIVITY = frozenset("insurgency rebellion struggle war jihad uprising".split())
SAYING = frozenset("say announce declare confirm tell decide vow pledge".split())
MAKING_VERBS = frozenset("announce form create launch found establish unveil set".split())
ARMED_MODS = frozenset("armed military militant guerrilla guerilla".split())
DISSOLVING = frozenset("disband dissolve".split())
STATE_NAMES = frozenset("government army police ministry president military state parliament".split())
#: words of a deal or of a surrender to a party: the laying down of arms is then an agreement
DEAL_WORDS = frozenset(
    """deal agreement accord ceasefire truce peace treaty talks negotiations amnesty surrender surrendered
    surrendering surrenders handed hand over""".split()
)


def _told(v: Any) -> bool:
    """Told as done or as being done, not negated, not asked for."""
    return v.pos_ in ("VERB", "AUX") and not _infinitive(v) and not any(c.dep_ == "neg" for c in v.children)


def _doer(v: Any) -> Any:
    """The subject of ``v``; for a pronoun, the subject of the saying verb above it ("the group announced it
    was ending ...")."""
    subj = None
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None) or subj
        if subj is not None and subj.pos_ != "PRON":
            return subj
        if v.dep_ not in ("ccomp", "xcomp", "conj") or v.head.i == v.i:
            break
        v = v.head
    return subj


def _armed(tok: Any, actor_kind: Any = None) -> bool:
    words = {t.lower_ for t in tok.subtree} | {t.lemma_.lower() for t in tok.subtree}
    if actor_kind is not None and arg_kind(tok, actor_kind) in ("nonstate", "armed"):
        return True
    return bool(words & FORCE_WORDS) or any(_word_kind(t) in ("nonstate", "armed") for t in tok.subtree)


def activity_ended(t: Any) -> bool:
    """"The faction announced it was ending its insurgency", "the rebels halted their armed struggle"."""
    if t.lemma_.lower() not in ENDING_VERBS or t.pos_ != "VERB" or not _told(t):
        return False
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.children) and not (
            t.dep_ in ("ccomp", "xcomp") and t.head.lemma_.lower() in SAYING):
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in ENDED_ACTIVITY and (
            c.lemma_.lower() not in ("struggle", "war") or any(m.lower_ in ARMED_MODS for m in c.children))
            and any(m.dep_ == "poss" for m in c.children) for c in t.children):
        return False  # "its insurgency", "their armed struggle"; not "end the war" (a deal)
    if any(w.lower_ in DEAL_WORDS for w in t.sent):
        return False
    doer = _doer(t)
    if doer is None:
        return False
    if _armed(doer):
        return True
    # a named group ending "its armed rebellion": the rebellion tells it is armed; not a state's own words
    words = {w.lower_ for w in doer.subtree}
    return doer.pos_ == "PROPN" and not words & STATE_NAMES and _word_kind(doer) != "state"


def armed_group_formed(new: Any) -> bool:
    """"Leaders of the dissidents announced a new armed front", "veterans formed a new armed group": read at
    the word "new" (the gate), the group being its head."""
    if new.lower_ != "new" or new.dep_ != "amod":
        return False
    t = new.head
    if t.lemma_.lower() not in NEW_GROUPS or t.dep_ != "dobj" or t.head.lemma_.lower() not in MAKING_VERBS:
        return False
    mods = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound")}
    if "new" not in mods or not mods & ARMED_MODS or not _told(t.head):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.head.children)


def disbanded_not_agreed(sent: Any, actor_kind: Any = None) -> bool:
    """The sentence tells an armed group dissolving itself ("decided to disband and lay down its arms"),
    with no deal, talks or surrender to anyone: a change to the group, not an agreement."""
    if any(w.lower_ in DEAL_WORDS for w in sent):
        return False
    for t in sent:
        if t.lemma_.lower() in DISSOLVING and t.pos_ == "VERB" and not any(c.dep_ == "neg" for c in t.children) and not any(
                c.dep_ == "dobj" and c.lower_ not in ("itself", "themselves") for c in t.children):
            doer = _doer(t)
            if doer is not None and _armed(doer, actor_kind):
                return True
    return False


#: verbs of a ruler removed, and the rulers ("announced that the president had been removed": a coup)
REMOVING = frozenset("remove depose oust overthrow topple dismiss unseat".split())
RULER_WORDS = frozenset("president government head prime premier leader king emir regime".split())
COUP_MAKERS = frozenset("soldiers soldier military army officers officer junta mutineers putschists troops colonels".split())


def ruler_removed(t: Any) -> bool:
    """Soldiers remove a ruler ("mutinous soldiers ... announced that the president had been removed",
    "officers deposed the president"): a coup, ACLED's "Other"; not a vote or a court removing a leader."""
    if t.lemma_.lower() not in REMOVING or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.children) or _infinitive(t):
        return False
    ruled = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RULER_WORDS]
    if not ruled:
        return False
    doer = next((g for a in t.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
    if doer is None:
        doer = _doer(t) if any(c.dep_ == "nsubj" for c in t.children) else None
    if doer is None and t.dep_ in ("ccomp", "conj") and t.head.lemma_.lower() in SAYING:
        doer = _doer(t.head)  # "soldiers announced that the president had been removed"
    if doer is None:
        return False
    words = {w.lower_ for w in doer.subtree}
    return bool(words & COUP_MAKERS) and not {w.lower_ for w in t.sent} & {
        "parliament", "court", "vote", "voted", "lawmakers", "impeachment", "election", "elections"}


def coup_told(sent: Any) -> Any:
    """The word of a coup the sentence tells (soldiers announcing that they have taken power or that the
    ruler has been removed), or None: a broadcaster or a palace the putschists took is part of the coup."""
    from .groupacts import _power_taken

    words = {t.lemma_.lower() for t in sent}
    if not words & (REMOVING | {"power"}):
        return None
    return next((t for t in sent if ruler_removed(t) or _power_taken(t)), None)
