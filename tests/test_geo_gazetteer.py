"""The gazetteer store: built from installed data, fast to open, the lookups the geo stage needs."""

from __future__ import annotations

import time

import pytest

from eventwire.geo.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.open()


def test_opens_fast_once_built(gaz):
    t0 = time.perf_counter()
    again = Gazetteer.open(gaz.path)
    assert time.perf_counter() - t0 < 2.0
    assert again.version.startswith("geonames-cities500+supplement")
    again.close()


def test_version_and_sources(gaz):
    stats = gaz.stats()
    assert gaz.version == stats["version"]
    assert stats["cities500"] > 200_000
    assert stats["admin1"] > 3000 and stats["country"] > 240 and stats["supplement"] > 50


def _near(p, lat, lon, tol=0.15):
    return abs(p.latitude - lat) < tol and abs(p.longitude - lon) < tol


def test_transliterated_lookup_finds_as_sukhnah(gaz):
    places = gaz.lookup("Sukhna")
    syr = [p for p in places if p.iso == "SYR"]
    assert syr and _near(syr[0], 34.885, 38.871)
    assert syr[0].admin1 == "Homs" and syr[0].geonameid == 172425
    assert syr[0].admin2 == "Tadmur"  # filled from the nearest division seat, ACLED-style name


def test_palmyra_is_an_alternate_name_of_tadmur(gaz):
    assert any(p.name == "Tadmur" and _near(p, 34.562, 38.284) for p in gaz.lookup("Palmyra"))


def test_short_forms_are_case_sensitive(gaz):
    assert [p.iso for p in gaz.lookup("U.S.")] == ["USA"]
    assert "USA" not in {p.iso for p in gaz.lookup("us")}
    assert gaz.lookup("Ky.")[0].name == "Kentucky"
    assert gaz.lookup("NSW")[0].name == "New South Wales"
    assert gaz.lookup("UAE")[0].iso == "ARE"


def test_demonyms_point_to_countries(gaz):
    assert gaz.lookup("Turkish")[0].iso == "TUR"
    assert gaz.lookup("Iraqi")[0].iso == "IRQ"


def test_supplement_places(gaz):
    t3 = gaz.lookup("T3")[0]
    assert t3.feature_code == "AIRB" and t3.geo_precision == 1 and t3.admin1 == "Homs" and t3.iso == "SYR"
    badiya = gaz.lookup("Syrian Badiyah")[0]
    assert badiya.feature_code == "DSRT" and badiya.geo_precision == 3
    assert gaz.lookup("Tantor Mountain")[0].feature_code == "MT"
    assert gaz.lookup("al-Hol camp")[0].feature_code == "CMPRF"


def test_admin1_and_country_entries_have_points(gaz):
    sd = [p for p in gaz.lookup("Salahuddin") if p.feature_code == "ADM1"]
    assert sd and sd[0].admin1 == "Salah ad Din" and sd[0].latitude is not None
    syria = [p for p in gaz.lookup("Syria") if p.feature_code == "PCLI"][0]
    assert syria.iso == "SYR" and syria.latitude is not None


def test_unknown_name_has_no_candidates(gaz):
    assert gaz.lookup("Qwxzzy Nonplace") == []


def test_pickles_as_a_reopen(gaz):
    import pickle

    again = pickle.loads(pickle.dumps(gaz))
    assert again.path == gaz.path and again.version == gaz.version
    assert again.lookup("Kirkuk")[0].iso == "IRQ"
    again.close()


def test_division_seats_get_their_district(gaz):
    baq = [p for p in gaz.lookup("Baqubah") if p.iso == "IRQ"][0]
    assert baq.admin1 == "Diyala" and baq.admin2 == "Ba'quba"
    tadmur = gaz.lookup("Tadmur")[0]
    assert tadmur.admin1 == "Homs" and tadmur.admin2 == "Tadmur"
