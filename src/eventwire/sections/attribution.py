"""Cited sources: "... Qasioun News reported", "according to X", "X reported", "citing X"."""

from __future__ import annotations

import re

_CAP = r"(?:[A-Z][\w'’&.\-]*|al-[A-Z][\w'’\-]*)"
_NAME = rf"{_CAP}(?:\s+(?:(?:of|for|the|al|and|de|el|on)\s+)*{_CAP}){{0,6}}"
_MEDIA = r"(?:news\s+agency|agency|newspaper|daily|channel|broadcaster|website|outlet|network|tv|television|radio)"
_BEFORE = re.compile(
    rf"\b(?:[Aa]ccording\s+to|[Cc]iting|cited\s+by|quoted\s+by|reported\s+by|[Aa]s\s+reported\s+by|[Qq]uoting|told)\s+"
    rf"(?:the\s+)?(?:(?:state|state-run|state-owned|official|local|semi-official|pro-\w+|opposition|independent)\s+)*"
    rf"(?:{_MEDIA}\s+)?(?P<name>{_NAME})"
)
_AFTER = re.compile(
    rf"(?P<name>{_NAME})(?:\s+{_MEDIA})?(?:'s?\s+\w+)?\s+"
    rf"(?:reported|reports|has\s+reported|had\s+reported|revealed|quoted|cited|said\s+in\s+a\s+report|broadcast)\b"
)
#: a word of each verb _AFTER ends in ("said in a report" and the "report" forms hold "report")
_AFTER_VERBS = ("report", "revealed", "quoted", "cited", "broadcast")
_STOP_FIRST = frozenset(
    "The A An It He She They We I You This That These Those His Her Their Its Our Moreover However Meanwhile "
    "Also But And Sources Source Officials Witnesses Activists Residents Media Reports Earlier Later Today "
    "Yesterday On In At Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_BAD_WHOLE = frozenset({"reporters", "journalists", "reuters reporters", "police", "officials"})


def _clean(name: str) -> str | None:
    words = name.split()
    while words and words[0] in ("The", "the"):
        words = words[1:]
    while words and words[-1].lower() in ("of", "for", "the", "and", "al", "de", "el", "on"):
        words = words[:-1]
    if not words or words[0] in _STOP_FIRST:
        return None
    out = " ".join(words).strip(".,'’")
    if len(out) < 2 or out.lower() in _BAD_WHOLE:
        return None
    return out


def cited_sources(text: str, *, exclude: set[str] | None = None) -> list[str]:
    """Sources the text cites, in order of first mention, without duplicates (nor ``exclude``)."""
    found: list[tuple[int, str]] = []
    # every match of _AFTER ends in one of its verbs: a text without them is not scanned for names
    after = any(verb in text for verb in _AFTER_VERBS)
    for pattern in (_BEFORE, _AFTER) if after else (_BEFORE,):
        for m in pattern.finditer(text):
            name = _clean(m.group("name"))
            if name:
                found.append((m.start("name"), name))
    seen = {e.casefold() for e in (exclude or set())}
    out: list[str] = []
    for _, name in sorted(found):
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out
