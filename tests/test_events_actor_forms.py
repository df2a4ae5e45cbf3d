"""Forms of the doer the roles missed (twenty-ninth session, helper ACT4): the arms an act was done with
(events.campaigndoers), a people named by a plural noun (events.peopledoers), states named by their
country as the parties of an agreement (events.stateparties), a national capital launching an act
(events.seatdoers). Each with near-misses: arms that were struck, a few people or a people of another
land, a capital as the place of the act, a capital "fighting" as a state's policy."""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import actor_name, news_acts, one_news_act, reports_of

PUB = dt.date(2018, 4, 10)


def _act(pipeline, text: str, sub: str | None = None):
    return one_news_act(pipeline, text, sub, published=PUB)


# -- the arms an act was done with ---------------------------------------------------------------
def test_arms_fired_name_their_side_and_are_no_struck_side(pipeline) -> None:
    act = _act(pipeline, "Suspected Israeli missiles were fired at an airbase near Homs on Monday, state media said.")
    assert actor_name(act.actor1) == "Military Forces of Israel"
    assert actor_name(act.actor2) != "Military Forces of Israel"


def test_arms_of_an_acts_noun_name_its_side_and_their_allies(pipeline) -> None:
    act = _act(pipeline, "On Monday, civilians in Douma endured a day of airstrikes from Russian and Syrian jets "
                         "that killed 20 people.", "Air/drone strike")
    assert actor_name(act.actor1) == "Military Forces of Russia"
    assert "Military Forces of Syria" in [a.name for a in act.assoc_actor_1]


def test_arms_that_were_struck_name_no_doer(pipeline) -> None:
    # a jet downed is the struck side's, not the doer's
    acts = news_acts(reports_of(pipeline, "A Syrian jet was shot down over Idlib on Monday.", published=PUB))
    assert acts and all(actor_name(a.actor1) != "Military Forces of Syria" for a in acts)


# -- a people named by a plural noun -------------------------------------------------------------
@pytest.mark.parametrize(("text", "a1"), [
    ("The Turks shelled Kurdish positions near Afrin on Monday.", "Military Forces of Turkey"),
    ("The Kurds captured the Syrian town of Tabqa from Islamic State on Monday.", "QSD: Syrian Democratic Forces"),
])
def test_a_people_as_the_doer_is_its_armed_side(pipeline, text: str, a1: str) -> None:
    assert actor_name(_act(pipeline, text).actor1) == a1


def test_a_people_fought_against_is_actor2(pipeline) -> None:
    act = _act(pipeline, "YPG fighters mounted guerrilla attacks against the Turks in Afrin on Monday.")
    assert actor_name(act.actor2) == "Military Forces of Turkey"


@pytest.mark.parametrize(("text", "not_a1"), [
    # a people of another land ("British Kurds") is no side of its own
    ("British Kurds seized a train station in Afrin on Monday.", "QSD: Syrian Democratic Forces"),
    ("British Kurds seized a train station in Afrin on Monday.", "PKK: Kurdistan Workers Party"),
    # a counted few are people, not a state
    ("Two Turks attacked a police patrol in Afrin on Monday.", "Military Forces of Turkey"),
])
def test_a_few_people_or_a_people_of_another_land_is_no_side(pipeline, text: str, not_a1: str) -> None:
    acts = news_acts(reports_of(pipeline, text, published=PUB))
    assert acts and all(actor_name(a.actor1) != not_a1 for a in acts)


def test_a_peoples_victims_are_not_its_army(pipeline) -> None:
    acts = news_acts(reports_of(pipeline, "Gunmen killed three Turks in Afrin on Monday.", published=PUB))
    assert acts and all(actor_name(a.actor2) != "Military Forces of Turkey" for a in acts)


# -- states named by their country as the parties of an agreement -------------------------------
@pytest.mark.parametrize("text", [
    "Turkey and Russia agreed a ceasefire in Idlib on Monday.",
    "Ankara and Moscow agreed a ceasefire in Idlib on Monday.",  # by their capitals (seatdoers)
])
def test_two_states_agreeing_are_the_parties(pipeline, text: str) -> None:
    act = _act(pipeline, text, "Agreement")
    assert (actor_name(act.actor1), actor_name(act.actor2)) == ("Government of Turkey", "Government of Russia")


def test_a_state_that_negotiated_the_agreement_is_actor1(pipeline) -> None:
    act = _act(pipeline, "Russia negotiated a ceasefire in eastern Ghouta on Tuesday.", "Agreement")
    assert actor_name(act.actor1) == "Government of Russia"


def test_a_states_minister_is_no_bare_state_party(pipeline) -> None:
    # the country as a modifier of someone's title is the rulers' reading, not a party by its name
    acts = [a for a in reports_of(pipeline, "Russia's foreign minister said on Monday that a ceasefire had been "
                                            "agreed in Idlib.", published=PUB) if a.sub_event_type == "Agreement"]
    assert acts and all(actor_name(a.actor1) != "Government of Russia" or a.actor1.text != "Russia" for a in acts)


# -- a national capital as the doer -------------------------------------------------------------
def test_a_capital_launching_an_act_is_its_state(pipeline) -> None:
    act = _act(pipeline, "Ankara launched a military offensive into Afrin on Saturday.")
    assert actor_name(act.actor1) == "Military Forces of Turkey"


def test_a_capital_fighting_is_policy_not_a_doer(pipeline) -> None:
    # "Ankara is fighting" speaks of a state's policy: the capital is not read as the doer of an armed act
    acts = reports_of(pipeline, "Relations are strained over aid to the militia that Ankara is fighting.",
                      published=PUB)
    assert acts and all(actor_name(a.actor1) != "Military Forces of Turkey" for a in acts)


def test_a_capital_as_the_place_is_no_doer(pipeline) -> None:
    acts = news_acts(reports_of(pipeline, "A bomb exploded at a market in Kabul on Monday, killing five people.",
                                published=PUB))
    assert acts and all(actor_name(a.actor1) != "Military Forces of Afghanistan" for a in acts)
