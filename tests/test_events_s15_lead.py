"""Fifteenth session, the lead's fixes where two helpers' work met.

- A weapon's launch place is no scene when the sentence names where it struck (``geo.launch`` read by
  ``events.linking``): "Rockets fired from Gaza struck Ashkelon" is in Ashkelon; with no target told
  ("fired rockets from Gaza on Tuesday") the launch place stays the only place.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from events_helpers import news_acts as _acts
from events_helpers import reports_of
from events_helpers import show_reports as _show

WED = dt.date(2025, 5, 14)  # a Wednesday


def _places(pipeline, text):
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert acts, _show(acts)
    return [r.location.place.name if r.location is not None and r.location.place is not None else None
            for r in acts]


def test_rockets_from_a_launch_place_are_where_they_struck(pipeline):
    assert _places(pipeline, "Rockets fired from Gaza struck Ashkelon on Tuesday, wounding two people, "
                             "Israeli police said.") == ["Ashkelon"]


def test_drone_launched_from_a_country_is_where_it_hit(pipeline):
    assert _places(pipeline, "A drone launched from Yemen hit Eilat on Monday, injuring three people.") == ["Eilat"]


def test_launch_place_stays_when_no_target_is_told(pipeline):
    assert _places(pipeline, "Militants fired rockets from Gaza on Tuesday, the Israeli army said.") == ["Gaza"]
