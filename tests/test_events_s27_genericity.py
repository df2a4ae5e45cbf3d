"""Twenty-seventh session (helper GEN): general statements, an act told of kinds in the present or the present
perfect with no day, place, count or participant picked out (``events.genericity``), are background.

Near-misses (acts of one occasion worded alike) stay news. All texts are written for these tests; each is put
after a headline and a lead, which the rule reads as news.
"""

from __future__ import annotations

import pytest

from events_helpers import nlp
from events_helpers import word_after_lead as _word
from eventwire.events.genericity import general_statement
from eventwire.events.status import assess


@pytest.mark.parametrize(("text", "word"), [
    # a verb in the present perfect, the present or the progressive whose patient is a kind
    ("The army has carried out airstrikes aimed at stopping arms transfers to the militia.", "airstrikes"),
    ("They have killed people and burned villages.", "killed"),
    ("Journalists have also been arrested, beaten and jailed.", "beaten"),
    ("The militia claims they are attacking areas held by bandits.", "attacking"),
    ("The guards have helped the regime to retake territory.", "retake"),
    ("Tension grows as the militia builds airfields and bases ever closer to the border.", "builds"),
    # an act noun in an object's or an oblique's place, or whose "of" names a kind
    ("Policing the use of chemical weapons is portrayed as a duty.", "weapons"),
    ("The deal binds the allies, which serves as insurance against foreign attack.", "attack"),
    ("There is a fierce bombardment of villages, the monitor said.", "bombardment"),
    ("The rebels say there are other difficulties they face, like IEDs and car bombs.", "IEDs"),
])
def test_general_statements(text, word):
    assert general_statement(_word(text, word))


@pytest.mark.parametrize(("text", "word"), [
    # a place, a count, a day, a participant picked out
    ("The army has carried out airstrikes in Syria.", "airstrikes"),
    ("Gunmen have killed 12 people in the village.", "killed"),
    ("Airstrikes have hit villages since Monday.", "hit"),
    ("Authorities have arrested a former minister.", "arrested"),
    ("Jordanian citizens Hasan Zaid and Bassem Awad have been arrested.", "arrested"),
    ("Troops are firing artillery at Afrin.", "firing"),
    # a past act, a perfect infinitive, a headline's or a caption's present, an act going on now
    ("Rebels attacked villages near the border.", "attacked"),
    ("The rebels claim to have launched counter-attacks on army positions.", "launched"),
    ("Police use water cannon to disperse students.", "disperse"),
    ("We are facing severe fighting, the commander said.", "fighting"),
    # an act noun that is its clause's subject, or what "this" is
    ("New fighting has spread to the northern districts.", "fighting"),
    ("This is preliminary bombing, a commander said.", "bombing"),
])
def test_acts_of_one_occasion(text, word):
    assert not general_statement(_word(text, word))


def test_headline_and_lead_are_news():
    doc = nlp()("Police arrest protesters outside parliament. Farmers have blocked roads and railways in a shutdown.")
    assert not general_statement(next(t for t in doc if t.text == "arrest"))
    assert not general_statement(next(t for t in doc if t.text == "blocked"))


def test_status_makes_a_general_statement_background():
    tok = _word("They have killed people and burned villages.", "killed")
    status = assess(tok, sent=tok.sent)
    assert status.background and status.reason == "a general statement"
    tok = _word("Gunmen have killed 12 people in the village.", "killed")
    assert not assess(tok, sent=tok.sent).background
