"""Days of one sentence (events.units): a range of days is one event per day, two days joined by a
bare "and" ("on 3 and 5 May") are those two days, not the days between them."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.events.units import MAX_RANGE_DAYS, _day_range
from eventwire.records import Article, DateMention, DateValue

PUB = dt.date(2024, 5, 15)


def _days(text: str, last: str) -> list[tuple[str | None, int | None]]:
    """The days :func:`_day_range` reads for the date mention ``last`` (a day, ISO) ending ``text``."""
    day = str(int(last[-2:]))
    start = text.rindex(day + " ")
    own = DateMention(start, len(text), text[start:], DateValue(value=last, precision=1, text=text[start:]))
    return [(d.value, d.precision) for d in _day_range(text, own)]


@pytest.mark.parametrize("text", ["between 3 and 5 May", "from 3 to 5 May", "3-5 May", "between the 3rd and 5 May"])
def test_a_range_is_every_day_of_it(text):
    assert _days("clashes " + text, "2024-05-05") == [("2024-05-03", 1), ("2024-05-04", 1), ("2024-05-05", 1)]


def test_two_days_joined_by_and_are_those_two_days():
    assert _days("attacks on 3 and 5 May", "2024-05-05") == [("2024-05-03", 1), ("2024-05-05", 1)]
    # far apart: still the two days named, never their month
    assert _days("attacks on 1 and 20 April", "2024-04-20") == [("2024-04-01", 1), ("2024-04-20", 1)]


def test_a_long_range_is_its_month_and_a_lone_day_no_range():
    assert 20 - 1 + 1 > MAX_RANGE_DAYS
    assert _days("killed between 1 and 20 April", "2024-04-20") == [("2024-04-01", 3)]
    assert _days("killed on 5 May", "2024-05-05") == []


@pytest.mark.slow
def test_pipeline_two_days_joined_by_and(pipeline):
    a = Article(id="units-days", text="Gunmen killed six people in Bama on 3 and 5 May, police said.", published=PUB)
    pipeline.process(a)
    assert sorted(r.date.value for r in a.reports) == ["2024-05-03", "2024-05-05"]
    assert sum(r.fatalities.count for r in a.reports) == 6
