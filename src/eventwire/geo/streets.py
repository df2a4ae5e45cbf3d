"""Street names ("Hertford Road", "Boulevard Voltaire", "Highway 403"): recognised by their form.

Gazetteers do not list streets, but news geoparsing corpora that annotate every place name
(TR-News, GeoWebNews) annotate them. A street is one to three capitalised words before a street
word ("Dean Woods Road", "Mont-Royal Avenue", "Cedar Flat Rd."), a street word before a capitalised
name ("Boulevard Voltaire", "Rue de Rivoli") or a numbered highway ("Highway 403"). The tagger
places a street at the town the text names next to it, when there is one.
"""

from __future__ import annotations

import re

_WORD = r"[A-Z][a-z][\w’'.-]*"
_STREET_WORDS = r"(?:Road|Rd\.|Street|Avenue|Ave\.|Boulevard|Blvd\.|Lane|Drive|Crescent|Close|Parkway)"
_STREET_RE = re.compile(
    rf"\b(?:{_WORD}[ ]){{1,3}}{_STREET_WORDS}(?![\w-])"
    rf"|\b(?:Boulevard|Rue|Avenue)[ ](?:de[ ]|du[ ]|des[ ]|la[ ])?{_WORD}"
    rf"|\b(?:Highway|Route|Interstate)[ ]\d{{1,4}}\b"
)
# capitalised words that open a sentence or a clause rather than a street's name
_NOT_NAME = frozenset(
    "A An And As At But By For From If In Into Near Of On Onto Or Off The Then This That Through To "
    "Via When While With".split()
)


def street_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the street names in ``text`` (sorted, not overlapping)."""
    out: list[tuple[int, int]] = []
    for start, end in _matches(text):
        words = text[start:end].split(" ")
        # drop leading function words ("On Hertford Road" -> "Hertford Road")
        while len(words) > 2 and words[0] in _NOT_NAME:
            start += len(words[0]) + 1
            words = words[1:]
        if words[0] in _NOT_NAME:
            continue
        if out and start < out[-1][1]:
            continue
        out.append((start, end))
    return out


def _matches(text: str) -> list[tuple[int, int]]:
    """Regex matches, a pair joined by a hyphen split in two ("Trafalgar Street-Clarke Road")."""
    out = []
    for m in _STREET_RE.finditer(text):
        if m.group().endswith(".") and not m.group().endswith(("Rd.", "Ave.", "Blvd.")):
            m_end = m.end() - 1  # a full stop, not an abbreviation
            out.append((m.start(), m_end))
            continue
        joint = re.search(rf"{_STREET_WORDS}-(?=[A-Z])", m.group())
        if joint:
            out.append((m.start(), m.start() + joint.end() - 1))
            out.append((m.start() + joint.end(), m.end()))
        else:
            out.append((m.start(), m.end()))
    return out
