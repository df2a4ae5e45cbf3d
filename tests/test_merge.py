"""Merging reports into events: the decision rules, the store's incremental merge, unmerge, undo."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.errors import StoreError
from eventwire.merge import (
    MergeRules,
    compose_event,
    date_interval,
    decide,
    haversine_km,
    summarise_report,
)
from eventwire.output import report_to_dict
from eventwire.store import Store
from eventwire.store.synthetic import make_article, make_report


def _summary(rid: str = "r", **kw):
    return summarise_report(rid, report_to_dict(make_report(**kw)))


@pytest.fixture()
def store():
    with Store.open(":memory:") as s:
        yield s


def test_date_interval_is_precision_aware():
    assert date_interval("2016-05-14", 1) == (dt.date(2016, 5, 14), dt.date(2016, 5, 14))
    assert date_interval("2016-05-14", 2) == (dt.date(2016, 5, 11), dt.date(2016, 5, 17))
    assert date_interval("2016-02-10", 3) == (dt.date(2016, 2, 1), dt.date(2016, 2, 29))
    assert date_interval(None, 1) is None and date_interval("someday", 1) is None


def test_haversine_km():
    assert haversine_km(34.556, 38.2805, 34.556, 38.2805) == 0
    assert 60 < haversine_km(34.556, 38.2805, 34.885, 38.871) < 70  # Palmyra - Sukhna ~ 65 km


def test_same_event_merges_and_says_why():
    d = decide(_summary(), _summary("e", lat=34.58, lon=38.30, actor2=None))
    assert d.merge
    assert "dates overlap" in d.text and "km apart" in d.text and "compatible actors" in d.text


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (dict(date="2016-05-15"), "different dates"),
        (dict(lat=34.885, lon=38.871), "too far apart"),  # Sukhna, 65 km at precision 1
        (dict(actor2="Civilians", inter2=7), "incompatible actors"),
        (dict(sub_event_type="Peaceful protest"), "different kinds"),
        (dict(date=None), "no date"),
        (dict(place=None), "no coordinates"),
    ],
)
def test_different_events_do_not_merge(other, why):
    d = decide(_summary(), _summary("e", **other))
    assert not d.merge
    assert why in d.text


def test_coarser_precision_widens_the_match():
    sukhna = dict(lat=34.885, lon=38.871)
    assert not decide(_summary(), _summary("e", **sukhna)).merge
    assert decide(_summary(geo_precision=3), _summary("e", **sukhna)).merge  # 65 km < 100 km
    # a week-precision date overlaps a day inside it, a month-precision one any day of the month
    assert decide(_summary(date="2016-05-16", date_precision=2), _summary("e")).merge
    assert decide(_summary(date="2016-05-01", date_precision=3), _summary("e")).merge
    assert not decide(_summary(date="2016-06-01", date_precision=3), _summary("e")).merge
    # region precision: same admin1 of the same country matches beyond the radius
    far = dict(lat=35.5, lon=40.2, geo_precision=3)
    assert decide(_summary(**far), _summary("e", geo_precision=3)).merge
    assert not decide(_summary(**far, admin1="Deir ez-Zor"), _summary("e", geo_precision=3)).merge
    assert not decide(_summary(**far), _summary("e", geo_precision=3),
                      rules=MergeRules(same_admin1_at_region=False)).merge


def test_same_article_only_merges_true_duplicates():
    clash = _summary("e")
    assert decide(_summary(), clash, same_article=True).merge  # the title and the body tell one event
    assert not decide(_summary(sub_event_type="Attack", actor2="Civilians"), clash, same_article=True).merge
    d = decide(_summary(actor2=None), clash, same_article=True)
    assert not d.merge and "same article, different actors" in d.text
    assert not decide(_summary(lat=34.58, lon=38.30), clash, same_article=True).merge  # 3 km: another place
    assert decide(_summary(lat=34.58, lon=38.30), clash).merge  # from another article it is the same event


def test_coarse_matches_need_same_type_and_a_known_actor():
    week = dict(date="2016-05-15", date_precision=2)
    assert decide(_summary(**week), _summary("e", **week)).merge
    d = decide(_summary(**week, sub_event_type="Air/drone strike"), _summary("e", **week))
    assert not d.merge and "only the same sub type" in d.text
    d = decide(_summary(**week, actor1=None, actor2=None), _summary("e", **week))
    assert not d.merge and "known actor in common" in d.text
    # exact day and town: one unknown side is fine, co-occurring tactics merge
    assert decide(_summary(actor1=None, actor2=None, sub_event_type="Air/drone strike"), _summary("e")).merge


def test_country_only_places_never_match():
    syria = dict(place="Syria", lat=35.0, lon=38.0, geo_precision=3, admin1=None)
    d = decide(_summary(**syria), _summary("e", **syria))
    assert not d.merge and "whole country" in d.text


def test_unknown_actors_are_compatible_with_anyone():
    assert decide(_summary(actor1="Unidentified Armed Group (Syria)", actor2=None), _summary("e")).merge
    assert decide(_summary(actor1=None, actor2=None), _summary("e")).merge


def test_background_report_not_merged_into_news_of_its_day():
    news = _summary("e", date="2016-05-16")
    bg = _summary(date="2016-05-16", background=True)
    d = decide(bg, news, published=dt.date(2016, 5, 16))
    assert not d.merge and "background" in d.text
    # dated to a past day, a background report may join the event of that day
    assert decide(_summary(background=True), _summary("e"), published=dt.date(2016, 5, 16)).merge


def test_compose_event_takes_higher_type_precise_place_lowest_toll():
    strike = report_to_dict(make_report(sub_event_type="Air/drone strike", fatalities=12, geo_precision=2))
    battle = report_to_dict(make_report(sub_event_type="Armed clash", fatalities=7, place="Palmyra citadel",
                                        geo_precision=1))
    ev = compose_event([strike, battle])
    assert ev["sub_event_type"] == "Armed clash"  # an air strike inside a battle is one Battles event
    assert ev["location"]["text"] == "Palmyra citadel"
    assert ev["fatalities"]["count"] == 7
    assert ev["background"] is False
    with pytest.raises(ValueError):
        compose_event([])


def test_store_merges_across_articles_and_lists_sources(store):
    store.add_article(make_article("a", [make_report(fatalities=3)], outlet="Syria News"))
    store.add_article(make_article("b", [make_report(lat=34.58, lon=38.3, actor2=None, fatalities=5)], outlet="AFP"))
    store.add_article(make_article("c", [make_report(date="2016-05-15")], outlet="AP"))  # another day
    store.add_article(make_article("d", [make_report(lat=34.885, lon=38.871)], outlet="AP"))  # 65 km away
    store.add_article(make_article("e", [make_report(actor2="Civilians", inter2=7)], outlet="AP"))  # other pair
    events = store.query_events()
    assert len(events) == 4
    merged = [e for e in events if e["sources"] == 2]
    assert len(merged) == 1
    ev = store.get_event(merged[0]["id"])
    assert ev["outlets"] == ["Syria News", "AFP"]
    assert ev["fatalities"]["count"] == 3
    assert [r["decision"] for r in ev["reports"]] == ["new", "merged"]
    assert "3.2 km apart" in ev["reports"][1]["explanation"]
    lone = [e for e in events if e["sources"] == 1]
    for e in lone:
        assert store.get_event(e["id"])["reports"][0]["explanation"].startswith("new event")


def test_unmerge_and_undo(store):
    store.add_article(make_article("a", [make_report()]))
    store.add_article(make_article("b", [make_report(lat=34.58, lon=38.3)]))
    (event,) = store.query_events()
    assert event["sources"] == 2
    second = store.get_event(event["id"])["reports"][1]["id"]
    new_id = store.unmerge(event["id"], second)
    assert store.count_events() == 2
    assert store.get_event(new_id)["reports"][0]["id"] == second
    assert store.get_event(event["id"])["sources"] == 1
    store.undo()  # undo the unmerge: back into one event
    assert store.count_events() == 1 and store.get_event(event["id"])["sources"] == 2
    store.undo()  # undo the original merge
    assert store.count_events() == 2
    with pytest.raises(StoreError):
        store.unmerge(event["id"], "rp_nope")
    with pytest.raises(StoreError):
        store.unmerge(event["id"], store.get_event(event["id"])["reports"][0]["id"])  # its only report
    # a later article still merges incrementally into the right event
    store.add_article(make_article("c", [make_report(lat=34.557, lon=38.281)]))
    assert store.count_events() == 2


def test_store_keeps_an_articles_distinct_reports_apart(store):
    store.add_article(make_article("one", [make_report(), make_report(sub_event_type="Abduction/forced disappearance",
                                                                      actor2="Civilians", inter2=7, start=100)]))
    assert store.count_events() == 2
    store.add_article(make_article("dup", [make_report(), make_report(start=80)]))  # title + body: one event
    events = store.query_events()
    assert len(events) == 2
    clash = next(e for e in events if e["sub_event_type"] == "Armed clash")
    assert clash["sources"] == 2 and clash["n_reports"] == 3


def test_move_report_by_hand_and_undo(store):
    store.add_article(make_article("a", [make_report()]))
    store.add_article(make_article("b", [make_report(date="2016-05-15")]))
    first, second = sorted(store.query_events(), key=lambda e: e["date"]["value"])
    moved = store.get_event(second["id"])["reports"][0]["id"]
    store.move_report(moved, first["id"])
    assert store.count_events() == 1 and store.get_event(first["id"])["n_reports"] == 2
    assert store.get_event(second["id"]) is None  # emptied, so deleted
    store.undo()
    assert store.count_events() == 2
    assert store.get_event(first["id"])["n_reports"] == 1


def test_negated_reports_are_stored_without_event(store):
    store.add_article(make_article("neg", [make_report(negated=True)]))
    assert store.count_events() == 0 and store.table_counts()["reports"] == 1


def test_background_report_kept_apart_from_news_of_the_day(store):
    store.add_article(make_article("news", [make_report(date="2016-05-16")]))
    store.add_article(make_article("bg", [make_report(date="2016-05-16", background=True)]))
    events = store.query_events()
    assert len(events) == 2
    assert sorted(e["background"] for e in events) == [False, True]
    assert store.count_events(include_background=False) == 1


def test_incremental_merge_finds_candidates_among_many(store):
    from eventwire.store.synthetic import synthetic_articles

    store.add_articles(synthetic_articles(3000, seed=3))
    before = store.count_events()
    store.add_article(make_article("probe", [make_report(date="2021-03-03")]))
    store.add_article(make_article("probe2", [make_report(date="2021-03-03", lat=34.56, lon=38.29)]))
    assert store.count_events() == before + 1
    (ev,) = [e for e in store.query_events(start="2021-03-03", end="2021-03-03", actor="islamic state")
             if e["location"]["name"] == "Palmyra"]
    assert ev["sources"] == 2
