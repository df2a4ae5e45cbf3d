"""First-name counts from the ``nomquamgender`` package (MIT; Van Buskirk et al. 2022: 700k names from
36 sources), read for the small tables built from them into the cache on first use: the sex a first
name suggests (:mod:`eventwire.events.namesex`) and the common first names that keep a person from
being read as a town (:mod:`eventwire.geo.targets`)."""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .paths import cache_dir

log = logging.getLogger(__name__)

#: what a first name of the data looks like (lower case, letters, apostrophe, hyphen)
NAME = re.compile(r"[a-z][a-z'-]+")


def first_names() -> Iterator[tuple[str, int, float]]:
    """(name, how many bear it, p(woman)) for each well-formed first name of nomquamgender's data.
    Raises ModuleNotFoundError when the package is not installed."""
    spec = importlib.util.find_spec("nomquamgender")  # not imported: its import loads the data too
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("nomquamgender")
    with (Path(spec.submodule_search_locations[0]) / "name_data.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    for name, info in data.items():
        if NAME.fullmatch(name):
            yield name, int(info[1]), float(info[2])


def write_table(path: Path, lines: Iterable[str]) -> int:
    """Write ``lines`` (sorted) to ``path`` through a temporary file, so that processes building at
    once do not collide and a reader never sees half a table; returns how many."""
    rows = sorted(lines)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text("\n".join(rows) + "\n", encoding="utf-8")
    tmp.replace(path)
    return len(rows)


def cached_table(name: str, build: Callable[[Path], int], *, without: str) -> Path | None:
    """The table ``name`` in the cache directory, built by ``build(path)`` (which returns how many
    rows it wrote) on first use; None when it cannot be built (logged with ``without``: what works
    without the table)."""
    path = cache_dir() / name
    if not path.exists():
        try:
            n = build(path)
        except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError) as exc:
            log.info("no %s (%s): %s", name, exc, without)
            return None
        log.info("built %s (%d rows)", path, n)
    return path
