"""Generic metric helpers shared by the task scorers (pure functions, standard library only).

* :func:`prf` precision / recall / F1 from counts.
* :func:`multiclass_f1` micro / macro / weighted F1 with scikit-learn's semantics
  (``sklearn.metrics.f1_score`` with ``labels=None``: the labels are those present in gold or
  prediction; a label's precision or recall with a zero denominator counts as 0).
* :func:`great_circle_km` haversine distance on a sphere of radius 6371 km.
* :func:`log_error_auc` the area under the log-error curve of Gritta et al. (2018).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence

EARTH_RADIUS_KM = 6371.0088
#: The largest geocoding error, in km, as Gritta et al. use it (half the equator, rounded up).
MAX_ERROR_KM = 20039.0
#: acc@161km: 161 km = 100 miles.
ACC_KM = 161.0


def safe_div(num: float, den: float) -> float:
    return num / den if den else 0.0


def f1_of(precision: float, recall: float) -> float:
    return safe_div(2 * precision * recall, precision + recall)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision = tp / n_pred, recall = tp / n_gold, their harmonic mean (0 where undefined)."""
    p = safe_div(tp, n_pred)
    r = safe_div(tp, n_gold)
    return {"precision": p, "recall": r, "f1": f1_of(p, r)}


def multiclass_f1(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> dict[str, float]:
    """Micro, macro and weighted F1 of single-label predictions, as ``sklearn.metrics.f1_score``
    computes them with ``average="micro"|"macro"|"weighted"`` and default ``labels``.

    Labels are the union of those in ``gold`` and ``pred``. Macro averages the per-label F1 over
    that union (a label only predicted has F1 0); weighted averages it by gold support.
    Micro-F1 of single-label data equals accuracy.
    """
    if len(gold) != len(pred):
        raise ValueError(f"gold and prediction lengths differ: {len(gold)} != {len(pred)}")
    if not gold:
        return {"micro_f1": 0.0, "macro_f1": 0.0, "weighted_f1": 0.0}
    tp: Counter = Counter()
    n_gold: Counter = Counter(gold)
    n_pred: Counter = Counter(pred)
    for g, p in zip(gold, pred, strict=True):
        if g == p:
            tp[g] += 1
    labels = set(n_gold) | set(n_pred)
    per_label = {lab: prf(tp[lab], n_pred[lab], n_gold[lab])["f1"] for lab in labels}
    total = sum(n_gold.values())
    micro_tp = sum(tp.values())
    micro = prf(micro_tp, len(pred), len(gold))["f1"]
    macro = sum(per_label.values()) / len(labels)
    weighted = sum(per_label[lab] * n_gold[lab] for lab in labels) / total
    return {"micro_f1": micro, "macro_f1": macro, "weighted_f1": weighted}


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in km between two WGS84 points (spherical Earth)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def trapz(values: Sequence[float]) -> float:
    """Trapezoidal rule with unit spacing (``numpy.trapz(values)``)."""
    if len(values) < 2:
        return 0.0
    return sum(values) - (values[0] + values[-1]) / 2


def log_error_auc(errors_km: Sequence[float]) -> float:
    """AUC of the log-error curve (Gritta, Pilehvar & Collier 2018; lower is better, 0..1).

    The errors are sorted, mapped to ``ln(1 + error)``, integrated with the trapezoidal rule and
    normalised by ``ln(MAX_ERROR_KM) * (n - 1)``, as in the authors' ``print_stats``:
    ``np.trapz(np.log(np.array(errors) + 1)) / (np.log(20039) * (len(errors) - 1))``.
    With one error the curve is a point: its normalised height is returned.
    """
    if not errors_km:
        return 0.0
    logs = [math.log1p(e) for e in sorted(errors_km)]
    if len(logs) == 1:
        return logs[0] / math.log(MAX_ERROR_KM)
    return trapz(logs) / (math.log(MAX_ERROR_KM) * (len(logs) - 1))


def median(values: Sequence[float]) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def error_summary(errors_km: Sequence[float]) -> dict[str, float | int]:
    """n, acc@161km (share of errors <= 161 km), mean and median km, AUC of the log-error curve."""
    n = len(errors_km)
    return {
        "n": n,
        "acc161": safe_div(sum(1 for e in errors_km if e <= ACC_KM), n),
        "mean_km": safe_div(sum(errors_km), n),
        "median_km": median(errors_km),
        "auc": log_error_auc(errors_km),
    }
