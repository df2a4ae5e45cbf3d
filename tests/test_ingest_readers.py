"""Single-input readers: files, bytes, stdin, URLs (local server) and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import threading
import time
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventwire.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    FetchError,
    InputError,
    InputTooLargeError,
)
from eventwire.ingest import read_bytes, read_path, read_stdin, read_url
from eventwire.ingest.fetch import USER_AGENT, fetch

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
TEXT = "Gunmen attacked a checkpoint on Saturday, killing two soldiers, officials said.\n"


# -- plain files -----------------------------------------------------------------------------------

def test_read_text_file_sets_hash_id_and_source(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(TEXT, encoding="utf-8")
    a = read_path(p)
    assert a.text == TEXT
    assert a.raw_hash == hashlib.sha256(TEXT.encode()).hexdigest()
    assert a.id == a.raw_hash[:16]
    assert a.source == str(p)
    assert a.html is None
    assert a.published is None and a.published_source is None


def test_same_content_same_id_different_content_different_id(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(TEXT)
    (tmp_path / "c.txt").write_text(TEXT + "More.\n")
    ids = [read_path(tmp_path / n).id for n in ("a.txt", "sub/b.txt", "c.txt")]
    assert ids[0] == ids[1] != ids[2]


def test_user_published_date(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(TEXT)
    a = read_path(str(p), published=dt.date(2016, 5, 16))
    assert a.published == dt.date(2016, 5, 16)
    assert a.published_source == "user"


def test_html_detected_by_content_and_kept(tmp_path):
    html = "<!doctype html><html><head><title>T</title></head><body><p>Hello world.</p></body></html>"
    p = tmp_path / "page.txt"  # the suffix says text, the content says HTML
    p.write_text(html)
    a = read_path(p)
    assert a.html == html


def test_html_detected_by_suffix(tmp_path):
    p = tmp_path / "fragment.html"
    p.write_text("<p>Soldiers clashed with rebels near the river.</p>")
    assert read_path(p).html is not None


def test_text_with_angle_brackets_is_not_html(tmp_path):
    p = tmp_path / "note.txt"
    p.write_text("The score was 3 < 5 and then 7 > 2, said the report.\n")
    assert read_path(p).html is None


@pytest.mark.parametrize("name", ["feed.rss", "feed.atom", "articles.jsonl"])
def test_collections_are_not_single_pages(name):
    with pytest.raises(InputError, match="not one page"):
        read_path(FIXTURES / name)


def test_missing_file_and_folder_raise_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_path(tmp_path)


# -- bad input -------------------------------------------------------------------------------------

@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "])
def test_empty_input(tmp_path, content):
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    with pytest.raises(EmptyInputError, match="empty"):
        read_path(p)


def test_too_large_checked_before_reading(tmp_path, monkeypatch):
    p = tmp_path / "big.txt"
    with p.open("wb") as fh:  # 50 MB sparse file: the size check must not read it
        fh.truncate(50_000_000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read the whole file"))
    with pytest.raises(InputTooLargeError, match="50,000,000 bytes"):
        read_path(p)


def test_max_bytes_is_configurable(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(TEXT)
    with pytest.raises(InputTooLargeError):
        read_path(p, max_bytes=10)
    assert read_path(p, max_bytes=len(TEXT.encode())).text == TEXT


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "hello " * 100)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_png(), "PNG image"),
        (_zip(), "zip archive"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"plain start then a NUL \x00 byte and more text", "NUL"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 100 + b"some text", "control characters"),
    ],
)
def test_binary_input(tmp_path, data, message):
    p = tmp_path / "file.txt"
    p.write_bytes(data)
    with pytest.raises(BinaryInputError, match=message):
        read_path(p)


def test_cp1252_text_is_decoded():
    data = "The minister\u2019s \u201cfinal\u201d offer \u2013 rejected in the caf\u00e9.".encode("cp1252")
    a = read_bytes(data, source="x.txt")
    assert "\u2019s \u201cfinal\u201d" in a.text
    assert a.raw_hash == hashlib.sha256(data).hexdigest()


def test_html_meta_charset_is_used():
    html = '<html><head><meta charset="windows-1251"><title>t</title></head><body><p>Новости дня</p></body></html>'
    a = read_bytes(html.encode("cp1251"), source="page.html")
    assert "Новости дня" in a.text


def test_latin1_label_is_read_as_cp1252():
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>\u201cQuoted\u201d \u2013 caf\u00e9</p></body></html>'
    a = read_bytes(html.encode("cp1252"), source="page.html")
    assert "\u201cQuoted\u201d \u2013 caf\u00e9" in a.text


def test_utf16_with_bom_is_decoded():
    a = read_bytes(("\ufeff" + TEXT).encode("utf-16"), source="u16.txt")
    assert a.text == TEXT


def test_undecodable_bytes_raise_encoding_error():
    data = bytes(b for b in range(0x80, 0xA0)) * 50  # C1 codes: no 8-bit encoding reads them as text
    with pytest.raises(EncodingError, match="not valid UTF-8"):
        read_bytes(data, source="bad.txt")


def test_errors_carry_reasons():
    assert EmptyInputError.reason == "empty" and BinaryInputError.reason == "binary"
    assert EncodingError.reason == "encoding" and InputTooLargeError.reason == "too_large"


# -- stdin -----------------------------------------------------------------------------------------

def test_read_stdin_from_stream():
    a = read_stdin(stream=io.BytesIO(TEXT.encode()), published=dt.date(2020, 1, 2))
    assert a.source == "stdin" and a.text == TEXT and a.published_source == "user"


def test_read_stdin_limits_size():
    with pytest.raises(InputTooLargeError):
        read_stdin(stream=io.BytesIO(b"x" * 100), max_bytes=50)


def test_read_stdin_default_uses_sys_stdin(monkeypatch):
    class FakeStdin:
        buffer = io.BytesIO(TEXT.encode())

    monkeypatch.setattr("sys.stdin", FakeStdin())
    assert read_stdin().text == TEXT


# -- URLs against a local server -------------------------------------------------------------------

PAGES = {
    "/article": (200, "text/html; charset=utf-8", FIXTURES.joinpath("page.html").read_bytes()),
    "/plain": (200, "text/plain; charset=cp1252", "caf\u00e9 attack kills two".encode("cp1252")),
    "/missing": (404, "text/html", b"<p>not here</p>"),
    "/huge": (200, "text/plain", b"word " * 20_000),
    "/image": (200, "image/png", _png()),
    "/feed": (200, "application/rss+xml", FIXTURES.joinpath("feed.rss").read_bytes()),
}


class _Handler(BaseHTTPRequestHandler):
    seen_agents: list[str] = []

    def do_GET(self):  # noqa: N802 - http.server API
        _Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/drip":  # a byte every 50 ms, for ever (until the client goes)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:
                return
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
            return
        status, ctype, body = PAGES.get(self.path, (404, "text/plain", b"no"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if self.path != "/huge":  # no Content-Length: the limit must hold while streaming
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_read_url_html(server):
    a = read_url(f"{server}/article")
    assert a.html is not None and "Examplia" in a.html
    assert a.url == f"{server}/article" and a.source == f"{server}/article"
    assert _Handler.seen_agents[-1] == USER_AGENT == "eventwire/0.1 (+https://github.com/eventwire)"


def test_read_url_follows_redirects_and_keeps_final_url(server):
    a = read_url(f"{server}/redirect")
    assert a.url == f"{server}/article"


def test_read_url_uses_header_charset(server):
    assert read_url(f"{server}/plain").text == "caf\u00e9 attack kills two"


def test_read_url_http_error(server):
    with pytest.raises(FetchError, match="HTTP 404"):
        read_url(f"{server}/missing")


def test_read_url_size_limit_while_streaming(server):
    with pytest.raises(InputTooLargeError):
        read_url(f"{server}/huge", max_bytes=10_000)


def test_fetch_has_an_overall_deadline_against_a_dripping_server(server):
    t0 = time.monotonic()
    with pytest.raises(FetchError, match="longer than 1 s in all"):
        fetch(f"{server}/drip", timeout=5, deadline=1.0)
    assert time.monotonic() - t0 < 4  # each read comes within the 5 s timeout: only the deadline stops it


def test_read_url_binary(server):
    with pytest.raises(BinaryInputError):
        read_url(f"{server}/image")


def test_read_url_refuses_a_feed(server):
    with pytest.raises(InputError, match="RSS/Atom feed"):
        read_url(f"{server}/feed")


def test_read_url_unreachable():
    with pytest.raises(FetchError):
        read_url("http://127.0.0.1:9/nothing", timeout=2)
