"""Scoring toponym recognition and resolution (TR-News, GeoVirus; format A).

Predictions are ``{id: {"id", "toponyms": [{"start", "end", "latitude", "longitude",
"geonameid"}]}}`` (latitude/longitude/geonameid may be null for a recognised but unresolved span).

Recognition
    ``exact``: a predicted span is a true positive when a gold span has the same (start, end);
    ``partial``: a predicted span is correct when it overlaps some gold span (precision) and a
    gold span is found when some predicted span overlaps it (recall).

Resolution
    For every gold toponym with coordinates, the great-circle error between the gold point and the
    point predicted for it. The prediction for a gold toponym is the predicted span with the same
    offsets, else the predicted span that overlaps it most (ties: the earlier one). A gold toponym
    without such a span, or whose span has no point, scores the maximum error 20,039 km. Reported:
    n, acc@161km, mean and median km, AUC of the log-error curve (Gritta et al. 2018; lower is
    better). ``geonameid_acc`` is the share of gold toponyms with a GeoNames id whose prediction has
    the same id (``geonameid_n`` of them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .metrics import MAX_ERROR_KM, error_summary, great_circle_km, prf, safe_div


def _spans(toponyms: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    return [(int(t["start"]), int(t["end"])) for t in toponyms]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_prediction(start: int, end: int, predicted: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The predicted toponym for the gold span (start, end): exact offsets first, else most overlap."""
    best: Mapping[str, Any] | None = None
    best_overlap = 0
    for t in predicted:
        s, e = int(t["start"]), int(t["end"])
        if s == start and e == end:
            return t
        ov = _overlap((start, end), (s, e))
        if ov > best_overlap:
            best, best_overlap = t, ov
    return best


def recognition_counts(gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]) -> dict[str, int]:
    """Counts for exact and partial-overlap span matching of one document."""
    gold_set = set(gold)
    pred_set = set(pred)
    return {
        "gold": len(gold_set),
        "pred": len(pred_set),
        "exact_tp": len(gold_set & pred_set),
        "partial_tp_pred": sum(1 for p in pred_set if any(_overlap(p, g) for g in gold_set)),
        "partial_tp_gold": sum(1 for g in gold_set if any(_overlap(p, g) for p in pred_set)),
    }


def _point(t: Mapping[str, Any] | None) -> tuple[float, float] | None:
    if t is None:
        return None
    lat, lon = t.get("latitude"), t.get("longitude")
    if lat is None or lon is None:
        return None
    return float(lat), float(lon)


def score_geoparse(gold: Sequence[Any], predictions: Mapping[str, dict]) -> dict[str, Any]:
    """Score predictions against gold items (``.id``, ``.toponyms`` with start/end/lat/lon/geonameid).

    Returns ``{"n_docs", "recognition": {precision, recall, f1, tp, gold, pred},
    "recognition_partial": {precision, recall, f1}, "resolution": {n, acc161, mean_km, median_km,
    auc, unresolved}, "geonameid": {n, acc}}``.
    """
    totals = {"gold": 0, "pred": 0, "exact_tp": 0, "partial_tp_pred": 0, "partial_tp_gold": 0}
    errors: list[float] = []
    unresolved = 0
    gid_n = gid_ok = 0
    for item in gold:
        predicted = list((predictions.get(item.id) or {}).get("toponyms") or [])
        counts = recognition_counts([(t.start, t.end) for t in item.toponyms], _spans(predicted))
        for key, value in counts.items():
            totals[key] += value
        for t in item.toponyms:
            match = match_prediction(t.start, t.end, predicted)
            if t.lat is not None and t.lon is not None:
                point = _point(match)
                if point is None:
                    unresolved += 1
                    errors.append(MAX_ERROR_KM)
                else:
                    errors.append(great_circle_km(t.lat, t.lon, point[0], point[1]))
            if t.geonameid is not None:
                gid_n += 1
                gid_ok += match is not None and match.get("geonameid") == t.geonameid
    exact = prf(totals["exact_tp"], totals["pred"], totals["gold"])
    p_partial = safe_div(totals["partial_tp_pred"], totals["pred"])
    r_partial = safe_div(totals["partial_tp_gold"], totals["gold"])
    f_partial = safe_div(2 * p_partial * r_partial, p_partial + r_partial)
    return {
        "n_docs": len(gold),
        "recognition": {**exact, "tp": totals["exact_tp"], "gold": totals["gold"], "pred": totals["pred"]},
        "recognition_partial": {"precision": p_partial, "recall": r_partial, "f1": f_partial},
        "resolution": {**error_summary(errors), "unresolved": unresolved},
        "geonameid": {"n": gid_n, "acc": safe_div(gid_ok, gid_n)},
    }
