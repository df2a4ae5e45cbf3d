"""Fetching one URL with httpx: timeouts, a size limit checked while streaming, a clear User-Agent."""

from __future__ import annotations

import logging
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

import httpx

from ..errors import FetchError, GoneError
from .decode import DEFAULT_MAX_BYTES, check_size

log = logging.getLogger(__name__)

USER_AGENT = "eventwire/0.1 (+https://github.com/eventwire)"
MAX_REDIRECTS = 5


ENCODINGS = ("gzip", "x-gzip", "deflate", "identity", "")


def _inflate(raw: Iterator[bytes], encoding: str, *, budget: int) -> Iterator[bytes]:
    """The body of a gzip/deflate response, decompressed a bounded piece at a time: no piece is longer
    than ``budget + 1`` bytes, so a compression bomb (a few kB that inflate to gigabytes) is stopped by
    the size limit before it is in memory (httpx inflates each network chunk whole: 64 kB of a gzip
    bomb are 64 MB). Concatenated gzip members are read one after another; the bytes after the last are ignored."""
    if encoding in ("identity", ""):
        yield from raw
        return
    wbits = zlib.MAX_WBITS | 32  # a gzip or zlib header, told apart by the data
    inflater = zlib.decompressobj(wbits)
    raw_deflate_tried = False
    for chunk in raw:
        data = chunk
        while data:
            try:
                out = inflater.decompress(data, budget + 1)
            except zlib.error as exc:
                if encoding == "deflate" and not raw_deflate_tried:  # "deflate" sent without its zlib header
                    raw_deflate_tried = True
                    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise FetchError(f"the {encoding} body cannot be decompressed: {exc}") from exc
            raw_deflate_tried = True
            if out:
                yield out
            if inflater.eof:
                data = inflater.unused_data
                if data[:2] == b"\x1f\x8b":
                    inflater = zlib.decompressobj(wbits)  # the next gzip member
                else:
                    data = b""  # padding or trailing bytes after the body: ignored, as browsers do
            else:
                data = inflater.unconsumed_tail


@dataclass(slots=True)
class Fetched:
    url: str  # the final URL, after redirects
    content: bytes
    content_type: str | None


def fetch(url: str, *, timeout: float = 20.0, max_bytes: int = DEFAULT_MAX_BYTES,
          deadline: float | None = None) -> Fetched:
    """GET ``url``; raise FetchError (network, HTTP status, or the whole download taking longer than
    ``deadline`` seconds, by default three times ``timeout``: the timeout bounds each read, so a server
    dripping a byte at a time would otherwise hold a run for ever) or InputTooLargeError (over
    ``max_bytes``, by Content-Length or while streaming, so a huge body is never held in memory)."""
    limit = 3 * timeout if deadline is None else deadline
    started = time.monotonic()
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
               "Accept-Encoding": "gzip, deflate"}
    try:
        with httpx.Client(
            timeout=httpx.Timeout(timeout), follow_redirects=True, max_redirects=MAX_REDIRECTS, headers=headers
        ) as client, client.stream("GET", url) as response:
            if response.status_code in (404, 410):
                raise GoneError(f"{url}: HTTP {response.status_code} {response.reason_phrase} (the page is gone "
                                "at source)")
            if response.status_code >= 400:
                raise FetchError(f"{url}: HTTP {response.status_code} {response.reason_phrase}")
            length = response.headers.get("content-length")
            if length and length.isdigit():
                check_size(int(length), max_bytes=max_bytes, source=url)
            encoding = response.headers.get("content-encoding", "").strip().lower()
            if encoding not in ENCODINGS:
                raise FetchError(f"{url}: the server sent the body in the {encoding!r} encoding, which "
                                 "eventwire does not read (it asks for gzip or deflate)")
            chunks: list[bytes] = []
            size = 0
            for chunk in _inflate(response.iter_raw(), encoding, budget=max_bytes):
                if time.monotonic() - started > limit:
                    raise FetchError(f"{url}: the download took longer than {limit:g} s in all")
                size += len(chunk)
                check_size(size, max_bytes=max_bytes, source=url)
                chunks.append(chunk)
            log.debug("fetched %s: %d bytes, HTTP %d", url, size, response.status_code)
            return Fetched(url=str(response.url), content=b"".join(chunks),
                           content_type=response.headers.get("content-type"))
    except FetchError as exc:
        if str(exc).startswith(url):
            raise
        raise FetchError(f"{url}: {exc}") from exc
    except httpx.TooManyRedirects as exc:
        raise FetchError(f"{url}: too many redirects ({exc})") from exc
    except httpx.TimeoutException as exc:
        raise FetchError(f"{url}: timed out after {timeout:g} s") from exc
    except httpx.InvalidURL as exc:
        raise FetchError(f"{url}: not a valid URL ({exc})") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from exc
