"""Habits and general truths about violence: no act at one place on one day.

ACLED codes acts, not what usually happens. A sentence that tells what acts of a kind do as a rule, how
often they happen, or what they are in general reports none of them:

- a habit, in the present tense, with an adverb of frequency: "bandits routinely kidnap travellers on the
  highways", "air strikes often hit villages", "armed groups frequently clash over gold mines";
- what acts of a kind were or are like: "suicide bombings were frequent in the tribal areas a decade ago",
  "grenade attacks used to be common in Srinagar", "kidnappings are rife";
- a general truth about a kind of act or weapon, its subject a bare plural or a mass noun: "roadside bombs
  are the main cause of deaths among soldiers", "kidnapping for ransom is a booming business",
  "unexploded ordnance continues to pose a threat to returning families".

Asked by :func:`eventwire.events.tallies.tallied` (gated there by the sentence's words).
"""

from __future__ import annotations

from typing import Any

#: adverbs of frequency: a habit, not an act
HABIT_ADVERBS = frozenset(
    "often routinely frequently regularly usually commonly typically habitually annually yearly sometimes".split())
#: what acts of a kind are said to be ("kidnappings are common", "bombings were frequent")
GENERIC_ADJS = frozenset("common frequent commonplace routine rife widespread rampant endemic rare".split())
#: what a kind of act or weapon is said to be in general ("the main cause of deaths", "a booming business")
GENERIC_ATTRS = frozenset("cause killer business industry scourge menace feature weapon tactic".split())
#: what a kind of weapon is said to pose ("continue to pose a threat")
GENERIC_OBJECTS = frozenset("threat danger risk hazard".split())
#: verbs and words of a rehearsal: the act is played, not done ("a drill simulating a drone attack")
REHEARSAL_VERBS = frozenset("simulate rehearse stage enact".split())
REHEARSAL_WORDS = frozenset("simulate simulates simulated simulating simulation rehearse rehearsed rehearsing mock".split())
#: words that make a generic statement worth reading (the gate, added to tallies.GATE_WORDS)
GENERIC_GATE = GENERIC_ADJS | GENERIC_ATTRS | GENERIC_OBJECTS | REHEARSAL_WORDS | frozenset(("used",))


def present_tense(verb: Any) -> bool:
    """"kill", "kidnaps", "are killed", "hit" with a plural subject; a bare verb the tagger took for an infinitive ("attacks happen")
    when nothing (a modal, "to", "did") governs it."""
    if verb.tag_ in ("VBP", "VBZ"):
        return True
    if verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower():
        return any(c.dep_ == "nsubj" and c.tag_ == "NNS" for c in verb.children)  # "air strikes often hit villages"
    if verb.tag_ == "VBN":
        return any(c.dep_ in ("auxpass", "aux") and c.tag_ in ("VBP", "VBZ") for c in verb.children)
    if verb.tag_ == "VB" and verb.dep_ == "ROOT":
        return not any(c.dep_ == "aux" for c in verb.children) and any(
            c.dep_ == "nsubj" and c.tag_ == "NNS" for c in verb.children)
    return False


def _generic_subject(verb: Any) -> bool:
    """The verb's subject is a kind, not a told act: a bare plural or a mass noun, no article or number
    ("roadside bombs", "unexploded ordnance", "kidnapping for ransom")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("xcomp", "conj"):
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or (subj.pos_ not in ("NOUN", "PROPN") and subj.tag_ != "VBG"):
        return False  # "kidnapping for ransom" may be tagged a verb
    return not any(c.dep_ in ("det", "nummod", "poss") or c.like_num for c in subj.children)


def _copula_of(verb: Any) -> Any:
    """The "be" a generic predicate hangs from: the verb itself, or the "be" of "used to be"."""
    if verb.lemma_.lower() in ("be", "remain"):
        return verb  # "are the main cause of deaths", "remain the weapon of choice"
    if verb.lower_ == "used":
        return next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "be"), None)
    return None


def generic_statement(verb: Any) -> bool:
    """Whether ``verb`` tells what acts of a kind are like, not an act (see the module's note)."""
    cop = _copula_of(verb)
    if cop is not None:
        for c in cop.children:
            if c.dep_ == "acomp" and c.lemma_.lower() in GENERIC_ADJS:
                return True  # "bombings were frequent", "grenade attacks used to be common"
            if c.dep_ == "attr" and c.lemma_.lower() in GENERIC_ATTRS | GENERIC_OBJECTS and present_tense(verb) and (
                _generic_subject(verb)
            ):
                return True  # "roadside bombs are the main cause of deaths", "landmines are a persistent danger"
        return False
    if not present_tense(verb) or not _generic_subject(verb):
        return False
    pose = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "continues to pose a threat"
    return any(c.dep_ == "dobj" and c.lemma_.lower() in GENERIC_OBJECTS for v in pose for c in v.children)


def rehearsed(tok: Any) -> bool:
    """``tok`` (an act noun) is what a drill plays out: "held a drill simulating a drone attack", "a mock
    attack on the base", "a simulated hostage rescue"."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in ("mock", "simulated") for c in tok.children):
        return True
    if tok.dep_ not in ("dobj", "pobj"):
        return False
    v = tok.head.head if tok.dep_ == "pobj" and tok.head.pos_ == "ADP" else tok.head
    lem = v.lemma_.lower()
    return lem == "simulation" or (lem in REHEARSAL_VERBS and lem != "stage")  # "staged an attack" is an attack
