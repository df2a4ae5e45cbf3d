"""The SQLite store: articles, their reports and rejections, merged events; one file, WAL.

    with Store.open("eventwire.db") as store:
        store.add_article(article, coder=pipeline.coder_info())   # idempotent by raw_hash
        store.query_events(bbox=(35, 32, 42, 37), start=date(2016, 5, 1), event_type="Battles")

Each :meth:`Store.add_article` is one transaction (the article, its related-headline children, their
reports, rejections and the merge decisions), so a killed ingest loses nothing it had stored. Event
ids are strings (``ev_<16 hex>``); report ids ``rp_<20 hex>`` are a hash of the article id, evidence
offsets, sub type, date and place. One Store may be shared between threads (calls are serialised).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import SchemaError, StoreError
from ..merge import MergeRules
from ..output import main_event_to_dict, report_to_dict
from ..records import Article
from .events import EventBook
from .migrations import SCHEMA_VERSION, migrate, schema_version, text_hash
from .query import EventFilter, order_by

log = logging.getLogger(__name__)

WITHDRAWN = "withdrawn"  # ``articles.superseded_by`` of an article deleted or retracted at source

#: the oldest schema this code reads without migrating (later steps only add columns and indexes that
#: reads do not need): a read-only database of that version is read as it is
READABLE_SINCE = 5

EVENT_COLUMNS = "e.n, e.id, e.data, e.sources, e.n_reports, e.outlets, e.notes, e.updated_at"


def _now_iso(clock: Callable[[], float]) -> str:
    return dt.datetime.fromtimestamp(clock(), tz=dt.UTC).isoformat(timespec="seconds")


def report_id(article_id: str, data: dict[str, Any]) -> str:
    """A stable id for a report: its article, evidence offsets, sub type, date and place."""
    ev = data.get("evidence") or {}
    loc = data.get("location") or {}
    key = "|".join(str(x) for x in (article_id, ev.get("start"), ev.get("end"), data.get("sub_event_type"),
                                    (data.get("date") or {}).get("value"), loc.get("name"), loc.get("text")))
    return "rp_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def content_key(article: Article) -> str:
    """The key that makes re-ingest idempotent: the raw bytes' hash, or (for placeholders of
    unreadable input, which have none) a hash of the article's id, source and text."""
    if article.raw_hash:
        return article.raw_hash
    why = "\n".join(f"{r.stage}:{r.reason}:{r.detail}" for r in article.rejections)
    digest = hashlib.sha256(f"{article.id}\n{article.source}\n{article.text}\n{why}".encode()).hexdigest()
    return "nohash:" + digest


def event_dict(row: sqlite3.Row) -> dict[str, Any]:
    """An event in the JSON-contract shape plus ``id``, ``sources`` (distinct articles) and more."""
    out = json.loads(row["data"])
    out["id"] = row["id"]
    out["sources"] = row["sources"]
    out["n_reports"] = row["n_reports"]
    out["outlets"] = json.loads(row["outlets"])
    return out


def _connect_read_only(p: Path) -> sqlite3.Connection:
    """A ``mode=ro`` connection. A WAL database in a folder that cannot be written cannot get its
    ``-shm`` file: when it has no ``-wal`` file either (nothing is left to replay) it is opened as
    immutable, which needs neither."""
    uri = p.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    try:
        schema_version(conn)
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        wal = p.with_name(p.name + "-wal")
        if "readonly" not in str(exc).lower() or (wal.exists() and wal.stat().st_size > 0):
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def _access_hint(path: Path | None, exc: BaseException) -> str:
    """The fix for a database SQLite could not open or write: its file or folder is read-only."""
    text = str(exc).lower()
    if path is None or not any(w in text for w in ("readonly", "read-only", "unable to open", "permission")):
        return ""
    folder = path.parent if str(path.parent) else Path(".")
    return (f" (check that {path} and its folder {folder} are writable: SQLite keeps {path.name}-wal and "
            f"{path.name}-shm beside it; or pass --db with a writable file)")


_WORDS = re.compile(r"\w+")


def _same_page(old: sqlite3.Row, article: Article) -> bool:
    """Whether a stored page and a new one under the same URL are versions of one story (a correction,
    an update of a toll): most of their words in common (Jaccard >= 0.5) and, when both are dated, the
    same publication day. A live page that grows day by day, or a feed linking every item to its front
    page, gives pages that are not versions: both are kept."""
    published = article.published.isoformat() if article.published else None
    if old["published"] and published and old["published"][:10] != published:
        return False
    a = set(_WORDS.findall((old["text"] or "").casefold()))
    b = set(_WORDS.findall((article.text or "").casefold()))
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= 0.5



#: the article and report rows as stored (also written by :mod:`eventwire.store.combine`)
ARTICLE_INSERT = (
    'INSERT INTO articles(id, raw_hash, source, url, title, published, outlet, language, kind, parent_id, '
    '"offset", text_hash, duplicate_of, text, sections, cited_sources, coder, ingested_at, main_event) '
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
REPORT_INSERT = (
    "INSERT INTO reports(id, article_id, seq, data, event_date, date_precision, lat, lon, geo_precision, "
    "iso, admin1, event_type, sub_event_type, actor1, actor2, fatalities, background, section, "
    "evidence_text, evidence_start, evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ?, ?)"
)


def unique_report_id(article_id: str, data: dict[str, Any], seen: set[str]) -> str:
    """The report's id (:func:`report_id`), suffixed "-2", "-3", ... when the article has one already
    (added to ``seen``)."""
    rid = base = report_id(article_id, data)
    k = 1
    while rid in seen:
        k += 1
        rid = f"{base}-{k}"
    seen.add(rid)
    return rid


class Store:
    """The database. Build it with :meth:`Store.open`; the constructor takes an open connection."""

    def __init__(self, conn: sqlite3.Connection, *, path: Path | None = None, rules: MergeRules | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        conn.row_factory = sqlite3.Row
        self.conn = conn
        self.path = path
        self.clock = clock
        self.readonly = False  # opened with mode=ro (asked for, or the file or its folder is read-only)
        self._lock = threading.RLock()
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        self.rtree = "events_rtree" in names
        self.fts = "events_fts" in names
        # schema 7's events.confidence; a database read as it is at schema 5-6 has none (its JSON is read)
        self.confidence_column = "events" in names and any(
            r[1] == "confidence" for r in conn.execute("PRAGMA table_info(events)"))
        self.book = EventBook(conn, rtree=self.rtree, fts=self.fts, rules=rules, clock=clock)

    # -- opening ------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False, rules: MergeRules | None = None,
             clock: Callable[[], float] = time.time) -> Store:
        """Open (creating and migrating as needed) the database at ``path``; ``":memory:"`` works too.

        Raises SchemaError for a database written by a newer eventwire, StoreError when the file
        cannot be opened as a database."""
        memory = str(path) == ":memory:"
        p = None if memory else Path(path)
        try:
            if readonly:
                if p is None or not p.exists():
                    raise StoreError(f"no database at {path}")
                conn = _connect_read_only(p)
            else:
                if p is not None and p.parent and not p.parent.exists():
                    p.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            if not readonly and not memory:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                # checkpoint the WAL every 4000 pages (16 MiB), not SQLite's 1000: each checkpoint rewrites
                # the hot index pages into the database file, so fewer of them write ~12% fewer bytes
                conn.execute("PRAGMA wal_autocheckpoint = 4000")
                conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: random-key indexes stay in memory
            version = schema_version(conn)
        except sqlite3.DatabaseError as exc:
            if not readonly and p is not None and p.is_file() and _access_hint(p, exc):
                # a read-only file or folder: open it for reading (serve, export work); writes raise
                log.warning("%s cannot be opened for writing (%s): opened read-only", path, exc)
                return cls.open(p, readonly=True, rules=rules, clock=clock)
            raise StoreError(f"cannot open {path} as a database: {exc}{_access_hint(p, exc)}") from exc
        except OSError as exc:  # the folder could not be made
            raise StoreError(f"cannot create the database {path}: {exc.strerror or exc}") from exc
        try:
            if readonly:
                if version > SCHEMA_VERSION:
                    raise SchemaError(f"the database has schema version {version}, newer than this "
                                      f"eventwire's {SCHEMA_VERSION}: upgrade eventwire to open it")
                if version < READABLE_SINCE:
                    raise StoreError(f"the database has the old schema version {version}: open it once "
                                     "read-write to migrate it")
            else:
                try:
                    old = migrate(conn)
                except StoreError as exc:
                    if not (READABLE_SINCE <= version < SCHEMA_VERSION and "readonly" in str(exc).lower()):
                        raise
                    # a read-only copy made by an older eventwire: readable as it is (the later steps
                    # only add columns and indexes); writing to it fails with a clear StoreError
                    log.warning("%s has schema version %d and is read-only, so it was not migrated to %d: "
                                "it can be read, not written", path, version, SCHEMA_VERSION)
                    old = version
                if old < SCHEMA_VERSION and old > 0:
                    log.info("migrated %s from schema version %d to %d", path, old, SCHEMA_VERSION)
        except BaseException:
            conn.close()
            raise
        store = cls(conn, path=p, rules=rules, clock=clock)
        store.readonly = readonly
        return store

    @property
    def net_events(self) -> int:
        """Events this Store (this connection) has created minus those it deleted: what an ingest
        gained, whatever another process writing to the same file at the same time adds."""
        return self.book.net_events

    def check_writable(self) -> None:
        """Raise StoreError (naming the file and the fix) when the database cannot be written: a
        read-only file or folder. Call it before long work that ends in writes (``ingest``)."""
        if self.readonly:
            raise StoreError(f"cannot write to the database {self.path}: it is open read-only"
                             f"{_access_hint(self.path, StoreError('read-only'))}")
        with self._lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                self.conn.execute("ROLLBACK")
            except sqlite3.Error as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise StoreError(f"cannot write to the database {self.path or ':memory:'}: {exc}"
                                 f"{_access_hint(self.path, exc)}") from exc

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return schema_version(self.conn)

    # -- writing ------------------------------------------------------------------------------
    def has_article(self, raw_hash: str | None) -> bool:
        if not raw_hash:
            return False
        with self._lock:
            return self.conn.execute("SELECT 1 FROM articles WHERE raw_hash = ?", (raw_hash,)).fetchone() is not None

    def add_article(self, article: Article, *, coder: dict[str, Any] | None = None) -> bool:
        """Store an article with its children, reports, rejections and merge decisions, in one
        transaction. Returns False (and changes nothing) when its raw_hash is already stored."""
        return self.add_articles([article], coder=coder) == 1

    def add_articles(self, articles: Iterable[Article], *, coder: dict[str, Any] | None = None) -> int:
        """Like :meth:`add_article` for many articles in ONE transaction (bulk loads); returns how
        many were new."""
        return sum(self.add_each(articles, coder=coder))

    def add_each(self, articles: Iterable[Article], *, coder: dict[str, Any] | None = None) -> list[bool]:
        """Store ``articles`` in ONE transaction (a group commit: all or none of them is stored);
        returns, in order, whether each was new. One commit writes each touched page of the tables
        and indexes to the write-ahead log once, so a group costs about what one article does."""
        with self._lock:
            added: list[bool] = []
            net = self.book.net_events
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                for article in articles:
                    added.append(self._insert(article, coder=coder) == 1)
                self.conn.execute("COMMIT")
            except BaseException as exc:
                self.book.net_events = net
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"could not store the article in {self.path or ':memory:'}: {exc}"
                                     f"{_access_hint(self.path, exc)}") from exc
                raise
            return added

    def _free_id(self, wanted: str, raw_hash: str | None) -> str:
        candidate, k = wanted, 1
        while self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (candidate,)).fetchone():
            k += 1
            candidate = f"{wanted}~{(raw_hash or '')[:8]}{k}"
        return candidate

    def _insert(self, article: Article, *, coder: dict[str, Any] | None) -> int:
        raw_hash = content_key(article)
        if self.conn.execute("SELECT 1 FROM articles WHERE raw_hash = ?", (raw_hash,)).fetchone():
            return 0
        now = _now_iso(self.clock)
        pending: list[tuple[str, dict[str, Any], dt.date | None]] = []
        new_id = self._insert_one(article, raw_hash=raw_hash, parent_id=None, coder=coder, now=now,
                                  pending=pending, published=article.published)
        self._supersede_older(article, new_id)
        for rid, data, published in pending:
            self.book.assign(rid, data, published=published)
        return 1

    def related_original(self, text_key: str) -> str | None:
        """The first stored copy of a related headline with this text hash (its copies are kept without
        reports: the same headline on many pages of an outlet is one source, not many)."""
        row = self.conn.execute("SELECT id FROM articles WHERE text_hash = ? AND kind = 'related' "
                                "AND duplicate_of IS NULL ORDER BY rowid LIMIT 1", (text_key,)).fetchone()
        return row["id"] if row else None

    def _insert_one(self, article: Article, *, raw_hash: str | None, parent_id: str | None,
                    coder: dict[str, Any] | None, now: str, pending: list, published: dt.date | None,
                    outlet: str | None = None) -> str:
        article_id = self._free_id(article.id, raw_hash)
        kind = "related" if parent_id is not None else (article.kind or "article")
        sections = [{"kind": s.kind, "start": s.start, "end": s.end, **({"meta": s.meta} if s.meta else {})}
                    for s in article.sections]
        pub = article.published or published
        text_key = text_hash(article.text)
        duplicate_of = None
        if kind == "related":
            # the same related headline on many pages of an outlet is one source, not many: its copies
            # are kept (for provenance) without reports
            duplicate_of = self.related_original(text_key)
        self.conn.execute(
            ARTICLE_INSERT,
            (article_id, raw_hash if parent_id is None else None, article.source or "", article.url, article.title,
             pub.isoformat() if pub else None, article.outlet or outlet, article.language, kind, parent_id,
             article.offset if parent_id is not None else 0, text_key, duplicate_of, article.text,
             json.dumps(sections, ensure_ascii=False, default=str),
             json.dumps(list(article.cited_sources), ensure_ascii=False),
             json.dumps(coder or {}, ensure_ascii=False, sort_keys=True, default=str), now,
             json.dumps(main_event_to_dict(article.main_event), ensure_ascii=False)
             if article.main_event is not None else None))
        for rej in article.rejections:
            self.conn.execute("INSERT INTO rejections(article_id, stage, reason, detail) VALUES (?, ?, ?, ?)",
                              (article_id, rej.stage, rej.reason, rej.detail or ""))
        seen: set[str] = set()
        for seq, report in enumerate(article.reports if duplicate_of is None else []):
            data = report_to_dict(report, section="related" if kind == "related" else None)
            rid = unique_report_id(article_id, data, seen)
            loc = data.get("location") or {}
            date = data.get("date") or {}
            ev = data["evidence"]
            self.conn.execute(
                REPORT_INSERT,
                (rid, article_id, seq, json.dumps(data, ensure_ascii=False, default=str), date.get("value"),
                 date.get("precision"), loc.get("latitude"), loc.get("longitude"), loc.get("geo_precision"),
                 loc.get("iso"), loc.get("admin1"), data["event_type"], data["sub_event_type"],
                 (data.get("actor1") or {}).get("name"), (data.get("actor2") or {}).get("name"),
                 int((data.get("fatalities") or {}).get("count") or 0), int(bool(data.get("background"))),
                 data.get("section") or "body", ev.get("text") or "", ev.get("start"), ev.get("end")))
            pending.append((rid, data, pub))
        for child in article.children:
            self._insert_one(child, raw_hash=None, parent_id=article_id, coder=coder, now=now,
                             pending=pending, published=pub, outlet=article.outlet or outlet)
        return article_id

    def _supersede_older(self, article: Article, new_id: str) -> int:
        """A page stored before under the same http(s) URL, with other bytes, is an older version of
        this one (corrected or updated at source) when :func:`_same_page` says so: it is kept with
        ``superseded_by``, and its reports (and its related headlines') leave their events, which are
        recomputed (or deleted when emptied). Returns how many versions it superseded."""
        url = article.url
        if not url or not url.lower().startswith(("http://", "https://")) or article.kind == "related":
            return 0
        done = 0
        rows = self.conn.execute(
            "SELECT id, published, text FROM articles WHERE url = ? AND id != ? AND parent_id IS NULL "
            "AND superseded_by IS NULL", (url, new_id)).fetchall()
        for row in rows:
            if not _same_page(row, article):
                continue
            n = self._unlink(row["id"], mark=new_id, action="superseded",
                             why=f"superseded by {new_id} (a newer version of {url})")
            log.info("article %s superseded by %s (%s): %d report(s) unlinked", row["id"], new_id, url, n)
            done += 1
        return done

    def _unlink(self, article_id: str, *, mark: str, action: str, why: str) -> int:
        """Mark an article (``superseded_by = mark``) and take its reports and its related headlines'
        out of their events (recomputed, or deleted when emptied); returns how many left an event."""
        self.conn.execute("UPDATE articles SET superseded_by = ? WHERE id = ?", (mark, article_id))
        links = self.conn.execute(
            "SELECT er.report_id, er.event_id FROM event_reports er JOIN reports r ON r.id = er.report_id "
            "JOIN articles a ON a.id = r.article_id WHERE a.id = ? OR a.parent_id = ?",
            (article_id, article_id)).fetchall()
        touched: list[str] = []
        for link in links:
            self.conn.execute("DELETE FROM event_reports WHERE report_id = ?", (link["report_id"],))
            self.book._log(action, link["report_id"], link["event_id"], None,
                           f"left {link['event_id']}: its article {article_id} was {why}")
            if link["event_id"] not in touched:
                touched.append(link["event_id"])
        for event_id in touched:
            self.book.recompute(event_id)
        return len(links)

    def withdraw(self, ref: str) -> list[str]:
        """An article deleted or retracted at source, by its id or its URL: it is kept (with
        ``superseded_by = "withdrawn"``) but its reports leave their events, which are recomputed or
        deleted when emptied. Returns the ids withdrawn; StoreError when none matches."""
        with self._lock:
            rows = self.conn.execute(
                "SELECT id FROM articles WHERE (id = ? OR url = ?) AND parent_id IS NULL "
                "AND superseded_by IS NULL ORDER BY rowid", (ref, ref)).fetchall()
            if not rows:
                raise StoreError(f"no stored article (not already withdrawn or superseded) has the id or URL {ref!r}")
            ids = [r["id"] for r in rows]
            self._write(lambda: [self._unlink(i, mark=WITHDRAWN, action="withdrawn", why="withdrawn at source")
                                 for i in ids])
            return ids

    def withdraw_gone(self, url: str) -> list[str]:
        """The articles stored from ``url`` (current versions), withdrawn because the page answered
        404 or 410 when it was fetched again; [] when none is stored (nothing to withdraw)."""
        with self._lock:
            if not self._gone_ids(url):
                return []
            return self._write(lambda: self._withdraw_gone_rows(url))

    def _gone_ids(self, url: str, *, keep: frozenset[str] = frozenset()) -> list[str]:
        rows = self.conn.execute(
            "SELECT id, raw_hash FROM articles WHERE url = ? AND parent_id IS NULL AND superseded_by IS NULL "
            "AND raw_hash NOT LIKE 'nohash:%' ORDER BY rowid", (url,)).fetchall()
        return [r["id"] for r in rows if r["raw_hash"] not in keep]

    def _withdraw_gone_rows(self, url: str, *, keep: frozenset[str] = frozenset()) -> list[str]:
        """:meth:`withdraw_gone` inside the caller's transaction; articles whose raw_hash is in ``keep``
        are left alone."""
        ids = self._gone_ids(url, keep=keep)
        for i in ids:
            self._unlink(i, mark=WITHDRAWN, action="withdrawn", why=f"withdrawn at source ({url} answered 404/410)")
        return ids

    def withdrawn_gone(self, raw_hash: str | None, url: str | None) -> str | None:
        """The id of the stored article with these bytes when it was withdrawn because ``url`` answered
        404/410 (a stored 'gone' rejection of that URL says so) and no other version of the page is
        current; None otherwise (not stored, current, superseded, or withdrawn by hand)."""
        if not raw_hash or not url:
            return None
        with self._lock:
            row = self.conn.execute(
                "SELECT id FROM articles WHERE raw_hash = ? AND url = ? AND parent_id IS NULL AND superseded_by = ?",
                (raw_hash, url, WITHDRAWN)).fetchone()
            if row is None or self._gone_ids(url):
                return None
            gone = self.conn.execute(
                "SELECT 1 FROM articles a JOIN rejections j ON j.article_id = a.id WHERE a.url = ? "
                "AND a.raw_hash LIKE 'nohash:%' AND j.reason = 'gone' LIMIT 1", (url,)).fetchone()
            return row["id"] if gone else None

    def reinstate(self, article_id: str) -> int:
        """Undo a withdrawal: the page answers again (HTTP 200 with the bytes stored before), so the
        article is current again and its reports (and its related headlines') rejoin events as a new
        article's would. Returns how many reports were linked; StoreError when it is not withdrawn."""
        with self._lock:
            row = self.conn.execute("SELECT superseded_by FROM articles WHERE id = ? AND parent_id IS NULL",
                                    (article_id,)).fetchone()
            if row is None or row["superseded_by"] != WITHDRAWN:
                raise StoreError(f"article {article_id!r} is not withdrawn: nothing to reinstate")
            return self._write(lambda: self._relink(article_id))

    def _relink(self, article_id: str) -> int:
        """:meth:`reinstate` inside the caller's transaction."""
        self.conn.execute("UPDATE articles SET superseded_by = NULL WHERE id = ?", (article_id,))
        rows = self.conn.execute(
            "SELECT r.id, r.data, a.published FROM reports r JOIN articles a ON a.id = r.article_id "
            "LEFT JOIN event_reports er ON er.report_id = r.id WHERE (a.id = ? OR a.parent_id = ?) "
            "AND er.report_id IS NULL ORDER BY a.rowid, r.seq", (article_id, article_id)).fetchall()
        for r in rows:
            published = dt.date.fromisoformat(r["published"][:10]) if r["published"] else None
            self.book.assign(r["id"], json.loads(r["data"]), published=published)
        log.info("article %s reinstated: %d report(s) linked again", article_id, len(rows))
        return len(rows)

    def unmerge(self, event_id: str, report_id: str) -> str:
        """Take a report out of its event into a new event; returns the new event's id."""
        return self._write(lambda: self.book.unmerge(event_id, report_id))

    def move_report(self, report_id: str, event_id: str) -> str:
        """Merge by hand: move a report into another event (an emptied event is deleted); undoable."""
        return self._write(lambda: self.book.move(report_id, event_id, action="move",
                                                  text=f"moved into {event_id} by hand"))

    def undo(self, log_id: int | None = None) -> dict[str, Any]:
        """Undo a merge or an unmerge (default: the latest one not yet undone)."""
        return self._write(lambda: self.book.undo(log_id))

    def _write(self, fn: Callable[[], Any]) -> Any:
        with self._lock:
            net = self.book.net_events
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                result = fn()
                self.conn.execute("COMMIT")
            except BaseException:
                self.book.net_events = net
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            return result

    # -- reading events -----------------------------------------------------------------------
    def _where(self, filters: dict[str, Any]) -> tuple[str, list[Any]]:
        return EventFilter.of(**filters).where(rtree=self.rtree, fts=self.fts,
                                               confidence_column=self.confidence_column)

    def query_events(
        self,
        *,
        bbox: tuple[float, float, float, float] | None = None,
        start: dt.date | str | None = None,
        end: dt.date | str | None = None,
        event_type: str | None = None,
        sub_event_type: str | None = None,
        actor: str | None = None,
        country: str | None = None,
        admin1: str | None = None,
        q: str | None = None,
        include_background: bool = True,
        located: bool | None = None,
        min_confidence: float | str | None = None,
        limit: int = 500,
        offset: int = 0,
        sort: str | None = None,
    ) -> list[dict[str, Any]]:
        """Events matching every given filter, newest first. ``bbox`` is (west, south, east, north)
        (west > east crosses the antimeridian); ``start``/``end`` bound the event date (inclusive);
        ``actor`` matches part of any actor's name; ``country`` is ISO3 or a country name; ``admin1``
        the first-level division ("Borno" finds "Borno State"); ``q`` needs every word (as a prefix) in
        the evidence, actors, place or titles; ``located`` True keeps only events placed finer than a
        country (False only the others; see :mod:`eventwire.located`), and a bbox never matches a
        country-only event; ``min_confidence`` (0-1) keeps events whose ``confidence`` is at least that
        (an event of unknown confidence never passes; StoreError for a value that is no number in
        [0, 1]). ``sort``: ``-date`` (default, newest first), ``date``,
        ``-fatalities``, ``fatalities``, ``-sources``, ``sources``. Each dict is the JSON contract's
        event plus ``id``, ``sources`` (distinct articles), ``n_reports``, ``outlets``."""
        where, params = self._where(dict(bbox=bbox, start=start, end=end, event_type=event_type,
                                         sub_event_type=sub_event_type, actor=actor, country=country,
                                         admin1=admin1, q=q, include_background=include_background,
                                         located=located, min_confidence=min_confidence))
        sql = (f"SELECT {EVENT_COLUMNS} FROM events e WHERE {where} "
               f"ORDER BY {order_by(sort)} LIMIT ? OFFSET ?")
        with self._lock:
            rows = self.conn.execute(sql, [*params, max(0, int(limit)), max(0, int(offset))]).fetchall()
        return [event_dict(r) for r in rows]

    def count_events(self, **filters: Any) -> int:
        where, params = self._where(filters)
        with self._lock:
            return int(self.conn.execute(f"SELECT COUNT(*) FROM events e WHERE {where}", params).fetchone()[0])

    def iter_events(self, *, batch_size: int = 1000, **filters: Any) -> Iterator[dict[str, Any]]:
        """Every matching event (oldest first), fetched ``batch_size`` at a time (for exports)."""
        where, params = self._where(filters)
        last = -1
        while True:
            with self._lock:
                rows = self.conn.execute(
                    f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.n > ? AND ({where}) ORDER BY e.n LIMIT ?",
                    [last, *params, batch_size]).fetchall()
            if not rows:
                return
            for row in rows:
                out = event_dict(row)
                out["notes_text"] = row["notes"]
                out["updated_at"] = row["updated_at"]
                out["n"] = row["n"]
                yield out
            last = rows[-1]["n"]

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """One event with its reports (each with article id/title, evidence, section, and the
        merge decision that linked it) and its merge log."""
        with self._lock:
            row = self.conn.execute(f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.id = ?", (str(event_id),)).fetchone()
            if row is None:
                return None
            out = event_dict(row)
            reports = self.conn.execute(
                "SELECT r.id, r.data, r.article_id, a.title, a.url, a.outlet, a.published, er.decision, er.explanation "
                "FROM event_reports er JOIN reports r ON r.id = er.report_id JOIN articles a ON a.id = r.article_id "
                "WHERE er.event_id = ? ORDER BY r.rowid", (row["id"],)).fetchall()
            ids = [r["id"] for r in reports]
            marks = ",".join("?" * len(ids))
            logrows = self.conn.execute(
                f"SELECT id, action, report_id, event_id, from_event_id, explanation, undone FROM merge_log "
                f"WHERE report_id IN ({marks}) ORDER BY id", ids).fetchall() if ids else []
        out["reports"] = []
        for r in reports:
            rep = json.loads(r["data"])
            rep.update(id=r["id"], article_id=r["article_id"], article_title=r["title"], article_url=r["url"],
                       outlet=r["outlet"], published=r["published"], decision=r["decision"],
                       explanation=r["explanation"])
            out["reports"].append(rep)
        out["explanation"] = [r["explanation"] for r in reports]
        out["merge_log"] = [dict(r) for r in logrows]
        return out

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        """One article with its text, sections, reports (and their events), rejections, children."""
        with self._lock:
            row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (str(article_id),)).fetchone()
            if row is None:
                return None
            reports = self.conn.execute(
                "SELECT r.id, r.data, er.event_id FROM reports r LEFT JOIN event_reports er ON er.report_id = r.id "
                "WHERE r.article_id = ? ORDER BY r.seq", (row["id"],)).fetchall()
            rejections = self.conn.execute(
                "SELECT stage, reason, detail FROM rejections WHERE article_id = ? ORDER BY id", (row["id"],)).fetchall()
            children = self.conn.execute(
                "SELECT id FROM articles WHERE parent_id = ? ORDER BY rowid", (row["id"],)).fetchall()
        out = {k: row[k] for k in row.keys()}
        for key in ("sections", "cited_sources", "coder"):
            out[key] = json.loads(out[key])
        out["main_event"] = json.loads(out["main_event"]) if out.get("main_event") else None
        out["reports"] = []
        for r in reports:
            rep = json.loads(r["data"])
            rep.update(id=r["id"], event_id=r["event_id"])
            out["reports"].append(rep)
        out["rejections"] = [dict(r) for r in rejections]
        out["children"] = [c["id"] for c in children]
        return out

    def merge_log(self, *, limit: int = 100) -> list[dict[str, Any]]:
        with self._lock:
            rows = self.conn.execute("SELECT * FROM merge_log ORDER BY id DESC LIMIT ?", (int(limit),)).fetchall()
        return [dict(r) for r in rows]

    def stats(self, **filters: Any) -> dict[str, Any]:
        """Counts: events, articles, related headlines, reports, rejections by reason; events by type,
        sub type, country (ISO3) and day (the filters restrict the event counts)."""
        where, params = self._where(filters)

        def grouped(column: str) -> dict[str, int]:
            rows = self.conn.execute(
                f"SELECT {column} AS k, COUNT(*) AS c FROM events e WHERE {where} AND {column} IS NOT NULL "
                f"GROUP BY {column} ORDER BY {column}", params).fetchall()
            return {r["k"]: r["c"] for r in rows}

        with self._lock:
            one = lambda sql, p=(): int(self.conn.execute(sql, p).fetchone()[0])  # noqa: E731
            rejections = self.conn.execute(
                "SELECT reason, COUNT(*) AS c FROM rejections GROUP BY reason ORDER BY c DESC, reason").fetchall()
            # an article superseded by a corrected version or withdrawn at source is no longer counted
            # (a database of schema < 6, read as it is, has neither)
            marked = schema_version(self.conn) >= 6
            current = " AND superseded_by IS NULL" if marked else ""
            gone = lambda cond: one(  # noqa: E731
                "SELECT COUNT(*) FROM articles WHERE kind != 'related' AND " + cond, (WITHDRAWN,)) if marked else 0
            return {
                "events": one(f"SELECT COUNT(*) FROM events e WHERE {where}", params),
                # the events by_day leaves out (no date): by_day's counts and these add up to "events"
                "undated": one(f"SELECT COUNT(*) FROM events e WHERE {where} AND e.event_date IS NULL", params),
                "articles": one(f"SELECT COUNT(*) FROM articles WHERE kind != 'related'{current}"),
                "superseded": gone("superseded_by IS NOT NULL AND superseded_by != ?"),
                "withdrawn": gone("superseded_by = ?"),
                "related": one("SELECT COUNT(*) FROM articles WHERE kind = 'related'"),
                "reports": one("SELECT COUNT(*) FROM reports"),
                "rejections": {r["reason"]: r["c"] for r in rejections},
                "by_type": grouped("e.event_type"),
                "by_sub_type": grouped("e.sub_event_type"),
                "by_country": grouped("e.iso"),
                "by_day": grouped("e.event_date"),
            }

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table, sorted, without the columns that record wall-clock time
        (``ingested_at``, ``updated_at``, ``at``): two databases built from the same input in the
        same order have equal snapshots."""
        volatile = {"ingested_at", "updated_at", "at"}
        out: dict[str, list[tuple[Any, ...]]] = {}
        with self._lock:
            for table in ("articles", "rejections", "reports", "events", "event_reports", "merge_log"):
                cols = [r[1] for r in self.conn.execute(f"PRAGMA table_info({table})") if r[1] not in volatile]
                select = ", ".join('"' + c + '"' for c in cols)
                rows = self.conn.execute(f"SELECT {select} FROM {table}").fetchall()
                out[table] = sorted((tuple(r) for r in rows), key=repr)
        return out

    def table_counts(self) -> dict[str, int]:
        with self._lock:
            return {t: int(self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
                    for t in ("articles", "rejections", "reports", "events", "event_reports", "merge_log")}
