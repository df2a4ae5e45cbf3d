"""Relevance filter, twenty-third session: the doc regime's rule. An article whose lead (three
sentences) reports political violence by an organised armed actor is an event report, unless it is
an article about a war, a crisis or a trend (half its sentences or more speak of one). Texts and
summaries of our own making."""

from __future__ import annotations

from events_helpers import nlp, summary_report
from eventwire.events import relevance as rel
from eventwire.events.relevance_features import MAX_TREND_SHARE, lead_violence, trend_share
from eventwire.records import Article


def report(start: int, **kw) -> dict:
    return summary_report(**{"start": start, "end": start + 10, "i1": 2, **kw})


ENDS = [60, 120, 180, 240, 300]  # five sentences of sixty characters


def test_lead_violence_needs_an_organised_actor_in_the_lead():
    assert lead_violence({"reports": [report(5)]}, ENDS)
    assert lead_violence({"reports": [report(150, type="Battles", sub="Armed clash", i1=3)]}, ENDS)
    assert not lead_violence({"reports": [report(200)]}, ENDS)  # the fourth sentence: past the lead
    assert lead_violence({"reports": [report(200)]}, ENDS, lead=4)
    assert not lead_violence({"reports": [report(5, i1=5)]}, ENDS)  # rioters: no organised actor
    assert not lead_violence({"reports": [report(5, spec=True)]}, ENDS)  # threatened, not done
    assert not lead_violence({"reports": [report(5, bg=True)]}, ENDS)  # background
    assert not lead_violence({"reports": [report(5, conf=0.5)]}, ENDS)  # a bare reading
    assert not lead_violence({"reports": [report(5, type="Protests", sub="Peaceful protest", i1=6)]}, ENDS)
    assert not lead_violence({"reports": [report(5)]}, [])


INCIDENT = ("Fighters of a rebel militia attacked a cattle market near the town of Dorel on Sunday. "
            "They shot dead seven traders and drove off their herds. "
            "Two of the wounded were taken to the district hospital. "
            "Elders of the town asked for help to bury the dead.")
COMMENTARY = ("Fighters of a rebel militia attacked a cattle market near the town of Dorel on Sunday. "
              "The war in the region has now lasted for eleven years. "
              "Peace talks have stalled for months and the humanitarian crisis deepens. "
              "Donors say the conflict has displaced more people than any other.")


def test_trend_share_counts_sentences_about_a_war_or_years():
    units = rel.sentence_units(nlp()(INCIDENT))
    assert len(units) == 4 and trend_share(units) == 0.0
    units = rel.sentence_units(nlp()(COMMENTARY))
    assert trend_share(units) == 0.75 >= MAX_TREND_SHARE
    assert trend_share([]) == 0.0


def test_doc_rule_takes_an_incident_and_leaves_a_commentary_to_the_model():
    summary = {"reports": [report(0)]}
    assert rel.doc_rule(nlp()(INCIDENT), summary) is True
    assert rel.doc_rule(nlp()(COMMENTARY), summary) is None
    assert rel.doc_rule(nlp()(INCIDENT), {"reports": [report(0, i1=5)]}) is None
    assert rel.doc_rule(nlp()(INCIDENT), {"reports": []}) is None


def test_decision_rule_by_regime():
    doc = nlp()(INCIDENT)
    summary = {"reports": [report(0)]}
    assert rel.decision_rule("doc", doc, summary) is True
    assert rel.decision_rule("note", doc, summary) is None  # the note model decides
    assert rel.decision_rule("sent", doc, summary) == rel.sentence_rule(doc, summary)


def test_is_relevant_lets_the_doc_rule_override_a_low_score(monkeypatch):
    doc = nlp()(INCIDENT)
    art = Article(id="s23", text=INCIDENT, doc=doc)
    monkeypatch.setattr(rel, "load_model", lambda: {"threshold": {"doc": 0.5}, "article": {}, "clause": {}})
    monkeypatch.setattr(rel, "events_summary", lambda a: {"reports": [report(0)]})
    monkeypatch.setattr(rel, "_assess", lambda a, m, s=None: (0.05, "doc"))
    assert rel.is_relevant(art)
    monkeypatch.setattr(rel, "events_summary", lambda a: {"reports": [report(0, i1=5)]})
    assert not rel.is_relevant(art)  # no rule: the model's low score decides
