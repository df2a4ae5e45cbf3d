"""`eventwire db merge|migrate|stats`: databases as files (joining the parts of a split ingest)."""

from __future__ import annotations

import json
import signal
from pathlib import Path
from typing import Any

import click

from .errors import handle_errors
from .ingest import _stop_on_sigterm

_DB = click.Path(dir_okay=False, path_type=Path)


@click.group()
def db() -> None:
    """Database files: merge the databases of a split ingest, migrate, count."""


@db.command("merge")
@click.argument("sources", nargs=-1, required=True, type=_DB, metavar="SOURCE.db...")
@click.option("--into", "into", type=_DB, required=True, help="The merged database (created when missing).")
@click.option("--allow-mixed-versions", is_flag=True,
              help="Merge databases coded with different gazetteers (refused by default: their places do not "
                   "compare, so events would not merge as in one run).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@click.option("--quiet", is_flag=True, help="No progress line.")
@handle_errors
def merge(sources: tuple[Path, ...], into: Path, allow_mixed_versions: bool, as_json: bool, quiet: bool) -> None:
    """Merge SOURCE databases (each ingested on its own machine) into one, --into.

    The result is what one `eventwire ingest` of all their inputs, in the order given, builds: articles
    deduplicated by content hash (a newer page under the same URL supersedes the older one), every
    report linked again by the cross-article merge (one event told by outlets stored on two machines
    becomes one event with both sources), rejections, provenance and withdrawals kept. Running it again
    adds nothing; an interrupted merge (Ctrl-C, kill -9) resumes when the same command is run again.
    Databases of an older schema (run `eventwire db migrate`) or coded with another gazetteer are
    refused before anything is written."""
    from rich.console import Console

    from ..store.combine import CombineSummary, merge_databases

    console = Console(stderr=True, highlight=False)
    status = console.status("merging ...") if not quiet else None

    def update(s: CombineSummary) -> None:
        if status is not None:
            status.update(f"merging: {s.articles} articles added, {s.skipped_existing} already there, "
                          f"{s.events} events gained ({s.seconds:.0f} s)")

    previous = _stop_on_sigterm()
    try:
        if status is not None:
            status.start()
        summary = merge_databases(list(sources), into=into, allow_mixed_versions=allow_mixed_versions,
                                  progress=update)
    except KeyboardInterrupt:
        if status is not None:
            status.stop()
        click.echo("interrupted: what was merged is kept; run the same command again to finish", err=True)
        raise SystemExit(130) from None
    finally:
        if status is not None:
            status.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    for text in summary.warnings:
        click.echo(f"warning: {text}", err=True)
    if summary.hand_edits_ignored:
        click.echo(f"note: {summary.hand_edits_ignored} link(s) edited by hand in the sources (unmerge, move) "
                   "were decided again by the merge rules", err=True)
    if as_json:
        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False))
        return
    _print_summary(summary.as_dict(), into)


def _print_summary(s: dict[str, Any], into: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    from ..store import Store
    from .render import safe_markup

    with Store.open(into, readonly=True) as store:
        totals = store.stats()
    table = Table(title=f"merge into {safe_markup(into)}", show_header=True)
    table.add_column("")
    table.add_column("this merge", justify="right")
    table.add_column("database", justify="right")
    table.add_row("sources", str(len(s["sources"])), "")
    table.add_row("articles added", str(s["articles"]), str(totals["articles"]))
    table.add_row("skipped (already there)", str(s["skipped_existing"]), "")
    table.add_row("related headlines", str(s["related"]), str(totals["related"]))
    table.add_row("event reports", str(s["reports"]), str(totals["reports"]))
    table.add_row("events (merged)", str(s["events"]), str(totals["events"]))
    table.add_row("superseded (a newer version)", str(s["superseded"]), str(totals["superseded"]))
    table.add_row("withdrawn", str(s["withdrawn"]), str(totals["withdrawn"]))
    for reason in sorted(set(s["rejections_by_reason"]) | set(totals["rejections"])):
        table.add_row(f"rejected: {reason}", str(s["rejections_by_reason"].get(reason, 0)),
                      str(totals["rejections"].get(reason, 0)))
    table.add_row("seconds", f"{s['seconds']:.1f}", "")
    Console(highlight=False).print(table)


@db.command("migrate")
@click.argument("paths", nargs=-1, required=True, type=_DB, metavar="FILE.db...")
@handle_errors
def migrate(paths: tuple[Path, ...]) -> None:
    """Bring databases written by an older eventwire to this version's schema (adds columns and
    indexes; every row is kept). Opening a database read-write (ingest) does the same."""
    from ..errors import StoreError
    from ..store import Store

    for path in paths:
        if not path.exists():
            raise StoreError(f"no database at {path}")
        with Store.open(path) as store:
            store.check_writable()  # a read-only file is opened read-only, not migrated: say so
            click.echo(f"{path}: schema version {store.schema_version}")


@click.command("stats")
@click.option("--db", "db_path", type=_DB, default=None, help="The database file (default: $EVENTWIRE_DB or ./eventwire.db).")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as one JSON object.")
@handle_errors
def stats(db_path: Path | None, as_json: bool) -> None:
    """Counts of a database: events, articles (superseded, withdrawn), related headlines, reports, and
    rejections by reason (unreadable inputs, pages gone (404/410), not conflict news ...)."""
    from rich.console import Console
    from rich.table import Table

    from ..errors import StoreError
    from ..paths import default_db
    from ..store import Store
    from .render import safe_markup

    path = db_path or default_db()
    if not path.exists():
        raise StoreError(f"no database at {path} (pass --db)")
    with Store.open(path, readonly=True) as store:
        counts = store.stats()
    if as_json:
        click.echo(json.dumps(counts, ensure_ascii=False))
        return
    table = Table(title=safe_markup(path), show_header=False)
    table.add_column("")
    table.add_column("", justify="right")
    for key in ("events", "undated", "articles", "superseded", "withdrawn", "related", "reports"):
        table.add_row(key, str(counts[key]))
    for reason, n in counts["rejections"].items():
        table.add_row(f"rejected: {reason}", str(n))
    for kind, n in counts["by_type"].items():
        table.add_row(f"events: {kind}", str(n))
    Console(highlight=False).print(table)


db.add_command(stats)
