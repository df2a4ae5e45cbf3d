"""Names that are no places: one-word names resolved to a minor place that nothing in the document
supports, person names with initials, first names of a longer name matched only by a variant."""

from __future__ import annotations

import pytest

from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.nonplace import _minor
from eventwire.geo.recognize import Recognizer
from eventwire.geo.tagger import GeoTagger


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.open()


@pytest.fixture(scope="module")
def tagger(gaz) -> GeoTagger:
    return GeoTagger(gaz)


def _names(tagger, nlp, text):
    return {p.text: p for p in tagger.geoparse(text, doc=nlp(text)) if p.kind == "toponym"}


def _minor_place(gaz, name):
    """The gazetteer's best entry for ``name`` when it is a minor place (else skip the test)."""
    got = gaz.candidates(name)
    if not got or not _minor(got[0]):
        pytest.skip(f"{name} is no minor place in this gazetteer")
    return got[0]


def test_unsupported_minor_place_without_place_context_is_dropped(tagger, nlp, gaz):
    entry = _minor_place(gaz, "Pegasus")
    text = (
        "Researchers said Pegasus was sold to governments in Mexico and Saudi Arabia. "
        "Pegasus infects phones without a click, and Pegasus hides well."
    )
    got = _names(tagger, nlp, text)
    assert "Pegasus" not in got
    assert {"Mexico", "Saudi Arabia"} <= set(got)
    # the same name with a place context or in its own country stays a place
    placed = "Floods cut off Pegasus, New Zealand, on Monday. Pegasus residents were evacuated."
    got = _names(tagger, nlp, placed)
    assert "Pegasus" in got and got["Pegasus"].place.iso == entry.iso3


def test_a_preposition_keeps_a_minor_place(tagger, nlp, gaz):
    _minor_place(gaz, "Morrice")
    got = _names(tagger, nlp, "Two people died in Morrice on Sunday, police said.")
    assert "Morrice" in got
    # without it, in a story set elsewhere, the name is a person's
    text = "Prosecutors in London said Morrice had a document. Police arrested Morrice in Birmingham."
    got = _names(tagger, nlp, text)
    assert "Morrice" not in got
    assert {"London", "Birmingham"} <= set(got)


def test_one_preposition_among_many_mentions_is_weak(tagger, nlp, gaz):
    _minor_place(gaz, "Pegasus")
    uses = " ".join(["Pegasus infected the phone."] * 5)
    text = f"Journalists in Mexico were targeted. {uses} There are ties between Pegasus and arrests."
    assert "Pegasus" not in _names(tagger, nlp, text)


def test_person_name_with_initials_makes_its_surname_a_person(gaz):
    rec = Recognizer(gaz)
    text = "Spokesman PJ Crowley resigned. Crowley said so."
    words = rec._person_words(text, [(10, 20, "PERSON")])
    assert "Crowley" in words
    # a one-word person is not enough evidence
    assert "Crowley" not in rec._person_words(text, [(13, 20, "PERSON")])


def test_first_word_matched_only_by_a_variant_is_no_place(tagger, nlp, gaz):
    got = gaz.candidates("Jamal")
    if not got or not all(e.match in ("alt", "loose") for e in got):
        pytest.skip("Jamal is not a variant-only name in this gazetteer")
    text = "The killing of Saudi writer Jamal Khashoggi in Istanbul shocked Turkey."
    names = _names(tagger, nlp, text)
    assert "Jamal" not in names
    assert "Istanbul" in names


def test_given_spans_are_never_dropped(tagger, gaz):
    _minor_place(gaz, "Pegasus")
    text = "Researchers said Pegasus was sold to governments in Mexico."
    s = text.index("Pegasus")
    got = tagger.resolve_spans(text, [(s, s + 7)])
    assert got[0].place is not None


def test_a_list_next_to_major_places_keeps_a_minor_place(tagger, nlp, gaz):
    _minor_place(gaz, "Morrice")
    text = "Cases were reported in the Tokyo area. Outbreaks hit Germany, Morrice and France last year."
    got = _names(tagger, nlp, text)
    assert {"Germany", "France"} <= set(got)
    assert "Morrice" in got


def test_hyphenated_group_name_is_judged_like_one_word(tagger, nlp):
    # "Al-Shabaab" matches a hamlet's alternate name; the hyphenated word is one name, and spaCy
    # calls it an organisation: no place. Hyphenated real places stay.
    got = _names(tagger, nlp, "Al-Shabaab fighters attacked a military base in Lamu on Monday.")
    assert "Al-Shabaab" not in got
    assert "Lamu" in got
    got = _names(tagger, nlp, "Protesters gathered in Port-au-Prince on Friday.")
    assert "Port-au-Prince" in got
