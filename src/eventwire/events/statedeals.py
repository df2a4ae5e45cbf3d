"""Agreements between states outside a conflict: diplomacy, no ACLED event.

ACLED's Agreement is a deal between the parties to a conflict (a ceasefire, a truce, peace talks, an
exchange of prisoners, a surrender). Two states, allies or blocs that agree, sign or conclude a deal on
arms sales, trade, a tank to build or exercises to hold make no event of political violence; the words
of arms in such a deal ("fighter jets", "battle tank", "struck a deal") must not make a battle, an air
strike or an agreement of war either. :func:`state_deal` finds such a deal told in the main clause.
"""

from __future__ import annotations

from typing import Any

from .clause import REPORT_VERBS, _word_kind
from .nonacled_reading import fighting_halted
from .words import needs_words, none

#: verbs that tell an agreement by themselves ("agreed", "signed", "concluded")
AGREE_LEMMAS = frozenset("agree sign conclude seal ink finalise finalize ratify initial".split())
#: verbs that tell one with a deal as object ("struck a deal", "reached an agreement", "came to an agreement")
DEAL_VERBS = frozenset("strike reach clinch hammer forge come secure".split())
DEAL_NOUNS = frozenset(
    """deal deals agreement agreements accord accords pact pacts treaty treaties memorandum understanding
    arrangement compromise""".split()
)
#: nouns naming a state or its government as a party ("the two countries", "two NATO allies")
STATE_PARTY_NOUNS = frozenset(
    """country countries nation nations ally allies neighbour neighbours neighbor neighbors state states
    capital capitals partner partners power powers republic republics kingdom government governments
    bloc""".split()
)
#: intergovernmental bodies that sign as states do
STATE_BLOCS = frozenset("nato eu asean ecowas igad sadc opec".split())
#: words of a conflict a deal may settle: such a deal is ACLED's Agreement
CONFLICT_DEAL_WORDS = frozenset(
    """ceasefire ceasefires cease-fire truce truces armistice peace prisoner prisoners pows captive captives
    hostage hostages detainee detainees bodies exchange swap surrender withdrawal withdraw withdrawing pull-out
    hostilities fighting fight war warring corridor corridors evacuation evacuate disarm disarmament
    demobilisation demobilization de-escalation rebels rebel militants insurgents militia militias fighters
    guerrillas separatists jihadists clashes offensive""".split()
)
HARM_LEMMAS = frozenset("kill die dead wound injure injured attack shell bomb".split())
TRIGGER_WORDS = AGREE_LEMMAS | DEAL_NOUNS


def _deal_verb(v: Any) -> bool:
    lem = v.lemma_.lower()
    if lem in AGREE_LEMMAS:
        return True
    if lem not in DEAL_VERBS:
        return False
    objs = [c for c in v.children if c.dep_ == "dobj"]
    objs += [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "at") for g in c.children
             if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in DEAL_NOUNS or o.lower_ in DEAL_NOUNS for o in objs)


def _main_clause(v: Any) -> bool:
    """The verb is the sentence's news: its root, the root's conjunct, or what a report verb says."""
    if v.dep_ == "ROOT":
        return True
    if v.dep_ == "conj" and v.head.dep_ == "ROOT":
        return True
    return v.dep_ == "ccomp" and v.head.lemma_.lower() in REPORT_VERBS


def _parties(v: Any) -> list[Any]:
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and v.dep_ == "conj":
        subj = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    out: list[Any] = []
    for s in subj:
        out.append(s)
        out += [c for c in s.conjuncts]
    out += [g for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return out


def _aircraft(tok: Any) -> bool:
    """"fighter jets", "a fighter": a warplane, not a fighter of an armed group."""
    return tok.lower_ == "fighter" or any(c.lower_ == "fighter" and c.dep_ == "compound" for c in tok.children)


def _state_party(tok: Any) -> bool:
    if _word_kind(tok) in ("nonstate", "armed"):
        return False
    if tok.ent_type_ == "GPE" or tok.lower_ in STATE_BLOCS:
        return True
    if tok.lemma_.lower() in STATE_PARTY_NOUNS or tok.lower_ in STATE_PARTY_NOUNS:
        return True
    # "the Philippine and Japanese defence ministers": officials named by their states speak for them
    # (not "Jubaland's leaders": a region's or a party's own leaders may be a side of a standoff)
    return tok.lemma_.lower() in OFFICIAL_NOUNS and not any(c.dep_ == "poss" for c in tok.children) and any(
        t.ent_type_ in ("NORP", "GPE") for t in tok.subtree if t.i < tok.i)


#: officials who sign for their state when the text names the state ("the Kenyan and Ugandan defence ministers")
OFFICIAL_NOUNS = frozenset("minister ministers president presidents premier leader leaders envoy envoys".split())


@needs_words(TRIGGER_WORDS, empty=none)
def state_deal(sent: Any, actor_kind: Any = None) -> Any:
    """The verb of a deal that states, allies or blocs make outside any conflict ("Two NATO allies have
    come to an agreement on the sale of fighter jets", "France and Germany agreed to develop a new battle
    tank"); None when the sentence tells none, names a conflict the deal settles, or tells harm."""
    lows = {t.lower_ for t in sent}
    if lows & CONFLICT_DEAL_WORDS or any(t.lemma_.lower() in HARM_LEMMAS for t in sent) or fighting_halted(sent):
        return None  # "agreed to a 30-day halt on strikes", "agreed to stop firing": the acts of a war stopped
    if actor_kind is not None and any(actor_kind(t) in ("nonstate", "armed") for t in sent if t.pos_ == "PROPN"):
        return None  # "the M23 and the Congolese government signed a declaration": a party to a conflict
    for v in sent:
        if v.pos_ not in ("VERB", "AUX") or not _deal_verb(v) or not _main_clause(v):
            continue
        parties = _parties(v)
        if not parties or not all(_state_party(p) for p in parties):
            continue
        if len(parties) == 1 and parties[0].tag_ not in ("NNS", "NNPS") and not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in v.children
        ):
            continue  # one state alone agreeing: to what, with whom, is not told
        if any(_word_kind(t) == "nonstate" and not _aircraft(t) for t in sent if t.pos_ in ("NOUN", "PROPN")):
            continue
        return v
    return None
