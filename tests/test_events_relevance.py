"""The relevance filter: clause signals (who acts, asserted or not), the shipped two-level model, and
its decision on sentences and on whole articles."""

from __future__ import annotations

import functools
import json

import pytest

from eventwire.events import relevance as rel
from eventwire.records import Article, Section


@functools.lru_cache(maxsize=1)
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


def article(text: str) -> Article:
    a = Article(id="t", text=text)
    a.sections = [Section("body", 0, len(text))]
    a.doc = nlp()(text)
    return a


def clause(text: str) -> list[str]:
    return rel.clause_features(nlp()(text)[:])


def test_police_subject_action_is_a_fact_clause():
    feats = clause("the police fired 20 rounds to disperse the mob.")
    assert "c:*:force:fact" in feats
    assert "sec:action" in feats


def test_passive_arrest_in_lower_case_text():
    feats = clause("five ram sevaks of the state shiv sena unit were arrested today as they tried to reach ayodhya.")
    assert "c:*:none:pass" in feats or "c:*:force:pass" in feats
    assert "cue:any:fact" in feats


def test_future_and_demanded_actions_are_not_facts():
    future = clause("police will deploy additional forces in the city.")
    assert "c:*:force:md:will" in future
    assert "c:*:force:fact" not in future
    demand = clause("the vhp demanded the arrest of the culprits.")
    assert any(f.startswith("c:*:") and f.endswith("gov:demand") for f in demand)
    assert "sec:action" not in demand


def test_negated_security_action_is_not_asserted():
    assert not rel.security_action(nlp()("police did not arrest anyone."))
    assert rel.security_action(nlp()("police arrested 24 persons."))


def test_regime():
    assert rel.regime(1, 12) == "sent"
    assert rel.regime(12, 300) == "doc"
    assert rel.regime(2, 20, note=True) == "note"


def test_event_notes_open_with_the_date():
    assert rel.is_note("On 5 January 2021, soldiers abducted a girl in Ziban Gadena (Western Tigray).")
    assert rel.is_note("Looting: On 13 June 2023, RSF looted three cars at gunpoint in Omdurman.")
    assert rel.is_note("22 September 2019. Five people killed in a clash between mobs and security forces.")
    assert rel.is_note("During the week of 30 May, rival groups clashed in Iganga town.")
    assert not rel.is_note("NAIROBI, Kenya (AP) - Ethiopia's spreading conflict faced a dangerous escalation Friday.")
    assert not rel.is_note("on february 28 it was a bandh day and shops were looted.")
    assert not rel.is_note("On 3 May 2020, " + "the long report went on. " * 60)


def test_pooled_scores_read_one_strong_sentence():
    quiet, _ = rel.article_features(None, {"n_words": 200}, [-6.0] * 12)
    one, _ = rel.article_features(None, {"n_words": 200}, [-6.0] * 11 + [4.0])
    assert one["doc:s:noisy_or"] > quiet["doc:s:noisy_or"]
    assert one["doc:s:max"] > quiet["doc:s:max"]
    assert one["doc:s:lead"] == quiet["doc:s:lead"]  # the strong sentence is not in the lead
    note, _ = rel.article_features(None, {"n_words": 20, "note": True}, [1.0])
    assert all(k.startswith("note:") for k in note)


def test_shipped_model_is_small_and_complete():
    from eventwire.paths import PACKAGE_DATA

    path = PACKAGE_DATA / rel.MODEL_FILE
    assert path.stat().st_size < 400_000
    model = json.loads(path.read_text(encoding="utf-8"))
    assert model["version"] == "2"
    assert set(model["threshold"]) == set(rel.REGIMES)
    loaded = rel.load_model()
    assert loaded is not None
    assert len(loaded["clause"]["weights"]) == loaded["clause"]["dim"]
    assert any(loaded["clause"]["weights"])
    for reg in rel.REGIMES:
        assert len(model["article"][reg]["weights"]) == model["article"][reg]["dim"]


@pytest.mark.skipif(rel.load_model() is None, reason="no shipped relevance model")
def test_model_separates_police_action_from_other_sentences():
    acted = article("police fired tear gas and arrested 24 persons after a mob set shops on fire in baroda.")
    planned = article("the opposition demanded that the army be deployed in the city.")
    recipe = article("Whisk the eggs with sugar, fold in the flour and bake the cake for forty minutes.")
    s_acted, s_planned, s_recipe = (rel.relevance_score(a) for a in (acted, planned, recipe))
    assert s_acted > s_planned
    assert s_acted > s_recipe
    assert rel.is_relevant(acted)
    assert not rel.is_relevant(recipe)


@pytest.mark.skipif(rel.load_model() is None, reason="no shipped relevance model")
def test_article_is_relevant_when_one_sentence_reports_an_action():
    filler = ("The city council discussed the new budget for schools and roads on Tuesday. "
              "Officials said the plan would be published next month. ")
    quiet = article(filler * 3)
    report = article(filler * 3 + "Police opened fire on rioters and arrested 40 people in the old city.")
    assert rel.relevance_score(report) > rel.relevance_score(quiet)
    assert rel.is_relevant(report)
    assert not rel.is_relevant(quiet)


def test_rule_fallback_without_model():
    assert rel.is_relevant(article("Police arrested 24 persons after the riot."), model=False)
    assert not rel.is_relevant(article("Whisk the eggs with sugar and bake the cake."), model=False)


def test_weights_round_trip_through_base64():
    ints = [0, 1, -1, 32767, -32767, 40000, -40000, 123]
    back = list(rel.decode_weights(rel.encode_weights(ints)))
    assert back == [0, 1, -1, 32767, -32767, 32767, -32767, 123]


def test_character_grams_link_inflections_and_noisy_spellings():
    a = {f for f in clause("the policemen fired.") if f.startswith("g:")}
    b = {f for f in clause("a policeman fired.") if f.startswith("g:")}
    assert "g:<pol" in a and "g:<pol" in b
    assert a & b and a != b


def test_summary_reads_actor_types_and_rejections():
    from eventwire.records import Actor, ActorMention, Rejection

    a = article("Police arrested ten protesters.")
    a.actor_mentions = [ActorMention(0, 6, "Police", Actor("Police Forces", inter=1)),
                        ActorMention(20, 30, "protesters", Actor("Protesters", inter=6))]
    a.rejections.append(Rejection("events", "crime"))
    summary = rel.events_summary(a)
    assert summary["inters"] == {"1": 1, "6": 1}
    assert summary["rejects"].get("crime") == 1
    feats, _ = rel.article_features(None, {**summary, "n_words": 4}, [0.0])
    assert "sent:act:1" in feats and "sent:rej:crime" in feats


def test_denied_only_needs_a_denial_and_no_asserted_report():
    from eventwire.events.relevance import denied_only

    rep = {"neg": False, "spec": False, "bg": False}
    assert denied_only({"denied": 1, "reports": []})
    assert denied_only({"denied": 1, "reports": [dict(rep, neg=True)]})
    assert not denied_only({"denied": 1, "reports": [rep]})  # an asserted act besides the denial
    assert not denied_only({"denied": 0, "reports": []})  # only hypothetical acts: the model decides
