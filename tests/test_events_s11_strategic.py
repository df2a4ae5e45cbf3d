"""Eleventh session, strategic developments read from the clause: arrests told without an arrest verb,
political charges, bases told through a counting noun, relief camps.

- State agents ("intelligence agents", "federal agents") are the state's forces: what they pick up is
  an arrest.
- "Placed the mayor in custody" is an arrest, with the placing verb's doer and person; "remains in
  custody" and "died in custody" are none.
- A crime named together with a political charge ("a corruption and terrorism investigation") makes
  the arrest political; a bare corruption charge stays ordinary crime.
- State forces that "took away" a person with no word of a disappearance make an arrest; armed men,
  or a person whose family cannot locate them, an abduction.
- "A string of fortified outposts", "turned it into a logistics hub": bases set up; a new camp for
  refugees is none.
- Restrictions told with "shuttered" or "announced the closure of the road" by an armed group are Other
  (the group's doing is a conflict even when no conflict word is written).
- A place taken over "at a ceremony" or "under the UN truce" changes hands without violence.
- Gangs agreeing to a truce make an Agreement, not a crime; weapons "retrieved" by forces are disrupted
  weapons use.
- A development told with a death in an "after" clause of its own earlier time ("after their commander was
  killed last month") is the news; a death on the day stays the news.
- Fatalities: "beat a suspected cattle rustler to death" with "to death" parsed onto the object; victims
  "who later died" (also when the relative clause hangs on a place); "an unknown number" adds nothing.
- The experiencers of a killing ("villagers were shocked by the killing ... by gunmen") did not do it.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import reports_of

AR = "Arrests"
AB = "Abduction/forced disappearance"
HQ = "Headquarters or base established"
OT = "Other"
NV = "Non-violent transfer of territory"
GR = "Government regains territory"


def _types(pipeline, text: str) -> list[str | None]:
    return [r.sub_event_type for r in reports_of(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "sub", "actor1"),
    [
        ("Burundian intelligence agents picked up three reporters of a private radio at a checkpoint in Bubanza.",
         AR, "Military Forces of Burundi"),
        ("Turkish police placed the mayor of Istanbul in custody on Wednesday as part of a corruption and "
         "terrorism investigation.", AR, "Police Forces of Turkey"),
        ("Police in Kano arrested the local party chairman on charges of fraud and sedition.", AR,
         "Police Forces of Nigeria"),
        ("Security officers took away the opposition leader from his home in Tunis before dawn, his lawyer said.",
         AR, "Police Forces of Tunisia"),
        ("Gunmen took away five farmers from their village in Zamfara state.", AB,
         "Unidentified Armed Group (Nigeria)"),
        ("Houthi forces have built a string of fortified outposts along the coastal road south of Hodeidah.", HQ,
         "Houthi Movement"),
    ],
)
def test_strategic_act_and_its_doer(pipeline, text: str, sub: str, actor1: str) -> None:
    reports = reports_of(pipeline, text)
    assert [r.sub_event_type for r in reports] == [sub]
    assert reports[0].actor1 is not None and reports[0].actor1.name == actor1


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Police placed the editor of the weekly in detention in Harare.", AR),
        ("Soldiers took away the journalist in Gao and his family has been unable to locate him since.", AB),
        ("The fighters turned the school into a logistics hub, residents said.", HQ),
        ("The mayor of Bunia shuttered all schools and markets for three days as rebels closed in on the town.", OT),
        ("The M23 announced the closure of the Rutshuru road to all traffic, stranding hundreds of lorries.", OT),
        ("Niger's junta took over the air base in Agadez from US forces at a low-key ceremony on Monday.", NV),
        ("The rebels let government troops take control of a stretch of the Taiz road under the UN truce.", NV),
        ("Government troops took control of a stretch of the Taiz road after heavy fighting with the rebels.", GR),
        ("Gang leaders in Martissant agreed to a truce and to reopen the roads, residents said.", "Agreement"),
        ("Security forces in Manipur retrieved 35 looted firearms and 4,000 rounds of ammunition from a bunker.",
         "Disrupted weapons use"),
        ("Separatists in Bui installed a new general at a ceremony after their commander was killed last month.",
         "Change to group/activity"),
        ("The army sent 2,000 more troops to Gao after jihadists killed 12 soldiers there on Sunday.", "Armed clash"),
    ],
)
def test_strategic_type(pipeline, text: str, sub: str) -> None:
    assert _types(pipeline, text) == [sub]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader remains in custody in Harare.",
        "The activist died in custody in Harare last week, his family said.",
        "The governor made the decision to open a new camp for refugees near the border.",
        "The company shuttered two of its factories in Ohio last year.",
        "Divers retrieved the bodies of two fishermen from the lake near Kisumu.",
    ],
)
def test_no_strategic_event(pipeline, text: str) -> None:
    assert _types(pipeline, text) == []


def test_bare_corruption_charge_stays_crime(pipeline) -> None:
    from events_helpers import processed

    article = processed(pipeline, "Police arrested a businessman on corruption charges in Lagos.")
    assert article.reports == []
    assert any(r.reason == "crime" for r in article.rejections)


def test_experiencers_of_a_killing_are_no_doers(pipeline) -> None:
    reports = reports_of(pipeline, "Villagers were shocked by the killing of seven herders by gunmen near Jos.")
    assert [r.sub_event_type for r in reports] == ["Attack"]


def test_beaten_to_death_counts_when_parsed_onto_the_object(pipeline) -> None:
    # "to death" hangs on "rustler" in this parse, not on "beat"
    reports = reports_of(pipeline, "Villagers beat a suspected cattle rustler to death in Napak district.")
    assert [(r.sub_event_type, r.fatalities.count) for r in reports] == [("Mob violence", 1)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Gunmen shot a farmer near Jos, who later died in hospital.", 1),
        ("Gunmen shot two farmers near Jos who later died in hospital.", 2),
        ("Three soldiers and an unknown number of militants died in the clashes near Beni.", 3),
        ("A number of civilians were killed when militants attacked a village near Beni.", 3),
    ],
)
def test_victims_who_later_died_count(pipeline, text: str, count: int) -> None:
    reports = reports_of(pipeline, text)
    assert [r.fatalities.count for r in reports] == [count]


def test_a_mourned_death_is_no_toll_of_the_march(pipeline) -> None:
    reports = reports_of(pipeline, "Thousands marched through Hebron on Friday at the funeral of an activist who died "
                                   "in custody.")
    assert [(r.sub_event_type, r.fatalities.count) for r in reports] == [("Peaceful protest", 0)]
