"""A toll told whole and then place by place: the places' acts, not a third event of the sum.

"Security forces killed 16 Maoist rebels in two separate gunfights in Chhattisgarh state on Tuesday.
Twelve rebels were killed in Bijapur district and four in Kanker district": ACLED codes the two gunfights,
each at its district; the lead's 16 at the state is their sum, and read as an event of its own it counts
every death twice. :func:`fold_totals` drops such a lead when the sentences right after it (in its paragraph
or the next) break its toll down over two places or more inside its place, on its day, summing to no more
than its toll; the parts take the lead's actors where they name none of their own.
"""

from __future__ import annotations

import logging

from ..records import EventReport
from .linking import paragraph_start
from .merging import within
from .roles import UNIDENTIFIED

logger = logging.getLogger(__name__)

#: dates a part takes from the sentence before it (no day of its own)
_INHERITED = ("inherited from the event this sentence elaborates", "from an earlier sentence of the same paragraph",
              "from an earlier sentence of the story")
#: actor names that a part reads when its sentence names no doer ("Twelve rebels were killed in Bijapur")
_GENERIC = (UNIDENTIFIED, "Opposition Rebels (")


def _generic(actor: object) -> bool:
    return actor is None or getattr(actor, "name", "").startswith(_GENERIC)


def _next_paragraph_end(text: str, pos: int) -> int:
    """The end of the paragraph after the one holding ``pos`` (blank lines between are skipped)."""
    end = text.find("\n", pos)
    if end < 0:
        return len(text)
    start = end
    while start < len(text) and text[start] in "\n \t\r":
        start += 1
    stop = text.find("\n", start)
    return len(text) if stop < 0 else stop


def _parts_of(lead: EventReport, later: list[EventReport], text: str) -> list[EventReport]:
    """The reports of ``later`` that break ``lead``'s toll down (empty when they do not)."""
    if lead.background or lead.disorder_type != "Political violence" or not lead.fatalities.count:
        return []
    para = paragraph_start(text, lead.evidence.start)
    limit = _next_paragraph_end(text, lead.evidence.end)
    parts: list[EventReport] = []
    for r in later:
        if r.evidence.start < para or r.evidence.start >= limit:
            break
        if (r.background or r.disorder_type != lead.disorder_type or r.section != lead.section
                or not r.fatalities.count or not within(lead.location, r.location)
                or (r.date.value != lead.date.value and r.date.reason not in _INHERITED)):
            break
        parts.append(r)
    places = {r.location.place.name for r in parts if r.location is not None and r.location.place is not None}
    if len(places) < 2 or sum(r.fatalities.count for r in parts) > lead.fatalities.count:
        return []
    return parts


def fold_totals(reports: list[EventReport], *, text: str) -> list[EventReport]:
    """``reports`` less each lead whose toll the next reports break down by place (see the module's doc)."""
    out: list[EventReport] = []
    dropped: set[int] = set()
    for i, lead in enumerate(reports):
        if i in dropped:
            continue
        parts = _parts_of(lead, reports[i + 1 :], text)
        if not parts:
            out.append(lead)
            continue
        dropped.add(i)
        for r in parts:
            if _generic(r.actor1) and not _generic(lead.actor1):
                r.actor1 = lead.actor1
                r.notes.append(f"actor 1 from the total told at {lead.evidence.start}")
            if _generic(r.actor2) and not _generic(lead.actor2):
                r.actor2 = lead.actor2
                r.notes.append(f"actor 2 from the total told at {lead.evidence.start}")
            r.notes.append(f"part of the total of {lead.fatalities.count} told at {lead.evidence.start}")
        logger.debug("a total broken down by place: %s", lead.evidence.text[:60])
    return out
