"""Scoring relevance filtering (CEHA, IndiaPoliceEvents; format E): binary P/R/F1 of ``relevant``
(positive class = true). Predictions are ``{id: {"id", "relevant"}}``; a missing or null
prediction counts as not relevant."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .metrics import prf, safe_div


def score_relevance(gold: Sequence[Any], predictions: Mapping[str, dict]) -> dict[str, Any]:
    tp = fp = fn = tn = 0
    for item in gold:
        pred = bool((predictions.get(item.id) or {}).get("relevant"))
        if pred and item.relevant:
            tp += 1
        elif pred:
            fp += 1
        elif item.relevant:
            fn += 1
        else:
            tn += 1
    n = len(gold)
    return {
        "n": n,
        **prf(tp, tp + fp, tp + fn),
        "accuracy": safe_div(tp + tn, n),
        "tp": tp, "fp": fp, "fn": fn, "tn": tn,
    }
