"""`eventwire ingest SOURCES...`: files, folders, feeds, WARC, JSONL, URLs into the database."""

from __future__ import annotations

import datetime as dt
import logging
import signal
import threading
from pathlib import Path
from typing import Any

import click

from .errors import handle_errors, parse_published_option

log = logging.getLogger(__name__)

_parse_date = parse_published_option


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _stop_on_sigterm() -> Any:
    """SIGTERM (``kill``, ``docker stop``) stops the run as Ctrl-C does: the batch being written is
    rolled back, what was stored is kept, and the same command resumes. Returns the previous handler
    (None when signals cannot be set here: not the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _interrupt)


def _check_sources(sources: tuple[str, ...]) -> None:
    """When no source given can be read at all (every one a local path that does not exist, or a
    URL scheme eventwire does not fetch), fail now, before the models are loaded."""
    from ..errors import InputError
    from ..ingest.readers import local_source

    problems: list[InputError] = []
    for source in sources:
        if source == "-" or source[:8].lower().startswith(("http://", "https://")):
            return
        try:
            local = Path(local_source(source))
            if local.exists() or local.is_symlink():
                return
            problems.append(InputError(f"{source}: no such file, folder or URL"))
        except InputError as exc:
            problems.append(exc)
        except (OSError, ValueError) as exc:  # a NUL in the name, a name too long: the readers say more
            log.debug("cannot check the source %r: %s", source, exc)
            return
    if problems:
        raise problems[0] if len(problems) == 1 else InputError(
            "none of the sources can be read: " + "; ".join(str(p) for p in problems))


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
@click.option("--commit-every", "commit_every", type=click.IntRange(1, 10000), default=1, show_default=True,
              help="Coded articles per database commit. 1 makes every article durable as soon as it is "
                   "counted; N > 1 writes fewer bytes per article (faster on slow disks) but a killed run "
                   "loses up to N coded articles (or what 2 seconds gathered), which the same command codes "
                   "again on resume (nothing is stored twice).")
@click.option("--quiet", is_flag=True, help="No progress bar (the summary is still printed).")
@handle_errors
def ingest(sources: tuple[str, ...], db: Path | None, published: dt.date | None, workers: int, dask: str | None,
           batch_size: int, commit_every: int, quiet: bool) -> None:
    """Code SOURCES (files, folders, RSS/Atom, WARC, JSONL, URLs, - for stdin; gzip-compressed too)
    into the database.

    Re-running is safe: articles already stored are skipped before any NLP, and an interrupted
    run (Ctrl-C, SIGTERM, even SIGKILL) resumes where it stopped when the same command is run again:
    each article is committed on its own (see --commit-every). A big input can be split: --workers N runs the NLP in N
    processes on one machine (the result does not depend on N), and several ingests of different
    inputs may write into one database at the same time; over several machines, ingest each part into
    its own database and join them with `eventwire db merge`. A URL stored before that now answers
    404 or 410 is withdrawn, and reinstated when it answers again with the same page."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from ..errors import InputError
    from ..ingest_run import IngestSummary
    from ..ingest_run import ingest as run_ingest
    from ..paths import default_db
    from ..store import Store

    path = db or default_db()
    _check_sources(sources)
    console = Console(stderr=True, highlight=False)
    with Store.open(path) as store:
        store.check_writable()  # a read-only file or folder fails now, not after the models are loaded
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
                line = (f"{s.read} read, {s.articles} new, {s.skipped_existing} skipped, {s.events} events, "
                        f"{rejected} rejections, {s.articles_per_second:.1f} articles/s")
                progress.update(task, completed=s.articles + s.skipped_existing, line=line)

            previous = _stop_on_sigterm()
            try:
                summary = run_ingest(sources, store=store, pipeline=pipeline, published=published,
                                     workers=workers, progress=update, batch_size=batch_size, dask=dask,
                                     commit_every=commit_every)
            except KeyboardInterrupt:
                console.print("[yellow]interrupted: what was stored is kept; run the same command again "
                              "to resume[/yellow]")
                raise SystemExit(130) from None
            finally:
                if previous is not None:
                    signal.signal(signal.SIGTERM, previous)
        totals = store.stats()

    from .errors import error_line

    for detail in summary.unreadable_details:  # one line each: a newline in a file name is shown as \n
        line = error_line(detail.replace("\r", "\\r").replace("\n", "\\n"))
        click.echo(line.replace("error: ", "warning: could not read ", 1), err=True)
    if summary.unreadable > len(summary.unreadable_details):
        click.echo(f"warning: ... and {summary.unreadable - len(summary.unreadable_details)} more unreadable "
                   "input(s) (see the rejections in the table)", err=True)
    if summary.read == 0:
        click.echo("note: the sources held no articles (an empty folder or feed?)", err=True)
    out = Console(highlight=False)
    from .render import safe_markup

    table = Table(title=f"ingest into {safe_markup(path)}", show_header=True)
    table.add_column("")
    table.add_column("this run", justify="right")
    table.add_column("database", justify="right")
    table.add_row("read from the sources", str(summary.read), "")
    table.add_row("articles stored", str(summary.articles), str(totals["articles"]))
    if summary.unreadable:
        table.add_row("unreadable inputs (see the warnings)", str(summary.unreadable), "")
    if summary.withdrawn:
        table.add_row("withdrawn (the URL answered 404/410)", str(summary.withdrawn), str(totals.get("withdrawn", 0)))
    if summary.reinstated:
        table.add_row("reinstated (the URL answers again)", str(summary.reinstated), "")
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
    if summary.withdrawn:
        click.echo(f"note: {summary.withdrawn} stored article(s) withdrawn: their URL now answers 404/410", err=True)
    if summary.read and summary.unreadable == summary.read and not summary.withdrawn:
        # nothing could be read (a mistyped path, a dead URL): an error for scripts, not a quiet success
        raise SystemExit(InputError.exit_code)
