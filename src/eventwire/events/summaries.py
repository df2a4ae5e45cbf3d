"""Sentences that sum up acts the article has told already: no event of their own.

ACLED codes each act once, at its own place and day. A report that tells two attacks and then their sum
would count every death twice if the sum were read as a third act:

- a total: "In all, 20 people were arrested across the state", "In total, 20 people were killed in the three
  attacks" (:func:`eventwire.events.story.sums_up`);
- a running tally over a few days: "Since Sunday, 40 people have been killed in the fighting across the
  province", "Over the past week, Russian attacks have killed at least 45 civilians", "24 militants had been
  killed in operations this week";
- a toll brought up to date by the acts told: "The attacks brought the week's toll in Balochistan to 31";
- a toll across the country after acts told at their places ("Protesters clashed with police in Nairobi,
  Mombasa and Kisumu ... Amnesty said eight people were killed across the country"): the dead of those acts;
  when none of them told its own, the toll is split evenly over them, remainder to the first (ACLED's rule
  for a summarised toll), and the split is noted (:func:`spread_over_told`);
- the act told, ranked among others: "It was the third attack in the area this month", "This was the
  deadliest assault on the camp since January" (the act just told, not another one).

A tally over a year or a whole war ("has killed 10,000 people since 2011") is left alone: the toll readers
keep it as a background report. :func:`sums_told_acts` is asked for each report before it is kept; its
readers are gated by the sentence's words (most sentences cost one set test).
"""

from __future__ import annotations

import re
from typing import Any

from ..records import EventReport, Fatalities
from .story import sums_up
from .tallies import SPAN_MODS  # words that bound a span at its near end ("the past week")
from .words import needs_words, span_text, tokens_with

#: units of a short span, a few days to a month ("over the past week", "this month")
SHORT_UNITS = frozenset("day days week weeks weekend month hours".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("""january february march april may june july august september october november
    december""".split())
#: verbs of a toll whose sum over a span is a tally
TALLY_VERBS = frozenset("kill die wound injure arrest detain".split())
#: verbs that bring a toll up to a figure ("brought the toll to 31")
BRING_VERBS = frozenset("bring raise push take put lift".split())
#: plural nouns of acts ("the attacks brought ...")
ACT_PLURALS = frozenset("""attacks raids strikes airstrikes bombings blasts explosions ambushes clashes incidents
    assaults killings operations""".split())
#: subtypes whose people counted are arrested, not killed ("In all, 20 people were arrested")
ARREST_TYPES = frozenset({"Arrests", "Protest with intervention"})


def _span_start(tok: Any) -> bool:
    """``tok`` is the start of a short span after "since": a weekday, a month's day or a date."""
    low = tok.lower_
    return low in WEEKDAYS or low in MONTHS or (tok.ent_type_ == "DATE" and not (tok.like_num and len(tok.text) == 4))


def _short_span(verb: Any) -> bool:
    """A span of a few days to a month told on ``verb``'s clause: "since Sunday", "over the past week",
    "in the last three days", "this week", "during the weekend"."""
    for c in verb.children:
        if c.dep_ == "npadvmod" and c.lower_ in SHORT_UNITS and any(g.lower_ in SPAN_MODS for g in c.children):
            return True  # "this week"
        if c.dep_ != "prep":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            if c.lower_ == "since" and _span_start(g):
                return True
            if c.lower_ in ("over", "in", "during", "within", "throughout") and g.lower_ in SHORT_UNITS and any(
                m.lower_ in SPAN_MODS for m in g.children
            ):
                return True
    return False


def _single_act_subject(verb: Any) -> bool:
    """The verb's subject is one act ("an air strike killed ..."): its toll is that act's, not a tally."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.tag_ == "NN" and any(c.lower_ in ("a", "an", "one") for c in subj.children)


@needs_words(SHORT_UNITS | WEEKDAYS | {"since"})
def running_tally(sent: Any) -> bool:
    """``sent`` tells a toll summed over a short span: "Since Sunday, 40 people have been killed in the
    fighting", "24 militants had been killed in operations this week"."""
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in TALLY_VERBS and _short_span(tok):
            return not _single_act_subject(tok)
    return False


@needs_words({"toll", "tolls"})
def brought_toll(sent: Any) -> bool:
    """``sent`` brings a toll summed over several acts or a span up to a figure: "The attacks brought the
    week's toll to 31" (not "The death of a wounded man raised the toll to 19": one act's toll, updated)."""
    for tok in tokens_with(sent, lemmas=frozenset(("toll",))):
        if tok.lemma_.lower() != "toll" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in BRING_VERBS:
            continue
        if any(c.dep_ in ("poss", "compound") and c.lemma_.lower() in ("week", "weekend", "month", "year", "day")
               for c in tok.children):
            return True  # "the week's toll"
        verb = tok.head
        if any(c.dep_ == "nsubj" and c.lower_ in ACT_PLURALS for c in verb.children):
            return True  # "the attacks brought the toll to 31"
    return False


#: words that rank an act among others ("the third attack", "the latest in a series")
RANK_WORDS = frozenset("""second third fourth fifth sixth seventh eighth ninth tenth latest deadliest worst
    bloodiest biggest largest""".split())
_POINTERS = frozenset(("it", "this", "that"))


@needs_words(RANK_WORDS)
def ranks_told_act(sent: Any) -> bool:
    """``sent`` only ranks the act told before it: "It was the third attack in the area this month"."""
    for tok in tokens_with(sent, lowers=_POINTERS):
        if tok.dep_ != "nsubj" or tok.lower_ not in _POINTERS or tok.head.lemma_ != "be":
            continue
        attr = next((c for c in tok.head.children if c.dep_ == "attr"), None)
        if attr is not None and (attr.lower_ in RANK_WORDS or any(c.lower_ in RANK_WORDS for c in attr.children)):
            return True
    return False


_ACROSS_RE = re.compile(r"\b(?:across|throughout|around) the (?:country|nation|region|province|state|county)\b|"
                        r"\bnationwide\b|\bacross the [A-Z]\w+\b|\bacross [A-Z]\w+\b")


_SPAN_RE = re.compile(r"\b(?:since|so far|to date|this (?:year|month|week)|ha(?:ve|s) been|in recent)\b", re.I)


@needs_words({"across", "throughout", "around", "nationwide"}, empty=lambda: False)
def spread_over_told(sent: Any, report: EventReport, told: list[EventReport]) -> bool:
    """Whether ``report`` is a bare toll across the country of the acts of ``told`` on one day at two places
    or more (see the module's doc): when it is, and none of them told a toll, its toll is split over them."""
    if not report.fatalities.count or not any(n.startswith("perpetrator not named") for n in report.notes):
        return False
    if not _ACROSS_RE.search(text := span_text(sent)) or _SPAN_RE.search(text):
        return False  # ("Across the country, 20 people have been killed in protests since June": a tally)
    acts = [r for r in told if not r.background and r.section == report.section and r.evidence.end <= sent.start_char]
    days = {r.date.value for r in acts}
    places = {r.location.place.name for r in acts if r.location is not None and r.location.place is not None}
    if len(acts) < 2 or len(days) != 1 or len(places) < 2:
        return False
    if not any(r.fatalities.count for r in acts):
        firsts = list({r.location.place.name: r for r in reversed(acts)
                       if r.location is not None and r.location.place is not None}.values())[::-1]
        firsts.sort(key=lambda r: r.evidence.start)  # one share a place: its reports merge into one event
        each, rest = divmod(report.fatalities.count, len(firsts))
        for n, r in enumerate(firsts):
            r.fatalities = Fatalities(each + (rest if n == 0 else 0), report.fatalities.text, report.fatalities.claimed_by)
            r.notes.append(f"split: {report.fatalities.count} fatalities told across the country at "
                           f"{report.evidence.start} split evenly over {len(firsts)} places")
    return True


_BREACH_VERBS = frozenset("violate breach break".split())


@needs_words({"times"})
def counted_breaches(sent: Any) -> bool:
    """``sent`` counts the breaches of a truce over a span ("the Houthis had violated the truce 45 times in
    Taiz over the past week", "A ceasefire ... was violated at least four times this week"): a tally of
    acts (told after it, or not at all), not an act of its own."""
    for tok in tokens_with(sent, lowers=frozenset(("times",))):
        if tok.lower_ != "times" or tok.head.lemma_.lower() not in _BREACH_VERBS:
            continue
        if any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in tok.children):
            return True
    return False


def sums_told_acts(sent: Any, report: EventReport, told: list[EventReport]) -> bool:
    """Whether ``report`` (read from ``sent``) only sums acts of ``told`` (the reports kept before it):
    a total after two acts or more, a running tally or a toll brought up to date after one at least."""
    before = [r for r in told if not r.background and r.section == report.section
              and r.evidence.end <= sent.start_char]  # (acts of the sentence itself are no sum's parts)
    if counted_breaches(sent):
        return True  # "... had violated the truce 45 times over the past week"
    if not before:
        return False
    count = report.fatalities.count or 0
    if len(before) >= 2 and (count or report.sub_event_type in ARREST_TYPES) and sums_up(sent):
        return True  # "In total, 20 people were killed in the three attacks"; "In all, 20 were arrested"
    if brought_toll(sent) or ranks_told_act(sent) or spread_over_told(sent, report, before):
        return True
    if running_tally(sent):
        # a sum is never less than what its parts told: a smaller figure is some other count
        return not count or count >= sum(r.fatalities.count or 0 for r in before)
    return False
