"""An ACLED coder's audit, fourth round: eves of named days, and clashes of herders with farmers.

- "on the eve of Sunday's election" is the day before the day it names (the Saturday, precision 1);
  "on the eve of the election", with no day named, gives no date (none is invented);
- a clash with herders as a side and no brawl weapons told ("clashes between herders and farmers")
  is ACLED's armed clash of communal (identity) militias, both sides inter 4; herders and farmers
  fighting with sticks and machetes stay mob violence; herders killing farmers is an attack.

Short texts written for these tests. Fast tests read the time stage and the typing; the slow ones run
the full pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import type_of
from eventwire.records import Article
from eventwire.timex import resolve_date_expression, tag_dates

PUB = dt.date(2024, 5, 15)  # a Wednesday


# --- eves -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("expr", "value"),
    [
        ("on the eve of Sunday's", "2024-05-11"),  # Sunday = 12 May
        ("the eve of Sunday", "2024-05-11"),
        ("on the eve of 3 May", "2024-05-02"),
        ("on the eve of May 1, 2020", "2020-04-30"),
    ],
)
def test_eve_is_the_day_before(expr, value):
    got = resolve_date_expression(expr, PUB)
    assert (got.value, got.precision) == (value, 1)


def test_eve_without_publication_date_invents_nothing():
    got = resolve_date_expression("on the eve of Sunday's", None)
    assert got.value is None and got.reason


def _dates(text):
    a = Article(id="audit4", text=text, published=PUB)
    tag_dates(a)
    return a.date_mentions


def test_eve_mention_is_tagged_whole():
    (m,) = _dates("Gunmen killed five people in Bama on the eve of Sunday's election.")
    assert m.text.startswith("on the eve of") and m.date.value == "2024-05-11"


def test_eve_of_an_unnamed_day_gives_no_date():
    assert not [m for m in _dates("Gunmen killed five people in Bama on the eve of the election.")
                if m.date.value is not None]


def test_plain_weekday_is_unchanged_next_to_an_eve():
    mentions = _dates("Voters went to the polls on Sunday. On the eve of Sunday's vote, gunmen attacked Bama.")
    assert [m.date.value for m in mentions] == ["2024-05-12", "2024-05-11"]


# --- herders and farmers --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Twelve people were killed in clashes between herders and farmers in Kaduna.", "Armed clash"),
        ("Herders and farmers clashed in Benue on Monday, leaving seven people dead.", "Armed clash"),
        ("Fighting between herdsmen and farmers killed nine people in Plateau State.", "Armed clash"),
        # brawl weapons: a mob, not militias (pinned in the typing tests too)
        ("Herders and farmers clashed with sticks and machetes, leaving two dead.", "Mob violence"),
        # one-sided killing by herders stays an attack
        ("Herders killed five farmers in Benue on Monday.", "Attack"),
        # no herders: the supporters' brawl is unchanged
        ("Supporters of rival parties clashed in Lagos, leaving two dead.", "Mob violence"),
    ],
)
def test_herder_clash_typing(text, sub):
    assert type_of(text) == sub


@pytest.mark.slow
def test_pipeline_eve_of_the_election_is_not_dated(pipeline):
    a = Article(id="audit4", text="Gunmen killed five people in Bama on the eve of the election, police said.",
                published=PUB)
    pipeline.process(a)
    assert a.reports, "the killing is still an event"
    assert not a.date_mentions
    r = a.reports[0]
    assert r.date is None or r.date.precision != 1  # no day invented (the report's month at most)


def _clash(pipeline, text):
    a = Article(id="audit4", text=text, published=PUB)
    pipeline.process(a)
    return next(r for r in a.reports if r.sub_event_type == "Armed clash")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Fighting between herders and farmers killed nine people in Plateau State on Monday.",
        # no "between": the subject's two groups are the sides (a place read as the object is no side)
        "Herders and farmers clashed in Benue on Monday, leaving seven people dead.",
        # "herdsmen" is the Nigerian press's word for the same group
        "Fighting between herdsmen and farmers killed nine people in Plateau State on Monday.",
    ],
)
def test_pipeline_herder_farmer_sides_are_communal_militias(pipeline, text):
    r = _clash(pipeline, text)
    assert r.actor1 is not None and r.actor1.inter == 4
    assert r.actor2 is not None and r.actor2.inter == 4
    assert r.fatalities.count in (7, 9)


@pytest.mark.slow
def test_pipeline_two_armed_subjects_of_a_clash_are_its_sides(pipeline):
    r = _clash(pipeline, "Soldiers and rebels clashed in Goma on Monday, leaving seven people dead.")
    assert (r.actor1.inter, r.actor2.inter) == (1, 2)  # not the army against civilians


@pytest.mark.slow
def test_pipeline_herders_killing_farmers_stays_an_attack(pipeline):
    a = Article(id="audit4", text="Herders killed five farmers in Benue on Monday.", published=PUB)
    pipeline.process(a)
    assert [r.sub_event_type for r in a.reports] == ["Attack"]


# --- acts told as what came before ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # the attack is the background of the flight, not the residents' doing
        ("Residents fled after the attack.", "Attack"),
        ("Thousands of residents fled their homes after the attack.", "Other"),  # a mass displacement
        # a crowd's own act is still a mob's
        ("Villagers lynched a man after the attack.", "Mob violence"),
        # the bomb went off: the arrest that followed is no disrupted weapons use
        ("Soldiers arrested five suspects after a bomb exploded in the market.", "Arrests"),
        ("Police arrested a man carrying an explosive-laden backpack near the parliament.", "Disrupted weapons use"),
    ],
)
def test_background_acts(text, sub):
    assert type_of(text) == sub


@pytest.mark.slow
def test_pipeline_flight_after_the_attack_adds_no_event(pipeline):
    a = Article(id="audit4", text="Gunmen attacked the village of Dogo in Plateau State on Monday, killing five "
                                  "people. Residents fled after the attack.", published=PUB)
    pipeline.process(a)
    assert [r.sub_event_type for r in a.reports] == ["Attack"]
