"""Generic metric helpers of eventwire.evaluate: values computed by hand."""

from __future__ import annotations

import math

import pytest

from eventwire.evaluate.metrics import (
    MAX_ERROR_KM,
    error_summary,
    great_circle_km,
    log_error_auc,
    multiclass_f1,
    prf,
    trapz,
)


def test_prf_counts_and_zero_denominators():
    assert prf(2, 4, 8) == pytest.approx({"precision": 0.5, "recall": 0.25, "f1": 1 / 3})
    assert prf(0, 0, 5) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_multiclass_f1_by_hand():
    gold = ["A", "A", "B", "N"]
    pred = ["A", "N", "B", "C"]
    # A: P=1 R=1/2 F=2/3; B: F=1; N: F=0; C (only predicted): F=0
    out = multiclass_f1(gold, pred)
    assert out["micro_f1"] == pytest.approx(0.5)
    assert out["macro_f1"] == pytest.approx((2 / 3 + 1) / 4)
    assert out["weighted_f1"] == pytest.approx((2 / 3 * 2 + 1) / 4)


def test_multiclass_f1_agrees_with_sklearn():
    sklearn_metrics = pytest.importorskip("sklearn.metrics")
    gold = ["A", "B", "C", "A", "B", "C", "A", "D", "D", "A"]
    pred = ["A", "C", "C", "B", "B", "E", "A", "D", "A", "A"]
    ours = multiclass_f1(gold, pred)
    for avg in ("micro", "macro", "weighted"):
        theirs = sklearn_metrics.f1_score(gold, pred, average=avg, zero_division=0)
        assert ours[f"{avg}_f1"] == pytest.approx(theirs)


def test_multiclass_f1_length_mismatch():
    with pytest.raises(ValueError):
        multiclass_f1(["A"], [])


def test_great_circle_one_degree_on_equator():
    assert great_circle_km(0, 0, 0, 1) == pytest.approx(111.195, abs=0.01)
    assert great_circle_km(10, 20, 10, 20) == 0.0
    # antipodes: half the circumference
    assert great_circle_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371.0088, rel=1e-6)


def test_trapz_unit_spacing():
    assert trapz([1.0, 2.0, 3.0]) == pytest.approx(4.0)
    assert trapz([5.0]) == 0.0


def test_auc_by_hand():
    # logs of sorted errors: [0, ln(20039)] -> trapz = ln(20039)/2, normalised by ln(20039) * 1
    assert log_error_auc([20038.0, 0.0]) == pytest.approx(0.5)
    assert log_error_auc([0.0, 0.0, 0.0]) == 0.0
    # sorting matters: [0, 0, max] -> trapz = ln(20040)/2, / (ln(20039) * 2)
    expected = math.log(MAX_ERROR_KM + 1) / 2 / (math.log(MAX_ERROR_KM) * 2)
    assert log_error_auc([MAX_ERROR_KM, 0.0, 0.0]) == pytest.approx(expected)
    assert log_error_auc([]) == 0.0


def test_error_summary_counts_161_inclusive():
    out = error_summary([0.0, 161.0, 161.5, 1000.0])
    assert out["n"] == 4
    assert out["acc161"] == pytest.approx(0.5)
    assert out["mean_km"] == pytest.approx((161 + 161.5 + 1000) / 4)
    assert out["median_km"] == pytest.approx((161 + 161.5) / 2)
