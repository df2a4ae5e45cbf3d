"""``eventwire serve``: the read API and the map over one database, with uvicorn."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import click

from eventwire.paths import default_db

log = logging.getLogger(__name__)


def open_store(db: Path) -> Any:
    """Open the SQLite Store at ``db``; a missing file is an error (serve never creates a database)."""
    from eventwire.errors import ConfigError
    from eventwire.store.sqlite import Store

    if not db.exists():
        raise ConfigError(f"no database at {db}: create one with `eventwire ingest ... --db {db}`")
    return Store.open(db)


def build_app(db: Path, *, write_token: str | None = None) -> Any:
    """The FastAPI app over the database file ``db`` (opens the Store)."""
    from eventwire.api.app import create_app

    return create_app(open_store(db), write_token=write_token)


@click.command("serve")
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Database file (default: $EVENTWIRE_DB or ./eventwire.db).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port (0: any free port).")
@click.option(
    "--log-level",
    default="info",
    show_default=True,
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    help="uvicorn's log level.",
)
def serve(db: Path | None, host: str, port: int, log_level: str) -> None:
    """Serve the read API (/api/..., docs at /docs) and the map (/) over a database.

    Read-only: /api/events (GeoJSON; filters bbox, start, end, event_type, sub_event_type, actor,
    country, admin1, q; limit, offset, sort), /api/events/ID (the event, its reports and evidence),
    /api/articles/ID, /api/stats. A database that cannot be written (a read-only file or folder) is
    served as it is."""
    import uvicorn

    from eventwire.errors import EventwireError

    path = db if db is not None else default_db()
    try:
        store = open_store(path)
    except EventwireError as exc:
        err = click.ClickException(str(exc))
        err.exit_code = exc.exit_code
        raise err from exc
    from eventwire.api.app import create_app

    app = create_app(store)
    where = f"http://{host}:{port}/" if port else f"a free port of {host} (uvicorn names it below)"
    click.echo(f"eventwire: serving {path} on {where} (API docs at /docs)", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level)
    finally:
        close = getattr(store, "close", None)
        if callable(close):
            close()
