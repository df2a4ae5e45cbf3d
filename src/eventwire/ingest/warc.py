"""WARC files (warcio), e.g. Common Crawl's CC-NEWS: each HTML ``response`` record (and each
``resource`` / WET ``conversion`` record of text) becomes an Article; a page the crawl got as a 4xx/5xx
becomes a rejection (404/410: ``gone``, which withdraws what was stored from its URL); other records are
skipped. A page with no date of its own is dated by its record's ``WARC-Date`` (``published_source="crawl"``)."""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecordLoader
from warcio.statusandheaders import StatusAndHeadersParserException

from ..errors import FetchError, GoneError, InputError, InputTooLargeError
from ..records import Article
from .build import parse_date, rejected_article
from .decode import DEFAULT_MAX_BYTES
from .readers import read_bytes

log = logging.getLogger(__name__)

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_ASSET = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|ico|bmp|css|js|mjs|json|xml|woff2?|ttf|eot|otf|mp[34]|webm|"
                    r"avi|mov|wav|ogg|pdf|zip|gz|map)$", re.IGNORECASE)


class _Loader(ArcWarcRecordLoader):
    """warcio's record loader, for a record with no WARC-Target-URI (required by the WARC standard, missing
    in some home-made crawls): warcio raises on it, which would stop the whole file; here its HTTP
    headers are parsed as a response's, and the article has no URL."""

    def load_http_headers(self, rec_type, uri, stream, length):  # noqa: ANN001, ANN201 - warcio's API
        return super().load_http_headers(rec_type, "http://" if uri is None else uri, stream, length)


def _content_type(record) -> str | None:
    if record.http_headers is not None:
        ct = record.http_headers.get_header("Content-Type")
        if ct:
            return ct
    return record.rec_headers.get_header("Content-Type")


def _read_limited(record, max_bytes: int, source: str) -> bytes:
    stream = record.content_stream()
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(f"{source}: over the size limit of {max_bytes:,} bytes")
    return data


def _ends_cleanly(fh, size: int, last_offset: int) -> bool:
    """An uncompressed WARC ends with a record's blank-line terminator; in a .warc.gz the gzip
    member of the last record must be complete (warcio reads a cut-off member quietly)."""
    fh.seek(0)
    if fh.read(2) == b"\x1f\x8b":
        fh.seek(last_offset)
        d = zlib.decompressobj(31)
        try:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                d.decompress(chunk, 1 << 20)
                if d.eof:
                    return True
        except zlib.error:
            return False
        return d.eof
    fh.seek(max(0, size - 4))
    return fh.read(4) == b"\r\n\r\n" or size == 0


def _url_path(uri: str) -> str:
    try:
        return urlsplit(uri).path
    except ValueError:  # a malformed URI ("http://[::1"): its text, cut at a query
        return uri.split("?", 1)[0]


def _failed_fetch(status: str, record, *, source: str, uri: str | None) -> Article | None:  # noqa: ANN001
    """The rejection placeholder of a response record whose HTTP status says the crawl got no page: a
    404/410 is a :class:`GoneError` (ingest withdraws what was stored from the URL, as a live re-fetch
    would), another 4xx/5xx a :class:`FetchError`; None for a 1xx/3xx (a redirect is not a failure)."""
    code = status.split(" ", 1)[0]
    if not code.isdigit() or code[0] not in "45":
        return None
    if uri and _ASSET.search(_url_path(uri)):
        return None  # a missing image, style sheet or script of a crawled site was never an article
    item = f"{source}#{record.rec_headers.get_header('WARC-Record-ID') or uri or code}"
    what = f"{item}: {uri or 'a record with no URL'} answered HTTP {status}"
    if code in ("404", "410"):
        return rejected_article(item, GoneError(f"{what} (the page is gone at source)"), url=uri)
    return rejected_article(item, FetchError(f"{what} when it was crawled"), url=uri)


def iter_warc(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    source = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield rejected_article(source, InputError(f"{path}: cannot be read ({exc})"))
        return
    with fh:
        n = 0
        size = path.stat().st_size
        records = ArchiveIterator(fh)
        records.loader = _Loader(verify_http=False, arc2warc=False)  # ArchiveIterator's own defaults
        last_offset = 0
        try:
            for record in records:
                last_offset = records.offset  # where this record starts (get_record_offset() would consume it)
                rec_type = record.rec_type
                if rec_type not in ("response", "resource", "conversion"):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                if rec_type == "response" and record.http_headers is not None:
                    status = (getattr(record.http_headers, "statusline", None) or record.http_headers.get_statuscode()
                              or "").strip()
                    if status and not status.startswith("2"):
                        failed = _failed_fetch(status, record, source=source, uri=uri)
                        if failed is not None:  # a 404/410 (the page is gone) or another 4xx/5xx
                            n += 1
                            yield failed
                        continue  # 1xx/3xx (a redirect, whose target has its own record): not a page
                ctype = _content_type(record) or ""
                if ctype.split(";")[0].strip().lower() not in _TEXT_TYPES:
                    continue
                n += 1
                item = f"{source}#{record.rec_headers.get_header('WARC-Record-ID') or n}"
                try:
                    data = _read_limited(record, max_bytes, item)
                    article = read_bytes(data, source=item, url=uri, content_type=ctype, max_bytes=max_bytes)
                    crawled = parse_date(record.rec_headers.get_header("WARC-Date"))
                    if crawled is not None and article.published is None:
                        # the day the page was fetched: relative dates resolve against it when the page
                        # gives no date of its own (the page's date, found later, replaces it)
                        article.published, article.published_source = crawled, "crawl"
                    yield article
                except InputError as exc:
                    yield rejected_article(item, exc, url=uri)
            if records.offset < size or not _ends_cleanly(fh, size, last_offset):
                # warcio stops quietly at a record cut off in its headers
                raise EOFError("the file ends inside a record")
        except (ArchiveLoadFailed, StatusAndHeadersParserException, OSError, EOFError, ValueError,
                AttributeError, zlib.error) as exc:  # warcio on damaged input
            log.warning("%s: WARC reading stopped after %d records: %s", source, n, exc)
            yield rejected_article(source, InputError(
                f"{path}: not a readable WARC file or truncated after {n} records ({exc})"))
