"""Twenty-fourth session, the lead's fixes from reading the events of the unlabelled speed articles.

- A group's dead summed to date "in action" ("Twenty-nine of them have been killed in action") is a
  tally, no act; the same words with a day or a place are an act (``events.tallies``).
- A partitive's "of" phrase is not part of its figure: "Twenty-nine of them were killed" is 29 dead,
  not 9 (``events.tollfigures.number_tokens``; the unit cases are in ``test_events_fatalities``).

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import news_acts, reports_of, show_reports

SUN = dt.date(2025, 5, 18)


@pytest.mark.parametrize("text", [
    "The study profiles 60 foreign volunteers and their motives. Twenty-nine of them have been killed in action.",
    "More than 100 of its fighters have died in action, the group said.",
])
def test_losses_in_action_summed_to_date_are_no_act(pipeline, text):
    acts = news_acts(reports_of(pipeline, text, published=SUN))
    assert acts == [], show_reports(acts)


@pytest.mark.parametrize(("text", "dead"), [
    ("Two soldiers were killed in action in Donetsk on Friday.", 2),
    ("Two soldiers have been killed in action near Bakhmut, the ministry said on Saturday.", 2),
    ("Twenty-nine of them were killed in an ambush near Djibo on Friday.", 29),
])
def test_deaths_in_action_with_a_day_or_place_stay_acts(pipeline, text, dead):
    acts = news_acts(reports_of(pipeline, text, published=SUN))
    assert [r.fatalities.count for r in acts] == [dead], show_reports(acts)
