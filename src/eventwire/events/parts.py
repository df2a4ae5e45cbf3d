"""The words by which a lead tells several acts, and the notes that keep a total's parts apart.

"Gunmen killed 26 people in attacks on six villages": a lead of several acts (:func:`several_acts`) whose
toll a later sentence breaks down in part ("In Kpeta, nine were killed") keeps the rest of its toll as an
event of its own (:mod:`eventwire.events.breakdown`); a smaller figure told after it is such a part, never a
second source's figure of the same dead (:mod:`eventwire.events.merging`). A part and the remainder of its
total are two events: :func:`kept_apart` tells the merging stage so.
"""

from __future__ import annotations

import re

from ..records import EventReport
from .doctables import case_blind, fold_case

#: the reasons of a date taken from the sentences before (the report tells no day of its own)
INHERITED_DATES = ("inherited from the event this sentence elaborates", "from an earlier sentence of the same paragraph",
                   "from an earlier sentence of the story")
#: the note on a report that is one place's share of a total told before it
NOTE_PART = "part of the total of"
#: the note on a lead that keeps only what its parts did not account for
NOTE_REMAINDER = "remainder of the total of"

_SEVERAL_RE = re.compile(
    r"\b(?:attacks|raids|strikes|airstrikes|air strikes|bombings|ambushes|assaults|massacres|killings)\b|"
    r"\b(?:several|multiple|various|separate|two|three|four|five|six|seven|eight|nine|ten|\d+|on|in|across|"
    r"attacked|raided|stormed|struck|hit|overran) (?:\w+ )?"
    r"(?:villages|towns|communities|localities|settlements|hamlets|districts|bases|locations|places|areas|camps|"
    r"posts|cities|provinces|regions|states)\b", re.I)

_SEVERAL_BLIND = case_blind(_SEVERAL_RE)


def several_acts(text: str) -> bool:
    """``text`` tells several acts or places at once: "in attacks on six villages", "a wave of strikes",
    "in two military bases"."""
    if _SEVERAL_BLIND is not None:  # the same test on the folded text (doctables.case_blind)
        return _SEVERAL_BLIND.search(fold_case(text)) is not None
    return _SEVERAL_RE.search(text) is not None


def _noted(r: EventReport, prefix: str) -> bool:
    return any(n.startswith(prefix) for n in r.notes)


def kept_apart(a: EventReport, b: EventReport) -> bool:
    """``a`` and ``b`` are a part of a total and the remainder of that total (two events, never one)."""
    return (_noted(a, NOTE_PART) and _noted(b, NOTE_REMAINDER)) or (_noted(b, NOTE_PART) and _noted(a, NOTE_REMAINDER))
