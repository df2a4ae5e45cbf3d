"""Task scorers of eventwire.evaluate on tiny hand-made gold/prediction pairs (values by hand)."""

from __future__ import annotations

import math

import pytest

from eventwire.evaluate.countries import country_iso3, gold_countries
from eventwire.evaluate.event_type import NONE, predicted_class, score_event_type
from eventwire.evaluate.extraction import score_extraction, shingles
from eventwire.evaluate.fields import place_key, score_fields
from eventwire.evaluate.geoparse import score_geoparse
from eventwire.evaluate.gold import (
    EventFieldsItem,
    EventTypeItem,
    ExtractionItem,
    GeoparseItem,
    GoldToponym,
    RelevanceItem,
)
from eventwire.evaluate.metrics import MAX_ERROR_KM
from eventwire.evaluate.relevance import score_relevance

# -- geoparse -------------------------------------------------------------------------------------
TEXT = "Paris and Lyon and Rome. French"


def _geo_gold() -> list[GeoparseItem]:
    return [GeoparseItem("g:1", TEXT, [
        GoldToponym(0, 5, "Paris", 48.8566, 2.3522, 2988507),
        GoldToponym(10, 14, "Lyon", 45.764, 4.8357, 2996944),
        GoldToponym(19, 23, "Rome", 41.9, 12.5, None),
        GoldToponym(25, 31, "French", None, None, None),
    ])]


def _geo_pred() -> dict[str, dict]:
    return {"g:1": {"id": "g:1", "toponyms": [
        {"start": 0, "end": 5, "latitude": 48.8566, "longitude": 2.3522, "geonameid": 2988507},
        {"start": 10, "end": 15, "latitude": 45.764, "longitude": 4.8357, "geonameid": 1},  # overlaps Lyon
        {"start": 15, "end": 18, "latitude": 1.0, "longitude": 1.0, "geonameid": None},  # "and": wrong
        {"start": 25, "end": 31, "latitude": None, "longitude": None, "geonameid": None},  # unresolved
    ]}}


def test_geoparse_recognition_exact_and_partial():
    out = score_geoparse(_geo_gold(), _geo_pred())
    # exact: Paris and French -> 2 of 4 predicted, 2 of 4 gold
    assert out["recognition"]["precision"] == pytest.approx(0.5)
    assert out["recognition"]["recall"] == pytest.approx(0.5)
    assert out["recognition"]["f1"] == pytest.approx(0.5)
    # partial: 3 of 4 predicted overlap a gold span; 3 of 4 gold spans are overlapped
    assert out["recognition_partial"]["precision"] == pytest.approx(0.75)
    assert out["recognition_partial"]["recall"] == pytest.approx(0.75)


def test_geoparse_resolution_with_max_error_for_missed():
    res = score_geoparse(_geo_gold(), _geo_pred())["resolution"]
    # Paris 0 km, Lyon 0 km (overlapping span), Rome not predicted -> 20039; French has no coordinates
    assert res["n"] == 3
    assert res["acc161"] == pytest.approx(2 / 3)
    assert res["mean_km"] == pytest.approx(MAX_ERROR_KM / 3)
    assert res["median_km"] == pytest.approx(0.0)
    expected_auc = (math.log(MAX_ERROR_KM + 1) / 2) / (math.log(MAX_ERROR_KM) * 2)
    assert res["auc"] == pytest.approx(expected_auc)
    assert res["unresolved"] == 1


def test_geoparse_geonameid_accuracy_and_missing_document():
    out = score_geoparse(_geo_gold(), _geo_pred())
    assert out["geonameid"] == {"n": 2, "acc": pytest.approx(0.5)}
    nothing = score_geoparse(_geo_gold(), {})
    assert nothing["recognition"]["recall"] == 0.0
    assert nothing["resolution"]["mean_km"] == pytest.approx(MAX_ERROR_KM)
    assert nothing["resolution"]["acc161"] == 0.0


def test_geoparse_prefers_exact_span_over_larger_overlap():
    gold = [GeoparseItem("g:2", "New York City", [GoldToponym(0, 8, "New York", 40.71, -74.0, None)])]
    pred = {"g:2": {"id": "g:2", "toponyms": [
        {"start": 0, "end": 13, "latitude": 0.0, "longitude": 0.0, "geonameid": None},
        {"start": 0, "end": 8, "latitude": 40.71, "longitude": -74.0, "geonameid": None},
    ]}}
    assert score_geoparse(gold, pred)["resolution"]["mean_km"] == pytest.approx(0.0)


# -- event type -----------------------------------------------------------------------------------
def test_event_type_codes_and_strings():
    assert predicted_class("Air/drone strike") == "AIR_STRIKE"
    assert predicted_class("arrests") == "ARREST"
    assert predicted_class("AIR_STRIKE") == "AIR_STRIKE"
    assert predicted_class(None) == NONE
    assert predicted_class("Something else") == NONE


def test_event_type_scores_by_hand():
    gold = [EventTypeItem("e:1", "", "AIR_STRIKE"), EventTypeItem("e:2", "", "AIR_STRIKE"),
            EventTypeItem("e:3", "", "ARREST"), EventTypeItem("e:4", "", "DIPLO")]
    preds = {"e:1": {"label": "Air/drone strike"}, "e:2": {"label": None}, "e:3": {"label": "Arrests"},
             "e:4": {"label": "Armed clash"}}
    out = score_event_type(gold, preds)
    # classes: gold [AS, AS, AR, NONE], pred [AS, NONE, AR, CLASH]; F1: AS 2/3, AR 1, NONE 0, CLASH 0
    assert out["n"] == 4
    assert out["micro_f1"] == pytest.approx(0.5)
    assert out["macro_f1"] == pytest.approx(5 / 12)
    assert out["weighted_f1"] == pytest.approx(7 / 12)
    acled = out["acled_only"]
    # ACLED-labelled only: gold [AS, AS, AR], pred [AS, NONE, AR]; labels AS, AR, NONE
    assert acled["n"] == 3
    assert acled["micro_f1"] == pytest.approx(2 / 3)
    assert acled["macro_f1"] == pytest.approx(5 / 9)
    assert acled["weighted_f1"] == pytest.approx(7 / 9)


def test_event_type_non_acled_gold_is_matched_by_no_event():
    gold = [EventTypeItem("e:1", "", "NATURAL_DISASTER"), EventTypeItem("e:2", "", "ORG_CRIME")]
    out = score_event_type(gold, {"e:1": {"label": None}})  # e:2 missing -> NONE as well
    assert out["micro_f1"] == pytest.approx(1.0)


# -- extraction -----------------------------------------------------------------------------------
def test_shingles_short_and_empty_texts():
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("one two") == {("one", "two"): 1}
    assert shingles("") == {}


def test_extraction_scores_by_hand():
    gold = [ExtractionItem("x:1", None, "", "a b c d e"),
            ExtractionItem("x:2", None, "", "one two"),
            ExtractionItem("x:3", None, "", "Hello, world again now!")]
    preds = {"x:1": {"text": "a b c d x"}, "x:2": {"text": ""}, "x:3": {"text": "Hello world\n\nagain now"}}
    out = score_extraction(gold, preds)
    # x:1 P=R=1/2; x:2 empty prediction: no precision, recall 0; x:3 exact: P=R=1
    assert out["precision"] == pytest.approx(0.75)
    assert out["recall"] == pytest.approx(0.5)
    assert out["f1"] == pytest.approx(0.6)
    assert out["accuracy"] == pytest.approx(1 / 3)
    assert out["empty"] == 1
    assert out["n"] == 3


def test_extraction_is_case_sensitive_like_the_benchmark():
    gold = [ExtractionItem("x:1", None, "", "Hello world again now")]
    out = score_extraction(gold, {"x:1": {"text": "hello world again now"}})
    assert out["precision"] == 0.0 and out["recall"] == 0.0 and out["accuracy"] == 0.0


# -- event fields ---------------------------------------------------------------------------------
def test_country_normalisation():
    assert country_iso3("USA") == "USA"
    assert country_iso3("People's Republic of China") == "CHN"
    assert country_iso3("Nigeia") == "NGA"  # misspelt
    assert country_iso3("England") == "GBR"
    assert country_iso3("Yemeni") == "YEM"
    assert country_iso3("Africa") is None
    assert gold_countries("Myanmar and Iran") == {"MMR", "IRN"}
    assert gold_countries("multiple (South Africa, Zimbabwe, Malawi, etc.)") == {"ZAF", "ZWE", "MWI"}


def test_place_key_folds_case_accents_and_admin_words():
    assert place_key("Kaduna State", admin=True) == place_key("kaduna", admin=True)
    assert place_key("Sāo Paulo") == place_key("sao paulo")
    assert place_key("State of Mexico", admin=True) == "mexico"
    assert place_key("Kaduna State") != place_key("Kaduna")  # only admin names drop the suffix


def _fields(i, country, region, city, y, m, d):
    return EventFieldsItem(f"f:{i}", "", None, None, country, region, city, y, m, d)


def test_event_fields_by_hand():
    gold = [
        _fields(1, "USA", "Indiana", "Bloomington", 2020, 7, 4),
        _fields(2, "People's Republic of China", None, "Hong Kong", 2019, None, None),
        _fields(3, "Africa", "Kaduna", "unknown", 2021, 3, 15),
        _fields(4, "Nigeia", "Lagos", "Ikeja", None, None, None),
    ]
    preds = {
        "f:1": {"country": "USA", "admin1": "Indiana", "city": "Bloomington", "year": 2020, "month": 7, "day": 4},
        "f:2": {"country": "CHN", "admin1": None, "city": "Hong Kong", "year": 2019, "month": 8, "day": 1},
        "f:3": {"country": "NGA", "admin1": "Kaduna State", "city": "Zaria", "year": 2021, "month": 3, "day": 14},
        "f:4": {"country": None, "admin1": "Lagos State", "city": "Lagos", "city_alt": ["Ikeja"]},
    }
    out = score_fields(gold, preds)
    assert out["n"] == 4
    # country: items 1, 2, 4 readable (Africa is not); 4 predicted nothing
    assert out["country_n"] == 3 and out["country_acc"] == pytest.approx(2 / 3)
    assert out["country_unreadable"] == 1
    # admin1: items 1, 3, 4; all match after folding "State"
    assert out["admin1_n"] == 3 and out["admin1_acc"] == pytest.approx(1.0)
    # city: items 1, 2, 4 ("unknown" is not known); item 4 matches through city_alt
    assert out["city_n"] == 3 and out["city_acc"] == pytest.approx(1.0)
    # date: items 1 (all equal), 2 (year only: equal), 3 (day differs)
    assert out["date_n"] == 3 and out["date_acc"] == pytest.approx(2 / 3)
    assert out["year_acc"] == pytest.approx(1.0)
    assert out["month_acc"] == pytest.approx(1.0)
    assert out["day_acc"] == pytest.approx(0.5)


# -- relevance ------------------------------------------------------------------------------------
def test_relevance_by_hand():
    gold = [RelevanceItem(f"r:{i}", "", rel) for i, rel in enumerate([True, True, False, False, True])]
    preds = {"r:0": {"relevant": True}, "r:1": {"relevant": False}, "r:2": {"relevant": True},
             "r:3": {"relevant": False}}  # r:4 missing -> not relevant
    out = score_relevance(gold, preds)
    assert (out["tp"], out["fp"], out["fn"], out["tn"]) == (1, 1, 2, 1)
    assert out["precision"] == pytest.approx(0.5)
    assert out["recall"] == pytest.approx(1 / 3)
    assert out["f1"] == pytest.approx(0.4)
    assert out["n"] == 5


def test_names_match_tolerates_misspellings_of_long_names_only():
    from eventwire.evaluate.fields import names_match

    assert names_match("Beijin", ["Beijing"])
    assert names_match("Sana’a", ["Sanaa"])
    assert not names_match("Gaza", ["Giza"])  # short names must match exactly
    assert not names_match("Lagos", ["Laos", None])
    assert not names_match("Minneapolis", ["Detroit"])
