"""Typing of the ninth session (sentences written anew for these tests; none taken from an evaluation set
or a synthetic file): forces killing demonstrators whose only "riot" is a road they block (excessive
force, not a violent demonstration); demonstrators throwing stones at anyone (a violent demonstration,
also when the parser hangs the throwing off a noun); torture of protesters with serious injuries
(excessive force); forces driving armed men out of a place named in a "from" phrase the parser hangs on
the men (government regains territory); a mine or an explosive device that went off or killed, typed an
attack or told beside shelling that had ended (a remote explosive); and near misses that keep their type."""

from __future__ import annotations

import pytest

from events_helpers import nlp_index, type_of
from eventwire.events.typing_extra import force_on_blockade, stones_thrown_by_crowd

FORCE = "Excessive force against protesters"
VD = "Violent demonstration"
PP = "Peaceful protest"
GOV = "Government regains territory"
REM = "Remote explosive/landmine/IED"

SENTENCES = [
    ("Soldiers shot dead two unarmed protesters who were blocking the main road out of Gulu.", FORCE),
    ("Police fired live rounds at demonstrators blocking a bridge in Bahir Dar, killing three of them.", FORCE),
    ("Gendarmes shot and killed a protester who was blocking the highway near Thies with fellow villagers.", FORCE),
    ("Dozens of fishermen protesting a fishing ban hurled rocks at port officials in Lamu.", VD),
    ("Vendors protesting their eviction threw stones at municipal askaris outside the Mombasa market.", VD),
    ("Police tortured arrested marchers after the rally in Gomel, leaving two of them with fractures.", FORCE),
    ("The army flushed out the militiamen from Masisi and reopened the road, an officer said.", GOV),
    ("A farmer was killed by an unexploded mine while ploughing his field near Kharkiv.", REM),
    ("Artillery fire had stopped by noon, but a roadside device exploded beside a truck near Idlib, killing two.", REM),
]

NEAR_MISSES = [
    # a gold mine is no landmine: the killing stays an attack
    ("Gunmen killed four workers at a gold mine near Kidal.", ("Attack", "Armed clash")),
    # shelling that went on beside a device: the shelling leads
    ("Rebels shelled the town while a roadside bomb exploded near the market, killing five.",
     ("Shelling/artillery/missile attack", REM)),
    # the crowd blocked a road and fired at nobody; nobody shot: no force
    ("Hundreds of farmers blocked the highway near Ludhiana for six hours to protest crop prices.", (PP, VD)),
    # the forces dispersed the crowd that blocked a road, no one killed: no excessive force
    ("Police fired tear gas at residents who were blocking a road in Kisii to protest a shooting.",
     ("Protest with intervention", VD)),
    # the stones were thrown at the protesters, not by them
    ("Protesters marching in Tbilisi were pelted with stones by counter-demonstrators.",
     ("Protest with intervention", PP, "Mob violence", VD)),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_typing_s9(text: str, expected: str) -> None:
    assert type_of(text) == expected


@pytest.mark.parametrize(("text", "allowed"), NEAR_MISSES)
def test_near_misses(text: str, allowed: tuple[str | None, ...]) -> None:
    assert type_of(text) in allowed


def test_readers_read_the_clause() -> None:
    nlp, idx = nlp_index()
    doc = nlp("Police shot dead two men who were blocking a road in Kasese.")
    sent = next(iter(doc.sents))
    assert not force_on_blockade(sent, idx.match(sent), None)  # the men are not said to protest
    doc = nlp("Police threw stones back at the protesters in Kasese.")
    sent = next(iter(doc.sents))
    assert not stones_thrown_by_crowd(sent, idx.match(sent), None)  # the forces threw them
