"""Sides of an act as ACLED codes them (twenty-seventh session, events.statedoers and events.storysides):
a government's armed act is its forces', an arrest by the state its police's, an act ordered by a
ruler his military's, fighters (not their kin) surrender, a victim who fought alongside a force is of
it, who tells of his own fight is its other side, a strike aimed at an armed actor hits it, and a
definite act noun with no doer takes the doer of the act the paragraph told just before. Each with
near-misses that keep their reading."""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import actor_name, one_news_act

PUB = dt.date(2018, 4, 10)


def _act(pipeline, text: str, sub: str):
    return one_news_act(pipeline, text, sub, published=PUB)


@pytest.mark.parametrize(("text", "sub", "a1"), [
    ("The government bombed rebel positions in Idlib on Monday, killing 12 fighters.",
     "Remote explosive/landmine/IED", "Military Forces of Syria"),
    ("Seven hospitals have been bombed since Monday in eastern Ghouta by the Assad government.",
     "Remote explosive/landmine/IED", "Military Forces of Syria"),
    # a deal stays the government's
    ("The Syrian government signed a ceasefire with the rebels in Idlib on Monday.", "Agreement", "Government of Syria"),
])
def test_a_governments_armed_act_is_its_militarys(pipeline, text: str, sub: str, a1: str) -> None:
    assert actor_name(_act(pipeline, text, sub).actor1) == a1


@pytest.mark.parametrize(("text", "a1"), [
    ("The journalist Tendai Moyo has been detained by the state in Harare on Monday.", "Police Forces of Zimbabwe"),
    ("Three activists were arrested by the authorities in Harare on Monday.", "Police Forces of Zimbabwe"),
    # near-miss: soldiers who arrest are soldiers
    ("Three activists were arrested by soldiers in Harare on Monday.", "Military Forces of Zimbabwe"),
])
def test_an_arrest_by_the_state_is_its_polices(pipeline, text: str, a1: str) -> None:
    assert actor_name(_act(pipeline, text, "Arrests").actor1) == a1


@pytest.mark.parametrize("text", [
    "A chemical attack, orchestrated by Bashar al-Assad, killed 40 people in Douma on Saturday.",
    "A gas attack ordered by the Syrian president killed 40 people in Douma on Saturday.",
])
def test_an_act_orchestrated_by_a_ruler_is_his_militarys(pipeline, text: str) -> None:
    r = _act(pipeline, text, "Chemical weapon")
    assert actor_name(r.actor1) == "Military Forces of Syria"


def test_an_act_planned_by_a_person_of_no_known_state_is_not_a_military(pipeline) -> None:
    r = _act(pipeline, "A bombing planned by Ahmed Musa killed 12 people in Kabul on Monday.",
             "Remote explosive/landmine/IED")
    assert not (actor_name(r.actor1) or "").startswith("Military Forces")


@pytest.mark.parametrize("text", [
    "Reports spoke of Taliban fighters and their families surrendering to Afghan forces near Kunduz on Monday.",
    "Some 200 Taliban fighters and their families surrendered to Afghan forces in Kunduz on Monday.",
])
def test_fighters_not_their_kin_surrender(pipeline, text: str) -> None:
    r = _act(pipeline, text, "Agreement")
    assert (actor_name(r.actor1) or "").startswith("Taliban")
    assert actor_name(r.actor2) == "Military Forces of Afghanistan"


def test_a_victim_serving_with_a_force_is_of_it(pipeline) -> None:
    r = _act(pipeline, "An American volunteer serving with the YPG was killed by Turkish shelling in Afrin on Monday.",
             "Shelling/artillery/missile attack")
    assert (actor_name(r.actor2) or "").startswith("YPG")


def test_a_victim_serving_with_an_aid_body_is_no_force(pipeline) -> None:
    r = _act(pipeline, "A British aid worker serving with the Red Cross was killed by Turkish shelling in Afrin on Monday.",
             "Shelling/artillery/missile attack")
    assert r.actor2 is None or (r.actor2.inter or 0) == 7


@pytest.mark.parametrize("teller", ["A spokesman for the Free Syrian Army", "Ahmed Karim, a spokesman for the Free Syrian Army,"])
def test_who_tells_of_his_fight_is_its_other_side(pipeline, teller: str) -> None:
    r = _act(pipeline, f"{teller} said attempted advances by regime forces near Idlib had "
                       "been thwarted on Monday but that fierce battles were raging.", "Armed clash")
    assert actor_name(r.actor1) == "Military Forces of Syria"
    assert actor_name(r.actor2) == "Opposition Rebels (Syria)"


def test_a_teller_who_fought_beside_the_doer_is_no_foe(pipeline) -> None:
    r = _act(pipeline, "Rebels say they conducted most of the fighting in Afrin on Monday, backed by Turkish artillery.",
             "Armed clash")
    assert not (actor_name(r.actor2) or "").startswith("Opposition Rebels")


@pytest.mark.parametrize(("target", "a2"), [("the Syrian regime", "Military Forces of Syria"), ("the town of Douma", None)])
def test_a_strike_aimed_at_an_armed_actor_hits_it(pipeline, target: str, a2: str | None) -> None:
    r = _act(pipeline, f"On Saturday, missiles and planes from the US flew at {target}.", "Shelling/artillery/missile attack")
    assert actor_name(r.actor2) == a2


PARA = "Tens of thousands of people fled {} assault on Idlib this week.{}The number of refugees doubled amid the " \
       "bombardment of hospitals on Monday."


def test_an_act_told_again_takes_the_doer_of_the_paragraphs_act(pipeline) -> None:
    r = _act(pipeline, PARA.format("a government", " "), "Shelling/artillery/missile attack")
    assert actor_name(r.actor1) == "Military Forces of Syria"


@pytest.mark.parametrize(("who", "gap"), [("a fresh", " "), ("a government", "\n\n")])
def test_an_act_told_again_with_no_doer_before_it_in_its_paragraph_keeps_none(pipeline, who: str, gap: str) -> None:
    r = _act(pipeline, PARA.format(who, gap), "Shelling/artillery/missile attack")
    assert not (actor_name(r.actor1) or "").startswith("Military Forces")


@pytest.mark.parametrize(("phrase", "name"), [
    ("Bashar al-Assad's regime", "Military Forces of Syria"),
    ("al-Assad’s forces", "Military Forces of Syria"),
    ("the Assad regime", "Military Forces of Syria"),
])
def test_a_rulers_name_with_its_article_names_his_country(phrase: str, name: str) -> None:
    from eventwire.actors.rules import generic_actor, read_phrase

    reading = read_phrase(phrase)
    assert reading is not None and actor_name(generic_actor(reading, None)) == name


def test_an_agreement_with_a_rulers_regime_names_it(pipeline) -> None:
    r = _act(pipeline, "The agreement between Bashar al-Assad's regime and Hayat Tahrir al-Sham ended a three-year "
                       "siege of two towns in Idlib on Thursday.", "Agreement")
    assert actor_name(r.actor1) == "Military Forces of Syria"
    assert (actor_name(r.actor2) or "").startswith("Hayat Tahrir")
