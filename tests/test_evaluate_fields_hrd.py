"""Scoring who did it to whom on HRDsAttack gold (perpetrator, violation types, victims), by hand."""

from __future__ import annotations

import json

import pytest

from eventwire.evaluate.fields import score_fields, score_who_whom
from eventwire.evaluate.gold import EventFieldsItem, GoldVictim, read_gold


def _item(i: int, *, pm=True, pt="state actor", vt=("arbitrary detention",), victims=()) -> EventFieldsItem:
    return EventFieldsItem(id=f"x:{i}", text="", title=None, published=None, country=None, region=None,
                           city=None, year=None, month=None, day=None, perpetrator_mention=pm,
                           perpetrator_type=pt, violation_types=list(vt), victims=list(victims))


def _v(name, *, sex="man", age="adult", pop="individual", types=("journalist",)) -> GoldVictim:
    return GoldVictim(name=name, population_type=pop, types=list(types), sex=sex, age_group=age)


def test_perpetrator_mention_and_type():
    gold = [_item(1, pm=True, pt="state actor"), _item(2, pm=False, pt=None), _item(3, pm=True, pt="regional orgs")]
    preds = {"x:1": {"perpetrator_mention": True, "perpetrator_type": "state actor"},
             "x:2": {"perpetrator_mention": True, "perpetrator_type": "state actor"},
             "x:3": {"perpetrator_mention": False, "perpetrator_type": "state actor"}}
    s = score_who_whom(gold, preds)
    assert s["perpetrator_mention_precision"] == pytest.approx(1 / 2)
    assert s["perpetrator_mention_recall"] == pytest.approx(1 / 2)
    # item 2 has no gold type: not counted
    assert s["perpetrator_type_n"] == 2 and s["perpetrator_type_acc"] == pytest.approx(1 / 2)


def test_violation_types_micro_prf_exact_and_loose():
    gold = [_item(1, vt=("killing", "torture")), _item(2, vt=("unknown", "other")), _item(3, vt=("kidnapping",))]
    preds = {"x:1": {"violation_types": ["killing"]},           # 1 tp, 1 fn
             "x:2": {"violation_types": ["other"]},             # gold 'unknown' dropped: exact
             "x:3": {"violation_types": []}}                    # read as {'unknown'}: 1 fp, 1 fn
    s = score_who_whom(gold, preds)
    assert s["violation_types_n"] == 3
    assert s["violation_types_precision"] == pytest.approx(2 / 3)
    assert s["violation_types_recall"] == pytest.approx(2 / 4)
    assert s["violation_types_acc"] == pytest.approx(1 / 3)
    assert s["violation_types_loose_acc"] == pytest.approx(2 / 3)


def test_victim_names_exact_loose_and_tokens():
    gold = [_item(1, victims=[_v("Peter Magombeyi"), _v("Obert Masaraure"), GoldVictim(name=None, types=[])])]
    preds = {"x:1": {"victims": [{"name": "Peter Magombeyi"}, {"name": "Masaraure"}, {"name": "Nick Mangwana"},
                                 {"name": None}]}}
    s = score_who_whom(gold, preds)
    assert s["victims_gold_n"] == 2  # the unnamed gold victim does not count
    assert s["victims_pred_n"] == 3
    assert s["victim_precision"] == pytest.approx(1 / 3) and s["victim_recall"] == pytest.approx(1 / 2)
    assert s["victim_loose_precision"] == pytest.approx(2 / 3) and s["victim_loose_recall"] == pytest.approx(2 / 2)
    # tokens: predicted Peter, Magombeyi, Masaraure, Nick, Mangwana; 3 of 5 in gold's 4
    assert s["victim_token_precision"] == pytest.approx(3 / 5)
    assert s["victim_token_recall"] == pytest.approx(3 / 4)


def test_predicted_name_inside_another_is_dropped():
    gold = [_item(1, victims=[_v("Ali Hassan")])]
    preds = {"x:1": {"victims": [{"name": "Hassan"}, {"name": "Ali Hassan"}]}}
    s = score_who_whom(gold, preds)
    assert s["victims_pred_n"] == 1 and s["victim_f1"] == pytest.approx(1.0)


def test_victim_attributes_on_matched_victims():
    gold = [_item(1, victims=[
        _v("Ana Diaz", sex="woman", types=("human rights defender", "insufficient information")),
        _v("Luis Perez", sex="man", age="adult", types=()),
        _v("Unfound Person")])]
    preds = {"x:1": {"victims": [
        {"name": "Ana Diaz", "sex": "woman", "age_group": "adult", "population_type": "individual",
         "types": ["human rights defender"]},
        {"name": "Perez", "sex": "unknown", "age_group": "child", "population_type": "individual", "types": []}]}}
    s = score_who_whom(gold, preds)
    assert s["victim_attr_n"] == 2  # the unfound gold victim is not scored
    assert s["victim_sex_acc"] == pytest.approx(1 / 2)
    assert s["victim_age_acc"] == pytest.approx(1 / 2)
    assert s["victim_population_acc"] == pytest.approx(1.0)
    # 'insufficient information' next to another type is dropped; empty == insufficient information
    assert s["victim_type_acc"] == pytest.approx(1.0)


def test_score_fields_keeps_place_keys_and_adds_who_whom():
    gold = [_item(1)]
    s = score_fields(gold, {"x:1": {"perpetrator_type": "state actor", "violation_types": ["arbitrary detention"]}})
    for key in ("country_acc", "admin1_acc", "city_acc", "date_acc", "country_n", "country_unreadable"):
        assert key in s
    assert s["perpetrator_type_acc"] == 1.0 and s["violation_types_acc"] == 1.0


def test_missing_prediction_scores_as_no_answer():
    s = score_who_whom([_item(1, victims=[_v("A B")])], {})
    assert s["perpetrator_mention_recall"] == 0.0
    assert s["violation_types_acc"] == 0.0  # {'unknown'} against {'arbitrary detention'}
    assert s["victim_recall"] == 0.0 and s["victim_attr_n"] == 0


def test_gold_reader_reads_who_whom(tmp_path):
    rec = {"id": "h:1", "text": "t", "title": None, "published": None,
           "gold": {"country": "Iran", "region": None, "city": None, "year": 2020, "month": None, "day": None,
                    "date_raw": {"year": "2020", "month": None, "day": None}, "perpetrator_mention": True,
                    "perpetrator_type": "state actor", "violation_types": ["arbitrary detention"],
                    "victims": [{"idx": 1, "population_type": "individual", "name": "Narges Mohammadi",
                                 "keywords": None, "types": ["human rights defender"], "sex": "woman",
                                 "age_group": "adult"}]}}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(rec) + "\n")
    (item,) = read_gold("event-fields", path)
    assert item.perpetrator_mention is True and item.perpetrator_type == "state actor"
    assert item.victims[0].name == "Narges Mohammadi" and item.victims[0].sex == "woman"
    # a record without the keys still reads (older gold files)
    del rec["gold"]["victims"], rec["gold"]["violation_types"], rec["gold"]["perpetrator_type"]
    path.write_text(json.dumps(rec) + "\n")
    (item,) = read_gold("event-fields", path)
    assert item.victims == [] and item.perpetrator_type is None
