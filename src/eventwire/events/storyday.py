"""The day of an act the text gives no date for: the day of the story it is told in.

A report whose sentence, paragraph and the news before it give no date (reason ``"no date in the text"``,
:func:`events.dating.no_date`) is left undated by :func:`events.reportdate.report_date`; only the main
event used to take the article's date. ACLED codes an act told without a day of its own in a news
story on the day of that story's news: :func:`date_undated_acts` gives such an act, once the main
event is dated and the background flags are set, the main event's day when the main event is current
news with a day or week ("Gunmen abducted a woman on Tuesday night. ... The hoodlums shot a soldier
standing by the roadside": Tuesday).

Left undated: a related headline (another story of the page); an act flagged background, negated or only
planned; one told in the past perfect ("her family had moved down the valley": that tense puts it before the
story's news) or against another act's time ("A few days later, gunmen fired at his home"); every act of a
story whose main event is old news, undated, vaguer than a week or after the publication day (an editorial
about a war long past gives its undated acts no day). On a page with no publication date the main event must be dated to a day by the
text itself ("the funeral on Friday", a post dated "June 25, 2021").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..records import DateValue, EventReport
from ..timex import iso_day
from .dating import NO_DATE, NO_DATE_UNPUBLISHED

#: The reasons :func:`events.dating.no_date` gives an act of a page with and without a publication date.
_UNDATED = frozenset({NO_DATE, NO_DATE_UNPUBLISHED})
#: The reason of a date taken from the story's main event (:func:`date_undated_acts`).
STORY_DAY = "no date of its own: the day of the story's main event"
#: The past perfect's auxiliary: an act told before the story's news ("had sneaked into the convoy").
_PAST_PERFECT_RE = re.compile(r"\bhad\b|\w['’]d been\b", re.IGNORECASE)
#: An act told against another one's time ("A few days later, gunmen fired at his home"): not the story's day.
_TOLD_AGAINST_RE = re.compile(r"\b(?:later|earlier|afterwards|previously)\b", re.IGNORECASE)


def date_undated_acts(reports: Sequence[EventReport], main: EventReport | None, *, published: dt.date | None) -> int:
    """Give each current act left with no date in the text the day of the story's main event (see the
    module's docstring); returns how many were dated. ``published``: the page's publication day (None: the
    main event must be dated to a day, precision 1)."""
    if main is None or main.background or (main.date.precision or 4) > (2 if published is not None else 1):
        return 0
    day = iso_day(main.date.value)
    if day is None or published is not None and day > published:
        return 0
    n = 0
    for r in reports:
        if (r is main or r.section == "related" or r.background or r.negated or r.speculative or r.date.value is not None
                or r.date.year is not None or r.date.reason not in _UNDATED or _PAST_PERFECT_RE.search(r.evidence.text)
                or _TOLD_AGAINST_RE.search(r.evidence.text)):
            continue
        r.date = DateValue(value=main.date.value, precision=main.date.precision, text=None, reason=STORY_DAY)
        r.notes.append(f"date: {STORY_DAY} ({main.date.value})")
        n += 1
    return n
