"""Words read in another sense, third pass (events/kindreads3.py, and the misparsed deal of kindreads2): invented
sentences that the rules type when the readings are off, and near misses worded alike that must keep their
type."""

from __future__ import annotations

import pytest

import eventwire.events.kindreads as kindreads
from events_helpers import reading_decides, type_of

#: Sentences that the rules type when these readings are off: each checks that the reading itself decides.
DECIDED_HERE = [
    # military equipment present, moving or deployed, with no strike
    "Two drones circled above the town, searching for targets.",
    "Two military helicopters landed at the base near the town on Monday.",
    "Russian military aircraft may soon use bases in the country.",
    "Officials said rebel fighters were wary of the drones near the town.",
    "Fighter jets and helicopter gunships degrade quickly under combat conditions, the general said.",
    # an encounter that is a meeting
    "The patrol encountered villagers in the town on Monday.",
    "Soldiers recalled their encounters with villagers in the town.",
    # a firm hired
    "The firm was engaged by the Department of Petroleum to sell the vessel.",
    "The firm has experience in the disposal of oil when engaged by the Department of Petroleum, the National "
    "Security Adviser said.",
    "The party leader and the embassy have, in the past few days, been engaged in a bitter exchange of words.",
    # a thing taken away
    "Taking away territory from the rebels was central to the war.",
    # an act told as a work's plot, an institution named after an act
    "The film tells of the abduction of a journalist in the town and her time in captivity.",
    "The play involves a politician rescued from kidnapping in the town.",
    "The governor has banned a play. Beru, a Kurdish adaptation of a satire, involves a politician rescued from "
    "kidnapping.",
    "The director is back behind the camera for his third feature film, entitled Sentieri. Sentieri tells of the "
    "abduction of a journalist in the town and her time in captivity.",
    "Members of Fight for the Future said police in the town could abuse the tool.",
    # an arm of a body destroyed
    "Its external operations arms in the two cities have been destroyed, officials said.",
    "The group said its media arm in the town had been destroyed.",
    # a vigil at a church
    "People light candles during a vigil at a church in the town.",
    "A vigil was held at a church in the town on Monday.",
    "People light candles during a vigil at St Michael and All Angels church in the town.",
]

#: The misparsed deal: "deal" read as a verb, the pact its clause (kindreads2.no_property).
DEAL_DECIDED = [
    "The militia wrecked the ceasefire deal in the town on Monday.",
]

NEAR_MISSES = [
    ("Jets struck the town on Monday.", "Air/drone strike"),
    ("Warplanes pounded rebel positions near the town on Sunday.", "Air/drone strike"),
    ("A drone attack hit the base on Monday.", "Air/drone strike"),
    ("Air force jets neutralised dozens of fighters in the forest near the town.", "Air/drone strike"),
    ("Two drones circled the town before bombing the market on Monday.", "Air/drone strike"),
    ("The rebels used explosives-laden drones against the base in the town on Sunday.", "Air/drone strike"),
    ("The villages near the town were battered by jets on Monday.", "Air/drone strike"),
    ("Troops deployed to the border town clashed with rebels on Monday.", "Armed clash"),
    ("Troops encountered militants near the town on Monday.", "Armed clash"),
    ("Two rebels were killed in an encounter with police in the town.", "Armed clash"),
    ("The army engaged the rebels near the border on Monday.", "Armed clash"),
    ("Troops were engaged by the rebels near the town on Monday.", "Armed clash"),
    ("The convoy was engaged by gunmen near the town on Monday.", "Armed clash"),
    ("Gunmen took away two girls from the village on Monday.", "Abduction/forced disappearance"),
    ("Rebels abducted the director of the office in the town on Monday.", "Abduction/forced disappearance"),
    ("Gunmen kidnapped a film director in the town on Monday.", "Abduction/forced disappearance"),
    ("The film crew said gunmen abducted two journalists in the town on Monday.", "Abduction/forced disappearance"),
    ("Militants entered the town and seized it on Monday.", "Non-state actor overtakes territory"),
    ("Families kept a candlelight vigil outside the church demanding justice.", "Peaceful protest"),
    ("Soldiers wrecked the market in the town on Monday.", "Looting/property destruction"),
    ("Rebels fought troops in the Battle of Mosul on Monday.", "Armed clash"),
    ("Troops destroyed arms and ammunition found in the town on Monday.", "Disrupted weapons use"),
    ("Police seized arms in the town on Monday.", "Disrupted weapons use"),
]


@pytest.mark.parametrize("text", DECIDED_HERE)
def test_the_reading_decides(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    reading_decides(text, monkeypatch, (kindreads, "misread3"))


@pytest.mark.parametrize("text", DEAL_DECIDED)
def test_a_misparsed_deal_is_no_property(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert reading_decides(text, monkeypatch, (kindreads, "misread")) == "Looting/property destruction"


@pytest.mark.parametrize(("text", "sub"), NEAR_MISSES)
def test_near_misses_keep_their_type(text: str, sub: str) -> None:
    assert type_of(text) == sub
