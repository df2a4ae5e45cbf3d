"""Twenty-eighth session (helper GEO2): small towns' names that are a person's, a word or a unit
(``geo.personctx``), and a name modifying the noun a preposition takes ("between Nato allies").

All texts are written for these tests.
"""

from __future__ import annotations

from geo_helpers import geo_mentions, geo_places


def _names(nlp, geo_tagger, text: str) -> set[str]:
    return {m.text for m in geo_mentions(nlp, geo_tagger, text) if m.place is not None}


def test_a_photo_credit_names_people_and_agencies(nlp, geo_tagger):
    text = "Riot police cleared the square. (Photo by Anna Millis/Pool/AFP) Later, police in Boston made arrests."
    names = _names(nlp, geo_tagger, text)
    assert not names & {"Millis", "Pool"}
    assert "Boston" in names


def test_a_town_after_a_preposition_stays(nlp, geo_tagger):
    assert "Millis" in geo_places(nlp, geo_tagger, "Protesters marched in Millis on Sunday.")


def test_kin_before_a_name_is_a_person(nlp, geo_tagger):
    text = "Police in Delhi questioned the actor and his son Karti on Monday."
    names = _names(nlp, geo_tagger, text)
    assert "Karti" not in names  # (a respelling of Tbilisi)
    assert "Delhi" in names


def test_a_possessive_of_a_persons_thing_is_a_person(nlp, geo_tagger):
    text = "The crowd chanted outside Banat's funeral tent on Saturday."
    assert "Banat" not in _names(nlp, geo_tagger, text)


def test_a_town_before_a_possessive_place_noun_stays(nlp, geo_tagger):
    assert "Banat" in geo_places(nlp, geo_tagger, "Crowds gathered in Banat on Friday.")


def test_a_numbered_unit_is_no_town(nlp, geo_tagger):
    text = "The blogger was held at the police station of Ward 6 in Hanoi."
    names = _names(nlp, geo_tagger, text)
    assert "Ward" not in names
    assert "Hanoi" in names


def test_an_ordinary_word_naming_an_organisation_is_no_town(nlp, geo_tagger):
    text = "The decision angered some of the president's backers in Congress."
    assert "Congress" not in _names(nlp, geo_tagger, text)


def test_a_loose_match_over_a_stop_word_is_no_place(nlp, geo_tagger):
    text = '"Even US officials were surprised by the decision," the envoy said in Ankara.'
    names = _names(nlp, geo_tagger, text)
    assert "Even US" not in names
    assert "Ankara" in names


def test_a_name_modifying_the_noun_a_preposition_takes_is_no_place(nlp, geo_tagger):
    text = "The row over the pipeline strained ties between Nato allies in Europe."
    assert "Nato" not in _names(nlp, geo_tagger, text)

