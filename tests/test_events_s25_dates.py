"""Twenty-fifth session, old acts told as context (``events.pastacts``, ``events.reportdate``).

- An act its own sentence dates only by a year before the publication's ("In 2016, ...", "last
  year", "four years ago") is background, as a month or a day well before publication is; the
  article's main event stays main when it is such an act (a report on a trial for an old killing).
- A clause with no date of its own but a past marker of its own (a past perfect on the verb the act
  hangs on, "once" / "previously" on its verb, a decade, "his first weeks in the unit") takes no date from the
  act its paragraph is about: undated, background. A past perfect under a verb of saying ("the army
  said it had captured ...") is reported speech's tense and still inherits.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import nlp_index
from eventwire.events.pastacts import NOTE_OLD_YEAR, dated_by_old_year, settle_old_years
from eventwire.events.reportdate import past_marker
from eventwire.records import Article, DateValue, EventReport, Evidence

PUB = dt.date(2024, 5, 15)  # a Wednesday


def _report(date: DateValue, *, background: bool = False) -> EventReport:
    return EventReport(event_type="Violence against civilians", sub_event_type="Attack",
                       disorder_type="Political violence", evidence=Evidence("x", 0, 1), date=date,
                       background=background)


def _year(y: int, text: str = "in 2016", reason: str | None = "vaguer than a month") -> DateValue:
    return DateValue(value=None, text=text, reason=reason, year=y)


@pytest.mark.parametrize(("date", "old"), [
    (_year(2016), True),
    (_year(2023, "last year"), True),
    (_year(2024, "this year"), False),  # the publication's year: no day to measure, not old
    (_year(2016, "the previous day", "inherited from the event this sentence elaborates"), False),
    (DateValue(value="2016-05-01", precision=3, text="in May 2016"), False),  # a month: assess measures it
    (DateValue(value=None, reason="no date in the text"), False),
])
def test_only_a_sentences_own_year_before_the_publications_is_an_old_year(date, old):
    assert dated_by_old_year(_report(date), PUB) is old
    assert dated_by_old_year(_report(date), None) is False


def test_the_main_report_is_never_settled_old_by_its_year():
    main, other, news = _report(_year(2011)), _report(_year(2019, "five years ago")), _report(
        DateValue(value="2024-05-13", precision=1, text="on Monday"))
    settle_old_years([main, other, news], main, PUB)
    assert not main.background and other.background and not news.background
    assert NOTE_OLD_YEAR in other.notes


def _sent(text: str, word: str):
    nlp, _ = nlp_index()
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == word)
    return tok, tok.sent


@pytest.mark.parametrize(("text", "word"), [
    ("She had spent the winter battling the rebels near the border.", "battling"),
    ("The militia that once controlled the valley lost most of its fighters.", "controlled"),
    ("Police had previously arrested the editor twice.", "arrested"),
    ("His uncle was killed by soldiers in the 1980s.", "killed"),
    ("He spent his first weeks in the unit fighting in the north.", "fighting"),
])
def test_a_clause_with_its_own_past_marker_is_marked(text, word):
    tok, sent = _sent(text, word)
    assert past_marker(tok, sent) is not None, text


@pytest.mark.parametrize(("text", "word"), [
    ("The army said it had captured three villages.", "captured"),  # reported speech's tense
    ("Soldiers fired on the crowd and killed four protesters.", "killed"),
    ("Rebels had crossed the river and were later arrested by troops.", "arrested"),  # a tense of its own
    ("Police arrested the editor once he arrived at the airport.", "arrested"),  # "once": a conjunction
])
def test_a_clause_of_the_story_is_not_marked(text, word):
    tok, sent = _sent(text, word)
    assert past_marker(tok, sent) is None, text


def _process(pipeline, text: str) -> Article:
    article = Article(id="t", text=text, published=PUB)
    pipeline.process(article)
    return article


@pytest.mark.slow
@pytest.mark.parametrize("told", [
    "The chief's brother was killed in a 2019 airstrike on the village.",
    "The village was the scene of a 2016 massacre by soldiers.",
])
def test_an_act_dated_by_an_earlier_year_is_background_and_the_news_stays_main(pipeline, told):
    text = ("Gunmen kill five villagers in Kaduna\n\n"
            "Gunmen killed five villagers in Kauru in Kaduna State on Monday, police said.\n\n" + told)
    article = _process(pipeline, text)
    old = [r for r in article.reports if r.evidence.text == told]
    assert old and all(r.background for r in old), [(r.evidence.text, r.background, r.date) for r in article.reports]
    main = article.reports[article.main_event.report]
    assert not main.background and main.date.value == "2024-05-13"


@pytest.mark.slow
def test_a_main_event_told_by_an_old_year_stays_main(pipeline):
    text = ("Trial opens over village massacre\n\n"
            "Soldiers killed twelve villagers in Kidal in 2016, prosecutors told a military court in Bamako.")
    article = _process(pipeline, text)
    assert article.main_event is not None and article.main_event.report is not None
    assert article.reports[article.main_event.report].background  # old news, still what the article is about


@pytest.mark.slow
def test_a_past_perfect_clause_takes_no_date_from_the_story(pipeline):
    text = ("Troops clash with rebels\n\n"
            "Troops clashed with rebels near Bunia on Monday, the army said.\n"
            "The rebels had spent the winter battling a rival militia in the hills.")
    article = _process(pipeline, text)
    old = [r for r in article.reports if "the winter" in r.evidence.text]
    assert old, [(r.evidence.text, r.date) for r in article.reports]
    assert all(r.background and r.date.value is None for r in old), [(r.date, r.background) for r in old]


# -- the day something was told (``events.telling.said_on``) -------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("The governor said in a news release posted Friday that the road was reopened.", "Friday"),
    ("In a statement early Friday, the ministry named the dead.", "Friday"),
    ("The mayor criticised the marchers in an interview with WXTV Tuesday morning.", "Tuesday"),
    ("The commander said on Twitter on Friday that the town had fallen.", "on Friday"),
    ("The envoy told a news conference in Nairobi on Monday that talks would resume.", "on Monday"),
    ("Police told reporters on Friday that four men were held.", "on Friday"),
    ("A local official said Monday.", "Monday"),
])
def test_a_day_after_saying_or_its_setting_is_the_day_it_was_told(text, day):
    from eventwire.events.telling import said_on

    assert said_on(text, text.index(day)), text


@pytest.mark.parametrize(("text", "day"), [
    ("Gunmen attacked a village on Monday.", "on Monday"),
    ("Protesters gathered at the conference on Sunday.", "on Sunday"),
    ("In the attack on Monday, six soldiers died.", "on Monday"),
])
def test_an_acts_own_day_is_not_a_day_of_telling(text, day):
    from eventwire.events.telling import said_on

    assert not said_on(text, text.index(day)), text


@pytest.mark.slow
def test_the_acts_day_beats_the_day_of_the_interview(pipeline):
    text = ("Police chief blames marchers\n\n"
            "Protesters smashed shop windows, the police chief said in an interview with WXTV Tuesday, after a march "
            "through Albany that began on Monday night.")
    article = _process(pipeline, text)
    riots = [r for r in article.reports if "smashed" in r.evidence.text]
    assert riots and all(r.date.value == "2024-05-13" for r in riots), [(r.sub_event_type, r.date) for r in article.reports]


# -- the main report's inherited day against an old ranked date (``events.dating.keeps_own_date``) --------


def test_a_main_report_keeps_the_recent_day_it_inherits_against_a_much_older_ranked_date():
    from eventwire.events.dating import keeps_own_date

    inherited = DateValue(value="2024-05-13", precision=1, text="on Monday",
                          reason="inherited from the event this sentence elaborates")
    old = DateValue(value="2015-03-01", precision=3, text="in March 2015")
    assert keeps_own_date(_report(inherited), old, published=PUB)
    assert not keeps_own_date(_report(inherited), DateValue(value="2024-01-01", precision=3, text="in January"),
                              published=PUB)  # not a year older: the ranking stands
    assert not keeps_own_date(_report(inherited), _year(2023, "last year"), published=PUB)
    assert keeps_own_date(_report(inherited), _year(2014), published=PUB)
    paragraph = DateValue(value="2024-05-13", precision=1, text="on Monday",
                          reason="from an earlier sentence of the same paragraph")
    assert not keeps_own_date(_report(paragraph), old, published=PUB)
    stale = DateValue(value="2024-03-02", precision=1, text="on 2 March",
                      reason="inherited from the event this sentence elaborates")
    assert not keeps_own_date(_report(stale), old, published=PUB)


@pytest.mark.slow
def test_a_year_told_in_a_relative_clause_beside_the_act_does_not_make_it_old(pipeline):
    text = ("Shelling hits Dara\n\n"
            "Residents said the latest shelling of Dara, where 300 people died in 2016 during a siege, has included "
            "barrel bombs dropped by army helicopters.")
    article = _process(pipeline, text)
    body = [r for r in article.reports if r.section == "body"]
    assert body and not any(r.background for r in body), [(r.sub_event_type, r.background, r.date) for r in body]
