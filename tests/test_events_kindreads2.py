"""Words read in another sense, second pass (events/kindreads2.py): invented sentences, and near misses worded
alike that must keep their type."""

from __future__ import annotations

import pytest

import eventwire.events.kindreads as kindreads
from events_helpers import reading_decides, type_of

MISREADS = [
    # withdrawals only planned
    "He resigned over the president's decision to withdraw 3,000 troops from the country.",
    "The president has ordered the withdrawal of half the soldiers stationed in the region.",
    "The ministry was told to plan for the withdrawal of its soldiers within 90 days.",
    "Allies were angered by the withdrawal announcement on Friday.",
    # campaign rallies, leaders rallying people
    "Biden holds rallies in Dayton, Ohio, and Erie, Pennsylvania.",
    "The governor will address a campaign rally in Tampa on Saturday.",
    "The sect regularly rallied followers to join its commune.",
    # a vigil kept as a watch
    "Authorities maintained a tight vigil in the district after the verdict.",
    # damages by their size, deals wrecked
    "The damages are enormous, the mayor said.",
    "Only the trade accord marked a real change until the senator wrecked it.",
    "The minister ruined the talks with a single remark.",
    # a fight in court, an act a court tries
    "The families spent years fighting in civil courts for compensation.",
    "A former marine was in court on Tuesday facing prosecution for fighting against the cartel in Mexico.",
    "He was found guilty at the county court of assaulting a nurse.",
    # a firm engaged, a person battling to do a thing
    "The ministry has engaged a Paris-based lobbying firm in a bid to improve its image.",
    "A pensioner is battling to claim a lottery prize won on a ticket.",
    # a project executed, a film shot, a text that attacks, enough to kill
    "He sold his farm to execute a project in the town.",
    "The complaint says the new law attacks the newspaper for printing the letters.",
    "The director is in Sicily shooting his second feature film.",
    "The minister said customs are seizing enough pills to kill the whole city.",
    "Witness the island, a failed state turned shooting range for foreign troops.",
    # an aircraft boarded, an Air Force describing a person
    "The couple boarded a jet to leave the capital on Sunday.",
    "\"This is not true,\" said Senator Tom Baker, an Ohio Democrat and Air Force veteran.",
    # a killing told as a criminal case
    "The court issued a stay in the case of a man due to die by lethal injection for the 1998 murder of a cashier.",
]

NEAR_MISSES = [
    ("Troops withdrew from the town on Monday.", "Change to group/activity"),
    ("Thousands rallied in the capital against the new law.", "Peaceful protest"),
    ("Opposition supporters held a rally in the capital on Sunday.", "Peaceful protest"),
    ("Families kept a candlelight vigil outside the prison.", "Peaceful protest"),
    ("Rioters damaged shops and cars in the city centre.", "Violent demonstration"),
    ("Rebels fought troops near the court building on Monday.", "Armed clash"),
    ("A man was shot dead in the city on Tuesday, police said.", "Attack"),
    ("Islamic State fighters killed 12 villagers, the court heard.", "Attack"),
    ("In any case, gunmen killed two farmers near the village on Sunday.", "Attack"),
    ("She had been killed two years ago, while her friend decided to stay in the town.", "Attack"),
    ("The army has begun withdrawing troops from the province.", "Change to group/activity"),
    ("The army engaged the rebels near the border on Monday.", "Armed clash"),
    ("Rebels are fighting to retake the town.", "Armed clash"),
    ("Soldiers shot two men at a checkpoint.", "Attack"),
    ("The militants executed three hostages on Friday.", "Attack"),
    ("Air Force jets struck rebel positions near the town on Monday.", "Air/drone strike"),
    ("A fighter jet bombed the market on Friday.", "Air/drone strike"),
    ("Soldiers stormed the village and wrecked it.", "Looting/property destruction"),
]


#: Sentences that the rules type when these readings are off: each checks that ``misread`` itself decides
#: (some of MISREADS are also caught by earlier layers, so they would pass without it).
DECIDED_HERE = [
    "The army's withdrawal announcement from the town angered allies on Friday.",
    "The general announced the withdrawal of troops from the town on Friday.",
    "The sect rallied its followers on Sunday to join its commune.",
    "Rebels wrecked the peace deal on Monday.",
    "Families of the soldiers fought in civil courts for compensation on Monday.",
    "Rebels fought in the courts for years over the land.",
]


@pytest.mark.parametrize("text", DECIDED_HERE)
def test_the_reading_decides(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    reading_decides(text, monkeypatch, (kindreads, "misread"))


@pytest.mark.parametrize("text", MISREADS)
def test_other_sense_is_no_act(text: str) -> None:
    assert type_of(text) is None


@pytest.mark.parametrize(("text", "sub"), NEAR_MISSES)
def test_near_misses_keep_their_type(text: str, sub: str) -> None:
    assert type_of(text) == sub
