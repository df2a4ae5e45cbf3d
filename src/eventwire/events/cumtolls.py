"""Cumulative tolls: a report whose dead number in the hundreds of a war's or a campaign's running count,
with no day of its own in its sentence, is background ("An estimated 400,000 people have been killed in the
six-year conflict", "As the toll has risen towards 500,000 dead, ...", "The regime has killed tens of thousands").

A death count of :data:`TOLL_FLOOR` or more is almost never one ACLED event: it is a tally over weeks or
years, told as the frame of the story. When the sentence names the day of the act ("More than 600 people were
killed in the massacre on Monday") the report stays news, and so does a report that absorbed a telling of the
lead (:func:`eventwire.events.anchors.flag_noted`). The cell reads the report's settled figure
(``report.fatalities``), so it acts on every wording that gives a count: a perfect passive, a "toll" noun, a
quoted charge. On the dev audits (a, q, s3, s8) the unflagged reports so counted were 3 of 3 spurious (a: 1
GENERIC, q: 1 TALLY, s8: 1 TALLY), and on the other unheld speed articles 2 more tallies ("more than 500 people
have been killed in eight days of ..."); no real event of the dev audits counts 500 dead or more (the largest,
a lead's "almost 200 civilians have been killed ... over two days", stays under the floor).

Near-misses that stay news: "A car bomb killed 40 people in Mogadishu on Monday; the toll rose from 30" (a
small count), "More than 600 people were killed in the massacre in the village on Monday" (a day of its own).
"""

from __future__ import annotations

from ..records import Article, EventReport
from .anchors import flag_noted

#: The smallest death count read as a running tally when the sentence names no day.
TOLL_FLOOR = 500
#: The background reason of a cumulative toll.
CUMULATIVE = "a cumulative toll, not one event"
#: The note set on such a report just before it is settled (:func:`settle_cumulative_tolls`).
NOTE_CUMULATIVE = "a cumulative toll with no day of its own: background once the main event is chosen"


def cumulative_toll(report: EventReport) -> bool:
    """``report`` is news whose dead number :data:`TOLL_FLOOR` or more and whose sentence names no day of its
    own: "An estimated 400,000 have been killed in the war" is; "600 were killed on Monday" is not (its date's
    words stand in its sentence with day precision)."""
    if report.background or report.fatalities.count < TOLL_FLOOR:
        return False
    d = report.date
    return not (d.value and d.precision == 1 and d.text and d.text in report.evidence.text)


def settle_cumulative_tolls(article: Article, main: EventReport | None) -> None:
    """Flag background each report of ``article`` that is a :func:`cumulative_toll`, once the main event is
    chosen (see :func:`eventwire.events.anchors.flag_noted`: the lead's tellings stay news)."""
    for r in article.reports:
        if cumulative_toll(r):
            r.notes.append(NOTE_CUMULATIVE)
    flag_noted(article, main, NOTE_CUMULATIVE, CUMULATIVE)
