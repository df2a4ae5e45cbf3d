"""Quiet stories (events/quietstories.py, a cell of events/bareacts.py): a text of six sentences or more that names
no side anywhere is a police or court story, and its acts are background (ordinary crime); near-misses that name a
side (gunmen, protesters, a clash between villages) or are short stay news."""

from __future__ import annotations

import pytest

from events_helpers import nlp
from eventwire.events.quietstories import in_quiet_story, quiet_story

#: an invented police story: six sentences, no side, no armed group, no party, no protest
STORY = ("A man was shot dead outside a bar in Springfield on Friday night, police said. "
         "Detectives said Tom Baker, 34, is suspected of shooting Jim Carter after an argument over a debt. "
         "Baker was arrested on Saturday at a house on Elm Street. "
         "He was booked into the county jail and is due in court next week. "
         "Neighbours said the two men had known each other for years. "
         "The investigation is continuing, the sheriff's office said.")


def test_a_long_text_with_no_side_is_quiet():
    assert quiet_story(nlp()(STORY))


@pytest.mark.parametrize("text", [
    STORY.replace("A man was shot dead", "Unknown gunmen shot dead a man"),  # an armed doer
    STORY.replace("Baker was arrested", "Police arrested 20 protesters and Baker"),  # a protest
    STORY.replace("after an argument over a debt", "after clashes between two villages"),  # communal strife
    STORY.replace("after an argument over a debt", "after Carter became a Christian"),  # a religion: communal
    STORY.replace("Jim Carter", "Jim Carter, a former adviser to the king,"),  # a royal house: a political story
    "A man was shot dead outside a bar in Springfield on Friday night, police said.",  # one sentence: too short
    "Twelve people were killed in fighting between farmers in a village near Kaduna on Monday, police said.",
])
def test_a_side_or_a_short_text_is_not_quiet(text):
    assert not quiet_story(nlp()(text))


@pytest.mark.parametrize(("text", "word"), [
    ("An officer shot the driver of a car near the bar on Sunday.", "shot"),
    ("The driver said he was tortured by the officers at the station.", "tortured"),
])
def test_the_police_own_violence_is_not_flagged(text, word):
    doc = nlp()(f"{STORY} {text}")
    trig = next(t for t in doc if t.text == word and t.idx > len(STORY))
    assert not in_quiet_story(trig)
    assert in_quiet_story(next(t for t in doc if t.text == "arrested"))  # the case's arrest is


# -- through the pipeline (the hook in events/bareacts.py) -----------------------------------------------------------
def test_pipeline_flags_a_quiet_story(pipeline):
    from events_helpers import processed

    article = processed(pipeline, STORY, title="Man held over bar shooting")
    assert article.reports and all(r.background for r in article.reports)
    assert any("ordinary crime" in n for r in article.reports for n in r.notes)


@pytest.mark.parametrize("text", [
    STORY.replace("A man was shot dead", "Unknown gunmen shot dead three villagers"),
    STORY.replace("Baker was arrested on Saturday", "Police arrested 20 protesters on Saturday"),
    "Twelve people were killed in clashes between herders and farmers in Kaduna on Monday.",
])
def test_pipeline_keeps_a_story_with_a_side(pipeline, text):
    from events_helpers import processed

    article = processed(pipeline, text, title="Deaths in the region")
    assert article.reports and not all(r.background for r in article.reports)
    assert not any("ordinary crime: a story" in n for r in article.reports for n in r.notes)
