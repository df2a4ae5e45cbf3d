"""Batch readers: feeds, WARC, JSONL, folders and the iter_articles dispatcher. A bad item never
raises: it becomes an Article with empty text and an ingest rejection."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import iter_articles, source_kind

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _ok(articles):
    return [a for a in articles if not a.rejections]


def _bad(articles):
    return [a for a in articles if a.rejections]


# -- feeds -----------------------------------------------------------------------------------------

def test_rss_entries_become_articles():
    arts = list(iter_articles([str(FIXTURES / "feed.rss")]))
    assert len(arts) == 3 and not _bad(arts)
    first = arts[0]
    assert first.title == "Militants attack checkpoint near Ramadi"
    assert first.url == "https://news.example.org/2016/05/14/checkpoint"
    assert first.published == dt.date(2016, 5, 14) and first.published_source == "feed"
    assert first.html is not None and "Militants attacked" in first.text  # HTML description kept as HTML
    assert "Hundreds of protesters" in arts[1].text and arts[1].html is None
    assert arts[2].text == "Headline only entry about an airstrike"  # no description: the headline
    assert len({a.id for a in arts}) == 3


def test_atom_entries_content_and_summary():
    arts = list(iter_articles([str(FIXTURES / "feed.atom")]))
    assert [a.title for a in arts] == ["Shelling hits village in the north", "Talks resume between the parties"]
    assert arts[0].published == dt.date(2017, 3, 1)  # published wins over updated
    assert arts[1].published == dt.date(2017, 3, 2)  # only updated
    assert "wounding three civilians" in arts[0].text
    assert arts[1].text.startswith("Negotiators")


def test_truncated_feed_yields_parsed_entries_and_a_rejection():
    arts = list(iter_articles([str(FIXTURES / "feed-truncated.rss")]))
    good, bad = _ok(arts), _bad(arts)
    assert [a.title for a in good][:1] == ["Militants attack checkpoint near Ramadi"]
    # the entry the file ends in lost its text (feedparser keeps only its title): a rejection too (s23)
    assert len(bad) == 2 and all(b.text == "" for b in bad)
    assert "cut off" in bad[0].rejections[0].detail
    r = bad[1].rejections[0]
    assert r.stage == "ingest" and "truncated" in r.detail


def test_user_date_overrides_feed_date():
    arts = list(iter_articles([str(FIXTURES / "feed.rss")], published=dt.date(2020, 1, 1)))
    assert {(a.published, a.published_source) for a in arts} == {(dt.date(2020, 1, 1), "user")}


# -- JSONL -----------------------------------------------------------------------------------------

def test_jsonl_lines_and_malformed_line_numbers():
    arts = list(iter_articles([str(FIXTURES / "articles.jsonl")]))
    good, bad = _ok(arts), _bad(arts)
    assert [a.id for a in good][0] == "ex-1"
    ex1 = good[0]
    assert ex1.title == "Gunmen kill two in market attack" and ex1.url == "https://jsonl.example.org/1"
    assert ex1.published == dt.date(2018, 7, 4)
    assert good[1].html is not None  # the "html" key
    assert good[2].text.startswith("Soldiers clashed")
    details = [a.rejections[0].detail for a in bad]
    assert any("line 3" in d and "not valid JSON" in d for d in details)
    assert any("line 4" in d and "'text' or 'html'" in d for d in details)
    assert any("line 6" in d and a.rejections[0].reason == "empty" for d, a in zip(details, bad, strict=True))
    assert all(a.text == "" for a in bad)
    assert bad[0].source.endswith("articles.jsonl:3")


def test_jsonl_gz(tmp_path):
    import gzip

    p = tmp_path / "a.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write('{"text": "Rebels shelled the town on Monday, residents said."}\n')
    (a,) = iter_articles([str(p)])
    assert a.text.startswith("Rebels shelled") and not a.rejections


# -- WARC ------------------------------------------------------------------------------------------

def _warc(path: Path) -> None:
    page = FIXTURES.joinpath("page.html").read_bytes()
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.suffix == ".gz")

        def response(uri, body, ctype, status="200 OK"):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))

        writer.write_record(writer.create_warc_record("", "warcinfo", payload=io.BytesIO(b"software: test\r\n"),
                                                      warc_content_type="application/warc-fields"))
        response("https://warc.example.org/a", page, "text/html; charset=utf-8")
        response("https://warc.example.org/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")
        response("https://warc.example.org/moved", b"", "text/html", status="301 Moved Permanently")
        response("https://warc.example.org/b", b"<html><body><p>\x00\x01 junk</p></body></html>", "text/html")
        response("https://warc.example.org/c",
                 b"<html><body><article><p>Second page: police arrested five suspects after the raid on "
                 b"Tuesday, the ministry said in a statement.</p></article></body></html>", "text/html")


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses(tmp_path, name):
    p = tmp_path / name
    _warc(p)
    assert source_kind(p) == "warc"
    arts = list(iter_articles([str(p)]))
    good, bad = _ok(arts), _bad(arts)
    assert [a.url for a in good] == ["https://warc.example.org/a", "https://warc.example.org/c"]
    assert all(a.html for a in good)
    assert len(bad) == 1 and bad[0].url == "https://warc.example.org/b"
    assert bad[0].rejections[0].reason == "binary"


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
@pytest.mark.parametrize("keep", [0.5, 0.9, 0.999])
def test_truncated_warc_yields_records_then_rejection(tmp_path, name, keep):
    p = tmp_path / name
    _warc(p)
    data = p.read_bytes()
    cut = tmp_path / ("cut-" + name)
    cut.write_bytes(data[: int(len(data) * keep)])
    arts = list(iter_articles([str(cut)]))
    assert arts[0].url == "https://warc.example.org/a" and not arts[0].rejections
    last = arts[-1]
    assert last.text == "" and last.rejections[0].stage == "ingest"
    assert "truncated" in last.rejections[0].detail
    assert len(_bad(arts)) <= 2  # the binary record b may be among them


def test_warc_record_without_target_uri_is_read_not_the_end_of_the_file(tmp_path):
    p = tmp_path / "nouri.warc"
    body = b"<html><body><article><p>Gunmen killed five villagers in Kaduna on Monday, police said.</p></article></body></html>"
    with p.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        for uri in ("https://warc.example.org/1", None, "https://warc.example.org/3"):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri or "https://x.example/", "response", payload=io.BytesIO(body),
                                               http_headers=headers)
            if uri is None:  # warcio raised on such a record, and the file was rejected after 1 record
                record.rec_headers.remove_header("WARC-Target-URI")
            writer.write_record(record)
    arts = list(iter_articles([str(p)]))
    assert [a.url for a in arts] == ["https://warc.example.org/1", None, "https://warc.example.org/3"]
    assert not _bad(arts) and all("Kaduna" in (a.html or "") for a in arts)


def test_complete_warc_has_no_file_rejection(tmp_path):
    p = tmp_path / "crawl.warc"
    _warc(p)
    assert [a.url for a in _bad(list(iter_articles([str(p)])))] == ["https://warc.example.org/b"]


# -- folders, stdin, missing paths -----------------------------------------------------------------

def test_folder_broken_symlink_is_a_rejection_not_silence(tmp_path):
    (tmp_path / "a.txt").write_text("Police arrested five protesters in Lagos on Monday.")
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    arts = list(iter_articles([str(tmp_path)]))
    assert [Path(a.source).name for a in arts] == ["a.txt", "b.txt"]
    assert not arts[0].rejections and "broken symbolic link" in arts[1].rejections[0].detail


def test_folder_recursive_sorted_skipping_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second report about clashes in the north.")
    (tmp_path / "a.txt").write_text("First report about an airstrike in the south.")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / ".git" / "config.txt").write_text("hidden too")
    (tmp_path / "empty.txt").write_text("  \n")
    shutil.copy(FIXTURES / "feed.atom", tmp_path / "b" / "feed.atom")
    arts = list(iter_articles([str(tmp_path)]))
    sources = [a.source for a in arts]
    assert sources[0].endswith("a.txt")
    assert sources[1].endswith(str(Path("b") / "feed.atom#1"))
    assert sources[3].endswith("two.txt") and sources[4].endswith("empty.txt")
    assert not any("hidden" in a.text for a in arts)
    assert [r.reason for r in arts[4].rejections] == ["empty"]


def test_missing_source_and_stdin(monkeypatch):
    class FakeStdin:
        buffer = io.BytesIO(b"Troops clashed with militants near the border on Friday.")

    monkeypatch.setattr("sys.stdin", FakeStdin())
    missing, stdin = iter_articles(["/no/such/path.txt", "-"])
    assert missing.rejections[0].reason == "bad_input" and "no such file" in missing.rejections[0].detail
    assert stdin.source == "stdin" and stdin.text.startswith("Troops")


# -- URLs ------------------------------------------------------------------------------------------

class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        routes = {
            "/feed.xml": ("application/rss+xml", FIXTURES.joinpath("feed.rss").read_bytes()),
            "/page": ("text/html", FIXTURES.joinpath("page.html").read_bytes()),
        }
        if self.path not in routes:
            self.send_response(500)
            self.end_headers()
            return
        ctype, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_urls_pages_feeds_and_failures(server):
    arts = list(iter_articles([f"{server}/page", f"{server}/feed.xml", f"{server}/broken"]))
    assert arts[0].html is not None and arts[0].url == f"{server}/page"
    assert [a.title for a in arts[1:4]][0] == "Militants attack checkpoint near Ramadi"
    assert len(arts) == 5
    assert arts[-1].rejections[0].reason == "fetch_failed" and "HTTP 500" in arts[-1].rejections[0].detail
