"""How the CLI reports library errors: one line on stderr and the error's exit code."""

from __future__ import annotations

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
