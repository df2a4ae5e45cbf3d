"""Twenty-seventh session, past acts told as a person's history (``events.lifepast``, hooked in
the extractor: the report gets a note, and ``settle_person_histories`` flags it once the main event is
chosen).

- A past act in a relative clause or a participle on a person ("the former minister, who was arrested by
  the federal police", "a fighter, who was killed later in an air strike", "a veteran who fought in the
  civil war") is background with no date of its own, not the day of the main clause.
- Near-misses stay the story's: a clause with a time of its own ("who was kidnapped on Monday"), the
  doers' act the main clause answers or continues ("Police arrested a man who attacked a shop", "Gunmen
  who stormed the village killed 12"), an act pointed back to ("wounded in the blast"), a present perfect
  ("who has been detained since March"), a person counted among earlier dead ("the fifth volunteer
  killed"), news relayed by a verb of saying, a main clause's own act, and the lead.

All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import nlp_index, parsed_article
from eventwire.events.lifepast import NOTE_BACKGROUND, NOTE_HISTORY, person_history, settle_person_histories
from eventwire.records import DateValue, EventReport, Evidence

LEAD = "Talks resumed in the capital on Tuesday."


def _history(text: str, word: str, *, lead: str | None = LEAD):
    """person_history of the first token ``word`` of ``text``, told after a lead sentence."""
    nlp, _ = nlp_index()
    body = f"{lead} {text}" if lead else text
    article = parsed_article(nlp, body, title="A headline")
    start = article.text.index(text)
    tok = next(t for t in article.doc if t.lower_ == word and t.idx >= start)
    return person_history(article, tok, tok.sent, None), article, tok


@pytest.mark.parametrize(("text", "word"), [
    ("The court set aside the bail of the former minister, who was arrested by the federal police.", "arrested"),
    ("She married a fighter, who was killed later in an air strike.", "strike"),
    ("She married a fighter, who was killed later in an air strike.", "killed"),
    ("Hundreds of mourners gathered to celebrate the life of a former engineer killed fighting the militants.",
     "killed"),
    ("The activist, a veteran who fought in the civil war, spoke to reporters.", "fought"),
    ("The commander, who lost a hand in the battle for his home town, spoke to reporters.", "battle"),
    ("The charity looks after children whose parents were killed by the militia.", "killed"),
    ("Others joined too, such as the convert, who was captured in the mountains fighting against the army.",
     "fighting"),  # a present participle read within the clause
    ("Among them was a British member of the group who is believed to have been killed in a drone strike with "
     "her 12-year-old son.", "strike"),  # a perfect infinitive under a verb of belief (an age is no time)
])
def test_a_past_act_told_of_a_person_is_history(text, word):
    got, _, _ = _history(text, word)
    assert got is not None, text


@pytest.mark.parametrize(("text", "word"), [
    ("The pastor, who was kidnapped on Monday, was freed.", "kidnapped"),  # a time of its own
    ("Police arrested a man who attacked a shop.", "attacked"),  # the act the arrest answers
    ("Gunmen who stormed the village killed 12 people.", "stormed"),  # the doers' act goes on
    ("A soldier who was wounded in the blast died in hospital.", "blast"),  # the story's act pointed back to
    ("The army said it killed militants who attacked the base.", "attacked"),  # news relayed
    ("The reporter, who has been detained since March, went on hunger strike.", "detained"),  # present perfect
    ("He is believed to be the fifth volunteer killed while serving with the militia.", "killed"),  # counted
    ("The government vowed strong action against the men who attacked the pilgrims.", "attacked"),  # answered
    ("Officers said they were hunting a man involved in a shooting at a bar.", "shooting"),  # the crime tied
    ("Gunmen killed a farmer in the village.", "killed"),  # the main clause's own act
])
def test_a_clause_of_the_story_is_not_history(text, word):
    got, _, _ = _history(text, word)
    assert got is None, text


def test_the_lead_is_not_read_as_history():
    """"A soldier who was killed by a roadside bomb has been named": the lead tells the news."""
    text = "A soldier who was killed by a roadside bomb has been named by the army."
    got, _, _ = _history(text, "killed", lead=None)
    assert got is None
    got, _, _ = _history(text, "killed")
    assert got is not None  # (the same clause further on: a life told)


def test_histories_are_settled_after_the_main_event():
    """A report read as a person's history is flagged background and undated once the main event is
    chosen; the main report itself keeps its reading (an article about the detention it tells)."""
    text = "The court set aside the bail of the former minister, who was arrested by the federal police."
    got, article, _ = _history(text, "arrested")
    start = article.text.index(text)

    def report() -> EventReport:
        return EventReport(event_type="Strategic developments", sub_event_type="Arrests", disorder_type="",
                           evidence=Evidence(text, start, start + len(text)),
                           date=DateValue(value="2024-05-14", precision=1, reason="inherited"),
                           notes=[NOTE_HISTORY + got])

    main, other = report(), report()
    settle_person_histories([main, other], main)
    assert not main.background and main.date.value == "2024-05-14"
    assert other.background and other.date.value is None
    assert NOTE_BACKGROUND in other.notes
