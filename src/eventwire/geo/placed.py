"""The words a text writes as a place somewhere (for :mod:`eventwire.geo.recognize`): after a word of place
("in Buffalo", "near the X") or before a place noun ("Malakal town"). A person's name whose word the text
also writes so is no person's there ("Buffalo Fire Chief")."""

from __future__ import annotations

import re

from .lexicon import PLACE_NOUNS, STRONG_PREPOSITIONS

_STRONG_ALT = "|".join(sorted(STRONG_PREPOSITIONS))

# (a first-letter lookahead lets the engine skip ahead; possessive runs give back nothing of use: same matches)
_STRONG_FIRST = re.escape("".join(sorted({p[0] for p in STRONG_PREPOSITIONS})))
_AFTER_PLACE_WORD = re.compile(
    rf"(?=(?i:[{_STRONG_FIRST}]))\b(?i:(?:{_STRONG_ALT})\s+(?:the\s+|downtown\s+|central\s+)?)([^\W\d_][\w'-]*)"
)
_BEFORE_NOUN = re.compile(rf"\b([^\W\d_][\w'-]*+)\s++(?:{'|'.join(map(re.escape, sorted(PLACE_NOUNS, key=len, reverse=True)))})\b")
#: a character no match of the two patterns holds (they read letters, digits, "'", "-" and blanks only)
_BREAK = re.compile(r"[^\w'\-\s]")


def _placed_words(text: str) -> set[str]:
    """The words ``text`` writes as a place somewhere: after a word of place ("in Buffalo", "near
    the X") or before a place noun ("Malakal town")."""
    out = {m.group(1) for m in _AFTER_PLACE_WORD.finditer(text)}
    out.update(m.group(1) for m in _BEFORE_NOUN.finditer(text))
    return out


def placed_among(text: str, words: set[str] | frozenset[str]) -> set[str]:
    """The ``words`` that :func:`_placed_words` holds, read only in the clauses where they occur: no match
    holds a character of :data:`_BREAK`, so the patterns find in a clause between two such characters what
    they find there in the whole text (the clause starts afresh; its end reads as the text's end would)."""
    if not words:
        return set()
    n = len(text)
    back: str | None = None  # the text reversed: the break before a word is the first after it there
    clauses: set[tuple[int, int]] = set()
    for w in words:
        k = text.find(w)
        while k >= 0:
            if back is None:
                back = text[::-1]
            after = _BREAK.search(text, k)  # the first break at or after the word's start
            before = _BREAK.search(back, n - k)  # the last break before it (at n - 1 - its start there)
            clauses.add((n - before.start() if before is not None else 0, after.start() if after is not None else n))
            k = text.find(w, k + 1)
    found: set[str] = set()
    for a, b in clauses:
        found.update(m.group(1) for m in _AFTER_PLACE_WORD.finditer(text, a, b))
        found.update(m.group(1) for m in _BEFORE_NOUN.finditer(text, a, b))
    return found & set(words)
