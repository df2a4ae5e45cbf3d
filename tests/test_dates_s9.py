"""The date of an article's main event through the real pipeline (events.dating.main_event_date via
``Pipeline.process``): an old attack told with a recent court step is dated by the attack; news told
the day it happened without a date takes its sentence's weekday; a dated act beats the day a
statement was made; and each report keeps the date its own sentence gives. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article

PUB = dt.date(2021, 5, 7)  # a Friday


def _run(pipeline, title: str, paragraphs: list[str], published: dt.date = PUB) -> Article:
    text = title + "\n\n" + "\n\n".join(paragraphs)
    return pipeline.process(Article(id="t", text=text, title=title, published=published))


def _main_date(a: Article) -> tuple[str | None, int | None]:
    assert a.main_event is not None
    d = a.main_event.date
    return (d.value[:7] if d.value and (d.precision or 1) == 3 else d.value), d.year


@pytest.mark.slow
def test_a_trial_years_later_is_dated_by_the_killing(pipeline):
    a = _run(pipeline, "Court convicts two men over killing of environmental activist",
             ["A court in Tegucigalpa convicted two men on Tuesday of the murder of an environmental activist.",
              "The activist was shot dead at her home in La Esperanza on 3 March 2016 by gunmen.",
              "Her family said on Wednesday that the masterminds remain free."])
    value, _ = _main_date(a)
    assert value == "2016-03-03"


@pytest.mark.slow
def test_a_killing_told_the_day_after_takes_its_weekday(pipeline):
    a = _run(pipeline, "Journalist shot dead in Mexico",
             ["Gunmen shot dead a local journalist in the city of Guaymas on Thursday, prosecutors said.",
              "He was the fifth reporter killed in the country this year, a press group said."])
    value, _ = _main_date(a)
    assert value == "2021-05-06"


@pytest.mark.slow
def test_an_arrest_with_its_own_date_beats_a_later_statement(pipeline):
    a = _run(pipeline, "Rights group condemns detention of union leader",
             ["Police arrested the union leader Ali Hassan in Khartoum on April 12, 2021.",
              "Amnesty International said in a statement on Thursday that he must be released."])
    value, _ = _main_date(a)
    assert value == "2021-04-12"


@pytest.mark.slow
def test_each_report_keeps_its_own_sentences_date(pipeline):
    a = _run(pipeline, "Two activists attacked in Kampala",
             ["Unknown men beat an opposition activist in Kampala on Monday.",
              "On 2 February, police arrested a student leader in Gulu."])
    dates = {r.date.value for r in a.reports if r.date.value}
    assert "2021-05-03" in dates
    assert "2021-02-02" in dates
