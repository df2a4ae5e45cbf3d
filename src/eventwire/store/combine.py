"""Merging databases: the parts of an input ingested on several machines, joined into one database.

    summary = merge_databases(["a.db", "b.db", "c.db"], into="all.db")

The merged database is what one ``eventwire ingest`` of the parts' inputs, in the order given, would
have built: each source's articles are replayed into the target in the order they were stored (no NLP:
their reports are stored), through the same code an ingest stores with. So

- an article already in the target (the same raw bytes: the same content hash) is skipped, as a re-run
  of ingest skips it; a page under the same URL with other bytes supersedes an older version of
  itself (``Store._supersede_older``), as in one run;
- every report is linked to events by the cross-article merge (:func:`eventwire.merge.decide`) in the
  same order as in one run: the same event reported by two outlets on two machines becomes one event
  with both sources;
- rejections, unreadable inputs (their placeholders), each article's coder provenance, related
  headlines (a headline repeated across parts is stored once with reports) and the merge log are
  kept; a 404/410 placeholder withdraws what the target holds from its URL (unless its own database
  holds that page current: it answered again there), an article withdrawn by hand stays withdrawn.

Re-running a merge adds nothing (articles are keyed by their content hash). Articles are committed in
groups, each group one transaction: a merge killed (even with SIGKILL) keeps the groups it committed and
the same command resumes where it stopped. Databases of another schema version, or coded with another
gazetteer, are refused before anything is written (:class:`IncompatibleDatabaseError`). Links edited
by hand in a source (unmerge, move, undo) are not carried over: the merge decides every link again.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import IncompatibleDatabaseError, SchemaError, StoreError
from ..records import Article
from .migrations import SCHEMA_VERSION, schema_version
from .sqlite import (
    ARTICLE_INSERT,
    REPORT_INSERT,
    WITHDRAWN,
    Store,
    _connect_read_only,
    _now_iso,
    unique_report_id,
)

log = logging.getLogger(__name__)

#: top-level articles replayed per transaction (a killed merge loses at most one group, redone on resume)
GROUP = 64
GROUP_SECONDS = 2.0
#: coder fields that must agree: another gazetteer places the same words elsewhere (other ids, points)
MUST_AGREE = ("gazetteer",)
#: coder fields that may differ (a warning): the events were coded by other versions of the rules
SHOULD_AGREE = ("eventwire", "actors", "nlp")


@dataclass(slots=True)
class CombineSummary:
    """What one merge did. ``events`` is how many events the target gained."""

    sources: list[str] = field(default_factory=list)
    articles: int = 0  # top-level articles added (unreadable-input placeholders included)
    skipped_existing: int = 0  # already in the target (the same content hash)
    related: int = 0
    reports: int = 0
    events: int = 0
    withdrawn: int = 0  # target articles withdrawn by a source's 404/410 or because withdrawn there
    superseded: int = 0  # older versions superseded by a newer page under the same URL
    rejections_by_reason: dict[str, int] = field(default_factory=dict)
    hand_edits_ignored: int = 0  # unmerge/move entries of the sources (links are decided again)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"sources": list(self.sources), "articles": self.articles, "skipped_existing": self.skipped_existing,
                "related": self.related, "reports": self.reports, "events": self.events,
                "withdrawn": self.withdrawn, "superseded": self.superseded,
                "rejections_by_reason": dict(self.rejections_by_reason),
                "hand_edits_ignored": self.hand_edits_ignored, "warnings": list(self.warnings),
                "seconds": round(self.seconds, 3)}


# -- checking the sources ---------------------------------------------------------------------------------
def _open_source(path: Path) -> sqlite3.Connection:
    if not path.exists():
        raise StoreError(f"no database at {path}")
    if not path.is_file():
        raise StoreError(f"{path} is not a database file")
    try:
        conn = _connect_read_only(path)
        conn.row_factory = sqlite3.Row
        version = schema_version(conn)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open {path} as a database: {exc}") from exc
    if version > SCHEMA_VERSION:
        conn.close()
        raise SchemaError(f"{path} has schema version {version}, newer than this eventwire's {SCHEMA_VERSION}: "
                          "upgrade eventwire to merge it")
    if version == 0 or "articles" not in tables:
        conn.close()
        raise IncompatibleDatabaseError(f"{path} is not an eventwire database (no articles table)")
    if version < SCHEMA_VERSION:
        conn.close()
        raise IncompatibleDatabaseError(
            f"{path} has schema version {version}, older than this eventwire's {SCHEMA_VERSION}: migrate it "
            f"first with `eventwire db migrate {path}` (it only adds columns and indexes; every row is kept)")
    return conn


def coder_versions(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """The versions (eventwire, actors, gazetteer, nlp) that coded a database's articles."""
    out: dict[str, set[str]] = {}
    for (text,) in conn.execute("SELECT DISTINCT coder FROM articles WHERE parent_id IS NULL"):
        try:
            coder = json.loads(text or "{}")
        except ValueError:
            continue
        for key, value in coder.items() if isinstance(coder, dict) else ():
            if value not in (None, "", "?"):
                out.setdefault(str(key), set()).add(str(value))
    return out


def _fmt(versions: dict[str, dict[str, set[str]]], key: str) -> str:
    return "; ".join(f"{name}: {', '.join(sorted(v[key]))}" for name, v in versions.items() if v.get(key))


def check_compatible(named: dict[str, dict[str, set[str]]], *, allow_mixed: bool = False) -> list[str]:
    """Refuse (IncompatibleDatabaseError) databases coded with different gazetteers, unless
    ``allow_mixed``; returns warnings for other version differences."""
    warnings: list[str] = []
    for key in (*MUST_AGREE, *SHOULD_AGREE):
        values = set().union(*(v.get(key, set()) for v in named.values()))
        if len(values) < 2:
            continue
        text = f"the databases were coded with different {key} versions ({_fmt(named, key)})"
        if key in MUST_AGREE and not allow_mixed:
            raise IncompatibleDatabaseError(
                f"{text}: their places (ids, points, regions) do not compare, so events would not merge "
                "as in one run; re-ingest the older inputs with this gazetteer, or pass --allow-mixed-versions "
                "to merge them anyway")
        warnings.append(text + ("" if key in MUST_AGREE else ": events coded by other rules are merged as they are"))
    return warnings


# -- replaying ------------------------------------------------------------------------------------------------
def _wanted_id(stored: str, raw_hash: str | None) -> str:
    """The id an article asked for before ``Store._free_id`` suffixed it (``id~<hash8><k>``)."""
    m = re.match(rf"^(.*)~{re.escape((raw_hash or '')[:8])}\d+$", stored)
    return m.group(1) if m else stored


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


class _Replay:
    """Replays one source database's articles into the target store (inside the store's transactions)."""

    def __init__(self, store: Store, src: sqlite3.Connection, name: str, summary: CombineSummary) -> None:
        self.store = store
        self.conn = store.conn
        self.src = src
        self.name = name
        self.summary = summary
        self.rejections: Counter[str] = Counter()
        # URLs whose page answered 404/410 later in this source (that withdrawal replays in order)
        self.gone_urls = {r[0]: r[1] for r in src.execute(
            "SELECT a.url, MAX(a.rowid) FROM articles a JOIN rejections j ON j.article_id = a.id "
            "WHERE a.parent_id IS NULL AND a.raw_hash LIKE 'nohash:%' AND j.reason = 'gone' AND a.url IS NOT NULL "
            "GROUP BY a.url")}

    def rows(self) -> Iterator[sqlite3.Row]:
        last = -1
        while True:
            batch = self.src.execute("SELECT rowid AS rn, * FROM articles WHERE parent_id IS NULL AND rowid > ? "
                                     "ORDER BY rowid LIMIT 500", (last,)).fetchall()
            if not batch:
                return
            yield from batch
            last = batch[-1]["rn"]

    def article(self, row: sqlite3.Row) -> None:
        """Replay one top-level article (with its related headlines, reports and rejections)."""
        raw_hash = row["raw_hash"]
        if raw_hash and self.conn.execute("SELECT 1 FROM articles WHERE raw_hash = ?", (raw_hash,)).fetchone():
            self.summary.skipped_existing += 1
            return
        url = row["url"]
        reasons = [r["reason"] for r in self.src.execute("SELECT reason FROM rejections WHERE article_id = ?",
                                                          (row["id"],))]
        if url and raw_hash and raw_hash.startswith("nohash:") and "gone" in reasons:
            # as ingest does on reading a 404/410: what the target holds from the URL is withdrawn, unless
            # this source holds that page current (it answered again later, here)
            keep = frozenset(r[0] for r in self.src.execute(
                "SELECT raw_hash FROM articles WHERE url = ? AND parent_id IS NULL AND superseded_by IS NULL",
                (url,)))
            self.summary.withdrawn += len(self.store._withdraw_gone_rows(url, keep=keep))
        pending: list[tuple[str, dict[str, Any], dt.date | None]] = []
        now = _now_iso(self.store.clock)
        new_id = self._insert(row, parent_id=None, pending=pending, now=now)
        self.summary.articles += 1
        if url:
            page = Article(id=new_id, text=row["text"] or "", url=url, published=_day(row["published"]),
                           kind=row["kind"] or "article")
            self.summary.superseded += self.store._supersede_older(page, new_id)
        for rid, data, published in pending:
            self.store.book.assign(rid, data, published=published)
        if row["superseded_by"] == WITHDRAWN and (url is None or self.gone_urls.get(url, -1) < row["rn"]):
            # withdrawn in its database by hand (no later 404/410 of its URL there to replay)
            self.store._unlink(new_id, mark=WITHDRAWN, action="withdrawn", why=f"withdrawn in {self.name}")
            self.summary.withdrawn += 1

    def _insert(self, row: sqlite3.Row, *, parent_id: str | None, pending: list, now: str) -> str:
        """Copy one article row (a new id if taken, a duplicate related headline without reports),
        its rejections and reports, then its children; the reports to link go to ``pending``."""
        raw_hash = row["raw_hash"] if parent_id is None else None
        new_id = self.store._free_id(_wanted_id(row["id"], row["raw_hash"]), raw_hash)
        kind = row["kind"] or "article"
        duplicate_of = None
        if kind == "related":
            duplicate_of = self.store.related_original(row["text_hash"])
            self.summary.related += 1
        self.conn.execute(
            ARTICLE_INSERT,
            (new_id, raw_hash, row["source"], row["url"], row["title"], row["published"], row["outlet"],
             row["language"], kind, parent_id, row["offset"], row["text_hash"], duplicate_of, row["text"],
             row["sections"], row["cited_sources"], row["coder"], row["ingested_at"] or now, row["main_event"]))
        for rej in self.src.execute("SELECT stage, reason, detail FROM rejections WHERE article_id = ? ORDER BY id",
                                    (row["id"],)):
            self.conn.execute("INSERT INTO rejections(article_id, stage, reason, detail) VALUES (?, ?, ?, ?)",
                              (new_id, rej["stage"], rej["reason"], rej["detail"]))
            self.rejections[rej["reason"]] += 1
        published = _day(row["published"])
        seen: set[str] = set()
        reports = [] if duplicate_of is not None else self.src.execute(
            "SELECT * FROM reports WHERE article_id = ? ORDER BY seq", (row["id"],)).fetchall()
        for rep in reports:
            data = json.loads(rep["data"])
            rid = unique_report_id(new_id, data, seen)
            self.conn.execute(
                REPORT_INSERT,
                (rid, new_id, rep["seq"], rep["data"], rep["event_date"], rep["date_precision"], rep["lat"], rep["lon"],
                 rep["geo_precision"], rep["iso"], rep["admin1"], rep["event_type"], rep["sub_event_type"],
                 rep["actor1"], rep["actor2"], rep["fatalities"], rep["background"], rep["section"],
                 rep["evidence_text"], rep["evidence_start"], rep["evidence_end"]))
            pending.append((rid, data, published))
            self.summary.reports += 1
        for child in self.src.execute("SELECT * FROM articles WHERE parent_id = ? ORDER BY rowid", (row["id"],)).fetchall():
            self._insert(child, parent_id=new_id, pending=pending, now=now)
        return new_id


def _target_versions(target: Path) -> dict[str, set[str]]:
    """The coder versions of an existing target, read before it is opened for writing."""
    try:
        conn = _connect_read_only(target)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open {target} as a database: {exc}") from exc
    try:
        has = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").fetchone()
        return coder_versions(conn) if has else {}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read {target}: {exc}") from exc
    finally:
        conn.close()


# -- the merge ------------------------------------------------------------------------------------------------
def merge_databases(
    sources: Sequence[Path | str],
    *,
    into: Path | str,
    allow_mixed_versions: bool = False,
    progress: Callable[[CombineSummary], None] | None = None,
    group: int = GROUP,
) -> CombineSummary:
    """Merge the ``sources`` databases, in the order given, into ``into`` (created when missing; an
    existing one keeps what it holds and gains the rest). Returns what was done.

    Raises StoreError for a missing or unreadable source or a source that is the target,
    IncompatibleDatabaseError (before any write) for a source of another schema version or coded with
    another gazetteer (``allow_mixed_versions`` merges the latter anyway, with a warning)."""
    t0 = time.perf_counter()
    target = Path(into)
    paths: list[Path] = []
    for s in sources:
        p = Path(s)
        if target.exists() and p.exists() and os.path.samefile(p, target):
            raise StoreError(f"cannot merge {p} into itself: name another --into file")
        if p.exists() and any(os.path.samefile(p, q) for q in paths):
            log.warning("%s is named twice: merged once", p)
            continue
        paths.append(p)
    summary = CombineSummary(sources=[str(p) for p in paths])
    conns: list[sqlite3.Connection] = []
    try:
        for p in paths:  # every source is checked before the target is opened or written
            conns.append(_open_source(p))
        named = {str(p): coder_versions(c) for p, c in zip(paths, conns, strict=True)}
        if target.is_file() and target.stat().st_size > 0:
            named[f"{target} (the target)"] = _target_versions(target)
        summary.warnings = check_compatible(named, allow_mixed=allow_mixed_versions)
        for text in summary.warnings:
            log.warning("%s", text)
        with Store.open(target) as store:
            store.check_writable()
            net0 = store.net_events
            for p, src in zip(paths, conns, strict=True):
                _merge_one(store, src, str(p), summary, group=group, progress=progress, t0=t0, net0=net0)
    finally:
        for c in conns:
            c.close()
    summary.seconds = time.perf_counter() - t0
    if progress is not None:
        progress(summary)
    log.info("db merge: %s", summary.as_dict())
    return summary


def _merge_one(store: Store, src: sqlite3.Connection, name: str, summary: CombineSummary, *, group: int,
               progress: Callable[[CombineSummary], None] | None, t0: float, net0: int) -> None:
    replay = _Replay(store, src, name, summary)
    summary.hand_edits_ignored += int(src.execute(
        "SELECT COUNT(*) FROM merge_log WHERE action IN ('unmerge', 'move', 'undo') AND undone = 0").fetchone()[0])
    rows = replay.rows()

    def one_group() -> bool:
        """Replay up to ``group`` articles (or what GROUP_SECONDS allows); True when the source is done."""
        started = time.perf_counter()
        for n, row in enumerate(rows, start=1):
            replay.article(row)
            if n >= group or time.perf_counter() - started >= GROUP_SECONDS:
                return False
        return True

    done = False
    while not done:
        done = store._write(one_group)
        summary.events = store.net_events - net0
        reasons = Counter(summary.rejections_by_reason)
        reasons.update(replay.rejections)
        replay.rejections.clear()
        summary.rejections_by_reason = dict(reasons)
        summary.seconds = time.perf_counter() - t0
        if progress is not None:
            progress(summary)
