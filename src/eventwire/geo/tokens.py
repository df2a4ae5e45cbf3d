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


class Tokens(dict):
    """The tokens of a text by index, as :func:`tokenize` lists them, each made when first read (a name's
    rules read the tokens around capitalised words only: most are never read). Read by index (a negative
    one as a list reads it) and ``len``; not iterable as a list is. ``words`` and ``ends``: each token's
    text and end offset (its start: the end less the text's length), read without making the token."""

    __slots__ = ("words", "ends")

    def __init__(self, words: list[str], ends: list[int]) -> None:
        super().__init__()
        self.words = words
        self.ends = ends

    def __len__(self) -> int:
        return len(self.words)

    def __missing__(self, k: int) -> Token:
        w = self.words[k]  # (an IndexError past the end, as a list gives)
        end = self.ends[k]
        tok = self[k] = Token(end - len(w), end, w)
        return tok


def token_table(text: str) -> tuple[list[str], Tokens]:
    """The words of :func:`tokenize` and its tokens made when read (:class:`Tokens`)."""
    words = _TOKEN_RE.findall(text)
    end = 0  # (each word's end: from its first occurrence after the one before, as tokenize reads it)
    return words, Tokens(words, [end := text.find(w, end) + len(w) for w in words])
