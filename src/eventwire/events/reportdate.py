"""The date of one report, from its sentence or from the act its paragraph is about.

:func:`report_date` (moved out of ``EventExtractor._report``): the sentence's own date mention
(:func:`contrast.act_date`); a live blog entry's posting day; else the date of the act the sentence
elaborates (the last dated news before it), of an earlier sentence of the paragraph or of the story.
A clause with a past marker of its own and no date (:func:`past_marker`: a past perfect on the
verb the act's verb hangs on, "had spent weeks hunting the rebels"; "once" or "previously" on its
verb, "the militia that once ruled the valley"; a decade, "in the 1990s"; "his first weeks in the
unit", "the early days"; a life told as over, "during his time with the militia", "her final months";
"last time"; an act named "previous" or "earlier") takes no inherited date: it is left undated and flagged
background by the extractor (its own tense puts it before the story). So does an undated clause in the
simple past right after an older date (:func:`events.narrative.told_after_older_date`: "A new revolt broke
out in 1971. His fighters ambushed a convoy"). An inherited date gives way to the publication day for an
act told as going on at the report's time when it is vaguer than a day (:mod:`events.ongoingnews`: "He
said troops are already firing at the town", not "in recent weeks"), and to a later day that the sentence
right before tells an act on (:mod:`events.laterday`: "... collapsed on Saturday. Soldiers were chasing
the last fighters out", not the Friday of the last coded act). An act named as the origin of a state, counted
since one or told as repeated ("120 reporters have been detained since the takeover", "has been repeatedly
arrested") is undated and marked past before any of this (:func:`events.origins.origin_or_tally`), even when
the sentence has a day of the story; so is an act noun named as an earlier one ("last year's killing",
"after a previous raid", "after the Garissa massacre" past the lead: :func:`events.earlieracts.earlier_act`).

A year told in a relative clause that does not hold the act ("the shelling of Dara, where 300
people died in 2016, has included barrel bombs") still dates it, but with the reason
:data:`BESIDE_YEAR`, so it does not make the act old news (:func:`events.pastacts.dated_by_old_year`);
a "when" clause times its head ("was under way when the governor took office in 2019") and is no such clause.
Measured and not kept (session 25): such a date left out of the matrix's dating, the matrix then
inheriting the story's date (HRDsAttack dev unchanged, val city 0.676 -> 0.662).
"""

from __future__ import annotations

import re
from typing import Any

from ..records import Article, DateMention, DateValue
from ..timex import iso_day
from .contrast import act_date, earlier_date, live_entry_day, story_date, trailing_shift
from .dating import no_date
from .earlieracts import PAST_ADJECTIVES, earlier_act
from .laterday import later_day
from .narrative import told_after_older_date
from .ongoingnews import ONGOING_DAY, going_on_at_report
from .origins import origin_or_tally
from .sharetallies import share_tally
from .status import REPORTING_VERBS, governors, reported_perfect
from .units import copy_date, shifted_day, story_shift
from .words import char_span, span_text

#: The reasons of an inherited date (:func:`report_date`).
INHERITED = "inherited from the event this sentence elaborates"
SHIFTED = "counted from the day of the act told before"
FROM_PARAGRAPH = "from an earlier sentence of the same paragraph"
FROM_STORY = "from an earlier sentence of the story"

#: Adverbs that put an act before the story ("the towns it once held", "had previously refused").
PAST_ADVERBS = frozenset("once previously formerly".split())
#: A decade, or the first stretch of a time told as over ("in the 1990s", "his first weeks in the
#: unit", "in the early days", "throughout the last decade", "the previous month").
_PAST_PHRASE_RE = re.compile(
    r"\b(?:in|during|throughout|through) the (?:(?:19|20)\d0s|'\d0s|last decade|previous decade)\b|"
    r"\b(?:his|her|their|its|the) (?:\w+ )?(?:first|early|earliest|opening) (?:days|weeks|months|years)\b|"
    r"\bthe (?:previous|preceding) (?:week|month|year|decade)\b|"
    # a life told as over: "his final months in the unit", "during his time with the militia", "in her youth",
    # "as a young man" (not "in the last days": a recent stretch)
    r"\b(?:his|her|their) (?:final|last) (?:days|weeks|months|years)\b|"
    r"\b(?:during|in|throughout) (?:his|her|their) (?:time|years|days|youth|childhood|tenure|stint)\b|"
    r"\bas a (?:young (?:man|woman|boy|girl)|child|teenager|schoolboy|schoolgirl)\b|"
    r"\b(?:the )?last time\b",
    re.IGNORECASE)


def _verb_of(trig: Any) -> Any:
    """The verb the act's cue belongs to: itself, the verb of an event noun ("launched an attack"),
    or the verb a participle or infinitive hangs on ("had spent the month fighting")."""
    h = trig
    for _ in range(3):
        if h.pos_ in ("VERB", "AUX") and h.dep_ not in ("xcomp", "advcl", "conj") or h.head.i == h.i:
            break
        if h.pos_ in ("VERB", "AUX") and (h.dep_ == "advcl" and h.tag_ != "VBG" or h.dep_ == "conj" and any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in h.children)):
            break  # "..., when rebels attacked", "had sneaked in and were later arrested": a tense of its own
        h = h.head
    return h


def past_marker(trig: Any, sent: Any) -> str | None:
    """What marks the act of ``trig`` as older than the story though its clause gives no date: a past
    perfect on its verb or on the verb it hangs on ("He had spent weeks hunting the rebels ..."),
    not under a verb of saying ("the army said it had captured ...": reported speech's tense); "once",
    "previously", "formerly" on that verb; a decade or a first stretch of time in the sentence
    (:data:`_PAST_PHRASE_RE`). None when there is none."""
    if trig is None:
        return None
    if trig.pos_ in ("NOUN", "PROPN") and (adj := next((c for c in trig.children if c.dep_ == "amod"
                                                        and c.lower_ in PAST_ADJECTIVES), None)) is not None:
        return f"told as before the story: {adj.text} {trig.text}"  # "after a previous raid on the camp"
    verb = _verb_of(trig)
    reported = any(g.lemma_.lower() in REPORTING_VERBS for g in governors(verb, 4))
    for v in {trig.i: trig, verb.i: verb}.values():
        if v.pos_ not in ("VERB", "AUX"):
            continue
        if (not reported and v.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in v.children)
                and not reported_perfect(v, sent, event_date=None, published=None, date_precision=None)):
            return f"past perfect: had {v.text}"
        adv = next((c for c in v.children if c.dep_ == "advmod" and c.lower_ in PAST_ADVERBS and c.i < v.i + 3), None)
        if adv is not None:
            return f"told as before the story: {adv.text}"
    m = _PAST_PHRASE_RE.search(span_text(sent))
    if m is not None:
        return f"told as before the story: {m.group(0)}"
    return None


#: The reason of a year told in a relative clause beside the act ("the shelling of Dara, where 300
#: people died in 2016, has included barrel bombs"): it dates the act as before, but does not make it old
#: news (:func:`events.pastacts.dated_by_old_year`).
BESIDE_YEAR = "a year told in a relative clause beside the act"


def _in_relative_clause_beside(article: Article, dm: DateMention, trig: Any) -> bool:
    """Whether the mention ``dm`` lies in a relative clause that does not hold the act's cue ``trig``."""
    doc = getattr(trig, "doc", None)
    span = char_span(doc, dm.start, dm.end) if doc is not None else None
    if span is None:
        return False
    h = span.root
    for _ in range(8):
        if h.dep_ == "relcl":
            if any(c.lower_ == "when" for c in h.children):
                return False  # "under way when the governor took office in 2019": it times the act
            return not h.left_edge.i <= trig.i <= h.right_edge.i
        if h.head.i == h.i:
            return False
        h = h.head
    return False


def report_date(article: Article, sent: Any, trig: Any, *, para_start: int, last_date: DateValue | None,
                isolated: bool) -> tuple[DateValue, DateMention | None, str | None]:
    """The report's date, the sentence's own date mention it came from (None when inherited or none),
    and the past marker (:func:`past_marker`) that kept an undated clause from inheriting one."""
    dm = act_date(article, sent, trig)
    if trig is not None and (origin := origin_or_tally(article, trig, sent, dm) or earlier_act(article, trig, sent) or (
            share_tally(trig, sent) if dm is None else None)) is not None:
        date = no_date(article)  # "120 reporters have been detained since the takeover" (:mod:`origins`)
        date.reason = f"no date of its own, and older than the story ({origin})"
        return date, None, origin
    if dm is not None:
        date = copy_date(dm.date, dm.text)
        if not date.value and date.year is not None and trig is not None and _in_relative_clause_beside(article, dm, trig):
            date.reason = BESIDE_YEAR
        return date, dm, None
    if (posted := live_entry_day(article, para_start)) is not None:
        return posted, None, None  # "13:45 - A Russian guided bomb hit ...": a live entry is news of its day
    past = past_marker(trig, sent) if last_date is not None or not isolated else None
    if past is None and trig is not None and (last_date is not None or not isolated) and (
            older := told_after_older_date(article, sent, _verb_of(trig), inherits=last_date is not None)) is not None:
        past = f"told after an older date: {older}"  # "... a revolt broke out in 1971. Kanu drove ..."
    if past is not None:
        date = no_date(article)
        date.reason = f"no date of its own, and older than the story ({past})"
        return date, None, past
    if last_date is not None:
        date = copy_date(last_date, last_date.text)
        date.reason = INHERITED
        if (date.precision or 4) > 1 and article.published is not None and trig is not None and going_on_at_report(
                _verb_of(trig)):  # "He said troops are already firing at the town": today, not "in recent weeks"
            return DateValue(value=article.published.isoformat(), precision=1, reason=ONGOING_DAY), None, None
        if (later := later_day(article, sent, trig, last_date, para_start=para_start)) is not None:
            date = copy_date(later.date, later.text)  # "... collapsed on Saturday. Soldiers were chasing ..."
            date.reason = FROM_PARAGRAPH
        text = span_text(sent)
        shifted = shifted_day(date, shift) if (shift := story_shift(text) or trailing_shift(text)) is not None else None
        if shifted is not None and shifted.value != date.value and (
                article.published is None or (iso_day(shifted.value) or article.published) <= article.published):
            date = shifted  # "A day earlier, government forces shot down two drones"
            date.reason = SHIFTED
        return date, None, None
    if not isolated and (prev := earlier_date(article, para_start, sent.start_char)) is not None:
        date = copy_date(prev.date, prev.text)
        date.reason = FROM_PARAGRAPH
        return date, None, None
    if not isolated and (prev := story_date(article, sent.start_char)) is not None:
        date = copy_date(prev.date, prev.text)  # a paragraph of one sentence: the story's day so far
        date.reason = FROM_STORY
        return date, None, None
    return no_date(article), None, None
