"""The time stage: date expressions in the text, resolved against the publication date.

Precision follows ACLED's time_precision: 1 = the day is known, 2 = the week (or weekend) is known and
the value is its mid-point (the Wednesday of a Monday-Sunday week, the Saturday of a weekend), 3 = only
the month is known and the value is its first day.

Relative expressions ("on Saturday", "yesterday", "last March", "two days ago") need a publication
date: without one they stay unresolved, with ``reason="no publication date"``; nothing is invented.
Absolute expressions with a year ("3 May 2016", "2016-05-03", "March 2016") resolve without one.

Conventions:
- a weekday ("on Saturday", "last Saturday", "Saturday's attack", "Sunday night") is the most recent
  such day on or before the publication day (published Monday 2016-05-16: Saturday = 2016-05-14;
  "last Monday" told on a Monday is the Monday a week before);
  "next Saturday" is the first one after it;
- "last night", "overnight" = the day before publication; "yesterday" = the day before; "overnight"
  before or after a day it names ("overnight Saturday into Sunday", "Friday overnight") is that day;
- "a fortnight ago" is the week two weeks back (precision 2);
- "a week ago Sunday", "two weeks ago Friday night" (US usage) are one day: that weekday so many weeks
  before the one the weekday alone names;
- a day told against the day told before it ("The next day", "two days later", "a day earlier", "the
  following morning", "hours later", "48 hours later", "a week later") counts from the day the text last
  gave to an act (:mod:`eventwire.dayshift`);
- those words, and "today", "this morning", in a sentence that says on which day of the week before
  publication its news was told ("..., officials said on Tuesday") count from that day instead;
- a day and month without a year ("on 3 May") is in the publication year, or the year before when that
  would put it more than a month after the publication date;
- a month without a year ("in March", "last March") is the most recent such month: "in March" may be
  the publication month itself, "last March" never is (published 2016-05-16: 2016-03-01, precision 3);
- "last week" is the previous Monday-Sunday week (its Wednesday, precision 2); "this week" its own
  week's Wednesday, or the publication day when that comes first ("earlier this week": the day before
  publication when that comes first, within the week);
- "last weekend" is the last weekend that ended before the publication day; "over the weekend", "this
  weekend", "at the weekend" the most recent one (its Saturday, precision 2); a span of weekdays
  ("between Friday and Sunday", "from Monday to Wednesday") is one mention: its first day, precision 2;
- "earlier this month" / "this month" = the publication month, "last month" the one before (3);
- years alone ("in 2016", "early 2019", "a 2017 kidnapping"), "last year", "earlier this year", "two years
  ago" are vaguer than ACLED's month: unresolved (``value`` None, reason "vaguer than a month"), but the
  year is kept in ``DateValue.year`` (the relative ones need a publication date for it); so are seasons
  ("in spring 2020") and the years of a range or list ("between 2006 and 2008", "from 2009 to 2017",
  "in 2014 and 2019": each year its own mention);
- "March last year" / "June this year" is that month of the year before / of the publication year;
  "Friday last week" the Friday of the previous Monday-Sunday week;
- a month may be abbreviated before its year ("Jan 2002", "Sept. 2019");
- a holiday of a fixed day ("on New Year's Eve", "Christmas Day 2018", "on Human Rights Day",
  :data:`HOLIDAY`) is that day and month, read like "on 31 December" (the publication year or the one
  before, the story's year, forward on a verb in the future); "Christmas" or "the new year" alone
  name no day;
- a span of years ("Idi Amin (1971-79)", "the 2011-2012 protests") gives its first year as a year
  alone, as well as the second when it is written out; a span of days ("Jan. 14-17, 2018", "14–17
  January") is its first day;
- "on 28 August last year": the day, its year from the words after it (they are no mention of
  their own; "on Tuesday last year" and "3 May 2016 last year" keep them);
- "in October of 2019", "5 October of 2019" are that month / day of that year (a span of days told
  in words, "between 3 and 5 May", is its last day's mention: the events stage reads the range,
  ``events.units``);
- "on the 9th" (a day of the month alone, ending its clause: not "the 9th Circuit") is the latest
  such day on or before publication, "on the 28th of last month" that day of the month before;
- number words up to ninety and decades before "ago" ("Twenty years ago", "a decade ago": the year
  ten years before publication); a year after words that add nothing to it ("as early as 2015",
  "the year 2019", "in both 2019 and 2020", "the first nine months of 2020") is a year alone;
- a yearless month joined to the next one by "and", "to", "-" ... takes its year ("in January and
  February 2020": January 2020);
- a yearless day or month takes the year of the nearest earlier date of its sentence that has one
  ("In 2014, on 3 May ..."), and one right after it: "on July 2 this year", "on 28 August last year";
- a yearless day takes the year of the narrative its paragraph tells ("In 2002, troops entered the
  valley. On January 28, soldiers ...": 2002-01-28): the nearest earlier date within its sentence and
  the two before it decides, when it is a day with its year (the new day at most a month before it),
  or a year or a month with its year that opens its sentence ("In 2002, ...", "In June 2007, ...";
  not "founded in 2014", not "since 2014"), of another year than the publication's; a date read
  against the publication date in between ("last week") ends the narrative; weekdays and other
  relative expressions always keep the publication as their anchor;
- a yearless day or month after the years its sentence says have passed since then ("It has been
  a year since the election, but the aftershocks of 9 August ...", "the second anniversary of the
  coup of 1 February") takes the year that many years before publication;
- a yearless day, month or weekday on a verb in the future ("results will be declared on May 2", "is
  due to resume on Tuesday", "is scheduled for January 2", "On Wednesday, the court will rule") is
  read forward: the first such day on or after publication (a day-month up to a week before it
  stays this year's), the first such month from the publication month on ("will be held in May");
- a yearless day on a plan ("a court date on Dec. 2", "to recommence on May 18th", "a hearing set
  for 3 March") that would lie one to four months after publication is still to come, not last year's;
- a bound word right before a date ("until 2014", "by 2014", "before Tuesday", "as of today") is part
  of the mention, so that its text says it is a bound (``events.dating.BOUND_RE``);
- in a text that uses capitals, a lower-case "may" / "march" ending an expression without a number
  ("this may be", "they march in march") is the verb, not the month ("on 11 march 2021" is a date;
  so is "in may" in an all lower-case text).

The conventions that read a date in its context (the story's year, the future, bound words) are
implemented in :mod:`eventwire.timex_context`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterator

from .events import doctables
from .events.words import doc_ents
from .records import Article, DateMention, DateValue
from .timex_reach import LONG_RUN, finder_reach

log = logging.getLogger(__name__)

NO_PUBLICATION_DATE = "no publication date"
UNRECOGNISED = "unrecognised expression"
TOO_VAGUE = "vaguer than a month"
OLD_YEAR = "a year before 1900"
_OLD_YEAR_RE = re.compile(r"\b1[0-8]\d\d\b")
#: A day and month followed by a year before 1900 ("on 13 November 1839") is no day of a recent year.
_NO_OLD_YEAR = r"(?!,?\s+(?:of\s+)?1[0-8]\d\d\b)"

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
            "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
            "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
            "a couple of": 2, "couple of": 2,
            "a few": 3, "few": 3, "several": 3}

MONTH_FULL = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
MONTH_ANY = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
             r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d{2}"
NUM = (r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
       r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+couple\s+of|"
       r"a\s+few|several)")
PART = r"(?:morning|afternoon|evening|night|overnight)"
_PREP = r"(?:on|since|until|till|by|from|before|after|as\s+of)"
_PREP_NORM = r"(?:on|since|until|till|by|from|before|after|as of)"  # the same, in normalised text
#: The end of a span of days ("Jan. 14-17, 2018", "14–17 January"): the span is dated by its first day.
_DAY_RANGE = r"(?:\s?[-\u2013]\s?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d/.]\d))?"
#: "on the eve of Sunday's election", "on the eve of 3 May": the day before the day it names
_EVE = r"(?:on\s+)?the\s+eve\s+of\s+"
_EVE_NORM = re.compile(r"(?:on )?the eve of ")
#: Holidays of a fixed day ("on New Year's Eve", "Christmas Day 2018", "on Human Rights Day"): read as
#: the day and month they fall on (lower case: the finders run over a lower-cased copy).
HOLIDAY = (r"(?:new\s+year(?:['’]?s)?\s+(?:eve|day)|christmas\s+(?:eve|day)|boxing\s+day|armistice\s+day|valentine(?:['’]?s)?\s+day|"
           r"halloween|international\s+women(?:['’]?s)?\s+day|human\s+rights\s+day|"
           r"international\s+workers(?:['’]?s?)?\s+day|may\s+day)")
_HOLIDAY_NORM = re.compile(HOLIDAY)


def names_holiday(text: str) -> bool:
    """Whether ``text`` names a holiday of a fixed day (:data:`HOLIDAY`: "on New Year's Eve")."""
    low = text.lower()
    return ("day" in low or "eve" in low or "halloween" in low) and bool(_HOLIDAY_NORM.search(_norm(text)))


#: The day and month of each holiday of :data:`HOLIDAY`, by a word of its name.
_HOLIDAY_DAYS = (("year's eve", "31 december"), ("years eve", "31 december"), ("year eve", "31 december"),
                 ("new year", "1 january"), ("christmas eve", "24 december"), ("christmas", "25 december"),
                 ("boxing", "26 december"), ("armistice", "11 november"), ("valentine", "14 february"), ("halloween", "31 october"),
                 ("women", "8 march"), ("human rights", "10 december"), ("workers", "1 may"), ("may day", "1 may"))
# "Good Friday", "Bloody Sunday", "the Sunday Times" are no dates
_HOLIDAY_BEFORE = re.compile(r"\b(?:good|black|ash|easter|palm|bloody|holy|super|cyber|maundy|whit|mothering)\s+$",
                             re.IGNORECASE)
_NOT_TITLE = (r"(?!\s+(?:times|telegraph|express|mirror|post|herald|tribune|mail|independent|people|"
              r"observer|star|sport|night\s+live)\b)")

#: Words before a year alone that add nothing the finders read ("as early as 2015", "the year 2019", "in
#: both 2019 and 2020", "the first nine months of 2020"); lower case, blanks as ``\s+``.
_YEAR_LEAD = (r"(?:as\s+(?:early|late|recently)\s+as|the\s+year|(?:in\s+)?both|(?:in\s+|during\s+)?(?:the\s+)?"
              r"(?:first|second|third|fourth|last|final)\s+(?:half|quarter|(?:[a-z]+\s+)?(?:days|weeks|months))\s+of)")
_YEAR_LEAD_NORM = re.compile(_YEAR_LEAD.replace(r"\s+", " ") + rf" ({YEAR})")

#: A day of the month written as an ordinal in figures ("the 9th", "the 21st").
_ORDINAL_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
_ORDINAL_DAY_NORM = re.compile(r"(?:on )?the ((?:3[01]|[12]\d|0?[1-9]))(?:st|nd|rd|th)(?: of (this|last) month)?")

# the patterns that find date expressions in text (each match is resolved by resolve_date_expression)
_FINDERS: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.IGNORECASE) for p in (
    rf"\b{YEAR}-(?:1[0-2]|0?[1-9])-(?:3[01]|[12]\d|0?[1-9])\b",
    rf"(?<![\d/.])\d{{1,2}}[/.]\d{{1,2}}[/.]{YEAR}(?![\d/]|\.\d)",  # may end a sentence: "on 03/06/2019."
    rf"\b(?:{_EVE}|{_PREP}\s+)?(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}{_DAY_RANGE}(?:\s+of)?\s+{MONTH_ANY}(?:,?\s+(?:of\s+)?{YEAR})?\b{_NO_OLD_YEAR}",
    rf"\b(?:{_EVE}|{_PREP}\s+)?(?:{WEEKDAY},?\s+)?{MONTH_ANY}\s+{DAY}{_DAY_RANGE}(?:,?\s+{YEAR})?(?!\d)\b{_NO_OLD_YEAR}",
    rf"\b(?:(?:in|since|until|till|by|during|from|of|before|after)\s+)?"
    rf"(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s\-]+)?"
    rf"{MONTH_FULL},?\s+(?:of\s+)?{YEAR}\b",  # "in October of 2019"
    rf"\b(?:(?:in|last|this|next|since|until|till|by|during|early|mid|late|earlier|later|of|"
    rf"(?:the\s+)?end\s+of|(?:the\s+)?beginning\s+of|(?:the\s+)?start\s+of|the\s+middle\s+of)[\s\-]+){{1,2}}"
    rf"{MONTH_FULL}\b(?!\s+\d)",
    rf"\b(?:{_EVE}|(?:on|last|this|past|next|early|late|since|until|till|by|from)\s+)?"
    rf"(?:(?:in\s+)?the\s+early\s+hours\s+of\s+)?{WEEKDAY}(?:'s|’s)?(?:\s+{PART})?\b{_NOT_TITLE}",
    r"\b(?:(?:late|early)\s+)?(?:yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?\b",
    r"\b(?:the\s+day\s+before\s+yesterday|(?:late\s+|early\s+)?last\s+night|overnight(?!\s+(?:on\s+|into\s+|from\s+|"
    rf"to\s+)?(?:{WEEKDAY}|{MONTH_ANY}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_ANY}))|tonight|"
    r"this\s+(?:morning|afternoon|evening)|earlier\s+today|(?:in\s+)?the\s+early\s+hours(?:\s+of\s+(?:today|this\s+morning))?)\b",
    rf"\b{NUM}\s+(?:days?|weeks?|fortnights?|months?|years?|decades?)\s+ago\b",
    r"\b(?:(?:earlier|later|late|early)\s+)?(?:last|this|past|previous|next)\s+(?:week|weekend)\b",
    r"\b(?:over|at|during)\s+the\s+weekend\b|\bthe\s+past\s+(?:week|weekend)\b|\bearlier\s+(?:in\s+)?the\s+week\b",
    r"\b(?:(?:earlier|later|late|early)\s+)?(?:this|last|next|the\s+past)\s+month\b|\bin\s+recent\s+weeks\b",
    r"\b(?:(?:earlier|later|late|early)\s+)?(?:this|last|next)\s+year\b",
    rf"\b(?:in|since|during|until|till|by|before|after|from)\s+{YEAR}\b",
    rf"\b(?:(?:in|since|during|by)\s+)?(?:the\s+)?(?:early|late|mid|end\s+of|beginning\s+of|start\s+of|summer\s+of|"
    rf"spring\s+of|autumn\s+of|fall\s+of|winter\s+of)[\s\-]+{YEAR}\b",
    # additions: "Jan 2002", "spring 2020", "March last year", "Friday last week", and the years of a
    # range or list ("between 2006 and 2008", "from 2009 to 2017", "in 2014 and 2019")
    rf"\b(?:(?:in|since|until|till|by|during|from|of|before|after)\s+)?{MONTH_ANY}\s+{YEAR}\b",
    rf"\b(?:(?:in|since|during|by)\s+)?(?:the\s+)?(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter)"
    rf"\s+(?:of\s+)?{YEAR}\b",
    # (not after a day: "on 28 August last year" is the day, its year from the words after it)
    rf"(?<!\d\s)(?<!\d(?:st|nd|rd|th)\s)\b(?:(?:in|since|during|by)\s+)?{MONTH_FULL}\s+(?:of\s+)?(?:last|this)\s+year\b",
    rf"\b(?:on\s+)?{WEEKDAY}\s+(?:of\s+)?last\s+week\b",
    rf"\b(?:between|from)\s+{YEAR}(?=\s*(?:and|to|until|till|-|\u2013)\s*{YEAR}\b)",
    rf"(?:(?<={YEAR} and )|(?<={YEAR} to )|(?<={YEAR} until )|(?<={YEAR}-)|(?<={YEAR}\u2013)){YEAR}\b(?!-\d)",
    # the first year of a span "1971-79", "(2014–2016)", "the 2011-2012 protests" (not an ISO day)
    rf"(?<![\w\-/.]){YEAR}(?=\s?[-\u2013]\s?(?:{YEAR}|\d{{2}})\b(?![-/.]\d))",
    # a year alone after words that say no more than the year: "as early as 2015", "the year 2019",
    # "in both 2019 and 2020", "the first nine months of 2020", "the first half of 2020"
    rf"\b{_YEAR_LEAD}\s+{YEAR}\b(?![-/.]\d)",
    # a day of the month alone, ending its clause: "since the rigged election on the 9th, ...",
    # "on the 9th of this month" (not "on the 9th Circuit", "on the 18th floor", "the 9th of May")
    rf"\bon\s+the\s+{_ORDINAL_DAY}(?:\s+of\s+(?:this|last)\s+month\b|(?=\s*[,.;:)!?]|\s*$|\s+(?:and|but|when|while|as|after|before)\b))",
))


# -- resolution ------------------------------------------------------------------------------------
def iso_day(value: str | None) -> dt.date | None:
    """The day of an ISO date or datetime string ("2016-05-14", "2016-05-14T08:00"); None when
    ``value`` is empty or not a date."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _norm(text: str) -> str:
    t = text.replace("’", "'").replace("\u00a0", " ").strip().lower()
    return re.sub(r"\s+", " ", t).strip(" ,.;:")


def _day(d: dt.date, text: str) -> DateValue:
    return DateValue(value=d.isoformat(), precision=1, text=text)


def _week(d: dt.date, text: str) -> DateValue:
    return DateValue(value=d.isoformat(), precision=2, text=text)


def _month(year: int, month: int, text: str) -> DateValue:
    return DateValue(value=dt.date(year, month, 1).isoformat(), precision=3, text=text)


def _unresolved(text: str, reason: str) -> DateValue:
    return DateValue(value=None, precision=None, text=text, reason=reason)


def _number(word: str) -> int | None:
    w = re.sub(r"\s+", " ", word.strip().lower())
    if w.isdigit():
        return int(w)
    return _NUMBERS.get(w)


def count_word(word: str) -> int | None:
    """The number a count word or numeral gives ("three" 3, "12" 12, "a few" 3), or None."""
    return _number(word)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _wednesday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=2)


def resolve_date_expression(text: str, published: dt.date | None, *, year: int | None = None,
                            forward: bool = False) -> DateValue:
    """Resolve one date expression ("on Saturday", "last March", "3 May 2016") against the
    publication date. Unresolved values carry a ``reason``.

    ``year`` is the year the context gives ("In 2014, on 3 May ..."): a day or month without a year
    of its own is then read in that year, with or without a publication date. ``forward`` reads a
    day, month or weekday without a year (or "last" / "next") as still to come ("results will be
    declared on May 2", "the court will rule on Tuesday"): the first such day on or after the
    publication day (a day-month up to a week before it still counts as this year's: the text was
    written before it went out), the first such month from the publication month on."""
    if isinstance(published, dt.datetime):
        published = published.date()
    t = _norm(text)
    if not t:
        return _unresolved(text, UNRECOGNISED)
    if _OLD_YEAR_RE.search(t):
        return _unresolved(text, OLD_YEAR)  # "on 13 November 1839": history, not this year's 13 November
    eve = _EVE_NORM.match(t)
    if eve:  # the day before the day it names; a week or month named stays as it is
        value = resolve_date_expression(t[eve.end():], published, year=year, forward=forward)
        day = iso_day(value.value) if value.precision == 1 else None
        if day is not None:
            value.value = (day - dt.timedelta(days=1)).isoformat()
        value.text = text
        return value

    hol = _HOLIDAY_NORM.search(t)
    if hol:  # a holiday of a fixed day: the day it falls on, read as a day and month
        name = hol.group(0)
        day_month = next(dm for key, dm in _HOLIDAY_DAYS if key in name)
        value = resolve_date_expression(t[:hol.start()] + day_month + t[hol.end():], published, year=year,
                                        forward=forward)
        value.text = text
        return value

    # ---- absolute: ISO date
    m = re.search(rf"\b({YEAR})-(\d{{1,2}})-(\d{{1,2}})\b", t)
    if m:
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return _day(d, text) if d else _unresolved(text, "invalid date")

    # ---- numeric day/month/year (or month/day/year where the day gives it away)
    m = re.fullmatch(rf"(?:{_PREP_NORM} )?(\d{{1,2}})[/.](\d{{1,2}})[/.]({YEAR})", t)
    if m:
        return _numeric(int(m.group(1)), int(m.group(2)), int(m.group(3)), published, text)

    # ---- day + month (+ year)
    m = (re.search(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_DAY_RANGE}(?: of)? (?P<m>{MONTH_ANY})(?:,? (?:of )?(?P<y>{YEAR}))?\b", t)
         or re.search(rf"\b(?P<m>{MONTH_ANY}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_DAY_RANGE}(?:,? (?P<y>{YEAR}))?\b", t))
    if m:
        month = _MONTHS[m.group("m").rstrip(".")]
        day = int(m.group("d"))
        if m.group("y") or year:
            d = _safe_date(int(m.group("y") or year), month, day)
            return _day(d, text) if d else _unresolved(text, "invalid date")
        if published is None:
            return _unresolved(text, NO_PUBLICATION_DATE)
        d = _safe_date(published.year, month, day)
        if forward:
            if d is None or (published - d).days > 7:
                d = _safe_date(published.year + 1, month, day) or d
            return _day(d, text) if d else _unresolved(text, "invalid date")
        if d is None:
            d = _safe_date(published.year - 1, month, day)
            return _day(d, text) if d else _unresolved(text, "invalid date")
        if (d - published).days > 31:
            d = _safe_date(published.year - 1, month, day) or d
        return _day(d, text)

    # ---- month + year
    m = re.search(rf"\b(?P<m>{MONTH_FULL}),? (?:of )?(?P<y>{YEAR})\b", t) or \
        re.search(rf"\b(?P<m>{MONTH_ANY}) (?P<y>{YEAR})\b", t)
    if m:
        return _month(int(m.group("y")), _MONTHS[m.group("m").rstrip(".")], text)

    # ---- year only
    m = re.fullmatch(rf"(?:(?:in|during|of|between|{_PREP_NORM}) )?(?:the )?(?:(?:early|late|mid|end of|beginning of|"
                     rf"start of|summer of|spring of|autumn of|fall of|winter of)[ \-])?({YEAR})(?:'s)?", t) or \
        re.fullmatch(rf"(?:(?:in|during|{_PREP_NORM}) )?(?:the )?(?:(?:early|late) )?(?:spring|summer|autumn|fall|winter) "
                     rf"(?:of )?({YEAR})", t)
    if m is None:
        m = _YEAR_LEAD_NORM.fullmatch(t)
    if m:
        return _year_only(text, int(m.group(1)))

    # ---- "on the 9th": the day of the publication month, or of the month before when it is yet to
    # come ("of last month": the month before; forward: the first such day from publication on)
    m = _ORDINAL_DAY_NORM.fullmatch(t)
    if m:
        return _ordinal_day(int(m.group(1)), m.group(2), published, text, forward=forward)

    # ---- "Good Friday", "Bloody Sunday": named days, not weekdays
    if re.search(rf"\b(?:good|black|ash|easter|palm|bloody|holy|super|cyber|maundy|whit|mothering) {WEEKDAY}\b", t):
        return _unresolved(text, UNRECOGNISED)

    # ---- everything below is relative to the publication date
    if year:
        m = re.fullmatch(rf"(?:(?:in|since|until|till|by|from|before|after|during|early|mid|late|earlier|later|of|"
                         rf"(?:the )?end of|(?:the )?beginning of|(?:the )?start of|the middle of)[ \-])*({MONTH_FULL})", t)
        if m:
            return _month(year, _MONTHS[m.group(1)], text)
    # ---- "March last year", "Friday last week"
    m = re.search(rf"\b({MONTH_FULL}) (?:of )?(last|this) year\b", t)
    if m:
        if published is None:
            return _unresolved(text, NO_PUBLICATION_DATE)
        return _month(published.year - (m.group(2) == "last"), _MONTHS[m.group(1)], text)
    m = re.search(rf"\b({WEEKDAY}) (?:of )?last week\b", t)
    if m:
        if published is None:
            return _unresolved(text, NO_PUBLICATION_DATE)
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return _day(monday + dt.timedelta(days=_WEEKDAYS[m.group(1)]), text)
    rel = _relative(t, text, forward=forward)
    if rel is None:
        return _unresolved(text, UNRECOGNISED)
    if rel == "vague":
        vague = _unresolved(text, TOO_VAGUE)
        if published is not None:
            vague.year = _relative_year(t, published)
        return vague
    if published is None:
        return _unresolved(text, NO_PUBLICATION_DATE)
    return rel(published)


def _ordinal_day(day: int, which: str | None, published: dt.date | None, text: str, *, forward: bool) -> DateValue:
    """"on the 9th" (of this / last month), read against the publication date: the latest such day
    on or before it (forward: the first on or after it); "of last month" in the month before."""
    if published is None:
        return _unresolved(text, NO_PUBLICATION_DATE)
    if which is not None:
        y, mo = _shift_months(published.year, published.month, -1 if which == "last" else 0)
        d = _safe_date(y, mo, day)
        return _day(d, text) if d else _unresolved(text, "invalid date")
    for k in range(4):  # this month or the nearest one that has that day, on the right side
        y, mo = _shift_months(published.year, published.month, k if forward else -k)
        d = _safe_date(y, mo, day)
        if d is not None and (d >= published if forward else d <= published):
            return _day(d, text)
    return _unresolved(text, "invalid date")


def _year_only(text: str, year: int) -> DateValue:
    value = _unresolved(text, TOO_VAGUE)
    value.year = year
    return value


def _relative_year(t: str, published: dt.date) -> int | None:
    """The year of "last year", "this year", "earlier this year", "two years ago" (None otherwise)."""
    if re.search(r"\blast year\b", t):
        return published.year - 1
    if re.search(r"\bthis year\b", t):
        return published.year
    m = re.search(rf"\b({NUM}) (year|decade)s? ago\b", t)
    if m:
        n = _number(m.group(1))
        return published.year - n * (10 if m.group(2) == "decade" else 1) if n is not None else None
    return None


def _numeric(a: int, b: int, year: int, published: dt.date | None, text: str) -> DateValue:
    """dd/mm/yyyy or mm/dd/yyyy: unambiguous when one part is over 12; otherwise the reading closest
    to the publication date (not after it) wins, and without one it stays unresolved."""
    dmy, mdy = _safe_date(year, b, a), _safe_date(year, a, b)
    options = [d for d in {dmy, mdy} if d is not None]
    if not options:
        return _unresolved(text, "invalid date")
    if len(options) == 1:
        return _day(options[0], text)
    if published is None:
        return _unresolved(text, "ambiguous day and month")
    past = [d for d in options if d <= published]
    return _day(max(past) if past else min(options), text)


def _relative(  # noqa: C901 - a flat list of cases reads best
    t: str, text: str, *, forward: bool = False
) -> Callable[[dt.date], DateValue] | str | None:
    """A function of the publication date for a relative expression; "vague"; or None."""
    if re.search(r"\b(?:this|last|next) year\b", t):
        return "vague"
    m = re.search(rf"\b({NUM}) (day|week|fortnight|month|year|decade)s? ago\b", t)
    if m:
        n = _number(m.group(1))
        unit = m.group(2)
        if n is None:
            return None
        if unit == "fortnight":  # "a fortnight ago": the week two weeks back
            n, unit = 2 * n, "week"
        if unit == "day":
            return lambda p: _day(p - dt.timedelta(days=n), text)
        if unit == "week":
            return lambda p: _week(_wednesday(p - dt.timedelta(days=7 * n)), text)
        if unit == "month":
            return lambda p: _month(*_shift_months(p.year, p.month, -n), text)
        return "vague"
    if "day before yesterday" in t:
        return lambda p: _day(p - dt.timedelta(days=2), text)
    if re.search(r"\b(?:yesterday|last night)\b", t) or (
            "overnight" in t and not re.search(rf"\b{WEEKDAY}\b", t)):  # "Saturday overnight" is Saturday's
        return lambda p: _day(p - dt.timedelta(days=1), text)
    if re.search(rf"\b(?:today|tonight|this (?:morning|afternoon|evening)|early hours(?! of (?:the )?{WEEKDAY}))\b", t):
        return lambda p: _day(p, text)
    m = re.search(rf"\b(?:(last|this|past|next) )?(?:the )?(?:early hours of )?({WEEKDAY})\b", t)
    if m:
        which, wd = m.group(1), _WEEKDAYS[m.group(2)]
        if which == "next":
            return lambda p: _day(p + dt.timedelta(days=(wd - p.weekday()) % 7 or 7), text)
        if forward and which in (None, "this"):
            return lambda p: _day(p + dt.timedelta(days=(wd - p.weekday()) % 7), text)
        if which in ("last", "past"):  # "last Wednesday" told on a Wednesday is a week before
            return lambda p: _day(p - dt.timedelta(days=(p.weekday() - wd) % 7 or 7), text)
        return lambda p: _day(p - dt.timedelta(days=(p.weekday() - wd) % 7), text)
    if "weekend" in t:
        if re.search(r"\b(?:last|past|previous) weekend\b", t):
            # the last weekend that ended before the publication day
            return lambda p: _week(p - dt.timedelta(days=(p.weekday() - 6) % 7 or 7) - dt.timedelta(days=1), text)
        if re.search(r"\bnext weekend\b", t):
            return lambda p: _week(p + dt.timedelta(days=(5 - p.weekday()) % 7 or 7), text)
        return lambda p: _week(p - dt.timedelta(days=(p.weekday() - 5) % 7), text)
    if re.search(r"\b(?:last|previous) week\b", t):
        return lambda p: _week(_wednesday(p - dt.timedelta(days=7)), text)
    if re.search(r"\bnext week\b", t):
        return lambda p: _week(_wednesday(p + dt.timedelta(days=7)), text)
    if re.search(r"\b(?:this|past) week\b|\bearlier (?:in )?the week\b", t):
        if "past week" in t:
            return lambda p: _week(p - dt.timedelta(days=3), text)
        if "earlier" in t:
            # before the publication day, in its week (a Monday's "earlier this week" is that Monday)
            return lambda p: _week(min(_wednesday(p), max(p - dt.timedelta(days=1), p - dt.timedelta(days=p.weekday()))), text)
        return lambda p: _week(min(_wednesday(p), p), text)
    if re.search(r"\b(?:this|the past) month\b|\bin recent weeks\b", t):
        return lambda p: _month(p.year, p.month, text)
    if re.search(r"\blast month\b", t):
        return lambda p: _month(*_shift_months(p.year, p.month, -1), text)
    if re.search(r"\bnext month\b", t):
        return lambda p: _month(*_shift_months(p.year, p.month, 1), text)
    m = re.search(rf"\b(?:(last|next|this) )?({MONTH_FULL})\b", t)
    if m:
        month = _MONTHS[m.group(2)]
        which = m.group(1)
        if which == "last":
            return lambda p: _month(p.year if month < p.month else p.year - 1, month, text)
        if which == "next":
            return lambda p: _month(p.year if month > p.month else p.year + 1, month, text)
        if forward:
            return lambda p: _month(p.year if month >= p.month else p.year + 1, month, text)
        return lambda p: _month(p.year if month <= p.month else p.year - 1, month, text)
    return None


# -- tagging ---------------------------------------------------------------------------------------
# The finders run case-sensitively over a lower-cased copy of the text of the same length (about twice
# as fast as re.IGNORECASE at every word start). Valid while the patterns hold no upper-case literal;
# the four non-ASCII letters that IGNORECASE equates with ASCII ones are folded the same way.
_CASE_FOLD = doctables._CASE_FOLD  # the fold of :func:`.events.doctables.fold_case`
_FINDERS_LOWER: tuple[re.Pattern[str], ...] = tuple(re.compile(rx.pattern) for rx in _FINDERS)


#: Holidays of a fixed day (:data:`HOLIDAY`), searched only in a text with one of the words of their
#: names (:data:`_HOLIDAY_WORDS`): few texts have one.
_HOLIDAY_FINDER = re.compile(rf"\b(?:{_EVE}|{_PREP}\s+)?{HOLIDAY}(?:,?\s+{YEAR})?\b")
_HOLIDAY_WORDS = ("new year", "christmas", "boxing", "armistice", "valentine", "halloween", "women", "human rights", "workers",
                  "may day")


def _gate_of(pattern: str) -> tuple[str, ...] | None:
    """Words one of which any match of a finder's ``pattern`` holds (None: no such gate): a finder is run
    only on a text with one of them (a substring test costs far less than the pattern's scan). Each gate
    is read off the part of the pattern every match must contain (its start or its end)."""
    starts = (
        (r"\b(?:(?:late|early)\s+)?(?:yesterday|today)", ("yesterday", "today")),
        (r"\b(?:the\s+day\s+before\s+yesterday|", ("yesterday", "night", "morning", "afternoon", "evening", "today",
                                                  "early")),
        (r"\b(?:(?:earlier|later|late|early)\s+)?(?:last|this|past|previous|next)\s+(?:week|weekend)\b", ("week",)),
        (r"\b(?:over|at|during)\s+the\s+weekend\b|", ("week",)),
        (r"\b(?:(?:earlier|later|late|early)\s+)?(?:this|last|next|the\s+past)\s+month\b|", ("month", "recent")),
        (r"\b(?:(?:earlier|later|late|early)\s+)?(?:this|last|next)\s+year\b", ("year",)),
        (r"\b(?:(?:in|since|during|by)\s+)?(?:the\s+)?(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter)",
         ("spring", "summer", "autumn", "fall", "winter")),
    )
    for start, words in starts:
        if pattern.startswith(start):
            return words
    if pattern.endswith(r"\s+ago\b"):
        return ("ago",)
    if pattern.endswith(r"(?:last|this)\s+year\b"):
        return ("year",)
    return None


_GATES: tuple[tuple[str, ...] | None, ...] = tuple(_gate_of(rx.pattern) for rx in _FINDERS_LOWER)


#: The part every match of a finder contains (its "core"), by finder: a year, a month's first three
#: letters, a weekday, or the finder's gate words (:func:`_gate_of`). A finder is run only on windows
#: of the text around its core's occurrences (:func:`_windows`); where the core does not occur, no match
#: can start. Checked by ``tests/test_timex_windows.py`` against the scan of the whole text.
_MONTH_CORE = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY_CORE = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: The finders take a month or a weekday only as a whole word ("mar" in "market" is none): such a core
#: counts where one of these words stands alone.
_WHOLE_WORDS = {
    _MONTH_CORE: frozenset(re.findall(r"[a-z]+", MONTH_ANY)),
    _WEEKDAY_CORE: frozenset(_WEEKDAY_CORE),
}
_WORD = re.compile(r"\w+")
_YEAR_CORE = "year-digits"
#: The ends of a day written as an ordinal in figures ("9th", "21st", "12th"; :data:`_ORDINAL_DAY`).
_ORDINAL_CORE = ("1st", "2nd", "3rd", "0th", "1th", "2th", "3th", "4th", "5th", "6th", "7th", "8th", "9th")
_CORES: tuple[tuple[str, ...] | str, ...] = (
    _YEAR_CORE, _YEAR_CORE, _MONTH_CORE, _MONTH_CORE, _YEAR_CORE, _MONTH_CORE, _WEEKDAY_CORE,
    *(_GATES[7:14]),  # yesterday/today ... this year: their gate words
    _YEAR_CORE, _YEAR_CORE, _YEAR_CORE, _YEAR_CORE, _GATES[18] or (), _WEEKDAY_CORE, _YEAR_CORE, _YEAR_CORE,
    _YEAR_CORE, _YEAR_CORE, _ORDINAL_CORE,
)
if len(_CORES) != len(_FINDERS_LOWER) or any(not c for c in _CORES):  # pragma: no cover - a finder added without its core
    raise ImportError("timex: every date finder needs its core (_CORES)")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
#: How far a window reaches before the start and after the end of each core, for a finder whose matches'
#: length :func:`eventwire.timex_reach.finder_reach` finds no shorter bound for. A match's prefix before
#: its core and its suffix after it, with the look-arounds, stay under 100 characters, a whole match
#: under 160, while no run of blanks or dashes is long. A window's end cuts the text: a match that
#: reads up to the cut ("monday" of "mondays") may be one the whole text does not have, so matches
#: ending within :data:`_GUARD` of a cut are dropped; a true one ends farther from it (300 - 100),
#: and a dropped one, ending within 25 of the cut, is too short to reach back over a true one.
_REACH = 300
_GUARD = 100
_LONG_RUN = re.compile(rf"[\s\-]{{{LONG_RUN},}}")


def _core_hits(low: str, core: tuple[str, ...] | str) -> list[tuple[int, int]]:
    """The occurrences of ``core`` in ``low`` (start, end), in order."""
    if core == _YEAR_CORE:
        return [(m.start(), m.end()) for m in _YEAR_DIGITS.finditer(low)]
    whole = _WHOLE_WORDS.get(core)
    hits = []
    for w in core:
        i = low.find(w)
        while i >= 0:
            if whole is None:
                hits.append((i, i + len(w)))
            elif not (i and (low[i - 1].isalnum() or low[i - 1] == "_")):
                m = _WORD.match(low, i)
                if m is not None and m.group() in whole:
                    hits.append((i, m.end()))
            i = low.find(w, i + 1)
    hits.sort()
    return hits


def _windows(low: str, core: tuple[str, ...] | str, *, reach: int = _REACH,
             hits: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The stretches of ``low`` within ``reach`` of an occurrence of ``core`` (``hits``: those
    occurrences, where known), merged."""
    n = len(low)
    out: list[tuple[int, int]] = []
    for s, e in _core_hits(low, core) if hits is None else hits:
        ws, we = max(0, s - reach), min(n, e + reach)
        if out and ws <= out[-1][1]:
            if we > out[-1][1]:
                out[-1] = (out[-1][0], we)
        else:
            out.append((ws, we))
    return out


#: (reach, guard) of each finder's windows: as short as its matches allow (eventwire.timex_reach), else
#: :data:`_REACH` and :data:`_GUARD`.
_REACHES: tuple[tuple[int, int], ...] = tuple(finder_reach(rx, default=(_REACH, _GUARD)) for rx in _FINDERS_LOWER)


def _finder_matches(low: str) -> Iterator[tuple[int, int]]:
    """The spans the finders match in ``low``, finder by finder, each scanned only where its core
    occurs: the same spans as each finder's scan of the whole text (a match holds its core and lies
    within the finder's reach of it, :data:`_REACHES`; a scan started at a window's start sees the text
    before it, as ``pattern.finditer(text, pos, endpos)`` does). A text with a long run of blanks or
    dashes, over which a match might reach farther, is scanned whole."""
    whole = _LONG_RUN.search(low) is not None
    n = len(low)
    hits_of: dict[tuple[str, ...] | str, list[tuple[int, int]]] = {}
    for rx, gate, core, (reach, guard) in zip(_FINDERS_LOWER, _GATES, _CORES, _REACHES, strict=True):
        if gate is not None and not any(w in low for w in gate):
            continue
        if whole:
            for m in rx.finditer(low):
                yield m.start(), m.end()
            continue
        hits = hits_of.get(core)
        if hits is None:
            hits = hits_of[core] = _core_hits(low, core)
        for ws, we in _windows(low, core, reach=reach, hits=hits):
            limit = we - guard if we < n else n
            for m in rx.finditer(low, ws, we):
                if m.end() > limit:
                    break
                yield m.start(), m.end()
    if any(w in low for w in _HOLIDAY_WORDS):
        for m in _HOLIDAY_FINDER.finditer(low):
            yield m.start(), m.end()


def _spans(text: str) -> Iterator[tuple[int, int]]:
    low = doctables.fold_case(text)
    cased = _is_cased(text)
    for start, end in _finder_matches(low):
        if _HOLIDAY_BEFORE.search(text[max(0, start - 12):start]) or (cased and _modal_word(text[start:end])):
            continue
        yield start, end


#: "this may be", "in march": a lower-case "may" / "march" ending an expression without a number is
#: the verb, not the month.
_MODAL_END = re.compile(r"(?<![A-Za-z])(?:may|march)$")


def _is_cased(text: str) -> bool:
    """Whether the text uses capitals (not an all lower-case copy, where "may" may be the month)."""
    head = text[:3000]
    if head.isascii():  # its capitals are A-Z, which lower-casing changes
        return head != head.lower()
    return any(map(str.isupper, head))


def _modal_word(expr: str) -> bool:
    return bool(_MODAL_END.search(expr)) and not any(ch.isdigit() for ch in expr)


_YEAR_WORDS = re.compile(r"(?:this|last) year", re.IGNORECASE)
#: A year written out in an expression.
HAS_YEAR = re.compile(rf"\b{YEAR}\b")
_YEAR_WORDS_GAP = re.compile(r",?\s+(?:of\s+)?")


def _read_with_year_words(expr: str) -> bool:
    """Whether a mention right before "last year" / "this year" takes its year from them: a day
    without a year ("28 August") or a holiday ("Christmas Day"), not "on Tuesday", not "3 May 2016"."""
    return (any(ch.isdigit() for ch in expr) and not HAS_YEAR.search(expr)) or names_holiday(expr)


def tag_dates(article: Article) -> None:
    """Find date expressions in ``article.text`` (own patterns, plus spaCy DATE entities when
    ``article.doc`` is set), resolve them against ``article.published`` and set
    ``article.date_mentions`` (sorted by offset; boilerplate sections skipped)."""
    from .dayshift import chained_days  # both build on this module's resolution
    from .timex_context import DateContext, join_anniversaries, join_weekday_spans, join_weeks_ago, with_bound

    text = article.text or ""
    published = article.published
    cands: list[tuple[int, int, int]] = [(s, e, 0) for s, e in _spans(text)]
    cased = _is_cased(text)
    doc = article.doc
    if doc is not None:
        for ent in doc_ents(doc):
            if ent.label_ == "DATE" and not (cased and _modal_word(ent.text)):
                cands.append((ent.start_char, ent.end_char, 1))
    chosen: list[tuple[int, int, DateValue]] = []
    for s, e, _src in sorted(cands, key=lambda c: (c[2], -(c[1] - c[0]), c[0])):
        if any(s < ce and cs < e for cs, ce, _ in chosen):
            continue
        value = resolve_date_expression(text[s:e], published)
        if value.reason == UNRECOGNISED:
            continue
        chosen.append((s, e, value))
    chosen = join_weeks_ago(text, sorted(chosen, key=lambda c: c[0]))  # "a week ago Sunday": one day
    chosen = join_anniversaries(text, chosen)  # "Ten years ago this week": the year ten years back
    taken = [(s, e) for s, e, _ in chosen]
    bounded: list[tuple[int, int, DateValue]] = []
    for s, e, v in chosen:
        s2, v2 = with_bound(text, s, e, v, taken, published)
        bounded.append((s2, e, v2))
    chosen = bounded
    context = DateContext(text, published)
    chosen = join_weekday_spans(text, [(s, e, context.resolve(s, e, v, chosen)) for s, e, v in chosen])
    chained = chained_days(text, chosen, published)  # "the previous day", "two days later"
    if chained:
        chosen = sorted([*chosen, *chained], key=lambda c: c[0])
    # "on 28 August last year": the year words belong to the day before them (its year), no mention
    chosen = [c for i, c in enumerate(chosen)
              if not (i and _YEAR_WORDS.fullmatch(text[c[0]:c[1]]) and _YEAR_WORDS_GAP.fullmatch(text[chosen[i - 1][1]:c[0]])
                      and _read_with_year_words(text[chosen[i - 1][0]:chosen[i - 1][1]]))]
    skip = [(sec.start, sec.end) for sec in article.sections if sec.kind == "boilerplate"]
    mentions = [DateMention(start=s, end=e, text=text[s:e], date=v) for s, e, v in chosen
                if not any(a <= s < b for a, b in skip)]
    mentions.sort(key=lambda m: (m.start, m.end))
    article.date_mentions = mentions
