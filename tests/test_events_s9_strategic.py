"""Strategic developments of the ninth session told in words no cue phrase lists (sentences written anew for
these tests; none taken from an evaluation set or a synthetic file): groups merging, allegiance declared,
fighters inducted, a group come into being or renamed, a group set up "into" a body; a president removed by
soldiers, graves dug up, inmates out of a penitentiary, networks blacked out, a no-fly zone; accords told in
other words, captives handed back by each side; a place made a base; mines lifted, a stash of weapons found;
and the near misses (a club's truce, a company's merger, people leaving homes before a storm)."""

from __future__ import annotations

import pytest

from events_helpers import nlp_index, type_of
from eventwire.events.unlisted import unlisted_developments

CH = "Change to group/activity"
OT = "Other"
AG = "Agreement"
HQ = "Headquarters or base established"
DW = "Disrupted weapons use"

SENTENCES = [
    ("Three rebel factions in the eastern hills fused into one movement on Sunday, their commanders said.", CH),
    ("The militia declared its allegiance to the Islamic State in a video posted on Friday.", CH),
    ("The insurgents inducted 800 new fighters into their ranks at a ceremony near the border.", CH),
    ("Villagers mustered a local guard of 200 men to protect their farms from the bandits.", CH),
    ("A new armed group came into being in the northern hills on Tuesday, its founders said.", CH),
    ("The militia announced the creation of its own police force in the towns it holds.", CH),
    ("Soldiers said on state television that they had removed the president from office.", OT),
    ("Investigators dug up the bodies of 19 people from a pit near the army camp.", OT),
    ("Hundreds of inmates slipped out of the central penitentiary overnight, officials said.", OT),
    ("Authorities blacked out internet services across the province as fighting with the rebels spread.", OT),
    ("The rebels and the army put their signatures to a ten-day truce in the capital.", AG),
    ("The army and the rebels handed back 40 prisoners each under the supervision of the Red Cross.", AG),
    ("The rebel fighters made the old hospital their headquarters, residents said.", HQ),
    ("Army engineers lifted 60 landmines from the road leading to the village.", DW),
    ("Soldiers came across a stash of rifles and explosives in an abandoned house.", DW),
]

NEAR_MISSES = [
    ("The two banks fused into one company on Monday, regulators said.", (None,)),
    ("Thousands of families left their homes ahead of the cyclone.", (None,)),
    ("The two football clubs put their signatures to a new sponsorship arrangement.", (None,)),
    ("The governor declared his loyalty to the president at the rally.", (None, "Peaceful protest")),
    ("The company made the old warehouse its headquarters.", (None,)),
    ("Farmers lifted 60 tonnes of potatoes from the fields.", (None,)),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_unlisted_development_typed(text: str, expected: str) -> None:
    assert type_of(text) == expected


@pytest.mark.parametrize(("text", "allowed"), NEAR_MISSES)
def test_near_misses(text: str, allowed: tuple[str | None, ...]) -> None:
    assert type_of(text) in allowed


def test_reader_is_gated_and_names_its_act() -> None:
    nlp, _idx = nlp_index()
    quiet = next(iter(nlp("Soldiers patrolled the market on Monday.").sents))
    assert unlisted_developments(quiet, []) == []
    sent = next(iter(nlp("Three rebel factions fused into one movement on Sunday.").sents))
    assert [(h.category, h.phrase) for h in unlisted_developments(sent, [])] == [("CHANGE", "groups merged")]
