"""Dates in ordinary news (fifteenth session): "overnight" before the day it names is no second date
("overnight Saturday into Sunday" is Saturday, not the night before publication), "a fortnight ago",
days told against the day told before them ("The previous day, ...", "Two days later, ..."), and a
snippet's main event dated as its own sentence dates it ("Police fired tear gas ... late on Sunday",
told on Monday, is Sunday's, not the publication day's). All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.events import dating
from eventwire.records import Article
from eventwire.timex import resolve_date_expression, tag_dates

WED = dt.date(2024, 5, 8)  # a Wednesday


def dates(text: str, published: dt.date = WED) -> dict[str, tuple[str | None, int | None]]:
    article = Article(id="t", text=text, published=published)
    tag_dates(article)
    return {m.text: (m.date.value, m.date.precision) for m in article.date_mentions}


# -- "overnight" before a day ------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Gunmen abducted ten farmers near Gwoza overnight Saturday into Sunday.", {"Saturday": ("2024-05-04", 1),
                                                                               "Sunday": ("2024-05-05", 1)}),
    ("Gunmen struck the camp overnight on Friday.", {"on Friday": ("2024-05-03", 1)}),
    ("Gunmen struck the camp overnight 3 May.", {"3 May": ("2024-05-03", 1)}),
    ("Gunmen struck the camp overnight May 3, killing two.", {"May 3": ("2024-05-03", 1)}),
])
def test_overnight_before_a_day_is_that_day_not_the_night_before_publication(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("expr, value", [
    ("Saturday overnight", "2024-05-04"), ("overnight Saturday", "2024-05-04"), ("overnight on Friday", "2024-05-03"),
    ("overnight into Sunday", "2024-05-05"), ("overnight", "2024-05-07"), ("last night", "2024-05-07"),
])
def test_overnight_resolves_to_the_day_it_names(expr, value):
    # the weekday finder reads "Saturday overnight" whole; spaCy may hand over "overnight Saturday"
    assert resolve_date_expression(expr, WED).value == value


def test_overnight_alone_is_still_the_night_before_publication():
    assert dates("Gunmen struck the camp overnight, police said.") == {"overnight": ("2024-05-07", 1)}
    assert dates("Gunmen struck overnight and fled.") == {"overnight": ("2024-05-07", 1)}


# -- "a fortnight ago", "on the weekend" ------------------------------------------------------------------
def test_a_fortnight_ago_is_the_week_two_weeks_back():
    assert dates("Militants burned a school in Borno a fortnight ago.") == {"a fortnight ago": ("2024-04-24", 2)}
    assert resolve_date_expression("two fortnights ago", WED).value == "2024-04-10"
    assert resolve_date_expression("a fortnight ago", dt.date(2024, 1, 3)).value == "2023-12-20"


# -- days told against the day told before them --------------------------------------------------------------
@pytest.mark.parametrize("second, expr, value", [
    ("The previous day, soldiers had withdrawn.", "The previous day", "2024-05-01"),
    ("The next day, soldiers retook the town.", "The next day", "2024-05-03"),
    ("Soldiers retook it the following day.", "the following day", "2024-05-03"),
    ("Three days earlier, soldiers had withdrawn.", "Three days earlier", "2024-04-29"),
    ("Two days later, soldiers retook it.", "Two days later", "2024-05-04"),
    ("Soldiers had withdrawn the day before.", "the day before", "2024-05-01"),
])
def test_a_day_told_against_the_day_before_it(second, expr, value):
    got = dates(f"Militants attacked Dikwa on May 2. {second}")
    assert got == {"on May 2": ("2024-05-02", 1), expr: (value, 1)}


def test_chained_days_need_a_day_to_count_from_and_stay_in_the_past():
    # a phrase with its own anchor, "the day before yesterday", no earlier day, a year alone
    assert dates("Militants attacked Dikwa on May 2. Two days after the attack, soldiers retook it.") == {
        "on May 2": ("2024-05-02", 1)}
    assert dates("Soldiers had withdrawn the day before yesterday.") == {"the day before yesterday": ("2024-05-06", 1)}
    assert dates("Soldiers retook Dikwa the next day.") == {}
    assert dates("Militants attacked Dikwa in 2019. Two days later, soldiers retook it.") == {"in 2019": (None, None)}
    # chained on from a chained day; past the publication day: none
    got = dates("Militants attacked Dikwa on May 4. The next day, soldiers retook it. The following day they left.")
    assert got["The next day"] == ("2024-05-05", 1) and got["The following day"] == ("2024-05-06", 1)
    got = dates("Militants attacked Dikwa on May 7. The next day, soldiers retook it. The following day they left.")
    assert "The following day" not in got and got["The next day"] == ("2024-05-08", 1)


def test_chained_day_skips_the_day_the_news_was_told():
    got = dates("Militants attacked Dikwa on Saturday, police said on Monday. The next day, soldiers retook it.")
    assert got["The next day"] == ("2024-05-05", 1)  # from Saturday, not from Monday


def test_chained_day_dates_its_event(pipeline):
    text = "Militants attacked Dikwa on May 2, killing four soldiers. The previous day, gunmen had abducted ten " \
           "farmers near Gwoza."
    article = _snippet(pipeline, text, WED)
    abduction = [r for r in article.reports if r.sub_event_type == "Abduction/forced disappearance"]
    assert abduction and abduction[0].date.value == "2024-05-01"


# -- the publication day's neighbours (already right; kept so) --------------------------------------------
@pytest.mark.parametrize("expr, published, value", [
    ("late on Sunday", dt.date(2024, 5, 6), "2024-05-05"),   # told on Monday (just after midnight)
    ("last Thursday", dt.date(2024, 5, 9), "2024-05-02"),    # told on a Thursday: a week before
    ("on Thursday", dt.date(2024, 5, 9), "2024-05-09"),      # told on a Thursday: that day
    ("on December 28", dt.date(2024, 1, 3), "2023-12-28"),   # across the new year
    ("in December", dt.date(2024, 1, 3), "2023-12-01"),
    ("earlier this week", WED, "2024-05-07"),
    ("two days ago", WED, "2024-05-06"),
    ("on the weekend", dt.date(2024, 5, 6), "2024-05-04"),  # spaCy's "the weekend" entity
])
def test_days_around_publication(expr, published, value):
    assert resolve_date_expression(expr, published).value == value


# -- a snippet's main event -------------------------------------------------------------------------------
def _snippet(pipeline, text: str, published: dt.date) -> Article:
    return pipeline.process(Article(id="t", text=text, published=published))


def test_snippet_main_event_keeps_its_own_day(pipeline):
    pub = dt.date(2024, 5, 6)  # a Monday
    article = _snippet(pipeline, "Police fired tear gas at protesters in Nairobi late on Sunday, witnesses said.", pub)
    assert article.reports and article.reports[0].date.value == "2024-05-05"
    assert article.main_event is not None and article.main_event.date.value == "2024-05-05"


def test_snippet_overnight_before_a_day_dates_the_act(pipeline):
    article = _snippet(pipeline, "Gunmen abducted ten farmers near Gwoza overnight Saturday into Sunday, police said "
                       "on Tuesday.", WED)
    assert article.reports and article.reports[0].date.value == "2024-05-04"
    assert article.main_event is not None and article.main_event.date.value == "2024-05-04"


def test_full_article_main_event_is_still_ranked(pipeline):
    # three paragraphs: the headline's act told long before; the newest step's own day does not win
    text = ("Journalist freed after two years in jail\n\n"
            "A court on Monday freed the journalist Ali Hassan, who was arrested in March 2022 in Mogadishu.\n\n"
            "Hassan was arrested by security forces in March 2022 after reporting on the drought.")
    article = _snippet(pipeline, text, WED)
    assert article.main_event is not None
    assert article.main_event.date.value != "2024-05-06"


def test_paragraph_count_and_snippet_threshold():
    assert dating.paragraph_count(Article(id="t", text="One.\n\nTwo.\nThree.\n\n")) == 3
    assert dating.SNIPPET_PARAGRAPHS == 3
