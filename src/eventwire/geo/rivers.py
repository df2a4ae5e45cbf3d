"""A river that shares its name with a town ("from across the Dnipro", "the Dnipro river").

The gazetteer holds towns, not rivers (cities500): "Russian forces shelled Kherson from across the
Dnipro" matched the city of Dnipro, 250 km away, and the event went there. A name the text writes
as a river (after "across / along / over / crossed the", "the banks of the", or "the X river"),
whose every candidate is a populated place, is no toponym. A name with a country or division among
its candidates ("the Niger river") is left to resolution.
"""

from __future__ import annotations

import re

_RIVER_BEFORE = re.compile(
    r"\b(?:across|along|over|crossed|crossing|cross|banks?\s+of|side\s+of)\s+the\s+\Z", re.I
)
_RIVER_AFTER = re.compile(r"\s+river\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.I)


def river_named(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is written as a river."""
    window = text[max(0, start - 30) : start]
    bare = window.rstrip()
    # (the pattern ends in "the" and blanks: read only then; no other letter matches t, h, e in any case)
    if len(bare) < len(window) and bare[-3:].lower() == "the" and _RIVER_BEFORE.search(text, max(0, start - 30), start):
        return True
    return bool(_RIVER_AFTER.match(text, end) and _THE_BEFORE.search(text, max(0, start - 6), start))
