"""Fourteenth session, WHEN and HOW MANY EVENTS: errors found by probing the events stage with wire
reports of our own (Afghanistan, Pakistan, India, Myanmar, the Philippines, Ukraine, Georgia, Turkey,
Haiti, Mexico, Colombia, Ecuador, Brazil ...).

- Dates: "last Wednesday" told on a Wednesday is a week before; "two days ago" in a sentence that says
  the news was told on Tuesday counts from Tuesday; a report keeps its own week ("at the weekend")
  against an article ranking that picks a year alone ("since 1969"); "The discovery came a day after
  gunmen killed four people" dates the killing a day before the discovery.
- Units: "..., while a roadside bomb killed two police officers in Bannu" is a second act at its own
  place; "Two soldiers were killed and four others wounded when gunmen ambushed a patrol in X" is one
  act, at X.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from events_helpers import news_acts as _acts
from events_helpers import reports_of
from events_helpers import show_reports as _show
from eventwire.timex import resolve_date_expression

WED = dt.date(2025, 3, 12)  # a Wednesday: Sunday 9, Monday 10, Tuesday 11
MON = dt.date(2025, 3, 24)  # a Monday: Saturday 22, Sunday 23


def _place(r):
    return r.location.place if r.location is not None else None


# -- dates -----------------------------------------------------------------------------------------
def test_last_weekday_told_on_that_weekday_is_a_week_before():
    assert resolve_date_expression("last Wednesday", WED).value == "2025-03-05"
    assert resolve_date_expression("on Wednesday", WED).value == "2025-03-12"
    assert resolve_date_expression("last Tuesday", WED).value == "2025-03-11"


def test_last_weekday_in_an_article(pipeline):
    text = ("ISTANBUL (Reuters) - Police fired tear gas at students who marched in Ankara last Wednesday "
            "against the arrest of the city's mayor, local media reported.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert acts and acts[0].date.value == "2025-03-05", _show(acts)


def test_days_ago_counts_from_the_day_the_news_was_told(pipeline):
    text = ("KABUL (AFP) - The National Resistance Front said on Monday it had killed five Taliban fighters in an "
            "attack on a checkpoint in the Panjshir valley two days ago.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].date.value == "2025-03-08", _show(acts)  # two days before Monday 10


def test_own_week_is_not_given_up_for_a_year_alone(pipeline):
    text = ("BACOLOD, Philippines (AP) - Five communist guerrillas were killed in a clash with army troops at the "
            "weekend in Negros Occidental province, the military said Monday.\n"
            "The New People's Army has waged an insurgency since 1969.")
    acts = _acts(reports_of(pipeline, text, published=MON))
    assert len(acts) == 1, _show(acts)
    assert acts[0].date.value is not None and acts[0].date.value.startswith("2025-03-2"), _show(acts)


def test_an_act_a_day_before_the_news_it_is_measured_from(pipeline):
    text = ("CULIACAN, Mexico (Reuters) - Authorities found the bodies of seven men on a highway outside "
            "Culiacan early on Tuesday, prosecutors said.\n"
            "The discovery came a day after gunmen killed four people at a car wash in the city.")
    reports = reports_of(pipeline, text, published=WED)
    wash = [r for r in reports if "car wash" in r.evidence.text]
    assert len(wash) == 1, _show(reports)
    assert wash[0].date.value == "2025-03-10", _show(reports)


def test_hours_after_is_no_day_count():
    from eventwire.events.contrast import _LENGTH_DAYS

    assert _LENGTH_DAYS["hours"] == 0


# -- how many events ---------------------------------------------------------------------------------
def test_a_contrastive_while_clause_at_another_place_is_a_second_act(pipeline):
    text = ("PESHAWAR, Pakistan (Reuters) - Militants attacked a security checkpoint in North Waziristan on "
            "Tuesday night, killing eight soldiers, while a roadside bomb killed two police officers in Bannu, "
            "officials said on Wednesday.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)
    by_place = {(_place(r).name if _place(r) else None): r for r in acts}
    bannu = next((r for name, r in by_place.items() if name and "Bannu" in name), None)
    assert bannu is not None and bannu.fatalities.count == 2, _show(acts)
    other = next(r for r in acts if r is not bannu)
    assert other.fatalities.count == 8, _show(acts)
    assert all(r.date.value == "2025-03-11" for r in acts), _show(acts)


def test_a_while_clause_of_the_same_act_is_no_second_act(pipeline):
    text = ("KANO, Nigeria (AP) - Gunmen shot dead three farmers in Kano state on Monday while they were working "
            "in their fields, police said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)


def test_two_tolls_sharing_one_auxiliary_are_one_act_at_its_place(pipeline):
    text = ("COTABATO CITY, Philippines (PNA) - Two soldiers were killed and four others wounded when gunmen "
            "ambushed an army patrol in Ampatuan, Maguindanao, on Tuesday, the military said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    p = _place(acts[0])
    assert p is not None and "Ampatuan" in p.name, _show(acts)
    assert acts[0].date.value == "2025-03-11", _show(acts)


def test_an_undated_sentence_of_a_one_sentence_paragraph_takes_the_storys_day(pipeline):
    text = ("RIO DE JANEIRO (Reuters) - Police killed 20 suspected gang members in a raid on the Penha favela "
            "complex in Rio de Janeiro on Tuesday, state authorities said.\n"
            "Gang members used drones to drop explosives on officers, Governor Claudio Castro said.\n"
            "Police arrested 81 suspects and seized 93 rifles.")
    reports = reports_of(pipeline, text, published=WED)
    assert reports, _show(reports)
    assert all(r.date.value == "2025-03-11" for r in reports), _show(reports)


def test_the_victim_told_again_gives_the_acts_own_day(pipeline):
    text = ("PORT-AU-PRINCE, Haiti (AP) - A Kenyan police officer serving with the multinational mission was killed "
            "during an ambush by gang members in Haiti's Artibonite region, the mission said Tuesday.\n"
            "The officer was shot while his unit was conducting an operation near the town of Pont-Sonde on "
            "Sunday evening, the mission said in a statement.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].date.value == "2025-03-09", _show(acts)


def test_harm_done_in_the_attack_told_before_is_that_attack(pipeline):
    text = ("CALI, Colombia (AFP) - FARC dissidents killed two soldiers in an attack with explosives-laden drones on "
            "a military base in Argelia, Cauca, on Tuesday, the army said.\n"
            "The army said a third soldier was wounded in the base attack in Argelia.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)


def test_acts_going_on_since_a_time_are_no_act_of_the_day(pipeline):
    text = ("QUITO, Ecuador (AP) - Thirty-one inmates died in a riot at a prison in the coastal city of Machala on "
            "Sunday, the prison authority said.\n"
            "Ecuador's prisons have been the scene of repeated massacres since 2021.")
    acts = _acts(reports_of(pipeline, text, published=MON))
    assert len(acts) == 1 and "Machala" in acts[0].evidence.text, _show(acts)


def test_protests_led_since_an_event_are_background(pipeline):
    text = ("BELGRADE, Serbia (Reuters) - Protesters threw stones at police and smashed shop windows in central "
            "Belgrade on Saturday.\n"
            "Students have led daily protests since the collapse of a railway station canopy.")
    acts = _acts(reports_of(pipeline, text, published=MON))
    assert len(acts) == 1, _show(acts)


def test_an_undated_live_entry_is_news_of_the_day_it_was_posted(pipeline):
    text = ("09:40 — Russia launched 300 drones at Ukraine overnight, the Ukrainian air force said.\n"
            "13:45 — A Russian guided bomb hit a residential building in Kharkiv, wounding five people, "
            "Mayor Ihor Terekhov said.")
    reports = reports_of(pipeline, text, published=WED)
    kharkiv = [r for r in reports if "Kharkiv" in r.evidence.text]
    assert len(kharkiv) == 1 and kharkiv[0].date.value == "2025-03-12", _show(reports)


def test_a_paragraph_opening_on_a_number_is_no_live_entry():
    from eventwire.events.contrast import LIVE_ENTRY_RE

    assert LIVE_ENTRY_RE.match("13:45 — A bomb hit") is not None
    assert LIVE_ENTRY_RE.match("12 people were killed - police said") is None


def test_the_tally_of_a_dispersed_rally_is_that_rally(pipeline):
    text = ("TBILISI, Georgia (AP) - Police used water cannon to disperse thousands of protesters who threw "
            "fireworks outside the parliament in Tbilisi late on Sunday.\n"
            "The Interior Ministry said 107 people were detained and 10 police officers were injured.")
    acts = _acts(reports_of(pipeline, text, published=MON))
    assert len(acts) == 1, _show(acts)


def test_weapons_recovered_after_a_gunfight_are_no_second_event(pipeline):
    text = ("RAIPUR, India (Reuters) - Indian security forces killed 12 Maoist rebels in a gunfight in the forests "
            "of Bijapur district on Tuesday, police said.\n"
            "Weapons including an AK-47 rifle and explosives were recovered from the site.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].event_type == "Battles", _show(acts)


def test_weapons_seized_by_another_actor_stay_an_event_of_their_own():
    from eventwire.events.merging import _HAUL_RE

    assert _HAUL_RE.search("Police seized 93 rifles.") and not _HAUL_RE.search("Police arrested 81 suspects.")


def test_a_later_act_of_the_same_day_adds_its_toll(pipeline):
    text = ("COTABATO CITY, Philippines (PNA) - Two soldiers were killed when gunmen ambushed an army patrol in "
            "Ampatuan, Maguindanao, on Tuesday, the military said.\n"
            "Later that day, troops clashed with the gunmen in nearby Ampatuan, killing three of them.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert sum(r.fatalities.count for r in acts) == 5, _show(acts)


def test_a_toll_raised_a_paragraph_later_updates_the_one_act_told(pipeline):
    text = ("KABUL, Afghanistan (AP) - A suicide bomber blew himself up outside a ministry in Kabul late on Sunday, "
            "killing at least 11 people, police said.\n"
            "The bomber approached the gate on foot as staff were leaving, a police spokesman said.\n"
            "By Monday afternoon the toll had risen to 14, a hospital official said.")
    acts = _acts(reports_of(pipeline, text, published=MON))
    assert len(acts) == 1 and acts[0].fatalities.count >= 14, _show(acts)


def test_a_forces_home_region_is_not_the_scene_told_before(pipeline):
    """"seized the area following the withdrawal of Tigray forces": the area is the town the paragraph
    named, not Tigray, which only names the forces (one event, not a second one placed in the region)."""
    text = ("Heavily armed militants have taken control of Adi Arkay, a town 90 km north of Gondar. "
            "The militants seized the area following the withdrawal of Tigray forces.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert acts, _show(acts)
    assert all(_place(r) is not None and _place(r).admin1 == "Amhara" for r in acts), _show(acts)
