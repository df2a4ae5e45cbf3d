"""Where an article's violation happened: the town chosen inside the dominant admin1
(events.linking.dominant_place), the mention features behind the weights (mention_features), and the
admin1 / city fields the event-fields predictor writes (evaluate.predict._place_fields)."""

from __future__ import annotations

import functools
import math

from eventwire.evaluate.predict import _place_fields
from eventwire.events.linking import (
    WEIGHTS,
    dominant_place,
    mention_features,
    mention_weights,
    place_level,
    specificity,
)
from eventwire.records import Article, Place, PlaceMention, Section


def place(name, iso, admin1=None, admin2=None, code="PPL", country="Somewhere"):
    return Place(name=name, iso=iso, country=country, admin1=admin1, admin2=admin2, feature_code=code,
                 geo_precision=1, latitude=0.0, longitude=0.0)


def mention(p, text=None, start=0, kind="toponym"):
    text = text or p.name
    return PlaceMention(start, start + len(text), text, p, kind=kind)


BARE = Article(id="t", text="")

ALABAMA = place("Alabama", "USA", "Alabama", code="ADM1")
LEE = place("Lee County", "USA", "Alabama", "Lee County", code="ADM2")
AUBURN = place("Auburn", "USA", "Alabama", "Lee County")
MONTGOMERY = place("Montgomery", "USA", "Alabama", "Montgomery County", code="PPLA")


# -- the town of the dominant admin1 ----------------------------------------------------------------
def test_a_districts_weight_goes_to_the_towns_named_in_it():
    weights = [(mention(ALABAMA), 4.0), (mention(LEE, start=10), 3.0), (mention(MONTGOMERY, start=30), 2.0),
               (mention(AUBURN, start=50), 1.0)]
    best = dominant_place(BARE, "USA", weights=weights)
    assert best is not None and best.place.name == "Auburn"  # 1 + 3 (its county) over Montgomery's 2
    # without the county, Montgomery's own weight wins: the county's weight made the difference
    best = dominant_place(BARE, "USA", weights=[w for w in weights if w[0].place is not LEE])
    assert best is not None and best.place.name == "Montgomery"


def test_a_district_without_a_named_town_is_kept():
    weights = [(mention(ALABAMA), 4.0), (mention(LEE, start=10), 3.0), (mention(MONTGOMERY, start=30), 2.0)]
    best = dominant_place(BARE, "USA", weights=weights)
    assert best is not None and best.place.name == "Lee County"


def test_a_region_or_province_is_never_the_town():
    gaza_strip = place("Gaza Strip", "PSE", "Gaza Strip", code="RGN")
    gaza = place("Gaza", "PSE", "Gaza Strip", "Gaza", code="PPLA")
    weights = [(mention(gaza_strip), 6.0), (mention(gaza, start=20), 1.0)]
    best = dominant_place(BARE, "PSE", weights=weights)
    assert best is not None and best.place.name == "Gaza"
    # a province named in a relative phrase ("the area of Niger state") is the province, not a town
    niger = place("Niger State", "NGA", "Niger State", code="ADM1")
    mariga = place("Mariga", "NGA", "Niger State", "Mariga", code="ADM2")
    area = mention(niger, "area of Niger state", kind="relative")
    assert specificity(area) == 0 and place_level(area) == 2
    best = dominant_place(BARE, "NGA", weights=[(area, 5.0), (mention(mariga, start=40), 1.0)])
    assert best is not None and best.place.name == "Mariga"


def test_the_main_events_place_adds_weight_to_its_admin1():
    texas = place("El Paso", "USA", "Texas", "El Paso County")
    weights = [(mention(AUBURN), 2.0), (mention(texas, start=20), 1.5)]
    assert dominant_place(BARE, "USA", weights=weights).place.name == "Auburn"

    class Main:
        location = mention(texas, start=20)

    assert dominant_place(BARE, "USA", weights=weights, main=Main()).place.name == "El Paso"
    assert dominant_place(BARE, "USA", weights=weights, main=Main(), main_weight=0.0).place.name == "Auburn"


# -- mention features ------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


def parsed(title: str, body: str, places: dict[str, Place]) -> Article:
    """A parsed headline + body with one place mention (the first occurrence) per given name."""
    text = f"{title}\n\n{body}"
    a = Article(id="t", text=text, title=title)
    a.sections = [Section("title", 0, len(title)), Section("body", len(title) + 2, len(text))]
    a.doc = nlp()(text)
    for surface, p in places.items():
        i = text.index(surface)
        a.place_mentions.append(PlaceMention(i, i + len(surface), surface, p))
    return a


def test_mention_weights_are_the_product_of_their_features_weights():
    a = parsed("Journalist kidnapped in Matamoros",
               "Officials in Washington said on Monday they were concerned. He lived in Lahore.",
               {"Matamoros": place("Matamoros", "MEX", "Tamaulipas"),
                "Washington": place("Washington", "USA", "District of Columbia", code="PPLC"),
                "Lahore": place("Lahore", "PAK", "Punjab", code="PPLA")})
    feats = {m.text: f for m, f in mention_features(a)}
    weights = {m.text: w for m, w in mention_weights(a)}
    assert "title" in feats["Matamoros"] and "on_act" in feats["Matamoros"]
    assert "title" not in feats["Lahore"] and "on_act" not in feats["Lahore"]
    for name, f in feats.items():
        assert math.isclose(weights[name], math.prod(WEIGHTS.get(k, 1.0) for k in f)), name
    assert weights["Matamoros"] > weights["Washington"] and weights["Matamoros"] > weights["Lahore"]


# -- the admin1 and city fields --------------------------------------------------------------------
def test_uk_regions_are_counties_and_council_areas():
    johnstone = place("Johnstone", "GBR", "Scotland", "Renfrewshire", country="United Kingdom")
    out = _place_fields(mention(johnstone))
    assert out["country"] == "GBR" and out["admin1"] == "Renfrewshire" and out["city"] == "Johnstone"
    camden = place("Camden Town", "GBR", "England", "Greater London", code="PPLA3", country="United Kingdom")
    out = _place_fields(mention(camden, "Camden"))
    assert out["admin1"] == "Greater London" and "London" in out["admin1_alt"] and "Camden" in out["city_alt"]
    county = place("Renfrewshire", "GBR", "Scotland", "Renfrewshire", code="ADM2", country="United Kingdom")
    assert _place_fields(mention(county))["admin1"] == "Renfrewshire"
    # a nation named alone stays the admin1; other countries keep the gazetteer's admin1
    scotland = place("Scotland", "GBR", "Scotland", code="ADM1", country="United Kingdom")
    assert _place_fields(mention(scotland))["admin1"] == "Scotland"
    assert _place_fields(mention(AUBURN))["admin1"] == "Alabama"


def test_a_relative_locations_own_name_is_its_anchor():
    raqqa = place("Ar Raqqah", "SYR", "Ar-Raqqah", "Ar-Raqqah", code="PPLA", country="Syria")
    near = PlaceMention(0, 10, "near Raqqa", raqqa, kind="relative", anchor="Raqqa")
    out = _place_fields(near)
    assert out["city"] == "Ar Raqqah" and out["city_alt"] == ["Raqqa"]
    hadramout = place("Muhafazat Hadramawt", "YEM", "Muhafazat Hadramawt", code="ADM1", country="Yemen")
    prov = PlaceMention(0, 30, "southeastern province of Hadramout", hadramout, kind="relative", anchor="Hadramout")
    alt = _place_fields(prov)["admin1_alt"]
    assert "Hadramout" in alt and "southeastern province of Hadramout" not in alt
    # a plain toponym keeps its own text
    assert _place_fields(mention(raqqa, "Raqqa"))["city_alt"] == ["Raqqa"]


def test_a_capital_that_acts_is_its_government_not_a_place():
    a = parsed("Activist detained", "Moscow denied the reports. The activist was detained in Kazan on Monday.",
               {"Moscow": place("Moscow", "RUS", "Moscow", code="PPLC"),
                "Kazan": place("Kazan", "RUS", "Tatarstan", code="PPLA")})
    feats = {m.text: f for m, f in mention_features(a)}
    assert "agent" in feats["Moscow"] and "agent" not in feats["Kazan"]
    best = dominant_place(a, "RUS")
    assert best is not None and best.place.name == "Kazan"


def test_generic_words_before_an_admin1_name_give_its_common_name():
    mukalla = place("Al Mukalla", "YEM", "Muhafazat Hadramawt", code="PPLA", country="Yemen")
    out = _place_fields(mention(mukalla, "Mukalla"))
    assert out["admin1"] == "Muhafazat Hadramawt" and "Hadramawt" in out["admin1_alt"]
    assert _place_fields(mention(AUBURN))["admin1_alt"] == []  # nothing to strip
