"""Twenty-fifth session, round 2: the main report told as news against a far, old mention
(``events.newsday``), and a year that names a thing ("the 2015 nuclear deal", ``events.namingyears``).

- A main report whose sentence tells its act in the present perfect ("Dozens of people have been
  killed ..."), or a lead sentence whose verb of saying rules a perfect ("The army said it had
  retaken ..."), is dated by the publication day, not by an old mention the article's ranking takes
  from far away (another paragraph, or more than FAR_CHARS characters off; or a later sentence after a
  harm told in the perfect); never when the mention is in its own sentence, when the sentence tells a
  period or a past of its own ("since", "already", "for seven years") or a past act beside its main
  clause ("two men killed ... have condemned"), nor for a perfect of saying ("police have said").
- A year alone that modifies a noun other than the act, as an argument of the clause ("abandoned the
  2015 nuclear deal", "leaders of the 2011 uprising"), is not the act's date; "killed in the 2014
  attack" and "during the 2011 uprising" still date it.
- One rule gives the main report's date (``newsday.main_report_date``): its own day, or a recent day it
  inherits, against a ranked date more than a year older; else the publication day when it is told as
  news; else the article's ranked date.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import nlp_index, parsed_article, report_on
from eventwire.events.dating import main_event_date
from eventwire.events.namingyears import names_thing
from eventwire.events.newsday import FAR_CHARS, NEWS_DAY, main_report_date, news_report_day
from eventwire.events.parts import INHERITED_DATES
from eventwire.records import DateMention, DateValue, MainEvent
from eventwire.timex import tag_dates

PUB = dt.date(2024, 5, 15)
FILLER = "Aid workers described crowded shelters and long queues for water in the district. " * 8


def _mention(article, text: str, date: DateValue) -> DateMention:
    start = article.text.rindex(text)
    return DateMention(start=start, end=start + len(text), text=text, date=date)


def _year(y: int) -> DateValue:
    return DateValue(value=None, year=y, text=str(y), reason="vaguer than a month")


def _day_for(body: str, report: str, mention_text: str, date: DateValue, *, title: str = "Fighting in the north"):
    nlp, _ = nlp_index()
    article = parsed_article(nlp, body, title=title)
    article.published = PUB
    rep = report_on(article, report, "Armed clash")
    return news_report_day(article, rep, _mention(article, mention_text, date))


NEWS = "Dozens of villagers have been killed in fighting around the town of Marvel."
OLD = "The region first rebelled against the capital in March 2011."


@pytest.mark.parametrize("report", [
    NEWS,
    "Rebel fighters have seized the town of Marvel after a night of heavy shelling.",
])
def test_a_report_told_in_the_perfect_takes_the_publication_day_against_a_far_old_mention(report):
    body = f"{report}\n\n{FILLER}\n\n{OLD}"
    day = _day_for(body, report, "in March 2011", DateValue(value="2011-03-01", precision=3, text="in March 2011"))
    assert day is not None and day.value == "2024-05-15" and day.reason == NEWS_DAY


def test_a_lead_sentence_saying_an_act_was_done_takes_the_publication_day():
    report = "The army said it had retaken the town of Marvel from the rebels."
    body = f"{report} {FILLER}\n\n{OLD}"
    assert _day_for(body, report, "in March 2011", DateValue(value="2011-03-01", precision=3, text="in March 2011"))


def test_a_harm_in_the_perfect_is_not_dated_by_the_next_sentences_old_act():
    report = "Dozens have died after a gas attack on the town of Marvel."
    body = f"{report} It was no different after the attack on Dalton in 2013."
    assert _day_for(body, report, "2013", _year(2013)) is not None


@pytest.mark.parametrize(("body", "report", "mention"), [
    # the old mention is near, in the report's paragraph, and the report is no harm in the perfect
    (f"Rebel fighters have entered the town of Marvel. {OLD}", "Rebel fighters have entered the town of Marvel.",
     "in March 2011"),
    # a tally over a period, a past of the sentence's own
    (f"At least 500 people have already been killed in the fighting.\n\n{FILLER}\n\n{OLD}",
     "At least 500 people have already been killed in the fighting.", "in March 2011"),
    (f"A soldier jailed for more than seven years has returned home.\n\n{FILLER}\n\n{OLD}",
     "A soldier jailed for more than seven years has returned home.", "in March 2011"),
    # a past act beside the main clause; a perfect of saying; a simple past
    (f"The families of two men killed in the fighting have condemned the report.\n\n{FILLER}\n\n{OLD}",
     "The families of two men killed in the fighting have condemned the report.", "in March 2011"),
    (f"The boy was beaten when he left the school, police have said.\n\n{FILLER}\n\n{OLD}",
     "The boy was beaten when he left the school, police have said.", "in March 2011"),
    (f"Rebel fighters seized the town of Marvel.\n\n{FILLER}\n\n{OLD}", "Rebel fighters seized the town of Marvel.",
     "in March 2011"),
])
def test_the_ranked_date_stands(body, report, mention):
    assert _day_for(body, report, mention, DateValue(value="2011-03-01", precision=3, text=mention)) is None


def test_a_recent_or_own_mention_is_kept():
    body = f"{NEWS}\n\n{FILLER}\n\nThe army moved in on 2 May 2024."
    assert _day_for(body, NEWS, "on 2 May 2024", DateValue(value="2024-05-02", precision=1, text="on 2 May 2024")) is None
    own = "Dozens of villagers have been killed in fighting since March 2011."
    body = f"{own}\n\n{FILLER}"
    assert _day_for(body, own, "March 2011", DateValue(value="2011-03-01", precision=3, text="March 2011")) is None
    assert len(FILLER) > FAR_CHARS


# -- the one rule of the main report's date (``newsday.main_report_date``) ------------------------------

OLD_ACT = "The region first rebelled against the capital in March 2011, when soldiers killed dozens of protesters."


def _main_report_date(report: str, own: DateValue | None = None) -> tuple[DateValue, DateValue | None]:
    """(the article's ranked date, the date the main report takes: None, it keeps its own)."""
    nlp, _ = nlp_index()
    article = parsed_article(nlp, f"{report}\n\n{FILLER}\n\n{OLD_ACT}", title="Fighting in the north")
    article.published = PUB
    tag_dates(article)
    rep = report_on(article, report, "Armed clash")
    if own is not None:
        rep.date = own
    article.main_event = MainEvent(date=main_event_date(article, rep))
    return article.main_event.date, main_report_date(article, rep)


def test_the_main_report_told_as_news_takes_the_publication_day_against_an_old_ranked_date():
    ranked, date = _main_report_date(NEWS)
    assert ranked.value == "2011-03-01"  # the article's date stays the ranked one
    assert date is not None and date.value == PUB.isoformat() and date.reason == NEWS_DAY


def test_the_main_report_keeps_its_own_or_inherited_recent_day_and_otherwise_takes_the_ranked_date():
    report = "Rebel fighters seized the town of Marvel."
    ranked, date = _main_report_date(report)
    assert date is not None and date.value == ranked.value == "2011-03-01"  # told in the past: the ranking's date
    own = DateValue(value="2024-05-13", precision=1, text="on Monday")
    assert _main_report_date(report, own)[1] is None  # its sentence's day
    inherited = DateValue(value="2024-05-13", precision=1, text="on Monday", reason=INHERITED_DATES[0])
    assert _main_report_date(report, inherited)[1] is None  # a recent day inherited, against a date years older
    stale = DateValue(value="2024-03-02", precision=1, text="on 2 March", reason=INHERITED_DATES[0])
    assert _main_report_date(report, stale)[1].value == "2011-03-01"  # not recent: the ranking's date


def _names(sentence: str, year: str, trigger_word: str) -> bool:
    nlp, _ = nlp_index()
    doc = nlp(sentence)
    start = sentence.index(year)
    m = DateMention(start=start, end=start + len(year), text=year, date=_year(int(year)))
    trigger = next(t for t in doc if t.text == trigger_word)
    return names_thing(doc, m, trigger)


@pytest.mark.parametrize(("sentence", "year", "trigger"), [
    ("Police arrested three leaders of the 2011 uprising in the capital.", "2011", "arrested"),
    ("Protesters denounced the 2015 nuclear deal outside the embassy.", "2015", "Protesters"),
])
def test_a_year_naming_a_thing_is_not_the_acts(sentence, year, trigger):
    assert _names(sentence, year, trigger)


@pytest.mark.parametrize(("sentence", "year", "trigger"), [
    ("Twelve people were killed in the 2014 attack on the market.", "2014", "killed"),
    ("Soldiers arrested hundreds of students during the 2011 uprising.", "2011", "arrested"),
    ("The 2014 attack killed twelve people.", "2014", "attack"),
    ("Police arrested three students in 2011.", "2011", "arrested"),
])
def test_a_year_of_the_act_or_its_time_still_dates_it(sentence, year, trigger):
    assert not _names(sentence, year, trigger)
