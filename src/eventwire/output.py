"""The JSON boundary: records -> the JSON contract of DESIGN.md (and flat rows for CSV/GeoJSON)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .records import Actor, Article, DateValue, EventReport, MainEvent, PlaceMention, Violation


def actor_to_dict(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"name": actor.name, "inter": actor.inter, "text": actor.text, "country": actor.country}


def location_to_dict(mention: PlaceMention | None) -> dict[str, Any] | None:
    if mention is None:
        return None
    p = mention.place
    out: dict[str, Any] = {"name": None, "text": mention.text, "geonameid": None, "latitude": None,
                           "longitude": None, "country": None, "iso": None, "admin1": None, "admin2": None,
                           "geo_precision": None, "feature_code": None, "kind": mention.kind,
                           "anchor": mention.anchor, "reason": None}
    if p is not None:
        out.update(name=p.name, geonameid=p.geonameid, latitude=p.latitude, longitude=p.longitude,
                   country=p.country, iso=p.iso, admin1=p.admin1, admin2=p.admin2,
                   geo_precision=p.geo_precision, feature_code=p.feature_code, reason=p.reason or None)
    return out


def date_to_dict(date: DateValue) -> dict[str, Any]:
    out: dict[str, Any] = {"value": date.value, "precision": date.precision, "text": date.text,
                           "reason": date.reason}
    if date.year is not None:  # only the year is known ("in 2016"): value and precision stay null
        out["year"] = date.year
    return out


def report_to_dict(report: EventReport, *, offset: int = 0, section: str | None = None) -> dict[str, Any]:
    """One event report in the contract's shape. ``offset`` shifts evidence offsets (child articles)."""
    ev = report.evidence
    return {
        "event_type": report.event_type,
        "sub_event_type": report.sub_event_type,
        "disorder_type": report.disorder_type,
        "actor1": actor_to_dict(report.actor1),
        "assoc_actor_1": [actor_to_dict(a) for a in report.assoc_actor_1],
        "actor2": actor_to_dict(report.actor2),
        "assoc_actor_2": [actor_to_dict(a) for a in report.assoc_actor_2],
        "location": location_to_dict(report.location),
        "date": date_to_dict(report.date),
        "fatalities": {"count": report.fatalities.count, "text": report.fatalities.text,
                       "claimed_by": report.fatalities.claimed_by},
        "background": report.background,
        "negated": report.negated,
        "speculative": report.speculative,
        "claimed": report.claimed,
        "section": section or report.section,
        "evidence": {"text": ev.text, "start": ev.start + offset, "end": ev.end + offset},
        "confidence": round(report.confidence, 3),
        "notes": list(report.notes),
    }


def main_event_to_dict(main: MainEvent | None) -> dict[str, Any] | None:
    """What the article is about (``Article.main_event``): the index of its main report in
    ``events`` (null when it codes none), and the country, place and date judged over the article."""
    if main is None:
        return None
    return {"event_index": main.report, "country": main.country, "location": location_to_dict(main.location),
            "date": date_to_dict(main.date), "violation": violation_to_dict(main.violation)}


def violation_to_dict(violation: Violation | None) -> dict[str, Any] | None:
    """Who did what to whom in the article's main event (``MainEvent.violation``)."""
    if violation is None:
        return None
    return {"perpetrator_mention": violation.perpetrator_mention, "perpetrator_type": violation.perpetrator_type,
            "perpetrator": violation.perpetrator, "violation_types": list(violation.violation_types),
            "victims": [asdict(v) for v in violation.victims]}


def article_events(article: Article) -> list[dict[str, Any]]:
    """The article's reports followed by those of its related headlines (section "related")."""
    events = [report_to_dict(r) for r in article.reports]
    for child in article.children:
        events.extend(report_to_dict(r, offset=child.offset, section="related") for r in child.reports)
    return events


def article_rejections(article: Article) -> list[dict[str, Any]]:
    out = [{"stage": r.stage, "reason": r.reason, "detail": r.detail, "article": "main"} for r in article.rejections]
    for i, child in enumerate(article.children):
        out.extend({"stage": r.stage, "reason": r.reason, "detail": r.detail, "article": f"related[{i}]"}
                   for r in child.rejections)
    return out


def article_notes(article: Article) -> list[str]:
    notes = []
    if article.published is None:
        notes.append("the page has no publication date and none was given (--published): "
                     "relative dates are left unresolved")
    return notes


def article_to_json(article: Article, *, coder: dict[str, str] | None = None) -> dict[str, Any]:
    """The whole ``extract --format json`` document for one article."""
    return {
        "article": {
            "id": article.id,
            "title": article.title,
            "url": article.url,
            "source": article.source,
            "published": article.published.isoformat() if article.published else None,
            "published_source": article.published_source,
            "outlet": article.outlet,
            "cited_sources": list(article.cited_sources),
            "language": article.language,
            "sections": [{"kind": s.kind, "start": s.start, "end": s.end, **({"meta": s.meta} if s.meta else {})}
                         for s in article.sections],
            "related": [{"id": c.id, "title": c.title or c.text.split("\n", 1)[0], "start": c.offset,
                         "end": c.offset + len(c.text)} for c in article.children],
        },
        "events": article_events(article),
        "main_event": main_event_to_dict(article.main_event),
        "rejections": article_rejections(article),
        "notes": article_notes(article),
        "coder": dict(coder or {}),
    }


def event_row(event: dict[str, Any]) -> dict[str, Any]:
    """A flat row of one event dict (for CSV output of ``extract``)."""
    loc = event.get("location") or {}
    a1 = event.get("actor1") or {}
    a2 = event.get("actor2") or {}
    return {
        "date": (event.get("date") or {}).get("value"),
        "time_precision": (event.get("date") or {}).get("precision"),
        "event_type": event["event_type"],
        "sub_event_type": event["sub_event_type"],
        "actor1": a1.get("name"),
        "inter1": a1.get("inter"),
        "assoc_actor_1": "; ".join(a["name"] for a in event.get("assoc_actor_1") or []),
        "actor2": a2.get("name"),
        "inter2": a2.get("inter"),
        "assoc_actor_2": "; ".join(a["name"] for a in event.get("assoc_actor_2") or []),
        "location": loc.get("name"),
        "admin1": loc.get("admin1"),
        "admin2": loc.get("admin2"),
        "country": loc.get("country"),
        "iso": loc.get("iso"),
        "latitude": loc.get("latitude"),
        "longitude": loc.get("longitude"),
        "geo_precision": loc.get("geo_precision"),
        "fatalities": (event.get("fatalities") or {}).get("count"),
        "claimed_by": (event.get("fatalities") or {}).get("claimed_by"),
        "background": event.get("background"),
        "section": event.get("section"),
        "evidence": (event.get("evidence") or {}).get("text"),
    }


def events_geojson(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The events as GeoJSON Features; ``geometry`` is null for an event with no place or placed only in
    a country (its point would be the country's centroid: see :mod:`eventwire.located`)."""
    from .located import country_only

    features = []
    for i, ev in enumerate(events):
        loc = ev.get("location") or {}
        if loc.get("latitude") is None or loc.get("longitude") is None or country_only(loc):
            geometry = None
        else:
            geometry = {"type": "Point", "coordinates": [loc["longitude"], loc["latitude"]]}
        features.append({"type": "Feature", "id": i, "geometry": geometry, "properties": ev})
    return {"type": "FeatureCollection", "features": features}
