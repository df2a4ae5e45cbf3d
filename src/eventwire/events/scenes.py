"""Places named as no act's scene: an origin in a compound modifier ("the Norway-based Iran Human
Rights") or the country across a border ("near the border with Nigeria")."""

from __future__ import annotations

import re

from ..records import PlaceMention

_MODIFIER_AFTER_RE = re.compile(r"-(?:based|owned|registered|flagged|headquartered|born|made|funded)\b")
_BORDER_BEFORE_RE = re.compile(r"\b(?:border|borders|frontier)\s+with\s+(?:neighbou?ring\s+)?$", re.I)


def not_a_scene(text: str, m: PlaceMention) -> bool:
    """A place named as no act's scene: the origin in a compound modifier ("the Norway-based Iran
    Human Rights", "a U.S.-owned ship") or the country across a border ("stormed Zeleved, near the
    border with Nigeria": the village is not in Nigeria)."""
    if _MODIFIER_AFTER_RE.match(text, m.end):
        return True
    return m.kind != "relative" and _BORDER_BEFORE_RE.search(text, max(0, m.start - 40), m.start) is not None
