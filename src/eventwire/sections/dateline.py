"""Datelines at the start of a report: "HOMS, Syria (Reuters) -", "BAGHDAD —", "Homs (Syria News)",
"MOGADISHU, Oct 3 (Reuters) -", "DAMASCUS, May 14, 2016 (SANA) --", "KABUL:", "(Reuters) -"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import MONTH_RE, parse_full_date

_PW = r"(?:(?:al|el|ad|as|an|ar|at|az|ash|ech|ed|es)[-‑])?[A-Z][\w'’.]*(?:-[A-Za-z][\w'’.]*)*"
_PLACE = rf"{_PW}(?:\s+(?:(?:al|el|de|du|la|le|of|on|upon|am|im|an)\s+)?{_PW}){{0,3}}"
_DATE = rf"(?:{MONTH_RE}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{MONTH_RE}(?:,?\s+\d{{4}})?)"
_OUTLET = r"[A-Z][\w&.'’/+-]*(?:\s+[\w&.'’/+-]+){0,5}"
_DASH = r"(?:-{1,2}|–|—|―)"

DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})(?P<region>(?:,\s*{_PLACE}){{0,2}}?)(?:,\s*(?P<date>{_DATE}))?"
    rf"(?:\s*\((?P<outlet>{_OUTLET})\))?"
    rf"(?P<sep>\s*(?:{_DASH}|:)(?=\s)|(?=\s))"
)
OUTLET_ONLY = re.compile(rf"^\((?P<outlet>{_OUTLET})\)\s*{_DASH}(?=\s)")

# words that start sentences, never datelines
_NOT_PLACES = frozenset(
    "the a an in on at this that these those it he she they we i you his her their its our my "
    "according after before while when moreover however meanwhile also but and or so yet "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday".split()
)


@dataclass(slots=True)
class Dateline:
    start: int  # offsets relative to the paragraph given to :func:`find_dateline`
    end: int  # end of the dateline proper (place, region, date, outlet), before the separator
    body_start: int  # where the report's text starts, after the separator
    place: str | None
    region: str | None
    date: str | None
    outlet: str | None

    def meta(self) -> dict:
        meta = {"place": self.place, "region": self.region, "date": self.date, "outlet": self.outlet}
        if self.date and (d := parse_full_date(self.date)) is not None:
            meta["date_iso"] = d.isoformat()
        return {k: v for k, v in meta.items() if v}


def _clean(s: str | None) -> str | None:
    if s is None:
        return None
    s = s.strip(" ,")
    return s or None


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline that opens ``paragraph``, or None."""
    m = OUTLET_ONLY.match(paragraph)
    if m:
        rest = len(paragraph) - len(paragraph[m.end():].lstrip())
        return Dateline(0, m.group(0).index(")") + 1, rest,
                        None, None, None, m.group("outlet").strip())
    m = DATELINE.match(paragraph)
    if not m:
        return None
    place = m.group("place")
    outlet = m.group("outlet")
    sep = m.group("sep").strip()
    region = _clean(m.group("region"))
    date = m.group("date")
    first = place.split()[0].lower()
    if first in _NOT_PLACES or place.lower().rstrip(".") in _NOT_PLACES:
        return None
    rest_text = paragraph[m.end():].lstrip()
    if not rest_text:
        return None
    if outlet is None:
        if not sep:
            return None
        upper = place.upper() == place and any(c.isalpha() for c in place)
        if sep == ":" and not upper:
            return None  # "Sources: ..." is not a dateline, "KABUL: ..." is
        if sep in ("-", "--") and not (upper or region or date):
            return None  # a hyphen after a capitalised word is too weak a cue
        if not (upper or region or date) and len(place.split()) > 2:
            return None
    elif not sep and not (rest_text[:1].isupper() or rest_text[:1] in "\"“'‘"):
        return None  # "Islamic State (ISIS) launched ..." is a sentence, not a dateline
    end = m.end() - len(m.group("sep"))
    body_start = len(paragraph) - len(rest_text)
    return Dateline(0, end, body_start, _titlecase_place(place), region and _titlecase_place(region), date,
                    outlet.strip() if outlet else None)


def _titlecase_place(place: str) -> str:
    """"HOMS" -> "Homs", "DEIR EZZOR" -> "Deir Ezzor"; mixed case is kept as written."""
    if place.upper() != place:
        return place
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in place.split())
