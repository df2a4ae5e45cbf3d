"""Further events a typed sentence holds beside its main one, and a cue-list helper of the extractor.

"IS attacked the army near X, after capturing the T3 airbase": each place changing hands is an event of
its own (:func:`territory_events`).
"""

from __future__ import annotations

from typing import Any

from .clause import ActorKind, ArgInfo, agent_of, arg_kind
from .crowd import CROWD_WORDS
from .kindreads import wrong_kind
from .lexicon import CueHit
from .materiel import capture_misread
from .subtype import subtype_of
from .territory import taken_place
from .typing import TypeDecision, _hit_root


def territory_events(
    doc: Any,
    sent: Any,
    hits: list[CueHit],
    *,
    main: TypeDecision | None,
    actor_kind: ActorKind | None = None,
) -> list[TypeDecision]:
    """Further captures in a sentence whose main event is something else ("IS attacked the army near
    X, after capturing the T3 airbase"): each place changing hands is an event of its own."""
    out: list[TypeDecision] = []
    seen = {main.trigger.i} if main is not None and main.trigger is not None else set()
    if main is not None and main.patient.token is not None:
        seen.add(main.patient.token.i)
    for h in hits:
        if h.category not in ("CAPTURE", "REGAIN") or capture_misread(doc, h, hits):
            continue  # "the naira fell to a record low": no place changes hands
        root = _hit_root(doc, h)
        if root.i in seen or root.dep_ in ("amod", "compound"):
            continue
        pat, pk = taken_place(root, h, actor_kind)
        if pk != "place" or pat is None or pat.i in seen:
            continue
        if root.lemma_ in ("enter", "storm", "advance") or _crowd_entry(root, actor_kind):
            continue
        seen.update((root.i, pat.i))
        by_cat: dict[str, list[tuple[float, CueHit, Any]]] = {h.category: [(0.0, h, root)]}
        sub, _means, agent, patient = subtype_of(doc, sent, "TERRITORY", root, by_cat, actor_kind)
        if sub is None:
            continue
        patient = ArgInfo(pat, "place")
        if wrong_kind(TypeDecision(sub, root, "TERRITORY"), sent, actor_kind):
            continue  # "as I drove from my parents' home": a ride (events/kindreads.py)
        out.append(TypeDecision(sub, root, "TERRITORY", agent=agent, patient=patient, cues=[h.category],
                                confidence=0.6))
    return out


def _crowd_entry(root: Any, actor_kind: ActorKind | None) -> bool:
    """A crowd getting into a building ("opposition activists forced their way into the election commission",
    "demonstrators occupied the television building"), or anyone forcing their way in: a demonstration or
    a riot, or an entry, not a place changing hands."""
    if root.lemma_ == "force" and any(c.dep_ == "dobj" and c.lower_ == "way" for c in root.children):
        return True
    ag = agent_of(root)
    return ag is not None and (ag.lower_ in CROWD_WORDS or arg_kind(ag, actor_kind) == "protester")


def without_category(hits: list[CueHit], category: str) -> list[CueHit]:
    return [h for h in hits if h.category != category]


