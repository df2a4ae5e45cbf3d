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


def _check_port(host: str, port: int) -> None:
    """A port already taken (another ``eventwire serve``?) is a clear error naming the fix, before
    uvicorn starts and stops with its own log lines."""
    import errno
    import socket

    if port == 0:
        return
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        err = click.ClickException(f"cannot listen on {host}: {exc.strerror or exc} (check --host)")
        err.exit_code = 3
        raise err from None
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                return  # uvicorn reports anything else itself
            err = click.ClickException(f"port {port} on {host} is already in use (another eventwire serve?): "
                                       "pass another --port, or --port 0 for any free one")
            err.exit_code = 3
            raise err from None


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
    country, admin1, q, located; limit, offset, sort), /api/events/ID (the event, its reports and evidence),
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
    _check_port(host, port)
    where = f"http://{host}:{port}/" if port else f"a free port of {host} (uvicorn names it below)"
    click.echo(f"eventwire: serving {path} on {where} (API docs at /docs)", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level)
    finally:
        close = getattr(store, "close", None)
        if callable(close):
            close()
