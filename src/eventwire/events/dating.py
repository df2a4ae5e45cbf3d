"""When the article's main event happened: ranking the article's dated mentions.

The article's main event (one per article) is dated by :func:`main_event_date`: every dated mention
of the article is a candidate, scored by features (:data:`DATE_WEIGHTS`: a violation word next to it,
its place in the article, its precision, a verb of saying or a court step next to it, ...); a year
alone ("killed in 2016") dates it to the year (``DateValue.year``); the publication day is one more
candidate (reason :data:`PUBLICATION_DAY`: news told the day it happened, without a date); so is the
start of an ongoing detention told by its length ("has been detained for two years",
:func:`detention_spans`) and an act told by the time elapsed since it ("it is six months since the
coup", "the second anniversary of his arrest", :func:`elapsed_spans`), both counted back from the
publication day; only when the text gives no date at all does it fall back to the publication month
(precision 3, reason :data:`PUBLICATION_FALLBACK`). The weights are fitted and stepped on the
HRDsAttack dev split by ``benchmarks/event_fields_dev.py --fit / --steps``. The text helpers (the headline's and lead's end,
the violation and proceeding words) live in :mod:`eventwire.events.article_text`, shared with the
country ranking of :mod:`eventwire.events.linking`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from ..records import Article, DateMention, DateValue, EventReport
from ..timex import MONTH_FULL, count_word, names_holiday
from .article_text import PROCEEDING_RE, VIOLATION_RE, head_verb, lead_end_of, paragraph_start, title_end_of
from .parts import INHERITED_DATES

#: The reason of a report the text gives no date (:func:`no_date`), and of one on a page with no publication date.
NO_DATE = "no date in the text"
NO_DATE_UNPUBLISHED = NO_DATE + " and the page has no publication date"


def no_date(article: Article) -> DateValue:
    """An unresolved date whose reason says whether the page had a publication date."""
    if article.published is None:
        return DateValue(value=None, reason=NO_DATE_UNPUBLISHED)
    return DateValue(value=None, reason=NO_DATE)


#: A headline about a court step or a release ("kidnapper sentenced", "court frees ...", "charges"):
#: the act it follows came earlier, often long before.
COURT_TITLE_RE = re.compile(r"\b(?:sentenc|convict|charg|indict|court|trial|verdict|acquit|bail|appeal|"
                            r"jail(?:ed|s)\b|guilty|freed|set free|releas|ruling|judge|case\b|inquest|probe|"
                            r"anniversar|years? (?:after|on|later)|remember)", re.IGNORECASE)
#: Verbs of saying: a date on one of them ("police said on Thursday") dates the report, not the act.
REPORTING_LEMMAS = frozenset({"say", "tell", "announce", "report", "add", "state", "confirm", "claim", "write",
                              "tweet", "post", "publish", "issue", "release", "call", "urge", "condemn",
                              "demand", "express", "note", "explain", "comment", "speak", "voice", "raise",
                              "deplore", "criticise", "criticize", "denounce", "warn", "appeal", "launch"})
#: Prefixes that make a date a bound, not the time of the act ("since 2015", "until March").
BOUND_RE = re.compile(r"^(?:since|until|till|by|as of|from|before|after)\b", re.IGNORECASE)
#: Bounds that end a count ("as of August 18", "by March", "until 2019"): the time of a tally.
CUTOFF_RE = re.compile(r"^(?:until|till|by|as of|before)\b", re.IGNORECASE)
#: The date line of an embedded post ("— Name (@handle) July 16, 2021") or a link to one.
TWEET_RE = re.compile(r"\(@\w+\)\s*$|pic\.twitter\.com", re.IGNORECASE)
#: The date of a photograph ("In this March 23, 2021 photo", "Picture taken September 14, 2019"):
#: when the picture was taken, not when the act happened.
PHOTO_RE = re.compile(r"\bin this (?:[\w,]+ ){1,4}(?:file )?(?:photo|picture|image)\b|\b(?:photo|picture) taken\b|"
                      r"\bfile (?:photo|picture)\b", re.IGNORECASE)

#: A note about the article or a document, not an act: "originally published in 2011", "an earlier
#: version of this article", "a letter dated May 18, 2012".
META_NOTE_RE = re.compile(r"\b(?:originally (?:published|posted|appeared)|(?:earlier|previous) version of this|"
                          r"this (?:article|story|report) (?:was|first)|\bdated|updated on|last updated)\b", re.IGNORECASE)
#: What ends each reading of :data:`COMPARISON_RE`, right before the date ("in", "of", or nothing).
_TAIL = r"(?:in|of|during|for|since)?\s*$"
#: The three readings of :data:`COMPARISON_RE`, each run only where its word occurs (:func:`_comparison`).
_RISE_FROM_RE = re.compile(
    r"\b(?:up|down|ris(?:e|es|en|ing)|rose|increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|f[ae]ll(?:en|ing)?|"
    r"drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|grew|grow(?:s|n|ing)?|doubled|tripled)\s+"
    r"(?:\w+\s+){0,3}from\s+(?:about |around |nearly |almost |just |only )?\d(?:(?!\bto\b)[^.;]){0,40}" + _TAIL,
    re.IGNORECASE)
_COMPARED_RE = re.compile(r"\bcompared (?:with|to)\b[^.;]{0,40}" + _TAIL + r"|\bsame period (?:of|in|last)\b[^.;]{0,20}" + _TAIL,
                          re.IGNORECASE)
_WHOLE_OF_RE = re.compile(r"\b(?:whole|all|entire|total|rest) of\s*(?:the year\s*)?" + _TAIL, re.IGNORECASE)
#: The baseline or whole period of a comparison or a tally, told right before the date ("up from 78 in
#: 2018", "a steep increase from 8 in 2020", "compared with the same period last year", "double the
#: number carried out in the whole of 2019", "the total of 69 executions in all of 2021"): a statistic's
#: reference period, not the time of the act.
COMPARISON_RE = re.compile("|".join(f"(?:{rx.pattern})" for rx in (_RISE_FROM_RE, _COMPARED_RE, _WHOLE_OF_RE)),
                           re.IGNORECASE)
#: Words of a detention that lasts until the report (its start dates the act: "has been detained
#: since 2019", "in prison since March", "missing since 2016").
DETENTION_RE = re.compile(r"\b(?:detain|detention|prison|jail|custody|behind bars|missing|disappear|imprison|"
                          r"captiv|hostage|incommunicado|locked up)", re.IGNORECASE)
#: The date of the act an ongoing state started with: "Since their detention in 2015, ...".
SINCE_ACT_RE = re.compile(r"\bsince (?:his|her|their|the|its) (?:\w+ )?(?:arrest|detention|abduction|disappearance|"
                          r"imprisonment|kidnapping|jailing)\s+(?:in|on|of)?\s*$", re.IGNORECASE)
_ABOUT = r"(?:the (?:past|last) |more than |over |nearly |almost |about |around |some |at least )?"
_COUNT = (r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|"
          r"a few|several)")
#: How long a detention has lasted, counted back from the report: "has been detained for nearly three
#: months", "who has been in detention for more than two years", "released after spending five months
#: in detention" (a sentence, "was jailed for two years", is no such span: jailed and sentenced stay out).
DETENTION_SPAN_RE = re.compile(
    r"\b(?:(?:has|have|had) been (?:\w+ )?(?:detained|held|in (?:detention|custody|prison|jail|captivity)|"
    r"behind bars|missing|locked up|kept)(?: [\w,]+){0,4}? for " + _ABOUT + _COUNT + r"\s+(?P<unit>year|month|week)s?\b"
    r"|(?:spent|spending) " + _ABOUT + _COUNT.replace("<n>", "<n2>") + r"\s+(?P<unit2>year|month|week)s?\s+"
    r"(?:in (?:detention|custody|prison|jail|captivity)|behind bars))", re.IGNORECASE)
#: The reason of a date counted back from the publication by a detention's length (:data:`DETENTION_SPAN_RE`).
DETENTION_SPAN = "the start of a detention, its length counted back from the publication day"

_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_ORDINALS.update({"twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100})
#: The time elapsed since the act up to the report: "it is six months since the coup", "April 11 marks
#: two years since ...", "in the two years since the reform", "the second anniversary of his arrest",
#: "the 100-year anniversary of ..." (not "two years after the trial": that counts from another date).
ELAPSED_RE = re.compile(
    r"\b(?:(?:it is|it's|it has been|has been|marks?|marked|marking|in the|during the|over the|for the|the)\s+"
    r"(?:(?:past|last)\s+)?" + _ABOUT + _COUNT + r"\s+(?P<unit>year|month|week)s?\s+since\b"
    r"|(?<!-)(?P<ord>" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r"|\d{1,3}(?:st|nd|rd|th))"
    r"(?:[- ]year)? anniversary of\b"
    r"|(?P<ny>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]years? anniversary of\b)",
    re.IGNORECASE)
#: What every reading of :data:`ELAPSED_RE` ends on: "<unit>s since" or "anniversary of".
_ELAPSED_END_RE = re.compile(r"(?:year|month|week)s?\s+since\b|anniversary of\b", re.IGNORECASE)
#: The reason of a date counted back from the publication by the time elapsed since it (:data:`ELAPSED_RE`).
ELAPSED = "the time elapsed since the act, counted back from the publication day"

PUBLICATION_DAY = "the publication day: the text dates the main event no better than the report itself"
PUBLICATION_FALLBACK = "no date in the text for the main event: the month of publication (report date)"


_HAS_DIGIT = re.compile(r"\d")
_MONTH_NAME = re.compile(MONTH_FULL, re.IGNORECASE)
#: A bound word right before a mention that did not take it ("since last March").
_BOUND_END = re.compile(r"\b(?:since|until|till|by|from|before|after|as of)\s+$", re.IGNORECASE)
#: The people the articles are about: a sentence naming one is about the victim.
VICTIM_RE = re.compile(r"\b(?:journalist|reporter|editor|blogger|activist|defender|lawyer|unionist|union leader|"
                       r"dissident|critic|campaigner|photographer|writer|poet|environmentalist|leader)s?\b",
                       re.IGNORECASE)

#: Weights of the features of a date candidate (:func:`date_candidates`); a feature not listed
#: weighs 0. "relative" marks a mention without a digit ("on Thursday", "last month"), not a holiday
#: of a fixed day ("on Human Rights Day": a calendar day like "on 10 December"). "position" is the candidate's offset / the text's length, "years_before" the years
#: from it to publication / 20 (at most 1), "repeated_year" the other candidates of its year / 3;
#: "publication" marks the one candidate that is not a mention: the publication day itself (with
#: "day", "same_year" and "chron" 1).
#:
#: How they were set (HRDsAttack dev split, ``benchmarks/event_fields_dev.py``; Nov 2026): the
#: mention features are the l2=0.03 conditional-logit fit of ``--fit``; then "publication" alone,
#: then "year" (a year alone) alone, on a grid with the others kept ("year" in the middle of its dev
#: plateau, -0.37 .. -0.07; the fit's -0.57 under-rated articles about an old act told by its year
#: only). Then, each a coordinate step of ``--steps`` (at least two dev articles won, kept only when
#: it helped both halves of dev): "chron" (the date's place in time among the candidates, 0 the
#: oldest .. 1 the newest: an article tells the act, then what followed), "title_act_match" (next to
#: the same violation word as the headline: "abduct" ... "the abduction occurred on Thursday"),
#: "court_title_old" (the headline is about a court step, a release or an anniversary, and the date
#: is over a month before publication: the act came long before the news) and "embed" (the date
#: line of an embedded post, "— Name (@handle) March 12, 2022": the post shows the act, 20 of 32
#: such dev candidates are right; 1.0 .. 1.5 its plateau); "title_duration" was set by hand on one
#: dev article (the headline gives the time since the act, "One year after the protests", "5 months
#: on", and the date is that long before publication).
#:
#: Then two features of an ongoing detention and of the time elapsed since the act (Nov 2026, a
#: grid each, kept as they won on dev and on val: date 0.638 -> 0.655 dev, 0.580 -> 0.597 val):
#: "detention_start" (a bound next to a detention word, "has been in prison since 2009", the date of
#: the act after "since their detention", or a detention's length counted back from publication,
#: :func:`detention_spans`; 0.6 is the peak of both, 0.45 lost one val article, 0.75 two dev
#: ones) and "elapsed" (the time since the act up to the report, :func:`elapsed_spans`; 2.0 .. 3.5
#: a plateau on dev and val, under 1.5 it changed nothing: such a statement is the text's own
#: dating of the act).
#:
#: Computed but weighing 0 ("bound" is the fit's -0.0): "bound" ("since", "from" ...),
#: "bound_cutoff" ("as of", "by", "until"), "head_act" / "head_proceeding" (the verb the date hangs
#: on), "repeated_month" / "repeated_day", "gap_week" / "gap_months" (days before publication),
#: "court_title_recent". They stay because ``event_fields_dev.py --fit`` and ``--steps`` search over
#: every feature a candidate carries: a weight for them is one refit away.
#:
#: Measured on top of these weights and not kept (Nov 2026, a grid of -0.6 .. +1.2 each; none won
#: on both dev halves and val, most lost on all three): the words the sentence shares with the
#: headline; a person of the headline or the lead, or a found victim's name, in the sentence; in a
#: coded report's sentence (any, background only, a violation, the report's own date); a photo
#: caption or credit line (a filter too: captions of the act's own photo are right as often);
#: the headline's tense (present or a bare participle: recent news) on the publication day or
#: the last week; no date in the first violation sentence (for the publication day); the first
#: violation sentence's own date; the oldest and newest date next to a violation word (alone and
#: under a court headline); the clause the date hangs in (main, subordinate, a noun's); words of
#: an origin ("initially", "began"); the kind of a relative date (weekday, day, week, month,
#: year); how many older years the article gives; a bag of context words (cross-fitted logit);
#: minimum-Bayes-risk picking of the year; other sharpening orders; two weights stepped at once
#: (no pair won 3 dev articles on both halves). Measured again after "detention_start" and
#: "elapsed" and not kept (same grids): the date's own role (a noun's modifier, "a 2013 attack" /
#: "a black 2017 car"; an argument; the second of a pair, "in 1988 and 2007"); the verb the date
#: hangs on being none of a violation, a court step or saying; a day, month or year with no
#: violation word near; a relative date next to the act ("the abduction occurred on Thursday");
#: bins of the years before publication; next to a violation word of the main report's or the
#: lead's stem; a date some coded report carries; a photo credit after the date (alone and without
#: a violation word); a comparison's baseline ("up from 78 in 2018"); "since" on a perfect that is
#: no detention; the headline's court words only when its root verb is no violation; the time
#: since the act in the body's opening words (as in the headline); a per-article classifier of
#: "the act is of the publication year" (cross-fitted, 0.75 right on dev) as a feature; grouping
#: the candidates by their date (a log-sum-exp of the scores) before picking.
#:
#: Tenth session (Nov 2026): "title_root_act", next to a violation word of the stem the headline's
#: main clause tells (:func:`headline_act_stems`: "Lawyer abducted ... a year after her brother was
#: killed" dates the abduction, not the killing). It changes no HRDsAttack article at 0 .. 0.3
#: (0.25 kept, the middle of that plateau: a tie-break between two acts told alike); at 0.6 .. 2.0
#: val gains one article and dev loses one to three (a later arrest of a suspect chosen over the
#: act the label dates). Measured and not kept (a grid each, and ``event_fields_dev.py --cv``): the
#: "same incident" signals: the first body sentence that repeats the headline (two content lemmas
#: and its violation stem) and the date in it, in the two sentences after it, before it, nearest
#: to it, the lemma overlap of the date's sentence with the headline; the verb the date hangs on
#: among the headline's lemmas; photo credits ("(AP Photo/...)", "via Getty Images") near the
#: date (27% of such candidates are right); a year inside a name ("the 2021 Index", "Act 2021");
#: a relative date in the lead or the last week; a year alone next to a violation word; a dateline
#: ("CITY (Reuters) -") with recent or old dates; the publication day when no candidate is next
#: to the headline's violation, when one is, or when the headline tells none (at most one article
#: either way). None won on both dev halves and val. Nor did a date inside a report the events stage
#: flags as background ("Similar protests in August 2022 left 20 dead"; fires in 134 dev articles):
#: -0.3 keeps val (0.597) and costs dev 0.034, any weight above 0 costs both: HRDsAttack's labels
#: often date the old act the report goes back to.
#:
#: Seventeenth session (Nov 2026): "meta_note", a date told in a note about the article or of a
#: document (:data:`META_NOTE_RE`: "*The article was originally published in 2011", "a letter dated
#: May 18, 2012"), is no act: -2.0 (``--grid``: fires in 11 dev / 2 val articles; -2.0 wins one dev
#: article and loses none on either half, val .597 kept; -1.0 .. +0.6 change nothing). Measured and
#: not kept: a date inside the name of the event another is timed from ("soon after the Sept. 11,
#: 2001 attacks", "since the 2019 election"; -2.0 dev +1 on one half only, -1.0 .. +1.0 val .588)
#: and, under a headline telling its act as news (a present tense or a bare participle: "Gunmen abduct
#: Kenyan ..."), a date within two weeks of publication next to the headline's violation (fires in 15
#: dev / 4 val articles; every weight but 0 loses dev, +0.3 one article, -1.0 three and val one).
#:
#: Eighteenth session (Nov 2026): "month_name", a relative mention that names a calendar month ("in
#: October", "last March"; not a bound, "from February", "since last March"), which "relative" had
#: weighed like "on Thursday": +0.6 (``--grid``: fires in 98 dev / 59 val articles; +0.6 wins one dev
#: article, val kept; +1.0 loses dev, +2.0 both); then "event_paragraph_before" (a date in the main
#: report's paragraph before its sentence) 0.22 -> 0.5 (``--grid`` / ``--steps``: 0.3 .. 0.6 win dev on
#: both halves, 0.3 .. 0.5 val one article; date 0.672 -> 0.685 dev, 0.597 -> 0.613 val with the
#: inherited months of ``contrast.earlier_date``). ``--steps`` then offers "bound_cutoff" -0.3 (dev +2,
#: val -1) and "position" -0.33 (dev +2, val -4): not kept.
#:
#: Twentieth session (Nov 2026): "comparison", a date told as the baseline or whole period of a
#: comparison or tally (:data:`COMPARISON_RE`: "up from 78 in 2018", "compared with the same period
#: last year", "in the whole of 2019", "in all of 2021"; broader than the "up from" measured before):
#: -1.0 (``--grid``: fires in 7 dev / 0 val articles; -1.0 .. -2.0 win one article on each dev half,
#: val kept).
DATE_WEIGHTS: dict[str, float] = {
    "act_near": 0.85, "bound": -0.0, "day": 0.75, "event_paragraph_after": 0.1, "event_paragraph_before": 0.5,
    "event_sentence": 0.05, "first": 0.37, "in_quote": -0.31, "lead": 0.13, "month": 0.02, "on_saying": -0.41,
    "paragraph": -0.25, "position": -0.48, "proceeding_near": -0.09, "publication": -0.65, "relative": -1.25,
    "repeated_year": -0.05, "same_year": -0.58, "title": -0.08, "title_year": 0.08, "victim_sentence": 0.22,
    "violation_sentence": 0.05, "week": -0.2, "year": -0.3, "years_before": 0.2,
    "chron": -0.15, "title_act_match": 0.15, "court_title_old": 0.6, "title_duration": 1.0, "embed": 1.0,
    "detention_start": 0.6, "elapsed": 2.0, "title_root_act": 0.25, "meta_note": -2.0, "month_name": 0.6,
    "comparison": -1.0,
}


@dataclass(slots=True)
class DateCandidate:
    """A dated mention (or the publication day) that may date the main event: its features (names
    of :data:`DATE_WEIGHTS`), their weighted sum, and whether its sentence has a violation word."""

    mention: DateMention
    score: float
    violation: bool
    features: dict[str, float] = field(default_factory=dict)


#: The reason of a day counted back from the news a sentence measures its act from (:mod:`contrast`).
MEASURED_BACK = "counted back from the news the sentence measures from"


def vaguer(article_date: DateValue, own: DateValue) -> bool:
    """Whether the article's ranked date is vaguer than the one the report's own sentence gives (a
    year alone or a month against a week or day): "killed ... at the weekend" against "since 1969"."""
    if not (own.value and own.reason is None and own.text):
        return False
    return not article_date.value or (article_date.precision or 3) > (own.precision or 3)


def keeps_own_date(report: EventReport, article_date: DateValue, *, published: dt.date | None = None) -> bool:
    """Whether the main report keeps the date its own sentence gives against the article's ranking
    of dates: always a day ("... killed seven villagers on Sunday night"); a week or month ("last
    week", "earlier this month", "over the weekend") when the article's date is only the
    publication day or month (:data:`PUBLICATION_DAY`, :data:`PUBLICATION_FALLBACK`):
    a guess never replaces what the text says; nor does the day of publication however the article
    names it ("JUBA, May 15 -", "..., an official said on Wednesday"), nor a vaguer date (a year alone,
    a month against a week); nor does a guess replace the month a monthly report's undated toll takes
    from its paragraph ("In October, 40 civilians were killed. In X district, 12 ..."). A report its
    sentence does not date takes the article's date otherwise; but a day or week it inherits from
    the act it elaborates (the first of :data:`parts.INHERITED_DATES`), within :data:`RECENT_DAYS` of
    publication, stands against a ranked date more than a year older (:func:`long_before`): the
    ranking dates what the article goes back to, the report is told as part of the news. (A date
    from an earlier sentence of the paragraph does not: on the 449 speed articles, 4 of 8 such main
    reports were old acts told after the news, a gas attack of years before.) The extractor asks it
    through :func:`events.newsday.main_report_date`, the one rule of the main report's date."""
    d = report.date
    if d.value and d.reason == MEASURED_BACK and d.precision == 1:
        return True  # "The discovery came a day after gunmen killed four people": counted from the news
    if d.value and d.text and d.precision == 3 and d.reason in INHERITED_DATES[:2] and article_date.reason in (
            PUBLICATION_DAY, PUBLICATION_FALLBACK):
        return True  # a monthly report's "In October, 40 were killed. In X district, 12 ...": the month told
    if (d.value and d.text and d.reason == INHERITED_DATES[0] and (d.precision or 1) <= 2 and published is not None
            and recent_day(d, published) and long_before(article_date, published)):
        return True  # "Gunmen killed five on Monday. ... The attackers also torched houses": not a 2015 mention's year
    if not (d.value and d.reason is None and d.text):
        return False
    if vaguer(article_date, d):
        return True  # "at the weekend" against a ranking's "since 1969": never a vaguer date
    return d.precision == 1 or article_date.reason in (PUBLICATION_DAY, PUBLICATION_FALLBACK) or (
        published is not None and article_date.value == published.isoformat())


#: Days before publication within which an inherited day is the news's (:func:`keeps_own_date`).
RECENT_DAYS = 14


def recent_day(d: DateValue, published: dt.date) -> bool:
    """Whether ``d`` is a day or week no later than publication and at most :data:`RECENT_DAYS` before it."""
    try:
        day = dt.date.fromisoformat((d.value or "")[:10])
    except ValueError:
        return False
    return 0 <= (published - day).days <= RECENT_DAYS


def long_before(d: DateValue, published: dt.date) -> bool:
    """Whether ``d`` is more than a year before publication (a year alone: two years before its year or more)."""
    if not d.value:
        return d.year is not None and d.year < published.year - 1
    try:
        return (published - dt.date.fromisoformat(d.value[:10])).days > 365
    except ValueError:
        return False


def _year_of(d: DateValue) -> int | None:
    """The year of a date (of its value, else its year alone)."""
    if d.value:
        try:
            return int(d.value[:4])
        except ValueError:
            return None
    return d.year


def _level(d: DateValue) -> int:
    """0 day, 1 week, 2 month, 3 year only, 9 nothing."""
    if d.value:
        return {1: 0, 2: 1, 3: 2}.get(d.precision or 1, 2)
    return 3 if d.year else 9


def date_candidates(article: Article, report: EventReport | None) -> list[DateCandidate]:
    """The dated mentions of the article that may date ``report`` as its main event, each with its
    features (see :data:`DATE_WEIGHTS`) and score. Left out: nothing known (neither a value nor a
    year), after the publication day (plans, hearings to come), the date line of a quote's
    signature, the date of a photo (:data:`PHOTO_RE`). When there is a candidate and a publication
    day, the publication day is added as the last one (:data:`PUBLICATION_DAY`)."""
    doc = article.doc
    ev_start, ev_end = (report.evidence.start, report.evidence.end) if report is not None else (-1, -1)
    text = article.text
    title_end = title_end_of(article)
    ev_para = paragraph_start(text, ev_start)
    lead_end = lead_end_of(article, title_end)
    published = article.published
    kept: list[tuple[DateMention, int, int]] = []
    for m in article.date_mentions:
        d = m.date
        if _level(d) == 9:
            continue
        y = _year_of(d)
        if published is not None and d.value:
            try:
                day = dt.date.fromisoformat(d.value[:10])
            except ValueError:
                continue
            if (day - published).days > (31 if d.precision == 3 else 1):
                continue  # plans and hearings to come
        if published is not None and y is not None and y > published.year:
            continue
        sent = _sentence_of(doc, m.start, m.end)
        s0, s1 = sent if sent is not None else _line_of(text, m.start, m.end)
        if _in_quote_signature(text, m.start) or PHOTO_RE.search(text[max(s0, m.start - 40) : m.end + 30]):
            continue
        kept.append((m, s0, s1))
    if published is not None:
        for m in [*detention_spans(text, published), *elapsed_spans(text, published)]:
            if m.date.reason == ELAPSED and doc is not None and _told_in_past(
                    doc, m.start, m.start + len(re.sub(r"\s+(?:since|of)$", "", m.text))):
                continue  # "the fifth anniversary of the attack was marked ...": not counted from the report
            sent = _sentence_of(doc, m.start, m.end)
            s0, s1 = sent if sent is not None else _line_of(text, m.start, m.end)
            kept.append((m, s0, s1))
        kept.sort(key=lambda k: k[0].start)
    years = Counter(_year_of(m.date) for m, _, _ in kept)
    months = Counter(m.date.value[:7] for m, _, _ in kept if m.date.value and _level(m.date) <= 2)
    days = Counter(m.date.value[:10] for m, _, _ in kept if m.date.value and _level(m.date) == 0)
    title_years = {_year_of(m.date) for m, _, _ in kept if m.end <= title_end}
    title_stems = {_stem(x) for x in VIOLATION_RE.findall(text[:title_end])} if title_end else set()
    root_stems = headline_act_stems(doc, title_end) if title_stems and doc is not None else set()
    title_court = bool(COURT_TITLE_RE.search(text[:title_end])) if title_end else False
    since = _title_duration(text[:title_end], published) if title_end and published is not None else None
    cands: list[DateCandidate] = []
    for rank, (m, s0, s1) in enumerate(kept):
        d = m.date
        stext = text[s0:s1]
        f: dict[str, float] = {}
        if ev_start <= m.start and m.end <= ev_end:
            f["event_sentence"] = 1
        elif m.end <= title_end:
            f["title"] = 1
        elif report is not None and paragraph_start(text, m.start) == ev_para:
            f["event_paragraph_before" if m.start < ev_start else "event_paragraph_after"] = 1
        elif m.start < lead_end:
            f["lead"] = 1
        violation = bool(VIOLATION_RE.search(stext))
        if _near(VIOLATION_RE, stext, m.start - s0, m.end - s0):
            f["act_near"] = 1
        elif violation:
            f["violation_sentence"] = 1
        if _near(PROCEEDING_RE, stext, m.start - s0, m.end - s0, window=40) and not _near(
                VIOLATION_RE, stext, m.start - s0, m.end - s0, window=40):
            f["proceeding_near"] = 1
        head = head_verb(doc, m.start, m.end, verbs=("VERB", "AUX")) if doc is not None else None
        if head is not None:
            if head.lemma_.lower() in REPORTING_LEMMAS:
                f["on_saying"] = 1
            elif VIOLATION_RE.match(head.text) or VIOLATION_RE.match(head.lemma_):
                f["head_act"] = 1
            elif PROCEEDING_RE.match(head.text) or PROCEEDING_RE.match(head.lemma_):
                f["head_proceeding"] = 1
        lead_in = m.text.strip()
        if CUTOFF_RE.match(lead_in):
            f["bound_cutoff"] = 1
        elif BOUND_RE.match(lead_in):
            f["bound"] = 1
        if TWEET_RE.search(text[max(s0, m.start - 40) : m.start]) or "pic.twitter.com" in stext:
            f["embed"] = 1
        if META_NOTE_RE.search(text[max(s0, m.start - 80) : m.start]):
            f["meta_note"] = 1
        if _comparison(text, max(s0, m.start - 90), m.start):
            f["comparison"] = 1
        level = _level(d)
        f[("day", "week", "month", "year")[level]] = 1
        if d.value and level <= 2:
            f["repeated_month"] = min(months[d.value[:7]] - 1, 3) / 3
            if level == 0:
                f["repeated_day"] = min(days[d.value[:10]] - 1, 3) / 3
            if published is not None:
                try:
                    gap_days = (published - dt.date.fromisoformat(d.value[:10])).days
                except ValueError:
                    gap_days = 9999
                if gap_days <= 8 and level <= 1:
                    f["gap_week"] = 1
                elif gap_days <= 62:
                    f["gap_months"] = 1
        f["position"] = min(m.start / max(len(text), 1), 1.0)
        f["first"] = 1 if rank == 0 else 0
        y = _year_of(d)
        f["repeated_year"] = min(years[y] - 1, 3) / 3
        if published is not None and y is not None:
            gap = published.year - y
            f["same_year"] = 1 if gap == 0 else 0
            f["years_before"] = min(gap, 20) / 20
        span = d.reason in (DETENTION_SPAN, ELAPSED)
        if d.reason == ELAPSED:
            f["elapsed"] = 1
        elif d.reason == DETENTION_SPAN or (lead_in.lower().startswith(("since", "from")) and DETENTION_RE.search(
                text[max(s0, m.start - 80) : m.start])) or SINCE_ACT_RE.search(text[max(s0, m.start - 60) : m.start]):
            f["detention_start"] = 1
        if not _HAS_DIGIT.search(m.text) and not span and not names_holiday(m.text):
            f["relative"] = 1
            if _MONTH_NAME.search(m.text) and not BOUND_RE.match(lead_in) and not _BOUND_END.search(
                    text, max(0, m.start - 14), m.start):
                f["month_name"] = 1  # "in October", "last March": a calendar month, not a bound ("from February")
        if m.end > title_end and y in title_years:
            f["title_year"] = 1
        if VICTIM_RE.search(stext):
            f["victim_sentence"] = 1
        if title_court and published is not None:
            f["court_title_old" if _days_before(d, published) > 31 else "court_title_recent"] = 1
        if since is not None and _matches_time(d, since):
            f["title_duration"] = 1
        if title_stems and m.start >= title_end and _near_stems(stext, m.start - s0, m.end - s0, title_stems):
            f["title_act_match"] = 1
            if root_stems and _near_stems(stext, m.start - s0, m.end - s0, root_stems):
                f["title_root_act"] = 1
        if text.count("\u201c", s0, m.start) > text.count("\u201d", s0, m.start) or \
                text.count('"', s0, m.start) % 2 == 1:
            f["in_quote"] = 1
        f["paragraph"] = min(text.count("\n\n", title_end, m.start), 10) / 10 if m.start > title_end else 0.0
        cands.append(DateCandidate(m, 0.0, violation, f))
    _order_features(cands)
    rescore(cands, DATE_WEIGHTS)
    if published is not None and cands:
        # the report's own day ("... were arrested", told the day it happened, with no date of its own)
        pub = DateMention(start=title_end, end=title_end, text="",
                          date=DateValue(value=published.isoformat(), precision=1, reason=PUBLICATION_DAY))
        f = {"publication": 1.0, "day": 1.0, "same_year": 1.0, "chron": 1.0}
        if title_court:
            f["court_title_recent"] = 1.0
        cands.append(DateCandidate(pub, sum(DATE_WEIGHTS.get(k, 0.0) * v for k, v in f.items()), False, f))
    return cands


def detention_spans(text: str, published: dt.date) -> list[DateMention]:
    """The starts of the detentions whose length the text gives (:data:`DETENTION_SPAN_RE`), counted
    back from ``published``: years give a year alone, months the month, weeks the week (precision 2).
    Their reason is :data:`DETENTION_SPAN`; the mention covers the length ("nearly three months")."""
    out: list[DateMention] = []
    for m in DETENTION_SPAN_RE.finditer(text):
        group = "n" if m.group("n") else "n2"
        span = _counted_back(text, m.start(group), m.end(), count_word(m.group(group)),
                             m.group("unit") or m.group("unit2"), published, DETENTION_SPAN)
        if span is not None:
            out.append(span)
    return out


def elapsed_spans(text: str, published: dt.date) -> list[DateMention]:
    """The acts the text dates by the time elapsed since them up to the report (:data:`ELAPSED_RE`:
    "it is six months since the coup", "April 11 marks two years since ...", "in the two years since
    the reform", "the sixth anniversary of the kidnapping"), counted back from ``published`` like
    :func:`detention_spans`, with the reason :data:`ELAPSED`."""
    out: list[DateMention] = []
    low = text.lower()
    if "since" not in low and "anniversary" not in low:
        return out  # every reading of ELAPSED_RE ends on one of the two words (the regex alone is slow)
    if _ELAPSED_END_RE.search(text) is None:
        return out  # nor without the ending of one of its readings (a simple scan, five times faster)
    for m in ELAPSED_RE.finditer(text):
        if m.group("ord"):
            n, unit, start = _ORDINALS.get(m.group("ord").lower()), "year", m.start("ord")
            if n is None and m.group("ord")[:1].isdigit():
                n = int(re.sub(r"\D", "", m.group("ord")))
        elif m.group("ny"):
            n, unit, start = count_word(m.group("ny")), "year", m.start("ny")
        else:
            n, unit, start = count_word(m.group("n")), m.group("unit"), m.start("n")
        span = _counted_back(text, start, m.end(), n, unit, published, ELAPSED)
        if span is not None:
            out.append(span)
    return out


def _told_in_past(doc: Any, start: int, end: int) -> bool:
    """Whether the verb the span hangs on is in the past tense ("during the fifth anniversary of the
    attack, he assured ...") or a past perfect: a time elapsed up to then, not up to the report."""
    head = head_verb(doc, start, end, verbs=("VERB", "AUX"))
    if head is None:
        return False
    auxes = [t for t in head.children if t.dep_ in ("aux", "auxpass")]
    return head.tag_ == "VBD" or any(t.tag_ == "VBD" for t in auxes)


def _counted_back(text: str, start: int, end: int, n: int | None, unit: str | None, published: dt.date,
                  reason: str) -> DateMention | None:
    """The mention ``text[start:end]`` of the date ``n`` years (a year alone), months (the month)
    or weeks (the week, precision 2) before ``published``; None for no count."""
    if n is None or n <= 0 or n > 150 or not unit:
        return None
    unit = unit.lower()
    phrase = text[start:end]
    if unit == "year":
        date = DateValue(year=published.year - n, text=phrase, reason=reason)
    elif unit == "month":
        idx = published.year * 12 + published.month - 1 - n
        date = DateValue(value=dt.date(idx // 12, idx % 12 + 1, 1).isoformat(), precision=3, text=phrase,
                         reason=reason)
    else:
        day = published - dt.timedelta(days=7 * n)
        date = DateValue(value=day.isoformat(), precision=2, text=phrase, reason=reason)
    return DateMention(start=start, end=end, text=phrase, date=date)


def _sort_key(d: DateValue) -> str:
    """A key that orders dates in time (a year alone at its middle)."""
    return d.value[:10] if d.value else f"{d.year:04d}-06-30" if d.year else ""


def _order_features(cands: list[DateCandidate]) -> None:
    """"chron": the place of a candidate's date in time among the candidates' dates (0 the oldest,
    1 the newest; a year alone counts as its middle)."""
    keys = sorted({_sort_key(c.mention.date) for c in cands})
    rank = {k: i / max(len(keys) - 1, 1) for i, k in enumerate(keys)}
    for c in cands:
        c.features["chron"] = rank[_sort_key(c.mention.date)]


def main_event_date(article: Article, report: EventReport | None) -> DateValue:
    """The date of ``report`` as the article's main event (an attack on a person that the headline
    and lead are about, often told months or years after it happened); ``report`` None (no event
    coded) dates the article's violation all the same, by the candidates' features that need no
    event sentence.

    Every dated mention of the article (a day, week, month, or a year alone) is a candidate
    (:func:`date_candidates`), scored by :data:`DATE_WEIGHTS`: in the event's own sentence, in the
    headline, in the event's paragraph, in the lead; next to a violation word ("killed",
    "arrested", "abducted" ...); not on a verb of saying ("police said on Thursday"), not a bound
    ("since 2015"), not next to a court step; earlier in the article; older rather than newer; next
    to the headline's own violation; long before publication when the headline is about a court
    step; the date line of an embedded post. A best candidate that gives
    only the year (or month) is then sharpened by a more precise mention of the same year (month)
    (any mention of the same year / month; one in a violation sentence first): a year-only output
    can never match a gold day or month, a sharper one of the same year loses nothing on a gold
    year. Photo dates ("In this March 23, 2021 photo") are no candidates; the publication day is one
    (feature "publication": chosen when no mention scores better). Without any mention:
    the publication month (precision 3), with :data:`PUBLICATION_FALLBACK` as the reason; without a
    publication date either, no date. In a snippet or a short note (fewer than
    :data:`SNIPPET_PARAGRAPHS` paragraphs), whose main event is its first, a report that keeps the
    date its own sentence gives (:func:`keeps_own_date`) gives the main event that date too."""
    cands = date_candidates(article, report)
    if not cands:
        if report is not None and (report.date.value or report.date.year):
            return replace(report.date)  # dated by other means than a mention (a related page, a merge)
        return _fallback_date(article)
    chosen = pick_date(cands)
    out = replace(chosen)
    if report is not None and paragraph_count(article) < SNIPPET_PARAGRAPHS and keeps_own_date(
            report, out, published=article.published):
        # a snippet or a short note is about its first event: the day its own sentence gives it
        # ("Police fired tear gas ... late on Sunday", told on Monday) is the main event's, as the
        # report keeps it; a full article's main report often dates a later step, ranked over
        return replace(report.date)
    if chosen.reason != PUBLICATION_DAY and (
            report is None or (chosen is not report.date and out.value != report.date.value)):
        out.reason = "the main event's date, from the dated mention nearest to it"
        if chosen.reason:
            out.reason += f" ({chosen.reason})"
    return out


#: Texts with fewer paragraphs are snippets or short notes: their first event is the main one
#: (:func:`events.mainevent.choose_main_event`), dated as its own sentence dates it.
SNIPPET_PARAGRAPHS = 3


def paragraph_count(article: Article) -> int:
    """The non-empty paragraphs (lines) of the article's text, its headline included."""
    return sum(1 for p in re.split(r"\n\s*\n|\n", article.text) if p.strip())


def pick_date(cands: list[DateCandidate]) -> DateValue:
    """The date of the best-scored candidate (the first in the text among equals); a year or a month
    alone sharpened by a more precise candidate of the same year / month (one in a violation
    sentence first, then the best scored): "killed in 2016" ... "the car bomb of July 2016"; a
    month so chosen is sharpened again by a day of it ("a year since the election" ... "last
    August", told with the violation ... "the aftershocks of 9 August": the 9th)."""
    best = max(cands, key=lambda c: (c.score, -c.mention.start))
    chosen = best.mention.date
    while _level(chosen) >= 2:
        level = _level(chosen)
        year = _year_of(chosen)
        month = chosen.value[:7] if chosen.value else None
        sharper = [c for c in cands if _level(c.mention.date) < level
                   and _year_of(c.mention.date) == year
                   and (month is None or (c.mention.date.value or "")[:7] == month)]
        if not sharper:
            break
        chosen = max(sharper, key=lambda c: (c.violation, c.score, -c.mention.start)).mention.date
    return chosen


def rescore(cands: list[DateCandidate], weights: dict[str, float]) -> None:
    """Score the candidates again by other weights (the fits of benchmarks/event_fields_dev.py)."""
    for c in cands:
        c.score = sum(weights.get(k, 0.0) * v for k, v in c.features.items())


def _fallback_date(article: Article) -> DateValue:
    """The publication month (precision 3, :data:`PUBLICATION_FALLBACK`), else no date."""
    p = article.published
    if p is None:
        return no_date(article)
    return DateValue(value=dt.date(p.year, p.month, 1).isoformat(), precision=3, text=None,
                     reason=PUBLICATION_FALLBACK)


def _sentence_of(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    """The character span of the sentence holding ``start:end`` (None without a parse)."""
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    return sent.start_char, sent.end_char


def _line_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The line (paragraph) holding ``start:end``: the mention's sentence when there is no parse."""
    line_end = text.find("\n", end)
    return paragraph_start(text, start), len(text) if line_end < 0 else line_end


def _comparison(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends on the lead-in of a comparison's baseline (:data:`COMPARISON_RE`);
    the regex runs only when one of its words is there (most windows have none)."""
    window = text[start:end].lower()
    i = window.find("from")
    if i >= 0 and _RISE_FROM_RE.search(text, start + max(0, i - 60), end):
        return True
    if ("compar" in window or "period" in window) and _COMPARED_RE.search(text, start, end):
        return True
    return " of" in window[-24:] and _WHOLE_OF_RE.search(text, max(start, end - 30), end) is not None


def _near(rx: re.Pattern[str], stext: str, s: int, e: int, *, window: int = 90) -> bool:
    """Whether a match of ``rx`` in ``stext`` lies within ``window`` characters of ``stext[s:e]``."""
    for m in rx.finditer(stext):
        if m.end() >= s - window and m.start() <= e + window:
            return True
    return False


#: A headline's time since the act ("One year after", "5 months on", "two years later").
_DURATION_RE = re.compile(r"(?<![\d.])\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                          r"\s+(year|month)s?\s+(?:after|on|later|ago|since)\b", re.IGNORECASE)


def _title_duration(title: str, published: dt.date) -> tuple[int, int | None] | None:
    """"One year after the protests", "5 Months On Strike": the (year, month) that long before
    publication (month None for years), or None."""
    m = _DURATION_RE.search(title)
    if m is None:
        return None
    n = count_word(m.group(1))
    if n is None:
        return None
    if m.group(2).lower() == "year":
        return published.year - n, None
    idx = published.year * 12 + published.month - 1 - n
    return idx // 12, idx % 12 + 1


def _matches_time(d: DateValue, target: tuple[int, int | None]) -> bool:
    year, month = target
    if _year_of(d) != year:
        return False
    return month is None or (d.value is not None and int(d.value[5:7]) == month)


def _days_before(d: DateValue, published: dt.date) -> int:
    """Days from the date (the last day of a year alone) to publication."""
    if d.value:
        try:
            return (published - dt.date.fromisoformat(d.value[:10])).days
        except ValueError:
            return 0
    return (published - dt.date(d.year, 12, 31)).days if d.year else 0


def _stem(word: str) -> str:
    return word.lower()[:5]


def _near_stems(stext: str, s: int, e: int, stems: set[str], *, window: int = 90) -> bool:
    """Whether a violation word of one of ``stems`` (:func:`_stem`) is near ``stext[s:e]``."""
    for m in VIOLATION_RE.finditer(stext):
        if m.end() >= s - window and m.start() <= e + window and _stem(m.group(0)) in stems:
            return True
    return False


def headline_act_stems(doc: Any, title_end: int) -> set[str]:
    """The stems (:func:`_stem`) of the violation the headline's main clause tells: its root verb
    and the verbs joined to it ("Gunmen abduct Kenyan ...", "... arrested and beaten"), or, under
    a noun root ("Lawyer abducted in Kyiv ..."), the participle on it; under a root the parser took
    from a subordinate clause ("X shoot Y, months after Z was detained"), the clause it governs. Not
    a violation told only in a clause under them ("... a year after her brother was killed", "...
    over the 2016 murder"), nor a court step or a release (:data:`PROCEEDING_RE`)."""
    out: set[str] = set()
    heads: list[Any] = []
    for tok in doc:
        if tok.idx >= title_end:
            break
        if tok.head.i != tok.i:
            continue
        top = tok
        if any(c.dep_ == "mark" for c in tok.children):  # the subordinate clause parsed on top
            top = next((c for c in tok.children if c.dep_ in ("ccomp", "advcl") and c.pos_ == "VERB"), tok)
        heads.append(top)
        heads.extend(c for c in top.children if c.dep_ == "conj" and c.idx < title_end)
        if top.pos_ in ("NOUN", "PROPN"):
            heads.extend(c for c in top.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB")
    for h in heads:
        if PROCEEDING_RE.match(h.text) or PROCEEDING_RE.match(h.lemma_):
            continue
        for form in (h.text, h.lemma_):  # "beaten" and "beat": the body may use either form
            m = VIOLATION_RE.match(form)
            if m is not None:
                out.add(_stem(m.group(0)))
    return out


def _in_quote_signature(text: str, pos: int) -> bool:
    """"—Khadija, 31-year-old Iraqi transgender woman, August 5, 2021": the date of an interview."""
    line_start = text.rfind("\n", 0, pos) + 1
    head = text[line_start:pos]
    return head.lstrip().startswith(("—", "–", "- ")) and len(head) < 160
