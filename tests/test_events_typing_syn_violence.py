"""Violence typing that generalises beyond the wording the rules were written from: each sentence is
written anew for a mechanism the synthetic dev snippets showed missing (none is copied from them).

- A blame, accusation or claim told beside an act the sentence states as a fact ("..., blaming the
  rebels", "...; police blamed militants", "..., accusing him of spying", "...; the group later claimed
  it") leaves the act the event; an act the blame is about ("blamed the rebels for the blast that ...")
  stays an attribution (the reading lives in eventwire.events.nonacled; these cases guard the violence
  types it leaves).
- Abduction told with verbs of seizing people by armed groups or unknown men ("snatched", "seized two
  aid workers", "rounded up", "taken from ... by gunmen", "bundled into a van"), disappearances
  ("vanished after being detained", "held incommunicado"); the state's forces seizing people make an
  arrest; people seized and then killed make an attack, seized and raped sexual violence; captives
  freed are no abduction.
- Chemical weapons named by their charge or symptoms ("chlorine warheads", "chloropicrin", "an irritant
  gas", "a gas attack", "chlorine exposure": the charge decides over the weapon that carried it), not
  tear gas, nor a chemical weapons facility.
- Remote explosives named as minefields and bomblets; a body found with gunshot wounds is a killing.
- Who was hit: unknown men are no mob (their attack on civilians is an attack), a critic of armed
  groups or a member of an opposition party is no fighter.
"""

from __future__ import annotations

import pytest

from events_helpers import type_of

AT = "Attack"
AC = "Armed clash"
AB = "Abduction/forced disappearance"
AR = "Arrests"
CW = "Chemical weapon"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SH = "Shelling/artillery/missile attack"
GR = "Grenade"
SB = "Suicide bomb"
LP = "Looting/property destruction"

SENTENCES = [
    # an act told as a fact, then blamed or claimed
    ("A roadside bomb struck a police van near Kandahar on Sunday, wounding four officers, the governor said, blaming the Taliban.",
     IED),
    ("A grenade was lobbed into a crowded bus stand in Anantnag, injuring nine people; police blamed Hizbul Mujahideen.",
     GR),
    ("Naxalites shot dead a former village head in Sukma district, accusing him of passing information to the police.",
     AT),
    ("An air strike hit a wedding party in Hajjah province, killing 21 guests, the Houthi health ministry said, accusing the coalition of a massacre.",
     AIR),
    ("A suicide bomber blew himself up at a checkpoint outside Mogadishu, killing six soldiers; al-Shabaab later claimed the attack.",
     SB),
    ("Artillery shells fell on the outskirts of Tal Tamr overnight, the Kurdish authorities said, blaming Turkish forces.",
     SH),
    ("Unidentified attackers burned down the home of a village chief in Bamenda, accusing him of siding with the army.",
     LP),
    # the blame is about the act: still an attribution, no event of its own
    ("Police blamed a separatist group for the bombing that killed three traders at the market on Friday.",
     None),
    # abductions told with verbs of seizing people
    ("Bandits snatched eleven passengers from a bus on the Kaduna-Abuja highway and marched them into the forest.",
     AB),
    ("Gunmen seized two aid workers at a water point near Gao on Tuesday, the charity said.",
     AB),
    ("Three nurses were taken from a health centre in Kasai by armed men on Sunday, the provincial health ministry said.",
     AB),
    ("Militants of the group rounded up fourteen farmers near their fields and led them to an unknown destination.",
     AB),
    ("A student leader was bundled into an unmarked car outside the university gate on Friday and has not been seen since.",
     AB),
    ("A lawyer representing detained activists vanished after being summoned to the state security office, his wife said.",
     AB),
    ("Rights groups said the journalist has been held incommunicado at an undisclosed site for two months.",
     AB),
    # the state's forces seizing people: an arrest, not an abduction
    ("Police arrested four opposition organisers at their homes in Lusaka on Tuesday, their party said.",
     AR),
    ("Soldiers seized two suspected militants at a checkpoint outside the town.",
     AR),
    # seized, then killed: an attack; seized, then raped: sexual violence
    ("Gunmen dragged a local councillor from his car near Bunia and shot him dead by the roadside.",
     AT),
    ("Militiamen seized three women at a water point and raped them before letting them go.",
     "Sexual violence"),
    ("Displaced women said they had been sexually exploited by guards at the camp in return for food rations.",
     "Sexual violence"),
    # gunmen who hit nobody, damage done: property destruction
    ("Gunmen fired into the air and looted shops in the market; there were no casualties.",
     LP),
    # captives set free, people pulled from rubble: no abduction
    ("The rebels freed four hostages at the border crossing on Tuesday.",
     None),
    ("Rescuers pulled survivors from the rubble of the collapsed building.",
     None),
    # a body with a weapon's wounds: a killing by unnamed perpetrators
    ("The body of a local trader was found in a ditch outside the town with gunshot wounds to the head.",
     AT),
    ("A man died of his injuries in hospital on Monday.",
     None),
    # chemical weapons named by their charge or symptoms
    ("Government forces fired rockets with chlorine warheads at rebel positions in the eastern suburbs, the opposition said.",
     CW),
    ("Two soldiers were evacuated after drones dropped grenades filled with chloropicrin on their trench near the river.",
     CW),
    ("Residents of the village said a gas attack by the militia had left dozens of people choking in their homes.",
     CW),
    ("Doctors treated 25 people for chlorine exposure after a shell hit the district on Monday night, the health directorate said.",
     CW),
    ("Police fired tear gas shells at stone-throwing youths in the old city, injuring several.",
     "Violent demonstration"),
    ("An air strike hit a market near a former chemical weapons facility, killing ten people.",
     AIR),
    # remote explosives named as a minefield, a bomblet
    ("Two herders were killed when their flock wandered into a minefield laid by the rebels near the border.",
     IED),
    ("A boy lost both hands when a cluster bomblet he had picked up in an orchard exploded, the local council said.",
     IED),
    # who was hit, who hit
    ("Unknown men threw acid at a female journalist as she left a press conference in Herat.",
     AT),
    ("Unidentified men stabbed a local election monitor outside a polling station in Kisumu.",
     AT),
    ("A prominent critic of the armed factions was shot dead by gunmen outside his office in Tripoli.",
     AT),
    ("Militiamen beat to death a member of the opposition party in a village of Ngozi province, the party said.",
     AT),
    # unchanged boundaries around the new readings
    ("A crowd of villagers beat a suspected thief to death in the market.",
     "Mob violence"),
    ("Troops clashed with rebels near the border, leaving eight fighters dead.",
     AC),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_violence_generalises(text: str, expected: str | None) -> None:
    assert type_of(text) == expected
