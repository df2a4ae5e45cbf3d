"""A retelling of a flagged act goes with it: a report with no day of its own that tells again an act told
before it and flagged background (a past act, a general statement, an act not done) is background too.

The merging stage (:mod:`eventwire.events.merging`) folds a later sentence that tells an act already coded
into that act, but only between reports of the same standing: a report flagged background never absorbs a
report of current news. So once the first telling of an act is flagged, its retellings stood again as events
of their own ("The singer had led marches against the fuel tax in Accra [past] ... The sedition charge rests
on nothing but those marches", "Rebels have been holding aid workers seized over the years [general] ... A
nurse from Kenya is thought to be among the captives"). A report that the merging stage would have merged
into the flagged one (:func:`eventwire.events.merging._same_event` as if both had the same standing) and that
has no day of its own (none, or one inherited from the sentences before) tells that act again, and is
flagged background with it.

Near-misses that stay news: a report with a day of its own ("Rebels and soldiers clashed near the dam on
Monday" after a clash of years before flagged as past: a second act, a current one) or words of a second
act ("Rebels and soldiers clashed there again", "another raid", "a fresh assault"), one that
matches no flagged act (another kind of act, other sides, another town of another province), one told
before the flagged act, and a sentence of the text's lead (a headline, a dateline, a first sentence: news
in any form).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..records import EventReport
from ..timex import NO_PUBLICATION_DATE
from .parts import INHERITED_DATES
from .spanacts import LEAD_CHARS  # (a headline, a dateline or a lead: news, never a retelling)

#: Words of a second act ("clashed again", "another raid", "a fresh assault", "the latest protest"): a
#: report so worded tells a new act, never the flagged one again ("new" in lower case: not "New York").
SECOND_ACT_RE = re.compile(r"\b(?i:again|another|fresh|renewed|latest|second)\b|\bnew\b")
#: The note on a report flagged with the flagged act it tells again.
NOTE_RETOLD = "background: tells again the act flagged background at {start}-{end}"


def own_day(r: EventReport) -> bool:
    """``r`` has a day of its own: a date its own sentence gives, not one inherited from the sentences before
    (a day left unresolved for want of a publication date, "on October 12", is still its own)."""
    return (bool(r.date.value) or r.date.reason == NO_PUBLICATION_DATE and bool(r.date.text)
            ) and r.date.reason not in INHERITED_DATES


def with_flagged_heads(reports: list[EventReport], *, same: Callable[[EventReport, EventReport], bool]
                       ) -> list[EventReport]:
    """Flag background each report of ``reports`` (in text order, merged) that tells again an earlier report
    flagged background (see the module's note); ``same`` is the merging stage's test of one event (it
    requires one standing, so it is asked with the report seen as background). The list is returned."""
    flagged = [r for r in reports if r.background and r.section == "body"]
    if not flagged:
        return reports
    for r in reports:
        if (r.background or r.section != "body" or own_day(r) or r.evidence.start < LEAD_CHARS
                or SECOND_ACT_RE.search(r.evidence.text)):
            continue
        earlier = sorted((h for h in flagged if h.evidence.end <= r.evidence.start and h.event_type == r.event_type),
                         key=lambda h: h.evidence.start)
        if not earlier:
            continue
        r.background = True  # (asked as one of the flagged acts' standing)
        head = next((h for h in reversed(earlier) if same(h, r)), None)
        r.background = head is not None
        if head is not None:
            r.notes.append(NOTE_RETOLD.format(start=head.evidence.start, end=head.evidence.end))
            flagged.append(r)
    return reports
