"""The index keys of :mod:`.normalize` (:func:`fold`, :func:`loose`), worked out more cheaply for the
lookups: the same keys, checked against normalize's own functions in tests/test_geo_s20_speed.py.

normalize.py itself is read by the gazetteer store's digest (:func:`.build.build_digest`): the store is
built with its functions and left byte for byte as it is, so that no store is built again."""

from __future__ import annotations

import re
from functools import lru_cache

from . import normalize as _normalize
from .normalize import _APOSTROPHES, _ARTICLE_RE, _DEIR_RE, _DIN_RE, _LETTERS, _VOWELS

# a letter's repeats after its first, and "as-s", "ad-d" ... before a word (the vowel and the first of the
# doubled letters): deleted, the same as normalize's patterns with "\1", without a template per match
_DOUBLE_RE = re.compile(r"(?<=(\w))\1+")
_ASSIMILATED_RE = re.compile(r"\b[ae]([sdrntz])(?=\1\w)")


def _ascii_fold_table() -> dict[int, str | None]:
    """:func:`fold` of an ASCII text, one character at a time: apostrophes dropped, other punctuation
    and "_" made blanks, capitals made small (blank runs are collapsed after)."""
    table: dict[int, str | None] = {}
    for code in range(128):
        ch = chr(code)
        if ch in _APOSTROPHES:
            table[code] = None
        elif ch == "_" or not (ch.isalnum() or ch.isspace()):
            table[code] = " "
        elif ch.isupper():
            table[code] = ch.lower()
    return table


_ASCII_FOLD = _ascii_fold_table()


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """:func:`.normalize.fold`: an ASCII name by one translation, then its blank runs collapsed."""
    if name.isascii():
        return " ".join(name.translate(_ASCII_FOLD).split())
    return _normalize.fold.__wrapped__(name)


@lru_cache(maxsize=200_000)
def loose(name: str) -> str:
    """:func:`.normalize.loose`, each pattern only where the letters it needs are there."""
    s = fold(name)
    if not s:
        return s
    s = _DEIR_RE.sub("dayr", s)
    if " " in s:
        s = _ARTICLE_RE.sub("", s)
    if "ss" in s or "dd" in s or "rr" in s or "nn" in s or "tt" in s or "zz" in s:
        s = _ASSIMILATED_RE.sub("", s)
    if "din" in s:
        s = _DIN_RE.sub(" din", s)
    s = s.replace("dh", "d").replace("ph", "f")
    for a, b in _VOWELS:
        s = s.replace(a, b)
    s = s.translate(_LETTERS)
    s = _DOUBLE_RE.sub("", s)
    words = [w[:-1] if len(w) > 3 and w.endswith("h") and w[-2] in "aiu" else w for w in s.split()]
    return "".join(words)
