"""Past acts told in an older stretch of the text's time line: a report told in the past, outside the text's lead,
with no date and no source in its sentence, is background when the last date its paragraph names before it is
older than the news.

A text moves along its own time line: once a paragraph has named a time ("In 2014 the militants swept across
the north"), the undated sentences after it are told in that time until another date moves the story on. A
past act told there with no date of its own ("Fighters rounded up 400 men of the village") is a step of that
older story, not of the news, whatever anchors it carries (a place, a count, a named doer). The narrative reading
(:func:`eventwire.events.narrative.told_after_older_date`) looks two sentences back and at bare, unanchored acts
(:mod:`eventwire.events.pastanchors`) are flagged whatever their time; an anchored past act is otherwise news as
often as not (the twenty-ninth session's audit found 5 real events of 29 such reports). Here the reach is the
whole paragraph before the act, with the narrative's own dates (no bound such as "since 2011", no day of telling)
and its measure of an older date (:data:`eventwire.events.narrative.OLD_DAYS`).

On the three dev audits (events left unflagged by the other cells), the rule flags 9 reports and no real event
(a: 6, q: 0, s3: 3; eight retold acts of history and one general statement, of nine wordings: a massacre told
years after, a captive's escape, a city's surrender, a war's air campaign, a faction's old feud). On the 449 speed
articles outside the held-out samples it flags 15 reports, all retold history, general statements or a
retelling of the main event. Tabulated against the paragraph's last date before the act, the unflagged past acts
with no date and no source of their own were 0 real of 14 where that date was more than a year old; the 5 real
ones of the 33 all stood after no date, a recent one or a later one.

Near-misses that stay news: an act with a date of its own in its sentence ("Isis, which seized Mosul in 2014,
attacked a checkpoint on Monday"), one whose paragraph last named a recent day ("The group seized Mosul in
2014. On Tuesday its fighters returned. They rounded up 400 men."), one told on someone's word ("Witnesses said
fighters rounded up 400 men"), one told in the present or the perfect, one after a "since" date (a state
running to the news: "The war has raged since 2014. ... Fighters rounded up 400 men."), any sentence of the
lead, the main event, a report that absorbed a telling of the lead, an act the extractor read as a person's past
(:mod:`eventwire.events.lifepast`, whose own note stands) and any text whose publication day is unknown.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from ..records import Article, EventReport
from .anchors import finite_verb, flag_noted, simple_past
from .article_text import paragraph_start
from .narrative import narrative_dates
from .passing import NOTE_PASSING
from .pastanchors import SOURCE_VERBS, sourced
from .spanacts import LEAD_CHARS
from .story import sentence_window
from .words import doc_text

#: The background reason of a past act told in an older stretch of the time line.
OLD_ERA = ("a past act with no date or source of its own, told after its paragraph last named a date older than "
           "the news")
#: The note the extractor sets on such a report, read by :func:`settle_old_era` once the main event is chosen.
NOTE_OLD_ERA = ("a past act with no date or source of its own: background once the main event is chosen, if its "
                "paragraph last named an older date")
#: The note of such a report whose act is also named in passing (:mod:`eventwire.events.passing`): when it is not
#: told in an older stretch, :func:`settle_old_era` hands it to that cell.
NOTE_OLD_ERA_PASSING = NOTE_OLD_ERA + " (named in passing)"


def past_undated(trigger: Any, sent: Any, status: Any, *, dated: bool) -> bool:
    """The act of ``trigger`` in ``sent``, asserted (``status``: not speculative, not negated), outside the lead,
    is told in the past with no date (``dated``: the report took a date from its own sentence) and no source
    (:func:`told_on_word`): "Fighters rounded up 400 men" is; "Witnesses said fighters
    rounded up 400 men" and "Fighters have rounded up 400 men" are not."""
    if status.speculative or status.negated or dated or sent.start_char < LEAD_CHARS:
        return False
    return simple_past(finite_verb(trigger)) and not told_on_word(sent)


def told_on_word(sent: Any) -> bool:
    """Someone tells the acts of ``sent`` (:func:`eventwire.events.pastanchors.sourced`), or it holds a verb of
    telling whatever its parse ("Speaking by phone, Rojkan – who is on bail – said they were arrested")."""
    return sourced(sent) or any(t.pos_ == "VERB" and t.lemma_.lower() in SOURCE_VERBS for t in sent)


def in_older_era(report: EventReport, article: Article, doc: Any) -> bool:
    """The sentence of ``report`` names no date, and the last date its paragraph names before it that sets a
    narrative time (:mod:`eventwire.events.narrative`: not a bound such as "since 2011", not the day something
    was said) is older than the news (:data:`eventwire.events.narrative.OLD_DAYS`): "In 2014 the militants swept
    across the north. Fighters rounded up 400 men of the village." ("rounded up" is in 2014)."""
    if article.published is None:
        return False
    window = sentence_window(doc, report.evidence.start, before=0, after=0)
    if window is None:
        return False
    start, end = window
    if any(start <= m.start < end or report.evidence.start <= m.start < report.evidence.end
           for m in article.date_mentions):
        return False
    ends, mentions, older = narrative_dates(article, doc)
    i = bisect_right(ends, start) - 1
    return i >= 0 and older[i] and mentions[i].start >= paragraph_start(doc_text(doc), start)


def settle_old_era(article: Article, main: EventReport | None, doc: Any) -> None:
    """Flag background each report of ``article`` noted a past undated act (:data:`NOTE_OLD_ERA`) once the main
    event is chosen, when it is told in an older stretch of its paragraph (:func:`in_older_era`); the main event
    and a report that absorbed a telling of the lead stay news. A flagged report loses the day it inherited. A report
    noted :data:`NOTE_OLD_ERA_PASSING` is read alike when told in an older stretch, and is otherwise handed to
    :func:`eventwire.events.passing.settle_passing` (noted :data:`eventwire.events.passing.NOTE_PASSING`)."""
    older = {id(r) for r in article.reports if (NOTE_OLD_ERA in r.notes or NOTE_OLD_ERA_PASSING in r.notes)
             and r is not main and in_older_era(r, article, doc)}
    for r in article.reports:
        if NOTE_OLD_ERA_PASSING in r.notes:
            r.notes[r.notes.index(NOTE_OLD_ERA_PASSING)] = NOTE_OLD_ERA if id(r) in older else NOTE_PASSING
    flag_noted(article, main, NOTE_OLD_ERA, OLD_ERA, keep=lambda r: id(r) not in older)
