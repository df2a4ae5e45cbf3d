"""Scoring ACLED sub-event-type classification (CASE 2021 Task 2 gold, format B).

Gold labels are the CASE 2021 codes (``AIR_STRIKE`` ...); predictions are ACLED ``sub_event_type``
strings ("Air/drone strike"), a code, or null for "no event". The five non-ACLED gold codes and a
null prediction all become the class ``NONE``; scores are micro/macro/weighted F1 over the
resulting 26 classes as the official scorer computes them (scikit-learn's ``f1_score`` with its
default labels: those in gold or prediction), once over all items and once over the items whose
gold label is an ACLED type.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..events.taxonomy import CASE_CODES
from .metrics import multiclass_f1

#: CASE 2021 code -> ACLED sub_event_type (the ACLED codes of the one table in events.taxonomy).
CODE_TO_SUB_EVENT: dict[str, str] = {code: sub for code, sub in CASE_CODES.items() if sub is not None}
SUB_EVENT_TO_CODE: dict[str, str] = {v: k for k, v in CODE_TO_SUB_EVENT.items()}
NON_ACLED_CODES = frozenset({"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"})
ALL_CODES = frozenset(CODE_TO_SUB_EVENT) | NON_ACLED_CODES
NONE = "NONE"
#: The 26 classes scored.
CLASSES = tuple(sorted(CODE_TO_SUB_EVENT)) + (NONE,)

_LOWER_SUB_EVENT = {k.lower(): v for k, v in SUB_EVENT_TO_CODE.items()}
_ALIASES = {
    # ACLED spells a few sub-event types in more than one way across codebook versions
    "other (strategic developments)": "OTHER",
    "shelling/artillery/missile": "ART_MISS_ATTACK",
    "remote explosive/landmine/ied": "REM_EXPLOS",
    "arrest": "ARREST",
}


def gold_class(code: str) -> str:
    """A gold CASE code as a scored class: the code itself, or NONE for the non-ACLED codes."""
    return NONE if code in NON_ACLED_CODES else code


def predicted_class(label: str | None) -> str:
    """A prediction (ACLED sub_event_type string, a CASE code, or None) as a scored class.

    Unknown strings become NONE (they are not one of the 25 ACLED types)."""
    if label is None:
        return NONE
    text = label.strip()
    if text in CODE_TO_SUB_EVENT:
        return text
    if text in NON_ACLED_CODES or text.upper() == NONE:
        return NONE
    key = text.lower()
    return _LOWER_SUB_EVENT.get(key) or _ALIASES.get(key) or NONE


def score_event_type(gold: Sequence[Any], predictions: Mapping[str, dict]) -> dict[str, Any]:
    """Score predictions ``{id: {"id", "label"}}`` against gold items (``.id``, ``.label``).

    A gold item without a prediction counts as predicted NONE. Returns ``n``, ``micro_f1``,
    ``macro_f1``, ``weighted_f1``, ``accuracy`` and ``acled_only`` (the same over the items whose
    gold label is one of the 25 ACLED types).
    """
    golds = [gold_class(item.label) for item in gold]
    preds = [predicted_class((predictions.get(item.id) or {}).get("label")) for item in gold]
    result: dict[str, Any] = {"n": len(golds), **multiclass_f1(golds, preds)}
    result["accuracy"] = result["micro_f1"]
    acled = [(g, p) for g, p in zip(golds, preds, strict=True) if g != NONE]
    result["acled_only"] = {
        "n": len(acled),
        **multiclass_f1([g for g, _ in acled], [p for _, p in acled]),
    }
    result["none_predicted"] = sum(1 for p in preds if p == NONE)
    return result
