"""Rulers, peoples and loyal forces as the sides of an act (twenty-eighth session, events.rulerdoers):
a ruler the article titles with his country is his state's military ("the Syrian president, X ... X
used chemical weapons"), so is a titled ruler as the subject ("the US president launched missile
strikes"), a people named by a plural demonym ("the Russians struck") and "forces loyal to the Syrian
president"; "they" is the one armed side the sentence before names; "a rebel offensive" is the rebels'
(events.campaigndoers) where the tagger read it unidentified. Near-misses keep their reading: an
opposition leader, militias loyal to the government, two sides or none before "they", a military offensive."""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import actor_name, one_news_act

PUB = dt.date(2018, 4, 10)


def _act(pipeline, text: str, sub: str):
    return one_news_act(pipeline, text, sub, published=PUB)


@pytest.mark.parametrize(("text", "sub", "a1"), [
    # a bare name takes the title the article gives it elsewhere
    ("The Syrian president, Karim Haddad, spoke in Damascus on Monday. On Saturday Haddad used chemical weapons "
     "against civilians in Douma, killing 40 people.", "Chemical weapon", "Military Forces of Syria"),
    ("The US president launched missile strikes on an airbase in Homs on Saturday.",
     "Shelling/artillery/missile attack", "Military Forces of the United States"),
    ("The Russians struck a market in Idlib on Monday, killing 12 civilians.", "Air/drone strike",
     "Military Forces of Russia"),
    ("Shelling by forces loyal to the Syrian president killed 12 people in Douma on Monday.",
     "Shelling/artillery/missile attack", "Military Forces of Syria"),
])
def test_a_ruler_a_people_or_loyal_forces_are_the_states_military(pipeline, text: str, sub: str, a1: str) -> None:
    assert actor_name(_act(pipeline, text, sub).actor1) == a1


@pytest.mark.parametrize(("text", "sub"), [
    # near-misses: an opposition leader rules no state; militias loyal to a government are no army
    ("The opposition leader, Karim Haddad, spoke in Damascus on Monday. On Saturday Haddad used chemical weapons "
     "against civilians in Douma, killing 40 people.", "Chemical weapon"),
    ("Militias loyal to the government attacked a village in Darfur on Monday, killing 12 people.", "Attack"),
])
def test_no_ruler_no_state_force(pipeline, text: str, sub: str) -> None:
    assert not (actor_name(_act(pipeline, text, sub).actor1) or "").startswith("Military Forces")


@pytest.mark.parametrize(("text", "a1"), [
    ("Islamic State fighters surrounded the village of Kocho in Sinjar on Monday. On Tuesday they attacked the "
     "school, killing 12 people.", "Islamic State"),
    # near-misses: two sides before, or none armed: no antecedent to pick
    ("Islamic State fighters and Iraqi troops clashed near Mosul on Monday. On Tuesday they attacked the school, "
     "killing 12 people.", "Unidentified Armed Group (Iraq)"),
    ("Villagers fled the area of Kocho in Sinjar on Monday. On Tuesday they attacked the school, killing 12 people.",
     "Unidentified Armed Group (Iraq)"),
])
def test_they_is_the_one_armed_side_the_sentence_before_names(pipeline, text: str, a1: str) -> None:
    assert actor_name(_act(pipeline, text, "Attack").actor1) == a1


@pytest.mark.parametrize(("text", "a1"), [
    ("A rebel offensive killed 12 soldiers in Idlib on Monday.", "Opposition Rebels (Syria)"),
    ("Twelve soldiers were killed in a rebel offensive in Idlib on Monday.", "Opposition Rebels (Syria)"),
    # near-miss: a military offensive names no country of its own
    ("Twelve soldiers were killed in a military offensive in Idlib on Monday.", "Unidentified Armed Group (Syria)"),
])
def test_a_rebel_offensive_is_the_rebels_where_the_tagger_read_it_unidentified(pipeline, text: str, a1: str) -> None:
    assert actor_name(_act(pipeline, text, "Armed clash").actor1) == a1


def test_the_article_titles_a_ruler_once_per_document() -> None:
    from eventwire.events.rulerdoers import _article_rulers
    from eventwire.nlp import load_nlp

    doc = load_nlp()("Turkish President Selim Kaya spoke. Former Iraqi prime minister Ali Nouri was there. "
                     "Omar Salem, Egypt's leader, left.")
    found = _article_rulers(doc)
    assert found.get("kaya") == "TUR" and found.get("salem") == "EGY" and "nouri" not in found
    assert _article_rulers(doc) is found


def test_a_counted_few_of_a_people_are_no_state(pipeline) -> None:
    act = _act(pipeline, "Two Syrians attacked a police patrol with knives in Berlin on Monday, police said.", "Armed clash")
    assert not (actor_name(act.actor1) or "").startswith("Military Forces")
