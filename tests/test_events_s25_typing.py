"""Twenty-fifth session, round 2 (helper T): cue words that name no act of one occasion (``events.nonacts``).

- Lexical mistyping: a cue word modifying a noun that is no act ("the killing fields", "battle lines", "rape
  blossom honey"), a cue word inside the name of an office, a weapon or a craft only held, moved or shown ("had
  twelve fighter jets ready", "bombers relocated"), a convoy of food entering a town, documents destroyed, a
  place's "sites in".
- Generic statements: an act judged as a kind ("The massacre of villagers defines the cruelty of the war"),
  seen as something, what a side is known for, a standing description of a group, a present "when there is",
  a habit ("systematically bombs", "frequently encountered", "every now and then"), a state ("still missing").

Near-misses with an act verb, a day, a place or a count stay events. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import type_of


@pytest.mark.parametrize("text", [
    # a cue word modifying a noun that is no act, or inside a name
    "The killing fields outside the village are now guarded by a handful of soldiers.",
    "The opposition urged the world to stop the killing machine of the junta.",
    "The battle lines in the region are more tangled than ever.",
    "Farmers sold the rape blossom honey from their hives.",
    "Relatives queue at the small Bureau of the Kidnapped in the old town.",
    # a weapon or a craft held, moved or shown
    "The air base had twelve fighter jets ready for combat.",
    "Bombers relocated from the northern bases to the airport near the capital.",
    "Two attack helicopters made several low passes over the frigate.",
    # no property destroyed
    "The minister claimed documents were being destroyed.",
    "The villagers saw advantages in destroying the network.",
    # a state, a judgement, a habit
    "Seventy members of the tribe are still missing.",
    "The massacre of unarmed villagers defines the cruelty of the war.",
    "Use of cluster munitions seems to reflect a strategy of terror.",
    "Berlin sees the fight against the militants as a matter of national security.",
    "The militia is notorious for staging ambushes.",
    "The valley is one of the last refuges of insurgents fighting the army.",
    "The junta systematically bombs schools and markets.",
    "Traders frequently encountered the smell of smoke.",
    "The world only reacts when there is a gas attack.",
    "\u201cLife was normal, every now and then shelling and such,\u201d he said.",
])
def test_cues_that_name_no_act_are_no_event(text):
    assert type_of(text) is None


@pytest.mark.parametrize(("text", "sub"), [
    ("Jets struck a rebel base near the town on Monday, killing 12 fighters.", "Air/drone strike"),
    ("Two attack aircraft bombed the village on Tuesday.", "Air/drone strike"),
    ("Air defences shot down two drones over the capital on Sunday.", "Disrupted weapons use"),
    ("The attack on the market on Monday killed 12 people.", "Attack"),
    ("Rebels fighting in the province killed five soldiers on Sunday.", "Armed clash"),
    ("Rebels fighting the government seized the town on Monday.", "Non-state actor overtakes territory"),
    ("Militants destroyed the police station in the town on Monday.", "Looting/property destruction"),
    ("Rioters destroyed shops and vehicles in the town.", "Violent demonstration"),
    ("Government forces frequently shelled the town on Monday, residents said.", "Shelling/artillery/missile attack"),
    ("Two soldiers went missing after an ambush near the border on Monday.", "Abduction/forced disappearance"),
    ("A convoy of armed militants entered the town and seized the police station.",
     "Non-state actor overtakes territory"),
    ("Gunmen abducted five students from the Office of the Registrar on Monday.", "Abduction/forced disappearance"),
    ("The bombing of the hospital in the city on Monday represents a new escalation.",
     "Remote explosive/landmine/IED"),
    ("Three killed when bomb hits market", "Remote explosive/landmine/IED"),
    ("Police regard the attack as an act of terrorism.", "Attack"),
    ("Protesters staged a sit-in at the ministry on Monday.", "Peaceful protest"),
    ("Hundreds of farmers sat in the main square of the capital on Tuesday.", "Peaceful protest"),
])
def test_the_acts_themselves_stay(text, sub):
    assert type_of(text) == sub
