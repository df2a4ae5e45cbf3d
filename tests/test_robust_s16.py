"""Robustness, sixteenth session: a crawl's 404/410 records are rejections with a reason (counted per run
and in `eventwire stats`), and withdraw what was stored from their URL; a withdrawn page that answers 200
again with the same bytes is back with its events (the latest reading wins); a page withdrawn by hand stays
withdrawn; `ingest --commit-every N` exposes the group commit with its trade-off."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.cli import cli
from eventwire.ingest.readers import iter_articles
from eventwire.ingest_run import ingest
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
from eventwire.store.sqlite import WITHDRAWN, Store
from http_helpers import status_server

PAGE = (b"<!doctype html><html><head><title>Clash near Gao</title></head><body><article>"
        b"<h1>Clash near Gao</h1><p>Militants clashed with soldiers near Gao on Tuesday, killing three people, "
        b"officials said on Wednesday.</p></article></body></html>")
GAO = Place(name="Gao", latitude=16.2717, longitude=-0.0447, country="Mali", iso="MLI", admin1="Gao",
            geo_precision=1, feature_code="PPLA")


class OneReport:
    """Gives every readable article one clash at Gao (what the NLP would find in PAGE)."""

    def pipe(self, articles, *, batch_size: int = 16) -> Iterator[Article]:
        for article in articles:
            if article.text and not article.rejections:
                text = article.text
                start = max(0, text.find("Militants"))
                sentence = text[start:start + 60]
                article.published = article.published or dt.date(2024, 3, 6)
                article.reports = [EventReport(
                    event_type="Battles", sub_event_type="Armed clash", disorder_type="Political violence",
                    evidence=Evidence(text=sentence, start=start, end=start + len(sentence)),
                    actor1=Actor("Islamic State (Sahel)", 2, "militants"),
                    actor2=Actor("Military Forces of Mali", 1, "soldiers"),
                    location=PlaceMention(start=start, end=start + 3, text="Gao", place=GAO),
                    date=DateValue(value="2024-03-05", precision=1, text="on Tuesday"),
                    fatalities=Fatalities(count=3), section="body", confidence=0.8)]
            yield article

    def coder_info(self) -> dict:
        return {"eventwire": "test"}


def warc(path: Path, records: list[tuple[str, str, bytes]]) -> Path:
    """A WARC of response records (url, HTTP status line, body)."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.suffix == ".gz")
        for url, status, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers,
                                                          warc_headers_dict={"WARC-Date": "2024-03-07T10:00:00Z"}))
    return path


# -- 2. a crawl's 404/410 records -------------------------------------------------------------------------

def test_warc_404_410_and_5xx_records_are_rejections_with_a_reason(tmp_path: Path) -> None:
    path = warc(tmp_path / "crawl.warc.gz", [
        ("https://news.example/gao", "200 OK", PAGE),
        ("https://news.example/old", "404 Not Found", b"<html><body>not here</body></html>"),
        ("https://news.example/removed", "410 Gone", b""),
        ("https://news.example/busy", "503 Service Unavailable", b"busy"),
        ("https://news.example/moved", "301 Moved Permanently", b""),  # a redirect: not a page, not a failure
        ("https://news.example/static/logo.png", "404 Not Found", b"<html>no</html>"),  # an asset, not a page
        ("http://[::1/broken", "404 Not Found", b"no"),  # a malformed URI does not stop the file
    ])
    arts = list(iter_articles([str(path)]))
    rejected = {a.url: [r.reason for r in a.rejections] for a in arts if a.rejections}
    assert rejected == {"https://news.example/old": ["gone"], "https://news.example/removed": ["gone"],
                        "https://news.example/busy": ["fetch_failed"], "http://[::1/broken": ["gone"]}
    assert "HTTP 404 Not Found" in next(a for a in arts if a.url == "https://news.example/old").rejections[0].detail
    with Store.open(tmp_path / "w.db") as store:
        summary = ingest([str(path)], store=store, pipeline=OneReport())
        assert (summary.read, summary.articles, summary.unreadable) == (5, 5, 4)
        assert summary.rejections_by_reason == {"gone": 3, "fetch_failed": 1}
        assert store.stats()["rejections"] == {"gone": 3, "fetch_failed": 1}
        again = ingest([str(path)], store=store, pipeline=OneReport())  # re-run: nothing counted twice
        assert again.articles == 0 and store.stats()["rejections"] == {"gone": 3, "fetch_failed": 1}
    res = CliRunner().invoke(cli, ["stats", "--db", str(tmp_path / "w.db"), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["rejections"] == {"gone": 3, "fetch_failed": 1}
    res = CliRunner().invoke(cli, ["db", "stats", "--db", str(tmp_path / "w.db")])
    assert res.exit_code == 0 and "rejected: gone" in res.output


def test_a_recrawl_404_withdraws_the_stored_page_and_a_later_200_brings_it_back(tmp_path: Path) -> None:
    url = "https://news.example/gao"
    first = warc(tmp_path / "c1.warc", [(url, "200 OK", PAGE)])
    second = warc(tmp_path / "c2.warc", [(url, "404 Not Found", b"gone")])
    third = warc(tmp_path / "c3.warc", [(url, "200 OK", PAGE)])
    with Store.open(tmp_path / "r.db") as store:
        assert ingest([str(first)], store=store, pipeline=OneReport()).events == 1
        gone = ingest([str(second)], store=store, pipeline=OneReport())
        assert gone.withdrawn == 1 and store.count_events() == 0
        back = ingest([str(third)], store=store, pipeline=OneReport())
        assert (back.reinstated, back.articles, store.count_events()) == (1, 0, 1)
        stats = store.stats()
        assert (stats["articles"], stats["withdrawn"]) == (2, 0)  # the page and the 404's placeholder
        event = store.query_events()[0]
        assert event["sources"] == 1 and event["fatalities"]["count"] == 3


def test_no_database_no_stats(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["stats", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 5 and "no database at" in res.output and "Traceback" not in res.output


# -- 3. a withdrawn URL that answers 200 again --------------------------------------------------------------

def _server(statuses: dict[str, list[int]]) -> ThreadingHTTPServer:
    """Serves PAGE; each path answers the statuses listed for it in turn (the last one for ever)."""
    return status_server(statuses, page=PAGE)


@pytest.mark.parametrize("status", [404, 410])
def test_a_withdrawn_url_that_answers_again_is_back_with_its_events(tmp_path: Path, status: int) -> None:
    httpd = _server({"/story": [200, status, 200, status]})
    url = f"http://127.0.0.1:{httpd.server_address[1]}/story"
    try:
        with Store.open(tmp_path / "b.db") as store:
            assert ingest([url], store=store, pipeline=OneReport()).events == 1
            assert ingest([url], store=store, pipeline=OneReport()).withdrawn == 1
            assert store.count_events() == 0
            back = ingest([url], store=store, pipeline=OneReport())
            assert (back.reinstated, back.events, store.count_events()) == (1, 1, 1)
            (page,) = store.conn.execute("SELECT id, superseded_by FROM articles WHERE raw_hash NOT LIKE 'nohash:%'")
            assert page["superseded_by"] is None
            assert store.get_article(page["id"])["reports"][0]["event_id"] is not None
            assert {e["action"] for e in store.merge_log()} >= {"withdrawn", "new"}
            again = ingest([url], store=store, pipeline=OneReport())  # gone once more: withdrawn once more
            assert again.withdrawn == 1 and store.count_events() == 0
    finally:
        httpd.shutdown()


def test_a_page_withdrawn_by_hand_stays_withdrawn_when_read_again(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "gao.html").write_bytes(PAGE)
    with Store.open(tmp_path / "h.db") as store:
        ingest([str(tmp_path / "in")], store=store, pipeline=OneReport())
        (row,) = store.conn.execute("SELECT id FROM articles")
        store.withdraw(row["id"])
        again = ingest([str(tmp_path / "in")], store=store, pipeline=OneReport())
        assert (again.reinstated, again.skipped_existing, store.count_events()) == (0, 1, 0)
        assert store.get_article(row["id"])["superseded_by"] == WITHDRAWN


def test_reinstate_refuses_an_article_that_is_not_withdrawn(tmp_path: Path) -> None:
    from eventwire.errors import StoreError

    (tmp_path / "gao.html").write_bytes(PAGE)
    with Store.open(tmp_path / "n.db") as store:
        ingest([str(tmp_path / "gao.html")], store=store, pipeline=OneReport())
        (row,) = store.conn.execute("SELECT id FROM articles")
        with pytest.raises(StoreError, match="not withdrawn"):
            store.reinstate(row["id"])


# -- 4. group commit as an opt-in ----------------------------------------------------------------------------

def test_commit_every_is_an_option_with_its_trade_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import eventwire.pipeline

    monkeypatch.setattr(eventwire.pipeline, "load_pipeline", lambda **kw: OneReport())
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(7):
        (folder / f"p{k}.html").write_bytes(PAGE.replace(b"Tuesday", f"Tuesday ({k})".encode()))
    runner = CliRunner()
    help_text = runner.invoke(cli, ["ingest", "--help"]).output
    assert "--commit-every" in help_text and "loses up to N" in help_text
    res = runner.invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "g.db"), "--quiet", "--commit-every", "4"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "one.db"), "--quiet"])
    assert res.exit_code == 0, res.output
    with Store.open(tmp_path / "g.db") as grouped, Store.open(tmp_path / "one.db") as single:
        assert grouped.table_counts() == single.table_counts()
        assert grouped.stats()["articles"] == 7
    bad = runner.invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "x.db"), "--commit-every", "0"])
    assert bad.exit_code == 2 and "commit-every" in bad.output


# -- malformed URLs (met while testing the crawl records): a clear error or a stored page, no traceback ------

def test_a_page_with_a_malformed_url_is_stored_with_its_event(tmp_path: Path) -> None:
    line = {"url": "http://[::1/story", "published": "2024-03-06", "title": "Clash near Gao",
            "text": "Militants clashed with soldiers near Gao on Tuesday, killing three people."}
    (tmp_path / "bad.jsonl").write_text(json.dumps(line) + "\n")
    with Store.open(tmp_path / "u.db") as store:
        summary = ingest([str(tmp_path / "bad.jsonl")], store=store, pipeline=OneReport())
        assert (summary.articles, summary.events) == (1, 1)
        assert store.query_events()[0]["outlets"] == []  # no host to name


def test_a_malformed_file_url_is_an_input_error(tmp_path: Path) -> None:
    for verb in (["ingest", "file://[::1/x", "--db", str(tmp_path / "f.db")], ["extract", "file://[::1/x"]):
        res = CliRunner().invoke(cli, verb)
        assert res.exit_code == 2 and "not a valid file:// URL" in res.output, res.output
        assert "Traceback" not in res.output
    assert not (tmp_path / "f.db").exists()
