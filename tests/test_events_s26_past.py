"""Twenty-sixth session, past acts told as history (``events.narrative``, ``events.reportdate``,
``events.status``).

- An undated clause in the simple past right after an older date ("... a revolt broke out in 1971.
  His fighters ambushed a convoy") is read at that date: background, not the story's day. A date that
  bounds a stretch ("since 2015"), a date in a present clause ("relations are better than ever, after
  the crisis of 2016"), a clause in the present, and news relayed by a verb of saying are not.
- A life told as over ("during his time with the militia", "his final months", "as a young man"), an
  act named with "previous" or "earlier", "last time" mark the act as older than the story.
- A point in time told in a relative clause on the act's noun ("the attack that killed dozens a year
  ago") or on the verb the act hangs on ("earlier this year sent them to oust") times the act.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import nlp_index
from eventwire.events.narrative import narrated_past
from eventwire.events.reportdate import past_marker
from eventwire.events.status import assess
from eventwire.records import Article

PUB = dt.date(2024, 5, 15)  # a Wednesday


def _tok(text: str, word: str):
    nlp, _ = nlp_index()
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == word)
    return tok, tok.sent


@pytest.mark.parametrize(("text", "word", "past"), [
    ("He routed government forces.", "routed", True),
    ("The crowd was attacked by a mob.", "attacked", True),
    ("Families were fleeing the town.", "fleeing", True),
    ("A Turkish offensive has taken the town.", "taken", False),
    ("Rebels had fled the valley.", "fled", False),
    ("Troops are firing artillery at the town.", "firing", False),
    ("Troops fire artillery at the town every day.", "fire", False),
])
def test_a_narrated_past_is_a_simple_past_or_past_passive(text, word, past):
    tok, _ = _tok(text, word)
    assert narrated_past(tok) is past, text


@pytest.mark.parametrize(("text", "word"), [
    ("During his time with the militia, he fought on every front.", "fought"),
    ("The sniper unit with which he fought during his final months lost four men.", "fought"),
    ("As a young man he joined the rebels and fought in the hills.", "fought"),
    ("The curfew was ordered after a previous raid on the camp.", "raid"),
    ("The last time rebels raided the depot, they took forty rifles.", "raided"),
])
def test_a_life_told_as_over_or_an_earlier_act_is_marked(text, word):
    tok, sent = _tok(text, word)
    assert past_marker(tok, sent) is not None, text


@pytest.mark.parametrize(("text", "word"), [
    ("Soldiers fired on the crowd and killed four protesters.", "killed"),
    ("Fighting in the last days killed dozens of fighters.", "killed"),  # a recent stretch, no life told
    ("The attack was the first on the town this year.", "attack"),
    ("Police said the attack on the town was carried out by the rebels.", "attack"),
])
def test_a_clause_of_the_story_is_not_marked(text, word):
    tok, sent = _tok(text, word)
    assert past_marker(tok, sent) is None, text


@pytest.mark.parametrize(("text", "word", "background"), [
    ("Talks stalled after the raid that left nine people dead a year ago.", "raid", True),
    ("Earlier this year the army sent the militias to oust the rebels from the town.", "oust", True),
    ("History repeated itself earlier this year when the villagers were attacked by soldiers.", "attacked", True),
    # a stretch told in the relative clause ("since 2015") does not time the act
    ("The attack, which was the deadliest since 2015, killed 20 people.", "attack", False),
    ("Gunmen attacked the village, which was abandoned a year ago.", "attacked", False),
])
def test_a_point_in_time_told_of_the_acts_noun_or_governing_verb_times_it(text, word, background):
    tok, sent = _tok(text, word)
    assert assess(tok, sent=sent).background is background, text


def test_a_past_marker_given_to_assess_makes_the_act_background_with_its_reason():
    tok, sent = _tok("Soldiers burned the market.", "burned")
    st = assess(tok, sent=sent, past="told after an older date: in 1971")
    assert st.background and st.reason == "told after an older date: in 1971"
    assert not assess(tok, sent=sent).background


def _process(pipeline, text: str) -> Article:
    article = Article(id="t", text=text, published=PUB)
    pipeline.process(article)
    return article


def _reports_with(article: Article, words: str) -> list:
    return [r for r in article.reports if words in r.evidence.text]


@pytest.mark.slow
def test_an_undated_act_right_after_an_older_date_is_background(pipeline):
    text = ("Veteran rebel commander dies\n\n"
            "Ahmed Kanu, a veteran commander of the northern rebellion, died in hospital in Kano on Monday aged 80. "
            "A new revolt broke out in the hills in 1971. "
            "Kanu's fighters ambushed an army convoy near the river and killed twenty soldiers.")
    article = _process(pipeline, text)
    old = _reports_with(article, "ambushed")
    assert old and all(r.background and r.date.value is None for r in old), [
        (r.evidence.text, r.background, r.date) for r in article.reports]


@pytest.mark.slow
@pytest.mark.parametrize("between", [
    "The group has carried out attacks in the state since 2015.",  # a stretch reaching the story
    "Relations between the two towns are worse than ever, after the crisis of 2016.",  # a present clause
])
def test_the_storys_act_after_a_background_sentence_keeps_its_day(pipeline, between):
    text = ("Gunmen kill five villagers in Kaduna\n\n"
            "Gunmen killed five villagers in Kauru in Kaduna State on Monday, police said. " + between
            + " The gunmen also burned twenty houses in the village.")
    article = _process(pipeline, text)
    news = _reports_with(article, "burned")  # (a report of its own, or merged into the killing)
    assert article.reports and not any(r.background for r in news + _reports_with(article, "killed")), [
        (r.evidence.text, r.background, r.date) for r in article.reports]


@pytest.mark.slow
def test_news_relayed_by_a_verb_of_saying_after_an_older_date_is_not_background(pipeline):
    text = ("Two rebel commanders captured\n\n"
            "Two rebel commanders wanted for the killing of villagers have been captured by soldiers in North Kivu. "
            "A third commander of the militia was jailed last year. "
            "The radio reported the two men were captured by an army patrol near the lake.")
    article = _process(pipeline, text)
    news = _reports_with(article, "radio reported")
    assert news and not any(r.background for r in news), [
        (r.evidence.text, r.background, r.date) for r in article.reports]
