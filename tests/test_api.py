"""The HTTP API of ``eventwire serve``, in process (FastAPI TestClient) over a real SQLite Store in a
temporary file, filled with hand-built records (the seed page's events + an article with markup)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from eventwire.api.app import MAP_PAGE_CSP, STATIC_DIR, create_app
from eventwire.store.sqlite import Store
from http_helpers import SyncASGIClient


def _load_seed():
    path = Path(__file__).parent / "browser" / "api_seed.py"
    spec = importlib.util.spec_from_file_location("eventwire_api_seed", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


seed = _load_seed()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("api") / "events.db"
    st = Store.open(db)
    for article in seed.seed_articles():
        st.add_article(article)
    yield st
    st.close()


@pytest.fixture(scope="module")
def client(store):
    c = SyncASGIClient(create_app(store))
    yield c
    c.close()


def _events(client, **params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def _by_place(fc, name):
    return [f for f in fc["features"] if (f["properties"]["location"] or {}).get("name") == name]


# ---- GeoJSON shape -------------------------------------------------------------------------------


def test_events_is_a_feature_collection_of_points(client, store):
    r = client.get("/api/events")
    assert r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["type"] == "FeatureCollection"
    assert fc["total"] == store.count_events() == len(fc["features"]) > 0
    ids = [f["id"] for f in fc["features"]]
    assert len(set(ids)) == len(ids)
    for f in fc["features"]:
        p = f["properties"]
        assert f["type"] == "Feature" and f["id"] == p["id"]
        lon, lat = f["geometry"]["coordinates"]
        assert f["geometry"]["type"] == "Point"
        assert (lat, lon) == (p["location"]["latitude"], p["location"]["longitude"])
        assert isinstance(p["sources"], int) and p["sources"] >= 1
        assert "reports" not in p
        for key in (
            "event_type",
            "sub_event_type",
            "disorder_type",
            "actor1",
            "date",
            "fatalities",
            "evidence",
        ):
            assert key in p
    sukhna = _by_place(fc, "As Sukhnah")
    assert len(sukhna) == 1
    assert sukhna[0]["geometry"]["coordinates"] == [38.871, 34.885]
    assert sukhna[0]["properties"]["location"]["iso"] == "SYR"


def test_paging_covers_every_event_once(client):
    full = _events(client)
    total = full["total"]
    assert total >= 5
    page1 = _events(client, limit=2)
    assert page1["total"] == total and len(page1["features"]) == 2 and page1["next_offset"] == 2
    seen = []
    offset = 0
    while True:
        page = _events(client, limit=3, offset=offset)
        assert page["total"] == total
        seen += [f["id"] for f in page["features"]]
        if page["next_offset"] is None:
            break
        offset = page["next_offset"]
    assert sorted(seen) == sorted(f["id"] for f in full["features"])
    beyond = _events(client, offset=total + 10)
    assert beyond["features"] == [] and beyond["total"] == total


# ---- filters -------------------------------------------------------------------------------------


def test_bbox_keeps_only_events_inside(client):
    box = (38.0, 34.0, 39.5, 35.5)  # around As Sukhnah and Palmyra, not Iraq
    fc = _events(client, bbox=",".join(map(str, box)))
    assert fc["total"] == len(fc["features"]) >= 2
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert box[0] <= lon <= box[2] and box[1] <= lat <= box[3]
    names = {f["properties"]["location"]["name"] for f in fc["features"]}
    assert "As Sukhnah" in names and "Baghdad" not in names


def test_date_range(client):
    fc = _events(client, start="2016-05-14", end="2016-05-15")
    assert fc["features"]
    days = {f["properties"]["date"]["value"] for f in fc["features"]}
    assert days <= {"2016-05-14", "2016-05-15"}
    assert not _by_place(fc, "Palmyra")  # March, background
    only_start = _events(client, start="2016-06-01")
    assert {f["properties"]["location"]["name"] for f in only_start["features"]} == {"Baghdad"}


def test_type_country_actor_text_filters(client):
    everything = _events(client)["total"]
    battles = _events(client, event_type="Battles")
    assert 0 < battles["total"] < everything
    assert {f["properties"]["event_type"] for f in battles["features"]} == {"Battles"}

    iraq = _events(client, country="IRQ")
    assert 0 < iraq["total"] < everything
    assert {f["properties"]["location"]["iso"] for f in iraq["features"]} == {"IRQ"}
    assert _events(client, country="irq")["total"] == iraq["total"]
    assert _events(client, country="Iraq")["total"] == iraq["total"]

    strikes = _events(client, sub_event_type="Air/drone strike")
    assert [f["properties"]["location"]["name"] for f in strikes["features"]] == ["Baqubah"]

    iraqi_army = _events(client, actor="Military Forces of Iraq")
    assert iraqi_army["total"] >= 2
    for f in iraqi_army["features"]:
        p = f["properties"]
        names = [a["name"] for a in (p["actor1"], p["actor2"], *p["assoc_actor_1"], *p["assoc_actor_2"]) if a]
        assert "Military Forces of Iraq" in names

    text = _events(client, q="Sukhna")
    assert _by_place(text, "As Sukhnah")
    assert not _by_place(text, "Baghdad")
    assert _events(client, q="zzzunknownword")["total"] == 0

    no_background = _events(client, include_background="false")
    assert no_background["total"] == everything - 1
    assert not _by_place(no_background, "Palmyra")


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"bbox": "1,2,3"}, "bbox"),
        ({"bbox": "a,b,c,d"}, "bbox"),
        ({"bbox": "0,50,10,40"}, "bbox"),  # south above north
        ({"bbox": "-200,0,0,10"}, "bbox"),
        ({"bbox": "0,0,nan,10"}, "bbox"),
        ({"start": "2016-02-30"}, "start"),
        ({"start": "yesterday"}, "start"),
        ({"end": "16-05-14"}, "end"),
        ({"start": "2016-05-15", "end": "2016-05-14"}, "end"),
        ({"limit": "0"}, "limit"),
        ({"limit": "5001"}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"offset": "-1"}, "offset"),
        ({"country": "S1R"}, "country"),
        ({"country": "<script>"}, "country"),
        ({"q": "x" * 201}, "q"),
        ({"include_background": "perhaps"}, "include_background"),
    ],
)
def test_bad_filters_are_422_with_the_parameter_named(client, params, param):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert detail and detail[0]["loc"][-1] == param
    assert len(detail[0]["msg"]) > 10
    # the same validation guards /api/stats
    if param not in ("limit", "offset"):
        assert client.get("/api/stats", params=params).status_code == 422


def test_limit_max_is_5000(client):
    assert client.get("/api/events", params={"limit": 5000}).status_code == 200


def test_antimeridian_bbox_is_accepted(client):
    fc = _events(client, bbox="170,-20,-170,0")
    assert fc["total"] == 0


# ---- one event, one article, stats -------------------------------------------------------------


def test_event_detail_has_reports_with_evidence_in_the_article(client):
    fc = _events(client, q="Sukhna")
    event_id = _by_place(fc, "As Sukhnah")[0]["id"]
    ev = client.get(f"/api/events/{event_id}").json()
    assert ev["id"] == event_id and ev["reports"]
    sentences = []
    for rep in ev["reports"]:
        art = client.get(f"/api/articles/{rep['article_id']}").json()
        e = rep["evidence"]
        assert art["text"][e["start"] : e["end"]] == e["text"]
        assert rep["article_title"] == art["title"]
        sentences.append(e["text"])
    assert seed.SUKHNA_SENTENCE in sentences


def test_unknown_event_and_article_are_404(client):
    for url in ("/api/events/ev_doesnotexist", "/api/articles/nope", "/api/events/%3Cscript%3E"):
        r = client.get(url)
        assert r.status_code == 404
        assert "not found" in r.json()["detail"]


def test_stats(client, store):
    st = client.get("/api/stats").json()
    assert st["events"] == store.count_events() == _events(client)["total"]
    assert st["articles"] == 2
    assert sum(st["by_type"].values()) == st["events"]
    assert st["by_country"]["IRQ"] == _events(client, country="IRQ")["total"]
    assert st["by_day"]["2016-06-01"] == 1
    battles = client.get("/api/stats", params={"event_type": "Battles"}).json()
    assert battles["events"] == _events(client, event_type="Battles")["total"]
    assert set(battles["by_type"]) == {"Battles"}


def test_read_only(client):
    fc = _events(client)
    some_id = fc["features"][0]["id"]
    assert client.post("/api/events", json={}).status_code == 405
    assert client.delete(f"/api/events/{some_id}").status_code == 405
    assert client.put("/api/articles/seed-xss", json={}).status_code == 405
    assert client.get(f"/api/events/{some_id}").status_code == 200


# ---- escaping: data is data, pages never carry it as markup ----------------------------------------


def test_markup_in_articles_comes_back_verbatim_as_json(client):
    art = client.get("/api/articles/seed-xss")
    assert art.headers["content-type"].startswith("application/json")
    assert art.headers["x-content-type-options"] == "nosniff"
    assert art.json()["title"] == seed.XSS_TITLE
    fc = _events(client, q="checkpoint")
    (feature,) = fc["features"]
    assert feature["properties"]["evidence"]["text"] == seed.XSS_SENTENCE
    ev = client.get(f"/api/events/{feature['id']}").json()
    assert ev["reports"][0]["article_title"] == seed.XSS_TITLE


def test_map_page_has_no_data_and_a_strict_csp(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"] == MAP_PAGE_CSP
    assert (
        "script-src 'self'" in MAP_PAGE_CSP
        and "unsafe-inline" not in MAP_PAGE_CSP.split("script-src")[1].split(";")[0]
    )
    html = r.text
    assert "window.__xss" not in html and "Gunmen" not in html  # data arrives only as JSON
    # no inline scripts (the CSP would block them) and only local script sources
    for tag in re.findall(r"<script[^>]*>", html):
        src = re.search(r'src="([^"]+)"', tag)
        assert src and not src.group(1).startswith(("http:", "https:", "//"))
    assert not re.search(r"<script[^>]*>\s*[^<\s]", html)


def test_app_js_never_writes_html():
    js = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in js, sink
    assert "textContent" in js and "createTextNode" in js


# ---- offline assets ------------------------------------------------------------------------------


def test_static_assets_are_served_locally(client):
    for path in (
        "/static/app.js",
        "/static/style.css",
        "/static/vendor/leaflet/leaflet.js",
        "/static/vendor/leaflet/leaflet.css",
        "/static/vendor/leaflet.markercluster/leaflet.markercluster.js",
    ):
        r = client.get(path)
        assert r.status_code == 200 and len(r.content) > 500, path
    html = client.get("/").text
    for ref in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert client.get("/" + ref.lstrip("/")).status_code == 200, ref
    basemap = client.get("/static/data/countries.geojson").json()
    assert basemap["type"] == "FeatureCollection" and len(basemap["features"]) > 150
    isos = {f["properties"]["iso3"] for f in basemap["features"]}
    assert {"SYR", "IRQ", "FRA"} <= isos
    assert client.get("/static/../api/app.py").status_code == 404


def test_docs_work_offline(client):
    r = client.get("/docs")
    assert r.status_code == 200
    assert "cdn.jsdelivr" not in r.text and "unpkg" not in r.text
    refs = re.findall(r'(?:src|href)="(/static/[^"]+)"', r.text)
    assert len(refs) >= 2
    for ref in refs:
        assert client.get(ref).status_code == 200, ref
    spec = client.get("/openapi.json").json()
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {
        "bbox",
        "start",
        "end",
        "event_type",
        "sub_event_type",
        "actor",
        "country",
        "q",
        "limit",
        "offset",
    } <= params
    assert {"/api/events/{event_id}", "/api/articles/{article_id}", "/api/stats"} <= set(spec["paths"])


def test_create_app_does_no_io(tmp_path):
    class Untouchable:
        def __getattr__(self, name):
            raise AssertionError(f"create_app touched the store: {name}")

    app = create_app(Untouchable(), static_dir=tmp_path / "does-not-exist")
    assert app.title == "eventwire"


def test_compact_features_keep_the_shapes_with_fewer_fields(client):
    full = {f["id"]: f for f in _events(client)["features"]}
    compact = _events(client, compact="true")
    assert {f["id"] for f in compact["features"]} == set(full)
    for f in compact["features"]:
        p, q = f["properties"], full[f["id"]]["properties"]
        assert f["geometry"] == full[f["id"]]["geometry"]
        assert "evidence" not in p and "actor1" not in p
        assert p["event_type"] == q["event_type"] and p["sub_event_type"] == q["sub_event_type"]
        assert p["date"]["value"] == q["date"]["value"]
        assert p["location"]["name"] == q["location"]["name"] and p["sources"] == q["sources"]


def test_article_whose_id_holds_a_slash_is_reachable(tmp_path):
    article = seed.seed_articles()[0]
    article.id = "crawl/2024/05 a"  # JSONL ids are the user's: a slash must not make it unreachable
    st = Store.open(tmp_path / "slash.db")
    try:
        st.add_article(article)
        c = SyncASGIClient(create_app(st))
        try:
            for url in ("/api/articles/crawl%2F2024%2F05%20a", "/api/articles/crawl/2024/05%20a"):
                r = c.get(url)
                assert r.status_code == 200, (url, r.text)
                assert r.json()["id"] == "crawl/2024/05 a"
            assert c.get("/api/articles/crawl/2024").status_code == 404
            assert c.get("/openapi.json").json()["paths"].get("/api/articles/{article_id}") is not None
        finally:
            c.close()
    finally:
        st.close()
