"""Twenty-sixth session (helper G): act words that name a campaign, a kind of act, an act talked about, an act
kept out of, a wish, ground taken as a whole (``events.actrefs``), an act supposed or weighed
(``events.imagined``), a cue word modifying a group's noun (``events.nonacts``), and the word gate of
``events.prospects.not_done``.

Near-misses (real acts of a day, worded alike) stay events. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import nlp_index, type_of


@pytest.mark.parametrize("text", [
    # a war told with its length in years, months or weeks
    "The separatists have fought a decades-long insurgency against the government.",
    "The four-year battle has destroyed much of the old caliphate.",
    "The capital has fought a three-decade civil war with the rebels.",
    "The rebels waged a seven-year-old civil war against the junta.",
    # an act named as a kind
    "Only the junta has the motivation to launch such merciless attacks on villages.",
    "A senator has expressed scepticism about such an attack.",
    # a definite act talked about, probed or taken as a point in time
    "The minister had been granted a security briefing on the Harbour attack.",
    "He is not aware of any talks between the two leaders since last week's suspected gas attack.",
    "Investigators are probing the killing of the activist.",
    # a side keeping out of an act, a wish
    "The two powers sat out the clashes to protect their ties with the capital.",
    "The neighbours stayed out of the fighting.",
    "\u201cLet them fight the militants.",
    # a habit told by an adjective, with no day or count
    "Residents say the valley is under daily bombardment.",
    # a cue word modifying a group's noun
    "The army is struggling to muster a large-scale fighting force.",
    "Activists and protest groups such as the peace coalition tend to focus on easier targets.",
    # ground taken as a whole
    "The rebels have gained control over large parts of the north-east.",
    "The group has faced campaigns that drove them from one stronghold after another.",
    # an act supposed or weighed
    "There is no way to bomb the country into peace.",
    "If the regime uses chemical weapons again, we will strike.",
    "Bombing the airbases would be a mistake.",
    "Retaking the city will take months, the commanders said.",
])
def test_acts_not_of_one_occasion_give_no_event(text):
    assert type_of(text) is None


@pytest.mark.parametrize(("text", "sub"), [
    ("The attack on the convoy killed 12 people on Monday.", "Attack"),
    ("Government warplanes bombed a hospital in the city on Monday, killing five.", "Air/drone strike"),
    ("The army has killed 30 militants this week.", "Armed clash"),
    ("A six-hour battle for the airport ended on Sunday when rebels seized the terminal.",
     "Non-state actor overtakes territory"),
    ("Attacks such as the bombing of the market on Monday have terrified residents.",
     "Remote explosive/landmine/IED"),
    ("The minister briefed reporters on an attack that killed 12 soldiers near the border on Tuesday.", "Armed clash"),
    ("The police launched an investigation into the attack that killed three people in the town.", "Attack"),
    ("Daily shelling killed 12 people in the town on Monday.", "Shelling/artillery/missile attack"),
    ("The protest movement marched through the capital on Friday.", "Peaceful protest"),
    ("Police let the protesters march through the square on Monday.", "Peaceful protest"),
    ("Government forces retook the town from the rebels.", "Government regains territory"),
    ("Rebels seized three villages near the border.", "Non-state actor overtakes territory"),
    ("On 9 November, the army drove the militants out of their last stronghold, Abu Kamal.",
     "Government regains territory"),
    ("If he killed them, he must be punished.", "Attack"),
    ("The army said retaking the town on Monday had cost 12 soldiers their lives.", "Government regains territory"),
    ("Rebels shot down a helicopter in the east on Monday, a 20-year war veteran said.",
     "Disrupted weapons use"),
])
def test_acts_of_a_day_worded_alike_stay_events(text, sub):
    assert type_of(text) == sub


def test_not_done_gate_skips_sentences_without_its_words():
    from eventwire.events.prospects import not_done

    nlp, _ = nlp_index()
    sent = next(nlp("Rebels attacked the base near the town and killed 12 soldiers.").sents)
    assert not_done(sent, sent[1]) is None
    sent = next(nlp("Police foiled a plot to kill the prime minister.").sents)
    assert not_done(sent, next(t for t in sent if t.lower_ == "kill")) == "plan noun"
