"""Days told against the day told before them: "The next day, ...", "Two days later, ...", "a day
earlier", "the following morning", "hours later", "48 hours later", "a week later", "later the same
day" (sixteenth session: the one reader of the time stage and the events stage).

One phrase grammar (:data:`SHIFT_RE`) and one rule for the day such a phrase counts from, the day
an analyst would name as "the day before" it:

- the phrase has no anchor of its own: "the day after the attack", "two days before the vote", "the
  day before yesterday", "two days later than planned" are no such phrase (the first two are read
  by ``events.units.close_in_time`` / ``events.contrast.measured_back``);
- it counts from the day the text last gave to an act before it (:func:`anchor_day`): the nearest
  earlier mention of a single day within :data:`CHAIN_REACH` characters, leaving out the day the
  news was told ("..., police said on Monday") when its sentence dates the act by another day (a
  sentence whose only day is the day of telling dates its act by it, as ACLED codes it), a bound
  ("since April 20", "until May 2") and a day after publication (a plan: "the funeral is scheduled
  for May 12");
- a chained day counts on from a chained day ("The next day ... The following day ...");
- the day so counted is never after the publication day.

The time stage (:func:`eventwire.timex.tag_dates`) makes each such phrase a date mention
(:func:`chained_days`); the events stage, for a sentence that has none (the act told before was
dated without a mention near it: a live entry's day, the story's day), moves the day of the act told
before by :func:`sentence_shift` (``events.units.story_shift``, ``events.contrast.trailing_shift``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from .records import DateValue
from .timex import count_word, iso_day
from .timex_context import _TOLD_BEFORE, _sentence_starts

#: the day counts a shift of days is told by ("two days later")
SHIFT_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
#: How far back (characters) the day a chained mention counts from may lie.
CHAIN_REACH = 600

_N = r"an?|one|two|three|four|five|six|seven|\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[- ]\w+)?"
#: A day told against the day of the act told before it (see the module's docstring).
SHIFT_RE = re.compile(
    r"\b(?:"
    r"the\s+(?P<rel>previous|preceding|next|following)\s+(?:day|morning|afternoon|evening|night)"
    r"(?!\s+(?:after|before|of)\b)"
    r"|the\s+(?:day|morning|evening|night)\s+(?P<ba>before|after)(?![ \t]+\w)"
    r"|(?P<same>(?:later|earlier)\s+(?:that|the\s+same)\s+day|(?:hours|minutes)\s+(?:later|earlier|afterwards?))"
    r"|(?P<n>" + _N + r")\s+(?P<unit>days?|weeks?|hours?)\s+"
    r"(?:(?P<el>earlier|later|afterwards?)(?!\s+than\b)|(?P<ba2>before|after)(?![ \t]+\w))"
    r")\b",
    re.IGNORECASE)
_GATE = ("day", "hour", "week", "morning", "evening", "night", "afternoon")
_BACK = ("previous", "preceding", "before", "earlier")
#: The words every phrase of :data:`SHIFT_RE` holds (where :func:`find_shifts` looks).
_TAILS = ("later", "earlier", "before", "after", "previous", "preceding", "next", "following")
#: A bound before a day ("since April 20", "until May 2", "as of"): no day of an act.
_BOUND = re.compile(r"^(?:since|until|till|by|from|as\s+of|before|after)\b", re.IGNORECASE)

@dataclass(slots=True)
class DayShift:
    """A phrase of :data:`SHIFT_RE` at ``start:end``: ``days`` after the day it counts from
    (negative: before it; 0: the same day, "hours later")."""

    start: int
    end: int
    days: int
    text: str


def _count(word: str) -> int | None:
    low = word.lower()
    if low in SHIFT_NUMBERS:
        return SHIFT_NUMBERS[low]
    if low.isdigit():
        return int(low)
    parts = re.split(r"[- ]", low)
    got = [count_word(p) for p in parts]
    return None if any(g is None for g in got) else sum(g for g in got if g is not None)


def find_shifts(text: str) -> list[DayShift]:
    """The phrases of :data:`SHIFT_RE` in ``text`` (cheap word test first)."""
    low = text.lower()
    if not any(w in low for w in _GATE):
        return []
    out: list[DayShift] = []
    for m in _matches(text, low):
        if m.group("same"):
            days = 0
        elif m.group("n"):
            n = _count(m.group("n"))
            if n is None:
                continue
            unit = m.group("unit").lower()
            days = n * 7 if unit.startswith("week") else n // 24 if unit.startswith("hour") else n
            if days > 31:
                continue
            word = (m.group("el") or m.group("ba2") or "").lower()
            days = -days if word in _BACK else days
        else:
            word = (m.group("rel") or m.group("ba") or "").lower()
            days = -1 if word in _BACK else 1
        out.append(DayShift(m.start(), m.end(), days, m.group(0)))
    return out


def _matches(text: str, low: str) -> list[re.Match[str]]:
    """The matches of :data:`SHIFT_RE`, searched only around its tail words (each phrase holds one:
    the regex over a whole article is slow)."""
    hits: list[int] = []
    for w in _TAILS:
        i = low.find(w)
        while i >= 0:
            hits.append(i)
            i = low.find(w, i + 1)
    if not hits:
        return []
    hits.sort()
    spans: list[list[int]] = []
    for h in hits:
        a, b = max(0, h - 45), h + 25
        if spans and a <= spans[-1][1]:
            spans[-1][1] = b
        else:
            spans.append([a, b])
    out: list[re.Match[str]] = []
    for a, b in spans:
        for m in SHIFT_RE.finditer(text, a, min(len(text), b + 60)):
            if m.start() < b and (not out or m.start() >= out[-1].end()):
                out.append(m)
    return out


def sentence_shift(sentence: str, *, opening: bool = False) -> int | None:
    """Days back from the act told before that the first phrase of :data:`SHIFT_RE` in ``sentence``
    dates its own act to (negative: later; 0: the same day), or None; with ``opening``, only a
    phrase that opens the sentence ("Two days later, ...")."""
    for s in find_shifts(sentence):
        if opening and sentence[: s.start].strip(" \t\n\"“‘'(").lower() not in ("", "just", "only"):
            return None
        return -s.days
    return None


def anchor_day(text: str, pos: int, mentions: list[tuple[int, int, DateValue]], published: dt.date | None,
               *, starts: list[int] | None = None) -> dt.date | None:
    """The day a phrase at ``pos`` counts from (the rule of the module's docstring): the nearest
    mention (start, end, value; sorted by start) ending before ``pos`` within :data:`CHAIN_REACH`
    that gives a single day of an act."""
    starts = starts if starts is not None else _sentence_starts(text)
    for i in range(len(mentions) - 1, -1, -1):
        cs, ce, v = mentions[i]
        if ce > pos:
            continue
        if pos - ce > CHAIN_REACH:
            break
        if not v.value or v.precision != 1 or _BOUND.match(text[cs:ce].strip()):
            continue
        day = iso_day(v.value)
        if day is None or (published is not None and day > published):
            continue
        if _TOLD_BEFORE.search(text, max(0, cs - 40), cs) and _other_day_in_sentence(text, cs, mentions, starts):
            continue  # "... on Saturday, police said on Monday": the act's day is Saturday
        return day
    return None


def _other_day_in_sentence(text: str, cs: int, mentions: list[tuple[int, int, DateValue]], starts: list[int]) -> bool:
    k = bisect.bisect_right(starts, cs) - 1
    lo, hi = starts[k], starts[k + 1] if k + 1 < len(starts) else len(text)
    return any(lo <= s < hi and s != cs and v.value and v.precision == 1
               and not _TOLD_BEFORE.search(text, max(0, s - 40), s) for s, _e, v in mentions)


def chained_days(text: str, chosen: list[tuple[int, int, DateValue]],
                 published: dt.date | None) -> list[tuple[int, int, DateValue]]:
    """The days the text tells against the day told before them ("Militants attacked Dikwa on May 2.
    The previous day, ..."; "... on Saturday. Two days later, ..."), each counted from
    :func:`anchor_day` (a chained day counts on from a chained one); none after the publication day,
    none without such a day. ``chosen`` holds the other mentions (start, end, value), sorted by start."""
    shifts = find_shifts(text)
    if not shifts:
        return []
    out: list[tuple[int, int, DateValue]] = []
    pool = list(chosen)
    starts = _sentence_starts(text)
    for sh in shifts:
        if any(cs < sh.end and sh.start < ce for cs, ce, _ in chosen):
            continue
        anchor = anchor_day(text, sh.start, pool, published, starts=starts)
        if anchor is None:
            continue
        day = anchor + dt.timedelta(days=sh.days)
        if published is not None and day > published:
            continue
        found = (sh.start, sh.end, DateValue(value=day.isoformat(), precision=1, text=sh.text))
        out.append(found)
        pool.insert(bisect.bisect(pool, sh.start, key=lambda c: c[0]), found)
    return out
