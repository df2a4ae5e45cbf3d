"""Merging keeps every toll of one event: two acts of the same actor pair, place and day told in one
sentence (the second under "hours after") are one event whose toll is both figures; a toll told
again in a later sentence is not added twice."""

from __future__ import annotations

import pytest

from events_helpers import reports_of

pytestmark = pytest.mark.slow


def _news(pipeline, text):
    return [r for r in reports_of(pipeline, text) if not r.background]


def test_same_day_acts_in_one_sentence_add_their_tolls(pipeline):
    reports = _news(pipeline, "Gunmen killed five farmers in Gusau on Monday, hours after gunmen killed three "
                              "traders in the town.")
    assert [(r.sub_event_type, r.fatalities.count) for r in reports] == [("Attack", 8)]


def test_acts_a_day_apart_stay_two_events(pipeline):
    reports = _news(pipeline, "Gunmen killed five farmers in Gusau on Monday, a day after gunmen killed three "
                              "traders in the town.")
    assert sorted(r.fatalities.count for r in reports) == [3, 5]
    assert len({r.date.value for r in reports}) == 2


def test_a_toll_told_again_is_not_added(pipeline):
    reports = _news(pipeline, "Gunmen killed five farmers in Gusau on Monday. The five farmers were killed "
                              "while working in their fields, police said.")
    assert [r.fatalities.count for r in reports] == [5]
