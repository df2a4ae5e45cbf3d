"""Tolls told after the act: the bare casualty sentences that follow a fight or an attack.

"Nigerian troops clashed with Boko Haram fighters near Bama on Sunday. Eight fighters died. Two
soldiers were among the dead." A report often tells the act in one sentence and its dead in the next
ones, without a doer, a means, a day or a place of their own. ACLED codes one event per actor pair,
place and day: those deaths are the act's fatalities, never a second event.

:func:`following_toll` reads up to three sentences after the act's sentence, in its paragraph, while
each is such a bare toll, and sums them the way a reader would:

- the first figure told is the toll ("Seven people were killed.");
- a figure of other victims adds ("Four soldiers were killed. The military said 11 militants died.",
  "One soldier also died.");
- a part of the dead adds nothing ("Two soldiers were among the dead.", "... five of them children");
- a toll update replaces the total when higher ("The death toll rose to 15.").

When the act's own sentence gives a toll, only what is told as more ("A soldier was also killed") adds.
The merging stage (:func:`merging.merge_reports`) folds a report the typing made of such a sentence
into the act. Only the sentence's main act reads them, and only an act of fighting or attack.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from ..records import Fatalities
from .clause import agent_of

log = logging.getLogger(__name__)

#: The acts whose dead a following sentence may tell (the main act of the sentence, lemma or word).
VIOLENT_ACTS = frozenset("""attack assault raid ambush clash fight fighting battle exchange fire gunfire shoot
    open storm strike airstrike bomb bombing shell shelling blast explosion explode detonate hit target
    offensive skirmish encounter gunfight firefight engage massacre gun shootout hostility kill behead""".split())
#: Words of a sentence that tells deaths.
DEATH_WORDS = frozenset("""kill killed die died dead death deaths toll lives life perish perished
    fatality fatalities""".split())
#: The words of death a text search looks for (the fatalities stage's cheap test of the text after an
#: act, and the merging stage's test of a follow-up report's sentence).
TOLL_WORDS_PATTERN = r"killed|died|dead|deaths?|toll|lives|perished|fatalities"
#: Words that tell a new act, not the dead of the one told before.
NEW_ACT_WORDS = frozenset("another second separate further other new fresh later".split())
ACT_NOUNS = frozenset("""attack attacks raid raids strike strikes airstrike airstrikes bombing bombings blast
    blasts explosion explosions ambush ambushes clash clashes incident incidents assault assaults
    fighting fight battle battles shelling gunfight firefight encounter violence exchange shootout
    offensive operation operations""".split())
ADD_WORDS = frozenset("also more another additional too further".split())
PART_WORDS = frozenset("among including included".split())
GENERIC_HEADS = frozenset("people persons individuals others those casualties victims".split())
DEF_DETS = frozenset("the this that these those its their both".split())
#: Verbs by which a source tells the toll ("the army said 11 militants died").
TELLING_LEMMAS = frozenset("say state report confirm tell add announce claim".split())
#: Verbs by which a source gives a toll ("put the toll at 21", "gave a toll of 12").
TOLL_GIVING_LEMMAS = frozenset("put give set place estimate".split())
#: Subordinating words of an act told under another ("after clashes ...").
UNDER_MARKS = frozenset("after before since following until when while as".split())


@dataclass(slots=True)
class FollowUp:
    """A toll read from the sentences after the act: the figure, the words that gave it and the start
    offsets of the sentences it came from."""

    count: int
    text: str
    starts: list[int]


def _main_act(act: Any) -> bool:
    """Whether ``act`` is the main act of its sentence (not told under another, "after clashes ...")
    and an act of fighting or attack."""
    if act is None or not (act.lemma_.lower() in VIOLENT_ACTS or act.lower_ in VIOLENT_ACTS):
        return False
    t = act
    for _ in range(8):
        if t.dep_ in ("advcl", "pcomp", "pobj") and any(c.dep_ == "mark" and c.lower_ in UNDER_MARKS
                                                         for c in t.children):
            return False
        if t.dep_ == "pobj" and t.head.lower_ in UNDER_MARKS:
            return False
        if t.dep_ in ("relcl", "acl") and t.tag_ != "VBG":
            return False
        if t.head.i == t.i:
            return True
        t = t.head
    return True


def _death_token(sent: Any) -> Any:
    """The word of ``sent`` that tells the deaths in its main clause (or a clause a source tells:
    "the army said 11 militants died"); None when the deaths are told under another act."""
    root = sent.root
    cands = [root] + [c for c in root.children if c.dep_ in ("ccomp", "parataxis", "conj")
                      and root.lemma_.lower() in TELLING_LEMMAS | {"accord"}]
    if root.lemma_.lower() in TELLING_LEMMAS:
        cands = [c for c in root.children if c.dep_ in ("ccomp", "parataxis")] + [root]
    for tok in cands:
        lem = tok.lemma_.lower()
        if lem in ("kill", "die", "perish") or tok.lower_ in DEATH_WORDS:
            return tok
        if lem in ("leave", "be") and any(c.lower_ in ("dead", "killed") for c in tok.subtree):
            return tok  # "the fighting left eight people dead", "two soldiers were among the dead"
        if lem in ("rise", "climb", "reach", "increase", "jump", "mount", "hit", "stand") and any(
                c.lower_ == "toll" for c in tok.children):
            return tok
        if lem == "lose" and any(c.lower_ in ("lives", "life") for c in tok.children):
            return tok
        if lem in TOLL_GIVING_LEMMAS and any(c.lower_ == "toll" and c.dep_ == "dobj" for c in tok.children):
            return tok  # "the national police put the toll at 21"
    return None


def bare_toll(sent: Any) -> bool:
    """Whether ``sent`` only tells deaths: a word of death in its main clause, no doer (a passive
    without "by", "died", "were among the dead"), no new act, no means, day or place of its own; a
    fight it names is "the fighting" already told."""
    words = {t.lower_ for t in sent}
    if not words & DEATH_WORDS or words & NEW_ACT_WORDS:
        return False
    tok = _death_token(sent)
    if tok is None:
        return False
    if tok.lemma_.lower() == "kill" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if not _told_act(subj):
            return False  # "a roadside bomb killed two soldiers": a doer of its own ("the fighting killed nine": none)
    elif tok.lemma_.lower() == "kill" and agent_of(tok) is not None:
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    is_update = any(c.lower_ == "toll" for c in tok.children)
    for t in sent:
        if t.ent_type_ in ("GPE", "LOC", "FAC") or (t.ent_type_ in ("DATE", "TIME") and not is_update):
            return False  # a place or day of its own: maybe another act
        if t.lower_ in ACT_NOUNS and not any(c.lower_ in DEF_DETS or c.dep_ == "poss" for c in t.children):
            return False  # "in an ambush": a new act
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.lemma_.lower() == "leave" and subj is not None and not _told_act(subj):
        return False
    return True


def _span(tok: Any) -> str:
    toks = [t for t in tok.subtree if t.i <= tok.i]
    return tok.doc[toks[0].i : tok.i + 1].text


def _told_act(tok: Any) -> bool:
    """"the fighting", "the clashes", "the attack": an act already told, pointed back to."""
    return tok is not None and tok.lower_ in ACT_NOUNS and any(
        c.lower_ in DEF_DETS or c.dep_ == "poss" for c in tok.children)


def _is_part(sent: Any) -> bool:
    """"Two soldiers were among the dead", "five of them were children": a part of the dead."""
    low = [t.lower_ for t in sent]
    return bool(set(low) & PART_WORDS) or any(a == "of" and b in ("them", "whom", "those") for a, b in zip(low, low[1:], strict=False))


def following_toll(sent: Any, act: Any, *, own_count: int) -> FollowUp | None:
    """The deaths the sentences after ``sent`` tell of its main act ``act`` (see the module
    docstring); ``own_count`` is the toll the sentence itself gives. None when there is none."""
    from .fatalities import (  # imported here: fatalities imports this module
        count_fatalities,
        np_count,
        toll_given,
        toll_update,
    )
    from .story import following_sentences

    if sent.start != sent.sent.start or sent.end != sent.sent.end or not _main_act(act):
        return None
    if act.lemma_.lower() == "kill" and bare_toll(sent):
        return None  # a toll told alone is no act whose dead the next sentences tell
    total, texts, starts = own_count, [], []
    head: str | None = None
    for nxt in following_sentences(sent.doc, sent, limit=3):
        if not bare_toll(nxt):
            break
        upd = toll_update(nxt)
        if upd is not None:
            if upd.value > total:
                total = upd.value
                texts.append(upd.text)
            starts.append(nxt.start_char)
            continue
        fat, _ = count_fatalities(nxt)
        if not fat.count and _is_part(nxt) and nxt.root.lemma_.lower() == "be":
            # "Among the dead were three soldiers": at least those
            subj = next((c for c in nxt.root.children if c.dep_ in ("nsubj", "attr") and c.lower_ != "dead"), None)
            n = np_count(subj) if subj is not None else None
            fat = Fatalities(n or 0, _span(subj) if n else None)
        if not fat.count:
            break
        starts.append(nxt.start_char)
        if total and any(toll_given(t) is not None for t in nxt if t.lower_ == "toll"):
            # "Gunmen killed at least 15 people ... The national police put the toll at 12": another
            # source's figure of the same dead, lower: ACLED's lowest credible figure; a higher one ("put
            # the toll at 52, saying more bodies were found") is that figure too, never more dead to add
            if fat.count < total:
                total = fat.count
                texts.append(fat.text or "")
            continue
        if _is_part(nxt):
            if total == 0:
                total = fat.count  # "Two soldiers were among the dead" alone: at least those
                texts.append(fat.text or "")
            continue
        words = {t.lower_ for t in nxt}
        this_head = next((t.lemma_.lower() for t in nxt if t.text == (fat.text or "").split(" ")[-1]), None)
        if total == 0 and not texts:
            total = fat.count
        elif words & ADD_WORDS or (head not in GENERIC_HEADS and this_head not in GENERIC_HEADS
                                   and own_count == 0 and head != this_head):
            total += fat.count  # "One soldier also died"; "Four soldiers ... 11 militants died"
        elif own_count == 0:
            total = max(total, fat.count)  # the same dead told again
        else:
            continue  # the act's own toll told again
        head = this_head
        texts.append(fat.text or "")
    if total == own_count or not starts:
        return None
    return FollowUp(total, "; ".join(t for t in texts if t), starts)
