"""Whether two reports' parts can belong to one event: their places and their actors.

Read by :mod:`eventwire.events.merging` (one report per event within an article) and by the modules that fold a
retelling into the act it repeats (:mod:`eventwire.events.retold`, :mod:`eventwire.events.doerclauses`) or read a
breakdown of an act (:mod:`eventwire.events.breakdown`).
"""

from __future__ import annotations

from typing import Any

from ..records import PlaceMention
from . import sequels as sq
from .linking import place_level, specificity
from .roles import UNIDENTIFIED

__all__ = ["GENERIC_REBELS", "generic_rebels", "place_key", "same_actor", "within"]

#: The name of rebels the text does not name ("communist rebels"): any rebel group it names may be them.
GENERIC_REBELS = "Opposition Rebels ("


def place_key(m: PlaceMention | None) -> str | None:
    """A place mention's identity: the gazetteer place's name and country, else its lower-cased text."""
    if m is None:
        return None
    if m.place is not None:
        return f"{m.place.name}|{m.place.iso}"
    return m.text.lower()


def within(outer: PlaceMention | None, inner: PlaceMention | None) -> bool:
    """``inner`` is a more precise place inside ``outer``, a province or district ("killed 12 soldiers
    in Niger's Tillaberi region ... The soldiers were attacked near Ayorou": Ayorou lies in Tillaberi)."""
    if outer is None or inner is None or outer.place is None or inner.place is None:
        return False
    o, i = outer.place, inner.place
    if not o.iso or o.iso != i.iso or o.name == i.name or specificity(inner) >= place_level(outer):
        return False
    level = place_level(outer)
    if level == 2:
        return bool(o.admin1) and o.admin1 == i.admin1
    return level == 1 and bool(o.admin2) and o.admin2 == i.admin2 and o.admin1 == i.admin1


def generic_rebels(a: Any, b: Any) -> bool:
    """One side is rebels the text does not name and the other a named rebel group ("separatist rebels" and
    the West Papua National Liberation Army)."""
    return a is not None and b is not None and any(
        x.name.startswith(GENERIC_REBELS) and y.inter == 2 for x, y in ((a, b), (b, a)))


def same_actor(a: Any, b: Any) -> bool:
    """Whether two actor-1 readings of one article can be one actor: the same name, one unknown,
    "gunmen" / "the attackers" (an unidentified armed group) against a named armed group, or rebels the
    text does not name against a named rebel group."""
    if a is None or b is None or a.name == b.name or sq.state_alias(a, b):
        return True
    if any(x.name.startswith(UNIDENTIFIED) and (y.inter or 0) in (2, 3, 4) for x, y in ((a, b), (b, a))):
        return True
    return generic_rebels(a, b)
