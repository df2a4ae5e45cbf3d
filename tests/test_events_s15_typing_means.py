"""Sub-event typing, fifteenth session: violence means, the sides' acts and texts that report no ACLED event.

Short reports written for these tests in the style of wire snippets, each typed wrongly before. The
mechanisms: herders attacking farmers or villagers (no brawl weapons) are a pastoralist militia's Attack, not
a mob (``violence``); a state's execution of people its courts convicted is no event, and the crime they
were convicted of is no act of the report (``judicial``); a strike told with missiles or fired munitions is
a missile attack, not an air strike (``weapons.air_strikes``); MLRS fire, mines laid and remnants of war are
named means (``lexicon``); ranged fire that destroys a depot is the attack, not a seizure; a manned
aircraft shot down in a fight, and fire returned, tell an armed clash
(``cuefilter``); a forced marriage is sexual violence (``lexicon``); gunmen who take people away after a hijacking, or a person taken from home and not
seen since, are an abduction (``captives``; a hijack cue then yields, ``cuefilter``); an arrest of a
significant person stays an arrest whatever the charge (``harmacts.significant_arrest``: the press, activists, the opposition); conflict words in
other senses (a sports "clash", fighting inflation, an "assault on press freedom", coming under fire from
lawmakers, a heart attack, a rocket that carries a satellite, drones shown or shells contracted for, freed
hostages, a bomb scare or a wartime bomb found: ``figurative``, ``cuefilter``); acts named only as the
matter of a trial, the occasion of a funeral or remembrance, or a habit ("landmines kill thousands every
year") are no event (``tallies``)."""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import reports_of, type_of

AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
ATT = "Attack"
ABD = "Abduction/forced disappearance"
ARR = "Arrests"
CLASH = "Armed clash"

FIXED = [
    # herders who attack farmers or villagers: a communal (pastoralist) militia's attack, not a mob
    ("Suspected herdsmen attacked farmers in Guma, killing 12, police said.", ATT),
    ("Herders attacked villagers near Bassa overnight, killing ten.", ATT),
    ("Suspected cattle herders attacked farmers in a village in Kwande, killing six.", ATT),
    # the means: missiles or fired munitions named with a strike
    ("A Russian strike with Iskander missiles on the centre of Sumy killed 34 people.", SHELL),
    ("Munitions fired by the army struck a clinic in Lashio, killing a nurse.", SHELL),
    ("Russian MLRS fire hit the village of Bilozerske, injuring three residents.", SHELL),
    ("Artillery rounds fired by the rebels hit the police station in Buthidaung.", SHELL),
    ("Two soldiers were killed by a mine laid by guerrillas in Arauca department.", IED),
    ("Remnants of war killed two boys collecting scrap metal near Sirte.", IED),
    ("Ukrainian HIMARS fire destroyed a Russian ammunition depot in Svatove.", SHELL),
    # a fight told with an army helicopter shot down in it; fire returned
    ("Rebels said they shot down an army helicopter during fighting near Anefis.", CLASH),
    ("Hamas fighters fired anti-tank weapons at the troops in Beit Hanoun, and the troops returned fire.", CLASH),
    # a forced marriage
    ("Armed men forced girls into marriage after raiding their village near Jilib, residents said.", "Sexual violence"),
    # people taken away by gunmen after a hijacking; taken from home and not seen since
    ("Gunmen hijacked a bus in Ghazni and took the passengers away to an unknown location.", ABD),
    ("Gunmen hijacked two buses near Kalat and took away a dozen passengers.", ABD),
    ("An opposition politician was taken from his home by men in plain clothes and has not been seen since.", ABD),
    # a significant person's arrest, whatever the charge
    ("Police arrested an opposition lawmaker on fraud charges in Kampala.", ARR),
    ("Police arrested the editor of a local newspaper after he published a report on election fraud.", ARR),
]

NOT_EVENTS = [
    # a state's execution after a trial
    "A man convicted of murdering four people was executed by lethal injection in Texas on Thursday.",
    "Iraq executed 21 men convicted of terrorism offences at Nasiriyah prison, a security source said.",
    "Saudi Arabia executed two men found guilty of joining a terrorist cell.",
    # conflict words in other senses
    "Pakistan bowled out India for 191 in the World Cup clash in Ahmedabad.",
    "The champions fought back from two goals down to draw with their rivals.",
    "The central bank raised interest rates by half a point to fight inflation.",
    "Critics slammed the new law as an assault on press freedom.",
    "The minister came under fire from lawmakers over the fuel price hikes.",
    "The defence ministry said a soldier died of a heart attack while on duty.",
    "Rockets of the space agency carried a satellite into orbit from the launch site.",
    "Iran unveiled a new long-range drone at a military parade in Tehran.",
    "Turkey showcased its new combat drone at an arms fair in Istanbul.",
    "Residents were evacuated after a wartime shell was unearthed at a construction site in London.",
    "Shares in the defence firm surged after it won a contract for artillery shells.",
    # captives freed, scares, relics
    "Freed hostages arrived in Tel Aviv and were reunited with their families.",
    "Kidnappers released a businessman after his family paid a ransom.",
    "The bomb squad said a suspicious package found at the railway station turned out to be harmless.",
    "A World War II bomb was found on a building site in Frankfurt, forcing the evacuation of 10,000 residents.",
    # acts as the matter of a trial, the occasion of a funeral or a remembrance, a habit
    "A trial of 20 suspects over the 2015 Paris attacks opened in Paris on Wednesday.",
    "Hundreds attended the funeral of the soldiers killed in last week's ambush.",
    "Survivors recalled the massacre at a ceremony in Srebrenica.",
    "Landmines kill or maim thousands of people every year, the campaign's annual report said.",
]

KEPT = [
    # killings without a trial, or by an armed group, stay attacks
    ("Soldiers executed five unarmed men they accused of supporting the rebels, a rights group said.", ATT),
    ("Al-Shabaab publicly executed a man in Jilib after accusing him of spying for the government.", ATT),
    # a herders' and farmers' fight with brawl weapons stays a mob; a plain strike by a state stays the air's
    ("Herders and farmers clashed with sticks and machetes, leaving two dead.", "Mob violence"),
    ("An Israeli strike on a house in Rafah killed five people, medics said.", AIR),
    ("A Russian missile strike on Kharkiv killed three people.", SHELL),
    # real fights and real kidnappings are still read
    ("Soldiers and rebels fought for hours near Kitchanga, the army said.", CLASH),
    ("Gunmen kidnapped a priest from his parish house in Enugu state.", ABD),
    ("Police arrested a man on corruption charges in Islamabad.", None),
    ("Authorities arrested a former minister on charges of embezzling public funds.", None),
    ("Saudi air defences destroyed an explosive-laden drone launched by the Houthis.", "Disrupted weapons use"),
    ("Police seized a cache of weapons in a raid on a house in Quetta.", "Disrupted weapons use"),
    ("Three militants were neutralised in an encounter with security forces in Shopian, the police said.", CLASH),
    ("Air defences shot down two drones during fighting near Kherson.", "Disrupted weapons use"),
    ("A suspicious package found outside the court turned out to be a pipe bomb and was removed by the bomb squad.",
     "Disrupted weapons use"),
    ("A suspected militant attacked the minister's convoy in Kunar, killing two guards.", CLASH),
]


@pytest.mark.parametrize(("text", "sub"), FIXED)
def test_fixed_types(text, sub):
    assert type_of(text) == sub


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_events(text):
    assert type_of(text) is None


@pytest.mark.parametrize(("text", "sub"), KEPT)
def test_kept_types(text, sub):
    assert type_of(text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Suspected herdsmen attacked farmers in Guma, Benue state, killing 12, police said.",
        "Herdsmen attacked farmers in Agatu on Sunday, killing seven.",
    ],
)
def test_pipeline_herders_attacking_farmers_are_a_militia_attack(pipeline, text):
    reports = reports_of(pipeline, text, published=dt.date(2024, 5, 15))
    assert [r.sub_event_type for r in reports] == [ATT]
    assert reports[0].actor1 is not None and reports[0].actor1.inter == 4  # a communal militia, not rioters
