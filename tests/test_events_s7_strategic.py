"""Strategic developments the phrase list could not see, read off the parse (written anew for these
tests; none taken from an evaluation set or a synthetic file): changes to an armed group told by their
object (a leader replaced, a new group emerging, volunteers armed, reservists called up, factions
reuniting, fighters sworn into the army), restrictions imposed in a conflict (ACLED's "Other":
communications cut, roads or borders closed, a levy charged by an armed group, evacuations ordered, a coup
foiled, a blockade imposed, aircraft seen with nothing struck), truce breaches told with their time and
place, agreements without a deal's name; and the near misses that tell no such development (a health ban,
a technical outage, a price cut, a task force on corruption, a plan, police work on crime or accidents)."""

from __future__ import annotations

import pytest

from events_helpers import type_of

CH = "Change to group/activity"
OT = "Other"
AG = "Agreement"
STRATEGIC = {CH, OT, "Headquarters or base established", "Agreement", "Arrests"}

SENTENCES = [
    # changes to a group, told by what is done to it
    ("A new armed group calling itself the Patriots' Front has emerged in the east, local officials said.", CH),
    ("The government armed and trained 3,000 civilian volunteers in the northern provinces.", CH),
    ("Thousands of reservists were called up on Monday.", CH),
    ("The militia's commander was replaced by his deputy, sources in the group said.", CH),
    ("The militia declared war on the federal government on Monday.", CH),
    ("Two rival factions of the militia reunited under a single leadership on Saturday.", CH),
    ("The government disarmed and demobilised 1,200 former combatants in Bunia this month.", CH),
    ("Hundreds of former rebels were sworn in as members of the national army on Wednesday.", CH),
    ("About 200 armed men were sighted near the town of Djibo on Monday, residents said.", CH),
    ("The rebel alliance installed a new governor in the captured province at a ceremony on Sunday.", CH),
    ("A splinter group of former rebels rejoined the armed struggle in the south, the army said.", CH),
    ("Two armed groups in the north announced the creation of a joint command on Friday.", CH),
    ("Al-Shabaab militants distributed leaflets in the town warning residents not to cooperate with the government.", CH),
    ("The army established a new military command in the north to fight the jihadists.", CH),
    ("The rebel group announced a change in its leadership in a statement on Monday.", CH),
    ("The army reshuffled its top commanders in the restive region on Tuesday.", CH),
    ("Boko Haram named a successor to its slain leader, a spokesman said.", CH),
    ("Thousands of troops were put on standby along the border on Sunday.", CH),
    ("Mali's junta formed a new military council to run the country, state television said.", CH),
    # agreements told without a deal's name
    ("The government and the rebel movement agreed a timetable for the release of prisoners.", AG),
    ("Leaders of the militia signed a commitment to stop attacks on villages, the governor said.", AG),
    # restrictions imposed in a conflict: ACLED's "Other"
    ("The Houthi-run administration began collecting a new fee from traders at its checkpoints.", OT),
    ("Residents said surveillance drones circled over the camp for hours, with no strikes reported.", OT),
    ("A military drone entered the country's airspace from the east on Tuesday, the air force said.", OT),
    ("Authorities shut down mobile internet across the Tigray region on Tuesday as fighting spread.", OT),
    ("The junta blocked access to Facebook and WhatsApp after the attack on the presidential palace.", OT),
    ("The army sealed off the town and closed all roads leading into it after the rebel raid.", OT),
    ("The rebels imposed a tax on every truck crossing their checkpoints, drivers said.", OT),
    ("Authorities ordered the evacuation of 12 villages near the front line as shelling intensified.", OT),
    ("The military government said it had foiled a coup attempt and arrested several officers.", OT),
    ("The governor banned the use of motorcycles in the three districts to curb bandit attacks.", OT),
    ("The authorities suspended all flights to the northern city amid fighting between the army and the RSF.", OT),
    ("The militia ordered residents of the area to leave their homes within 48 hours.", OT),
    ("The army imposed a blockade on the rebel-held town, cutting off food and fuel supplies.", OT),
    # a truce broken, told as an accusation or by the body that watches it
    ("The defence ministry accused the insurgents of breaking the truce several times overnight along the border.", OT),
    ("The ceasefire monitoring body said that both parties had repeatedly violated the truce in the south.", OT),
]

NEAR_MISSES = [
    "The government closed schools in the capital because of the heatwave.",
    "Police closed the road after a fatal accident involving a bus.",
    "Internet services were disrupted across the region after a fibre cable was cut.",
    "The operator cut the price of mobile data by half on Monday.",
    "Uganda closed its border with Congo over the Ebola outbreak.",
    "The government banned gatherings of more than 50 people to curb the spread of the virus.",
    "The authorities ordered residents to evacuate ahead of the cyclone.",
    "Police foiled a plot to rob a bank in the city centre.",
    "The club replaced its coach after a string of defeats.",
    "The government launched a new task force on corruption on Monday.",
    "A new group of doctors has emerged to campaign for better pay.",
    "The Red Cross trained 200 volunteers in first aid.",
    "Some 50,000 people signed up as volunteers for the vaccination campaign.",
    "Police set up roadblocks across the city to catch the robbers.",
    "The ministry said it would suspend mobile internet during the exams.",
    "The party severed ties with its coalition partner after the vote.",
    "The government imposed a tax on imported fuel.",
    "The opposition threatened to close all roads into the capital if the results were not annulled.",
    # police work on crime, accidents and health rules: no arrest ACLED codes
    "Police arrested five suspected kidnappers and rescued two victims in Abuja.",
    "Police arrested 30 people for violating the coronavirus curfew.",
    "Three officials were arrested in connection with the collapse of the building.",
    # a family reunited, an accusation, a generic statement, aircraft hunting targets before a strike
    "The children of a fighter who were abandoned in the camp have been reunited with their mother.",
    "The president accused the United States of forming a terror army inside the country.",
    "In response, several governments on the continent have shut down the internet or blocked social media.",
    "Police distributed leaflets on road safety to drivers in the city.",
    "Ambulances were put on standby outside the stadium ahead of the final.",
    "The company named a successor to its retiring chief executive.",
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_development_read_off_the_parse(text: str, expected: str) -> None:
    assert type_of(text) == expected


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_no_strategic_development(text: str) -> None:
    assert type_of(text) not in STRATEGIC
