"""A later day told in the sentence right before an undated one: the story has moved on to that day.

An undated sentence takes the date of the act it elaborates, the last dated report before it
(:func:`events.reportdate.report_date`). But a sentence the extractor codes no act from may still move
the story on to a later day: "On Friday, rebels said 100 fighters had surrendered. Resistance in the
town collapsed on Saturday after weeks of fighting. Soldiers were chasing the last militants out of
the town." The last sentence tells what went on on Saturday, not on the Friday of the last coded act.

:func:`later_day` gives that day: the latest day mention (precision 1) of the sentence right before
(same paragraph), later than the inherited day and not after publication, that times a past act as an
adverbial of its verb ("collapsed on Saturday", "were hit on Tuesday"): not the day a statement was
made ("officials said on Saturday", "On Saturday, the ministry vowed ...": a verb of saying over it), a
flashback's day ("the day before"), a state's ("were still in the town on Thursday"), an -ing clause's
("those fleeing on Friday") nor a noun's ("Saturday's strikes"). A date of a week or vaguer is not
moved: only a day replaces a day. An act named by a definite noun ("tension over the chemical
attack") keeps the day it inherits: it is the act told before.
"""

from __future__ import annotations

from typing import Any

from ..records import Article, DateMention, DateValue
from ..timex import iso_day
from .dating import REPORTING_LEMMAS
from .telling import said_on
from .words import char_span

__all__ = ["later_day"]

#: Verbs whose day is the day something was told: saying (:data:`events.dating.REPORTING_LEMMAS`), and
#: vows, threats and denials ("Erdogan vowed on Sunday that ...").
_TELLING = REPORTING_LEMMAS | frozenset("vow pledge promise threaten insist deny accuse reject respond reply".split())


def later_day(article: Article, sent: Any, trig: Any, inherited: DateValue, *, para_start: int) -> DateMention | None:
    """The day mention of the sentence right before ``sent`` (in its paragraph, from ``para_start``)
    that is later than the ``inherited`` day: the day the story has moved on to (see the module);
    None when there is none, or when the act's cue ``trig`` names an act told before by a definite
    noun ("tension over the chemical attack": that act's day)."""
    old = iso_day(inherited.value) if inherited.precision == 1 else None
    if old is None or sent.start == 0 or _names_act_before(trig):
        return None
    pub = article.published
    days = [m for m in article.date_mentions if para_start <= m.start and m.end <= sent.start_char
            and m.date is not None and m.date.precision == 1 and (day := iso_day(m.date.value)) is not None
            and day > old and (pub is None or day <= pub)]
    if not days:
        return None  # (most sentences: no later day before them in the paragraph, no parse read)
    prev = sent.doc[sent.start - 1].sent
    best: DateMention | None = None
    for m in days:
        if m.start >= prev.start_char and _acts_day(article, m) and (best is None or m.start > best.start):
            best = m
    return best


def _acts_day(article: Article, m: DateMention) -> bool:
    """Whether the mention times a past act as an adverbial of its verb ("collapsed on Saturday",
    "were hit Tuesday"): not the telling of one ("police said on Saturday", "On Saturday, the ministry
    said ..."), a flashback ("the day before"), a state ("were still in the town on Thursday", "Today,
    there is ..."), an -ing clause ("those fleeing on Friday") or a noun's day ("Saturday's strikes")."""
    low = m.text.lower()
    if said_on(article.text, m.start) or "before" in low or "earlier" in low:
        return False
    span = char_span(article.doc, m.start, m.end)
    if span is None:
        return False
    verb = span.root.head
    if verb.pos_ == "ADP" and span.root.dep_ == "pobj":
        verb = verb.head  # "on Saturday"
    return (verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") and verb.i != span.root.i
            and verb.lemma_.lower() not in _TELLING)


def _names_act_before(trig: Any) -> bool:
    """Whether the cue is a noun with a definite determiner or a possessive ("the chemical attack",
    "its offensive"): an act already told, dated as before."""
    return trig is not None and trig.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their", "his", "her")
        for c in trig.children)
