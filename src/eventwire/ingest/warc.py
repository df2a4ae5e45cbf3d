"""WARC files (warcio), e.g. Common Crawl's CC-NEWS: each HTML ``response`` record (and each
``resource`` / WET ``conversion`` record of text) becomes an Article; other records are skipped. A page
with no date of its own is dated by its record's ``WARC-Date`` (``published_source="crawl"``)."""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecordLoader
from warcio.statusandheaders import StatusAndHeadersParserException

from ..errors import InputError, InputTooLargeError
from ..records import Article
from .build import parse_date, rejected_article
from .decode import DEFAULT_MAX_BYTES
from .readers import read_bytes

log = logging.getLogger(__name__)

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


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
                if rec_type == "response" and record.http_headers is not None:
                    status = record.http_headers.get_statuscode()
                    if status and not status.startswith("2"):
                        continue
                ctype = _content_type(record) or ""
                if ctype.split(";")[0].strip().lower() not in _TEXT_TYPES:
                    continue
                n += 1
                uri = record.rec_headers.get_header("WARC-Target-URI")
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
