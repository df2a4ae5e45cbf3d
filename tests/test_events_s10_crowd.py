"""Crowd event types, tenth session: sentences written for these tests from ACLED's definitions.

The mechanisms: a demonstration's riot told in the next sentence by stand-ins ("They burned tyres",
"Several cars were torched", "ten officers were injured") makes it a violent demonstration
(``events/crowdfollow.py``); police hurt at a demonstration with no armed group named, and violence
that "flared" as crowds took to the streets, and a demonstrator kicking the forces' tear gas
canister back, are the crowd's violence; a parse that hangs the clash
of the crowd or the forces' live fire inside what the crowd protests about is read again
(``crowdforce.misread_grievance``); "confrontations" between the forces and demonstrators are a fight;
people shot dead while "taking part in" a march, a demonstrator maimed by rubber bullets, "police
firing on" a crowd that "left" people dead, a protest camp attacked by the forces and fire opened on
"agitating" workers are excessive force; a sit-in cleared by the forces is an intervention; a crowd
that attacked a person and then burned his vehicle, and "hundreds of people" attacking a community's
shops, and clashes between two faiths' people, are a mob. Negatives keep their own types."""

from __future__ import annotations

from typing import Any

import pytest

from events_helpers import nlp_index, type_of
from eventwire.events.crowdfollow import demonstration_told_before
from eventwire.events.crowdforce import crowd_fought, misread_grievance

PP = "Peaceful protest"
PI = "Protest with intervention"
EF = "Excessive force against protesters"
VD = "Violent demonstration"
MOB = "Mob violence"

SENTENCES = [
    # the riot told after the demonstration, by stand-ins
    ("Hundreds of nurses marched through Blantyre on Friday to demand unpaid allowances. "
     "Some of them later hurled stones at the police.", VD),
    ("Traders rallied outside the town council in Koidu over new market fees. Two council vehicles were set ablaze.", VD),
    ("Pensioners demonstrated in front of the finance ministry in Sofia. Police said eight officers were injured.", VD),
    ("Villagers protested for a second day against the quarry near Tambacounda. "
     "They burned tyres and pelted the company's trucks with stones.", VD),
    ("Fishermen have been demonstrating for weeks against the port project. "
     "On Monday they broke through the police cordon and clashed with officers.", VD),
    # the demonstration stays as it was when the next sentence tells no riot of the crowd's
    ("Hundreds of nurses marched through Blantyre on Friday to demand unpaid allowances. The march ended peacefully.", PP),
    ("Teachers rallied outside parliament in Lusaka over late salaries. Police later dispersed them with tear gas.", PI),
    # the crowd's violence in one sentence
    ("Police said 14 officers were hurt in the violence that broke out at the opposition rally in Lilongwe.", VD),
    ("Violence flared in Conakry on Tuesday as thousands of opposition supporters took to the streets.", VD),
    ("A student kicks a tear gas canister back at riot police during a protest in La Paz, Bolivia.", VD),
    ("Dozens were hurt in Chittagong as students demanding lower bus fares clashed with ruling party activists and police.", VD),
    # force on demonstrators
    ("Soldiers cracked down on the march with live fire, killing at least six people.", EF),
    ("Gunmen in uniform shot and killed three people taking part in a peaceful march in Bangui.", EF),
    ("A student taking part in the sit-in lost an eye after police fired rubber bullets at close range.", EF),
    ("Riot police attacked the protest camp outside the ministry, killing four demonstrators.", EF),
    ("Soldiers used force to clear a sit-in by unemployed graduates outside the governorate in Kasserine.", PI),
    ("Three students were killed and dozens hurt in confrontations between riot police and demonstrators in Sylhet.", VD),
    ("Police firing on villagers protesting the land acquisition in Singur left four people dead.", EF),
    ("Three men died when police opened fire on agitating weavers in Bhiwandi.", EF),
    # a crowd turning on a person or on a community
    ("A crowd attacked a lorry driver and set his lorry ablaze after it hit a schoolgirl in Kericho.", MOB),
    ("Hundreds of people attacked Christian-owned shops in the town after the sermon.", MOB),
    ("Clashes erupted between Sikhs and Hindus in the market on Sunday, leaving one dead and a dozen shops burnt.", MOB),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_crowd_types(text: str, expected: str) -> None:
    assert type_of(text) == expected


NOT_CROWD = [
    # an armed group's attack after a demonstration is no riot of the demonstrators
    ("Students marched in Maiduguri against school closures. Gunmen later attacked a village nearby, killing five.",
     "Peaceful protest"),
    ("Soldiers and Al-Shabaab fighters clashed near Jowhar, leaving six fighters dead.", "Armed clash"),
    ("A mob lynched a man accused of stealing a goat in Mbarara.", MOB),
    # another place or day, or a word of another incident: no follow-up of the march
    ("Hundreds of students protested in Dhaka on Monday. Several buses were torched in Chittagong the next day.",
     "Peaceful protest"),
    ("Thousands protested peacefully in Lagos on Monday. Meanwhile, they looted shops in Kano.", "Peaceful protest"),
    # "striking" that hits, not a strike of work
    ("A teacher was arrested in Nairobi on Monday for striking pupils with a cane.", "Arrests"),
]


@pytest.mark.parametrize(("text", "expected"), NOT_CROWD)
def test_not_a_violent_demonstration(text: str, expected: str) -> None:
    assert type_of(text) == expected


def _sents(text: str) -> list[Any]:
    nlp, _idx = nlp_index()
    return list(nlp(text).sents)


def test_demonstration_told_before_needs_a_demonstration_and_stand_ins() -> None:
    _nlp, idx = nlp_index()
    _first, second = _sents("Workers marched to the mine offices in Kolwezi. They smashed the windows of the offices.")
    assert [h.phrase for h in demonstration_told_before(second, idx.match(second))] == ["demonstrators told before"]
    _first, second = _sents("The minister visited Kolwezi on Monday. They smashed the windows of the offices.")
    assert demonstration_told_before(second, idx.match(second)) == []
    _first, second = _sents("Workers marched to the mine offices in Kolwezi. Soldiers smashed the windows of the offices.")
    assert demonstration_told_before(second, idx.match(second)) == []


def test_crowd_fought_when_officers_are_hurt_with_no_armed_group() -> None:
    (sent,) = _sents("Twelve officers were injured at the protest in Dakar on Saturday.")
    assert crowd_fought(sent)
    (sent,) = _sents("Twelve officers were injured by gunmen near the protest in Dakar on Saturday.")
    assert not crowd_fought(sent)


def test_misread_grievance() -> None:
    (sent,) = _sents("Security forces cracked down on the protest with live fire.")
    fire = next(t for t in sent if t.lower_ == "fire")
    assert misread_grievance(fire)
    (sent,) = _sents("Students protested against the killing of a classmate by police.")
    killing = next(t for t in sent if t.lower_ == "killing")
    assert not misread_grievance(killing)


def test_march_elsewhere_is_not_raised_by_a_shooting_in_another_town() -> None:
    # the demonstration in the lead keeps its level when the next sentence tells another place
    text = ("Anti-coup protesters marched in several towns on Sunday. In Monywa, soldiers opened fire on the "
            "crowd, killing three people, witnesses said.")
    assert type_of(text) == "Peaceful protest"
    assert type_of("Thousands marched in Nairobi on Tuesday. Police fired tear gas to disperse them.") == (
        "Protest with intervention")
