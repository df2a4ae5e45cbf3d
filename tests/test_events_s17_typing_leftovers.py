"""Sub-event typing, seventeenth session (leftovers of the first round): short reports written for these
tests, each typed wrongly before.

The mechanisms: the police clashing with a crowd make the crowd's riot, a violent demonstration (a crowd
is no armed side: ``crowdstance``); vigilantes fighting an armed group fight an armed clash, and a mob that
sexually assaults someone commits sexual violence, not mob violence (``crowdstance.fights_armed_foe`` and
the mob reading in ``typing``); a capture cue that ``materiel.capture_misread`` rejects ("the naira fell to
a record low") makes no further territory event either (``captures``); the "state" of "Zamfara state" is a
place, not the state's forces (``mishaps.province_name``); an international body's embargo or sanctions
are diplomacy, no restriction imposed in a conflict (``materiel.body_sanction``). Neighbours keep their
own types."""

from __future__ import annotations

import pytest

from events_helpers import decisions_of, nlp_index, type_of
from eventwire.events.mishaps import province_name

VD = "Violent demonstration"
EF = "Excessive force against protesters"
AC = "Armed clash"
MOB = "Mob violence"
SV = "Sexual violence"

FIXED = [
    ("Police clashed with supporters of the jailed opposition leader in Peshawar on Tuesday.", VD),
    ("Riot police clashed with students outside the university on Monday.", VD),
    ("Vigilantes exchanged gunfire with bandits near the village of Dansadau.", AC),
    ("Local vigilantes clashed with armed bandits on the outskirts of the town.", AC),
    ("A teenage girl was sexually assaulted by a mob of armed men near the market.", SV),
]

KEPT = [
    ("Police shot dead four protesters in Mombasa on Thursday.", EF),
    ("Police clashed with gunmen on the outskirts of the city.", AC),
    ("A mob beat a suspected thief to death near the bus station.", MOB),
    ("Vigilantes lynched a man accused of stealing a goat.", MOB),
    ("A mob of armed men raped two women in the village.", SV),
]


@pytest.mark.parametrize(("text", "want"), FIXED + KEPT)
def test_types(text: str, want: str) -> None:
    assert type_of(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council extended the arms embargo on the Central African Republic for another year.",
        "The European Union imposed sanctions on two militia commanders on Friday.",
        "Two companies signed a deal to build a cement plant in Ogun state.",
    ],
)
def test_no_event(text: str) -> None:
    assert type_of(text) is None


def test_conflict_embargo_still_restriction() -> None:
    assert type_of("The army imposed an embargo on fuel deliveries to the rebel-held town.") == "Other"


def test_blast_blamed_on_leak_is_mishap() -> None:
    decs = decisions_of("Residents blamed a gas leak for a blast that killed seven people in Kaduna state.")
    assert decs and decs[0].sub_event_type is None and decs[0].none_class == "MANMADE"


def test_province_name() -> None:
    nlp, _idx = nlp_index()
    doc = nlp("A bus fell into a gorge in Sokoto state; Islamic State fighters attacked troops in Borno State.")
    found = [t.text for t in doc if province_name(t)]
    assert found == ["state", "State"]


def test_naira_fall_no_capture(pipeline) -> None:
    from events_helpers import reports_of

    subs = [r.sub_event_type for r in reports_of(pipeline, "The naira fell to a record low against the dollar on Tuesday.")]
    assert "Non-state actor overtakes territory" not in subs and "Government regains territory" not in subs
