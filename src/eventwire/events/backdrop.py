"""A month-dated act told before a day-dated one: the backdrop of the news (twenty-third session).

"The truce along the border collapsed in March. On Thursday, fighters and soldiers clashed near X";
"The government declared a state of emergency in October. On the 3rd of this month, police fired into a
march": a sentence dated by a bare month ("in March", not "on March 3") and followed by a sentence dated to
a day ("on Thursday", "on the 3rd", "on 12 May") sets the scene for the later act, which is the news
(ACLED: background facts are flagged as background, never counted as news of the report's day). Read on the
reports of one article, in text order, before they are merged; only the earlier, month-dated one changes.
"""

from __future__ import annotations

import re

from ..records import EventReport
from .status import MONTHS

#: A bare month naming when an act was done ("in March", "in early October"), no day next to it.
_MONTH_ONLY_RE = re.compile(
    rf"\b(?:in|during|since)\s+(?:early\s+|mid-?\s*|late\s+)?(?:{MONTHS})\b(?!\s+\d)(?!\s+(?:of\s+)?this\b)",
    re.I)
_MONTH_DAY_RE = re.compile(rf"\b(?:(?:{MONTHS})\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS}))", re.I)
#: A date phrase naming a day ("on Thursday", "on the 3rd of this month", "on 12 May", "overnight").
_DAY_RE = re.compile(
    rf"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|overnight|tonight)\b|"
    rf"\bthe\s+\d{{1,2}}(?:st|nd|rd|th)\b|\b(?:{MONTHS})\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{MONTHS})\b",
    re.I)
NOTE_BACKDROP = "background: dated by its month before an act dated to a day"


def month_backdrop(reports: list[EventReport]) -> None:
    """Flag as background each news report dated by a bare month in its own sentence when a report of a
    later sentence is dated to a day (see the module docstring)."""
    for i, r in enumerate(reports):
        if r.background or r.date.precision == 1 or not _month_only(r.evidence.text):
            continue
        if any(later.evidence.start >= r.evidence.end and not later.background and later.date.text
               and _DAY_RE.search(later.date.text) for later in reports[i + 1:]):
            r.background = True
            r.notes.append(NOTE_BACKDROP)


def _month_only(text: str) -> bool:
    return _MONTH_ONLY_RE.search(text) is not None and _MONTH_DAY_RE.search(text) is None and _DAY_RE.search(text) is None
