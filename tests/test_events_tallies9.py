"""Cumulative tolls (events/cumtolls.py): a news report whose dead number 500 or more and whose sentence names
no day of its own is a war's or a campaign's running tally, flagged background ("a cumulative toll, not one
event"); a dated mass killing, a small toll and a toll that "rose from" an earlier figure stay news."""

from __future__ import annotations

import pytest

from events_helpers import (
    NEWS_LEAD,
    SEIZED_LEAD,
    after_lead,
    after_news_lead,
    flagged_for,
    nlp,
    parsed_article,
    report_on,
)
from eventwire.events.cumtolls import CUMULATIVE, TOLL_FLOOR, cumulative_toll, settle_cumulative_tolls
from eventwire.records import DateValue


def _report(sentence: str, count: int, *, day: str | None = None):
    article = parsed_article(nlp(), f"{SEIZED_LEAD} {NEWS_LEAD}{sentence}")
    r = report_on(article, sentence, "Attack", fatalities=count)
    if day is not None:
        r.date = DateValue(value="2024-05-13", precision=1, text=day)
    return article, r


@pytest.mark.parametrize(("sentence", "count"), [
    ("An estimated 400,000 people have been killed in the six-year war.", 400_000),
    ("As the toll rose towards 3,000 dead, the envoy called for talks.", 3_000),
    ("The regime has killed tens of thousands of its people, the exiles said.", 1_000),
    ("More than 500 people have been killed in eight days of bombing.", 500),
])
def test_a_large_toll_with_no_day_is_a_tally(sentence, count):
    assert cumulative_toll(_report(sentence, count)[1])


def test_a_day_that_stands_elsewhere_does_not_save_a_tally():
    # the day was inherited from the story, not told in the tally's own sentence
    assert cumulative_toll(_report("Some 800 people have died in the fighting so far.", 800, day="on Monday")[1])


@pytest.mark.parametrize(("sentence", "count", "day"), [
    ("More than 600 people were killed in the massacre in the village on Monday.", 600, "on Monday"),  # own day
    ("A car bomb killed 40 people in Mogadishu on Monday; the toll rose from 30.", 40, "on Monday"),  # small toll
    ("Gunmen killed 120 villagers in the district.", 120, None),  # below the floor
])
def test_a_dated_or_small_toll_stays_news(sentence, count, day):
    assert not cumulative_toll(_report(sentence, count, day=day)[1])


def test_settle_flags_the_tally_and_keeps_the_lead_news():
    article, tally = _report("An estimated 400,000 people have been killed in the six-year war.", 400_000)
    lead = report_on(article, SEIZED_LEAD, "Non-violent transfer of territory", fatalities=TOLL_FLOOR)
    lead.date = DateValue(value="2024-05-13", precision=1, text="on Monday")
    article.reports = [lead, tally]
    settle_cumulative_tolls(article, lead)
    assert tally.background and f"background: {CUMULATIVE}" in tally.notes
    assert not lead.background


# -- through the pipeline (the settle step in events/bareacts.py) ------------------------------------------------------
def test_pipeline_flags_a_campaign_toll(pipeline):
    text = "More than 500 people have been killed in Aleppo in eight days of bombing by the regime, the monitor said."
    assert flagged_for(after_news_lead(pipeline, text, text), CUMULATIVE)


@pytest.mark.parametrize("text", [
    "Government troops killed more than 600 people in Aleppo on Tuesday, the monitor said.",  # a day of its own
    "A car bomb killed 40 people in Aleppo on Tuesday; the toll rose from 30, the monitor said.",
])
def test_pipeline_keeps_a_dated_mass_killing(pipeline, text):
    reports = after_lead(pipeline, text, lead=f"{SEIZED_LEAD} {NEWS_LEAD}")
    mine = [r for r in reports if r.evidence.text == text]
    assert mine and not any(r.background for r in mine)
