"""Acts told only as an aim (events/aims.py): after the lead, an act whose clause's verb is an infinitive ("trained the
units to fight", "were ordered to launch attacks") is background once the main event is chosen; near-misses told by a
finite verb that an infinitive hangs on ("gathered to protest", "stormed the village to kill"), and any sentence of
the lead, stay news."""

from __future__ import annotations

import pytest

from events_helpers import after_news_lead, flagged_for, nlp
from events_helpers import word_after_lead as _word
from eventwire.events.aims import told_as_aim


@pytest.mark.parametrize(("text", "word"), [
    ("Foreign troops had trained the units to fight the insurgents.", "fight"),  # a task
    ("The fighters were ordered to launch attacks on the convoys.", "attacks"),  # the noun object of an infinitive
    ("The group is able to carry out raids on the convoys.", "raids"),  # an ability
    ("The plan is designed to prevent an assault on the province.", "assault"),
    ("The army launched the campaign to clear the rebels from the district.", "clear"),  # a campaign's aim
    ("The only way to deal with the fighters was to kill them.", "kill"),  # a judgement
])
def test_act_told_as_an_aim(text, word):
    trig = _word(text, word)
    assert told_as_aim(trig, trig.sent)


@pytest.mark.parametrize(("text", "word"), [
    ("The units fought the insurgents near the river.", "fought"),  # the act done
    ("Police fired tear gas to disperse the crowd.", "fired"),  # the finite verb an aim hangs on
    ("Gunmen stormed the village to kill the chief.", "stormed"),
    ("Hundreds of people gathered outside the court to protest the arrests.", "gathered"),
    ("Some fighters stayed behind and mounted raids on the convoys.", "raids"),
    ("The militia has seized the bridge.", "seized"),
])
def test_act_told_by_a_finite_verb(text, word):
    trig = _word(text, word)
    assert not told_as_aim(trig, trig.sent)


def test_a_lead_is_news_whatever_its_wording():
    doc = nlp()("The president defended his decision to launch missile strikes. Officials gave no further details.")
    trig = next(t for t in doc if t.text == "launch")
    assert not told_as_aim(trig, trig.sent)


# -- through the pipeline (the hooks in events/extractor.py) ---------------------------------------------------------
def _reports(pipeline, text: str) -> list:
    return after_news_lead(pipeline, text, text)


@pytest.mark.parametrize("text", [
    "About 2,000 foreign troops had trained the units in Gao to fight the insurgents.",
    "The militia used the stadium in Gao to store weapons and plan attacks.",
    "The donors pour billions into Gao to keep the killing of the villagers going.",
    "The only way to deal with the 40 fighters was to kill them.",
])
def test_pipeline_flags_an_aim(pipeline, text):
    assert flagged_for(_reports(pipeline, text), "told only as an aim")


@pytest.mark.parametrize("text", [
    "Two hundred people gathered in Gao to protest against the arrests.",
    "Thousands of people took to the streets of Gao to demand the release of the students.",
    "Gunmen stormed two villages near Gao to kill the chief.",
])
def test_pipeline_keeps_an_act_done_with_an_aim(pipeline, text):
    kept = _reports(pipeline, text)
    assert kept and not any(r.background for r in kept)
