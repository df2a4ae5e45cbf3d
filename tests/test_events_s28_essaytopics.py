"""A kind of act judged or classed in the present (events/essaytopics.py, via genericity.general_statement) is
a general statement: "Sexual violence in war is a complex issue", "the use of sexual torture against detainees
is unsurprising"; so is an op-ed's comparison ("the regime jails more reporters than any other government", "it
is easier to bomb a town than to bring peace"). Near-misses with an act picked out, a past verb, a day or a
count, a predicate of how it goes on, or a headline stay news."""

from __future__ import annotations

import pytest

from events_helpers import nlp
from events_helpers import word_after_lead as _word
from eventwire.events.essaytopics import compared_act, essay_topic
from eventwire.events.genericity import general_statement


@pytest.mark.parametrize(("text", "word"), [
    ("Sexual violence in war is a complex issue for the courts of the region.", "violence"),
    ("In places such as the north, the use of sexual torture against detainees is unsurprising.", "torture"),
    ("Torture of prisoners remains widespread in the camps of the province.", "Torture"),
    ("Police brutality has become a hallmark of the regime, the lawyers say.", "brutality"),
    ("Abductions and torture are common in the areas the militia holds.", "torture"),
    ("The practice of abduction is a weapon of the militias, the report says.", "abduction"),
])
def test_kind_of_act_judged(text, word):
    assert essay_topic(_word(text, word))
    assert general_statement(_word(text, word))


@pytest.mark.parametrize(("text", "word"), [
    ("The attack on the market is unacceptable, the governor said.", "attack"),  # one act picked out
    ("The use of tear gas was excessive, the lawyers for the students said.", "gas"),  # a past verb
    ("Fighting is fierce in the north of the province, residents said.", "Fighting"),  # how it goes on
    ("Torture of 40 prisoners since Monday remains widespread, the monitors say.", "Torture"),  # a count, a day
    ("Looting was rampant in the city after the storm, witnesses said.", "Looting"),  # past
    ("Police said the protesters were attacking the station with stones.", "attacking"),  # a verb
])
def test_act_of_one_occasion(text, word):
    assert not essay_topic(_word(text, word))


def test_headline_stays_news():
    doc = nlp()("Torture is rampant in the camps, the report finds.")
    assert not essay_topic(next(t for t in doc if t.text == "Torture"))


@pytest.mark.parametrize(("text", "word"), [
    ("The regime jails more reporters than any other government in the region.", "jails"),
    ("Militias have killed more civilians than the army, the report says.", "killed"),
    ("The minister admits that it is easier to bomb a town than to bring peace.", "bomb"),
    ("It is harder to arrest a minister than to jail a student.", "arrest"),
    ("The monitors said the shelling was less intense than attacks over the past week.", "attacks"),
])
def test_act_compared(text, word):
    assert compared_act(_word(text, word))
    assert general_statement(_word(text, word))


@pytest.mark.parametrize(("text", "word"), [
    ("Gunmen killed more villagers than soldiers in the raid on the town.", "killed"),  # the past: a day's toll
    ("Police arrested more than 20 protesters outside the court.", "arrested"),  # a number
    ("The army shells more villages than the rebels hold on Monday.", "shells"),  # a day
    ("Police arrested the men who were quick to attack the convoy.", "attack"),  # no "it" judging
    ("Troops are shelling the town, and it is hard to leave.", "shelling"),  # no comparison
    ("The monitors said the shelling was deadlier than the attack on Monday.", "attack"),  # a day of its own
    ("The monitors said the shelling was less intense than the attacks that killed 12.", "attacks"),  # a count
])
def test_comparison_of_one_occasion(text, word):
    assert not compared_act(_word(text, word))


def test_a_particular_act_measured_against_stays_news() -> None:
    assert not compared_act(_word("The raid on Monday was deadlier than the bombing of the market.", "bombing"))
    assert compared_act(_word("The shelling was less intense than attacks over the past year.", "attacks"))
