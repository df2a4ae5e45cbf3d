"""An ACLED coder's audit, second round: short news texts (written for these tests) and what a coder
following the reference conventions (``../shared/reference/event-coding.md``; where it is silent,
ACLED's codebook: the most conservative figure a report gives) would code for each.

Fast tests read the fatalities and roles helpers on a parse; the slow ones run the full pipeline.
Known gaps owned by other modules are strict ``xfail`` with the module named.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import article_reports as _article
from events_helpers import first_sent as _sent
from events_helpers import inter_of as _inter
from events_helpers import only_report as _one
from events_helpers import reports_of as _run
from eventwire.events.fatalities import count_fatalities, suicide_adjust
from eventwire.events.roles import interaction
from eventwire.records import Actor, Fatalities

PUB = dt.date(2024, 5, 15)  # a Wednesday


# --- fatalities on a parse: qualified figures ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "at least" / "more than" / "over": the figure stated
        ("The clashes left at least 15 dead.", 15),
        ("The clashes left more than a dozen dead.", 12),
        ("Air strikes killed over 50 civilians in Idlib.", 50),
        # approximations and upper figures: the only figure the report gives
        ("As many as 30 people were killed in air strikes on Aleppo.", 30),
        ("Some 20 soldiers died in the ambush.", 20),
        ("Nearly 40 people were killed in clashes.", 40),
        ("Up to 20 people were killed when the army shelled the town.", 20),
        # a bound below is no figure: the vague plural, never the bound itself
        ("Gunmen killed fewer than 10 villagers in a raid on Monday.", 3),
        ("Less than 10 people died in the clashes.", 3),
        ("Fewer than three people were killed.", 2),
        ("No fewer than 10 people were killed in the attack.", 10),  # "no fewer than" is "at least"
        # beaten / hacked to death
        ("A mob beat a man to death after accusing him of theft.", 1),
        ("Three farmers were hacked to death by herders.", 3),
        # a killing named by a noun: its count; without one it names a kind of act, not a toll
        ("The group claimed the killing of 12 soldiers.", 12),
        ("We learned of war crimes and the killing of journalists.", 0),
    ],
)
def test_qualified_fatality_figures(nlp, text, expected):
    fat, _ = count_fatalities(_sent(nlp, text))
    assert fat.count == expected


@pytest.mark.parametrize(
    ("text", "toll", "bombers", "expected"),
    [
        ("A suicide bomber killed four policemen.", 4, 1, 5),
        ("Two suicide bombers killed 10 people at a market.", 10, 2, 12),
        ("Five people, including the bomber, were killed.", 5, 1, 5),  # the bomber is already counted
        ("The bomber blew himself up, killing himself and four others.", 5, 1, 5),
    ],
)
def test_suicide_bombers_are_counted_once(text, toll, bombers, expected):
    counted = "himself and four others" if "himself" in text else "people"
    assert suicide_adjust(Fatalities(count=toll, text=counted), text, bombers=bombers).count == expected


@pytest.mark.parametrize(
    ("i1", "i2", "code"),
    [(1, 2, 12), (2, 1, 12), (1, 7, 17), (6, 1, 16), (5, None, 50), (3, 3, 33), (None, 7, 70)],
)
def test_interaction_code_lower_first(i1, i2, code):
    a1 = Actor("a", i1) if i1 is not None else None
    a2 = Actor("b", i2) if i2 is not None else None
    assert interaction(a1, a2) == code


# --- full pipeline -----------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("A suicide bomber blew himself up outside a mosque in Maiduguri on Friday, killing 12 worshippers.", 13),
        ("Two suicide bombers killed 10 people at a market in Konduga on Monday.", 12),
        ("A suicide bomber blew himself up at a rally in Peshawar on Sunday, killing himself and four others.", 5),
        ("Gunmen killed fewer than 10 villagers in Maiduguri on Monday, residents said.", 3),
        ("As many as 30 people were killed in air strikes on Aleppo on Friday, activists said.", 30),
        ("Gunmen wounded five passengers in an attack on a bus in Mandera on Monday.", 0),
        ("Police said there were no casualties after a grenade exploded near a bank in Bujumbura on Sunday.", 0),
        ("A car bomb exploded outside a hotel in Mogadishu on Sunday, causing casualties, police said.", 0),
        ("Nobody was hurt when a grenade exploded outside a bar in Bujumbura on Saturday.", 0),
    ],
)
def test_pipeline_fatality_conventions(pipeline, text, fatalities):
    assert _one(pipeline, text).fatalities.count == fatalities


@pytest.mark.slow
def test_pipeline_suicide_bomb_type_and_actors(pipeline):
    r = _one(pipeline, "A suicide car bomber killed seven soldiers at a checkpoint in Mogadishu on Sunday, police said.")
    assert r.sub_event_type == "Suicide bomb"
    assert r.fatalities.count == 8
    assert r.actor1 is not None and r.actor1.name.startswith("Unidentified Armed Group")
    assert _inter(r.actor2) == 1


@pytest.mark.slow
def test_pipeline_party_claim_names_the_claimant(pipeline):
    r = _one(pipeline, "Islamic State said its fighters killed 25 soldiers in an attack near Palmyra on Tuesday.")
    assert r.actor1 is not None and r.actor1.name == "Islamic State"  # "its fighters": the group that says so
    assert r.fatalities.count == 25
    assert r.claimed and r.fatalities.claimed_by == "Islamic State"


@pytest.mark.slow
def test_pipeline_claimed_killing_names_the_claimant(pipeline):
    r = _one(pipeline, "The Islamic State claimed the killing of 12 soldiers in an attack near Deir ez-Zor on Monday.")
    assert r.actor1 is not None and r.actor1.name == "Islamic State"
    assert r.fatalities.count == 12 and r.fatalities.claimed_by == "Islamic State" and r.claimed


@pytest.mark.slow
def test_pipeline_group_claiming_its_toll(pipeline):
    r = _one(pipeline, "ISWAP fighters killed 20 soldiers and captured their base in Borno on Saturday, the group "
                       "claimed.")
    assert r.fatalities.count == 20
    assert r.claimed and r.fatalities.claimed_by == r.actor1.name
    assert _inter(r.actor1) == 2 and _inter(r.actor2) == 1


@pytest.mark.slow
def test_pipeline_police_counting_is_no_claim(pipeline):
    r = _one(pipeline, "Police said gunmen killed three villagers in Zamfara on Monday.")
    assert r.event_type == "Violence against civilians"
    assert r.actor1 is not None and r.actor1.name.startswith("Unidentified Armed Group")  # not the police
    assert r.fatalities.count == 3 and r.fatalities.claimed_by is None


@pytest.mark.slow
def test_pipeline_claim_of_responsibility_adds_no_event(pipeline):
    reports = _run(pipeline, "A bomb exploded at a market in Mogadishu on Monday, killing six people. "
                             "Al-Shabaab claimed responsibility for the attack.")
    assert len(reports) == 1
    r = reports[0]
    assert r.sub_event_type == "Remote explosive/landmine/IED"
    assert r.actor1 is not None and r.actor1.name == "Al Shabaab"
    assert r.fatalities.count == 6


@pytest.mark.slow
def test_pipeline_blame_adds_no_event(pipeline):
    reports = _run(pipeline, "Gunmen killed five soldiers at a checkpoint in Gao on Monday. "
                             "The army blamed jihadists for the attack.")
    assert len(reports) == 1
    assert reports[0].fatalities.count == 5


@pytest.mark.slow
def test_pipeline_background_episode_is_flagged_and_not_news(pipeline):
    reports = _run(pipeline, "Gunmen killed six villagers in Zamfara on Monday. "
                             "Last year, bandits killed 40 people in the same district.")
    news = [r for r in reports if not r.background]
    old = [r for r in reports if r.background]
    assert len(news) == 1 and news[0].fatalities.count == 6 and news[0].date.value == "2024-05-13"
    assert all(r.date.value != "2024-05-13" for r in old)  # old news never takes the day of the news


@pytest.mark.slow
def test_pipeline_follow_up_summary_adds_no_event(pipeline):
    reports = _run(pipeline, "Gunmen killed five people in Mandera on Monday. The attack brings to 40 the number "
                             "of people killed in the county this year.")
    assert len(reports) == 1
    assert reports[0].fatalities.count == 5


@pytest.mark.slow
def test_pipeline_overnight_is_the_night_before(pipeline):
    r = _one(pipeline, "Russian missiles hit Kharkiv overnight, killing three civilians, the regional governor said.")
    assert r.date.value == "2024-05-14" and r.date.precision == 1
    assert _inter(r.actor1) == 8 and _inter(r.actor2) == 7  # Russian forces in Ukraine: External/Other
    assert r.fatalities.count == 3


@pytest.mark.slow
def test_pipeline_night_of_a_named_day(pipeline):
    r = _one(pipeline, "Gunmen killed seven villagers in Zamfara on Sunday night, police said.")
    assert r.date.value == "2024-05-12" and r.date.precision == 1


@pytest.mark.slow
def test_pipeline_earlier_this_month_is_month_precision(pipeline):
    r = _one(pipeline, "Earlier this month, gunmen kidnapped 20 schoolchildren in Kaduna, police said.")
    assert r.sub_event_type == "Abduction/forced disappearance"
    assert r.date.precision == 3 and r.date.value == "2024-05-01"
    assert r.fatalities.count == 0
    assert _inter(r.actor2) == 7


@pytest.mark.slow
def test_pipeline_associated_militia(pipeline):
    r = _one(pipeline, "Soldiers and pro-government militiamen clashed with rebels in Bambari on Monday.")
    assert _inter(r.actor1) == 1 and _inter(r.actor2) == 2
    assert [a.inter for a in r.assoc_actor_1] == [3]
    assert interaction(r.actor1, r.actor2) == 12


@pytest.mark.slow
def test_pipeline_backing_air_force_is_associated(pipeline):
    r = _one(pipeline, "Government troops, backed by Russian air support, recaptured the town of Kidal on Tuesday.")
    assert r.sub_event_type == "Government regains territory"
    assert r.actor1 is not None and r.actor1.name == "Military Forces of Mali"
    assert [(a.name, a.inter) for a in r.assoc_actor_1] == [("Military Forces of Russia", 8)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Nearly 40 people were killed in clashes between the army and rebels in Bamenda on Sunday.",
        "Fighting between the army and rebels in Goma on Saturday left dozens dead, hospital staff said.",
    ],
)
def test_pipeline_fighting_between_two_sides(pipeline, text):
    r = _one(pipeline, text)
    assert r.sub_event_type == "Armed clash"
    assert {_inter(r.actor1), _inter(r.actor2)} == {1, 2}  # a rebel group, not an unidentified one
    assert interaction(r.actor1, r.actor2) == 12
    assert not r.assoc_actor_2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "inter2"),
    [
        ("A roadside bomb killed three militiamen near Gao on Friday.", 3),
        ("A grenade attack killed two gunmen in Bujumbura on Sunday.", 3),
        ("Gunmen ambushed a patrol near Gao on Friday, killing three soldiers.", 1),
        ("Soldiers repelled an attack by gunmen on a base in Zamfara on Monday, killing six of the attackers.", 3),
    ],
)
def test_pipeline_armed_victims_are_actor2(pipeline, text, inter2):
    r = _one(pipeline, text)
    assert _inter(r.actor2) == inter2


@pytest.mark.slow
def test_pipeline_perpetrator_of_another_clause_in_a_battle(pipeline):
    r = _one(pipeline, "Two gunmen were killed when soldiers returned fire in Zamfara on Monday.")
    assert r.sub_event_type == "Armed clash"
    assert _inter(r.actor1) == 1 and _inter(r.actor2) == 3
    assert r.fatalities.count == 2


@pytest.mark.slow
def test_pipeline_rival_militias_are_both_sides(pipeline):
    r = _one(pipeline, "Fighting between rival militias killed five people in Tripoli on Monday.")
    assert r.sub_event_type == "Armed clash"
    assert _inter(r.actor1) == 3 and _inter(r.actor2) == 3  # two unnamed groups, no civilians side
    assert r.fatalities.count == 5


@pytest.mark.slow
def test_pipeline_attackers_own_dead_are_not_associated_with_the_victims(pipeline):
    r = _one(pipeline, "Two policemen and three attackers were killed when gunmen stormed a police station in "
                       "Kano on Monday.")
    assert r.actor1 is not None and r.actor1.name.startswith("Unidentified Armed Group")
    assert r.actor2 is not None and r.actor2.name == "Police Forces of Nigeria"
    assert r.assoc_actor_2 == []
    assert r.fatalities.count == 5


@pytest.mark.slow
def test_pipeline_pronoun_of_a_later_clause_is_the_earlier_subject_not_the_source(pipeline):
    reports = _run(pipeline, "Police said militants attacked a checkpoint in Bannu on Saturday, and on Sunday they "
                             "ambushed a convoy in Lakki Marwat.")
    assert len(reports) == 2
    assert all(r.actor1 is not None and r.actor1.name.startswith("Unidentified Armed Group") for r in reports)
    assert all(r.actor2 is None for r in reports)  # a checkpoint, a convoy: whose, the text does not say


@pytest.mark.slow
def test_pipeline_state_violence_against_civilians(pipeline):
    r = _one(pipeline, "Soldiers killed five villagers in Kidal on Tuesday, residents said.")
    assert r.sub_event_type == "Attack"
    assert _inter(r.actor1) == 1 and _inter(r.actor2) == 7  # civilians are actor 2
    assert interaction(r.actor1, r.actor2) == 17


@pytest.mark.slow
def test_pipeline_mob_violence_victims_are_civilians(pipeline):
    r = _one(pipeline, "Villagers lynched two suspected thieves in Zamfara on Monday.")
    assert r.sub_event_type == "Mob violence"
    assert _inter(r.actor1) == 5 and _inter(r.actor2) == 7
    assert r.fatalities.count == 2


@pytest.mark.slow
def test_pipeline_party_supporters_rallying_are_protesters(pipeline):
    r = _one(pipeline, "Hundreds of supporters of the opposition rallied peacefully in Kinshasa on Saturday.")
    assert r.sub_event_type == "Peaceful protest"
    assert interaction(r.actor1, r.actor2) == 60


@pytest.mark.slow
def test_pipeline_rioters_alone(pipeline):
    r = _one(pipeline, "Protesters set fire to a police station in Nairobi on Tuesday.")
    assert r.sub_event_type == "Violent demonstration"
    assert interaction(r.actor1, r.actor2) == 50


@pytest.mark.slow
def test_pipeline_dispersed_march_is_one_protest_with_intervention(pipeline):
    r = _one(pipeline, "Thousands of protesters marched in Nairobi on Tuesday, and police fired tear gas to disperse them.")
    assert r.sub_event_type == "Protest with intervention"
    assert interaction(r.actor1, r.actor2) == 16


@pytest.mark.slow
def test_pipeline_lethal_force_on_protesters(pipeline):
    r = _one(pipeline, "Soldiers opened fire on protesters in Khartoum on Monday, killing seven, doctors said.")
    assert r.sub_event_type == "Excessive force against protesters"
    assert _inter(r.actor1) == 6 and _inter(r.actor2) == 1
    assert r.fatalities.count == 7


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "If the talks fail, the rebels will attack Goma, a spokesman said.",
        "The army plans to launch an offensive on Goma next week.",
        "Militants did not attack the village of Kidal on Tuesday, officials said.",
    ],
)
def test_pipeline_hypotheses_plans_and_negations_are_no_events(pipeline, text):
    assert _run(pipeline, text) == []


@pytest.mark.slow
def test_pipeline_two_places_in_one_phrase_split_the_toll(pipeline):
    reports = _run(pipeline, "Gunmen attacked the villages of Bokkos and Mangu on Sunday, killing 20 people.")
    assert len(reports) == 2
    assert sorted(r.fatalities.count for r in reports) == [10, 10]
    assert {r.location.place.name for r in reports} == {"Bokkos", "Mangu"}


@pytest.mark.slow
def test_pipeline_second_clause_with_own_place_is_its_own_event(pipeline):
    reports = _run(pipeline, "Militants attacked a checkpoint in Bannu on Saturday and ambushed a convoy in "
                             "Lakki Marwat, killing four soldiers.")
    assert len(reports) == 2
    first, second = sorted(reports, key=lambda r: r.evidence.start)
    assert first.location.place.name == "Bannu" and first.fatalities.count == 0
    assert second.location.place.name != "Bannu" and second.fatalities.count == 4
    assert first.date.value == second.date.value == "2024-05-11"  # the clause tells no day of its own


@pytest.mark.slow
def test_pipeline_second_clause_keeps_the_subject(pipeline):
    reports = _run(pipeline, "On Saturday, Al-Shabaab fighters attacked a police station in Baidoa, and on Sunday they "
                             "ambushed a convoy in Afgooye, killing five soldiers.")
    assert len(reports) == 2
    assert all(r.actor1 is not None and r.actor1.name == "Al Shabaab" for r in reports)
    by_day = {r.date.value: r for r in reports}
    assert by_day["2024-05-12"].fatalities.count == 5


@pytest.mark.slow
def test_pipeline_one_clause_without_day_or_place_is_not_split(pipeline):
    reports = _run(pipeline, "Gunmen stormed the village of Kuru in Plateau on Monday and killed 12 residents.")
    assert len(reports) == 1
    assert reports[0].fatalities.count == 12


@pytest.mark.slow
def test_pipeline_death_toll_update_keeps_the_day_of_the_act(pipeline):
    r = _one(pipeline, "The death toll from Monday's bombing in Mogadishu rose to 20 on Wednesday.")
    assert r.date.value == "2024-05-13"
    assert r.fatalities.count == 20


@pytest.mark.slow
def test_pipeline_later_toll_updates_the_event(pipeline):
    reports = _run(pipeline, "Gunmen killed eight people in Mandera on Monday. The death toll later rose to 11, "
                             "police said.")
    assert len(reports) == 1
    assert reports[0].fatalities.count == 11


@pytest.mark.slow
def test_pipeline_rival_later_figure_keeps_the_lowest(pipeline):
    reports = _run(pipeline, "Gunmen killed eight people in Mandera on Monday. Police later put the toll at 10.")
    assert len(reports) == 1
    assert reports[0].fatalities.count == 8


@pytest.mark.slow
def test_pipeline_earlier_episode_toll_is_not_the_news_toll(pipeline):
    reports = _run(pipeline, "Gunmen killed four people in Mandera on Monday. The attack came two weeks after "
                             "gunmen killed 12 people in a nearby village.")
    news = [r for r in reports if not r.background]
    assert len(news) == 1 and news[0].fatalities.count == 4


@pytest.mark.slow
def test_pipeline_a_place_named_near_is_no_perpetrator(pipeline):
    r = _one(pipeline, "A bomb exploded near a police station in Quetta on Monday, killing two officers.")
    assert r.sub_event_type == "Remote explosive/landmine/IED"
    assert r.actor1 is not None and r.actor1.name.startswith("Unidentified Armed Group")
    assert r.actor2 is not None and r.actor2.name == "Police Forces of Pakistan"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("Al-Shabaab fighters attacked an army base in Baidoa on Tuesday.", "Military Forces of Somalia"),
        ("A roadside bomb hit a military convoy near Gao on Friday.", "Military Forces of Mali"),
    ],
)
def test_pipeline_whose_post_was_attacked_is_actor2(pipeline, text, actor2):
    r = _one(pipeline, text)
    assert r.actor2 is not None and r.actor2.name == actor2


@pytest.mark.slow
def test_pipeline_retaken_place_is_no_actor(pipeline):
    r = _one(pipeline, "The army recaptured Palmyra last March with Russian air support.")
    assert r.sub_event_type == "Government regains territory" and r.background
    assert r.actor2 is None
    assert [a.name for a in r.assoc_actor_1] == ["Military Forces of Russia"]
    assert r.date.precision == 3 and r.date.value == "2024-03-01"


@pytest.mark.slow
def test_pipeline_mass_grave_deaths_are_not_the_days_toll(pipeline):
    r = _one(pipeline, "Residents found the bodies of 12 men in a mass grave near Kidal on Monday.")
    assert r.sub_event_type == "Other"
    assert r.fatalities.count == 0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        ("Rebels killed two soldiers in Bamenda on Sunday and two more in Buea on Monday.",
         {"2024-05-12": 2, "2024-05-13": 2}),
        ("Gunmen killed three people in Kaduna on Monday and four in Zaria on Tuesday.",
         {"2024-05-13": 3, "2024-05-14": 4}),
    ],
)
def test_pipeline_gapped_clause_is_its_own_event(pipeline, text, tolls):
    reports = _run(pipeline, text)
    assert {r.date.value: r.fatalities.count for r in reports} == tolls
    assert len({r.location.place.name for r in reports}) == 2
    assert len({r.actor1.name for r in reports}) == 1


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Militants killed three soldiers and two civilians in an attack near Gao on Monday.",
        "Gunmen killed between 10 and 15 villagers in Maiduguri on Monday.",
        "Militants killed 10 soldiers and wounded 15 in Gao on Monday.",
    ],
)
def test_pipeline_one_toll_is_not_gapped(pipeline, text):
    assert len(_run(pipeline, text)) == 1


@pytest.mark.slow
def test_pipeline_displacement_after_clashes_keeps_the_clash(pipeline):
    reports = _run(pipeline, "At least 1,000 people fled their homes after clashes between the army and rebels "
                             "near Goma on Sunday.")
    assert any(r.sub_event_type == "Armed clash" for r in reports)


@pytest.mark.slow
def test_pipeline_injuries_at_a_protest(pipeline):
    r = _one(pipeline, "Twelve people were injured when police fired rubber bullets at protesters in Nairobi on Tuesday.")
    assert r.event_type == "Protests"
    assert r.fatalities.count == 0


@pytest.mark.slow
def test_pipeline_article_tally_of_the_year_is_background_not_the_toll(pipeline):
    reports = _article(pipeline, "Gunmen kill seven villagers in Nigeria's Zamfara",
                       "GUSAU, Nigeria (Reuters) - Gunmen killed seven villagers in Zamfara state on Monday, police "
                       "said.\n\nThe attackers arrived on motorbikes and opened fire on residents, a police spokesman "
                       "said.\n\nBandits have killed hundreds of people in the region this year.")
    news = [r for r in reports if not r.background]
    assert len(news) == 1
    assert news[0].fatalities.count == 7 and news[0].date.value == "2024-05-13"
    assert all(r.date.value is None for r in reports if r.background)


@pytest.mark.slow
def test_pipeline_article_total_of_several_attacks_adds_no_event(pipeline):
    reports = _article(pipeline, "Three attacks kill 20 in Burkina Faso",
                       "OUAGADOUGOU - Gunmen killed eight people in Djibo on Sunday. On Monday, militants killed seven "
                       "soldiers in an ambush near Kaya, and five civilians died when their bus hit a landmine near "
                       "Dori.\n\nIn total, 20 people were killed in the three attacks, officials said.")
    by_place = {r.location.place.name: r for r in reports}
    assert set(by_place) == {"Djibo", "Kaya", "Dori"}
    assert [by_place[p].fatalities.count for p in ("Djibo", "Kaya", "Dori")] == [8, 7, 5]
    # each clause is typed by its own words: the ambush is a battle, the landmine a remote explosive
    assert by_place["Kaya"].sub_event_type == "Armed clash"
    assert by_place["Dori"].sub_event_type == "Remote explosive/landmine/IED"
    assert by_place["Dori"].date.value == by_place["Kaya"].date.value == "2024-05-13"


@pytest.mark.slow
def test_pipeline_article_claim_in_a_later_paragraph(pipeline):
    reports = _article(pipeline, "Suicide bomber kills 12 in Mogadishu",
                       "MOGADISHU (AP) - A suicide bomber blew himself up at a busy restaurant in Mogadishu on "
                       "Tuesday, killing 12 people, police said.\n\nAl-Shabaab claimed responsibility for the attack "
                       "in a statement.\n\nThe bombing was the deadliest in the capital this year.")
    assert len(reports) == 1
    r = reports[0]
    assert r.sub_event_type == "Suicide bomb" and r.fatalities.count == 13  # the bomber counts
    assert r.actor1 is not None and r.actor1.name == "Al Shabaab"
    assert _inter(r.actor2) == 7


@pytest.mark.slow
def test_pipeline_herders_killing_farmers_is_an_attack(pipeline):
    r = _one(pipeline, "Three farmers were hacked to death by herders in Benue on Sunday.")
    assert r.sub_event_type == "Attack"
    assert r.fatalities.count == 3


@pytest.mark.slow
def test_pipeline_attack_on_town_killing_soldiers_is_a_battle(pipeline):
    r = _one(pipeline, "Boko Haram fighters attacked the town of Konduga on Monday, killing 12 soldiers.")
    assert r.sub_event_type == "Armed clash"
    assert _inter(r.actor2) == 1
