"""Agreements and truces read off the parse beyond the cue phrases.

Agreements told without a deal's name (prisoners exchanged, "signed a disarmament pact", two parties
agreeing on a step, captives freed under a truce: :func:`agreement_acts`), talks about a truce
(:func:`truce_talks`), and truces broken in general terms (:func:`truce_violated`, ACLED's "Other", not an
agreement). Split out of :mod:`eventwire.events.developments`, which uses them.
"""

from __future__ import annotations

from typing import Any

from .clause import _word_kind
from .lexicon import CueHit
from .nonacled_reading import fighting_halted
from .strategic import _infinitive
from .words import needs_words, tokens_with

DEAL_NOUNS = frozenset(
    """deal deals agreement agreements accord accords pact pacts treaty treaties declaration annex memorandum
    protocol roadmap ceasefire truce charter framework armistice cessation commitment""".split()
)
# what two parties at war agree ("agreed a timetable for the destruction of the group's weapons")
AGREED_THINGS = DEAL_NOUNS | frozenset("timetable schedule plan mechanism terms exchange swap withdrawal release".split())
CAPTIVE_NOUNS = frozenset("prisoner prisoners captive captives detainee detainees hostage hostages pow pows".split())
DEAL_WORDS = frozenset(
    "truce deal ceasefire agreement arrangement exchange swap accord mediated brokered negotiations negotiated mediation".split()
)
TWO_SIDES = frozenset("sides parties factions rivals".split())
PEACE_WORDS = frozenset(
    """ceasefire truce peace hostilities disarmament demobilisation demobilization surrender violence war fighting
    rebels rebel insurgents militia militias fighters warring belligerents corridor evacuation prisoners prisoner
    captives hostages pows faction factions amnesty""".split()
)


def _two_parties(v: Any) -> bool:
    """The subject of ``v`` names two parties ("the government and the rebels", "the two sides")."""
    for s in (c for c in v.children if c.dep_ == "nsubj"):
        if s.lower_ in ("delegations", "representatives", "envoys", "negotiators", "leaders") and any(
            g.dep_ == "pobj" and any(c.dep_ == "conj" for c in g.children) for p in s.children if p.lower_ == "of" for g in p.children
        ):
            return True  # "delegations of Armenia and Azerbaijan agreed on ..."
        if any(c.dep_ == "conj" for c in s.children) or s.lower_ in TWO_SIDES:
            return True
        if s.lemma_.lower() in ("group", "faction", "militia") and s.tag_ == "NNS" and any(
            c.lower_ in ("rival", "warring") for c in s.children
        ):
            return True  # "rival armed groups agreed to pull back"
    return False


@needs_words(lambda: ACT_VERBS)
def agreement_acts(sent: Any) -> list[Any]:
    """Acts of agreeing the phrase list cannot see: prisoners exchanged ("the two sides exchanged 200
    prisoners"), a deal signed whatever its name ("signed a disarmament pact", "signed a declaration of
    principles"), two parties agreeing on a step ("the government and the BRN agreed on a reduction of
    violence", "rival groups agreed to pull back"), captives released under a deal ("Hamas freed 13
    hostages ... the first day of a truce"). Whether the parties are at war is read by the caller (a
    deal of states alone is diplomacy)."""
    out = []
    deal_said = conflict = None
    for t in tokens_with(sent, lemmas=ACT_VERBS):
        lem = t.lemma_.lower()
        if t.pos_ != "VERB" or lem not in ACT_VERBS:
            continue
        if lem in TALKING_VERBS:
            if truce_talks(t):
                out.append(t)
            continue
        if lem == "hand" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in t.children):
            continue  # "handed over 20 prisoners to the Red Cross under the deal"
        if any(c.dep_ == "neg" for c in t.children) or _infinitive(t):
            continue
        objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]  # "50 prisoners were released under the deal"
        if lem in ("exchange", "swap", "trade"):
            if any(o.lemma_ in ("prisoner", "captive", "detainee", "hostage", "body", "corpse") or o.lower_ == "remains"
                   for o in objs):  # "exchanged the remains of 40 fighters"
                out.append(t)
        elif lem in ("sign", "ink", "agree"):
            if lem != "agree" and not any(o.lemma_.lower() in DEAL_NOUNS or o.lower_ in DEAL_NOUNS for o in objs):
                continue
            if lem == "agree" and not (_two_parties(t) and any(
                c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("on", "to"))
                or (c.dep_ == "dobj" and c.lemma_.lower() in AGREED_THINGS) for c in t.children
            )):
                continue
            if conflict is None:  # a party at arms or a word of war: not "ministers signed a memorandum on trade"
                conflict = any(w.lower_ in PEACE_WORDS or w.lemma_.lower() in PEACE_WORDS or (
                    w.pos_ in ("NOUN", "PROPN") and _word_kind(w) in ("nonstate", "armed")) for w in sent) or (
                    fighting_halted(sent))  # "agreed to a 30-day halt on strikes", "agreed to stop firing"
            if conflict:
                out.append(t)
        elif any(o.lower_ in CAPTIVE_NOUNS or o.lemma_.lower() in CAPTIVE_NOUNS or (
            o.tag_ in ("NNS", "NNPS") and _word_kind(o) in ("state", "civilian", "armed", "nonstate")
        ) for o in objs):  # "freed six soldiers ... under an arrangement with the government"
            if deal_said is None:
                deal_said = any(w.lemma_.lower() in DEAL_WORDS or w.lower_ in DEAL_WORDS for w in sent)
            if deal_said:
                out.append(t)  # captives released under a truce or in an exchange
    return out


TALKING_VERBS = frozenset("hold resume open begin start conclude".split())
ACT_VERBS = frozenset("exchange swap trade sign ink agree release free hand".split()) | TALKING_VERBS
TALKS_NOUNS = frozenset("talks negotiations".split())
TALKS_TOPICS = frozenset("ceasefire truce peace prisoner prisoners hostage hostages exchange swap armistice disarmament".split())


def truce_talks(v: Any) -> bool:
    """Talks held on a truce, peace or an exchange of captives ("the government and the KNU held talks in
    Bangkok on a new ceasefire", "resumed negotiations over a prisoner swap"): ACLED's agreement (talks
    between parties at war); not "talks on trade"."""
    if any(c.dep_ == "neg" for c in v.children) or _infinitive(v):
        return False
    for o in v.children:
        if o.dep_ not in ("dobj", "nsubjpass") or o.lower_ not in TALKS_NOUNS:
            continue
        if any(c.lower_ in TALKS_TOPICS for c in o.children if c.dep_ in ("compound", "amod")):
            return True  # "held peace talks", "resumed ceasefire negotiations"
        for p in o.children:
            if p.dep_ == "prep" and p.lower_ in ("on", "over", "about", "for", "towards"):
                if any(t.lower_ in TALKS_TOPICS for t in p.subtree):
                    return True
    return False


TRUCE_WORDS = frozenset("ceasefire ceasefires truce truces armistice".split())
VIOLATING = frozenset("violate breach break flout violation violations breach breaches".split())
HARM_WORDS = frozenset("casualty casualties injury injuries".split())  # "without reporting casualties"


def truce_violated(tok: Any, by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> Any:
    """The word of violating when ``tok`` (a truce) is told broken in general terms ("violated the
    ceasefire 'multiple times'", "the truce was repeatedly breached", "recorded 1,200 ceasefire
    violations"), with no fighting told in the sentence: ACLED's "Other". None otherwise."""
    if tok.lower_ not in TRUCE_WORDS and tok.lemma_.lower() not in TRUCE_WORDS:
        return None
    h = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and h.lemma_.lower() in VIOLATING:
        v = h
    elif tok.dep_ == "compound" and (h.lower_ in VIOLATING or h.lemma_.lower() in VIOLATING):
        v = h  # "ceasefire violations"
    elif tok.dep_ == "pobj" and h.lower_ == "of" and h.head.lemma_.lower() in VIOLATING:
        v = h.head  # "breaches of the truce"
    else:
        return None
    if any(c in by_cat for c in ("CLASH", "CHEM", "SUICIDE", "AIR", "SHELL", "GRENADE", "IED", "BLAST", "LETHAL")):
        return None  # "violated the truce by shelling the town": the shelling is the event
    if any(r.lemma_.lower() not in HARM_WORDS and r.lower_ not in HARM_WORDS for _d, _h, r in by_cat.get("VIOLENCE", [])):
        return None
    return v


BREACH_TIMES = frozenset("overnight yesterday times repeatedly today night morning evening".split())


def _breach_told(v: Any) -> bool:
    """A breach of a truce told with its time or place ("breaching the truce several times overnight along
    the border"), not an accusation in general terms ("accused the rebels of violating the ceasefire")."""
    if any(c.lower_ in BREACH_TIMES or (c.dep_ == "npadvmod" and c.lemma_.lower() in ("time", "night", "day"))
           for c in v.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("in", "along", "near", "around", "at", "on") and any(
        g.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or g.lower_ in ("border", "front", "line")
        for g in c.subtree) for c in v.children)


def _truce_body(tok: Any) -> bool:
    """A truce word naming who watches it ("the ceasefire monitoring body said ...", "truce monitors
    reported"): no agreement told beside the truce broken."""
    if any(c.lemma_.lower() in ("monitor", "monitoring", "commission", "committee") for c in tok.children):
        return True
    return tok.dep_ in ("nsubj", "compound") and tok.head.lemma_.lower() in ("say", "report", "monitor", "monitoring", "body",
                                                                         "commission", "committee", "monitors")
