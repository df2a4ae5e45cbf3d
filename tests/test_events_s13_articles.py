"""Thirteenth session, errors found by probing the events stage with full wire reports of our own writing
(Colombia, Haiti, DRC, Somalia, Nigeria, Pakistan, Myanmar, Ukraine, the West Bank, Iraq, Indonesia ...).

- Places: a place told in a gerund clause of the act ("killed seven passengers after pulling them off a
  bus in the Musakhel district", "attacked farmers harvesting olives near the village of Burin") is the
  act's, not the dateline's; a name the gazetteer lacks in "the X region of Y" lies in Y; "X regency"
  is the regency the gazetteer knows by that name; "the department of X" is the department.
- Claims: "the group said in a statement that it carried out the attack" names the doer.
- Sides: an attack that wounded soldiers or police and killed no one has them as actor 2; bare
  "soldiers" in a military's statement are that military's.
- Tolls: "killing seven people in Kyiv and two in Lviv": seven in Kyiv; the day "officials said on
  Wednesday" is no day of the gapped toll; "put the toll at 21" after an act without a toll is its
  toll, a lower one another source's figure; "a toll of 12 dead" is 12; "killing seven soldiers, the
  army said" is no claim, and "The bomber was also killed" adds one.
- Splitting: "The rebels used drones against the base in X", "The jet bombed a school in the village
  of X", "The kidnappers blocked the road near X" tell the act before them again.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from events_helpers import news_acts as _acts
from events_helpers import reports_of
from events_helpers import show_reports as _show

WED = dt.date(2024, 6, 19)  # a Wednesday: Sunday 16, Monday 17, Tuesday 18


def _place(r):
    return r.location.place if r.location is not None else None


# -- places ----------------------------------------------------------------------------------------
def test_place_of_a_gerund_clause_beats_the_dateline(pipeline):
    text = ("PESHAWAR, Pakistan (AP) — Gunmen killed seven passengers on Wednesday after pulling them off a "
            "bus in the Musakhel district of Balochistan province, officials said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    p = _place(acts[0])
    assert p is not None and p.admin1 == "Balochistan", _show(acts)


def test_place_of_the_victims_participle_beats_the_dateline(pipeline):
    text = ("HEBRON, West Bank (Reuters) - Jewish settlers attacked Palestinian farmers harvesting olives near "
            "the village of Burin, south of Nablus, on Saturday, injuring three.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    p = _place(acts[0])
    assert p is not None and p.name != "Hebron", _show(acts)


def test_unknown_name_in_the_region_of_a_department(pipeline):
    text = ("BOGOTA (Reuters) - On Monday, clashes between the ELN and FARC dissidents in the Catatumbo region "
            "of Norte de Santander left at least nine people dead, the ombudsman's office said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    p = _place(acts[0])
    assert p is not None and "Norte de Santander" in (p.admin1 or ""), _show(acts)


def test_regency_named_with_its_noun(pipeline):
    text = ("JAYAPURA, Indonesia (Reuters) - Separatist rebels shot dead two soldiers in Puncak regency, "
            "Central Papua province, on Monday, the military said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    p = _place(acts[0])
    assert p is not None and p.admin1 == "Central Papua", _show(acts)


def test_the_department_of_x_is_the_department(pipeline):
    text = ("BOGOTA, Colombia (AP) — Rebels killed four soldiers in an attack on a military base in the "
            "department of Arauca late on Sunday, the army said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    p = _place(acts[0])
    assert p is not None and p.feature_code == "ADM1", (p, _show(acts))


# -- claims and sides ---------------------------------------------------------------------------------
def test_said_it_carried_out_the_attack_names_the_doer(pipeline):
    text = ("MOGADISHU, Somalia (Reuters) - A suicide bomber blew himself up at a police academy in Mogadishu on "
            "Saturday, killing at least 13 police recruits, police said. Al-Shabaab said in a statement that "
            "it carried out the attack.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].actor1 is not None and "Shabaab" in acts[0].actor1.name, _show(acts)


def test_wounded_police_are_actor_two(pipeline):
    text = ("KIRKUK, Iraq (AP) — Islamic State militants attacked a checkpoint near the city of Kirkuk late on "
            "Monday, wounding two policemen, officials said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].actor2 is not None and acts[0].actor2.name.startswith("Police Forces of Iraq"), _show(acts)


def test_wounded_civilians_make_no_side_of_a_clash(pipeline):
    text = "Militants attacked a checkpoint in Bannu on Tuesday, wounding two civilians."
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].actor2 is None or not acts[0].actor2.name.startswith("Military"), _show(acts)


def test_civilians_wounded_by_shelling_or_a_strike_are_actor_two(pipeline):
    for text in ("Russian forces shelled Kherson on Sunday, wounding four civilians.",
                 "A Russian drone struck a bus in Kherson on Sunday, injuring five passengers."):
        acts = _acts(reports_of(pipeline, text, published=WED))
        assert len(acts) == 1, _show(acts)
        assert acts[0].actor2 is not None and acts[0].actor2.name == "Civilians (Ukraine)", _show(acts)


def test_soldiers_in_a_militarys_statement_are_its_own(pipeline):
    text = ("RAMALLAH, West Bank (Reuters) - Israeli troops shot dead a Palestinian man in the village of Beita "
            "on Friday, the Palestinian health ministry said. The Israeli military said soldiers had fired at "
            "people who hurled rocks at them.")
    reports = reports_of(pipeline, text, published=WED)
    sides = {a.name for r in reports for a in (r.actor1, r.actor2) if a is not None}
    assert "Military Forces of Palestine" not in sides, _show(reports)


# -- tolls --------------------------------------------------------------------------------------------
def test_gapped_toll_keeps_its_own_count_and_the_acts_day(pipeline):
    text = ("KYIV, Ukraine (Reuters) - Russia launched a massive missile and drone attack on Ukraine overnight, "
            "killing at least seven people in Kyiv and two in the city of Lviv, officials said on Wednesday.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    by_place = {_place(r).name: r for r in acts if _place(r) is not None}
    assert set(by_place) >= {"Kyiv", "Lviv"}, _show(acts)
    assert by_place["Kyiv"].fatalities.count == 7, _show(acts)
    assert by_place["Lviv"].fatalities.count == 2, _show(acts)
    assert by_place["Lviv"].date.value == by_place["Kyiv"].date.value, _show(acts)


def test_toll_put_by_a_source_after_an_act_without_one(pipeline):
    text = ("Gunmen stormed the village of Kwashe near Maiduguri on Tuesday. The army gave a toll of 12 dead.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].fatalities.count == 12, _show(acts)


def test_lower_toll_of_another_source_is_kept(pipeline):
    text = ("Gunmen killed at least 15 people in Mirebalais on Tuesday, local officials said. The national "
            "police put the toll at 12.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].fatalities.count == 12, _show(acts)


def test_higher_toll_of_another_source_is_not_taken(pipeline):
    text = ("Gunmen killed at least 15 people in Mirebalais on Tuesday, local officials said. The national "
            "police put the toll at 21.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].fatalities.count == 15, _show(acts)


def test_own_losses_told_by_the_army_and_the_bomber_also_killed(pipeline):
    text = ("ISLAMABAD (Reuters) - A suicide bomber rammed an explosives-laden vehicle into a military convoy in "
            "North Waziristan on Saturday, killing seven soldiers, the army said. The bomber was also killed.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].fatalities.count == 8, (_show(acts), acts[0].notes)


# -- one act told again --------------------------------------------------------------------------------
def test_the_rebels_sentence_gives_the_acts_place(pipeline):
    text = ("BOGOTA, Colombia (AP) — Fighters of the National Liberation Army (ELN) killed four soldiers in an "
            "attack on a military base in the department of Arauca late on Sunday, the army said. The rebels "
            "used explosives-laden drones and rifles against the base in the municipality of Saravena.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert _place(acts[0]) is not None and _place(acts[0]).name == "Saravena", _show(acts)
    assert acts[0].fatalities.count == 4


def test_the_jet_sentence_is_the_strike_told_again(pipeline):
    text = ("YANGON, Myanmar (AP) — A military air strike on a village in the Sagaing region killed at least 24 "
            "people on Thursday, residents said. The jet bombed a school in the village of Let Yet Kone, some "
            "40 km north of Monywa, a resident said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].fatalities.count == 24


def test_the_kidnappers_sentence_is_the_abduction_told_again(pipeline):
    text = ("ABUJA, Nigeria (AFP) - Gunmen abducted at least 30 passengers travelling on a highway in Kogi state "
            "on Sunday, police said. The kidnappers blocked the road near the village of Ogbe and marched the "
            "passengers into the forest, police said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].sub_event_type == "Abduction/forced disappearance"


def test_a_separate_attack_by_the_rebels_stays_apart(pipeline):
    text = ("Rebels killed four soldiers in an attack on a base in Saravena on Sunday, the army said. The rebels "
            "attacked a police station in Tame in a separate raid on Monday, killing two officers.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)


# -- more sides, places and crime words --------------------------------------------------------------
def test_clan_militias_clashing_are_both_sides(pipeline):
    text = "MOGADISHU (AP) - Clan militias clashed in Galkayo on Wednesday, killing at least eight people, elders said."
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    a = acts[0]
    assert a.actor1 is not None and a.actor2 is not None and a.actor2.name == a.actor1.name, _show(acts)
    assert "Civilians" not in a.actor2.name


def test_a_named_group_clashing_alone_gets_no_second_copy(pipeline):
    text = "MOGADISHU (AP) - Al-Shabaab fighters clashed in Galkayo on Wednesday."
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].actor2 is None or acts[0].actor2.name != acts[0].actor1.name, _show(acts)


def test_its_forces_of_a_defence_ministry(pipeline):
    text = ("MOSCOW (Reuters) - Russia's defence ministry said on Tuesday its forces had repelled a Ukrainian "
            "attack in the Kursk region and killed 40 Ukrainian soldiers.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].actor1 is not None and acts[0].actor1.name == "Military Forces of Russia", _show(acts)


def test_in_the_area_is_the_place_told_before(pipeline):
    text = ("BAMAKO, Mali (Reuters) - Malian soldiers killed dozens of civilians in the town of Djenne in "
            "central Mali on Monday, a rights group said on Thursday.\n"
            "The army said it had killed 20 jihadists in an operation in the area on Monday.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert acts, _show(acts)
    assert all(_place(r) is not None and _place(r).name != "Bamako" for r in acts), _show(acts)


def test_a_named_armed_group_is_no_ordinary_crime(pipeline):
    text = ("PORT-AU-PRINCE, Haiti (Reuters) - Gang members belonging to the Viv Ansanm coalition killed at "
            "least 15 people in an attack on the town of Mirebalais on Tuesday, local officials said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].actor1 is not None and acts[0].actor1.name == "Viv Ansanm", _show(acts)


def test_a_gang_without_a_name_robbing_stays_crime(pipeline):
    text = "A gang of armed robbers killed a shopkeeper in Lagos on Tuesday, police said."
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert not acts, _show(acts)


def test_bodies_found_count_and_the_victims_sentence_gives_the_day(pipeline):
    text = ("BENI, Democratic Republic of Congo (AP) — The bodies of 22 villagers were found in the village of "
            "Mayikengo in Lubero territory on Monday, after an attack blamed on rebels, local officials said "
            "Wednesday. A local civil society leader said the victims had been killed with machetes late on "
            "Sunday.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].fatalities.count == 22, _show(acts)
    assert acts[0].date.value == "2024-06-16", _show(acts)


def test_the_doers_own_account_is_the_same_strike(pipeline):
    text = ("JERUSALEM (AP) — An Israeli airstrike killed five members of one family in the Nuseirat refugee "
            "camp in central Gaza early Tuesday, hospital officials said. The Israeli military said it struck a "
            "Hamas militant.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].fatalities.count == 5


def test_near_the_village_is_the_village_told_before(pipeline):
    text = ("KHARTOUM (Reuters) - The paramilitary Rapid Support Forces attacked the village of Wad al-Noura in "
            "Gezira state on Wednesday, killing more than 100 people, activists said.\n"
            "The RSF said in a statement that it had clashed with army units near the village.")
    reports = reports_of(pipeline, text, published=WED)
    assert all(_place(r) is None or _place(r).name != "Khartoum" for r in reports), _show(reports)


def test_a_fight_going_on_next_day_is_the_fight_not_an_attack(pipeline):
    text = ("TRIPOLI (Reuters) - Clashes erupted between two rival armed groups in the Libyan capital late on "
            "Monday and continued into Tuesday, killing at least 27 people, the health ministry said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert acts and all(r.sub_event_type == "Armed clash" for r in acts), _show(acts)
    assert sum(r.fatalities.count for r in acts) == 27, _show(acts)


def test_gapped_toll_at_a_place_not_found_stays_in_the_total(pipeline):
    text = ("QUITO, Ecuador (AP) — Gunmen killed eight people in Guayaquil and two police officers in Nobol on "
            "Sunday, police said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert sum(r.fatalities.count for r in acts) == 10, _show(acts)


def test_the_side_a_town_was_taken_from_is_actor_two(pipeline):
    text = ("MOGADISHU (Reuters) - Somali forces retook the town of Mahaday from al-Shabaab on Thursday, the "
            "defence ministry said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].sub_event_type == "Government regains territory", _show(acts)
    assert acts[0].actor2 is not None and acts[0].actor2.name == "Al Shabaab", _show(acts)


def test_a_town_of_the_sentence_beats_the_country_of_the_police(pipeline):
    text = ("Police in Sri Lanka arrested 12 opposition activists on Tuesday night after they staged a protest "
            "outside the president's office in Colombo, a party official said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert acts, _show(acts)
    p = _place(acts[0])
    assert p is not None and p.name == "Colombo", (p, _show(acts))


def test_the_group_a_struck_vehicle_carried_is_actor_two(pipeline):
    text = ("BAGHDAD (AP) — A drone struck a vehicle carrying members of the Kataib Hezbollah militia in eastern "
            "Baghdad on Wednesday night, killing three of them, two Iraqi security officials said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].actor2 is not None and acts[0].actor2.name == "Kataib Hezbollah", _show(acts)


def test_a_village_named_like_a_hamlet_abroad_stays_in_the_storys_country(pipeline):
    text = ("Malian soldiers and Russian mercenaries killed dozens of civilians in the village of Moura on "
            "Sunday, a rights group said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert acts, _show(acts)
    p = _place(acts[0])
    assert p is not None and p.iso == "MLI", (p, _show(acts))


def test_a_village_of_a_text_without_other_places_keeps_its_namesake(pipeline):
    text = "Police said gunmen killed five people in the village of Moura on Sunday."
    acts = _acts(reports_of(pipeline, text, published=WED))
    # two namesakes (Moura, Portugal; Moura, Mali, a supplement row): one is kept, the text is not dropped
    assert acts and _place(acts[0]) is not None and _place(acts[0]).iso in ("PRT", "MLI"), _show(acts)


def test_a_front_village_across_a_border_keeps_its_country(pipeline):
    # the attacker's demonym names Russia, the village lies in Ukraine: same continent, no namesake abroad
    text = "On Sunday, Russian forces shelled the village of Vovchansk with artillery, injuring two civilians."
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert acts and _place(acts[0]) is not None and _place(acts[0]).iso == "UKR", _show(acts)


def test_settlers_without_a_demonym_in_the_west_bank(pipeline):
    text = ("RAMALLAH, West Bank (Reuters) - Dozens of settlers attacked the village of Turmus Ayya on Friday, "
            "setting fire to homes and cars, residents said.")
    reports = reports_of(pipeline, text, published=WED)
    assert any(r.actor1 is not None and r.actor1.name == "Settlers (Israel)" for r in reports), _show(reports)


def test_settlers_elsewhere_are_no_israeli_settlers(pipeline):
    text = "KAMPALA, Uganda (AP) — Settlers clashed with herders in the Kiryandongo district on Friday, police said."
    reports = reports_of(pipeline, text, published=WED)
    assert not any(a is not None and a.name == "Settlers (Israel)" for r in reports for a in (r.actor1, r.actor2)), \
        _show(reports)
