"""Event fields, twenty-fourth session: the train errors of a fresh end-to-end probe
(``benchmarks/data/event_split/reports2.jsonl``, 129 wire-style reports of our own writing), fixed as
general rules. Each test uses a sentence written for it, not a probe item.

The mechanisms: an anniversary ("Ten years ago this week, ...") is one date mention, the year so many
years back, and "ten years ago" in words is background like "10 years ago" (``timex_context``,
``status``); an act inside "Two years after the assault on X, where 500 were killed" is as old as the
phrase (``status.time_ago``); a gang killing "in an attack on the town" targets a community
(``harmacts``); arrests told after a demonstration the forces met are its intervention, and a crowd
dispersed by clearing the road is one (``sequels``); the arrest of one person "over the attack" is
police work (``strategic.petty_arrest``); "the rally had been banned" is no gathering (``plans``); a
force's charge against the crowd ("accused protesters of ...") is its account of the same
demonstration, and deaths told bare after a riot are its toll (``sequels``); the same troops or the
bombs of a strike told again are no second event (``sequels.told_more_of``); a generic armed side
("the militiamen", "killing 20 militants") is the one armed group the article names
(``doers.name_generic_foes``); a capture the next sentence tells was made with no fight is a
non-violent transfer (``sequels``); the teller hung on the dead ("killing three fighters, the Observatory
said") and "most of them women and children" count no one (``fatalities``, ``tollreaders``); a killing "over several
months" is a tally over a period (``status``).

The probe's scorer function pins floors on the probe (its train and val aggregates read only as
numbers, ``test_reports2_floors``)."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from events_helpers import news_acts, reports_of
from eventwire.records import Article
from eventwire.timex import tag_dates

PUB = dt.date(2025, 5, 14)  # a Wednesday
REPO = Path(__file__).resolve().parent.parent


def _news(pipeline, text: str) -> list:
    return [r for r in news_acts(reports_of(pipeline, text, published=PUB)) if not r.negated and not r.speculative]


# -- dates and background


def test_anniversary_is_one_mention_of_the_old_year():
    a = Article(id="t", text="Twenty years ago this month, rebels burned the market of Kisangani.", published=PUB)
    tag_dates(a)
    assert [(m.text, m.date.value, m.date.year) for m in a.date_mentions] == [("Twenty years ago this month", None, 2005)]


def test_this_week_alone_stays_this_week():
    a = Article(id="t", text="Rebels burned the market of Kisangani this week.", published=PUB)
    tag_dates(a)
    assert [m.text for m in a.date_mentions] == ["this week"]
    assert a.date_mentions[0].date.value is not None


def test_anniversary_act_is_background(pipeline):
    text = ("Fifteen years ago this week, militiamen killed 40 villagers in Bunia. Survivors marched through "
            "the town on Sunday to demand compensation.")
    acts = _news(pipeline, text)
    assert [r.sub_event_type for r in acts] == ["Peaceful protest"]


def test_act_in_relative_clause_of_old_phrase_is_background(pipeline):
    text = ("Two years after the army's assault on the town of Kiwanja, where rights groups say 150 people were "
            "killed, residents say fear still grips the area. On Monday, gunmen shot dead four farmers at the market.")
    acts = _news(pipeline, text)
    assert [(r.sub_event_type, r.fatalities.count) for r in acts] == [("Attack", 4)]


def test_killed_over_several_months_is_a_tally(pipeline):
    text = ("Forensic teams found a mass grave with the remains of 17 people near Tierra Blanca on Tuesday. "
            "Prosecutors said the victims had been killed over several months.")
    acts = _news(pipeline, text)
    assert [r.sub_event_type for r in acts] == ["Other"]


# -- crowds


def test_arrests_after_dispersal_are_the_intervention(pipeline):
    text = ("Riot police fired tear gas at hundreds of students marching on the education ministry in Harare on "
            "Tuesday. A rights group said 31 people had been arrested.")
    acts = _news(pipeline, text)
    assert [r.sub_event_type for r in acts] == ["Protest with intervention"]


def test_arrest_of_a_leader_stays_its_own_event(pipeline):
    text = ("Riot police fired tear gas at hundreds of students marching on the education ministry in Harare on "
            "Tuesday. Police later arrested opposition leader Tendai Moyo at his home.")
    acts = _news(pipeline, text)
    assert "Arrests" in [r.sub_event_type for r in acts]


def test_banned_rally_told_back_is_no_gathering(pipeline):
    text = ("Police in Lusaka detained 60 supporters of the opposition party on Monday ahead of a planned rally. "
            "Officials said the rally had been banned.")
    acts = _news(pipeline, text)
    assert [r.sub_event_type for r in acts] == ["Arrests"]


def test_banned_rally_with_a_march_is_a_gathering(pipeline):
    acts = _news(pipeline, "Police said the rally had been banned but thousands marched in Lusaka on Monday.")
    assert [r.sub_event_type for r in acts] == ["Peaceful protest"]


def test_force_accusing_the_crowd_is_no_riot(pipeline):
    text = ("Soldiers opened fire on residents who had gathered peacefully in Beira on Monday to protest against "
            "power cuts, killing two, witnesses said. The army accused the protesters of burning tyres.")
    acts = _news(pipeline, text)
    assert [(r.sub_event_type, r.fatalities.count) for r in acts] == [("Excessive force against protesters", 2)]


def test_bare_deaths_after_a_riot_are_its_toll(pipeline):
    text = ("Rioters in Kaduna torched a police station and looted shops on Monday during protests over fuel "
            "prices, police said. At least four people were shot dead, a hospital official said.")
    acts = _news(pipeline, text)
    assert [(r.sub_event_type, r.fatalities.count) for r in acts] == [("Violent demonstration", 4)]


def test_road_cleared_is_the_crowd_dispersed(pipeline):
    text = ("Farmers blocked the main road outside Cochabamba on Monday and burned tyres. Police cleared the "
            "road with tear gas in the evening.")
    acts = _news(pipeline, text)
    assert [r.sub_event_type for r in acts] == ["Violent demonstration"]
    assert acts[0].actor2 is not None


# -- arrests, gangs, sides


def test_one_suspect_arrested_over_the_attack_is_no_event(pipeline):
    text = ("Gunmen shot dead a village chief in Gao on Monday. Police said they had arrested a man over the "
            "attack.")
    acts = _news(pipeline, text)
    assert [r.sub_event_type for r in acts] == ["Attack"]


def test_gang_killing_in_an_attack_on_a_town(pipeline):
    acts = _news(pipeline, "Gang members killed at least 25 people in an attack on the town of Saint-Marc on "
                           "Monday, the U.N. said.")
    assert [(r.sub_event_type, r.fatalities.count) for r in acts] == [("Attack", 25)]


def test_generic_foe_is_the_group_named_before(pipeline):
    text = ("Fano militiamen stormed a prison in Bahir Dar on Monday, freeing inmates, residents said. The next day, "
            "federal troops fought the militiamen on the outskirts of the city, and a doctor said 9 bodies were "
            "brought in.")
    acts = _news(pipeline, text)
    clash = [r for r in acts if r.sub_event_type == "Armed clash"]
    assert clash and all(r.actor2 is not None and "Fano" in r.actor2.name for r in clash)


def test_gunmen_are_no_named_foe(pipeline):
    text = ("Fano militiamen stormed a prison in Bahir Dar on Monday, freeing inmates, residents said. The next day, "
            "federal troops fought unidentified gunmen on the outskirts of the city, and a doctor said 9 bodies were "
            "brought in.")
    acts = _news(pipeline, text)
    clash = [r for r in acts if r.sub_event_type == "Armed clash"]
    assert clash and all(r.actor2 is None or "Fano" not in r.actor2.name for r in clash)


# -- territory


@pytest.mark.parametrize("second", [
    "There was no resistance, elders said, as the fighters had left the town overnight before the soldiers arrived.",
    "There was no fighting, residents said, because the militants had withdrawn before the soldiers arrived.",
])
def test_capture_with_no_fight_told_next_is_a_transfer(pipeline, second):
    text = f"Government troops retook the town of El Bur from al-Shabaab on Tuesday, the defence ministry said. {second}"
    acts = _news(pipeline, text)
    assert [r.sub_event_type for r in acts] == ["Non-violent transfer of territory"]


def test_no_fight_on_another_day_leaves_the_capture(pipeline):
    text = ("Government troops retook the town of El Bur from al-Shabaab on Tuesday, the defence ministry said. "
            "On Wednesday there was no fighting in the area.")
    acts = _news(pipeline, text)
    assert [r.sub_event_type for r in acts] == ["Government regains territory"]


# -- repeated telling


def test_same_troops_told_again_are_one_movement(pipeline):
    text = ("About 200 Turkish troops arrived in the Libyan port of Misrata on Monday, state television reported, to "
            "train the coast guard. The soldiers landed with armoured vehicles, the report said.")
    acts = _news(pipeline, text)
    assert [r.sub_event_type for r in acts] == ["Change to group/activity"]


def test_bombs_dropped_are_the_strike_told_again(pipeline):
    text = ("A junta air strike on a village in Magway region killed at least 14 people on Monday, residents said. "
            "The military dropped three bombs on a school, one resident told Radio Free Asia.")
    acts = _news(pipeline, text)
    assert [(r.sub_event_type, r.fatalities.count) for r in acts] == [("Air/drone strike", 14)]


# -- tolls


def test_teller_apposition_counts_no_one(pipeline):
    acts = _news(pipeline, "Turkish drones struck a car near Kobani on Monday, killing two fighters, the "
                           "Syrian Observatory for Human Rights said.")
    assert [r.fatalities.count for r in acts] == [2]


def test_most_of_them_counts_no_one_more(pipeline):
    acts = _news(pipeline, "Military aircraft struck several villages in Khost province on Monday, killing at "
                           "least 28 people, most of them women and children, a provincial spokesman said.")
    assert [r.fatalities.count for r in acts] == [28]


# -- the probe's floors


def _scorer():
    spec = importlib.util.spec_from_file_location("event_split_dev", REPO / "benchmarks" / "event_split_dev.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


#: measured after this session's fixes (train .927 / .963, val .745 / .979), less 0.02
@pytest.mark.parametrize(("split", "count_floor", "type_floor"), [("train", 0.907, 0.943), ("val", 0.725, 0.959)])
def test_reports2_floors(pipeline, split, count_floor, type_floor):
    mod = _scorer()
    m = mod.score(mod.load_items(REPO / "benchmarks" / "data" / "event_split" / "reports2.jsonl", split), pipeline)
    assert m["count"] >= count_floor
    assert m["type"] >= type_floor
