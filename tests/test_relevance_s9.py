"""Relevance filter, ninth session: how spread an article is (countries, event sentences, event
types) and whether its lead is made of statements (the doc regime's new article features)."""

from __future__ import annotations

import functools

from eventwire.events import relevance as rel
from eventwire.events.relevance_features import SPREAD_FEATURES, spread_features


@functools.lru_cache(maxsize=1)
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


def _report(start: int, kind: str = "Battles", *, bg: bool = False, neg: bool = False) -> dict:
    return {"type": kind, "conf": 0.8, "neg": neg, "spec": False, "bg": bg, "start": start, "end": start + 5}


def test_one_country_one_event_is_not_spread():
    feats = spread_features({"countries": {"SD": 4}, "reports": [_report(3), _report(10)]}, [50, 100])
    assert feats == {}  # one country, both reports in the first sentence, one type


def test_round_up_is_spread():
    summary = {"countries": {"SD": 2, "ET": 2, "SO": 1, "KE": 1},
               "reports": [_report(3), _report(60, "Protests"), _report(120, "Riots")]}
    feats = spread_features(summary, [50, 100, 150])
    assert feats["geo:nctry"] > 0 and 0 < feats["geo:spread"] < 1
    assert feats["ev:nsent"] > 0 and feats["ev:ntypes"] == 1.0
    more = spread_features({**summary, "countries": {"SD": 2, "ET": 2}}, [50, 100, 150])
    assert more["geo:nctry"] < feats["geo:nctry"]


def test_denied_and_background_reports_do_not_count():
    summary = {"reports": [_report(3), _report(60, "Riots", bg=True), _report(120, "Protests", neg=True)]}
    assert "ev:nsent" not in spread_features(summary, [50, 100, 150])
    assert "ev:ntypes" not in spread_features(summary, [50, 100, 150])


def test_lead_statements_and_spread_in_the_doc_regime():
    text = ("Rights groups condemned the killings in the region. The minister said the army would investigate. "
            "Officials urged calm on Monday. Militants attacked a village in the north, killing 12 people.")
    doc = nlp()(text)
    summary = {"countries": {"ET": 1, "SD": 1}, "reports": [_report(text.index("Militants"))]}
    disc = rel.discourse_features(doc, summary)
    assert disc["st:lead_say"] > 0.5  # "condemned", "said", "urged"
    news = nlp()("Militants attacked a village in the north on Sunday. They killed 12 people. Houses burned.")
    assert "st:lead_say" not in rel.discourse_features(news, {"reports": [_report(0)]})
    # the doc regime's model reads them, the sentence regime does not
    assert SPREAD_FEATURES | {"st:lead_say"} <= rel.DISCOURSE_FEATURES["doc"]
    assert not SPREAD_FEATURES & rel.DISCOURSE_FEATURES["sent"]


def test_shipped_model_weighs_the_new_features():
    model = rel.load_model()
    assert model is not None
    dense = model["article"]["doc"]["dense"]
    assert any(k.split(":", 1)[1] in SPREAD_FEATURES | {"st:lead_say"} for k in dense)
