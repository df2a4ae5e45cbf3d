"""Each date finder's windows reach as far as its matches can (eventwire.timex_reach): the scan of the
windows must still give the spans of each finder's scan of the whole text."""

from __future__ import annotations

import random
import re

import pytest

from eventwire import timex
from eventwire.timex_reach import LONG_RUN, finder_reach

DEFAULT = (300, 100)


def test_a_bounded_finder_reaches_its_width_and_reading() -> None:
    # at most 2 + 7 + 4 = 13 characters long; reads one more (the word boundary): 14
    assert finder_reach(re.compile(r"\b(?:in|by)\s+(?:19|20)\d{2}\b"), default=DEFAULT) == (27, 14)


def test_look_aheads_lengthen_the_reading() -> None:
    plain = finder_reach(re.compile(r"\bby\s+20\d{2}"), default=DEFAULT)
    ahead = finder_reach(re.compile(r"\bby\s+20\d{2}(?!\s+(?:bc|ad)\b)"), default=DEFAULT)
    assert ahead[1] - plain[1] == LONG_RUN - 1 + 2
    assert ahead[0] - plain[0] == ahead[1] - plain[1]


@pytest.mark.parametrize("pattern", [r"[ \t]+20\d\d", r"[\s\-]+20\d\d", r"\s*20\d\d", r"-+20\d\d"])
def test_runs_of_blanks_and_dashes_are_bounded(pattern: str) -> None:
    reach, guard = finder_reach(re.compile(pattern), default=DEFAULT)
    assert guard == LONG_RUN - 1 + 4 + 1 and reach < DEFAULT[0]


@pytest.mark.parametrize("pattern", [r"\b[a-z]+\s+20\d\d", r"[^\s]+ 20\d\d", r"\d+ years", r"20\d\d(?=.*x)"])
def test_an_unbounded_finder_keeps_the_default(pattern: str) -> None:
    assert finder_reach(re.compile(pattern), default=DEFAULT) == DEFAULT


def test_a_long_bound_keeps_the_default() -> None:
    assert finder_reach(re.compile(r"\b(?:a\s+){40}20\d\d"), default=DEFAULT) == DEFAULT


def test_most_finders_reach_less_than_the_default() -> None:
    shorter = [r for r in timex._REACHES if r[0] < timex._REACH]
    assert len(shorter) >= len(timex._REACHES) - 3
    assert all(guard < reach for reach, guard in timex._REACHES)


def _whole_scan(low: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for rx, gate in zip(timex._FINDERS_LOWER, timex._GATES, strict=True):
        if gate is None or any(w in low for w in gate):
            out.extend((m.start(), m.end()) for m in rx.finditer(low))
    if any(w in low for w in timex._HOLIDAY_WORDS):
        out.extend((m.start(), m.end()) for m in timex._HOLIDAY_FINDER.finditer(low))
    return out


def test_dates_at_every_distance_from_each_other_agree() -> None:
    """Dates and date words apart by fillers of every length around the finders' reaches."""
    rnd = random.Random(20)
    dates = ["on 3 March 2019", "March 3, 2019", "in 2014", "from 2009 to 2017", "2011-2012", "last Monday night",
             "two weeks ago", "earlier this month", "in early-March 2020", "on the 21st of this month", "1999",
             "Tuesday of last week", "the summer of 2018", "early 2016", "12/05/2018", "in May last year",
             "since mid-2015", "as early as 2010", "last night", "this year", "on the 5th, when", "year-end 2020"]
    seps = [" ", "  ", "\n", ", ", " - ", "\t", "      ", "-", "--", ". "]
    found = 0
    for _ in range(600):
        parts: list[str] = []
        for _ in range(rnd.randint(1, 12)):
            parts.append(rnd.choice(dates))
            gap = rnd.choice([0, 1, 5, 10, 15, 20, 30, 40, 60, 80, 100, 120, 150, 200, 260, 300, 400])
            filler = "".join(rnd.choice("abcdefgh ") for _ in range(gap))
            parts.append(rnd.choice(seps) + filler + rnd.choice(seps))
        low = "".join(parts).translate(timex._CASE_FOLD)
        whole = _whole_scan(low)
        assert list(timex._finder_matches(low)) == whole, low
        found += len(whole)
    assert found > 2000


def test_last_word_is_what_the_pattern_finds() -> None:
    from eventwire.timex_context import _LAST_WORD, _last_word

    rnd = random.Random(3)
    for _ in range(4000):
        text = "".join(rnd.choice("abXY. \n\n,é1") for _ in range(rnd.randint(0, 20)))
        end = rnd.randint(0, len(text))
        lo = rnd.randint(0, end)
        m = _LAST_WORD.search(text, lo, end)
        assert _last_word(text, lo, end) == (m.group(0) if m else ""), (text, lo, end)


def test_sentence_starts_skip_abbreviations() -> None:
    from eventwire.timex_context import _sentence_starts

    text = "On Jan. 28 Mr. Ali left. U.S. troops came.\nThen Gen. Haftar spoke. He said A. B. no."
    starts = _sentence_starts(text)
    assert [text[s:s + 4] for s in starts] == ["On J", "U.S.", "Then", "He s"]
