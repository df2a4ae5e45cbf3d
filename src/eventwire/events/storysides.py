"""Sides of an act that its sentence leaves out and the story names (helper ACT, twenty-seventh
session). Called by :func:`eventwire.events.statedoers.state_sides` for the armed acts:

- who tells of a fight he is in is its other side ("A spokesman for the Free Syrian Army said
  attempted advances by regime forces had been thwarted": the FSA fought the regime forces); only an
  armed teller, only for an armed clash, only an empty side (or the unnamed armed group put there for
  want of a name), never the side already named;
- a strike "at" or "against" an armed actor hits that actor ("missiles from the US flew at the Syrian
  regime": the Syrian military is actor 2);
- an act told again by a definite noun with no doer of its own ("amid the bombardment of hospitals")
  was done by whoever the paragraph's previous sentence gives an act of the kind to ("fled a
  government assault on Idlib. ... amid the bombardment of hospitals": the government's forces).

Each is gated by a word test (the sub-event type, a frozenset of lemmas) before any tree walk.
"""

from __future__ import annotations

from typing import Any

from .clause import speaker_of
from .clauseactors import SAYING
from .doers import UNIDENTIFIED
from .sides import ARMED_INTERS
from .story import sentence_of
from .words import doc_text, doc_words, gate_bit, gate_mask

REMOTE = ("Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
          "Suicide bomb", "Chemical weapon")
#: Who speaks for a group: the group is in his "for" or "of" phrase ("a spokesman for Jaish al-Islam").
SPOKESMEN = frozenset("spokesman spokeswoman spokesperson commander official leader".split())
#: Words by which a teller names himself in what he tells: he is then the side he told of, not its foe.
OWN_WORDS = frozenset("they we it its their our us them".split())
#: Prepositions of a strike's target ("flew at the regime", "strikes against the army").
TARGET_PREPS = frozenset(("at", "against"))
#: Nouns of an armed act that a later sentence may tell again ("the bombardment", "the offensive").
ACT_NOUNS = frozenset("""assault assaults offensive attack attacks bombardment bombardments bombing bombings
    strike strikes airstrike airstrikes shelling campaign raid raids onslaught operation""".split())


def telling_side(r: Any, finder: Any, trigger: Any, *, iso: str | None, country: str | None) -> None:
    """An armed clash told by a spokesman (or the voice) of an armed group it lacks: that group is the
    empty side ("a spokesman for the rebels said fierce battles were raging with the army")."""
    if trigger is None:
        return
    speaker = speaker_of(trigger, SAYING, depth=5)
    if speaker is None or speaker.left_edge.i <= trigger.i <= speaker.right_edge.i:
        return  # (not "the SDF, a force raised to fight Isis, said ...": the act inside the teller's words)
    told = range(min(speaker.head.i, trigger.i), max(speaker.head.i, trigger.i) + 1)
    if any(trigger.doc[i].lower_ in OWN_WORDS for i in told):
        return  # "rebels say they did most of the fighting, backed by Turkish artillery": the teller's own side
    group = speaker
    if speaker.lower_ not in SPOKESMEN:  # "Hamza Karim, a spokesman for the FSA, said ...": the spokesman
        speaker = next((c for c in speaker.children if c.dep_ == "appos" and c.lower_ in SPOKESMEN), speaker)
    if speaker.lower_ in SPOKESMEN:
        group = next((g for p in speaker.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                      for g in p.children if g.dep_ == "pobj"), None)
    if group is None or finder.mention_at(group) is None:
        return
    side = finder.resolve(group, iso=iso, country=country)
    if side is None or (side.inter or 0) not in ARMED_INTERS:
        return
    if group is speaker and (side.inter or 0) in (1, 8):
        return  # "..., police said", "the army said": a state's routine word on a fight is its source, not a side
    names = {a.name for a in (r.actor1, r.actor2) if a is not None}
    if side.name in names:
        return
    if r.actor2 is None and r.actor1 is not None and not r.actor1.name.startswith(UNIDENTIFIED):
        if _foes(side, r.actor1):
            r.actor2 = side
            r.notes.append(f"actor2: the teller of the fight is its other side ({side.text})")
    elif (r.actor1 is None or r.actor1.name.startswith(UNIDENTIFIED)) and r.actor2 is not None:
        if _foes(side, r.actor2):
            r.actor1 = side
            r.notes.append(f"actor1: the teller of the fight is its other side ({side.text})")


def _foes(a: Any, b: Any) -> bool:
    """Two actors that may fight each other: not two state forces of one country, not one group."""
    if a.name == b.name:
        return False
    state = (1, 8)
    return not ((a.inter or 0) in state and (b.inter or 0) in state and a.country == b.country)


def struck_side(r: Any, finder: Any, trigger: Any, *, iso: str | None, country: str | None) -> None:
    """The armed actor a strike flew or was fired "at" or "against" is actor 2 ("missiles flew at the
    Syrian regime")."""
    if trigger is None or r.actor2 is not None:
        return
    for v in (trigger, trigger.head):
        for p in (c for c in v.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS):
            for g in (c for c in p.children if c.dep_ == "pobj"):
                if finder.mention_at(g) is None:
                    continue
                side = _armed_side(finder, g, iso=iso, country=country, other=r.actor1)
                if side is not None:
                    r.actor2 = side
                    r.notes.append(f"actor2: the armed actor it was aimed at ({side.text})")
                    return


#: The gate bit of :data:`ACT_NOUNS` (a word test of the sentence before, kept per sentence).
_ACTS = gate_bit(ACT_NOUNS)


def story_doer(r: Any, finder: Any, trigger: Any, *, iso: str | None, country: str | None) -> None:
    """A definite act noun with no doer ("amid the bombardment of hospitals") takes the doer of an act
    noun of the paragraph's previous sentence ("fled a government assault on Idlib")."""
    if r.actor1 is not None and not r.actor1.name.startswith(UNIDENTIFIED):
        return
    if (trigger is None or trigger.lower_ not in ACT_NOUNS or trigger.pos_ != "NOUN"
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children)):
        return
    if any(c.dep_ in ("poss", "compound", "amod", "agent") or c.dep_ == "prep" and c.lower_ == "by"
           for c in trigger.children if finder.mention_at(c) is not None or c.dep_ in ("agent", "poss")):
        return  # a doer of its own, read or not
    doc = trigger.doc
    sent = sentence_of(doc, trigger.i)
    if sent.start == 0:
        return
    prev = sentence_of(doc, sent.start - 1)
    if not gate_mask(prev) & _ACTS:
        return  # no act noun in the sentence before (a word test, kept per sentence)
    last = prev.end - 1
    while last > prev.start and doc[last].is_space:
        last -= 1
    if "\n" in doc_text(doc)[doc[last].idx + len(doc[last]): sent.start_char]:
        return  # another paragraph (its break may be a space token of the sentence before)
    lowers = doc_words(doc)[1]
    for noun in (doc[i] for i in range(prev.start, prev.end) if lowers[i] in ACT_NOUNS):
        if noun.pos_ != "NOUN":
            continue
        for c in noun.children:
            if c.dep_ not in ("compound", "amod", "poss") or c.pos_ not in ("NOUN", "PROPN"):
                continue  # ("a government assault", "Russia's bombardment": not "a fresh assault")
            doer = _armed_side(finder, c, iso=iso, country=country, other=r.actor2)
            if doer is not None:
                r.actor1 = doer
                r.notes.append(f"actor1: the doer of the act the paragraph told just before ({doer.text})")
                return


def _armed_side(finder: Any, tok: Any, *, iso: str | None, country: str | None, other: Any) -> Any:
    """The armed actor (:data:`ARMED_INTERS`) the mention at ``tok`` names, unless it is ``other`` (the report's
    other side); else None."""
    side = finder.resolve(tok, iso=iso, country=country)
    if side is not None and (side.inter or 0) in ARMED_INTERS and (other is None or side.name != other.name):
        return side
    return None
