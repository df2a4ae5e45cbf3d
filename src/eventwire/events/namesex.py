"""The sex a first name suggests ("Pavel" -> man, "Gretchen" -> woman), for victims whose text gives no
pronoun or title.

The table is built at first use from the name-gender data of the ``nomquamgender`` package (MIT;
Van Buskirk et al. 2022: p(woman) of 700k names from 36 sources) into
``paths.cache_dir() / "namesex.tsv"``: only names seen at least :data:`MIN_COUNT` times whose
p(woman) is at most :data:`MAX_UNCERTAINTY` from 0 or 1. Without the package (or the cache) no name
has a sex: :func:`name_sex` returns None.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from ..namedata import cached_table, first_names, write_table

log = logging.getLogger(__name__)

MIN_COUNT = 20
MAX_UNCERTAINTY = 0.1
TABLE = "namesex.tsv"


def build_table(path: Path) -> int:
    """Write the confident first names of nomquamgender's data to ``path`` (``name<TAB>m|f`` lines);
    returns how many."""
    rows = []
    for name, count, pgf in first_names():
        if count < MIN_COUNT:
            continue
        if pgf <= MAX_UNCERTAINTY:
            rows.append(f"{name}\tm")
        elif pgf >= 1 - MAX_UNCERTAINTY:
            rows.append(f"{name}\tf")
    return write_table(path, rows)


@functools.cache
def name_table() -> dict[str, str]:
    """first name (lower case) -> "man" | "woman"; built into the cache on first use (empty when
    nomquamgender is not installed)."""
    path = cached_table(TABLE, build_table, without="victims' sex from pronouns and titles only")
    if path is None:
        return {}
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            name, _, sex = line.rstrip("\n").partition("\t")
            if name:
                out[name] = "woman" if sex == "f" else "man"
    return out


def _first(name: str) -> str:
    words = name.split()
    return words[0].lower().strip(".,") if words else ""


def name_sex(name: str) -> str | None:
    """The sex the first token of ``name`` suggests ("man" / "woman"), None when unknown or ambiguous."""
    return name_table().get(_first(name)) or None

