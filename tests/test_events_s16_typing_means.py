"""Sub-event typing, sixteenth session: violence means, the sides' acts and texts that report no ACLED event.

Short reports written for these tests in the style of wire snippets and General Staff bulletins, each
typed wrongly before. The mechanisms: a beating by whip, lash, cane or flogging is violence (``lexicon``,
read in ``beatings``: not "a storm lashed the coast", "lashed out at critics"), and "accused of" said of
the people beaten describes them, it attributes no act (``beatings.accused_victims``); a foe's tanks, guns
or convoys destroyed by an armed side with no means told are a fight, not property destruction or weapons
seized (``materiel``); "pounded" is ranged fire when an armed side or a weapon does it, and "exchanged
heavy gunfire" is a clash (``lexicon``); a detention told with a disappearance ("detained and
disappeared", "detained ... and took them to an unknown location") is an abduction (``captives``); a
vehicle that drives over a device, or a mine run over, is a victim-activated explosive, not a device
found (``weapons``); artillery fire that "struck" a place is shelling, not an air strike (``weapons``);
forces entering a place as the setting of a blast, a bus falling into a gorge, a bomber walking into a
camp take no territory (``materiel.capture_misread``); "not a hoax" is no hoax (``figurative``). No event:
air-raid alerts, a communique that is only the channel of a report, films and novels about acts, a
year-long count of missiles, an anniversary of a massacre, land contaminated by mines (``materiel``,
``tallies``)."""

from __future__ import annotations

import pytest

from events_helpers import type_of

AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
ATT = "Attack"
ABD = "Abduction/forced disappearance"
CLASH = "Armed clash"
DISR = "Disrupted weapons use"

FIXED = [
    # beatings with whips, lashes, canes
    ("Islamist fighters whipped two women in the market of Ansongo for not wearing veils, witnesses said.", ATT),
    ("Taliban officials publicly flogged nine people in a stadium in Ghor province.", ATT),
    ("Members of the militia caned a schoolteacher in front of his pupils in Bossangoa.", ATT),
    ("Al-Shabaab fighters lashed two young men accused of watching football in Buale.", ATT),
    # a foe's materiel destroyed by an armed side: a fight
    ("Ukrainian forces destroyed four Russian tanks near Vuhledar, the General Staff said.", CLASH),
    ("Russian troops destroyed two Ukrainian howitzers and an armoured vehicle near Siversk, the ministry said.", CLASH),
    ("Rebels destroyed an army convoy and killed twelve soldiers near Kalay, a spokesman said.", CLASH),
    # ranged fire told by "pounded"; a clash told with "heavy gunfire"
    ("Russian rocket launchers pounded the outskirts of Huliaipole overnight.", SHELL),
    ("Army artillery pounded rebel positions around Loikaw on Sunday.", SHELL),
    ("Troops and FARC dissidents exchanged heavy gunfire in the hills above Suárez on Tuesday.", CLASH),
    # a detention told as a disappearance
    ("Soldiers detained and disappeared three youths in Kalemyo, their relatives said.", ABD),
    ("The militia detained 14 traders and took them to an unknown location, local sources said.", ABD),
    # a device run over
    ("A police pickup drove over an explosive device near Tank, wounding four officers.", IED),
    ("A farmer was injured when his tractor ran over an anti-tank mine near Balakliia.", IED),
    # artillery fire that struck
    ("Artillery fire by the rebels struck a market in Kutkai, killing five traders.", SHELL),
    # no capture: a setting, an accident, one bomber
    ("A roadside bomb exploded as Israeli soldiers entered the Nur Shams camp, wounding three.", IED),
    ("A suicide bomber walked into a police academy in Quetta and blew himself up, killing eight cadets.",
     "Suicide bomb"),
    # a passive "was blown up" is someone's sabotage, no accident (nobody hurt, no device named: property destruction)
    ("A gas pipeline was blown up near Sheikh Zuweid on Sunday.", "Looting/property destruction"),
    # no hoax
    ("Police said the grenade found at the bus stand was not a hoax and defused it.", DISR),
    # a communique is the report's channel
    ("Jihadists fired mortar shells at the army camp in Léré, the armed forces said in a communique.", SHELL),
]

NOT_EVENTS = [
    "Air raid alerts sounded across the Kyiv region for three hours on Monday.",
    "An air-raid siren went off in Odesa in the early morning.",
    "The documentary, about a kidnapping by guerrillas in the 1990s, won a prize in Berlin.",
    "The novel depicts the bombing of a market in Baghdad.",
    "Since February 2022, Russia has fired more than 4,000 Shahed drones at Ukraine, the Air Force said.",
    "Relatives of the victims of the Beslan school massacre marked its twentieth anniversary.",
    "Much of the farmland around Izium remains contaminated by landmines, deminers said.",
    "A heavy storm lashed the coast of Odisha on Thursday.",
    "The opposition leader lashed out at the army chief in a television interview.",
    "Heavy rain pounded Karachi on Monday, flooding low-lying streets.",
]

KEPT = [
    # the means decide when told; riots stay riots; arrests taken to a station stay arrests
    ("Russian drones destroyed two Ukrainian tanks near Kupiansk.", AIR),
    ("Israeli warplanes pounded Khan Younis overnight, killing 12 people.", AIR),
    ("Police arrested two suspects and took them to the police station in Kano.", "Arrests"),
    ("A World War II bomb was found on a building site in Cologne.", None),
    ("The house was blown up by a gas leak, firefighters said.", None),
    ("Rebels walked into the town of Kiwanja unopposed on Sunday.", "Non-violent transfer of territory"),
    ("Protesters set fire to two police vehicles in Nairobi.", "Violent demonstration"),
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
