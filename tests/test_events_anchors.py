"""Acts with no anchor of their own (events/anchors.py): after the lead, a sentence with no day, no place
below the country, no count and no one named, told in the present, the present perfect or the present
progressive, states a kind of act, not an incident; near-misses with one anchor, told in a past tense, or
standing in the lead stay news."""

from __future__ import annotations

import pytest

from events_helpers import after_news_lead, flagged_for, nlp
from events_helpers import word_after_lead as _word
from eventwire.events.anchors import finite_verb, simple_past, unanchored


def _unanchored(text: str, word: str, *, dated: bool = False) -> bool:
    trig = _word(text, word)
    return unanchored(trig, trig.sent, dated=dated, place=None)


@pytest.mark.parametrize(("text", "word"), [
    ("The regime has bombed hospitals across the north.", "bombed"),  # the present perfect, a kind of act
    ("Rebels rarely claim responsibility for their assaults on the army.", "assaults"),  # the present
    ("The coalition is making up for lost time in the fight against the militia.", "fight"),  # progressive
    ("He is still in jail, where he has been tortured.", "tortured"),
    ("Campaigners are pushing for the release of the detained students.", "detained"),  # a participle's tense
])
def test_act_with_no_anchor_of_its_own(text, word):
    assert _unanchored(text, word)


@pytest.mark.parametrize(("text", "word", "dated"), [
    ("The regime has bombed two hospitals across the north.", "bombed", False),  # a count
    ("The regime has bombed hospitals across the north since Monday.", "bombed", False),  # a day
    ("Police have detained Amina Bello, a student leader.", "detained", False),  # a named person
    ("The regime has bombed hospitals across the north.", "bombed", True),  # dated by its own sentence
    # a past tense: the next step of a story told before ("then"), its day and place from its neighbours
    ("Soldiers then opened fire on the crowd.", "fire", False),
    ("The officers stripped the man before beating him and dragging him away.", "dragging", False),
    ("The army was shelling the hills, he said.", "shelling", False),  # the past progressive
    ("The fighters said they had pushed further into the enclave.", "pushed", False),  # the reported past
])
def test_act_with_an_anchor_or_a_past_tense(text, word, dated):
    assert not _unanchored(text, word, dated=dated)


def test_a_lead_is_news_whatever_its_wording():
    doc = nlp()("Rebels have seized a border post. Officials gave no further details.")
    trig = next(t for t in doc if t.text == "seized")
    assert not unanchored(trig, trig.sent, dated=False, place=None)


def test_a_place_below_the_country_anchors_the_act(monkeypatch):
    # (the report's place, named by its own sentence: the extractor passes it only when it is the sentence's)
    from eventwire.events import anchors

    trig = _word("Gunmen have killed a chief in Bama.", "killed")
    monkeypatch.setattr(anchors, "is_country_only", lambda place: False)
    assert not unanchored(trig, trig.sent, dated=False, place=object())
    monkeypatch.setattr(anchors, "is_country_only", lambda place: True)  # "in Nigeria": no anchor
    assert unanchored(trig, trig.sent, dated=False, place=object())


def test_tense_of_the_clause():
    trig = _word("The officers stripped the man before beating him and dragging him away.", "dragging")
    assert finite_verb(trig).text == "stripped" and simple_past(finite_verb(trig))
    assert not simple_past(finite_verb(_word("The regime has bombed hospitals.", "bombed")))
    assert simple_past(finite_verb(_word("The hospital was bombed.", "bombed")))


# -- through the pipeline (the hook in events/extractor.py) ----------------------------------------------------------
def _reports(pipeline, text: str) -> list:
    return after_news_lead(pipeline, text, text)


def _news(pipeline, text: str) -> list[str]:
    return [r.evidence.text for r in _reports(pipeline, text) if not r.background]


@pytest.mark.parametrize("text", [
    "The militia has seized a stretch of farmland along the river.",
    "The guards have beaten the prisoners.",
])
def test_pipeline_flags_an_unanchored_act(pipeline, text):
    assert flagged_for(_reports(pipeline, text), "no day, place, count or name")


@pytest.mark.parametrize("text", [
    # anchored, and told on someone's word (an anchored act with no day and no source is events/nowacts's)
    "Gunmen have killed a village chief in Maiduguri, residents said.",  # a place and no day
    "The guards have beaten three prisoners, their lawyer said.",  # a count
])
def test_pipeline_keeps_an_anchored_act(pipeline, text):
    assert _news(pipeline, text)


def test_pipeline_keeps_a_lead_with_no_place(pipeline):
    from events_helpers import after_lead, news_acts

    # a lead with a day and no place, and one with neither: the story's news
    assert news_acts(after_lead(pipeline, "The guards have beaten the prisoners on Monday.", lead=""))
    assert news_acts(after_lead(pipeline, "The guards have beaten the prisoners.", lead=""))


def test_settle_flags_after_the_main_event_is_chosen():
    import datetime as dt

    from eventwire.events.anchors import NOTE_UNANCHORED, settle_unanchored
    from eventwire.records import Article, DateValue, EventReport, Evidence

    def rep(start: int, *notes: str) -> EventReport:
        return EventReport(event_type="Violence against civilians", sub_event_type="Attack",
                           disorder_type="Political violence", evidence=Evidence("x", start, start + 1),
                           date=DateValue(value="2024-05-13", precision=1, reason="from an earlier sentence of the story"),
                           notes=list(notes))

    article = Article(id="t", text="x" * 400, published=dt.date(2024, 5, 15))
    main, plain, merged, anchored = (rep(300, NOTE_UNANCHORED), rep(320, NOTE_UNANCHORED),
                                     rep(340, NOTE_UNANCHORED, "also stated at 380-390 (body)"), rep(360))
    retold_lead = rep(370, NOTE_UNANCHORED, "also stated at 380-390 (body)", "also stated at 20-90 (title)")
    article.reports = [main, plain, merged, anchored, retold_lead]
    settle_unanchored(article, main)
    assert plain.background and plain.date.value is None  # no day of its own: the inherited one goes
    assert main.background and main.date.value == "2024-05-13"  # the main event keeps the article's day
    assert merged.background  # every telling it absorbed stands outside the lead too
    assert not retold_lead.background  # it retells the headline's act: the story's news
    assert not anchored.background
    assert not any(NOTE_UNANCHORED in r.notes for r in article.reports)
