"""Where eventwire keeps data: package data (shipped) and the user cache (built at first use)."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DATA = Path(__file__).resolve().parent / "data"


def cache_dir() -> Path:
    """The directory for built artefacts (gazetteer index ...). ``EVENTWIRE_HOME`` overrides it.

    Does not create it: builders create it when they write.
    """
    env = os.environ.get("EVENTWIRE_HOME")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "eventwire"


def default_db() -> Path:
    """``$EVENTWIRE_DB``, or ``./eventwire.db`` when it is unset or empty (``EVENTWIRE_DB=`` would
    otherwise name the current folder)."""
    return Path(os.environ.get("EVENTWIRE_DB", "").strip() or "eventwire.db")
