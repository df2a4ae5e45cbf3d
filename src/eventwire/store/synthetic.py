"""Hand-built and generated records for tests and benchmarks (no NLP, no I/O).

:func:`make_report` / :func:`make_article` build one record with sensible defaults;
:func:`synthetic_articles` generates a reproducible stream of one-report articles spread over the
world's conflict regions and several years (``benchmarks/gen_events.py`` loads 100k of them).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterator
from typing import Any

from ..records import (
    Actor,
    Article,
    DateValue,
    EventReport,
    Evidence,
    Fatalities,
    Place,
    PlaceMention,
    Rejection,
)

SUB_TYPES: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Violent demonstration": "Riots",
    "Arrests": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
}
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations",
            "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}

# (name, lat, lon, country, iso3, admin1)
PLACES: list[tuple[str, float, float, str, str, str]] = [
    ("Palmyra", 34.5560, 38.2805, "Syria", "SYR", "Homs"),
    ("As Sukhnah", 34.8850, 38.8710, "Syria", "SYR", "Homs"),
    ("Aleppo", 36.2021, 37.1343, "Syria", "SYR", "Aleppo"),
    ("Raqqa", 35.9528, 39.0079, "Syria", "SYR", "Ar Raqqah"),
    ("Mosul", 36.3350, 43.1189, "Iraq", "IRQ", "Nineveh"),
    ("Baqubah", 33.7466, 44.6437, "Iraq", "IRQ", "Diyala"),
    ("Kabul", 34.5281, 69.1723, "Afghanistan", "AFG", "Kabul"),
    ("Mogadishu", 2.0371, 45.3438, "Somalia", "SOM", "Banaadir"),
    ("Maiduguri", 11.8464, 13.1603, "Nigeria", "NGA", "Borno"),
    ("Goma", -1.6792, 29.2228, "Democratic Republic of Congo", "COD", "North Kivu"),
    ("Sanaa", 15.3547, 44.2067, "Yemen", "YEM", "Amanat al Asimah"),
    ("Kharkiv", 49.9935, 36.2304, "Ukraine", "UKR", "Kharkiv"),
    ("Gao", 16.2717, -0.0447, "Mali", "MLI", "Gao"),
    ("Marawi", 7.9986, 124.2928, "Philippines", "PHL", "Lanao del Sur"),
    ("Culiacan", 24.7994, -107.3879, "Mexico", "MEX", "Sinaloa"),
    ("Port-au-Prince", 18.5944, -72.3074, "Haiti", "HTI", "Ouest"),
]
ACTORS: list[tuple[str, int, str | None]] = [
    ("Islamic State", 2, None),
    ("Military Forces of Syria", 1, "SYR"),
    ("Military Forces of Iraq", 1, "IRQ"),
    ("Taliban", 2, "AFG"),
    ("Al Shabaab", 2, "SOM"),
    ("Boko Haram", 2, "NGA"),
    ("Houthis", 2, "YEM"),
    ("Military Forces of Russia", 8, "RUS"),
    ("Protesters", 6, None),
    ("Rioters", 5, None),
    ("Civilians", 7, None),
    ("Unidentified Armed Group", 3, None),
]


def make_report(
    *,
    sub_event_type: str = "Armed clash",
    date: str | None = "2016-05-14",
    date_precision: int | None = 1,
    place: str | None = "Palmyra",
    lat: float | None = 34.556,
    lon: float | None = 38.2805,
    geo_precision: int | None = 1,
    iso: str | None = "SYR",
    country: str | None = "Syria",
    admin1: str | None = "Homs",
    actor1: str | None = "Islamic State",
    inter1: int | None = 2,
    actor2: str | None = "Military Forces of Syria",
    inter2: int | None = 1,
    fatalities: int = 0,
    claimed_by: str | None = None,
    evidence: str = "Islamic State militants clashed with regime soldiers near Palmyra.",
    start: int = 0,
    background: bool = False,
    negated: bool = False,
    section: str = "body",
    confidence: float = 0.8,
) -> EventReport:
    """One EventReport; every field has a default (a clash at Palmyra on 2016-05-14)."""
    event_type = SUB_TYPES.get(sub_event_type, "Strategic developments")
    location = None
    if place is not None:
        location = PlaceMention(start=start, end=start + len(place), text=place,
                                place=Place(name=place, latitude=lat, longitude=lon, country=country, iso=iso,
                                            admin1=admin1, geo_precision=geo_precision))
    return EventReport(
        event_type=event_type,
        sub_event_type=sub_event_type,
        disorder_type=DISORDER.get(event_type, "Strategic developments"),
        evidence=Evidence(text=evidence, start=start, end=start + len(evidence)),
        actor1=Actor(name=actor1, inter=inter1, text=actor1) if actor1 else None,
        actor2=Actor(name=actor2, inter=inter2, text=actor2) if actor2 else None,
        location=location,
        date=DateValue(value=date, precision=date_precision if date else None, text=date),
        fatalities=Fatalities(count=fatalities, claimed_by=claimed_by),
        background=background,
        negated=negated,
        section=section,
        confidence=confidence,
    )


def make_article(
    key: str,
    reports: list[EventReport] | None = None,
    *,
    title: str | None = None,
    text: str | None = None,
    published: dt.date | None = dt.date(2016, 5, 16),
    outlet: str | None = "Test News",
    url: str | None = None,
    children: list[Article] | None = None,
    rejections: list[Rejection] | None = None,
) -> Article:
    """One Article whose raw_hash and id derive from ``key`` (so the same key = the same input)."""
    raw_hash = hashlib.sha256(key.encode("utf-8")).hexdigest()
    reports = list(reports or [])
    if text is None:
        text = " ".join(r.evidence.text for r in reports) or f"article {key}"
    article = Article(id=raw_hash[:16], text=text, source=f"test:{key}", url=url or f"https://example.org/{key}",
                      title=title or f"Article {key}", published=published, outlet=outlet, raw_hash=raw_hash,
                      language="en", reports=reports, rejections=list(rejections or []))
    for i, child in enumerate(children or []):
        child.parent_id = article.id
        child.kind = "related"
        child.raw_hash = None
        child.id = f"{article.id}-r{i}"
        article.children.append(child)
    return article


def synthetic_articles(n: int, *, seed: int = 7, start: dt.date = dt.date(2015, 1, 1), days: int = 3650,
                       jitter_km: float = 60.0) -> Iterator[Article]:
    """``n`` one-report articles: random places near :data:`PLACES`, dates over ``days`` days,
    random types and actors. Reproducible for a given seed."""
    rng = random.Random(seed)
    subs = list(SUB_TYPES)
    for i in range(n):
        name, lat, lon, country, iso, admin1 = rng.choice(PLACES)
        dlat = rng.uniform(-1, 1) * jitter_km / 111.0
        dlon = rng.uniform(-1, 1) * jitter_km / 111.0
        day = start + dt.timedelta(days=rng.randrange(days))
        sub = rng.choice(subs)
        a1, i1, _ = rng.choice(ACTORS)
        a2, i2, _ = rng.choice(ACTORS)
        evidence = f"{a1} and {a2} ({sub.lower()}) near {name} on {day:%d %B %Y}, report {i}."
        rep = make_report(sub_event_type=sub, date=day.isoformat(), place=f"{name} area {i % 97}",
                          lat=round(lat + dlat, 5), lon=round(lon + dlon, 5), geo_precision=rng.choice((1, 1, 2, 3)),
                          iso=iso, country=country, admin1=admin1, actor1=a1, inter1=i1,
                          actor2=a2 if a2 != a1 else None, inter2=i2, fatalities=rng.choice((0, 0, 1, 2, 5, 12)),
                          evidence=evidence)
        yield make_article(f"synthetic-{seed}-{i}", [rep], published=day + dt.timedelta(days=1),
                           outlet=rng.choice(("Syria News", "Reuters", "AFP", "Local Radio")))


def report_dict_defaults() -> dict[str, Any]:
    """The keys a report dict has (handy to assert the JSON shape in tests)."""
    from ..output import report_to_dict

    return report_to_dict(make_report())
