"""Twenty-sixth session: two actor and place mends of the lead (``events.roles``, ``events.linking``).

- "The paramilitary force" points back to the last armed group named before it that is not a country's
  regular army or police (Sudan's Rapid Support Forces); with none named, it stays a state force.
- A sentence whose police are named by their region ("shut down by Puntland police") places the act at a
  town of that region the sentence names, not the whole region.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from events_helpers import actor_name, news_acts, one_news_act, place_name, reports_of, show_reports

SAT = dt.date(2024, 6, 3)


def test_the_paramilitary_force_is_the_group_named_before(pipeline):
    text = ("The country's army has been fighting the Rapid Support Forces since last year. On Saturday the "
            "paramilitary force shelled El Fasher, killing 20 civilians.")
    r = one_news_act(pipeline, text, published=SAT)
    assert actor_name(r.actor1) == "RSF: Rapid Support Forces", show_reports([r])


def test_the_paramilitary_force_with_only_the_army_named_stays_the_state(pipeline):
    text = ("Sudan's army said it had repelled an attack. On Saturday the paramilitary force shelled El Fasher, "
            "killing 20 civilians.")
    acts = [r for r in news_acts(reports_of(pipeline, text, published=SAT)) if r.fatalities.count == 20]
    assert acts, show_reports(news_acts(reports_of(pipeline, text, published=SAT)))
    assert all(actor_name(r.actor1) != "RSF: Rapid Support Forces" for r in acts), show_reports(acts)


def test_a_named_rebel_group_before_state_security_forces_is_not_taken_for_them(pipeline):
    # "the security forces" are the state's, whatever armed group was named before
    text = ("The Rapid Support Forces withdrew from the town last week. On Saturday the security forces shelled "
            "a village near El Fasher, killing 20 civilians.")
    acts = [r for r in news_acts(reports_of(pipeline, text, published=SAT)) if r.fatalities.count == 20]
    assert acts and all(actor_name(r.actor1) == "Military Forces of Sudan" for r in acts), show_reports(acts)


def test_a_town_of_the_police_region_is_the_place(pipeline):
    text = ("A television station operating from Garowe, the regional capital of Puntland, was shut down on "
            "Monday by Puntland police while a journalist was also arrested.")
    acts = news_acts(reports_of(pipeline, text, published=SAT))
    assert acts and {place_name(r) for r in acts} == {"Garoowe"}, show_reports(acts)


def test_the_police_region_alone_stays_the_place(pipeline):
    text = "A journalist was arrested on Monday by Puntland police, his employer said."
    acts = news_acts(reports_of(pipeline, text, published=SAT))
    assert acts and {place_name(r) for r in acts} == {"Puntland"}, show_reports(acts)


def test_a_participle_after_its_noun_tagged_as_a_past_tense_is_a_passive(pipeline):
    # "detained" is tagged VBD here: the pastor is the one detained, never the doer
    text = "On Monday a court in Nairobi released a Kenyan pastor detained for two years on terror charges."
    acts = [r for r in reports_of(pipeline, text, published=SAT) if r.sub_event_type == "Arrests"]
    assert acts, show_reports(reports_of(pipeline, text, published=SAT))
    for r in acts:
        assert (r.actor1 is None or (r.actor1.inter or 0) != 7) and r.actor2 is not None and r.actor2.inter == 7, \
            show_reports(acts)


def test_the_noun_of_a_passive_participle_is_its_patient_not_the_place_after_it(pipeline):
    text = "Many mothers detained in the camps say they want to go home."
    acts = [r for r in reports_of(pipeline, text, published=SAT) if r.sub_event_type == "Arrests"]
    for r in acts:
        assert r.actor1 is None or (r.actor1.inter or 0) != 7, show_reports(acts)


def test_an_active_participle_after_its_noun_keeps_the_noun_as_doer(pipeline):
    text = "Gunmen firing from a car killed three people in Kano on Monday."
    r = one_news_act(pipeline, text, published=SAT)
    assert r.actor1 is not None and r.actor1.inter == 3 and r.fatalities.count == 3, show_reports([r])


def test_an_arrest_by_an_unnamed_force_is_the_countrys_police(pipeline):
    r = one_news_act(pipeline, "Nine people were arrested in Lyon on Saturday over the attack, prosecutors said.",
                     "Arrests", published=SAT)
    assert actor_name(r.actor1) == "Police Forces of France", show_reports([r])
    assert "arresting force not named: the country's police" in r.notes


def test_an_arrest_by_a_named_force_keeps_it(pipeline):
    r = one_news_act(pipeline, "Soldiers arrested nine people in Maiduguri on Saturday.", "Arrests", published=SAT)
    assert actor_name(r.actor1) == "Military Forces of Nigeria", show_reports([r])
