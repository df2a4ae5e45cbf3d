"""The place recognizer's tokens (:mod:`eventwire.geo.recognize`): runs of letters, runs of digits, dotted
abbreviations ("U.S.") and single punctuation marks, each with its character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_]+|\d+|[^\w\s]", re.UNICODE)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str) -> list[Token]:
    end = 0  # each word from its first occurrence after the one before (what the pattern skips, blanks and "_", starts none)
    return [Token(start := text.find(w, end), end := start + len(w), w) for w in _TOKEN_RE.findall(text)]
