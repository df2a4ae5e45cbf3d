"""A town that spaCy reads as a person (or an organisation, or leaves unlabelled) is a place when it
stands where a place stands: the object of a verb of attack, capture or entry, the target of an attack
noun, after "from" / "at", before "-based"; a real person in the same positions stays a person.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.recognize import tokenize
from eventwire.geo.tagger import GeoTagger
from eventwire.geo.targets import (
    TARGET_VERBS,
    common_given_name,
    important_place,
    major_place,
    target_position,
)


@pytest.fixture(scope="module")
def tagger(geo_tagger) -> GeoTagger:
    return geo_tagger


def _places(nlp, tagger, text):
    """(surface, country ISO3) of the toponyms the geo stage finds in ``text``."""
    return [(pm.text, pm.place.iso if pm.place else None)
            for pm in tagger.geoparse(text, doc=nlp(text)) if pm.kind == "toponym"]


# --- the pieces -------------------------------------------------------------------------------------
def test_target_verbs_cover_the_forms_of_each_verb():
    for w in ("attacked", "attacking", "overran", "retook", "occupied", "besieged", "stormed", "shelling"):
        assert w in TARGET_VERBS
    for w in ("killed", "said", "met", "told"):
        assert w not in TARGET_VERBS


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        ("Fighters attacked Tadmur overnight.", "Tadmur", "object"),
        ("The army launched an offensive on Tadmur.", "Tadmur", "attack on"),
        ("Families fled from Tadmur.", "Tadmur", "from"),
        ("A Tadmur-based militia said so.", "Tadmur", "based"),
        ("Tadmur is quiet.", "Tadmur", None),
        ("He met Tadmur.", "Tadmur", None),
    ],
)
def test_target_position(text, name, position):
    from eventwire.geo.recognize import Candidate

    toks = tokenize(text)
    k = next(i for i, t in enumerate(toks) if t.text == name)
    cand = Candidate(toks[k].start, toks[k].end, name, [], tok_start=k, tok_end=k + 1)
    words = [t.text for t in toks[:k] if t.is_word]
    prev = words[-1] if words else ""
    prev2 = words[-2] if len(words) > 1 else ""
    assert target_position(text, toks, cand, prev, prev2) == position


def test_importance_of_a_place_needs_people_or_a_division():
    gaz = Gazetteer.open()
    assert any(important_place(e) for e in gaz.candidates("Kismayo"))
    assert any(major_place(e) for e in gaz.candidates("Aden"))
    # a name only a transliteration-insensitive key matches is no evidence of a place
    assert not any(important_place(e) for e in gaz.candidates("Hussein") if e.match == "loose")


def test_common_given_names():
    names = pytest.importorskip("eventwire.geo.targets").given_names()
    if not names:
        pytest.skip("nomquamgender is not installed")
    assert common_given_name("Ali") and common_given_name("Victoria")
    assert not common_given_name("Kismayo") and not common_given_name("Palmyra")


# --- should be a place --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "iso"),
    [
        ("Islamic State fighters attacked Palmyra on Sunday, killing 12 soldiers.", "Palmyra", "SYR"),
        ("Al-Shabaab fighters attacked Kismayo on Friday.", "Kismayo", "SOM"),
        ("Militants raided Bama overnight.", "Bama", "NGA"),
        ("Rebels entered Goma on Monday.", "Goma", "COD"),
        ("Troops retook Derna after weeks of fighting.", "Derna", "LBY"),
        ("Hundreds of families fled from Palmyra as the jihadists advanced.", "Palmyra", "SYR"),
        ("The army launched an offensive on Palmyra in March.", "Palmyra", "SYR"),
        ("A Kismayo-based militia denied the claim.", "Kismayo", "SOM"),
        ("Jihadists attacked Djibo on Monday.", "Djibo", "BFA"),
    ],
)
def test_town_in_a_target_position_is_a_place(nlp, tagger, text, name, iso):
    assert (name, iso) in _places(nlp, tagger, text)


# --- must stay a person ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen attacked Ali on Sunday.", "Ali"),  # a common first name and a small town
        ("Militants attacked Hussein on Sunday.", "Hussein"),  # only loose namesakes
        ("They attacked Jordan Smith outside his home.", "Jordan"),  # the first word of a full name
        ("Georgia Meloni attacked the plan.", "Georgia"),
        ("Victoria was arrested on Monday.", "Victoria"),  # arrested: a person, even named as a state
        ("Georgia was detained by police in Tbilisi.", "Georgia"),
        ("Protesters attacked Ali, a local official, in Kano.", "Ali"),
    ],
)
def test_person_in_a_target_position_stays_a_person(nlp, tagger, text, name):
    assert name not in [t for t, _ in _places(nlp, tagger, text)]


def test_a_person_named_in_full_is_that_person_in_a_target_position(nlp, tagger):
    text = "Police said Amina Bama had been threatened. Men later attacked Bama at her shop."
    assert "Bama" not in [t for t, _ in _places(nlp, tagger, text)]


def test_a_building_after_a_verb_of_entry_is_not_a_town(nlp, tagger):
    # a town takes no article: "entered the White House" is the building, never a namesake town
    assert "White House" not in [t for t, _ in _places(nlp, tagger, "Trump entered the White House in 2017.")]


def test_a_name_used_by_an_organisation_elsewhere_stays_the_organisation(nlp, tagger):
    text = "Grupo Clarin condemned the raid. The attack on Clarin is a serious attempt to intimidate the press."
    assert "Clarin" not in [t for t, _ in _places(nlp, tagger, text)]


def test_an_organisation_after_at_or_from_is_no_town(nlp, tagger):
    text = "Researchers at Harvard said the vaccine works."
    assert "Harvard" not in [t for t, _ in _places(nlp, tagger, text)]


def test_a_quarter_of_a_city_is_placed_in_that_city(nlp, tagger):
    # "at Hastings in Kolkata": the namesakes of Hastings lie abroad, the quarter lies in the city
    text = "Police used water cannon on BJP workers during a protest at Hastings in Kolkata."
    got = {pm.text: pm.place for pm in tagger.geoparse(text, doc=nlp(text)) if pm.kind == "toponym"}
    assert got["Hastings"] is not None and got["Hastings"].iso == "IND"
