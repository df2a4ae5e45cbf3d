"""Reference points of areas (geo.points), the shipped country points, and the division hints
that pick a state over a namesake city ("Washington state", lists of states)."""

from __future__ import annotations

import json
import re

import pytest

from eventwire.geo.build import GEO_DIR, _read_tsv
from eventwire.geo.points import admin1_point, compromise_point, haversine_km, shape_centroid
from eventwire.geo.relative import admin_named_after, admin_named_before

# -- geo.points -----------------------------------------------------------------------------------


def test_compromise_point_serves_both_conventions_when_they_are_close():
    ref, cen = (35.0, 105.0), (36.5, 103.0)  # about 240 km apart
    p = compromise_point(ref, cen, reach_km=150, max_gap_km=300)
    assert p != ref
    assert haversine_km(*p, *cen) == pytest.approx(150, abs=2)
    assert haversine_km(*p, *ref) < 161  # still counts for data sets that use the reference


def test_compromise_point_keeps_the_reference_when_close_or_far():
    ref = (10.0, 20.0)
    assert compromise_point(ref, (10.5, 20.5)) == ref  # already within reach
    assert compromise_point(ref, (20.0, 30.0)) == ref  # too far apart for one point
    assert compromise_point(ref, None) == ref


def test_shape_centroid_of_squares():
    square = {"type": "Polygon", "coordinates": [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]}
    lat, lon = shape_centroid(square)
    assert lat == pytest.approx(1.0) and lon == pytest.approx(1.0)
    # a big square and a small island: the centroid lies near the big one
    multi = {
        "type": "MultiPolygon",
        "coordinates": [square["coordinates"], [[[10, 0], [10.2, 0], [10.2, 0.2], [10, 0.2], [10, 0]]]],
    }
    lat, lon = shape_centroid(multi)
    assert 1.0 < lon < 1.2 and lat < 1.0
    assert shape_centroid({"type": "Point", "coordinates": [1, 2]}) is None


def test_admin1_point_is_between_capital_and_places():
    places = [(10.0, 10.0), (12.0, 12.0), (14.0, 14.0)]
    assert admin1_point(places, None) == (12.0, 12.0)
    assert admin1_point(places, (10.0, 10.0)) == (11.0, 11.0)
    assert admin1_point([], None) == (None, None)


# -- the shipped country points --------------------------------------------------------------------


def _shipped() -> dict[str, tuple[float, float]]:
    return {r[0]: (float(r[1]), float(r[2])) for r in _read_tsv(GEO_DIR / "country_points.tsv")}


def test_country_points_cover_the_world_and_stay_near_the_factbook():
    from eventwire.geo.build import _countryinfo_by_iso2

    pts = _shipped()
    assert len(pts) > 230
    factbook = _countryinfo_by_iso2()
    moved = 0
    for iso, (lat, lon) in pts.items():
        ref = factbook.get(iso, {}).get("latlng")
        if iso in ("US", "CA") or not ref:
            continue
        d = haversine_km(lat, lon, ref[0], ref[1])
        assert d < 161, iso
        moved += d > 1
    assert moved > 20  # the file is the generated one, not the factbook copied


def test_country_points_are_near_the_shape_centroid_when_they_can_be(shared_dir):
    path = shared_dir / "data" / "natural-earth" / "ne_50m_admin_0_countries.json"
    if not path.exists():
        pytest.skip("Natural Earth shapes not available")
    import pycountry

    from eventwire.geo.build import _countryinfo_by_iso2

    pts = _shipped()
    factbook = _countryinfo_by_iso2()
    checked = 0
    for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
        c = pycountry.countries.get(alpha_3=f["properties"].get("ADM0_A3") or "")
        if c is None or c.alpha_2 not in pts or c.alpha_2 in ("US", "CA"):
            continue
        cen = shape_centroid(f["geometry"])
        ref = factbook.get(c.alpha_2, {}).get("latlng")
        if cen is None or not ref or haversine_km(ref[0], ref[1], *cen) > 300:
            continue  # a shape spread too wide for one point (kept at the reference)
        assert haversine_km(*pts[c.alpha_2], *cen) <= 151, c.alpha_2
        checked += 1
    assert checked > 150


def test_gazetteer_uses_the_shipped_country_points():
    from eventwire.geo.gazetteer import Gazetteer

    gaz = Gazetteer.open()
    pts = _shipped()
    china = next(p for p in gaz.lookup("China") if p.iso == "CHN" and p.feature_code == "PCLI")
    assert (round(china.latitude, 3), round(china.longitude, 3)) == tuple(round(x, 3) for x in pts["CN"])


# -- division hints --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("a cow from a Washington state farm", "Washington", True),
        ("Later, New York Gov. Mario Cuomo said", "New York", True),
        ("the Texas legislature voted", "Texas", True),
        ("officials in Washington said", "Washington", False),
        ("clashes in Homs governorate", "Homs", True),
    ],
)
def test_admin_named_after_anywhere_in_the_text(text, name, expected):
    start = text.index(name)
    assert admin_named_after(text, start + len(name)) is expected


def test_admin_named_before():
    text = "first found in the state of Washington in 2003"
    assert admin_named_before(text, text.index("Washington"))
    text = "first found in Washington in 2003"
    assert not admin_named_before(text, text.index("Washington"))


@pytest.fixture(scope="module")
def tagger():
    from eventwire.geo.gazetteer import Gazetteer
    from eventwire.geo.tagger import GeoTagger

    return GeoTagger(Gazetteer.open())


def _resolve_caps(tagger, text):
    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", text)]
    return {pm.text: pm.place for pm in tagger.resolve_spans(text, spans) if pm.place is not None}


def test_a_name_in_a_list_of_states_is_the_state(tagger):
    got = _resolve_caps(tagger, "Cases were found in Oregon, Tennessee, Utah, Washington and Wyoming.")
    assert got["Washington"].feature_code == "ADM1" and got["Washington"].admin1 == "Washington"
    got = _resolve_caps(tagger, "Officials in Washington said on Monday.")
    assert got["Washington"].feature_code == "PPLC"


def test_a_list_of_cities_that_name_provinces_stays_cities(tagger):
    got = _resolve_caps(tagger, "There was fighting in Kabul, Kandahar and Herat.")
    assert got["Kandahar"].feature_code.startswith("PPL")
    assert got["Herat"].feature_code.startswith("PPL")


def test_state_named_as_a_state(tagger):
    text = "The disease was found at a Washington state farm."
    s = text.index("Washington")
    (pm,) = tagger.resolve_spans(text, [(s, s + len("Washington"))])
    assert pm.place.feature_code == "ADM1" and pm.place.iso == "USA"


def _resolve(tagger, text, names):
    spans = []
    for n in names:
        s = text.index(n, spans[-1][1] if spans and n in text[spans[-1][1] :] else 0)
        spans.append((s, s + len(n)))
    return tagger.resolve_spans(text, spans)


def test_division_followed_by_its_country_is_inside_it(tagger):
    text = (
        "EDMONTON - Georgia was named the state champion for Queensland, Australia when she was "
        "young. She moved to Calgary, Alberta."
    )
    got = _resolve(tagger, text, ["EDMONTON", "Queensland", "Australia", "Calgary", "Alberta"])
    assert got[1].place.iso == "AUS" and got[1].place.feature_code == "ADM1"
    got = _resolve(
        tagger, "Ten infants have died in California, United States.", ["California", "United States"]
    )
    assert got[0].place.feature_code == "ADM1" and got[0].place.iso == "USA"


def test_town_division_country_chain(tagger):
    text = "He was pulled over on a highway in Stroud, Ontario, Canada on Monday."
    got = _resolve(tagger, text, ["Stroud", "Ontario", "Canada"])
    assert got[0].place.iso == "CAN"  # not Stroud, England


def test_one_sense_per_name(tagger):
    text = "New York state governor David Paterson said 75 people have died in New York since April."
    got = _resolve(tagger, text, ["New York", "New York"])
    assert [pm.place.feature_code for pm in got] == ["ADM1", "ADM1"]


def test_foreign_spelling_variant_is_a_stray(tagger):
    text = "Violence was reported in Suba, Migori, Homa Bay, Kisumu and Siaya."
    got = _resolve(tagger, text, ["Suba", "Migori", "Homa Bay", "Kisumu", "Siaya"])
    assert got[0].place is not None and got[0].place.iso == "KEN"  # not Suva, Fiji


def test_one_sense_does_not_spread_a_division_over_its_namesake_city(tagger):
    text = "Clashes in Homs governorate on Monday. Later a car bomb exploded in Homs, Syria."
    got = _resolve(tagger, text, ["Homs", "Homs", "Syria"])
    assert got[0].place.feature_code == "ADM1"
    assert got[1].place.feature_code.startswith("PPL")
