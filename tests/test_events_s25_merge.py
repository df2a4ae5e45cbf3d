"""Session 25, merging inside one article (invented reports): a death told with no act and the act told
right after it are one event; a protest's grievance does not place the protest; a protest and the clash it
turned into are one event; the same named dead told again is one act; a toll told far from an act does not
become its toll unless it points back; deaths "in strikes" go to the strikes told before, not to fighting."""

from __future__ import annotations

import pytest

from events_helpers import reports_of
from eventwire.events.merging import merge_reports
from eventwire.events.retellings import borrowed_toll, crowd_alike, death_then_act, same_named_dead
from eventwire.records import Actor, DateValue, EventReport, Evidence, Fatalities

ARMY = Actor("Military Forces of Mali", 1, "troops", "MLI")
JIHADISTS = Actor("Unidentified Armed Group (Mali)", 3)
CIVILIANS = Actor("Civilians (Mali)", 7)
INHERITED = "inherited from the event this sentence elaborates"


def _report(text: str, start: int, sub: str, *, event: str, a1: Actor | None = None, a2: Actor | None = None,
            dead: int = 0, dead_text: str | None = None, day: str | None = "2024-05-13", reason: str | None = None,
            notes: list[str] | None = None, disorder: str = "Political violence") -> EventReport:
    return EventReport(event_type=event, sub_event_type=sub, disorder_type=disorder,
                       evidence=Evidence(text, start, start + len(text)), actor1=a1, actor2=a2,
                       date=DateValue(day, 1 if day else None, None, reason),
                       fatalities=Fatalities(dead, dead_text), notes=list(notes or []))


def _clash(start: int = 0) -> EventReport:
    return _report("Troops clashed with militants near Gao on Monday.", start, "Armed clash", event="Battles",
                   a1=ARMY, a2=JIHADISTS)


def _toll(text: str, start: int) -> EventReport:
    return _report(text, start, "Attack", event="Violence against civilians", a1=JIHADISTS, a2=CIVILIANS, dead=3,
                   dead_text="Three civilians", reason=INHERITED,
                   notes=["perpetrator not named: Unidentified Armed Group", "location from the paragraph"])


# -- a toll told far from an act ---------------------------------------------------------------------------
def test_a_toll_right_after_the_act_is_its_toll():
    merged = merge_reports([_clash(), _toll("Three civilians were killed.", 52)])
    assert [(r.sub_event_type, r.fatalities.count) for r in merged] == [("Armed clash", 3)]


def test_a_toll_told_pages_later_is_not_the_acts():
    far = _toll("Three civilians were killed, the committee believes.", 1200)
    assert borrowed_toll(_clash(), far)
    merged = merge_reports([_clash(), far])
    assert next(r for r in merged if r.sub_event_type == "Armed clash").fatalities.count == 0


def test_a_toll_told_later_that_points_back_is_the_acts():
    back = _toll("Three civilians were killed in the fighting, the committee said.", 1200)
    assert not borrowed_toll(_clash(), back)
    merged = merge_reports([_clash(), back])
    assert [(r.sub_event_type, r.fatalities.count) for r in merged] == [("Armed clash", 3)]


# -- a death, then the act that killed ---------------------------------------------------------------------
def _death(text: str = "A teacher has been killed near Gao, his family said.") -> EventReport:
    return _report(text, 0, "Attack", event="Violence against civilians", a1=JIHADISTS, a2=CIVILIANS, dead=1,
                   dead_text="A teacher", day=None, notes=["perpetrator not named: Unidentified Armed Group"])


def _mine(start: int) -> EventReport:
    return _report("His car hit a roadside bomb near Gao on Sunday.", start, "Remote explosive/landmine/IED",
                   event="Explosions/Remote violence", a1=JIHADISTS, day="2024-05-12",
                   notes=["perpetrator not named: Unidentified Armed Group"])


def test_a_death_then_the_act_that_killed_are_one_event():
    merged = merge_reports([_death(), _mine(54)])
    assert [(r.sub_event_type, r.fatalities.count, r.date.value, r.actor2) for r in merged] == [
        ("Remote explosive/landmine/IED", 1, "2024-05-12", CIVILIANS)]


def test_the_death_told_again_joins_the_act_that_killed():
    again = _report("The teacher is believed to be the fifth killed in the area this year.", 600, "Attack",
                    event="Violence against civilians", a1=JIHADISTS, a2=CIVILIANS, dead=1, dead_text="The teacher",
                    reason=INHERITED, notes=["perpetrator not named: Unidentified Armed Group",
                                             "location from the paragraph"])
    merged = merge_reports([_death(), _mine(54), again])
    assert [(r.sub_event_type, r.fatalities.count) for r in merged] == [("Remote explosive/landmine/IED", 1)]


def test_a_death_and_an_act_told_far_apart_stay_two():
    assert not death_then_act(_death(), _mine(900))


def test_a_death_with_a_doer_of_its_own_is_no_bare_death():
    assert not death_then_act(_death("The group murdered a teacher near Gao, his family said."), _mine(54))


def test_the_dead_sides_reply_is_not_the_cause_of_its_dead():
    dead = _report("Two soldiers were killed near Gao on Monday.", 0, "Armed clash", event="Battles", a1=JIHADISTS,
                   a2=ARMY, dead=2, dead_text="Two soldiers", notes=["perpetrator not named: Unidentified Armed Group"])
    shelling = _report("Troops shelled militant positions near Gao on Monday.", 45, "Shelling/artillery/missile attack",
                       event="Explosions/Remote violence", a1=ARMY)
    assert not death_then_act(dead, shelling)


# -- crowds and named dead ---------------------------------------------------------------------------------
def test_protesters_and_rioters_of_one_country_are_one_crowd():
    protest = _report("Protesters marched in Lagos.", 0, "Peaceful protest", event="Protests",
                      a1=Actor("Protesters (Nigeria)", 6), disorder="Demonstrations")
    riot = _report("Police and protesters clashed.", 40, "Violent demonstration", event="Riots",
                   a1=Actor("Rioters (Nigeria)", 5), disorder="Demonstrations")
    assert crowd_alike(protest, riot)
    assert not crowd_alike(protest, _report("x", 80, "Violent demonstration", event="Riots",
                                            a1=Actor("Rioters (Ghana)", 5), disorder="Demonstrations"))


def test_the_same_named_dead_told_again_is_one_act():
    police = Actor("Police Forces of Nigeria", 1)
    first = _report("An officer shot dead John Okafor in Enugu on Saturday.", 0, "Attack",
                    event="Violence against civilians", a1=police, a2=CIVILIANS, dead=1, dead_text="John Okafor",
                    day="2024-05-11")
    again = _report("Officers arrived and shot Okafor dead in the street.", 300, "Attack",
                    event="Violence against civilians", a1=police, a2=CIVILIANS, dead=1, dead_text="Okafor",
                    reason=INHERITED, notes=["location from the paragraph"])
    assert same_named_dead(first, again)
    described = _report("Officers shot a man dead.", 300, "Attack", event="Violence against civilians", a1=police,
                        a2=CIVILIANS, dead=1, dead_text="a man", reason=INHERITED,
                        notes=["location from the paragraph"])
    assert not same_named_dead(first, described)
    assert len(merge_reports([first, again])) == 1


# -- the whole pipeline ------------------------------------------------------------------------------------
def _news(pipeline, text):
    return [r for r in reports_of(pipeline, text) if not r.background]


@pytest.mark.slow
def test_pipeline_death_then_missile(pipeline):
    reports = _news(pipeline, "A Canadian volunteer fighting with Kurdish militias in Kobani, northern Syria, has been "
                              "killed, her unit said. Jane Doe was serving with a medical team in Kobani when the truck "
                              "she was riding in was hit by an Islamic State rocket on 12 May.")
    assert [(r.sub_event_type, r.actor1.name, r.fatalities.count, r.date.value) for r in reports] == [
        ("Shelling/artillery/missile attack", "Islamic State", 1, "2024-05-12")]


@pytest.mark.slow
def test_pipeline_grievance_place_is_not_the_protests(pipeline):
    reports = _news(pipeline, "The city's police chief criticised activists after 14 were arrested during last night's "
                              "demonstrations over the police killing of a black worker in Texas.\n\nProtesters marched "
                              "through the streets of Chicago on Monday night after a police officer shot dead a man at a "
                              "gas station in Tyler on Saturday night.")
    crowds = [r for r in reports if r.disorder_type == "Demonstrations"]
    assert crowds and all(r.location is not None and r.location.text != "Texas" for r in crowds)


@pytest.mark.slow
def test_pipeline_protest_placed_in_its_own_sentence(pipeline):
    reports = _news(pipeline, "Residents protested in Jos on Monday over the killing of a herder in Bauchi.")
    assert [r.location.text for r in reports] == ["Jos"]


@pytest.mark.slow
def test_pipeline_deaths_in_strikes_go_to_the_strikes(pipeline):
    reports = _news(pipeline, "Government forces launched an air offensive against rebel positions in Idlib on Sunday. "
                              "Witnesses said fighting erupted on several fronts. At least 14 civilians were killed in "
                              "strikes on Sunday, a monitor said.")
    tolls = {r.sub_event_type: r.fatalities.count for r in reports}
    assert tolls.get("Air/drone strike") == 14 and not tolls.get("Armed clash")


@pytest.mark.slow
def test_pipeline_the_soldiers_dead_are_not_the_armys_shelling(pipeline):
    reports = _news(pipeline, "Two soldiers were killed in Gao on Monday. Troops shelled militant positions near Gao on "
                              "Monday.")
    assert not any(r.sub_event_type == "Shelling/artillery/missile attack" and r.fatalities.count for r in reports)
