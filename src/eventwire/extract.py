"""``extract``: one page in (a file, a URL or stdin), its coded events out. No database."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

from .errors import InputError
from .records import Article

if TYPE_CHECKING:
    from .pipeline import Pipeline


def read_source(source: str, *, published: dt.date | None = None) -> Article:
    """Read one page: ``-`` is stdin, ``http(s)://`` a URL, anything else a file path."""
    from .ingest import readers

    if source == "-":
        article = readers.read_stdin(published=published)
    elif source[:8].lower().startswith(("http://", "https://")):
        article = readers.read_url(source)
    else:
        article = readers.read_path(readers.local_source(source), published=published)
    if published is not None:
        article.published = published
        article.published_source = "user"
    return article


def rejected_article(source: str, error: InputError) -> Article:
    """An empty article carrying the reader's rejection (for JSON output of unreadable input)."""
    article = Article(id=hashlib.sha256(source.encode()).hexdigest()[:16], text="", source=source)
    article.reject("ingest", error.reason, str(error))
    return article


def extract(source: str, *, published: dt.date | None = None, pipeline: Pipeline | None = None) -> Article:
    """Read ``source`` and run the whole pipeline on it (loading the default pipeline after the
    input has been read, so unreadable input fails fast). Raises InputError if it cannot be read."""
    from .pipeline import load_pipeline

    article = read_source(source, published=published)
    return (pipeline or load_pipeline()).process(article)
