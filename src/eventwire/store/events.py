"""Event maintenance in SQL: link a new report to an event (or found one), recompute an event's
representative fields from its reports, unmerge and undo. The decisions are :mod:`eventwire.merge`'s.

Every function here runs inside the caller's transaction (the store's ``add_article`` or its
``unmerge``/``undo``); none commits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import math
import sqlite3
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from ..errors import StoreError
from ..merge import (
    MergeRules,
    Summary,
    actor_set,
    bbox_around,
    best_candidate,
    compose_event,
    date_interval,
    mergeable,
    summarise_report,
)

log = logging.getLogger(__name__)

MAX_CANDIDATES = 2000  # past this many candidates in the window, the nearest ones are decided on


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def _host(url: str | None) -> str | None:
    """The host of an http(s) URL (``www.`` dropped), else None."""
    if not url or not url.startswith(("http://", "https://")):
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # a malformed URL from a JSONL field or a WARC header ("http://[::1/x"): no outlet
        return None
    return host.removeprefix("www.") or None


def _day(value: str | None) -> int:
    """The R-tree's day number of a date: its proleptic ordinal, 0 when there is none."""
    try:
        return dt.date.fromisoformat(value[:10]).toordinal() if value else 0
    except ValueError:
        return 0


def event_confidence(event: dict[str, Any]) -> float | None:
    """The ``events.confidence`` column of an event dict: its ``confidence`` when that is a finite
    number (``{"confidence": 0.42}`` -> 0.42), else None (NULL: no ``min_confidence`` filter matches)."""
    value = event.get("confidence")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


class EventBook:
    """The events of one connection. ``rtree``/``fts``: whether those index tables exist."""

    def __init__(self, conn: sqlite3.Connection, *, rtree: bool, fts: bool, rules: MergeRules | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.conn = conn
        self.rtree = rtree
        self.fts = fts
        self.rules = rules or MergeRules()
        self.clock = clock
        self.net_events = 0  # events this connection created minus those it deleted (committed or not)

    # -- candidates ---------------------------------------------------------------------------
    def _summary(self, row: sqlite3.Row) -> Summary:
        return Summary(
            id=row["id"], event_type=row["event_type"], sub_event_type=row["sub_event_type"],
            date_lo=_date(row["date_lo"]), date_hi=_date(row["date_hi"]), lat=row["lat"], lon=row["lon"],
            geo_precision=row["geo_precision"], iso=row["iso"], admin1=row["admin1"],
            actors=frozenset(a for a in row["actors_known"].split("|") if a) if row["actors_known"] else frozenset(),
            background=bool(row["background"]),
            country_only=bool(row["country_only"]),
        )

    def candidates(self, report: Summary) -> list[Summary]:
        """Events whose date interval may overlap the report's and whose point lies in its search box."""
        if report.date_lo is None or report.date_hi is None or report.lat is None or report.lon is None:
            return []
        # an event's interval reaches at most 31 days after its date (month precision, dated to the 1st)
        # and 3 days before it (week precision, dated to the mid-point)
        lo, hi = report.date_lo - dt.timedelta(days=31), report.date_hi + dt.timedelta(days=3)
        west, south, east, north = bbox_around(report.lat, report.lon, self.rules.search_km)
        cols = ("e.id, e.event_type, e.sub_event_type, e.date_lo, e.date_hi, e.lat, e.lon, e.geo_precision, "
                "e.iso, e.admin1, e.background, e.actors_known, "
                "(json_extract(e.data, '$.location.feature_code') LIKE 'PCL%' OR e.location = e.country) "
                "AS country_only")
        exact = "e.date_lo <= ? AND e.date_hi >= ? AND e.lat BETWEEN ? AND ?"
        params: list[Any] = [report.date_hi.isoformat(), report.date_lo.isoformat(), south, north]
        if west < -180 or east > 180:  # the box crosses the antimeridian
            west, east = (west + 360, east) if west < -180 else (west, east - 360)
            sql = f"SELECT {cols} FROM events e WHERE {exact} AND (e.lon >= ? OR e.lon <= ?) AND e.date_lo >= ?"
            params += [west, east, lo.isoformat()]
        elif self.rtree:
            sql = (f"SELECT {cols} FROM events e WHERE e.n IN (SELECT n FROM events_rtree WHERE max_lat >= ? "
                   "AND min_lat <= ? AND max_lon >= ? AND min_lon <= ? AND max_day >= ? AND min_day <= ?) "
                   f"AND {exact} AND e.lon BETWEEN ? AND ?")
            params = [south, north, west, east, lo.toordinal(), hi.toordinal(), *params, west, east]
        else:
            sql = f"SELECT {cols} FROM events e WHERE {exact} AND e.lon BETWEEN ? AND ? AND e.date_lo >= ?"
            params += [west, east, lo.isoformat()]
        return [self._summary(r) for r in self.conn.execute(f"{sql} LIMIT {MAX_CANDIDATES}", params)]

    # -- linking ------------------------------------------------------------------------------
    def new_event_id(self, seed: str) -> str:
        base = "ev_" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:16]
        candidate, k = base, 1
        while self.conn.execute("SELECT 1 FROM events WHERE id = ?", (candidate,)).fetchone():
            k += 1
            candidate = f"{base}-{k}"
        return candidate

    def _log(self, action: str, report_id: str, event_id: str, from_event: str | None, text: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO merge_log(action, report_id, event_id, from_event_id, explanation, at) "
            "VALUES (?, ?, ?, ?, ?, ?)", (action, report_id, event_id, from_event, text, int(self.clock())))
        return int(cur.lastrowid or 0)

    def _create(self, report_id: str, explanation: str, *, decision: str = "new") -> str:
        event_id = self.new_event_id(report_id)
        self.conn.execute(
            "INSERT INTO events(id, data, event_type, sub_event_type) VALUES (?, '{}', '', '')", (event_id,))
        self.net_events += 1
        self.conn.execute("INSERT INTO event_reports(event_id, report_id, decision, explanation) VALUES (?, ?, ?, ?)",
                          (event_id, report_id, decision, explanation))
        return event_id

    def assign(self, report_id: str, data: dict[str, Any], *, published: dt.date | None) -> str | None:
        """Link a freshly stored report to the best matching event, or found a new one.

        Returns the event id (None for a report that is not an event: negated, speculative)."""
        ok, why = mergeable(data)
        if not ok:
            return None
        summary = summarise_report(report_id, data)
        same_article = {r["event_id"] for r in self.conn.execute(
            "SELECT er.event_id FROM event_reports er JOIN reports r ON r.id = er.report_id "
            "WHERE r.article_id = (SELECT article_id FROM reports WHERE id = ?)", (report_id,))}
        event, decision, decisions = best_candidate(summary, self.candidates(summary), published=published,
                                                    rules=self.rules, same_article=same_article)
        if event is not None and decision is not None:
            text = f"merged with {event.id}: {decision.text}"
            self.conn.execute(
                "INSERT INTO event_reports(event_id, report_id, decision, explanation) VALUES (?, ?, 'merged', ?)",
                (event.id, report_id, text))
            self._log("merge", report_id, event.id, None, text)
            self.recompute(event.id)
            return event.id
        if not summary.located:
            text = "new event: no coordinates, so no other report can be matched to it"
        elif not summary.dated:
            text = "new event: no date, so no other report can be matched to it"
        elif not decisions:
            text = "new event: no event of a compatible date within reach"
        else:
            near = sorted(decisions, key=lambda p: p[1].sort_key())[:3]
            text = "new event: " + "; ".join(f"not {ev.id} ({d.text})" for ev, d in near)
        event_id = self._create(report_id, text)
        self._log("new", report_id, event_id, None, text)
        self.recompute(event_id)
        return event_id

    # -- recomputing --------------------------------------------------------------------------
    def recompute(self, event_id: str) -> None:
        """Refresh an event's representative fields from its reports; delete it when it has none."""
        rows = self.conn.execute(
            "SELECT r.id, r.data, r.article_id, a.outlet, a.url, a.source, a.title, a.parent_id, a.published "
            "FROM event_reports er JOIN reports r ON r.id = er.report_id JOIN articles a ON a.id = r.article_id "
            "WHERE er.event_id = ? ORDER BY r.rowid", (event_id,)).fetchall()
        n_row = self.conn.execute("SELECT n, search FROM events WHERE id = ?", (event_id,)).fetchone()
        if n_row is None:
            raise StoreError(f"no event {event_id}")
        n = n_row["n"]
        if self.rtree:
            self.conn.execute("DELETE FROM events_rtree WHERE n = ?", (n,))
        if self.fts:
            self.conn.execute("DELETE FROM events_fts WHERE rowid = ?", (n,))
        if not rows:
            self.conn.execute("DELETE FROM events WHERE n = ?", (n,))
            self.net_events -= 1
            return
        reports = [json.loads(r["data"]) for r in rows]
        ev = compose_event(reports, published=[r["published"] for r in rows])
        loc = ev.get("location") or {}
        date = ev.get("date") or {}
        interval = date_interval(date.get("value"), date.get("precision"))
        known = actor_set([(ev.get("actor1") or {}).get("name"), (ev.get("actor2") or {}).get("name")])
        names: list[str] = []
        for r in reports:
            for a in [r.get("actor1"), r.get("actor2"), *(r.get("assoc_actor_1") or []), *(r.get("assoc_actor_2") or [])]:
                if a and a.get("name") and a["name"] not in names:
                    names.append(a["name"])
        outlets: list[str] = []
        for r in rows:
            outlet = r["outlet"] or _host(r["url"]) or _host(r["source"])  # never a local path
            if outlet and outlet not in outlets:
                outlets.append(outlet)
        notes: list[str] = []
        for r in reports:
            text = " ".join(((r.get("evidence") or {}).get("text") or "").split())
            if text and text not in notes:
                notes.append(text)
        titles = list(dict.fromkeys(r["title"] for r in rows if r["title"]))
        search = " ".join([*notes, *names, *(x for r in reports for x in r.get("notes") or []),
                           *(str(loc.get(k)) for k in ("name", "text", "admin1", "admin2", "country") if loc.get(k)),
                           *titles])
        self.conn.execute(
            "UPDATE events SET data = ?, event_type = ?, sub_event_type = ?, disorder_type = ?, event_date = ?, "
            "date_precision = ?, date_lo = ?, date_hi = ?, lat = ?, lon = ?, geo_precision = ?, iso = ?, "
            "country = ?, admin1 = ?, location = ?, actor1 = ?, actor2 = ?, actors = ?, actors_known = ?, fatalities = ?, "
            "background = ?, confidence = ?, sources = ?, n_reports = ?, outlets = ?, notes = ?, search = ?, "
            "updated_at = ? WHERE n = ?",
            (json.dumps(ev, ensure_ascii=False), ev["event_type"], ev["sub_event_type"], ev.get("disorder_type"),
             date.get("value"), date.get("precision"), _iso(interval[0]) if interval else None,
             _iso(interval[1]) if interval else None, loc.get("latitude"), loc.get("longitude"),
             loc.get("geo_precision"), loc.get("iso"), loc.get("country"), loc.get("admin1"), loc.get("name"),
             (ev.get("actor1") or {}).get("name"), (ev.get("actor2") or {}).get("name"),
             "|" + "|".join(x.casefold() for x in names) + "|" if names else "", "|".join(sorted(known)),
             int((ev.get("fatalities") or {}).get("count") or 0), int(bool(ev.get("background"))),
             event_confidence(ev), len({r["article_id"] for r in rows}), len(rows),
             json.dumps(outlets, ensure_ascii=False), " ".join(notes), search, int(self.clock()), n))
        if self.rtree and loc.get("latitude") is not None and loc.get("longitude") is not None:
            day = _day(date.get("value"))
            self.conn.execute(
                "INSERT INTO events_rtree(n, min_lat, max_lat, min_lon, max_lon, min_day, max_day) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (n, loc["latitude"], loc["latitude"], loc["longitude"], loc["longitude"], day, day))
        if self.fts:
            self.conn.execute("INSERT INTO events_fts(rowid, search) VALUES (?, ?)", (n, search))

    # -- undoing ------------------------------------------------------------------------------
    def event_of(self, report_id: str) -> str | None:
        row = self.conn.execute("SELECT event_id FROM event_reports WHERE report_id = ?", (report_id,)).fetchone()
        return row["event_id"] if row else None

    def unmerge(self, event_id: str, report_id: str, *, action: str = "unmerge", text: str = "") -> str:
        """Take a report out of its event into a new event of its own; returns the new event's id."""
        if self.event_of(report_id) != event_id:
            raise StoreError(f"report {report_id} is not part of event {event_id}")
        count = self.conn.execute("SELECT COUNT(*) FROM event_reports WHERE event_id = ?", (event_id,)).fetchone()[0]
        if count < 2:
            raise StoreError(f"event {event_id} has only this report: nothing to unmerge")
        text = text or f"unmerged from {event_id} by hand"
        self.conn.execute("DELETE FROM event_reports WHERE report_id = ?", (report_id,))
        new_id = self._create(report_id, text, decision="unmerged")
        self._log(action, report_id, new_id, event_id, text)
        self.recompute(event_id)
        self.recompute(new_id)
        return new_id

    def move(self, report_id: str, to_event: str, *, action: str, text: str) -> str:
        """Move a report into another event (both recomputed; an emptied event is deleted)."""
        from_event = self.event_of(report_id)
        if from_event is None:
            raise StoreError(f"report {report_id} is not part of any event")
        if not self.conn.execute("SELECT 1 FROM events WHERE id = ?", (to_event,)).fetchone():
            raise StoreError(f"no event {to_event}")
        self.conn.execute("UPDATE event_reports SET event_id = ?, decision = ?, explanation = ? WHERE report_id = ?",
                          (to_event, action, text, report_id))
        self._log(action, report_id, to_event, from_event, text)
        self.recompute(from_event)
        self.recompute(to_event)
        return to_event

    def undo(self, log_id: int | None = None) -> dict[str, Any]:
        """Undo one merge-log entry (default: the latest merge or unmerge not yet undone)."""
        if log_id is None:
            row = self.conn.execute(
                "SELECT * FROM merge_log WHERE undone = 0 AND action IN ('merge', 'unmerge', 'move') "
                "ORDER BY id DESC LIMIT 1").fetchone()
        else:
            row = self.conn.execute("SELECT * FROM merge_log WHERE id = ?", (log_id,)).fetchone()
        if row is None:
            raise StoreError("nothing to undo" if log_id is None else f"no merge-log entry {log_id}")
        if row["undone"]:
            raise StoreError(f"merge-log entry {row['id']} is already undone")
        report_id, action = row["report_id"], row["action"]
        if self.event_of(report_id) != row["event_id"]:
            raise StoreError(f"report {report_id} has moved since entry {row['id']}: undo the later change first")
        if action == "merge":
            new_id = self.unmerge(row["event_id"], report_id, action="undo",
                                  text=f"taken out of {row['event_id']} (undo of #{row['id']})")
            result = {"undone": row["id"], "action": "merge", "report_id": report_id, "event_id": new_id}
        elif action in ("unmerge", "move") and row["from_event_id"]:
            target = row["from_event_id"]
            if self.conn.execute("SELECT 1 FROM events WHERE id = ?", (target,)).fetchone():
                self.move(report_id, target, action="undo", text=f"merged back into {target} (undo of #{row['id']})")
            else:  # the report was that event's only one: it gets an event of its own again
                target = self.unmerge(row["event_id"], report_id, action="undo",
                                      text=f"taken out of {row['event_id']} (undo of #{row['id']})")
            result = {"undone": row["id"], "action": action, "report_id": report_id, "event_id": target}
        else:
            raise StoreError(f"merge-log entry {row['id']} ({action}) cannot be undone")
        self.conn.execute("UPDATE merge_log SET undone = 1 WHERE id = ?", (row["id"],))
        return result
