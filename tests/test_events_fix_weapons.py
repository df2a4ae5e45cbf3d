"""Typing fixes in the means / weapons area: natural "strikes" are no air strikes, a device told as
having gone off is no disrupted weapons use, "March" inside a demonstration's name is no month,
houses entered are no territory, people held as slaves or hostages are no arrest."""

from __future__ import annotations

import pytest

from events_helpers import nlp_index, type_of
from eventwire.events.cuefilter import _named_march
from eventwire.events.weapons import went_off_clause

AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
DISRUPT = "Disrupted weapons use"


# --- (1) strikes from nature ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Lightning strikes killed nine cattle herders in the north of the country on Sunday.",
        "A lightning strike killed four pupils sheltering under a tree near their school.",
        "Thunderbolt strikes left six farmers dead in two districts.",
    ],
)
def test_natural_strikes_are_no_air_strike(text: str) -> None:
    assert type_of(text) != AIR


@pytest.mark.parametrize(
    "text",
    [
        "A US strike killed three militants in Somalia on Tuesday.",
        "Coalition strikes hit Islamic State positions near the town.",
    ],
)
def test_state_strikes_stay_air_strikes(text: str) -> None:
    assert type_of(text) == AIR


# --- (2) a device told as having gone off ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police recovered the device that was planted and detonated near the army convoy.", IED),
        ("Investigators found the remains of the bomb that tore through the minibus.", IED),
    ],
)
def test_device_that_went_off_is_no_disrupted_use(text: str, expected: str) -> None:
    assert type_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police discovered a bomb that had been hidden under a bridge on the main road.",
        "A parcel bomb that was addressed to the governor was intercepted at the post office.",
        "Soldiers found an explosive device that failed to explode near the market.",
    ],
)
def test_device_not_gone_off_stays_disrupted(text: str) -> None:
    assert type_of(text) == DISRUPT


def test_went_off_clause_reads_the_relative_clause() -> None:
    nlp, _idx = nlp_index()
    went = nlp("The bomb that hit the patrol vehicle was made locally.")
    assert went_off_clause(next(t for t in went if t.lower_ == "bomb"))
    failed = nlp("The bomb that did not explode was made locally.")
    assert not went_off_clause(next(t for t in failed if t.lower_ == "bomb"))
    planted = nlp("The bomb that was planted under the bridge was made locally.")
    assert not went_off_clause(next(t for t in planted if t.lower_ == "bomb"))


# --- (3) "March" in a name and as the month ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Thousands of farmers took part in the Great March of Return along the highway.",
        "Hundreds of students joined the Long March to the capital on Friday.",
    ],
)
def test_march_in_a_name_is_a_protest(text: str) -> None:
    assert type_of(text) == "Peaceful protest"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Thousands joined the Great March of Return near the fence.", True),
        ("The rebels took the town on 12 March.", False),
        ("The town fell in March 2019.", False),
        ("By the end of March the town had fallen.", False),
        ("In March the army retook the town.", False),
    ],
)
def test_named_march(text: str, named: bool) -> None:
    nlp, _idx = nlp_index()
    doc = nlp(text)
    assert _named_march(next(t for t in doc if t.text == "March")) is named


def test_month_march_is_no_protest() -> None:
    assert type_of("The rebels captured the town of Kidal in March 2012.") != "Peaceful protest"


# --- (4) houses entered are no territory ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers entered two houses in the village and shot dead four men.",
        "Police entered the building and killed the suspect.",
    ],
)
def test_entering_houses_is_no_territory(text: str) -> None:
    sub = type_of(text)
    assert sub is not None and "territory" not in sub


def test_entering_a_town_is_still_territory() -> None:
    assert type_of("The army entered Raqqa on Monday after days of heavy fighting.") in (
        "Government regains territory", "Armed clash",
    )


# --- (7) held as slaves / hostages is no arrest -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The group held Yazidi girls as sex slaves in Mosul, where they were raped.",
        "Militants held dozens of women as sex slaves for months.",
        "Boko Haram fighters held the schoolgirls in the forest and raped several of them.",
    ],
)
def test_held_as_slaves_is_sexual_violence(text: str) -> None:
    assert type_of(text) == "Sexual violence"


def test_police_holding_suspects_is_no_captivity() -> None:
    from eventwire.events.cuefilter import _held_captive

    nlp, idx = nlp_index()
    doc = nlp("Police held three suspects for questioning after the riot.")
    held = next(t for t in doc if t.lower_ == "held")
    assert not _held_captive(held, idx.match(doc[:]))
    doc2 = nlp("The gunmen held the passengers hostage for two days.")
    held2 = next(t for t in doc2 if t.lower_ == "held")
    assert _held_captive(held2, idx.match(doc2[:]))


# --- (5) a party's organised wing is a militia, not a mob --------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "organised"),
    [
        ("Activists of the ruling party's youth wing attacked the office.", "Activists", True),
        ("Youth wing members of the party stabbed a trader.", "members", True),
        ("Cadres of the ruling party beat two journalists.", "Cadres", True),
        ("Supporters of the ruling party attacked the office.", "Supporters", False),
        ("Residents of the village beat a thief.", "Residents", False),
    ],
)
def test_organised_wing(text: str, word: str, organised: bool) -> None:
    from eventwire.events.violence import organised_wing

    nlp, _idx = nlp_index()
    doc = nlp(text)
    assert organised_wing(next(t for t in doc if t.text == word)) is organised


def test_wing_members_shooting_is_an_attack() -> None:
    assert type_of("Youth wing members of the ruling party shot dead a local trader in the market.") == "Attack"


def test_youth_wing_killing_is_an_attack() -> None:
    # the victim, "an opposition organiser", is a party's person, not an armed opposition (violence._outsider)
    assert type_of("Members of the ruling party's youth wing stabbed an opposition organiser to death.") == "Attack"


def test_experiencers_of_a_killing_are_no_doers() -> None:
    assert type_of("Villagers were shocked by the killing of seven herders by gunmen near the river.") == "Attack"

