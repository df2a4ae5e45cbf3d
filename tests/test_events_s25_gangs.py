"""Twenty-fifth session, organised gangs in armed violence (``events.gangclash``).

ACLED codes organised armed gangs (Haiti's gangs, Brazil's drug factions, Mexico's cartels) as political
militias where they fight state forces or each other: a two-sided fight between police or soldiers and
"gang members", "drug traffickers", "cartel gunmen", or between gangs, is an Armed clash with the state
as one side and an unidentified armed group as the gang's; a gang's kidnapping or killing of a whole
community ("dozens of residents") is political violence too (``events.harmacts``). What stays crime: one robber or one suspect
killed in a shootout, a gang that robs or fights over turf, a private person's murder, a burglary, one
arrest for a crime, and a cartel's one-sided shooting (pinned as crime by earlier tests).

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import decisions_of, news_acts, nlp_index, reports_of, show_reports, type_of
from eventwire.events.gangclash import gang_clash, gang_side

WED = dt.date(2024, 5, 15)


@pytest.mark.parametrize("text", [
    # state forces against a gang
    "Haitian police fought gang members for several hours in a district of the capital on Monday, killing several.",
    "Officers raided a hilltop slum before dawn, sparking a gunfight with drug traffickers that left five suspects dead.",
    "Soldiers exchanged fire with gang members near the port on Thursday, killing two of them.",
    "National guard troops clashed with cartel gunmen outside the city on Sunday, leaving seven dead.",
    "A gun battle between police and gang members near the market left three officers wounded.",
    "Troops battled members of a powerful gang in the north of the capital for a second day.",
    # gangs against each other
    "Two rival gangs clashed in the seaside slum on Saturday, leaving eleven dead.",
    "Gangs fought each other in the lower town for a third day on Wednesday, leaving 14 dead.",
    "Rival gang members traded fire near the bus station on Monday, killing a passer-by.",
])
def test_gangs_fighting_the_state_or_each_other_are_armed_clashes(text):
    assert type_of(text) == "Armed clash", decisions_of(text)


@pytest.mark.parametrize("text", [
    # one criminal, a gang for gain or turf, a one-sided cartel shooting
    "Police killed a notorious armed robber in a shootout in the city on Monday.",
    "A gang of armed robbers clashed with police after robbing a bank, leaving two dead.",
    "Two rival gangs clashed in the market, leaving four dead in what police called a turf war.",
    "Rival gangs fought over a drug corner near the stadium, leaving two dead.",
    "Two cartels are fighting for control of trafficking routes in the north.",
    "Drug traffickers ambushed an army patrol near the border, killing two soldiers.",
    # private crime
    "A robber shot dead a shopkeeper in the city centre on Monday.",
    "Police arrested a man suspected of murdering his neighbour on Monday.",
    "Burglars broke into the pharmacy overnight and stole medicines.",
    "A woman was arrested for a fraud involving fake land titles.",
    # a fight that is not two-sided armed violence
    "Police said gang members were behind a wave of extortion in the market.",
])
def test_crime_and_one_sided_cartel_shootings_stay_no_event(text):
    assert type_of(text) is None, decisions_of(text)


@pytest.mark.parametrize(("text", "sub"), [
    ("Gang members kidnapped 40 villagers after storming the village on Sunday, residents said.",
     "Abduction/forced disappearance"),
    ("Gang members abducted dozens of residents of the neighbourhood on Friday.", "Abduction/forced disappearance"),
    ("Gang members killed scores of residents in the district on Friday.", "Attack"),
    # near-misses: a kidnapping for ransom, one private person taken: crime
    ("Gang members kidnapped two residents and demanded a ransom of 9,000 dollars.", None),
    ("A gang kidnapped a businessman in the city centre on Monday.", None),
])
def test_a_gangs_mass_kidnapping_or_killing_of_a_community_is_political_violence(text, sub):
    assert type_of(text) == sub, decisions_of(text)


def test_one_armed_group_word_is_not_a_gang():
    nlp, _ = nlp_index()
    doc = nlp("A trafficker fought with police officers at the border post, and a suspect was shot.")
    assert not gang_side(next(t for t in doc if t.lower_ == "trafficker"))
    assert not gang_side(next(t for t in doc if t.lower_ == "suspect"))
    assert not gang_clash(doc[0])
    doc = nlp("Police fought members of a gang in the slum.")
    assert gang_side(next(t for t in doc if t.lower_ == "members"))
    assert gang_clash(doc[0])


def test_a_gang_clash_has_the_state_and_an_armed_group(pipeline):
    text = ("Haitian police fought gang members for several hours in Port-au-Prince on Monday, killing "
            "several suspected gang members, a police spokesman said.")
    acts = news_acts(reports_of(pipeline, text, published=WED))
    assert [r.sub_event_type for r in acts] == ["Armed clash"], show_reports(acts)
    names = {r.actor1.name if r.actor1 else None for r in acts} | {r.actor2.name if r.actor2 else None for r in acts}
    assert "Police Forces of Haiti" in names
    assert "Unidentified Armed Group (Haiti)" in names
