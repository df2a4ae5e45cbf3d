"""Robustness probe (session 13): inputs a user may throw at the CLI, the readers and the API, each of
which crashed a batch, passed silently or answered misleadingly before."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.api.filters import FilterError, parse_filters
from eventwire.errors import BinaryInputError, FetchError, InputError, InputTooLargeError
from eventwire.ingest.decode import decode_bytes
from eventwire.ingest.feeds import iter_feed_bytes
from eventwire.ingest.jsonl import iter_jsonl
from eventwire.ingest.readers import iter_articles, local_source, read_path
from eventwire.pipeline import is_fatal
from eventwire.records import Article
from eventwire.sections import segment
from eventwire.sections.html import html_to_text
from eventwire.sections.segment import MAX_TEXT_CHARS

REPORT = "Rebels attacked a police station in Kandahar on Monday, killing three officers."


# -- a text longer than the parser takes: rejected, and the rest of the batch goes on -------------

def test_text_over_parser_limit_is_rejected_not_raised() -> None:
    long_text = "Rebels attacked Kandahar. " * (MAX_TEXT_CHARS // 26 + 10)
    article = Article(id="long", text=long_text, source="test")
    segment(article)
    assert [r.reason for r in article.rejections] == ["too_large"]
    assert is_fatal(article)


def test_batch_with_an_overlong_page_keeps_going(pipeline) -> None:
    huge = Article(id="huge", text=REPORT + " " + "x" * (MAX_TEXT_CHARS + 10), source="huge")
    fine = Article(id="fine", text=REPORT, source="fine")
    done = list(pipeline.pipe([huge, fine], batch_size=4))
    assert [a.id for a in done] == ["huge", "fine"]
    assert "too_large" in {r.reason for r in done[0].rejections}
    assert done[1].reports, "the ordinary article after the overlong one must still be coded"


# -- UTF-16 without a byte order mark ------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded(encoding: str) -> None:
    text = decode_bytes(REPORT.encode(encoding), source="t")
    assert text == REPORT


def test_nul_bytes_on_both_parities_are_still_binary() -> None:
    data = bytes(range(256)) * 20  # NULs at even offsets only once per 256, other bytes everywhere
    data = data.replace(b"\x01", b"\x00")  # NULs at even and odd offsets
    with pytest.raises(BinaryInputError):
        decode_bytes(data, source="t")


# -- HTML nested deeper than libxml2 reads -------------------------------------------------------

def test_deeply_nested_html_still_gives_its_text() -> None:
    page = "<div>" * 1000 + "<script>var x = 1;</script><p>" + REPORT + "</p>" + "</div>" * 1000
    text = html_to_text(page)
    assert REPORT in text
    assert "var x" not in text


def test_deeply_nested_page_is_not_rejected_as_empty() -> None:
    page = "<html><body>" + "<div>" * 1000 + "<p>" + REPORT + "</p>" + "</div>" * 1000 + "</body></html>"
    article = Article(id="deep", text=page, source="deep.html", html=page)
    segment(article)
    assert not article.rejections
    assert REPORT in article.text


# -- empty JSONL files and feeds without entries are recorded, not passed over ---------------------

def test_empty_jsonl_file_is_a_recorded_rejection(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n  \n", encoding="utf-8")
    got = list(iter_jsonl(path))
    assert len(got) == 1
    assert got[0].rejections[0].reason == "empty"


def test_feed_without_entries_is_a_recorded_rejection() -> None:
    feed = b'<?xml version="1.0"?><rss version="2.0"><channel><title>X</title></channel></rss>'
    got = list(iter_feed_bytes(feed, source="feed.rss"))
    assert len(got) == 1
    assert got[0].rejections[0].reason == "empty"


# -- files that report no size, odd sources --------------------------------------------------------

@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero (a device that never ends)")
def test_endless_device_is_too_large_not_read_forever() -> None:
    with pytest.raises(InputTooLargeError):
        read_path("/dev/zero", max_bytes=10_000)


def test_empty_source_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="no source given"):
        local_source("  ")


def test_unsupported_url_scheme_is_a_fetch_error_not_a_missing_file() -> None:
    with pytest.raises(FetchError, match="ftp://"):
        local_source("ftp://example.org/a.txt")
    got = list(iter_articles(["ftp://example.org/a.txt"]))
    assert [r.reason for r in got[0].rejections] == ["fetch_failed"]


def test_file_url_reads_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "a folder ü"
    folder.mkdir()
    page = folder / "page one.txt"
    page.write_text(REPORT, encoding="utf-8")
    url = "file://" + str(page).replace(" ", "%20")
    got = list(iter_articles([url]))
    assert len(got) == 1 and not got[0].rejections
    assert got[0].text == REPORT


# -- CLI -------------------------------------------------------------------------------------------

def test_export_with_end_before_start_is_a_usage_error(tmp_path: Path) -> None:
    from eventwire.cli import cli

    result = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--db", str(tmp_path / "x.db"),
                                      "--start", "2024-05-01", "--end", "2024-01-01"])
    assert result.exit_code == 2
    assert "before --start" in result.output


def test_cli_quiets_trafilatura_errors_by_default() -> None:
    from eventwire.cli import cli

    logger = logging.getLogger("trafilatura")
    before = logger.level
    try:
        CliRunner().invoke(cli, ["export", "--help"])
        assert logger.level == logging.CRITICAL
    finally:
        logger.setLevel(before)


# -- API filters -------------------------------------------------------------------------------------

def test_nul_in_a_text_filter_is_refused_not_ignored() -> None:
    with pytest.raises(FilterError) as info:
        parse_filters(actor="\x00")
    assert info.value.param == "actor"


def test_tabs_and_newlines_in_a_query_are_spaces() -> None:
    assert parse_filters(q="police\tstation\n").q == "police station"


# -- the table of `extract` prints untrusted text: never as rich markup, never terminal escapes ----

def _doc_with(text: str) -> dict:
    event = {"event_type": "Battles", "sub_event_type": "Armed clash", "actor1": {"name": text, "inter": 2},
             "actor2": None, "location": {"name": text, "geo_precision": 1}, "section": "body",
             "date": {"value": "2024-05-01", "precision": 1}, "fatalities": {"count": 3, "claimed_by": None},
             "evidence": {"text": text}}
    return {"article": {"title": text, "published": None, "outlet": text}, "notes": [text],
            "events": [event], "rejections": [{"stage": "events", "reason": "x", "detail": text}]}


@pytest.mark.parametrize("text", ["Attack [/bold] in [red]Kandahar", "Rebels [/] [link=http://x]here[/link]",
                                  "Title\x1b]0;pwned\x07 with \x1b[31mred\x9b"])
def test_table_prints_untrusted_text_literally(text: str) -> None:
    import io

    from rich.console import Console

    from eventwire.cli.render import print_table

    buf = io.StringIO()
    print_table(_doc_with(text), console=Console(file=buf, width=400, highlight=False, color_system=None))
    out = buf.getvalue()
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    visible = text.replace("\x1b", "").replace("\x07", "").replace("\x9b", "")
    assert visible in out


# -- a page in another script is rejected as not English, even when short --------------------------

@pytest.mark.parametrize("text", ["هاجم مسلحون مركزا للشرطة في قندهار يوم الاثنين، مما أسفر عن مقتل ثلاثة ضباط.",
                                  "武装分子周一袭击了坎大哈的一个警察局，造成三名警察死亡。"])
def test_short_non_latin_page_is_not_english(text: str) -> None:
    article = Article(id="xx", text=text, source="t")
    segment(article)
    assert [r.reason for r in article.rejections] == ["not_english"]


def test_english_page_with_a_quoted_foreign_name_is_kept() -> None:
    article = Article(id="en", text=REPORT + " The group calls itself الدولة الإسلامية in its statements.",
                      source="t")
    segment(article)
    assert not article.rejections


# -- `gazetteer import` of a file that is not a GeoNames dump ----------------------------------------

@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n\xff\xfe\x00binary", b"just\ttwo columns\n", b""])
def test_gazetteer_import_of_a_non_dump_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    from eventwire.cli import cli

    dump = tmp_path / "dump.txt"
    dump.write_bytes(content)
    result = CliRunner().invoke(cli, ["gazetteer", "import", str(dump), "--db", str(tmp_path / "g.db")])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "dump.txt" in result.output


def test_import_geonames_of_a_binary_file_raises_input_error_and_leaves_no_store(tmp_path: Path) -> None:
    from eventwire.errors import InputError
    from eventwire.geo.dump import import_geonames

    dump = tmp_path / "dump.txt"
    dump.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00binary")
    with pytest.raises(InputError, match="not a GeoNames dump"):
        import_geonames(tmp_path / "g.db", dump)
    assert not (tmp_path / "g.db").exists()


def test_error_line_names_the_source_once_and_drops_escapes() -> None:
    from eventwire.cli.errors import error_line

    assert error_line("in/a.txt: the input is empty", source="in/a.txt") == "error: in/a.txt: the input is empty"
    assert error_line("rejected (empty): no text", source="p.html") == "error: p.html: rejected (empty): no text"
    assert "\x1b" not in error_line("bad\x1b]0;title\x07 name", source="x\x1b[31m")


def test_sigterm_stops_an_ingest_like_ctrl_c() -> None:
    import os
    import signal
    import time

    from eventwire.cli.ingest import _stop_on_sigterm

    previous = _stop_on_sigterm()
    try:
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(2)  # the handler runs at once and interrupts the sleep
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_csv_output_without_events_says_why_on_stderr() -> None:
    from eventwire.cli import cli

    calm = "The weather was mild in the town on Monday and families walked in the park near the river."
    res = CliRunner().invoke(cli, ["extract", "-", "--format", "csv"], input=calm, catch_exceptions=False)
    assert res.exit_code == 0
    assert res.stdout.splitlines()[0].startswith("date,")
    assert len(res.stdout.splitlines()) == 1
    assert "no events (no_events)" in res.stderr


# -- the database damaged, locked, or named as the export's output -------------------------------------

def test_cli_maps_a_sqlite_error_to_the_database_exit_code(capsys) -> None:
    import sqlite3

    from eventwire.cli.errors import handle_errors

    @handle_errors
    def read() -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    with pytest.raises(SystemExit) as info:
        read()
    assert info.value.code == 5
    assert "database error: database disk image is malformed" in capsys.readouterr().err


class _BrokenStore:
    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def query_events(self, **filters):
        raise self.exc

    def count_events(self, **filters):
        raise self.exc

    def stats(self, **filters):
        raise self.exc


@pytest.mark.parametrize(("message", "status"), [("database disk image is malformed", 500),
                                                 ("database is locked", 503)])
def test_api_answers_a_database_error_with_json(message: str, status: int) -> None:
    import sqlite3

    from fastapi.testclient import TestClient

    from eventwire.api.app import create_app

    exc = sqlite3.OperationalError(message) if "locked" in message else sqlite3.DatabaseError(message)
    client = TestClient(create_app(_BrokenStore(exc)))
    for path in ("/api/events", "/api/stats"):
        res = client.get(path)
        assert res.status_code == status
        assert message in res.json()["detail"]


def test_export_refuses_to_write_over_its_own_database(tmp_path: Path) -> None:
    from eventwire.cli import cli
    from eventwire.store import Store

    db = tmp_path / "ew.db"
    with Store.open(db):
        pass
    before = db.read_bytes()
    for target in (db, tmp_path / "ew.db-wal"):
        res = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl", "-o", str(target)])
        assert res.exit_code == 2, res.output
        assert "the database itself" in res.output
    assert db.read_bytes() == before
    assert not (tmp_path / "ew.db-wal").exists() or (tmp_path / "ew.db-wal").stat().st_size == 0


def test_ingest_of_a_folder_passes_over_its_own_database(tmp_path: Path, pipeline) -> None:
    from eventwire.ingest_run import ingest
    from eventwire.store import Store

    (tmp_path / "page.txt").write_text(REPORT, encoding="utf-8")
    with Store.open(tmp_path / "ew.db") as store:
        first = ingest([str(tmp_path)], store=store, pipeline=pipeline)
        again = ingest([str(tmp_path)], store=store, pipeline=pipeline)
    assert first.articles == 1 and not first.rejections_by_reason
    assert again.articles == 0 and again.skipped_existing == 1 and not again.rejections_by_reason


# -- lone surrogates (a JSON \ud800 escape, an XML &#xD800; reference) -----------------------------------

def test_feed_with_a_surrogate_reference_is_read_not_raised() -> None:
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><item><title>A &#xD800; b</title>'
            f"<description>{REPORT} &#55296;</description></item></channel></rss>").encode()
    got = list(iter_feed_bytes(feed, source="s.rss"))
    assert len(got) == 1 and not got[0].rejections
    assert "\ufffd" in got[0].text
    got[0].text.encode("utf-8")  # no lone surrogate left


def test_jsonl_with_a_surrogate_escape_does_not_stop_the_batch(tmp_path: Path, pipeline) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s1", "text": "Rebels attacked Kandahar on Monday \\ud800 killing three.", '
                    '"title": "T \\udfff"}\n' + '{"id": "s2", "text": "' + REPORT + '"}\n', encoding="utf-8")
    articles = list(iter_jsonl(path))
    assert [a.id for a in articles] == ["s1", "s2"]
    done = list(pipeline.pipe(articles, batch_size=4))
    assert all(not a.rejections or a.rejections[0].reason != "internal_error" for a in done)
    assert done[1].reports
    assert done[0].title == "T \ufffd"


def test_empty_eventwire_db_variable_means_the_default(monkeypatch) -> None:
    from eventwire.paths import default_db

    monkeypatch.setenv("EVENTWIRE_DB", "")
    assert default_db() == Path("eventwire.db")
    monkeypatch.setenv("EVENTWIRE_DB", "/tmp/x.db")
    assert default_db() == Path("/tmp/x.db")
