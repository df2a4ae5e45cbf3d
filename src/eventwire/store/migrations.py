"""The SQLite schema as an ordered list of migrations, tracked by ``PRAGMA user_version``.

Each migration takes the database from version ``n - 1`` to ``n`` inside one transaction. Add a new
schema change as a new function at the end of :data:`MIGRATIONS`; never edit an old one (databases in
the wild were built by it). A database whose ``user_version`` is above ``len(MIGRATIONS)`` was written
by a newer eventwire: :func:`migrate` refuses it with :class:`~eventwire.errors.SchemaError`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable

from ..errors import SchemaError, StoreError

log = logging.getLogger(__name__)


def _v1_core(conn: sqlite3.Connection) -> None:
    """Articles, their rejections and reports; merged events and the report links; the merge log."""
    script = """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            raw_hash TEXT UNIQUE,
            source TEXT NOT NULL DEFAULT '',
            url TEXT,
            title TEXT,
            published TEXT,
            outlet TEXT,
            language TEXT,
            kind TEXT NOT NULL DEFAULT 'article',
            parent_id TEXT REFERENCES articles(id) ON DELETE CASCADE,
            "offset" INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL DEFAULT '',
            sections TEXT NOT NULL DEFAULT '[]',
            cited_sources TEXT NOT NULL DEFAULT '[]',
            coder TEXT NOT NULL DEFAULT '{}',
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_parent ON articles(parent_id);

        CREATE TABLE rejections (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            stage TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX rejections_article ON rejections(article_id);
        CREATE INDEX rejections_reason ON rejections(reason);

        CREATE TABLE reports (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            data TEXT NOT NULL,
            event_date TEXT,
            date_precision INTEGER,
            lat REAL,
            lon REAL,
            geo_precision INTEGER,
            iso TEXT,
            admin1 TEXT,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            actor1 TEXT,
            actor2 TEXT,
            fatalities INTEGER NOT NULL DEFAULT 0,
            background INTEGER NOT NULL DEFAULT 0,
            section TEXT NOT NULL DEFAULT 'body',
            evidence_text TEXT NOT NULL DEFAULT '',
            evidence_start INTEGER,
            evidence_end INTEGER
        );
        CREATE INDEX reports_article ON reports(article_id, seq);

        CREATE TABLE events (
            n INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            data TEXT NOT NULL,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            disorder_type TEXT,
            event_date TEXT,
            date_precision INTEGER,
            date_lo TEXT,
            date_hi TEXT,
            lat REAL,
            lon REAL,
            geo_precision INTEGER,
            iso TEXT,
            country TEXT,
            admin1 TEXT,
            location TEXT,
            actor1 TEXT,
            actor2 TEXT,
            actors TEXT NOT NULL DEFAULT '',
            actors_known TEXT NOT NULL DEFAULT '',
            fatalities INTEGER NOT NULL DEFAULT 0,
            background INTEGER NOT NULL DEFAULT 0,
            sources INTEGER NOT NULL DEFAULT 0,
            n_reports INTEGER NOT NULL DEFAULT 0,
            outlets TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            search TEXT NOT NULL DEFAULT '',
            updated_at INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX events_date ON events(event_date);
        CREATE INDEX events_lo ON events(date_lo, date_hi);
        CREATE INDEX events_type_date ON events(event_type, event_date);
        CREATE INDEX events_iso_date ON events(iso, event_date);
        CREATE INDEX events_latlon ON events(lat, lon);

        CREATE TABLE event_reports (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE ON UPDATE CASCADE,
            report_id TEXT NOT NULL UNIQUE REFERENCES reports(id) ON DELETE CASCADE,
            decision TEXT NOT NULL,
            explanation TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (event_id, report_id)
        );

        CREATE TABLE merge_log (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL,
            report_id TEXT NOT NULL,
            event_id TEXT NOT NULL,
            from_event_id TEXT,
            explanation TEXT NOT NULL DEFAULT '',
            undone INTEGER NOT NULL DEFAULT 0,
            at INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX merge_log_report ON merge_log(report_id);
    """
    # statement by statement: executescript() would commit the migration's transaction first
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _has_module(conn: sqlite3.Connection, sql: str) -> bool:
    try:
        conn.execute(sql)
    except sqlite3.OperationalError:
        return False
    return True


def _v2_indexes(conn: sqlite3.Connection) -> None:
    """An R*-tree over event points (bbox queries) and FTS5 over the event search text (``q``).

    Both are optional SQLite modules: where the build lacks one, the store falls back to the plain
    (lat, lon) index and LIKE, which give the same answers more slowly.
    """
    if _has_module(conn, "CREATE VIRTUAL TABLE events_rtree USING rtree(n, min_lat, max_lat, min_lon, max_lon)"):
        conn.execute(
            "INSERT INTO events_rtree(n, min_lat, max_lat, min_lon, max_lon) "
            "SELECT n, lat, lat, lon, lon FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL"
        )
    else:
        log.warning("SQLite has no R*-tree module: bbox queries use the (lat, lon) index")
    if _has_module(conn, "CREATE VIRTUAL TABLE events_fts USING fts5(search, tokenize='unicode61 remove_diacritics 2')"):
        conn.execute("INSERT INTO events_fts(rowid, search) SELECT n, search FROM events")
    else:
        log.warning("SQLite has no FTS5 module: text queries use LIKE")


def text_hash(text: str | None) -> str:
    """The hash of a text with whitespace normalised and case folded (``articles.text_hash``)."""
    return hashlib.sha256(" ".join((text or "").split()).casefold().encode("utf-8")).hexdigest()


def _v3_dedup_and_time_index(conn: sqlite3.Connection) -> None:
    """Articles get the hash of their normalised text (a related headline repeated on many pages
    is stored once with reports; its copies point to it with ``duplicate_of``), and the R*-tree
    gets a time dimension (the event date's ordinal day, 0 when undated) so that merge candidates
    and bbox + date queries are one index lookup."""
    conn.execute("ALTER TABLE articles ADD COLUMN text_hash TEXT")
    conn.execute("ALTER TABLE articles ADD COLUMN duplicate_of TEXT")
    conn.create_function("eventwire_text_hash", 1, text_hash, deterministic=True)
    conn.execute("UPDATE articles SET text_hash = eventwire_text_hash(text)")
    conn.execute("CREATE INDEX articles_text_hash ON articles(text_hash)")
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'events_rtree'").fetchone()
    if exists is None:
        return
    conn.execute("DROP TABLE events_rtree")
    conn.execute("CREATE VIRTUAL TABLE events_rtree USING rtree(n, min_lat, max_lat, min_lon, max_lon, min_day, max_day)")
    # Python's date.toordinal() of the event date, computed in SQL
    day = "COALESCE(julianday(substr(event_date, 1, 10)) - 1721424.5, 0)"
    conn.execute(
        "INSERT INTO events_rtree(n, min_lat, max_lat, min_lon, max_lon, min_day, max_day) "
        f"SELECT n, lat, lat, lon, lon, {day}, {day} FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL"
    )


def _v4_filter_indexes(conn: sqlite3.Connection) -> None:
    """Indexes for the sub-type and country-name filters and the stats grouped by them."""
    conn.execute("CREATE INDEX events_sub_date ON events(sub_event_type, event_date)")
    conn.execute("CREATE INDEX events_country ON events(country COLLATE NOCASE)")


def _v5_main_event(conn: sqlite3.Connection) -> None:
    """What each article is about (``Article.main_event`` as JSON; null for articles stored before)."""
    conn.execute("ALTER TABLE articles ADD COLUMN main_event TEXT")


def _v6_superseded(conn: sqlite3.Connection) -> None:
    """A new version of a page (the same URL, corrected at source) supersedes the stored one: the old
    article is kept for provenance with ``superseded_by``, its reports leave their events."""
    conn.execute("ALTER TABLE articles ADD COLUMN superseded_by TEXT")
    conn.execute("CREATE INDEX articles_url ON articles(url)")


def _v7_confidence(conn: sqlite3.Connection) -> None:
    """Each event's ``confidence`` as an indexed column, for the ``min_confidence`` filter. Reports stored
    before held the typing's confidence under that name, not the probability that a coder codes the event
    (:mod:`eventwire.events.confidence`): each stored report is scored again by the model from its stored
    fields (the old figure is the model's typing input), and each event takes the highest of its news
    reports', as ``merge.compose_event`` does. A report or event whose JSON is unreadable or has no number
    there keeps what it has and its event gets NULL, which no ``min_confidence`` filter matches."""
    conn.execute("ALTER TABLE events ADD COLUMN confidence REAL")
    if conn.execute("SELECT 1 FROM reports LIMIT 1").fetchone() is not None:
        _score_reports_again(conn)
    conn.execute("CREATE INDEX events_confidence ON events(confidence)")


def _score_reports_again(conn: sqlite3.Connection) -> None:
    """The stored reports scored by the event confidence model, and each event its news reports' highest
    (only for a database that has reports: the model's import, with spaCy's, is kept out of a new file's
    creation, which runs while other processes may wait on the write lock)."""
    from ..events.confidence import features_of_json, probability

    scored: dict[str, tuple[float, bool]] = {}  # report id -> (new confidence, background)
    for rid, data in conn.execute("SELECT id, data FROM reports").fetchall():
        report = _json_object(data)
        f = features_of_json(report) if report is not None else None
        if report is None or f is None:
            continue
        report["confidence"] = round(probability(f), 2)
        scored[rid] = (report["confidence"], bool(report.get("background")))
        conn.execute("UPDATE reports SET data = ? WHERE id = ?",
                     (json.dumps(report, ensure_ascii=False, default=str), rid))
    links: dict[str, list[str]] = {}
    for eid, rid in conn.execute("SELECT event_id, report_id FROM event_reports").fetchall():
        links.setdefault(eid, []).append(rid)
    for eid, data in conn.execute("SELECT id, data FROM events").fetchall():
        event = _json_object(data)
        got = [scored[r] for r in links.get(eid, []) if r in scored]
        if event is None or not got:
            continue
        news = [c for c, bg in got if not bg] or [c for c, _bg in got]
        event["confidence"] = max(news)
        conn.execute("UPDATE events SET data = ?, confidence = ? WHERE id = ?",
                     (json.dumps(event, ensure_ascii=False), event["confidence"], eid))


def _json_object(data: str | None) -> dict | None:
    """The JSON object stored in a data column; None when it is no JSON object."""
    try:
        value = json.loads(data) if data else None
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1_core,
    _v2_indexes,
    _v3_dedup_and_time_index,
    _v4_filter_indexes,
    _v5_main_event,
    _v6_superseded,
    _v7_confidence,
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, *, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to ``target`` (default: this code's version); returns the old version."""
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise SchemaError(
            f"the database has schema version {current}, newer than this eventwire's {SCHEMA_VERSION}: "
            "upgrade eventwire to open it"
        )
    for version in range(current + 1, target + 1):
        step = MIGRATIONS[version - 1]
        log.info("migrating the database to schema version %d (%s)", version, step.__name__)
        try:
            conn.execute("BEGIN IMMEDIATE")
            if schema_version(conn) >= version:
                # another process (a second ingest started at the same moment on a new database) made
                # this step while we waited for the write lock: nothing left to do
                conn.execute("COMMIT")
                continue
            step(conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"migration to schema version {version} failed: {exc}") from exc
    return current
