"""Fourteenth session, WHO and HOW MANY: errors found by probing the events stage with wire reports of our
own writing from Africa and the Middle East (Sudan, South Sudan, Chad, Ethiopia, Somalia, Kenya, the Sahel,
Benin, Nigeria, Cameroon, CAR, DRC, Mozambique, Libya, Yemen, Lebanon, Syria, Iraq, Iran, Israel/Palestine).

- Claims: a side telling its own dead ("killed at least five soldiers, two military sources said",
  "killing two officers, police said") claims nothing; a side telling its foe's dead still claims.
- Named groups: "Islamic State-linked insurgents" (and -backed, -affiliated) are the Islamic State's
  regional branch, never "State-backed" pro-government militias; "Rwanda-backed rebels" stay unnamed;
  "separatist fighters" in Cameroon are the Ambazonian separatists; "Russian fighters from the Africa
  Corps", the second of two conjoined doers, are the Africa Corps (Russia's military).
- Doers: "suspected herders killed 52 people" are a communal militia (and the dead civilians actor 2);
  "drones struck the airport, the army said, blaming the RSF": the RSF, not the army; "troops were
  deployed" move themselves (actor 1).
- Targets: "fired rockets at Israeli troops": Israel's military is actor 2; "repelled an attack by the
  RSF, killing dozens of the attackers": the RSF is actor 2; "a drone attacked a gas field, wounding two
  workers": civilians are actor 2; "clashes between X and Y killed 30 people": the dead are no side.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from events_helpers import actor_name as _name
from events_helpers import news_acts as _acts
from events_helpers import one_news_act, reports_of
from events_helpers import show_reports as _show

WED = dt.date(2025, 5, 14)  # a Wednesday


def _one(pipeline, text, sub=None):
    return one_news_act(pipeline, text, sub, published=WED)


# -- claims -----------------------------------------------------------------------------------------
def test_military_sources_telling_their_own_dead_claim_nothing(pipeline):
    r = _one(pipeline, "MAIDUGURI, Nigeria (Reuters) - ISWAP fighters overran a military base in Marte in Borno "
                       "state on Monday and killed at least five soldiers, two military sources said.")
    assert r.fatalities.count == 5 and r.fatalities.claimed_by is None, (r.fatalities, _show([r]))


def test_police_telling_their_own_dead_officers_claim_nothing(pipeline):
    r = _one(pipeline, "ENUGU, Nigeria (Reuters) - Gunmen attacked a police station in Imo state on Monday, "
                       "killing two officers and freeing detainees, police said.")
    assert r.fatalities.count == 2 and r.fatalities.claimed_by is None, (r.fatalities, _show([r]))


def test_a_military_telling_its_foes_dead_still_claims(pipeline):
    r = _one(pipeline, "MAIDUGURI, Nigeria (Reuters) - Soldiers killed 30 Boko Haram fighters in clashes near "
                       "Bama in Borno state on Monday, the army said.")
    assert r.fatalities.count == 30 and r.fatalities.claimed_by == "Military Forces of Nigeria", r.fatalities


# -- named groups -----------------------------------------------------------------------------------
def test_islamic_state_linked_insurgents_are_the_branch(pipeline):
    r = _one(pipeline, "NIAMEY, Niger (Reuters) - Islamic State-linked insurgents killed 44 worshippers at a "
                       "mosque in the Tillaberi region on Friday, the government said.")
    assert _name(r.actor1) == "Islamic State (Sahel)", _show([r])


def test_islamic_state_backed_militants_are_no_pro_government_militia(pipeline):
    r = _one(pipeline, "MAPUTO, Mozambique (AFP) - Islamic State-backed militants beheaded five villagers in "
                       "Macomia district of Cabo Delgado province on Tuesday, local sources said.")
    assert _name(r.actor1) == "Islamic State (Mozambique)", _show([r])


def test_rebels_backed_by_a_country_stay_unnamed(pipeline):
    r = _one(pipeline, "GOMA, Congo (AP) - Rwanda-backed rebels killed five villagers in Masisi territory of "
                       "North Kivu on Tuesday, residents said.")
    assert r.actor1 is not None and (r.actor1.inter or 0) == 2 and "Rwanda" not in r.actor1.name, _show([r])


def test_separatist_fighters_in_cameroon_are_ambazonian(pipeline):
    r = _one(pipeline, "BAMENDA, Cameroon (AFP) - Separatist fighters killed three soldiers in an ambush near "
                       "the town of Ndop in the North-West region on Sunday, a military source said.")
    assert _name(r.actor1) == "Ambazonian Separatists", _show([r])
    assert _name(r.actor2) == "Military Forces of Cameroon", _show([r])


def test_separatists_elsewhere_stay_generic_rebels(pipeline):
    r = _one(pipeline, "SITTWE, Myanmar (Reuters) - Separatist rebels attacked a police post in Rakhine state "
                       "on Sunday, killing four policemen, officials said.")
    assert "Ambazonian" not in (_name(r.actor1) or ""), _show([r])


def test_second_conjoined_doer_from_a_named_force(pipeline):
    r = _one(pipeline, "BAMAKO (AFP) - Malian soldiers and Russian fighters from the Africa Corps killed at "
                       "least 24 civilians in a raid on a village near Mopti on Thursday, residents said.")
    assert _name(r.actor1) == "Military Forces of Mali", _show([r])
    assert [a.name for a in r.assoc_actor_1] == ["Military Forces of Russia"], r.assoc_actor_1


# -- doers --------------------------------------------------------------------------------------------
def test_suspected_herders_who_kill_are_a_communal_militia(pipeline):
    r = _one(pipeline, "JOS, Nigeria (AP) - Suspected herders killed at least 52 people in attacks on farming "
                       "villages in the Bassa area of Plateau state on Sunday night, a local official said.")
    assert r.actor1 is not None and r.actor1.inter == 4, _show([r])
    assert r.actor2 is not None and r.actor2.inter == 7, _show([r])


def test_the_group_a_military_blames_is_the_doer(pipeline):
    r = _one(pipeline, "PORT SUDAN, Sudan (Reuters) - Drones struck a fuel depot and the airport in Port Sudan "
                       "on Tuesday, the army said, blaming the Rapid Support Forces.")
    assert r.actor1 is not None and "Rapid Support Forces" in r.actor1.name, _show([r])


def test_troops_deployed_in_the_passive_are_actor1(pipeline):
    r = _one(pipeline, "MAPUTO (AFP) - Rwandan troops were deployed to Mocimboa da Praia in Cabo Delgado "
                       "province on Tuesday, officials said.")
    assert r.actor1 is not None and "Rwanda" in r.actor1.name and r.actor2 is None, _show([r])


# -- targets ------------------------------------------------------------------------------------------
def test_what_rockets_were_fired_at_is_actor2(pipeline):
    r = _one(pipeline, "BEIRUT, Lebanon (AP) - Hezbollah said it fired rockets at Israeli troops gathering near "
                       "the border town of Metula on Tuesday.")
    assert _name(r.actor1) == "Hezbollah" and _name(r.actor2) == "Military Forces of Israel", _show([r])


def test_the_attackers_of_an_attack_by_a_named_group(pipeline):
    r = _one(pipeline, "EL FASHER, Sudan (AP) - The Sudanese army said its forces repelled an attack by the RSF "
                       "on the city's southern defenses on Wednesday, killing dozens of the attackers.")
    assert r.actor2 is not None and "Rapid Support Forces" in r.actor2.name, _show([r])


def test_workers_wounded_by_an_unclaimed_drone_are_actor2(pipeline):
    r = _one(pipeline, "ERBIL, Iraq (AP) - A drone attacked the Khor Mor gas field in Sulaymaniyah province on "
                       "Saturday, wounding two workers, Kurdish officials said.", sub="Air/drone strike")
    assert r.actor2 is not None and r.actor2.inter == 7, _show([r])


def test_the_dead_of_clashes_are_no_side(pipeline):
    r = _one(pipeline, "DAMASCUS (AFP) - Clashes between Druze fighters and Bedouin tribes in Sweida province "
                       "killed at least 30 people on Sunday, the interior ministry said.")
    assert r.sub_event_type == "Armed clash" and r.fatalities.count == 30, _show([r])
    assert r.actor2 is None or r.actor2.inter != 7, _show([r])


def test_the_herders_abducted_are_civilians_not_their_militia(pipeline):
    r = _one(pipeline, "JOS, Nigeria (AP) - Gunmen abducted five Fulani herders in Bokkos district of Plateau state "
                       "on Saturday, police said.")
    assert r.actor2 is not None and r.actor2.inter == 7, _show([r])


def test_a_raid_killing_herders_is_an_attack_on_civilians(pipeline):
    r = _one(pipeline, "JOS, Nigeria (AP) - Gunmen attacked a settlement in Bokkos district of Plateau state on "
                       "Saturday, killing seven Fulani herders, police said.")
    assert r.sub_event_type == "Attack" and r.actor2 is not None and r.actor2.inter == 7, _show([r])


def test_explosive_detonated_against_an_army_vehicle(pipeline):
    r = _one(pipeline, "GAZA CITY (AFP) - Hamas fighters detonated an explosive device against an Israeli army "
                       "bulldozer east of Khan Younis on Monday, the group said.")
    assert _name(r.actor2) == "Military Forces of Israel", _show([r])


def test_rockets_at_a_town_have_no_military_target(pipeline):
    r = _one(pipeline, "BEIRUT (AP) - Hezbollah said it fired rockets at the Israeli town of Kiryat Shmona on "
                       "Tuesday.")
    assert r.actor2 is None or "Military" not in r.actor2.name, _show([r])


def test_russian_mercenaries_are_wagner(pipeline):
    r = _one(pipeline, "BAMAKO (Reuters) - JNIM fighters ambushed a convoy of Malian soldiers and Russian "
                       "mercenaries near the town of Tessalit on Saturday, killing 11 soldiers, a security source said.")
    assert "Wagner Group" in [a.name for a in (r.actor2, *r.assoc_actor_2) if a is not None], _show([r])


# -- tolls ----------------------------------------------------------------------------------------------
def test_a_killing_someone_is_executed_for_is_no_toll(pipeline):
    text = ("DUBAI (Reuters) - Iran executed three Kurdish men on Saturday for killing a cleric, a rights group "
            "said.")
    for r in _acts(reports_of(pipeline, text, published=WED)):
        assert r.fatalities.count in (0, 3), _show([r])


def test_police_telling_soldiers_dead_claim_nothing(pipeline):
    r = _one(pipeline, "ABUJA (Reuters) - Gunmen killed four soldiers at a checkpoint in Anambra state on "
                       "Monday, police said.")
    assert r.fatalities.count == 4 and r.fatalities.claimed_by is None, (r.fatalities, _show([r]))


# -- attribution and old news -------------------------------------------------------------------------
def test_the_group_authorities_blame_in_the_next_sentence(pipeline):
    text = ("DAMASCUS (Reuters) - A suicide bomber detonated an explosive vest inside a church in Damascus on "
            "Sunday, killing 25 worshippers, the health ministry said. The interior ministry blamed the "
            "Islamic State.")
    r = _one(pipeline, text)
    assert _name(r.actor1) == "Islamic State", _show([r])


def test_a_rival_groups_blame_names_no_doer(pipeline):
    text = ("GOMA (Reuters) - Gunmen killed eight villagers in Masisi territory on Saturday, residents said. "
            "The M23 blamed the FDLR.")
    r = _one(pipeline, text)
    assert "FDLR" not in (_name(r.actor1) or ""), _show([r])


def test_the_second_attack_this_month_is_no_new_act(pipeline):
    text = ("JUBA (AP) - Gunmen ambushed a humanitarian convoy in Jonglei state on Friday, killing a driver "
            "working for Doctors Without Borders, the group said. It was the second attack on aid workers in "
            "South Sudan this month.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].fatalities.count == 1, _show(acts)


def test_tellers_the_parse_joins_to_the_dead_are_not_counted(pipeline):
    r = _one(pipeline, "ABUJA (Reuters) - A military airstrike mistakenly hit a village in Sokoto state on "
                       "Wednesday, killing at least 10 civilians, residents and Amnesty International said.")
    assert r.fatalities.count == 10, (r.fatalities, _show([r]))


def test_the_dead_of_clashes_a_taking_came_after_are_its_toll(pipeline):
    r = _one(pipeline, "ADEN (Reuters) - Forces of the Southern Transitional Council took control of the city of "
                       "Seiyun in Hadramawt province on Tuesday after clashes with government troops that killed "
                       "four soldiers, a military official said.")
    assert r.fatalities.count == 4, (r.fatalities, _show([r]))


def test_an_african_union_base_in_somalia_is_the_au_missions(pipeline):
    r = _one(pipeline, "MOGADISHU (Reuters) - Al-Shabaab fighters attacked an African Union base in the Lower "
                       "Shabelle region on Wednesday, killing four soldiers, a military officer said.")
    assert r.actor2 is not None and r.actor2.name.startswith("AMISOM"), _show([r])


def test_the_force_whose_patrol_a_crowd_attacked_is_actor2(pipeline):
    r = _one(pipeline, "BEIRUT (AP) - Residents of a southern Lebanese village attacked a UNIFIL patrol on "
                       "Thursday, smashing the windows of a vehicle, the UN mission said.")
    assert r.actor2 is not None and r.actor2.name.startswith("UNIFIL"), _show([r])


def test_soldiers_conjoined_to_the_group_of_mercenaries_are_associates(pipeline):
    r = _one(pipeline, "BANGUI (Reuters) - Russian mercenaries of the Wagner Group and Central African soldiers "
                       "killed at least 12 civilians in the town of Bambari on Monday, a local official said.")
    assert _name(r.actor1) == "Wagner Group", _show([r])
    assert [a.name for a in r.assoc_actor_1] == ["Military Forces of the Central African Republic"], r.assoc_actor_1


def test_a_number_given_to_the_act_replaces_a_bare_plural(pipeline):
    """"killed villagers ..., killing at least 21 people": 21 (the bare plural, read as a few, tells the
    same dead); a bare plural alone still counts as a few, and a "several" still adds."""
    def toll(text):
        return _one(pipeline, text).fatalities.count

    assert toll("Gunmen killed villagers in an attack on a village in Plateau State on Tuesday, "
                "killing at least 21 people, police said.") == 21
    assert toll("Suspected jihadists killed villagers in Tillaberi on Sunday.") == 3
    assert toll("Gunmen killed two soldiers and several civilians in Tillaberi on Sunday.") == 5


def test_the_dead_of_both_sides_add(pipeline):
    """"killed 18 assailants ... One soldier was killed": the dead of both sides (19), not a second
    source's lower figure of the same dead; two sources' figures of the same side stay the lower."""
    def toll(text):
        return _one(pipeline, text).fatalities.count

    assert toll("Soldiers killed 18 assailants in an attack on a base near Bol on Monday. "
                "One soldier was killed, the army said.") == 19
    assert toll("Soldiers killed 18 assailants near Bol on Monday. Two soldiers died in the fighting.") == 20
    assert toll("Militants killed 14 soldiers near Bol on Monday, a war monitor said. "
                "State media said eight soldiers were killed.") == 8
