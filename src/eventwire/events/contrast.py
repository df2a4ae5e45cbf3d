"""Acts told side by side in one sentence, and the day of an act its own words do not give (rules of
the fourteenth session's article probe; the extractor calls them).

- "Militants attacked a checkpoint in North Waziristan on Tuesday night, killing eight soldiers, while
  a roadside bomb killed two police officers in Bannu": the clause after a contrastive "while" (or
  "whereas") with a subject of its own is a second act (:func:`contrast_cut`); the extractor makes it a
  unit of its own when it names another place or day and types as an event (ACLED: one event per
  actor pair, place and day). "Two soldiers were killed and four others wounded when ..." is one act
  (:func:`gapped_passive`).
- "The discovery came a day after gunmen killed four people at a car wash": the act under "a day
  after", hung on a verb of the news ("came", "follows"), is a day before the news told before
  (:func:`measured_back`): background as before, but dated.
- "The NRF said on Monday it had killed five fighters ... two days ago": the day of telling does not
  date the act when the sentence gives another (:func:`act_date`).
- An undated sentence in a story told one sentence a paragraph takes the story's day so far
  (:func:`story_date`); in a live blog's entry ("13:45 - ...") the day it was posted
  (:func:`live_entry_day`).
- "Students have led daily protests since the collapse": acts told as a state going on since a time
  are background (:func:`ongoing_since`).
"""

from __future__ import annotations

import re
from typing import Any

from ..dayshift import sentence_shift
from ..records import Article, DateMention, DateValue
from ..timex import iso_day
from .clause import verb_above
from .dating import MEASURED_BACK
from .linking import date_for_sentence, filed_dates
from .namingyears import names_thing
from .telling import said_on
from .units import shifted_day
from .words import span_text, tokens_with

#: Subordinators that set a second act beside the first rather than time it.
CONTRAST_MARKS = frozenset({"while", "whereas"})
#: Verbs of the news that the phrase "a day after ..." measures from ("the discovery came a day after").
NEWS_VERBS = frozenset({"come", "follow", "be"})
#: Lengths counted back, in days ("hours after" is the same day).
_LENGTH_DAYS = {"day": 1, "days": None, "hours": 0, "hour": 0}
_NUMBER_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def contrast_cut(sent: Any, trigger: Any) -> tuple[Any, Any] | None:
    """(the trigger's part of ``sent``, the contrastive clause) when ``sent`` goes on after the
    trigger with ", while <subject> <verb> ...", the clause hanging on the trigger's clause; None
    otherwise. The trigger's part ends before the comma; the clause is its own subtree (", officials
    said on Wednesday" after it belongs to neither)."""
    text = span_text(sent)
    if trigger is None or (", while " not in text and ", whereas " not in text):
        return None  # the cheap test first: the clause follows a comma
    above = {trigger.i} | {t.i for t in trigger.ancestors}
    doc = sent.doc
    for v in sent:
        if v.dep_ != "advcl" or v.pos_ not in ("VERB", "AUX") or v.head.i not in above or v.i in above:
            continue
        mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS), None)
        if mark is None or mark.i <= trigger.i or mark.i != v.left_edge.i:
            continue
        if mark.i == 0 or doc[mark.i - 1].text != "," or mark.i - 1 <= sent.start + 1:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            continue  # "killed three while patrolling": the same act's setting
        end = v.right_edge.i + 1
        while end > mark.i + 2 and doc[end - 1].is_punct:
            end -= 1
        return doc[sent.start : mark.i - 1], doc[mark.i + 1 : end]
    return _misattached_cut(sent, trigger)


def _misattached_cut(sent: Any, trigger: Any) -> tuple[Any, Any] | None:
    """The cut of :func:`contrast_cut` when the parser hung the clause on a noun of the trigger's part
    ("..., wounding 11 people, while shelling in Kherson killed a man": "killed" read as a modifier of
    the building hit, with "while shelling" under it): a finite verb after ", while" whose subtree opens
    on the mark is the clause."""
    doc = sent.doc
    for mark in tokens_with(sent, lowers=CONTRAST_MARKS):
        if mark.lower_ not in CONTRAST_MARKS or mark.dep_ != "mark" or mark.i <= trigger.i + 1:
            continue
        if doc[mark.i - 1].text != "," or mark.i - 1 <= sent.start + 1:
            continue
        v = next((t for t in doc[mark.i + 1 : sent.end] if t.tag_ in ("VBD", "VBZ", "VBP")
                  and t.left_edge.i == mark.i and t.i not in {a.i for a in trigger.ancestors}), None)
        if v is None:
            continue
        end = v.right_edge.i + 1
        while end > mark.i + 2 and doc[end - 1].is_punct:
            end -= 1
        return doc[sent.start : mark.i - 1], doc[mark.i + 1 : end]
    return None


def measured_back(trigger: Any, news: DateValue | None) -> DateValue | None:
    """The day of an act told as the time the news is measured from ("The discovery came a day after
    gunmen killed four people", "The raid comes two days after ..."): ``news`` (a day) moved back that
    many days; None when the phrase is not so, the length is no count of days or hours, or ``news``
    is no day."""
    if trigger is None or news is None or news.precision != 1 or not news.value:
        return None
    h = trigger
    while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
        h = h.head
    mark = next((c for c in h.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if mark is None or h.dep_ != "advcl" or h.head.lemma_.lower() not in NEWS_VERBS:
        return None
    lengths = [c for c in (*mark.children, *h.children) if c.dep_ == "npadvmod"]
    if len(lengths) != 1 or lengths[0].lower_ not in _LENGTH_DAYS:
        return None
    length = lengths[0]
    days = _LENGTH_DAYS[length.lower_]
    count = next((c for c in length.children if c.dep_ in ("det", "nummod")), None)
    if days is None or length.lower_ == "day":
        days = _NUMBER_DAYS.get(count.lower_) if count is not None else None
        if days is None and count is not None and count.text.isdigit() and int(count.text) < 7:
            days = int(count.text)
    if days is None:
        return None
    out = shifted_day(news, days)
    out.reason = MEASURED_BACK
    return out


def gapped_passive(spans: list[Any], mentions: list[Any]) -> bool:
    """"Two soldiers were killed and four others wounded when gunmen ambushed a patrol in X on
    Tuesday": the second clause's participle shares the first's "were" (it has no auxiliary of its
    own) and the first clause names no place or day (``mentions``: the sentence's place and date
    mentions): one act told with two tolls, not two units."""
    if len(spans) != 2:
        return False
    first, second = spans
    if any(first.start_char <= m.start < first.end_char for m in mentions):
        return False
    for t in second:
        if (t.dep_ == "conj" and t.tag_ == "VBN" and first.start <= t.head.i < first.end
                and any(c.dep_ == "auxpass" for c in t.head.children)
                and not any(c.dep_ in ("aux", "auxpass") for c in t.children)):
            return True
    return False



def act_date(article: Article, sent: Any, trigger: Any) -> DateMention | None:
    """The date mention of ``sent`` that dates its act (:func:`linking.date_for_sentence`), leaving out
    the day the news was told ("The NRF said on Monday it had killed five fighters ... two days ago")
    when the sentence gives another."""
    dates = article.date_mentions
    if article.doc is not None:  # "abandoned the 2015 nuclear deal": the deal's year (:mod:`namingyears`)
        dates = [m for m in dates if not (sent.start_char <= m.start < sent.end_char and names_thing(article.doc, m, trigger))]
    told = [m for m in dates if sent.start_char <= m.start < sent.end_char and said_on(article.text, m.start)]
    if told:
        dates = [m for m in dates if m not in told]
        if not any(sent.start_char <= m.start and m.end <= sent.end_char and m.date is not None for m in dates):
            dates = article.date_mentions
    return date_for_sentence(dates, sent, trigger, filed=filed_dates(article))


def story_date(article: Article, start: int) -> DateMention | None:
    """The nearest date mention of the body before ``start`` that is news (a day up to two weeks
    before publication; none in the dateline): the day of an undated sentence of a story told one
    sentence a paragraph ("Police arrested 81 suspects and seized 93 rifles.") when no act before it
    set one."""
    body = [s for s in article.sections if s.kind == "body"]
    if not body or article.published is None:
        return None
    filed = filed_dates(article)
    best = None
    for m in article.date_mentions:
        if m.start < body[0].start or m.end > start or m.start in filed or m.date is None or m.date.precision != 1:
            continue
        day = iso_day(m.date.value)
        if day is None or not 0 <= (article.published - day).days <= 14:
            continue
        if best is None or m.start > best.start:
            best = m
    return best


#: The status reason of acts told as a state that has gone on since a time.
ONGOING_SINCE = "acts told as going on since a time, none of a day"


def ongoing_since(trigger: Any) -> bool:
    """"Students have led daily protests since the collapse", "the prisons have been the scene of
    repeated massacres since 2021": acts named by a plural noun under a verb in the present perfect
    with "since": a state that has gone on, no act of the story's day (background)."""
    if trigger is None or trigger.tag_ != "NNS":
        return False
    v = verb_above(trigger, steps=4)
    if v.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in v.children):
        return False
    return any(t.lower_ == "since" and t.head.i in (v.i, trigger.i) for t in v.subtree)


#: A live blog's entry: a paragraph that opens on the clock time it was posted ("13:45 —", "9.40am GMT -").
LIVE_ENTRY_RE = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|BST|CET|EST|ET|local time)?"
                           r"\s*[\u2014\u2013-]\s", re.IGNORECASE)
POSTED_DAY = "a live entry without a day of its own: the day it was posted"


def live_entry_day(article: Article, para_start: int) -> DateValue | None:
    """The publication day for an undated sentence of a live blog's entry (its paragraph opens on a
    clock time, :data:`LIVE_ENTRY_RE`): not the day an earlier entry named ("09:40 - Russia launched
    728 drones overnight ... 13:45 - A guided bomb hit a building in Kharkiv"); None otherwise."""
    if article.published is None or not article.text[para_start : para_start + 1].strip()[:1].isdigit():
        return None
    if LIVE_ENTRY_RE.match(article.text, para_start) is None:
        return None
    return DateValue(value=article.published.isoformat(), precision=1, text=None, reason=POSTED_DAY)


#: A month told as a bound ("since last month", "by the end of April"): no month of an act.
_BOUND_START = re.compile(r"(?:since|until|till|by|from|before|after|as of)\b", re.IGNORECASE)
_BOUND_END = re.compile(r"\b(?:since|until|till|by|from|before|after|as of)\s+$", re.IGNORECASE)


def bound_month(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` is told as a bound: "since last month", "by the end of April"."""
    return _BOUND_START.match(text, start, end) is not None or _BOUND_END.search(text, max(0, start - 14), start) is not None


def earlier_date(article: Article, start: int, end: int) -> Any:
    """The nearest resolved date mention between ``start`` and ``end`` that is news (not more than
    two weeks before publication when the publication date is known; a month, the publication month
    or the one before: a monthly report's "In October, 40 civilians were killed. In X district, 12
    ...", its district tolls of that month, not one told as a bound: "since last month"); never the
    day a statement was made ("..., the commission said on Wednesday": no act's day)."""
    best = None
    pub = article.published
    for m in article.date_mentions:
        if not (start <= m.start and m.end <= end) or m.date is None or not m.date.value or said_on(
                article.text, m.start):  # "..., the commission said on Wednesday": the day it was told
            continue
        day = iso_day(m.date.value)
        if pub is not None and day is not None and (pub - day).days > 14 and not (
                m.date.precision == 3 and 0 <= (pub.year * 12 + pub.month) - (day.year * 12 + day.month) <= 1
                and not bound_month(article.text, m.start, m.end)):
            continue
        if best is None or m.start > best.start:
            best = m
    return best


def trailing_shift(sentence: str) -> int | None:
    """Days back (negative: later) from the act told before that a phrase inside the sentence dates its act
    to: "Troops clashed with the rebels again in a nearby village the next day", "..., two days later"
    (:func:`eventwire.dayshift.sentence_shift`, the reader of the time stage too). None when there is none,
    or when it has an anchor of its own ("the day after the attack")."""
    return sentence_shift(sentence)


def parted_places(cut: tuple[Any, Any], places: list[Any]) -> bool:
    """Both parts of a contrast cut name a specific place of their own, none the same ("In Kharkiv, a bomb
    hit a building, while shelling in Kherson killed a man"): two acts, whichever place the sentence's
    report took."""
    def ids(span: Any) -> set[Any]:
        return {m.place.geonameid or m.place.name for m in places
                if m.place is not None and m.kind in ("toponym", "relative")
                and not (m.place.feature_code or "").startswith(("PCL", "ADM1"))
                and span.start_char <= m.start and m.end <= span.end_char}
    home, clause = ids(cut[0]), ids(cut[1])
    return bool(home) and bool(clause) and home.isdisjoint(clause)
