"""Events as ACLED rows: the 31 columns in ACLED's order, with ACLED's types and conventions."""

from __future__ import annotations

import functools
import re
from typing import Any

from ..located import COUNTRY_TAG, country_only
from .regions import region_of

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
INT_COLUMNS = frozenset({"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
                         "fatalities", "timestamp"})
FLOAT_COLUMNS = frozenset({"latitude", "longitude"})
CIVILIANS = 7
#: the columns that hold text from the articles (or names made from it): a spreadsheet runs a cell
#: that starts with = + - @ (or a tab / carriage return before one) as a formula
TEXT_COLUMNS = frozenset(c for c in ACLED_COLUMNS if c not in INT_COLUMNS and c not in FLOAT_COLUMNS)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defuse_formula(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula (``=HYPERLINK(...)``, ``@SUM(...)``, ``-2+3``)
    with a leading apostrophe, the OWASP advice for CSV injection; anything else as it is. A cell that
    reads as a plain number ("-12.3") is left alone: it is data, and no formula."""
    if not isinstance(value, str) or not value.startswith(_FORMULA_START):
        return value
    try:
        float(value)
        return value
    except ValueError:
        return "'" + value


@functools.lru_cache(maxsize=512)
def iso_numeric(iso3: str | None) -> int | None:
    """ISO 3166-1 numeric code of an alpha-3 code (ACLED's ``iso`` column); None when unknown."""
    if not iso3:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3.upper())
    return int(country.numeric) if country is not None else None


def interaction_code(inter1: int | None, inter2: int | None) -> int:
    """ACLED's interaction: the two inter codes, lower first (12); one actor alone gives 10, 20 ..."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return 0
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


def _names(actors: list[dict[str, Any]] | None) -> str:
    return "; ".join(a["name"] for a in actors or [] if a and a.get("name"))


def civilian_targeting(event: dict[str, Any]) -> str:
    """"Civilian targeting" when civilians are the (primary) target, i.e. actor 2 or its associates."""
    targets = [event.get("actor2"), *(event.get("assoc_actor_2") or [])]
    if any(a and a.get("inter") == CIVILIANS for a in targets):
        return "Civilian targeting"
    if event.get("event_type") == "Violence against civilians":
        return "Civilian targeting"
    return ""


def tags(event: dict[str, Any]) -> str:
    out: list[str] = []
    claimed = (event.get("fatalities") or {}).get("claimed_by")
    if claimed:
        out.append(f"claimed by {claimed}")
    if event.get("background"):
        out.append("background")
    if country_only(event.get("location")):
        out.append(COUNTRY_TAG)
    return "; ".join(out)


#: Generic words GeoNames appends to first-level division names that ACLED's admin1 column leaves out
#: ("Kano State" -> "Kano", "Aleppo Governorate" -> "Aleppo", "Kharkiv Oblast" -> "Kharkiv").
_ADMIN1_SUFFIX = re.compile(r"\s+(?:State|Province|Governorate|Oblast|Region)$")


def acled_admin1(name: str | None) -> str | None:
    """A GeoNames first-level division name as ACLED writes it, without a trailing generic word
    ("Rivers State" -> "Rivers"); a name that is only such words ("Capital Region") is kept."""
    if not name:
        return name
    short = _ADMIN1_SUFFIX.sub("", name)
    return short if short and short != name and short.split()[-1] not in _KEEP_BEFORE_SUFFIX else name


_KEEP_BEFORE_SUFFIX = frozenset({"Capital", "Federal", "Autonomous"})


def acled_row(event: dict[str, Any]) -> dict[str, Any]:
    """One event (as :meth:`Store.iter_events` yields it) as an ACLED row (None = empty cell)."""
    loc = event.get("location") or {}
    date = event.get("date") or {}
    a1 = event.get("actor1") or {}
    a2 = event.get("actor2") or {}
    iso3 = loc.get("iso")
    value = date.get("value")
    lat, lon = loc.get("latitude"), loc.get("longitude")
    name = loc.get("name")
    if country_only(loc):  # a country's centroid is no place: no coordinates (reference: not a located event)
        lat = lon = name = None
    inter1 = a1.get("inter") if a1 else None
    inter2 = a2.get("inter") if a2 else None
    notes = event.get("notes_text")
    if notes is None:
        notes = (event.get("evidence") or {}).get("text") or ""
    return {
        "event_id_cnty": f"{(iso3 or 'XXX').upper()}{event.get('n', '')}",
        "event_date": value[:10] if value else None,
        "year": int(value[:4]) if value else None,
        "time_precision": date.get("precision"),
        "disorder_type": event.get("disorder_type"),
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "actor1": a1.get("name"),
        "assoc_actor_1": _names(event.get("assoc_actor_1")),
        "inter1": int(inter1 or 0),
        "actor2": a2.get("name"),
        "assoc_actor_2": _names(event.get("assoc_actor_2")),
        "inter2": int(inter2 or 0),
        "interaction": interaction_code(inter1, inter2),
        "civilian_targeting": civilian_targeting(event),
        "iso": iso_numeric(iso3),
        "region": region_of(iso3),
        "country": loc.get("country"),
        "admin1": acled_admin1(loc.get("admin1")),
        "admin2": loc.get("admin2"),
        "admin3": loc.get("admin3"),
        "location": name,
        "latitude": round(float(lat), 4) if lat is not None else None,
        "longitude": round(float(lon), 4) if lon is not None else None,
        "geo_precision": loc.get("geo_precision"),
        "source": "; ".join(event.get("outlets") or []),
        "source_scale": "",
        "notes": notes,
        "fatalities": int((event.get("fatalities") or {}).get("count") or 0),
        "tags": tags(event),
        "timestamp": int(event.get("updated_at") or 0),
    }
