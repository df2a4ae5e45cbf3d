"""Dates for the main event of a full article: what the time stage finds for it (abbreviated
months with a year, seasons, ranges and lists of years, "March last year", "Friday last week", a
month that takes the year of the next one) and the publication day as a candidate
(events.dating.date_candidates / main_event_date)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article
from eventwire.timex import resolve_date_expression, tag_dates

PUB = dt.date(2022, 1, 7)  # a Friday


def mentions(text: str, published: dt.date | None = PUB) -> list[tuple[str, str | None, int | None, int | None]]:
    a = Article(id="t", text=text, source="t", published=published)
    tag_dates(a)
    return [(m.text, m.date.value, m.date.precision, m.date.year) for m in a.date_mentions]


@pytest.mark.parametrize("text, expected", [
    ("He was killed in Jan 2002 while reporting.", [("in Jan 2002", "2002-01-01", 3, None)]),
    ("The report of Sept. 2019 said so.", [("of Sept. 2019", "2019-09-01", 3, None)]),
    ("In spring 2020, workers struck.", [("In spring 2020", None, None, 2020)]),
    ("the wars between 1989 and 2003 killed many", [("between 1989", None, None, 1989), ("2003", None, None, 2003)]),
    ("he served from 2009 to 2017, and then left", [("from 2009", None, None, 2009), ("2017", None, None, 2017)]),
    ("candidates in 2014 and 2019 polls", [("in 2014", None, None, 2014), ("2019", None, None, 2019)]),
])
def test_more_dated_expressions_are_found(text, expected):
    assert mentions(text) == expected


def test_bare_numbers_are_no_years():
    assert mentions("They paid 2000 dollars to 1500 workers.") == []


def test_a_month_of_last_year_and_a_weekday_of_last_week():
    assert mentions("In March last year two men were executed.") == [("In March last year", "2021-03-01", 3, None)]
    assert mentions("In June this year he was held.")[0][1] == "2022-06-01"
    # published Friday 2022-01-07: "Friday last week" is the Friday before, not the publication day
    assert mentions("He was arrested on Friday last week.") == [("on Friday last week", "2021-12-31", 1, None)]
    assert resolve_date_expression("March last year", None).value is None  # relative: needs the publication day


def test_a_month_takes_the_year_of_the_next_one_it_is_joined_to():
    got = mentions("Protests in January and February 2020 were crushed.")
    assert got[0] == ("in January", "2020-01-01", 3, None)
    # not across a sentence of its own: "In March" stays the publication year's (or last) March
    assert mentions("In March, he fled. In 2019 he returned.")[0][1] == "2021-03-01"


def test_the_publication_day_is_a_candidate_for_a_main_event_told_without_a_date():
    from eventwire.events.dating import PUBLICATION_DAY, date_candidates, main_event_date
    from eventwire.events.extractor import choose_main_event
    from test_events_main import full_article

    _, a = full_article(
        "Journalists arrested at protest in Kyiv",
        ["Police arrested three journalists covering a protest in central Kyiv, their union said.",
         "The union called the arrests an attack on the press.",
         "The union held its congress last month."],
        published=dt.date(2021, 5, 3))
    main = choose_main_event(a)
    assert main is not None
    cands = date_candidates(a, main)
    pub = [c for c in cands if c.features.get("publication")]
    assert len(pub) == 1 and pub[0].mention.date.value == "2021-05-03"
    d = main_event_date(a, main)
    # the congress "last month" (relative, no act next to it) does not date the arrests
    assert d.value == "2021-05-03" and d.reason and PUBLICATION_DAY in d.reason


def test_no_publication_candidate_without_a_publication_day():
    from eventwire.events.dating import date_candidates
    from eventwire.events.extractor import choose_main_event
    from test_events_main import full_article

    _, a = full_article(
        "Journalist arrested",
        ["Police arrested a journalist on 3 May 2021 in Kyiv.", "His union condemned it.", "He was freed."])
    main = choose_main_event(a)
    assert main is not None
    assert not any(c.features.get("publication") for c in date_candidates(a, main))


def test_an_article_without_a_coded_event_is_dated_by_its_text():
    from types import SimpleNamespace

    from eventwire.evaluate.predict import fields_of
    from eventwire.events.dating import main_event_date
    from test_events_main import full_article

    ex, a = full_article(
        "A poet remembered",
        ["The poet wrote of the sea and of her village.", "Her books sold well in the 1990s.",
         "She fell silent after her detention in March 2015, friends recall."],
        published=dt.date(2021, 6, 2))
    a.reports = []  # as when the events stage codes nothing
    a.main_event = None
    d = main_event_date(a, None)
    assert d.value == "2015-03-01" and d.precision == 3
    fields = fields_of(SimpleNamespace(events=ex), a)
    assert (fields["year"], fields["month"], fields["day"]) == (2015, 3, None) and fields["event"] is False


def test_a_number_after_a_number_is_no_year():
    assert mentions("Between 1500 and 2000 protesters marched.") == []
