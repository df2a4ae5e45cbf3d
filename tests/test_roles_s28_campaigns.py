"""The doer an armed act's own noun names (twenty-eighth session, events.campaigndoers): a state's
demonym or possessive before the campaign or strike noun is its military, a coalition or a named armed
group before it is that actor; a place, a backer, a territory's people or a common adjective before it
names no doer. And a state that intervened in a demonstration is its police (events.statedoers)."""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import actor_name, news_acts, one_news_act, reports_of

PUB = dt.date(2018, 4, 10)


def _act(pipeline, text: str, sub: str):
    return one_news_act(pipeline, text, sub, published=PUB)


@pytest.mark.parametrize(("text", "sub", "a1"), [
    ("A Turkish offensive took the town of Afrin on Sunday.", "Non-state actor overtakes territory",
     "Military Forces of Turkey"),
    ("The Turkish offensive killed 20 Kurdish fighters in Afrin on Monday.", "Armed clash", "Military Forces of Turkey"),
    ("Turkey's incursion into Afrin killed 20 civilians on Monday.", "Attack", "Military Forces of Turkey"),
    ("A US offensive took the town of Tabqa on Monday.", "Non-state actor overtakes territory",
     "Military Forces of the United States"),
    ("Elmir was killed in coalition airstrikes in Raqqa on Monday.", "Air/drone strike", "Global Coalition Against Daesh"),
    ("Eleven members of one family were killed in a US-led coalition bombing on their home in Raqqa on Monday.",
     "Remote explosive/landmine/IED", "Global Coalition Against Daesh"),
    ("Eleven people were killed in a Saudi-led coalition airstrike on a market in Saada on Monday.",
     "Air/drone strike", "Operation Restoring Hope"),
    # the act told by the clause that brought it about, or by a stretch of the campaign
    ("On Monday, 50 people were killed in Raqqa after a coalition bombing raid struck a residential building.",
     "Air/drone strike", "Global Coalition Against Daesh"),
    ("Up to 24 civilians have been killed in the first three days of Turkey's offensive against Afrin, monitors "
     "said on Tuesday.", "Attack", "Military Forces of Turkey"),
    ("Since Turkey launched a military offensive in Afrin on Saturday, around 30 civilians have died.", "Attack",
     "Military Forces of Turkey"),
])
def test_the_side_the_acts_noun_names_is_actor1(pipeline, text: str, sub: str, a1: str) -> None:
    assert actor_name(_act(pipeline, text, sub).actor1) == a1


@pytest.mark.parametrize(("text", "sub", "not_a1"), [
    # a place names the campaign, not its doer
    ("The Gaza offensive killed 20 fighters near Khan Younis on Monday.", "Armed clash", "Military Forces of Palestine"),
    # a backer is not the doer
    ("A US-backed offensive took the town of Tabqa on Monday.", "Non-state actor overtakes territory",
     "Military Forces of the United States"),
    # a territory's people are no state's army
    ("A Palestinian attack killed two Israeli soldiers near Hebron on Monday.", "Armed clash",
     "Military Forces of Palestine"),
])
def test_a_place_a_backer_or_a_people_names_no_doer(pipeline, text: str, sub: str, not_a1: str) -> None:
    assert actor_name(_act(pipeline, text, sub).actor1) != not_a1


@pytest.mark.parametrize(("text", "a2"), [
    ("On Monday, security authorities arrested dozens of protesters in Algiers.", "Police Forces of Algeria"),
    ("On Monday, the authorities detained 14 journalists covering an opposition protest in Minsk.",
     "Police Forces of Belarus"),
    # near-miss: soldiers who fire on a crowd are soldiers
    ("On Monday, soldiers fired on protesters in Khartoum, killing three.", "Military Forces of Sudan"),
])
def test_a_state_that_intervened_in_a_crowd_is_its_police(pipeline, text: str, a2: str) -> None:
    acts = [r for r in news_acts(reports_of(pipeline, text, published=PUB)) if r.event_type == "Protests"]
    assert len(acts) == 1
    assert actor_name(acts[0].actor2) == a2
