"""Twenty-fourth session, the lead's fixes from reading the events of the unlabelled speed articles.

- A group's dead summed to date "in action" ("Twenty-nine of them have been killed in action") is a
  tally, no act; the same words with a day or a place are an act (``events.tallies``).
- A partitive's "of" phrase is not part of its figure: "Twenty-nine of them were killed" is 29 dead,
  not 9 (``events.tollfigures.number_tokens``; the unit cases are in ``test_events_fatalities``).

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import news_acts, reports_of, show_reports

SUN = dt.date(2025, 5, 18)


@pytest.mark.parametrize("text", [
    "The study profiles 60 foreign volunteers and their motives. Twenty-nine of them have been killed in action.",
    "More than 100 of its fighters have died in action, the group said.",
])
def test_losses_in_action_summed_to_date_are_no_act(pipeline, text):
    acts = news_acts(reports_of(pipeline, text, published=SUN))
    assert acts == [], show_reports(acts)


@pytest.mark.parametrize(("text", "dead"), [
    ("Two soldiers were killed in action in Donetsk on Friday.", 2),
    ("Two soldiers have been killed in action near Bakhmut, the ministry said on Saturday.", 2),
    ("Twenty-nine of them were killed in an ambush near Djibo on Friday.", 29),
])
def test_deaths_in_action_with_a_day_or_place_stay_acts(pipeline, text, dead):
    acts = news_acts(reports_of(pipeline, text, published=SUN))
    assert [r.fatalities.count for r in acts] == [dead], show_reports(acts)


def test_old_news_by_precision() -> None:
    from eventwire.events.status import old_news
    from eventwire.records import DateValue

    pub = dt.date(2021, 3, 10)
    assert old_news(DateValue(value="2021-02-20", precision=1), pub)
    assert not old_news(DateValue(value="2021-03-01", precision=1), pub)
    assert old_news(DateValue(value="2021-02-01", precision=3), pub)
    assert not old_news(DateValue(value="2021-03-01", precision=3), pub)
    assert old_news(DateValue(year=2019), pub)
    assert not old_news(DateValue(year=2021), pub)
    assert not old_news(DateValue(year=2019), None) and not old_news(DateValue(), pub)


def test_an_article_about_an_old_killing_keeps_it_as_main_event_but_flags_it_background(pipeline) -> None:
    from eventwire.records import Article

    # the lead's report has no date of its own: it takes the article's date (2016), which is old news
    text = ("Activist's murder: two jailed\n\nThe murder of rights activist John Okafor shocked Nigeria.\n\n"
            "He was shot dead in Enugu in 2016.\n\nOn Tuesday a court sentenced two men to life in prison.\n\n"
            "His family welcomed the verdict.")
    article = pipeline.process(Article(id="old", text=text, published=dt.date(2021, 3, 10)))
    assert article.main_event is not None and article.main_event.date.year == 2016
    lead = next(r for r in article.reports if r.evidence.text.startswith("The murder"))
    assert lead.background and "background: the main event's date is well before publication" in lead.notes, (
        show_reports(article.reports))
