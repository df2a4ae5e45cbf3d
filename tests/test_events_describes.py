"""Acts named as the matter of another noun (events/describes.py): after the lead, an act noun in a prepositional
phrase of another common noun ("the pretext of the bombing", "evidence of the attack"), in a sentence with no day and no
place below the country of its own, is background; near-misses with a day, a place, a noun of quantity, a verb, an
adjective, and any sentence of the lead, stay as they were."""

from __future__ import annotations

import pytest

from events_helpers import after_news_lead, flagged_for, nlp
from events_helpers import word_after_lead as _word
from eventwire.events.describes import named_by_noun


def _described(text: str, word: str) -> bool:
    trig = _word(text, word)
    return named_by_noun(trig, trig.sent, place=None)


@pytest.mark.parametrize(("text", "word"), [
    ("Photo evidence of the attack spread quickly among his friends.", "attack"),
    ("Many accounts of civilian deaths later came from the volunteers.", "deaths"),
    ("The debate over missile attacks has grown louder in parliament.", "attacks"),
    ("The response to the widespread use of torture in wars is still inadequate.", "torture"),
])
def test_act_named_by_another_noun(text, word):
    assert _described(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("The toll of Monday's attack rose to twelve.", "attack"),  # a day of its own
    ("Photo evidence of the attack on Friday spread quickly among his friends.", "attack"),
    ("A series of explosions shook the capital.", "explosions"),  # a noun of quantity: the acts themselves
    ("Dozens of airstrikes hit the rebel villages.", "airstrikes"),
    ("The rebels attacked the convoy near the river.", "attacked"),  # told by a verb
    ("The town collapsed under withering attack.", "attack"),  # the phrase of a verb (events.passing)
    ("The group is responsible for attacks on the police.", "attacks"),  # the phrase of an adjective
])
def test_dated_counted_or_verbal_acts_are_left_alone(text, word):
    assert not _described(text, word)


def test_a_lead_is_news():
    doc = nlp()("Photo evidence of the attack spread quickly among his friends. Officials gave no details.")
    trig = next(t for t in doc if t.text == "attack")
    assert not named_by_noun(trig, trig.sent, place=None)


# -- through the pipeline (the reading and settle step in events/bareacts.py) ----------------------------------------
def test_pipeline_flags_an_act_named_by_another_noun(pipeline):
    text = "Photo evidence of the attack spread quickly among his friends."
    assert flagged_for(after_news_lead(pipeline, text, text), "matter of another noun")


@pytest.mark.parametrize("text", [
    "Photo evidence of the attack on the market in Kano spread quickly among his friends.",  # a place of its own
    "Gunmen attacked the market in Kano and killed three traders.",  # told by a verb
])
def test_pipeline_keeps_a_placed_or_verbal_act(pipeline, text):
    reports = after_news_lead(pipeline, text, text)
    assert reports and not any("matter of another noun" in n for r in reports for n in r.notes)
