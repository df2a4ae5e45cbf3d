"""A war named as a whole (events/campaigns.py, via genericity.general_statement): by its enemy ("the fight
against the militia") or as what a side is known by ("the coalition fighting the militia") is a general
statement; near-misses with a day, a count, a place of their own, a campaign begun there and then, or a
participle of a scene of the story stay news."""

from __future__ import annotations

import pytest

from events_helpers import word_after_lead as _word
from eventwire.events.campaigns import whole_campaign
from eventwire.events.genericity import general_statement
from eventwire.events.spanacts import unbound_act


@pytest.mark.parametrize(("text", "word"), [
    ("The fight against the militia slowed as the army sent troops to the border.", "fight"),
    ("The brigade, our main partner in the fight against the militia, was not consulted.", "fight"),
    ("He abandons the fight against the rebels and leaves the allies at risk.", "fight"),
    ("She described the struggle against the junta as her calling.", "struggle"),
    ("The president said the war on the cartels had been won.", "war"),
    ("The rebel offensive against the regime has crippled efforts to reach a deal.", "offensive"),
    # a side known by the war it wages
    ("The Kurds have proven a valuable ally to the coalition fighting the militia.", "fighting"),
    ("The northern province is the last stronghold held by insurgents fighting the president.", "fighting"),
    ("A senior official from the brigade, the force battling the militia, said new recruits had joined.", "battling"),
    ("It does not matter to those fighting new wars over the ravaged land.", "fighting"),
])
def test_war_named_as_a_whole(text, word):
    assert whole_campaign(_word(text, word))
    assert general_statement(_word(text, word))


@pytest.mark.parametrize(("text", "word"), [
    ("The army launched an offensive against the rebels.", "offensive"),  # begun there and then
    ("The fight against the militia resumed on Monday.", "fight"),  # a day
    ("The offensive against the rebels killed 12 villagers.", "offensive"),  # a count
    ("The battle against the militia in Sabha has slowed.", "battle"),  # a place of its own
    ("The battle on the bridge lasted an hour.", "battle"),  # "on" a place, not an enemy
    ("The fight near the market left the traders afraid.", "fight"),  # no enemy named
    # a participle of fighting told of one occasion, or of a scene of the story
    ("Fighters battling the militia in Aleppo said the town had fallen.", "battling"),  # a place
    ("Two soldiers fighting the rebels were killed on Monday.", "fighting"),  # a day and a count
    ("The town is tense, with rebels fighting the militia on its edge.", "fighting"),  # its own subject
    ("Police arrested the men fighting the guards at the gate.", "fighting"),  # no side known by its war
    ("Gunmen fighting near the market fled when police arrived.", "fighting"),  # no one fought
])
def test_campaign_of_one_occasion(text, word):
    assert not whole_campaign(_word(text, word))


@pytest.mark.parametrize(("text", "word", "general"), [
    # an act told as going on day after day (events/spanacts.py's adverbs of repetition)
    ("Jets above the valley relentlessly battered the hideouts of the militia.", "battered", True),
    ("The market has been shelled daily by the artillery of the army.", "shelled", True),
    # with a day of its own: the story's act
    ("Jets relentlessly battered the hideouts of the militia on Monday.", "battered", False),
])
def test_act_told_as_going_on_day_after_day(text, word, general):
    assert unbound_act(_word(text, word)) is general
