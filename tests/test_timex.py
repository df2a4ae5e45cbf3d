"""Dates resolved against the publication date (ACLED time_precision 1 day / 2 week / 3 month)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.records import Article, Section
from eventwire.timex import NO_PUBLICATION_DATE, resolve_date_expression, tag_dates
from stubs import StubDoc, StubEnt

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "examples" / "palmyra.txt"
MONDAY = dt.date(2016, 5, 16)  # the seed's publication date, a Monday


@pytest.mark.parametrize(("expr", "value", "precision"), [
    ("on Saturday", "2016-05-14", 1),  # the seed: the Saturday before a Monday publication
    ("last March", "2016-03-01", 3),  # the seed: background, month only
    ("Saturday", "2016-05-14", 1),
    ("last Saturday", "2016-05-14", 1),
    ("on Sunday night", "2016-05-15", 1),
    ("Monday's attack", "2016-05-16", 1),
    ("on Monday", "2016-05-16", 1),  # the publication day itself
    ("on Tuesday", "2016-05-10", 1),
    ("next Saturday", "2016-05-21", 1),
    ("yesterday", "2016-05-15", 1),
    ("yesterday morning", "2016-05-15", 1),
    ("the day before yesterday", "2016-05-14", 1),
    ("today", "2016-05-16", 1),
    ("last night", "2016-05-15", 1),
    ("overnight", "2016-05-15", 1),
    ("two days ago", "2016-05-14", 1),
    ("3 days ago", "2016-05-13", 1),
    ("on 3 May", "2016-05-03", 1),
    ("May 3", "2016-05-03", 1),
    ("3rd of May 2016", "2016-05-03", 1),
    ("May 3, 2015", "2015-05-03", 1),
    ("2016-05-03", "2016-05-03", 1),
    ("on December 30", "2015-12-30", 1),  # more than a month ahead: the year before
    ("on May 20", "2016-05-20", 1),  # a few days ahead (announced): this year
    ("last week", "2016-05-11", 2),  # the Wednesday of the previous Monday-Sunday week
    ("a week ago", "2016-05-11", 2),
    ("this week", "2016-05-16", 2),  # its Wednesday would be after publication
    ("last weekend", "2016-05-14", 2),
    ("over the weekend", "2016-05-14", 2),
    ("earlier this month", "2016-05-01", 3),
    ("last month", "2016-04-01", 3),
    ("three months ago", "2016-02-01", 3),
    ("in March", "2016-03-01", 3),
    ("in May", "2016-05-01", 3),  # "in <month>" may be the publication month
    ("last May", "2015-05-01", 3),  # "last <month>" never is
    ("in June", "2015-06-01", 3),
    ("March 2014", "2014-03-01", 3),
    ("late March 2014", "2014-03-01", 3),
])
def test_resolved_with_publication_date(expr, value, precision):
    got = resolve_date_expression(expr, MONDAY)
    assert (got.value, got.precision) == (value, precision), got
    assert got.text == expr
    assert got.reason is None


@pytest.mark.parametrize("expr", [
    "on Saturday", "last March", "yesterday", "last night", "two days ago", "last week", "last weekend",
    "earlier this month", "in March", "on 3 May", "May 3", "Monday's attack",
])
def test_relative_dates_need_a_publication_date(expr):
    got = resolve_date_expression(expr, None)
    assert got.value is None and got.precision is None
    assert got.reason == NO_PUBLICATION_DATE
    assert got.text == expr


@pytest.mark.parametrize(("expr", "value", "precision"), [
    ("3rd of May 2016", "2016-05-03", 1),
    ("2016-05-03", "2016-05-03", 1),
    ("on 14 May 2016", "2016-05-14", 1),
    ("March 2016", "2016-03-01", 3),
])
def test_absolute_dates_need_none(expr, value, precision):
    got = resolve_date_expression(expr, None)
    assert (got.value, got.precision) == (value, precision)


def test_week_boundaries_follow_the_publication_day():
    sunday = dt.date(2016, 5, 15)
    assert resolve_date_expression("last weekend", sunday).value == "2016-05-07"
    assert resolve_date_expression("this weekend", sunday).value == "2016-05-14"
    assert resolve_date_expression("on Sunday", sunday).value == "2016-05-15"
    january = dt.date(2017, 1, 10)
    assert resolve_date_expression("last month", january).value == "2016-12-01"
    assert resolve_date_expression("in December", january).value == "2016-12-01"
    assert resolve_date_expression("on 28 December", january).value == "2016-12-28"
    # "earlier this week" lies before the publication day: a Wednesday's is its Tuesday at the latest
    wednesday = dt.date(2024, 1, 10)
    assert resolve_date_expression("earlier this week", wednesday).value == "2024-01-09"
    assert resolve_date_expression("this week", wednesday).value == "2024-01-10"
    assert resolve_date_expression("earlier this week", dt.date(2024, 1, 13)).value == "2024-01-10"


@pytest.mark.parametrize("expr", ["last year", "in 2015", "earlier this year"])
def test_vaguer_than_a_month_is_unresolved(expr):
    got = resolve_date_expression(expr, MONDAY)
    assert got.value is None and got.reason


def test_invalid_and_unknown():
    assert resolve_date_expression("2016-02-30", MONDAY).value is None
    assert resolve_date_expression("the recent offensive", MONDAY).reason == "unrecognised expression"
    assert resolve_date_expression("", MONDAY).value is None


# -- tagging ---------------------------------------------------------------------------------------
def test_seed_dates_with_publication_date():
    article = Article(id="s", text=SEED.read_text(encoding="utf-8"), published=MONDAY)
    tag_dates(article)
    got = {m.text: (m.date.value, m.date.precision) for m in article.date_mentions}
    assert got["on Saturday"] == ("2016-05-14", 1)
    assert got["last March"] == ("2016-03-01", 3)
    for m in article.date_mentions:
        assert article.text[m.start:m.end] == m.text


def test_seed_dates_without_publication_date():
    article = Article(id="s", text=SEED.read_text(encoding="utf-8"))
    tag_dates(article)
    assert {m.text for m in article.date_mentions} >= {"on Saturday", "last March"}
    for m in article.date_mentions:
        assert m.date.value is None and m.date.reason == NO_PUBLICATION_DATE


def test_modal_may_and_verb_march_are_not_dates():
    article = Article(id="s", text="Troops may march on the town. They march in May.", published=MONDAY)
    tag_dates(article)
    assert [m.text for m in article.date_mentions] == ["in May"]


def test_boilerplate_dates_are_skipped():
    text = "Gunmen attacked the base on Friday.\nPosted on Monday, 16 May 2016"
    cut = text.index("Posted")
    article = Article(id="s", text=text, published=MONDAY,
                      sections=[Section("body", 0, cut), Section("boilerplate", cut, len(text))])
    tag_dates(article)
    assert [(m.text, m.date.value) for m in article.date_mentions] == [("on Friday", "2016-05-13")]




def test_spacy_date_entities_are_one_signal():
    text = "The raid happened on the weekend, officials said on Sunday; it was the fifth week of fighting."
    s = text.index("the weekend")
    w = text.index("the fifth week")
    doc = StubDoc(ents=[StubEnt("the weekend", s, s + 11, "DATE"), StubEnt("the fifth week", w, w + 14, "DATE")])
    article = Article(id="s", text=text, published=MONDAY, doc=doc)
    tag_dates(article)
    got = [(m.text, m.date.value, m.date.precision) for m in article.date_mentions]
    assert ("the weekend", "2016-05-14", 2) in got  # from the entity
    assert ("on Sunday", "2016-05-15", 1) in got  # from the patterns
    assert not any(t == "the fifth week" for t, _, _ in got)  # unresolvable entity: dropped


def test_a_year_in_the_same_sentence_anchors_yearless_dates():
    text = "In 2014, on 3 May, rebels seized the town.\nOn 5 May they left. In 2015 in March it fell."
    article = Article(id="s", text=text, published=MONDAY)
    tag_dates(article)
    got = {m.text: m.date.value for m in article.date_mentions}
    assert got["on 3 May"] == "2014-05-03"
    assert got["On 5 May"] == "2016-05-05"  # a new paragraph: the publication year again
    # (in the same paragraph the narrative's year carries on: tests/test_timex_context.py)
    assert got["in March"] == "2015-03-01"
    # an explicit year resolves even without a publication date
    article = Article(id="s", text="In 2014, on 3 May, rebels seized the town.")
    tag_dates(article)
    assert [m.date.value for m in article.date_mentions if m.text == "on 3 May"] == ["2014-05-03"]
    assert resolve_date_expression("in March", None, year=2012).value == "2012-03-01"


@pytest.mark.parametrize(("expr", "published", "value", "reason"), [
    ("14/05/2016", None, "2016-05-14", None),  # the day is over 12: dd/mm
    ("05/14/2016", None, "2016-05-14", None),  # mm/dd
    ("14.05.2016", MONDAY, "2016-05-14", None),
    ("03/05/2016", None, None, "ambiguous day and month"),
    ("03/05/2016", MONDAY, "2016-05-03", None),  # the reading nearest before publication
    ("31/02/2016", MONDAY, None, "invalid date"),
])
def test_numeric_dates(expr, published, value, reason):
    got = resolve_date_expression(expr, published)
    assert got.value == value and got.reason == reason
    if value:
        assert got.precision == 1


def test_holidays_and_newspapers_are_not_weekdays():
    text = "On Good Friday and Bloody Sunday, the Sunday Times said on May 3: rebels attacked on Sunday night."
    article = Article(id="s", text=text, published=MONDAY)
    tag_dates(article)
    assert [(m.text, m.date.value) for m in article.date_mentions] == [
        ("on May 3", "2016-05-03"), ("on Sunday night", "2016-05-15")]


def test_named_days_from_entities_are_dropped():
    assert resolve_date_expression("Good Friday", MONDAY).value is None
    assert resolve_date_expression("Bloody Sunday", MONDAY).value is None


def test_years_alone_are_tagged_with_their_year_and_no_acled_value():
    text = "The journalist was killed in 2016. Her colleague was detained in early 2019 and again last year."
    article = Article(id="y", text=text, published=MONDAY)
    tag_dates(article)
    got = [(m.text, m.date.value, m.date.precision, m.date.year) for m in article.date_mentions]
    assert got == [("in 2016", None, None, 2016), ("in early 2019", None, None, 2019),
                   ("last year", None, None, MONDAY.year - 1)]
    assert all(m.date.reason for m in article.date_mentions)  # unresolved for ACLED: it says why


def test_lowered_finders_match_the_case_insensitive_ones():
    import re

    from eventwire import timex

    for rx in timex._FINDERS:  # no upper-case literal, or the lowered copy would miss it
        assert not re.search(r"(?<!\\)[A-Z]", re.sub(r"\\[A-Za-z]", "", rx.pattern)), rx.pattern
    texts = [
        "On MONDAY, 3 May 2016 and on Tuesday the 4th of May; LAST WEEK, Last Year, in 2015.",
        "\u0130N MARCH 2019 the \u212Aurds (\u017Finc\u0131e) attacked on 12/05/2018 overnight.",
        "Good Friday was quiet; the Sunday Times said 2016-05-14 and early-2017, three days ago.",
    ]
    for text in texts:
        slow = [(m.start(), m.end()) for rx in timex._FINDERS for m in rx.finditer(text)
                if not timex._HOLIDAY_BEFORE.search(text[max(0, m.start() - 12):m.start()])]
        assert list(timex._spans(text)) == slow
