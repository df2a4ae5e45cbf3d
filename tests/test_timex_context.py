"""Dates read in their context: the year of the narrative a paragraph tells, the future a verb puts a
yearless date in, and the bound word ("until", "by", "since") a date hangs on."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.events.dating import BOUND_RE, CUTOFF_RE
from eventwire.records import Article
from eventwire.timex import resolve_date_expression, tag_dates
from stubs import StubDoc, StubEnt

PUB_2021 = dt.date(2021, 6, 10)  # a Thursday
MONDAY = dt.date(2021, 3, 29)


def dates(text: str, published: dt.date | None, doc=None) -> dict[str, tuple[str | None, int | None]]:
    article = Article(id="t", text=text, published=published, doc=doc)
    tag_dates(article)
    for m in article.date_mentions:
        assert article.text[m.start:m.end] == m.text
    return {m.text: (m.date.value, m.date.year) for m in article.date_mentions}


# -- the narrative's year ----------------------------------------------------------------------------
def test_a_yearless_day_takes_the_year_the_paragraph_is_telling():
    text = "In 2002, the army moved into the valley. On January 28, soldiers burned the market."
    got = dates(text, PUB_2021)
    assert got["On January 28"][0] == "2002-01-28"
    # the same day in a new paragraph is news again: the publication year
    got = dates(text.replace(". On", ".\nOn"), PUB_2021)
    assert got["On January 28"][0] == "2021-01-28"


def test_the_narrative_year_carries_along_a_chain_of_days():
    text = ("On 16 May 2018, gunmen kidnapped an engineer near the port. On July 11, a trader was taken at the "
            "market, and on August 30 a nurse was seized on the highway. On September 2 they were freed.")
    got = dates(text, dt.date(2020, 12, 20))
    assert got["On July 11"][0] == "2018-07-11"
    assert got["on August 30"][0] == "2018-08-30"
    assert got["On September 2"][0] == "2018-09-02"


def test_the_narrative_year_without_a_publication_date():
    got = dates("In 2002, the army moved into the valley. On January 28, soldiers burned the market.", None)
    assert got["On January 28"][0] == "2002-01-28"


def test_ordinary_news_keeps_the_publication_year():
    # a year deep in a sentence is background, not the scene: "founded in 2014"
    got = dates("The group was founded in 2014. On March 3, gunmen attacked a school.", dt.date(2021, 3, 10))
    assert got["On March 3"][0] == "2021-03-03"
    # a relative weekday is always the publication's
    got = dates("In 2014, the group was founded. On Tuesday, gunmen attacked a school.", dt.date(2021, 3, 10))
    assert got["On Tuesday"][0] == "2021-03-09"
    # a bound year is no scene either
    got = dates("Since 2015, the group has grown. On March 3, gunmen attacked a school.", dt.date(2021, 3, 10))
    assert got["On March 3"][0] == "2021-03-03"


def test_the_narrative_reaches_two_sentences_back_at_most():
    two = "In 2002, Gen. Ali took command. Troops entered the town. On January 28, soldiers burned the market."
    assert dates(two, PUB_2021)["On January 28"][0] == "2002-01-28"  # "Gen." ends no sentence
    three = "In 2002, Ali took command. Troops entered the town. It was cold. On January 28, soldiers burned it."
    assert dates(three, PUB_2021)["On January 28"][0] == "2021-01-28"


def test_a_date_of_now_in_between_ends_the_narrative():
    text = "In 2002, the army moved into the valley. Last week, a memorial opened. On January 28, soldiers returned."
    assert dates(text, PUB_2021)["On January 28"][0] == "2021-01-28"


def test_a_narrative_goes_forward_or_only_a_little_back():
    # a day a few weeks before the last dated day of the story is in its year
    text = "The bill was to be tabled on March 21, 1929. On the evening of March 20, police raided the offices."
    assert dates(text, dt.date(2020, 5, 11))["March 20"][0] == "1929-03-20"
    # months before it is not: the news has moved on
    text = "She went missing on 12 May 2019. Her husband was found dead on Jan. 30 at his home."
    assert dates(text, dt.date(2020, 2, 11))["on Jan. 30"][0] == "2020-01-30"


def test_a_month_and_year_sets_the_scene_only_when_it_opens_the_sentence():
    opening = "In June 2007, the movement took control of the city. On November 2, its courts sentenced ten men."
    assert dates(opening, dt.date(2020, 12, 15))["On November 2"][0] == "2007-11-02"
    inside = "The courts have sentenced many since the movement took control in June 2007. On November 2, ten more."
    assert dates(inside, dt.date(2020, 12, 15))["On November 2"][0] == "2020-11-02"


def test_this_year_or_last_year_after_a_day_gives_its_year():
    got = dates("In 2017, he was sued. The judge dropped the case on July 2 this year.", dt.date(2019, 9, 9))
    assert got["on July 2"][0] == "2019-07-02"
    got = dates("The activist was first arrested on August 28 last year.", dt.date(2019, 11, 12))
    assert got["on August 28"][0] == "2018-08-28"


# -- the future ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Results will be declared on May 2.", "on May 2", "2021-05-02"),
    ("Elections will be held in May.", "in May", "2021-05-01"),
    ("The next trial session is scheduled for January 2.", "January 2", "2022-01-02"),
    ("The hearing is due to resume on Tuesday.", "on Tuesday", "2021-03-30"),
    ("The court is expected to rule on Friday.", "on Friday", "2021-04-02"),
    ("On Wednesday, the court will rule on the appeal.", "On Wednesday", "2021-03-31"),
    ("Supporters of the detained editor will march on Sunday.", "on Sunday", "2021-04-04"),
    # a day up to a week before publication is still this year's (written before it went out)
    ("The verdict will be read on March 25.", "on March 25", "2021-03-25"),
])
def test_a_verb_in_the_future_reads_a_yearless_date_forward(text, expr, value):
    assert dates(text, MONDAY)[expr][0] == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("He was held against his will on Tuesday.", "on Tuesday", "2021-03-23"),  # "will" the noun
    ("On Wednesday, the court ruled that the policy will end.", "On Wednesday", "2021-03-24"),
    ("He will remain in jail, where he was sent on May 2.", "on May 2", "2020-05-02"),
    ("He will appeal against the verdict delivered on Tuesday.", "on Tuesday", "2021-03-23"),
    ("Mourners will bury the victims of last Tuesday's attack.", "last Tuesday's", "2021-03-23"),
    ("Police said on Sunday that they will investigate.", "on Sunday", "2021-03-28"),
    ("Gunmen killed three villagers on Sunday.", "on Sunday", "2021-03-28"),
    ("Protesters rallied on Sunday and will march again.", "on Sunday", "2021-03-28"),
])
def test_past_readings_stay_past(text, expr, value):
    assert dates(text, MONDAY)[expr][0] == value


def test_resolve_forward():
    assert resolve_date_expression("on May 2", MONDAY, forward=True).value == "2021-05-02"
    assert resolve_date_expression("on May 2", MONDAY).value == "2020-05-02"
    assert resolve_date_expression("on January 5", MONDAY, forward=True).value == "2022-01-05"
    assert resolve_date_expression("in February", MONDAY, forward=True).value == "2022-02-01"
    assert resolve_date_expression("in March", MONDAY, forward=True).value == "2021-03-01"
    assert resolve_date_expression("on Monday", MONDAY, forward=True).value == "2021-03-29"
    assert resolve_date_expression("last Monday", MONDAY, forward=True).value == "2021-03-22"  # a week before
    assert resolve_date_expression("on May 2", None, forward=True).value is None


# -- bounds ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expr", "cutoff"), [
    ("He was detained until 2014 in Evin prison.", "until 2014", True),
    ("By 2014, the group had grown.", "By 2014", True),
    ("The law must pass before 2030, the minister said.", "before 2030", True),
    ("She has been in jail since 2014.", "since 2014", False),
    ("The ban holds from 2019 on.", "from 2019", False),
])
def test_a_bound_word_is_part_of_the_mention(text, expr, cutoff):
    got = dates(text, PUB_2021)
    assert expr in got
    assert got[expr][1] == int(expr[-4:])
    assert BOUND_RE.match(expr)
    assert bool(CUTOFF_RE.match(expr)) == cutoff


def test_a_bound_word_joins_a_date_entity_of_the_parser():
    text = "He was held there until 2014, and the raids went on till Tuesday."
    y = text.index("2014")
    t = text.index("Tuesday")
    doc = StubDoc(ents=[StubEnt("2014", y, y + 4, "DATE"), StubEnt("Tuesday", t, t + 7, "DATE")])
    got = dates(text, MONDAY, doc=doc)
    assert got["until 2014"] == (None, 2014)
    assert got["till Tuesday"][0] == "2021-03-23"


def test_a_range_gives_both_bounds_and_a_possessive_stays_the_act():
    got = dates("He was held from 2012 until 2014.", PUB_2021)
    assert got["from 2012"] == (None, 2012) and got["until 2014"] == (None, 2014)
    text = "Protests grew after Tuesday's attack on the school."
    t = text.index("Tuesday")
    doc = StubDoc(ents=[StubEnt("Tuesday's", t, t + 9, "DATE")])
    got = dates(text, MONDAY, doc=doc)
    assert "Tuesday's" in got and not any(k.startswith("after") for k in got)


@pytest.mark.parametrize(("expr", "year"), [
    ("until 2014", 2014), ("till 2014", 2014), ("before 2010", 2010), ("after 2015", 2015), ("as of 2019", 2019),
    ("by the end of 2014", 2014),
])
def test_bounded_years_resolve_to_their_year(expr, year):
    got = resolve_date_expression(expr, PUB_2021)
    assert got.value is None and got.year == year and got.text == expr


def test_bounded_numeric_and_month_dates_resolve():
    assert resolve_date_expression("before 14/05/2016", None).value == "2016-05-14"
    assert resolve_date_expression("after March", PUB_2021, year=2014).value == "2014-03-01"
