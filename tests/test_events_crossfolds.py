"""Cross-family folds (events/crossfolds.py): a strategic development that tells a part of a violent act of the
article (a side's withdrawal from the town that fell, buildings destroyed in an attack that harmed no one), at
one town on one day, is one event with it. Near misses keep two events: an agreement beside an attack, a
withdrawal beside a strike by a third side, a bomb defused beside one that went off, two towns, two days, a
further act."""

from __future__ import annotations

import pytest

from events_helpers import reports_of, show_reports
from eventwire.records import EventReport

FILLER = "Aid groups appealed for help. Schools were closed across the province."
WITHDRAWAL = "The Kurdish militia withdrew from Kassala before dawn on Sunday."


def _acts(pipeline, text: str) -> list[EventReport]:
    return [r for r in reports_of(pipeline, text) if not r.background]


def test_a_withdrawal_told_beside_the_fall_of_the_town_is_the_capture(pipeline):
    acts = _acts(pipeline, f"{WITHDRAWAL} {FILLER} Kassala fell to the rebels on Sunday after a short battle "
                           "with the militia.")
    assert [r.sub_event_type for r in acts] == ["Non-state actor overtakes territory"], show_reports(acts)
    assert any("as Change to group/activity" in n for n in acts[0].notes)


def test_a_withdrawal_better_anchored_than_the_capture_tells_it_from_the_side_that_withdrew(pipeline):
    acts = _acts(pipeline, f"{WITHDRAWAL} The rebels seized the town within hours.")
    assert [(r.sub_event_type, r.evidence.start) for r in acts] == [("Non-state actor overtakes territory", 0)], (
        show_reports(acts))
    assert acts[0].actor2 is not None and acts[0].actor1 is not None and acts[0].actor2.name != acts[0].actor1.name


def test_a_demolition_told_again_as_an_attack_that_harmed_no_one_is_the_demolition(pipeline):
    acts = _acts(pipeline, f"Soldiers demolished a mosque in Kassala on Friday, residents said. {FILLER} "
                           "A witness filmed the army's attack on the mosque in Kassala on Friday.")
    assert [r.sub_event_type for r in acts] == ["Looting/property destruction"], show_reports(acts)


@pytest.mark.parametrize("text", [
    # an agreement is no part of an attack
    f"Rebel leaders and the government signed a truce in Kassala on Monday. {FILLER} Gunmen attacked villagers "
    "in Kassala on Monday, killing three.",
    # the jets are no side of the withdrawal
    f"The Kurdish militia pulled out of Kassala on Sunday. {FILLER} Government jets bombed Kassala on Sunday, "
    "killing five civilians.",
    f"{WITHDRAWAL} Government jets bombed the town within hours.",  # a strike names no loser: no capture
    # a bomb defused and one that went off: two bombs
    f"A bomb was defused near the market in Kassala on Monday, police said. {FILLER} A bomb exploded at a bus "
    "station in Kassala on Monday, killing two people.",
    # two towns, two days, a further act
    f"{WITHDRAWAL} {FILLER} Kosti fell to the rebels on Sunday after a short battle with the militia.",
    f"{WITHDRAWAL} {FILLER} Kassala fell to the rebels on Saturday after a short battle with the militia.",
    f"{WITHDRAWAL} {FILLER} The rebels also attacked the militia in Kassala on Sunday, killing four fighters.",
])
def test_a_strategic_development_beside_another_act_stays_two(pipeline, text):
    acts = _acts(pipeline, text)
    assert len(acts) == 2, show_reports(acts)
