"""Reading the gold files of ``shared/eval/README.md`` into typed records.

Every reader checks the format line by line and raises :class:`~eventwire.errors.GoldFormatError`
naming the file and line number of the first record that does not follow it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GoldFormatError

TASKS = ("geoparse", "extraction", "event-type", "event-fields", "relevance")


@dataclass(slots=True)
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass(slots=True)
class GeoparseItem:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


@dataclass(slots=True)
class EventTypeItem:
    id: str
    text: str
    label: str


@dataclass(slots=True)
class ExtractionItem:
    id: str
    url: str | None
    html: str
    gold_text: str


@dataclass(slots=True)
class GoldVictim:
    """One HRDsAttack victim (a named person, or a group with ``name`` None)."""

    name: str | None = None
    population_type: str | None = None
    types: list[str] = field(default_factory=list)
    sex: str | None = None
    age_group: str | None = None


@dataclass(slots=True)
class EventFieldsItem:
    id: str
    text: str
    title: str | None
    published: str | None
    country: str | None
    region: str | None
    city: str | None
    year: int | None
    month: int | None
    day: int | None
    # who did it to whom (HRDsAttack); None / empty when the gold does not give them
    perpetrator_mention: bool | None = None
    perpetrator_type: str | None = None
    violation_types: list[str] = field(default_factory=list)
    victims: list[GoldVictim] = field(default_factory=list)


@dataclass(slots=True)
class RelevanceItem:
    id: str
    text: str
    relevant: bool
    labels: list[str] = field(default_factory=list)


GoldItem = GeoparseItem | EventTypeItem | ExtractionItem | EventFieldsItem | RelevanceItem


class _Line:
    """Checks one JSON object's keys and types, with the file and line for error messages."""

    def __init__(self, path: Path, lineno: int, obj: Any) -> None:
        self.where = f"{path}:{lineno}"
        if not isinstance(obj, dict):
            raise GoldFormatError(f"{self.where}: expected a JSON object, got {type(obj).__name__}")
        self.obj = obj

    def fail(self, message: str) -> GoldFormatError:
        return GoldFormatError(f"{self.where}: {message}")

    def get(self, key: str, types: type | tuple[type, ...], *, obj: dict | None = None,
            required: bool = True, nullable: bool = False) -> Any:
        source = self.obj if obj is None else obj
        if key not in source:
            if required:
                raise self.fail(f"missing key {key!r}")
            return None
        value = source[key]
        if value is None:
            if nullable:
                return None
            raise self.fail(f"key {key!r} is null")
        # bool is a subclass of int: never accept it where a number is expected
        if isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
            raise self.fail(f"key {key!r} should be {_type_name(types)}, got bool")
        if not isinstance(value, types):
            raise self.fail(f"key {key!r} should be {_type_name(types)}, got {type(value).__name__}")
        return value


def _type_name(types: type | tuple[type, ...]) -> str:
    if isinstance(types, tuple):
        return " or ".join(t.__name__ for t in types)
    return types.__name__


def iter_json_lines(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed object) for each non-blank line; GoldFormatError on bad JSON/encoding."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise GoldFormatError(f"{path}: cannot read gold file: {exc.strerror or exc}") from None
    with handle:
        lineno = 0
        try:
            for lineno, line in enumerate(handle, start=1):  # noqa: B007 - lineno used after a decode error
                if not line.strip():
                    continue
                try:
                    yield lineno, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldFormatError(f"{path}:{lineno}: not valid JSON: {exc.msg}") from None
        except UnicodeDecodeError:
            raise GoldFormatError(f"{path}:{lineno + 1}: not valid UTF-8") from None


def _geoparse(line: _Line) -> GeoparseItem:
    item_id = line.get("id", str)
    text = line.get("text", str)
    raw = line.get("toponyms", list)
    toponyms: list[GoldToponym] = []
    for i, t in enumerate(raw):
        if not isinstance(t, dict):
            raise line.fail(f"toponyms[{i}] is not an object")
        start = line.get("start", int, obj=t)
        end = line.get("end", int, obj=t)
        name = line.get("name", str, obj=t)
        if not 0 <= start < end <= len(text):
            raise line.fail(f"toponyms[{i}] offsets {start}..{end} are outside the text ({len(text)} chars)")
        if text[start:end] != name:
            raise line.fail(f"toponyms[{i}]: text[{start}:{end}] is {text[start:end]!r}, not {name!r}")
        lat = line.get("lat", (int, float), obj=t, required=False, nullable=True)
        lon = line.get("lon", (int, float), obj=t, required=False, nullable=True)
        if (lat is None) != (lon is None):
            raise line.fail(f"toponyms[{i}]: lat and lon must both be given or both be null")
        if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise line.fail(f"toponyms[{i}]: coordinates {lat}, {lon} are out of range")
        gid = line.get("geonameid", int, obj=t, required=False, nullable=True)
        toponyms.append(GoldToponym(start, end, name,
                                    None if lat is None else float(lat),
                                    None if lon is None else float(lon), gid))
    return GeoparseItem(item_id, text, toponyms)


def _event_type(line: _Line) -> EventTypeItem:
    from .event_type import ALL_CODES

    label = line.get("label", str)
    if label not in ALL_CODES:
        raise line.fail(f"unknown label {label!r}")
    return EventTypeItem(line.get("id", str), line.get("text", str), label)


def _extraction(line: _Line) -> ExtractionItem:
    return ExtractionItem(line.get("id", str), line.get("url", str, required=False, nullable=True),
                          line.get("html", str), line.get("gold_text", str))


def _event_fields(line: _Line) -> EventFieldsItem:
    gold = line.get("gold", dict)
    parts: dict[str, int | None] = {}
    for key, lo, hi in (("year", 1, 9999), ("month", 1, 12), ("day", 1, 31)):
        value = line.get(key, int, obj=gold, required=False, nullable=True)
        if value is not None and not lo <= value <= hi:
            raise line.fail(f"gold.{key} {value} is out of range")
        parts[key] = value
    published = line.get("published", str, required=False, nullable=True)
    return EventFieldsItem(
        id=line.get("id", str),
        text=line.get("text", str),
        title=line.get("title", str, required=False, nullable=True),
        published=published,
        country=line.get("country", str, obj=gold, required=False, nullable=True),
        region=line.get("region", str, obj=gold, required=False, nullable=True),
        city=line.get("city", str, obj=gold, required=False, nullable=True),
        year=parts["year"], month=parts["month"], day=parts["day"],
        **_who_whom(line, gold),
    )


def _who_whom(line: _Line, gold: dict) -> dict[str, Any]:
    """The optional HRDsAttack perpetrator / violation / victim keys of an event-fields gold record."""
    types = line.get("violation_types", list, obj=gold, required=False, nullable=True) or []
    if not all(isinstance(t, str) for t in types):
        raise line.fail("gold.violation_types must be strings")
    victims: list[GoldVictim] = []
    for i, v in enumerate(line.get("victims", list, obj=gold, required=False, nullable=True) or []):
        if not isinstance(v, dict):
            raise line.fail(f"gold.victims[{i}] is not an object")
        vtypes = line.get("types", list, obj=v, required=False, nullable=True) or []
        if not all(isinstance(t, str) for t in vtypes):
            raise line.fail(f"gold.victims[{i}].types must be strings")
        victims.append(GoldVictim(
            name=line.get("name", str, obj=v, required=False, nullable=True),
            population_type=line.get("population_type", str, obj=v, required=False, nullable=True),
            types=list(vtypes),
            sex=line.get("sex", str, obj=v, required=False, nullable=True),
            age_group=line.get("age_group", str, obj=v, required=False, nullable=True)))
    return {
        "perpetrator_mention": line.get("perpetrator_mention", bool, obj=gold, required=False, nullable=True),
        "perpetrator_type": line.get("perpetrator_type", str, obj=gold, required=False, nullable=True),
        "violation_types": list(types),
        "victims": victims,
    }


def _relevance(line: _Line) -> RelevanceItem:
    labels = line.get("labels", list, required=False, nullable=True) or []
    if not all(isinstance(x, str) for x in labels):
        raise line.fail("labels must be strings")
    return RelevanceItem(line.get("id", str), line.get("text", str), line.get("relevant", bool), labels)


_READERS = {
    "geoparse": _geoparse,
    "event-type": _event_type,
    "extraction": _extraction,
    "event-fields": _event_fields,
    "relevance": _relevance,
}


def read_gold(task: str, path: str | Path, *, limit: int | None = None) -> list[Any]:
    """Read (at most ``limit``) gold items of ``task`` from a JSONL file.

    Raises GoldFormatError (with ``path:line``) for a record that does not follow the format, a
    duplicate id, or a file without any record.
    """
    if task not in _READERS:
        raise GoldFormatError(f"unknown evaluation task {task!r} (one of {', '.join(TASKS)})")
    path = Path(path)
    reader = _READERS[task]
    items: list[Any] = []
    seen: set[str] = set()
    for lineno, obj in iter_json_lines(path):
        line = _Line(path, lineno, obj)
        item = reader(line)
        if item.id in seen:
            raise line.fail(f"duplicate id {item.id!r}")
        seen.add(item.id)
        items.append(item)
        if limit is not None and len(items) >= limit:
            break
    if not items:
        raise GoldFormatError(f"{path}: no gold records")
    return items
