"""A toll told whole and then place by place: the places' acts, not a third event of the sum.

"Security forces killed 16 Maoist rebels in two separate gunfights in Chhattisgarh state on Tuesday.
Twelve rebels were killed in Bijapur district and four in Kanker district": ACLED codes the two gunfights,
each at its district; the lead's 16 at the state is their sum, and read as an event of its own it counts
every death twice. :func:`fold_totals` drops such a lead when the sentences right after it (in its paragraph
or the next) break its toll down over two places or more inside its place, on its day, summing to no more
than its toll; the parts take the lead's actors where they name none of their own.

A lead of several acts broken down only in part ("Gunmen killed 26 people in attacks on six villages in Beni
territory. In Kpeta, nine were killed; in Mutwanga, five") keeps the rest of its toll (12) at its own place:
ACLED codes each act the text places, and the deaths it does not place stay reported at the area's
precision -- the total is neither counted twice (the lead and its parts) nor lost. A single part is enough
when the lead tells several acts or places (:func:`parts.several_acts`); such a lead that gives no toll
("Bandits attacked villages in Zamfara state on Sunday. In Anka, nine people were killed; in Maru, five") is
only its parts. The fold runs before the merging
stage too (a part told at a town must not be merged into a lead told at the country, and take its place).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from ..records import EventReport
from .linking import is_country_only, paragraph_start
from .parts import INHERITED_DATES, NOTE_PART, NOTE_REMAINDER, several_acts
from .roles import UNIDENTIFIED
from .sameness import within

logger = logging.getLogger(__name__)

_OTHER_ACT_RE = re.compile(r"\b(?:separate|another|elsewhere|meanwhile|also)\b", re.I)
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


#: A town named for the area around it ("in the Bandiagara region", "the Anka area").
_AREA_AFTER_RE = re.compile(r"[ \t]+(?:region|area|district|province|county|zone|countryside|territory)\b", re.I)


def _inside(lead: EventReport, r: EventReport, text: str = "") -> bool:
    """``r``'s place lies inside ``lead``'s (a town of the province, of the country told alone, or of the
    province of a town told as an area: "attacks on villages in the Bandiagara region ... in Dialassagou")."""
    if within(lead.location, r.location):
        return True
    o, i = lead.location, r.location
    if (o is not None and i is not None and o.place is not None and i.place is not None and o.place.admin1
            and o.place.admin1 == i.place.admin1 and o.place.iso == i.place.iso and o.place.name != i.place.name
            and _AREA_AFTER_RE.match(text, o.end) and not any(n.startswith("location from the") for n in r.notes)):
        return True
    return (is_country_only(o) and i is not None and not is_country_only(i) and o is not None
            and o.place is not None and i.place is not None and o.place.iso == i.place.iso)


def _parts_of(lead: EventReport, later: list[EventReport], text: str) -> list[EventReport]:
    """The reports of ``later`` that break ``lead``'s toll down, wholly or in part (empty when they do not)."""
    if (lead.background or lead.disorder_type != "Political violence"
            or not (lead.fatalities.count or several_acts(lead.evidence.text))  # "attacked villages in X"
            or any(n.startswith((NOTE_PART, NOTE_REMAINDER)) for n in lead.notes)):
        return []
    para = paragraph_start(text, lead.evidence.start)
    limit = _next_paragraph_end(text, lead.evidence.end)
    parts: list[EventReport] = []
    for r in later:
        if r.evidence.start < max(para, lead.evidence.end) or r.evidence.start >= limit:
            break  # (an act of the lead's own sentence is no part of it)
        if (r.background or r.disorder_type != lead.disorder_type or r.section != lead.section
                or not r.fatalities.count or not _inside(lead, r, text)
                or (r.date.value != lead.date.value and r.date.reason not in INHERITED_DATES)
                or any(n.startswith(NOTE_PART) for n in r.notes) or (not parts and _OTHER_ACT_RE.search(r.evidence.text))):
            break  # ("In a separate attack, bandits killed three in Anka": no part; "..., and another strike in Rafah": one)
        parts.append(r)
        limit = _next_paragraph_end(text, r.evidence.end)  # a part a paragraph: the list goes on
    places = {r.location.place.name for r in parts if r.location is not None and r.location.place is not None}
    if not places or (lead.fatalities.count and sum(r.fatalities.count for r in parts) > lead.fatalities.count):
        return []
    if len(places) < 2 and not several_acts(lead.evidence.text):
        return []  # one smaller figure at a town after a lead of one act: that act's toll, told again
    return parts


def fold_totals(reports: list[EventReport], *, text: str) -> list[EventReport]:
    """``reports`` less each lead whose toll the next reports break down by place, or with the lead's toll
    cut to what its parts leave (see the module's doc)."""
    out: list[EventReport] = []
    dropped: set[int] = set()
    for i, lead in enumerate(reports):
        if i in dropped:
            continue
        parts = _parts_of(lead, reports[i + 1 :], text)
        if not parts:
            out.append(lead)
            continue
        total = lead.fatalities.count
        rest = total - sum(r.fatalities.count for r in parts)
        if rest > 0 and several_acts(lead.evidence.text):
            # "26 killed in attacks on six villages ... In Kpeta, nine; in Mutwanga, five": 12 at the area
            lead.notes.append(f"{NOTE_REMAINDER} {total}: the deaths its parts do not place")
            lead.fatalities = replace(lead.fatalities, count=rest)
            out.append(lead)
        else:
            dropped.add(i)
        for r in parts:
            if _generic(r.actor1) and not _generic(lead.actor1):
                r.actor1 = lead.actor1
                r.notes.append(f"actor 1 from the total told at {lead.evidence.start}")
            if _generic(r.actor2) and not _generic(lead.actor2):
                r.actor2 = lead.actor2
                r.notes.append(f"actor 2 from the total told at {lead.evidence.start}")
            r.notes.append(f"{NOTE_PART} {total or 'the acts'} told at {lead.evidence.start}")
        logger.debug("a total broken down by place: %s", lead.evidence.text[:60])
    return out
