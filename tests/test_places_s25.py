"""Twenty-fifth session, event places (helper M2, from the audits of real news).

- A country named as the doer of the act (its subject, a modifier or "from" origin of its subject, the
  agent "by X") is no place of the act when the sentence names another place, or the paragraph told one
  before (``events.doerplace``); with neither it stays.
- Gazetteer slips: a name several towns bear as their own is no exonym of another place ("Salisbury", an
  old name of Harare); a capital matched by another place's own name has no capital's prior; a bare
  surname of a person the text names in full is no place even when a major place's respelling matches it
  ("Muthana" is no Al Muthanna); an organisation's name spaCy never calls a place, that only another
  place's alternate name matches, is no place even after a preposition ("an email from Google"); a saint's
  name dedicating a church ("St Michael & All Angels church") and a place's name before an institution
  sited elsewhere ("Middlesex University London") name no town; places the gazetteer lacked (Baghuz,
  eastern Ghouta) are in its supplement.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import act_places, news_acts, place_name, reports_of, show_reports

SUN = dt.date(2024, 5, 19)


def _names(geo_tagger, text: str, *, nlp=None) -> dict[str, str | None]:
    """{mention: gazetteer name} of ``text`` (parsed by ``nlp`` first when given: spaCy's labels)."""
    doc = nlp(text) if nlp is not None else None
    return {m.text: (m.place.name if m.place is not None else None) for m in geo_tagger.geoparse(text, doc=doc)}


# -- the doer's country --------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "place"), [
    # the origin of the subject, with a place of the act in another clause
    ("Foreign troops are already close to each other in Libya, and on Saturday missiles and planes from Egypt "
     "and France flew at the militia's depots.", "Libya"),
    # the agent of the act
    ("The raids on Yemen by Saudi Arabia killed three fishermen on Saturday.", "Yemen"),
    # the subject, the place told before in the paragraph
    ("Fighting raged in Idlib province for a week. Diplomats said on Sunday that Turkey had negotiated a "
     "ceasefire between the two sides.", "Idlib"),
])
def test_doer_country_is_no_place(pipeline, text, place):
    places = act_places(pipeline, text, published=SUN)
    assert any(p is not None and place in p for p in places), places
    assert not any(p in ("Egypt", "Saudi Arabia", "Turkey") for p in places), places


@pytest.mark.parametrize(("text", "place"), [
    # nothing else named: the doer's country stays
    ("Kenya's army killed 20 militants on Sunday.", "Kenya"),
    # a country that is the scene, not the doer
    ("Police arrested 30 protesters in Kenya on Sunday.", "Kenya"),
    # a town of the doer's country named
    ("Kenyan troops killed 20 militants in Mandera on Sunday.", "Mandera"),
])
def test_doer_country_kept(pipeline, text, place):
    acts = news_acts(reports_of(pipeline, text, published=SUN))
    assert acts and place_name(acts[0]) == place, show_reports(acts)


# -- gazetteer slips -----------------------------------------------------------------------------------
def test_many_towns_name_is_no_exonym(geo_tagger):
    names = _names(geo_tagger, "Britain expelled diplomats after the poisoning in Salisbury, England.")
    assert names.get("Salisbury") == "Salisbury"
    names = _names(geo_tagger, "Britain expelled diplomats after the poisoning in Salisbury.")
    assert names.get("Salisbury") == "Salisbury"
    # with no country told, the town that bears the name, not the capital it once named (was Harare)
    assert _names(geo_tagger, "The former spy was poisoned in Salisbury in March.").get("Salisbury") == "Salisbury"
    # an exonym of a big place whose name no town of note bears stays the big place
    assert _names(geo_tagger, "Riots broke out in Bombay on Monday.").get("Bombay") == "Mumbai"
    assert _names(geo_tagger, "Protesters marched in Canton, China.").get("Canton") == "Guangzhou"


def test_surname_respelling_a_province_is_no_place(geo_tagger):
    text = ("Lawyers for Amina Muthana said on Monday she regretted joining the group. It is a month since "
            "Muthana surrendered to Kurdish forces, and Muthana says she wants to return.")
    assert "Muthana" not in _names(geo_tagger, text)
    # the province by its own name stays
    assert _names(geo_tagger, "Gunmen attacked a checkpoint in Muthanna province.").get("Muthanna") is not None


def test_organisation_by_another_places_alternate_name(pipeline):
    text = ("The activist said an email from Google arrived in March. Police in Florida obtained his data "
            "from Google through a warrant, and Google said it follows the law.")
    names = _names(pipeline.geo, text, nlp=pipeline.nlp)
    assert "Google" not in names
    assert names.get("Florida") == "Florida"


@pytest.mark.parametrize(("text", "absent", "kept"), [
    ("Mourners lit candles at St Michael & All Angels church in Leigh-on-Sea.", "St Michael", "Leigh-on-Sea"),
    ("A vigil was held at St Anne's Church in Southend.", "St Anne", "Southend"),
    ("Dr Jane Roe, Middlesex University London", "Middlesex", "London"),
])
def test_names_of_churches_and_institutions(geo_tagger, text, absent, kept):
    names = _names(geo_tagger, text)
    assert absent not in names and kept in names, names


def test_town_of_a_saints_name_stays(geo_tagger):
    assert _names(geo_tagger, "Gunmen attacked a bar in St Michael, Minnesota.").get("St Michael") == "Saint Michael"
    assert _names(geo_tagger, "Police were called to St Albans Cathedral.").get("St Albans") == "St Albans"


def test_supplement_places(geo_tagger):
    names = _names(geo_tagger, "Fighters were holed up in Baghuz, while jets bombed eastern Ghouta.")
    assert names.get("Baghuz") == "Al-Baghuz Fawqani"
    assert any(v == "Eastern Ghouta" for v in names.values()), names
