"""The words of a doc and of its sentences, read once and kept on the doc.

Some twenty sentence readers (an abduction told by where the captives were led, a base set up, a strike
of work...) each look for a token whose lemma is in a small set. Walking a spaCy span builds a Python
token object for every token, each time; with twenty readers per sentence that walk cost more than the
readers' own logic. :func:`words_of` gives every form a sentence's tokens answer to (text, lower case,
lemma, lower-cased lemma) as one set, built once per sentence, and :func:`needs_words` turns it into a
gate: a reader that cannot fire without one of its words is not called on a sentence that lacks them.
The gate is exact, not a heuristic: it only skips a reader whose every path requires such a token.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

DOC_KEY = "eventwire_doc_words"
SENT_KEY = "eventwire_sentence_words"

F = TypeVar("F", bound=Callable[..., Any])


def doc_words(doc: Any) -> tuple[list[str], list[str], list[str]]:
    """Each token's text, lower case and lemma, by token index (one pass over the doc, kept on it)."""
    got = doc.user_data.get(DOC_KEY)
    if got is None or len(got[0]) != len(doc):
        texts, lowers, lemmas = [], [], []
        for t in doc:
            texts.append(t.text)
            lowers.append(t.lower_)
            lemmas.append(t.lemma_)
        got = (texts, lowers, lemmas)
        doc.user_data[DOC_KEY] = got
    return got


def words_of(span: Any) -> frozenset[str]:
    """Every form the tokens of ``span`` answer to: text, lower case, lemma and lower-cased lemma."""
    doc = getattr(span, "doc", span)  # a Span, or a whole Doc
    key = (span.start, span.end) if doc is not span else (0, len(doc))
    cache = doc.user_data.setdefault(SENT_KEY, {})
    got = cache.get(key)
    if got is None:
        texts, lowers, lemmas = doc_words(doc)
        lo, hi = key
        got = frozenset(texts[lo:hi]) | frozenset(lowers[lo:hi]) | frozenset(lemmas[lo:hi]) | frozenset(
            x.lower() for x in lemmas[lo:hi])
        cache[key] = got
    return got


def needs_words(*vocab: Iterable[str] | Callable[[], Iterable[str]], empty: Callable[[], Any] = list) -> Callable[[F], F]:
    """Decorate a reader ``fn(sent, ...)`` that finds nothing unless ``sent`` has a token answering to
    one of ``vocab``'s words: on a sentence without any it returns ``empty()`` at once. A word set
    defined further down its module is given as a function returning it (read at the first call)."""
    words: list[frozenset[str]] = []

    def vocabulary() -> frozenset[str]:
        if not words:
            words.append(frozenset(w for v in vocab for w in (v() if callable(v) else v)))
        return words[0]

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def gated(sent: Any, *args: Any, **kwargs: Any) -> Any:
            if vocabulary().isdisjoint(words_of(sent)):
                return empty()
            return fn(sent, *args, **kwargs)

        return gated  # type: ignore[return-value]

    return wrap


def none() -> None:
    """The empty result of a reader that returns a token or None."""
    return None
