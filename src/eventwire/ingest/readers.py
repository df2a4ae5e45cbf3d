"""Readers: one source in, :class:`~eventwire.records.Article` records out.

Single-input readers (:func:`read_path`, :func:`read_bytes`, :func:`read_url`, :func:`read_stdin`)
raise an :class:`~eventwire.errors.InputError` subclass for input they cannot read. The batch
reader :func:`iter_articles` never raises for one bad item: it yields an Article with empty text and
a ``Rejection(stage="ingest", ...)`` instead, and goes on.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import FetchError, InputError
from ..records import Article
from .build import looks_like_html, new_article, rejected_article
from .decode import DEFAULT_MAX_BYTES, GZIP_MAGIC, check_size, decode_bytes, gunzip_capped, gunzip_head
from .fetch import fetch

log = logging.getLogger(__name__)

__all__ = ["read_bytes", "read_path", "read_url", "read_stdin", "iter_articles", "source_kind", "local_source"]

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
FEED_SUFFIXES = (".rss", ".atom", ".rdf")
_FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf", b"<channel")
_KIND_NAMES = {"warc": "a WARC file", "jsonl": "a JSON Lines file", "feed": "an RSS/Atom feed",
               "json-array": "a JSON array"}
_JSON_ARRAY_HINT = ("eventwire reads JSON Lines (one object a line, keys text or html, url, title, published): "
                    "convert it with jq -c '.[]'")
_FEED_CONTENT_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")


def _set_user_date(article: Article, published: dt.date | None) -> Article:
    if published is not None:
        article.published = published
        article.published_source = "user"
    return article


def read_bytes(
    data: bytes,
    *,
    source: str,
    url: str | None = None,
    content_type: str | None = None,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """One page from raw bytes (text or HTML, detected from ``content_type``, the suffix of
    ``source`` and the content itself). A gzip-compressed page (a saved ``page.html.gz``) is
    decompressed first, with the same cap on its decompressed size as ``fetch``."""
    check_size(len(data), max_bytes=max_bytes, source=source)
    if data[:2] == GZIP_MAGIC:
        data = gunzip_capped(data, max_bytes=max_bytes, source=source)
    text = decode_bytes(data, source=source, content_type=content_type)
    named = source if "://" not in source else (url or source)
    suffix = Path(named[:-3] if named.lower().endswith(".gz") else named).suffix
    is_html = looks_like_html(text, suffix=suffix, content_type=content_type)
    article = new_article(text, raw=data, source=source, url=url, is_html=is_html)
    return _set_user_date(article, published)


def read_path(path: Path | str, *, published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """One page from a file. The size is checked before the file is read."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a folder, not a page (ingest reads folders)")
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except (OSError, ValueError) as exc:  # a name too long, a NUL in it
        raise InputError(f"{p}: cannot be read ({getattr(exc, 'strerror', None) or exc})") from None
    check_size(size, max_bytes=max_bytes, source=str(p))
    kind = source_kind(p)
    if kind == "json-array":
        raise InputError(f"{p}: a JSON array, not one page: {_JSON_ARRAY_HINT}, and ingest the result")
    if kind != "page":
        raise InputError(f"{p}: this is {_KIND_NAMES[kind]} of many articles, not one page: "
                         "read it with `eventwire ingest` (iter_articles)")
    try:
        with p.open("rb") as fh:
            # at most max_bytes + 1: a device (/dev/zero), a pipe or a /proc file reports no size
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    check_size(len(data), max_bytes=max_bytes, source=str(p))
    return read_bytes(data, source=str(p), published=published, max_bytes=max_bytes)


def read_url(
    url: str,
    *,
    timeout: float = 20.0,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: dt.date | None = None,
) -> Article:
    """One page fetched over HTTP(S) (see :func:`eventwire.ingest.fetch.fetch`)."""
    got = fetch(url, timeout=timeout, max_bytes=max_bytes)
    if _is_feed_response(got.content, got.content_type):
        raise InputError(f"{url}: this is an RSS/Atom feed, not one page: read it with `eventwire ingest` "
                         "(iter_articles)")
    return read_bytes(got.content, source=url, url=got.url, content_type=got.content_type,
                      published=published, max_bytes=max_bytes)


def read_stdin(
    *,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stream: BinaryIO | None = None,
) -> Article:
    """One page from standard input (or ``stream``), reading at most ``max_bytes`` + 1 bytes."""
    fh = stream if stream is not None else sys.stdin.buffer
    data = fh.read(max_bytes + 1)
    check_size(len(data), max_bytes=max_bytes, source="stdin")
    return read_bytes(data, source="stdin", published=published, max_bytes=max_bytes)


# -- dispatch -------------------------------------------------------------------------------------

def _is_url(source: str) -> bool:
    return source[:8].lower().startswith(("http://", "https://"))


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def local_source(source: str) -> str:
    """A source that is neither ``-`` nor an http(s) URL, as a file path: ``file://`` URLs become
    their path; an empty source or another URL scheme (ftp://, s3:// ...) raises InputError."""
    if not source.strip():
        raise InputError("no source given: name a file, a folder, an http(s) URL or - for stdin")
    m = _SCHEME.match(source)
    if m is None:
        return source
    if m.group(1).lower() == "file":
        from urllib.parse import unquote, urlsplit

        try:
            return unquote(urlsplit(source).path)
        except ValueError as exc:  # "file://[::1/x": urlsplit refuses the host part
            raise InputError(f"{source}: not a valid file:// URL ({exc})") from None
    raise FetchError(f"{source}: {m.group(1)}:// URLs are not supported (only http:// and https://)")


def source_kind(path: Path) -> str:
    """``"warc"``, ``"jsonl"``, ``"feed"``, ``"json-array"`` or ``"page"`` for a file, by suffix and
    first bytes (of the decompressed content, for a gzip file)."""
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    try:
        with path.open("rb") as fh:
            head = fh.read(2048)
    except OSError:
        return "page"
    if head.startswith(GZIP_MAGIC):  # a compressed crawl, feed or page: sniff what it holds
        head = gunzip_head(head)
        name = name.removesuffix(".gz").removesuffix(".gzip")
    if head.startswith(b"WARC/"):
        return "warc"
    if name.endswith(".json") and head.lstrip().startswith(b"{"):  # a dump of JSON objects, one a line
        return "jsonl"
    if name.endswith(".json") and head.lstrip().startswith(b"["):
        return "json-array"
    if name.endswith(FEED_SUFFIXES) or name.endswith(".xml") or head.lstrip().startswith(b"<?xml"):
        low = head.lower()
        if any(m in low for m in _FEED_MARKERS):
            return "feed"
    return "page"


def _is_feed_response(content: bytes, content_type: str | None) -> bool:
    ct = (content_type or "").split(";")[0].strip().lower()
    if ct in _FEED_CONTENT_TYPES:
        return True
    if ct in ("application/xml", "text/xml") or content.lstrip()[:5] == b"<?xml":
        low = content[:2048].lower()
        return any(m in low for m in _FEED_MARKERS) and b"<html" not in low
    return False


def _iter_file(path: Path, *, max_bytes: int, timeout: float) -> Iterator[Article]:
    kind = source_kind(path)
    if kind == "warc":
        from .warc import iter_warc

        yield from iter_warc(path, max_bytes=max_bytes)
    elif kind == "jsonl":
        from .jsonl import iter_jsonl

        yield from iter_jsonl(path, max_bytes=max_bytes)
    elif kind == "feed":
        from .feeds import iter_feed_path

        yield from iter_feed_path(path, max_bytes=max_bytes)
    elif kind == "json-array":
        yield rejected_article(str(path), InputError(f"{path}: a JSON array, not JSON Lines: {_JSON_ARRAY_HINT}"))
    else:
        try:
            yield read_path(path, max_bytes=max_bytes)
        except InputError as exc:
            yield rejected_article(str(path), exc)


def _iter_folder(folder: Path, *, max_bytes: int, timeout: float,
                 exclude: frozenset[Path] = frozenset()) -> Iterator[Article]:
    """Every non-hidden file under ``folder``, recursively, in sorted order (but ``exclude``); a broken
    symbolic link is a rejection, other things that are no files (folders, sockets) are passed over."""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if not path.is_file():
            if path.is_symlink() and not path.exists():  # a file meant to be read, and lost: say so
                yield rejected_article(str(path), InputError(f"{path}: a broken symbolic link (its target is missing)"))
            continue
        if exclude and path.resolve() in exclude:
            continue
        yield from _iter_file(path, max_bytes=max_bytes, timeout=timeout)


def _iter_url(url: str, *, max_bytes: int, timeout: float) -> Iterator[Article]:
    try:
        got = fetch(url, timeout=timeout, max_bytes=max_bytes)
    except InputError as exc:
        yield rejected_article(url, exc, url=url)
        return
    if got.content[:2] == GZIP_MAGIC:  # a .gz file served as it is (no Content-Encoding): a feed or a page
        try:
            got.content = gunzip_capped(got.content, max_bytes=max_bytes, source=url)
        except InputError as exc:
            yield rejected_article(url, exc, url=url)
            return
    if _is_feed_response(got.content, got.content_type):
        from .feeds import iter_feed_bytes

        yield from iter_feed_bytes(got.content, source=url)
        return
    try:
        yield read_bytes(got.content, source=url, url=got.url, content_type=got.content_type, max_bytes=max_bytes)
    except InputError as exc:
        yield rejected_article(url, exc, url=url)


def _iter_source(source: str, *, max_bytes: int, timeout: float,
                 exclude: frozenset[Path] = frozenset()) -> Iterator[Article]:
    if source == "-":
        try:
            yield read_stdin(max_bytes=max_bytes)
        except InputError as exc:
            yield rejected_article("stdin", exc)
        return
    if _is_url(source):
        yield from _iter_url(source, max_bytes=max_bytes, timeout=timeout)
        return
    try:
        path = Path(local_source(source))
    except InputError as exc:
        yield rejected_article(source, exc)
        return
    try:
        is_dir, exists = path.is_dir(), path.exists()
    except (OSError, ValueError) as exc:  # a name too long, a NUL in it, a folder we may not read
        yield rejected_article(source, InputError(f"{source}: cannot be read as a path "
                                                  f"({getattr(exc, 'strerror', None) or exc})"))
        return
    if is_dir:
        yield from _iter_folder(path, max_bytes=max_bytes, timeout=timeout, exclude=exclude)
    elif exists:
        yield from _iter_file(path, max_bytes=max_bytes, timeout=timeout)
    else:
        yield rejected_article(source, InputError(f"{source}: no such file, folder or URL"))


def iter_articles(
    sources: Iterable[str],
    *,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = 20.0,
    exclude: Iterable[Path | str] = (),
) -> Iterator[Article]:
    """Articles from files, folders (recursive, sorted, hidden files skipped), RSS/Atom feeds
    (file or URL), WARC, JSONL, URLs and ``-`` (stdin). Never raises for one bad item: it yields an
    Article with empty text and an ingest Rejection. ``published`` overrides every date
    (``published_source="user"``). Files in ``exclude`` are passed over in folders (the database
    the run writes into, when it lies in a folder being read)."""
    skip = frozenset(Path(p).resolve() for p in exclude)
    for source in sources:
        for article in _iter_source(str(source), max_bytes=max_bytes, timeout=timeout, exclude=skip):
            if not article.rejections:
                _set_user_date(article, published)
            yield article
