"""`evaluate` wired to the real pipeline on a few visible gold items (slow: loads the model)."""

from __future__ import annotations

import json

import pytest

from eventwire.evaluate import evaluate, read_gold
from eventwire.evaluate.event_type import NONE, gold_class, predicted_class

pytestmark = pytest.mark.slow


def test_event_type_predictions_are_acled_sub_event_types(pipeline, shared_dir, tmp_path):
    gold = shared_dir / "eval" / "event_type" / "case2021-dev.jsonl"
    out_path = tmp_path / "pred.jsonl"
    out = evaluate("event-type", gold, pipeline_factory=lambda: pipeline, limit=20, predictions_path=out_path)
    assert out["n"] == 20 and out["predicted"] == 20
    lines = [json.loads(x) for x in out_path.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == [g.id for g in read_gold("event-type", gold, limit=20)]
    for x in lines:  # null, or one of ACLED's 25 sub-event types
        assert x["label"] is None or predicted_class(x["label"]) != NONE, x
    golds = {g.id: gold_class(g.label) for g in read_gold("event-type", gold, limit=20)}
    hits = sum(predicted_class(x["label"]) == golds[x["id"]] for x in lines)
    assert out["micro_f1"] == pytest.approx(hits / 20)  # micro-F1 of single labels is accuracy


def test_geoparse_given_spans_resolves_every_gold_span(pipeline, shared_dir):
    gold = shared_dir / "eval" / "geoparse" / "tr-news.jsonl"
    items = read_gold("geoparse", gold, limit=5)
    out = evaluate("geoparse", gold, pipeline_factory=lambda: pipeline, limit=5, given_spans=True)
    assert out["recognition"]["f1"] == pytest.approx(1.0)
    assert out["resolution"]["n"] == sum(1 for i in items for t in i.toponyms if t.lat is not None)
    assert out["resolution"]["acc161"] > 0.5  # most gold toponyms of a news text resolve within 161 km
