"""Sub-event typing, fifteenth session (crowds, protest levels, group changes): short reports written for
these tests in the style of wire snippets, each typed wrongly before.

The mechanisms: demonstrators toppling a statue or tearing down gates damage property, which makes a
violent demonstration (``crowd.RIOT_ACTS``); forces clubbing a sit-in (the parse splits "sit-in"), leaving
people in critical condition, bayoneting demonstrators (``crowdforce.severe_beating``) or demonstrators
bleeding to death (``protestlevel.lethal_on_protesters``) is excessive force; state forces firing on a
crowd that demands something is excessive force, not an attack on civilians, and an unarmed crowd (taxi
riders, a crowd) beating a person is mob violence (``crowdharm``); an armed group recruiting teenagers
(``strategic.change_happened``) or announcing it resumes hostilities (``groupacts``) changes its activity;
a place an army says "it had recovered" is a regain (``handover``), a town entered "before being pushed
back" was not taken (``turns.reversed_capture``: an Armed clash); an offensive prepared "to retake the
town" is only planned (``plans``). Neighbours keep their own types."""

from __future__ import annotations

import pytest

from events_helpers import nlp_index, type_of
from eventwire.events.crowdharm import crowd_assault, fired_on_demonstrators
from eventwire.events.groupacts import group_acts
from eventwire.events.plans import planned_act

VD = "Violent demonstration"
EF = "Excessive force against protesters"
PI = "Protest with intervention"
MOB = "Mob violence"
CH = "Change to group/activity"

FIXED = [
    ("Protesters toppled the statue of a former king in the town square on Sunday.", VD),
    ("Marchers tore down the gates of the governor's office and occupied its courtyard.", VD),
    ("Police clubbed a sit-in of nurses, leaving two of them with fractured skulls.", EF),
    ("Soldiers killed twelve people when they fired on a crowd demanding the return of civilian rule.", EF),
    ("Soldiers bayoneted and badly wounded demonstrators who had sat down on the highway.", EF),
    ("Motorcycle taxi riders attacked a lorry driver after the crash, beating him unconscious.", MOB),
    ("A crowd in the market set upon a policeman who had shot a trader, beating him badly.", MOB),
    ("The rebel coalition said it was quitting the peace accord and resuming hostilities.", CH),
    ("The Sudanese army said it had recovered the locality of Um Rawaba from the RSF.", "Government regains territory"),
    ("Fighters briefly entered the town before being pushed back by soldiers.", "Armed clash"),
]

NEIGHBOURS = [
    ("Police beat peaceful marchers with iron rods, leaving four in critical condition.", EF),
    ("Three protesters bled to death after police fired into the crowd in the main square.", EF),
    ("Police fired tear gas to disperse a crowd demanding the release of the opposition leader.", PI),
    ("Soldiers killed five villagers accused of helping the rebels.", "Attack"),
    ("Demonstrators burned an effigy of the president outside parliament.", "Peaceful protest"),
    ("Protesters marched against the killing of two students by police.", "Peaceful protest"),
    ("The company has recruited 500 workers for the new plant.", None),
    ("The army said the rebels resumed their attacks on the town, killing four soldiers.", "Armed clash"),
    ("The army said it was preparing an offensive after the rebels killed 12 soldiers.", "Armed clash"),
    ("Troops recovered the bodies of six soldiers near the border.", None),
    ("Troops recaptured the town after the rebels were pushed back.", "Government regains territory"),
    ("Rebels captured the town after soldiers were pushed back.", "Non-state actor overtakes territory"),
]


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_probe_types(text: str, expected: str | None) -> None:
    assert type_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEIGHBOURS)
def test_neighbours_keep_their_types(text: str, expected: str | None) -> None:
    assert type_of(text) == expected


def _sent(text: str):
    nlp, _idx = nlp_index()
    return next(nlp(text).sents)


def test_fired_on_demonstrators_needs_a_demonstrating_crowd_and_state_shooters() -> None:
    sent = _sent("Troops fired on a crowd demanding the release of prisoners.")
    assert fired_on_demonstrators(sent, [], None)
    assert not fired_on_demonstrators(_sent("Troops fired on a crowd at the market."), [], None)
    assert not fired_on_demonstrators(_sent("Troops fired into the air to scatter a crowd demanding food."), [], None)
    assert not fired_on_demonstrators(_sent("Gunmen fired on a crowd demanding the release of prisoners."), [], None)


def test_crowd_assault_leaves_out_armed_doers_and_communities() -> None:
    sent = _sent("Traders beat a suspected thief in the market.")
    beat = next(t for t in sent if t.lower_ == "beat")
    assert crowd_assault(sent, beat, sent[0], None)
    sent = _sent("Villagers beat a herder near the river.")
    beat = next(t for t in sent if t.lower_ == "beat")
    assert not crowd_assault(sent, beat, sent[0], None)
    sent = _sent("Youths armed with guns attacked a driver.")
    attacked = next(t for t in sent if t.lower_ == "attacked")
    assert not crowd_assault(sent, attacked, sent[0], None)


def test_group_acts_read_splits_and_boycotts() -> None:
    split = group_acts(_sent("A faction of the rebel group broke away to form a new movement."), [])
    assert [h.phrase for h in split] == ["group split"]
    boycott = group_acts(_sent("The rebels said they would boycott the elections."), [])
    assert [h.phrase for h in boycott] == ["vote boycotted"]
    assert group_acts(_sent("Fighting broke out in the town."), []) == []
    assert group_acts(_sent("The opposition party said it would not boycott the elections."), []) == []


def test_an_offensive_prepared_to_retake_a_town_is_planned() -> None:
    sent = _sent("The army said it was preparing an offensive to retake the town.")
    assert planned_act(sent, next(t for t in sent if t.lower_ == "offensive"))
    sent = _sent("The army said it was preparing an offensive after the rebels killed 12 soldiers.")
    assert not planned_act(sent, next(t for t in sent if t.lower_ == "offensive"))
