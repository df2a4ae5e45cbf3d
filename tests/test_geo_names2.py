"""Names of people and peoples are no places; "-ian" adjectives of countries are demonyms.

* a country in "-ia" has its "-ian" adjective as a demonym ("Somalian", "Slovakian"), built into the
  gazetteer beside countryinfo's demonym ("Somali", "Slovak");
* a name spaCy calls a person next to a verb of saying ("Jackson said") is a speaker, not a town;
  a name only a respelling of a small place matches is one even when spaCy calls it a place;
* a people's name before a settlement or people noun ("Hausa villages", "Uighur community") is no
  place, known to the gazetteer or not; a province before the same nouns ("Tigray towns") stays one.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire.geo.build import ian_adjectives
from eventwire.geo.tagger import GeoTagger
from eventwire.geo.unknown import ethnonyms, unknown_spans


@pytest.fixture(scope="module")
def tagger(geo_tagger) -> GeoTagger:
    return geo_tagger


def _mentions(nlp, tagger, text):
    """(surface, kind, country ISO3) of what the geo stage finds in ``text``."""
    return [(pm.text, pm.kind, pm.place.iso if pm.place else None) for pm in tagger.geoparse(text, doc=nlp(text))]


def _surfaces(nlp, tagger, text):
    return [s for s, _, _ in _mentions(nlp, tagger, text)]


# --- demonyms -----------------------------------------------------------------------------------
def test_ian_adjectives_only_of_one_word_names_in_ia():
    assert ian_adjectives("Somalia") == ["Somalian"]
    assert ian_adjectives("Slovakia", "Slovak Republic") == ["Slovakian"]
    assert ian_adjectives("Kenya") == []
    assert ian_adjectives("The Gambia", "Saudi Arabia") == []


def test_gazetteer_reads_ian_adjective_as_demonym(tagger):
    got = tagger.gazetteer.candidates("Somalian", allow_loose=False)
    assert got and all(e.match == "demonym" for e in got)
    assert {e.cc for e in got} == {"SO"}


def test_somalian_is_a_demonym_of_somalia(nlp, tagger):
    found = _mentions(nlp, tagger, "Somalian soldiers patrolled the market in Baidoa on Friday.")
    assert ("Somalian", "demonym", "SOM") in found
    assert ("Baidoa", "toponym", "SOM") in found


# --- speakers -----------------------------------------------------------------------------------
def test_person_who_speaks_is_no_town(nlp, tagger):
    text = "Jackson said the new clinic would open next month."
    assert "Jackson" not in _surfaces(nlp, tagger, text)


def test_town_after_a_preposition_stays_before_said(nlp, tagger):
    text = "Police in Jackson said the new clinic would open next month."
    assert "Jackson" in _surfaces(nlp, tagger, text)


def test_respelled_name_next_to_said_is_no_place(nlp, tagger):
    # a surname that only a loose key of a small foreign village matches, which spaCy may call GPE
    text = "Speaking in Abuja, Buhari said the killers would be punished."
    found = _mentions(nlp, tagger, text)
    assert "Buhari" not in [s for s, _, _ in found]
    assert ("Abuja", "toponym", "NGA") in found


def test_country_next_to_said_stays(nlp, tagger):
    text = "Nigeria said on Monday that the border with Benin would reopen."
    assert "Nigeria" in _surfaces(nlp, tagger, text)


# --- peoples ------------------------------------------------------------------------------------
def test_ethnonyms_from_the_text():
    text = "Uighur Muslims fled. Uighurs say the ethnic Kazakh minority and Fulani herdsmen suffered too."
    got = ethnonyms(text)
    assert {"Uighur", "Kazakh", "Fulani"} <= got
    assert "Muslims" not in got
    assert "Palmyra" not in ethnonyms("Fighters entered Palmyra on Sunday.")


def test_unknown_name_before_plural_settlements_is_a_people():
    text = "Soldiers burned Uighur villages. Gunmen raided the village of Kuzaro."
    spans = unknown_spans(text, [], is_word=lambda w: False, places=[])
    names = [text[s:e] for s, e, _ in spans]
    assert "Uighur" not in names
    assert "Kuzaro" in names


def test_unknown_village_in_singular_stays():
    text = "Gunmen raided Kuzaro village before dawn."
    spans = unknown_spans(text, [], is_word=lambda w: False, places=[])
    assert [text[s:e] for s, e, _ in spans] == ["Kuzaro"]


def test_peoples_villages_are_no_places(nlp, tagger):
    text = "Police burned Uighur villages in Xinjiang last year, exiles said."
    found = _mentions(nlp, tagger, text)
    assert "Uighur" not in [s for s, _, _ in found]
    assert ("Xinjiang", "toponym", "CHN") in found
    text = "Fulani herdsmen attacked Hausa villages in Zamfara on Sunday."
    found = _surfaces(nlp, tagger, text)
    assert "Hausa" not in found and "Fulani" not in found
    assert "Zamfara" in found


def test_province_before_settlement_noun_stays(nlp, tagger):
    text = "Tigray towns were shelled by artillery on Sunday."
    assert ("Tigray", "toponym", "ETH") in _mentions(nlp, tagger, text)


def test_respelled_small_place_before_plural_settlements_is_a_people(nlp, tagger):
    text = "Gunmen struck in Hausa villages near Gusau on Sunday."
    found = _surfaces(nlp, tagger, text)
    assert "Hausa" not in found
    assert "Gusau" in found
