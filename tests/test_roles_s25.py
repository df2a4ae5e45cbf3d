"""Actors that another clause or a phrase of the act's noun names (twenty-fifth session):

- a chemical attack's perpetrator in its "by" phrase ("A chemical attack by government forces killed
  40"), as for the other armed acts;
- an arrest told in the passive with no agent takes the state force of another clause of the
  sentence ("Soldiers raided the village and two men were arrested"), never a non-state one;
- a surrender's other party is its "to" phrase ("fighters surrendered to the army")."""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import actor_name, news_acts, reports_of

PUB = dt.date(2018, 4, 10)


def _act(pipeline, text: str, sub: str):
    acts = [r for r in news_acts(reports_of(pipeline, text, published=PUB)) if r.sub_event_type == sub]
    assert len(acts) == 1, [(r.sub_event_type, r.evidence.text) for r in news_acts(reports_of(pipeline, text, published=PUB))]
    return acts[0]


@pytest.mark.parametrize("text", [
    "A chemical attack by government forces killed 40 people in Douma on Saturday.",
    "A gas attack carried out by the Syrian army killed 40 people in Douma on Saturday.",
    "A chemical attack, orchestrated by government forces, killed 40 people in Douma on Saturday.",
])
def test_a_chemical_attack_takes_its_by_phrase(pipeline, text: str) -> None:
    assert actor_name(_act(pipeline, text, "Chemical weapon").actor1) == "Military Forces of Syria"


def test_a_chemical_attack_blamed_on_someone_names_no_perpetrator(pipeline) -> None:
    r = _act(pipeline, "A chemical weapons attack blamed on government forces killed 40 people in Douma on Saturday.",
             "Chemical weapon")
    assert r.actor1 is None


@pytest.mark.parametrize(("text", "name"), [
    ("Soldiers raided the village of Kuje on Sunday and two men were arrested.", "Military Forces of Nigeria"),
    ("Police shut down the radio station in Garowe on Monday while its director was also arrested.",
     "Police Forces of Somalia"),
])
def test_a_passive_arrest_takes_the_state_force_of_another_clause(pipeline, text: str, name: str) -> None:
    assert actor_name(_act(pipeline, text, "Arrests").actor1) == name


def test_a_passive_arrest_does_not_take_a_rebel_group(pipeline) -> None:
    r = _act(pipeline, "Boko Haram fighters stormed the village of Kuje on Sunday and two men were later arrested.",
             "Arrests")
    assert r.actor1 is None or not r.actor1.name.startswith("Boko Haram")


@pytest.mark.parametrize(("text", "a1", "a2"), [
    ("Some 200 Taliban fighters surrendered to Afghan forces in Kunduz on Monday.", "Taliban",
     "Military Forces of Afghanistan"),
    ("Islamic State fighters surrendered to the Syrian Democratic Forces near Hajin on Tuesday.",
     "Islamic State", "QSD: Syrian Democratic Forces"),
])
def test_a_surrender_names_whom_they_gave_up_to(pipeline, text: str, a1: str, a2: str) -> None:
    r = _act(pipeline, text, "Agreement")
    assert (actor_name(r.actor1) or "").startswith(a1)
    assert (actor_name(r.actor2) or "").startswith(a2)


def test_a_journey_to_a_place_is_no_party(pipeline) -> None:
    """Only surrender verbs read their "to" phrase as a party: a deal is not made "to" a town."""
    r = _act(pipeline, "The army and the rebels signed a ceasefire to Kunduz's relief on Monday.", "Agreement")
    assert r.actor2 is None or "Kunduz" not in (r.actor2.name or "")


@pytest.mark.parametrize(("text", "a1", "a2"), [
    ("Turkey brokered a truce between the government and the rebels in Idlib on Monday.",
     "Government of Syria", "Opposition Rebels (Syria)"),
    ("A ceasefire between the army and the M23 rebels took effect in Goma on Tuesday.",
     "Military Forces of the Democratic Republic of Congo", "M23"),
])
def test_an_agreement_between_two_sides_names_both(pipeline, text: str, a1: str, a2: str) -> None:
    r = _act(pipeline, text, "Agreement")
    assert (actor_name(r.actor1) or "").startswith(a1)
    assert (actor_name(r.actor2) or "").startswith(a2)


def test_three_countries_before_one_noun_each_send_their_military(pipeline) -> None:
    r = _act(pipeline, "American, British and French warplanes struck government targets near Homs on Saturday.",
             "Air/drone strike")
    assert actor_name(r.actor1) == "Military Forces of the United States"
    assert {a.name for a in r.assoc_actor_1} >= {"Military Forces of the United Kingdom", "Military Forces of France"}


def test_an_arrest_told_after_another_act_has_no_unnamed_armed_group(pipeline) -> None:
    """The force of the main clause did not make the arrest told under "after"; no one is named, and an
    unidentified armed group does not arrest: actor 1 is the country's police, as ACLED codes an arrest
    by an unnamed force (twenty-sixth session: ``events.arresters``; it was left empty before)."""
    r = _act(pipeline, "Security forces raided the Cairo offices of the outlet on Sunday, a day after one of its "
             "editors was arrested.", "Arrests")
    assert actor_name(r.actor1) == "Police Forces of Egypt"


def test_coordinated_countries_of_another_clause_send_their_militaries(pipeline) -> None:
    """The strikers named in another clause than the toll's ("..., saying one person was killed"): the
    first country's military is actor 1, the other's its associate."""
    reports = reports_of(pipeline, "U.S. and British warplanes carried out strikes on Houthi targets around the port "
                         "city of Hodeidah on Saturday, the Houthi-run al-Masirah TV reported, saying one person was "
                         "killed.", published=PUB)
    strikes = [r for r in news_acts(reports) if r.sub_event_type == "Air/drone strike"]
    assert strikes and actor_name(strikes[0].actor1) == "Military Forces of the United States"
    assert "Military Forces of the United Kingdom" in {a.name for a in strikes[0].assoc_actor_1}


def test_members_of_a_definite_force_are_the_group_named_before(pipeline) -> None:
    """"two members of the Kurdish-led force": the force with no name of its own is the armed group
    named before it (the resolver's antecedent), not an unidentified one."""
    reports = reports_of(pipeline, "Islamic State cells attacked a Syrian Democratic Forces checkpoint in Al-Busayrah "
                         "on Wednesday. On Thursday a Turkish drone struck a car near Qamishli, killing two members "
                         "of the Kurdish-led force.", published=PUB)
    strike = next(r for r in news_acts(reports) if r.sub_event_type == "Air/drone strike")
    assert actor_name(strike.actor2) == "QSD: Syrian Democratic Forces"
