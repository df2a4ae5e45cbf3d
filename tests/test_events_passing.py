"""Acts named in passing inside a background passage (events/passing.py): after the lead, an act named in a
prepositional phrase ("endured years of air strikes", "led to the killing of civilians") is background when the
reports of the sentences around it are all background; near-misses (the same mention after a news report or with
no report around it, an act told by a verb of its own, the lead) stay news."""

from __future__ import annotations

import pytest

from events_helpers import after_news_lead, flagged_for, nlp
from events_helpers import word_after_lead as _word
from eventwire.events.passing import in_passing


@pytest.mark.parametrize(("text", "word"), [
    ("The city's defences collapsed under a sustained assault.", "assault"),  # a circumstance
    ("The long campaign led to the killing of thousands of civilians.", "killing"),  # a result
    ("The villagers have endured years of air strikes from the jets.", "strikes"),  # "of": a measure of an act
    ("The police used violence against the protesters.", "protesters"),  # the object of a preposition
])
def test_act_named_in_a_prepositional_phrase(text, word):
    trig = _word(text, word)
    assert in_passing(trig, trig.sent)


@pytest.mark.parametrize(("text", "word"), [
    ("The militia assaulted the city's defences.", "assaulted"),  # an act told by its own verb
    ("The assault on the city began at dawn.", "assault"),  # the subject
    ("A man who was killed in the raid was buried.", "killed"),  # a clause of its own
    ("Residents fled after the gunmen attacked the market.", "attacked"),  # a clause of its own
])
def test_act_told_by_a_clause(text, word):
    trig = _word(text, word)
    assert not in_passing(trig, trig.sent)


def test_a_lead_is_news_whatever_its_wording():
    doc = nlp()("The city's defences collapsed under a sustained assault. Officials gave no further details.")
    trig = next(t for t in doc if t.text == "assault")
    assert not in_passing(trig, trig.sent)


# -- through the pipeline (the bareacts chain) -----------------------------------------------------------------------
#: two sentences whose reports are background (general statements in the perfect) around the sentence tested
BEFORE = "The regime has bombed hospitals across the north. "
AFTER = " The regime has burned markets across the south."
#: a dated news report just before the sentence tested
NEWS = "Jets struck the market in Gao on Monday, killing three traders. "

PASSING = [
    "The villagers have endured years of air strikes from the jets.",
    "The long campaign led to the killing of thousands of civilians.",
]


@pytest.mark.parametrize("text", PASSING)
def test_pipeline_flags_a_mention_in_a_background_passage(pipeline, text):
    assert flagged_for(after_news_lead(pipeline, BEFORE + text + AFTER, text), "named in passing")


@pytest.mark.parametrize("text", PASSING)
def test_pipeline_keeps_a_mention_with_no_report_around(pipeline, text):
    kept = after_news_lead(pipeline, text + " Officials gave no further details.", text)
    assert kept and not any(r.background for r in kept)


def test_pipeline_keeps_a_mention_after_a_news_report(pipeline):
    text = PASSING[1]
    kept = after_news_lead(pipeline, NEWS + text, text)
    assert kept and not any(r.background for r in kept)
