"""`eventwire withdraw ID|URL...`: articles deleted or retracted at source leave their events."""

from __future__ import annotations

from pathlib import Path

import click

from .errors import handle_errors


@click.command()
@click.argument("refs", nargs=-1, required=True, metavar="ID|URL...")
@click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The database file (default: $EVENTWIRE_DB or ./eventwire.db).")
@handle_errors
def withdraw(refs: tuple[str, ...], db: Path | None) -> None:
    """Withdraw stored articles (by article id or URL) that were deleted or retracted at source.

    The article stays in the database for provenance (marked withdrawn), but its reports leave their
    events: an event it alone reported is deleted, the others are recomputed from their remaining
    reports (fatalities, place, date, sources). A corrected page needs no withdrawal: ingesting the
    new version under the same URL supersedes the old one."""
    from ..errors import InputError, StoreError
    from ..paths import default_db
    from ..store import Store

    path = db or default_db()
    if not path.exists():
        raise StoreError(f"no database at {path} (pass --db)")
    with Store.open(path) as store:
        store.check_writable()
        events_before = store.count_events()
        missing: list[str] = []
        for ref in refs:
            try:
                ids = store.withdraw(ref)
            except StoreError as exc:
                if "no stored article" not in str(exc):
                    raise
                missing.append(ref)
                continue
            click.echo(f"withdrawn: {', '.join(ids)} ({ref})")
        gone = events_before - store.count_events()
    click.echo(f"{len(refs) - len(missing)} withdrawn; the database lost {gone} event(s) reported only by them",
               err=True)
    if missing:
        raise InputError("no stored article (not already withdrawn) has the id or URL "
                         + ", ".join(repr(m) for m in missing))
