"""Which reports describe the same event: the decision rules, explained in words (no I/O, no SQL).

Two reports are one event when (all of):

- their event types are of one family (fighting: Battles, Explosions/Remote violence, Violence
  against civilians; demonstrations: Protests, Riots; strategic developments on their own);
- their dates overlap, precision-aware (day: that day; week: +-3 days; month: the whole month);
- their places are within a distance that grows with the coarser geo_precision (1: 10 km, 2: 30 km,
  3: 100 km, or the same admin1 of the same country at precision 3);
- their actors are compatible: the known, normalised names of one side are a subset of the other's
  (so an unknown or missing actor matches anyone, "Islamic State" + "Military Forces of Syria" matches
  "Islamic State" alone, but not "Islamic State" + "Civilians (Syria)").

Background reports ("the army recaptured Palmyra last March") are kept but never merged into news
events of their article's day. The store (:mod:`eventwire.store.events`) finds candidates with its
date and bbox indexes, asks :func:`decide` about each, links the report to the best one and stores
the decision's words; every link can be undone.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .timex import iso_day

FAMILIES: dict[str, str] = {
    "Battles": "fighting",
    "Explosions/Remote violence": "fighting",
    "Violence against civilians": "fighting",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
    "Strategic developments": "strategic",
}

# "Co-occurring tactics take the higher type": a merged event takes the highest-ranked sub type.
SUB_TYPE_RANK: dict[str, int] = {
    "Government regains territory": 100,
    "Non-state actor overtakes territory": 99,
    "Armed clash": 98,
    "Chemical weapon": 90,
    "Air/drone strike": 89,
    "Suicide bomb": 88,
    "Shelling/artillery/missile attack": 87,
    "Remote explosive/landmine/IED": 86,
    "Grenade": 85,
    "Sexual violence": 80,
    "Attack": 79,
    "Abduction/forced disappearance": 78,
    "Excessive force against protesters": 70,
    "Mob violence": 69,
    "Violent demonstration": 68,
    "Protest with intervention": 67,
    "Peaceful protest": 66,
}

UNKNOWN_ACTOR = re.compile(r"^(unidentified|unknown)\b", re.IGNORECASE)


@dataclass(slots=True)
class MergeRules:
    """Thresholds of the merge decision (km by the coarser geo_precision)."""

    km_by_precision: dict[int, float] = field(default_factory=lambda: {1: 10.0, 2: 30.0, 3: 100.0})
    same_admin1_at_region: bool = True  # precision 3: the same admin1 (and country) also matches

    def max_km(self, precision: int | None) -> float:
        if precision is None:
            return max(self.km_by_precision.values())
        return self.km_by_precision.get(precision, max(self.km_by_precision.values()))

    @property
    def search_km(self) -> float:
        """The radius within which candidates are looked for (wider when same-admin1 matches count)."""
        widest = max(self.km_by_precision.values())
        return 3 * widest if self.same_admin1_at_region else widest


@dataclass(slots=True)
class Summary:
    """What the merge rules look at, for a report or for an event (its representative fields)."""

    id: str
    event_type: str
    sub_event_type: str
    date_lo: dt.date | None = None
    date_hi: dt.date | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    iso: str | None = None
    admin1: str | None = None
    actors: frozenset[str] = frozenset()
    background: bool = False
    country_only: bool = False  # placed at a whole country (a PCL* feature): too vague to match on

    @property
    def family(self) -> str:
        return family_of(self.event_type)

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def dated(self) -> bool:
        return self.date_lo is not None and self.date_hi is not None


@dataclass(slots=True)
class Decision:
    merge: bool
    reasons: list[str]
    distance_km: float | None = None

    @property
    def text(self) -> str:
        return "; ".join(self.reasons)

    def sort_key(self) -> tuple[float, int]:
        return (self.distance_km if self.distance_km is not None else 1e9, len(self.reasons))


def family_of(event_type: str) -> str:
    return FAMILIES.get(event_type, event_type)


def date_interval(value: str | None, precision: int | None) -> tuple[dt.date, dt.date] | None:
    """The days a coded date may mean: precision 1 the day, 2 the week around it, 3 the month."""
    day = iso_day(value)
    if day is None:
        return None
    if precision == 2:
        return day - dt.timedelta(days=3), day + dt.timedelta(days=3)
    if precision == 3:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    return day, day


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi = p2 - p1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def bbox_around(lat: float, lon: float, km: float) -> tuple[float, float, float, float]:
    """(west, south, east, north) of a box that contains the circle of ``km`` around the point."""
    dlat = km / 110.574
    coslat = max(math.cos(math.radians(lat)), 0.01)
    dlon = min(180.0, km / (111.320 * coslat))
    return lon - dlon, max(-90.0, lat - dlat), lon + dlon, min(90.0, lat + dlat)


def normalise_actor(name: str | None) -> str | None:
    """A comparable actor name, or None for a missing or unidentified actor."""
    if not name:
        return None
    name = " ".join(name.split()).strip()
    if not name or UNKNOWN_ACTOR.match(name):
        return None
    return name.casefold()


def actor_set(names: Iterable[str | None]) -> frozenset[str]:
    return frozenset(n for n in (normalise_actor(x) for x in names) if n)


def summarise_report(report_id: str, data: dict[str, Any]) -> Summary:
    """A :class:`Summary` of one report in the JSON-contract shape (``report_to_dict``)."""
    loc = data.get("location") or {}
    date = data.get("date") or {}
    interval = date_interval(date.get("value"), date.get("precision"))
    names = [(data.get("actor1") or {}).get("name"), (data.get("actor2") or {}).get("name")]
    return Summary(
        id=report_id,
        event_type=data["event_type"],
        sub_event_type=data["sub_event_type"],
        date_lo=interval[0] if interval else None,
        date_hi=interval[1] if interval else None,
        lat=loc.get("latitude"),
        lon=loc.get("longitude"),
        geo_precision=loc.get("geo_precision"),
        iso=loc.get("iso"),
        admin1=loc.get("admin1"),
        actors=actor_set(names),
        background=bool(data.get("background")),
        country_only=is_country_only(loc),
    )


def is_country_only(location: dict[str, Any] | None) -> bool:
    """Whether a location (contract shape) is a whole country rather than a place in it."""
    if not location:
        return False
    code = location.get("feature_code") or ""
    if code.startswith("PCL"):
        return True
    name, country = location.get("name"), location.get("country")
    return bool(name and country and name.casefold() == country.casefold())


def mergeable(data: dict[str, Any]) -> tuple[bool, str]:
    """Whether a report may found or join an event at all (negated and speculative ones may not)."""
    if data.get("negated"):
        return False, "not an event: the text negates it"
    if data.get("speculative"):
        return False, "not an event: the text speculates or predicts it"
    return True, ""


def _fmt_interval(lo: dt.date, hi: dt.date) -> str:
    return lo.isoformat() if lo == hi else f"{lo.isoformat()}..{hi.isoformat()}"


def _fmt_actors(actors: frozenset[str]) -> str:
    return ", ".join(sorted(actors)) if actors else "no known actor"


def decide(
    report: Summary,
    event: Summary,
    *,
    published: dt.date | None = None,
    rules: MergeRules | None = None,
    same_article: bool = False,
) -> Decision:
    """Whether ``report`` joins ``event``; the reasons say why in words, for either answer.

    ``same_article``: the event already holds a report of the report's own article. The extractor
    has told those apart on purpose, so only a true duplicate joins (same sub type, day, place
    within 1 km and the same actors). Matches on a coarse date or place (a week, a month, a region)
    need the same sub type and a known actor in common; places known only as a whole country never
    match."""
    rules = rules or MergeRules()
    reasons: list[str] = []
    if report.family != event.family:
        return Decision(False, [f"different kinds of event ({report.event_type} vs {event.event_type})"])
    same_type = report.sub_event_type == event.sub_event_type
    if same_article and not same_type:
        return Decision(False, [f"same article, different types ({report.sub_event_type} vs "
                                f"{event.sub_event_type}): the text tells them apart"])
    reasons.append(f"{'same type' if same_type else 'same family'} ({report.sub_event_type} / {event.sub_event_type})")

    rlo, rhi, elo, ehi = report.date_lo, report.date_hi, event.date_lo, event.date_hi
    if rlo is None or rhi is None or elo is None or ehi is None:
        return Decision(False, ["no date to compare"])
    if rhi < elo or ehi < rlo:
        return Decision(False, [f"different dates ({_fmt_interval(rlo, rhi)} vs {_fmt_interval(elo, ehi)})"])
    if same_article and (rlo, rhi) != (elo, ehi):
        return Decision(False, [f"same article, different dates ({_fmt_interval(rlo, rhi)} vs "
                                f"{_fmt_interval(elo, ehi)})"])
    reasons.append(f"dates overlap ({_fmt_interval(rlo, rhi)} / {_fmt_interval(elo, ehi)})")

    if report.background and published is not None and elo <= published <= ehi:
        return Decision(False, ["background report: not merged into news events of its article's day "
                                f"({published.isoformat()})"])

    if report.lat is None or report.lon is None or event.lat is None or event.lon is None:
        return Decision(False, ["no coordinates to compare"])
    if report.country_only or event.country_only:
        return Decision(False, ["placed only in a whole country: too vague to match"])
    km = haversine_km(report.lat, report.lon, event.lat, event.lon)
    coarse = max(report.geo_precision or 3, event.geo_precision or 3)
    limit = 1.0 if same_article else rules.max_km(coarse)
    if km <= limit:
        reasons.append(f"{km:.1f} km apart (limit {limit:g} km at geo_precision {coarse})")
    elif (not same_article and rules.same_admin1_at_region and coarse >= 3 and report.admin1
          and report.admin1 == event.admin1 and report.iso == event.iso):
        reasons.append(f"same region {report.admin1} ({km:.0f} km apart, geo_precision {coarse})")
    else:
        return Decision(False, [f"too far apart ({km:.1f} km, limit {limit:g} km"
                                f"{' in one article' if same_article else f' at geo_precision {coarse}'})"],
                        distance_km=km)

    a, b = report.actors, event.actors
    if same_article and a != b:
        return Decision(False, [f"same article, different actors ({_fmt_actors(a)} vs {_fmt_actors(b)})"],
                        distance_km=km)
    if not (a <= b or b <= a):
        return Decision(False, [f"incompatible actors ({_fmt_actors(a)} vs {_fmt_actors(b)})"], distance_km=km)
    vague = coarse >= 3 or rlo != rhi or elo != ehi
    if vague and not same_type:
        return Decision(False, [f"coarse date or place: only the same sub type merges ({report.sub_event_type} vs "
                                f"{event.sub_event_type})"], distance_km=km)
    if vague and not (a & b):
        return Decision(False, [f"coarse date or place: needs a known actor in common ({_fmt_actors(a)} vs "
                                f"{_fmt_actors(b)})"], distance_km=km)
    reasons.append(f"{'same' if a == b else 'compatible'} actors ({_fmt_actors(a)} / {_fmt_actors(b)})")
    return Decision(True, reasons, distance_km=km)


def best_candidate(
    report: Summary,
    events: Sequence[Summary],
    *,
    published: dt.date | None = None,
    rules: MergeRules | None = None,
    same_article: frozenset[str] | set[str] = frozenset(),
) -> tuple[Summary | None, Decision | None, list[tuple[Summary, Decision]]]:
    """The nearest event the report may join (or None), its decision, and every decision taken.
    ``same_article``: ids of events that already hold a report of the report's article."""
    decisions = [(ev, decide(report, ev, published=published, rules=rules, same_article=ev.id in same_article))
                 for ev in events]
    accepted = [(ev, d) for ev, d in decisions if d.merge]
    if not accepted:
        return None, None, decisions
    accepted.sort(key=lambda pair: (pair[1].sort_key(), pair[0].sub_event_type != report.sub_event_type,
                                    pair[0].id))
    ev, d = accepted[0]
    return ev, d, decisions


# -- composing an event from its reports --------------------------------------------------------------

def _precision(value: Any) -> int:
    return int(value) if isinstance(value, int) else 9


#: a report telling that a toll has risen ("the death toll rose to 42", "the toll now stands at 9")
TOLL_UPDATE = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|increased|jumped|mounted|soared)\s+to\b"
    r"|\b(?:toll|number of (?:dead|deaths|people killed))\b[^.;]{0,40}?\b(?:reached|now stands at|stands at|"
    r"stood at|is now)\b", re.IGNORECASE)


def _toll_update(report: dict[str, Any]) -> bool:
    if not (report.get("fatalities") or {}).get("count"):
        return False
    return bool(TOLL_UPDATE.search((report.get("evidence") or {}).get("text") or ""))


def compose_event(reports: Sequence[dict[str, Any]], *, published: Sequence[str | None] | None = None) -> dict[str, Any]:
    """The representative fields of an event from its reports (dicts in the contract's shape).

    Location: the most precise one (geo_precision), then the most confident report. Date: the most
    precise one. Type, actors and evidence: the highest-ranked sub type ("co-occurring tactics take
    the higher type"). Fatalities: the lowest non-zero figure (ACLED: the lowest credible figure when
    reports conflict), unless a report tells the toll rising ("the death toll rose to 42"): an update
    is no conflict, and the latest one (by ``published``, the reports' publication days in the same
    order; then the higher figure) gives the toll. News reports win over background ones; ``background`` is true only when every
    report is background. ``reports`` must be in a stable order (they are, by insertion).
    """
    if not reports:
        raise ValueError("an event needs at least one report")
    news = [r for r in reports if not r.get("background")] or list(reports)
    by_place = min(news, key=lambda r: (_precision((r.get("location") or {}).get("geo_precision"))
                                        if (r.get("location") or {}).get("latitude") is not None else 10,
                                        -float(r.get("confidence") or 0)))
    by_date = min(news, key=lambda r: (0 if (r.get("date") or {}).get("value") else 1,
                                       _precision((r.get("date") or {}).get("precision"))))
    by_type = max(news, key=lambda r: (SUB_TYPE_RANK.get(r["sub_event_type"], 0),
                                       sum(1 for k in ("actor1", "actor2") if r.get(k)),
                                       float(r.get("confidence") or 0)))
    out = dict(by_type)
    out["location"] = by_place.get("location")
    out["date"] = by_date.get("date")
    counted = [r for r in news if (r.get("fatalities") or {}).get("count")]
    days = {id(r): str(d or "") for r, d in zip(reports, published or [], strict=False)}
    updates = [r for r in counted if _toll_update(r)]
    if updates:
        latest = max(updates, key=lambda r: (days.get(id(r), ""), r["fatalities"]["count"]))
        out["fatalities"] = dict(latest["fatalities"])
    elif counted:
        out["fatalities"] = dict(min(counted, key=lambda r: r["fatalities"]["count"])["fatalities"])
    else:
        out["fatalities"] = dict(by_type.get("fatalities") or {"count": 0, "text": None, "claimed_by": None})
    out["background"] = all(bool(r.get("background")) for r in reports)
    out["confidence"] = max(float(r.get("confidence") or 0) for r in news)
    for key in ("actor1", "actor2"):
        if out.get(key) is None:
            filler = next((r[key] for r in news if r.get(key)), None)
            if filler is not None and not (key == "actor2" and out.get("actor1") == filler):
                out[key] = filler
    return out
