"""Typing errors found by probing wire reports, twelfth session: short reports written for these tests
from ACLED's definitions, each of which the rules typed wrongly before.

The mechanisms: a salvo of which only part was intercepted is the attack, and a partial interception
told in the next sentence is part of it, no disrupted weapons use (``intercepts.partly_intercepted``);
fighters "killed in a strike" with no fighting told were struck, not in a clash between two unnamed groups
(``intercepts.killed_in_strike``); a clash told only as the time ("after the clashes") of soldiers killing
civilians is an attack on civilians (``priorclash``). Negatives keep their own types."""

from __future__ import annotations

import pytest

from events_helpers import reports_of, type_of

SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
DWU = "Disrupted weapons use"


def _subs(pipeline, text: str) -> list[str]:
    return [r.sub_event_type for r in reports_of(pipeline, text)]


# -- 1. partial interceptions ------------------------------------------------------------------------

def test_salvo_mostly_intercepted_in_same_sentence_is_the_attack(pipeline) -> None:
    reports = reports_of(pipeline, "Hezbollah launched dozens of rockets at northern Israel on Tuesday, "
                                   "most of which were intercepted.")
    assert [r.sub_event_type for r in reports] == [SHELL]
    assert reports[0].actor1 is not None and "Hezbollah" in reports[0].actor1.name


def test_salvo_with_but_most_intercepted_is_the_attack() -> None:
    assert type_of("Hezbollah fired dozens of rockets at northern Israel, but most were intercepted "
                   "by the Iron Dome.") == SHELL


def test_drones_partly_shot_down_are_a_drone_strike_by_the_launcher(pipeline) -> None:
    reports = reports_of(pipeline, "Russia launched 35 drones at Kyiv overnight, 30 of which were shot down "
                                   "by air defences.")
    assert [r.sub_event_type for r in reports] == [AIR]
    assert reports[0].actor1 is not None and "Russia" in reports[0].actor1.name


def test_partial_interception_told_next_is_no_event_of_its_own(pipeline) -> None:
    subs = _subs(pipeline, "Hezbollah fired dozens of rockets at northern Israel on Tuesday. "
                           "The Israeli military said most of the rockets were intercepted.")
    assert subs == [SHELL]


@pytest.mark.parametrize("text", [
    "Hezbollah fired three rockets at northern Israel on Tuesday, all of which were intercepted.",
    "Air defences shot down 30 of the 35 drones launched at Kyiv overnight.",
])
def test_full_or_standalone_interceptions_stay_disrupted(text: str) -> None:
    assert type_of(text) == DWU


# -- 3. killed in a strike ---------------------------------------------------------------------------

def test_fighters_killed_in_a_strike_are_struck_not_in_a_clash(pipeline) -> None:
    reports = reports_of(pipeline, "Hamas said three of its fighters were killed in a separate strike "
                                   "in Rafah on Monday.")
    assert [r.sub_event_type for r in reports] == [AIR]
    assert reports[0].actor2 is not None and "Hamas" in reports[0].actor2.name
    assert reports[0].actor1 is None or "Hamas" not in reports[0].actor1.name


def test_killed_in_a_missile_strike_is_a_missile_attack() -> None:
    assert type_of("Hezbollah said two of its members were killed in a missile strike in southern "
                   "Lebanon on Monday.") == SHELL


@pytest.mark.parametrize(("text", "sub"), [
    ("Five soldiers were killed in clashes with rebels and a strike near Goma on Monday.", "Armed clash"),
    ("Police killed two workers during a strike at the mine on Monday.", "Attack"),
])
def test_strike_negatives_keep_their_type(text: str, sub: str) -> None:
    assert type_of(text) == sub


# -- 2. a clash as the time of a killing of civilians --------------------------------------------------

def test_soldiers_killing_civilians_after_clashes_is_an_attack(pipeline) -> None:
    reports = reports_of(pipeline, "Fighting between the army and Fano militiamen raged in the town of Merawi "
                                   "on Monday. After the clashes, soldiers went house to house killing "
                                   "civilians, residents said.")
    subs = [r.sub_event_type for r in reports]
    assert "Attack" in subs
    attack = reports[subs.index("Attack")]
    assert attack.actor2 is not None and attack.actor2.inter == 7
    assert attack.actor1 is not None and attack.actor1.inter == 1


def test_territory_taken_after_clashes_is_no_attack() -> None:
    assert type_of("After the clashes, the army took control of Merawi on Monday.") != "Attack"


@pytest.mark.parametrize(("text", "group"), [
    ("Islamic Jihad said two of its commanders were killed in a strike on a car in Gaza City on Monday.", "Jihad"),
    ("Hezbollah said two of its members were killed in a missile strike in southern Lebanon on Monday.",
     "Hezbollah"),
])
def test_the_speakers_own_dead_make_the_speaker_actor_two(pipeline, text: str, group: str) -> None:
    reports = reports_of(pipeline, text)
    assert len(reports) == 1
    assert reports[0].actor2 is not None and group in reports[0].actor2.name


def test_own_members_of_a_speaker_that_is_no_armed_actor_name_no_armed_group(pipeline) -> None:
    reports = reports_of(pipeline, "The party said two of its members were arrested in Lahore on Monday.")
    assert all(r.actor2 is None or (r.actor2.inter or 0) not in (2, 3) for r in reports)
