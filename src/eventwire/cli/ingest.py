"""`eventwire ingest SOURCES...`: files, folders, feeds, WARC, JSONL, URLs into the database."""

from __future__ import annotations

import datetime as dt
import signal
import threading
from pathlib import Path
from typing import Any

import click

from .errors import handle_errors, parse_date_option

_parse_date = parse_date_option


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _stop_on_sigterm() -> Any:
    """SIGTERM (``kill``, ``docker stop``) stops the run as Ctrl-C does: the batch being written is
    rolled back, what was stored is kept, and the same command resumes. Returns the previous handler
    (None when signals cannot be set here: not the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _interrupt)


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The database file (default: $EVENTWIRE_DB or ./eventwire.db).")
@click.option("--published", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Publication date for every article (relative dates resolve against it).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes running the pipeline (each loads its own models).")
@click.option("--dask", "dask", metavar="ADDRESS|local", default=None,
              help="Run the pipeline on a Dask cluster: a scheduler address, or 'local' for a local cluster "
                   "of --workers processes.")
@click.option("--batch-size", type=click.IntRange(1, 1024), default=16, show_default=True,
              help="Articles per NLP batch.")
@click.option("--quiet", is_flag=True, help="No progress bar (the summary is still printed).")
@handle_errors
def ingest(sources: tuple[str, ...], db: Path | None, published: dt.date | None, workers: int, dask: str | None,
           batch_size: int, quiet: bool) -> None:
    """Code SOURCES (files, folders, RSS/Atom, WARC, JSONL, URLs, - for stdin) into the database.

    Re-running is safe: articles already stored are skipped before any NLP, and an interrupted
    run resumes where it stopped."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from ..ingest_run import IngestSummary
    from ..ingest_run import ingest as run_ingest
    from ..paths import default_db
    from ..store import Store

    path = db or default_db()
    console = Console(stderr=True, highlight=False)
    with Store.open(path) as store:
        pipeline = None
        if workers == 1 and not dask:
            from ..pipeline import load_pipeline

            with console.status("loading models ..."):
                pipeline = load_pipeline()
        progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=None),
                            TextColumn("{task.fields[line]}"), TimeElapsedColumn(), console=console,
                            disable=quiet, transient=False)
        with progress:
            task = progress.add_task("ingesting", total=None, line="")

            def update(s: IngestSummary) -> None:
                rejected = sum(s.rejections_by_reason.values())
                line = (f"{s.articles} new, {s.skipped_existing} skipped, {s.events} events, "
                        f"{rejected} rejections, {s.articles_per_second:.1f} articles/s")
                progress.update(task, completed=s.articles + s.skipped_existing, line=line)

            previous = _stop_on_sigterm()
            try:
                summary = run_ingest(sources, store=store, pipeline=pipeline, published=published,
                                     workers=workers, progress=update, batch_size=batch_size, dask=dask)
            except KeyboardInterrupt:
                console.print("[yellow]interrupted: what was stored is kept; run the same command again "
                              "to resume[/yellow]")
                raise SystemExit(130) from None
            finally:
                if previous is not None:
                    signal.signal(signal.SIGTERM, previous)
        totals = store.stats()

    out = Console(highlight=False)
    from .render import safe_markup

    table = Table(title=f"ingest into {safe_markup(path)}", show_header=True)
    table.add_column("")
    table.add_column("this run", justify="right")
    table.add_column("database", justify="right")
    table.add_row("articles", str(summary.articles), str(totals["articles"]))
    table.add_row("skipped (already stored)", str(summary.skipped_existing), "")
    table.add_row("related headlines", str(summary.related), str(totals["related"]))
    table.add_row("event reports", str(summary.reports), str(totals["reports"]))
    table.add_row("events (merged)", str(summary.events), str(totals["events"]))
    reasons = sorted(set(summary.rejections_by_reason) | set(totals["rejections"]))
    for reason in reasons:
        table.add_row(f"rejected: {reason}", str(summary.rejections_by_reason.get(reason, 0)),
                      str(totals["rejections"].get(reason, 0)))
    table.add_row("seconds", f"{summary.seconds:.1f}", "")
    table.add_row("articles/s", f"{summary.articles_per_second:.2f}", "")
    out.print(table)
