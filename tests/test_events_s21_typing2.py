"""Sub-event typing, twenty-first session, second pass: a place taken by mutinous soldiers is taken by a
non-state side ("Mutiny of Military Forces of X", a political militia), so it is "Non-state actor overtakes
territory", not a government retaking; loyal troops retaking a place from mutineers stay the government's.
Sentences written for these tests."""

from __future__ import annotations

from events_helpers import reports_of
from eventwire.events.foreignland import mutiny_taking
from eventwire.records import Actor


def test_mutiny_taking_reads_the_actor() -> None:
    mutiny = Actor(name="Mutiny of Military Forces of Mali", inter=3)
    army = Actor(name="Military Forces of Mali", inter=1)
    assert mutiny_taking("Government regains territory", mutiny) == "Non-state actor overtakes territory"
    assert mutiny_taking("Government regains territory", army) == "Government regains territory"
    assert mutiny_taking("Armed clash", mutiny) == "Armed clash"


def test_mutineers_take_a_building(pipeline) -> None:
    reps = reports_of(pipeline, "Mutinous troops took over the national radio station in the capital of Mali on Tuesday.")
    subs = [r.sub_event_type for r in reps]
    assert "Non-state actor overtakes territory" in subs
    assert "Government regains territory" not in subs


def test_loyal_troops_retake_from_mutineers(pipeline) -> None:
    reps = reports_of(pipeline, "Loyal troops retook the national radio station in the capital of Mali from the mutineers on Tuesday.")
    assert "Non-state actor overtakes territory" not in [r.sub_event_type for r in reps]
