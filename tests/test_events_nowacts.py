"""Undated acts told in the present or the perfect (events/nowacts.py): after the lead, an act told by its verb in the
present or the perfect, with no day and no source of its own, is background unless a dated news report stands just
before it; near-misses with a day, a source, the content of a report, a simple past, a noun, a modal or a pluperfect,
the progressive (an act going on now), a time the resolver does not date, and any sentence of the lead, stay as they
were."""

from __future__ import annotations

import pytest

from events_helpers import after_news_lead, flagged_for, nlp
from events_helpers import word_after_lead as _word
from eventwire.events.nowacts import told_now, undated_now


def _now(text: str, word: str, *, dated: bool = False) -> bool:
    trig = _word(text, word)
    return undated_now(trig, trig.sent, dated=dated)


@pytest.mark.parametrize(("text", "word"), [
    ("The police have arrested ten activists in the northern province.", "arrested"),  # a count and a place
    ("A rebel offensive has taken the border town of Kuru and now threatens the next.", "taken"),
    ("The coalition has killed more than 6,000 fighters in the region.", "killed"),  # a tally
    ("Thousands of villagers have been driven from their homes by the militias.", "driven"),
    ("The militia holds Amina Bello in a camp near the river.", "holds"),  # a state of things
])
def test_undated_present_act(text, word):
    assert _now(text, word)


@pytest.mark.parametrize(("text", "word", "dated"), [
    ("The police have arrested ten activists in the province on Monday.", "arrested", True),  # its own day
    ("Residents said gunmen have burned the market in Kuru.", "burned", False),  # a source
    ("Police say they have arrested ten activists in the province.", "arrested", False),
    ("The army has yet to announce it has retaken the town of Kuru.", "retaken", False),  # what a report tells
    ("The police arrested ten activists in the province.", "arrested", False),  # the simple past (pastanchors)
    ("The police had arrested ten activists in the province.", "arrested", False),  # the pluperfect
    ("The army will have retaken the town of Kuru by then.", "retaken", False),  # a modal
    ("The debate has surfaced again with the attack on the town of Kuru.", "attack", False),  # a noun
    ("Troops are battling the militants near the town of Kuru.", "battling", False),  # the progressive: now
    ("Villages near Kuru are being shelled by the army.", "shelled", False),  # the passive progressive
    ("In recent days, air strikes on the district near Kuru have killed dozens.", "killed", False),  # a time
])
def test_dated_sourced_past_or_noun_acts_are_left_alone(text, word, dated):
    assert not _now(text, word, dated=dated)


def test_told_now():
    doc = nlp()("Rebels have taken the town. Police are shelling it. Troops control it. Rebels took it. "
                "Rebels had taken it. Rebels will have taken it.")
    verbs = [next(t for t in s if t.pos_ == "VERB") for s in doc.sents]
    assert [told_now(v) for v in verbs] == [True, False, True, False, False, False]  # (the progressive: now)


def test_a_lead_is_news_whatever_its_tense():
    # the headline of an anniversary story tells an old act: the lead is the story's news
    doc = nlp()("Rebels have taken the border town of Kuru. Officials gave no further details.")
    trig = next(t for t in doc if t.text == "taken")
    assert not undated_now(trig, trig.sent, dated=False)


# -- through the pipeline (the reading and settle step in events/bareacts.py) ----------------------------------------
@pytest.mark.parametrize("text", [
    "The police have arrested ten activists in the northern province.",
    "The coalition has killed more than 6,000 fighters in the region.",
])
def test_pipeline_flags_an_undated_present_act(pipeline, text):
    assert flagged_for(after_news_lead(pipeline, text, text), "present or the perfect with no day or source")


@pytest.mark.parametrize("text", [
    "Residents said gunmen have burned the market in Kuru.",  # a source
    "The police have arrested ten activists in the province on Monday.",  # a day of its own
    "Gunmen killed three farmers near Kuru on Friday.",  # dated three days before publication, told in the past
])
def test_pipeline_keeps_a_sourced_or_dated_act(pipeline, text):
    assert [r for r in after_news_lead(pipeline, text, text) if not r.background]


def test_pipeline_keeps_the_next_step_of_a_dated_story(pipeline):
    step = "The army has since retaken the post and arrested two fighters."
    near = after_news_lead(pipeline, f"Rebels attacked an army post near Kuru on Tuesday. {step}", step)
    assert near and not any(r.background for r in near)
    # with the dated report four sentences back, the act told in the perfect stands alone
    far = after_news_lead(pipeline, "Rebels attacked an army post near Kuru on Tuesday. The talks went on. The roads were "
                   f"quiet. The markets were open. {step}", step)
    assert far and all(r.background for r in far)
