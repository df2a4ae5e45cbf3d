"""Text folding for actor matching: length-preserving, so offsets into the folded text are offsets
into the original.

``fold_cased`` maps every character to exactly one character: typographic apostrophes and dashes to
ASCII, Latin letters with diacritics to their base letter, Arabic letters with hamza/madda to the bare
letter (the same on the dictionary side, so matching stays consistent). ``fold_lower`` also lowercases.
``key`` turns a phrase into a dictionary key (lowercase, no apostrophes, hyphens and spaces collapsed).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = "’‘`ʼ´′"
_DASHES = "‐‑‒–—―−"
_SPACES = "\u00a0\u2009\u202f\u200a\u2002\u2003"


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES:
        return "-"
    if ch in _SPACES:
        return " "
    if ch in "“”«»„":
        return '"'
    if ord(ch) < 128:
        return ch
    decomposed = unicodedata.normalize("NFKD", ch)
    if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        return decomposed[0]
    return ch if len(decomposed) != 1 else decomposed


@lru_cache(maxsize=8192)
def _lower_char(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


class _Table(dict):
    """A ``str.translate`` table that fills itself: code point -> folded character, computed once."""

    __slots__ = ("_fn",)

    def __init__(self, fn) -> None:
        super().__init__()
        self._fn = fn

    def __missing__(self, code: int) -> str:
        out = self[code] = self._fn(chr(code))
        return out


_CASED = _Table(_fold_char)
_LOWER = _Table(lambda c: _lower_char(_fold_char(c)))


_NON_ASCII_RUN = re.compile(r"([^\x00-\x7f]+)")


def fold_cased(text: str) -> str:
    """Fold quotes, dashes, spaces and diacritics; one output character per input character."""
    if text.isascii():  # in ASCII only the backtick folds (to an apostrophe)
        return text.replace("`", "'")
    # ASCII runs with str methods, the (few, short) non-ASCII runs through the table
    parts = _NON_ASCII_RUN.split(text)  # even indices ASCII, odd indices non-ASCII
    parts[0::2] = [p.replace("`", "'") for p in parts[0::2]]
    parts[1::2] = [p.translate(_CASED) for p in parts[1::2]]
    return "".join(parts)


def fold_lower(text: str) -> str:
    """:func:`fold_cased`, lowercased (still one character per input character)."""
    if text.isascii():
        return text.lower().replace("`", "'")
    parts = _NON_ASCII_RUN.split(text)
    parts[0::2] = [p.lower().replace("`", "'") for p in parts[0::2]]
    parts[1::2] = [p.translate(_LOWER) for p in parts[1::2]]
    return "".join(parts)


_KEY_DROP = re.compile(r"['\"]")
_KEY_SEP = re.compile(r"[\s\-]+")


def key(phrase: str) -> str:
    """Dictionary key of a phrase: folded, lowercased, apostrophes dropped, hyphens/spaces collapsed."""
    return _KEY_SEP.sub(" ", _KEY_DROP.sub("", fold_lower(phrase))).strip(" .,;:")


def cased_key(phrase: str) -> str:
    """Key for case-sensitive acronyms ("IS", "SDF"): folded, case kept, whitespace collapsed."""
    return _BLANKS.sub(" ", fold_cased(phrase)).strip(" ,;:")


_BLANKS = re.compile(r"\s+")


def is_acronym(alias: str) -> bool:
    """Acronyms match case-sensitively ("IS" is not "is"; "LeT", "PDFs" too)."""
    letters = [c for c in alias if c.isalpha()]
    if not letters or " " in alias.strip() or len(alias) > 9:
        return False
    upper = sum(1 for c in letters if c.isupper())
    if upper == len(letters):
        return any(c.isupper() for c in letters) and letters[0].lower() != letters[0]
    return upper >= 2 and len(alias) <= 5


def alias_regex(alias: str) -> str:
    """A regex source that matches the folded ``alias`` in folded text: spaces and hyphens are
    interchangeable, apostrophes optional."""
    return "".join(_atoms(alias))


def _atoms(form: str) -> list[str]:
    """Regex atoms of a literal form: one per character, spaces/hyphens as one flexible separator,
    apostrophes optional."""
    atoms: list[str] = []
    for ch in form:
        if ch in " -":
            if not atoms or atoms[-1] != r"[\s\-]+":
                atoms.append(r"[\s\-]+")
        elif ch == "'":
            atoms.append("'?")
        else:
            atoms.append(re.escape(ch))
    return atoms


def trie_regex(forms: list[str] | set[str]) -> str:
    """One regex source matching any of ``forms`` (literal strings; see :func:`alias_regex` for the
    flexible separators), built as a trie so that matching costs little per text position. Greedy:
    at a shared prefix it tries the longer form first."""
    trie: dict = {}
    for form in forms:
        if not form:
            continue
        node = trie
        for atom in _atoms(form):
            node = node.setdefault(atom, {})
        node[""] = {}
    return _render(trie) if trie else r"(?!x)x"


def _render(node: dict) -> str:
    end = "" in node
    children = [(atom, sub) for atom, sub in node.items() if atom != ""]
    if not children:
        return ""
    alts = [atom + _render(sub) for atom, sub in sorted(children, key=lambda kv: kv[0])]
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if end:
        return "(?:" + body + ")?"
    return body
