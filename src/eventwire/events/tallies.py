"""Acts named only as a trend, a tally, a cause, a fear or the occasion of a memorial: no event.

ACLED codes one act at one place on one day. A text that only tells how acts have been going, or what they
caused, reports none of them:

- a trend: "fighting has intensified in recent weeks", "attacks have surged this year", "kidnappings have
  become a daily occurrence", "the number of attacks on schools doubled";
- a tally over a span: "the militants have carried out dozens of attacks over the past year", "after months
  of kidnappings", "the insurgency began in 2017 and has killed thousands", "has recruited child soldiers for
  years";
- a cause of displacement or hardship: "the fighting has forced a million people from their homes",
  "refugees from the fighting", "after the fighting cut supply routes";
- a fear: "fearing new attacks by bandits";
- a side's losses summed over a span, dead and wounded in one figure: "1,030 soldiers were killed or
  wounded over the past day";
- the occasion of a memorial: "mourners buried the victims of last week's bombing", "a memorial service
  for the victims of the mall attack";
- a sum to date (twenty-fourth session): a perfect over a counted span ("more than 700 people have been killed
  in three months"), "there have been up to 500 civilians killed" or "there have been dozens of air strikes"
  with no day or place, "the majority of the attacks", a war's rising toll ("as the toll has risen towards
  500,000 dead"), acts between two dates weeks or years apart ("between June 9 and Oct. 25, police arrested
  some 780 students": a range is no day of one act).

:func:`tallied` is asked by :func:`eventwire.events.cuefilter.filter_hits` for each cue of violence; it is
gated by the sentence's words so that most sentences cost one set test.
"""

from __future__ import annotations

from typing import Any

from .habits import GENERIC_GATE, HABIT_ADVERBS, generic_statement, present_tense, rehearsed
from .story import sentence_of
from .words import words_of

#: verbs of a trend ("has intensified", "surged", "doubled")
TREND_VERBS = frozenset(
    """intensify escalate surge rise increase double triple grow spread decline decrease fall drop worsen subside
    ease soar mount spike multiply become""".split()
)
#: trend verbs that tell a trend without a span ("attacks doubled", "kidnappings have become common")
SPANLESS_TRENDS = frozenset("double triple multiply soar become".split())
#: nouns of a count or a change in a count of acts ("the number of attacks", "a rise in kidnappings")
COUNT_HEADS = frozenset("number rise increase surge spike decline decrease drop upsurge uptick tally count majority bulk".split())
#: heads of a share of acts, read as a count only over a plural ("the majority of the attacks")
SHARE_HEADS = frozenset("majority bulk".split())
#: units of a span of time ("months of kidnappings", "over the past year")
SPAN_UNITS = frozenset("day days week weeks month months year years decade decades".split())
#: nouns of a whole conflict that a tally is told of ("the insurgency has killed thousands")
CONFLICT_NOUNS = frozenset("conflict war insurgency fighting violence crisis unrest rebellion campaign".split())
#: verbs of what acts caused (a consequence, not an act)
CONSEQUENCE_VERBS = frozenset("force drive displace uproot cut disrupt leave push send".split())
#: words of flight from acts ("refugees from the fighting", "fleeing the attacks")
FLIGHT_WORDS = frozenset("flee escape refugee refugees displace displaced evacuee evacuees".split())
#: words of fear of acts to come
FEAR_WORDS = frozenset("fear fearing afraid threat risk danger spectre specter".split())
#: words of mourning and remembrance
MEMORIAL_WORDS = frozenset(
    """memorial vigil funeral funerals anniversary commemorate commemoration commemorations mourn mourner mourners
    bury burial remembrance tribute memory coffin coffins""".split()
)
#: words of a land left with explosives ("littered with landmines", "mines contaminate the fields")
REMNANT_WORDS = frozenset("litter littered contaminate contaminated strew strewn riddle riddled infest infested".split())
#: a court's proceedings that an act is named as the matter of ("the trial over the 2015 attacks")
COURT_NOUNS = frozenset("trial trials retrial hearing hearings verdict verdicts sentencing inquest".split())
#: verbs of remembering an act at a memorial ("survivors recalled the massacre at a ceremony")
REMEMBER_VERBS = frozenset("recall remember honour honor commemorate mark".split())
#: words of a habit, not an act: "landmines kill thousands every year", "bandits routinely kidnap travellers"
HABIT_WORDS = frozenset("every each".split()) | HABIT_ADVERBS | GENERIC_GATE
#: forms of the verbs by which a ruler's record of acts is told ("has overseen the murder of 21 journalists")
RULE_FORMS = frozenset("oversee oversees oversaw overseen overseeing preside presides presided presiding".split())
#: words of one day, which make a record one act ("oversaw the assault on Monday")
DAY_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday yesterday today tonight overnight
    dawn""".split())
#: words that make a cue worth reading here (the gate)
GATE_WORDS = (TREND_VERBS | COUNT_HEADS | SPAN_UNITS | CONFLICT_NOUNS | FLIGHT_WORDS | FEAR_WORDS | MEMORIAL_WORDS
              | REMNANT_WORDS | COURT_NOUNS | HABIT_WORDS | frozenset(("ceremony",))
              | frozenset("since far intensified escalated surged rose increased doubled grown spread became".split())
              | frozenset(("action", "there", "toll", "between")))
#: words of the span's near end ("over the past year", "in recent weeks", "this year")
SPAN_MODS = frozenset("past last recent previous this".split())


def _long_span(tok: Any) -> bool:
    """A span of a year or more on ``tok``'s clause ("for years", "for more than a decade", "since 2019", "over
    the past year", "this year", "since the start of the war"); not "since January", "in recent weeks"."""
    for c in tok.children:
        if c.dep_ == "npadvmod" and c.lemma_.lower() == "year" and any(g.lower_ == "this" for g in c.children):
            return True
        if c.dep_ != "prep":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            years = g.lemma_.lower() in ("year", "decade")
            if c.lower_ in ("for", "over", "during", "throughout") and years and (
                g.tag_ == "NNS" or any(m.lower_ in SPAN_MODS | {"more", "over", "nearly", "almost"} for m in g.subtree)
            ):
                return True
            if c.lower_ == "since" and ((g.like_num and len(g.text) == 4) or g.lemma_.lower() in (
                    "start", "beginning", "outbreak", "onset")):
                return True
    return False


def _span(tok: Any) -> bool:
    """A span of time told on ``tok``'s clause ("in recent weeks", "over the past year", "this year", "for years",
    "since 2020", "since the start of the war", "so far")."""
    for c in tok.children:
        if c.dep_ == "npadvmod" and c.lemma_.lower() in SPAN_UNITS and any(g.lower_ == "this" for g in c.children):
            return True  # "attacks have surged this year"
        if c.dep_ == "advmod" and c.lower_ == "far" and any(g.lower_ == "so" for g in c.children):
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children) and not any(
            w.lower_ in SHORT_SPANS for w in c.subtree
        ):
            return True  # "since the fighting began"; not "since the protests began on Saturday"
        if c.dep_ != "prep":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            unit = g.lemma_.lower() in SPAN_UNITS
            if c.lower_ in ("over", "in", "during", "throughout", "within") and unit and any(
                m.lower_ in SPAN_MODS for m in g.children
            ):
                return True
            if c.lower_ == "for" and (g.lower_ in ("years", "months", "decades", "weeks") or unit and any(
                m.lower_ in ("more", "over", "nearly", "almost", "about", "past", "last") for m in g.subtree
            )):
                return True  # "for years", "for more than a decade"
            if c.lower_ == "since" and (g.like_num or g.lemma_.lower() in ("start", "beginning", "outbreak", "onset")
                                        or g.ent_type_ == "DATE") and not any(w.lower_ in SHORT_SPANS for w in g.subtree):
                return True  # "since 2019", "since January", "since the start of the war"; not "since Monday"
    return False


#: a start too near for a span of acts ("since Monday", "since the early hours", "since last week")
SHORT_SPANS = frozenset("""monday tuesday wednesday thursday friday saturday sunday yesterday today dawn morning night
    evening afternoon hours hour week weekend""".split())


def _perfect(verb: Any) -> bool:
    """"has killed", "have been fighting", "having been captured" (whose "having" the model leaves unlemmatised); a
    verb joined to one ("has claimed thousands of lives and forced ...")."""
    if any(c.dep_ == "aux" and (c.lemma_.lower() == "have" or c.lower_ == "having") for c in verb.children):
        return True
    return verb.dep_ == "conj" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children) and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.head.children)


def _subject(verb: Any) -> Any:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj


def _trend(tok: Any) -> bool:
    """``tok`` (an act noun) is what a trend is told of: the subject of a trend verb with a span, or of one
    that needs none; the object of a count ("the number of attacks", "a rise in kidnappings"); the subject
    of the start of a span ("since the fighting began")."""
    v = tok.head
    if tok.dep_ == "nsubj" and v.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in v.children):
        return True  # "have fled their homes since the fighting began"
    if tok.dep_ == "nsubj" and v.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("xcomp", "acomp") and (c.lemma_.lower() in TREND_VERBS or any(
            g.dep_ == "xcomp" and g.lemma_.lower() in TREND_VERBS for g in c.children))
        for c in v.children
    ):
        return True  # "drone strikes were likely to increase", "attacks are expected to rise"
    if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in TREND_VERBS:
        return v.lemma_.lower() in SPANLESS_TRENDS or _span(v) or (_perfect(v) and tok.tag_ == "NNS")
    if tok.dep_ == "pobj" and v.lower_ in ("of", "in") and v.head.lemma_.lower() in COUNT_HEADS and (
        v.lower_ == "of" or v.head.lemma_.lower() != "number"
    ) and (v.head.lemma_.lower() not in SHARE_HEADS or tok.tag_ == "NNS"):
        return True  # "the majority of the attacks"; not "the majority of the fighting in Afrin" (a campaign's share)
    return False


#: verbs of a toll, whose sums over a span the toll readers keep as background reports (events.fatalities)
TOLL_VERBS = frozenset("kill die wound injure".split())
#: acts that a span of fighting leads up to ("retreated following a week of battles", "took the town after
#: months of fighting"): the fighting is their setting, kept
RUN_UP_ACTS = frozenset("""capture seize take retake recapture overrun enter withdraw retreat pull fall surrender
    control liberate free storm flee abandon evacuate""".split())


def _tally(tok: Any) -> bool:
    """A count of acts over a span ("carried out dozens of attacks over the past year", "months of fighting"),
    or a whole conflict's toll ("the insurgency has killed thousands")."""
    v = tok.head
    if tok.dep_ == "pobj" and v.lower_ == "of" and v.head.lemma_.lower() in SPAN_UNITS and v.head.lemma_.lower() != "day":
        span = v.head
        lead = span.head if span.dep_ == "pobj" and span.head.lower_ in ("after", "following", "amid") else None
        if lead is not None and lead.head.lemma_.lower() in RUN_UP_ACTS:
            return False  # "retreated following a week of battles": the run-up of the act told, kept as its setting
        return True  # "a climate of fear after months of kidnappings", "years of fighting have left ..."
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ == "pobj" and v.lower_ == "of" and v.head.lower_ in (
        "dozens", "hundreds", "scores", "thousands", "series", "string", "spate", "wave"
    ):
        verb = v.head.head
        if verb.pos_ == "VERB" and _span(verb):
            return True
    if tok.pos_ == "VERB" and _perfect(tok):
        spanned = _long_span(tok) or (tok.dep_ == "conj" and _long_span(tok.head) and _perfect(tok.head))
        if spanned and tok.lemma_.lower() in TOLL_VERBS:
            return False  # "has killed 10,000 people since 2011": a summed toll, kept as a background report
        if spanned:
            return True  # "have kidnapped 1,500 students since 2019", "have been fighting for a decade"
        subj = _subject(tok)
        if subj is not None and subj.lemma_.lower() in CONFLICT_NOUNS and not any(
            c.dep_ == "prep" and c.lower_ in ("in", "at", "near") for c in tok.children
        ):
            # "the insurgency has been fighting for years" is no act; "the insurgency began in 2017 and has killed
            # thousands" is a whole war's toll, kept (like a toll since a year) as a background report
            return tok.lemma_.lower() not in TOLL_VERBS
        if _span(tok) and any(c.dep_ == "dobj" and c.tag_ == "NNS" and not any(
            g.dep_ == "nummod" for g in c.children) for c in tok.children):
            return True  # "has recruited child soldiers for years"
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ == "dobj" and _perfect(tok.head) and _span(tok.head) and (
        tok.head.lemma_.lower() not in TOLL_VERBS and any(_large(g) for g in tok.children if g.dep_ == "nummod")
    ):
        return True  # "Russia has launched more than 9,000 missiles at Ukraine since February 2022"
    return False


def ruled_over(tok: Any) -> bool:
    """A ruler's record of acts, no act of one day: "Putin has overseen the murder of 21 journalists", "the
    regime presided over the killings of thousands" (an act noun the object of "oversee" or of "preside
    over", its victims counted or the act plural, no day in the sentence). "The general oversaw the assault
    on the town on Monday" is an act. Asked by :func:`eventwire.events.typing_extra.reread_decision` of the
    decision's trigger (the whole sentence's decision goes, not only the cue: "the killings of thousands of
    protesters" leaves no protest behind); gated by :data:`RULE_FORMS`."""
    if tok is None or tok.pos_ != "NOUN" or RULE_FORMS.isdisjoint(words_of(sentence_of(tok.doc, tok.i))):
        return False
    v = tok.head
    if tok.dep_ == "pobj" and v.lower_ == "over":
        v = v.head
        if v.lemma_.lower() != "preside":
            return False
    elif tok.dep_ != "dobj" or v.lemma_.lower() != "oversee":
        return False
    counted = tok.tag_ == "NNS" or any(  # "the killings", "the murder of 21 journalists", "of thousands"
        g.tag_ == "NNS" or g.lower_ in VAGUE_MANY
        for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")
    return counted and not any(t.lower_ in DAY_WORDS for t in tok.sent)


#: nouns of a campaign of remote or ground violence run over days ("since the bombardment began")
CAMPAIGN_NOUNS = frozenset("""barrage bombardment bombardments offensive campaign siege onslaught operation assault
    blitz""".split())
#: verbs of a campaign's start
START_VERBS = frozenset("begin start launch intensify escalate".split())


def campaign_toll(verb: Any) -> bool:
    """A toll summed since a campaign began: "About 530 people have died and more than 2,500 have been wounded
    since a relentless barrage of rocket fire and airstrikes began last Sunday" (a toll verb in the perfect, a
    "since" clause whose subject is a campaign noun begun): the dead of many days, no act of one day. "Five
    people have been killed since clashes broke out on Monday" (a fight, not a campaign) is kept, and so is
    "were killed in the bombardment on Sunday". Asked by :func:`eventwire.events.typing_extra.reread_decision`
    of the decision's trigger; gated by the word "since"."""
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in TOLL_VERBS:
        return False
    if "since" not in words_of(sentence_of(verb.doc, verb.i)):
        return False
    heads = [verb, *(c for c in verb.conjuncts if c.lemma_.lower() in TOLL_VERBS)]
    if not any(_perfect(h) for h in heads):
        return False
    sent = sentence_of(verb.doc, verb.i)
    for t in sent:
        if t.lower_ != "since" or t.i < verb.i:
            continue
        # read by words: the parser may hang the toll from the "since" clause ("... have died since a barrage began")
        after = verb.doc[t.i + 1:min(t.i + 5, sent.end)]
        noun = next((w for w in after if w.pos_ == "NOUN"), None)
        if noun is not None and noun.lemma_.lower() in CAMPAIGN_NOUNS and any(
                w.lemma_.lower() in START_VERBS and w.pos_ == "VERB" for w in verb.doc[noun.i + 1:sent.end]):
            return True
    return False


def _large(num: Any) -> bool:
    """A count of acts too large for one day's act: 100 or more, or "hundreds", "thousands"."""
    text = num.text.replace(",", "")
    if text.isdigit():
        return int(text) >= 100
    return num.lower_ in ("hundreds", "thousands")


def _cause(tok: Any) -> bool:
    """The acts are told only as the cause of flight or hardship ("the fighting has forced a million people
    from their homes", "refugees from the fighting", "fleeing the attacks")."""
    v = tok.head
    if tok.dep_ == "nsubj" and v.pos_ == "VERB" and v.lemma_.lower() in CONSEQUENCE_VERBS and any(
        c.lower_ == "the" for c in tok.children
    ) and not any(c.dep_ in ("prep", "nummod") for c in tok.children):
        return True
    if tok.dep_ == "dobj" and v.lemma_.lower() in ("flee", "escape"):
        return True
    return tok.dep_ == "pobj" and v.lower_ in ("from", "by") and (
        v.head.lemma_.lower() in FLIGHT_WORDS or v.head.lower_ in FLIGHT_WORDS
    )


def _feared(tok: Any) -> bool:
    """Acts feared, not done ("fearing new attacks", "the threat of attacks")."""
    v = tok.head
    if tok.dep_ == "dobj" and v.lemma_.lower() in ("fear", "dread"):
        return True
    if any(c.dep_ == "amod" and c.lower_ in ("new", "renewed", "further", "fresh", "future", "more") for c in tok.children) and any(
        a.lemma_.lower() in ("fear", "dread") for a in tok.ancestors
    ):
        return True  # "herders fearing new attacks ... have moved", however parsed
    return tok.dep_ == "pobj" and v.lower_ == "of" and v.head.lemma_.lower() in FEAR_WORDS


def _remembered(tok: Any) -> bool:
    """The act is what a memorial, a funeral or an anniversary is held for ("buried the victims of last week's
    bombing", "a vigil on the anniversary of the massacre")."""
    h = tok
    for _ in range(6):
        if h.dep_ not in ("pobj", "prep", "dobj", "poss", "compound", "nsubjpass", "acl", "nsubj") or h.head is h:
            return False  # ("nsubj": "families of the victims of the massacre marked its anniversary")
        h = h.head
        if h.lemma_.lower() in MEMORIAL_WORDS or h.lower_ in MEMORIAL_WORDS:
            return True
        if h.pos_ == "VERB" and h.lemma_.lower() in REMEMBER_VERBS and any(
            t.lower_ in ("ceremony", "anniversary", "memorial", "commemoration") for t in h.sent
        ):
            return True  # "survivors recalled the massacre at a ceremony"
        if h.pos_ == "VERB" and h.dep_ == "acl" and h.tag_ == "VBN":
            continue  # "the funeral of the soldiers killed in last week's ambush"
        if h.pos_ == "VERB" and h.lemma_.lower() not in ("hold", "mark", "attend", "observe", "gather"):
            return False
        if h.pos_ == "VERB" and any(  # "a memorial service was held for the victims of the attack"
            w.lower_ in MEMORIAL_WORDS for c in h.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
            for w in (c, *c.children)
        ):
            return True
    return False


def _remnant(tok: Any) -> bool:
    """Mines or unexploded bombs told as left in the land, no blast: "the region is littered with landmines",
    "unexploded bombs still contaminate much of the country"."""
    v = tok.head
    if tok.dep_ == "pobj" and v.lower_ in ("with", "by"):
        v = v.head  # "littered with landmines", "contaminated by landmines"
    elif tok.dep_ not in ("nsubj", "dobj", "nsubjpass"):
        return False
    return v.lemma_.lower() in REMNANT_WORDS or v.lower_ in REMNANT_WORDS


def _tried(tok: Any) -> bool:
    """The act is what a trial or a verdict is about ("a trial of 20 suspects over the 2015 Paris attacks
    opened", "the verdict in the bombing case"): a court's business, not the act's report."""
    h = tok
    for _ in range(5):
        if h.dep_ not in ("pobj", "prep", "compound", "poss") or h.head is h:
            return False
        h = h.head
        if h.lemma_.lower() in COURT_NOUNS:
            return True
    return False


def _habitual(verb: Any) -> bool:
    """A habit or a general truth, no act: "landmines kill or maim thousands of people every year", "bandits
    routinely kidnap travellers", "grenade attacks used to be common", "roadside bombs are the main cause of
    deaths" (see :mod:`eventwire.events.habits`)."""
    if verb.dep_ == "conj" and not (verb.tag_ == "VBD" and verb.lower_ != verb.lemma_.lower()):
        verb = verb.head  # "kill or maim"; not "routinely attack the village, but on Monday they killed five"
    if generic_statement(verb):
        return True
    if not present_tense(verb):
        return False
    for c in [*verb.children, *(g for x in verb.children if x.dep_ == "conj" for g in x.children)]:
        if c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS:
            return True
        if c.dep_ == "npadvmod" and c.lemma_.lower() in SPAN_UNITS | {"day"} and any(
                g.lower_ in ("every", "each") for g in c.children):
            return True
    return False


def _losses_tally(verb: Any) -> bool:
    """A side's losses summed over a span, dead and wounded in one figure ("1,030 Russian soldiers were
    killed or wounded over the past day", the daily loss reports of war ministries): no act at one place,
    and no death toll either. An act told with its place ("killed or wounded in Kherson") is kept."""
    low = verb.lemma_.lower()
    if low not in TOLL_VERBS:
        return False
    pair = [c for c in verb.conjuncts if c.lemma_.lower() in TOLL_VERBS and c.lemma_.lower() != low]
    if not pair or not any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children):
        return False
    heads = [verb, *pair]
    if any(g.ent_type_ in ("GPE", "LOC", "FAC") for h in heads for c in h.children if c.dep_ == "prep"
           for g in c.subtree):
        return False
    return any(_span(h) for h in heads)


def _losses_in_action(verb: Any) -> bool:
    """A group's dead summed to date: "Twenty-nine of them have been killed in action", "more than 100
    of its fighters have died in action" (a perfect of killing or dying "in action", with no day and no
    place in the sentence). "Two soldiers were killed in action in Donetsk on Monday" is an act, kept."""
    if verb.lemma_.lower() not in ("kill", "die") or not _perfect(verb):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ == "action" for g in c.children)
               for c in verb.children):
        return False
    sent = verb.sent
    return not any(e.label_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for e in sent.ents)


def tallied(tok: Any) -> bool:
    """Whether the violence told by ``tok`` (the cue's first token) is only a trend, a tally, a cause, a fear
    or the occasion of a memorial (see the module's note)."""
    if GATE_WORDS.isdisjoint(words_of(sentence_of(tok.doc, tok.i))):  # lower case: the sentence's forms are its gate
        return False
    for _ in range(2):  # "drone strikes", "suicide bombing": the noun the cue's word modifies
        if tok.dep_ in ("compound", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head is not tok:
            tok = tok.head
    if tok.dep_ == "conj" and tok.head.dep_ == "nsubj" and tok.pos_ in ("NOUN", "PROPN"):
        tok = tok.head  # "mines and unexploded ordnance kill hundreds every year": the subject's first noun
    if tok.pos_ in ("NOUN", "PROPN") or (tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "csubj", "pobj")):
        return (_trend(tok) or _tally(tok) or _many_there_have_been(tok) or _cause(tok) or _feared(tok) or _remembered(tok) or _remnant(tok)
                or _tried(tok) or rehearsed(tok) or (tok.dep_ in ("nsubj", "nsubjpass") and _habitual(tok.head))
                or (tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX") and _habitual(tok.head.head)))
    if tok.pos_ == "VERB":
        return (_tally(tok) or _habitual(tok) or (tok.dep_ == "acl" and _remembered(tok)) or _losses_tally(tok)
                or _losses_in_action(tok) or _counted_span(tok) or _there_have_been(tok) or _date_range(tok)
                or _running_toll(tok))
    if tok.pos_ == "ADJ":
        return _running_toll(tok)
    return False


#: spans counted in units long enough for many acts ("in three months", "over two years")
COUNTED_UNITS = frozenset("week weeks month months year years decade decades".split())


def _counted_span(verb: Any) -> bool:
    """A perfect over a counted span: "more than 700 people have been killed in three months", "have died
    over two years": a sum of many acts, no act of one day (not "in two days of fighting")."""
    if not _perfect(verb) or _long_span(verb) or _span(verb):
        return False  # "has killed 60,000 fighters in the past three years": kept as a background summary
    return any(c.dep_ == "prep" and c.lower_ in ("in", "over", "within", "during") and any(
        g.dep_ == "pobj" and g.lower_ in COUNTED_UNITS and any(m.dep_ == "nummod" or m.like_num for m in g.children)
        for g in c.children) for c in verb.children)


def _there_have_been(verb: Any) -> bool:
    """"There have been up to 500 civilians killed": a sum to date told as what there has been, with no day,
    hour or place in the sentence (not "there have been two people killed in Kabul on Monday")."""
    if verb.dep_ != "acl" or verb.lemma_.lower() not in TOLL_VERBS:
        return False
    noun = verb.head
    be = noun.head if noun.dep_ in ("attr", "nsubj") else None
    if be is None or be.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in be.children):
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in be.children):
        return False
    return not any(e.label_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for e in verb.sent.ents)


#: words of a vague many ("dozens of air strikes", "numerous attacks")
VAGUE_MANY = frozenset("dozens hundreds scores thousands several many numerous countless multiple repeated".split())


def _many_there_have_been(noun: Any) -> bool:
    """"There have also been dozens of air strikes on rebel-held areas", "there have been numerous attacks":
    acts summed to date as what there has been (a vague many, no day or hour in the sentence)."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    many = head is not None and head.lower_ in VAGUE_MANY
    if head is None:
        head = noun
        many = any(c.dep_ == "amod" and c.lower_ in VAGUE_MANY for c in noun.children)
    if not many or head.dep_ not in ("attr", "nsubj"):
        return False
    be = head.head
    if be.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in be.children):
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in be.children):
        return False
    return not any(e.label_ in ("DATE", "TIME") for e in noun.sent.ents)


#: month names and their short forms: a range between two of them (or two years) spans weeks at least
MONTH_WORDS = frozenset("""january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec""".split())


def _long_range(tokens: Any) -> bool:
    """Two month names or years among ``tokens`` ("June 9 and Oct. 25", "1997 and 2003"); not "Monday night and
    Tuesday morning" (one act may run overnight)."""
    ends = [t for t in tokens if t.lower_.rstrip(".") in MONTH_WORDS or (t.like_num and len(t.text) == 4
                                                                          and t.text[:2] in ("19", "20"))]
    return len(ends) >= 2


def _date_range(verb: Any) -> bool:
    """"Between June 9 and Oct. 25, police arrested some 780 students", "a conflict that killed 5 million people
    between 1997 and 2003": acts summed over a range of weeks or years (a "between" phrase of two dates on
    the verb, or one date entity "between ... and ..." hung from it)."""
    sent = sentence_of(verb.doc, verb.i)  # (Token.sent walks the doc)
    if "between" not in words_of(sent):
        return False  # (both readings need the word)
    for e in sent.ents:
        if e.label_ != "DATE" or " and " not in e.text.lower() or not _long_range(e):
            continue
        if e.text.lower().startswith("between ") or (e.start > 0 and verb.doc[e.start - 1].lower_ == "between"):
            head = e.root
            for _ in range(3):
                if head.i == verb.i:
                    return True
                head = head.head
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "between" and _long_range(c.subtree):
            pobjs = [g for g in c.children if g.dep_ == "pobj"]
            dated = [g for p in pobjs for g in (p, *p.conjuncts) if g.ent_type_ == "DATE"]
            if len(dated) >= 2:
                return True
    return False


#: verbs of a toll's rise ("the toll has risen towards 500,000 dead")
TOLL_RISE = frozenset("rise climb reach pass top exceed approach near surpass mount".split())


def _running_toll(tok: Any) -> bool:
    """"As the toll has risen towards 500,000 dead": a war's running toll (a rising toll of no act, a
    figure of 10,000 or more), no act."""
    for a in list(tok.ancestors)[:3]:
        if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in TOLL_RISE:
            subj = next((c for c in a.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lemma_.lower() != "toll" or any(c.dep_ == "prep" for c in subj.children):
                return False
            figures = [t for t in tok.sent if t.like_num and t.text.replace(",", "").isdigit()]
            return any(int(t.text.replace(",", "")) >= 10000 for t in figures)
    return False
