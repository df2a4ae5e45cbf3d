"""How the CLI reports library errors: one line on stderr and the error's exit code."""

from __future__ import annotations

import datetime as dt
import functools
import re
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..errors import EventwireError, StoreError

F = TypeVar("F", bound=Callable[..., Any])

# control characters but tab/newline: a file name or page text in a message must not drive the terminal
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def error_line(message: object, *, source: str | None = None) -> str:
    """``error: [source: ]message`` with control characters removed; the source is not repeated when
    the message already starts with it (readers name their input)."""
    text = str(message)
    if source is not None and not text.startswith(source):
        text = f"{source}: {text}"
    return _CONTROL.sub("", f"error: {text}")


def handle_errors(fn: F) -> F:
    """Turn an EventwireError into ``error: <message>`` and its exit code (no traceback)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except EventwireError as exc:
            click.secho(error_line(exc), fg="red", err=True)
            raise SystemExit(exc.exit_code) from None
        except sqlite3.Error as exc:  # the database damaged or locked while it is read
            click.secho(error_line(f"database error: {exc}"), fg="red", err=True)
            raise SystemExit(StoreError.exit_code) from None

    return wrapper  # type: ignore[return-value]


def parse_date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """click callback for ``--published``/``--start``-style options: YYYY-MM-DD or a usage error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


# a publication date may run a day ahead of this machine's clock (time zones); beyond that it is a typo
FUTURE_SLACK_DAYS = 1


def parse_published_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """click callback for ``--published``: YYYY-MM-DD, and no later than tomorrow (UTC). A date in the
    future (2031 for 2021) would date every relative expression of every article into it, silently."""
    day = parse_date_option(ctx, param, value)
    today = dt.datetime.now(dt.UTC).date()
    if day is not None and day > today + dt.timedelta(days=FUTURE_SLACK_DAYS):
        raise click.BadParameter(f"{value!r} is in the future (today is {today}):"
                                 " a publication date cannot be later than tomorrow")
    return day
