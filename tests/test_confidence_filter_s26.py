"""The ``min_confidence`` filter end to end (twenty-sixth session): the store's ``events.confidence``
column (schema 7; when an older database is migrated, its reports, whose ``confidence`` was the typing's,
are scored again by the event confidence model and each event takes its news reports' highest; kept by
every recompute), ``Store.query_events``/``count_events``/``iter_events``/``stats``, the API's
``min_confidence`` query parameter (422 on a bad value) and ``eventwire export --min-confidence``.

An event of unknown confidence (NULL: stored JSON without a number there) never passes the filter,
whatever the bound (0 included); no filter (None) keeps it.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.api.app import create_app
from eventwire.cli import cli
from eventwire.errors import StoreError
from eventwire.events.confidence import features_of_json, probability
from eventwire.store.events import event_confidence
from eventwire.store.migrations import SCHEMA_VERSION, migrate
from eventwire.store.query import EventFilter, min_confidence_value
from eventwire.store.sqlite import Store
from eventwire.store.synthetic import make_article, make_report
from http_helpers import SyncASGIClient

# (key, confidence, place, lat, lon, iso, country, admin1, date): places and days far apart, so that no
# two of them merge
EVENTS = [
    ("low", 0.05, "Palmyra", 34.556, 38.2805, "SYR", "Syria", "Homs", "2016-05-14"),
    ("mid", 0.3, "Mosul", 36.335, 43.1189, "IRQ", "Iraq", "Nineveh", "2016-07-02"),
    ("high", 0.72, "Kabul", 34.5281, 69.1723, "AFG", "Afghanistan", "Kabul", "2016-09-20"),
]


def _articles():
    for key, conf, place, lat, lon, iso, country, admin1, day in EVENTS:
        rep = make_report(place=place, lat=lat, lon=lon, iso=iso, country=country, admin1=admin1, date=day,
                          confidence=conf, evidence=f"Fighters clashed with soldiers near {place} ({key}).")
        yield make_article(f"conf-{key}", [rep])


def _fill(path: Path) -> Path:
    with Store.open(path) as store:
        for article in _articles():
            store.add_article(article)
    return path


def _places(events) -> list[str]:
    return sorted(e["location"]["name"] for e in events)


def _rescored(path: Path) -> dict[str, float]:
    """{place: the confidence migration v7 gives its event}: the model's score of its one report, whose
    stored ``confidence`` is read as the typing's."""
    conn = sqlite3.connect(path)
    out = {}
    for place, data in conn.execute("SELECT e.location, r.data FROM events e JOIN event_reports er ON er.event_id "
                                    "= e.id JOIN reports r ON r.id = er.report_id"):
        out[place] = round(probability(features_of_json(json.loads(data))), 2)
    conn.close()
    return out


def _downgrade_to_v6(path: Path) -> None:
    """The database as eventwire at schema 6 left it: no confidence column, no index."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("DROP INDEX events_confidence")
    conn.execute("ALTER TABLE events DROP COLUMN confidence")
    conn.execute("PRAGMA user_version = 6")
    conn.close()


# -- store ----------------------------------------------------------------------------------------

def test_the_column_is_written_and_filtered(tmp_path: Path) -> None:
    with Store.open(_fill(tmp_path / "ew.db")) as store:
        rows = dict(store.conn.execute("SELECT location, confidence FROM events").fetchall())
        assert rows == {"Palmyra": 0.05, "Mosul": 0.3, "Kabul": 0.72}
        assert _places(store.query_events()) == ["Kabul", "Mosul", "Palmyra"]
        assert _places(store.query_events(min_confidence=0.3)) == ["Kabul", "Mosul"]  # inclusive
        assert _places(store.query_events(min_confidence="0.31")) == ["Kabul"]
        assert _places(store.query_events(min_confidence=0)) == ["Kabul", "Mosul", "Palmyra"]
        assert store.query_events(min_confidence=1) == []
        assert store.count_events(min_confidence=0.3) == 2
        assert [e["location"]["name"] for e in store.iter_events(min_confidence=0.5)] == ["Kabul"]
        stats = store.stats(min_confidence=0.3)
        assert stats["events"] == 2 and stats["by_country"] == {"AFG": 1, "IRQ": 1}
        # with the other filters (AND)
        assert _places(store.query_events(min_confidence=0.2, country="IRQ")) == ["Mosul"]
        assert store.query_events(min_confidence=0.5, country="IRQ") == []
        plan = " ".join(str(r[-1]) for r in store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT n FROM events e WHERE e.confidence >= 0.5"))
        assert "events_confidence" in plan


def test_a_merged_event_takes_its_best_news_report_and_follows_recomputes(tmp_path: Path) -> None:
    with Store.open(tmp_path / "m.db") as store:
        store.add_article(make_article("m1", [make_report(confidence=0.2, evidence="Clashes near Palmyra.")]))
        assert store.count_events(min_confidence=0.5) == 0
        store.add_article(make_article("m2", [make_report(confidence=0.6, lat=34.56, lon=38.29, actor2=None,
                                                          evidence="Fighting raged near Palmyra.")]))
        (event,) = store.query_events(min_confidence=0.5)
        assert event["n_reports"] == 2 and event["confidence"] == 0.6
        # unmerged again: the event left with the 0.2 report falls below the bound
        moved = next(r["id"] for r in store.get_event(event["id"])["reports"] if r["confidence"] == 0.6)
        store.unmerge(event["id"], moved)
        assert [e["confidence"] for e in store.query_events(min_confidence=0.5)] == [0.6]
        assert store.count_events() == 2


@pytest.mark.parametrize("bad", ["abc", "", " ", -0.01, 1.01, "1.5", float("nan"), float("inf"), "nan", True, [0.3]])
def test_a_bad_bound_is_a_store_error(tmp_path: Path, bad) -> None:
    if isinstance(bad, str) and not bad.strip():
        assert min_confidence_value(bad) is None  # an empty text is no filter, as for the other filters
        return
    with pytest.raises(StoreError, match="min_confidence"):
        min_confidence_value(bad)
    with Store.open(tmp_path / "b.db") as store, pytest.raises(StoreError, match="min_confidence"):
        store.query_events(min_confidence=bad)


def test_the_bound_is_a_parameter_never_sql_text() -> None:
    sql, params = EventFilter.of(min_confidence="0.25").where(rtree=False, fts=False)
    assert sql == "e.confidence >= ?" and params == [0.25]
    sql, params = EventFilter.of(min_confidence=0.25).where(rtree=False, fts=False, confidence_column=False)
    assert sql == "NULL >= ?" and params == [0.25]  # schema < 7: unknown, no event passes
    assert EventFilter.of().where(rtree=False, fts=False) == ("1", [])


def test_event_confidence_reads_only_finite_numbers() -> None:
    assert event_confidence({"confidence": 0.42}) == 0.42 and event_confidence({"confidence": 1}) == 1.0
    for data in ({}, {"confidence": None}, {"confidence": "0.4"}, {"confidence": True},
                 {"confidence": float("nan")}):
        assert event_confidence(data) is None


def test_an_older_database_is_migrated_and_its_reports_scored_again(tmp_path: Path) -> None:
    path = _fill(tmp_path / "old.db")
    _downgrade_to_v6(path)
    expected = _rescored(path)
    assert set(expected) == {"Palmyra", "Mosul", "Kabul"} and expected != {"Palmyra": 0.05, "Mosul": 0.3, "Kabul": 0.72}
    assert expected["Palmyra"] < expected["Mosul"] < expected["Kabul"]  # the typing's figure counts
    conn = sqlite3.connect(path, isolation_level=None)
    # rows of an older eventwire with no report: no confidence in the JSON, a text there, an empty JSON object
    data = json.loads(conn.execute("SELECT data FROM events WHERE location = 'Palmyra'").fetchone()[0])
    for ident, conf, lat in (("ev_none", None, 1.0), ("ev_text", "high", 2.0), ("ev_empty", "{}", 3.0)):
        row = dict(data, location=dict(data["location"], name=ident, latitude=lat))
        row.pop("confidence")
        if conf == "high":
            row["confidence"] = conf
        text = "{}" if conf == "{}" else json.dumps(row)
        conn.execute("INSERT INTO events(id, data, event_type, sub_event_type, location, lat, lon) "
                     "VALUES (?, ?, 'Battles', 'Armed clash', ?, ?, 10.0)", (ident, text, ident, lat))
    assert "confidence" not in {r[1] for r in conn.execute("PRAGMA table_info(events)")}
    conn.close()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 7 and store.confidence_column
        rows = dict(store.conn.execute("SELECT location, confidence FROM events").fetchall())
        assert {k: rows[k] for k in expected} == expected
        assert rows["ev_none"] is None and rows["ev_text"] is None and rows["ev_empty"] is None
        # the event's JSON and its report's JSON carry the new figure
        ev = next(e for e in store.query_events() if e["location"]["name"] == "Kabul")
        assert ev["confidence"] == expected["Kabul"]
        assert store.count_events() == 6
        assert store.count_events(min_confidence=0) == 3  # unknown confidence never passes a bound
        assert _places(store.query_events(min_confidence=expected["Mosul"])) == ["Kabul", "Mosul"]
        indexes = {r[1] for r in store.conn.execute("PRAGMA index_list(events)")}
        assert "events_confidence" in indexes


def test_a_migration_over_rows_whose_data_is_no_json_does_not_fail(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "raw.db", isolation_level=None)
    migrate(conn, target=6)
    conn.execute("INSERT INTO events(id, data, event_type, sub_event_type) VALUES ('a', 'not json', 'B', 'C')")
    conn.execute("INSERT INTO events(id, data, event_type, sub_event_type) VALUES ('b', '{\"confidence\": 0.4}', "
                 "'B', 'C')")
    conn.execute("INSERT INTO reports(id, article_id, seq, data, event_type, sub_event_type) "
                 "VALUES ('r', 'x', 0, 'not json either', 'B', 'C')")
    assert migrate(conn) == 6
    # an event's confidence comes from its reports: none here, so unknown (NULL), and nothing failed
    assert dict(conn.execute("SELECT id, confidence FROM events").fetchall()) == {"a": None, "b": None}
    conn.close()


def test_a_read_only_older_database_passes_no_confidence_bound(tmp_path: Path) -> None:
    # its JSON holds the typing's confidence, not the probability the filter is about: unknown
    path = _fill(tmp_path / "ro.db")
    _downgrade_to_v6(path)
    with Store.open(path, readonly=True) as store:
        assert store.schema_version == 6 and not store.confidence_column
        assert store.count_events() == 3
        assert store.count_events(min_confidence=0) == 0
        assert store.query_events(min_confidence=0.3) == []


# -- API ------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def api(tmp_path_factory):
    store = Store.open(_fill(tmp_path_factory.mktemp("conf") / "api.db"))
    client = SyncASGIClient(create_app(store))
    yield client
    client.close()
    store.close()


def test_api_events_take_min_confidence(api) -> None:
    def names(**params):
        r = api.get("/api/events", params=params)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["total"] == len(body["features"])
        return sorted(f["properties"]["location"]["name"] for f in body["features"])

    assert names() == ["Kabul", "Mosul", "Palmyra"]
    assert names(min_confidence="0.3") == ["Kabul", "Mosul"]
    assert names(min_confidence=" 0.5 ") == ["Kabul"]
    assert names(min_confidence="") == ["Kabul", "Mosul", "Palmyra"]  # empty: no filter
    assert names(min_confidence="0.3", country="AFG") == ["Kabul"]
    compact = api.get("/api/events", params={"compact": "true", "min_confidence": "0.5"}).json()
    assert [f["properties"]["confidence"] for f in compact["features"]] == [0.72]
    paged = api.get("/api/events", params={"min_confidence": "0.1", "limit": 1}).json()
    assert paged["total"] == 2 and paged["returned"] == 1


def test_api_stats_take_min_confidence(api) -> None:
    r = api.get("/api/stats", params={"min_confidence": "0.3"})
    assert r.status_code == 200 and r.json()["events"] == 2
    assert api.get("/api/stats").json()["events"] == 3


@pytest.mark.parametrize("bad", ["abc", "-0.1", "1.2", "nan", "inf", "0.3,0.5", "1e9"])
def test_api_refuses_a_bad_min_confidence(api, bad) -> None:
    for route in ("/api/events", "/api/stats"):
        r = api.get(route, params={"min_confidence": bad})
        assert r.status_code == 422, (route, bad, r.text)
        (detail,) = r.json()["detail"]
        assert detail["loc"] == ["query", "min_confidence"] and "0 to 1" in detail["msg"]


def test_api_documents_min_confidence(api) -> None:
    spec = api.get("/openapi.json").json()
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert "min_confidence" in params
    r = api.get("/api/events", params={"min_conf": "0.3"})  # a misspelt parameter is an error, not ignored
    assert r.status_code == 422 and "min_confidence" in r.json()["detail"][0]["msg"]


# -- CLI ------------------------------------------------------------------------------------------

def test_export_min_confidence(tmp_path: Path) -> None:
    db = _fill(tmp_path / "cli.db")
    runner = CliRunner()
    res = runner.invoke(cli, ["export", "--db", str(db), "--format", "jsonl", "--min-confidence", "0.3"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert sorted(e["location"]["name"] for e in lines) == ["Kabul", "Mosul"]
    assert all(e["confidence"] >= 0.3 for e in lines)
    out = tmp_path / "high.csv"
    res = runner.invoke(cli, ["export", "--db", str(db), "--format", "acled-csv", "--min-confidence", "0.5",
                              "-o", str(out)])
    assert res.exit_code == 0 and "1 event(s) exported" in res.output
    res = runner.invoke(cli, ["export", "--db", str(db), "--format", "geojson", "--min-confidence", "0.9"])
    assert res.exit_code == 0 and "no event matched the filters (the database holds 3 event(s))" in res.output


@pytest.mark.parametrize("bad", ["abc", "30", "-0.2", "nan"])
def test_export_refuses_a_bad_min_confidence(tmp_path: Path, bad: str) -> None:
    db = _fill(tmp_path / "bad.db")
    res = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl", f"--min-confidence={bad}"])
    assert res.exit_code == 2, res.output
    assert "--min-confidence" in res.output and "0 to 1" in res.output and "Traceback" not in res.output


def test_export_migrates_an_older_database_and_filters(tmp_path: Path) -> None:
    db = _fill(tmp_path / "v6.db")
    _downgrade_to_v6(db)
    bound = _rescored(db)["Kabul"]
    res = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl", "--min-confidence", str(bound)])
    assert res.exit_code == 0, res.output
    assert [json.loads(x)["location"]["name"] for x in res.stdout.splitlines() if x.startswith("{")] == ["Kabul"]
    with Store.open(db, readonly=True) as store:
        assert store.schema_version == SCHEMA_VERSION and store.confidence_column
