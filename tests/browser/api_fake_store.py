"""An in-memory stand-in with the Store's read interface, used only while the SQLite Store is absent.

Each report becomes one event (no merging). Filters follow the Store's documented semantics.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from eventwire.records import Actor, Article, EventReport


def _actor(a: Actor | None) -> dict[str, Any] | None:
    return None if a is None else {"name": a.name, "inter": a.inter, "text": a.text}


def report_to_event(article: Article, report: EventReport, ident: str) -> dict[str, Any]:
    pm = report.location
    p = pm.place if pm else None
    loc = None
    if p is not None:
        loc = {
            "name": p.name,
            "text": pm.text,
            "geonameid": p.geonameid,
            "latitude": p.latitude,
            "longitude": p.longitude,
            "country": p.country,
            "iso": p.iso,
            "admin1": p.admin1,
            "admin2": p.admin2,
            "geo_precision": p.geo_precision,
        }
    ev = {
        "id": ident,
        "event_type": report.event_type,
        "sub_event_type": report.sub_event_type,
        "disorder_type": report.disorder_type,
        "actor1": _actor(report.actor1),
        "assoc_actor_1": [_actor(a) for a in report.assoc_actor_1],
        "actor2": _actor(report.actor2),
        "assoc_actor_2": [_actor(a) for a in report.assoc_actor_2],
        "location": loc,
        "date": {"value": report.date.value, "precision": report.date.precision, "text": report.date.text},
        "fatalities": {
            "count": report.fatalities.count,
            "text": report.fatalities.text,
            "claimed_by": report.fatalities.claimed_by,
        },
        "background": report.background,
        "section": report.section,
        "evidence": {
            "text": report.evidence.text,
            "start": report.evidence.start,
            "end": report.evidence.end,
        },
        "confidence": report.confidence,
        "sources": 1,
    }
    return ev


class FakeStore:
    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        self.articles: dict[str, dict[str, Any]] = {}
        self._reports: dict[str, list[dict[str, Any]]] = {}

    def add_article(self, article: Article) -> None:
        self.articles[article.id] = {
            "id": article.id,
            "title": article.title,
            "text": article.text,
            "url": article.url,
            "published": article.published.isoformat() if article.published else None,
            "outlet": article.outlet,
            "language": article.language,
            "sections": [{"kind": s.kind, "start": s.start, "end": s.end} for s in article.sections],
        }
        for i, rep in enumerate(article.reports):
            ev = report_to_event(article, rep, f"{article.id}-e{i}")
            self.events.append(ev)
            self._reports[ev["id"]] = [
                {
                    "article_id": article.id,
                    "article_title": article.title,
                    "section": rep.section,
                    "evidence": dict(ev["evidence"]),
                }
            ]

    def _match(
        self,
        e,
        *,
        bbox=None,
        start=None,
        end=None,
        event_type=None,
        sub_event_type=None,
        actor=None,
        country=None,
        q=None,
    ) -> bool:
        loc = e["location"] or {}
        if bbox is not None:
            lat, lon = loc.get("latitude"), loc.get("longitude")
            if lat is None or not (bbox[0] <= lon <= bbox[2] and bbox[1] <= lat <= bbox[3]):
                return False
        day = e["date"]["value"]
        if start and (day is None or dt.date.fromisoformat(day) < start):
            return False
        if end and (day is None or dt.date.fromisoformat(day) > end):
            return False
        if event_type and e["event_type"] != event_type:
            return False
        if sub_event_type and e["sub_event_type"] != sub_event_type:
            return False
        if country and loc.get("iso") != country:
            return False
        names = [a["name"] for a in [e["actor1"], e["actor2"], *e["assoc_actor_1"], *e["assoc_actor_2"]] if a]
        if actor and not any(actor.lower() in n.lower() for n in names):
            return False
        if q and q.lower() not in (e["evidence"]["text"] + " " + " ".join(names)).lower():
            return False
        return True

    def query_events(self, *, limit=500, offset=0, **filters) -> list[dict[str, Any]]:
        hits = [e for e in self.events if self._match(e, **filters)]
        hits.sort(key=lambda e: (e["date"]["value"] or "", e["id"]), reverse=True)
        return [dict(e) for e in hits[offset : offset + limit]]

    def count_events(self, **filters) -> int:
        return sum(1 for e in self.events if self._match(e, **filters))

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        for e in self.events:
            if e["id"] == event_id:
                return {**e, "reports": self._reports[event_id]}
        return None

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        return self.articles.get(article_id)

    def stats(self) -> dict[str, Any]:
        return {
            "events": len(self.events),
            "articles": len(self.articles),
            "rejections": {},
            "by_type": dict(Counter(e["event_type"] for e in self.events)),
            "by_country": dict(Counter((e["location"] or {}).get("iso") for e in self.events)),
            "by_day": dict(Counter(e["date"]["value"] for e in self.events if e["date"]["value"])),
        }
