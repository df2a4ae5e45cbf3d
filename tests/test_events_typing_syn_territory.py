"""Territory typing, written anew (none of the sentences comes from an evaluation or synthetic set):
who took a place and how, read from general mechanisms.

- What was taken: an installation (positions, a gendarmerie, trenches) is territory whoever held it; a
  name taken over, overrun or captured with no other reading is a place; "alias X" is a person;
  "seized and destroyed equipment in X" takes the equipment, not X; a bare "take" with a town for
  object is a capture ("had taken the strategic town of"), "taking part" is not.
- Control phrases: "came under rebel control", "under the control of militia fighters", "were in
  control of the village", "are back in control of", "now control the town", "fell into the hands of",
  "fought its way back into"; a named place "secured", militants "routed from" a town. Not "secured
  the area" after a blast with no armed group, nor control "of parliament"; a crowd that seizes or
  overruns a building protests or riots.
- Who took it: a taker called "forces" or "coalition" that fought "government forces" is not the
  government; "govt hands"; "reoccupied" is a retaking.
- Handovers: a place handed over or taken "under the terms of the agreement", "with no fighting
  reported", "meeting no resistance", is a non-violent transfer ("which was taken over by": the noun
  the clause hangs from is the place); remains or weapons handed over are not territory; an
  adjective "abandoned" is no withdrawal; "driven out in a chaotic retreat" is forced.
- A fight and its outcome: "battled rebels for hours before regaining the headquarters" is the
  regaining; "fighting to retake the district" is only the aim of the fight.
"""

from __future__ import annotations

import pytest

from events_helpers import type_of

GOV = "Government regains territory"
NSO = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
CLASH = "Armed clash"

CASES = [
    # installations and names taken
    ("Rebel fighters captured several army positions near the river after heavy clashes on Friday.", NSO),
    ("Gunmen overran the gendarmerie in Kouri and raised their flag over the building.", NSO),
    ("Soldiers drove the insurgents from the ridge and seized their abandoned bunkers, the army said.", GOV),
    ("Jihadist fighters took over Dimbal after routing the soldiers stationed there, residents said.", NSO),
    ("The militia said it had captured Wamba when the last army unit there surrendered at the end of a long battle.", NSO),
    ("The president said the army had taken the strategic town of Ravna after two days of heavy fighting.", GOV),
    ("Militants captured the village of Ngala after a fierce assault on the army garrison.", NSO),
    # control phrases
    ("Sarka came under rebel control on Thursday after the soldiers fled, residents said.", NSO),
    ("The town of Mbeli has been under the control of militia fighters since Sunday's assault.", NSO),
    ("Rebels now control the town of Kalongo after government troops were routed.", NSO),
    ("Jihadist fighters were in control of the village of Tamba by nightfall after the soldiers retreated under fire.", NSO),
    ("Dunari fell into the hands of insurgent fighters after a two-day battle with the army.", NSO),
    ("The town of Hirsa fell into govt hands on Sunday after heavy fighting with the militants.", GOV),
    ("Several soldiers died as the army fought its way back into Ketal, which the rebels had held for months.", GOV),
    # who took it
    ("The Northern Front coalition captured the town of Belgo after days of clashes with government forces.", NSO),
    ("Regional forces seized the town of Ardo after heavy fighting with the army, residents said.", NSO),
    ("Government forces captured the town of Rima from the rebels after fierce fighting.", GOV),
    ("Army troops reoccupied Kilwe after a long battle with the rebels over the weekend.", GOV),
    ("Soldiers wrested the hilltop village of Dar Sabi from jihadist fighters after heavy clashes.", GOV),
    ("Jihadists wrested control of the town of Orsa from the army after a fierce battle.", NSO),
    # handovers, peaceful entries, forced retreats
    ("Federal troops entered Lumba on Friday and took over the airport under the terms of the peace agreement.", NVT),
    ("Army units entered the town of Tarvo on Monday after the militia agreed to hand over control of it.", NVT),
    ("Government troops entered the port city after the rebels completed their withdrawal, with no fighting reported.", NVT),
    ("The departing foreign troops left the air base on Monday, handing the facility over to the national army.", NVT),
    ("The militia vacated the airport and handed it over to the national army on Friday.", NVT),
    ("Peacekeepers left the Dalla camp, which was taken over by the national army the same day.", NVT),
    ("Insurgent fighters entered the provincial capital on Sunday after the governor fled, meeting no resistance.", NVT),
    ("Separatist fighters raised their flag over Morvan after government forces were driven out in a chaotic retreat.", NSO),
    ("Soldiers secured Marwa on Tuesday after a firefight with the militants, the army said.", GOV),
    ("Troops are back in control of Sendo after a two-day battle with the insurgents.", GOV),
    ("Soldiers routed the militants from the town of Kirta, killing 15 of them, the army said.", GOV),
    # a fight and its outcome
    ("Government forces battled rebels for hours before regaining the district headquarters, officials said.", GOV),
    ("Troops killed 20 militants and recaptured the town of Bulo in a dawn offensive, the army said.", GOV),
    # boundaries kept
    ("Government troops and rebels fought for control of the town of Kabo on Monday, leaving 12 dead.", CLASH),
    ("Soldiers repelled an attempt by militants to capture the town of Gao, killing ten of the attackers.", CLASH),
    ("The army is fighting to retake the district, which fell to the insurgents in May.", CLASH),
]

NOT_TERRITORY = [
    "Police captured alias 'Toro', the alleged head of a kidnapping cell, in the capital on Friday.",
    "Rebel fighters seized and destroyed equipment at a state-run farm in Dalen district, the army said.",
    "The group handed over the remains of three soldiers to the Red Cross under the truce deal.",
    "Soldiers fired at villagers taking part in a march near the border fence, killing two.",
    "The army and insurgents clashed near the town of Dikwa, which remains under government control.",
    "Police secured the area after the explosion, which wounded three people.",
    "The opposition won back control of parliament in Sunday's election.",
    "The government secured a loan of two billion dollars on Monday.",
    "Demonstrators seized the regional administration building in Doral and barricaded themselves inside.",
    "Rioters overran the police post in the market town and set it ablaze.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_territory_type(text: str, expected: str) -> None:
    assert type_of(text) == expected


@pytest.mark.parametrize("text", NOT_TERRITORY)
def test_not_territory(text: str) -> None:
    assert type_of(text) not in (GOV, NSO, NVT)
