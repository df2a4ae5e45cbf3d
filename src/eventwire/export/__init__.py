"""Exports of the stored events: ACLED-shaped CSV (31 columns), GeoJSON, JSON Lines, Parquet.

All formats stream: events are read from the store a batch at a time and written as they come, so
100k events never sit in memory at once (Parquet is written one row group per batch).

    with Store.open(db) as store, open("events.csv", "w", newline="") as out:
        n = export_events(store, "acled-csv", out, country="SYR", start=date(2016, 1, 1))
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from ..store.sqlite import Store
from .acled import ACLED_COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, TEXT_COLUMNS, acled_row, defuse_formula

FORMATS = ("acled-csv", "geojson", "jsonl", "parquet")
BINARY_FORMATS = frozenset({"parquet"})
_INTERNAL = ("notes_text", "updated_at", "n")

__all__ = ["ACLED_COLUMNS", "FORMATS", "BINARY_FORMATS", "acled_row", "defuse_formula", "export_events",
           "public_event"]


def public_event(event: dict[str, Any]) -> dict[str, Any]:
    """The event as the API shows it (without the store's internal keys)."""
    return {k: v for k, v in event.items() if k not in _INTERNAL}


def write_acled_csv(events: Iterator[dict[str, Any]], out: IO[str], *, formula_guard: bool = True) -> int:
    """ACLED's 31 columns, RFC 4180 quoting (a note with commas, quotes or line breaks stays one cell).
    ``formula_guard``: text cells that a spreadsheet would run as a formula get a leading ``'``
    (see :func:`~eventwire.export.acled.defuse_formula`); numeric columns are never touched."""
    writer = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        row = acled_row(event)
        if formula_guard:
            row = {k: (defuse_formula(v) if k in TEXT_COLUMNS else v) for k, v in row.items()}
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
        n += 1
    return n


def write_jsonl(events: Iterator[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for event in events:
        out.write(json.dumps(public_event(event), ensure_ascii=False) + "\n")
        n += 1
    return n


def feature(event: dict[str, Any]) -> dict[str, Any]:
    """One Feature; ``geometry`` is null for an event with no place or placed only in a country."""
    from ..api.geojson import event_geometry

    return {"type": "Feature", "id": event["id"], "geometry": event_geometry(event), "properties": public_event(event)}


def write_geojson(events: Iterator[dict[str, Any]], out: IO[str]) -> int:
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for event in events:
        if n:
            out.write(",\n")
        out.write(json.dumps(feature(event), ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def parquet_schema() -> Any:
    import pyarrow as pa

    fields = []
    for col in ACLED_COLUMNS:
        kind = pa.int64() if col in INT_COLUMNS else pa.float64() if col in FLOAT_COLUMNS else pa.string()
        fields.append(pa.field(col, kind))
    fields += [pa.field("id", pa.string()), pa.field("sources", pa.int64()), pa.field("event_json", pa.string())]
    return pa.schema(fields)


def write_parquet(events: Iterator[dict[str, Any]], out: Any, *, batch_size: int = 5000) -> int:
    """``out``: a path or a binary file. One row group per ``batch_size`` events."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict[str, Any]] = []

        def flush() -> None:
            if batch:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch.clear()

        for event in events:
            row = acled_row(event)
            row.update(id=event["id"], sources=event.get("sources"),
                       event_json=json.dumps(public_event(event), ensure_ascii=False))
            batch.append(row)
            n += 1
            if len(batch) >= batch_size:
                flush()
        flush()
    return n


def export_events(store: Store, fmt: str, out: Any, *, formula_guard: bool = True, **filters: Any) -> int:
    """Write the events matching ``filters`` (as :meth:`Store.query_events` takes them) to ``out``
    (a text file; for parquet a path or binary file) in ``fmt``; returns how many were written.
    ``formula_guard`` (acled-csv only): defuse text cells a spreadsheet would run as formulas."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: one of {', '.join(FORMATS)}")
    events = store.iter_events(**filters)
    if fmt == "acled-csv":
        return write_acled_csv(events, out, formula_guard=formula_guard)
    if fmt == "geojson":
        return write_geojson(events, out)
    if fmt == "jsonl":
        return write_jsonl(events, out)
    return write_parquet(events, out)
