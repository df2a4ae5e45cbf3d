"""Who took a place and from whom, read off a territorial clause: "returned to government control",
"fell to the army", "captured from the terrorists"."""

from __future__ import annotations

from typing import Any

from .clause import ActorKind, arg_kind

STATE_HOLDERS = frozenset("government state army regime federal military".split())


def state_control(tok: Any) -> Any:
    """The word saying a place came back to the state ("returned to government control", "back under
    army control", "back in government hands"); None otherwise."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "under", "in", "into"):
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ in ("control", "hands"):
                    holder = next((x for x in g.children if x.dep_ in ("compound", "amod", "nmod", "poss")
                                   and x.lower_ in STATE_HOLDERS), None)
                    if holder is not None and (tok.lemma_ in ("return", "come", "be", "fall") or any(
                        x.lower_ == "back" for x in tok.children
                    )):
                        return holder
    return None


def taker(fall: Any) -> Any:
    """Who a place fell to: "fell to the army", "fell into the hands of the rebels"."""
    for c in fall.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "into"):
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                if g.lower_ == "hands":
                    inner = next((x for x in g.children if x.dep_ == "prep" and x.lower_ == "of"), None)
                    owner = next((x for x in (inner.children if inner is not None else []) if x.dep_ == "pobj"), None)
                    return owner or next((x for x in g.children if x.dep_ == "poss"), g)
                return g
    return None


def loser_kind(trig: Any, actor_kind: ActorKind | None = None) -> str | None:
    """The kind of who lost the place ("captured the villages from IS", "seized the town from the army",
    "wrested from rebel control"): "state", "nonstate" or None."""
    for t in trig.subtree:
        if t.dep_ != "prep" or t.lower_ not in ("from", "of") or (t.lower_ == "of" and t.head.lower_ not in ("control", "hands")):
            continue
        for g in t.children:
            if g.dep_ != "pobj":
                continue
            holder = g
            if g.lower_ in ("control", "hands", "grip"):  # "from rebel control", "from the hands of IS"
                inner = next((x for x in g.children if x.dep_ in ("compound", "amod", "poss")), None)
                inner = inner or next((y for x in g.children if x.dep_ == "prep" and x.lower_ == "of"
                                       for y in x.children if y.dep_ == "pobj"), None)
                if inner is None:
                    continue
                holder = inner
            k = arg_kind(holder, actor_kind)
            if k in ("nonstate", "state"):
                return k
    return None
