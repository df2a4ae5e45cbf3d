"""Places that know of an act are no places to split it over (events/knowerplaces.py, session 28, DUP4):
capitals coordinated as the subject of a clause that holds the act in its complement ("Paris and Berlin
are sure the reporter was killed") give one event, not one per capital; places that are the act's own
subject, object or prepositional place are still split."""

from __future__ import annotations

import pytest

from events_helpers import reports_of


@pytest.mark.parametrize("text", [
    "Paris and Berlin are sure the reporter was killed.",
    "The aid worker fled the city with the rebels in June. Washington and London are confident, but not "
    "certain, that the aid worker was killed.",
])
def test_capitals_that_know_of_an_act_give_one_event(pipeline, text):
    acts = [r for r in reports_of(pipeline, text) if r.sub_event_type == "Attack"]
    assert len(acts) == 1
    assert not any(n.startswith("split:") for n in acts[0].notes)


@pytest.mark.parametrize("text", [
    "Gunmen attacked police posts in Kano and Kaduna on Tuesday.",
    "Kano and Kaduna were shelled by soldiers on Tuesday.",
    "Kano and Kaduna saw fighting between gunmen and soldiers on Tuesday.",
])
def test_places_of_the_act_itself_are_still_split(pipeline, text):
    reports = reports_of(pipeline, text)
    assert len(reports) == 2
    assert {r.location.text for r in reports} == {"Kano", "Kaduna"}
