"""Scoring article-body extraction (Zyte article-extraction benchmark, format C).

Follows the benchmark's ``evaluate.py``:

* tokens are ``\\w+`` matches (Unicode, case kept);
* a document's shingles are the multiset of its 4-token windows; a text of fewer than 4 tokens
  has one shorter shingle (all its tokens); an empty text has none;
* per document tp/fp/fn are the multiset intersection / surplus counts, precision = tp/(tp+fp) and
  recall = tp/(tp+fn), with precision = recall = 1 when fp = fn = 0;
* precision is averaged over the documents with tp+fp > 0 (an empty prediction does not enter the
  precision average) and recall over those with tp+fn > 0 (an empty prediction has recall 0);
  F1 is the harmonic mean of the two averages;
* accuracy is the share of documents whose token sequences are identical.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from .metrics import f1_of

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)
NGRAM = 4


def tokenize(text: str | None) -> list[str]:
    return _TOKEN_RE.findall(text or "")


def shingles(text: str | None, n: int = NGRAM) -> Counter:
    tokens = tokenize(text)
    result: Counter = Counter()
    for i in range(max(1, len(tokens) - n + 1)):
        shingle = tuple(tokens[i:i + n])
        if shingle:
            result[shingle] += 1
    return result


def shingle_counts(gold: str | None, pred: str | None, n: int = NGRAM) -> tuple[float, float, float]:
    """(tp, fp, fn) of one document's shingles, normalised to sum to 1 (as the benchmark does)."""
    g, p = shingles(gold, n), shingles(pred, n)
    tp = float(sum((g & p).values()))
    fp = float(sum((p - g).values()))
    fn = float(sum((g - p).values()))
    total = tp + fp + fn
    if total > 0:
        return tp / total, fp / total, fn / total
    return tp, fp, fn


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def aggregate(counts: Sequence[tuple[float, float, float]]) -> dict[str, float]:
    """Averaged precision / recall over documents (benchmark rules) and the F1 of the averages."""
    ps = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    precision = sum(ps) / len(ps) if ps else 0.0
    recall = sum(rs) / len(rs) if rs else 0.0
    return {"precision": precision, "recall": recall, "f1": f1_of(precision, recall)}


def score_extraction(gold: Sequence[Any], predictions: Mapping[str, dict]) -> dict[str, Any]:
    """Score predictions ``{id: {"id", "text"}}`` against gold items (``.id``, ``.gold_text``).

    A missing prediction or a null text counts as an empty extraction. Returns ``n``,
    ``precision``, ``recall``, ``f1``, ``accuracy`` and ``empty`` (predictions with no token).
    """
    counts = []
    exact = 0
    empty = 0
    for item in gold:
        pred = (predictions.get(item.id) or {}).get("text") or ""
        counts.append(shingle_counts(item.gold_text, pred))
        pred_tokens = tokenize(pred)
        exact += pred_tokens == tokenize(item.gold_text)
        empty += not pred_tokens
    n = len(counts)
    return {"n": n, **aggregate(counts), "accuracy": exact / n if n else 0.0, "empty": empty}
