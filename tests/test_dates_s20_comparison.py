"""The main event's date: a date told as the baseline or whole period of a comparison or tally ("up
from 21 in 2019", "compared with 12 assaults in 2020", "in the whole of 2019") is a statistic's reference
period, not the time of the act (twentieth session, ``events.dating.COMPARISON_RE``). All texts are
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.events import dating
from eventwire.records import Article
from eventwire.timex import tag_dates

PUB = dt.date(2022, 6, 15)


def _article(text: str) -> Article:
    article = Article(id="t", text=text, published=PUB)
    tag_dates(article)
    return article


def test_the_baseline_of_a_rise_does_not_date_the_act():
    article = _article("Pirates seize more sailors\n\nPirates kidnapped 64 sailors in the Gulf of Guinea last year, up "
                       "from 21 sailors kidnapped in 2019, the maritime bureau said on Monday.")
    got = dating.main_event_date(article, None)
    assert (got.value, got.year) == (None, 2021), got
    cands = dating.date_candidates(article, None)
    assert [c.mention.text for c in cands if c.features.get("comparison")] == ["in 2019"]
    dating.rescore(cands, {**dating.DATE_WEIGHTS, "comparison": 0.0})
    assert dating.pick_date(cands).year == 2019  # the feature decides: without it the baseline wins


@pytest.mark.parametrize(("text", "marked"), [
    ("Attacks on reporters rise\n\nAt least 40 reporters were assaulted in the past six months, compared with 12 "
     "assaults in 2020, the union said.", ["in 2020"]),
    ("Miners strike again\n\nMiners walked out in 2021, a sharp increase from 3 strikes in 2018.", ["in 2018"]),
    ("Arrests of reporters\n\nArrests of reporters increased from 12 in 2019 to 30 in 2021, the union said.",
     ["in 2019"]),
])
def test_a_comparisons_baseline_is_marked(text, marked):
    cands = dating.date_candidates(_article(text), None)
    assert [c.mention.text for c in cands if c.features.get("comparison")] == marked
    assert dating.DATE_WEIGHTS["comparison"] < 0


@pytest.mark.parametrize("text", [
    "Pirates seize sailors\n\nPirates kidnapped 21 sailors off Benin in 2019 and held them for a month.",
    "Leader ousted\n\nThe president fell from power in 2019 after weeks of protests in the capital.",
    "Reporters attacked\n\nAll of the reporters were beaten in 2020, the union said.",
])
def test_a_date_outside_a_comparison_is_not_marked(text):
    cands = dating.date_candidates(_article(text), None)
    assert not [c for c in cands if c.features.get("comparison")]


@pytest.mark.parametrize("before", [
    "Arrests increased from 12 in ", "The toll rose sharply from about 40 in ", "compared with 12 assaults in ",
    "the same period of ", "executions carried out in the whole of ", "He fell from power in ",
    "Pirates kidnapped 21 sailors off Benin in ", "rose from 12 in 2019 to 30 in ",
])
def test_the_gated_readings_agree_with_the_whole_pattern(before):
    text = before + "2019 and more."
    end = len(before)
    assert dating._comparison(text, 0, end) == (dating.COMPARISON_RE.search(text, 0, end) is not None)
