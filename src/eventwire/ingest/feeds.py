"""RSS / Atom feeds (feedparser): each entry becomes an Article (title, url, published, content or
summary). A malformed or truncated feed yields the entries that could be parsed, then a rejection."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import feedparser

from ..errors import EmptyInputError, InputError
from ..records import Article
from .build import looks_like_html, new_article, rejected_article
from .decode import DEFAULT_MAX_BYTES, GZIP_MAGIC, check_size, gunzip_capped

log = logging.getLogger(__name__)

# feedparser notes these but the entries are fine
_BENIGN = ("CharacterEncodingOverride",)


def _entry_date(entry: dict) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None


def _entry_body(entry: dict) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value") or "" for c in contents), key=len, default="")
    summary = entry.get("summary") or ""
    return best if len(best) >= len(summary) else summary


def entry_article(entry: dict, *, source: str, index: int) -> Article:
    """One feed entry as an Article (raises EmptyInputError-like InputError if it has no text)."""
    title = (entry.get("title") or "").strip() or None
    link = entry.get("link") or None
    body = _entry_body(entry).strip()
    entry_source = f"{source}#{index}"
    if not body and not title:
        raise InputError(f"{entry_source}: feed entry {index} has neither title nor content")
    text = body or title or ""
    is_html = bool(body) and looks_like_html(text, suffix=".html")
    raw = "\n".join(x for x in (title or "", link or "", body) if x).encode("utf-8", "surrogatepass")
    article = new_article(text, raw=raw, source=entry_source, url=link, title=title, is_html=is_html,
                          published=_entry_date(entry), published_source="feed")
    return article


_CHARREF = re.compile(rb"&#([xX][0-9a-fA-F]{1,8}|[0-9]{1,10});")


def _safe_charref(m: re.Match[bytes]) -> bytes:
    digits = m.group(1)
    value = int(digits[1:], 16) if digits[:1] in (b"x", b"X") else int(digits)
    if value == 0 or 0xD800 <= value <= 0xDFFF or value > 0x10FFFF:
        return b"&#xFFFD;"  # feedparser raises UnicodeEncodeError on a surrogate reference
    return m.group(0)


_ENTRY_OPEN = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s>/]", re.I)
_ENTRY_CLOSE = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>", re.I)


def _ends_inside_an_entry(data: bytes) -> bool:
    """True when the feed's last ``<item>``/``<entry>`` is opened but never closed: the file was cut
    off inside it, and feedparser hands over what it had of it (a title without its text)."""
    opens = [m.start() for m in _ENTRY_OPEN.finditer(data)]
    if not opens:
        return False
    closes = [m.start() for m in _ENTRY_CLOSE.finditer(data)]
    return not closes or closes[-1] < opens[-1]


def iter_feed_bytes(data: bytes, *, source: str) -> Iterator[Article]:
    try:
        parsed = feedparser.parse(_CHARREF.sub(_safe_charref, data))
    except Exception as exc:  # feedparser on hostile input: one bad feed must not stop the run
        log.warning("%s: feedparser failed: %s: %s", source, type(exc).__name__, exc)
        yield rejected_article(source, InputError(f"{source}: the feed cannot be parsed ({type(exc).__name__}: {exc})"))
        return
    entries = parsed.get("entries") or []
    bozo = parsed.get("bozo_exception") if parsed.get("bozo") else None
    malformed = bozo is not None and type(bozo).__name__ not in _BENIGN
    cut = len(entries) if malformed and entries and _ends_inside_an_entry(data) else 0
    for i, entry in enumerate(entries, start=1):
        if i == cut:  # not coded from what was left of it: a recorded rejection with the reason
            yield rejected_article(f"{source}#{i}", InputError(
                f"{source}#{i}: feed entry {i} is cut off (the feed ends inside it)"), url=entry.get("link") or None)
            continue
        try:
            yield entry_article(entry, source=source, index=i)
        except InputError as exc:
            yield rejected_article(f"{source}#{i}", exc)
    if malformed:
        log.warning("%s: malformed feed after %d entries: %s", source, len(entries), bozo)
        yield rejected_article(source, InputError(
            f"{source}: the feed is malformed or truncated ({bozo}); {len(entries)} entries read before it"))
    elif not entries and not parsed.get("version"):
        yield rejected_article(source, InputError(f"{source}: not an RSS or Atom feed"))
    elif not entries:
        yield rejected_article(source, EmptyInputError(f"{source}: the feed has no entries"))


def iter_feed_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    try:
        check_size(path.stat().st_size, max_bytes=max_bytes, source=str(path))
        data = path.read_bytes()
        if data[:2] == GZIP_MAGIC:  # feed.xml.gz: decompressed with the same cap as fetch
            data = gunzip_capped(data, max_bytes=max_bytes, source=str(path))
    except InputError as exc:
        yield rejected_article(str(path), exc)
        return
    except OSError as exc:
        yield rejected_article(str(path), InputError(f"{path}: cannot be read ({exc})"))
        return
    yield from iter_feed_bytes(data, source=str(path))
