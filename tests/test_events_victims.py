"""Who did what to whom (:mod:`eventwire.events.victims`): perpetrator type from the main report's
actor, violation types from its sub-event type and the act words, victims from the parse."""

from __future__ import annotations

import pytest

from events_helpers import parsed_article, report_on
from eventwire.events.victims import (
    PERPETRATOR_TYPES,
    VIOLATION_TYPES,
    Victim,
    describe_violation,
    find_perpetrator,
    find_victims,
    perpetrator_type_of,
    violation_types_of,
)
from eventwire.records import Actor, Article

_article = parsed_article


_report = report_on


def _by_name(victims: list[Victim]) -> dict[str, Victim]:
    return {v.name: v for v in victims if v.name}


# -- perpetrator --------------------------------------------------------------------------------
@pytest.mark.parametrize(("actor", "expected"), [
    (Actor("Police Forces of Belarus", inter=1, text="riot police"), "state actor"),
    (Actor("Military Forces of Myanmar", inter=1, text="the junta"), "state actor"),
    (Actor("Government of Egypt", inter=1, text="an Egyptian court"), "other state actors"),
    (Actor("Pro-Government Militias (Sudan)", inter=3, text="pro-government militiamen"),
     "other actors with permissions"),
    (Actor("Unidentified Armed Group (Nigeria)", inter=3, text="gunmen"), "other actors without permissions"),
    (Actor("Al Shabaab", inter=2, text="al-Shabaab"), "other actors without permissions"),
    (Actor("Rioters (India)", inter=5, text="a mob"), "other non-state actors"),
    (Actor("Civilians (France)", inter=7, text="the company"), "other non-state actors"),
    (Actor("MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo",
           inter=8, text="peacekeepers"), "regional orgs"),
])
def test_perpetrator_type_from_acled_actor(actor, expected):
    assert perpetrator_type_of(actor) == expected
    assert expected in PERPETRATOR_TYPES


def test_default_unidentified_group_is_no_perpetrator():
    # ACLED's default actor1 when the text names no one: not evidence of a non-state perpetrator
    assert perpetrator_type_of(Actor("Unidentified Armed Group (Kenya)", inter=3, text=None)) is None
    assert perpetrator_type_of(None) is None


def test_perpetrator_of_an_arrest_without_actor_is_the_state(nlp):
    a = _article(nlp, "Journalist Ali Hassan was arrested at his home in Cairo on Monday.")
    r = _report(a, a.text, "Arrests")
    mentioned, ptype, _ = find_perpetrator(a, r)
    assert ptype == "state actor"
    assert mentioned


def test_perpetrator_words_without_actor_give_non_state_armed_actor(nlp):
    a = _article(nlp, "Gunmen abducted the priest from his parish on Sunday night.")
    r = _report(a, a.text, "Abduction/forced disappearance",
                actor1=Actor("Unidentified Armed Group (Nigeria)", inter=3, text=None))
    assert find_perpetrator(a, r)[1] == "other actors without permissions"


# -- violation types ----------------------------------------------------------------------------
def test_violation_types_from_sub_event_type_and_words(nlp):
    a = _article(nlp, "Police arrested the lawyer on Monday. He was detained for two days and tortured in custody.",
                 title="Lawyer arrested and tortured")
    r = _report(a, "Police arrested the lawyer on Monday.", "Arrests",
                actor1=Actor("Police Forces of Egypt", inter=1, text="Police"))
    types = violation_types_of(a, r)
    assert "arbitrary detention" in types and "torture" in types
    assert "killing" not in types and "unknown" not in types
    assert types == [t for t in VIOLATION_TYPES if t in types]  # in the ontology's order


def test_violation_types_killing_from_fatalities(nlp):
    a = _article(nlp, "Unknown assailants shot the reporter outside his office.")
    r = _report(a, a.text, "Attack", fatalities=1)
    assert "killing" in violation_types_of(a, r)


def test_violation_types_unknown_without_act(nlp):
    a = _article(nlp, "The minister opened a new school in the capital on Tuesday.")
    assert violation_types_of(a, None) == ["unknown"]


# -- victims ------------------------------------------------------------------------------------
def test_victims_are_the_patients_not_the_speakers(nlp):
    text = ("Police in Harare arrested journalist Hopewell Chin'ono on Monday. "
            "Chin'ono was taken to a police station, his lawyer Beatrice Mtetwa said. "
            "Spokesman Paul Nyathi declined to comment.")
    a = _article(nlp, text)
    names = _by_name(find_victims(a))
    assert any("Chin" in n for n in names)
    assert not any("Nyathi" in n for n in names)
    assert not any("Mtetwa" in n for n in names)


def test_victim_name_is_its_longest_form_and_attributes(nlp):
    text = ("Activist Maria Lopez was abducted by armed men in Guerrero on Friday. "
            "Lopez had campaigned against mining projects, and her family said she received threats.")
    a = _article(nlp, text)
    victims = find_victims(a)
    v = _by_name(victims).get("Maria Lopez")
    assert v is not None, victims
    assert v.population_type == "individual"
    assert v.types == ["human rights defender"]
    assert v.sex == "woman"
    assert v.age_group == "adult"
    assert "kidnapping" in v.violations


def test_victim_journalist_man_and_child(nlp):
    text = ("Gunmen killed reporter John Okafor in Lagos. He had covered local politics for a decade. "
            "A 15-year-old boy, Musa Bello, was also killed in the attack.")
    a = _article(nlp, text)
    names = _by_name(find_victims(a))
    okafor = next(v for n, v in names.items() if "Okafor" in n)
    assert okafor.types == ["journalist"] and okafor.sex == "man"
    bello = next((v for n, v in names.items() if "Bello" in n), None)
    if bello is not None:  # the parse of the apposition decides whether Bello is found
        assert bello.age_group == "child"


def test_union_leader_is_trade_unionist(nlp):
    a = _article(nlp, "Union leader Peter Mutasa was detained by police on Tuesday.")
    v = next(v for v in find_victims(a) if v.name and "Mutasa" in v.name)
    assert "trade unionist" in v.types


def test_describe_violation_of_the_main_report_serialises(nlp):
    from eventwire.records import MainEvent

    a = _article(nlp, "Police arrested activist Nabeel Rajab in Manama on Sunday.")
    r = _report(a, a.text, "Arrests", actor1=Actor("Police Forces of Bahrain", inter=1, text="Police"))
    a.reports = [r]
    a.main_event = MainEvent(report=0)
    v = describe_violation(a, r)
    assert v.perpetrator_type == "state actor" and v.perpetrator == "Police Forces of Bahrain"
    assert v.perpetrator_mention is True
    assert "arbitrary detention" in v.violation_types
    from eventwire.output import violation_to_dict

    d = violation_to_dict(v)
    assert d["victims"] and all(isinstance(x, dict) for x in d["victims"])
    assert any("Rajab" in (x["name"] or "") for x in d["victims"])


def test_no_doc_gives_no_victims():
    a = Article(id="x", text="Some text.")
    assert find_victims(a) == []
    assert describe_violation(a, None).violation_types == ["unknown"]


def test_headline_reduced_passive_names_the_victim(nlp):
    a = _article(nlp, "Police said the media owner was detained at his home on Monday. Lai founded a newspaper.",
                 title="Hong Kong tycoon Jimmy Lai arrested under security law")
    names = [v.name for v in find_victims(a)]
    assert "Jimmy Lai" in names
    assert len([n for n in names if n and "Lai" in n]) == 1  # "Lai" is the same person


def test_person_charged_with_the_act_is_not_a_victim(nlp):
    a = _article(nlp, "Samba Widhyastuti was charged with kidnapping and false imprisonment on Friday. "
                      "Widhyastuti was arrested by French police at the airport.")
    assert not any(v.name and "Widhyastuti" in v.name for v in find_victims(a))


def test_one_word_mention_joins_the_full_name(nlp):
    a = _article(nlp, "Chinese police detained legal activist Xu Zhiyong in February. Xu had been in hiding.")
    names = [v.name for v in find_victims(a) if v.name]
    assert names == ["Xu Zhiyong"]


def test_groups_of_unnamed_victims(nlp):
    a = _article(nlp, "Three journalists were arrested in Addis Ababa on Monday. "
                      "Gunmen abducted 27 students from a school.")
    groups = [v for v in find_victims(a) if v.name is None]
    assert groups and all(g.population_type == "multiple" for g in groups)
    journalists = next(g for g in groups if "journalists" in g.roles)
    assert journalists.types == ["journalist"] and "arbitrary detention" in journalists.violations
