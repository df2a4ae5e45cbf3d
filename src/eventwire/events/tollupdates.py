"""Toll updates told after the act: "... killed eight people on Monday. The death toll later rose to 11".

A sentence that only updates a toll raises the toll of the act it is about (ACLED revises a toll when
better information comes), with a note. Which act:

- the one at the place the update names ("The toll in Kyiv has risen to seven", in a live blog whose entries
  tell acts elsewhere in between);
- else the nearest act told before it, in the same paragraph, or the one act the article has told;
- else, across paragraphs, the one act told before that had any dead ("A suicide bomber killed seven in
  Kunduz. | A bomb wounded two in Kabul. | The toll later rose to 14": Kunduz's).

A toll split over places or days is left alone, and so is a figure no higher than the act's own. A toll
brought to a figure is an update too ("Two more bodies were recovered, bringing the toll to five"), unless it
sums several acts or a span (:func:`summaries.brought_toll`: "The attacks brought the week's toll to 31").
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate
from typing import Any

from ..records import Article, EventReport, Fatalities, Section
from .fatalities import np_count, toll_update
from .story import sentences
from .summaries import BRING_VERBS, brought_toll
from .words import needs_words, span_text, tokens_with


def _section_at(sections: list[Section], pos: int) -> Section | None:
    return next((s for s in sections if s.start <= pos < s.end), None)


def _place_key(r: EventReport) -> Any:
    place = r.location.place if r.location is not None else None
    if place is None:
        return None
    return place.geonameid or place.name


def _named_places(article: Article, sent: Any) -> set[Any]:
    return {m.place.geonameid or m.place.name for m in article.place_mentions
            if m.place is not None and sent.start_char <= m.start and m.end <= sent.end_char}


def _updatable(r: EventReport, value: int) -> bool:
    return (not r.background and r.disorder_type == "Political violence" and 0 < r.fatalities.count < value
            and not any(n.startswith("split:") for n in r.notes))


def _act_of_update(article: Article, sent: Any, earlier: list[EventReport], value: int) -> EventReport | None:
    named = _named_places(article, sent)
    if named:
        at = [r for r in earlier if _place_key(r) in named and not r.background]
        if at:
            r = max(at, key=lambda x: x.evidence.start)
            return r if _updatable(r, value) else None
    r = max(earlier, key=lambda x: x.evidence.start)
    acts = [x for x in earlier if not x.background and x.disorder_type == "Political violence"]
    if "\n" not in article.text[r.evidence.end : sent.start_char] or len(acts) <= 1:
        return r if _updatable(r, value) else None
    if r.fatalities.count:
        return None  # the act told just before had dead of its own: which act the update is of is unclear
    dead = [x for x in acts if x.fatalities.count]
    return dead[0] if len(dead) == 1 and _updatable(dead[0], value) else None


@needs_words({"toll"}, empty=lambda: None)
def brought_to(sent: Any) -> int | None:
    """The figure a toll is brought to: "..., bringing the death toll to five" (None: none, or a sum)."""
    if brought_toll(sent):
        return None
    for tok in tokens_with(sent, lowers=frozenset(("toll",))):
        if tok.lower_ != "toll" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in BRING_VERBS:
            continue
        to = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        num = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        if num is not None:
            return np_count(num)
    return None


def update_tolls(article: Article, doc: Any, sections: list[Section]) -> None:
    """Raise the toll of the act each toll update of the body is about (see the module's doc)."""
    reports = [r for r in article.reports if r.section not in ("related",)]
    if not reports:
        return
    # the reports' evidence spans by start, and the furthest end among each prefix: a sentence overlaps one
    # when a span starting before its end reaches past its start (a binary search, not a scan per sentence)
    spans = sorted((r.evidence.start, r.evidence.end) for r in reports)
    span_starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    for sent in sentences(doc)[0]:
        sec = _section_at(sections, sent.start_char)
        if sec is not None and sec.kind not in ("body", "dateline"):
            continue
        k = bisect_left(span_starts, sent.end_char)  # the spans starting before the sentence's end
        if k and reach[k - 1] > sent.start_char:
            continue  # an event sentence: its own toll was read with it
        upd = toll_update(sent)
        if upd is not None:
            value, words = upd.value, upd.text
        else:
            value = brought_to(sent)
            if value is None:
                continue
            words = span_text(sent)
        earlier = [r for r in reports if r.evidence.end <= sent.start_char]
        if not earlier:
            continue
        r = _act_of_update(article, sent, earlier, value)
        if r is None:
            continue
        r.notes.append(f"fatalities updated from {r.fatalities.count} to {value} at {sent.start_char}")
        r.fatalities = Fatalities(value, words, r.fatalities.claimed_by)
