"""Sixteenth session, the lead's wiring where two helpers' work met.

- A place the sentence names for something other than the scene (``geo.origins`` read by
  ``events.linking``): a victim's home town, the possessor of the place named inside it.
- A report dated by a backward shift ("... the previous day") is a flashback: its day is not the story's
  day for the sentences after it (``events.extractor`` reads ``eventwire.dayshift``).

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from events_helpers import act_places, reports_of
from events_helpers import news_acts as _acts
from events_helpers import show_reports as _show

WED = dt.date(2025, 5, 14)  # a Wednesday


def _places(pipeline, text):
    return act_places(pipeline, text, published=WED)


def test_a_victims_home_town_is_not_the_scene(pipeline):
    assert _places(pipeline, "A man from Jenin was shot dead by Israeli forces in Nablus on Tuesday, "
                             "Palestinian health officials said.") == ["Nablus"]


def test_a_home_town_alone_stays_the_place(pipeline):
    places = _places(pipeline, "Israeli forces shot dead a man in Jenin on Tuesday, Palestinian health "
                               "officials said.")
    assert places in (["Jenin"], ["Janīn"])  # the gazetteer's spelling


def test_a_flashback_day_does_not_date_what_follows(pipeline):
    text = ("Protesters rallied again in Yangon on Monday.\n\n"
            "Many wore hard hats to protect themselves from security forces, who shot dead four protesters "
            "in the city the previous day.\n\n"
            "Crowds also marched in Mandalay, chanting slogans against the junta.")
    acts = _acts(reports_of(pipeline, text, published=dt.date(2024, 5, 8)))
    days = {r.location.place.name if r.location and r.location.place else None: r.date.value for r in acts}
    assert days.get("Mandalay") is not None and days["Mandalay"] == "2024-05-06", _show(acts)
