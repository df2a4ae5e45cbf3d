"""Acts whose argument is of the wrong kind (events/kindreads.py): invented sentences, and near misses
worded alike that must keep their type."""

from __future__ import annotations

import pytest

import eventwire.events.captures as captures
import eventwire.events.typing_extra as typing_extra
from events_helpers import reading_decides, type_of

MISREADS = [
    # a person handed over, freed, "in the hands of"
    "Local papers reported that she had been handed over to Nepal.",
    "Kovacs was handed over to Ambassador Brennan in Yangon on Friday.",
    "The ministry asked the militia to hand over the couple.",
    "The old man folded his hands over his knees.",
    "Many of the fighters who were transferred to the province live in camps.",
    "As we drove from the airport to the old town, the driver told us about his family.",
    "The novelist has since been freed on bail.",
    "American journalist Tom Kessler, who was sentenced to nine years in May, was freed on Monday.",
    "In the villages, young women are liberating themselves, the organiser says.",
    "It now hopes to regroup and regain the initiative.",
    "The editing is in the hands of a young Danish team.",
    "\"It is in the hands of the state attorney's office,\" the spokeswoman said.",
    # no property destroyed
    "Several governments remained committed to toppling the president.",
    "The veto prevented the minister from destroying a project the city had backed for years.",
    "The worst harm is the damage the long war has done to the local communities.",
    "Two girls who burned to death in a house fire were buried on Tuesday.",
    "He had burned off part of his eyebrows while lighting the stove.",
    "A 22-year-old man was booked on Tuesday on a charge of second-degree arson.",
    "The jury awarded the worker $300,000 in damages for wrongful dismissal.",
    "Networks of smugglers are notoriously hard to destroy.",
    "The envoy flew to the capital to limit the damage.",
    "She wore a stars-and-stripes scarf to the ceremony.",
    "The old flag has red and white stripes.",
    "The focus of the diplomats is now damage limitation.",
    # no demonstration
    "Half a million people are living under a blockade imposed by the army.",
    "A documentary on the policing of protests won a prize on Sunday.",
    "Leaders postponed a decision on military strikes on Tuesday.",
    "Forty retired teachers gathered in a school gymnasium for the reunion.",
    "Her three brothers have gathered to support their mother.",
    # no clash
    "The ministry continued to engage religious leaders over the dispute.",
    "The two embassies have been engaged in a bitter exchange of words.",
    "Vietnam is battling a fourth wave of COVID-19.",
    "\"My brother was never a fighting type,\" she said.",
    "The bill is now at the centre of the battle over voting rights.",
    "Old travellers called the strangers they encountered \"savages\".",
    "She talked about her encounters with unfriendly clerks.",
    "Countering Chinese influence has become the core of the new policy.",
    # no change of a group's activity
    "Analysts said the country was retreating from its global role.",
    "Most local Isis recruits are thought to have gone home.",
    "The statement reinforces the expectation of the council members.",
]

NEAR_MISSES = [
    ("The rebels handed over the town to the army on Monday.", "Non-violent transfer of territory"),
    ("Troops freed the village from the militants on Sunday.", "Government regains territory"),
    ("Ugandan troops transferred the Kilometre 60 base to the Somali army on Friday.", "Non-violent transfer of territory"),
    ("The army regained control of the town on Monday.", "Government regains territory"),
    ("The army drove the rebels from the village on Sunday.", "Government regains territory"),
    ("The militia handed the base over to the army on Friday.", "Non-violent transfer of territory"),
    ("Militants destroyed the bridge on Tuesday.", "Looting/property destruction"),
    ("Soldiers stripped the houses of their furniture on Monday.", "Looting/property destruction"),
    ("Gunmen burned down 20 houses in the village on Sunday.", "Looting/property destruction"),
    ("Farmers blockaded the highway on Monday to protest fuel prices.", "Peaceful protest"),
    ("Troops engaged the militants near the border on Friday.", "Armed clash"),
    ("Two militants were killed in an encounter with security forces on Monday.", "Armed clash"),
    ("The army withdrew from the border area on Monday.", "Change to group/activity"),
    ("Protesters marched on the parliament on Monday.", "Peaceful protest"),
    ("Thousands gathered in the main square on Friday to demand the release of the activists.", "Peaceful protest"),
    ("Hundreds of people gathered outside the parliament on Monday.", "Peaceful protest"),
]


#: Sentences that the rules type when these readings are off: each checks that ``wrong_kind`` itself decides
#: (some of MISREADS are also caught by earlier layers, so they would pass without it).
DECIDED_HERE = [
    "Women in the villages are liberating themselves from the militia.",
    "Troops regained the initiative near the town on Monday.",
    "The army said the rebel networks in the town are hard to destroy.",
    "Troops moved into the town on Monday to limit the damage.",
    "Rebels are combating the army's influence in the northern town.",
    "Rebels retreated from their role in the peace talks on Monday.",
    "Troops reinforced the expectation of a quick victory on Monday.",
    "On Monday she described her encounter with the clerks.",
]


@pytest.mark.parametrize("text", DECIDED_HERE)
def test_the_reading_decides(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    reading_decides(text, monkeypatch, (typing_extra, "wrong_kind"), (captures, "wrong_kind"))


@pytest.mark.parametrize("text", MISREADS)
def test_other_kind_is_no_act(text: str) -> None:
    assert type_of(text) is None


@pytest.mark.parametrize(("text", "sub"), NEAR_MISSES)
def test_near_misses_keep_their_type(text: str, sub: str) -> None:
    assert type_of(text) == sub
