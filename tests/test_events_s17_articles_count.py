"""Seventeenth session, HOW MANY EVENTS and which place each has: errors found by probing the events stage
with articles of our own (Somalia, Sudan, Pakistan's KP and Balochistan, Manipur, Kashmir, Iraq, Niger).

- The same wording told for two acts ("Soldiers killed 10 of the attackers in the exchange of fire" after a
  raid on a base, "Soldiers killed two attackers in the exchange of fire that followed" after a roadside
  bomb in another paragraph) is two acts when the later one's place is the one of an act told between.
- "Attacks in Kech and Kohlu killed 3 and 4 people respectively": one event per place with its own figure.
- The doer entering the place it was told attacking ("The RSF entered the camp") is the attack going on.
- The crowd told just before, dispersed ("Security forces fired tear gas to disperse the mob"), is that
  crowd's event, not a second one at the dateline.
- Shelling by one side on the second day of a clash told "on Monday and Tuesday" is part of that day's clash.
- "In 2022, an ambush near X killed 11 soldiers, and in 2023 militants killed eight people in Y": two past acts.
- A witness's quoted words that open an article ("They shot everyone they saw," she said.) are the scene of
  the act told after them, never an event at the dateline.
- A list's heading ("Timeline: key al-Shabaab attacks since 2023") is no act.
- A battle told again with the other side's dead ("... killing two policemen. Police killed three attackers in
  the exchange of fire") counts both sides' dead.

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


def test_the_same_wording_for_two_acts_in_two_paragraphs_is_two_acts(pipeline):
    text = ("MOGADISHU (Reuters) - Al-Shabaab fighters attacked a military base in Sabiid on Tuesday, officials "
            "said. Soldiers killed 10 of the attackers in the exchange of fire, the army said.\n\n"
            "Separately, a roadside bomb killed four soldiers near Afgoye on Tuesday. Soldiers killed two "
            "attackers in the exchange of fire that followed, officials said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert sum(r.fatalities.count for r in acts) == 16, _show(acts)
    assert sum(r.fatalities.count for r in acts if _place(r) == "Afgooye") == 6, _show(acts)


def test_figures_given_respectively_to_two_places(pipeline):
    text = "QUETTA, Pakistan (Reuters) - Attacks in Kech and Kohlu killed 3 and 4 people respectively on Tuesday."
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)
    assert sorted(r.fatalities.count for r in acts) == [3, 4], _show(acts)
    assert _tolls(acts).get("Kohlu") == 4, _show(acts)


def test_figures_given_respectively_to_three_towns(pipeline):
    text = ("ISLAMABAD (AP) - Suicide bombings in Peshawar, Bannu and Quetta killed 12, 7 and five people "
            "respectively on Friday, officials said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert _tolls(acts) == {"Peshawar": 12, "Bannu": 7, "Quetta": 5}, _show(acts)


def test_the_doer_entering_the_camp_it_attacked_is_the_attack(pipeline):
    text = ("KHARTOUM (Reuters) - The Rapid Support Forces attacked the Zamzam camp near El Fasher on Tuesday, "
            "killing at least 20 displaced people, aid workers said.\n\n"
            "The RSF entered the camp in the afternoon and set fire to shelters, witnesses said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].sub_event_type == "Attack", _show(acts)


def test_the_doers_pointed_back_to_entering_the_village(pipeline):
    text = ("KHARTOUM (Reuters) - The RSF attacked the village of Wad al-Nourah in Gezira state on Monday, killing "
            "more than 100 people, activists said. The paramilitaries entered the village after shelling it for "
            "hours, residents said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].fatalities.count == 100, _show(acts)


def test_the_army_entering_a_town_the_next_day_stays_an_event(pipeline):
    text = ("KHARTOUM (Reuters) - The army attacked RSF positions near the town of Bara on Monday. On Tuesday, "
            "the army entered the town after the RSF withdrew, the army said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)


def test_the_mob_dispersed_is_the_mobs_event(pipeline):
    text = ("IMPHAL, India (PTI) - Gunmen opened fire on villagers in Jiribam district on Monday night, killing "
            "three people, police said.\n\n"
            "The next morning, a mob torched houses in a nearby village in retaliation, police said. Security "
            "forces fired tear gas to disperse the mob.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)
    assert "Imphal" not in {_place(r) for r in acts}, _show(acts)


def test_a_crowd_dispersed_in_another_city_stays_an_event(pipeline):
    text = ("KANO, Nigeria (AP) - Police fired tear gas at protesters in Kano on Monday.\n\n"
            "Police also fired tear gas to disperse the crowd in Kaduna on Monday, witnesses said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert {_place(r) for r in acts} == {"Kano", "Kaduna"}, _show(acts)


def test_shelling_on_the_second_day_of_a_two_day_clash_is_that_days_clash(pipeline):
    text = ("SRINAGAR, India (Reuters) - Militants and troops clashed in the forests of Kishtwar on Monday and "
            "Tuesday, police said.\n\n"
            "On Tuesday, the army shelled the hideout, killing two militants, police said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2 and all(r.sub_event_type == "Armed clash" for r in acts), _show(acts)
    assert {r.date.value: r.fatalities.count for r in acts} == {"2025-03-10": 0, "2025-03-11": 2}, _show(acts)


def test_two_past_acts_of_two_years_in_one_sentence(pipeline):
    text = ("BAGHDAD (Reuters) - In 2022, a similar ambush near Tarmiyah killed 11 soldiers, and in 2023 militants "
            "killed eight people in an attack on a village in Diyala.")
    reports = reports_of(pipeline, text, published=WED)
    assert sorted(r.fatalities.count for r in reports) == [8, 11], _show(reports)
    assert all(r.background for r in reports), _show(reports)


def test_a_witness_quote_that_opens_the_story_is_the_acts_scene(pipeline):
    text = ('ZINDER, Niger (AFP) - Aminata Issa was fetching water when the gunmen arrived. "They shot everyone '
            'they saw," she said.\n\n'
            "Suspected jihadists killed 21 villagers in an attack on the village of Tillia in western Niger on "
            "Sunday, the interior ministry said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and _place(acts[0]) == "Tillia" and acts[0].fatalities.count == 21, _show(acts)


def test_a_timelines_heading_is_no_act(pipeline):
    text = ("MOGADISHU (AP) - Timeline: key al-Shabaab attacks since 2023\n\n"
            "- August 2024: Militants attack Lido beach in Mogadishu, killing 37 people.")
    reports = reports_of(pipeline, text, published=WED)
    assert len(reports) == 1 and reports[0].fatalities.count == 37, _show(reports)


def test_a_battle_told_again_with_the_other_sides_dead(pipeline):
    text = ("ISLAMABAD (AP) - Militants attacked a police station in Tank district on Monday, killing two "
            "policemen. Police killed three attackers in the exchange of fire, officials said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].fatalities.count == 5, _show(acts)


def test_breaches_of_a_truce_counted_are_no_act(pipeline):
    text = ("ADEN, Yemen (Reuters) - The government said on Tuesday that the Houthis had violated the truce 45 "
            "times in Taiz over the past week. On Monday, Houthi snipers killed a child in Taiz, officials said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].fatalities.count == 1, _show(acts)


def test_village_of_a_town_told_as_an_area_is_its_part(pipeline):
    text = ("BAMAKO (AFP) - Jihadists killed 30 civilians in attacks on several villages in the Bankass area on "
            "Monday, officials said.\n\n"
            "Eighteen people were killed in Dialassagou, an official said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert _tolls(acts) == {"Bankass": 12, "Dialassagou": 18}, _show(acts)


def test_a_part_placed_only_by_the_dateline_is_no_part_of_an_area(pipeline):
    text = ("GUSAU, Nigeria (AP) - Bandits killed 25 people in attacks on several villages in the Anka area on "
            "Sunday, police said.\n\n"
            "Fifteen were killed in Bagega and four in Wonaka, a police spokesman said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert sum(r.fatalities.count for r in acts) == 25, _show(acts)


def test_the_armys_claimed_dead_of_the_attackers_add_to_the_soldiers(pipeline):
    text = ("MAIDUGURI, Nigeria (AP) - ISWAP fighters attacked a military base in Damboa on Monday night. The "
            "militants set fire to armoured vehicles and killed five soldiers before withdrawing, military sources "
            "said. Troops later killed 12 of the attackers, the army said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].fatalities.count == 17, _show(acts)


def test_protests_in_one_city_and_in_another_are_two_events(pipeline):
    text = "PESHAWAR, Pakistan (Reuters) - On Tuesday, supporters of the PTI protested in Peshawar and in Mardan."
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert {_place(r) for r in acts} == {"Peshawar", "Mardan"}, _show(acts)


def test_operations_across_the_province_are_at_the_province_told(pipeline):
    text = ("PESHAWAR, Pakistan (Dawn) - Militant violence in Khyber Pakhtunkhwa rose sharply in May, a monthly "
            "report said on Monday.\n\n"
            "In Bannu, a suicide bomber struck a military cantonment on May 12, killing eight soldiers.\n\n"
            "Security forces killed 45 militants in operations across the province during the month, the "
            "report said.")
    reports = reports_of(pipeline, text, published=dt.date(2025, 6, 3))
    r = next(r for r in reports if r.fatalities.count == 45)
    assert _place(r) == "Khyber Pakhtunkhwa", _show(reports)


def test_the_strikes_pointed_back_to_are_the_strikes_told(pipeline):
    text = ("SANAA (Reuters) - U.S. warplanes struck Houthi targets in Sanaa overnight, the Houthis' Al-Masirah TV "
            "said on Tuesday. The strikes killed six people in Sanaa.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].fatalities.count == 6, _show(acts)


def test_the_governments_claim_of_its_forces_act_is_the_clash(pipeline):
    text = ("MOGADISHU (Reuters) - Somali forces and al-Shabaab fighters clashed in the town of Adan Yabaal on "
            "Monday, killing at least 10 people, residents said. The government said its forces had killed 25 "
            "militants, while al-Shabaab said it had killed 18 soldiers.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].fatalities.count == 10, _show(acts)


def test_the_crowd_dispersed_takes_the_police_as_actor_2(pipeline):
    text = ("TBILISI, Georgia (Reuters) - Thousands of people protested outside parliament in Tbilisi on Monday "
            "night. Police used water cannon and tear gas to disperse the crowd and detained 40 people.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].sub_event_type == "Protest with intervention", _show(acts)
    assert acts[0].actor2 is not None and acts[0].actor2.name == "Police Forces of Georgia", _show(acts)


def test_the_losers_withdrawal_from_the_town_retaken_is_the_capture(pipeline):
    text = ("KHARTOUM (Reuters) - The Sudanese army said on Tuesday it had recaptured the town of Um Rawaba from the "
            "RSF. The RSF said its fighters had withdrawn from the town to avoid civilian casualties.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert [r.sub_event_type for r in acts] == ["Government regains territory"], _show(acts)


def test_a_funeral_that_became_a_protest_is_where_the_dead_was_killed(pipeline):
    text = ("QUETTA, Pakistan (AP) - A student was shot dead by security forces in Turbat on Sunday, his family "
            "said.\n\n"
            "His funeral on Tuesday turned into a protest, with thousands of mourners chanting slogans against the "
            "army.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    protest = next(r for r in acts if r.disorder_type == "Demonstrations")
    assert _place(protest) == "Turbat", _show(acts)
