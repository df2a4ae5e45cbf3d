"""Sub-event typing, seventeenth session (crowds, protest levels, territory, group changes): short reports
written for these tests in the style of wire snippets and ACLED notes, each typed wrongly before.

The mechanisms: forces holding back a crowd told as demonstrating ("pushed back students who tried to march
to parliament") intervene in a demonstration, not fight an armed clash; the one a force's act is done to may
be told by a participle the parser hangs under the verb ("beat people taking part in a silent protest"):
then lethal force on them is excessive force; a crowd hurling things at the police is a riot even when talks
are told as its cause; a crowd breaking through police lines or forcing its way into a building riots, and
no place changes hands (``crowdthrow``, ``captures``); a beating "until they lost consciousness" is serious
harm (``crowdforce``); a ceasefire that "remained far off" was not agreed (``strategic``); a call-up of men
and troops sent by the battalion or the division, with a clash told only as the reason, are changes to
the group's activity (``strategic``, ``movements``); officers detaining the president "in a coup" make a
coup; a crowd punishing a suspected burglar is a mob, not a crime story (``crowdstance``); state forces the
actor stage reads as a foreign state's (inter 8 once placed) taking a place from no non-state side overtake
it (``foreignland``). Neighbours keep their own types."""

from __future__ import annotations

import pytest

from events_helpers import nlp_index, reports_of, type_of
from eventwire.events.crowdstance import tries_act
from eventwire.events.foreignland import abroad_taking
from eventwire.records import Actor

VD = "Violent demonstration"
EF = "Excessive force against protesters"
PI = "Protest with intervention"
PP = "Peaceful protest"
MOB = "Mob violence"
CH = "Change to group/activity"
NS = "Non-state actor overtakes territory"
GR = "Government regains territory"

FIXED = [
    ("Police pushed back students who tried to march to the finance ministry.", PI),
    ("Soldiers beat people taking part in a silent vigil in the square, killing one.", EF),
    ("Gendarmes shot people taking part in a silent protest against the mine, killing two.", EF),
    ("Students threw firecrackers at riot police lines after the government suspended the accession talks.", VD),
    ("Farmers protesting the tariff broke through police lines outside the agriculture ministry on Tuesday.", VD),
    ("Protesters breached the police cordon around the presidential palace, witnesses said.", VD),
    ("Riot police beat detained marchers with truncheons until two of them lost consciousness, lawyers said.", EF),
    ("The conscription board began mobilising men aged 30 to 45 in the eastern provinces.", CH),
    ("The army sent an extra battalion to the border district after clashes with smugglers.", CH),
    ("The general staff transferred two divisions from the northern front to the east.", CH),
    ("Officers in the capital detained the president and suspended the constitution in a coup.", "Other"),
    ("Neighbours stormed the house of a suspected thief and set it on fire.", MOB),
]

NONE_TEXTS = [
    "A truce between the herders and the farmers remained far off, the elders said.",
    "A ceasefire in the north still seemed distant on Friday, according to the mediators.",
]

NEIGHBOURS = [
    ("Police pushed back the rebels from the ridge after a two-hour battle.", GR),
    ("Riot police beat protesters with batons outside the court, injuring three slightly.", PI),
    ("Police shot dead two people taking part in a march in the capital.", EF),
    ("A truce between the herders and the farmers remained in force on Sunday, the elders said.", "Agreement"),
    ("The ceasefire between the army and the militia was signed on Monday.", "Agreement"),
    ("Farmers moved heavy equipment to the fields before the rains.", None),
    ("The prison service transferred forty inmates to the central jail.", None),
    ("Hundreds of students marched peacefully through the city centre.", PP),
    ("Police arrested a suspected burglar in the market on Monday.", None),
    ("Police arrested three men accused of plotting a coup against the president.", "Arrests"),
    ("Villagers beat a suspected cattle thief to death.", MOB),
]


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_probe_types(text: str, expected: str) -> None:
    assert type_of(text) == expected


@pytest.mark.parametrize("text", NONE_TEXTS)
def test_an_agreement_not_reached_is_no_event(text: str) -> None:
    assert type_of(text) is None


@pytest.mark.parametrize(("text", "expected"), NEIGHBOURS)
def test_neighbours_keep_their_types(text: str, expected: str | None) -> None:
    assert type_of(text) == expected


def test_a_crowd_forcing_its_way_into_a_building_takes_no_place(pipeline) -> None:
    reports = reports_of(pipeline, "Opposition activists forced their way into the election commission building "
                                   "in Yerevan on Tuesday, police said.")
    assert NS not in [r.sub_event_type for r in reports]
    reports = reports_of(pipeline, "Demonstrators broke through police lines and occupied the state television "
                                   "building in Belgrade on Saturday.")
    assert [r.sub_event_type for r in reports] == [VD]


def test_a_clause_that_tries_a_protest_act_is_demonstrating() -> None:
    nlp, _idx = nlp_index()
    sent = next(nlp("Police blocked students who tried to march to the palace.").sents)
    tried = next(t for t in sent if t.lower_ == "tried")
    assert tries_act(tried, frozenset({"march"}))
    sent = next(nlp("Police blocked students who tried to buy bread.").sents)
    tried = next(t for t in sent if t.lower_ == "tried")
    assert not tries_act(tried, frozenset({"march"}))


def test_a_foreign_state_taking_a_place_from_no_rebel_overtakes_it() -> None:
    russia = Actor("Military Forces of Russia", 8, "Russian forces", "RUS")
    ukraine = Actor("Military Forces of Ukraine", 1, "Ukrainian troops", "UKR")
    rebels = Actor("Islamic State", 2, "IS", None)
    coalition = Actor("Saudi-led Coalition", 8, "coalition forces", None)
    assert abroad_taking(GR, russia, None) == NS
    assert abroad_taking(GR, russia, ukraine) == NS
    assert abroad_taking(GR, russia, rebels) == GR  # the host state's ally against rebels
    assert abroad_taking(GR, coalition, None) == GR
    assert abroad_taking(GR, ukraine, None) == GR
    assert abroad_taking("Armed clash", russia, ukraine) == "Armed clash"
