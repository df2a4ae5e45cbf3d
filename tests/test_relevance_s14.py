"""Relevance filter, fourteenth session: the sentence rules that override the model on a one-sentence
text (``relevance.sentence_rule``): political violence by an organised armed actor is an event report,
a sentence telling only the police's failure to act is none. Short texts of our own writing."""

from __future__ import annotations

import datetime

from events_helpers import nlp, summary_report
from eventwire.events import relevance as rel
from eventwire.events.relevance_features import organised_violence
from eventwire.records import Article

PUB = datetime.date(2024, 5, 1)


report = summary_report  # an asserted Attack by an armed actor on civilians


def test_organised_violence_needs_an_asserted_current_violent_report_by_an_armed_actor():
    assert organised_violence({"reports": [report()]})
    assert organised_violence({"reports": [report(type="Battles", i1=2, i2=1)]})
    assert not organised_violence({"reports": []})
    assert not organised_violence({"reports": [report(neg=True)]})
    assert not organised_violence({"reports": [report(spec=True)]})
    assert not organised_violence({"reports": [report(bg=True)]})
    assert not organised_violence({"reports": [report(conf=0.55)]})  # a weak reading
    assert not organised_violence({"reports": [report(i1=5)]})  # rioters: a mob is no organised armed actor
    assert not organised_violence({"reports": [report(i1=None)]})  # an unnamed doer
    assert not organised_violence({"reports": [report(type="Protests", i1=1)]})


def test_police_failed_only_reads_the_failure_cue_without_an_act():
    quiet = {"reports": []}
    assert rel.police_failed_only(nlp()("Residents said the police failed to respond to their calls."), quiet)
    assert rel.police_failed_only(nlp()("The police looked the other way, the shopkeepers said."), quiet)
    # an act of the police in the same sentence: not a failure only
    assert not rel.police_failed_only(nlp()("The police looked the other way and later arrested six men."), quiet)
    # a riot the police watched is still a riot
    assert not rel.police_failed_only(nlp()("The police looked the other way, the shopkeepers said."),
                                      {"reports": [report(type="Riots", i1=5, conf=0.55)]})
    assert not rel.police_failed_only(nlp()("The court adjourned the hearing to Monday."), quiet)


def test_sentence_rule_order():
    doc = nlp()("The police looked the other way, the shopkeepers said.")
    assert rel.sentence_rule(doc, {"reports": [], "denied": 1}) is False  # denied only
    assert rel.sentence_rule(doc, {"reports": []}) is False  # the police's failure only
    assert rel.sentence_rule(doc, {"reports": [report()]}) is True  # organised violence
    assert rel.sentence_rule(nlp()("The court adjourned the hearing to Monday."), {"reports": []}) is None


def decide(pipeline, text: str) -> bool:
    return rel.is_relevant(pipeline.process(Article(id="t", text=text, published=PUB)))


def test_armed_groups_killing_civilians_in_one_sentence_is_an_event_report(pipeline):
    # the model alone scored these low: its sentence regime learnt police action (a mob's killing is
    # no police action in IndiaPoliceEvents)
    assert decide(pipeline, "Militiamen shot dead three herders near Jowhar on Tuesday.")
    assert decide(pipeline, "Rebels attacked a village in Unity state on Monday, killing five civilians.")


def test_the_police_failing_to_act_is_no_event_report(pipeline):
    assert not decide(pipeline, "Residents said the police failed to respond to their calls for help.")
    # while the police acting still is
    assert decide(pipeline, "Police arrested six men after the clash in the market on Sunday.")
