"""Past acts told as context: an act its own sentence dates only by a year before the publication's.

:func:`events.status.assess` measures a day, a week or a month against the publication day
(:func:`status.dated_background`); a year alone ("in 2013", "last year", "four years ago") has no
day to measure, so an act dated so was told as news ("In 2016, soldiers burned the village
market", in a 2020 report). :func:`settle_old_years` flags such acts as background once the
article's main event is chosen: the main report itself may be such an old act (an article about a
trial for a killing "in 2011") and must stay main; its own date is then the article's ranked date,
and :func:`status.old_news` on that date flags it (``EventExtractor.extract``). Flagging before the
choice would hand the main event to another report of the article, often a worse one (a later step,
a place named in passing).
"""

from __future__ import annotations

import datetime as dt

from ..records import EventReport
from .parts import INHERITED_DATES
from .reportdate import BESIDE_YEAR
from .status import old_news

#: The note on a report flagged background for its own sentence's year.
NOTE_OLD_YEAR = "background: its sentence dates it to a year before publication"


def dated_by_old_year(report: EventReport, published: dt.date | None) -> bool:
    """Whether ``report``'s own sentence dates it only by a year before the publication's year (a
    date the report took from another sentence does not count: that is the other act's year; nor does
    a year told in a relative clause beside the act, :data:`reportdate.BESIDE_YEAR`)."""
    d = report.date
    if published is None or d.value or d.year is None or not d.text or d.reason in (*INHERITED_DATES, BESIDE_YEAR):
        return False
    return old_news(d, published)


def settle_old_years(reports: list[EventReport], main: EventReport | None, published: dt.date | None) -> None:
    """Flag as background every report other than ``main`` that its own sentence dates only by a year
    before the publication's (:func:`dated_by_old_year`)."""
    for r in reports:
        if r is main or r.background or not dated_by_old_year(r, published):
            continue
        r.background = True
        r.notes.append(NOTE_OLD_YEAR)
