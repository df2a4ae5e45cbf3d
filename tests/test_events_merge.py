"""One report per event inside one article: the headline joins the body report with its toll, and
"the attackers" or "gunmen" join the report that names the group."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article

TEXT = (
    "Gunmen kill 7 in attack on Nigerian village\n\n"
    "MAIDUGURI, Nigeria (AP) — Suspected Boko Haram gunmen killed seven villagers in an attack on a "
    "village in Borno state on Sunday night, residents said.\n"
    "The attackers arrived on motorcycles, shot residents and burned homes before fleeing, said a local "
    "vigilante leader.\n"
    "Police have arrested three suspects in connection with the attack, a spokesman said on Monday.\n"
)


@pytest.mark.slow
def test_headline_and_anaphoric_attackers_are_one_attack(pipeline):
    a = pipeline.process(Article(id="m", text=TEXT, published=dt.date(2024, 5, 15)))
    attacks = [r for r in a.reports if r.event_type == "Violence against civilians" and not r.background]
    assert len(attacks) == 1, [(r.sub_event_type, r.evidence.text[:60]) for r in attacks]
    attack = attacks[0]
    assert attack.actor1 is not None and attack.actor1.name.startswith("Boko Haram")
    assert attack.fatalities.count == 7
    # the arrest is its own event
    assert any(r.sub_event_type == "Arrests" for r in a.reports)


@pytest.mark.slow
def test_two_named_groups_stay_two_events(pipeline):
    text = (
        "Boko Haram fighters killed five farmers in Borno state on Sunday.\n"
        "Separately, ISWAP fighters killed four fishermen in Borno state on Sunday.\n"
    )
    a = pipeline.process(Article(id="m2", text=text, published=dt.date(2024, 5, 15)))
    actors = {r.actor1.name.split(" ")[0] for r in a.reports if r.actor1 is not None}
    assert len([r for r in a.reports if r.event_type == "Violence against civilians"]) == 2, actors


@pytest.mark.slow
def test_coordinated_places_are_one_event_each_with_the_toll_split(pipeline):
    text = ("ADEN, Yemen (Reuters) - Houthi fighters attacked government positions in Taiz and Marib on "
            "Tuesday, killing 15 soldiers, military sources said.")
    a = pipeline.process(Article(id="s", text=text, published=dt.date(2024, 5, 15)))
    clashes = [r for r in a.reports if r.event_type == "Battles"]
    assert sorted(r.location.text for r in clashes) == ["Marib", "Taiz"]
    assert sorted(r.fatalities.count for r in clashes) == [7, 8]  # 15 split, remainder to the first
    assert all(any(n.startswith("split:") for n in r.notes) for r in clashes)


@pytest.mark.slow
def test_between_two_places_is_one_event(pipeline):
    text = "Fighting between the army and rebels raged between Aleppo and Idlib on Monday."
    a = pipeline.process(Article(id="b", text=text, published=dt.date(2024, 5, 15)))
    assert len([r for r in a.reports if r.event_type == "Battles"]) == 1


@pytest.mark.slow
def test_coordinated_days_are_one_event_each(pipeline):
    text = "Government forces shelled rebel positions in Idlib on Monday and Tuesday, killing 9 fighters."
    a = pipeline.process(Article(id="d", text=text, published=dt.date(2024, 5, 15)))  # a Wednesday
    shelling = [r for r in a.reports if r.event_type == "Explosions/Remote violence"]
    assert sorted((r.date.value, r.fatalities.count) for r in shelling) == [("2024-05-13", 5), ("2024-05-14", 4)]
