"""Sub-event typing, seventeenth session (means of violence, arrests with guns, texts with no event): short
reports written for these tests in the style of wire snippets and ACLED notes, each typed wrongly before.

The mechanisms: guns taken from people arrested with them make an arrest, while a cache found with no one
arrested or explosives taken from those arrested stay disrupted weapons use (``weapons.arrest_haul``); a
bomber told among the dead, with no word "suicide", makes a suicide bombing (``bombers``); a drone made to
strike by crashing ("a kamikaze drone crashed into ...") is a drone strike, not an accident
(``weapons.attack_drone``); explosives named as what blew a pipeline up, or a device "set off", went off (no
weapons cleared or left undetonated); a habit or a general truth ("bandits routinely kidnap travellers",
"grenade attacks used to be common", "roadside bombs are the main cause of deaths") and a drill simulating an
act are no event (``habits``); a killing over a private quarrel is a crime (``quarrels``); a documentary on
an act, "no reports of fighting", "attack helicopters" delivered or air defences asked for, a currency
falling to a record low, a mine collapse or a leak that killed are no ACLED event either. Neighbours keep their own types."""

from __future__ import annotations

import pytest

from events_helpers import nlp_index, type_of
from eventwire.events.bombers import dead_bombers
from eventwire.events.habits import generic_statement, rehearsed
from eventwire.events.weapons import arrest_haul, attack_drone

AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
DISR = "Disrupted weapons use"
ARR = "Arrests"

FIXED = [
    # guns taken from people arrested: the arrest
    ("Police arrested four men and seized their pistols in Zaria on Friday.", ARR),
    ("Soldiers detained two suspected militants and recovered three rifles from them in Bannu.", ARR),
    ("Police in Churachandpur arrested six cadres of a banned group and recovered arms.", ARR),
    # a bomber among the dead
    ("The bomber, who was also killed, detonated his explosives at the gate of a police station in Tank.", SUI),
    ("Police said the man who set off the bomb was among the five dead at the market in Baidoa.", SUI),
    ("The bomber also died when he set off the explosives at a checkpoint near Mosul.", SUI),
    ("A man detonated explosives at a market in Maiduguri, killing himself and three others.", SUI),
    # a drone that strikes by crashing
    ("A kamikaze drone crashed into a block of flats in Zaporizhzhia, wounding three residents.", AIR),
    ("An attack drone crashed into a fuel depot near Bryansk, setting it on fire.", AIR),
    ("A Shahed slammed into a warehouse in Odesa overnight, the governor said.", AIR),
    ("Two boatmen were killed when a helicopter opened fire on their boat on the Kaladan river.", AIR),
    # explosives that went off
    ("Insurgents blew up a water pipeline with explosives near Turbat, cutting supplies to the town.", IED),
    ("Militants set off an explosive device at a telecom mast in Panjgur, destroying it.", IED),
    ("A boy was killed when a cluster munition remnant exploded in a garden near Kherson.", IED),
    ("An explosion from a planted device destroyed a section of the railway near Jacobabad, derailing a train.", IED),
    # taken by unknown men
    ("A blogger was picked up by unidentified men in Rawalpindi and has not returned home.",
     "Abduction/forced disappearance"),
]

NOT_EVENTS = [
    # habits and general truths
    "Gunmen routinely kidnap farmers on the roads of Katsina state, residents say.",
    "Drones often hit villages along the front, aid workers say.",
    "Armed groups frequently clash over cattle in the region, analysts say.",
    "Grenade attacks used to be common in the old city in the 1990s.",
    "Suicide bombings were frequent in the north-west a decade ago.",
    "Roadside bombs are the main cause of deaths among peacekeepers, a study found.",
    "Kidnapping for ransom is a booming business in the north-west.",
    "Unexploded ordnance continues to pose a threat to farmers near Mosul.",
    "Shelling attacks happen almost every week on the border, villagers say.",
    "Landmines kill or maim hundreds of people every year in the region.",
    # a drill, a film, a denial, a delivery
    "The army held a drill simulating a drone attack on an airbase in Kano.",
    "A documentary on the abduction of the Dapchi schoolgirls won a prize in Lagos.",
    "The novel describes a suicide bombing at a shrine in Lahore.",
    "There were no reports of fighting in Gao on Monday, residents said.",
    "The navy took delivery of two attack helicopters from Italy.",
    "There were no reports of shelling in Zaporizhzhia on Tuesday.",
    "Landmines are a persistent danger in the hills of Shan State, deminers say.",
    "Roadside bombs remain the weapon of choice for the insurgents, analysts say.",
    "The defence minister appealed to allies for more air defence systems.",
    "The Ghanaian cedi fell to a record low against the dollar.",
    # a killing over a private quarrel
    "A man stabbed his neighbour to death after an argument over a goat in Sokoto.",
    "Two men were killed in a fight over a parking space in Basra.",
    # accidents
    "A collapsed jade mine killed fourteen miners in Hpakant.",
    "A crane collapsed at a building site in Basra, killing three workers.",
    "An oil pipeline leak caused a fire near Port Harcourt that killed four villagers.",
]

KEPT = [
    # a cache with no arrest, explosives from those arrested, a bomber stopped, an ordinary bombing
    ("Police found a cache of rifles in an empty house in Galkayo.", DISR),
    ("Counter-terrorism police arrested two suspects and seized bomb-making materials in Quetta.", DISR),
    ("The bomber was shot dead by police before he could detonate his vest in Peshawar.", DISR),
    ("Three soldiers were killed when militants detonated a bomb under their truck near Mardan.", IED),
    # a cargo drone crashing is an accident; a habit beside an act told of one day
    ("A cargo drone crashed into a field near Nairobi after a technical fault.", None),
    ("Gunmen routinely attack the village, but on Monday they killed five farmers there.", "Attack"),
    ("Air strikes hit villages near Kale on Monday, killing five people.", AIR),
    ("Militants staged an attack on the airport in Kandahar, killing two guards.", "Attack"),
    ("Militants blew up a gas pipeline in Dera Bugti on Sunday.", "Looting/property destruction"),
    ("Herders killed six farmers after a dispute over grazing land in Benue.", "Attack"),
    ("There were reports of shelling in Zaporizhzhia on Tuesday.", "Shelling/artillery/missile attack"),
    ("The town of Palma fell to the insurgents on Sunday.", "Non-state actor overtakes territory"),
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


def _doc(text):
    nlp, idx = nlp_index()
    doc = nlp(text)
    return doc, idx.match(doc)


def test_arrest_haul_reads_the_arrest_beside_the_seizure():
    doc, _ = _doc("Police arrested three men and seized their rifles.")
    seized = next(t for t in doc if t.lower_ == "seized")
    assert arrest_haul(seized)
    doc, _ = _doc("Police seized rifles hidden in a farmhouse.")
    assert not arrest_haul(next(t for t in doc if t.lower_ == "seized"))
    doc, _ = _doc("Police arrested three men and seized two grenades.")
    assert not arrest_haul(next(t for t in doc if t.lower_ == "seized"))


def test_dead_bombers_needs_the_bomber_dead():
    doc, hits = _doc("The bomber, who was also killed, set off his explosives at the gate.")
    assert [h.category for h in dead_bombers(doc, hits)] == ["SUICIDE"]
    doc, hits = _doc("The bomber fled after he set off the explosives at the gate.")
    assert dead_bombers(doc, hits) == []


def test_attack_drone_needs_an_attack_word():
    doc, _ = _doc("A kamikaze drone and a cargo drone crashed.")
    drones = [t for t in doc if t.lower_ == "drone"]
    assert attack_drone(drones[0]) and not attack_drone(drones[1])


def test_generic_statement_and_rehearsal():
    doc, _ = _doc("Car bombs are a common weapon of the insurgents.")
    assert generic_statement(doc[2])
    doc, _ = _doc("The car bomb was found near the gate.")
    assert not generic_statement(next(t for t in doc if t.lower_ == "was"))
    doc, _ = _doc("Troops held a drill simulating a drone attack.")
    assert rehearsed(next(t for t in doc if t.lower_ == "attack"))
