"""Acts named with no occasion of their own (events/spanacts.py, via genericity.general_statement): an act with
no tense after a preposition or a verb of activity, or spread over a stretch of time; near-misses with a day, a
count, a subject of their own, a preposition of time or a verb that tells the act done stay news."""

from __future__ import annotations

import pytest

from events_helpers import nlp
from events_helpers import word_after_lead as _word
from eventwire.events.genericity import general_statement
from eventwire.events.spanacts import unbound_act
from eventwire.events.status import assess


@pytest.mark.parametrize(("text", "word"), [
    # an "-ing" act after a preposition: a topic, a charge, an aim
    ("Lately the government has shifted its focus from fighting the rebels to guarding the border.", "fighting"),
    ("The teacher was accused of fighting with the militia in the north.", "fighting"),
    ("The council says the brigade was responsible for liberating much of the valley.", "liberating"),
    # an infinitive act after a verb of activity, choice or going, or an adjective
    ("He said the army would withdraw slowly while continuing to fight the rebels.", "fight"),
    ("Volunteers have been punished by the state for going to fight the militia.", "fight"),
    # an infinitive act after a noun of an aim or a campaign
    ("The minister said the campaign to oust the militia from the valley is nearly over.", "oust"),
    ("Allies condemned the decision to withdraw troops from the border region.", "withdraw"),
    # an act spread over a stretch of time, or told as repeated
    ("Rebels and tribal militias have fought alongside each other throughout the war.", "fought"),
    ("The air force bombed the hospitals of the province throughout the war.", "bombed"),
    ("The coalition targeted the farming districts intermittently, the officer said.", "targeted"),
])
def test_acts_with_no_occasion(text, word):
    assert unbound_act(_word(text, word))
    assert general_statement(_word(text, word))


@pytest.mark.parametrize(("text", "word"), [
    # a day or a count in the act's clause
    ("A soldier was charged on Monday with fighting for the militia.", "fighting"),
    ("Militants continued to attack the town, killing 12 villagers.", "attack"),
    # an "-ing" act with a subject of its own, after a preposition of time or of means
    ("The town is tense, with gunmen attacking the market again.", "attacking"),
    ("Police arrested the men after storming the house in the old quarter.", "storming"),
    ("The army punished the village by shelling the market.", "shelling"),
    ("Police detained the students for protesting outside the court.", "protesting"),
    # an infinitive act told as done, or a purpose
    ("The rebels managed to seize the airport.", "seize"),
    ("Troops began to shell the southern districts.", "shell"),
    ("Police used water cannon to disperse the students.", "disperse"),
    ("Troops launched an offensive to retake the town on Monday.", "retake"),
    ("Police fired tear gas to disperse the crowd outside the court.", "disperse"),
    # a place, not a stretch of time; a grievance, not a stretch
    ("Protesters marched throughout the country.", "marched"),
    ("Students protested over the war outside the embassy.", "protested"),
    # a past act of one occasion
    ("Rebels attacked the villages near the border.", "attacked"),
])
def test_acts_of_one_occasion(text, word):
    assert not unbound_act(_word(text, word))


def test_headline_and_lead_are_news():
    doc = nlp()("Police accused of fighting with the militia. The court heard the case of the officers.")
    assert not unbound_act(next(t for t in doc if t.text == "fighting"))


def test_status_makes_it_background():
    tok = _word("Rebels and tribal militias have fought alongside each other throughout the war.", "fought")
    status = assess(tok, sent=tok.sent)
    assert status.background and status.reason == "a general statement"


def test_a_campaign_told_as_going_on_now_is_no_general_statement(pipeline):
    from eventwire.events.spanacts import unbound_act

    lead = ("Residents of the enclave fled towards the government lines on Monday as the assault went on for a "
            "fifth day, aid workers said, and the United Nations called again for a pause in the fighting to let "
            "convoys reach the wounded. ")
    for sentence, want in (
        ("Civilian targets across the enclave are being systematically targeted by jets and helicopters.", False),
        ("The militia systematically targeted civilians throughout the war, the report said.", True),
    ):
        doc = pipeline.nlp(lead + sentence)
        trig = next(t for t in doc if t.lower_ == "targeted")
        assert unbound_act(trig) is want, sentence
