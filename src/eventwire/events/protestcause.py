"""The act that set a demonstration off is not the forces' act on it (helper TYPE8).

A sentence may tell a demonstration together with what caused it: "the protests were sparked by a
video of a man being shot by police", "the police killing of a student triggered protests",
"protests broke out after soldiers shot a teenager". The forces' act there is the demonstration's
cause (an earlier event, with its own victim), not force used on the crowd, so it must not raise the
demonstration to excessive force. An act on the demonstrators themselves keeps doing so ("police
shot two protesters after the march turned violent": the shooting is the sentence's predicate, not
inside the cause).

:func:`caused_protest` says whether an act token lies inside such a cause: the agent of a causing
verb whose subject is the demonstration (passive), the subject of a causing verb whose object is the
demonstration (active), or an "after"/"following" clause or phrase of the verb of its outbreak ("broke
out", "erupted"): a demonstration that went on after the act ("the marchers fled after police opened
fire") met it.
"""

from __future__ import annotations

from typing import Any

from .lexicon import CueHit

CAUSING_LEMMAS = frozenset("spark trigger prompt provoke ignite fuel cause unleash".split())
AFTER_WORDS = frozenset("after following".split())
#: verbs of a demonstration's outbreak ("broke out", "erupted", "ramped up again")
ONSET_LEMMAS = frozenset("break erupt begin start spread flare resume ramp ignite".split())


def _protest_tokens(by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> set[int]:
    """The token indices of the demonstration's cues (their spans and their roots)."""
    told = by_cat.get("PROTEST", [])
    return {i for _d, h, _r in told for i in range(h.start, h.end)} | {r.i for _d, _h, r in told}


def _names_protest(verb: Any, deps: tuple[str, ...], protest: set[int]) -> bool:
    """One of the ``deps`` children of ``verb`` is (or heads) a demonstration cue."""
    return any(c.dep_ in deps and (c.i in protest or any(g.i in protest for g in c.subtree)) for c in verb.children)


def _set_off(verb: Any, protest: set[int]) -> bool:
    """``verb`` tells the demonstration's outbreak ("protests broke out", "erupted", "spread") and the
    demonstration is its subject: what came before it set it off. A demonstration that went on or ended
    after the act ("the marchers fled after police opened fire", "the protest turned deadly after ...")
    met that act."""
    return verb.lemma_.lower() in ONSET_LEMMAS and _names_protest(verb, ("nsubj", "nsubjpass"), protest)


def caused_protest(tok: Any, by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> bool:
    """``tok`` lies inside what set the demonstration off. Examples (invented): "the protests were
    sparked by a video of a man being shot by police" (the shooting: True), "the killing of a student
    by police triggered protests" (True), "protests erupted after soldiers shot a teenager" (True);
    "police shot two protesters after the march turned violent" (False: the shooting leads)."""
    if not by_cat.get("PROTEST"):
        return False
    protest = _protest_tokens(by_cat)
    if tok.i in protest:
        return False
    below = tok
    for _ in range(8):
        up = below.head
        if up.i == below.i:
            return False
        if below.dep_ == "agent" and up.lemma_.lower() in CAUSING_LEMMAS:
            return _names_protest(up, ("nsubjpass", "nsubj"), protest)  # "protests were sparked by ..."
        if below.dep_ in ("nsubj", "csubj") and up.lemma_.lower() in CAUSING_LEMMAS:
            return _names_protest(up, ("dobj",), protest)  # "the killing ... triggered protests"
        if below.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in AFTER_WORDS for c in below.children):
            return _set_off(up, protest)  # "protests broke out after police shot ..."
        if below.dep_ == "prep" and below.lower_ in AFTER_WORDS and up.pos_ in ("VERB", "AUX"):
            return _set_off(up, protest)  # "protests erupted after the shooting of ..."
        below = up
    return False
