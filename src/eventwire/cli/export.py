"""`eventwire export --format acled-csv|geojson|jsonl|parquet [filters]`: stored events out."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import click

from .errors import handle_errors, parse_date_option


def _parse_bbox(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[float, ...] | None:
    if value is None:
        return None
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4:
        raise click.BadParameter(f"{value!r} is not W,S,E,N (four numbers)")
    west, south, east, north = parts
    if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
        raise click.BadParameter(f"{value!r} is not a valid W,S,E,N box")
    return parts


def _acled_type(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An ACLED event or sub-event type in any case -> ACLED's spelling; a usage error naming the
    accepted values otherwise (a misspelt type would export nothing, silently)."""
    if value is None or not value.strip():
        return None
    from ..api.filters import EVENT_TYPES, SUB_EVENT_TYPES

    names = SUB_EVENT_TYPES if param.name == "sub_event_type" else EVENT_TYPES
    found = names.get(" ".join(value.split()).casefold())
    if found is None:
        raise click.BadParameter(f"{value!r} is not an ACLED {'sub-event' if names is SUB_EVENT_TYPES else 'event'} "
                                 "type: one of " + ", ".join(sorted(set(names.values()))))
    return found


def _country(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An ISO3 code is checked (a typo such as NIG would export nothing, silently); a name is kept."""
    if value is None or not value.strip():
        return None
    from ..api.filters import FilterError, parse_country

    try:
        return parse_country(value)
    except FilterError as exc:
        raise click.BadParameter(exc.message) from None


def _min_confidence(ctx: click.Context, param: click.Parameter, value: str | None) -> float | None:
    """A number from 0 to 1 (``0.3``), or a usage error: a typo such as ``3`` or ``.3x`` would otherwise
    export nothing, or everything."""
    if value is None or not value.strip():
        return None
    from ..api.filters import FilterError, parse_min_confidence

    try:
        return parse_min_confidence(value)
    except FilterError as exc:
        raise click.BadParameter(f"{value!r}: {exc.message}") from None


def _same_file(output: Path, db: Path) -> bool:
    """True when writing ``output`` would overwrite the database ``db`` or its WAL/journal files."""
    out = output.resolve()
    for target in (db, *(db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal"))):
        if out == target.resolve():
            return True
        try:
            if output.exists() and target.exists() and os.path.samefile(output, target):
                return True  # a hard link
        except OSError:
            continue
    return False


@click.command()
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "geojson", "jsonl", "parquet"]), required=True,
              help="acled-csv: ACLED's 31 columns in ACLED's order; geojson: a FeatureCollection of points (geometry "
                   "null for events placed only in a country); "
                   "jsonl: one event (the JSON contract) a line; parquet: the ACLED columns plus id, sources "
                   "and the event as JSON.")
@click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The database file (default: $EVENTWIRE_DB or ./eventwire.db).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (default: stdout; required for parquet).")
@click.option("--bbox", callback=_parse_bbox, metavar="W,S,E,N", help="Only events inside this box.")
@click.option("--start", callback=parse_date_option, metavar="YYYY-MM-DD", help="Only events on or after this day.")
@click.option("--end", callback=parse_date_option, metavar="YYYY-MM-DD", help="Only events on or before this day.")
@click.option("--event-type", callback=_acled_type, help='ACLED event type, e.g. "Battles" (any case).')
@click.option("--sub-event-type", callback=_acled_type, help='ACLED sub-event type, e.g. "Armed clash" (any case).')
@click.option("--actor", help="Actor name (or part of it; punctuation and case do not matter).")
@click.option("--country", callback=_country, help="ISO3 code (SYR) or country name.")
@click.option("--admin1", help='First-level division, e.g. "Borno" (also finds "Borno State").')
@click.option("--q", "q", help="Words that must occur in the evidence, actors or place.")
@click.option("--min-confidence", callback=_min_confidence, metavar="X",
              help="Only events whose confidence is at least X (0 to 1, e.g. 0.3); events of unknown "
                   "confidence (stored before it was recorded) are left out.")
@click.option("--located-only", is_flag=True,
              help="Leave out events placed only in a country (or not at all), as ACLED's data does. Without "
                   "it they are exported with no coordinates (GeoJSON geometry null; empty latitude, longitude "
                   "and location in acled-csv and parquet, tagged 'country-level location').")
@click.option("--raw-text", is_flag=True,
              help="acled-csv: write text cells that start with = + - @ as they are. By default they get a "
                   "leading ' so that a spreadsheet shows them instead of running them as formulas (text "
                   "comes from web pages); numeric columns are never changed.")
@click.option("--bom", is_flag=True,
              help="acled-csv: start the file with a UTF-8 byte-order mark, so that Excel reads accented and "
                   "non-Latin names right (other programs may need utf-8-sig to read it).")
@handle_errors
def export(fmt: str, db: Path | None, output: Path | None, bbox: tuple[float, float, float, float] | None,
           start: dt.date | None, end: dt.date | None, event_type: str | None, sub_event_type: str | None,
           actor: str | None, country: str | None, admin1: str | None, q: str | None,
           min_confidence: float | None, located_only: bool, raw_text: bool, bom: bool) -> None:
    """Write the stored events (optionally filtered) as ACLED CSV, GeoJSON, JSON Lines or Parquet."""
    from ..errors import OutputError, StoreError
    from ..export import export_events
    from ..paths import default_db
    from ..store import Store

    if start is not None and end is not None and start > end:
        raise click.BadParameter(f"--end {end} is before --start {start}", param_hint="'--end'")
    from ..api.filters import type_conflict

    conflict = type_conflict(event_type, sub_event_type)
    if conflict:
        raise click.BadParameter(conflict, param_hint="'--sub-event-type'")
    path = db or default_db()
    if not path.exists():
        raise StoreError(f"no database at {path} (ingest something first, or pass --db)")
    if output is not None and _same_file(output, path):
        raise click.BadParameter(f"{output} is the database itself (or its journal): choose another file",
                                 param_hint="'-o' / '--output'")
    filters = dict(bbox=bbox, start=start, end=end, event_type=event_type, sub_event_type=sub_event_type,
                   actor=actor, country=country, admin1=admin1, q=q, formula_guard=not raw_text,
                   located=True if located_only else None, min_confidence=min_confidence)
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs -o FILE")
    if bom and fmt != "acled-csv":
        raise click.BadParameter("--bom is for --format acled-csv only", param_hint="'--bom'")
    with Store.open(path) as store:
        try:
            if fmt == "parquet":
                n = export_events(store, fmt, str(output), **filters)
            elif output is None:
                if bom:
                    sys.stdout.write("\ufeff")
                n = export_events(store, fmt, sys.stdout, **filters)
            else:
                with open(output, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as out:
                    n = export_events(store, fmt, out, **filters)
        except OSError as exc:  # a read-only folder, a missing one, a full disk (pyarrow raises OSError too)
            if output is None:
                raise
            raise OutputError(f"cannot write {output}: {exc.strerror or exc} (choose a writable file with -o)") from exc
        total = store.count_events() if n == 0 else n
    click.echo(f"{n} event(s) exported" + (f" to {output}" if output else ""), err=True)
    if n == 0:
        click.echo(f"note: no event matched the filters (the database holds {total} event(s))"
                   if total else "note: the database holds no events yet", err=True)
