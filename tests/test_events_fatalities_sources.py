"""Tolls that sources disagree on: ACLED takes the lowest credible figure, and whoever gives a toll
("police put the toll at 12") is no party to the act. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article

PUBLISHED = dt.date(2024, 3, 5)


def _reports(pipeline, text: str):
    a = pipeline.process(Article(id="fs", text=text, published=PUBLISHED))
    return [r for r in a.reports if not (r.negated or r.speculative)]


def test_toll_given_by_police_is_the_lower_figure_and_police_are_no_doer(pipeline):
    reports = _reports(pipeline, "Gunmen attacked a hamlet in Katsina state on Sunday. Villagers said 18 people were "
                                 "killed, while police put the toll at 9.")
    assert len(reports) == 1
    r = reports[0]
    assert r.sub_event_type == "Attack"
    assert r.fatalities.count == 9
    assert r.actor1 is None or "Police" not in r.actor1.name


def test_toll_estimated_by_officials_counts(pipeline):
    reports = _reports(pipeline, "Officials estimated the death toll at 27 after insurgents raided a market in Yobe state.")
    assert reports and reports[0].fatalities.count == 27


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a party's vague claim against a sober figure: the lower one, told by who is no party
        ("Militants attacked Kiboko village, targeting the homes of farmers. The militants claimed 'many' killed, "
         "though hospital sources indicated four dead.", 4),
        # two sources, the same victims: the lowest
        ("Rebels said they killed 30 soldiers in the ambush near Beni, but the army said six soldiers died.", 6),
    ],
)
def test_rival_tolls_take_the_lowest(pipeline, text, count):
    reports = _reports(pipeline, text)
    assert reports
    assert max(r.fatalities.count for r in reports) == count


def test_tolls_of_different_places_still_add_up(pipeline):
    reports = _reports(pipeline, "Two people were killed in Gao and three in Kidal on Monday, officials said.")
    assert sorted(r.fatalities.count for r in reports) == [2, 3]


def test_claimed_toll_in_a_sentence_of_its_own_is_no_second_event(pipeline):
    reports = _reports(pipeline, "On 4 March 2024, JNIM militants ambushed a Malian army patrol near Mopti, killing 6 "
                                 "soldiers. The group claimed 25 soldiers killed.")
    battles = [r for r in reports if r.event_type == "Battles"]
    assert len(battles) == 1
    assert battles[0].fatalities.count == 6
    assert any("25 claimed" in n for n in battles[0].notes)
