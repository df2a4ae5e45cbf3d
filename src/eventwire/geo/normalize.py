"""Folding of place names into index keys.

Two keys are made for every name:

* :func:`fold` ("exact" key): lower case, accents stripped, apostrophes removed, hyphens, dots and
  other punctuation turned into single spaces. ``"Deir ez-Zor"`` -> ``"deir ez zor"``.
* :func:`loose` ("transliteration" key): the exact key with the spelling variation of Arabic (and
  other) transliterations removed: leading articles (al-, as-, ad-, ash-, ar-, el-, ...) dropped,
  Dayr/Deir/Der/Dair unified, q -> k, ou -> u, ee -> i, doubled letters collapsed, a final "h" after a
  vowel dropped, spaces removed. ``"As Sukhnah"``, ``"Sukhna"`` and ``"al-Sukhnah"`` all give
  ``"sukhna"``.

Lookups try the exact key first and fall back to the loose key, so ordinary English names keep
their precision while transliterated names still meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = "'’‘`´ʼʻʿʾ"
_PUNCT_RE = re.compile(r"[^\w\s]|_", re.UNICODE)
_SPACE_RE = re.compile(r"\s+")
_ARTICLE_RE = re.compile(r"\b(?:al|el|as|ad|ash|ar|an|at|az|adh|ath|ad-|es|en|ed|er|et|ez|ul)\s+(?=\w)")
_DEIR_RE = re.compile(r"\b(?:deir|dayr|der|dair|deyr|dir)\b")
_DOUBLE_RE = re.compile(r"(\w)\1+")

# characters that NFKD does not decompose into ASCII
_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ł": "l",
        "ı": "i",
        "ħ": "h",
    }
)


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """The exact index key of ``name`` (case, accents and punctuation folded)."""
    s = name.lower().translate(_SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    for ch in _APOSTROPHES:
        s = s.replace(ch, "")
    s = _PUNCT_RE.sub(" ", s)
    return _SPACE_RE.sub(" ", s).strip()


_ASSIMILATED_RE = re.compile(r"\b[ae]([sdrntz])\1(?=\w)")
_DIN_RE = re.compile(r"(?<=\w)[uae]d\s?din\b")
_VOWELS = (
    ("aw", "u"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ay", "i"),
    ("ai", "i"),
    ("ey", "i"),
    ("ei", "i"),
)
_LETTERS = str.maketrans({"q": "k", "e": "a", "o": "u", "y": "i"})


@lru_cache(maxsize=200_000)
def loose(name: str) -> str:
    """The transliteration-insensitive key of ``name`` (see the module docstring)."""
    s = fold(name)
    if not s:
        return s
    s = _DEIR_RE.sub("dayr", s)
    s = _ARTICLE_RE.sub("", s)
    s = _ASSIMILATED_RE.sub(r"\1", s)
    s = _DIN_RE.sub(" din", s)
    s = s.replace("dh", "d").replace("ph", "f")
    for a, b in _VOWELS:
        s = s.replace(a, b)
    s = s.translate(_LETTERS)
    s = _DOUBLE_RE.sub(r"\1", s)
    words = [w[:-1] if len(w) > 3 and w.endswith("h") and w[-2] in "aiu" else w for w in s.split()]
    return "".join(words)


def is_capitalised(text: str) -> bool:
    """True when the first letter of ``text`` is upper case (or the text starts with a digit)."""
    for ch in text:
        if ch.isalpha():
            return ch.isupper()
        if ch.isdigit():
            return True
    return False
