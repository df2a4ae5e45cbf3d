"""Eleventh session, geoparsing: an organisation that spaCy reads as "the <name>", whose name is also a
hamlet's ("according to the Red Cross"), is no place; a capitalised place noun inside a longer name
("Liberation Front") gives no place context; the hamlet's name told as a place stays one."""

from __future__ import annotations

import pytest

from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.tagger import GeoTagger


@pytest.fixture(scope="module")
def tagger() -> GeoTagger:
    return GeoTagger(Gazetteer.open())


def _names(tagger, nlp, text):
    return {p.text for p in tagger.geoparse(text, doc=nlp(text)) if p.kind == "toponym" and p.place is not None}


def test_organisation_named_like_a_hamlet_is_no_place(tagger, nlp):
    # no other place in the text supports a reading as the hamlet
    assert "Red Cross" not in _names(tagger, nlp, "The attack left 12 dead and 30 injured, according to the Red Cross.")
    assert "Red Cross" not in _names(tagger, nlp, "Aid was delivered by the Red Cross on Monday.")


def test_capitalised_place_noun_inside_a_longer_name_gives_no_place_context(tagger, nlp):
    # spaCy may read "the Tigray People's Liberation Front" as a person; its "Front" is no place noun
    text = ("PRETORIA - Ethiopia's federal government and the Tigray People's Liberation Front signed an "
            "agreement, the African Union envoy said.")
    assert "Liberation" not in _names(tagger, nlp, text)


def test_town_in_a_place_context_stays(tagger, nlp):
    # the same rule must not drop a town of several words told with a preposition of place
    assert "Port Harcourt" in _names(tagger, nlp, "Gunmen attacked a bus in Port Harcourt on Monday.")
