"""Helper TYPE8 (session 30): the sub-event type of real acts.

- events/protestcause.py: the forces' act that set a demonstration off ("protests broke out after
  police shot a teenager") is its cause, not force on the crowd: the demonstration stays peaceful.
- events/strikemeans.py: "bombed" with no doer named ("they bombed", "was bombed") in a story that tells
  strikes from the air is a bombing from the air, not a planted bomb.

Invented sentences; the near-misses (force on the demonstrators themselves, a named doer, a story with
no strikes from the air) keep their types.
"""

from __future__ import annotations

import pytest

from events_helpers import decisions_of, type_of

PEACEFUL = "Peaceful protest"
EXCESSIVE = "Excessive force against protesters"


@pytest.mark.parametrize("text", [
    "The demonstrations were sparked by footage of a man being shot by police in the capital.",
    "Protests broke out after police shot a teenager.",
])
def test_cause_of_protest_is_no_force_on_it(text: str) -> None:
    assert type_of(text) == PEACEFUL


@pytest.mark.parametrize("text", [
    "Protesters were shot by police after the rally.",  # the demonstrators themselves
    "Three people were killed when police opened fire on protesters after the rally.",
    "Police shot dead two marchers during a protest in the capital.",
    "The protest turned deadly after police opened fire.",  # went on after the act: it met it
    "Three marchers died after police opened fire on the rally.",
])
def test_force_on_demonstrators_stays_excessive(text: str) -> None:
    assert type_of(text) == EXCESSIVE


def _last_type(text: str) -> str | None:
    decisions = decisions_of(text)
    return decisions[-1].sub_event_type if decisions else None


@pytest.mark.parametrize("text", [
    "Air strikes pounded the province on Sunday. Last night they bombed the school.",
    "Warplanes circled the valley all week. Two clinics were bombed on Monday.",
])
def test_unnamed_bombing_in_an_air_war_is_an_air_strike(text: str) -> None:
    assert _last_type(text) == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "Gunmen stormed the market on Sunday. Last night they bombed the school.",  # no strikes from the air told
    "Air strikes pounded the province on Sunday. Militants bombed a church on Monday.",  # a named doer
])
def test_bombing_without_air_story_or_with_named_doer_keeps_its_type(text: str) -> None:
    assert _last_type(text) == "Remote explosive/landmine/IED"
