"""Reading a sentence with the lead of its paragraph: the follow-up of a non-event is no event.

A report on a drugs seizure goes on "four suspects were arrested"; one on an earthquake goes on "at
least 300 people were killed"; a claim of responsibility goes on "the blast killed 18 people". Read
alone, those follow-ups look like ACLED events (arrests, attacks, a bombing); read with the sentence
that opens the story they are part of the crime, the disaster or the claim. :func:`lead_decision`
finds the nearest earlier sentence of the paragraph that was typed, and :func:`follow_up` says whether
the present decision is the lead's follow-up (and so takes the lead's non-event class).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from .clause import _depth, agent_of
from .nonacled_reading import background_violence, only_toll
from .words import char_span, doc_text, span_text, tokens_with

# families that can be the aftermath or the detail of each kind of non-event
FOLLOW_FAMILIES = {
    "CRIME": ("ARREST", "DISRUPT", "ABDUCT", "LOOT", "VIOLENCE"),
    "NATURAL": ("VIOLENCE", "LOOT", "CHANGE", "OTHER", "HQ", "TRANSFER", "ABDUCT", "ARREST", "AGREE"),
    "MANMADE": ("VIOLENCE", "LOOT", "CHANGE", "OTHER", "HQ", "TRANSFER", "ABDUCT", "ARREST", "AGREE"),
    "ATTRIB": ("VIOLENCE",),
    "DIPLO": ("VIOLENCE", "ARREST", "PROTEST", "ABDUCT", "LOOT", "CHANGE", "AGREE", "OTHER"),
}
ANAPHORIC_DETS = frozenset("the this that these those its their same".split())
PERPETRATOR_KINDS = ("state", "nonstate", "armed")


SENTS_KEY = "eventwire_sentences"


def sentences(doc: Any) -> tuple[list[Any], dict[int, int], str]:
    """The doc's sentences, the index of each by its first token and the doc's text (computed once
    per doc: a token's ``.sent`` and ``doc.text`` each cost a pass over the doc)."""
    got = doc.user_data.get(SENTS_KEY)
    if got is None:
        sents = list(doc.sents)
        got = (sents, {s.start: i for i, s in enumerate(sents)}, doc_text(doc))
        doc.user_data[SENTS_KEY] = got
    return got


def sentence_window(doc: Any, char: int, *, before: int, after: int) -> tuple[int, int] | None:
    """The character span of the sentence holding character ``char`` of ``doc``, widened by ``before``
    sentences before it and ``after`` after it (fewer at the doc's edges); None when ``char`` falls on no
    token (a space)."""
    span = char_span(doc, char, char + 1)
    if span is None or not len(span):
        return None
    sents, index, _ = sentences(doc)
    sent = sentence_of(doc, span.start)
    k = index.get(sent.start)
    if k is None:
        return sent.start_char, sent.end_char
    return sents[max(0, k - before)].start_char, sents[min(len(sents) - 1, k + after)].end_char


STARTS_KEY = "eventwire_sentence_starts"


#: the doc last asked of :func:`sentence_of`, its sentences and their starts (one tuple, replaced whole)
_LAST_STARTS: tuple[Any, list[Any], list[int]] = (None, [], [])


def sentence_of(doc: Any, i: int) -> Any:
    """The sentence holding token ``i`` (the span ``doc[i].sent`` is), found in the doc's sentence list:
    a token's ``.sent`` walks the doc for the sentence's edges on every call."""
    global _LAST_STARTS
    last = _LAST_STARTS
    if last[0] is doc:  # the doc of the last call (most calls): no look-up
        sents, starts = last[1], last[2]
    else:
        sents = sentences(doc)[0]
        starts = doc.user_data.get(STARTS_KEY)
        if starts is None or len(starts) != len(sents):
            starts = doc.user_data[STARTS_KEY] = [s.start for s in sents]
        _LAST_STARTS = (doc, sents, starts)
    k = bisect_right(starts, i) - 1
    if k < 0 or i >= sents[k].end:
        return doc[i].sent
    return sents[k]


def previous_sentences(doc: Any, sent: Any, *, limit: int = 3) -> list[Any]:
    """Up to ``limit`` sentences before ``sent`` in its paragraph (no line break between), nearest first."""
    sents, index, text = sentences(doc)
    i = index.get(sent.start)
    if i is None:
        return []
    out: list[Any] = []
    later = sent
    for j in range(i - 1, max(i - 1 - limit, -1), -1):
        prev = sents[j]
        if "\n" in text[prev.start_char : later.start_char].strip():
            break
        out.append(prev)
        later = prev
    return out


def following_sentences(doc: Any, sent: Any, *, limit: int = 2) -> list[Any]:
    """Up to ``limit`` sentences after ``sent`` in the same paragraph (no blank line between)."""
    sents, index, text = sentences(doc)
    i = index.get(sent.start)
    if i is None:
        return []
    out: list[Any] = []
    earlier = sent
    for nxt in sents[i + 1 : i + 1 + limit]:
        if "\n\n" in text[earlier.end_char : nxt.start_char]:
            break
        out.append(nxt)
        earlier = nxt
    return out


CACHE_KEY = "eventwire_lead_decisions"


def remember(doc: Any, sent: Any, decision: Any) -> None:
    """Keep the first decision made for ``sent`` (the extractor types sentences in order, so the lead
    of a later sentence is usually known already; a second typing of the same sentence, without its
    attribution cues, does not replace the first)."""
    doc.user_data.setdefault(CACHE_KEY, {}).setdefault(sent.start, decision)


def lead_decision(doc: Any, sent: Any, decide: Callable[[Any], Any]) -> Any:
    """The decision of the nearest earlier sentence of the paragraph that has one (``decide`` types a
    sentence without context when it was not typed before; results are kept on the doc)."""
    cache = doc.user_data.setdefault(CACHE_KEY, {})
    for prev in previous_sentences(doc, sent):
        if prev.start not in cache:
            cache[prev.start] = decide(prev)
        dec = cache[prev.start]
        if dec is not None:
            return dec
    return None


def _anaphoric(tok: Any) -> bool:
    """"the blast", "the attack", "this bombing": a noun that points back to an act already told."""
    return tok is not None and tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "poss") and c.lower_ in ANAPHORIC_DETS for c in tok.children
    )


def follow_up(lead: Any, fam: str, trig: Any, *, agent_kind: str | None, strong_means: bool) -> bool:
    """Whether a decision of family ``fam`` (trigger ``trig``) continues the non-event ``lead``."""
    if lead is None or lead.none_class is None or fam not in FOLLOW_FAMILIES.get(lead.none_class, ()):
        return False
    kind = lead.none_class
    if kind in ("NATURAL", "MANMADE"):
        # the dead and the damage of the disaster, the troops sent to help; not an attack by someone
        if fam == "VIOLENCE":
            return not strong_means and (background_violence(trig) or agent_kind not in PERPETRATOR_KINDS and (
                trig.lemma_ not in ("attack", "shoot", "clash", "fight", "bomb", "ambush", "raid", "storm", "execute", "behead")
            ))  # not "... gunmen attacked the relief convoy"; "families who fled fighting" are the flood's victims
        return True
    if kind == "CRIME":
        return not strong_means and (fam != "VIOLENCE" or agent_kind not in ("state", "nonstate"))
    if kind == "ATTRIB":
        # "The blast killed 18 people": the act that was claimed, told again
        ag = agent_of(trig)  # "Witnesses said 15 people were killed": the toll of the act claimed
        return _anaphoric(trig) or _anaphoric(ag) or (trig.pos_ == "NOUN" and trig.dep_ in ("dobj", "pobj")) or (
            not strong_means and only_toll(trig) and not _same_kind(lead, trig))
    # diplomacy: an act only named in it ("involved in the detention of protesters")
    return trig.pos_ == "NOUN" and trig.dep_ in ("dobj", "pobj") and not _anaphoric(trig)


def _same_kind(lead: Any, trig: Any) -> bool:
    """Whether the toll sentence of ``trig``, typed alone, is of the sub-event type of the act the claim
    ``lead`` is about (then its report merges into that act's and gives it its toll; typed as another
    kind it would open a second event: "IS claimed the bombing of a market. Witnesses said 15 people were
    killed" is no separate Attack). Asked only of toll sentences after a claim."""
    from .crowd import cue_index  # imported here: typing imports this module
    from .typing import rule_classify

    if lead.trigger is None:
        return False
    doc, idx = trig.doc, cue_index()
    act = rule_classify(doc, lead.trigger.sent, [h for h in idx.match(lead.trigger.sent) if h.category != "ATTRIB"],
                        context=False)
    own = rule_classify(doc, trig.sent, idx.match(trig.sent), context=False)
    return act is not None and own is not None and act.sub_event_type == own.sub_event_type is not None


def main_of_background(trig: Any, others: dict[str, Any]) -> str | None:
    """The family whose act is the main clause when ``trig`` sits in an "after ..." clause below it."""
    clause = trig
    for _ in range(4):
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "following", "since") for c in clause.children):
            break
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    else:
        return None
    head = clause.head
    if head.i == clause.i:
        return None
    inside = {t.i for t in clause.subtree}
    best = [(f, t) for f, t in others.items() if t.i not in inside and (t.i == head.i or t.head.i == head.i)]
    return min(best, key=lambda x: _depth(x[1]))[0] if best else None


def led_to(act: Any, trig: Any) -> bool:
    """``act`` is what led to ``trig`` ("named a new leader after its chief was killed"): background."""
    return act.dep_ == "advcl" and act.head.i == trig.i and any(
        c.dep_ == "mark" and c.lower_ in ("after", "since", "following") for c in act.children
    )


_TOTAL_RE = re.compile(r"\b(?:in total|in all|altogether|all told|a total of|a combined|combined toll)\b", re.I)
ACT_NOUNS = frozenset("""attack attacks raid raids strike strikes airstrike airstrikes bombing bombings blast blasts
    explosion explosions ambush ambushes clash clashes incident incidents assault assaults killing killings""".split())


def sums_up(sent: Any) -> bool:
    """Whether ``sent`` totals acts told before it rather than telling one: "In total, 20 people were
    killed in the three attacks", "the two blasts killed 30 people in all", "both attacks left 40
    dead". (The caller checks that more than one act was told before.)"""
    if _TOTAL_RE.search(span_text(sent)):
        return True
    for t in tokens_with(sent, lowers=ACT_NOUNS):  # a token of no act noun is never one
        if t.tag_ != "NNS" or t.lower_ not in ACT_NOUNS:
            continue
        dets = [c for c in t.children if c.dep_ in ("det", "nummod", "amod")]
        anaphoric = any(c.lower_ in ("the", "these", "those", "both") for c in dets)
        counted = any(c.like_num or c.lower_ in ("both", "separate", "twin", "coordinated") for c in dets)
        if anaphoric and counted:
            return True
    return False


def semicolon_clause(act: Any) -> bool:
    """A clause the parse hung as the object of a later clause across a semicolon ("Supporters clashed
    with police ...; police arrested about 30 people"): a sentence of its own (moved from
    :mod:`eventwire.events.crowd` in the twenty-third session)."""
    return act.dep_ == "ccomp" and act.i < act.head.i and any(t.text == ";" for t in act.doc[act.i : act.head.i])
