"""Sub-event typing, twenty-first session (the probe21 generalisation probe's train errors): short reports
written for these tests, each typed wrongly before.

The mechanisms: a gang that sets fire to homes in a neighbourhood or fires on civilians attacks a
community (political violence, as ACLED codes Haiti's gangs), and a gang that sets up a base or command
post establishes one, not a crime story (``harmacts``); people taken by armed men are abducted, a force
that re-establishes control of a place regains it, a command post installed is a base, demining teams
removing mines disrupt weapons use (``lexicon``); relatives or families of soldiers who demonstrate for
a demand are a crowd, whoever they are kin of (``crowd``). Neighbours keep their own types."""

from __future__ import annotations

import pytest

from events_helpers import first_sent, nlp_index, type_of
from events_helpers import word_in as _tok
from eventwire.events.harmacts import gang_attack_cue, political_gang_attack

FIXED = [
    ("Armed gang members set fire to scores of houses in the Delmas district overnight.", "Looting/property destruction"),
    ("Gang members fired on civilians waiting for a bus in Tabarre.", "Attack"),
    ("Gang members set up a base in a disused clinic in the lower town, residents said.",
     "Headquarters or base established"),
    ("Four traders were taken by gunmen as they drove to the weekly fair near Zinder.", "Abduction/forced disappearance"),
    ("Troops re-established control of the hill district after a two-week operation.", "Government regains territory"),
    ("Gang members installed a command post in the old customs office.", "Headquarters or base established"),
    ("Demining teams removed several landmines buried beside the school.", "Disrupted weapons use"),
    ("Families of missing soldiers demonstrated in the capital, demanding news of their sons.", "Peaceful protest"),
]

NEIGHBOURS = [
    ("A gang of armed robbers set fire to a jewellery shop after emptying its safe.", None),
    ("Two rival gangs fought over a drug corner in the slum, leaving three dead.", None),
    ("The study demonstrated in detail how the disease spreads.", None),
    ("The minister said the mines would be removed next year.", None),
    ("Gang members were sentenced to ten years for a string of robberies.", None),
]


def _sent(text: str):
    return first_sent(nlp_index()[0], text)


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_probe21_types(text: str, expected: str | None) -> None:
    assert type_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEIGHBOURS)
def test_neighbours_keep_their_types(text: str, expected: str | None) -> None:
    assert type_of(text) == expected


def test_gang_burning_homes_in_a_district_is_political() -> None:
    sent = _sent("Gang members set fire to homes in the district.")
    assert political_gang_attack(_tok(sent, "set"), _tok(sent, "members"))
    sent = _sent("Gang members set fire to a car.")
    assert not political_gang_attack(_tok(sent, "set"), _tok(sent, "members"))


def test_gang_base_is_no_crime_cue() -> None:
    sent = _sent("Gang members established a base in the old school.")
    assert gang_attack_cue(_tok(sent, "members"))
    sent = _sent("Gang members established a bakery in the old school.")
    assert not gang_attack_cue(_tok(sent, "members"))
