"""WARC files (warcio), e.g. Common Crawl's CC-NEWS: each HTML ``response`` record (and each
``resource`` / WET ``conversion`` record of text) becomes an Article; other records are skipped."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import InputError, InputTooLargeError
from ..records import Article
from .build import rejected_article
from .decode import DEFAULT_MAX_BYTES
from .readers import read_bytes

log = logging.getLogger(__name__)

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


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


def iter_warc(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    source = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield rejected_article(source, InputError(f"{path}: cannot be read ({exc})"))
        return
    with fh:
        n = 0
        try:
            for record in ArchiveIterator(fh):
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
                    yield read_bytes(data, source=item, url=uri, content_type=ctype, max_bytes=max_bytes)
                except InputError as exc:
                    yield rejected_article(item, exc, url=uri)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            log.warning("%s: WARC reading stopped after %d records: %s", source, n, exc)
            yield rejected_article(source, InputError(
                f"{path}: not a readable WARC file or truncated after {n} records ({exc})"))
