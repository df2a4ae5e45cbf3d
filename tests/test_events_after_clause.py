"""An act told only in an "after" / "following" phrase is an event of its own (with no deaths, no named
doer: a bomb, a grenade, a blast), its doer never the main clause's subject; a phrase that tells no
new act ("after talks", "after the election", "after years of war", "after he was released", "after
the bombing" told before) makes none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from events_helpers import first_sent
from events_helpers import reports_of as _reports
from eventwire.events.units import fresh_act, main_clause_of, subordinate_acts

IED = "Remote explosive/landmine/IED"


def _kinds(reports):
    return sorted(r.sub_event_type for r in reports)


# --- the pieces on a parse ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "fresh"),
    [
        ("Police cordoned off the market after a bomb exploded near a mosque in Quetta.", True),
        ("Residents fled following a roadside blast that targeted an army convoy.", True),
        ("Traders protested after two grenades were thrown into the market.", True),
        ("Police arrested two men after the bombing in Quetta.", False),
        ("Farmers returned to their fields after years of war in Darfur.", False),
        ("The journalist thanked his lawyers after he was released from prison.", False),
    ],
)
def test_fresh_act(nlp, text, fresh):
    sent = first_sent(nlp, text)
    spans = subordinate_acts(sent, None)
    assert spans
    assert fresh_act(spans[0]) is fresh


def test_main_clause_before_and_after_the_phrase(nlp):
    sent = first_sent(nlp, "Traders protested in Mardan after a grenade was thrown into the market.")
    assert main_clause_of(sent, subordinate_acts(sent, None)[0]).text == "Traders protested in Mardan"
    sent = first_sent(nlp, "After a bomb exploded near a church in Kaduna, angry youths rioted.")
    assert main_clause_of(sent, subordinate_acts(sent, None)[0]).text == "angry youths rioted"


# --- the act under the phrase is an event, the main clause's subject is not its doer -------------------
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        ("Police cordoned off the market after a bomb exploded near a mosque in Quetta on Friday.", IED, "Quetta"),
        ("Residents fled following a roadside blast that targeted an army convoy near Kismayo.", IED, "Kismayo"),
        ("Shops stayed closed after a car bomb went off outside a police station in Mardan on Tuesday.", IED,
         "Mardan"),
        ("The governor imposed a curfew after a grenade was thrown at a bus stop in Kano on Saturday.", "Grenade",
         "Kano"),
        ("Authorities closed the road following a landmine blast that hit a military vehicle near Gao on Thursday.",
         IED, "Gao"),
        ("Police cordoned off the area after an IED exploded under a truck near Garissa.", IED, "Garissa"),
    ],
)
def test_act_told_only_under_after_is_an_event(pipeline, text, kind, place):
    reports = _reports(pipeline, text)
    acts = [r for r in reports if r.sub_event_type == kind]
    assert len(acts) == 1, [(r.sub_event_type, r.evidence.text) for r in reports]
    r = acts[0]
    assert r.location is not None and r.location.place is not None and place in r.location.text
    # the bomb's perpetrator is not named: never the police or the authorities of the main clause
    assert r.actor1 is not None and r.actor1.name.startswith("Unidentified Armed Group")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Hundreds protested in Quetta after a bomb exploded near a mosque on Friday.", [IED, "Peaceful protest"]),
        ("Police arrested five suspects after a bomb exploded near a mosque in Quetta on Friday.", ["Arrests", IED]),
        ("Traders protested in Mardan after a grenade was thrown into the market on Tuesday.",
         ["Grenade", "Peaceful protest"]),
        ("Soldiers detained three men following a roadside blast that targeted an army convoy near Kismayo on "
         "Monday.", ["Arrests", IED]),
        ("After a bomb exploded near a church in Kaduna on Sunday, angry youths rioted and burned tyres.",
         [IED, "Violent demonstration"]),
    ],
)
def test_main_act_and_the_act_under_it_are_two_events(pipeline, text, kinds):
    reports = _reports(pipeline, text)
    assert _kinds(reports) == sorted(kinds)
    bomb = next(r for r in reports if r.sub_event_type in (IED, "Grenade"))
    assert bomb.actor1 is not None and bomb.actor1.name.startswith("Unidentified Armed Group")
    assert bomb.date.value == next(r for r in reports if r is not bomb).date.value


# --- the reverse: no act under the phrase, no event ------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Prices rose sharply after talks between the government and the rebels collapsed.",
        "The president spoke after the election in Kenya on Sunday.",
        "Farmers returned to their fields after years of war in Darfur.",
        "The journalist thanked his lawyers after he was released from prison in Cairo on Monday.",
        "The market reopened following a ceasefire agreed in Aden on Sunday.",
        "Celebrations erupted after the team won the final in Lagos on Sunday.",
    ],
)
def test_no_act_under_after_no_event(pipeline, text):
    assert _reports(pipeline, text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hundreds protested in Kano after the election on Sunday.", "Peaceful protest"),
        ("Students marched in Lagos following talks between the government and the unions on Monday.",
         "Peaceful protest"),
        ("Protesters gathered in Khartoum after years of war in the country.", "Peaceful protest"),
        ("Police arrested two men after the bombing in Quetta on Friday.", "Arrests"),  # the bombing: told before
    ],
)
def test_main_act_alone_when_the_phrase_tells_no_new_act(pipeline, text, kind):
    assert _kinds(_reports(pipeline, text)) == [kind]


def test_a_campaign_or_a_wave_is_no_act_told_for_the_first_time(nlp):
    for text in ("The coalition took over Raqqa after a campaign of intense bombardment.",
                 "Shops closed in Kano after a wave of attacks on churches."):
        spans = subordinate_acts(first_sent(nlp, text), None)
        assert spans and not fresh_act(spans[0])


@pytest.mark.slow
def test_act_under_after_told_before_with_its_day_is_one_event(pipeline):
    # the bomb of the second sentence takes the protest's day (it names none): it is Friday's bomb
    reports = _reports(pipeline, "Militants detonated a bomb near a mosque in Quetta on Friday. Hundreds "
                                 "protested in the city on Saturday after a bomb exploded near the mosque.")
    assert _kinds(reports) == sorted([IED, "Peaceful protest"])
    assert next(r for r in reports if r.sub_event_type == IED).date.value == "2024-05-10"
