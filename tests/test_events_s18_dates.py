"""Eighteenth session, per-event dates: spans of weekdays and a monthly report's tolls.

- A span of weekdays ("between Friday and Sunday", "from Monday to Wednesday", "Friday through Sunday")
  is one mention and one event: its first day at ACLED's precision 2 (the days are known to within a
  week, not which of them: dated like "over the weekend", not one event per day); two days joined by a
  bare "and" ("on Friday and Sunday") stay two days, two events.
- A monthly report's tolls told in the sentences after its month ("The commission recorded 23 deaths
  last month. In X district, 9 people were killed ...") are of that month (precision 3), not of the
  publication day; the day the report was told ("..., the commission said on Wednesday") dates no act.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import show_reports as _show
from eventwire.records import Article
from eventwire.timex import tag_dates

MON = dt.date(2025, 6, 16)  # a Monday: Friday 13, Saturday 14, Sunday 15
THU = dt.date(2025, 7, 3)  # a Thursday early in July: "last month" is June


def _mentions(text: str, published: dt.date = MON) -> list[tuple[str, str | None, int | None]]:
    article = Article(id="t", text=text, published=published)
    tag_dates(article)
    return [(m.text, m.date.value, m.date.precision) for m in article.date_mentions]


def _reports(pipeline, text: str, published: dt.date):
    article = Article(id="t", text=text, published=published)
    pipeline.process(article)
    return article


@pytest.mark.parametrize(("text", "span", "first"), [
    ("Gunmen killed seven herders in Plateau State between Friday and Sunday, police said.",
     "between Friday and Sunday", "2025-06-13"),
    ("Rebels shelled the town from Saturday to Monday, residents said.", "from Saturday to Monday", "2025-06-14"),
    ("Fighting raged around the base Friday through Sunday night.", "Friday through Sunday night", "2025-06-13"),
    ("Troops raided three villages between Wednesday and Saturday.", "between Wednesday and Saturday",
     "2025-06-11"),
])
def test_a_span_of_weekdays_is_one_mention_of_its_first_day_at_the_weeks_precision(text, span, first):
    got = _mentions(text)
    assert (span, first, 2) in got, got
    assert len([m for m in got if m[0] != "said"]) == 1, got


@pytest.mark.parametrize("text", [
    "Soldiers killed two bandits on Friday and Sunday, the army said.",
    "The militia attacked on Friday. On Sunday, police arrested four men.",
])
def test_two_days_told_apart_stay_two_days(text):
    got = _mentions(text)
    days = sorted(v for _t, v, p in got if p == 1)
    assert days == ["2025-06-13", "2025-06-15"], got


@pytest.mark.slow
def test_a_span_of_weekdays_is_one_event_not_one_per_day(pipeline):
    text = ("Gunmen kill seven in Plateau\n\nGunmen killed seven herders in attacks on two villages in Bokkos "
            "between Friday and Sunday, police said on Monday.")
    article = _reports(pipeline, text, MON)
    acts = [r for r in article.reports if r.section == "body" and r.fatalities.count]
    assert len(acts) == 1, _show(article.reports)
    assert (acts[0].date.value, acts[0].date.precision) == ("2025-06-13", 2), _show(acts)
    assert acts[0].fatalities.count == 7, _show(acts)


@pytest.mark.slow
def test_days_joined_by_and_are_still_one_event_each(pipeline):
    text = "Soldiers killed six bandits in Zamfara on Friday and Sunday, the army said."
    article = _reports(pipeline, text, MON)
    days = sorted(r.date.value for r in article.reports)
    assert days == ["2025-06-13", "2025-06-15"], _show(article.reports)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Violence in Sindh: the June report\n\nThe provincial home department recorded 23 deaths last month. "
    "In Larkana district, 9 people were killed in attacks by gunmen. In Sukkur district, 6 people were killed.",
    "Rights group says 30 civilians killed in June\n\nA total of 30 civilians were killed in June, the rights "
    "commission said in its monthly report on Wednesday. In Kunduz district, 12 people were killed by gunmen.",
])
def test_a_monthly_reports_district_tolls_are_of_its_month(pipeline, text):
    article = _reports(pipeline, text, THU)
    tolls = [r for r in article.reports if "district" in r.evidence.text and r.fatalities.count]
    assert tolls, _show(article.reports)
    for r in tolls:
        assert (r.date.value, r.date.precision) == ("2025-06-01", 3), _show(tolls)
    main = article.main_event
    assert main is not None and (main.date.value, main.date.precision) == ("2025-06-01", 3), main


@pytest.mark.slow
def test_a_month_told_as_a_bound_is_not_inherited(pipeline):
    text = ("Curfew in Sukkur\n\nThe curfew has been in force since last month, officials said on Tuesday. "
            "In Sukkur district, police arrested 14 protesters.")
    article = _reports(pipeline, text, THU)
    arrests = [r for r in article.reports if "arrested" in r.evidence.text]
    assert arrests, _show(article.reports)
    assert arrests[0].date.precision != 3, _show(arrests)
