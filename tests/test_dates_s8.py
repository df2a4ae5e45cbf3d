"""Dates of the main event: holidays of a fixed day ("on New Year's Eve") read as the day they fall on,
in the publication's year, the story's year or one the text gives."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article
from eventwire.timex import resolve_date_expression, tag_dates

PUB = dt.date(2020, 5, 8)  # a Friday


def dates(text: str, published: dt.date | None) -> dict[str, str | None]:
    article = Article(id="t", text=text, published=published)
    tag_dates(article)
    for m in article.date_mentions:
        assert article.text[m.start:m.end] == m.text
    return {m.text: m.date.value for m in article.date_mentions}


@pytest.mark.parametrize(("expr", "value"), [
    ("on New Year’s Eve", "2019-12-31"),  # after the publication day this year: the year before's
    ("New Year's Day", "2020-01-01"),
    ("on Christmas Eve", "2019-12-24"),
    ("Christmas Day, 2016", "2016-12-25"),  # a year of its own wins
    ("International Women's Day", "2020-03-08"),
    ("on Human Rights Day", "2019-12-10"),
    ("on the eve of New Year's Day", "2019-12-31"),
])
def test_a_holiday_is_the_day_it_falls_on(expr, value):
    got = resolve_date_expression(expr, PUB)
    assert (got.value, got.precision) == (value, 1)
    assert got.text == expr


def test_a_holiday_needs_a_year_from_somewhere():
    assert resolve_date_expression("on Christmas Day", None).value is None
    assert resolve_date_expression("on Christmas Day", None, year=2014).value == "2014-12-25"


def test_holidays_are_found_in_text_and_take_the_story_year():
    text = ("Four men were indicted for the kidnapping and killing of a woman on New Year’s Eve.\n\n"
            "In 2014, troops entered the town. On Christmas Day, soldiers burned the market.")
    got = dates(text, PUB)
    assert got["on New Year’s Eve"] == "2019-12-31"
    assert got["On Christmas Day"] == "2014-12-25"


def test_a_holiday_to_come_is_read_forward():
    got = dates("The march will be held on Christmas Day in the capital.", PUB)
    assert got["on Christmas Day"] == "2020-12-25"


def test_no_holiday_without_its_day_word():
    # "new year" and "Christmas" alone name no single day
    got = dates("The new year began badly; the Christmas market was closed.", PUB)
    assert not any(v and v.endswith(("-12-25", "-01-01")) for v in got.values())


def test_a_span_of_years_gives_its_first_year():
    got = {m.text: m.date.year for m in _mentions("Under Idi Amin (1971-79) and Milton Obote (1980–85) soldiers "
                                                  "abducted critics; the 2011-2012 protests were crushed.")}
    assert got["1971"] == 1971 and got["1980"] == 1980
    assert got["2011"] == 2011 and got["2012"] == 2012


def test_an_iso_day_or_a_numeric_date_is_no_span():
    got = {m.text: m.date.value for m in _mentions("He was arrested on 2019-05-03 and freed on 03/06/2019.")}
    assert got == {"2019-05-03": "2019-05-03", "03/06/2019": got["03/06/2019"]}
    assert got["03/06/2019"] is not None


def _mentions(text: str):
    article = Article(id="t", text=text, published=PUB)
    tag_dates(article)
    return article.date_mentions


def test_a_holiday_is_a_calendar_day_not_a_relative_date_for_the_ranking():
    from eventwire.events.dating import date_candidates

    article = Article(id="t", published=dt.date(2020, 12, 12), title=None,
                      text="Police arrested ten activists on Human Rights Day in the capital.\n\n"
                           "Their lawyers said on Friday that the charges were false.")
    tag_dates(article)
    cands = {c.mention.text: c for c in date_candidates(article, None)}
    assert cands["on Human Rights Day"].mention.date.value == "2020-12-10"
    assert "relative" not in cands["on Human Rights Day"].features
    assert cands["on Friday"].features.get("relative") == 1


def test_a_holiday_of_last_year_takes_that_year():
    got = dates("Ten activists were arrested on Human Rights Day last year in the capital.", dt.date(2021, 12, 20))
    assert got["on Human Rights Day"] == "2020-12-10"


@pytest.mark.parametrize(("text", "mention", "value"), [
    ("Migrants were held in a building known as the Barn Jan. 14-17, 2018.", "Jan. 14-17, 2018", "2018-01-14"),
    ("On 14–17 January 2018 police raided the offices.", "On 14–17 January 2018", "2018-01-14"),
    ("In 2014, soldiers fired on protesters on March 3-4 in the city.", "on March 3-4", "2014-03-03"),
])
def test_a_span_of_days_is_dated_by_its_first_day(text, mention, value):
    assert dates(text, PUB)[mention] == value


def test_a_score_is_no_span_of_days():
    got = dates("The court upheld the ban by a 3-1 vote in May.", PUB)
    assert got == {"in May": "2020-05-01"}


@pytest.mark.parametrize(("text", "mention", "value"), [
    ("He was arrested on 28 August last year in the capital.", "on 28 August", "2019-08-28"),
    ("She was detained on 12th May this year.", "on 12th May", "2020-05-12"),
])
def test_a_day_before_last_year_keeps_its_day(text, mention, value):
    got = dates(text, dt.date(2020, 6, 1))
    assert got[mention] == value
    assert "last year" not in got and "this year" not in got  # the year words are the day's


def test_year_words_after_a_weekday_or_a_full_date_stay_a_mention():
    got = dates("He was arrested on 3 May 2016 and held until Tuesday last year.", PUB)
    assert got["on 3 May 2016"] == "2016-05-03" and "last year" in got


def test_armistice_day_with_its_year():
    assert dates("On Armistice Day, 1919, a mob attacked the hall.", PUB)["On Armistice Day, 1919"] == "1919-11-11"
