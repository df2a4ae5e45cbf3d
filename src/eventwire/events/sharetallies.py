"""Acts counted as a share of a whole, or as a war's toll: statistics over many acts, not one event.

:func:`share_tally` reads the clause of an act cue with no date of its own and tells it as a tally
(background) when the act's subject or object is counted as a share of a whole:

- a percentage, in any tense ("records suggest 77% were killed by the army", "a further 12% of the
  deaths were caused by rebel groups");
- a part of a counted whole of things damaged, in the present perfect ("15 of the 20 clinics it supports
  have been hit by airstrikes", "nine out of ten schools have been shelled");

or when a count of people is told as killed in the present perfect by a war as a whole, in a sentence
with no time of its own ("more than 500,000 people have been killed in Syria as a result of the war",
"200 have died in the conflict"; not "200 have been killed in two days of airstrikes in the war").

Not a share told in the simple past without a percentage ("Two of the five soldiers were killed in an
ambush": one act), nor a part of people in the present perfect ("two of the five hostages have been
killed"), nor a sentence with a date of its own ("20% of the village was destroyed on
Monday"; the caller passes only undated clauses), nor a war's toll in a clause with a day or "this
week" ("Three soldiers have been killed in the conflict this week").
"""

from __future__ import annotations

from typing import Any

from .clause import verb_above
from .origins import present_perfect
from .words import span_text

#: The reason given to an act counted as a share or as a war's toll.
SHARE_TALLY = "acts counted as a share of a whole or as a war's toll"

#: Words that make a count a percentage ("77%", "12 per cent", "40 percent").
PERCENT_WORDS = frozenset("% percent cent".split())
#: Nouns of a war as a whole ("killed in the war", "as a result of the conflict").
WAR_NOUNS = frozenset("war conflict fighting".split())
#: Verbs of damage to things, the acts a part of a counted whole is read for ("15 of the 20 clinics have been
#: hit"; not "two of the five hostages have been killed": people, one act's victims).
DAMAGE_VERBS = frozenset("hit damage destroy bomb shell loot burn strike target raze flatten".split())
#: Verbs of a death toll ("have been killed", "have died").
TOLL_VERBS = frozenset("kill die".split())
#: Dependencies of a clause's participants that can hold the count.
_COUNT_DEPS = frozenset("nsubj nsubjpass dobj".split())
#: Cheap sentence-text needles (one must be in the sentence before any tree walk).
_NEEDLES = ("%", " per cent", " percent", " of the ", " out of ", " war", " conflict", " fighting")


def _clause_verb(trig: Any) -> Any:
    """The verb of ``trig``'s clause: itself, or the verb above an act noun ("relates to deaths",
    "hit by airstrikes"), at most four steps up (:func:`eventwire.events.clause.verb_above`); None when
    there is none."""
    verb = verb_above(trig, steps=4)
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _percentage(tok: Any) -> bool:
    """Whether the phrase of ``tok`` counts a percentage: "77%", "12% of the documentation", "40 per cent"
    (its own words up to a preposition)."""
    if tok.lower_ in PERCENT_WORDS or tok.text.endswith("%"):
        return True
    return any(c.lower_ in PERCENT_WORDS or c.text.endswith("%") for c in tok.children if c.dep_ != "prep")


def _part_of_whole(tok: Any) -> bool:
    """Whether ``tok`` is a number told as a part of a counted or determined whole: "15 of the 20
    hospitals", "nine out of ten schools", "two of its clinics"."""
    if not (tok.like_num or tok.pos_ == "NUM"):
        return False
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "out"):
            continue
        objs = [g for g in prep.children if g.dep_ == "pobj"] + [
            g for p in prep.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        for obj in objs:
            if obj.like_num or any(c.dep_ in ("nummod", "det", "poss") for c in obj.children):
                return True
    return False


def _war_toll(verb: Any) -> bool:
    """Whether ``verb`` is a death toll of a war as a whole: "have been killed (in Syria) as a result of
    the war", "have died in the conflict", with a counted subject."""
    if verb.lemma_.lower() not in TOLL_VERBS or not present_perfect(verb):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and (c.like_num or any(g.dep_ == "nummod" for g in c.children))
               for c in verb.children):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.sent):
        return False  # "killed in eight days of bombing during the seven-year war": a stretch of the story
    for tok in verb.subtree:
        if tok.lower_ in WAR_NOUNS and tok.dep_ == "pobj" and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) and _war_of(tok, verb):
            return True
    return False


def _war_of(war: Any, verb: Any) -> bool:
    """Whether the war noun ``war`` hangs on ``verb`` through prepositions only ("killed in the war", "killed
    in Syria as a result of the war"), not through another act ("killed in airstrikes ... in the war")."""
    h = war
    for _ in range(5):
        h = h.head
        if h.i == verb.i:
            return True
        if h.dep_ not in ("prep", "pobj") and h.lower_ != "result":
            return False
    return False


def share_tally(trig: Any, sent: Any) -> str | None:
    """The tally marker of the undated act of ``trig`` counted as a share of a whole or as a war's toll
    (see the module docstring), or None. The caller passes only clauses with no date of their own."""
    if trig is None or trig.doc is None:
        return None
    text = span_text(sent).lower()
    if not any(n in text for n in _NEEDLES):
        return None  # (the cheap test first)
    verb = _clause_verb(trig)
    if verb is None:
        return None
    for c in verb.children:
        if c.dep_ not in _COUNT_DEPS:
            continue
        if _percentage(c):
            return f"{SHARE_TALLY}: {c.text} {verb.text}"  # "77% were killed"
        if present_perfect(verb) and verb.lemma_.lower() in DAMAGE_VERBS and _part_of_whole(c):
            return f"{SHARE_TALLY}: {c.text} of ... {verb.text}"  # "15 of the 20 clinics have been hit"
    if _war_toll(verb):
        return f"{SHARE_TALLY}: {verb.text} in the war"  # "500,000 people have been killed ... in the war"
    return None
