"""Actors and tolls, tenth session: a state that says "it" acted is its military; the parties of an
agreement are its two actors (and a government met abroad is the other party's); the members of a
named group are that group; machines and projectiles shot down are no fatalities."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article


def _main(pipeline, text: str):
    article = pipeline.process(Article(id="s10roles", text=text, published=dt.date(2024, 5, 8)))
    reports = [r for r in article.reports if not r.background]
    assert reports, text
    return reports[0]


def _name(actor) -> str | None:
    return actor.name if actor is not None else None


#: (text, actor 1): the actor read from the clause when the text names no actor mention of its own
ACTOR1 = [
    # a country that says "it" acted, air defences
    ("Turkey said it killed 20 PKK militants in air strikes in northern Iraq on Monday.", "Military Forces of Turkey"),
    ("Israel said it intercepted 12 rockets fired from Lebanon on Sunday.", "Military Forces of Israel"),
    ("Ukrainian air defences shot down 20 Russian drones over Kyiv overnight.", "Military Forces of Ukraine"),
    # the members of a named group
    ("Rebels of the M23 seized the town of Rubaya in North Kivu on Tuesday after government troops withdrew.",
     "M23: March 23 Movement"),
    ("Fighters from the Islamic State West Africa Province attacked a military base in Yobe state on Monday, "
     "killing six soldiers.", "Islamic State (West Africa)"),
    # a country that strikes (the act's subject or its light verb's)
    ("Israel struck Hezbollah targets in southern Lebanon on Monday, killing three fighters.",
     "Military Forces of Israel"),
    ("Russia launched a massive missile attack on Ukraine's energy grid overnight, Kyiv said.",
     "Military Forces of Russia"),
    ("Pakistan carried out air strikes inside Afghanistan's Khost province on Monday, killing eight people.",
     "Military Forces of Pakistan"),
    # a name of two words
    ("Saudi Arabia carried out air strikes on Houthi positions in Saada on Monday, killing 12 fighters.",
     "Military Forces of Saudi Arabia"),
    # a territory is no state
    ("Gaza fired rockets at Ashkelon on Tuesday, the Israeli army said.", "Unidentified Armed Group (Palestine)"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "actor1"), ACTOR1)
def test_actor1_read_from_the_clause(pipeline, text: str, actor1: str) -> None:
    assert _name(_main(pipeline, text).actor1) == actor1


@pytest.mark.slow
def test_country_reporting_others_act_is_not_the_actor(pipeline) -> None:
    r = _main(pipeline, "Nigeria said gunmen killed 10 villagers in Zamfara on Sunday.")
    assert _name(r.actor1) == "Unidentified Armed Group (Nigeria)"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian air defences shot down 20 Russian drones over Kyiv overnight.",
        "Soldiers shot down three helicopters of the rebels near Goma on Friday.",
    ],
)
def test_machines_shot_down_are_no_toll(pipeline, text: str) -> None:
    assert _main(pipeline, text).fatalities.count == 0


@pytest.mark.slow
def test_protesters_shot_down_still_count(pipeline) -> None:
    r = _main(pipeline, "Police shot down five protesters in Khartoum on Friday.")
    assert r.fatalities.count == 5


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("The government and the ELN rebels signed a ceasefire agreement in Havana on Monday.",
         "Government of Colombia", "ELN: National Liberation Army"),
        ("The government signed a peace deal with the ELN in Havana on Monday.",
         "Government of Colombia", "ELN: National Liberation Army"),
        ("The Sudanese army and the Rapid Support Forces agreed to a one-week truce in Jeddah on Saturday.",
         "Military Forces of Sudan", "RSF: Rapid Support Forces"),
    ],
)
def test_agreement_parties(pipeline, text: str, actor1: str, actor2: str) -> None:
    r = _main(pipeline, text)
    assert r.sub_event_type == "Agreement"
    assert (_name(r.actor1), _name(r.actor2)) == (actor1, actor2)


@pytest.mark.slow
def test_government_of_the_event_country_stays(pipeline) -> None:
    # the government's country is written: it is not moved to the other party's
    r = _main(pipeline, "Venezuela's government and the ELN signed a ceasefire deal in Caracas on Monday.")
    assert _name(r.actor1) == "Government of Venezuela"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Fighting between Armenian and Azerbaijani troops along the border killed 49 soldiers overnight.",
         {"Military Forces of Armenia", "Military Forces of Azerbaijan"}),
        ("Clashes between Sudanese and Ethiopian soldiers near Fashaga left five dead on Sunday.",
         {"Military Forces of Sudan", "Military Forces of Ethiopia"}),
    ],
)
def test_sides_named_by_demonyms_sharing_a_head(pipeline, text: str, sides: set[str]) -> None:
    r = _main(pipeline, text)
    assert r.sub_event_type == "Armed clash"
    assert {_name(r.actor1), _name(r.actor2)} == sides


@pytest.mark.slow
def test_act_of_a_split_sentence_takes_the_sentence_place_over_the_dateline(pipeline) -> None:
    article = pipeline.process(Article(
        id="s10place", published=dt.date(2024, 5, 8),
        text="LAGOS, Nigeria — Bandits killed 15 villagers and abducted dozens in an attack on a village in "
             "Zamfara state on Tuesday night, residents said."))
    reports = [r for r in article.reports if not r.background]
    killing = next(r for r in reports if r.fatalities.count == 15)
    assert killing.location is not None and killing.location.place is not None
    assert killing.location.place.admin1 == "Zamfara State"


@pytest.mark.slow
def test_shot_dead_with_the_object_on_dead(pipeline) -> None:
    # the parser hangs the object on "dead": still one killed; a settler is ACLED's settlers
    r = _main(pipeline, "An Israeli settler shot dead a Palestinian man near Nablus on Friday, the Palestinian "
                        "health ministry said.")
    assert r.fatalities.count == 1
    assert _name(r.actor1) == "Settlers (Israel)"


@pytest.mark.slow
def test_armed_group_dispersing_protesters_is_actor2(pipeline) -> None:
    article = pipeline.process(Article(
        id="s10protest", published=dt.date(2024, 5, 8),
        text="Hundreds of women protested in Kabul on Monday against the ban on girls' education. Taliban "
             "fighters fired into the air to disperse them and beat several protesters, witnesses said."))
    reports = [r for r in article.reports if not r.background]
    assert len(reports) == 1
    assert reports[0].sub_event_type == "Protest with intervention"
    # in 2024 the Taliban are Afghanistan's state forces (ACLED: Military Forces of Afghanistan (2021-))
    assert (_name(reports[0].actor1), _name(reports[0].actor2)) == ("Protesters (Afghanistan)",
                                                                     "Military Forces of Afghanistan")


@pytest.mark.slow
def test_attackers_retreat_is_part_of_their_attack(pipeline) -> None:
    article = pipeline.process(Article(
        id="s10retreat", published=dt.date(2024, 5, 8),
        text="Boko Haram fighters stormed a military base in Marte, Borno state, on Sunday, killing 10 soldiers, "
             "military sources said. The insurgents later withdrew after reinforcements arrived."))
    reports = [r for r in article.reports if not r.background]
    assert [r.sub_event_type for r in reports] == ["Armed clash"]
    assert any("retreat" in n for n in reports[0].notes)


@pytest.mark.slow
def test_attacker_of_police_is_an_armed_actor(pipeline) -> None:
    r = _main(pipeline, "A police officer was stabbed to death by a man shouting slogans in Mulhouse, France, on Saturday.")
    assert r.actor1 is not None and r.actor1.name == "Unidentified Armed Group (France)"
    assert _name(r.actor2) == "Police Forces of France"


@pytest.mark.slow
def test_country_that_records_attacks_is_no_actor(pipeline) -> None:
    r = _main(pipeline, "Gunmen killed 12 villagers in Zamfara on Sunday; Nigeria recorded 40 such attacks this year.")
    assert _name(r.actor1) == "Unidentified Armed Group (Nigeria)"


@pytest.mark.slow
def test_lead_dated_by_its_report_merges_with_the_dated_account(pipeline) -> None:
    # "..., residents said Monday" dates the report; the next sentence tells the act's own day and place
    article = pipeline.process(Article(
        id="s10said", published=dt.date(2024, 5, 13),
        text="OUAGADOUGOU, Burkina Faso (AP) — Suspected jihadi fighters killed at least 20 civilians in an "
             "attack on a village in northern Burkina Faso, residents said Monday.\n\nThe assailants arrived "
             "on motorbikes in Solhan, in Yagha province, late Saturday and opened fire on residents, a "
             "resident said."))
    reports = [r for r in article.reports if not r.background]
    assert len(reports) == 1
    assert reports[0].fatalities.count == 20
    assert reports[0].date.value == "2024-05-11"


@pytest.mark.slow
def test_acts_of_two_days_stay_two_events(pipeline) -> None:
    article = pipeline.process(Article(
        id="s10twodays", published=dt.date(2024, 5, 13),
        text="Gunmen killed five farmers in Zamfara on Saturday, police said. On Sunday, gunmen killed "
             "three traders in Zamfara, residents said Monday."))
    reports = [r for r in article.reports if not r.background]
    assert sorted(r.date.value for r in reports) == ["2024-05-11", "2024-05-12"]


@pytest.mark.slow
def test_place_of_the_when_clause_over_the_dateline(pipeline) -> None:
    article = pipeline.process(Article(
        id="s10when", published=dt.date(2024, 5, 13),
        text="OUAGADOUGOU, Burkina Faso (AP) — Two soldiers were killed on Sunday when their patrol hit an "
             "improvised explosive device near Djibo, the army said in a statement."))
    reports = [r for r in article.reports if not r.background]
    assert reports and reports[0].location is not None and reports[0].location.place is not None
    assert reports[0].location.place.name == "Djibo"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub", "actor1"),
    [
        ("A Russian missile strike on a residential area of Kharkiv killed seven people on Thursday.",
         "Shelling/artillery/missile attack", "Military Forces of Russia"),
        ("An Israeli air strike on a house in Rafah killed five people on Friday.",
         "Air/drone strike", "Military Forces of Israel"),
        ("A Turkish drone strike killed two PKK fighters near Sulaymaniyah on Sunday.",
         "Air/drone strike", "Military Forces of Turkey"),
    ],
)
def test_strike_named_by_its_weapon_and_its_country(pipeline, text: str, sub: str, actor1: str) -> None:
    r = _main(pipeline, text)
    assert (r.sub_event_type, _name(r.actor1)) == (sub, actor1)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Clashes between police and protesters in Freetown left more than 20 people dead on Monday.", 20),
        ("The clashes in Freetown left 14 people dead on Monday.", 14),
    ],
)
def test_left_dead_counts_the_dead_not_the_subject(pipeline, text: str, toll: int) -> None:
    assert _main(pipeline, text).fatalities.count == toll
