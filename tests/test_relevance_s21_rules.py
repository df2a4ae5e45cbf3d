"""Relevance filter, twenty-first session: the organised-violence sentence rule takes an act the typing
read a clause deep (confidence 0.65) when its actor is an organised armed one; a bare reading (0.55)
stays too weak; the article model reads the expected number of action sentences. Summaries and
scores of our own making."""

from __future__ import annotations

from events_helpers import summary_report
from eventwire.events.relevance_features import ORGANISED_MIN_CONF, organised_violence


def report(**kw) -> dict:
    return summary_report(**{"conf": 0.65, "i1": 2, **kw})


def test_a_deeper_act_of_rebels_is_organised_violence():
    # "Rebels are said to have attacked the village, burning homes": the act a clause deep
    assert ORGANISED_MIN_CONF <= 0.65
    assert organised_violence({"reports": [report()]})
    assert organised_violence({"reports": [report(type="Battles", sub="Armed clash", i1=3, i2=1)]})


def test_a_bare_reading_or_an_unorganised_actor_is_not():
    assert not organised_violence({"reports": [report(conf=0.55)]})
    assert not organised_violence({"reports": [report(i1=5)]})  # rioters
    assert not organised_violence({"reports": [report(i1=None)]})
    assert not organised_violence({"reports": [report(type="Protests", sub="Peaceful protest")]})
    assert not organised_violence({"reports": [report(spec=True)]})


def test_expected_count_of_action_sentences_grows_with_each_likely_one():
    from eventwire.events.relevance import article_features

    one, _ = article_features(None, {"reports": [], "n_words": 40}, [3.0, -6.0, -6.0])
    two, _ = article_features(None, {"reports": [], "n_words": 40}, [3.0, 3.0, -6.0])
    none, _ = article_features(None, {"reports": [], "n_words": 40}, [-6.0, -6.0, -6.0])
    assert none["doc:s:expn"] < one["doc:s:expn"] < two["doc:s:expn"]
    assert abs(one["doc:s:expn"] - 0.67) < 0.05  # log(1 + 0.95 + 2 * 0.0025)


def test_the_shipped_model_weighs_the_expected_count():
    from eventwire.events.relevance import load_model

    model = load_model()
    assert model is not None
    assert any(reg + ":s:expn" in model["article"][reg]["dense"] for reg in model["article"])
