"""An analyst's week with eventwire (fifteenth session): a compressed crawl, a page deleted at source,
country-only events on a map and in exports, undated events against the timeline, and contradictory
filters. Each test is a failure found by using the tool on inputs of our own (under /tmp), fixed in the
layer that owns it; records are built by hand where no NLP is needed."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.errors import EncodingError, GoneError, InputTooLargeError
from eventwire.export import export_events
from eventwire.ingest.decode import gunzip_capped
from eventwire.ingest.readers import iter_articles, read_path, source_kind
from eventwire.ingest_run import ingest
from eventwire.located import country_only
from eventwire.records import (
    Actor,
    Article,
    DateValue,
    EventReport,
    Evidence,
    Fatalities,
    Place,
    PlaceMention,
)
from eventwire.store.migrations import SCHEMA_VERSION
from eventwire.store.sqlite import WITHDRAWN, Store
from http_helpers import status_server

PAGE = (b"<!doctype html><html><head><title>Clash near Gao</title></head><body><article>"
        b"<p>Militants attacked an army post near Gao on Tuesday, killing three soldiers, officials said.</p>"
        b"<p>The army said it had repelled the attack after two hours of fighting.</p></article></body></html>")
FEED = (b"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Wire</title>"
        b"<item><title>Clash near Gao</title><link>https://wire.example/1</link>"
        b"<description>Militants attacked an army post near Gao on Tuesday.</description></item>"
        b"<item><title>Protest in Bamako</title><link>https://wire.example/2</link>"
        b"<description>Traders protested in Bamako against new taxes.</description></item></channel></rss>")


# -- compressed inputs: a crawl arrives gzipped ------------------------------------------------------

def test_a_gzipped_page_is_read_like_the_page(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes(PAGE)
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(PAGE))
    plain, packed = read_path(tmp_path / "page.html"), read_path(tmp_path / "page.html.gz")
    assert packed.html is not None and "army post near Gao" in packed.text
    assert packed.id == plain.id  # the same page, compressed or not, is one article
    got = list(iter_articles([str(tmp_path / "page.html.gz")]))
    assert len(got) == 1 and not got[0].rejections


def test_a_gzipped_feed_is_read_as_a_feed(tmp_path: Path) -> None:
    for name in ("wire.xml.gz", "wire.rss.gz"):
        path = tmp_path / name
        path.write_bytes(gzip.compress(FEED))
        assert source_kind(path) == "feed"
        got = list(iter_articles([str(path)]))
        assert [a.url for a in got] == ["https://wire.example/1", "https://wire.example/2"]
        assert not any(a.rejections for a in got)


def test_a_json_dump_of_one_object_a_line_is_read_as_json_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"text": f"Traders protested in Bamako against tax number {i}.", "url": f"https://d.example/{i}"})
             for i in range(3)]
    for name, data in (("dump.json", "\n".join(lines).encode()), ("dump.json.gz", gzip.compress("\n".join(lines).encode()))):
        (tmp_path / name).write_bytes(data)
        got = list(iter_articles([str(tmp_path / name)]))
        assert [a.url for a in got] == [f"https://d.example/{i}" for i in range(3)], name


def test_a_gzip_bomb_page_is_refused_within_the_cap(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"war " * 3_000_000, 9))  # ~12 MB from a few kB
    got = list(iter_articles([str(bomb)], max_bytes=1_000_000))
    assert [r.reason for r in got[0].rejections] == ["too_large"]
    assert "decompresses to over" in got[0].rejections[0].detail
    with pytest.raises(InputTooLargeError):
        gunzip_capped(bomb.read_bytes(), max_bytes=1_000_000, source="bomb")


def test_a_cut_off_gzip_page_is_named_as_such(tmp_path: Path) -> None:
    cut = tmp_path / "cut.html.gz"
    cut.write_bytes(gzip.compress(PAGE * 20)[:80])
    got = list(iter_articles([str(cut)]))
    assert [r.reason for r in got[0].rejections] == ["encoding"]
    assert "cut off" in got[0].rejections[0].detail
    with pytest.raises(EncodingError):
        gunzip_capped(cut.read_bytes(), max_bytes=10_000_000, source="cut")


def test_two_gzip_members_are_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "two.html.gz"
    path.write_bytes(gzip.compress(PAGE[:100]) + gzip.compress(PAGE[100:]))
    assert "repelled the attack" in read_path(path).text


def test_a_warc_page_without_a_date_takes_the_crawl_day(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record("https://news.example/gao", "response", payload=io.BytesIO(PAGE),
                                           http_headers=headers,
                                           warc_headers_dict={"WARC-Date": "2024-03-07T10:00:00Z"})
        writer.write_record(record)
    (article,) = list(iter_articles([str(path)]))
    assert (article.published, article.published_source) == (dt.date(2024, 3, 7), "crawl")
    (given,) = list(iter_articles([str(path)], published=dt.date(2024, 3, 9)))
    assert (given.published, given.published_source) == (dt.date(2024, 3, 9), "user")


# -- a page deleted at source: a re-fetch answering 404 / 410 withdraws what was stored ----------------

GAO = Place(name="Gao", latitude=16.2717, longitude=-0.0447, country="Mali", iso="MLI", admin1="Gao",
            geo_precision=1, feature_code="PPLA")
MALI = Place(name="Mali", latitude=17.0, longitude=-4.0, country="Mali", iso="MLI", geo_precision=3,
             feature_code="PCLI")


def _report(text: str, place: Place, *, day: str = "2024-03-05") -> EventReport:
    sentence = text.strip().splitlines()[-1]
    start = text.index(sentence)
    p = text.find(place.name, start)
    p = start if p < 0 else p
    return EventReport(
        event_type="Battles", sub_event_type="Armed clash", disorder_type="Political violence",
        evidence=Evidence(text=sentence, start=start, end=start + len(sentence)),
        actor1=Actor("Islamic State (Sahel)", 2, "militants"), actor2=Actor("Military Forces of Mali", 1, "army"),
        location=PlaceMention(start=p, end=p + len(place.name), text=place.name, place=place),
        date=DateValue(value=day, precision=1, text="on Tuesday"), fatalities=Fatalities(count=3),
        section="body", confidence=0.8)


class _OneReportPipeline:
    """Gives every readable article one Battles report at Gao (what the NLP would find in PAGE)."""

    def pipe(self, articles, *, batch_size: int = 16) -> Iterator[Article]:
        for article in articles:
            if article.text and not article.rejections:
                article.published = article.published or dt.date(2024, 3, 6)
                article.reports = [_report(article.text, GAO)]
            yield article

    def coder_info(self) -> dict:
        return {"eventwire": "test"}


class _AsTheyAre:
    def pipe(self, articles, *, batch_size: int = 16) -> Iterator[Article]:
        yield from articles

    def coder_info(self) -> dict:
        return {"eventwire": "test"}


def _server(statuses: dict[str, list[int]]) -> ThreadingHTTPServer:
    """Serves PAGE; each path answers the statuses listed for it in turn (the last one for ever)."""
    return status_server(statuses, page=PAGE)


@pytest.mark.parametrize("status", [410, 404])
def test_a_stored_page_that_answers_gone_is_withdrawn(tmp_path: Path, status: int) -> None:
    httpd = _server({"/story": [200, status]})
    url = f"http://127.0.0.1:{httpd.server_address[1]}/story"
    try:
        with Store.open(tmp_path / "g.db") as store:
            first = ingest([url], store=store, pipeline=_OneReportPipeline())
            assert (first.articles, first.events, store.count_events()) == (1, 1, 1)
            again = ingest([url], store=store, pipeline=_OneReportPipeline())
            assert again.withdrawn == 1 and again.unreadable == 1
            assert store.count_events() == 0  # the event had no other source
            stored = [r for r in store.conn.execute("SELECT superseded_by, raw_hash FROM articles WHERE url = ?", (url,))]
            assert [r["superseded_by"] for r in stored if not r["raw_hash"].startswith("nohash:")] == [WITHDRAWN]
            assert store.stats()["withdrawn"] == 1
            third = ingest([url], store=store, pipeline=_OneReportPipeline())  # nothing left to withdraw
            assert third.withdrawn == 0
    finally:
        httpd.shutdown()


def test_a_url_never_stored_that_answers_gone_withdraws_nothing(tmp_path: Path) -> None:
    httpd = _server({"/never": [410]})
    url = f"http://127.0.0.1:{httpd.server_address[1]}/never"
    try:
        with Store.open(tmp_path / "n.db") as store:
            summary = ingest([url], store=store, pipeline=_OneReportPipeline())
        assert summary.withdrawn == 0 and summary.unreadable == 1
    finally:
        httpd.shutdown()


def test_fetch_raises_gone_for_404_and_410_only() -> None:
    from eventwire.errors import FetchError
    from eventwire.ingest.fetch import fetch

    httpd = _server({"/a": [410], "/b": [404], "/c": [500]})
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        for path in ("/a", "/b"):
            with pytest.raises(GoneError, match="gone at source"):
                fetch(base + path, timeout=5)
        with pytest.raises(FetchError) as info:
            fetch(base + "/c", timeout=5)
        assert not isinstance(info.value, GoneError)
    finally:
        httpd.shutdown()


# -- country-only events: no coordinates on a map or in a GIS export --------------------------------

def _article(ident: str, place: Place, *, day: str = "2024-03-05") -> Article:
    text = f"Report {ident}\n\nMilitants clashed with soldiers in {place.name} on Tuesday, report {ident}."
    art = Article(id=ident, text=text, source=f"{ident}.txt", title=f"Report {ident}",
                  published=dt.date(2024, 3, 6), outlet="Wire", language="en", raw_hash=f"hash-{ident}")
    art.reports = [_report(text, place, day=day)]
    return art


@pytest.fixture()
def mixed_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "c.db")
    store.add_article(_article("town", GAO, day="2024-03-05"))
    store.add_article(_article("country", MALI, day="2024-03-06"))
    yield store
    store.close()


def test_country_only_is_told_by_feature_code_or_by_name() -> None:
    assert country_only({"name": "Mali", "country": "Mali", "feature_code": "PCLI", "geo_precision": 3})
    assert not country_only({"name": "Gao", "country": "Mali", "feature_code": "PPLA", "geo_precision": 1})
    assert country_only({"name": "Mali", "country": "Mali", "geo_precision": 3, "admin1": None})
    assert not country_only({"name": "Gao Region", "country": "Mali", "geo_precision": 3, "admin1": "Gao"})
    assert not country_only(None)


def test_exports_keep_country_only_events_without_coordinates(mixed_store: Store) -> None:
    out = io.StringIO()
    assert export_events(mixed_store, "geojson", out) == 2
    features = {f["properties"]["location"]["name"]: f for f in json.loads(out.getvalue())["features"]}
    assert features["Mali"]["geometry"] is None
    assert features["Gao"]["geometry"]["coordinates"] == [-0.0447, 16.2717]
    out = io.StringIO()
    export_events(mixed_store, "acled-csv", out)
    rows = {r["country"] + "/" + r["admin1"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    mali = rows["Mali/"]
    assert (mali["latitude"], mali["longitude"], mali["location"], mali["geo_precision"]) == ("", "", "", "3")
    assert "country-level location" in mali["tags"]
    gao = rows["Mali/Gao"]
    assert (gao["latitude"], gao["location"]) == ("16.2717", "Gao") and "country-level" not in gao["tags"]


def test_the_located_filter_and_the_bbox_leave_out_country_only_events(mixed_store: Store) -> None:
    assert mixed_store.count_events() == 2
    assert [e["location"]["name"] for e in mixed_store.query_events(located=True)] == ["Gao"]
    assert [e["location"]["name"] for e in mixed_store.query_events(located=False)] == ["Mali"]
    # a box around Mali's centroid holds no event: the country's centroid is no place inside it
    assert mixed_store.count_events(bbox=(-5.0, 16.0, -3.0, 18.0)) == 0
    assert mixed_store.count_events(bbox=(-1.0, 16.0, 1.0, 17.0)) == 1
    out = io.StringIO()
    assert export_events(mixed_store, "acled-csv", out, located=True) == 1


def test_the_cli_export_located_only(mixed_store: Store) -> None:
    path = str(mixed_store.path)
    runner = CliRunner()
    res = runner.invoke(cli, ["export", "--format", "geojson", "--db", path, "--located-only"])
    assert res.exit_code == 0, res.output
    assert [f["properties"]["location"]["name"] for f in json.loads(res.stdout)["features"]] == ["Gao"]


# -- the API: the same decisions, the timeline's counts add up, contradictory types are a 422 -------------

@pytest.fixture()
def client(mixed_store: Store):
    from eventwire.api.app import create_app
    from http_helpers import SyncASGIClient

    undated = _article("undated", GAO)
    undated.reports[0].date = DateValue(value=None, precision=None, text=None)
    undated.published = None
    mixed_store.add_article(undated)
    c = SyncASGIClient(create_app(mixed_store))
    yield c
    c.close()


def test_api_country_only_events_have_null_geometry_and_the_located_filter(client) -> None:
    body = client.get("/api/events").json()
    by_name = {}
    for f in body["features"]:
        by_name.setdefault(f["properties"]["location"]["name"], []).append(f)
    assert all(f["geometry"] is None for f in by_name["Mali"])
    assert all(f["geometry"] is not None for f in by_name["Gao"])
    located = client.get("/api/events", params={"located": "true"}).json()["total"]
    unlocated = client.get("/api/events", params={"located": "false"}).json()["total"]
    assert located + unlocated == body["total"] and unlocated == 1
    assert client.get("/api/stats", params={"located": "true"}).json()["events"] == located
    assert client.get("/api/events", params={"located": "perhaps"}).status_code == 422


def test_api_stats_count_the_undated_events_the_timeline_leaves_out(client) -> None:
    for params in ({}, {"country": "MLI"}, {"located": "true"}):
        stats = client.get("/api/stats", params=params).json()
        total = client.get("/api/events", params=params).json()["total"]
        assert sum(stats["by_day"].values()) + stats["undated"] == stats["events"] == total, params
    assert client.get("/api/stats").json()["undated"] == 1


def test_a_sub_event_type_of_another_event_type_is_a_422_not_an_empty_page(client, mixed_store: Store) -> None:
    r = client.get("/api/events", params={"event_type": "Battles", "sub_event_type": "Attack"})
    assert r.status_code == 422
    assert "Violence against civilians" in r.json()["detail"][0]["msg"]
    assert client.get("/api/events", params={"event_type": "battles", "sub_event_type": "armed clash"}).status_code == 200
    res = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--db", str(mixed_store.path),
                                   "--event-type", "Battles", "--sub-event-type", "Attack"])
    assert res.exit_code == 2 and "Violence against civilians" in res.output


# -- two ingests started at once on a new database: both made the schema, one failed (exit 5) --------------

def test_a_migration_step_another_process_made_meanwhile_is_skipped(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from eventwire.store import migrations

    path = tmp_path / "race.db"
    Store.open(path).close()  # the first process made the whole schema
    real = migrations.schema_version
    first = [True]

    def version(conn: sqlite3.Connection) -> int:
        if first[0]:  # the second process read the version before the first one committed
            first[0] = False
            return 0
        return real(conn)

    monkeypatch.setattr(migrations, "schema_version", version)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        assert migrations.migrate(conn) == 0  # no "table articles already exists"
        assert real(conn) == migrations.SCHEMA_VERSION
    finally:
        conn.close()


def test_stores_opened_at_once_on_a_new_file_all_open(tmp_path: Path) -> None:
    path = tmp_path / "together.db"
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def open_it() -> None:
        barrier.wait()
        try:
            Store.open(path).close()
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION


def test_an_ingest_counts_its_own_events_while_another_writes_the_same_database(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    towns = [Place(name=f"Town{i}", latitude=10.0 + i, longitude=5.0 + i, country="Mali", iso="MLI",
                   admin1=f"Region{i}", geo_precision=1, feature_code="PPL") for i in range(6)]
    mine = [_article(f"mine{i}", towns[i], day=f"2024-03-0{i + 1}") for i in range(3)]
    theirs = iter([_article(f"theirs{i}", towns[3 + i], day=f"2024-04-0{i + 1}") for i in range(3)])
    with Store.open(path) as store, Store.open(path) as other:

        def meanwhile(summary) -> None:  # the other process stores an article of its own
            article = next(theirs, None)
            if article is not None:
                other.add_article(article)

        summary = ingest([], store=store, pipeline=_AsTheyAre(), articles=mine, progress=meanwhile)
        assert summary.articles == 3 and summary.events == 3  # not 3 + the other run's
        assert store.count_events() == 6


def test_serve_on_a_port_in_use_says_so_and_how_to_fix_it(mixed_store: Store) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        res = CliRunner().invoke(cli, ["serve", "--db", str(mixed_store.path), "--port", str(port)])
    assert res.exit_code == 3
    assert f"port {port} on 127.0.0.1 is already in use" in res.output and "--port 0" in res.output


# -- an ingest with --workers killed with SIGKILL left its workers asleep for ever ---------------------------

_POOL_SCRIPT = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
from eventwire.ingest_run import _worker_init
pool = ProcessPoolExecutor(2, initializer=_worker_init, initargs=(dict, os.getpid()))
pids = sorted({pool.submit(os.getpid).result() for _ in range(8)} | {p for p in pool._processes})
print(" ".join(map(str, pids)), flush=True)
time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in state  # a zombie has exited


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_pool_workers_exit_when_the_ingest_is_killed() -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    proc = subprocess.Popen([sys.executable, "-c", _POOL_SCRIPT], stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(p) for p in proc.stdout.readline().split()]
        assert len(workers) == 2 and all(_alive(p) for p in workers)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 15
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(p) for p in workers)
    finally:
        if proc.poll() is None:
            proc.kill()


def test_a_json_array_is_refused_with_the_way_to_convert_it(tmp_path: Path) -> None:
    from eventwire.errors import InputError

    path = tmp_path / "dump.json"
    path.write_text(json.dumps([{"text": "Gunmen killed five villagers in Kano on Monday."}]))
    (got,) = list(iter_articles([str(path)]))
    assert got.rejections and "JSON Lines" in got.rejections[0].detail and "jq" in got.rejections[0].detail
    with pytest.raises(InputError, match="JSON array"):
        read_path(path)


def test_the_cli_says_what_a_gone_url_withdrew_and_exits_0(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import eventwire.pipeline

    monkeypatch.setattr(eventwire.pipeline, "load_pipeline", lambda *a, **k: _OneReportPipeline())
    httpd = _server({"/story": [200, 410]})
    url = f"http://127.0.0.1:{httpd.server_address[1]}/story"
    db = str(tmp_path / "cli.db")
    try:
        runner = CliRunner()
        first = runner.invoke(cli, ["ingest", url, "--db", db, "--quiet"])
        assert first.exit_code == 0, first.output
        second = runner.invoke(cli, ["ingest", url, "--db", db, "--quiet"])
        assert second.exit_code == 0, second.output  # not "nothing could be read" (2): the run withdrew a page
        assert "1 stored article(s) withdrawn" in second.output and "HTTP 410" in second.output
        assert "withdrawn (the URL answered 404/410)" in second.output
    finally:
        httpd.shutdown()


def test_extract_geojson_gives_a_country_only_event_no_point() -> None:
    from eventwire.output import events_geojson

    located = {"location": {"name": "Gao", "country": "Mali", "latitude": 16.27, "longitude": -0.04,
                            "geo_precision": 1, "feature_code": "PPLA"}}
    country = {"location": {"name": "Mali", "country": "Mali", "latitude": 17.0, "longitude": -4.0,
                            "geo_precision": 3, "feature_code": "PCLI"}}
    got = events_geojson([located, country])["features"]
    assert got[0]["geometry"] == {"type": "Point", "coordinates": [-0.04, 16.27]} and got[1]["geometry"] is None
    assert got[1]["properties"]["location"]["latitude"] == 17.0  # the JSON contract itself is unchanged
