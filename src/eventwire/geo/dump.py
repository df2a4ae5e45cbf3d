"""Loading a full GeoNames dump into a gazetteer store (``eventwire gazetteer import``).

Accepts ``allCountries.zip``, a per-country zip (``SY.zip``) or ``.txt`` with the 19 columns of the
GeoNames ``geoname`` table, and ``alternateNamesV2.txt`` / ``alternateNames.txt``.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, ResourceError
from .build import (
    INDEXES,
    SCHEMA,
    SCHEMA_VERSION,
    ProgressFn,
    _Builder,
    _Row,
    _usable_alt,
    add_fame_column,
    write_key_filter,
)

log = logging.getLogger(__name__)


def _open_dump(path: Path) -> Iterator[tuple[str, Iterator[str]]]:
    """Yield (member name, lines) for a .txt file or each .txt member of a .zip."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                if name.endswith(".txt") and not name.lower().startswith("readme"):
                    with zf.open(name) as fh:
                        yield name, iter(io.TextIOWrapper(fh, encoding="utf-8"))
    else:
        with path.open(encoding="utf-8") as fh:
            yield path.name, iter(fh)


def import_geonames(db: Path, dump: Path, *, progress: ProgressFn | None = None) -> dict[str, int]:
    """Load a GeoNames dump into the store at ``db``.

    Accepts ``allCountries.zip``, a per-country zip (``SY.zip``) or ``.txt`` with the 19 columns of
    the ``geoname`` table, and ``alternateNamesV2.txt`` (or ``alternateNames.txt``). Places already in
    the store (same geonameid) are updated; new ones are added. Returns counts.
    """
    if not dump.exists():
        raise ResourceError(f"no such file: {dump}")
    fresh = not db.exists()
    con = sqlite3.connect(db)
    if not fresh:
        add_fame_column(con)  # a store built before the column
    if fresh:
        con.executescript(SCHEMA)
        con.executescript(INDEXES)
        con.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?,?)",
            [("version", "geonames-import-1"), ("schema", SCHEMA_VERSION), ("imports", "[]")],
        )
    counts = {"places": 0, "updated": 0, "names": 0}
    failed = True
    try:
        con.executescript("PRAGMA synchronous=OFF;")
        b = _Builder(con, progress)
        b.load_admin_codes()
        for iso2, iso3, cname in con.execute(
            "SELECT cc, iso3, country FROM places WHERE feature_code='PCLI' AND cc IS NOT NULL"
        ):
            b.countries[iso2] = {"iso3": iso3, "name": cname}
        b.next_pid = (con.execute("SELECT MAX(pid) FROM places").fetchone()[0] or 0) + 1
        existing = dict(con.execute("SELECT geonameid, pid FROM places WHERE geonameid IS NOT NULL"))
        total = dump.stat().st_size
        try:
            _import_members(con, dump, b, existing, counts, total)
        except (ValueError, EOFError, zipfile.BadZipFile) as exc:  # UnicodeDecodeError is a ValueError
            raise InputError(f"{dump}: not a GeoNames dump ({type(exc).__name__}: {exc})") from exc
        imports = json.loads(con.execute("SELECT value FROM meta WHERE key='imports'").fetchone()[0] or "[]")
        imports.append(dump.name)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('imports', ?)", (json.dumps(imports),))
        write_key_filter(con)  # the imported names are in it too
        con.commit()
        failed = False
    finally:
        con.close()
        if failed and fresh:
            db.unlink(missing_ok=True)  # no half-made store left behind
    log.info("gazetteer: imported %s: %s", dump, counts)
    return counts


def _import_members(con: sqlite3.Connection, dump: Path, b: _Builder, existing: dict[int, int],
                    counts: dict[str, int], total: int) -> None:
    """The geoname rows and alternate names of every member of ``dump`` into the store."""
    for member, lines in _open_dump(dump):
        if "alternatename" in member.lower():
            _import_alternate_names(con, lines, existing, counts, b, total)
            continue
        done = 0
        for line in lines:
            done += len(line)
            r = line.rstrip("\n").split("\t")
            if len(r) < 19 or not r[0].isdigit():
                continue
            gid = int(r[0])
            forms = [(a, "alt") for a in r[3].split(",") if _usable_alt(a)]
            if r[2] and r[2] != r[1]:
                forms.append((r[2], "alt"))
            if gid in existing:
                pid = existing[gid]
                con.execute(
                    "UPDATE places SET feature_class=?, feature_code=?, admin2_code=COALESCE(NULLIF(?,''),"
                    " admin2_code), population=MAX(population, ?) WHERE pid=?",
                    (r[6], r[7], r[11], int(r[14] or 0), pid),
                )
                b.add_names(pid, forms)
                counts["updated"] += 1
            else:
                row = _Row(
                    gid,
                    r[1],
                    float(r[4]),
                    float(r[5]),
                    r[6],
                    r[7],
                    r[8],
                    r[10],
                    r[11],
                    int(r[14] or 0),
                    _precision_of(r[6], r[7]),
                    "import",
                    forms,
                    len(r[3].split(",")) if r[3] else 0,
                )
                existing[gid] = b.add(row)
                counts["places"] += 1
            if (counts["places"] + counts["updated"]) % 50000 == 0:
                con.commit()
                b.tick("import", done, total)
        b.tick("import", total, total)


def _import_alternate_names(con, lines, existing, counts, b: _Builder, total: int) -> None:
    """alternateNamesV2: id, geonameid, isolanguage, name, preferred, short, colloquial, historic, ..."""
    done = 0
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    for r in reader:
        if len(r) < 4 or not r[1].isdigit():
            continue
        done += 1
        pid = existing.get(int(r[1]))
        lang = r[2]
        if pid is None or lang in ("link", "wkdt", "post", "iata", "icao", "faac", "unlc", "tcid"):
            continue
        if _usable_alt(r[3]):
            kind = "abbr" if lang == "abbr" else "alt"
            b.add_names(pid, [(r[3], kind)])
            counts["names"] += 1
        if done % 100000 == 0:
            con.commit()
            b.tick("alternate names", done, total)


def _precision_of(fclass: str, fcode: str) -> int:
    if fclass == "P" or fclass == "S":
        return 1
    if fcode in ("ADM2", "ADM3", "ADM4", "MT", "HLL"):
        return 2
    return 3
