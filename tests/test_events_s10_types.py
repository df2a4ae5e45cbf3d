"""Tenth session, strategic and violence typing: offences charged, threats, interceptions, state deals.

- An offence named bare as a charge ("arrested on charges of arson and rioting") tells no act of damage
  or rioting: the arrest is the event; an act told beside it ("after the mosque was set alight") or a
  target ("the burning of a church") keeps the damage.
- What a warning says will be done ("warned that any aircraft entering it would be shot down") is no
  act: the no-fly zone declared is the news.
- Drones or missiles knocked out, shot down or intercepted are disrupted weapons use, also when the
  parser hangs the count on the launch ("knocked out 38 of the 42 drones Russia launched").
- Recruits joining an armed group ("rejoined the militia"), a group announcing a new offensive, and
  forces deployed to a place after driving another side from it are a change to a group and a place
  regained; a deal that collapsed is no agreement when told as the time of another act ("after the peace
  deal collapsed"), while a collapse told as the news stays one.
- A retake by a state's forces from another state's forces stays the state regaining territory.
- A deal between states outside a conflict (arms sales, a tank to build, exercises) is diplomacy; a
  deal that settles a conflict (ceasefire, prisoners) stays an Agreement.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import decisions_of, nlp_index, type_of

AR = "Arrests"
LP = "Looting/property destruction"
DW = "Disrupted weapons use"
AIR = "Air/drone strike"
AG = "Agreement"
OT = "Other"
CG = "Change to group/activity"
GR = "Government regains territory"

CASES = [
    ("Authorities arrested five people in Kisii on charges of arson and rioting, prosecutors said.", AR),
    ("Nine opposition members were detained on suspicion of arson and sabotage ahead of the vote.", AR),
    ("A student leader was arrested in Dhaka on Monday on charges of arson, his lawyer said.", AR),
    ("Police said two women had been arrested on suspicion of arson after the temple was set alight.", LP),
    ("Police have arrested six people in connection with the burning of a chapel in Jos.", LP),
    ("The alliance proclaimed a no-fly zone over the southern provinces, warning that any aircraft entering "
     "it would be shot down.", OT),
    ("The air force said it had knocked out 31 of the 36 drones Russia launched overnight.", DW),
    ("Ukraine's air force said it had knocked out 29 of the 33 drones Russia sent overnight.", DW),
    ("Moldova's army said it had knocked out 12 of the 15 drones Russia launched on Monday.", DW),
    ("Its air defences shot down 17 drones over the Dnipro region overnight, the army said.", DW),
    ("Russia launched 40 drones at Ukraine overnight, killing two people in Sumy.", AIR),
    ("The government and the rebels have come to an agreement on a ceasefire, mediators said.", AG),
    ("Armenia and Azerbaijan agreed to exchange 30 prisoners of war, officials said.", AG),
    ("The ceasefire in the north collapsed on Sunday, officials said.", AG),
    ("Scores of former fighters rejoined the militia after the peace deal collapsed.", CG),
    ("Some 200 youths joined the ranks of the rebels in the past month, elders said.", CG),
    ("Al-Shabaab announced a new offensive against the government in a statement on Friday.", CG),
    ("The army deployed troops to the village after routing Boko Haram fighters from it.", GR),
    ("The government deployed 2,000 additional troops to the restive region on Friday.", CG),
    ("Ukrainian troops recaptured the village of Novoselivka from Russian forces.", GR),
]

NON_EVENTS = [
    "Hundreds of new members joined the chess club in the capital this year.",
    "The firm announced a new campaign to sell its phones in Kenya.",
    "Two NATO allies have come to an agreement on the sale of fighter jets, officials said.",
    "Spain and Italy agreed on Tuesday to jointly build a new battle tank, their ministers said.",
    "Canberra and Tokyo struck a deal on defence cooperation, officials said.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_s10_types(text: str, expected: str) -> None:
    assert type_of(text) == expected


@pytest.mark.parametrize("text", NON_EVENTS)
def test_state_deals_are_no_acled_event(text: str) -> None:
    decisions = decisions_of(text)
    assert all(d.sub_event_type is None for d in decisions)


def test_charged_offence_reads_the_charge_not_a_told_act() -> None:
    from eventwire.events.misreads import charged_offence

    nlp, _ = nlp_index()
    doc = nlp("Police arrested four men on charges of arson.")
    assert charged_offence(next(t for t in doc if t.lower_ == "arson"))
    doc = nlp("Police arrested four men over the arson of a church.")
    assert not charged_offence(next(t for t in doc if t.lower_ == "arson"))


def test_threatened_clause_covers_only_the_threat() -> None:
    from eventwire.events.misreads import threatened_clauses

    nlp, _ = nlp_index()
    doc = nlp("The rebels warned that they would burn the village.")
    assert doc[5].i in threatened_clauses(doc[:])  # "burn"
    doc = nlp("The rebels burned the village and warned residents to leave.")
    assert not threatened_clauses(doc[:])


def test_state_deal_needs_states_and_no_conflict() -> None:
    from eventwire.events.statedeals import state_deal

    nlp, _ = nlp_index()
    doc = nlp("France and Germany signed a pact on energy on Monday.")
    assert state_deal(doc[:]) is not None
    doc = nlp("The government and the rebels signed a pact on Monday.")
    assert state_deal(doc[:]) is None
    doc = nlp("Sudan and South Sudan signed a deal to end the fighting along their border.")
    assert state_deal(doc[:]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a campaign going on, no act of its own
        ("The army continued its offensive against the rebels in the north, the ministry said.", None),
        # a campaign whose act is told, and a new offensive: events
        ("The army continued its offensive against the rebels near Goma on Monday, killing 12 fighters.",
         "Armed clash"),
        ("The army launched an offensive against the rebels near Goma on Monday.", "Armed clash"),
    ],
)
def test_ongoing_campaign_is_no_event(text: str, expected: str | None) -> None:
    assert type_of(text) == expected
