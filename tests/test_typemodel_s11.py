"""Dense features of the type model (events.typemodel, session 11): pooled spaCy token vectors
(``doc.tensor``) of the sentence and of a window around the trigger, how a model with weights on them
overrules the rules only above its threshold, its JSON form, and that scoring needs no scikit-learn."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from eventwire.events import typemodel
from eventwire.events.lexicon import build_index
from eventwire.events.typemodel import TypeModel, decision_code, dense_features, sentence_features
from eventwire.events.typing import _depth, _hit_root, classify, rule_classify

PROTEST = "Police used tear gas and water cannon to disperse protesters in Minsk on Sunday."


@functools.lru_cache(maxsize=1)
def _nlp_index():
    from eventwire.nlp import load_nlp

    return load_nlp(), build_index()


def _sentence(text: str):
    nlp, idx = _nlp_index()
    doc = nlp(text)
    sent = next(iter(doc.sents))
    return doc, sent, idx.match(sent)


def _features(doc, sent, hits, *, dense=("s", "w")):
    dec = rule_classify(doc, sent, hits)
    return sentence_features(doc, sent, hits, dec, depth_of=_depth, hit_root=_hit_root,
                             kind_of=lambda _t: None, dense=dense)


def _dense_model(sign: float, *, threshold: float, labels=("PROTEST_WITH_INTER", "DIPLO")) -> TypeModel:
    """A model whose only evidence for DIPLO is the first dimension of the sentence mean vector."""
    return TypeModel.from_dict({
        "labels": list(labels),
        "intercepts": [0.0] * len(labels),
        "weights": {"v:s0": {"DIPLO": 40.0 * sign}},
        "threshold": threshold,
        "min_margin": 1.01,
    })


def test_the_parser_leaves_a_token_vector_per_token():
    doc, _, _ = _sentence(PROTEST)
    assert doc.tensor.shape[0] == len(doc) and doc.tensor.shape[1] >= 64


def test_sentence_mean_and_trigger_window_come_from_the_tensor():
    doc, sent, hits = _sentence(PROTEST)
    dec = rule_classify(doc, sent, hits)
    assert dec is not None and dec.trigger is not None
    f = _features(doc, sent, hits)
    width = doc.tensor.shape[1]
    rows = doc.tensor[sent.start : sent.end]
    assert [f[f"v:s{k}"] for k in range(width)] == pytest.approx(rows.mean(axis=0).tolist(), abs=1e-5)
    i = dec.trigger.i
    win = doc.tensor[max(sent.start, i - typemodel.WINDOW) : i + typemodel.WINDOW + 1].mean(axis=0)
    assert [f[f"v:w{k}"] for k in range(width)] == pytest.approx(win.tolist(), abs=1e-5)
    # the window follows the trigger: another token gives other values
    other = dense_features(doc, sent, doc[sent.end - 2], parts=("w",))
    assert [other[f"v:w{k}"] for k in range(width)] != pytest.approx(win.tolist(), abs=1e-5)


def test_trigger_vector_and_max_parts():
    doc, sent, _ = _sentence(PROTEST)
    trig = doc[1]
    f = dense_features(doc, sent, trig, parts=("t", "x"))
    assert f["v:t3"] == pytest.approx(float(doc.tensor[1, 3]), abs=1e-6)
    assert f["v:x3"] == pytest.approx(float(doc.tensor[sent.start : sent.end, 3].max()), abs=1e-6)


def test_no_tensor_means_no_dense_features():
    from spacy.tokens import Doc

    nlp, idx = _nlp_index()
    doc = Doc(nlp.vocab, words=["Protesters", "marched", "in", "Minsk", "."], sent_starts=[1, -1, -1, -1, -1])
    sent = next(iter(doc.sents))
    assert dense_features(doc, sent, doc[1], parts=("s", "w")) == {}
    feats = sentence_features(doc, sent, idx.match(sent), None, depth_of=_depth, hit_root=_hit_root,
                              kind_of=lambda _t: None, dense=("s", "w"))
    assert not any(k.startswith("v:") for k in feats) and feats["bias"] == 1.0


def test_without_dense_parts_the_features_are_sparse_only():
    doc, sent, hits = _sentence(PROTEST)
    assert not any(k.startswith("v:") for k in _features(doc, sent, hits, dense=()))


def test_a_dense_model_overrules_only_above_its_threshold():
    doc, sent, hits = _sentence(PROTEST)
    rule = classify(doc, sent, hits, model=False)
    assert rule is not None and decision_code(rule) == "PROTEST_WITH_INTER"
    feats = _features(doc, sent, hits)
    sign = 1.0 if feats["v:s0"] >= 0 else -1.0
    m = _dense_model(sign, threshold=0.5)
    code, p = m.predict(feats)
    assert code == "DIPLO" and 0.5 < p < 1.0
    over = classify(doc, sent, hits, model=m)
    assert over is not None and decision_code(over) == "DIPLO"
    m.threshold = min(1.0, p + 1e-3)  # just above the model's probability: the rules stand
    kept = classify(doc, sent, hits, model=m)
    assert kept is not None and decision_code(kept) == "PROTEST_WITH_INTER"
    # the evidence pointing the other way never overrules
    against = _dense_model(-sign, threshold=0.5)
    assert decision_code(classify(doc, sent, hits, model=against)) == "PROTEST_WITH_INTER"


def test_classify_reads_the_tensor_of_the_doc():
    doc, sent, hits = _sentence(PROTEST)
    sign = 1.0 if _features(doc, sent, hits)["v:s0"] >= 0 else -1.0
    m = _dense_model(sign, threshold=0.6)
    assert decision_code(classify(doc, sent, hits, model=m)) == "DIPLO"
    doc.tensor = np.zeros_like(doc.tensor)  # no evidence left: a uniform model cannot pass 0.6
    assert decision_code(classify(doc, sent, hits, model=m)) == "PROTEST_WITH_INTER"


def test_a_dense_model_file_round_trips(tmp_path):
    doc, sent, hits = _sentence(PROTEST)
    feats = _features(doc, sent, hits)
    weights = {f"v:s{k}": {"DIPLO": 0.1 * ((k % 5) - 2)} for k in range(96)}
    weights["v:w7"] = {"PROTEST_WITH_INTER": 0.8}
    m = TypeModel.from_dict({"labels": ["PROTEST_WITH_INTER", "DIPLO"], "intercepts": [0.1, -0.1],
                             "weights": weights, "threshold": 0.7, "meta": {"dense_parts": "sw"}})
    path = tmp_path / "events_typemodel.json"
    path.write_text(json.dumps(m.to_dict()), encoding="utf-8")
    again = TypeModel.load(path)
    assert again is not None and again.meta["dense_parts"] == "sw" and again.threshold == 0.7
    assert again.probabilities(feats) == pytest.approx(m.probabilities(feats), abs=1e-3)
    assert TypeModel.load(tmp_path / "missing.json") is None


def test_scoring_a_dense_model_needs_no_scikit_learn(tmp_path):
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"labels": ["PROTEST_WITH_INTER", "DIPLO"], "intercepts": [0.0, 0.0],
                                "weights": {"v:s0": {"DIPLO": 0.5}, "v:w1": {"DIPLO": -0.5}},
                                "threshold": 0.99}), encoding="utf-8")
    code = textwrap.dedent(f"""
        import sys
        sys.modules["sklearn"] = None  # importing it now fails
        from eventwire.events.lexicon import build_index
        from eventwire.events.typemodel import TypeModel, decision_code
        from eventwire.events.typing import classify
        from eventwire.nlp import load_nlp
        m = TypeModel.load({str(path)!r})
        doc = load_nlp()({PROTEST!r})
        sent = next(iter(doc.sents))
        d = classify(doc, sent, build_index().match(sent), model=m)
        print(decision_code(d), sorted(k for k in sys.modules if k.startswith("sklearn")))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split()[0] == "PROTEST_WITH_INTER"
    assert out.stdout.strip().endswith("['sklearn']")  # only the blocked placeholder
