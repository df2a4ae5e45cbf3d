"""Thirteenth session, typing errors left by the articles probe (helper 6).

- Gangs: armed gangs attacking a neighbourhood, a town, police or soldiers are political violence (ACLED
  codes such gangs as political militias); a gang robbing, kidnapping for ransom or fighting a rival gang
  stays crime; a cartel attacking soldiers with drones is political violence by its means.
- Clashes as the setting: forces shooting dead a civilian "during clashes" (no armed side named) is an
  Attack on civilians; killing gunmen or a civilian "during clashes with militants" stays an Armed clash.
- Damage with people hurt: "set fire to homes, wounding four Palestinians" is an Attack; burning homes
  with nobody hurt stays Looting/property destruction.
- Bombing infrastructure: "rebels bombed an oil pipeline" is the rebels' explosive attack, not a bomb
  found (Disrupted weapons use) with the army that told of it as the doer.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from events_helpers import reports_of

PUB = dt.date(2024, 5, 15)


def _acts(reports):
    return [r for r in reports if not r.background]


def _show(reports):
    return [(r.sub_event_type, r.actor1.name if r.actor1 else None, r.actor2.name if r.actor2 else None,
             r.fatalities.count, r.evidence.text[:50]) for r in reports]


def _one(pipeline, text):
    acts = _acts(reports_of(pipeline, text, published=PUB))
    assert len(acts) == 1, _show(acts)
    return acts[0]


def test_armed_gangs_attacking_a_town_are_political_violence(pipeline):
    r = _one(pipeline, "Heavily armed gangs stormed the town of Mirebalais on Thursday, killing at least 12 "
                       "villagers, a local official said.")
    assert r.sub_event_type == "Attack", _show([r])
    assert r.fatalities.count == 12, _show([r])


def test_gang_members_attacking_a_police_station_is_a_clash(pipeline):
    r = _one(pipeline, "Gang members attacked a police station in Croix-des-Bouquets overnight, killing two officers.")
    assert r.sub_event_type == "Armed clash", _show([r])
    assert r.actor2 is not None and "Police" in r.actor2.name, _show([r])


def test_a_cartel_attacking_soldiers_with_drones_is_political_violence(pipeline):
    r = _one(pipeline, "Suspected members of the Sinaloa cartel attacked an army base with explosive drones in "
                       "Michoacan on Monday, wounding three soldiers.")
    assert r.sub_event_type in ("Air/drone strike", "Armed clash", "Attack"), _show([r])


def test_gangs_firing_on_residents_or_killing_in_a_village_are_attacks(pipeline):
    r = _one(pipeline, "Gangs opened fire on residents of the Solino neighbourhood on Monday, killing five people, "
                       "witnesses said.")
    assert r.sub_event_type == "Attack", _show([r])
    r = _one(pipeline, "Gang members killed 15 people in the village of Pont-Sonde on Thursday, the UN said.")
    assert r.sub_event_type == "Attack", _show([r])
    assert r.fatalities.count == 15, _show([r])


def test_gangs_robbing_or_kidnapping_for_ransom_stay_crime(pipeline):
    for text in ("A gang of armed robbers attacked a village in Zamfara, killing two residents and stealing cattle.",
                 "Armed gangs kidnapped 20 residents of the neighbourhood for ransom on Monday.",
                 "Two rival gangs attacked each other in the slum, leaving three dead in a turf war, police said.",
                 "A gang shot dead two men outside a bar in Cape Town on Saturday.",
                 "Members of a criminal gang shot dead a shopkeeper in the town on Friday."):
        acts = _acts(reports_of(pipeline, text, published=PUB))
        assert not acts, (text, _show(acts))


def test_a_civilian_shot_dead_during_clashes_is_an_attack(pipeline):
    r = _one(pipeline, "Israeli forces shot dead a Palestinian teenager during clashes near Ramallah on Friday, "
                       "the health ministry said.")
    assert r.sub_event_type == "Attack", _show([r])
    assert r.actor2 is not None and r.actor2.name.startswith("Civilians"), _show([r])


def test_gunmen_or_a_civilian_killed_in_clashes_with_militants_stay_clashes(pipeline):
    r = _one(pipeline, "Israeli troops killed two gunmen during clashes in Jenin on Tuesday.")
    assert r.sub_event_type == "Armed clash", _show([r])
    r = _one(pipeline, "Soldiers shot dead a farmer during clashes with Islamist militants near the town, "
                       "residents said.")
    assert r.sub_event_type == "Armed clash", _show([r])


def test_burning_homes_and_injuring_people_is_an_attack(pipeline):
    r = _one(pipeline, "Settlers torched cars and homes in the village of Burin and injured three residents, "
                       "the Palestinian news agency said.")
    assert r.sub_event_type == "Attack", _show([r])


def test_burning_homes_with_nobody_hurt_stays_property_destruction(pipeline):
    r = _one(pipeline, "Settlers set fire to homes and olive trees in a village near Ramallah on Saturday, "
                       "residents said.")
    assert r.sub_event_type == "Looting/property destruction", _show([r])


def test_rebels_bombing_a_pipeline_is_their_explosive_attack(pipeline):
    r = _one(pipeline, "ELN guerrillas bombed an oil pipeline in Norte de Santander on Monday, the army said.")
    assert r.sub_event_type in ("Remote explosive/landmine/IED", "Looting/property destruction"), _show([r])
    assert r.actor1 is not None and "ELN" in r.actor1.name, _show([r])


def test_a_bomb_found_and_defused_stays_disrupted(pipeline):
    r = _one(pipeline, "Police found a bomb under a bridge in the city on Sunday and defused it.")
    assert r.sub_event_type == "Disrupted weapons use", _show([r])
