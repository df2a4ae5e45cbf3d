"""Places changing hands and weapons stopped, on sentences written for these tests from ACLED's
definitions: a place handed, transferred or returned to another side is a non-violent transfer
(whatever the length of its name), as is forces moving into a place another side left; a fight told as
ended or only threatened does not make a handover a fight; a side forced out of a place loses it (the
state's forces driven out: a non-state actor overtakes; insurgents driven out: the state regains);
places recovered by troops are regained; forces deployed "in their place" after a side left take it
over, and when the sides fought the side that withdrew lost it; a person stopped carrying explosives
and a bomb made safe are disrupted weapons use. Near misses: people and land handed to civilians,
residents forced to flee, bodies recovered, the police replaced at checkpoints are no transfer of
territory."""

from __future__ import annotations

import pytest

from events_helpers import type_of

NVT = "Non-violent transfer of territory"
NSO = "Non-state actor overtakes territory"
GRT = "Government regains territory"
DWU = "Disrupted weapons use"
TERRITORIAL = (NVT, NSO, GRT)

CASES = [
    ("Ugandan peacekeepers transferred the Kilometre 50 forward operating base to the Somali army's 14th brigade.", NVT),
    ("The AU mission handed its logistics hub in Baidoa over to federal authorities on Monday.", NVT),
    ("Under a Qatari-brokered deal, the rebels returned the town of Walikale to the Congolese army.", NVT),
    ("Chadian troops moved into the former French camp at Faya after the French soldiers departed, officials said.", NVT),
    ("Militants moved into the police post at Kolo a day after it was abandoned by the gendarmes, residents said.", NVT),
    ("The militia handed three villages near the border to government border guards to shield them from a threatened offensive.", NVT),
    ("Government troops deployed into the town after the rebels withdrew, under a truce that ended months of fighting.", NVT),
    ("Rebels pulled out of the city overnight, leaving the army in control.", NVT),
    ("Guinean troops replaced Nigerian soldiers at the Kabala base on Monday.", NVT),
    ("The transfer of the Sokolo camp to the national army was completed on Friday.", NVT),
    ("National troops assumed control of the Sokolo camp from MINUSMA on Sunday.", NVT),
    ("Militia fighters moved into the vacated gendarmerie station in the town.", NVT),
    ("Government troops took up positions in the town after the rebels left.", NVT),
    ("Rwandan forces left the Gako base and Burundian troops moved in.", NVT),
    ("The militia withdrew from the hill villages and government troops deployed in their place.", NVT),
    ("The rebels withdrew from the hills after heavy fighting and the army deployed in their place.", GRT),
    ("Four villages in the valley were recovered by government troops on Friday, the army said.", GRT),
    ("Rebels forced government troops to withdraw from the town.", NSO),
    ("Insurgents forced the soldiers to abandon their base near Dori on Sunday.", NSO),
    ("The militia forced army units to retreat from the airport.", NSO),
    ("Soldiers forced the rebels to leave the border post, the ministry said.", GRT),
    ("Government troops rolled back into the town three weeks after the rebels seized it.", GRT),
    ("Villagers stopped and disarmed a boy carrying explosives outside the market.", DWU),
    ("Army technicians made the device safe after it was found under a car.", DWU),
    ("Police made safe a viable pipe bomb outside a house, calling it an attempt to kill.", DWU),
]


@pytest.mark.parametrize(("text", "sub"), CASES)
def test_place_changing_hands_and_weapons_stopped(text: str, sub: str) -> None:
    assert type_of(text) == sub


NEAR_MISSES = [
    "Police recovered the bodies of five villagers.",
    "The storm left the army in control of the relief effort.",
    "Soldiers replaced the police at checkpoints in the city.",
    "The army forced residents to flee the village.",
    "Police handed the suspects over to the army.",
    "The government returned the land to farmers in the valley.",
    "The mayor returned to the town on Sunday.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_territory_without_a_place_given_to_a_side(text: str) -> None:
    assert type_of(text) not in TERRITORIAL
