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

    def store_kwargs(self) -> dict[str, Any]:
        return {
            "bbox": self.bbox,
            "start": self.start,
            "end": self.end,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor": self.actor,
            "country": self.country,
            "q": self.q,
        }


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
        raise FilterError("bbox", "every bbox value must be a number (west,south,east,north)", value) from None
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise FilterError("bbox", "bbox values must be finite numbers", value)
    if not (-180.0 <= west <= 180.0 and -180.0 <= east <= 180.0):
        raise FilterError("bbox", "west and east must be longitudes between -180 and 180", value)
    if not (-90.0 <= south <= 90.0 and -90.0 <= north <= 90.0):
        raise FilterError("bbox", "south and north must be latitudes between -90 and 90", value)
    if south > north:
        raise FilterError("bbox", "south must not be greater than north", value)
    if west > east:
        raise FilterError(
            "bbox", "west must not be greater than east (boxes across the antimeridian: ask twice)", value
        )
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


def parse_text(param: str, value: str | None) -> str | None:
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if len(text) > MAX_TEXT:
        raise FilterError(param, f"at most {MAX_TEXT} characters", value)
    return text


def parse_country(value: str | None) -> str | None:
    text = parse_text("country", value)
    if text is None:
        return None
    if not _ISO3_RE.match(text):
        raise FilterError("country", "expected an ISO 3166-1 alpha-3 country code such as SYR", value)
    return text.upper()


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
) -> EventFilters:
    """Validate raw query strings; raises :class:`FilterError` on the first bad one."""
    filters = EventFilters(
        bbox=parse_bbox(bbox),
        start=parse_date("start", start),
        end=parse_date("end", end),
        event_type=parse_text("event_type", event_type),
        sub_event_type=parse_text("sub_event_type", sub_event_type),
        actor=parse_text("actor", actor),
        country=parse_country(country),
        q=parse_text("q", q),
    )
    if filters.start and filters.end and filters.start > filters.end:
        raise FilterError("end", "end must not be before start", end)
    return filters


def parse_page(limit: str | None, offset: str | None) -> tuple[int, int]:
    """``limit`` in 1..MAX_LIMIT (default DEFAULT_LIMIT) and ``offset`` >= 0."""
    lim = _parse_int("limit", limit, DEFAULT_LIMIT)
    if not 1 <= lim <= MAX_LIMIT:
        raise FilterError("limit", f"limit must be between 1 and {MAX_LIMIT}", limit)
    off = _parse_int("offset", offset, 0)
    if off < 0:
        raise FilterError("offset", "offset must not be negative", offset)
    return lim, off


def _parse_int(param: str, value: str | None, default: int) -> int:
    if value is None or not value.strip():
        return default
    try:
        return int(value.strip())
    except ValueError:
        raise FilterError(param, "expected a whole number", value) from None
