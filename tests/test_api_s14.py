"""An analyst's probe of the read API (fourteenth session): query parameters the API does not know are
422 (they used to be ignored, so ``?type=Battles`` or ``?admin=Borno`` returned every event as if
filtered), the admin1 filter, types in any case (a misspelt one is a 422 naming the accepted values,
not a silent empty page), actors whatever their hyphens, sorting, and exports that agree with the API.

Records are built by hand (no pipeline), as in ``tests/test_api.py``."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from eventwire.api.app import create_app
from eventwire.export import export_events
from eventwire.records import (
    Actor,
    Article,
    DateValue,
    EventReport,
    Evidence,
    Fatalities,
    Place,
    PlaceMention,
    Section,
)
from eventwire.store.sqlite import Store
from http_helpers import SyncASGIClient


def _article(ident: str, sentence: str, *, sub: str, etype: str, place: Place, day: str, actor1: str,
             inter1: int, actor2: str | None = None, inter2: int | None = None, fatalities: int = 0,
             url: str | None = None, published: dt.date | None = None) -> Article:
    text = f"Report {ident}\n\n{sentence}"
    start = text.index(sentence)
    art = Article(id=ident, text=text, source=f"{ident}.txt", title=f"Report {ident}", url=url,
                  published=published or dt.date.fromisoformat(day) + dt.timedelta(days=1), outlet="Wire",
                  language="en", raw_hash=f"hash-{ident}-{sentence}",
                  sections=[Section("title", 0, len(f"Report {ident}")), Section("body", start, len(text))])
    p = text.index(place.name, start) if place.name in text[start:] else start
    disorder = "Strategic developments" if etype == "Strategic developments" else "Political violence"
    art.reports = [EventReport(
        event_type=etype, sub_event_type=sub, disorder_type=disorder,
        evidence=Evidence(text=sentence, start=start, end=start + len(sentence)),
        actor1=Actor(actor1, inter1, actor1), actor2=Actor(actor2, inter2, actor2) if actor2 else None,
        location=PlaceMention(start=p, end=p + len(place.name), text=place.name, place=place),
        date=DateValue(value=day, precision=1, text="on Monday"), fatalities=Fatalities(count=fatalities),
        section="body", confidence=0.8)]
    return art


MAIDUGURI = Place(name="Maiduguri", latitude=11.8469, longitude=13.1571, country="Nigeria", iso="NGA",
                  admin1="Borno State", admin2="Maiduguri", geo_precision=1)
MOGADISHU = Place(name="Mogadishu", latitude=2.0371, longitude=45.3438, country="Somalia", iso="SOM",
                  admin1="Banaadir", geo_precision=1)
GAO = Place(name="Gao", latitude=16.2717, longitude=-0.0447, country="Mali", iso="MLI", admin1="Gao",
            geo_precision=1)


def corpus() -> list[Article]:
    return [
        _article("a1", "Boko Haram militants attacked a base in Maiduguri, killing 12 soldiers.", sub="Armed clash",
                 etype="Battles", place=MAIDUGURI, day="2024-03-04",
                 actor1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", inter1=2,
                 actor2="Military Forces of Nigeria", inter2=1, fatalities=12),
        _article("a2", "Al-Shabaab fighters set off a car bomb in Mogadishu, killing 9 people.",
                 sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence", place=MOGADISHU,
                 day="2024-03-05", actor1="Al Shabaab", inter1=2, actor2="Civilians (Somalia)", inter2=7,
                 fatalities=9),
        _article("a3", "Militants killed 21 villagers near Gao.", sub="Attack", etype="Violence against civilians",
                 place=GAO, day="2024-03-06", actor1="Islamic State (Sahel)", inter1=2,
                 actor2="Civilians (Mali)", inter2=7, fatalities=21),
        _article("a4", "Traders protested in Maiduguri against new taxes.", sub="Peaceful protest", etype="Protests",
                 place=MAIDUGURI, day="2024-03-07", actor1="Protesters (Nigeria)", inter1=6),
    ]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = Store.open(tmp_path_factory.mktemp("api14") / "events.db")
    for article in corpus():
        st.add_article(article)
    yield st
    st.close()


@pytest.fixture(scope="module")
def client(store):
    c = SyncASGIClient(create_app(store))
    yield c
    c.close()


def _total(client, **params) -> int:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return r.json()["total"]


@pytest.mark.parametrize("path", ["/api/events", "/api/stats"])
@pytest.mark.parametrize("params", [{"type": "Battles"}, {"admin": "Borno"}, {"countries": "NGA"},
                                    {"event_type": "Battles", "from": "2024-03-01"}])
def test_an_unknown_query_parameter_is_a_422_naming_it(client, path, params):
    r = client.get(path, params=params)
    assert r.status_code == 422, r.text
    detail = r.json()["detail"][0]
    unknown = next(k for k in params if k not in ("event_type",))
    assert detail["loc"] == ["query", unknown]
    assert "unknown query parameter" in detail["msg"] and "event_type" in detail["msg"]


def test_stats_takes_only_filters(client):
    assert client.get("/api/stats", params={"limit": 5}).status_code == 422
    assert client.get("/api/stats", params={"country": "NGA", "admin1": "borno"}).json()["events"] == 2


def test_admin1_filter_matches_acleds_name_and_the_gazetteers(client, store):
    assert _total(client) == 4
    assert _total(client, admin1="Borno State") == 2
    assert _total(client, admin1="borno") == 2  # ACLED writes "Borno"; the gazetteer "Borno State"
    assert _total(client, admin1="Bor") == 0  # a prefix of a word is not the division
    assert _total(client, admin1="Banaadir", country="SOM") == 1
    assert store.count_events(admin1="gao") == 1


def test_types_in_any_case_and_a_misspelt_type_is_a_422(client):
    assert _total(client, event_type="Battles") == _total(client, event_type="battles") == 1
    assert _total(client, sub_event_type="armed  CLASH") == 1
    assert _total(client, event_type="violence against civilians") == 1
    r = client.get("/api/events", params={"event_type": "Battle"})
    assert r.status_code == 422
    detail = r.json()["detail"][0]
    assert detail["loc"] == ["query", "event_type"] and "Battles" in detail["msg"] and "Riots" in detail["msg"]
    r = client.get("/api/stats", params={"sub_event_type": "Armed clashes"})
    assert r.status_code == 422 and "Armed clash" in r.json()["detail"][0]["msg"]


def test_actor_filter_ignores_hyphens_and_spacing(client, store):
    assert _total(client, actor="Al-Shabaab") == 1
    assert _total(client, actor="al shabaab") == 1
    assert _total(client, actor="boko haram") == 1
    assert _total(client, actor="Boko Haram Jamaatu") == 1  # the " - " of the dictionary's name
    assert _total(client, actor="Haram Boko") == 0  # the order of the words counts
    assert store.count_events(actor="-") == 0


def test_sort_orders_the_page(client):
    def order(sort: str) -> list[str]:
        r = client.get("/api/events", params={"sort": sort})
        assert r.status_code == 200, r.text
        return [f["properties"]["location"]["name"] + ":" + str(f["properties"]["fatalities"]["count"])
                for f in r.json()["features"]]

    assert order("-fatalities")[:3] == ["Gao:21", "Maiduguri:12", "Mogadishu:9"]
    assert order("fatalities")[0] == "Maiduguri:0"
    dates = [f["properties"]["date"]["value"] for f in client.get("/api/events", params={"sort": "date"}).json()["features"]]
    assert dates == sorted(dates)
    newest = [f["properties"]["date"]["value"] for f in client.get("/api/events").json()["features"]]
    assert newest == sorted(newest, reverse=True)  # the default stays newest first
    r = client.get("/api/events", params={"sort": "deaths"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "sort"]
    assert "sort" in {p["name"] for p in client.get("/openapi.json").json()["paths"]["/api/events"]["get"]["parameters"]}


@pytest.mark.parametrize("filters", [{}, {"country": "NGA"}, {"admin1": "borno"}, {"event_type": "battles"},
                                     {"actor": "al-shabaab"}, {"start": "2024-03-05", "end": "2024-03-06"}])
def test_an_export_of_a_filter_agrees_with_the_api(client, store, filters):
    total = _total(client, **filters)
    out = io.StringIO()
    store_filters = dict(filters)
    for key in ("start", "end"):
        if key in store_filters:
            store_filters[key] = dt.date.fromisoformat(store_filters[key])
    n = export_events(store, "acled-csv", out, **store_filters)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert n == len(rows) == total
    api_ids = {f["id"] for f in client.get("/api/events", params=filters).json()["features"]}
    jl = io.StringIO()
    export_events(store, "jsonl", jl, **store_filters)
    import json

    assert {json.loads(line)["id"] for line in jl.getvalue().splitlines()} == api_ids


def test_an_unknown_iso3_code_is_a_422_not_an_empty_page(client):
    r = client.get("/api/events", params={"country": "NIG"})  # Nigeria is NGA, Niger NER
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["query", "country"] and "NGA" in r.json()["detail"][0]["msg"]
    assert client.get("/api/stats", params={"country": "ZZZ"}).status_code == 422
    assert _total(client, country="xkx") == 0  # Kosovo's code outside ISO 3166-1 is accepted
    assert _total(client, country="nga") == 2
    assert _total(client, country="Somalia") == 1  # a name still works
