"""Actor roles that ACLED fixes by convention: the force that intervened in a protest is actor 2; the
perpetrator named in another clause of the sentence is actor 1; who tells of an act is no party."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article


def _roles(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    a = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 15)))
    return [(r.sub_event_type, r.actor1.name if r.actor1 else None, r.actor2.name if r.actor2 else None)
            for r in a.reports]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A dozen protesters were shot dead by security forces in Khartoum on Thursday.",
        "Police fired tear gas to disperse protesters in Khartoum on Monday.",
    ],
)
def test_intervening_force_is_actor2_of_a_protest(pipeline, text):
    (sub, a1, a2), = _roles(pipeline, text)
    assert sub in ("Excessive force against protesters", "Protest with intervention")
    assert a1 == "Protesters (Sudan)"
    assert a2 is not None and a2.endswith("of Sudan")


@pytest.mark.slow
def test_peaceful_protest_has_no_actor2(pipeline):
    (sub, a1, a2), = _roles(pipeline, "Hundreds of people marched peacefully through Nairobi on Saturday.")
    assert (sub, a1, a2) == ("Peaceful protest", "Protesters (Kenya)", None)


@pytest.mark.slow
def test_perpetrator_in_a_when_clause_is_actor1(pipeline):
    got = _roles(pipeline, "Several civilians were killed when government aircraft bombed a market in Idlib on Sunday.")
    assert ("Air/drone strike", "Military Forces of Syria", "Civilians (Syria)") in got


@pytest.mark.slow
def test_the_source_of_a_report_is_not_the_perpetrator(pipeline):
    got = _roles(pipeline, "Two villagers were killed by gunmen in Borno on Monday, police said.")
    assert got and all(a1 is None or not a1.startswith("Police") for _, a1, _ in got)


@pytest.mark.slow
def test_group_that_says_it_killed_is_actor1(pipeline):
    got = _roles(pipeline, "Al-Shabaab said it killed 25 Kenyan soldiers in an assault on a base in Lamu on Monday.")
    assert got and got[0][1] == "Al Shabaab"


@pytest.mark.slow
@pytest.mark.parametrize(
    "claim",
    [
        "The Islamic State group claimed responsibility for the attack.",
        "The attack was later claimed by the Islamic State group.",
    ],
)
def test_claim_of_responsibility_names_actor1(pipeline, claim):
    text = "A suicide bomber killed 12 worshippers at a mosque in Kabul on Friday. " + claim
    a = pipeline.process(Article(id="t", text=text, published=dt.date(2024, 5, 15)))
    bomb = next(r for r in a.reports if r.sub_event_type == "Suicide bomb")
    assert bomb.actor1 is not None and bomb.actor1.name.startswith("Islamic State")
    assert bomb.claimed
    # no claim: the perpetrator stays unidentified
    a = pipeline.process(Article(id="t", text=text.split(". ")[0] + ".", published=dt.date(2024, 5, 15)))
    assert a.reports[0].actor1.name.startswith("Unidentified Armed Group")


@pytest.mark.slow
def test_dateline_is_not_the_subject(pipeline):
    text = "ADEN, Yemen (Reuters) - Houthi fighters attacked government positions in Taiz on Tuesday, military sources said."
    got = _roles(pipeline, text)
    assert got and got[0][1] == "Houthi Movement"


@pytest.mark.slow
def test_a_toll_from_a_non_party_is_reported_not_claimed(pipeline):
    text = "A bomb killed 12 worshippers at a mosque in Kabul on Friday, police said."
    a = pipeline.process(Article(id="c", text=text, published=dt.date(2024, 5, 15)))
    r = a.reports[0]
    assert r.fatalities.count == 12 and r.fatalities.claimed_by is None
    assert any(n.startswith("fatalities reported by") for n in r.notes)
    # a party's own figure stays a claim
    text = "Islamic State fighters said they killed 12 soldiers in an attack on a base in Kirkuk on Friday."
    a = pipeline.process(Article(id="c2", text=text, published=dt.date(2024, 5, 15)))
    assert a.reports[0].fatalities.claimed_by is not None and a.reports[0].claimed
