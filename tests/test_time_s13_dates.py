"""Date forms and resolutions added in the thirteenth session: "in October of 2019", number words past
twelve and decades before "ago", a year alone after words that add nothing ("as early as 2015", "the
first half of 2020"), the years elapsed since an act giving a yearless day its year ("it has been a
year since the election ... 9 August"), "on the 9th", a yearless day of a plan weeks ahead ("a court
date on Dec. 2"), and a year sharpened to a month and on to a day of it."""

from __future__ import annotations

import datetime as dt

from eventwire.events import dating
from eventwire.records import Article, DateMention, DateValue
from eventwire.timex import resolve_date_expression, tag_dates

PUB = dt.date(2021, 8, 18)  # a Wednesday


def dates(text: str, published: dt.date | None = PUB) -> dict[str, tuple[str | None, int | None]]:
    article = Article(id="t", text=text, published=published)
    tag_dates(article)
    return {m.text: (m.date.value, m.date.year) for m in article.date_mentions}


# -- "Month of YEAR" ------------------------------------------------------------------------------
def test_a_month_of_a_year_is_that_month_not_a_yearless_one():
    got = dates("An inmate death was investigated as a homicide in October of 2019.")
    assert got == {"in October of 2019": ("2019-10-01", None)}
    got = dates("In September of 1917, the federal government raided the union halls.")
    assert got == {"In September of 1917": ("1917-09-01", None)}


def test_a_day_of_a_month_of_a_year():
    assert dates("He was shot on 5 October of 2019 in the market.") == {"on 5 October of 2019": ("2019-10-05", None)}
    # a day of a year before 1900 stays no date of a recent year
    assert dates("The decree was signed on 13 November of 1839.") == {}
    assert resolve_date_expression("the end of October of 2019", PUB).value == "2019-10-01"


# -- "ago" --------------------------------------------------------------------------------------------
def test_number_words_past_twelve_and_decades_before_ago():
    got = dates("Twenty years ago, 1,300 workers were sacked. Fifteen days ago he was arrested.")
    assert got["Twenty years ago"] == (None, 2001)
    assert got["Fifteen days ago"] == ("2021-08-03", None)
    got = dates("A decade ago he was jailed; two decades ago his father was.")
    assert got["A decade ago"] == (None, 2011)
    assert got["two decades ago"] == (None, 2001)


# -- a year alone -------------------------------------------------------------------------------------
def test_a_year_alone_after_words_that_add_nothing():
    got = dates("As early as 2015 the working group found the detention arbitrary.")
    assert got == {"As early as 2015": (None, 2015)}
    got = dates("The year 2019 ended with more arrests. Writers were jailed in both 2019 and 2020.")
    assert got["The year 2019"] == (None, 2019)
    assert got["in both 2019"] == (None, 2019)
    assert got["2020"] == (None, 2020)
    got = dates("During the first nine months of 2020, 30 people were killed; in the first half of 2018, 12.")
    assert got["During the first nine months of 2020"] == (None, 2020)
    assert got["in the first half of 2018"] == (None, 2018)


# -- the time elapsed since the act ---------------------------------------------------------------
def test_the_years_elapsed_since_an_act_give_a_yearless_day_its_year():
    text = ("It has been over one year since the disputed presidential election, but the aftershocks of "
            "9 August continue to rumble on.")
    assert dates(text)["9 August"] == ("2020-08-09", None)
    text = "Monday marks the second anniversary of the coup of 1 February, when the army seized power."
    assert dates(text, dt.date(2023, 2, 6))["1 February"] == ("2021-02-01", None)
    # without it, a day a week before publication is this year's; and the elapsed time reaches
    # only the dates of its own sentence
    assert dates("The aftershocks of 9 August continue to rumble on.")["9 August"] == ("2021-08-09", None)
    text = "It has been a year since the election. On 9 August police beat protesters."
    assert dates(text)["On 9 August"] == ("2021-08-09", None)


# -- sharpening ---------------------------------------------------------------------------------------
def _cand(value: str | None, score: float, *, start: int = 0, precision: int | None = 1, year: int | None = None,
          violation: bool = False) -> dating.DateCandidate:
    d = DateValue(value=value, precision=precision if value else None, year=year, text=value or str(year))
    return dating.DateCandidate(DateMention(start=start, end=start + 4, text=d.text or "", date=d), score, violation)


def test_a_year_sharpened_to_a_month_is_sharpened_on_to_a_day_of_that_month():
    year = _cand(None, 3.0, year=2020)
    month = _cand("2020-08-01", 0.9, start=10, precision=3, violation=True)
    day = _cand("2020-08-09", 2.3, start=5)
    other = _cand("2020-06-12", 0.5, start=20)
    # the year goes to the month told with the act, then to the day of that month
    assert dating.pick_date([year, month, day, other]).value == "2020-08-09"
    # no day of that month: the month stays
    assert dating.pick_date([year, month, other]).value == "2020-08-01"


# -- a day of the month alone ----------------------------------------------------------------------
def test_a_day_of_the_month_alone_ending_its_clause():
    pub = dt.date(2021, 5, 12)
    assert dates("Since the rigged election on the 9th, workers have struck.", pub) == {"on the 9th": ("2021-05-09", None)}
    # a day yet to come in the publication month is last month's; "of last month" says so
    assert dates("He was arrested on the 20th.", pub) == {"on the 20th": ("2021-04-20", None)}
    assert dates("He was arrested on the 28th of last month.", pub) == {"on the 28th of last month": ("2021-04-28", None)}
    # the future reads it forward
    assert dates("The verdict will be delivered on the 20th.", pub) == {"on the 20th": ("2021-05-20", None)}
    # an ordinal of a court, a floor, a day of a named month: no such day
    assert dates("The case went to the 9th Circuit; he lived on the 18th floor.", pub) == {}
    assert dates("He was shot on the 9th of May.", pub) == {"on the 9th of May": ("2021-05-09", None)}


def test_the_new_forms_are_found_in_windows_as_in_the_whole_text():
    """The new finders scan windows around their cores (``timex._finder_matches``) and find what a scan
    of the whole text finds (as ``tests/test_timex_windows.py`` checks for the others)."""
    import random

    from eventwire.timex import _CASE_FOLD, _FINDERS_LOWER, _GATES, _finder_matches

    def whole(low: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for rx, gate in zip(_FINDERS_LOWER, _GATES, strict=True):
            if gate is None or any(w in low for w in gate):
                out.extend((m.start(), m.end()) for m in rx.finditer(low))
        return out

    rnd = random.Random(13)
    pieces = ["on", "the", "9th", "21st", "12th", "of", "this", "last", "month", "and", "to", "4", "17", "May",
              "August", "2020", "2019", "as early as", "the year", "both", "first", "half", "nine months", "twenty",
              "years", "decade", "ago", "October", "floor", ",", "."]
    seps = [" ", "  ", "\n", ", ", " - ", "-"]
    found = 0
    for _ in range(800):
        text = "".join(rnd.choice(pieces) + rnd.choice(seps) for _ in range(rnd.randint(3, 90)))
        low = text.translate(_CASE_FOLD)
        expected = whole(low)
        assert list(_finder_matches(low)) == expected, text
        found += len(expected)
    assert found > 500


def test_a_yearless_day_of_a_plan_weeks_ahead_is_still_to_come():
    pub = dt.date(2019, 10, 16)
    text = "Ramirez, a Honduran waiting for a U.S. court date on Dec. 2, said three men surrounded him."
    assert dates(text, pub) == {"on Dec. 2": ("2019-12-02", None)}
    text = "The extradition hearings concluded a day early, to recommence on Dec. 18th."
    assert dates(text, pub) == {"on Dec. 18th": ("2019-12-18", None)}
    # an act told on that day is last year's (the default reading of a day over a month ahead)
    assert dates("He was shot on Dec. 2, police said.", pub) == {"on Dec. 2": ("2018-12-02", None)}
    # and a plan's day farther ahead than four months stays last year's
    assert dates("The hearing on Dec. 2 was his first.", dt.date(2019, 5, 10)) == {"on Dec. 2": ("2018-12-02", None)}


# -- "yesterday" / "overnight" counted from the day the news was told ---------------------------------
THURSDAY = dt.date(2024, 5, 16)


def test_deictic_words_count_from_the_day_the_sentence_says_it_was_told():
    got = dates("Russian drones struck Kharkiv overnight, killing three people, officials said on Tuesday.", THURSDAY)
    assert got["overnight"][0] == "2024-05-13"  # the night before Tuesday, not before the Thursday publication
    got = dates("Gunmen killed four people yesterday, police told reporters on Monday.", THURSDAY)
    assert got["yesterday"][0] == "2024-05-12"
    got = dates("The army said in a statement on Monday that militants attacked a base last night.", THURSDAY)
    assert got["last night"][0] == "2024-05-12"


def test_deictic_words_keep_the_publication_day_without_a_day_of_telling():
    # no day of telling; a day told in another sentence; a date that is no telling ("the rally on Monday")
    assert dates("Russian drones struck Kharkiv overnight, killing three, officials said.", THURSDAY)["overnight"][0] == "2024-05-15"
    got = dates("Militants attacked a base last night. The army said on Monday it would respond.", THURSDAY)
    assert got["last night"][0] == "2024-05-15"
    got = dates("The rally on Monday was peaceful, but police fired tear gas this morning.", THURSDAY)
    assert got["this morning"][0] == "2024-05-16"
