"""Thirteenth session, second probe of the events stage with wire reports of our own writing (Burkina
Faso, Niger, Cameroon, Ethiopia, South Sudan, Yemen, Lebanon, India, Thailand, Somalia, Sudan ...).

- Tolls: "More than 7,000 people have been killed since the insurgency flared in 2004" is a running
  tally: neither the toll of the act told before it nor news of its own; "Abdullahi Yusuf, a senior
  al-Shabaab commander, was killed" is one death (an apposition that describes its head).
- Actors: "was killed in a U.S. airstrike" is the U.S. military's strike.
- Splitting and places: "shot dead two villagers and set fire to several houses in X district on
  Monday night" is one act in X (the verbs share subject, day and place).

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from events_helpers import news_acts as _acts
from events_helpers import reports_of
from events_helpers import show_reports as _show

WED = dt.date(2024, 6, 19)  # a Wednesday: Sunday 16, Monday 17, Tuesday 18


def test_a_running_tally_is_no_toll_of_the_act_before(pipeline):
    text = ("BANGKOK (Reuters) - A bomb hidden in a motorcycle exploded near a police post in the Rueso "
            "district of Narathiwat on Wednesday, injuring two rangers. More than 7,000 people have been "
            "killed since the insurgency flared in 2004.")
    reports = reports_of(pipeline, text, published=WED)
    acts = _acts(reports)
    assert acts and all(r.fatalities.count < 100 for r in acts), _show(reports)


def test_an_apposition_of_a_named_man_is_one_death(pipeline):
    text = ("MOGADISHU (AP) - Abdullahi Yusuf, a senior al-Shabaab commander, was killed in an airstrike "
            "near Jilib on Friday, Somalia's government said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].fatalities.count == 1, _show(acts)


def test_a_list_of_victims_still_counts_each(pipeline):
    text = "KANO, Nigeria (AP) - Gunmen killed a farmer, a trader and two children in Zamfara on Friday."
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].fatalities.count == 4, _show(acts)


def test_killed_in_a_demonym_airstrike_names_that_military(pipeline):
    text = "MOGADISHU (AP) - Abdullahi Yusuf was killed in a U.S. airstrike near Jilib on Friday."
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    a1 = acts[0].actor1
    assert a1 is not None and a1.name == "Military Forces of the United States", _show(acts)


def test_verbs_of_one_subject_share_the_place_told_after_both(pipeline):
    text = ("IMPHAL, India (PTI) - Suspected militants shot dead two villagers and set fire to several "
            "houses in Manipur's Jiribam district on Monday night, police said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].location is not None and acts[0].location.text != "IMPHAL", _show(acts)
    assert acts[0].fatalities.count == 2, _show(acts)


def test_a_clause_with_a_subject_and_day_of_its_own_stays_apart(pipeline):
    text = ("KANO, Nigeria (AP) - Gunmen killed two farmers in Gusau, and on Monday they abducted ten women "
            "near Tsafe.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)


def test_a_share_of_a_toll_with_a_place_of_its_own_is_that_acts_toll(pipeline):
    text = ("GENEVA (AFP) - In the past week, at least 45 civilians were killed in attacks in North Darfur, "
            "including 12 in shelling of El Fasher on 14 June, the UN said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    fasher = [r for r in acts if r.location is not None and r.location.text == "El Fasher"]
    assert fasher and fasher[0].fatalities.count == 12, _show(acts)


def test_a_group_among_the_dead_is_no_share_of_its_own(pipeline):
    text = "KANO, Nigeria (AP) - Gunmen killed 20 people, including 12 women, in Zamfara on Friday."
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and acts[0].fatalities.count == 20, _show(acts)


def test_the_fighting_broke_out_tells_the_clash_again(pipeline):
    text = ("JUBA, South Sudan (Reuters) - Clashes between rival cattle herders in Warrap state have killed at "
            "least 27 people, the state's information minister said on Wednesday. The fighting broke out on "
            "Sunday in Tonj North county after youths from one community raided cattle from another, he said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].fatalities.count == 27 and acts[0].date.value == "2024-06-16", _show(acts)


def test_a_lake_of_several_countries_takes_the_datelines_country(pipeline):
    text = ("NDJAMENA, Chad (AFP) - Boko Haram fighters attacked an army base on an island in Lake Chad late "
            "on Sunday, killing at least 40 soldiers, the presidency said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    p = acts[0].location.place if acts[0].location else None
    assert p is not None and p.iso == "TCD", _show(acts)


def test_a_fight_with_the_gunmen_is_where_the_gunmen_struck(pipeline):
    text = ("IMPHAL, India (PTI) - Suspected militants shot dead two villagers in Manipur's Jiribam district "
            "on Monday night, police said.\nSecurity forces exchanged fire with the gunmen, who fled into the "
            "hills.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)
    assert all(r.location is not None and r.location.text != "IMPHAL" for r in acts), _show(acts)


def test_the_attackers_killed_by_an_army_named_by_its_country_are_where_they_struck(pipeline):
    text = ("NIAMEY, Niger (Reuters) - Fighters of the Islamic State Sahel Province killed 21 civilians in the "
            "village of Tassia in the Tillaberi region on Friday.\nNiger's army said it had killed several "
            "of the attackers in a counter-operation and lost two soldiers.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)
    p = acts[1].location.place if acts[1].location else None
    assert p is not None and p.admin1 is not None, _show(acts)


def test_a_verb_with_a_day_and_place_of_its_own_stays_apart_from_a_placed_first_verb(pipeline):
    text = ("KANO, Nigeria (AP) - Bandits killed nine people in the Tsafe area of Zamfara state on Sunday and "
            "abducted 15 others in Gusau on Monday, a lawmaker said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)


def test_an_explosion_after_a_missile_is_its_impact(pipeline):
    text = ("SANAA, Yemen (AP) - The Houthis fired a ballistic missile at a Greek-flagged cargo ship in the "
            "Red Sea on Wednesday.\nThe ship's crew reported an explosion nearby but no damage, the British "
            "military's UKMTO centre said.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1, _show(acts)
    assert acts[0].sub_event_type == "Shelling/artillery/missile attack", _show(acts)


def test_a_blast_with_a_place_and_toll_of_its_own_after_a_strike_stays_apart(pipeline):
    text = ("KABUL (AP) - U.S. drones struck a compound in Kunar province on Tuesday. Hours later, a blast near "
            "a police station in Asadabad killed three officers.")
    acts = _acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 2, _show(acts)
