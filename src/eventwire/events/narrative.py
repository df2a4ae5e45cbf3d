"""Acts told in a narrative of the past: an undated clause in the simple past right after an older date.

A clause in the simple past with no time of its own is read at the time the text last named (the
narrative's reference time): "A new revolt broke out in the hills in 1971. Kanu led the rebel columns and
drove the garrison out of the valley" tells a rout of 1971, not of the obituary's day; "In 2019 villagers
marched to the mine. The march was broken up by guards" an act of 2019. Such a clause used to take the day
of the last dated act of the story (or none) and was told as news.
:func:`told_after_older_date` finds the date mention nearest before the clause's sentence, in that sentence's
own paragraph and in the sentence before it or the one before that, and calls the act background when that
date is well before publication (:data:`OLD_DAYS`: "in 1961", "two years ago", "last year", not "last
month") and the clause's verb is a simple past or a past passive ("drove", "was broken up"). A date that
bounds a stretch reaching the story ("since 2015", "until last year"), is the day something was told
("said on Monday") or stands in a present clause ("trade is brisker than ever, after the slump of 2016") sets
no narrative time; a present or present perfect act is the story's own ("He said troops are shelling the
town", "has taken the town"), and so is news relayed by a verb of saying ("the radio reported the two
suspects were held"). A clause that inherits a day of the story keeps it against an older day or month;
only a year ("in 1971", "last year", "two years ago") moves it (HRDsAttack val lost a main event's date
when an older day did too). The extractor makes such an act background through ``status.assess``'s
``past`` (:func:`events.reportdate.report_date` returns the marker, as for a past perfect).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from typing import Any

from ..records import Article, DateMention
from ..timex import iso_day
from .status import REPORTING_VERBS, governors
from .story import sentence_of, sentences
from .telling import said_on
from .words import char_span

#: A date at least this many days before publication (or a year before its year) is an older time.
OLD_DAYS = 180
#: How many sentences before the act's sentence a date still sets its time (the sentence before, and the
#: one before that).
SENTENCES_BACK = 2
#: Words before a date that make it a bound of a stretch, not a time the narrative moved to.
_BOUND_RE = re.compile(r"\b(?:since|until|till|through|throughout|by|from|before|after|than)\s+(?:the\s+)?"
                       r"(?:(?:early|late|mid-?)\s*)?$", re.IGNORECASE)
_BOUND_START_RE = re.compile(r"(?:since|until|till|through|throughout|by|from|before|after)\b", re.IGNORECASE)
#: Auxiliaries of a past passive or past progressive ("was attacked", "were fleeing").
_PAST_AUX = frozenset("was were".split())
_KEY = "eventwire_narrative_dates"


def narrative_dates(article: Article, doc: Any) -> tuple[list[int], list[DateMention], list[bool]]:
    """The article's date mentions that set a narrative time (their ends, the mentions in text order,
    whether each names an older time), once per doc."""
    got = doc.user_data.get(_KEY)
    if got is None or got[0] is not article:
        pub = article.published
        keep = []
        for m in sorted(article.date_mentions, key=lambda m: m.start):
            if m.date is None or (not m.date.value and m.date.year is None):
                continue
            if (said_on(article.text, m.start) or _BOUND_RE.search(article.text, max(0, m.start - 30), m.start)
                    or _BOUND_START_RE.match(m.text)):
                continue  # ("since 2015", "until last year": the mention's words may hold the bound)
            keep.append(m)
        got = doc.user_data[_KEY] = (article, [m.end for m in keep], keep,
                                     [pub is not None and _older(m, pub) for m in keep])
    return got[1], got[2], got[3]


def _older(m: DateMention, published: dt.date) -> bool:
    d = m.date
    if d.value:
        day = iso_day(d.value)
        return day is not None and (published - day).days > OLD_DAYS
    return d.year is not None and d.year < published.year


def _past_clause(doc: Any, m: DateMention) -> bool:
    """Whether the clause holding the date mention ``m`` is not told in the present: the nearest verb
    above it is no present and no present perfect ("a revolt broke out in 1971", "was jailed last year",
    "charged with burning a shop in 2015"; not "trade between the towns is brisker than ever, after the
    slump of 2016": the present of the article's day, its date only a landmark)."""
    span = char_span(doc, m.start, m.end)
    if span is None:
        return False
    h = span.root
    for _ in range(8):
        if h.pos_ in ("VERB", "AUX") and h.dep_ not in ("aux", "auxpass"):
            return h.tag_ not in ("VBZ", "VBP") and not any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in h.children)
        if h.head.i == h.i:
            break
        h = h.head
    return True


def narrated_past(verb: Any) -> bool:
    """Whether ``verb`` (the verb an act's cue belongs to) is a simple past or a past passive or
    progressive: "drove", "was broken up", "were fleeing" (not "has taken", "had fled", "are firing")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    if verb.tag_ in ("VBN", "VBG"):
        return bool(auxes) and all(a in _PAST_AUX for a in auxes)
    return False


#: nouns by which a clause points back to the doers of the act the story told ("the attackers killed five")
BACK_NOUNS = frozenset(
    """attacker attackers gunman gunmen assailant assailants raider raiders kidnapper kidnappers abductor abductors
    bomber bombers militant militants fighter fighters insurgent insurgents bandit bandits""".split())
BACK_PRONOUNS = frozenset("they he she".split())


def _doer_points_back(verb: Any) -> bool:
    """The clause's doer is a pronoun or a definite noun of doers ("they", "the attackers"): the story's own
    act goes on after an aside about an older one ("The village was also attacked in 2021. They killed ...")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
    if subj is not None and subj.dep_ == "agent":
        subj = next((g for g in subj.children if g.dep_ == "pobj"), None)
    if subj is None:
        return False
    if subj.lower_ in BACK_PRONOUNS:
        return True
    return subj.lower_ in BACK_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                             for c in subj.children)


def _quoted(sent: Any) -> bool:
    """The sentence is a quotation (a speaker's "they" may be anyone)."""
    return sent.text.lstrip()[:1] in QUOTE_MARKS


QUOTE_MARKS = frozenset('"“‘\'«')


def told_after_older_date(article: Article, sent: Any, verb: Any, *, inherits: bool = False) -> str | None:
    """The older date mention (its words) that an undated clause in the simple past (``verb`` its verb,
    ``sent`` its sentence or clause) follows within :data:`SENTENCES_BACK` sentences of its paragraph, or
    None (see the module docstring). A clause that ``inherits`` a day of the story (the act told before it)
    keeps it against an older day or month ("was detained on 3 March 2017. Guards beat him": in a report
    written long after its act, the beating may be the detention's; a bare year, "in 1971", "last year",
    moves the narrative)."""
    if article.published is None or verb is None or not narrated_past(verb):
        return None
    doc = verb.doc
    ends, mentions, older = narrative_dates(article, doc)
    if not any(older):
        return None
    sents, index, text = sentences(doc)
    k = index.get(sent.start)
    if k is None:  # a clause of a sentence: its sentence's start
        k = index.get(sentence_of(doc, sent.start).start)
        if k is None:
            return None
    first = sents[max(0, k - SENTENCES_BACK)].start_char
    start = sents[k].start_char
    i = bisect_left(ends, start + 1) - 1
    if i < 0 or not older[i] or mentions[i].start < first or "\n" in text[mentions[i].end:start]:
        return None
    if any(g.lemma_.lower() in REPORTING_VERBS for g in governors(verb, 4)):
        return None  # "the radio reported the two suspects were held": news relayed, not a narrative
    if inherits and mentions[i].date.value:
        return None  # (HRDsAttack val: a main event's date lost when a day-dated mention also counted)
    if inherits and _doer_points_back(verb) and not _quoted(sent):
        return None  # "Fighters attacked the base on Sunday. It was overrun in 2015. The attackers killed five"
    if not _past_clause(doc, mentions[i]):
        return None
    return mentions[i].text
