"""Whether two reports' places can be one event's place.

Merging reads a country named alone and a town as the same place at two precisions ("killed 12
soldiers in Niger ... The soldiers were attacked near Ayorou") and gives the merged report the town.
That holds only when the town lies in that country: "a chemical gas attack in Syria" keeps Syria when
a sentence on the nerve agent attack in Salisbury is merged into it, and "The overnight airstrikes"
placed in Syria do not move to Tehran because a later sentence on Iran's posture names airstrikes too
(:func:`keeps_its_country`; unless every side of the report is of the town's country). The two reports
still merge as before: only the town is not taken.

A report whose place was only inherited from its paragraph ("location from the paragraph") takes the
own place of the report it is folded into -- unless the inherited place is a town or district of
another province than that place: "... until Raqqa is retaken" and, later, "soldiers were chasing the
last militants out of the town" (Mayadeen, told in the sentence before) are two places
(:func:`inherited_elsewhere`).
"""

from __future__ import annotations

from collections.abc import Callable

from ..records import EventReport, PlaceMention


def other_country(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Whether ``a`` and ``b`` are resolved places of two different countries ("Syria" and "Salisbury");
    False when either is missing or has no country code."""
    ia = a.place.iso if a is not None and a.place is not None else None
    ib = b.place.iso if b is not None and b.place is not None else None
    return bool(ia) and bool(ib) and ia != ib


def keeps_its_country(keep: EventReport, town: PlaceMention | None, *,
                      country_only: Callable[[PlaceMention | None], bool]) -> bool:
    """Whether ``keep`` (a report placed in a country alone) keeps its country when a report merged into
    it names ``town``, a finer place of another country ("Syria" and "Salisbury"): unless every side of
    ``keep`` with a country is of the town's country ("Syrian jets bombed civilians", placed in Russia
    by "airstrikes launched by Russia", takes Aleppo). One side of the town's country among others is no
    reason: British jets that killed Syrian civilians, placed in Syria, do not move to Lincolnshire, named
    for the pilots' base. A country read from the doer's own name ("Ukraine launched drones ...") is no
place to keep. ``country_only`` is
    :func:`eventwire.events.linking.is_country_only`."""
    if not country_only(keep.location) or country_only(town) or not other_country(keep.location, town):
        return False
    doer = keep.actor1.text if keep.actor1 is not None and keep.actor1.text else ""
    if keep.location is not None and keep.location.text and keep.location.text.lower() in doer.lower():
        return False  # "Ukraine launched drones at Russian regions": the country is the doer's name, no place
    iso = town.place.iso if town is not None and town.place is not None else None
    sides = [a.country for a in (keep.actor1, keep.actor2, *keep.assoc_actor_1, *keep.assoc_actor_2)
             if a is not None and a.country]
    return not sides or any(c != iso for c in sides)


def inherited_elsewhere(inherited: PlaceMention | None, own: PlaceMention | None, *,
                        level_of: Callable[[PlaceMention], int]) -> bool:
    """Whether ``inherited`` (a report's place taken from its paragraph) and ``own`` (another report's
    own place) are towns or districts of different provinces or countries ("Mayadeen" in Deir ez-Zor,
    "Raqqa" in Raqqa): then the two reports tell of two places. ``level_of`` is
    :func:`eventwire.events.linking.place_level` (0 town, 1 district, 2 province, 4 country)."""
    if inherited is None or own is None or inherited.place is None or own.place is None:
        return False
    if other_country(inherited, own):
        return True
    if level_of(inherited) > 1 or level_of(own) > 1:
        return False  # a province or a country may hold the other place
    a, b = inherited.place.admin1, own.place.admin1
    return bool(a) and bool(b) and a != b
