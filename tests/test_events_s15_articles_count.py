"""Fifteenth session, HOW MANY EVENTS and which place each has: errors found by probing the events stage
with articles of our own whose shape makes counting hard (round-ups, live blogs, daily bulletins, totals
told after or before their parts, toll updates).

- Sums: a running tally ("Since Sunday, 40 people have been killed in the fighting across the province"),
  a total of arrests ("In all, 20 people were arrested across the state") and a toll brought up to date
  ("The attacks brought the week's toll to 31") told after the acts they sum are no events of their own;
  a lead total broken down by place in the next sentence ("killed 16 rebels in two gunfights in X state.
  Twelve were killed in A district and four in B district") is the parts' events, not a third one.
- Toll updates: one that names its place goes to the act at that place (a live blog's entries tell other
  acts between); across a paragraph it goes to the one act told before that had dead.
- Places: a bulletin's entry heading ("Bannu: militants attacked ...") is the entry's place; "in the same
  district" is the district told before, not the dateline's city; "The missile hit near a playground" tells
  the strike told before again (no second event at the dateline).

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from events_helpers import news_acts as _acts
from events_helpers import place_name as _place
from events_helpers import reports_of
from events_helpers import show_reports as _show

WED = dt.date(2025, 3, 12)  # a Wednesday: Sunday 9, Monday 10, Tuesday 11


def _places(reports):
    return sorted(p for r in reports if (p := _place(r)) is not None)


# -- sums told after their acts ----------------------------------------------------------------------
def test_running_tally_after_dated_clashes_is_no_event(pipeline):
    text = ("PESHAWAR, Pakistan (Reuters) - Militants stormed a police post in Bannu district on Tuesday, killing "
            "two constables, officials said.\n\n"
            "Separately, troops killed five militants in a raid in South Waziristan on Monday, the army said.\n\n"
            "Since Sunday, 35 people have been killed in the violence across Khyber Pakhtunkhwa province, "
            "according to a count by local officials.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)
    assert sum(r.fatalities.count for r in acts) == 7, _show(acts)


def test_tally_over_the_past_week_is_no_event(pipeline):
    text = ("KYIV (AP) - Russian drones hit Mykolaiv overnight, killing three people, the governor said.\n\n"
            "Over the past week, Russian strikes have killed at least 38 civilians across Ukraine, the UN said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].fatalities.count == 3, _show(acts)


def test_tally_this_week_is_no_event(pipeline):
    text = ("ISLAMABAD (AFP) - Security forces killed seven militants in an operation in Bannu district on "
            "Tuesday, the military said.\n\n"
            "The army said 19 militants had been killed in operations in the province this week.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].fatalities.count == 7, _show(acts)


def test_a_tally_alone_is_still_read(pipeline):
    # with no act told before it, a tally is all the article says: nothing to double count
    text = ("KABUL (Reuters) - Since Sunday, 12 people have been killed in fighting between Taliban forces and "
            "resistance fighters in Panjshir province, residents said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)


def test_total_of_arrests_after_two_protests_is_no_event(pipeline):
    text = ("ABUJA, Nigeria (AP) - Police arrested 15 protesters in Kano on Tuesday as they marched against "
            "rising food prices, witnesses said.\n\n"
            "Another nine demonstrators were detained in Kaduna, where police fired tear gas at a crowd.\n\n"
            "In all, 24 people were arrested in the north, a police spokesman said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)
    assert _places(acts) == ["Kaduna", "Kano"], _show(acts)


def test_toll_brought_up_by_the_attacks_is_no_event(pipeline):
    text = ("QUETTA, Pakistan (Reuters) - A bomb hit a Frontier Corps vehicle in Kech district on Tuesday, killing "
            "three soldiers, officials said.\n\n"
            "Hours later, gunmen shot dead four passengers in Mastung.\n\n"
            "The attacks brought the month's toll in Balochistan to 42.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)
    assert sum(r.fatalities.count for r in acts) == 7, _show(acts)


def test_lead_total_broken_down_by_district_is_the_parts(pipeline):
    text = ("RAIPUR, India (Reuters) - Security forces killed 15 Maoist rebels in two separate gunfights in "
            "Chhattisgarh state on Tuesday, police said.\n\n"
            "Eleven rebels were killed in Bijapur district and four in Kanker district, police said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)
    assert sorted(r.fatalities.count for r in acts) == [4, 11], _show(acts)
    assert all(r.actor1 is not None and r.actor1.name == "Military Forces of India" for r in acts), _show(acts)


# -- toll updates ----------------------------------------------------------------------------------------
def test_toll_update_that_names_its_place_in_a_live_blog(pipeline):
    text = ("LIVE: Russia-Ukraine war\n\n"
            "08:20 - Russian missiles hit Dnipro early on Tuesday, killing four people, the governor said.\n\n"
            "11:05 - In Sumy, a drone strike wounded three people, officials said.\n\n"
            "13:40 - The toll in Dnipro has risen to nine, the governor said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    dnipro = [r for r in acts if _place(r) == "Dnipro"]
    assert len(dnipro) == 1 and dnipro[0].fatalities.count == 9, _show(acts)
    assert all(r.fatalities.count == 0 for r in acts if _place(r) == "Sumy"), _show(acts)


def test_toll_update_across_a_paragraph_goes_to_the_act_with_dead(pipeline):
    text = ("KABUL (Reuters) - A suicide bomber blew himself up at a Shi'ite mosque in Mazar-i-Sharif on Tuesday, "
            "killing at least six worshippers, a Taliban spokesman said.\n\n"
            "Separately, a sticky bomb attached to a minibus exploded in Kabul, wounding three people.\n\n"
            "The death toll later rose to 13, a hospital official said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    mazar = [r for r in acts if r.fatalities.count >= 6]
    assert len(mazar) == 1 and mazar[0].fatalities.count >= 13, _show(acts)
    assert all(r.fatalities.count == 0 for r in acts if r is not mazar[0]), _show(acts)


# -- places ------------------------------------------------------------------------------------------------
def test_bulletin_entry_heading_is_the_place(pipeline):
    text = ("ISLAMABAD (AFP) - Daily security update from the provincial police, Tuesday:\n\n"
            "Bannu: militants attacked a police station with grenades; two constables were wounded.\n\n"
            "Peshawar: gunmen shot dead a tribal elder outside his home.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert _places(acts) == ["Bannu", "Peshawar"], _show(acts)


def test_in_the_same_district_is_the_district_told_before(pipeline):
    text = ("PESHAWAR (Reuters) - Gunmen killed four members of a peace committee in Bajaur district on Tuesday, "
            "police said.\n\n"
            "A second attack hit a police post in the same district hours later, wounding two officers.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert acts and all(_place(r) is not None and "Bajaur" in _place(r) for r in acts), _show(acts)


def test_the_missile_told_again_is_no_second_event(pipeline):
    text = ("KYIV (Reuters) - A Russian ballistic missile struck the centre of Poltava on Tuesday evening, killing "
            "11 people, regional officials said.\n\n"
            "The missile hit near a school in a residential area.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert _place(acts[0]) == "Poltava", _show(acts)


def test_a_clash_the_next_day_in_a_nearby_village_is_a_second_event(pipeline):
    text = ("DAVAO, Philippines (AP) - Communist rebels ambushed an army patrol in Bukidnon province on Saturday, "
            "killing three soldiers, the military said.\n\n"
            "Troops pursued the rebels and clashed with them again in a nearby village the next day, killing two "
            "guerrillas.")
    acts = _acts(reports_of(pipeline, text, published=dt.date(2025, 3, 24)))
    assert len(acts) == 2, _show(acts)
    assert sorted(r.date.value for r in acts) == ["2025-03-22", "2025-03-23"], _show(acts)
    assert all(_place(r) is not None and "Bukidnon" in _place(r) for r in acts), _show(acts)


def test_contrast_clause_the_parser_hung_on_a_noun_is_its_own_act(pipeline):
    text = ("KYIV (Reuters) - In Zaporizhzhia, a guided aerial bomb hit an apartment block, wounding nine people, "
            "while shelling in Nikopol killed a 70-year-old woman, officials said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)
    assert len(set(_places(acts))) == 2, _show(acts)
    nikopol = [r for r in acts if _place(r) == "Nikopol"]
    assert len(nikopol) == 1 and nikopol[0].fatalities.count == 1, _show(acts)


def test_the_town_attacked_is_the_town_told_before(pipeline):
    text = ("CAP-HAITIEN, Haiti (Reuters) - Police and soldiers fought members of the Viv Ansanm coalition in "
            "Mirebalais on Tuesday, the national police said.\n\n"
            "The police said Viv Ansanm fighters had attacked the town on Monday, killing four residents.")
    acts = [r for r in _acts(reports_of(pipeline, text, published=WED)) if r.fatalities.count == 4]
    assert len(acts) == 1 and _place(acts[0]) == "Mirebalais", _show(acts)


def test_the_violence_told_again_is_at_the_place_told_before(pipeline):
    text = ("DHAKA (Reuters) - At least three people were killed and 40 injured on Tuesday when supporters of two "
            "rival political parties clashed in Faridpur district, police said.\n\n"
            "The violence erupted after Awami League supporters attacked a rally of the National Citizen Party.")
    reports = _acts(reports_of(pipeline, text, published=WED))
    assert len(reports) >= 2 and all(_place(r) is not None and "Dhaka" not in _place(r) for r in reports), _show(reports)
