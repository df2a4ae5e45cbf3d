"""``segment(article)``: the sections stage. Sets ``sections``, ``title``, ``outlet``,
``cited_sources``, ``language``, ``published`` (from the page, unless the user gave it) and
``children`` (related headlines as Articles of their own)."""

from __future__ import annotations

import datetime as dt
import logging
import re

from ..records import Article, Section
from .attribution import cited_sources
from .children import related_children
from .cues import is_furniture
from .html import extract_parts
from .language import identify, is_confidently_not_english, mostly_non_latin
from .plain import segment_text

log = logging.getLogger(__name__)

SEP = "\n\n"
# The most text one article may hand to the parser: nlp.py sets spaCy's ``max_length`` to at least
# this, and a longer text would make spaCy raise for the whole batch. Such pages are rejected here.
MAX_TEXT_CHARS = 2_000_000
# The most elements an HTML page may have: the HTML stage's cost grows with them (80,000 <div>s: 12 s on
# a shared core), and a 16 MB page of 600,000 held a batch for over five minutes before its text was
# rejected as too long anyway. News pages have a few thousand (the extraction eval set: 1,603 at most).
MAX_HTML_ELEMENTS = 100_000
_ELEMENT = re.compile(r"<[A-Za-z]")


def _set_page_date(article: Article, date: dt.date | None) -> None:
    """The page's own date fills in ``published`` unless the user or the source's metadata (a feed
    entry's or a JSONL record's date, ``published_source="feed"``) already gave one."""
    if date is None or (article.published is not None and article.published_source in ("user", "feed")):
        return
    article.published = date
    article.published_source = "page"


# a page, feed or crawl date may run a day ahead of this machine's clock (time zones); beyond that it
# is wrong (a typo, a placeholder, an expiry date read as the date) and would date the events into it
FUTURE_SLACK_DAYS = 1


def _drop_future_date(article: Article, *, today: dt.date | None = None) -> None:
    """A publication date from the source that is after tomorrow is dropped, with a recorded
    rejection (``future_date``, not fatal: the article is still coded, its relative dates unresolved).
    A date the user gave (``--published``) is checked by the CLI instead."""
    if article.published is None or article.published_source == "user":
        return
    today = today or dt.datetime.now(dt.UTC).date()
    if article.published <= today + dt.timedelta(days=FUTURE_SLACK_DAYS):
        return
    detail = (f"the publication date {article.published.isoformat()} ({article.published_source}) is after "
              f"today ({today.isoformat()}): dropped, relative dates are left unresolved")
    log.warning("%s: %s", article.source or article.id, detail)
    article.reject("sections", "future_date", detail)
    article.published = None
    article.published_source = None


def _segment_plain(article: Article) -> tuple[dict | None, dt.date | None]:
    result = segment_text(article.text, title=article.title)
    article.sections = result.sections
    if article.title is None and result.title:
        article.title = result.title
    return result.dateline, result.published


def _segment_html(article: Article) -> tuple[dict | None, dt.date | None, str | None]:
    parts = extract_parts(article.html or "", url=article.url)
    if article.url is None and parts.url:  # a saved page: its canonical address is its source
        article.url = parts.url
    title = article.title or parts.title
    pieces: list[str] = []
    sections: list[Section] = []
    pos = 0

    def add(text: str) -> int:
        nonlocal pos
        if pieces:
            pos += len(SEP)
        start = pos
        pieces.append(text)
        pos += len(text)
        return start

    if title:
        start = add(title)
        sections.append(Section("title", start, start + len(title)))
    dateline = None
    published = None
    if parts.body:
        body = SEP.join(parts.body)
        start = add(body)
        result = segment_text(body, offset=start, detect_title=False)
        sections.extend(result.sections)
        dateline, published = result.dateline, result.published
    for caption in parts.captions:
        start = add(caption)
        sections.append(Section("caption", start, start + len(caption), {"source": "html"}))
    for comment in parts.comments:
        start = add(comment)
        kind = "boilerplate" if is_furniture(comment) else "comment"
        sections.append(Section(kind, start, start + len(comment), {"source": "html"}))
    for headline in parts.related:
        start = add(headline)
        sections.append(Section("related", start, start + len(headline), {"source": "html"}))
    article.text = "".join(p if i == 0 else SEP + p for i, p in enumerate(pieces))
    article.sections = sections
    if article.title is None and title:
        article.title = title
    return dateline, parts.published or published, parts.sitename


def segment(article: Article) -> None:
    """Split the page into sections and read its metadata (see the module docstring)."""
    sitename = None
    if article.html is not None:
        elements = sum(1 for _ in _ELEMENT.finditer(article.html))
        if elements > MAX_HTML_ELEMENTS:
            article.reject("sections", "too_large",
                           f"the page has {elements:,} HTML elements, over the limit of {MAX_HTML_ELEMENTS:,}")
            article.text, article.children = "", []
            return
        dateline, published, sitename = _segment_html(article)
    else:
        dateline, published = _segment_plain(article)
    if not article.text.strip():
        article.reject("sections", "empty", "no text found on the page")
        article.children = []
        return
    if len(article.text) > MAX_TEXT_CHARS:
        article.reject("sections", "too_large",
                       f"{len(article.text):,} characters of text is over the limit of {MAX_TEXT_CHARS:,}")
        article.children = []
        return
    dateline_outlet = (dateline or {}).get("outlet")
    article.outlet = article.outlet or sitename or dateline_outlet
    _set_page_date(article, published)
    _drop_future_date(article)
    body = " ".join(article.text[s.start:s.end] for s in article.sections if s.kind == "body")
    exclude = {o for o in (article.outlet, dateline_outlet) if o}
    article.cited_sources = cited_sources(body, exclude=exclude)
    sample = body or " ".join(
        article.text[s.start:s.end] for s in article.sections if s.kind in ("title", "caption", "related")
    ) or article.text
    lang, prob = identify(sample)
    if lang is not None:
        article.language = lang
    if is_confidently_not_english(lang, prob):
        article.reject("sections", "not_english", f"language {lang}")
    elif lang != "en" and mostly_non_latin(sample):
        article.reject("sections", "not_english", f"language {lang or 'unknown'}: the text is not in Latin script")
    article.children = related_children(article)
