"""`eventwire gazetteer import FILE` and `eventwire gazetteer info`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import EventwireError, InputError


def _progress_bar():
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TimeElapsedColumn(),
        transient=False,
    )


def _callback(progress):
    tasks: dict[str, int] = {}

    def update(what: str, done: int, total: int) -> None:
        if what not in tasks:
            tasks[what] = progress.add_task(what, total=max(total, 1))
        progress.update(tasks[what], completed=done, total=max(total, 1))

    return update


def _fail(exc: EventwireError) -> None:
    click.echo(f"error: {exc}", err=True)
    raise SystemExit(exc.exit_code)


@click.group()
def gazetteer() -> None:
    """Inspect or extend the gazetteer (GeoNames + eventwire's supplement)."""


@gazetteer.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Gazetteer store to extend (default: the one in the cache dir, built first if missing); "
    "a new file holds only the dump.",
)
def import_(file: Path, db: Path | None) -> None:
    """Load a GeoNames dump (allCountries.zip, a per-country zip/txt, alternateNamesV2.txt)."""
    from ..geo.dump import import_geonames
    from ..geo.gazetteer import Gazetteer

    try:
        with _progress_bar() as progress:
            cb = _callback(progress)
            if db is not None and not db.exists():
                path = db  # a new store holding only the dump
            else:
                gaz = Gazetteer.open(db, progress=cb)
                path = gaz.path
                gaz.close()
            counts = import_geonames(path, file, progress=cb)
    except EventwireError as exc:
        _fail(exc)
        return
    if not any(counts.values()):
        _fail(InputError(f"{file}: no GeoNames rows in it (tab-separated lines of the geoname table, "
                         "or of alternateNamesV2): nothing imported"))
        return
    click.echo(
        f"imported {file.name} into {path}: {counts['places']} new places, {counts['updated']} updated, "
        f"{counts['names']} alternate names"
    )


@gazetteer.command("info")
@click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Gazetteer store to describe (default: the one in the cache dir).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.argument("names", nargs=-1)
def info(db: Path | None, as_json: bool, names: tuple[str, ...]) -> None:
    """Version, size and sources of the gazetteer; with NAMES, their candidates."""
    from ..geo.gazetteer import Gazetteer

    try:
        with _progress_bar() as progress:
            gaz = Gazetteer.open(db, progress=_callback(progress))
    except EventwireError as exc:
        _fail(exc)
        return
    stats = gaz.stats()
    lookups = {n: [_place_dict(p) for p in gaz.lookup(n)[:10]] for n in names}
    if as_json:
        click.echo(json.dumps({**stats, "lookups": lookups} if names else stats, ensure_ascii=False))
        return
    for k, v in stats.items():
        click.echo(f"{k}: {v}")
    click.echo("attribution: GeoNames, geonames.org (CC BY 4.0); Natural Earth (public domain)")
    for n, places in lookups.items():
        click.echo(f"\n{n}: {len(places)} candidate(s)")
        for p in places:
            click.echo(
                f"  {p['name']} ({p['feature_code']}) {p['admin1'] or ''} {p['iso'] or ''} "
                f"{p['latitude']:.4f},{p['longitude']:.4f} pop {p['population']:,} geonameid {p['geonameid']}"
            )


def _place_dict(p) -> dict:
    return {
        "name": p.name,
        "geonameid": p.geonameid,
        "latitude": p.latitude,
        "longitude": p.longitude,
        "country": p.country,
        "iso": p.iso,
        "admin1": p.admin1,
        "admin2": p.admin2,
        "feature_code": p.feature_code,
        "population": p.population,
    }
