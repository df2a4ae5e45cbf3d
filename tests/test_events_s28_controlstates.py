"""Ground held, not ground taken (events/controlstates.py, via genericity.general_statement): the verb "control"
in the simple present, or a verb of being with "under ... control" or "in control", told after the lead with
no day, says who holds ground and is a general statement; near-misses (a change of hands, a past "controlled",
a day in the clause, a headline or a lead) stay news."""

from __future__ import annotations

import pytest

from events_helpers import nlp
from events_helpers import word_after_lead as _word
from eventwire.events.controlstates import control_state
from eventwire.events.genericity import general_statement


@pytest.mark.parametrize(("text", "word"), [
    ("The militia and its allies now control the area north of the capital.", "control"),
    ("Aid reaches the narrow strip of land that the group still controls near the border.", "controls"),
    ("Half of the town is now under the control of advancing troops, who expect to take the rest soon.", "is"),
    ("For years it felt like everything was under their control, the farmer said.", "was"),
    ("The port remains under the control of the coastguard militia.", "remains"),
    ("The army remains in control of the airport and the road to the coast.", "remains"),
])
def test_ground_held_is_a_general_statement(text, word):
    assert control_state(_word(text, word))
    assert general_statement(_word(text, word))


@pytest.mark.parametrize(("text", "word"), [
    ("The town fell under the control of the rebels after a week of shelling.", "fell"),  # a change of hands
    ("Troops took control of the bridge and the market.", "took"),  # a taking
    ("The rebels controlled the road into the valley.", "controlled"),  # a past verb: another reader's
    ("By Monday the town was under the control of the rebels.", "was"),  # a day in its clause
    ("The rebels now control the town after Tuesday's assault, a commander said.", "control"),  # a day
    ("The crowd is under the watch of the police at the square.", "is"),  # no control
])
def test_change_of_hands_or_dated_state_stays(text, word):
    assert not control_state(_word(text, word))


def test_a_lead_that_tells_ground_held_stays_news():
    doc = nlp()("Rebels now control the airport of the northern city, residents say.")
    word = next(t for t in doc if t.text == "control")
    assert not control_state(word)


def test_a_holding_in_a_sentence_with_a_day_stays_news() -> None:
    """The holding is the setting of the sentence's dated act."""
    from events_helpers import word_after_lead
    from eventwire.events.controlstates import control_state

    tok = word_after_lead("On Tuesday, the group suffered another setback in the province, where its fighters are "
                          "still in control of at least five districts.", "are")
    assert not control_state(tok)
    tok = _word("The group suffered setbacks in the province, where its fighters are still in control of at "
                          "least five districts.", "are")
    assert control_state(tok)
