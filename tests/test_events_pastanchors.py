"""Past acts with no anchor and no source (events/pastanchors.py): after the lead, a sentence in the simple past with
no day, no place below the country, no count, no one named and no one telling it is retold history, unless a dated
news report stands just before it; near-misses with an anchor, a source, a quotation, a dated report just before,
or a perfect tense (events/anchors.py) stay as they were."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from events_helpers import after_news_lead, flagged_for, nlp, parsed_article, report_on
from events_helpers import word_after_lead as _word
from eventwire.events.pastanchors import bare_past, news_before, sourced
from eventwire.records import DateValue

ASSERTED = SimpleNamespace(speculative=False, negated=False)  # (the status of an asserted act: events.status)


def _bare(text: str, word: str, *, dated: bool = False) -> bool:
    trig = _word(text, word)
    return bare_past(trig, trig.sent, ASSERTED, dated=dated, place=None)


@pytest.mark.parametrize(("text", "word"), [
    ("The militias began seizing farmland from the settlers.", "seizing"),  # retold history
    ("The governor ordered beatings of his critics.", "beatings"),
    ("The militia burned the farms along the river and drove the herders away.", "burned"),
    ("Warehouses were raided as the siege wore on.", "raided"),  # the passive past
])
def test_bare_past_act(text, word):
    assert _bare(text, word)


@pytest.mark.parametrize(("text", "word", "dated"), [
    ("The militias seized two farms from the settlers.", "seized", False),  # a count
    ("Police detained Amina Bello outside her home.", "detained", False),  # a named person
    ("The militia burned the farms on Monday.", "burned", False),  # a day
    ("The militia burned the farms along the river.", "burned", True),  # dated by its own sentence
    ("A fighter jet was shot down recently by the rebels.", "shot", False),  # a news adverb
    ("Witnesses said the gunmen shot a soldier by the roadside.", "shot", False),  # a source
    ("According to relatives, the guards beat the prisoner.", "beat", False),
    ("Local radio spoke of herders fleeing from the raiders.", "fleeing", False),
    ("Footage showed riot police beating the marchers.", "beating", False),
    ("\u201cThey burned the shop and left,\u201d a neighbour recalled.", "burned", False),  # a quotation
    ("The militia has burned the farms along the river.", "burned", False),  # the perfect (events.anchors)
])
def test_act_with_an_anchor_a_source_or_another_tense(text, word, dated):
    assert not _bare(text, word, dated=dated)


def test_a_lead_is_news_whatever_its_wording():
    doc = nlp()("Rebels burned the border post. Officials gave no further details.")
    trig = next(t for t in doc if t.text == "burned")
    assert not bare_past(trig, trig.sent, ASSERTED, dated=False, place=None)


def test_a_place_below_the_country_anchors_the_act(monkeypatch):
    from eventwire.events import pastanchors

    trig = _word("Gunmen killed a chief in Bama.", "killed")
    monkeypatch.setattr(pastanchors, "is_country_only", lambda place: False)
    assert not bare_past(trig, trig.sent, ASSERTED, dated=False, place=object())
    monkeypatch.setattr(pastanchors, "is_country_only", lambda place: True)  # "in Nigeria": no anchor
    assert bare_past(trig, trig.sent, ASSERTED, dated=False, place=object())


def test_a_speculative_or_negated_act_is_left_to_its_status():
    trig = _word("The militia burned the farms along the river.", "burned")
    assert bare_past(trig, trig.sent, ASSERTED, dated=False, place=None)
    for status in (SimpleNamespace(speculative=True, negated=False), SimpleNamespace(speculative=False, negated=True)):
        assert not bare_past(trig, trig.sent, status, dated=False, place=None)


def test_sourced_sentences():
    doc = nlp()("It was reported that the gunmen fled. The gunmen fled into the forest. \u201cWe ran.\u201d")
    told, bare, quoted = list(doc.sents)
    assert sourced(told) and not sourced(bare) and sourced(quoted)


# -- through the pipeline (the hooks in events/extractor.py) ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The militia abducted the herders from the villages.",
    "Gunmen shot the herders at the wells.",
])
def test_pipeline_flags_a_bare_past_act(pipeline, text):
    assert flagged_for(after_news_lead(pipeline, text, text), "no day, place, count, name or source")


@pytest.mark.parametrize("text", [
    "Witnesses said the militia abducted the herders from the villages.",  # a source
    "Gunmen shot three herders at the wells.",  # a count
])
def test_pipeline_keeps_an_anchored_or_sourced_act(pipeline, text):
    assert [r for r in after_news_lead(pipeline, text, text) if not r.background]


def test_pipeline_keeps_the_next_step_of_a_dated_story(pipeline):
    # the next step of the story just told, dated by its own sentence: the same day and place
    step = "Soldiers then shelled the rebel villages."
    near = after_news_lead(pipeline, f"Rebels attacked an army post on Tuesday. {step}", step)
    assert near and not any(r.background for r in near)
    # with the dated report four sentences back, the bare act stands alone
    far = after_news_lead(pipeline, "Rebels attacked an army post on Tuesday. The talks went on. The roads were quiet. "
                   f"The markets were open. {step}", step)
    assert far and all(r.background for r in far)


def test_news_before_reads_the_two_sentences_before_and_a_report_starting_on_a_space():
    # a dated report two sentences back makes the bare act the next step of its story; three back, not
    dated = "Rebels attacked an army post on Tuesday."
    step = "Soldiers then shelled the villages."
    for between, near in ((" The roads were quiet.", True), (" The roads were quiet. The talks went on.", False)):
        article = parsed_article(nlp(), f"{dated}{between} {step}")
        first, last = report_on(article, dated, "Attack"), report_on(article, step, "Shelling/artillery/missile attack")
        first.date = DateValue(value="2024-05-14", precision=1, text="Tuesday")
        assert news_before(last, [first, last], article.doc) is near
    # an evidence that starts on a space (no token there) is left as news, not a failure
    article = parsed_article(nlp(), f"{dated} {step}")
    last = report_on(article, step, "Shelling/artillery/missile attack")
    last.evidence.start -= 1
    assert news_before(last, [last], article.doc)
