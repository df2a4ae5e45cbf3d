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
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "geojson", "jsonl", "parquet"]), required=True)
@click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The database file (default: $EVENTWIRE_DB or ./eventwire.db).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (default: stdout; required for parquet).")
@click.option("--bbox", callback=_parse_bbox, metavar="W,S,E,N", help="Only events inside this box.")
@click.option("--start", callback=parse_date_option, metavar="YYYY-MM-DD", help="Only events on or after this day.")
@click.option("--end", callback=parse_date_option, metavar="YYYY-MM-DD", help="Only events on or before this day.")
@click.option("--event-type", help='ACLED event type, e.g. "Battles".')
@click.option("--sub-event-type", help='ACLED sub-event type, e.g. "Armed clash".')
@click.option("--actor", help="Actor name (or part of it).")
@click.option("--country", help="ISO3 code (SYR) or country name.")
@click.option("--q", "q", help="Words that must occur in the evidence, actors or place.")
@handle_errors
def export(fmt: str, db: Path | None, output: Path | None, bbox: tuple[float, float, float, float] | None,
           start: dt.date | None, end: dt.date | None, event_type: str | None, sub_event_type: str | None,
           actor: str | None, country: str | None, q: str | None) -> None:
    """Write the stored events (optionally filtered) as ACLED CSV, GeoJSON, JSON Lines or Parquet."""
    from ..errors import StoreError
    from ..export import export_events
    from ..paths import default_db
    from ..store import Store

    if start is not None and end is not None and start > end:
        raise click.BadParameter(f"--end {end} is before --start {start}", param_hint="'--end'")
    path = db or default_db()
    if not path.exists():
        raise StoreError(f"no database at {path} (ingest something first, or pass --db)")
    if output is not None and _same_file(output, path):
        raise click.BadParameter(f"{output} is the database itself (or its journal): choose another file",
                                 param_hint="'-o' / '--output'")
    filters = dict(bbox=bbox, start=start, end=end, event_type=event_type, sub_event_type=sub_event_type,
                   actor=actor, country=country, q=q)
    with Store.open(path) as store:
        if fmt == "parquet":
            if output is None:
                raise click.UsageError("--format parquet needs -o FILE")
            n = export_events(store, fmt, str(output), **filters)
        elif output is None:
            n = export_events(store, fmt, sys.stdout, **filters)
        else:
            with open(output, "w", encoding="utf-8", newline="") as out:
                n = export_events(store, fmt, out, **filters)
    click.echo(f"{n} event(s) exported" + (f" to {output}" if output else ""), err=True)
