"""Event filters (bbox, dates, type, actor, country, text, confidence) as parameterised SQL over ``events e``."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError
from ..located import COUNTRY_ONLY_SQL, LOCATED_SQL

ISO3 = re.compile(r"^[A-Za-z]{3}$")
WORD = re.compile(r"\w+", re.UNICODE)

FILTER_KEYS = ("bbox", "start", "end", "event_type", "sub_event_type", "actor", "country", "admin1", "q",
               "include_background", "located", "min_confidence")

#: ``sort`` values of :meth:`Store.query_events` -> ORDER BY (a leading ``-``: descending)
SORTS: dict[str, str] = {
    "-date": "e.event_date DESC, e.n DESC",
    "date": "e.event_date ASC, e.n ASC",
    "-fatalities": "e.fatalities DESC, e.event_date DESC, e.n DESC",
    "fatalities": "e.fatalities ASC, e.event_date DESC, e.n DESC",
    "-sources": "e.sources DESC, e.event_date DESC, e.n DESC",
    "sources": "e.sources ASC, e.event_date DESC, e.n DESC",
}
DEFAULT_SORT = "-date"


def order_by(sort: str | None) -> str:
    """The ORDER BY of a ``sort`` value (one of :data:`SORTS`; None: newest first)."""
    key = DEFAULT_SORT if sort is None or not str(sort).strip() else str(sort).strip().lower()
    if key not in SORTS:
        raise StoreError(f"sort: {sort!r} is not one of {', '.join(SORTS)}")
    return SORTS[key]


def _type_names() -> dict[str, str]:
    from ..events.taxonomy import SUB_EVENT_TYPES

    names = {sub: event_type for sub, (event_type, _) in SUB_EVENT_TYPES.items()}
    return {" ".join(x.split()).casefold(): x for x in [*names, *names.values()]}


TYPE_NAMES: dict[str, str] = _type_names()  # casefolded -> ACLED's spelling (event and sub-event types)


def canonical_type(value: str) -> str:
    """ACLED's spelling of an event or sub-event type written in any case or spacing ("armed  CLASH"
    -> "Armed clash"), so that the filter stays an indexed ``=``; other values are returned as given."""
    text = " ".join(value.split())
    return TYPE_NAMES.get(text.casefold(), text)


_ACTOR_GAPS = re.compile(r"[\s\-\u2010-\u2015]+")  # spaces and dashes: "Al-Shabaab" is "Al Shabaab"


def actor_pattern(actor: str) -> str | None:
    """A LIKE pattern for an actor filter: its parts between spaces and dashes, in order, anything
    between them, so that spacing and hyphens do not matter ("al-shabaab" finds "Al Shabaab", "boko
    haram" finds "Boko Haram - Jamaatu ..."); other characters, LIKE's wildcards included, are literal.
    None when nothing is left."""
    parts = [p for p in _ACTOR_GAPS.split(actor.casefold()) if p]
    if not parts:
        return None
    return "%" + "%".join(_like_escape(p) for p in parts) + "%"


def _as_date(value: dt.date | str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise StoreError(f"{name}: {value!r} is not a date in the form YYYY-MM-DD") from None


def min_confidence_value(value: Any) -> float | None:
    """A ``min_confidence`` filter as a float in [0, 1] (a number or its text: ``"0.3"`` -> 0.3);
    None (or an empty text) is no filter. Anything else (not a number, NaN, < 0, > 1, a bool)
    raises StoreError."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise StoreError(f"min_confidence: {value!r} is not a number between 0 and 1")
    try:
        number = float(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError):
        raise StoreError(f"min_confidence: {value!r} is not a number between 0 and 1") from None
    if not math.isfinite(number) or not 0.0 <= number <= 1.0:
        raise StoreError(f"min_confidence: {value!r} is not between 0 and 1")
    return number


#: the confidence of an event of a database read as it is at schema < 7 (no column): unknown. Its JSON's
#: ``confidence`` is the typing's, not the probability the filter is about (``store.migrations._v7_confidence``
#: scores such reports again when the database is migrated), so no event passes a bound.
CONFIDENCE_UNKNOWN = "NULL"


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fts_query(text: str) -> str | None:
    """A safe FTS5 query: every word of ``text`` as a quoted prefix term (all must match: "bomb"
    finds "bombing"); None if there is no word. No FTS5 syntax gets through."""
    words = WORD.findall(text)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


@dataclass(slots=True)
class EventFilter:
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    start: dt.date | str | None = None
    end: dt.date | str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    country: str | None = None  # ISO3 ("SYR") or a country name
    admin1: str | None = None  # "Borno" finds "Borno" and "Borno State" (any case)
    q: str | None = None
    include_background: bool = True
    located: bool | None = None  # True: only events with a place finer than a country; False: only the others
    # only events whose confidence is known and at least this (an event of unknown confidence, NULL, never
    # passes, whatever the bound: 0 included); None: no filter
    min_confidence: float | str | None = None

    @classmethod
    def of(cls, **filters: Any) -> EventFilter:
        unknown = set(filters) - set(FILTER_KEYS)
        if unknown:
            raise TypeError(f"unknown event filter(s): {', '.join(sorted(unknown))}")
        return cls(**filters)

    def where(self, *, rtree: bool, fts: bool, confidence_column: bool = True) -> tuple[str, list[Any]]:
        """``(sql, params)``: a WHERE clause (``1`` when unfiltered) over the ``events e`` alias.
        ``confidence_column``: whether ``events.confidence`` exists (schema 7; else no event passes a bound)."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.bbox is not None:
            try:
                west, south, east, north = (float(x) for x in self.bbox)
            except (TypeError, ValueError):
                raise StoreError(f"bbox must be four numbers west,south,east,north, not {self.bbox!r}") from None
            if south > north:
                raise StoreError(f"bbox: south ({south}) is above north ({north})")
            if west <= east:
                if rtree:
                    days = ""
                    if self.start or self.end:
                        days = " AND max_day >= ? AND min_day <= ?"
                    clauses.append("e.n IN (SELECT n FROM events_rtree WHERE max_lat >= ? AND min_lat <= ? "
                                   f"AND max_lon >= ? AND min_lon <= ?{days})")
                    params += [south, north, west, east]
                    if days:
                        lo, hi = _as_date(self.start, "start"), _as_date(self.end, "end")
                        params += [dt.date.fromisoformat(lo).toordinal() if lo else 1,
                                   dt.date.fromisoformat(hi).toordinal() if hi else 10_000_000]
                clauses.append("e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?")
                params += [south, north, west, east]
            else:  # across the antimeridian
                clauses.append("e.lat BETWEEN ? AND ? AND (e.lon >= ? OR e.lon <= ?)")
                params += [south, north, west, east]
            clauses.append(f"NOT {COUNTRY_ONLY_SQL}")  # a country's centroid is no place inside the box
        start = _as_date(self.start, "start")
        end = _as_date(self.end, "end")
        if start:
            clauses.append("e.event_date >= ?")
            params.append(start)
        if end:
            clauses.append("e.event_date <= ?")
            params.append(end)
        if self.event_type and self.event_type.strip():  # ACLED's spelling in any case ("battles")
            clauses.append("e.event_type = ?")
            params.append(canonical_type(self.event_type))
        if self.sub_event_type and self.sub_event_type.strip():
            clauses.append("e.sub_event_type = ?")
            params.append(canonical_type(self.sub_event_type))
        if self.actor and self.actor.strip():
            pattern = actor_pattern(self.actor)
            if pattern is None:
                clauses.append("0")
            else:
                clauses.append("e.actors LIKE ? ESCAPE '\\'")
                params.append(pattern)
        if self.admin1 and self.admin1.strip():
            admin1 = " ".join(self.admin1.split())
            # the gazetteer's "Borno State", "Kharkivs'ka Oblast'" are ACLED's "Borno", "Kharkiv"
            clauses.append("(e.admin1 = ? COLLATE NOCASE OR e.admin1 LIKE ? ESCAPE '\\')")
            params += [admin1, _like_escape(admin1) + " %"]
        if self.country and self.country.strip():
            country = self.country.strip()
            if ISO3.match(country):
                clauses.append("e.iso = ?")
                params.append(country.upper())
            else:
                clauses.append("e.country = ? COLLATE NOCASE")
                params.append(country)
        if self.q and self.q.strip():
            match = fts_query(self.q)
            if match is None:
                clauses.append("0")
            elif fts:
                clauses.append("e.n IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
                params.append(match)
            else:
                for word in WORD.findall(self.q):
                    clauses.append("e.search LIKE ? ESCAPE '\\'")
                    params.append("%" + _like_escape(word) + "%")
        if not self.include_background:
            clauses.append("e.background = 0")
        if self.located is not None:
            clauses.append(LOCATED_SQL if self.located else f"NOT {LOCATED_SQL}")
        bound = min_confidence_value(self.min_confidence)
        if bound is not None:
            # NULL >= x is not true: an event of unknown confidence is left out
            clauses.append(f"{'e.confidence' if confidence_column else CONFIDENCE_UNKNOWN} >= ?")
            params.append(bound)
        return (" AND ".join(clauses) if clauses else "1"), params
