"""The learned second opinion on sentence typing (events.typemodel) and how classify uses it: a model
read from its JSON form, its probabilities, when it overrules the rules, what decision it hands to the
rest of the stage, and that scoring stays far under a millisecond."""

from __future__ import annotations

import functools
import json
import random
import time

import pytest

from eventwire.events.lexicon import build_index
from eventwire.events.taxonomy import CASE_CODES
from eventwire.events.typemodel import (
    FAMILY_OF,
    MEANS_OF,
    NONE_CODES,
    TypeModel,
    decision_code,
    shipped_model,
)
from eventwire.events.typing import classify, rule_classify


@functools.lru_cache(maxsize=1)
def _nlp_index():
    from eventwire.nlp import load_nlp

    return load_nlp(), build_index()


def _sentence(text):
    nlp, idx = _nlp_index()
    doc = nlp(text)
    sent = next(iter(doc.sents))
    return doc, sent, idx.match(sent)


def _model(weights, *, threshold=0.5, min_margin=1.01, labels=("ARMED_CLASH", "DIPLO", "PEACE_PROTEST")):
    return TypeModel.from_dict({
        "labels": list(labels),
        "intercepts": [0.0] * len(labels),
        "weights": weights,
        "threshold": threshold,
        "min_margin": min_margin,
        "meta": {"note": "test"},
    })


def test_json_round_trip_keeps_the_scores():
    m = _model({"cat=PROTEST": {"PEACE_PROTEST": 2.5}, "lem=talk": {"DIPLO": 1.25, "ARMED_CLASH": -0.5}})
    again = TypeModel.from_dict(json.loads(json.dumps(m.to_dict())))
    feats = {"cat=PROTEST": 1.0, "lem=talk": 1.0, "unknown": 1.0}
    assert again.labels == m.labels
    assert again.probabilities(feats) == pytest.approx(m.probabilities(feats))
    assert again.threshold == m.threshold and again.min_margin == m.min_margin


def test_probabilities_are_a_distribution_and_follow_the_weights():
    m = _model({"cat=PROTEST": {"PEACE_PROTEST": 3.0}})
    p = m.probabilities({"cat=PROTEST": 1.0})
    assert sum(p) == pytest.approx(1.0)
    assert m.predict({"cat=PROTEST": 1.0})[0] == "PEACE_PROTEST"
    # no known feature: the intercepts alone (all equal here) give a uniform distribution
    assert m.probabilities({"nothing": 1.0}) == pytest.approx([1 / 3] * 3)


def test_overrule_respects_threshold_and_margin():
    m = _model({"x": {"DIPLO": 2.0}}, threshold=0.6, min_margin=0.9)
    code, p = m.predict({"x": 1.0})
    assert code == "DIPLO" and 0.6 < p < 0.9
    assert m.overrule("ARMED_CLASH", {"x": 1.0}) == (code, p)  # confident enough to overrule a rule
    assert m.overrule("DIPLO", {"x": 1.0}) is None  # agrees: nothing to do
    assert m.overrule("NONE", {"x": 1.0}) is None  # the rules found nothing: needs the larger margin
    m.threshold = 0.95
    assert m.overrule("ARMED_CLASH", {"x": 1.0}) is None


def test_classify_without_a_model_is_the_rules():
    doc, sent, hits = _sentence("Police used tear gas and water cannon to disperse protesters in Minsk.")
    a = classify(doc, sent, hits, model=False)
    b = rule_classify(doc, sent, hits)
    assert a is not None and b is not None
    assert a.sub_event_type == b.sub_event_type == "Protest with intervention"


def test_a_confident_model_overrules_into_a_none_class():
    doc, sent, hits = _sentence("Police used tear gas and water cannon to disperse protesters in Minsk.")
    m = _model({"bias": {"DIPLO": 10.0}}, threshold=0.5)
    d = classify(doc, sent, hits, model=m)
    assert d is not None and d.sub_event_type is None and d.none_class == "DIPLO"
    assert decision_code(d) == "DIPLO"


def test_a_model_decision_brings_family_trigger_and_means():
    doc, sent, hits = _sentence("Militants attacked a convoy of the Malian army near Boni, killing four soldiers.")
    rule = classify(doc, sent, hits, model=False)
    assert rule is not None and rule.sub_event_type == "Armed clash"
    m = _model({"bias": {"REM_EXPLOS": 10.0}}, labels=("ARMED_CLASH", "REM_EXPLOS"))
    d = classify(doc, sent, hits, model=m)
    assert d is not None and d.sub_event_type == "Remote explosive/landmine/IED"
    assert d.family == "VIOLENCE" and d.means == "IED"
    assert d.trigger is not None and d.trigger.i == rule.trigger.i  # same family: the rule's predicate
    assert 0.45 < d.confidence <= 0.9


def test_when_the_rules_find_nothing_the_margin_decides():
    doc, sent, hits = _sentence("Customs officers at the port said the weather was calm.")
    m = _model({"bias": {"PEACE_PROTEST": 10.0}}, min_margin=1.01)
    assert classify(doc, sent, hits, model=m) == classify(doc, sent, hits, model=False)


def test_code_tables_cover_the_taxonomy():
    acled = {c for c, sub in CASE_CODES.items() if sub is not None}
    assert {c for c, sub in CASE_CODES.items() if sub is None} == set(NONE_CODES)
    assert set(FAMILY_OF) == {CASE_CODES[c] for c in acled}
    assert set(MEANS_OF) <= set(FAMILY_OF)


def test_scoring_is_far_under_a_millisecond():
    rng = random.Random(0)
    labels = sorted(CASE_CODES)
    weights = {f"lem=w{i}": {rng.choice(labels): rng.uniform(-1, 1) for _ in range(8)} for i in range(3000)}
    m = TypeModel.from_dict({"labels": labels, "intercepts": [0.0] * len(labels), "weights": weights})
    feats = {f"lem=w{rng.randrange(4000)}": 1.0 for _ in range(80)}
    n = 200
    t0 = time.perf_counter()
    for _ in range(n):
        m.predict(feats)
    per_call = (time.perf_counter() - t0) / n
    assert per_call < 1e-3


def test_shipped_model_loads_or_is_absent():
    m = shipped_model()
    assert m is None or (isinstance(m, TypeModel) and m.labels and len(m.intercepts) == len(m.labels))
