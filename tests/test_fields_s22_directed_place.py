"""The main event's place when its report names a compass part of a country ("in northwest
Nigeria"): the article's places in that part, not a busier place elsewhere in the country
(``evaluate.directed_place``). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.evaluate.directed_place import compass_bearing, directed_location, lies_toward
from eventwire.evaluate.predict import fields_of
from eventwire.records import Article


@pytest.mark.parametrize(("text", "bearing"), [
    ("northwest Nigeria", 135.0), ("eastern Congo", 0.0), ("the south of Sudan", -90.0),
    ("north-east India", 45.0), ("Southwestern Uganda", -135.0), ("western Kenya", 180.0),
])
def test_compass_bearing(text, bearing):
    assert compass_bearing(text) == pytest.approx(bearing)


@pytest.mark.parametrize("text", ["Nigeria", "near Kano", "the outskirts of Westminster"])
def test_no_compass_word(text):
    assert compass_bearing(text) is None


def test_lies_toward():
    origin = {"origin_lat": 10.0, "origin_lon": 8.0}
    nw = compass_bearing("northwest")
    assert lies_toward(12.2, 6.6, bearing=nw, **origin)          # north-west of the point
    assert lies_toward(12.5, 7.6, bearing=nw, **origin)          # mostly north: still within the spread
    assert not lies_toward(6.5, 3.4, bearing=nw, **origin)       # south-west
    assert not lies_toward(11.8, 13.2, bearing=nw, **origin)     # north-east
    assert not lies_toward(10.1, 7.9, bearing=nw, **origin)      # the centre lies in no direction


def _article(pipeline, title: str, body: str) -> Article:
    a = Article(id="t", text=f"{title}\n\n{body}", source="t", title=title, published=dt.date(2024, 3, 12))
    return next(iter(pipeline.pipe([a])))


_LATER = ("In Lagos, police arrested a man over the kidnapping of a businessman last week. Lagos police said "
          "the suspect was held in Ikeja. Protesters marched in Lagos on Monday.")


def test_part_of_country_picks_a_place_there(pipeline):
    a = _article(pipeline, "Gunmen abduct dozens of pupils in Nigeria",
                 "Gunmen kidnapped 40 pupils from a boarding school in northwest Nigeria on Sunday, police said.\n\n"
                 "The pupils were taken from their dormitory in Zamfara state at night, a teacher said.\n\n" + _LATER)
    out = fields_of(pipeline, a)
    assert out["country"] == "NGA"
    assert out["admin1"] == "Zamfara State"  # not Lagos, in the country's south-west


def test_chosen_place_in_that_part_is_kept(pipeline):
    a = _article(pipeline, "Gunmen abduct dozens of pupils in Nigeria",
                 "Gunmen kidnapped 40 pupils from a boarding school in southwest Nigeria on Sunday, police said.\n\n"
                 "The pupils were taken from their dormitory in Zamfara state at night, a teacher said.\n\n" + _LATER)
    assert a.reports[a.main_event.report].location.text == "southwest Nigeria"
    assert directed_location(a, a.main_event) is None  # Lagos lies in the south-west: no change
