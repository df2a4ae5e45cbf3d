"""Seventeenth session, round 2: who acted and how many died, leftovers of the first round.

- "Soldiers killed three rebels in a clash ...; one soldier was wounded": the parse hangs the act on the
  wounding told after it; the killers and the killed are the sides (not an unidentified group and the
  wounded soldier).
- "Three soldiers were killed in Ukrainian shelling of X", parsed with the demonym as the object of "in":
  the demonym's military is actor 1, never the killed soldiers' side as well.
- "retook the town after heavy fighting that killed 10 militants" (the small model leaves "retook" as its
  own lemma): the fight's dead are the taking's; "..., losing three men": the attackers' own dead.
- "The assailant, who died in the explosion, had driven a car ... into the checkpoint" right after the
  bombing: the past perfect tells how that act went, not a past event of its own.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from events_helpers import news_acts, reports_of

PUB = dt.date(2025, 3, 12)


def _acts(pipeline, text):
    return news_acts(reports_of(pipeline, text, published=PUB))


def test_wounding_told_after_the_kill_keeps_the_killers(pipeline):
    acts = _acts(pipeline, "Troops killed four NPA guerrillas in an encounter in Samar; one soldier was wounded.")
    assert len(acts) == 1
    r = acts[0]
    assert r.actor1 is not None and r.actor1.name.startswith("Military Forces of"), r.actor1
    assert r.actor2 is not None and "New People's Army" in r.actor2.name, r.actor2
    assert r.fatalities.count == 4


def test_demonym_before_shelling_read_as_object_is_the_striker(pipeline):
    acts = _acts(pipeline, "Two soldiers were killed in Ukrainian shelling of Horlivka on Tuesday.")
    assert len(acts) == 1
    r = acts[0]
    assert r.actor1 is not None and r.actor1.name == "Military Forces of Ukraine", r.actor1
    assert r.actor2 is None or r.actor2.name != r.actor1.name, r.actor2
    assert r.fatalities.count == 2


def test_fight_a_retaking_came_after_gives_its_dead(pipeline):
    acts = _acts(pipeline, "Somali forces retook the town of Bulo Burde on Monday after heavy fighting that "
                           "killed 12 militants.")
    assert [a.sub_event_type for a in acts] == ["Government regains territory"]
    assert acts[0].fatalities.count == 12


def test_men_a_side_lost_are_dead(pipeline):
    acts = _acts(pipeline, "Al-Shabaab fighters stormed an army base in Hiraan on Monday, losing five men.")
    assert len(acts) == 1
    assert acts[0].fatalities.count == 5


def test_what_else_a_side_lost_is_no_toll(pipeline):
    acts = _acts(pipeline, "Al-Shabaab fighters stormed an army base in Hiraan on Monday, losing two vehicles.")
    assert len(acts) == 1
    assert acts[0].fatalities.count == 0


def test_past_perfect_after_the_bombing_tells_it_again(pipeline):
    text = ("A suicide bomber struck a police checkpoint in Baidoa on Monday, killing three policemen. The assailant, "
            "who died in the blast, had driven a car packed with explosives into the checkpoint.")
    reports = reports_of(pipeline, text, published=PUB)
    assert len(reports) == 1, [(r.sub_event_type, r.background, r.evidence.text) for r in reports]
    assert reports[0].sub_event_type == "Suicide bomb"
    assert reports[0].fatalities.count == 4  # the three policemen and the bomber


def test_dated_past_perfect_after_an_act_stays_apart(pipeline):
    text = ("A suicide bomber struck a police checkpoint in Baidoa on Monday, killing three policemen. The attackers "
            "had bombed the same checkpoint in March 2019.")
    reports = reports_of(pipeline, text, published=PUB)
    assert len(news_acts(reports)) == 1
    assert sum(r.fatalities.count for r in news_acts(reports)) == 4
