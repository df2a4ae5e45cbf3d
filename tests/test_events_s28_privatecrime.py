"""Twenty-eighth session, ordinary crime told in a police story (helper CRIME, ``events.privatecrime``).

A text whose opening names an ordinary offence (an embezzlement, a pyramid scheme, a drunken passenger) and
that names no political, armed or communal side anywhere is a police story: its arrests told without a charge
and one private person's assault are the same police case, not ACLED events. Near misses: the police's own
violence, a text that names protesters, gunmen or an opposition activist, an arrest in a text with no offence
in its opening.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import decisions_of, news_acts, nlp_index, reports_of, show_reports
from eventwire.events.privatecrime import police_story, story_arrest

WED = dt.date(2024, 5, 15)

PYRAMID = "Police said a pyramid scheme had cost savers millions.\n\n"
CLERK = "Police arrested a council clerk on suspicion of embezzlement on Monday in Leeds.\n\n"
DRUNK = "A drunken passenger spat at a ticket inspector in Leeds on Monday, police said.\n\n"


def _arrest_in_last_sentence(text: str) -> bool:
    nlp, _idx = nlp_index()
    doc = nlp(text)
    sent = list(doc.sents)[-1]
    trig = next(t for t in sent if t.lemma_ == "arrest")
    return story_arrest(trig, sent, kind=lambda t: None)


def test_an_arrest_without_its_charge_in_a_police_story_is_crime():
    assert [d.sub_event_type for d in decisions_of(PYRAMID + "Officers arrested nine people at a house in Hull on Monday.")] == [None]


@pytest.mark.parametrize(("text", "crime"), [
    (CLERK + "Harbottle was arrested at his home in Hull on Monday.", True),
    (CLERK + "Harbottle, 52, was arrested on Monday at his home in Hull.", True),
    (CLERK + "She was arrested at a flat in Hull on Monday.", True),
    (PYRAMID + "Officers arrested nine people at a house in Hull on Monday.", True),
    # near misses: a side named anywhere, no offence in the opening, a significant person
    (CLERK + "Harbottle, an opposition activist, was arrested at his home in Hull on Monday.", False),
    ("Police arrested a council clerk on suspicion of embezzlement on Monday in Leeds. The clerk writes for an"
     " opposition paper.\n\nHarbottle was arrested at his home in Hull on Monday.", False),
    ("The council met in Leeds on Monday to discuss the parking fund.\n\nHarbottle was arrested at his home in"
     " Hull on Monday.", False),
    (CLERK + "A former minister was arrested at his home in Hull on Monday.", False),
    (CLERK + "Police arrested 30 protesters at the town hall in Hull on Monday.", False),
])
def test_story_arrests(text, crime):
    assert _arrest_in_last_sentence(text) is crime


def test_a_police_story_is_read_once_per_text():
    nlp, _idx = nlp_index()
    doc = nlp(CLERK + "Harbottle was arrested at his home in Hull on Monday.")
    assert police_story(doc) and police_story(doc)
    assert not police_story(nlp("Gunmen stole cattle in a raid on Monday.\n\nHarbottle was arrested in Hull."))


def test_one_private_persons_assault_in_a_police_story_is_no_event(pipeline):
    text = DRUNK + "The passenger later assaulted a police officer at the station, police said."
    reports = news_acts(reports_of(pipeline, text, published=WED))
    assert reports == [], show_reports(reports)


@pytest.mark.parametrize(("text", "sub"), [
    (DRUNK + "Officers shot the passenger at the station, police said.", "Attack"),
    (DRUNK + "A man was shot dead in a police raid on a house in the city on Tuesday.", "Attack"),
    (DRUNK + "A group of youths beat a man to death after accusing him of theft on Tuesday.", "Mob violence"),
    (DRUNK + "A protester later assaulted a police officer at the station, police said.", "Violent demonstration"),
    (DRUNK + "Gunmen later attacked a police station in the city, killing two officers.", "Armed clash"),
    ("Crowds gathered in Leeds on Monday.\n\nA man later assaulted a police officer at the station, police said.",
     "Armed clash"),
])
def test_police_violence_and_sides_stay(pipeline, text, sub):
    acts = news_acts(reports_of(pipeline, text, published=WED))
    assert sub in [r.sub_event_type for r in acts], show_reports(acts)
