"""Non-ACLED happenings told with conflict words, and ACLED events told beside a claim or a blame.

Each sentence is written anew for these tests (none is taken from the synthetic or the evaluation
sets). The mechanisms:

- A disaster is no event: a quake, a landslide or a lightning strike that kills; an accident told with
  "explosion", "blast" or "fire" (a gas cylinder, a boiler, an oxygen tank, a mine full of methane: a
  "coal mine explosion" is a pit, not a landmine); rains that destroy houses; aircraft that drop food
  or leaflets, drones that drop drugs; a cable that snapped.
- Who tells the news is no armed actor: "the Taliban administration said 1,000 were killed" after a
  quake, "state media blamed a gas leak".
- Diplomacy: a phone call, a "protest" lodged by a minister, a charge sheet or a sentence for planning
  a bombing, a statement of shock or condemnation after an attack ("Following the grenade attack, the
  spokesman said he condemns ...").
- Attribution: the claim or the blame is the news ("claimed the bomb that damaged ...", "militias
  behind deadly drone attack", "the group said it carried out the car bombing"); but when the act is
  told first in its own clause and the claim or the blame only follows ("..., killing eight; police
  blamed militants", "..., accusing him of spying"), the act is the event.
- Crime: drugs and wildlife seized, a contract killing, a gang feud, armed robbers; but fighters who
  set up a "fake checkpoint" are no counterfeiters.
"""

from __future__ import annotations

import pytest

from events_helpers import type_of

AC = "Armed clash"
AT = "Attack"
AR = "Arrests"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
SUI = "Suicide bomb"
LP = "Looting/property destruction"
PP = "Peaceful protest"
AB = "Abduction/forced disappearance"
AG = "Agreement"

NON_EVENTS = [
    # natural disasters
    "A 7.2-magnitude quake jolted the southern Philippines overnight, killing at least 9 people and toppling a church bell tower.",
    "Monsoon downpours triggered landslides that buried 14 homes in Nepal's Sindhupalchok district, officials said.",
    "Lightning struck a football pitch in western Kenya on Saturday, killing two players.",
    "Torrential rains washed away a bridge in Kasai province, leaving three villages cut off.",
    "Seasonal rains have destroyed more than 3,000 mud houses in Kassala state, the civil defence authority said.",
    "Floodwaters cut off dozens of villages in Sindh, with army helicopters dropping food and medicine to stranded families.",
    "A strong earthquake flattened hundreds of houses in Herat province; the Taliban administration said 500 people were killed.",
    "An avalanche killed four soldiers at a border post in the Siachen glacier area, the army said.",
    # accidents
    "A fuel tanker exploded on a highway near Kampala after colliding with a minibus, killing 19 people.",
    "A boiler explosion at a textile factory in Gazipur killed six workers on Monday.",
    "A gas cylinder blast ripped through a restaurant in Karachi, killing five customers; local television blamed a leaking pipe.",
    "A methane explosion in a coal mine in Balochistan killed 12 miners on Saturday.",
    "Fire tore through a hospital ward in Baghdad after an oxygen tank exploded, killing 82 people.",
    "An explosion at an ammunition depot caused by extreme heat shook the town of Bor on Sunday; no one was hurt.",
    "A chairlift plunged to the ground at a ski resort after a cable snapped, killing three skiers.",
    "A military helicopter crashed during a training flight, killing all five crew members.",
    # diplomacy and courts
    "The foreign ministers of Turkey and Greece met in Ankara to discuss maritime boundaries.",
    "The Egyptian president spoke by phone with the Qatari emir about hostage negotiations and aid deliveries.",
    "Jordan's foreign minister summoned the Israeli envoy to protest the air strikes on Gaza.",
    "Following a deadly bomb attack on a bus station in Kano, the UN spokesman said the Secretary-General condemns the violence.",
    "The UN chief called for an end to the shelling of civilians and said he was shocked by the deaths of 20 people.",
    "Prosecutors charged a militant commander with planning the 2019 hotel bombing in Colombo.",
    "A Kenyan court sentenced three men to 30 years in prison for planning the Westgate mall attack.",
    # attribution
    "Islamic State claimed responsibility for the suicide bombing that killed 30 worshippers in Peshawar.",
    "A previously unknown anarchist cell claimed the bomb that damaged a tax office in Thessaloniki.",
    "Pentagon says Iran-backed group behind deadly drone attack on US base",
    "Al-Shabaab said in a statement that it carried out the car bombing in Mogadishu on Monday.",
    "Police blamed Boko Haram for the market bombing that killed eight people in Maiduguri.",
    # crime
    "Police seized 300 kg of cocaine hidden in a banana shipment at the port of Guayaquil.",
    "Customs officers arrested two men with 40 kg of ivory and pangolin scales at Entebbe airport.",
    "Authorities seized 2 tonnes of hashish and arrested four smugglers off the coast of Almeria.",
    "Anti-narcotics officers recovered 5 kg of heroin dropped by a drone near the border fence.",
    "A real-estate developer was shot dead outside his office in what police described as a contract killing.",
    "Armed robbers ambushed a security van on the highway near Durban; two guards were injured.",
    "Police raided a bar in Medellin after a member of a crime family shot a rival during a gang dispute.",
    "Man kills wife, two children before turning gun on himself",
    "Police seized 50 kg of methamphetamine and arrested three dealers in Mandalay.",
    "Excise officials seized 500 litres of illicit liquor and arrested three bootleggers.",
    # more diplomacy, courts and claims
    "The EU foreign policy chief warned that the shelling of civilian areas must stop immediately.",
    "Parliament approved a motion allowing troops to be deployed to Libya for another year.",
    "Chinese and Indian commanders held talks to defuse the border standoff.",
    "Washington offered a reward for information on the leaders of the group behind the embassy bombing.",
    "The Pope prayed for the victims of the bombing during his Sunday address.",
    "Officials attributed the string of arson attacks on telecom masts to a separatist group.",
    "The rebel group denied it had carried out the bombing of the pipeline.",
    "Germany will send Patriot missiles to Ukraine, the chancellor said.",
    "The Pentagon announced a military aid package for Ukraine including artillery shells and rockets.",
    "Dozens of people were killed when an overloaded truck carrying traders overturned near Kaduna.",
]

EVENTS = [
    # the act told first, the blame or the claim after it
    ("A grenade was thrown at a bus stand in Anantnag, wounding seven people; police blamed militants.", "Grenade"),
    ("A bomb planted on a culvert destroyed an army truck in Sukma; officials blamed Maoists, and no one was hurt.", IED),
    ("A car bomb ripped through a market in Azaz, killing 19 people, the Turkish defence ministry said, blaming the YPG.", IED),
    ("A suicide attack on a mosque in Kunduz killed dozens, officials said; Islamic State later claimed the attack.", SUI),
    ("An airstrike killed seven civilians in Idlib on Monday, the White Helmets said, accusing Russian jets.", AIR),
    ("Shelling killed five civilians in Kharkiv overnight, the governor said, blaming Russian forces.", SHELL),
    ("Maoists killed a village headman in Bijapur, accusing him of being a police informer.", AT),
    ("Suspected separatists burned down the house of a village chief in Bamenda, accusing him of collaborating with soldiers.", LP),
    ("Police detained 15 journalists in Addis Ababa, accusing them of spreading rebel propaganda.", AR),
    ("A mob lynched two health workers in a village near Beni, accusing them of spreading Ebola.", "Mob violence"),
    ("Rebels attacked an army post near Beni, killing four soldiers; the army blamed the ADF.", AC),
    # fighters are not counterfeiters, mines hit by vehicles are landmines
    ("Jihadists set up a fake checkpoint on the road to Djibo and abducted 14 passengers.", AB),
    ("Two miners were killed when their vehicle hit a mine on the road to the gold site.", IED),
    ("Drones dropped explosives on a village market in Sagaing, killing nine, residents said.", AIR),
    # the truce the parties agree to observe is an agreement of the conflict
    ("The two armies agreed to strictly observe the ceasefire along the border from midnight, a joint statement said.", AG),
    ("Hundreds of workers marched to parliament to protest the new labour law.", PP),
    # a claim or a blame that is not made, or made after the act
    ("Rockets hit the UN camp in Gao, wounding two peacekeepers, the mission said, without attributing the attack.", SHELL),
    ("A chlorine bomb hit a hospital in Idlib, killing two; inspectors later attributed the attack to the air force.",
     "Chemical weapon"),
    ("Two soldiers were wounded in an IED blast on Friday; police suspect insurgents based across the border.", IED),
    # weapons fired, not supplied; shells that crash are no accident
    ("Two rockets crashed into a market in Aleppo, killing four.", SHELL),
    ("The army sent artillery shells crashing into the village, killing five.", SHELL),
    ("Russian forces fired missiles at Kyiv overnight, killing three.", SHELL),
    ("Police arrested five opposition activists in Dhaka.", AR),
    ("Police seized control of the gang stronghold of Cite Soleil after a day of fighting.", "Government regains territory"),
]


@pytest.mark.parametrize("text", NON_EVENTS)
def test_non_acled_happening_is_no_event(text: str) -> None:
    assert type_of(text) is None


@pytest.mark.parametrize(("text", "sub"), EVENTS)
def test_event_told_beside_a_claim_or_a_non_event_word(text: str, sub: str) -> None:
    assert type_of(text) == sub
