"""A city known the world over (by how many names it has in other languages) against its small
namesakes: country-level context alone does not move it (resolve.Weights.famous_names)."""

from __future__ import annotations

import re
import sqlite3

import pytest

from eventwire.geo.build import SCHEMA, add_fame_column, has_fame
from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.normalize import fold, loose
from eventwire.geo.tagger import GeoTagger


@pytest.fixture(scope="module")
def tagger(geo_tagger) -> GeoTagger:
    return geo_tagger


def _place(tagger, nlp, text: str, name: str):
    got = [p for p in tagger.geoparse(text, doc=nlp(text)) if p.text == name]
    assert got, f"{name!r} not recognised in {text!r}"
    return got[0].place


def test_the_store_keeps_how_many_names_a_place_has(tagger):
    gaz = tagger.gazetteer
    genevas = {(e.cc, e.admin1_code): e.fame for e in gaz.candidates("Geneva") if e.feature_class == "P"}
    assert genevas[("CH", "GE")] >= 30
    assert all(f < 30 for (cc, _a1), f in genevas.items() if cc == "US")


@pytest.mark.parametrize(
    "text",
    [
        # the story's only other places are American: Washington and the country itself
        "Peace talks in Geneva stalled on Tuesday. Washington said the United States would press on, "
        "and American officials blamed Damascus.",
        # ... and New York, whose state holds a small Geneva 350 km away
        "Peace talks in Geneva stalled on Tuesday, diplomats at the Security Council in New York said. "
        "The United States and Russia blamed each other.",
    ],
)
def test_a_renowned_city_is_not_taken_for_a_small_namesake_by_country_context(tagger, nlp, text):
    place = _place(tagger, nlp, text, "Geneva")
    assert place is not None and place.iso == "CHE"


def test_the_namesake_wins_when_the_text_places_it(tagger, nlp):
    place = _place(tagger, nlp, "The fire broke out in Geneva, New York, on Sunday, firefighters said.", "Geneva")
    assert place is not None and place.iso == "USA" and place.admin1 == "New York"
    # towns next to it, not just its country: Geneva, Illinois, west of Chicago
    text = "Storms damaged homes in Geneva, St. Charles and Batavia, west of Chicago, on Sunday."
    place = _place(tagger, nlp, text, "Geneva")
    assert place is not None and place.iso == "USA" and place.admin1 == "Illinois"


def test_a_sizeable_namesake_keeps_its_country_context(tagger, nlp):
    # London, Ontario (400,000 people) is no small town: a Canadian story keeps it on country context alone
    # (no "London, Ontario": with the renown guard for any namesake this London is England's)
    text = (
        "Police in London arrested two men on Sunday, Canadian media reported. Officers from Toronto and "
        "Windsor joined the search."
    )
    place = _place(tagger, nlp, text, "London")
    assert place is not None and place.iso == "CAN"


def test_a_store_built_before_the_fame_column_still_reads(tmp_path):
    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    con.executescript(re.sub(r",\n\s*fame INTEGER[^\n]*", "", SCHEMA))
    assert not has_fame(con)
    con.execute("INSERT INTO meta VALUES ('version', 'old')")
    con.execute(
        "INSERT INTO places VALUES (1, 7, 'Geneva', 46.2, 6.1, 'P', 'PPLA', 'CH', 'CHE', 'Switzerland',"
        " 'GE', 'Geneva', NULL, NULL, 200000, 1, 'cities500')"
    )
    con.execute("INSERT INTO names VALUES (?, ?, 1, 'name', NULL)", (fold("Geneva"), loose("Geneva")))
    con.commit()
    gaz = Gazetteer.open(path)
    (entry,) = gaz.candidates("Geneva")
    assert entry.name == "Geneva" and entry.fame == 0
    gaz.close()
    # an import into such a store adds the column first
    add_fame_column(con)
    assert has_fame(con)
    con.close()
