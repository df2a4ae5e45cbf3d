"""Building Articles from decoded input: ids, hashes, HTML sniffing, rejected placeholders."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from ..errors import InputError
from ..records import Article

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp"})
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_HTML_TAGS = re.compile(r"<(?:head|body|div|p|article|meta|title|span|a\s)[\s>/]", re.I)


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(text: str | None) -> str | None:
    """``text`` with lone UTF-16 surrogates (from a JSON ``\\ud800`` escape or an XML ``&#xD800;``)
    replaced by U+FFFD: they cannot be encoded, and the parser and the database would raise on them."""
    if text is None or not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub("\ufffd", text)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def article_id(raw_hash: str) -> str:
    """The stable article id: the first 16 hex digits of the raw content's sha256 (so the same
    content read from a file, a URL or a feed gets the same id, and re-ingest is idempotent)."""
    return raw_hash[:16]


def looks_like_html(text: str, *, suffix: str = "", content_type: str | None = None) -> bool:
    """HTML by content type, by suffix (when the content agrees) or by its opening tags."""
    if content_type:
        ct = content_type.split(";")[0].strip().lower()
        if ct in ("text/html", "application/xhtml+xml"):
            return True
        if ct == "text/plain":
            return False
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    tags = len(_HTML_TAGS.findall(head))
    if suffix.lower() in HTML_SUFFIXES:
        return tags >= 1 or "<" in head
    return tags >= 3


def new_article(
    text: str,
    *,
    raw: bytes,
    source: str,
    is_html: bool,
    url: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    published_source: str | None = None,
    article_id_: str | None = None,
) -> Article:
    """An ingested Article. For HTML, ``html`` keeps the page and ``text`` holds the same
    markup until the sections stage replaces it with the extracted page text."""
    raw_hash = sha256_hex(raw)
    text = scrub(text) or ""
    title = scrub(title)
    url = scrub(url)
    article = Article(
        id=article_id_ or article_id(raw_hash),
        text=text,
        source=source,
        url=url,
        title=title,
        raw_hash=raw_hash,
        html=text if is_html else None,
    )
    if published is not None:
        article.published = published
        article.published_source = published_source
    return article


def rejected_article(source: str, error: InputError, *, url: str | None = None) -> Article:
    """The placeholder a batch reader yields for an unreadable item: empty text, one rejection."""
    article = Article(id=article_id(sha256_hex(f"rejected:{source}".encode())), text="", source=source, url=url)
    article.reject("ingest", error.reason, str(error))
    return article


def parse_date(value: object) -> dt.date | None:
    """A date from an ISO string (date or datetime) or a date object; None if it is not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        return None
