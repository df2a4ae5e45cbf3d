"""The context of a date mention (:func:`eventwire.timex.tag_dates`): the year of the story a yearless
date belongs to, the future a verb puts it in, and the bound word it hangs on.

- :class:`DateContext` resolves each mention, in text order, against the mentions before it: a
  yearless day or month joined to the next one ("in January and February 2020"), the year of the
  nearest earlier date of its sentence ("In 2014, on 3 May ..."), the words right after it ("on July 2
  this year"), the year of the narrative its paragraph tells ("In 2002, ... On January 28, ..."); a
  yearless day, month or weekday on a verb in the future is read forward ("results will be declared
  on May 2");
- :func:`with_bound` joins a bound word right before a mention ("until 2014", "before Tuesday");
- :func:`join_weekday_spans` reads a span of weekdays ("between Friday and Sunday") as one mention of
  its first day at the week's precision (2);
- days told against the day told before them ("The previous day, ...", "Two days later, ...") are
  read by :mod:`eventwire.dayshift`.

The conventions are listed in :mod:`eventwire.timex`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from .records import DateValue
from .timex import (
    _PREP,
    HAS_YEAR,
    MONTH_ANY,
    MONTH_FULL,
    NUM,
    PART,
    UNRECOGNISED,
    WEEKDAY,
    _norm,
    count_word,
    iso_day,
    names_holiday,
    resolve_date_expression,
)

_RANGE_END = r"(?: ?[-\u2013] ?\d{1,2}(?:st|nd|rd|th)?)?"  # "jan. 14-17": a span of days
_YEARLESS_DAY = re.compile(rf"^(?:[a-z ,]+ )?(?:\d{{1,2}}(?:st|nd|rd|th)?{_RANGE_END}(?: of)? {MONTH_ANY}|"
                           rf"{MONTH_ANY} \d{{1,2}}(?:st|nd|rd|th)?{_RANGE_END})$")
_YEARLESS_MONTH = re.compile(rf"^(?:[a-z ]+ )?(?:in|during|early|mid|late|by|until|till|since|from|before|after|of)"
                             rf"[ \-]+{MONTH_FULL}$")
_JOINED = re.compile(r"\s*(?:and|to|or|until|till|through|-|\u2013)\s*$", re.IGNORECASE)

#: A bound word right before a date the finders took without it ("until 2014", "by 2014", "before
#: Tuesday"): the mention starts at it, so that readers see a bound (``events.dating.BOUND_RE``).
_BOUND_BEFORE = re.compile(r"(?<![\w'’])(?:since|until|till|by|from|before|after|as\s+of)\s+$", re.IGNORECASE)
_LEADS_WITH_WORD = re.compile(rf"^(?:{_PREP}|in|during|between|of|through|last|next|this|past)\b", re.IGNORECASE)

# -- sentences (for the context of a date: its own sentence, and the one or two before it)
_SENT_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*")
_LAST_WORD = re.compile(r"[A-Za-z]+$")
#: Words that end in a full stop without ending a sentence ("Jan. 28", "Mr. Ali", "Gen. Haftar").
_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st no nos gen lt col gov sen rep capt maj "
    "sgt cpl pvt adm brig cmdr prof rev jr sr vs inc co corp ltd mt ft hon pres supt insp".split())
#: What may open a sentence before a year that sets its scene ("In 2002, ...", "Back in 2002, ...").
_OPENER = re.compile(r"^[\s\"“‘'(]*(?:(?:and|but|then|back|also|later|so)\s+)*(?:in|during)?\s*$", re.IGNORECASE)
#: Years that bound rather than set a scene ("since 2014", "until 2014", "between 2006 and 2008").
_BOUND_YEAR = re.compile(r"^(?:since|until|till|by|from|before|after|as of|between)\b")
#: How far before an earlier dated day of the narrative a yearless day may lie and still be of its
#: year ("reintroduced on March 21, 1929. On the evening of March 20, ...").
NARRATIVE_BACK_DAYS = 31


def _sentence_starts(text: str) -> list[int]:
    """The offsets where sentences start: after ". ", "! ", "? " (not after an abbreviation or an
    initial: "Jan. 28", "U.S. troops") and at each line (a line is a paragraph)."""
    starts = [0]
    for m in _SENT_END.finditer(text):
        if text[m.start()] == ".":
            word = _last_word(text, max(0, m.start() - 12), m.start())
            if word and (len(word) == 1 or word.lower() in _ABBREVIATIONS):
                continue
        starts.append(m.end())
    return starts


_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _last_word(text: str, lo: int, end: int) -> str:
    """What ``_LAST_WORD.search(text, lo, end)`` finds ("" for none): the letters ending the stretch, or
    ending it before a final line break (where ``$`` matches too), from ``lo`` on at most."""
    body = text[lo:end]
    if body.endswith("\n"):
        body = body[:-1]
    return body[len(body.rstrip(_ASCII_LETTERS)):]


@dataclass(slots=True)
class _Anchor:
    """A tagged date as context for the next ones: its year when the text gives it (its own, or one
    it took from the context), and what it is ("day" / "month" with ``value``, "year" alone, or
    "now" for one read against the publication date)."""

    start: int
    end: int
    year: int | None
    kind: str
    value: str | None = None


def _anchor(s: int, e: int, value: DateValue, year: int | None) -> _Anchor:
    if year is None:
        return _Anchor(s, e, None, "now")
    if value.value is None:
        return _Anchor(s, e, year, "year")
    return _Anchor(s, e, year, "day" if value.precision == 1 else "month", value.value)


#: A verb form that puts what follows in the future ("will", "is due to", "are scheduled for",
#: "upcoming"): a yearless day, month or weekday it governs is read forward.
_FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t)\b|['’]ll\b|"
    r"\b(?:is|are|am)\s+(?:(?:now|also|still|currently|again|not)\s+)?(?:due|scheduled|slated|set|expected|planned|"
    r"going|to)\b|\b(?:upcoming|forthcoming)\b", re.IGNORECASE)
#: What ends the reach of such a verb before the date: a finite past or perfect, a verb of saying, a
#: relative pronoun or a clause of time ("will remain in jail, where he was sent on May 2").
_TENSE_BREAK = re.compile(
    r"\b(?:was|were|had|did|has|have|said|says|told|added|who|which|whom|whose|where|after|since|because|ago|"
    r"last|yesterday)\b|[;:()\u2014]", re.IGNORECASE)
#: A yearless expression that the future may move: a day and month, a month, a weekday ("on Tuesday",
#: "this Tuesday"; not "last Tuesday", not "Tuesday's attack").
_FORWARDABLE = re.compile(
    rf"^(?:[a-z ,]+ )?(?:\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {MONTH_ANY}|{MONTH_ANY} \d{{1,2}}(?:st|nd|rd|th)?)$|"
    rf"^(?:(?:in|during|early|mid|late|by|until|till|from|before|of)[ \-]+)?{MONTH_FULL}$|"
    rf"^(?:(?:on|this|by|until|till|from|before)\s+)?{WEEKDAY}(?:\s+{PART})?$|"
    r"^(?:on )?the \d{1,2}(?:st|nd|rd|th)$")


#: Words before a "will" that is the noun ("against their will", "the will of the people").
_WILL_NOUN_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our|its|own|the|a|free|good|ill|political|popular|"
                               r"people['’]s)\s+$", re.IGNORECASE)
#: A past form between a fronted date and the verb that would put it in the future ("On Wednesday,
#: the court ruled that the policy will ...": the ruling dates it).
_PAST_FORM = re.compile(r"\b(?:\w+ed|that|went|said|told|came|began|took|gave|made|held|left|fled|met|sent|"
                        r"found|saw|got|put|set out|shot|struck|fought)\b", re.IGNORECASE)


#: A past participle of its own after the future verb ("will appeal the verdict delivered on
#: Tuesday"; not the verb's own passive, "will be declared").
_PARTICIPLE = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bget )(?<!\bhave )\b[a-z]+ed\b", re.IGNORECASE)


#: What may come before a date that opens its sentence ("On May 2, ...", "And from Tuesday, ...").
_FRONTED = re.compile(r"^[\s\"“‘'(]*(?:(?:and|but|then|so|also|starting|beginning|from|on|by|until|till)\s+)*$",
                      re.IGNORECASE)


def _future_markers(chunk: str) -> list[re.Match[str]]:
    return [m for m in _FUTURE.finditer(chunk)
            if not (m.group(0).lower() == "will" and _WILL_NOUN_BEFORE.search(chunk, 0, m.start()))]


def _future_context(text: str, s: int, e: int, sent_start: int, sent_end: int) -> bool:
    """Whether the date at ``s:e`` hangs on a verb in the future: "results will be declared on May
    2", "the hearing is due to resume on Tuesday", "On May 2, the court will rule" (not "held
    against their will on Tuesday", "On Wednesday, the court ruled that the policy will ...")."""
    before = text[max(sent_start, s - 120):s]
    marks = _future_markers(before)
    if marks and not _TENSE_BREAK.search(before, marks[-1].end()) and \
            not _PARTICIPLE.search(before, marks[-1].end()):
        return True
    if _FRONTED.match(text[sent_start:s]):  # a fronted date: the verb comes after it
        after = text[e:min(sent_end, e + 100)]
        marks = _future_markers(after)
        return bool(marks) and not _TENSE_BREAK.search(after, 0, marks[0].start()) and \
            not _PAST_FORM.search(after, 0, marks[0].start())
    return False


class DateContext:
    """Years and tenses from around a yearless date (:func:`eventwire.timex.tag_dates`)."""

    def __init__(self, text: str, published: dt.date | None) -> None:
        self.text = text
        self.published = published
        self.starts = _sentence_starts(text)
        self.anchors: list[_Anchor] = []

    def sentence(self, pos: int) -> tuple[int, int, int]:
        """The index, start and end of the sentence holding ``pos``."""
        k = bisect.bisect_right(self.starts, pos) - 1
        end = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text)
        return k, self.starts[k], end

    def resolve(self, s: int, e: int, value: DateValue, chosen: list[tuple[int, int, DateValue]]) -> DateValue:
        """The value of the mention at ``s:e`` in its context; records it as context for the next."""
        text, published = self.text, self.published
        expr = _norm(text[s:e])
        own = HAS_YEAR.search(expr)
        rel = _REL_YEAR_AFTER.match(text, e) if published is not None and not own else None
        if rel is not None and (_YEARLESS_DAY.match(expr) or _YEARLESS_MONTH.match(expr) or names_holiday(expr)):
            # "on July 2 this year", "on 3 May last year": the year is the words' right after it
            year = published.year - (rel.group(1).lower() == "last")
            value = resolve_date_expression(text[s:e], published, year=year)
            self.anchors.append(_anchor(s, e, value, year))
            return value
        if own:
            self.anchors.append(_anchor(s, e, value, value.year or _year_of_value(value) or int(own.group(0))))
            return value
        day = bool(_YEARLESS_DAY.match(expr)) or names_holiday(expr)  # "on Christmas Day": a day
        year = None
        if day or _YEARLESS_MONTH.match(expr):
            year = self._joined_year(s, e, chosen)
            if year is None:
                year = self._sentence_year(s)
            if year is None:
                year = self._elapsed_year(s)
            if year is None and day:
                year = self._narrative_year(s, e, value)
        if year is not None:
            if not (published is not None and year == published.year and value.value
                    and value.value[:4] == str(year)):
                value = resolve_date_expression(text[s:e], published, year=year)
        elif published is not None and value.value and (_FORWARDABLE.match(expr) or names_holiday(expr)):
            _k, ss, se = self.sentence(s)
            if _future_context(text, s, e, ss, se) or (_ahead_of(value, published) and _PLAN_BEFORE.search(
                    text, max(ss, s - 40), s)):
                value = resolve_date_expression(text[s:e], published, forward=True)
        elif published is not None and _DEICTIC.search(expr):
            told = self._told_on(s, chosen)
            if told is not None:  # "killed three overnight, officials said on Tuesday": Tuesday's night
                value = resolve_date_expression(text[s:e], told)
        self.anchors.append(_anchor(s, e, value, year))
        return value

    def _told_on(self, s: int, chosen: list[tuple[int, int, DateValue]]) -> dt.date | None:
        """The day, in the week before publication, on which the sentence of ``s`` says its news was
        told ("..., officials said on Tuesday", "police told reporters Monday"): the day its "yesterday",
        "overnight" or "this morning" is counted from (the reporters' day, not the publication's)."""
        published = self.published
        _k, ss, se = self.sentence(s)
        for cs, _ce, v in chosen:
            if cs < ss or cs >= se or cs == s or v.precision != 1 or not v.value:
                continue
            day = iso_day(v.value)
            if day is None or published is None or not (published - dt.timedelta(days=7) <= day < published):
                continue
            if _TOLD_BEFORE.search(self.text, max(ss, cs - 50), cs):
                return day
        return None

    def _joined_year(self, s: int, e: int, chosen: list[tuple[int, int, DateValue]]) -> int | None:
        """"in January and February 2020", "between May and July 2019": the year of the next one."""
        for cs, ce, _v in chosen:
            if cs >= e and cs - e < 20 and _JOINED.match(self.text[e:cs]):
                m = HAS_YEAR.search(self.text[cs:ce])
                if m:
                    return int(m.group(0))
        return None

    def _sentence_year(self, s: int) -> int | None:
        """"In 2014 ... on 3 May": the year of the nearest earlier date of the same sentence (within
        200 characters) that has one, of its own or from its context."""
        _k, ss, _se = self.sentence(s)
        for a in reversed(self.anchors):
            if a.end <= ss or s - a.end >= 200:
                break
            if a.year is not None:
                return a.year
        return None

    def _elapsed_year(self, s: int) -> int | None:
        """"It has been a year since the election, but the aftershocks of 9 August ...", "the
        second anniversary of the coup of 1 February": a yearless day or month after the time its
        sentence says has passed since then takes the year that many years before publication."""
        if self.published is None:
            return None
        _k, ss, _se = self.sentence(s)
        chunk = self.text[ss:s]
        if "since" not in chunk and "anniversary" not in chunk:
            return None
        found = list(_ELAPSED_YEARS.finditer(chunk))
        if not found:
            return None
        m = found[-1]
        n = _ORDINAL_YEARS.get(m.group("ord").lower()) if m.group("ord") else count_word(m.group("n"))
        return self.published.year - n if n else None

    def _narrative_year(self, s: int, e: int, value: DateValue) -> int | None:
        """"In 2002, ... On January 28, soldiers ...": a yearless day takes the year of the narrative
        the paragraph is telling. The nearest earlier date within this sentence and the two before it
        (same paragraph) decides: a day or month with its year (the day may lie at most
        :data:`NARRATIVE_BACK_DAYS` before it: narratives go forward), or a year alone that opens its
        sentence ("In 2002, ..."; not "since 2014", not "founded in 2014"). Nothing when that date
        is read against the publication date, or the year is the publication year."""
        text = self.text
        k, _ss, _se = self.sentence(s)
        lo = max(text.rfind("\n", 0, s) + 1, self.starts[max(0, k - 2)])
        near = next((a for a in reversed(self.anchors) if a.end <= s), None)
        if near is None or near.start < lo or near.year is None:
            return None
        if self.published is not None and near.year == self.published.year:
            return None
        if near.kind != "day":
            # a year or a month alone sets the scene only when it opens its sentence ("In 2002, ...",
            # "In June 2007, ..."; not "since they took control in June 2007")
            _k, as_, _ae = self.sentence(near.start)
            if _BOUND_YEAR.match(_norm(text[near.start:near.end])) or not _OPENER.match(text[as_:near.start]):
                return None
            if near.kind == "year":
                return near.year
        got = resolve_date_expression(text[s:e], self.published, year=near.year)
        day, then = iso_day(got.value), iso_day(near.value)
        if day is None or then is None or (then - day).days > NARRATIVE_BACK_DAYS:
            return None
        return near.year


_ORDINAL_YEARS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split())}
#: The years elapsed since an act up to the report ("it has been over one year since", "marks two
#: years since", "the second anniversary of").
_ELAPSED_YEARS = re.compile(
    rf"\b(?:(?:it is|it's|it has been|has been|marks?|marking)\s+(?:(?:over|more than|nearly|almost|about|around|"
    rf"some|exactly|just over)\s+)?(?P<n>{NUM})\s+years?\s+since\b|"
    rf"\bthe\s+(?P<ord>{'|'.join(_ORDINAL_YEARS)})\s+anniversary\s+of\b)", re.IGNORECASE)

#: What a date of a plan hangs on ("a court date on Dec. 2", "to recommence on May 18th", "a hearing
#: set for 3 March"): such a yearless day a month or more ahead of publication is still to come, not
#: last year's ("held until Dec. 15" may be either: not read so).
_PLAN_BEFORE = re.compile(
    r"\b(?:(?:court\s+date|hearing|trial|deadline|vote|summit|ballot)(?:\s+(?:set|scheduled|due))?(?:\s+(?:on|for|of))?|"
    r"to\s+(?:resume|recommence|reconvene|appear|begin|start|open|return)(?:\s+on)?|(?:set|scheduled|due|slated)\s+(?:for|on))"
    r"\s+$", re.IGNORECASE)
#: How far ahead of publication a yearless day on a plan (:data:`_PLAN_BEFORE`) may lie.
PLAN_AHEAD_DAYS = 120


def _ahead_of(value: DateValue, published: dt.date) -> bool:
    """Whether a yearless day read in the year before publication would lie, in the publication year,
    between a month and :data:`PLAN_AHEAD_DAYS` after it (the default reading's gap, see
    :mod:`eventwire.timex`)."""
    day = iso_day(value.value) if value.precision == 1 else None
    if day is None or day.year != published.year - 1:
        return False
    try:
        ahead = (day.replace(year=published.year) - published).days
    except ValueError:
        return False
    return 31 < ahead <= PLAN_AHEAD_DAYS


_REL_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(this|last)\s+year\b", re.IGNORECASE)
#: Words counted from the day of telling: "yesterday", "last night", "overnight", "today", "this morning",
#: "two days ago".
_DEICTIC = re.compile(r"\b(?:yesterday|last night|overnight|today|tonight|this (?:morning|afternoon|evening)|"
                      r"early hours|(?:a|one|two|three|four|five|six|[1-6]) days? ago)\b")
#: A verb of telling right before a date ("said on Tuesday", "told reporters Monday", "said in a
#: statement on Monday"): that date is the day the news was told.
_TOLD_BEFORE = re.compile(r"\b(?:said|says|told(?:\s+\w+){1,2}|reported|announced|confirmed|added|stated)"
                          r"(?:\s+in\s+a\s+statement)?\s+(?:late\s+|early\s+)?(?:on\s+)?$", re.IGNORECASE)


def _year_of_value(value: DateValue) -> int | None:
    return int(value.value[:4]) if value.value else None


def with_bound(text: str, s: int, e: int, value: DateValue, taken: list[tuple[int, int]],
                published: dt.date | None) -> tuple[int, DateValue]:
    """"until 2014", "by 2014", "before Tuesday": a bound word right before a mention that lacks
    one joins it (not before a possessive: "after Tuesday's attack" dates the attack)."""
    expr = text[s:e]
    if _LEADS_WITH_WORD.match(expr) or re.search(r"['’]s$", expr):
        return s, value
    m = _BOUND_BEFORE.search(text, max(0, s - 12), s)
    if m is None or any(cs < s and m.start() < ce for cs, ce in taken):
        return s, value
    got = resolve_date_expression(text[m.start():e], published)
    if got.reason == UNRECOGNISED or (got.value, got.year) != (value.value, value.year):
        got = DateValue(value=value.value, precision=value.precision, text=text[m.start():e], reason=value.reason,
                        year=value.year)
    return m.start(), got


#: "a week ago Sunday", "two weeks ago Friday night": a count of weeks right before a weekday (US usage):
#: that weekday so many weeks before the latest one, one mention (not "a week ago" and "Sunday").
_WEEKS_AGO = re.compile(rf"^(?P<n>{NUM})\s+weeks?\s+ago$", re.IGNORECASE)
_WEEKDAY_ONLY = re.compile(rf"^(?:on\s+)?{WEEKDAY}(?:\s+{PART})?$", re.IGNORECASE)


def join_weeks_ago(text: str, chosen: list[tuple[int, int, DateValue]]) -> list[tuple[int, int, DateValue]]:
    """Join "a week ago" and the weekday right after it ("a week ago Sunday") into one mention of that
    weekday ``n`` weeks before the one the weekday alone names; ``chosen`` sorted by start."""
    out: list[tuple[int, int, DateValue]] = []
    i = 0
    while i < len(chosen):
        s, e, v = chosen[i]
        m = _WEEKS_AGO.match(_norm(text[s:e]))
        if m is not None and i + 1 < len(chosen):
            s2, e2, v2 = chosen[i + 1]
            n = count_word(m.group("n"))
            day = iso_day(v2.value) if v2.precision == 1 else None
            if n and day is not None and text[e:s2] == " " and _WEEKDAY_ONLY.match(_norm(text[s2:e2])):
                joined = (day - dt.timedelta(days=7 * n)).isoformat()
                out.append((s, e2, DateValue(value=joined, precision=1, text=text[s:e2], reason=v2.reason, year=None)))
                i += 2
                continue
        out.append((s, e, v))
        i += 1
    return out


#: "Ten years ago this week", "a year ago today": an anniversary; the words after "ago" name the day of
#: the telling, not of the act: one mention, the value of the "ago" (the year so many years back).
_LONG_AGO = re.compile(rf"^{NUM}\s+(?:years?|decades?|months?)\s+ago$", re.IGNORECASE)
_ANNIVERSARY_TAIL = re.compile(r"^(?:this\s+(?:week|month|weekend)|today|tonight)$", re.IGNORECASE)


def join_anniversaries(text: str, chosen: list[tuple[int, int, DateValue]]) -> list[tuple[int, int, DateValue]]:
    """Join "N years ago" and "this week" / "this month" / "today" right after it into one mention with
    the value of the "ago" ("Ten years ago this week, gunmen abducted ..." is no news of this week);
    ``chosen`` sorted by start."""
    out: list[tuple[int, int, DateValue]] = []
    i = 0
    while i < len(chosen):
        s, e, v = chosen[i]
        if _LONG_AGO.match(_norm(text[s:e])) and i + 1 < len(chosen):
            s2, e2, _v2 = chosen[i + 1]
            if text[e:s2] in (" ", ", ") and _ANNIVERSARY_TAIL.match(_norm(text[s2:e2])):
                out.append((s, e2, DateValue(value=v.value, precision=v.precision, text=text[s:e2], reason=v.reason,
                                             year=v.year)))
                i += 2
                continue
        out.append((s, e, v))
        i += 1
    return out


#: Two weekdays that bound a span ("between Friday and Sunday", "from Monday to Wednesday", "Friday
#: through Sunday"): the words between them, and whether "between" / "from" opens the first.
_WEEKDAY_SPAN_GAP = re.compile(r"^\s*(?:and|to|until|till|through|thru|-|\u2013)\s*$", re.IGNORECASE)
_SPAN_OPENER = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_WEEKDAY_OF = re.compile(rf"\b({WEEKDAY})\b", re.IGNORECASE)


def join_weekday_spans(text: str, chosen: list[tuple[int, int, DateValue]]) -> list[tuple[int, int, DateValue]]:
    """Join a span of weekdays ("between Friday and Sunday", "from Monday to Wednesday", "Friday through
    Sunday") into one mention: its first day (the latest such weekday before the last day the span
    names) at ACLED's precision 2 (the days are known to within a week, not which of them: one event,
    like "over the weekend", not one per day); a bare "and" ("on Friday and Sunday") lists two days
    and stays two mentions. ``chosen`` sorted by start, each value resolved in its context."""
    if len(chosen) < 2:
        return chosen
    out: list[tuple[int, int, DateValue]] = []
    i = 0
    while i < len(chosen):
        s, e, v = chosen[i]
        if i + 1 < len(chosen):
            s2, e2, v2 = chosen[i + 1]
            gap = text[e:s2]
            joined = _weekday_span(text, s, e, v, s2, e2, v2, gap)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append((s, e, v))
        i += 1
    return out


def _weekday_span(text: str, s: int, e: int, v: DateValue, s2: int, e2: int, v2: DateValue,
                  gap: str) -> tuple[int, int, DateValue] | None:
    """The one mention of the span ``text[s:e2]`` when both ends are weekdays alone (see
    :func:`join_weekday_spans`), else None."""
    m = _WEEKDAY_SPAN_GAP.match(gap)
    if m is None or len(gap) > 12:
        return None
    first, last = _norm(text[s:e]), _norm(text[s2:e2])
    opener = _SPAN_OPENER.search(text, max(0, s - 10), s)
    opened = first.startswith(("between ", "from ")) or opener is not None
    if gap.strip().lower() == "and" and not opened:
        return None  # "on Friday and Sunday": two days
    if not (_WEEKDAY_ONLY.match(re.sub(r"^(?:between|from)\s+", "", first)) and _WEEKDAY_ONLY.match(last)):
        return None
    end = iso_day(v2.value) if v2.precision == 1 else None
    wd = _WEEKDAY_OF.search(first)
    if end is None or wd is None:
        return None
    back = (end.weekday() - ("monday tuesday wednesday thursday friday saturday sunday".split().index(
        wd.group(1).lower()))) % 7
    if back == 0:
        return None
    start = end - dt.timedelta(days=back)
    s = opener.start() if opener is not None else s  # "between Friday and Sunday": the whole span
    return s, e2, DateValue(value=start.isoformat(), precision=2, text=text[s:e2], reason=v2.reason, year=None)
