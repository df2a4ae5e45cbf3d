"""How the CLI reports library errors: one line on stderr and the error's exit code."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..errors import EventwireError

F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(fn: F) -> F:
    """Turn an EventwireError into ``error: <message>`` and its exit code (no traceback)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except EventwireError as exc:
            click.secho(f"error: {exc}", fg="red", err=True)
            raise SystemExit(exc.exit_code) from None

    return wrapper  # type: ignore[return-value]


def parse_date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """click callback for ``--published``/``--start``-style options: YYYY-MM-DD or a usage error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None
