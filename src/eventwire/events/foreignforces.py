"""Own state or foreign state: whether an actor mentioned in a sentence is another state's forces.

:meth:`RoleFinder.actor_kind <eventwire.events.roles.RoleFinder.actor_kind>` reports every state's
forces as ``"state"`` (inter 1 and 8 alike), which is what the typing rules need most of the time. A few
need to know more: ACLED codes a foreign state's capture of a place as "Non-state actor overtakes
territory" ("a non-state or foreign actor captures a place"), its own state's as "Government regains
territory". :func:`foreign_forces` answers that, additively (``actor_kind`` is unchanged):

    from eventwire.events.foreignforces import foreign_forces
    foreign_forces(tok)                 # the finder and the article's country are found from tok's doc
    foreign_forces(tok, iso="UKR")      # against a country the caller knows (the captured place's)

True for "Russian forces" in a Ukraine story, "Rwandan troops" or "the RDF" in eastern DRC, "Turkish
jets" in Iraq, "Wagner" in Mali, the Saudi-led or a US-led coalition; False for the article's own
state's forces, for a peacekeeping mission in its mission country (AMISOM/ATMIS in Somalia, MONUSCO in
DRC: ACLED codes them with the state they support), for non-state actors, and where no actor is
mentioned at the token. The roles stage registers its finder on the parse (:func:`remember_finder`),
the actor stage the article's country of context and the countries of its sentences
(:mod:`eventwire.actors.context`).
"""

from __future__ import annotations

from typing import Any

from ..actors.context import context_country, local_country
from .linking import acled_iso

#: where the roles stage leaves its RoleFinder for the typing stage (doc.user_data)
FINDER_KEY = "eventwire.rolefinder"


def remember_finder(doc: Any, finder: Any) -> None:
    user = getattr(doc, "user_data", None)
    if isinstance(user, dict):
        user[FINDER_KEY] = finder


def finder_of(doc: Any) -> Any:
    user = getattr(doc, "user_data", None)
    return user.get(FINDER_KEY) if isinstance(user, dict) else None


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and (a == b or acled_iso(a) == acled_iso(b))


def foreign_forces(tok: Any, *, iso: str | None = None, finder: Any = None) -> bool:
    """Whether the actor mentioned at ``tok`` (the head of its noun phrase or a modifier of it, or a
    member noun of a named group: "troops of the RDF") is the armed forces of a state other than
    ``iso`` (default: the one country of the places of the token's sentence, else the article's country of
    context). See the module docstring."""
    if tok is None:
        return False
    finder = finder if finder is not None else finder_of(tok.doc)
    if finder is None:
        return False
    m = finder.mention_at(tok)
    actor = m.actor if m is not None else None
    if actor is None:
        actor = finder._named_of(tok)  # "soldiers of the Rwanda Defence Force"
    if actor is None:
        return False
    inter = actor.inter or 0
    if inter not in (1, 8):
        return False
    here = iso or local_country(tok.doc, tok.idx) or context_country(tok.doc)
    if inter == 8 and not actor.country:
        return True  # a multinational coalition (Saudi-led, US-led, NATO): never the country's own
    if not here or not actor.country:
        return False
    return not _same(actor.country, here)
