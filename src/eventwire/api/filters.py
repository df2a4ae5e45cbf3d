"""Parse and validate the query parameters of ``GET /api/events`` into Store filters.

Every bad value raises :class:`FilterError` with the parameter's name and a sentence that says what
was expected; the app turns it into a 422 response shaped like FastAPI's own validation errors.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

MAX_LIMIT = 5000
DEFAULT_LIMIT = 500
MAX_TEXT = 200

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO3_RE = re.compile(r"^[A-Za-z]{3}$")
_COUNTRY_NAME_RE = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ .,'\u2019()\-])*$")  # letters, spaces, .,'()-


class FilterError(ValueError):
    """A query parameter has a value the API cannot use."""

    def __init__(self, param: str, message: str, value: Any = None) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param
        self.message = message
        self.value = value

    def as_detail(self) -> dict[str, Any]:
        """One item of a FastAPI-style ``{"detail": [...]}`` 422 body."""
        return {"loc": ["query", self.param], "msg": self.message, "type": "value_error", "input": self.value}


@dataclass(slots=True)
class EventFilters:
    """Validated filters; :meth:`store_kwargs` gives the keyword arguments of ``Store.query_events``."""

    bbox: tuple[float, float, float, float] | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    country: str | None = None
    q: str | None = None
    include_background: bool = True
    admin1: str | None = None
    located: bool | None = None
    min_confidence: float | None = None

    def store_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "bbox": self.bbox,
            "start": self.start,
            "end": self.end,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor": self.actor,
            "country": self.country,
            "q": self.q,
        }
        if not self.include_background:  # only when asked, so stores without the option still work
            kwargs["include_background"] = False
        if self.admin1 is not None:
            kwargs["admin1"] = self.admin1
        if self.located is not None:
            kwargs["located"] = self.located
        if self.min_confidence is not None:
            kwargs["min_confidence"] = self.min_confidence
        return kwargs


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``"W,S,E,N"`` in degrees (WGS84) -> a tuple; None when absent or empty."""
    if value is None or not value.strip():
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 4:
        raise FilterError("bbox", "expected four comma-separated numbers: west,south,east,north", value)
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise FilterError(
            "bbox", "every bbox value must be a number (west,south,east,north)", value
        ) from None
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise FilterError("bbox", "bbox values must be finite numbers", value)
    if not (-180.0 <= west <= 180.0 and -180.0 <= east <= 180.0):
        raise FilterError("bbox", "west and east must be longitudes between -180 and 180", value)
    if not (-90.0 <= south <= 90.0 and -90.0 <= north <= 90.0):
        raise FilterError("bbox", "south and north must be latitudes between -90 and 90", value)
    if south > north:
        raise FilterError("bbox", "south must not be greater than north", value)
    # west > east is a box across the antimeridian (e.g. 170,-20,-170,0): the Store handles it
    return (west, south, east, north)


def parse_date(param: str, value: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` -> a date; None when absent or empty."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if not _DATE_RE.match(text):
        raise FilterError(param, "expected a date as YYYY-MM-DD", value)
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise FilterError(param, "not a valid calendar date (YYYY-MM-DD)", value) from None


def parse_min_confidence(value: str | None) -> float | None:
    """``"0.3"`` -> 0.3: a number from 0 to 1 (an event's ``confidence`` must be at least it; events of
    unknown confidence are left out); None when absent or empty."""
    if value is None or not value.strip():
        return None
    try:
        number = float(value.strip())
    except ValueError:
        raise FilterError("min_confidence", "expected a number from 0 to 1, e.g. 0.3", value) from None
    if not math.isfinite(number) or not 0.0 <= number <= 1.0:
        raise FilterError("min_confidence", "must be a number from 0 to 1, e.g. 0.3", value)
    return number


def parse_text(param: str, value: str | None) -> str | None:
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if len(text) > MAX_TEXT:
        raise FilterError(param, f"at most {MAX_TEXT} characters", value)
    text = " ".join(text.split())  # tabs and newlines of a pasted query are spaces
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in text):
        # SQLite reads a NUL as the end of a LIKE pattern: "a\x00b" would match like "a"
        raise FilterError(param, "control characters (NUL, escape ...) are not allowed", value)
    return text


def parse_type(param: str, value: str | None, names: dict[str, str]) -> str | None:
    """An ACLED event or sub-event type in any case or spacing -> ACLED's spelling; anything else is
    an error naming the accepted values (a misspelt type would otherwise match nothing, silently)."""
    text = parse_text(param, value)
    if text is None:
        return None
    found = names.get(text.casefold())
    if found is None:
        raise FilterError(param, f"not an ACLED {param.replace('_', '-')}: expected one of "
                          + ", ".join(sorted(set(names.values()))), value)
    return found


def type_conflict(event_type: str | None, sub_event_type: str | None) -> str | None:
    """Why an event type and a sub-event type (ACLED's spellings) can match no event together ("Attack"
    is a sub-event type of Violence against civilians, not of Battles); None when they agree."""
    if not event_type or not sub_event_type:
        return None
    from eventwire.events.taxonomy import SUB_EVENT_TYPES

    parent = SUB_EVENT_TYPES.get(sub_event_type, (None,))[0]
    if parent is None or parent == event_type:
        return None
    return (f"{sub_event_type!r} is a sub-event type of {parent!r}, not of {event_type!r}: no event can match "
            "both (leave out event_type, or pick one of its sub-event types)")


def _type_tables() -> tuple[dict[str, str], dict[str, str]]:
    from eventwire.events.taxonomy import SUB_EVENT_TYPES

    subs = {sub.casefold(): sub for sub in SUB_EVENT_TYPES}
    types = {event_type.casefold(): event_type for event_type, _ in SUB_EVENT_TYPES.values()}
    return types, subs


EVENT_TYPES, SUB_EVENT_TYPES = _type_tables()
#: the query parameters the filters take (``/api/stats`` takes only these)
FILTER_PARAMS = frozenset({"bbox", "start", "end", "event_type", "sub_event_type", "actor", "country", "admin1",
                           "q", "include_background", "located", "min_confidence"})


def reject_unknown(params: Any, allowed: frozenset[str]) -> None:
    """A query parameter the route does not know is an error, not ignored: ``?type=Battles`` or
    ``?admin=Borno`` would otherwise return every event as if filtered."""
    for name in params:
        if name not in allowed:
            raise FilterError(name, "unknown query parameter: expected "
                              + ", ".join(sorted(allowed)), params.get(name))


def known_iso3(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-3 code (or one of the codes gazetteers and ACLED use
    outside it, such as XKX for Kosovo)."""
    from eventwire.export.acled import iso_numeric
    from eventwire.export.regions import REGION_BY_ISO3

    return code.upper() in REGION_BY_ISO3 or iso_numeric(code) is not None


def parse_country(value: str | None) -> str | None:
    """An ISO 3166-1 alpha-3 code (upper-cased: ``syr`` -> ``SYR``) or a country name (``Syria``)."""
    text = parse_text("country", value)
    if text is None:
        return None
    if _ISO3_RE.match(text):
        code = text.upper()
        if not known_iso3(code):
            raise FilterError("country", f"{code} is no ISO 3166-1 alpha-3 code (e.g. NGA is Nigeria, NER Niger, "
                              "SYR Syria)", value)
        return code
    if len(text) > 80 or not _COUNTRY_NAME_RE.match(text):
        raise FilterError(
            "country", "expected an ISO 3166-1 alpha-3 code such as SYR (or a country name)", value
        )
    return text


def parse_filters(
    *,
    bbox: str | None = None,
    start: str | None = None,
    end: str | None = None,
    event_type: str | None = None,
    sub_event_type: str | None = None,
    actor: str | None = None,
    country: str | None = None,
    q: str | None = None,
    include_background: bool = True,
    admin1: str | None = None,
    located: bool | None = None,
    min_confidence: str | None = None,
) -> EventFilters:
    """Validate raw query strings; raises :class:`FilterError` on the first bad one."""
    filters = EventFilters(
        bbox=parse_bbox(bbox),
        start=parse_date("start", start),
        end=parse_date("end", end),
        event_type=parse_type("event_type", event_type, EVENT_TYPES),
        sub_event_type=parse_type("sub_event_type", sub_event_type, SUB_EVENT_TYPES),
        actor=parse_text("actor", actor),
        country=parse_country(country),
        q=parse_text("q", q),
        include_background=include_background,
        admin1=parse_text("admin1", admin1),
        located=located,
        min_confidence=parse_min_confidence(min_confidence),
    )
    if filters.start and filters.end and filters.start > filters.end:
        raise FilterError("end", "end must not be before start", end)
    conflict = type_conflict(filters.event_type, filters.sub_event_type)
    if conflict:
        raise FilterError("sub_event_type", conflict, sub_event_type)
    return filters
