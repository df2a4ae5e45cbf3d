"""Merging keys (events/mergekeys.py): one incident told twice in an article is one event when one sentence
names the doer and the other does not, when the two kinds are words for one act (shelling and an air
strike, a capture taken and lost, an arrest and a disappearance with no doer), at one town on one day with
victims that agree. Near misses keep two events: two towns, two days, another toll, a further act, a
clash and a later massacre, a kidnapping by gunmen beside an arrest, a capture and its recapture."""

from __future__ import annotations

import pytest

from events_helpers import reports_of, show_reports
from eventwire.events import mergekeys
from eventwire.events.merging import merge_reports
from eventwire.records import Actor, DateValue, EventReport, Evidence, Fatalities, PlaceMention

FILLER = "Aid groups appealed for help. Schools were closed across the province."


def _acts(pipeline, text: str) -> list[EventReport]:
    return [r for r in reports_of(pipeline, text) if not r.background]


# -- a doer named in one sentence only -----------------------------------------------------------------
def test_a_shelling_told_without_its_doer_and_with_it_is_one_event(pipeline):
    acts = _acts(pipeline, f"Shells hit the town of Saraqeb on Monday, killing four civilians, a monitor said. "
                           f"{FILLER} Government forces shelled Saraqeb on Monday, residents said.")
    assert len(acts) == 1, show_reports(acts)
    assert acts[0].actor1 is not None and acts[0].actor1.name == "Military Forces of Syria"
    assert acts[0].fatalities.count == 4


@pytest.mark.parametrize("second", [
    "Government forces shelled Ariha on Monday, residents said.",  # another town
    "Government forces shelled Saraqeb again on Tuesday, killing two, residents said.",  # another day
])
def test_shellings_of_two_towns_or_two_days_stay_two(pipeline, second):
    acts = _acts(pipeline, f"Shells hit the town of Saraqeb on Monday, killing four civilians, a monitor said. "
                           f"Aid groups appealed for help. {second}")
    assert len(acts) == 2, show_reports(acts)


# -- one act told as two kinds -------------------------------------------------------------------------
def test_an_air_strike_told_again_as_shelling_is_one_event(pipeline):
    acts = _acts(pipeline, f"Warplanes bombed Saraqeb on Monday, killing four civilians, a monitor said. {FILLER} "
                           "Saraqeb was shelled on Monday, residents said.")
    assert [(r.sub_event_type, r.fatalities.count) for r in acts] == [("Air/drone strike", 4)], show_reports(acts)


@pytest.mark.parametrize("second", [
    "Rebels shelled Saraqeb on Monday, killing two soldiers, the army said.",  # other victims, other toll
    "Artillery also pounded Saraqeb on Monday, residents said.",  # a further act
])
def test_a_strike_and_another_shelling_stay_two(pipeline, second):
    acts = _acts(pipeline, f"Warplanes bombed Saraqeb on Monday, killing four civilians, a monitor said. {FILLER} "
                           f"{second}")
    assert len(acts) == 2, show_reports(acts)


@pytest.mark.parametrize("second", [
    "The editor was taken away in Pernik on Thursday and is being held incommunicado.",
    "He was abducted from his home in Pernik on Thursday, his wife said.",
])
def test_an_arrest_told_again_as_a_disappearance_is_one_arrest(pipeline, second):
    acts = _acts(pipeline, f"Police arrested the editor of a weekly newspaper in Pernik on Thursday. Colleagues "
                           f"condemned the move. {second}")
    assert [r.sub_event_type for r in acts] == ["Arrests"], show_reports(acts)


def test_a_kidnapping_by_gunmen_beside_an_arrest_stays_two(pipeline):
    acts = _acts(pipeline, "Gunmen abducted a trader in Kaduna on Monday. Aid groups appealed for help. "
                           "Police arrested two students in Kaduna on Monday.")
    assert sorted(r.sub_event_type for r in acts) == ["Abduction/forced disappearance", "Arrests"]


def test_a_clash_and_a_later_massacre_in_one_town_stay_two(pipeline):
    acts = _acts(pipeline, "Soldiers clashed with militants in Maiduguri on Monday. Aid groups appealed for help. "
                           "On Thursday gunmen killed 20 villagers in Maiduguri.")
    assert sorted(r.sub_event_type for r in acts) == ["Armed clash", "Attack"]


# -- a capture summed up in an undated lead and told in the body ---------------------------------------------
REBELS = Actor("M23: March 23 Movement", 2)
ARMY = Actor("Military Forces of the Democratic Republic of Congo", 1)


def _capture(text: str, start: int, sub: str, *, day: str | None, a1: Actor | None = None,
             a2: Actor | None = None) -> EventReport:
    event = "Battles"
    return EventReport(event_type=event, sub_event_type=sub, disorder_type="Political violence",
                       evidence=Evidence(text, start, start + len(text)), actor1=a1, actor2=a2,
                       location=PlaceMention(start, start + 4, "Goma"),
                       date=DateValue(day, 1 if day else None, "on Sunday" if day else None,
                                      None if day else "no date in the text"),
                       fatalities=Fatalities(0, None))


def test_an_undated_lead_and_the_body_s_capture_are_one_capture_told_by_the_body():
    lead = _capture("The rebels swept into Goma, seizing control from the army.", 0,
                    "Government regains territory", day=None, a2=ARMY)
    body = _capture("The fall of Goma on Sunday sent thousands fleeing.", 400,
                    "Non-state actor overtakes territory", day="2024-05-12")
    merged = merge_reports([lead, body])
    assert [(r.sub_event_type, r.date.value, r.evidence.start) for r in merged] == [
        ("Non-state actor overtakes territory", "2024-05-12", 400)]  # the body's account of its day
    assert merged[0].actor2 is ARMY  # what the lead told of it stays


def test_a_capture_and_its_recapture_by_the_other_side_stay_two():
    lead = _capture("Rebels seized Goma.", 0, "Non-state actor overtakes territory", day=None, a1=REBELS)
    body = _capture("Government troops recaptured Goma on Sunday.", 400, "Government regains territory",
                    day="2024-05-12", a1=ARMY)
    assert not mergekeys.kinds_alike(lead, body)
    assert len(merge_reports([lead, body])) == 2
