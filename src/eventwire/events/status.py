"""The status of a reported act: did it happen (negation), will it or might it (speculation,
threats, plans, future, conditions), is it old news (background), and who says so (reported speech,
claims by a party).

Everything is read off the trigger token's own auxiliaries and the verbs that govern it, within its
clause, so "the army denied attacking the village" is negated but "the army, which denies the charge,
attacked the village" is not.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ..records import DateValue
from .doctables import search_span, search_span_needing
from .genericity import general_statement
from .habits import GENERIC_ADJS
from .plans import planned_act, standing_struggle
from .story import sentence_of
from .words import doc_heads

#: The reason given to an act placed before the news it is measured from ("a week after clashes").
TIME_AGO_REASON = "an earlier event the news is measured from"
#: A day-dated act more than this many days before publication is background.
BACKGROUND_DAYS = 14
MODALS = frozenset("may might could would should can will shall must 'll wo ca".split())
SPECULATIVE_GOVERNORS = frozenset(
    """threaten plan intend vow warn prepare aim seek want expect fear hope consider propose pledge promise
    vow threat plan possibility risk prospect likelihood fear anticipation attempt try call urge demand
    order ask allow able readiness preparation warning rumour rumor""".split()
)
NEGATING_GOVERNORS = frozenset("deny refute reject dismiss fail prevent avert avoid refrain".split())
REPORTING_VERBS = frozenset(
    "say tell report state add announce confirm claim allege accuse note reveal point quote write".split()
)
CLAIM_VERBS = frozenset("claim announce boast allege".split())
HYPOTHETICAL_MARKERS = frozenset("if unless whether lest".split())

MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# "last month", "past year": the period before this one; but "over the past month", "in the last
# week" is a recent period that runs up to now (news), and "the past year(s)" a tally of old news
_BACKGROUND_RE = re.compile(
    rf"(?<!\bthe )\b(?:last|past) (?:year|month|{MONTHS}|spring|summer|autumn|fall|winter)\b|"
    r"\b(in|since|during) (19|20)\d\d\b|"
    r"\b(earlier this|earlier in the) (year|month)\b|\b\d+ (years|months) ago\b|\ba (year|month|decade) ago\b|"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|many|a few) "
    r"(?:years|months|decades) ago\b|"
    r"\bpreviously\b|\b(?:in|over|during) the (?:past|last) (?:year|years|decade)\b|"
    r"\b(?:at|in) the (?:start|beginning|turn) of (?:this|the) year\b",
    re.I,
)

#: a string every match of _BACKGROUND_RE holds one of (in the case-folded text): "last"/"past" and a
#: space, a year's " 19"/" 20", "earlier ", " ago", "previously", "start of th" ... (a sentence with none is
#: not searched)
_BACKGROUND_NEEDLES = ("last ", "past ", " 19", " 20", "earlier ", " ago", "previously", "start of th",
                       "beginning of th", "turn of th")

# a tally over a period ("have killed hundreds this year"); a recent stretch of days, weeks or a month
# ("have clashed in recent days", "have intensified over the past month") is news, not a tally
_PERIOD_RE = re.compile(
    r"\b(?:this|so far this) year\b|\bin recent (?:months|years)\b|"
    r"\b(?:over|in|during) the (?:past|last) (?:\w+ )?(?:months|years|decade)\b|"
    r"\b(?:over|during|across) (?:several|many|a few|a number of|two|three|four|five|six|\d+) (?:months|years)\b|"
    rf"\bsince (?:{MONTHS})\b|\bsince the (?:start|beginning) of\b|"
    r"\bsince the (?:conflict|war|fighting|insurgency|crisis|violence|rebellion) (?:began|started|erupted|broke out)\b",
    re.I,
)


@dataclass(slots=True)
class Status:
    negated: bool = False
    speculative: bool = False
    background: bool = False
    reported: bool = False  # inside reported speech ("X said ...")
    claimed: bool = False  # a claim by a party ("IS announced ...")
    source: Any = None  # the subject of the reporting/claiming verb (a token)
    reason: str = ""


def _governors(tok: Any, limit: int = 4) -> list[Any]:
    """The chain of heads above ``tok`` inside its sentence (nearest first)."""
    out = []
    if getattr(getattr(tok, "doc", None), "user_data", None) is not None:  # on the doc's head table
        doc, i = tok.doc, tok.i
        heads = doc_heads(doc)
        for _ in range(limit):
            if heads[i] == i:
                break
            i = heads[i]
            out.append(doc[i])
        return out
    h = tok
    for _ in range(limit):
        if h.head.i == h.i:
            break
        h = h.head
        out.append(h)
    return out


governors = _governors  # (the name other modules import)


def _verbal_head(tok: Any) -> Any:
    """For an event noun ("an attack", "airstrikes"), the verb it belongs to ("launched an attack")."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr") and tok.head.i != tok.i:
        h = tok.head
        if h.dep_ == "prep" and h.head.i != h.i:
            h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return h
    return tok


def _own_subject(tok: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children)


def _ruling(verb: Any, limit: int) -> list[tuple[Any, Any]]:
    """The verbs and nouns that rule the act ``verb`` tells, nearest first, each with the token under
    it on the way up: "threatened to attack", "denied that troops shelled", "an attempt to storm". The
    walk stops at a clause that only stands beside the act: an adverbial clause ("tried to force
    their way in, hurling rocks": the hurling happened), a relative clause, a coordinated clause with
    a subject of its own ("police tried to stop him, but he blew himself up"), and a clause told
    before the verb that would govern it ("gunmen killed three, the army has not commented"). A verb
    the act is coordinated with is its peer, not its governor ("tried to enter but were killed"),
    but what rules that peer rules the act too ("threatened to attack and burn the town")."""
    out = []
    h = verb
    for _ in range(limit):
        g = h.head
        if g.i == h.i:
            break
        dep = h.dep_
        if dep in ("relcl", "parataxis", "appos") or (dep == "ccomp" and h.i < g.i):
            break
        if dep == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
            break  # (a purpose infinitive, "massed troops to attack", is still ruled)
        if dep == "conj":
            if _own_subject(h) or (h.tag_ in ("VBD", "VBZ") and g.tag_ == "VB"):
                # ("tried to storm the gate and clashed with police": a past tense beside an
                # infinitive is the peer of the verb the infinitive hangs on)
                break
            h = g
            continue
        out.append((g, h))
        h = g
    return out


EXPLODING = frozenset("explode detonate".split())


def _failed_blast(tok: Any) -> bool:
    """"The bomb did not explode / go off": a device that failed (disrupted weapons use), which is
    the act told, not a denial of one ("militants did not detonate the bomb" has an object)."""
    lem = tok.lemma_.lower()
    if not (lem in EXPLODING or (lem == "go" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children))):
        return False
    return not any(c.dep_ == "dobj" for c in tok.children)


def _would_be(tok: Any) -> bool:
    """The "would" of "a would-be suicide bomber": a description of a person, not a modal."""
    if tok.lower_ != "would":
        return False
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "\u2010", "\u2011"):
        return True
    return tok.head.lower_ == "be" and tok.head.dep_ in ("nmod", "amod", "compound")


def assess(
    trigger: Any,
    *,
    sent: Any,
    event_date: dt.date | None = None,
    published: dt.date | None = None,
    date_precision: int | None = None,
    past: str | None = None,
) -> Status:
    """The status of the act expressed by ``trigger`` in sentence ``sent``. ``past`` is what marks an
    undated clause as older than the story (:func:`events.reportdate.past_marker`, "He had spent weeks
    hunting the rebels"; :func:`events.narrative.told_after_older_date`): it makes the act background with
    that reason, whatever else the clause says."""
    st = Status()
    if attribution_only(trigger):
        # "X may have been behind the bombing", "X denied responsibility for the attack": the doubt
        # is about who did it; the act itself is reported as fact (its actor is then not named)
        st.reason = "attribution uncertain, act reported as fact"
        return st
    verb = _verbal_head(trigger)
    chain = [trigger] + ([verb] if verb is not trigger else [])
    if (verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not _own_subject(verb)
            and verb.tag_ not in ("VBD", "VBZ")):
        # "can find a weak spot and launch an attack": the modal is shared by a verb without a subject
        # or a tense of its own ("police did not stop the car, and a bomber blew himself up", "did not
        # disperse the crowd but arrested 20" share nothing)
        chain.append(verb.head)
    governors = _ruling(verb, 5)
    # --- negation on the act itself or by a denying verb governing it
    for t in chain:
        if any(c.dep_ == "neg" for c in t.children) and not _failed_blast(t):
            st.negated = True
            st.reason = f"negated: {t.text}"
        elif t is not trigger and _ruled_out(t):  # "officials ruled out an attack"
            st.negated = True
            st.reason = f"ruled out: {t.text}"
    for g, link in governors[:3]:
        if g.lemma_.lower() in NEGATING_GOVERNORS or _ruled_out(g):  # "denied attacking", "ruled out an attack"
            st.negated = True
            st.reason = f"negated by {g.text!r}"
            break
        if g.pos_ == "VERB" and g.lemma_.lower() not in REPORTING_VERBS and g.dep_ != "xcomp":
            if any(c.dep_ == "neg" for c in g.children) and link.dep_ in ("xcomp", "ccomp"):
                st.negated = True
                st.reason = f"negated: not {g.text}"
            break
    # --- speculation: modals, future, threats and plans, conditions
    for t in chain:
        for c in t.children:
            if c.dep_ == "aux" and (c.lower_ in MODALS or c.tag_ == "MD") and not _would_be(c):
                st.speculative = True
                st.reason = f"modal {c.text!r}"
            if c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKERS:
                st.speculative = True
                st.reason = f"hypothetical {c.text!r}"
        if any(c.lower_ == "going" for c in t.children if c.dep_ == "aux"):
            st.speculative = True
    for g, _link in governors:
        lem = g.lemma_.lower()
        if lem in SPECULATIVE_GOVERNORS:
            # "managed to", "continued to" are facts; "threatened to", "plans to" are not
            st.speculative = True
            st.reason = f"governed by {g.text!r}"
            break
        if g.pos_ == "VERB" and any(c.dep_ == "aux" and c.tag_ == "MD" and not _would_be(c) for c in g.children):
            if lem not in REPORTING_VERBS:
                st.speculative = True
                st.reason = f"modal on {g.text!r}"
            break
        if g.pos_ in ("VERB", "AUX") and lem not in REPORTING_VERBS and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in g.children
        ):
            break  # a finite clause of its own: what governs it does not reach the act
    if not st.speculative and planned_act(sent, trigger):
        st.speculative = True  # "the army said it was preparing a counter-offensive"
        st.reason = "planned, not done"
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and not any(c.dep_ == "aux" for c in verb.children):
        # imperative / headline infinitive ("Kill the ...") is rare in news: leave it
        pass
    # --- reported speech and claims
    for g in _governors(verb, 4):
        lem = g.lemma_.lower()
        if lem in REPORTING_VERBS or lem in CLAIM_VERBS:
            st.reported = True
            subj = next((c for c in g.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            st.source = subj
            if lem in CLAIM_VERBS:
                st.claimed = True
            break
    # --- background: pluperfect, dates well before publication, "last March", "in 2014"
    for t in chain:
        auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ == "had" for a in auxes) and t.tag_ == "VBN" and not st.reported and not reported_perfect(
                t, sent, event_date=event_date, published=published, date_precision=date_precision):
            # ("X said it had captured ..." is the tense of reported speech, not old news)
            st.background = True
            st.reason = st.reason or "pluperfect"
    if any(g.lemma_.lower() == "anniversary" for g in _governors(trigger, 4)):
        st.background = True  # "on the anniversary of the 2008 killing": the killing, not the march
        st.reason = st.reason or "the event an anniversary marks"
    for told, reason in (
        (standing_struggle(sent, trigger), "a war fought as a state of things"),  # "has been battling an insurgency since 2015"
        (fought_cause(trigger), "a cause fought for"),  # "rebels who say they are fighting for the rights of ..."
        (habitual(trigger), "a habitual state of things"),  # "Cattle raiding is common in South Sudan"
        (conflict_toll(verb), "a conflict's toll to date"),  # "The conflict ... has killed more than 6,000 people"
        (long_campaign(verb, sent), "an act told over a campaign of months or years"),  # "in a months-long siege"
        (fighting_since(trigger), "fighting told as a state of things"),  # "Fighting ... has gripped Amhara since 2023"
        (time_ago(trigger), TIME_AGO_REASON),  # "comes a week after clashes left three dead"
        (general_statement(trigger), "a general statement"),  # "Israel has carried out airstrikes" (events.genericity)
        (counted_again(trigger), "the act told before counted among earlier ones"),  # "It was the second attack ..."
    ):
        if told:
            st.background = True
            st.reason = st.reason or reason
    if event_date is not None and published is not None:
        if dated_background(event_date, date_precision, published):
            st.background = True
    elif search_span_needing(_BACKGROUND_RE, sent, _BACKGROUND_NEEDLES) and _bg_attached(
            verb, sent, also=time_heads(trigger, verb)):
        st.background = True
    elif (any(c.dep_ == "aux" and c.lower_ in ("have", "has", "had") for c in verb.children)
          and _bg_attached(verb, sent, pattern=_PERIOD_RE)):
        # "bandits have killed hundreds of people in the region this year": a tally over a period
        st.background = True
        st.reason = st.reason or "a summary over a period"
    if past is not None and not st.background:
        st.background, st.reason = True, past  # (decided here, with the other readings of the clause)
    return st


def dated_background(day: dt.date, precision: int | None, published: dt.date) -> bool:
    """An act dated ``day`` (ACLED ``precision``) is old news against the publication day: a month (or
    vaguer) other than the publication's, a day or week more than :data:`BACKGROUND_DAYS` before it."""
    if (precision or 1) >= 3:
        return (published.year, published.month) != (day.year, day.month)
    return (published - day).days > BACKGROUND_DAYS


def old_news(date: DateValue, published: dt.date | None) -> bool:
    """:func:`dated_background` for a date value that may be later than publication (then never old)
    or only a year (old when before the publication's year)."""
    if published is None:
        return False
    if date.value:
        try:
            day = dt.date.fromisoformat(date.value[:10])
        except ValueError:
            return False
        return day <= published and dated_background(day, date.precision, published)
    return date.year is not None and date.year < published.year


#: A past perfect dated this many days or fewer before publication is the report's news, not old news.
RECENT_PERFECT_DAYS = 7
#: The body's first sentence starts within this many characters (a headline and the blank line after it).
LEAD_MAX_START = 400


def reported_perfect(verb: Any, sent: Any, *, event_date: dt.date | None, published: dt.date | None,
                     date_precision: int | None) -> bool:
    """Whether a past perfect ("drones had struck a fuel depot") tells the report's own act rather
    than old news told behind it. Only in the sentence's main clause (``verb`` its root or joined to
    it): under "after", "when" or in a relative clause ("hours after rioters had torched a police
    station", "a town that had been seized") it stays the earlier act's tense. There, when its
    sentence dates it by a day or a week within :data:`RECENT_PERFECT_DAYS` of publication ("On
    Monday night, drones had struck ...", "Gunmen had abducted him on Sunday"), or, undated, when it
    is the body's first sentence right under a headline ("Headline\\n\\nUkrainian drones had struck a
    fuel depot in Belgorod, injuring two"; a bare snippet without a headline keeps the old reading)."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.head.i != head.i:
        return False
    if event_date is not None and published is not None:
        return 0 <= (published - event_date).days <= RECENT_PERFECT_DAYS and (date_precision or 1) <= 2
    if search_span_needing(_BACKGROUND_RE, sent, _BACKGROUND_NEEDLES):
        return False
    if sent.start_char > LEAD_MAX_START:
        return False
    text = sent.doc[: sent.start].text_with_ws  # (the text before it only)
    line_start = text.rfind("\n") + 1
    if text[line_start:].strip():
        return False  # not the first sentence of its paragraph
    before = [line for line in text[:line_start].splitlines() if line.strip()]
    return len(before) == 1  # the headline alone (a bare snippet keeps the old reading)


#: Ordinals that count an act among earlier ones of its kind ("the second attack this month").
COUNTING_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth latest".split())


def counted_again(trigger: Any) -> bool:
    """"It was the second attack on aid workers this month", "It was the third straight day of drone
    attacks on the city": a copula sentence whose pronoun subject is the act told before, counted among
    earlier acts of its kind; the earlier ones are old news, the act itself no new one."""
    if trigger is None:
        return False
    root = sentence_of(trigger.doc, trigger.i).root  # (the doc's kept sentence: Token.sent walks the doc)
    if root.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in root.children):
        return False
    attr = next((c for c in root.children if c.dep_ == "attr"), None)
    if attr is None or not attr.left_edge.i <= trigger.i <= attr.right_edge.i:
        return False
    return any(c.dep_ in ("amod", "nummod") and c.lower_ in COUNTING_ORDINALS for c in attr.children)


#: What a group fights for when "fighting" names its cause, not a battle ("fighting for the rights of").
CAUSE_NOUNS = frozenset("rights right freedom freedoms independence autonomy justice cause equality liberation "
                        "dignity democracy self-determination recognition".split())


#: Verbs of the aim a group fights "to" reach ("fighting to create a state of their own").
CAUSE_VERBS = frozenset("create establish achieve win secure carve liberate overthrow topple restore impose".split())


def fought_cause(trigger: Any) -> bool:
    """"The Maoists, who say they are fighting for the rights of poor tribal people": a fight for a
    cause is what the group stands for, not an act."""
    if trigger.lemma_.lower() not in ("fight", "struggle", "battle"):
        return False
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in CAUSE_VERBS for c in trigger.children):
        return True  # "Separatists have been fighting to create an independent state"
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in CAUSE_NOUNS
                                                                for g in c.children) for c in trigger.children)


#: Adjectives that make an act named as a subject a habit ("raiding is common"), not an event.
HABIT_ADJECTIVES = GENERIC_ADJS | {"usual"}  # habits.GENERIC_ADJS, the same words, and "usual"


def habitual(trigger: Any) -> bool:
    """"Cattle raiding is common in South Sudan", "kidnappings are rife in the region": an act named as
    the subject of a present-tense copula with an adjective of frequency."""
    subj = trigger
    while subj.dep_ in ("acl", "compound") and subj.head is not subj:
        subj = subj.head  # "Cattle raiding": the parser hangs the act on the noun before it
    if subj.dep_ != "nsubj" or subj.head.lemma_ != "be" or subj.head.tag_ not in ("VBZ", "VBP"):
        return False
    return any(c.dep_ == "acomp" and c.lemma_.lower() in HABIT_ADJECTIVES for c in subj.head.children)


#: A war told by its name, whose toll told in the present perfect is a total to date, not news.
CONFLICT_NOUNS = frozenset("conflict war insurgency rebellion uprising crisis".split())


#: Phrasal verbs that deny or call off the act they govern: "ruled out an attack", "held off from a
#: full-scale attack", "called off the assault".
_PHRASAL_NEGATORS = frozenset({("rule", "out"), ("hold", "off"), ("call", "off")})


def _ruled_out(g: Any) -> bool:
    """"Ruled out an attack", "ruling out sabotage", "hold off from an attack", "called off the assault":
    the act governed is denied or did not happen."""
    lem = g.lemma_.lower()
    return lem in ("rule", "hold", "call") and any(
        c.dep_ == "prt" and (lem, c.lower_) in _PHRASAL_NEGATORS for c in g.children)


def conflict_toll(verb: Any) -> bool:
    """"The conflict, which erupted in 2017, has killed more than 6,000 people", "the insurgency has
    left thousands dead": a war's toll to date (present perfect, the war the subject)."""
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in CONFLICT_NOUNS


#: Nouns of a campaign that a length of months or years makes a history ("in months-long offensives"); not a
#: war's ("retake the enclave in a nine-year war": the war is the act's setting, not its length).
LONG_CAMPAIGN_NOUNS = frozenset("campaign battle offensive siege".split())
#: Units of a length that no one day's act takes ("a two-year campaign", "months-long"; not "a three-day").
LONG_UNITS = frozenset("month months year years decade decades".split())


def long_campaign(verb: Any, sent: Any) -> bool:
    """"Government forces retook the towns in bitter months-long offensives", "the militia lost hundreds of
    fighters during the two-year siege": an act told as done over a campaign of months or years (the object of "in",
    "during" or "throughout" on the act's verb) is its history, unless the sentence names a time besides
    the campaign's length ("retook the town in a two-month siege that ended on Monday" is news; so is "in a
    three-day offensive")."""
    preps = [c for h in (verb, *(o for o in verb.children if o.dep_ == "dobj")) for c in h.children
             if c.dep_ == "prep" and c.lower_ in ("in", "during", "throughout")]  # (or on its object: a misparse)
    for c in preps:
        for p in c.children:
            if p.dep_ == "pobj" and p.lemma_.lower() in LONG_CAMPAIGN_NOUNS and any(
                    t.lower_ in LONG_UNITS or t.lower_.split("-")[0] in LONG_UNITS
                    for t in p.subtree if t.i < p.i):
                return not any(t.ent_type_ in ("DATE", "TIME") and not c.i <= t.i <= p.i for t in sent)
    return False


_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
FIGHTING_NOUNS = frozenset("fighting fights clashes violence hostilities insurgency conflict war unrest".split())


def fighting_since(trigger: Any) -> bool:
    """"Fighting between federal forces and Fano militias has gripped Amhara since 2023", "clashes have
    raged in the region since March": fighting that has gone on since a time, the subject of a present
    perfect with "since" (a state of things, no act of the day)."""
    if trigger is None or trigger.lower_ not in FIGHTING_NOUNS or trigger.dep_ not in ("nsubj", "csubj"):
        return False
    verb = trigger.head
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "since" and any(_YEAR_RE.match(t.text) for t in c.subtree)
        for c in verb.children)  # a year: "since Friday" is the story's own fighting


ATTRIBUTION_NOUNS = frozenset("responsibility responsible blame".split())
DOUBT_GOVERNORS = frozenset("deny suspect believe think accuse blame say allege reject".split())


def attribution_only(trigger: Any) -> bool:
    """Whether ``trigger`` (an event noun) sits in an attribution that is doubted, denied or suspected
    rather than asserted: "X may have been behind the bombing", "X denied being behind the attack",
    "X was suspected of being behind the blast", "X denied responsibility for the attack". Such a
    phrase reports the act as a fact and puts its perpetrator in doubt."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.lower_ == "behind":
        verb = prep.head
    elif prep.lower_ == "for" and prep.head.lemma_.lower() in ATTRIBUTION_NOUNS:
        verb = prep.head.head if prep.head.dep_ in ("dobj", "attr", "acomp") else prep.head
    else:
        return False
    if verb.i == prep.i:
        return False
    for t in [verb] + _governors(verb, 3):
        if any((c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in MODALS)) or c.dep_ == "neg" for c in t.children):
            return True
        lem = t.lemma_.lower()
        if lem in DOUBT_GOVERNORS and lem not in ("say",):
            return True
        if lem in SPECULATIVE_GOVERNORS or lem in NEGATING_GOVERNORS:
            return True
    return False


def _bg_attached(verb: Any, sent: Any, *, pattern: re.Pattern[str] = _BACKGROUND_RE,
                 also: frozenset[int] = frozenset()) -> bool:
    """The background time phrase belongs to this clause (not another one in the sentence), or to one
    of the verbs ``also`` (:func:`time_heads`) when it names a point in time, not a stretch ("since 2015")."""
    m = search_span(pattern, sent)
    if m is None:
        return False
    start = sent.start_char + m.start()
    end = sent.start_char + m.end()
    for t in sent:
        if t.idx >= start:
            # the nearest verb above the time phrase must be the event's verb (a verb inside the phrase,
            # "since the conflict began", is the phrase's own)
            for h in [t] + _governors(t, 6):
                if h.pos_ in ("VERB", "AUX") and h.i != t.i and not start <= h.idx < end:
                    h = _conj_after(h, start, end)
                    return h.i == verb.i or (h.i in also and not m.group(0).lower().startswith(("since", "during")))
            return False
    return False


def _conj_after(h: Any, start: int, end: int) -> Any:
    """The verb a time phrase the parser hung on ``h`` times: the conjoined verb after it when the phrase
    lies between ``h`` and that verb, past their "but"/"and" ("had trained the militia, but last year
    hired it to ...": the year is the hiring's), else ``h``."""
    for c in h.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and h.idx < start and end <= c.idx and any(
                k.dep_ == "cc" and h.idx < k.idx < start for k in h.children):
            return c
    return h


def time_heads(trigger: Any, verb: Any) -> frozenset[int]:
    """Verbs besides the act's own whose point in time is the act's: a relative clause on the act's noun
    ("talks stalled after the raid that left nine dead a year ago"), the verb the act's verb hangs on as an
    infinitive or a "when", "as" or "while" clause ("earlier this year hired the militia to drive the settlers
    out", "the feud flared again last year when the herders were ambushed", "the talks stalled last month as
    the army sent troops to retake the valley")."""
    out = set()
    if trigger.pos_ in ("NOUN", "PROPN"):
        out.update(c.i for c in trigger.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX"))
    h = verb
    for _ in range(3):
        if h.head.i == h.i or not (h.dep_ == "xcomp" or h.dep_ == "advcl" and any(
                c.dep_ == "advmod" and c.lower_ == "when" or c.dep_ == "aux" and c.lower_ == "to"
                or c.dep_ == "mark" and c.lower_ in _AT_ONCE_MARKS for c in h.children)):
            break
        h = h.head
        out.add(h.i)
    return frozenset(out)


#: Marks of a clause told as happening at the time of the clause it hangs on ("stalled last month as ...").
_AT_ONCE_MARKS = frozenset(("as", "while"))


TIME_UNITS = frozenset("day days week weeks month months year years decade decades hours fortnight".split())


def time_ago(trigger: Any) -> bool:
    """An event inside a phrase that places it before the news: "a week after clashes", "months since
    the coup", "comes days after clashes left three dead" (but not "arrested them a week after the
    rally", where the arrest is the news)."""
    markers = []
    h = trigger
    for _ in range(5):
        if h.dep_ == "pobj" and h.head.dep_ == "prep":
            markers.append(h.head)
        if h.pos_ in ("VERB", "AUX"):
            marks = [c for c in h.children if c.dep_ == "mark"]
            markers.extend(marks)
            if any(m.lower_ in ("after", "since", "following") for m in marks) and any(
                    c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS for c in h.children):
                return True  # "came two weeks after gunmen killed 12 people": the parse hangs the weeks on the verb
            if marks or h.dep_ != "ccomp" or h.head.lemma_.lower() not in REPORTING_VERBS:
                break  # "a week after the army said it had killed ...": the saying is timed, and the killing with it
        if h.head.i == h.i:
            break
        h = h.head
    if any(
        m.lower_ in ("after", "since", "following")
        and (any(c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS for c in m.children)
             or (m.head.dep_ == "npadvmod" and m.head.lemma_.lower() in TIME_UNITS and m.head.i < m.i))
        for m in markers  # ("Two years after the assault, ...": the parse hangs "after" on the years)
    ):
        return True
    # "two years after the assault on the town, where 500 people were killed": a relative clause on a
    # noun of the phrase is as old as the phrase
    return h.dep_ == "relcl" and h.head.pos_ in ("NOUN", "PROPN") and time_ago(h.head)
