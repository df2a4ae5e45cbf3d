"""Gaps of the events stage, fifth round: an act dated "a day after" / "hours after" another act of
its sentence is news, not background; a named doer's attack on an armed post told under "after" is
a report of its own; a blast that "targeted" / "hit" a state force's convoy or patrol has that force
as actor 2 whatever the construction. Sentences written for these tests."""

from __future__ import annotations

import pytest

from events_helpers import first_sent, processed
from events_helpers import reports_of as _reports
from eventwire.events.units import close_in_time as _close_in_time

IED = "Remote explosive/landmine/IED"


def _main(article):
    me = article.main_event
    return article.reports[me.report] if me is not None and me.report is not None else None


# --- 1. an act a short time from another act of the sentence -----------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "days"),
    [
        ("Officials reached an agreement on Tuesday, a day after demonstrators stoned police cars.", "stoned", 1),
        ("Police arrested 20 people on Monday, hours after rioters torched a police station.", "torched", 0),
        ("Rebels shelled the town a day before troops attacked their positions.", "attacked", -1),
        ("The protest comes a day after rioters torched a police station.", "torched", None),  # no act of its own
        ("Talks resumed on Monday, a week after rioters torched a police station.", "torched", None),
        ("Talks resumed on Monday after rioters torched a police station.", "torched", None),  # no length told
    ],
)
def test_close_in_time(nlp, text, word, days):
    sent = first_sent(nlp, text)
    close = _close_in_time(next(t for t in sent if t.text == word))
    assert (close[0] if close is not None else None) == days


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Officials reached an agreement with the traders to end the protests on Tuesday, a day after demonstrators "
        "stoned police cars in the market in Kano.",
        "Police arrested 20 people in Kano on Monday, hours after rioters torched a police station.",
        "The governor imposed a curfew in Jos on Sunday, a day after youths burned a police station.",
    ],
)
def test_act_a_day_before_another_is_news(pipeline, text):
    a = processed(pipeline, text)
    violent = [r for r in a.reports if r.sub_event_type in ("Violent demonstration", "Looting/property destruction")]
    assert violent and not any(r.background for r in violent)
    assert _main(a) is not None and _main(a).sub_event_type in ("Violent demonstration", "Looting/property destruction")


@pytest.mark.slow
def test_a_day_after_takes_the_day_before(pipeline):
    a = processed(pipeline, "Officials reached an agreement with the traders on Tuesday, a day after demonstrators "
                            "stoned police cars in the market in Kano.")  # published Wednesday 2024-05-15
    r = next(r for r in a.reports if r.sub_event_type == "Violent demonstration")
    assert r.date.value == "2024-05-13"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Talks resumed in Kano on Monday, a week after rioters torched a police station.",
        "The protest comes a day after rioters torched a police station in Kano.",
        "Police arrested 20 people in Kano on Monday, hours after rioters had torched a police station.",
    ],
)
def test_longer_or_framed_stays_background(pipeline, text):
    violent = [r for r in _reports(pipeline, text) if r.sub_event_type == "Violent demonstration"]
    assert violent and all(r.background for r in violent)


# --- 2. a named doer's attack on an armed post under "after" -------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Troops shelled the town after rebels attacked a checkpoint near Goma.", "Rebels", None),
        ("Troops shelled the town after rebels attacked a police checkpoint near Goma.", "Rebels", "Police Forces"),
        ("Soldiers shelled the hills after militants attacked an army outpost near Kidal.", None, "Military Forces"),
    ],
)
def test_attack_on_a_post_under_after_is_its_own(pipeline, text, doer, target):
    reports = _reports(pipeline, text)
    sub = [r for r in reports if r.event_type == "Battles" and "subordinate act" in " ".join(r.notes)]
    assert len(sub) == 1, [(r.sub_event_type, r.evidence.text) for r in reports]
    r = sub[0]
    assert r.actor1 is not None and not r.actor1.name.startswith("Military")
    if doer is not None:
        assert doer in r.actor1.name
    if target is None:
        assert r.actor2 is None
    else:
        assert r.actor2 is not None and r.actor2.name.startswith(target)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the journalist after officers raided his home in Lahore.",  # no armed target
        "Police cordoned off the area after the attack on a checkpoint near Goma.",  # told before
    ],
)
def test_no_second_side_no_post_no_report(pipeline, text):
    reports = _reports(pipeline, text)
    assert not any("subordinate act" in " ".join(r.notes) and r.event_type == "Battles" for r in reports)


# --- 3. what a blast targeted ------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("A roadside blast targeted an army convoy near Kismayo.", "Military Forces of Somalia"),
        ("An army convoy was targeted by a roadside bomb near Kismayo.", "Military Forces of Somalia"),
        ("A roadside bomb targeting a police patrol exploded near Kismayo.", "Police Forces of Somalia"),
        ("Residents fled following a roadside blast that targeted an army convoy near Kismayo.",
         "Military Forces of Somalia"),
        ("An explosion hit a convoy carrying soldiers near Kismayo.", "Military Forces of Somalia"),
        ("An explosion hit a convoy near Kismayo.", None),  # whose convoy, the text has not said
        ("A roadside bomb hit an aid convoy near Kismayo.", None),
        ("A roadside bomb targeting a market exploded near Kismayo.", None),
    ],
)
def test_blast_target_is_actor2(pipeline, text, actor2):
    reports = [r for r in _reports(pipeline, text) if r.sub_event_type == IED]
    assert len(reports) == 1
    got = reports[0].actor2
    if actor2 is None:
        assert got is None or not got.name.startswith(("Military", "Police"))
    else:
        assert got is not None and got.name == actor2


@pytest.mark.slow
def test_act_under_after_a_day_before_the_main_one(pipeline):
    reports = _reports(pipeline, "Police arrested 20 people in Kano on Monday, a day after gunmen killed three "
                                 "villagers.")  # Monday: 2024-05-13
    main = next(r for r in reports if r.sub_event_type == "Arrests")
    sub = next(r for r in reports if r.sub_event_type == "Attack")
    assert main.date.value == "2024-05-13" and sub.date.value == "2024-05-12"
    assert not sub.background


@pytest.mark.slow
def test_act_under_after_with_no_length_keeps_the_day(pipeline):
    reports = _reports(pipeline, "Police arrested 20 people in Kano on Monday after gunmen killed three villagers.")
    assert {r.date.value for r in reports} == {"2024-05-13"}
