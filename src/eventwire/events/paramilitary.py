""""The paramilitary force": the armed group named before it that is no country's regular army or police.

"The country's army has been fighting the Rapid Support Forces ... On Saturday the paramilitary force
shelled El Fasher": the definite "force" with "paramilitary" points back to the last armed group named
before it whose ACLED name is not a country's military or police forces (the RSF), not to the army named
last; with none named, the state reading of :mod:`eventwire.events.roles` stands. Read by
``roles.RoleFinder.resolve`` for its anaphors.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..records import Actor, ActorMention

#: the modifier of a definite "force" that points back to a paramilitary group named before
PARAMILITARY_WORDS = frozenset(("paramilitary", "paramilitaries"))
#: ACLED's names of a country's regular army and police, which a "paramilitary force" is not
REGULAR_FORCES = ("Military Forces of", "Police Forces of")


def paramilitary_antecedent(tok: Any, mentions: Sequence[ActorMention]) -> Actor | None:
    """The actor a definite "paramilitary force" at ``tok`` points back to (``mentions`` in text
    order), or None when ``tok`` has no such modifier or no such group was named before it."""
    if not any(c.lower_ in PARAMILITARY_WORDS for c in tok.children if c.dep_ in ("amod", "compound")):
        return None
    best = None
    for m in mentions:
        if m.start >= tok.idx:
            break
        if m.generic or (m.actor.inter or 0) not in (1, 2, 3, 4):
            continue
        if not m.actor.name.startswith(REGULAR_FORCES):
            best = m
    return best.actor if best is not None else None
