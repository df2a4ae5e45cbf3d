"""ACLED's generic actors carry the country of the event's place.

ACLED names unnamed sides by the country where the event happened: "Civilians (Syria)", "Unidentified
Armed Group (Syria)", "Protesters (Turkey)" (Syrian refugees protesting in Turkey are Protesters
(Turkey)). The roles stage names them from the place it knows when it reads the sentence; merging and
the later place rules may then give the report another place ("the latest deaths in eastern Ghouta
... by forces loyal to Assad", merged with a report placed in Geneva, kept the Swiss country in its
sides after its place became eastern Ghouta). :func:`align_generic_actors` names such sides again by
the finished report's place, once every place is settled.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import Actor, EventReport
from .genericactors import generic

#: the generic actors named by a country in brackets, and their kind for :func:`genericactors.generic`
_BRACKETED = (
    ("Unidentified Armed Group (", "uag"),
    ("Unidentified Communal Militia (", "communal"),
    ("Civilians (", "civilian"),
    ("Protesters (", "protester"),
    ("Rioters (", "rioter"),
)
NOTE_ALIGNED = "unnamed side named by the event's country"


def _aligned(actor: Actor | None, iso: str, country: str | None) -> Actor | None:
    """``actor`` named by ``iso``'s country when it is a bracketed generic of another country, else None."""
    if actor is None or actor.country == iso:
        return None
    kind = next((k for prefix, k in _BRACKETED if actor.name.startswith(prefix)), None)
    if kind is None:
        return None
    new = generic(kind, iso, country)
    if new is None or new.name == actor.name:
        return None
    return replace(new, text=actor.text)


def align_generic_actors(reports: list[EventReport]) -> None:
    """Name every bracketed generic side of each report by the country of the report's place."""
    for r in reports:
        place = r.location.place if r.location is not None else None
        if place is None or not place.iso:
            continue
        changed = False
        for field in ("actor1", "actor2"):
            new = _aligned(getattr(r, field), place.iso, place.country)
            if new is not None:
                setattr(r, field, new)
                changed = True
        for field in ("assoc_actor_1", "assoc_actor_2"):
            group = getattr(r, field)
            for i, actor in enumerate(group):
                new = _aligned(actor, place.iso, place.country)
                if new is not None:
                    group[i] = new
                    changed = True
        if changed:
            r.notes.append(NOTE_ALIGNED)
