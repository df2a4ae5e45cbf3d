"""Sixteenth session, HOW MANY EVENTS and which place each has: errors found by probing the events stage
with articles of our own (monitoring reports, lists of tolls by place, two sources for one act, follow-ups
about the same victims, acts pointed back to).

- A total broken down in part ("40 killed in attacks on several villages ... Twenty in Anka and eight in
  Maru") is the parts' events and one event of the remainder at the area (ACLED codes each act the text
  places; the deaths it does not place stay at the area's precision: neither counted twice nor lost); a lead
  of several attacks with no toll is only its parts; a total told at the country before its towns is the
  towns' events (it used to merge with the first town and keep the whole toll there).
- Tolls listed with their verb left out ("Five soldiers were killed in X, four policemen in Y and two in
  Z"; "In A, nine people were killed; in B, five") are one event each.
- One act told twice is one event: a figure "the victims" gives, a part told after a lead of several
  attacks, a higher figure another source "put the toll at", the doer's own account of its raid ("its
  soldiers had killed two gunmen ... during the operation"), a toll told for the district of the town,
  the act ranked ("It was the second attack ..."), a toll "across the country" after the protests told at
  their places, shelling by one side of a battle on its day, a killing told "also" after a burning.
- Toll brought to a figure ("..., bringing the death toll to six") updates the act.
- Places pointed back to: "The siege ended after soldiers killed the three attackers", "near the same
  checkpoint", "The troops also killed ...", "the army shelled parts of the town".

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from events_helpers import news_acts as _acts
from events_helpers import place_name as _place
from events_helpers import reports_of
from events_helpers import show_reports as _show
from events_helpers import tolls_by_place as _tolls

WED = dt.date(2025, 3, 12)  # a Wednesday: Sunday 9, Monday 10, Tuesday 11


# -- totals and their parts ----------------------------------------------------------------------------
def test_total_broken_down_in_part_keeps_the_remainder_at_the_area(pipeline):
    text = ("GUSAU, Nigeria (Reuters) - Gunmen killed 40 people in attacks on several villages in Zamfara state "
            "on Sunday, police said.\n\n"
            "Twenty were killed in Anka and eight in Maru, a police spokesman said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 3, _show(acts)
    assert sum(r.fatalities.count for r in acts) == 40, _show(acts)
    tolls = _tolls(acts)
    assert tolls.get("Anka") == 20 and tolls.get("Maru") == 8, _show(acts)


def test_one_part_of_a_lead_of_attacks_on_two_bases(pipeline):
    text = ("MAIDUGURI, Nigeria (AFP) - Jihadists killed 20 soldiers in attacks on two army bases in Borno state "
            "on Monday, security sources said.\n\n"
            "In Marte, the militants killed 12 soldiers, the sources said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)
    assert sum(r.fatalities.count for r in acts) == 20, _show(acts)
    assert _tolls(acts).get("Marte") == 12, _show(acts)


def test_total_told_at_the_country_then_town_by_town(pipeline):
    text = ("KYIV (Reuters) - Russia launched a wave of drone and missile strikes on Ukraine overnight, killing "
            "nine people, officials said on Wednesday.\n\n"
            "In Odesa, a drone hit a residential building, killing four people.\n\n"
            "In Kharkiv, a missile struck an industrial site, killing three workers.\n\n"
            "Two people were killed in Dnipro, the regional governor said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 3, _show(acts)
    assert _tolls(acts) == {"Odesa": 4, "Kharkiv": 3, "Dnipro": 2}, _show(acts)
    assert all(r.actor1 is not None and r.actor1.name == "Military Forces of Russia" for r in acts), _show(acts)


def test_lead_of_attacks_on_villages_without_a_toll_is_its_parts(pipeline):
    text = ("GUSAU, Nigeria (AP) - Bandits attacked villages in Zamfara state on Sunday. In Anka, nine people "
            "were killed; in Maru, five, police said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert _tolls(acts) == {"Anka": 9, "Maru": 5}, _show(acts)


def test_smaller_figure_after_a_lead_of_several_attacks_is_a_part_not_a_second_source(pipeline):
    # the villages are not in the gazetteer: the parts cannot be placed, and the lead's 30 must stand
    text = ("BAMAKO (AFP) - Jihadists killed 30 civilians in attacks on several villages in the Bandiagara region "
            "on Monday, officials said.\n\n"
            "Eighteen people were killed in Dialassagou and seven in Ouenkoro, an official said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert sum(r.fatalities.count for r in acts) == 30, _show(acts)


# -- tolls listed with the verb left out -------------------------------------------------------------------
def test_three_tolls_listed_with_their_verb_left_out(pipeline):
    text = ("ISLAMABAD (AP) - Five soldiers were killed in North Waziristan, four policemen in Bannu and two in "
            "Lakki Marwat on Tuesday, officials said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 3, _show(acts)
    assert sorted(r.fatalities.count for r in acts) == [2, 4, 5], _show(acts)
    assert _tolls(acts).get("Bannu") == 4, _show(acts)
    assert all(r.date.value == "2025-03-11" for r in acts), _show(acts)


def test_numbers_after_a_comma_that_are_no_tolls(pipeline):
    for text in ("GUSAU, Nigeria (AP) - Gunmen killed 12 people in Anka, 20 km from Gusau, on Sunday, police said.",
                 "KANO, Nigeria (AP) - Gunmen killed 12 people in Kano on Sunday, 10 of them children, police said."):
        acts = _acts(reports_of(pipeline, text, published=WED))
        assert len(acts) == 1 and acts[0].fatalities.count == 12, _show(acts)


# -- one act told twice ----------------------------------------------------------------------------------
def test_the_victims_sentence_does_not_lower_the_toll(pipeline):
    text = ("BUNIA, Congo (AP) - CODECO militiamen attacked a displacement camp in Djugu territory on Monday "
            "night, killing 18 people, including nine children, a local official said.\n\n"
            "The victims were hacked to death with machetes, said Jean Vianney, a camp leader.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].fatalities.count == 18, _show(acts)


def test_higher_toll_put_by_another_source_is_not_added(pipeline):
    text = ("BUNIA, Congo (Reuters) - ADF rebels killed at least 40 people in the village of Mayi-Moya in North "
            "Kivu province on Sunday, local officials said.\n\n"
            "Civil society groups put the death toll at 52, saying more bodies were found in the bush on Monday.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].fatalities.count == 40, _show(acts)


def test_the_doers_own_account_of_its_raid_is_the_same_act(pipeline):
    text = ("NABLUS, West Bank (AP) - Israeli forces killed two Palestinians during a raid in Nablus on Tuesday, "
            "the Palestinian health ministry said.\n\n"
            "The Israeli military said its soldiers had killed two gunmen who shot at them during the operation.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].fatalities.count == 2, _show(acts)


def test_toll_told_for_the_district_of_the_town_is_the_same_act(pipeline):
    text = ("PESHAWAR (AP) - Militants stormed a police station in Bannu on Tuesday, killing three policemen, "
            "officials said.\n\n"
            "Officials said eight policemen were killed in Bannu district.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].fatalities.count == 3, _show(acts)


def test_the_act_ranked_among_others_is_no_event(pipeline):
    text = ("KABUL (AFP) - Gunmen attacked a police checkpoint in Kunduz on Tuesday, killing two officers, police "
            "said.\n\n"
            "It was the second attack on the police in the province this week.")
    reports = reports_of(pipeline, text, published=WED)
    assert len(reports) == 1, _show(reports)  # (not even a background one: it is the act told)


def test_toll_across_the_country_after_protests_told_by_city(pipeline):
    text = ("LAGOS (Reuters) - Protesters clashed with police in Lagos, Abuja and Kano on Wednesday during "
            "protests against fuel prices.\n\n"
            "Police fired tear gas in Abuja, witnesses said.\n\n"
            "Amnesty International said nine people were killed across the country.")
    acts = _acts(reports_of(pipeline, text, published=dt.date(2025, 3, 13)))
    assert {_place(r) for r in acts} == {"Abuja", "Kano", "Lagos"}, _show(acts)
    assert all(r.disorder_type == "Demonstrations" for r in acts), _show(acts)  # no attack of the nine dead
    assert sum(r.fatalities.count for r in acts) == 9, _show(acts)


def test_shelling_by_one_side_of_a_battle_that_day_is_the_battle(pipeline):
    text = ("ADDIS ABABA (Reuters) - Fano militiamen and federal troops clashed in the town of Debre Tabor on "
            "Tuesday, killing at least 12 people, residents said.\n\n"
            "Residents said the army shelled parts of the town on Tuesday.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].sub_event_type == "Armed clash", _show(acts)


def test_killing_told_also_after_the_burning_is_one_attack(pipeline):
    text = ("YANGON (Irrawaddy) - Junta troops torched more than 200 houses in Sagaing region's Kani township on "
            "Monday, residents said.\n\n"
            "The troops also killed four villagers who had stayed behind, residents said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].sub_event_type == "Attack" and acts[0].fatalities.count == 4, _show(acts)
    assert _place(acts[0]) == "Kani" and acts[0].date.value == "2025-03-10", _show(acts)


# -- toll updates --------------------------------------------------------------------------------------
def test_toll_brought_to_a_figure_updates_the_act(pipeline):
    text = ("QUETTA, Pakistan (AP) - A bomb exploded at a market in Quetta on Tuesday, killing four people, police "
            "said.\n\n"
            "Two wounded men died in hospital overnight, bringing the death toll to six, officials said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].fatalities.count == 6, _show(acts)


# -- places pointed back to ------------------------------------------------------------------------------
def test_the_siege_ended_is_at_the_place_of_the_siege(pipeline):
    text = ("MOGADISHU (AP) - Al-Shabaab militants stormed a hotel in Kismayo on Tuesday, killing seven people, "
            "police said.\n\n"
            "The siege ended after soldiers killed the three attackers, police said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert acts and all(_place(r) == "Kismayo" for r in acts), _show(acts)


def test_near_the_same_checkpoint_is_the_checkpoint_told_before(pipeline):
    text = ("JERUSALEM (AP) - Palestinian gunmen opened fire on an Israeli checkpoint near Tulkarem on Tuesday, "
            "wounding two soldiers, the army said.\n\n"
            "On March 2, a settler was killed in a shooting near the same checkpoint.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)
    assert len({_place(r) for r in acts}) == 1 and _place(acts[0]) != "Jerusalem", _show(acts)


def test_burial_of_the_dead_told_after_is_no_mass_grave_event(pipeline):
    text = ("GOMA, Congo (Reuters) - M23 rebels killed seven civilians in the village of Kishishe on Monday, the "
            "army said.\n\n"
            "Residents said the bodies were buried in a mass grave on Tuesday.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].fatalities.count == 7, _show(acts)


def test_one_town_of_a_lead_of_two_attacks_leaves_the_rest_at_the_province(pipeline):
    text = ("PESHAWAR (AP) - Militants killed 10 soldiers in two attacks in Khyber Pakhtunkhwa on Tuesday, the "
            "army said.\n\n"
            "Six soldiers were killed in Bannu, the army said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2 and sum(r.fatalities.count for r in acts) == 10, _show(acts)
    assert _tolls(acts).get("Bannu") == 6, _show(acts)


def test_a_separate_attack_is_no_part_of_the_total(pipeline):
    text = ("GUSAU, Nigeria (AP) - Gunmen killed 12 people in attacks on two villages in Zamfara state on Sunday, "
            "police said.\n\n"
            "In a separate attack, bandits killed three people in Anka, police said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert sorted(r.fatalities.count for r in acts) == [3, 12], _show(acts)


def test_strikes_across_the_strip_then_two_of_them_one_of_them_another(pipeline):
    text = ("GAZA (Reuters) - Israeli strikes killed 19 people across the Gaza Strip on Tuesday, health officials "
            "said. A strike on a house in Deir al-Balah killed eight members of one family, and another strike in "
            "Rafah killed five people.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 3 and sum(r.fatalities.count for r in acts) == 19, _show(acts)


def test_a_village_the_gazetteer_does_not_know_is_not_the_dateline_city(pipeline):
    text = ("JUBA (Radio Tamazuj) - Armed youths attacked cattle camps in Jonglei state's Pibor area on Monday, "
            "killing 32 people, officials said.\n\n"
            "In Gumuruk, 20 people were killed, the county commissioner said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert acts and all(_place(r) != "Juba" for r in acts), _show(acts)


def test_the_camp_entered_is_the_camp_told_before(pipeline):
    text = ("PORT SUDAN (Reuters) - The Rapid Support Forces attacked the Zamzam displacement camp near El Fasher "
            "on Tuesday, killing at least 40 people, aid groups said.\n\n"
            "The RSF said its fighters had entered the camp to pursue army-allied fighters.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert acts and all(_place(r) != "Port Sudan" for r in acts), _show(acts)
