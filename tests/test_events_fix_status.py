"""Status fixes: an attempt, a negation or a denial only rules the act it governs (not an act told
beside it), a would-be bomber is a person, a recent period running up to now is news, and the event
an anniversary marks is the old one (not the act held on it)."""

from __future__ import annotations

import pytest

from events_helpers import nlp_index
from eventwire.events.status import assess
from eventwire.events.typing import classify


def _status(sentence: str):
    nlp, idx = nlp_index()
    doc = nlp(sentence)
    sent = next(iter(doc.sents))
    dec = classify(doc, sent, idx.match(sent))
    assert dec is not None and dec.sub_event_type is not None, sentence
    return dec.sub_event_type, assess(dec.trigger, sent=sent)


@pytest.mark.parametrize(
    "sentence",
    [
        # an attempt told in another clause does not rule the act
        "Guards tried to stop the van at the gate, but a suicide bomber inside detonated his vest, killing seven.",
        "Soldiers tried to block the road before a suicide bomber blew himself up near the barracks in Gao.",
        "Rioters tried to break into the town hall in Tulear, throwing stones at the gendarmes.",
        "Youths tried to storm the police station in Kisumu, hurling rocks and setting tyres ablaze.",
        # a negation or a denial of something else, told later, does not negate the act
        "Jihadists raided a gendarmerie post in Dori on Thursday, killing five gendarmes; the ministry has not commented.",
        "Drones struck a fuel depot near Kherson overnight, the governor said; the defence ministry has not commented.",
        "Herders attacked farmers in Agatu on Sunday, killing nine, but the police denied any clashes in the town.",
        "Police did not stop the car, and a suicide bomber blew himself up at the checkpoint in Mogadishu.",
        "A journalist was shot dead by unknown gunmen outside his home in Culiacan; the state prosecutor pledged a full inquiry.",
        # a would-be bomber stopped: what happened to him is the act
        "Troops shot dead a would-be suicide bomber near the market in Bama on Saturday.",
        "Police arrested a would-be suicide bomber at a bus station in Quetta.",
        # a bomb that did not go off is the disrupted use told, not a denied one
        "A bomb planted under a bridge near Kirkuk did not explode and was defused by police.",
        # an attempt that was fought off: the fight happened (s14: typed Armed clash, not the capture tried)
        "The insurgents tried to overrun the outpost but were repelled by troops near Tillaberi.",
    ],
)
def test_asserted_despite_a_neighbouring_clause(sentence):
    _sub, st = _status(sentence)
    assert not st.negated and not st.speculative, (sentence, st.reason)


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels tried to storm the army base in Kidal.",
        "Al-Shabaab threatened to attack the port and burn the warehouses.",
        "The militia attempted to seize the airport in Kindu.",
        "The rebels vowed to attack the convoy near the border.",
    ],
)
def test_an_attempt_or_plan_still_rules_its_own_act(sentence):
    _sub, st = _status(sentence)
    assert st.speculative, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The army denied shelling the displacement camp in Tawila.",
        "Rebels failed to capture the town of Kalehe.",
        "Militants did not attack the convoy near Bardera.",
    ],
)
def test_a_negation_of_the_act_itself_still_negates(sentence):
    _sub, st = _status(sentence)
    assert st.negated, sentence


def test_a_would_be_bomber_is_not_a_modal():
    sub, st = _status("Soldiers killed a would-be suicide bomber at a checkpoint outside Maiduguri.")
    assert not st.speculative
    sub, st = _status("A would-be suicide bomber was arrested by soldiers near a mosque in Bauchi.")
    assert not st.speculative


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed dozens of villagers in the district over the past month.",
        "Bandits have abducted more than 60 people in Katsina over the past month.",
        "Armed groups have clashed repeatedly near Bunia in recent days.",
        "Students clashed with riot police in Santiago on the anniversary of the 1973 coup.",
    ],
)
def test_a_recent_period_or_an_anniversary_is_news(sentence):
    _sub, st = _status(sentence)
    assert not st.background, (sentence, st.reason)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bandits have killed hundreds of people in Zamfara this year.",
        "Gunmen killed five villagers in the district last month.",
        "Militants have killed more than 300 soldiers over the past year.",
    ],
)
def test_an_earlier_period_or_a_long_tally_is_background(sentence):
    _sub, st = _status(sentence)
    assert st.background, sentence


def test_the_event_an_anniversary_marks_is_background():
    nlp, _idx = nlp_index()
    doc = nlp("Hundreds marched in Kigali to mark the anniversary of the massacre.")
    sent = next(iter(doc.sents))
    massacre = next(t for t in sent if t.lower_ == "massacre")
    assert assess(massacre, sent=sent).background


def _status_of(sentence: str, word: str):
    nlp, _idx = nlp_index()
    doc = nlp(sentence)
    sent = next(iter(doc.sents))
    return assess(next(t for t in sent if t.lower_ == word), sent=sent)


@pytest.mark.parametrize(
    ("sentence", "word", "negated", "speculative"),
    [
        # a finite verb beside a negated or attempted infinitive has a tense of its own
        ("Police did not disperse the crowd but arrested 20 protesters in Harare.", "arrested", False, False),
        ("Protesters tried to storm the parliament and clashed with police in Yerevan.", "clashed", False, False),
        ("Demonstrators attempted to march on the palace and threw stones at police.", "threw", False, False),
        # a bare verb coordinated with a negated or threatened one shares its status
        ("The rebels did not attack the town and loot the market.", "loot", True, False),
        ("Rebels threatened to attack the town and burn the market.", "burn", False, True),
        # the "would" of a would-be bomber is no modal, whichever word the act is read off
        ("Would-be suicide bombers killed by troops near Monguno", "bombers", False, False),
        ("Soldiers gunned down two would-be suicide bombers outside Dikwa.", "bombers", False, False),
    ],
)
def test_coordinated_verbs(sentence, word, negated, speculative):
    st = _status_of(sentence, word)
    assert (st.negated, st.speculative) == (negated, speculative), (sentence, st.reason)
