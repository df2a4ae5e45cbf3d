"""The gazetteer store: an indexed SQLite file of places and their folded names.

``Gazetteer.open()`` opens ``cache_dir()/gazetteer-<version>.sqlite`` and builds it first when it is
missing (see :mod:`eventwire.geo.build`; about a minute, logged). Opening an existing store takes
milliseconds; lookups are indexed queries with an in-process cache.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ResourceError
from ..paths import cache_dir
from ..records import Place
from .build import (
    GAZETTEER_VERSION,
    KEY_FILTER_BITS,
    ProgressFn,
    build_default,
    build_digest,
    has_fame,
    key_filter_slot,
    names_mark,
)
from .folding import fold, loose

log = logging.getLogger(__name__)

_COLUMNS = (
    "p.pid, p.geonameid, p.name, p.latitude, p.longitude, p.feature_class, p.feature_code, p.cc, p.iso3,"
    " p.country, p.admin1_code, p.admin1, p.admin2_code, p.admin2, p.population, p.precision, p.source, p.fame"
)
#: the same for a store built before the ``fame`` column (renown unknown: 0)
_COLUMNS_NO_FAME = _COLUMNS.replace("p.fame", "0")
_N_COLUMNS = _COLUMNS.count(",") + 1


@dataclass(slots=True, unsafe_hash=True)
class Entry:
    """One gazetteer record as a candidate for a name (``match`` says how the name matched).

    Read-only by convention (hashed by its fields like a frozen one: a frozen dataclass's constructor
    sets each of its fields through ``object.__setattr__``, four times slower, and the lookups make
    thousands)."""

    pid: int
    geonameid: int | None
    name: str
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    cc: str | None
    iso3: str | None
    country: str | None
    admin1_code: str | None
    admin1: str | None
    admin2_code: str | None
    admin2: str | None
    population: int
    precision: int | None
    source: str
    fame: int = 0  # how many alternate names the source lists: renown (Geneva, Switzerland 60; Geneva, NY 13)
    match: str = "name"  # name | alt | abbr | demonym | loose
    form: str | None = None  # the case-sensitive form that matched (short forms: "U.S.", "Ky.")
    # derived once (read for every candidate, pass after pass: a property cost a call each time);
    # no part of the constructor, equality or repr
    admin1_key: str | None = field(init=False, repr=False, compare=False)
    is_country: bool = field(init=False, repr=False, compare=False)
    is_admin1: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        code = self.feature_code
        self.admin1_key = f"{self.cc}.{self.admin1_code}" if self.cc and self.admin1_code else None
        self.is_country = bool(code) and code.startswith("PCL")
        self.is_admin1 = code == "ADM1"

    def to_place(self, *, precision: int | None = None, reason: str = "") -> Place:
        return Place(
            name=self.name,
            latitude=self.latitude,
            longitude=self.longitude,
            geonameid=self.geonameid,
            country=self.country,
            iso=self.iso3,
            admin1=self.admin1 if not self.is_country else None,
            admin2=self.admin2,
            feature_code=self.feature_code,
            population=self.population,
            geo_precision=precision if precision is not None else self.precision,
            reason=reason,
        )


# Countries whose names reach English news in many transliterations (Arabic, Persian, Kurdish,
# Pashto, Urdu, Turkish, Somali ...): only their places are matched by the loose key.
LOOSE_COUNTRIES = frozenset(
    "SY IQ IR AF PK YE SA JO LB PS IL EG LY TN DZ MA EH SD SS SO DJ ER TR KW QA AE OM BH MR TD ML NE "
    "AZ TM UZ TJ KG KZ IN BD UA".split()
)

#: the name queries the key filter answers (their column's filter prefix)
_FILTER_COLUMNS = {"n.key = ?": b"k", "n.lkey = ?": b"l"}
_KIND_RANK = {"name": 0, "alt": 1, "abbr": 1, "demonym": 2}
#: A compass point written as one word ("Northwest", "SouthEast"): its two halves.
_COMPASS_JOINED = re.compile(r"(North|South|north|south)(east|west|East|West)")


class Gazetteer:
    """Read access to a gazetteer store. Use :meth:`open`; the constructor takes an open connection."""

    def __init__(self, con: sqlite3.Connection, *, path: Path, version: str, fame: bool = True) -> None:
        self._con = con
        #: the place columns of a query (``fame``: False for a store built before that column)
        self._columns = _COLUMNS if fame else _COLUMNS_NO_FAME
        self.path = path
        self.version = version
        self._cache: dict[tuple[str, bool], list[Entry]] = {}
        #: the rows of each name query (names written alike fold to one key: asked once)
        self._rows: dict[tuple[str, str], list[tuple[object, ...]]] = {}
        self._lock = threading.Lock()
        self._common: frozenset[str] | None = None
        #: the store's key filter (read at the first lookup; b"" when it has none or an outdated one)
        self._filter: bytes | None = None

    @classmethod
    def default_path(cls) -> Path:
        """``cache_dir()/gazetteer-<version>-<digest>.sqlite``: the digest covers the builder and
        its shipped inputs, so a changed supplement or builder makes a fresh store."""
        return cache_dir() / f"gazetteer-{GAZETTEER_VERSION}-{build_digest()}.sqlite"

    @classmethod
    def open(cls, path: Path | None = None, *, progress: ProgressFn | None = None) -> Gazetteer:
        """Open the store at ``path`` (default: the cache dir's), building the default one if missing."""
        target = Path(path) if path is not None else cls.default_path()
        if not target.exists():
            if path is not None and target.suffix != ".sqlite":
                raise ResourceError(f"no gazetteer at {target}")
            log.info("gazetteer: %s is missing; building it (about a minute, once)", target)
            try:
                build_default(target, progress=progress)
            except (OSError, sqlite3.Error) as exc:
                raise ResourceError(f"could not build the gazetteer at {target}: {exc}") from exc
        try:
            con = sqlite3.connect(f"file:{target}?mode=ro", uri=True, check_same_thread=False)
            row = con.execute("SELECT value FROM meta WHERE key='version'").fetchone()
        except sqlite3.Error as exc:
            raise ResourceError(f"{target} is not a gazetteer store: {exc}") from exc
        version = row[0] if row else "unknown"
        imports = con.execute("SELECT value FROM meta WHERE key='imports'").fetchone()
        if imports and imports[0] not in ("[]", ""):
            version += "+import"
        return cls(con, path=target, version=version, fame=has_fame(con))

    def close(self) -> None:
        self._con.close()

    def __reduce__(self):
        """Pickled (for a process pool) as "open the same store again"."""
        return (Gazetteer.open, (self.path,))

    # -- lookups ---------------------------------------------------------------------------------
    def lookup(self, name: str) -> list[Place]:
        """Candidate places for ``name`` (exact folded match, else transliteration-insensitive)."""
        return [e.to_place(reason=f"gazetteer match ({e.match})") for e in self.candidates(name)]

    def candidates(self, name: str, *, allow_loose: bool = True) -> list[Entry]:
        """Candidate entries for ``name``, best name match first, then by population."""
        ck = (name, allow_loose)
        hit = self._cache.get(ck)
        if hit is not None:
            return hit
        key = fold(name)
        out: list[Entry] = []
        if key:
            out = self._query("n.key = ?", key, name)
            # (only a name with "orth" or "outh" in it can be a joined compass point)
            compass = _COMPASS_JOINED.fullmatch(name.strip()) if "orth" in name or "outh" in name else None
            if compass is not None:
                # "Northwest" for the North-West region (Cameroon): the divisions written apart too
                seen = {e.pid for e in out}
                for form in (f"{compass[1]}-{compass[2]}", f"{compass[1]} {compass[2]}"):
                    out.extend(e for e in self._query("n.key = ?", fold(form), form)
                               if e.feature_code in ("ADM1", "ADM2") and e.pid not in seen and not seen.add(e.pid))
            if not out and allow_loose:
                lk = loose(name)
                if len(lk) >= 4:
                    out = [
                        _with_match(e, "loose")
                        for e in self._query("n.lkey = ?", lk, name)
                        if (e.source == "supplement" or (e.cc or "") in LOOSE_COUNTRIES)
                        and not e.is_country  # "Katari" is no respelling of Qatar: countries by name only
                    ]
            elif allow_loose and all(e.match == "alt" and e.feature_class == "P" and e.population < 10_000
                                     for e in out) and len(lk := loose(name)) >= 4:
                # only small places' alternate names match ("Shabwa" for Sha Bwa, Myanmar): a place
                # whose own name this respells ("Shabwah", Yemen) is a candidate too
                seen = {e.pid for e in out}
                out = out + [
                    _with_match(e, "loose")
                    for e in self._query("n.lkey = ?", lk, name)
                    if e.pid not in seen and (e.cc or "") in LOOSE_COUNTRIES and not e.is_country
                    and loose(e.name) == lk
                ]
        with self._lock:
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[ck] = out
        return out

    def common_words(self) -> frozenset[str]:
        """Folded one-word place names that are also ordinary English words."""
        if self._common is None:
            try:
                rows = self._con.execute("SELECT word FROM common_words").fetchall()
            except sqlite3.Error:
                rows = []
            self._common = frozenset(r[0] for r in rows)
        return self._common

    def has_key(self, key: str) -> bool:
        """True when some name folds to ``key`` (used by recognition to grow n-grams)."""
        if not self._may_have(b"k", key):
            return False
        return self._con.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,)).fetchone() is not None

    def _may_have(self, column: bytes, value: str) -> bool:
        """False when no name has ``value`` in the column (b"k": ``key``, b"l": ``lkey``), by the
        store's key filter (most names tried are none: asking SQLite for each cost more than the rest
        of the lookup); True when some name may have it, or the store has no usable filter."""
        bits = self._filter
        if bits is None:
            bits = self._filter = self._read_filter()
        if not bits:
            return True
        h = key_filter_slot(column, value)
        return bool(bits[h >> 3] & (1 << (h & 7)))

    def _read_filter(self) -> bytes:
        """The key filter, if the store has one made for its names as they are (else b"")."""
        with self._lock:
            try:
                row = self._con.execute("SELECT bits, names FROM key_filter LIMIT 1").fetchone()
                if row is None or row[1] != names_mark(self._con):
                    return b""
            except sqlite3.Error:  # a store built before the filter
                return b""
        bits = bytes(row[0])
        return bits if len(bits) == 1 << (KEY_FILTER_BITS - 3) else b""

    def _query(self, where: str, value: str, name: str) -> list[Entry]:
        rows = self._rows.get((where, value))
        if rows is None:
            column = _FILTER_COLUMNS.get(where)
            if column is not None and not self._may_have(column, value):
                return []  # no name has the key: what the query would find
            with self._lock:
                rows = self._con.execute(
                    f"SELECT {self._columns}, n.kind, n.cased FROM names n JOIN places p ON p.pid = n.pid WHERE {where}",
                    (value,),
                ).fetchall()
                if len(self._rows) > 100_000:
                    self._rows.clear()
                self._rows[(where, value)] = rows
        best: dict[int, Entry] = {}
        for r in rows:
            kind, cased = r[_N_COLUMNS], r[_N_COLUMNS + 1]
            if cased is not None and cased != name.strip():
                continue  # case-sensitive short form written otherwise ("us" is not "US", "Ky" is not "Ky.")
            e = Entry(*r[:_N_COLUMNS], match=kind, form=cased)
            old = best.get(e.pid)
            if old is None or _KIND_RANK.get(kind, 3) < _KIND_RANK.get(old.match, 3):
                best[e.pid] = e
        return sorted(best.values(), key=lambda e: (_KIND_RANK.get(e.match, 3), -e.population))

    def by_admin1(self, cc: str, admin1_code: str) -> Entry | None:
        """The first-level division entry of ``cc``.``admin1_code``."""
        rows = self._con.execute(
            f"SELECT {self._columns} FROM places p WHERE cc=? AND feature_code='ADM1' AND admin1_code=? LIMIT 1",
            (cc, admin1_code),
        ).fetchall()
        return Entry(*rows[0]) if rows else None

    def capital_of(self, cc: str, admin1_code: str | None = None) -> Entry | None:
        """The capital (PPLC, or PPLA for an admin1) or else the most populous place."""
        if admin1_code:
            sql = (
                f"SELECT {self._columns} FROM places p WHERE cc=? AND admin1_code=? AND feature_class='P'"
                " ORDER BY (feature_code IN ('PPLA','PPLC')) DESC, population DESC LIMIT 1"
            )
            rows = self._con.execute(sql, (cc, admin1_code)).fetchall()
        else:
            sql = (
                f"SELECT {self._columns} FROM places p WHERE cc=? AND feature_class='P'"
                " ORDER BY (feature_code='PPLC') DESC, population DESC LIMIT 1"
            )
            rows = self._con.execute(sql, (cc,)).fetchall()
        return Entry(*rows[0]) if rows else None

    def stats(self) -> dict[str, int | str]:
        places = self._con.execute("SELECT COUNT(*) FROM places").fetchone()[0]
        names = self._con.execute("SELECT COUNT(*) FROM names").fetchone()[0]
        by_source = dict(self._con.execute("SELECT source, COUNT(*) FROM places GROUP BY source"))
        return {
            "version": self.version,
            "path": str(self.path),
            "places": places,
            "names": names,
            **by_source,
        }


def _with_match(e: Entry, match: str) -> Entry:
    from dataclasses import replace

    return replace(e, match=match)
