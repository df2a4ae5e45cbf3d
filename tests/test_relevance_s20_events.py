"""Relevance filter, twentieth session: what the events stage found reaches both levels of the model.
The clause model reads the reports whose evidence starts in its sentence (how each is stated, its
sub-event type, who acts against whom: ``relevance_features.unit_event_features``) when the model
was trained with them (flag ``unit_events``); the article model reads the asserted reports'
sub-event types (``ev:sub:*``) in the regimes of :data:`relevance.SUB_FEATURES`. Summaries and
sentences of our own writing."""

from __future__ import annotations

import array
import sys
from pathlib import Path

from events_helpers import nlp, summary_report
from eventwire.events import relevance as rel
from eventwire.events.relevance_features import unit_event_features

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def report(start: int, **kw) -> dict:
    return summary_report(**{"type": "Protests", "sub": "Protest with intervention", "start": start,
                             "end": start + 10, "i1": 6, "i2": 1, **kw})


def test_unit_event_features_read_only_the_reports_that_start_in_the_sentence():
    summary = {"reports": [report(5), report(120, sub="Arrests", type="Strategic developments", i1=1, i2=7)]}
    first = unit_event_features(summary, 0, 60)
    assert "e:cur" in first
    assert "e:cur:Protest with intervention" in first
    assert "e:i1:6" in first and "e:i2:1" in first
    assert not any("Arrests" in f for f in first)
    second = unit_event_features(summary, 60, 200)
    assert "e:sub_i1:Arrests:1" in second
    assert not any("Protest" in f for f in second)
    assert unit_event_features(summary, 200, 300) == []


def test_unit_event_features_tell_how_the_report_is_stated():
    summary = {"reports": [report(0, neg=True), report(20, spec=True), report(40, bg=True)]}
    feats = unit_event_features(summary, 0, 100)
    assert {"e:neg", "e:spec", "e:bg"} <= set(feats)
    assert "e:cur" not in feats
    # who acts against whom is read for a current, asserted report only
    assert not any(f.startswith("e:i1:") for f in feats)


def _model_with(feature: str, weight: int, *, flag: bool) -> dict:
    dim = 1 << 10
    weights = array.array("h", [0] * dim)
    weights[rel._hash(feature, dim)] = weight
    return {"scale": 0.001, "unit_events": flag, "clause": {"dim": dim, "intercept": 0.0, "weights": weights}}


def test_clause_score_reads_the_sentence_reports_only_with_a_model_trained_on_them():
    doc = nlp()("Police dispersed the crowd near the bus stand on Friday.")
    summary = {"reports": [report(0)]}
    with_flag = _model_with("e:cur", 3000, flag=True)
    without = _model_with("e:cur", 3000, flag=False)
    base = rel.clause_score(doc[:], with_flag)  # no summary: the clause's words only
    assert rel.clause_score(doc[:], with_flag, summary) > base + 2.0
    assert rel.clause_score(doc[:], without, summary) == rel.clause_score(doc[:], without)
    # a report outside the sentence adds nothing
    assert rel.clause_score(doc[:], with_flag, {"reports": [report(len(doc.text) + 5)]}) == base


def test_article_features_give_the_sub_event_type_in_the_article_regime_only():
    reports = [report(0, sub="Arrests", type="Strategic developments", i1=1)]
    dense, _ = rel.article_features(None, {"reports": reports, "n_words": 300}, [0.0] * 12)
    assert dense.get("doc:ev:sub:Arrests") == 1.0
    assert dense.get("doc:ev:type:Strategic developments") == 1.0
    one, _ = rel.article_features(None, {"reports": reports, "n_words": 12}, [0.0])
    assert "sent:ev:type:Strategic developments" in one
    assert not any(k.startswith("sent:ev:sub:") for k in one)
    # a denied report gives no sub-event type
    denied, _ = rel.article_features(None, {"reports": [report(0, neg=True)], "n_words": 300}, [0.0] * 12)
    assert not any(":ev:sub:" in k for k in denied)


def test_trainer_knows_every_sub_event_type_feature_and_writes_the_flag():
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    import train_relevance as tr

    from eventwire.events.taxonomy import SUB_EVENT_TYPES

    for reg in rel.SUB_FEATURES:
        for sub in SUB_EVENT_TYPES:
            assert f"{reg}:ev:sub:{sub}" in tr.DENSE
    assert tr.UNIT_EVENTS is True


def test_shipped_model_reads_the_sentence_reports():
    rel.load_model.cache_clear()
    model = rel.load_model()
    assert model is not None
    assert model.get("unit_events") is True
    dense = model["article"]["doc"]["dense"]
    assert any(k.startswith("doc:ev:sub:") for k in dense)
