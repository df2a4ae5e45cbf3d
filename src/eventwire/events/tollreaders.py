"""Readers of who the dead of a toll are, and whose toll it is (fourteenth session; used by
:mod:`eventwire.events.fatalities`, kept apart to hold that module's size).

- a side telling its own dead claims nothing ("killed at least five soldiers, two military sources said");
- a killing someone is charged with or punished for is the crime, not the act's toll ("executed three men
  for killing a cleric");
- tellers the parse joined to the dead are no dead ("killing 10 civilians, residents and Amnesty said");
- a number before "soldiers and militiamen" counts both ("killing 40 soldiers and VDP members": 40);
- the dead of clashes a taking of ground came "after" are the taking's ("took control of the city after
  clashes that killed four soldiers").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..records import Actor
from .lexicon import NONSTATE_WORDS, STATE_WORDS


def teller_conjunct(tok: Any, h: Any) -> bool:
    """``h``, a bare conjunct after a comma, is one of the tellers the parse joined to the dead: "killing
    at least 10 civilians, residents and Amnesty International said" (a verb of saying right after)."""
    if h.i == tok.i or h.dep_ != "conj" or any(c.dep_ in ("nummod", "det", "quantmod") for c in h.children):
        return False
    if h.i < 1 or h.doc[h.left_edge.i - 1].text != "," and h.head.i == tok.i:
        return False
    end = max(t.right_edge.i for t in (tok, *tok.children) if t.dep_ in ("conj",) or t.i == tok.i)
    nxt = h.doc[end + 1] if end + 1 < len(h.doc) else None
    return nxt is not None and nxt.lemma_.lower() in ("say", "tell", "report", "confirm") and nxt.i > h.i


#: Words that count a noun on their own ("several civilians", "many villagers")
_OWN_QUANTITY = frozenset("several many few numerous dozens scores hundreds some other others more".split())


def shared_number(tok: Any, h: Any) -> bool:
    """``h``, a bare plural joined by "and" to a head with a number, is counted by that number: "killing
    40 soldiers and VDP members", "more than 100 soldiers and volunteers" (40 and 100 in all, not a
    few more: a number before a list counts the list)."""
    if h.i == tok.i or h.dep_ != "conj" or h.head.i != tok.i or h.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ in ("nummod", "det", "quantmod", "poss") or c.lower_ in _OWN_QUANTITY for c in h.children):
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children) or any(
            c.dep_ == "punct" and c.text == "," for c in tok.children):
        return False  # "two soldiers, civilians and ...": a list of its own counts
    return any(c.dep_ == "nummod" and c.like_num for c in tok.children) and tok.tag_ in ("NNS", "NNPS")


#: A fight a taking of ground comes "after" is part of it; its dead are the taking's.
FIGHT_NOUNS = frozenset("clash clashes fighting fight battle battles skirmish skirmishes".split())
TAKING_VERBS = frozenset("""take seize capture overrun recapture retake control enter storm
    retook overran""".split())  # the last ones: past forms the small model leaves as their own lemma


def taking_fight(t: Any, act: Any) -> bool:
    """``t``, the head of an "after" phrase of ``act``, is a fight ``act``, a taking of ground, came out of."""
    return t.lemma_.lower() in FIGHT_NOUNS and act.lemma_.lower() in TAKING_VERBS and (
        act.lemma_.lower() != "take" or any(c.lower_ == "control" for c in act.children))


#: Words of a charge, a trial or a punishment: a killing they are "for" is the crime, not this act's toll.
JUDICIAL = frozenset("""execute hang sentence convict charge accuse arrest detain try jail imprison prosecute
    indict guilty suspect behead punish""".split())


def charged(tok: Any) -> bool:
    """The killing word names a crime someone is punished or charged for: "executed three men for killing
    a cleric", "convicted of killing a guard", "arrested in connection with the killing of two police"."""
    t = tok
    for _ in range(3):
        if t.dep_ not in ("pcomp", "pobj") or t.head.dep_ != "prep":
            return False
        prep = t.head
        if prep.lower_ in ("for", "of", "over") and prep.head.lemma_.lower() in JUDICIAL:
            return True
        if prep.lower_ != "with" or prep.head.lower_ != "connection":
            return False
        t = prep.head.head if prep.head.head.dep_ == "prep" else prep.head  # "in connection with"
        if t.dep_ == "prep":
            return t.head.lemma_.lower() in JUDICIAL
    return False


def own_dead(victim: Any, teller: Actor, actor_at: Callable[[Any], Actor | None] | None) -> bool:
    """Whether the dead ``victim`` names are the teller's own side ("killed 20 soldiers, a military
    spokesman said", "killing two officers, police said"): a loss a side reports, no claim against a foe."""
    if actor_at is None:
        return False
    own = actor_at(victim)
    if own is None and teller.country:
        from ..actors.rules import generic_actor, read_phrase  # "two officers": no mention, a generic reading

        reading = read_phrase(victim.text)
        own = generic_actor(reading, teller.country) if reading is not None else None
    if own is None and victim.lemma_.lower() == "officer":
        return teller.name.startswith("Police Forces")  # "killing two officers, police said"
    if own is not None and own.inter == teller.inter == 1 and own.country and own.country == teller.country:
        return True  # "the killing of four soldiers, police said": one state's forces are one side
    return own is not None and own.name == teller.name and (own.inter or 0) in (1, 2, 3, 4, 8)


def numbered_over_bare(doc: Any, counts: list[Any], sources: list[Any], vague: Any) -> tuple[list[Any], list[Any]]:
    """A bare plural's count ("killed villagers", read as a few) gives way to a number the same
    sentence gives its act ("Gunmen killed villagers in an attack on Kuru, killing at least 21 people":
    21, not 24): the number tells the same dead. Only bare plurals are dropped, never a "several" or
    "two soldiers and five civilians" that a number is added to. ``sources`` (one per count) follow."""
    def bare(c: Any) -> bool:
        t = doc[c.token_i]
        return t.tag_ == "NNS" and not t.like_num and t.lower_ not in vague and not any(
            ch.like_num or ch.lower_ in vague for ch in t.children)

    flags = [bare(c) for c in counts]
    if len(counts) < 2 or len(sources) != len(counts) or not any(flags) or all(flags):
        return counts, sources
    keep = [i for i, f in enumerate(flags) if not f]
    return [counts[i] for i in keep], [sources[i] for i in keep]


#: the dead of each side, in the words the typing stage reads sides by (plus the ranks and attackers
#: tolls name: "two officers", "18 assailants")
_FORCE_DEAD = STATE_WORDS | frozenset("officer officers trooper troopers servicemen serviceman personnel guard guards".split())
_FOE_DEAD = NONSTATE_WORDS | frozenset("assailant assailants attacker attackers raider raiders".split())


def other_sides_dead(first: str | None, second: str | None) -> bool:
    """Two tolls of one event that count the dead of opposite sides ("killed 18 assailants" ... "one
    soldier was killed"): both stand, added; a toll of the same side told again is one figure."""
    def side(text: str | None) -> str | None:
        words = set(re.findall(r"[a-z]+", (text or "").lower()))
        force, foe = bool(words & _FORCE_DEAD), bool(words & _FOE_DEAD)
        return "force" if force and not foe else "foe" if foe and not force else "both" if force else None

    if second and first and second.lower() in first.lower():
        return False  # the act read that toll already
    a, b = side(first), side(second)
    if "both" in (a, b):
        # "killed 30 al-Shabaab fighters ... Four soldiers and two militia members were killed": a toll of
        # one side and one that counts the other side's dead too (its allies with them) are other dead
        return {a, b} in ({"foe", "both"}, {"force", "both"})
    return a is not None and b is not None and a != b


#: Forms of "lose" that tell a side's own dead ("attacked the town, losing three men").
LOSING_FORMS = frozenset("losing lost lose loses".split())
#: The men a side loses (not seats, games, ground, vehicles).
LOST_PEOPLE = frozenset("""man men soldier soldiers fighter fighters troop troops officer officers policeman policemen
    member members militant militants rebel rebels personnel""".split())


def lost_men(tok: Any) -> Any:
    """The counted men a side "lost" ("..., losing three men", "the army lost 12 soldiers"): the dead
    of the act; never "lost control", "lost two seats" nor "lost three men to desertion"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "lose" or any(c.dep_ == "neg" for c in tok.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("to", "from") for c in tok.children):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in LOST_PEOPLE or not any(c.dep_ == "nummod" for c in obj.children):
        return None
    return obj


_PARTS = frozenset("most many some all half several majority mostly".split())


def partitive_gloss(np: Any) -> bool:
    """A conjunct or apposition opened by "most of them", "many of whom" ("killing 46 people, most of
    them women and children"): it tells who the dead counted before were."""
    for t in (np, *np.children):
        if t.lower_ in _PARTS and any(g.lower_ == "of" and any(x.lower_ in ("them", "whom") for x in g.children)
                                      for g in t.children):
            return True
    return False


def teller_appos(appos: Any) -> bool:
    """An apposition that is the subject of the verb of saying right after it, which the parse hung on the
    dead ("killing three fighters, the Syrian Observatory for Human Rights said")."""
    if appos.tag_ not in ("NN", "NNP", "NNPS") or any(g.dep_ == "nummod" for g in appos.children):
        return False
    nxt = appos.doc[appos.right_edge.i + 1] if appos.right_edge.i + 1 < len(appos.doc) else None
    return nxt is not None and nxt.lemma_.lower() in ("say", "tell", "report", "confirm", "add", "state")
