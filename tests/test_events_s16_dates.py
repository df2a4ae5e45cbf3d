"""Dates in ordinary news (sixteenth session): one reader of days told against the day told before
them (``eventwire.dayshift``: the time stage's chained mentions and the events stage's
``units.story_shift`` / ``contrast.trailing_shift``), and "a week ago Sunday". All texts are
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.dayshift import find_shifts, sentence_shift
from eventwire.events.contrast import trailing_shift
from eventwire.events.units import story_shift
from eventwire.records import Article
from eventwire.timex import tag_dates

WED = dt.date(2024, 5, 8)  # a Wednesday


def dates(text: str, published: dt.date = WED) -> dict[str, tuple[str | None, int | None]]:
    article = Article(id="t", text=text, published=published)
    tag_dates(article)
    return {m.text: (m.date.value, m.date.precision) for m in article.date_mentions}


# -- the phrases ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("phrase, days", [
    ("The next day", 1), ("the following day", 1), ("The following morning", 1), ("the next evening", 1),
    ("The previous day", -1), ("the preceding night", -1), ("A day earlier", -1), ("Three days earlier", -3),
    ("Two days later", 2), ("48 hours later", 2), ("Forty-eight hours later", 2), ("24 hours later", 1),
    ("Hours later", 0), ("a few hours later", 0), ("Later the same day", 0), ("later that day", 0),
    ("A week later", 7), ("two weeks earlier", -14), ("the night before", -1), ("a day after", 1),
])
def test_a_shift_phrase_and_its_days(phrase, days):
    got = find_shifts(f"Soldiers retook the town {phrase}.")
    assert [s.days for s in got] == [days]


@pytest.mark.parametrize("text", [
    "Soldiers retook the town the day after the attack.",
    "Soldiers retook the town two days before the vote.",
    "Soldiers had withdrawn the day before yesterday.",
    "The talks ended two days later than planned.",
    "Soldiers retook the town on the next day of talks.",
    "Soldiers retook the town 48 hours after the ambush.",
])
def test_a_phrase_with_an_anchor_of_its_own_is_no_shift(text):
    assert find_shifts(text) == []


def test_the_events_stage_reads_the_same_phrases():
    # story_shift: a phrase opening the sentence; trailing_shift: one anywhere in it (days back, - later)
    assert story_shift("Two days later, soldiers retook it.") == -2
    assert story_shift("The following morning, soldiers retook it.") == -1
    assert story_shift("A day earlier, soldiers had withdrawn.") == 1
    assert story_shift("Soldiers retook it two days later.") is None
    assert trailing_shift("Soldiers retook it two days later.") == -2
    assert trailing_shift("Soldiers had withdrawn the previous day.") == 1
    assert trailing_shift("Hours later, a bomb went off.") == 0
    for s in ("The day before yesterday, soldiers withdrew.", "Two days after the raid, soldiers withdrew."):
        assert story_shift(s) is None and trailing_shift(s) is None and sentence_shift(s) is None


# -- the day they count from -----------------------------------------------------------------------------
def test_a_shift_counts_from_the_act_not_from_a_bound_or_a_plan():
    got = dates("Troops clashed with rebels near Beni on Monday. The area has been under curfew since April 20. "
                "The next day, rebels raided a village.")
    assert got["The next day"] == ("2024-05-07", 1)  # not the day after "since April 20"
    got = dates("Gunmen killed a chief in Kajuru on Thursday. His funeral is scheduled for May 12. The next day, "
                "police arrested four suspects.")
    assert got["The next day"] == ("2024-05-03", 1)  # not the day after the funeral to come


def test_the_day_of_telling_counts_only_when_it_is_the_acts_only_day():
    got = dates("Militants attacked Dikwa on Saturday, police said on Monday. Two days later, soldiers retook it.")
    assert got["Two days later"] == ("2024-05-06", 1)  # from Saturday
    got = dates("Gunmen killed three farmers in Bassa, police said on Monday. A day earlier, herders had "
                "attacked a village in Riyom.")
    assert got["A day earlier"] == ("2024-05-05", 1)  # the killings are Monday's as the report dates them


def test_shifts_in_hours_and_weeks_and_across_paragraphs():
    got = dates("Gunmen stormed a hotel in Mogadishu on 3 May. Security forces ended the siege 48 hours later.")
    assert got["48 hours later"] == ("2024-05-05", 1)
    got = dates("Israeli aircraft struck a house in Rafah on Monday.\n\nHours later, militants fired rockets.")
    assert got["Hours later"] == ("2024-05-06", 1)
    got = dates("Police arrested 30 protesters in Khartoum on April 20.\n\nA week later, the RSF shelled a market.")
    assert got["A week later"] == ("2024-04-27", 1)
    got = dates("Drones struck a car on 29 April.\n\n\"This is a violation,\" the SDF said in a statement.\n\n"
                "Two days later, artillery shelled villages.")
    assert got["Two days later"] == ("2024-05-01", 1)
    # none past the publication day
    assert "A week later" not in dates("Police arrested 30 protesters on May 6. A week later, the RSF shelled a market.")


# -- "a week ago Sunday" ----------------------------------------------------------------------------------
def test_a_week_ago_sunday_is_one_day():
    assert dates("Gunmen attacked a church in Owo a week ago Sunday.") == {"a week ago Sunday": ("2024-04-28", 1)}
    assert dates("Gunmen struck two weeks ago Friday night.") == {"two weeks ago Friday night": ("2024-04-19", 1)}
    # told on a Wednesday, "a week ago Wednesday" is the Wednesday before
    assert dates("A week ago Wednesday, troops left.") == {"A week ago Wednesday": ("2024-05-01", 1)}
    # apart, they stay two
    assert dates("It happened a week ago. Sunday was calm.") == {"a week ago": ("2024-05-01", 2),
                                                                 "Sunday": ("2024-05-05", 1)}


# -- through the pipeline ---------------------------------------------------------------------------------
def _reports(pipeline, text: str, published: dt.date = WED):
    return pipeline.process(Article(id="t", text=text, published=published)).reports


@pytest.mark.parametrize("text, key, day", [
    ("Houthi forces fired a ballistic missile at a cargo ship in the Red Sea on 3 May.\n\nThe following morning, "
     "US aircraft struck Houthi radar sites near Hodeidah.", "radar", "2024-05-04"),
    ("Gunmen stormed a hotel in Mogadishu on 3 May, killing nine people. Security forces ended the siege 48 hours "
     "later, killing all five attackers.", "siege", "2024-05-05"),
    ("Gunmen killed a soldier in Kidal on Saturday. The night before, drones struck a rebel base near Tessalit.",
     "rebel base", "2024-05-03"),
    ("Troops clashed with ADF rebels near Beni on Monday, killing seven. The area has been under curfew since "
     "April 20. The next day, rebels raided a village near Oicha, killing four civilians.", "raided", "2024-05-07"),
])
def test_an_act_told_against_the_act_before_it_takes_that_day(pipeline, text, key, day):
    reports = _reports(pipeline, text)
    got = [r.date.value for r in reports if key in r.evidence.text]
    assert got and got[-1] == day, [(r.sub_event_type, r.date.value, r.evidence.text[:60]) for r in reports]
