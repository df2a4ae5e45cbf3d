"""Eighteenth session: who acted and who suffered (helper W).

- ACLED's civilian groups: victims who are journalists, health workers, aid workers, teachers or students
  add "<Kind> (<Country>)" to the civilians' associated actors; a crowd of students or teachers adds the
  kind to the protesters' (``events.sidekinds.civilian_groups``); a journalist who only tells of the
  attack adds nothing;
- soldiers who mutiny are "Mutiny of Military Forces of <Country>" (inter 3), as actor 1 when they act
  and actor 2 when loyal troops fight them (``events.sidekinds.mutineers``);
- "Iran-backed militias" in Syria after the regime fell (8 December 2024) are no former regime loyalists
  but an unidentified armed group (an era rule of ``data/actors.json``); before, pro-government militias;
- an armed group's country decides where a place the text alone leaves ambiguous lies ("Houthi forces
  shelled Hays": Yemen, not Kansas; ``geo.actorvote``), and the soldiers of the text are then that
  country's.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import news_acts, reports_of, show_reports

PUB = dt.date(2026, 11, 20)


def _act(pipeline, text, published=PUB):
    acts = news_acts(reports_of(pipeline, text, published=published))
    assert acts, show_reports(acts)
    return acts[0]


def _names(actors):
    return [a.name for a in actors]


@pytest.mark.parametrize(
    ("text", "civilians", "groups"),
    [
        ("Armed men shot dead a radio journalist outside his home in Tijuana on Tuesday.",
         "Civilians (Mexico)", ["Journalists (Mexico)"]),
        ("Militiamen killed three nurses and a doctor at a health centre in Ituri province on Friday.",
         "Civilians (Democratic Republic of Congo)", ["Health Workers (Democratic Republic of Congo)"]),
        ("Gunmen ambushed a convoy and killed two humanitarian workers in Jonglei state on Monday.",
         "Civilians (South Sudan)", ["Aid Workers (South Sudan)"]),
        ("Bandits abducted 20 pupils and a teacher from a school in Kebbi state on Thursday.",
         "Civilians (Nigeria)", ["Students (Nigeria)", "Teachers (Nigeria)"]),
    ],
)
def test_victims_of_a_kind_are_the_civilians_associates(pipeline, text, civilians, groups):
    r = _act(pipeline, text)
    assert r.actor2 is not None and r.actor2.name == civilians, show_reports([r])
    assert sorted(_names(r.assoc_actor_2)) == sorted(groups)
    assert all(a.inter == 7 for a in r.assoc_actor_2)


def test_a_journalist_who_tells_is_no_victim(pipeline):
    r = _act(pipeline, "Gunmen killed four farmers in Katsina state on Sunday, a local journalist said.")
    assert r.actor2 is not None and r.actor2.name == "Civilians (Nigeria)"
    assert r.assoc_actor_2 == []


def test_plain_victims_have_no_associates(pipeline):
    r = _act(pipeline, "Gunmen killed four farmers in Katsina state on Sunday.")
    assert r.assoc_actor_2 == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Thousands of students protested in Karachi on Tuesday against a rise in fees.", "Students (Pakistan)"),
        ("Teachers rallied outside parliament in Nairobi on Monday to demand unpaid salaries.", "Teachers (Kenya)"),
    ],
)
def test_a_crowd_of_a_kind_is_the_protesters_associate(pipeline, text, group):
    r = _act(pipeline, text)
    assert r.actor1 is not None and r.actor1.name.startswith("Protesters ("), show_reports([r])
    assert _names(r.assoc_actor_1) == [group]


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("Soldiers mutinied at a military camp in Bouake on Sunday over unpaid bonuses.",
         "Mutiny of Military Forces of Ivory Coast", None),
        ("Mutinous soldiers attacked a military camp in Kati on Tuesday, killing two officers.",
         "Mutiny of Military Forces of Mali", None),
        ("Loyal troops clashed with mutineers at a barracks in Goma overnight.",
         "Military Forces of the Democratic Republic of Congo",
         "Mutiny of Military Forces of the Democratic Republic of Congo"),
    ],
)
def test_mutinous_soldiers_are_a_mutiny(pipeline, text, actor1, actor2):
    r = _act(pipeline, text)
    assert (r.actor1.name if r.actor1 else None) == actor1, show_reports([r])
    if actor2 is not None:
        assert r.actor2 is not None and r.actor2.name == actor2, show_reports([r])
    mutiny = r.actor1 if actor1.startswith("Mutiny") else r.actor2
    assert mutiny.inter == 3


def test_soldiers_without_mutiny_stay_the_army(pipeline):
    r = _act(pipeline, "Soldiers clashed with JNIM militants near Kati on Tuesday.")
    assert r.actor1 is not None and not r.actor1.name.startswith("Mutiny"), show_reports([r])


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (dt.date(2025, 4, 2), "Unidentified Armed Group (Syria)"),
        (dt.date(2023, 4, 2), "Pro-Government Militias (Syria)"),
    ],
)
def test_iran_backed_militias_in_syria_by_era(pipeline, published, expected):
    r = _act(pipeline, "Iran-backed militias attacked a checkpoint near Al Bukamal on Monday, killing two guards.",
             published=published)
    assert r.actor1 is not None and r.actor1.name == expected, show_reports([r])


@pytest.mark.parametrize(
    ("text", "iso", "actor1"),
    [
        ("Houthi fighters shelled the town of Hays on Thursday, wounding three women.", "YEM", "Houthi Movement"),
        ("Soldiers killed two NPA rebels near Samar on Friday.", "PHL", "Military Forces of the Philippines"),
    ],
)
def test_an_armed_groups_country_places_an_ambiguous_town(pipeline, text, iso, actor1):
    r = _act(pipeline, text)
    assert r.location is not None and r.location.place is not None
    assert r.location.place.iso == iso, (r.location.place.name, r.location.place.iso)
    assert r.actor1 is not None and r.actor1.name == actor1, show_reports([r])


def test_a_place_the_text_places_keeps_its_country(pipeline):
    r = _act(pipeline, "Police in Hays, Kansas, arrested two men after a shooting on Friday.")
    assert r.location is not None and r.location.place is not None and r.location.place.iso == "USA"


def test_a_named_armed_group_is_no_victims_name(pipeline):
    from events_helpers import processed
    from eventwire.events.victims import find_victims

    article = processed(pipeline, "Boko Haram fighters raided a village in Yobe state on Sunday, killing six herders.",
                        published=PUB)
    names = [v.name for v in find_victims(article, article.reports[0] if article.reports else None)]
    assert "Boko Haram" not in names, names
