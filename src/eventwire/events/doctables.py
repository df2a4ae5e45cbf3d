"""Per-doc tables and cheaper pattern runs for the events stage's parse readers (speed helpers that
need not grow :mod:`eventwire.events.words`).

* :func:`case_blind`: a ``re.IGNORECASE`` pattern of lower-case words, compiled to run case-sensitively
  over :func:`fold_case` of a text (the same matches, found faster);
* :func:`heads_with_child`: the tokens one of whose children is a given word (read on the doc's word and
  head tables, kept on the doc): a reader that needs such a child asks this before walking children.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from itertools import compress
from typing import Any, TypeVar

from spacy.attrs import IS_PUNCT
from spacy.tokens import Token

from .words import doc_heads, doc_text, doc_words, span_text

_ESCAPE = re.compile(r"\\.")
_GROUP_NAME = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)")
#: ASCII capitals, and the four other letters ``re.IGNORECASE`` equates with ASCII ones, to lower case
#: (eventwire.timex's finders read their text folded by it too)
_CASE_FOLD: dict[int, int | str] = {**{c: c + 32 for c in range(65, 91)},
                                    0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def fold_case(text: str) -> str:
    """``text`` with the letters of :data:`_CASE_FOLD` folded, one character for one: ASCII stretches by
    ``str.lower`` (the same on ASCII), the non-ASCII runs through the table."""
    if text.isascii():
        return text.lower()
    out: list[str] = []
    pos = 0
    for m in _NON_ASCII_RUN.finditer(text):
        s, e = m.span()
        out.append(text[pos:s].lower())
        out.append(text[s:e].translate(_CASE_FOLD))
        pos = e
    out.append(text[pos:].lower())
    return "".join(out)


def case_blind(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``rx`` (``re.IGNORECASE``) without the flag, for a case-folded text (:func:`fold_case` maps the
    letters IGNORECASE equates with ASCII ones to their lower case, one character for one):
    the same matches. None where ``rx`` is not such a pattern (no flag, an upper-case letter outside an
    escape, an inline flag group), which is then read as it is."""
    if not rx.flags & re.IGNORECASE or not isinstance(rx.pattern, str):
        return None
    bare = _GROUP_NAME.sub("(", _ESCAPE.sub("", rx.pattern))  # (a group's name is not read in the text)
    if any(ch.isupper() for ch in bare) or "(?i" in bare or "(?-i" in bare or "(?a" in bare or "(?L" in bare:
        return None
    return re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)


def heads_with_child(doc: Any, words: AbstractSet[str], key: str) -> frozenset[int]:
    """The indices of the tokens with a child whose lower case is in ``words`` (kept on the doc under
    ``key``; a token's children are the other tokens whose head it is)."""
    user = doc.user_data
    got = user.get(key)
    if got is None or got[0] != len(doc):  # (kept per doc, as its word and head tables are)
        lowers = doc_words(doc)[1]
        heads = doc_heads(doc)
        found = frozenset(heads[j] for j in compress(range(len(lowers)), map(words.__contains__, lowers)) if heads[j] != j)
        got = user[key] = (len(doc), found)
    return got[1]


FOLDED_KEY = "eventwire_doc_folded_text"


def folded_text(doc: Any) -> str:
    """:func:`fold_case` of the doc's text (:func:`eventwire.events.words.doc_text`), kept on the doc."""
    text = doc_text(doc)
    got = doc.user_data.get(FOLDED_KEY)
    if got is None or got[0] is not text:
        got = doc.user_data[FOLDED_KEY] = (text, fold_case(text))
    return got[1]


def fold_text_of(text: str, doc: Any) -> str:
    """:func:`fold_case` of ``text``: the doc's kept :func:`folded_text` when ``text`` is the doc's text (an
    article's text and its doc's are the same string), else folded here."""
    if doc is not None and hasattr(doc, "user_data") and len(doc) and doc_text(doc) == text:
        return folded_text(doc)
    return fold_case(text)


_BLIND: dict[re.Pattern[str], re.Pattern[str] | None] = {}


def blind_of(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """:func:`case_blind` of ``rx``, compiled once."""
    try:
        return _BLIND[rx]
    except KeyError:
        got = _BLIND[rx] = case_blind(rx)
        return got


def search_span(rx: re.Pattern[str], span: Any) -> re.Match[str] | None:
    """``rx.search(span_text(span))``, on the doc's folded text where ``rx`` reads it the same (its
    :func:`case_blind` form): the same match's offsets (its groups are of the folded text)."""
    blind = blind_of(rx)
    doc = getattr(span, "doc", None)
    if blind is None or doc is None or doc is span or not hasattr(doc, "user_data") or not len(span):
        return rx.search(span_text(span))
    return blind.search(folded_text(doc)[span.start_char : span.end_char])


def search_span_needing(rx: re.Pattern[str], span: Any, needles: tuple[str, ...]) -> re.Match[str] | None:
    """:func:`search_span`, for a pattern every match of which holds one of ``needles`` (lower-case
    strings) in the folded text: a span whose folded text holds none is not searched (None)."""
    blind = blind_of(rx)
    doc = getattr(span, "doc", None)
    if blind is None or doc is None or doc is span or not hasattr(doc, "user_data") or not len(span):
        return rx.search(span_text(span))
    text = folded_text(doc)[span.start_char : span.end_char]
    for needle in needles:
        if needle in text:
            return blind.search(text)
    return None


def search_text(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``rx.search(text)``: found by its :func:`case_blind` form in the folded text, then matched by ``rx``
    itself where it starts (the same match, its groups of ``text``)."""
    blind = blind_of(rx)
    if blind is None:
        return rx.search(text)
    m = blind.search(fold_case(text))
    return None if m is None else rx.match(text, m.start())


def count_matches(rx: re.Pattern[str], text: str) -> int:
    """``len(rx.findall(text))``, counted by its :func:`case_blind` form in the folded text."""
    blind = blind_of(rx)
    if blind is None:
        return len(rx.findall(text))
    return sum(1 for _ in blind.finditer(fold_case(text)))


PUNCT_KEY = "eventwire_doc_is_punct"


def doc_is_punct(doc: Any) -> list[bool]:
    """Each token's ``is_punct`` (1 or 0), by token index (read off the doc's attribute array once, kept on it)."""
    got = doc.user_data.get(PUNCT_KEY)
    if got is None or len(got) != len(doc):
        got = doc.to_array(IS_PUNCT).tolist() if len(doc) else []  # 1 or 0
        doc.user_data[PUNCT_KEY] = got
    return got


def search_doc(rx: re.Pattern[str], doc: Any, pos: int, endpos: int) -> re.Match[str] | None:
    """``rx.search(doc_text(doc), pos, endpos)``, on the doc's folded text where ``rx`` reads it the same
    (its :func:`case_blind` form): the same match's offsets (its groups are of the folded text)."""
    blind = blind_of(rx)
    if blind is None:
        return rx.search(doc_text(doc), pos, endpos)
    return blind.search(folded_text(doc), pos, endpos)


class Spans:
    """Character spans, sorted, for "which span holds this offset" in log time (spans that do not
    nest: actor mentions, entities, sentences). Moved here from :mod:`eventwire.events.linking`."""

    __slots__ = ("spans", "starts")

    def __init__(self, spans: Any) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def around(self, pos: int) -> tuple[int, int] | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.spans[i][1]:
            return self.spans[i]
        return None

    def holds(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        # the nearest span starting at or before ``start``, and one before it (nested spans)
        if i < 0:
            return False
        spans = self.spans
        a, b = spans[i]
        if a <= start and end <= b:
            return True
        if i == 0:
            return False
        a, b = spans[i - 1]
        return a <= start and end <= b


F = TypeVar("F", bound=Callable[..., Any])
_UNSET = object()


def token_of_token(key: str) -> Callable[[F], F]:
    """Decorate ``fn(tok)``, a reader of the parse alone that answers a token of ``tok``'s doc or None
    (a doer, an object): computed once per token, kept on the doc (``user_data[key]``) as the answer's
    index; a later call answers ``doc[index]``, a new token object as a fresh reading gives. A stand-in
    without a doc, or an answer that is no token of the doc, is not kept."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def cached(tok: Any) -> Any:
            if type(tok) is not Token:
                return fn(tok)
            doc = tok.doc
            user = doc.user_data
            cache = user.get(key)
            if cache is None:
                cache = user[key] = {}
            i = tok.i
            got = cache.get(i, _UNSET)
            if got is _UNSET:
                res = fn(tok)
                if res is None:
                    cache[i] = None
                elif type(res) is Token and res.doc is doc:
                    cache[i] = res.i
                return res
            return None if got is None else doc[got]

        return cached  # type: ignore[return-value]

    return wrap

