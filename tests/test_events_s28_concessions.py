"""Acts conceded (events/concessions.py, via genericity.general_statement): an act noun in a "despite" phrase
after the lead, with no day, hour, count nor place in the phrase, is a general statement; near-misses (a day, a
count, a place, a headline, an act told by a verb in the phrase, an act noun elsewhere in the sentence) stay
news."""

from __future__ import annotations

import pytest

from events_helpers import nlp
from events_helpers import word_after_lead as _word
from eventwire.events.concessions import conceded_act
from eventwire.events.genericity import general_statement


@pytest.mark.parametrize(("text", "word"), [
    ("The northern valley, despite sustained attacks, remains an obstacle to the government.", "attacks"),
    ("Despite a slowdown in the fighting, much of the country remains ravaged by war.", "fighting"),
    ("Despite months of shelling, most of the villagers stayed in their homes.", "shelling"),
    ("Notwithstanding repeated airstrikes, the militia still holds the hills.", "airstrikes"),
])
def test_act_conceded_is_a_general_statement(text, word):
    assert conceded_act(_word(text, word))
    assert general_statement(_word(text, word))


@pytest.mark.parametrize(("text", "word"), [
    ("Despite clashes in Sabha, the talks went ahead.", "clashes"),  # a place named in the phrase
    ("Despite the shelling of the market on Monday, traders opened their stalls.", "shelling"),  # a day
    ("Despite airstrikes that killed 12 villagers, the rebels held the town.", "airstrikes"),  # a count
    ("Despite his decision to launch strikes, the envoy stayed.", "strikes"),  # told by a verb in the phrase
    ("Despite the heat, gunmen attacked the convoy.", "attacked"),  # the act is the sentence's own
    ("The militia, despite its losses, stormed the barracks.", "stormed"),
])
def test_act_outside_a_bare_concession_stays(text, word):
    assert not conceded_act(_word(text, word))


def test_a_headline_that_concedes_an_act_stays_news():
    doc = nlp()("Students march in the capital despite a police crackdown.")
    word = next(t for t in doc if t.text == "crackdown")
    assert not conceded_act(word)
