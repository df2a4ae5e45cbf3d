"""The date finders scan only windows around their cores (timex._finder_matches): the spans must be
the ones each finder's scan of the whole text gives."""

from __future__ import annotations

import random

import pytest

from eventwire import timex
from eventwire.timex import (
    _CASE_FOLD,
    _FINDERS_LOWER,
    _GATES,
    _HOLIDAY_FINDER,
    _HOLIDAY_WORDS,
    _finder_matches,
)


def _whole_scan(low: str) -> list[tuple[int, int]]:
    """Every finder over the whole text (the scan before windows)."""
    out: list[tuple[int, int]] = []
    for rx, gate in zip(_FINDERS_LOWER, _GATES, strict=True):
        if gate is None or any(w in low for w in gate):
            out.extend((m.start(), m.end()) for m in rx.finditer(low))
    if any(w in low for w in _HOLIDAY_WORDS):
        out.extend((m.start(), m.end()) for m in _HOLIDAY_FINDER.finditer(low))
    return out


TEXTS = [
    "Gunmen attacked the market on Monday night, a week after the March 3 raid.",
    "On the eve of Tuesday, 3rd - 4th of September 2019 the talks ended; in early-March 2020 they resumed.",
    "The summary of the primary decision was made in the doctor's office on Saturday's morning.",
    "Between 2006 and 2008, and from 2009 to 2017, the 2011-2012 protests (2014–2016) ran; 12/05/2018.",
    "It happened two days ago, late last night, and earlier this month; in recent weeks; the weekend.",
    "May Day rallies; this may be March; New Year's Eve, Christmas Day; on 28 August last year.",
    "The Sunday Times said Friday of last week; summer of 2019; in spring 2020; March of this year.",
    # a date right at a window's reach, and a long run of blanks (scanned whole)
    "x" * 500 + " on Monday " + "y" * 500,
    "He left on" + " " * 12 + "Monday, 3 March 2019.",
    "She came\n\non Tuesday\n\n\n\nand on 4 May 2021 - - - - - - - - then 1999-2001.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_windows_find_what_the_whole_scan_finds(text):
    low = text.translate(_CASE_FOLD)
    assert list(_finder_matches(low)) == _whole_scan(low)
    assert _whole_scan(low)  # each text holds dates: the comparison is not of two empty lists


def test_random_glued_date_words_agree():
    rnd = random.Random(7)
    pieces = ["on", "the eve of", "Monday", "Tuesday's", "night", "3", "31st", "-", "of", "March", "Sept.", "2019",
              "and", "2021", "last", "week", "year", "early", "in", "since", "ago", "two", "days", "overnight",
              "yesterday", "May", "may", "Times", "between", "from", "to", "12/05/2018", "1971-79", "(2014–2016)",
              "Christmas Day", "summer", "market", "mondays", "decided"]
    seps = [" ", "  ", "\n", "\n\n", ", ", " - ", "\t", "   \n   ", "-"]
    found = 0
    for _ in range(1500):
        text = "".join(rnd.choice(pieces) + rnd.choice(seps) for _ in range(rnd.randint(3, 80)))
        low = text.translate(_CASE_FOLD)
        whole = _whole_scan(low)
        assert list(_finder_matches(low)) == whole, text
        found += len(whole)
    assert found > 1000


def test_a_month_inside_a_word_opens_no_window():
    low = "the market summary was decided" + " filler" * 80 + " in march 2020"
    windows = timex._windows(low, timex._MONTH_CORE)
    assert len(windows) == 1 and windows[0][1] == len(low)
