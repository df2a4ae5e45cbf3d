"""Twenty-seventh session, event places, second pass (helper PLC2, from the speed articles).

- A person's home town named as news introduces people ("Tom Reed, 26, from Leicester, ..."; "X,
  originally from the town of Y"; "travelled to Syria from his home near Z") is no scene of an act when
  the sentence names another place or the story was told in another country (``events.hometowns``).
- A town that a clause under the act locates ("killed when a mine exploded as his unit cleared a road in
  Tabqa") beats a bare country the paragraph told, and a place of that clause beats the document's place
  named only later in the article (``events.clauseplaces``).
- A country in the possessive of an armed campaign noun ("Turkey's incursion into the enclave") is a doer,
  not the place of the sentence's act (``events.actowners``, read by ``events.doerplace.without_doers``).

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import act_places, nlp_index, place_name, reports_of, show_reports
from eventwire.events.hometowns import home_town
from eventwire.events.linking import is_country_only
from eventwire.records import Place, PlaceMention

SUN = dt.date(2024, 5, 19)


def _m(text: str, name: str, *, iso: str, code: str = "PPL", nth: int = 0) -> PlaceMention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    return PlaceMention(at, at + len(name), name, Place(name, iso=iso, feature_code=code))


# -- hometowns ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "home", "home_iso", "other", "other_iso", "expected"), [
    ("Tom Reed, 26, from Leicester, had fought with the Kurdish units in Syria since 2016.",
     "Leicester", "GBR", "Syria", "SYR", True),
    ("The family of Omar Saleh, originally from the northern town of Tubas, said he was beaten in Nablus.",
     "Tubas", "PSE", "Nablus", "PSE", True),
    ("He travelled to Syria from his home on the outskirts of Leicester in May.", "Leicester", "GBR", "Syria",
     "SYR", True),
    ("Dana Frost, 41, of Fresno, was arrested in Stockton on Monday.", "Fresno", "USA", "Stockton", "USA", True),
    # near misses: the scene ("arrested at his home in", "abducted from his home in"), a flight from a place,
    # a person's home named with its country, a place in another phrase
    ("Police arrested Omar Saleh at his home in Tubas on Monday after a raid in Nablus.", "Tubas", "PSE", "Nablus",
     "PSE", False),
    ("Gunmen abducted Omar Saleh from his home in Tubas and took him to Nablus.", "Tubas", "PSE", "Nablus", "PSE",
     False),
    ("Fighting displaced 3,000 people from Tubas, officials in Nablus said.", "Tubas", "PSE", "Nablus", "PSE", False),
    ("Sami Haddad, 27, from Harasta, Syria, spoke in London on Monday.", "Harasta", "SYR", "Syria", "SYR", False),
])
def test_home_town(text, home, home_iso, other, other_iso, expected):
    m = _m(text, home, iso=home_iso)
    o = _m(text, other, iso=other_iso, code="PCLI" if other == "Syria" else "PPL")
    assert home_town(text, m, [m, o]) is expected
    assert not home_town(text, o, [m, o])


def test_home_town_alone_in_its_sentence():
    # the story told abroad before: the home is no scene; told at home: it stays the only place given
    abroad = "Two volunteers died in Tabqa. Tom Reed, 26, from Leicester, was in the city to clear mines."
    tabqa, home = _m(abroad, "Tabqa", iso="SYR"), _m(abroad, "Leicester", iso="GBR")
    assert home_town(abroad, home, [tabqa, home])
    at_home = "Police in Derby said a man was hurt. Tom Reed, 26, from Leicester, was stabbed on Friday."
    derby, home = _m(at_home, "Derby", iso="GBR"), _m(at_home, "Leicester", iso="GBR")
    assert not home_town(at_home, home, [derby, home])


def test_death_abroad_is_not_placed_at_the_home_town(pipeline):
    text = ("A British volunteer has been killed in Raqqa while clearing mines, Kurdish sources said on Sunday. "
            "Tom Reed, 26, from Leicester, was in the city with a demining unit. "
            "He was killed on Saturday when a booby-trapped house exploded.")
    places = act_places(pipeline, text, published=SUN)
    assert "Leicester" not in places, places


def test_stabbing_at_home_keeps_the_town(pipeline):
    # near miss: a home town with no other place anywhere before it stays the place
    text = "Musa Bello, 34, from Jos, was shot dead by gunmen on Saturday night, police said."
    places = act_places(pipeline, text, published=SUN)
    assert places == ["Jos"], places


# -- clauseplaces ---------------------------------------------------------------------------------------
def test_clause_town_beats_the_country_told_before(pipeline):
    text = ("Tom Reed had travelled to northern Syria three times since 2016. Reed was killed on Saturday when a "
            "mine exploded as the unit he led cleared a road in the former Isis stronghold of Tabqa.")
    reports = [r for r in reports_of(pipeline, text, published=SUN) if r.evidence.start > 60]
    assert reports and all(place_name(r) == "Al-Tabqa" for r in reports), show_reports(reports)


def test_clause_destination_does_not_beat_the_country(pipeline):
    # near miss: the clause names where people went, not where the act was
    text = ("Fighting raged in eastern Syria for a week. Hundreds of fighters surrendered to the Kurdish forces "
            "on Tuesday, placing a fresh burden on the crowded al-Hawl camp.")
    places = act_places(pipeline, text, published=SUN)
    assert places and places[-1] != "Al-Hol Camp", places


def test_lead_clause_place_beats_a_place_told_only_later(pipeline):
    text = ("At least 20 worshippers were abducted by gunmen who attacked a mosque in Giwa Local Government Area "
            "of Kaduna State on Friday.\n\n"
            "In a separate attack, bandits abducted 11 people in Katsina State on Saturday.\n\n"
            "Residents of Katsina said the gunmen came on motorcycles. Katsina police confirmed the attack.")
    places = act_places(pipeline, text, published=SUN)
    assert places and places[0] == "Giwa", places


def test_country_clause_place_leaves_the_later_town():
    # the rule's guard: a bare country in the clause does not hold against the document's town
    from eventwire.events.clauseplaces import clause_place_kept

    text = "escape from its enclave in Syria"
    syria = _m(text, "Syria", iso="SYR", code="PCLI")
    later = PlaceMention(500, 506, "Baghuz", Place("Baghuz", iso="SYR", feature_code="PPL"))
    assert not clause_place_kept(None, syria, later, how="document", sent_end=40, country_only=is_country_only)


# -- actowners ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "country", "expected"), [
    ("The clashes that followed Turkey's incursion into the enclave killed dozens.", "Turkey", True),
    ("Russia's air campaign has killed hundreds of civilians.", "Russia", True),
    # near misses: a country's own war, its own places, a noun of no campaign
    ("Syria's civil war has killed hundreds of thousands.", "Syria", False),
    ("Shells fell on Turkey's border provinces on Monday.", "Turkey", False),
    ("Turkey's president condemned the attack.", "Turkey", False),
])
def test_campaign_owner(text, country, expected):
    from eventwire.events.actowners import campaign_owner

    nlp, _ = nlp_index()
    doc = nlp(text)
    at = text.index(country)
    span = doc.char_span(at, at + len(country))
    assert campaign_owner(span.root) is expected


def test_clash_after_a_country_incursion_is_in_the_province(pipeline):
    text = ("Government forces shelled rebel positions in Idlib province on Monday. The clashes that have followed "
            "Turkey's incursion into the province have killed dozens, many of them civilians, monitors said.")
    reports = reports_of(pipeline, text, published=SUN)
    assert reports and all(place_name(r) == "Idlib" for r in reports), show_reports(reports)


def test_clash_after_a_country_visit_keeps_the_country(pipeline):
    # near miss: the country owns no campaign here; with no other reading it stays as before
    text = ("Government forces shelled rebel positions in Idlib province on Monday. The clashes that have followed "
            "Turkey's president's visit to the province have killed dozens, many of them civilians, monitors said.")
    reports = reports_of(pipeline, text, published=SUN)
    assert "Turkey" in [place_name(r) for r in reports], show_reports(reports)
