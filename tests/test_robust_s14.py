"""An analyst's week with eventwire (fourteenth session): ingest -> database -> exports. Each test is a
failure found by using the tool on articles of our own: a toll update ignored, a page corrected at
source counted twice, a read-only database answered with a traceback or refused for reading, an export
into a missing folder, formulas in a spreadsheet, a progress line that disagreed with the summary."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.errors import StoreError
from eventwire.export import export_events
from eventwire.export.acled import defuse_formula
from eventwire.ingest_run import IngestSummary, ingest
from eventwire.merge import compose_event
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
from eventwire.store.sqlite import READABLE_SINCE, Store

GAO = Place(name="Gao", latitude=16.2717, longitude=-0.0447, country="Mali", iso="MLI", admin1="Gao",
            geo_precision=1)


def _article(ident: str, sentence: str, *, fatalities: int, published: str, url: str | None = None,
             title: str | None = None, day: str = "2024-03-05", raw: str | None = None) -> Article:
    text = f"{title or 'Attack near Gao'}\n\n{sentence}"
    start = text.index(sentence)
    art = Article(id=ident, text=text, source=f"{ident}.html", url=url, title=title or "Attack near Gao",
                  published=dt.date.fromisoformat(published), outlet="Wire", language="en",
                  raw_hash=raw or f"raw-{ident}")
    p = text.index("Gao", start) if "Gao" in text[start:] else start
    art.reports = [EventReport(
        event_type="Violence against civilians", sub_event_type="Attack", disorder_type="Political violence",
        evidence=Evidence(text=sentence, start=start, end=start + len(sentence)),
        actor1=Actor("Islamic State (Sahel)", 2, "militants"), actor2=Actor("Civilians (Mali)", 7, "villagers"),
        location=PlaceMention(start=p, end=p + 3, text="Gao", place=GAO),
        date=DateValue(value=day, precision=1, text="on Tuesday"), fatalities=Fatalities(count=fatalities),
        section="body", confidence=0.8)]
    return art


def _report(sentence: str, count: int) -> dict:
    return {"event_type": "Violence against civilians", "sub_event_type": "Attack",
            "fatalities": {"count": count, "text": str(count), "claimed_by": None},
            "evidence": {"text": sentence, "start": 0, "end": len(sentence)}, "confidence": 0.8,
            "actor1": {"name": "Islamic State (Sahel)", "inter": 2}, "location": {"name": "Gao"},
            "date": {"value": "2024-03-05", "precision": 1}}


# -- a toll that rises is an update, not a conflict (ACLED updates fatalities as news comes) -------

def test_a_toll_update_supersedes_the_lowest_figure() -> None:
    first = _report("Militants killed at least 21 villagers near Gao on Tuesday.", 21)
    other = _report("At least 23 people died when militants attacked villagers near Gao.", 23)
    update = _report("The death toll from Tuesday's attack in Gao rose to 42, officials said.", 42)
    assert compose_event([first, other])["fatalities"]["count"] == 21  # conflicting reports: the lowest
    assert compose_event([first, update, other])["fatalities"]["count"] == 42
    later = _report("The toll now stands at 45, a local official said.", 45)
    assert compose_event([first, later, update], published=["2024-03-06", "2024-03-08", "2024-03-07"])[
        "fatalities"]["count"] == 45
    # the latest update wins, even when an earlier one gave a higher figure (a toll revised down)
    assert compose_event([first, later, update], published=["2024-03-06", "2024-03-07", "2024-03-08"])[
        "fatalities"]["count"] == 42


def test_a_stored_toll_update_raises_the_events_fatalities(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        store.add_article(_article("a1", "Militants killed 21 villagers in an attack near Gao on Tuesday.",
                                   fatalities=21, published="2024-03-06"))
        store.add_article(_article("a2", "Gunmen killed 21 villagers near Gao on Tuesday, residents said.",
                                   fatalities=21, published="2024-03-06"))
        store.add_article(_article("a3", "The death toll from Tuesday's attack near Gao rose to 42.",
                                   fatalities=42, published="2024-03-07"))
        [event] = store.query_events()
        assert event["sources"] == 3
        assert event["fatalities"]["count"] == 42
        assert store.count_events() == 1


# -- a page corrected at source (same URL, new bytes) replaces the stored version ----------------

def test_a_corrected_page_supersedes_its_old_version(tmp_path: Path) -> None:
    url = "https://news.example/gao-attack"
    with Store.open(tmp_path / "c.db") as store:
        store.add_article(_article("v1", "Militants killed three villagers in an attack near Gao on Tuesday.",
                                   fatalities=3, published="2024-03-06", url=url))
        store.add_article(_article("v2", "Militants killed seven villagers in an attack near Gao on Tuesday.",
                                   fatalities=7, published="2024-03-06", url=url))
        [event] = store.query_events()
        assert event["fatalities"]["count"] == 7 and event["sources"] == 1
        old = store.get_article("v1")
        assert old is not None and old["superseded_by"] == "v2"
        assert [r["event_id"] for r in old["reports"]] == [None]  # kept for provenance, in no event
        assert store.get_article("v2")["superseded_by"] is None
        assert any(e["action"] == "superseded" for e in store.merge_log())
        # the old bytes again (a cached copy) change nothing
        assert not store.add_article(_article("v1", "Militants killed three villagers in an attack near Gao on "
                                              "Tuesday.", fatalities=3, published="2024-03-06", url=url))
        assert store.query_events()[0]["fatalities"]["count"] == 7
        stats = store.stats()  # the old version is kept, but no longer counted as an article
        assert (stats["articles"], stats["superseded"], stats["withdrawn"]) == (1, 1, 0)


def test_two_stories_under_one_url_are_not_versions(tmp_path: Path) -> None:
    """A feed that links every item to its front page: other title, other words, both kept."""
    url = "https://news.example/"
    with Store.open(tmp_path / "f.db") as store:
        store.add_article(_article("s1", "Militants killed three villagers in an attack near Gao on Tuesday.",
                                   fatalities=3, published="2024-03-06", url=url, title="Attack near Gao"))
        store.add_article(_article("s2", "Protesters blocked roads in Bamako over fuel prices and school fees.",
                                   fatalities=0, published="2024-03-06", url=url, title="Fuel protest",
                                   day="2024-03-04"))
        assert store.get_article("s1")["superseded_by"] is None
        assert store.count_events() == 2


# -- the progress line and the summary agree -----------------------------------------------------

class _FakePipeline:
    def pipe(self, articles, *, batch_size: int = 16):
        yield from articles

    def coder_info(self) -> dict:
        return {"eventwire": "test"}


def test_the_last_progress_line_agrees_with_the_summary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import eventwire.ingest_run as ingest_run

    ticks = iter(x * 0.3 for x in range(10_000))  # 0.3 s per clock read: event counts refresh every other tick
    monkeypatch.setattr(ingest_run.time, "perf_counter", lambda: next(ticks))
    seen: list[IngestSummary] = []
    arts = [_article(f"p{i}", f"Militants killed {i + 2} villagers near Gao on Tuesday, police said.",
                     fatalities=i + 2, published="2024-03-06", day=f"2024-03-{i + 1:02d}") for i in range(6)]
    with Store.open(tmp_path / "p.db") as store:
        summary = ingest([], store=store, pipeline=_FakePipeline(), articles=arts,
                         progress=lambda s: seen.append(IngestSummary(**{k: getattr(s, k) for k in s.__slots__})))
    assert summary.events == 6 and summary.read == 6 and summary.articles == 6
    last = seen[-1]
    assert (last.events, last.articles, last.read) == (summary.events, summary.articles, summary.read)


# -- read-only databases: readable by serve/export, a clear error for ingest ----------------------

def _v5_copy(src: Path, dst: Path) -> None:
    shutil.copy(src, dst)
    conn = sqlite3.connect(dst)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("DROP INDEX articles_url")
    conn.execute("ALTER TABLE articles DROP COLUMN superseded_by")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()


def test_an_older_schema_is_read_without_migrating_when_read_only(tmp_path: Path) -> None:
    assert READABLE_SINCE == 5
    db = tmp_path / "new.db"
    with Store.open(db) as store:
        store.add_article(_article("r1", "Militants killed 4 villagers near Gao on Tuesday.", fatalities=4,
                                   published="2024-03-06", url="https://news.example/r1"))
    old = tmp_path / "old.db"
    _v5_copy(db, old)
    with Store.open(old, readonly=True) as ro:
        assert ro.count_events() == 1 and ro.get_article("r1")["title"] == "Attack near Gao"
        with pytest.raises(StoreError, match="read-only"):
            ro.check_writable()


def _unprivileged() -> list[str] | None:
    """A command prefix under which file permissions hold (root ignores them: drop its override)."""
    if os.name != "posix":
        return None
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    caps = "-dac_override,-dac_read_search"
    return [setpriv, "--bounding-set", caps, "--inh-caps", caps]


def _eventwire(prefix: list[str], *args: str) -> subprocess.CompletedProcess:
    code = "from eventwire.cli import main; main()"
    return subprocess.run([*prefix, sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=120)


def test_read_only_file_and_folder(tmp_path: Path) -> None:
    prefix = _unprivileged()
    if prefix is None:
        pytest.skip("needs POSIX permissions (or setpriv when run as root)")
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "events.db"
    with Store.open(db) as store:  # WAL mode, closed cleanly: no -wal or -shm left
        store.add_article(_article("w1", "Militants killed 4 villagers near Gao on Tuesday.", fatalities=4,
                                   published="2024-03-06"))
    feed = tmp_path / "in.jsonl"
    feed.write_text('{"id": "x", "text": "Gunmen killed two people in Gao on Monday.", "published": "2024-03-05"}\n')
    os.chmod(db, 0o444)
    os.chmod(folder, 0o555)
    try:
        for target in (db, folder / "old.db"):
            if target.name == "old.db":
                os.chmod(folder, 0o755)
                _v5_copy(db, target)
                os.chmod(target, 0o444)
                os.chmod(folder, 0o555)
            out = _eventwire(prefix, "export", "--db", str(target), "--format", "jsonl")
            assert out.returncode == 0, out.stderr
            assert len(out.stdout.splitlines()) == 1
            res = _eventwire(prefix, "ingest", str(feed), "--db", str(target), "--quiet")
            assert res.returncode == 5, res.stderr
            assert "Traceback" not in res.stderr
            assert str(target) in res.stderr and "writable" in res.stderr and "--db" in res.stderr
            assert "loading models" not in res.stderr  # refused before the models were loaded
        res = _eventwire(prefix, "ingest", str(feed), "--db", str(folder / "new.db"), "--quiet")
        assert res.returncode == 5 and "Traceback" not in res.stderr and "writable" in res.stderr
    finally:
        os.chmod(folder, 0o755)
        os.chmod(db, 0o644)


# -- exports ---------------------------------------------------------------------------------------

def test_export_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    with Store.open(db) as store:
        store.add_article(_article("e1", "Militants killed 4 villagers near Gao on Tuesday.", fatalities=4,
                                   published="2024-03-06"))
    for fmt, name in (("acled-csv", "x.csv"), ("parquet", "x.parquet"), ("geojson", "x.geojson")):
        target = tmp_path / "no" / "such" / name
        res = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", fmt, "-o", str(target)])
        assert res.exit_code == 3, res.output
        assert res.exception is None or isinstance(res.exception, SystemExit)
        assert str(target) in res.output and "-o" in res.output


def test_export_type_filters_in_any_case_and_misspelt_types_named(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    with Store.open(db) as store:
        store.add_article(_article("t1", "Militants killed 4 villagers near Gao on Tuesday.", fatalities=4,
                                   published="2024-03-06"))
    res = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl", "--event-type",
                                   "violence against civilians", "--admin1", "GAO"])
    assert res.exit_code == 0 and res.output.count('"event_type"') == 1
    res = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl", "--event-type", "Battle"])
    assert res.exit_code == 2 and "Battles" in res.output
    res = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl", "--country", "NGA"])
    assert res.exit_code == 0 and "note: no event matched the filters (the database holds 1 event(s))" in res.output


def test_defuse_formula_touches_only_formulas() -> None:
    assert defuse_formula("=HYPERLINK(\"http://x\",\"y\")") == "'=HYPERLINK(\"http://x\",\"y\")"
    assert defuse_formula("@SUM(A1)") == "'@SUM(A1)"
    assert defuse_formula("+1+2") == "'+1+2"
    assert defuse_formula("- Gunmen killed two") == "'- Gunmen killed two"
    assert defuse_formula("-12.3") == "-12.3"  # a number is data
    assert defuse_formula("Gunmen = attackers") == "Gunmen = attackers"
    assert defuse_formula(-12.3) == -12.3 and defuse_formula(None) is None


def test_acled_csv_defuses_text_cells_keeps_numbers_and_quotes_newlines(tmp_path: Path) -> None:
    sentence = '=HYPERLINK("http://evil.example","click") was written, they said; "quoted",\nnext line near Gao.'
    art = _article("x1", sentence, fatalities=2, published="2024-03-06")
    art.reports[0].actor1 = Actor("@militia", 3, "@militia")
    art.reports[0].location.place.admin2 = 'Cercle "A",\nB'  # a cell with a comma, quotes and a line break
    with Store.open(tmp_path / "x.db") as store:
        store.add_article(art)
        out = io.StringIO()
        assert export_events(store, "acled-csv", out) == 1
        raw = io.StringIO()
        export_events(store, "acled-csv", raw, formula_guard=False)
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["notes"].startswith("'=HYPERLINK(") and '"quoted"' in row["notes"]
    assert "\n" not in row["notes"]  # the evidence's line breaks are spaces: one line of notes per event
    assert row["admin2"] == 'Cercle "A",\nB'  # quoted, read back as one cell
    assert row["actor1"] == "'@militia"
    assert row["longitude"] == "-0.0447" and row["latitude"] == "16.2717" and row["fatalities"] == "2"
    [plain] = list(csv.DictReader(io.StringIO(raw.getvalue())))
    assert plain["notes"].startswith("=HYPERLINK(") and plain["actor1"] == "@militia"
    res_help = CliRunner().invoke(cli, ["export", "--help"])
    assert "--raw-text" in res_help.output and "--bom" in res_help.output and "--admin1" in res_help.output


def test_acled_csv_with_a_bom_for_excel(tmp_path: Path) -> None:
    db = tmp_path / "b.db"
    art = _article("b1", "Militants killed 4 villagers near Gao on Tuesday.", fatalities=4, published="2024-03-06")
    art.reports[0].location.place.admin2 = "Ménaka"
    with Store.open(db) as store:
        store.add_article(art)
    target = tmp_path / "b.csv"
    res = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "acled-csv", "--bom", "-o", str(target)])
    assert res.exit_code == 0, res.output
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfevent_id_cnty,") and "Ménaka".encode() in data
    res = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl", "--bom"])
    assert res.exit_code == 2


# -- a gzip bomb is stopped while it inflates, not after a whole network chunk is inflated ---------

def _serve(body: bytes, encoding: str):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            if encoding:
                self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    return httpd


def test_a_gzip_bomb_is_stopped_within_the_size_limit() -> None:
    import gzip
    import tracemalloc

    from eventwire.errors import InputTooLargeError
    from eventwire.ingest.fetch import fetch

    bomb = gzip.compress(b"\0" * 200_000_000, compresslevel=9)  # ~200 kB that inflate to 200 MB
    httpd = _serve(bomb, "gzip")
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/bomb"
        tracemalloc.start()
        try:
            with pytest.raises(InputTooLargeError, match="size limit"):
                fetch(url, max_bytes=1_000_000, timeout=10)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak < 8_000_000, f"{peak:,} bytes held while refusing a 1 MB-limited bomb"
    finally:
        httpd.shutdown()


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "deflate-raw", ""])
def test_compressed_pages_are_still_read(encoding: str) -> None:
    import gzip
    import zlib

    from eventwire.ingest.fetch import fetch

    page = ("<html><body><p>" + "Gunmen attacked a market in Gao on Monday. " * 500 + "</p></body></html>").encode()
    if encoding == "gzip":
        body = gzip.compress(page[:5000]) + gzip.compress(page[5000:])  # two members
    elif encoding == "deflate":
        body = zlib.compress(page)
    elif encoding == "deflate-raw":
        c = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        body = c.compress(page) + c.flush()
    else:
        body = page
    httpd = _serve(body, "deflate" if encoding == "deflate-raw" else encoding)
    try:
        got = fetch(f"http://127.0.0.1:{httpd.server_address[1]}/p", timeout=10)
        assert got.content == page
    finally:
        httpd.shutdown()


def test_an_unread_content_encoding_is_a_fetch_error() -> None:
    from eventwire.errors import FetchError
    from eventwire.ingest.fetch import fetch

    httpd = _serve(b"\x8b\x02\x80hello\x03", "br")
    try:
        with pytest.raises(FetchError, match="'br' encoding"):
            fetch(f"http://127.0.0.1:{httpd.server_address[1]}/p", timeout=10)
    finally:
        httpd.shutdown()


# -- a saved page keeps its address: the canonical link (the API's article_url, the supersede key) -

def test_a_saved_page_takes_its_canonical_url() -> None:
    from eventwire.ingest.readers import read_bytes
    from eventwire.sections import segment

    page = (b'<html><head><title>Clashes in Gao</title><link rel="canonical" href="https://news.example/gao/1">'
            b'</head><body><article><h1>Clashes in Gao</h1><p>Gunmen attacked a market in Gao on Monday, '
            b'killing four people, officials said.</p></article></body></html>')
    article = read_bytes(page, source="saved/gao.html")
    segment(article)
    assert article.url == "https://news.example/gao/1"
    relative = page.replace(b"https://news.example/gao/1", b"/gao/1")
    article = read_bytes(relative, source="saved/gao2.html")
    segment(article)
    assert article.url is None  # no guessing a host
    fetched = read_bytes(page, source="https://mirror.example/x", url="https://mirror.example/x")
    segment(fetched)
    assert fetched.url == "https://mirror.example/x"  # a fetched page keeps the address it came from


# -- ingest: a source that cannot be read is said, not only counted -------------------------------

def test_ingest_of_only_missing_paths_fails_before_loading_models(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    res = CliRunner().invoke(cli, ["ingest", str(tmp_path / "nothere.html"), "--db", str(db), "--quiet"])
    assert res.exit_code == 2, res.output
    assert "nothere.html: no such file, folder or URL" in res.output
    assert not db.exists()  # refused before the database and the models
    res = CliRunner().invoke(cli, ["ingest", "nothere.html", "ftp://example.org/a", "--db", str(db)])
    assert res.exit_code == 2 and "none of the sources can be read" in res.output and "ftp://" in res.output


def test_unreadable_inputs_are_named_in_the_summary(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "g1", "text": "Gunmen killed two people in Gao on Monday.", "published": "2024-03-05"}\n'
                    "{not json\n")
    with Store.open(tmp_path / "u.db") as store:
        summary = ingest([str(good), str(tmp_path / "missing.txt")], store=store, pipeline=_FakePipeline())
        again = ingest([str(good), str(tmp_path / "missing.txt")], store=store, pipeline=_FakePipeline())
    assert summary.read == 3 and summary.unreadable == 2
    assert any("missing.txt" in d for d in summary.unreadable_details)
    assert any("line 2" in d and "good.jsonl" in d for d in summary.unreadable_details)
    assert not any(d.count("good.jsonl") > 1 for d in summary.unreadable_details)  # the source named once
    assert again.unreadable == 2 and again.articles == 0  # told again on a re-run, though stored before


# -- an article deleted or retracted at source ------------------------------------------------------

def test_withdrawing_an_article_takes_its_reports_out_of_their_events(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    with Store.open(db) as store:
        store.add_article(_article("k1", "Militants killed 21 villagers in an attack near Gao on Tuesday.",
                                   fatalities=21, published="2024-03-06", url="https://news.example/k1"))
        store.add_article(_article("k2", "The death toll from Tuesday's attack near Gao rose to 42.", fatalities=42,
                                   published="2024-03-07", url="https://news.example/k2"))
        store.add_article(_article("k3", "Militants killed 5 herders near Gao on Monday.", fatalities=5,
                                   published="2024-03-05", url="https://news.example/k3", day="2024-03-04"))
        assert store.count_events() == 2
    res = CliRunner().invoke(cli, ["withdraw", "https://news.example/k2", "k3", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "1 event(s) reported only by them" in res.output
    with Store.open(db) as store:
        [event] = store.query_events()
        assert event["fatalities"]["count"] == 21 and event["sources"] == 1  # the retracted update is gone
        assert store.get_article("k2")["superseded_by"] == "withdrawn"
        assert {e["action"] for e in store.merge_log()} >= {"withdrawn"}
        # the same bytes again do not bring it back
        assert not store.add_article(_article("k2", "The death toll from Tuesday's attack near Gao rose to 42.",
                                              fatalities=42, published="2024-03-07", url="https://news.example/k2"))
        assert store.query_events()[0]["fatalities"]["count"] == 21
        stats = store.stats()
        assert (stats["articles"], stats["superseded"], stats["withdrawn"]) == (1, 0, 2)
    res = CliRunner().invoke(cli, ["withdraw", "k2", "--db", str(db)])
    assert res.exit_code == 2 and "'k2'" in res.output  # already withdrawn: said, not silently done


def test_a_path_too_long_is_a_rejection_not_a_traceback(tmp_path: Path) -> None:
    from eventwire.errors import InputError
    from eventwire.ingest.readers import iter_articles, read_path

    name = "a" * 300  # over NAME_MAX: stat raises ENAMETOOLONG
    [article] = list(iter_articles([name]))
    assert article.rejections and "cannot be read as a path" in article.rejections[0].detail
    with pytest.raises(InputError, match="cannot be read"):
        read_path(name)
    res = CliRunner().invoke(cli, ["extract", name])
    assert res.exit_code == 2, res.output
    assert res.exception is None or isinstance(res.exception, SystemExit)


def test_a_live_page_of_another_day_is_no_new_version(tmp_path: Path) -> None:
    """A live page under one URL, published again the next day with other news: both versions stay."""
    url = "https://news.example/live"
    with Store.open(tmp_path / "l.db") as store:
        store.add_article(_article("d1", "Militants killed three villagers in an attack near Gao on Tuesday.",
                                   fatalities=3, published="2024-03-06", url=url, title="Sahel live"))
        store.add_article(_article("d2", "Militants killed three villagers in an attack near Gao on Wednesday.",
                                   fatalities=3, published="2024-03-07", url=url, title="Sahel live",
                                   day="2024-03-06"))
        assert store.get_article("d1")["superseded_by"] is None
        assert store.count_events() == 2
