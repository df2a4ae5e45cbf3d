"""Splitting and merging the events of one multi-sentence report, ninth session: the deaths a bare
casualty sentence tells after a fight or an attack are that act's fatalities, never a second event
(ACLED: one event per actor pair, place and day); a fight told as two sides exchanging fire names
both sides; a second act on another day or place stays an event of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article


def _events(pipeline, text: str):
    article = pipeline.process(Article(id="s9split", text=text, published=dt.date(2024, 6, 12)))
    return [r for r in article.reports if not r.background]


def _sides(r) -> set[str]:
    return {a.name for a in (r.actor1, r.actor2) if a is not None}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the dead told alone, in the next sentence (typed alone it would be an attack by "gunmen")
        ("Sudanese troops clashed with RSF fighters near Kosti on Monday. Eleven people were killed.", 11),
        # no report of its own: a verb of dying
        ("Ugandan soldiers fought ADF rebels near Kasese on Sunday. Nine rebels died.", 9),
        # a toll update after a fight that gave no figure
        ("Iraqi troops clashed with Islamic State fighters near Tikrit on Saturday. The death toll rose to 8.", 8),
        # other victims add up; a part of the dead adds nothing
        ("Malian soldiers battled JNIM fighters near Gao on Monday. Six militants were killed. "
         "Two soldiers also died.", 8),
        ("Nigerian troops clashed with ISWAP fighters near Damboa on Sunday. Twelve people died. "
         "Three soldiers were among the dead.", 12),
        # the act pointed back to ("the fighting killed ..."); a part of the dead alone: at least those
        ("Chadian troops clashed with Boko Haram fighters near Bol on Friday. The fighting killed ten people.", 10),
        ("Chadian troops clashed with Boko Haram fighters near Bol on Friday. Among the dead were four soldiers.", 4),
        # "lost their lives": a toll told with the verb of losing
        ("Clashes erupted between Fano fighters and Ethiopian troops near Dessie on Monday. "
         "At least 17 people lost their lives.", 17),
    ],
)
def test_a_bare_toll_after_a_fight_is_the_fights(pipeline, text, toll):
    events = _events(pipeline, text)
    assert len(events) == 1, [(r.sub_event_type, r.fatalities.count) for r in events]
    assert events[0].sub_event_type == "Armed clash"
    assert events[0].fatalities.count == toll


@pytest.mark.slow
def test_a_bare_toll_after_an_attack_is_the_attacks(pipeline):
    text = "Armed men opened fire on a bus near Ménaka on Friday. Six passengers died."
    (r,) = _events(pipeline, text)
    assert r.sub_event_type == "Attack"
    assert r.fatalities.count == 6


@pytest.mark.slow
def test_own_toll_stands_against_a_restatement_and_adds_more(pipeline):
    (r,) = _events(pipeline, "Soldiers clashed with Al-Shabaab fighters near Kismayo on Monday, killing five militants. "
                             "Five militants died.")
    assert r.fatalities.count == 5
    (r,) = _events(pipeline, "Soldiers clashed with Al-Shabaab fighters near Kismayo on Monday, killing five militants. "
                             "A soldier was also killed.")
    assert r.fatalities.count == 6


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Burundian soldiers and RED-Tabara rebels exchanged fire in Cibitoke on Tuesday.", None),
        ("Kenyan police exchanged fire with Al-Shabaab militants near Mandera on Sunday. Three officers died.",
         "Al Shabaab"),
        ("Somali troops and Al-Shabaab fighters exchanged gunfire near Baidoa on Monday. Four people were killed.",
         "Al Shabaab"),
    ],
)
def test_exchanging_fire_names_both_sides(pipeline, text, side):
    clash = next(r for r in _events(pipeline, text) if r.sub_event_type == "Armed clash")
    assert clash.actor1 is not None and clash.actor2 is not None
    if side is not None:
        assert side in _sides(clash)


@pytest.mark.slow
def test_toll_sentence_after_a_fight_between_two_sides_is_no_attack(pipeline):
    text = "Somali troops and Al-Shabaab fighters exchanged gunfire near Baidoa on Monday. Four people were killed."
    events = _events(pipeline, text)
    assert [r.sub_event_type for r in events] == ["Armed clash"]
    assert events[0].fatalities.count == 4


@pytest.mark.slow
def test_a_second_act_on_another_day_stays_apart(pipeline):
    text = ("Soldiers clashed with Boko Haram fighters near Gwoza on Saturday. Seven insurgents died. "
            "On Monday, a roadside bomb killed two soldiers near Pulka.")
    events = _events(pipeline, text)
    assert len(events) == 2
    clash, bomb = events
    assert clash.sub_event_type == "Armed clash" and clash.fatalities.count == 7
    assert bomb.sub_event_type == "Remote explosive/landmine/IED" and bomb.fatalities.count == 2


@pytest.mark.slow
def test_a_toll_with_a_new_act_is_not_the_fights(pipeline):
    # deaths "in a separate attack" are another act's, not the clash's
    text = ("Troops clashed with militants near Mopti on Sunday. "
            "Four villagers were killed in a separate attack near Djenne.")
    events = _events(pipeline, text)
    clash = next(r for r in events if r.sub_event_type == "Armed clash")
    assert clash.fatalities.count == 0
    assert len(events) == 2


@pytest.mark.slow
def test_a_toll_after_an_arrest_is_not_the_arrests(pipeline):
    text = "Police arrested 12 suspects in Kano on Monday. Two people died in a road accident."
    for r in _events(pipeline, text):
        if r.sub_event_type == "Arrests":
            assert r.fatalities.count == 0


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Eleven people died when soldiers and RSF fighters exchanged gunfire in Sennar on Monday.",
        "Eight people were killed on Monday as the army and the RSF fought for control of Sennar.",
        "Soldiers exchanged fire with RSF fighters in Sennar on Monday, and six people were killed.",
        "Five civilians were caught in the crossfire and killed as soldiers battled RSF fighters in Sennar.",
    ],
)
def test_the_dead_of_a_fight_told_in_another_clause_are_no_side(pipeline, text):
    clash = next(r for r in _events(pipeline, text) if r.sub_event_type == "Armed clash")
    sides = _sides(clash)
    assert any(n.startswith("RSF") for n in sides), sides
    assert not any(n.startswith("Civilians") for n in sides), sides
    assert clash.fatalities.count > 0
