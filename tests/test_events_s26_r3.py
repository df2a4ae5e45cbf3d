"""Twenty-sixth session, helper R3: mistyped acts left over (``events.bareraids``, ``events.robberyfights``,
``events.tallies.ruled_over`` / ``campaign_toll``, ``events.actreads.tallied_arrest``).

- A state force's raid told with nothing done in it is no event (ACLED codes what a raid led to: the
  detained, a fight, the harmed, weapons seized); near-misses: a raid with arrests, a fight, a killing,
  weapons found, and raids by gunmen or militants, are read as before.
- A shootout of the police with robbers is crime, not an armed clash; near-misses: militants, bandits or
  gangs fighting the police, and gunmen with no robbery told, stay clashes.
- Inspectors of the "Organisation for the Prohibition of Chemical Weapons" arriving: the weapons are a
  body's name (``events.violence``), no chemical attack.
- A ruler's record of acts ("has overseen the murder of 21 journalists") and a toll summed since a campaign
  began ("have died since a barrage of airstrikes began last Sunday") are no events; near-misses: an act
  overseen on a day, a toll since clashes broke out, a toll of one bombardment on a day.
- An act only denied ("The government has consistently denied the attack") is no report of it
  (``events.actreads.denied_act``); near-miss: the act told beside its denial.
- Custody told as a state whose capture is a sum over years ("are held in prisons, having been captured over
  the last three years") is no arrest; near-miss: captured on Monday.

All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import decisions_of, reports_of, show_reports, type_of


@pytest.mark.parametrize("text", [
    "Police raided the offices of the newspaper on Monday.",
    "Security forces raided the home of an opposition leader on Tuesday.",
    "The radio station was raided by police on Monday.",
    "Soldiers raided a militant hideout in the north on Monday.",
    "Troops raided a rebel camp near the border on Friday.",
    "Officers raided his home and searched it for hours.",
    "Security forces raided the party's offices on Monday, the party said.",
    "Police carried out a raid on the offices of the magazine on Monday.",
    "Armed police raided the hotel in which the couple was staying.",
    "Police raided the printing house, and its owner began receiving death threats.",
])
def test_a_bare_state_raid_is_no_event(text):
    assert type_of(text) is None, decisions_of(text)


@pytest.mark.parametrize(("text", "sub"), [
    ("Police raided the offices of the newspaper on Monday and arrested two editors.", "Arrests"),
    ("Police raided the opposition headquarters and detained 20 members.", "Arrests"),
    ("Soldiers raided the village on Monday, killing five men.", "Attack"),
    ("Police raided a house in the city and found rifles and grenades.", "Disrupted weapons use"),
    ("Troops raided the refugee camp, sparking clashes with gunmen.", "Armed clash"),
    ("Militants raided a police station in the north on Monday, killing two officers.", "Armed clash"),
    ("Gunmen raided the village on Monday and abducted 14 women.", "Abduction/forced disappearance"),
])
def test_a_raid_with_an_act_done_in_it_is_read_as_before(text, sub):
    assert type_of(text) == sub, decisions_of(text)


@pytest.mark.parametrize("text", [
    "Two suspects died in a shootout with officers after a robbery at a jewellery store on Monday.",
    "Police killed two robbery suspects in a gunfight on the highway on Monday.",
    "Two men were killed in an exchange of fire with police after they robbed a petrol station.",
])
def test_a_police_shootout_with_robbers_is_crime(text):
    decisions = decisions_of(text)
    assert decisions and decisions[0].sub_event_type is None and decisions[0].none_class == "CRIME", decisions


@pytest.mark.parametrize("text", [
    "Soldiers clashed with militants who had robbed a bank in the town on Monday.",
    "Two gang members died in a shootout with police on Monday.",
    "Two police officers were killed in a shootout with gunmen on Monday.",
    "Five bandits were killed in a gunfight with police after they stole cattle.",
])
def test_fights_with_armed_groups_stay_clashes(text):
    assert type_of(text) == "Armed clash", decisions_of(text)


@pytest.mark.parametrize("text", [
    "The president, who has ruled since 2000, has overseen the murder of 21 journalists.",
    "The regime presided over the killings of thousands of protesters.",
    "About 400 people have died and more than 1,500 have been wounded in the enclave since a relentless "
    "barrage of rocket fire, shelling and airstrikes began last Sunday.",
    "At least 40 people have been killed in the province since the offensive began two weeks ago.",
    "Hundreds of foreign fighters are held in prisons and camps in the north, having been captured by the "
    "militia over the last three years.",
])
def test_records_and_sums_are_no_events(text):
    assert type_of(text) is None, decisions_of(text)


@pytest.mark.parametrize(("text", "sub"), [
    ("The general oversaw the killing of 12 villagers on Monday.", "Attack"),
    ("Ten people were killed in the bombardment of the town on Sunday.", "Shelling/artillery/missile attack"),
    ("Five people have been killed since clashes broke out on Monday.", "Attack"),
    ("Five fighters are held in a prison in the city, having been captured by the militia on Monday.", "Arrests"),
])
def test_acts_of_one_day_are_kept(text, sub):
    assert type_of(text) == sub, decisions_of(text)


@pytest.mark.parametrize("text", [
    "Inspectors from the Organisation for the Prohibition of Chemical Weapons arrived in Damascus on Saturday.",
    "The inspectors of the Organisation for the Prohibition of Chemical Weapons (OPCW) arrived in the capital.",
    "The OPCW inspectors arrived in Damascus on Saturday.",
    "A team of chemical weapons inspectors arrived in the city on Monday.",
])
def test_inspectors_arriving_are_no_event(text):
    assert type_of(text) is None, decisions_of(text)


@pytest.mark.parametrize("text", [
    "Government forces used chemical weapons in an attack on the town on Saturday.",
    "Syrian jets dropped chemical weapons on the town on Saturday, killing 40.",
])
def test_chemical_weapons_used_are_still_attacks(text):
    assert type_of(text) == "Chemical weapon", decisions_of(text)


def test_an_act_only_denied_is_no_report(pipeline):
    text = ("An alleged gas attack by the army on 7 April broke the rebels' will. The government has consistently "
            "denied the attack and a delegation of experts from the chemical watchdog arrived in the capital to "
            "investigate.")
    reports = reports_of(pipeline, text)
    assert not [r for r in reports if r.evidence.text.startswith("The government")], show_reports(reports)


@pytest.mark.parametrize(("text", "sub"), [
    ("Militants attacked a checkpoint on Monday, but the army denied the attack.", "Armed clash"),
])
def test_an_act_told_beside_its_denial_is_kept(text, sub):
    assert type_of(text) == sub, decisions_of(text)


def test_a_raid_told_after_another_act_keeps_the_sentence(pipeline):
    reports = reports_of(pipeline, "Police raided the offices of the party after gunmen attacked a police station "
                                   "in the city on Monday.")
    assert [r for r in reports if r.sub_event_type == "Armed clash"], show_reports(reports)
