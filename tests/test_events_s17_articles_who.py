"""Seventeenth session, WHO and HOW MANY: errors found by probing the events stage with articles of our own
writing in the voices of Somali, Yemeni, Libyan, Iraqi, Nigerian, Indian, Ethiopian, Sudanese, Congolese and
Mozambican outlets, and of rights groups reporting deaths in custody.

- A member noun tied to its group by a participle the parse read as the main verb ("Gunmen suspected to be
  from the OLA abducted ...", "Insurgents linked to the Islamic State beheaded ...") and a named group in
  front of a generic noun ("a suspected AQAP suicide bomber") name the group.
- Prison guards, warders and jailers, and unnamed guards or officers in a sentence about a prison, custody or
  a police station, are the state's police forces; detainees, prisoners and inmates are civilians.
- "fired rockets at a base hosting U.S. troops": the troops are actor 2; "repelled an RSF ground attack":
  the RSF is the other side; "Security forces returned fire and the militants fled": the militants (the
  group told before); "fought alongside the rebels": allies, not the two sides.
- Named armed groups of Libya (Stability Support Apparatus, 444th Brigade, Radaa) and Sudan (Sudan Shield
  Forces), "M23/AFC", and "Hema self-defence groups" (an identity militia).
- :func:`eventwire.events.foreignforces.foreign_forces` tells another state's forces from the article's
  own (for territory typing), without changing ``RoleFinder.actor_kind``.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from events_helpers import actor_name as _name
from events_helpers import news_acts as _acts
from events_helpers import one_news_act, processed, reports_of
from events_helpers import show_reports as _show
from eventwire.events.foreignforces import finder_of, foreign_forces
from eventwire.events.roles import RoleFinder

PUB = dt.date(2025, 6, 10)  # a Tuesday


def _one(pipeline, text, sub=None, published=PUB):
    return one_news_act(pipeline, text, sub, published=published)


# -- who: the group named by a participle or in front of a generic noun -----------------------------------
def test_gunmen_suspected_to_be_from_a_named_group_are_its_men(pipeline):
    r = _one(pipeline, "NEKEMTE, Ethiopia - Gunmen suspected to be from the Oromo Liberation Army abducted 14 health "
                       "workers travelling on the road to Gimbi on Saturday, colleagues said.")
    assert _name(r.actor1) == "OLF-OLA: Oromo Liberation Army", _show([r])
    assert r.actor2 is not None and r.actor2.inter == 7, _show([r])


def test_insurgents_linked_to_a_named_group_are_its_men(pipeline):
    r = _one(pipeline, "PEMBA, Mozambique - Insurgents linked to the Islamic State beheaded four Christians in a "
                       "village in Chiure district on Friday, local sources said.")
    assert _name(r.actor1) == "Islamic State (Mozambique)", _show([r])


def test_a_named_group_in_front_of_a_suicide_bomber_is_actor_1(pipeline):
    acts = _acts(reports_of(pipeline, "MUKALLA, Yemen - A suspected AQAP suicide bomber blew himself up at a "
                                      "checkpoint east of Mukalla on Wednesday, killing five soldiers.",
                            published=PUB))
    bomb = [r for r in acts if r.sub_event_type == "Suicide bomb"]
    assert bomb and _name(bomb[0].actor1) == "AQAP: Al Qaeda in the Arabian Peninsula", _show(acts)
    assert bomb[0].fatalities.count == 6, _show(acts)  # the bomber counts in a suicide bomb's toll


# -- who: deaths in custody ---------------------------------------------------------------------------------
def test_prisoners_beaten_by_guards_are_killed_by_the_police(pipeline):
    r = _one(pipeline, "NAIROBI - Twelve prisoners died in custody after being beaten by guards at a prison in "
                       "Kakamega on Sunday, a rights commission said.")
    assert r.sub_event_type == "Attack", _show([r])
    assert _name(r.actor1) == "Police Forces of Kenya", _show([r])
    assert _name(r.actor2) == "Civilians (Kenya)" and r.fatalities.count == 12, _show([r])


def test_guards_who_shoot_escaping_prisoners_are_the_police(pipeline):
    r = _one(pipeline, "KINSHASA - Guards shot dead 24 prisoners who tried to escape from Makala prison on Tuesday.")
    assert _name(r.actor1) == "Police Forces of the Democratic Republic of Congo", _show([r])


def test_officers_at_a_police_station_who_torture_a_detainee_are_the_police(pipeline):
    r = _one(pipeline, "LAGOS - A detainee died on Monday after he was tortured by officers at the Ikeja police "
                       "station, his lawyer said.", published=dt.date(2025, 4, 2))
    assert _name(r.actor1) == "Police Forces of Nigeria", _show([r])


def test_army_officers_are_not_made_the_police_by_a_prison(pipeline):
    r = _one(pipeline, "GOMA - Army officers shot dead three inmates at Munzenze prison on Monday, witnesses said.")
    assert _name(r.actor1) == "Military Forces of the Democratic Republic of Congo", _show([r])


def test_detainees_killed_in_an_air_strike_are_civilians(pipeline):
    r = _one(pipeline, "SANAA - Saudi-led coalition warplanes struck a prison in Saada province on Monday, killing "
                       "at least 68 detainees, health officials said.", published=dt.date(2025, 2, 18))
    assert _name(r.actor1) == "Operation Restoring Hope", _show([r])
    assert _name(r.actor2) == "Civilians (Yemen)", _show([r])


# -- who: the other side -----------------------------------------------------------------------------------
def test_troops_hosted_by_a_base_fired_at_are_actor_2(pipeline):
    r = _one(pipeline, "BAGHDAD - Kataib Hezbollah fired rockets at a base hosting U.S. troops in Anbar province "
                       "on Sunday, Iraqi security officials said.", published=dt.date(2025, 6, 2))
    assert _name(r.actor1) == "Kataib Hezbollah", _show([r])
    assert _name(r.actor2) == "Military Forces of the United States", _show([r])


def test_the_attacker_of_a_repelled_attack_is_the_other_side(pipeline):
    r = _one(pipeline, "EL FASHER, Sudan - The Sudanese Armed Forces and allied joint forces repelled an RSF "
                       "ground attack on the city's southern flank on Tuesday.", "Armed clash")
    assert _name(r.actor1) == "Military Forces of Sudan", _show([r])
    assert _name(r.actor2) == "RSF: Rapid Support Forces", _show([r])


def test_militants_who_fled_after_return_fire_are_the_other_side(pipeline):
    acts = _acts(reports_of(pipeline, "IMPHAL, Manipur - Suspected Kuki militants opened fire on Meitei farmers in "
                                      "Bishnupur district on Sunday, injuring four, police said. Security forces "
                                      "returned fire and the militants fled to the hills.", published=PUB))
    clash = [r for r in acts if r.sub_event_type == "Armed clash"]
    assert clash and _name(clash[0].actor2) == "Kuki Ethnic Militia (India)", _show(acts)


def test_soldiers_fighting_alongside_rebels_are_their_allies(pipeline):
    acts = _acts(reports_of(pipeline, "GOMA - M23 rebels captured Goma on Monday. Rwandan soldiers fought "
                                      "alongside the rebels, UN experts said.", published=dt.date(2025, 1, 28)))
    for r in acts:
        names = {_name(r.actor1), _name(r.actor2)}
        assert names != {"Military Forces of Rwanda", "M23: March 23 Movement"}, _show(acts)


# -- who: named groups ------------------------------------------------------------------------------------
def test_two_named_libyan_armed_groups_are_the_two_sides(pipeline):
    r = _one(pipeline, "TRIPOLI - Clashes erupted overnight between the Stability Support Apparatus and the 444th "
                       "Brigade in the Abu Salim district of Tripoli, residents said.", "Armed clash")
    assert {_name(r.actor1), _name(r.actor2)} == {"Stability Support Apparatus", "444th Combat Brigade"}, _show([r])


def test_sudan_shield_forces_are_named(pipeline):
    r = _one(pipeline, "WAD MADANI - Fighters of the Sudan Shield Forces killed 11 villagers in Gezira state on "
                       "Friday, activists said.")
    assert _name(r.actor1) == "Sudan Shield Forces", _show([r])


def test_m23_slash_afc_is_the_m23(pipeline):
    r = _one(pipeline, "GOMA - M23/AFC rebels clashed with Wazalendo militias in Masisi territory on Thursday, "
                       "local sources said.", "Armed clash")
    assert "M23: March 23 Movement" in {_name(r.actor1), _name(r.actor2)}, _show([r])


def test_hema_self_defence_groups_are_an_identity_militia(pipeline):
    r = _one(pipeline, "BUNIA - CODECO militiamen and Hema self-defence groups clashed in Djugu territory on "
                       "Saturday, leaving eight dead.", "Armed clash")
    names = {_name(r.actor1), _name(r.actor2)}
    assert "Hema Ethnic Militia (Democratic Republic of Congo)" in names, _show([r])


# -- own state or foreign state ----------------------------------------------------------------------------
def _tok(article, word):
    return next(t for t in article.doc if t.text == word)


def test_foreign_forces_tells_another_states_forces_from_the_own(pipeline):
    a = processed(pipeline, "GOMA, DR Congo - Rwandan troops and M23 rebels seized Sake on Friday. FARDC soldiers "
                            "withdrew from the town.", published=PUB)
    assert isinstance(finder_of(a.doc), RoleFinder)
    assert foreign_forces(_tok(a, "troops")) is True
    assert foreign_forces(_tok(a, "soldiers")) is False
    assert foreign_forces(_tok(a, "rebels")) is False
    assert foreign_forces(_tok(a, "troops"), iso="RWA") is False


def test_a_peacekeeping_mission_in_its_country_is_not_foreign(pipeline):
    a = processed(pipeline, "MOGADISHU - ATMIS troops and Somali soldiers recaptured the town of Bulo Burde from "
                            "al-Shabaab on Sunday.", published=PUB)
    assert foreign_forces(_tok(a, "ATMIS")) is False
    assert foreign_forces(_tok(a, "soldiers")) is False
    finder = finder_of(a.doc)
    assert finder.actor_kind(_tok(a, "ATMIS")) == "state"  # actor_kind is unchanged


# -- who: more shapes ---------------------------------------------------------------------------------------
def test_army_allied_militias_are_pro_government_militias(pipeline):
    r = _one(pipeline, "WAD MADANI, Sudan - Activists said army-allied militias killed at least 20 civilians in "
                       "villages east of Wad Madani on Saturday.", "Attack")
    assert _name(r.actor1) == "Pro-Government Militias (Sudan)", _show([r])


def test_armed_miscreants_are_an_unidentified_armed_group(pipeline):
    acts = _acts(reports_of(pipeline, "CHURACHANDPUR, Manipur - Armed miscreants torched at least 15 houses in a "
                                      "village in Churachandpur district on Monday night, officials said.",
                            published=PUB))
    assert acts and _name(acts[0].actor1) == "Unidentified Armed Group (India)", _show(acts)


def test_two_states_forces_that_clashed_are_the_two_sides(pipeline):
    r = _one(pipeline, "KISMAYO - Jubaland forces and federal Somali army troops clashed in Ras Kamboni on Monday, "
                       "leaving at least 10 dead on both sides, local elders said.", "Armed clash")
    assert {_name(r.actor1), _name(r.actor2)} == {"Military Forces of Jubaland", "Military Forces of Somalia"}, _show([r])


def test_a_state_and_its_allied_militia_fighting_together_stay_one_side(pipeline):
    r = _one(pipeline, "MARIB - Government forces and allied tribal fighters clashed with Houthi fighters on the "
                       "Raghwan front on Sunday, the army said.", "Armed clash")
    assert _name(r.actor2) == "Houthi Movement", _show([r])


def test_it_in_a_groups_claim_is_the_group_not_who_did_not_confirm(pipeline):
    r = _one(pipeline, "MOGADISHU - Al-Shabaab said on Sunday it had killed 12 soldiers in an attack on a base in "
                       "Bulo Burde; the army did not confirm.", published=dt.date(2025, 4, 15))
    assert _name(r.actor1) == "Al Shabaab", _show([r])
    assert _name(r.actor2) == "Military Forces of Somalia", _show([r])


# -- how many: a suicide bomber counted once --------------------------------------------------------------
def test_a_toll_including_the_bomber_herself_is_not_raised(pipeline):
    r = _one(pipeline, "MAIDUGURI - A female suicide bomber detonated explosives at a wedding in Gwoza on Saturday, "
                       "killing 18 people including herself, police said.", "Suicide bomb")
    assert r.fatalities.count == 18, _show([r])


def test_a_toll_without_the_bomber_adds_the_bomber(pipeline):
    r = _one(pipeline, "MAIDUGURI - A suicide bomber killed 12 worshippers at a mosque in Gwoza on Friday, police said.",
             "Suicide bomb")
    assert r.fatalities.count == 13, _show([r])


def test_peacekeepers_carried_by_a_vehicle_a_bomb_hit_are_actor_2(pipeline):
    r = _one(pipeline, "MOGADISHU - A roadside bomb hit a vehicle carrying AUSSOM peacekeepers near Afgoye on Sunday, "
                       "wounding five of them, a Somali officer said.", published=dt.date(2025, 5, 12))
    assert _name(r.actor2) == "AMISOM: African Union Mission in Somalia", _show([r])


def test_militias_known_by_a_name_are_that_group(pipeline):
    r = _one(pipeline, "BELET WEYNE - Clan militias known as Macawisley killed 14 al-Shabaab fighters in Hiiraan "
                       "region on Thursday.", "Armed clash", published=dt.date(2025, 2, 14))
    assert _name(r.actor1) == "Macawisley", _show([r])


def test_a_group_told_in_apposition_is_no_one_dead(pipeline):
    r = _one(pipeline, "BAGHDAD - A Turkish airstrike killed four fighters of the Sinjar Resistance Units, a "
                       "PKK-affiliated group, near Sinjar on Monday, local officials said.", published=dt.date(2025, 11, 25))
    assert r.fatalities.count == 4, _show([r])


def test_a_place_based_group_is_the_group_of_that_place(pipeline):
    r = _one(pipeline, "TRIPOLI - Misrata-based brigades clashed with Zintan militias near Tripoli airport on Sunday, "
                       "killing four.", "Armed clash")
    names = {_name(r.actor1), _name(r.actor2)}
    assert names == {"Misratah Communal Militia (Libya)", "Zintan Communal Militia (Libya)"}, _show([r])


def test_border_guard_bangladesh_is_the_states_forces(pipeline):
    r = _one(pipeline, "DHAKA - Border Guard Bangladesh members shot dead two smugglers at the border in "
                       "Chapainawabganj on Sunday, an official said.", published=dt.date(2025, 8, 12))
    assert _name(r.actor1) == "Military Forces of Bangladesh" and r.actor1.inter == 1, _show([r])
