"""HTML pages: main text, comments and metadata with trafilatura; related-headline lists from
``<aside>`` / "related" blocks. The page's ``text`` is built as
``title + "\\n\\n" + body + "\\n\\n" + comments + "\\n\\n" + related headlines`` (paragraphs joined by
blank lines) so that every section's offsets point into it."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import lxml.html
import trafilatura
from lxml import etree

from ..timex import iso_day
from .cues import RELATED_HEADING, headline_like, normalise, word_count

log = logging.getLogger(__name__)

_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_RELATED_ATTR = re.compile(
    r"related|more-?stories|more-?news|read-?more|recommend|also-?read|further-?reading|read-?next|"
    r"more-?from|you-?may|outbrain|taboola", re.I)
_SKIP_ATTR = re.compile(r"\b(?:nav|menu|breadcrumb|footer-?nav|social|share)\b", re.I)
_BLOCK_TAGS = frozenset("p div br li h1 h2 h3 h4 h5 h6 tr blockquote section article header footer pre".split())
MAX_RELATED = 12


@dataclass(slots=True)
class HtmlParts:
    title: str | None = None
    body: list[str] = field(default_factory=list)  # paragraphs
    comments: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)  # photo captions (trafilatura leaves them out)
    related: list[str] = field(default_factory=list)
    sitename: str | None = None
    published: dt.date | None = None
    language: str | None = None
    url: str | None = None  # the page's own address (canonical link or og:url) when it names one


def _paragraphs(text: str | None) -> list[str]:
    return [" ".join(p.split()) for p in (text or "").splitlines() if p.strip()]


class _TextCollector(HTMLParser):
    """Visible text by the standard library's streaming parser, which has no nesting limit
    (libxml2 drops what lies deeper than a few hundred levels of elements)."""

    _HIDDEN = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def _stream_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return "".join(collector.parts)


def html_to_text(html: str) -> str:
    """Every visible text of a page or fragment, one block per line (the fallback extractor)."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        root = None
    text = _lxml_text(root) if root is not None else ""
    if not text:
        text = _stream_text(html)
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _lxml_text(root: lxml.html.HtmlElement) -> str:
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    return str(root.text_content()).strip()


def find_related(html: str, *, exclude: set[str] | None = None) -> list[str]:
    """Headlines of related-article lists: links inside elements whose class/id says "related"
    (or asides), and the links after a "Related" / "Read more" heading."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    containers = []
    for el in root.iter("aside", "section", "div", "ul", "ol"):
        attrs = " ".join(filter(None, (el.get("class"), el.get("id"))))
        if attrs and _SKIP_ATTR.search(attrs):
            continue
        if (attrs and _RELATED_ATTR.search(attrs)) or el.tag == "aside":
            containers.append(el)
    for heading in root.iter("h2", "h3", "h4", "h5", "strong"):
        text = " ".join(heading.text_content().split())
        if text and RELATED_HEADING.match(text):
            nxt = heading.getnext()
            if nxt is not None:
                containers.append(nxt)
            if heading.getparent() is not None:
                containers.append(heading.getparent())
    seen = {normalise(e) for e in (exclude or set())}
    out: list[str] = []
    for container in containers:
        for a in container.iter("a"):
            text = " ".join(a.text_content().split())
            key = normalise(text)
            if not key or key in seen or not 4 <= word_count(text) <= 30:
                continue
            if not (headline_like(text, max_words=30) or word_count(text) <= 30):
                continue
            seen.add(key)
            out.append(text)
            if len(out) >= MAX_RELATED:
                return out
    return out


_COMMENT_HINT = re.compile(r"""(?:class|id)\s*=\s*["'][^"']*(?:comment|disqus|respond|reply)""", re.I)


def _trafilatura(html: str, url: str | None, *, comments: bool, metadata: bool):
    try:
        return trafilatura.bare_extraction(
            html, url=url, include_comments=comments, with_metadata=metadata, include_tables=True,
            favor_precision=not comments, date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, AttributeError, etree.LxmlError) as exc:  # trafilatura on broken markup
        log.warning("trafilatura failed on %s: %s", url or "a page", exc)
        return None


MAX_CAPTIONS = 10
_CAPTION_ATTR = re.compile(r"(?:^|[\s_-])(?:wp-)?caption(?:-text)?(?:$|[\s_-])", re.I)


def find_captions(html: str, *, exclude: set[str] | None = None) -> list[str]:
    """Photo captions of the article: ``<figcaption>`` and ``class="...caption..."`` elements inside
    ``<article>`` / ``<main>`` (or anywhere when the page has neither)."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    scopes = root.xpath("//article|//main") or [root]
    seen = {normalise(e) for e in (exclude or set())}
    out: list[str] = []
    for scope in scopes:
        for el in scope.iter():
            if not isinstance(el.tag, str):
                continue
            if el.tag != "figcaption" and not _CAPTION_ATTR.search(el.get("class") or ""):
                continue
            text = " ".join(el.text_content().split())
            key = normalise(text)
            if not key or key in seen or not 2 <= word_count(text) <= 80:
                continue
            seen.add(key)
            out.append(text)
            if len(out) >= MAX_CAPTIONS:
                return out
    return out


def extract_parts(
    html: str, *, url: str | None = None, with_related: bool = True, with_comments: bool = True
) -> HtmlParts:
    """Title, body paragraphs, comments, related headlines and metadata of an HTML page.

    The body comes from trafilatura with ``favor_precision`` and without comments (the best
    setting on the extraction benchmark); comments from a second pass with ``include_comments``,
    run only when the markup mentions comments."""
    parts = HtmlParts()
    doc = _trafilatura(html, url, comments=False, metadata=True)
    if doc is not None:
        parts.title = " ".join((doc.title or "").split()) or None
        parts.body = _paragraphs(doc.text)
        parts.sitename = doc.sitename or None
        parts.published = iso_day(doc.date)
        page_url = " ".join((doc.url or "").split())
        parts.url = page_url if page_url.lower().startswith(("http://", "https://")) else None
    if with_comments and _COMMENT_HINT.search(html):
        cdoc = _trafilatura(html, url, comments=True, metadata=False)
        if cdoc is not None:
            parts.comments = _paragraphs(cdoc.comments)
    if not parts.body:
        parts.body = _paragraphs(html_to_text(html))
    if parts.title and parts.body and normalise(parts.body[0]) == normalise(parts.title):
        parts.body = parts.body[1:]  # trafilatura keeps the <h1> headline in the text
    if with_related:
        exclude = set(parts.body) | set(parts.comments) | ({parts.title} if parts.title else set())
        parts.captions = find_captions(html, exclude=exclude)
        parts.related = find_related(html, exclude=exclude | set(parts.captions))
    return parts


def extract_main_text(html: str, *, url: str | None = None) -> str:
    """The article body of an HTML page (no title, comments or related headlines), paragraphs
    separated by blank lines; "" when none is found. Used by ``eventwire evaluate extraction``."""
    parts = extract_parts(html, url=url, with_related=False, with_comments=False)
    return "\n\n".join(parts.body)
