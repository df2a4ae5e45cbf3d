"""Cheaper scans of the actor stage's case-insensitive patterns: a prefilter over the lower-cased text.

A pattern that matches case-insensitively (``re.IGNORECASE`` or ``(?i:...)`` groups) tries its
alternatives at every text position, comparing letters through their case folds: slow over a whole
article. :class:`Prefiltered` pairs such a ``strict`` pattern (run over the folded, cased text) with a
``relaxed`` one that runs case-sensitively over a lower-cased copy of it of the same length
(:func:`relaxed_haystack`) and that matches wherever the strict one does (at least): a plain word list
(its first words) or the strict pattern itself with its cased parts lower-cased. The relaxed pattern
finds the next position where a strict match may start, the strict one is tried there only; the
matches are those of ``strict.finditer(text)``, one by one (a scan goes on after a match's end, as
``finditer`` does; the strict patterns never match an empty string).

Valid while the relaxed pattern reads, at every atom, what the strict one reads: lower-case letters
against the lower-cased copy, where the one letter that ``re.IGNORECASE`` also equates with an ASCII
letter and that lower-casing keeps (the dotless "ı", equal to "i") is replaced (checked for every code
point by ``tests/test_actors_s20_scan.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class Prefiltered:
    """``strict``'s matches in a text, found where ``relaxed`` matches in its lower-cased copy."""

    strict: re.Pattern[str]
    relaxed: re.Pattern[str]

    def finditer(self, text: str, hay: str | None) -> Iterator[re.Match[str]]:
        """``self.strict.finditer(text)``; ``hay``: :func:`relaxed_haystack` of the ``fold_lower`` of the text
        ``text`` folds (None: the strict scan of the whole text)."""
        if hay is None:
            yield from self.strict.finditer(text)
            return
        search, match = self.relaxed.search, self.strict.match
        pos, n = 0, len(text)
        while pos <= n:
            r = search(hay, pos)
            if r is None:
                return
            at = r.start()
            m = match(text, at)
            if m is None:
                pos = at + 1
                continue
            yield m
            pos = m.end() if m.end() > at else at + 1


def relaxed_haystack(lower: str) -> str:
    """The lower-cased text the relaxed patterns read: the dotless "ı" (an "i" to ``re.IGNORECASE``) as "i"."""
    return lower if lower.isascii() else lower.replace("\u0131", "i")


_CASED_GROUP = re.compile(r"\(\?-i:([^()\\]*(?:\\\W[^()\\]*)*)\)")


def lowered_pattern(pattern: str) -> str:
    """A case-insensitive ``pattern``'s source for a case-sensitive run over lower-cased text: its
    case-sensitive groups (``(?-i:US|UK)``, of literal letters and escaped punctuation only) lower-cased.
    Raises ValueError where another part holds an upper-case letter (a class, an escape) it would misread."""
    out = _CASED_GROUP.sub(lambda m: "(?:" + m.group(1).lower() + ")", pattern)
    rest = re.sub(r"\\[A-Za-z]", "", out)
    if any(ch.isupper() for ch in rest):
        raise ValueError("lowered_pattern: an upper-case letter outside a (?-i:...) group of literals")
    return out
