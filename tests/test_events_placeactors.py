"""Unnamed sides carry the country of the event's finished place (events/placeactors.py)."""

from __future__ import annotations

from eventwire.events.placeactors import NOTE_ALIGNED, align_generic_actors
from eventwire.records import Actor, EventReport, Evidence, Place, PlaceMention


def _report(actor1: Actor | None, actor2: Actor | None, place: Place | None, **kw) -> EventReport:
    where = PlaceMention(0, 6, place.name, place) if place is not None else None
    return EventReport(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                       disorder_type="Political violence", evidence=Evidence("Planes struck the town.", 0, 23),
                       actor1=actor1, actor2=actor2, location=where, **kw)


GHOUTA = Place("Eastern Ghouta", 33.55, 36.42, iso="SYR", country="Syria", feature_code="RGN")


def test_generic_sides_take_the_country_of_the_events_place():
    r = _report(Actor("Unidentified Armed Group (Switzerland)", inter=3, country="CHE"),
                Actor("Civilians (Switzerland)", inter=7, country="CHE", text="residents"), GHOUTA,
                assoc_actor_2=[Actor("Protesters (Switzerland)", inter=6, country="CHE")])
    align_generic_actors([r])
    assert r.actor1.name == "Unidentified Armed Group (Syria)" and r.actor1.country == "SYR"
    assert r.actor2.name == "Civilians (Syria)" and r.actor2.text == "residents"  # the words kept
    assert [a.name for a in r.assoc_actor_2] == ["Protesters (Syria)"]
    assert NOTE_ALIGNED in r.notes


def test_named_actors_and_sides_of_the_place_country_stay():
    named = Actor("Military Forces of Turkey", inter=1, country="TUR")
    civ = Actor("Civilians (Syria)", inter=7, country="SYR")
    r = _report(named, civ, GHOUTA)
    align_generic_actors([r])
    assert r.actor1 is named and r.actor2 is civ and r.notes == []
    # no place (or a place without a country): nothing to align to
    r = _report(Actor("Civilians (Switzerland)", inter=7, country="CHE"), None, None)
    align_generic_actors([r])
    assert r.actor1.name == "Civilians (Switzerland)"
