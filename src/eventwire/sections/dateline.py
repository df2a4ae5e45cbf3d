"""Datelines at the start of a report: "HOMS, Syria (Reuters) -", "BAGHDAD —", "Homs (Syria News)",
"MOGADISHU, Oct 3 (Reuters) -", "DAMASCUS, May 14, 2016 (SANA) --", "KABUL:", "(Reuters) -"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import MONTH_RE, WEEKDAY_RE, parse_full_date

_PW = r"(?:(?:al|el|ad|as|an|ar|at|az|ash|ech|ed|es)[-‑])?[A-Z][\w'’.]*(?:-[A-Za-z][\w'’.]*)*"
_ONE_PLACE = rf"{_PW}(?:\s+(?:(?:al|el|de|du|la|le|of|on|upon|am|im|an)\s+)?{_PW}){{0,3}}"
_PLACE = rf"{_ONE_PLACE}(?:\s?/\s?{_ONE_PLACE}){{0,2}}"  # "JERUSALEM/AMMAN"
_DATE = rf"(?:{MONTH_RE}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{MONTH_RE}(?:,?\s+\d{{4}})?)"
_OUTLET = r"[A-Z][\w&.'’/+-]*(?:\s+[\w&.'’/+-]+){0,5}"
_DASH = r"(?:-{1,2}|–|—|―)"

DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})(?P<region>(?:,\s*{_PLACE}){{0,2}}?)(?:,\s*(?P<date>{_DATE}))?"
    rf"(?:\s*\((?P<outlet>{_OUTLET})\))?"
    rf"(?P<sep>\s*(?:{_DASH}|:)(?=\s)|(?=\s))"
)
_DATE_Y = (rf"(?:{WEEKDAY_RE}\s+)?(?:{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
           rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_RE}(?:,?\s+\d{{4}})?)")
# a dateline on a line of its own: "KHARTOUM NORTH –", "BOR/JUBA - 24 Aug 2020"
BARE_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})(?P<region>(?:,\s*{_PLACE}){{0,2}}?)\s*(?P<sep>{_DASH}|:|,)?\s*(?P<date>{_DATE_Y})?"
    rf"\s*(?:\((?P<outlet>{_OUTLET})\))?\s*(?:{_DASH}|:)?\s*$"
)
_NOT_DATELINE_WORDS = frozenset(
    "breaking update updated exclusive watch video photos photo live opinion analysis editorial news "
    "comment comments related share advertisement".split()
)
OUTLET_ONLY = re.compile(rf"^\((?P<outlet>{_OUTLET})\)(?:\s*{_DASH}(?=\s)|(?=[A-Z]))")

# words that start sentences, never datelines
_NOT_PLACES = frozenset(
    "the a an in on at this that these those it he she they we i you his her their its our my "
    "according after before while when moreover however meanwhile also but and or so yet "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday "
    "file photo image picture video host anchor reporter correspondent caption credit".split()
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


def find_bare_dateline(line: str) -> Dateline | None:
    """A dateline alone on its line (upper-case place, then a dash, colon or date), or None."""
    m = BARE_DATELINE.match(line.strip())
    if not m:
        return None
    place = m.group("place")
    outlet = m.group("outlet")
    if not any(c.isalpha() for c in place) or (place.upper() != place and not outlet):
        return None
    if place.split()[0].lower() in _NOT_PLACES:
        return None
    if not (m.group("sep") or m.group("date") or outlet) or line.rstrip()[-1:] == ",":
        return None
    if any(w.lower() in _NOT_DATELINE_WORDS for w in re.findall(r"[A-Za-z]+", place)):
        return None
    region = _clean(m.group("region"))
    if region and any(w.lower() in _NOT_PLACES for w in region.split()):
        return None  # "AILSA CHANG, HOST:" introduces a transcript
    end = len(line.rstrip().rstrip("-–—―:").rstrip())
    return Dateline(0, end, len(line), _titlecase_place(place), region and _titlecase_place(region),
                    m.group("date"), outlet.strip() if outlet else None)


def _titlecase_place(place: str) -> str:
    """"HOMS" -> "Homs", "DEIR EZZOR" -> "Deir Ezzor"; mixed case is kept as written."""
    if place.upper() != place:
        return place
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), place)
