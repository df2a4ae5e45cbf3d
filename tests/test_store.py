"""The SQLite store: schema and migrations, idempotent adds, queries, SQL safety."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from eventwire.errors import SchemaError, StoreError
from eventwire.records import Article, Rejection
from eventwire.store import Store
from eventwire.store.migrations import SCHEMA_VERSION, migrate
from eventwire.store.synthetic import make_article, make_report

ALEPPO = dict(place="Aleppo", lat=36.2021, lon=37.1343, admin1="Aleppo")
MOSUL = dict(place="Mosul", lat=36.335, lon=43.1189, iso="IRQ", country="Iraq", admin1="Nineveh",
             actor2="Military Forces of Iraq")


def _corpus() -> list[Article]:
    return [
        make_article("palmyra", [make_report(fatalities=4, evidence="IS fighters stormed checkpoints at Palmyra.")]),
        make_article("aleppo", [make_report(sub_event_type="Air/drone strike", date="2016-06-02", actor1="Military "
                                            "Forces of Russia", inter1=8, actor2="Civilians", inter2=7,
                                            evidence="Russian jets bombed a market in Aleppo.", **ALEPPO)]),
        make_article("mosul", [make_report(sub_event_type="Peaceful protest", date="2017-01-10", actor1="Protesters",
                                           inter1=6, evidence="Hundreds marched in Mosul against corruption.",
                                           **{**MOSUL, "actor2": None})]),
    ]


@pytest.fixture()
def store(tmp_path):
    with Store.open(tmp_path / "ew.db") as s:
        yield s


def test_open_creates_schema_with_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "sub" / "ew.db"
    with Store.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert path.exists()
    with Store.open(path) as s:  # reopening an up-to-date database changes nothing
        assert s.schema_version == SCHEMA_VERSION


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "ew.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaError):
        Store.open(path)


def test_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        Store.open(path)


def _old_database(path, version: int) -> None:
    """A database as an older eventwire wrote it: one article, one report, one event (raw SQL of
    the old schema)."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=version)
    data = '{"event_type": "Battles", "sub_event_type": "Armed clash", "disorder_type": "Political violence", ' \
           '"actor1": {"name": "Islamic State", "inter": 2}, "actor2": null, "assoc_actor_1": [], ' \
           '"assoc_actor_2": [], "location": {"name": "Palmyra", "latitude": 34.556, "longitude": 38.2805, ' \
           '"iso": "SYR", "country": "Syria", "admin1": "Homs", "geo_precision": 1}, ' \
           '"date": {"value": "2016-05-14", "precision": 1}, "fatalities": {"count": 2}, "background": false, ' \
           '"section": "body", "evidence": {"text": "Old fighting in Palmyra.", "start": 0, "end": 24}}'
    conn.execute("INSERT INTO articles(id, raw_hash, text, ingested_at) VALUES ('old', 'h-old', "
                 "'Old fighting in Palmyra.', '2020-01-01')")
    conn.execute("INSERT INTO reports(id, article_id, seq, data, event_type, sub_event_type) "
                 "VALUES ('rp_old', 'old', 0, ?, 'Battles', 'Armed clash')", (data,))
    conn.execute("INSERT INTO events(id, data, event_type, sub_event_type, event_date, date_precision, date_lo, "
                 "date_hi, lat, lon, geo_precision, iso, country, admin1, location, actors, actors_known, sources, "
                 "n_reports, search) VALUES ('ev_old', ?, 'Battles', 'Armed clash', '2016-05-14', 1, '2016-05-14', "
                 "'2016-05-14', 34.556, 38.2805, 1, 'SYR', 'Syria', 'Homs', 'Palmyra', '|islamic state|', "
                 "'islamic state', 1, 1, 'Old fighting in Palmyra. Islamic State')", (data,))
    conn.execute("INSERT INTO event_reports(event_id, report_id, decision) VALUES ('ev_old', 'rp_old', 'new')")
    if version >= 2:
        conn.execute("INSERT INTO events_rtree VALUES (1, 34.556, 34.556, 38.2805, 38.2805)")
        conn.execute("INSERT INTO events_fts(rowid, search) VALUES (1, 'Old fighting in Palmyra. Islamic State')")
    conn.close()


@pytest.mark.parametrize("version", [1, 2])
def test_old_version_database_is_migrated_and_its_data_indexed(tmp_path, version):
    path = tmp_path / "old.db"
    _old_database(path, version)
    with Store.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.rtree and s.fts
        assert s.conn.execute("SELECT text_hash FROM articles").fetchone()[0]
        assert [e["id"] for e in s.query_events(q="fighting")] == ["ev_old"]
        assert [e["id"] for e in s.query_events(bbox=(38, 34, 39, 35), start="2016-05-01")] == ["ev_old"]
        assert s.query_events(bbox=(38, 34, 39, 35), start="2016-06-01") == []
        # new reports merge into the old event through the migrated indexes
        s.add_article(make_article("new", [make_report(lat=34.56, lon=38.29, actor2=None)]))
        assert s.count_events() == 1 and s.get_event("ev_old")["sources"] == 2


def test_store_without_optional_indexes_answers_the_same(tmp_path):
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    migrate(conn)
    conn.execute("DROP TABLE events_rtree")
    conn.execute("DROP TABLE events_fts")
    plain = Store(conn)
    assert not plain.rtree and not plain.fts
    with Store.open(tmp_path / "full.db") as full:
        for a in _corpus():
            plain.add_article(a)
            full.add_article(a)
        plain.add_article(make_article("merge", [make_report(lat=34.56, lon=38.29, actor2=None)]))
        full.add_article(make_article("merge", [make_report(lat=34.56, lon=38.29, actor2=None)]))
        for filters in ({}, {"q": "market"}, {"bbox": (36, 34, 39, 37)}, {"bbox": (36, 34, 39, 37), "start": "2016-06-01"},
                        {"actor": "russia"}):
            assert [e["id"] for e in plain.query_events(**filters)] == [e["id"] for e in full.query_events(**filters)]
        assert plain.count_events() == full.count_events() == 3
    conn.close()


def test_add_article_is_idempotent(store):
    corpus = _corpus()
    assert [store.add_article(a) for a in corpus] == [True, True, True]
    first = store.snapshot()
    assert [store.add_article(a) for a in _corpus()] == [False, False, False]
    assert store.snapshot() == first
    assert store.table_counts()["articles"] == 3
    assert store.has_article(corpus[0].raw_hash)
    assert not store.has_article("0" * 64)


def test_children_rejections_and_article_view(store):
    child = make_article("child", [make_report(date="2016-05-20", evidence="Clashes in Palmyra.")], title="Related")
    article = make_article("parent", [make_report()], children=[child],
                           rejections=[Rejection(stage="events", reason="no_location", detail="one report unplaced")])
    assert store.add_article(article)
    got = store.get_article(article.id)
    assert got is not None
    assert got["children"] == [child.id]
    assert got["rejections"] == [{"stage": "events", "reason": "no_location", "detail": "one report unplaced"}]
    assert got["text"] == article.text and len(got["reports"]) == 1 and got["reports"][0]["event_id"]
    kid = store.get_article(child.id)
    assert kid["kind"] == "related" and kid["parent_id"] == article.id
    assert kid["reports"][0]["section"] == "related"
    stats = store.stats()
    assert stats["articles"] == 1 and stats["related"] == 1
    assert stats["rejections"] == {"no_location": 1}
    assert store.get_article("nope") is None and store.get_event("nope") is None


def test_repeated_related_headline_is_one_source(store):
    def page(key: str):
        child = make_article(f"{key}-child", [make_report(date="2016-05-20", evidence="IS captures Palmyra.")],
                             text="IS captures Palmyra", outlet=None)
        return make_article(key, [make_report(date="2016-05-01", place="Aleppo", lat=36.2, lon=37.13)],
                            children=[child], outlet="Syria News")

    first, second = page("p1"), page("p2")
    store.add_article(first)
    store.add_article(second)
    copy = store.get_article(second.children[0].id)
    assert copy["duplicate_of"] == first.children[0].id and copy["reports"] == []
    assert copy["outlet"] == "Syria News"  # a related headline is published by its page's outlet
    (headline_event,) = store.query_events(start="2016-05-20")
    assert headline_event["sources"] == 1


def test_add_is_atomic(store, monkeypatch):
    article = make_article("two", [make_report(), make_report(date="2016-07-01", evidence="Another clash.")])
    calls = []

    def boom(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return original(*args, **kwargs)

    original = store.book.assign
    monkeypatch.setattr(store.book, "assign", boom)
    with pytest.raises(RuntimeError):
        store.add_article(article)
    assert all(n == 0 for n in store.table_counts().values())
    monkeypatch.undo()
    assert store.add_article(article)
    assert store.table_counts()["reports"] == 2


def test_query_filters(store):
    for a in _corpus():
        store.add_article(a)
    names = lambda **f: sorted(e["location"]["name"] for e in store.query_events(**f))  # noqa: E731
    assert names() == ["Aleppo", "Mosul", "Palmyra"]
    assert names(bbox=(36.0, 34.0, 39.0, 37.0)) == ["Aleppo", "Palmyra"]
    assert names(bbox=(38.0, 34.0, 39.0, 35.0)) == ["Palmyra"]
    assert names(start=dt.date(2016, 6, 1)) == ["Aleppo", "Mosul"]
    assert names(start="2016-06-01", end="2016-12-31") == ["Aleppo"]
    assert names(event_type="Protests") == ["Mosul"]
    assert names(sub_event_type="Air/drone strike") == ["Aleppo"]
    assert names(actor="russia") == ["Aleppo"]
    assert names(actor="Islamic State") == ["Palmyra"]
    assert names(country="IRQ") == ["Mosul"] and names(country="syria") == ["Aleppo", "Palmyra"]
    assert names(q="market") == ["Aleppo"] and names(q="Corruption MOSUL") == ["Mosul"]
    assert names(q="market corruption") == []
    assert names(q="corrupt") == ["Mosul"]  # words match as prefixes
    assert names(country="SYR", event_type="Battles", start="2016-05-01") == ["Palmyra"]
    assert store.count_events(country="SYR") == 2
    # newest first, with paging
    dates = [e["date"]["value"] for e in store.query_events()]
    assert dates == sorted(dates, reverse=True)
    assert [e["id"] for e in store.query_events(limit=1, offset=1)] == [store.query_events()[1]["id"]]
    with pytest.raises(StoreError):
        store.query_events(start="last week")
    with pytest.raises(StoreError):
        store.query_events(bbox=(0, 10, 1, 5))


def test_bbox_across_the_antimeridian(store):
    store.add_article(make_article("fiji", [make_report(place="Labasa", lat=-16.43, lon=179.38, iso="FJI",
                                                        country="Fiji", admin1="Northern")]))
    store.add_article(make_article("samoa", [make_report(place="Apia", lat=-13.83, lon=-171.76, iso="WSM",
                                                         country="Samoa", admin1="Tuamasaga")]))
    for a in _corpus():
        store.add_article(a)
    got = sorted(e["location"]["name"] for e in store.query_events(bbox=(170, -20, -170, 0)))
    assert got == ["Apia", "Labasa"]
    assert store.count_events(bbox=(170, -20, 180, 0)) == 1


def test_event_and_stats_shape(store):
    for a in _corpus():
        store.add_article(a)
    ev = store.query_events(sub_event_type="Air/drone strike")[0]
    for key in ("id", "sources", "event_type", "sub_event_type", "disorder_type", "actor1", "actor2",
                "assoc_actor_1", "assoc_actor_2", "location", "date", "fatalities", "background", "section",
                "evidence", "confidence"):
        assert key in ev
    assert ev["sources"] == 1 and ev["actor2"]["name"] == "Civilians"
    full = store.get_event(ev["id"])
    rep = full["reports"][0]
    assert rep["article_title"] == "Article aleppo" and rep["evidence"]["text"].startswith("Russian jets")
    assert {"article_id", "section", "evidence", "explanation"} <= set(rep)
    stats = store.stats()
    assert stats["events"] == 3 and stats["articles"] == 3 and stats["reports"] == 3
    assert stats["by_type"] == {"Battles": 1, "Explosions/Remote violence": 1, "Protests": 1}
    assert stats["by_country"] == {"IRQ": 1, "SYR": 2}
    assert stats["by_day"]["2016-06-02"] == 1
    assert store.stats(country="IRQ")["events"] == 1


def test_sql_and_markup_are_data(store):
    nasty = "Rebels' \"victory\" <script>alert('x')</script>; DROP TABLE events; --"
    article = make_article("nasty", [make_report(evidence=nasty, actor1="O'Brien \"Brigade\" %_\\")], title=nasty)
    assert store.add_article(article)
    got = store.get_article(article.id)
    assert got["title"] == nasty and got["reports"][0]["evidence"]["text"] == nasty
    for q in (nasty, '"unbalanced', "NEAR(a b) OR *", "'; DELETE FROM events; --", "%", "\\"):
        store.query_events(q=q)  # never a syntax error
        store.query_events(actor=q, country=q, event_type=q)
    assert store.count_events(actor="O'Brien \"Brigade\" %_\\") == 1
    assert store.count_events(actor="Military%Syria") == 0  # LIKE wildcards are escaped
    assert store.count_events(actor="Military Forces") == 1
    assert store.count_events(q="script alert") == 1
    assert store.table_counts()["events"] == 1


def test_readonly_open(tmp_path):
    path = tmp_path / "ew.db"
    with Store.open(path) as s:
        s.add_article(_corpus()[0])
    with Store.open(path, readonly=True) as ro:
        assert ro.count_events() == 1
        with pytest.raises(StoreError):
            ro.add_article(_corpus()[1])
    with pytest.raises(StoreError):
        Store.open(tmp_path / "missing.db", readonly=True)


def test_outlet_falls_back_to_the_url_host_never_a_path(store):
    a = make_article("no-outlet", [make_report()], outlet=None, url="https://www.example.org/story")
    b = make_article("local", [make_report(lat=34.557, lon=38.281)], outlet=None)
    b.url, b.source = None, "jsonl:/home/me/news.jsonl:3"
    store.add_article(a)
    store.add_article(b)
    (ev,) = store.query_events()
    assert ev["outlets"] == ["example.org"] and ev["sources"] == 2


def test_main_event_is_stored_with_the_article(store, tmp_path):
    from eventwire.records import DateValue, MainEvent

    art = make_article("about", [make_report(evidence="IS fighters stormed checkpoints at Palmyra.")])
    art.main_event = MainEvent(report=0, country="SYR", location=art.reports[0].location,
                               date=DateValue("2016-05-14", 1, "on Saturday"))
    store.add_article(art)
    got = store.get_article(store.conn.execute("SELECT id FROM articles").fetchone()[0])
    assert got["main_event"]["country"] == "SYR" and got["main_event"]["event_index"] == 0
    assert got["main_event"]["date"]["value"] == "2016-05-14"
    assert got["main_event"]["location"]["name"] == art.reports[0].location.place.name
    # an article stored without one (or before the column existed) says null
    store.add_article(make_article("plain", [make_report()]))
    ids = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY rowid")]
    assert store.get_article(ids[1])["main_event"] is None
