"""JSON Lines: one article per line, keys ``text`` or ``html``, and optionally ``url``, ``title``,
``published`` (YYYY-MM-DD), ``id``. A malformed line yields a rejection naming the line number."""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import EmptyInputError, InputError, InputTooLargeError
from ..records import Article
from .build import new_article, parse_date, rejected_article
from .decode import DEFAULT_MAX_BYTES

log = logging.getLogger(__name__)


def _open(path: Path) -> IO[bytes]:
    """The file, decompressed as it is read when it is gzip (by its first bytes, whatever its name)."""
    with path.open("rb") as fh:
        magic = fh.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rb")
    return path.open("rb")


def line_article(raw: bytes, *, source: str, lineno: int) -> Article:
    """The Article of one JSONL line; raises InputError (with the line number) when it is not one."""
    where = f"{source}:{lineno}"
    try:
        obj = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{source}: line {lineno}: not valid JSON ({exc})") from None
    if not isinstance(obj, dict):
        raise InputError(f"{source}: line {lineno}: expected a JSON object, got {type(obj).__name__}")
    html = obj.get("html")
    text = obj.get("text")
    body = html if isinstance(html, str) and html.strip() else text
    if not isinstance(body, str):
        raise InputError(f"{source}: line {lineno}: no 'text' or 'html' string")
    if not body.strip():
        raise EmptyInputError(f"{source}: line {lineno}: the text is empty")
    title = obj.get("title") if isinstance(obj.get("title"), str) else None
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    given_id = obj.get("id")
    published = parse_date(obj.get("published"))
    return new_article(
        body,
        raw=raw.strip(),
        source=f"jsonl:{where}",
        url=url,
        title=title,
        is_html=body is html,
        published=published,
        published_source="feed" if published else None,
        article_id_=str(given_id) if given_id not in (None, "") else None,
    )


def iter_jsonl(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    source = str(path)
    try:
        fh = _open(path)
    except OSError as exc:
        yield rejected_article(source, InputError(f"{path}: cannot be read ({exc})"))
        return
    with fh:
        lineno = 0
        records = 0  # non-blank lines: a file with none is rejected as empty, not passed over in silence
        while True:
            try:
                raw = fh.readline(max_bytes + 1)
            except (OSError, EOFError) as exc:  # a truncated .gz
                yield rejected_article(source, InputError(f"{path}: line {lineno + 1}: cannot be read ({exc})"))
                return
            if not raw:
                if not records:
                    yield rejected_article(source, EmptyInputError(f"{path}: the file has no JSON lines"))
                return
            lineno += 1
            records += bool(raw.strip())
            if len(raw) > max_bytes:
                rest = raw
                while rest and not rest.endswith(b"\n"):
                    rest = fh.readline(max_bytes + 1)
                yield rejected_article(f"jsonl:{source}:{lineno}", InputTooLargeError(
                    f"{source}: line {lineno}: over the size limit of {max_bytes:,} bytes"))
                continue
            if not raw.strip():
                continue
            try:
                yield line_article(raw, source=source, lineno=lineno)
            except InputError as exc:
                yield rejected_article(f"jsonl:{source}:{lineno}", exc)
