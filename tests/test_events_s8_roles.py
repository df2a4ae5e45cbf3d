"""Actor roles, eighth session: the two sides of a fight told by a "between" phrase the parser hung on
the verb ("fighting broke out between X and Y"), and identity militias that clash (an armed clash
between two inter-4 actors, not a mob)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.events.roles import interaction
from eventwire.records import Article


def _reports(pipeline, text: str):
    return pipeline.process(Article(id="s8roles", text=text, published=dt.date(2024, 5, 15))).reports


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Heavy fighting broke out between the army and the rebels near Goma on Sunday.",
         ("Military Forces of the Democratic Republic of Congo", "Opposition Rebels")),
        ("Clashes erupted on Sunday between Fano militia and Ethiopian forces in Gondar.",
         ("Fano Militia", "Military Forces of Ethiopia")),
        ("Fierce clashes broke out between Al-Shabaab fighters and Somali troops in Lower Shabelle on Monday.",
         ("Al Shabaab", "Military Forces of Somalia")),
    ],
)
def test_between_phrase_on_the_verb_names_both_sides(pipeline, text, sides):
    clash = next(r for r in _reports(pipeline, text) if r.sub_event_type == "Armed clash")
    names = {clash.actor1.name if clash.actor1 else "", clash.actor2.name if clash.actor2 else ""}
    for side in sides:
        assert any(n.startswith(side) for n in names), (side, names)
    assert not any(n.startswith("Unidentified Armed Group") for n in names)
    assert interaction(clash.actor1, clash.actor2) in (12, 13, 23)  # two sides, not one group alone


@pytest.mark.slow
def test_between_phrase_of_another_clause_is_not_the_fights(pipeline):
    # "between" in a clause of its own verb (the talks) names no side of the fighting
    text = "Fighting resumed in Goma on Sunday after talks held between the two leaders collapsed."
    for r in _reports(pipeline, text):
        if r.sub_event_type == "Armed clash":
            assert not (r.actor1 and r.actor1.text and "leaders" in r.actor1.text)


@pytest.mark.slow
def test_identity_militias_clashing_is_an_armed_clash(pipeline):
    text = "Dinka Bor youth clashed with Murle gunmen in Jonglei on Saturday, killing 12 people."
    (r,) = _reports(pipeline, text)
    assert r.sub_event_type == "Armed clash"
    assert r.actor1 is not None and r.actor1.inter == 4
    assert r.actor2 is not None and r.actor2.inter == 4
    assert r.actor1.name != r.actor2.name


@pytest.mark.slow
def test_crowds_without_an_identity_group_still_riot(pipeline):
    # no armed side and no identity militia: crowds fighting each other stay a mob
    (r,) = _reports(pipeline, "Angry youths clashed with each other in Kisumu on Sunday.")
    assert r.sub_event_type == "Mob violence"


@pytest.mark.slow
def test_two_names_sharing_one_head_are_two_sides(pipeline):
    text = "Five people died in the clashes between Fulani and Tiv militias in Benue on Monday."
    clash = next(r for r in _reports(pipeline, text) if r.sub_event_type == "Armed clash")
    names = {clash.actor1.name, clash.actor2.name}
    assert any(n.startswith("Fulani") for n in names) and any(n.startswith("Tiv") for n in names)


@pytest.mark.slow
def test_civilians_as_sides_of_an_armed_clash_are_communal_militias(pipeline):
    (r,) = _reports(pipeline, "Herders clashed with farmers in Plateau state on Monday.")
    assert r.sub_event_type == "Armed clash"
    assert r.actor1 is not None and r.actor2 is not None
    assert r.actor1.inter == 4 and r.actor2.inter == 4  # never civilians (inter 7) in a battle
    assert interaction(r.actor1, r.actor2) == 44


@pytest.mark.slow
def test_fighting_between_identity_youths_is_an_armed_clash(pipeline):
    (r,) = _reports(pipeline, "Fighting between Dinka and Nuer youths left ten dead in Jonglei on Monday.")
    assert r.sub_event_type == "Armed clash"
    assert {r.actor1.inter, r.actor2.inter} == {4}
    assert r.actor1.name != r.actor2.name


def test_between_phrase_hung_on_the_verb(nlp):
    from eventwire.events.sides import between_sides, sentence_between_sides

    doc = nlp("Heavy fighting broke out between the army and the rebels near the town on Sunday.")
    fighting = next(t for t in doc if t.lower_ == "fighting")
    got = between_sides(fighting)
    assert got is not None and {got[0].lower_, got[1].lower_} == {"army", "rebels"}
    # a "between" of another clause (the talks) names no side of the fight
    doc = nlp("Fighting resumed on Sunday after the talks that were held between the two leaders collapsed.")
    assert sentence_between_sides(doc) is None or "leaders" not in {t.lower_ for t in sentence_between_sides(doc)}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Police found the body of the abducted girl in a forest near Kaduna on Monday.",
        "Soldiers rescued 12 kidnapped passengers in Kaduna state on Sunday.",
    ],
)
def test_who_finds_or_frees_the_abducted_is_not_the_abductor(pipeline, text):
    for r in _reports(pipeline, text):
        if r.sub_event_type == "Abduction/forced disappearance":
            assert r.actor1 is None or (r.actor1.inter or 0) != 1, r.actor1


@pytest.mark.slow
def test_two_groups_named_one_by_one_are_the_sides(pipeline):
    text = "Fighting between two armed groups, the ADF and the Mai-Mai, killed 20 people in Beni on Sunday."
    clash = next(r for r in _reports(pipeline, text) if r.sub_event_type == "Armed clash")
    names = {clash.actor1.name, clash.actor2.name}
    assert not any(n.startswith("Unidentified Armed Group") for n in names)
    assert any(n.startswith("ADF") for n in names) and any(n.startswith("Mai-Mai") for n in names)


@pytest.mark.slow
def test_state_forces_listed_together_are_one_side(pipeline):
    text = "Clashes between soldiers, police and militants killed five in Borno on Monday."
    clash = next(r for r in _reports(pipeline, text) if r.sub_event_type == "Armed clash")
    assert clash.actor1 is not None and clash.actor2 is not None
    assert {clash.actor1.inter, clash.actor2.inter} == {1, 3}  # the forces against the militants
    assert all((a.inter or 0) == 1 for a in clash.assoc_actor_1 + clash.assoc_actor_2 if a.name.startswith("Police"))
