"""Gaps of the events stage, sixth round: the toll of an act told a short time from another act of
its sentence ("a day after gunmen killed three villagers") counts for that act's own report, not for
the other one's, while a toll of long ago stays out; a named armed doer's attack on a populated place
(or, beside a main act of the same type, on an armed post) told under "after" is a report of its own,
and the main clause keeps its doer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from events_helpers import first_sent, processed
from eventwire.events.fatalities import count_fatalities

VAC = "Violence against civilians"


def _word(sent, text):
    return next(t for t in sent if t.text == text)


# --- 1. a toll told "a day after" / "hours after" belongs to that act ---------------------------------
@pytest.mark.parametrize(
    ("text", "act", "expected"),
    [
        # the act of the phrase counts its own toll
        ("Police arrested 20 people on Monday, a day after gunmen killed three villagers in Zamfara.", "killed", 3),
        ("Police arrested 20 people on Monday, hours after gunmen killed five farmers.", "killed", 5),
        # the main act does not take it
        ("Police arrested 20 people on Monday, a day after gunmen killed three villagers in Zamfara.", "arrested", 0),
        ("Soldiers killed two gunmen on Monday, hours after gunmen killed five farmers.", "Soldiers", 2),
        # a longer time stays the background's
        ("Police arrested 20 people on Monday, two years after gunmen killed 12 villagers.", "killed", 0),
        ("Police arrested 20 people on Monday, a week after gunmen killed 12 villagers.", "killed", 0),
    ],
)
def test_close_toll_counts_for_its_own_act(nlp, text, act, expected):
    sent = first_sent(nlp, text)
    cue = _word(sent, act)
    if cue.text == "Soldiers":
        cue = cue.head  # the main clause's "killed"
    fat, _ = count_fatalities(sent, act=cue)
    assert (fat.count or 0) == expected


def test_without_an_act_the_close_toll_is_not_counted(nlp):
    sent = first_sent(nlp, "Police arrested 20 people on Monday, a day after gunmen killed three villagers.")
    assert not count_fatalities(sent)[0].count
    # a plain toll of the sentence still counts
    assert count_fatalities(first_sent(nlp, "Gunmen killed three villagers in Zamfara on Monday."))[0].count == 3


def _attack(a):
    return [r for r in a.reports if r.sub_event_type == "Attack" and not r.background]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("Police arrested 20 people on Monday, a day after gunmen killed three villagers in Zamfara.", 3),
        ("Protesters blocked roads in Kano on Monday, a day after gunmen killed four traders in the city.", 4),
        ("Soldiers killed two gunmen in Zamfara on Monday, a day after gunmen killed five farmers.", 5),
    ],
)
def test_attack_a_day_before_keeps_its_toll(pipeline, text, deaths):
    a = processed(pipeline, text)
    attacks = _attack(a)
    assert [r.fatalities.count for r in attacks] == [deaths]
    others = [r for r in a.reports if r.sub_event_type != "Attack"]
    assert others and all((r.fatalities.count or 0) != deaths for r in others)  # not counted twice


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 20 people on Monday after gunmen killed three villagers in Zamfara in 2015.",
        "The protest comes a day after gunmen killed three villagers in Zamfara.",
        "Police arrested 20 people in Zamfara on Monday, a week after gunmen killed three villagers.",
    ],
)
def test_old_toll_stays_out_of_the_news(pipeline, text):
    a = processed(pipeline, text)
    assert not any(r.fatalities.count for r in a.reports if not r.background)


# --- 2. an armed doer's attack told under "after" is a report of its own -------------------------------
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "main_sub", "doer"),
    [
        ("Soldiers shelled rebel positions near Goma after rebels attacked a village.",
         "Shelling/artillery/missile attack", "Rebels"),
        ("Police fired tear gas at protesters in Goma after rebels attacked a market.", "Protest with intervention",
         "Rebels"),
        ("Soldiers arrested ten suspects in Borno after gunmen attacked a village.", "Arrests", "Unidentified"),
        ("Soldiers killed five militants in Borno after the militants attacked a town.", "Armed clash", "Unidentified"),
    ],
)
def test_attack_on_a_populated_place_under_after(pipeline, text, main_sub, doer):
    a = processed(pipeline, text)
    attacks = [r for r in a.reports if r.sub_event_type == "Attack"]
    assert len(attacks) == 1 and attacks[0].disorder_type == "Political violence"
    assert attacks[0].event_type == VAC and doer in attacks[0].actor1.name
    main = [r for r in a.reports if r.sub_event_type == main_sub]
    assert main and main[0].actor1 is not None and doer not in main[0].actor1.name  # the main clause's own doer


@pytest.mark.slow
def test_attack_on_a_base_beside_a_raid_is_its_own_clash(pipeline):
    a = processed(pipeline, "Soldiers raided the village after militants attacked an army base in Borno.")
    clashes = [r for r in a.reports if r.sub_event_type == "Armed clash"]
    doers = sorted(r.actor1.name for r in clashes if r.actor1 is not None)
    assert len(clashes) == 2 and any(d.startswith("Military") for d in doers)
    assert any(d.startswith("Unidentified") for d in doers)


@pytest.mark.slow
def test_rebels_attack_under_a_deployment(pipeline):
    a = processed(pipeline, "Troops were deployed after rebels attacked a village near Goma.")
    attacks = [r for r in a.reports if r.sub_event_type == "Attack"]
    assert len(attacks) == 1 and "Rebels" in attacks[0].actor1.name


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 20 people in Zamfara after years of war.",
        "Police arrested 20 people in Zamfara after the attack.",
    ],
)
def test_no_act_of_its_own_under_after(pipeline, text):
    a = processed(pipeline, text)
    assert [r.sub_event_type for r in a.reports] == ["Arrests"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # the same doer in both clauses: one operation
        "Soldiers arrested ten suspects in Borno after soldiers raided a village.",
        # the doer is not said in the phrase
        "Soldiers arrested ten suspects in Borno after a village was attacked.",
    ],
)
def test_no_second_doer_no_second_report(pipeline, text):
    a = processed(pipeline, text)
    assert [r.sub_event_type for r in a.reports] == ["Arrests"]


@pytest.mark.slow
def test_same_type_acts_a_day_apart_are_two_reports(pipeline):
    a = processed(pipeline, "Gunmen killed five farmers in Zamfara on Monday, a day after gunmen killed three "
                            "traders.")
    attacks = sorted((r.date.value, r.fatalities.count) for r in _attack(a))
    assert attacks == [("2024-05-12", 3), ("2024-05-13", 5)]
