"""Look-ups into a spaCy doc for the place recognizer (:mod:`eventwire.geo.recognize`): the coarse
part of speech at a character offset (:class:`PosIndex`, from arrays read once per doc) and the
named entity that overlaps a span (:func:`label_at`, a binary search over sorted entities)."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from ..events.words import doc_ents


class PosIndex:
    """The coarse part of speech at a character offset of a spaCy doc, as
    ``doc.char_span(start, end, alignment_mode="expand")[0].pos_`` gives it, from arrays read once
    per doc (``char_span`` creates Token objects on every call)."""

    __slots__ = ("doc", "_arrays")

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self._arrays: Any = None

    def _load(self) -> Any:
        from spacy.attrs import IDX, LENGTH, POS, SPACY

        arr = self.doc.to_array([IDX, LENGTH, SPACY, POS])
        idx = arr[:, 0]
        ends = idx + arr[:, 1]  # end of each token's text
        spans_end = ends + arr[:, 2]  # ... and of its trailing whitespace
        # plain lists: bisect and item reads on them cost far less than numpy's scalar calls
        self._arrays = (idx.tolist(), ends.tolist(), spans_end.tolist(), arr[:, 3].tolist())
        return self._arrays

    def at(self, start: int, end: int) -> str | None:
        if self.doc is None:
            return None
        try:
            arrays = self._arrays if self._arrays is not None else self._load()
        except (AttributeError, ValueError, TypeError):
            return pos_at(self.doc, start, end)
        idx, ends, spans_end, pos = arrays
        n = len(idx)
        first = bisect_right(idx, start) - 1
        last = bisect_right(idx, end - 1) - 1
        # spaCy's token_by_char: the token whose text or trailing whitespace holds the character
        if first < 0 or start >= spans_end[first] or last < 0 or end - 1 >= spans_end[last]:
            return None
        if start == ends[first]:
            first += 1  # trailing whitespace is no part of the previous token
        if first > last or first >= n:
            return None
        p = pos[first]
        return self.doc.vocab.strings[p] if p else None


def pos_at(doc: Any, start: int, end: int) -> str | None:
    """The coarse part of speech of the token at ``start`` (None without a tagged doc)."""
    if doc is None:
        return None
    try:
        span = doc.char_span(start, end, alignment_mode="expand")
    except (AttributeError, ValueError):
        return None
    if span is None or len(span) == 0:
        return None
    return span[0].pos_ or None


def entities(doc: Any) -> list[tuple[int, int, str]]:
    if doc is None:
        return []
    try:
        return Ents((e.start_char, e.end_char, e.label_) for e in doc_ents(doc))
    except AttributeError:
        return []


def label_at(ents: list[tuple[int, int, str]], start: int, end: int) -> tuple[int, int, str] | None:
    """The first entity that overlaps [start, end)."""
    if len(ents) > 8 and sorted_disjoint(ents):
        # spaCy's entities are sorted and do not overlap: look only around ``start``
        k = bisect_right(ents, (start,))
        k = max(0, k - 1)
        while k > 0 and ents[k - 1][1] > start:
            k -= 1
        for e in ents[k:]:
            if e[0] >= end:
                return None
            if start < e[1]:
                return e
        return None
    for e in ents:
        if e[0] < end and start < e[1]:
            return e
    return None


class Ents(list):
    """A document's entities with a flag saying they are sorted and disjoint (checked once)."""

    __slots__ = ("disjoint",)


def sorted_disjoint(ents: list[tuple[int, int, str]]) -> bool:
    flag = getattr(ents, "disjoint", None)
    if flag is None:
        flag = all(a[1] <= b[0] for a, b in zip(ents, ents[1:], strict=False)) and all(
            e[0] < e[1] for e in ents
        )
        if isinstance(ents, Ents):
            ents.disjoint = flag
    return flag
