"""An unnamed perpetrator read from the lead: a labour dispute or a private quarrel is not the
state's (:func:`eventwire.events.perpetrators.private_vote`)."""

from __future__ import annotations

from events_helpers import parsed_article, report_on
from eventwire.events.perpetrators import MIN_PRIVATE_VOTE, find_perpetrator, private_vote
from eventwire.records import Actor

_UNNAMED = Actor("Unidentified Armed Group (Freedonia)", inter=3, text=None)


def test_private_vote_employer_against_police(nlp):
    labour = parsed_article(
        nlp, "Workers at the textile factory said the company fired union members who joined the strike. "
             "The management denied the claims.",
        title="Garment workers say employer locked them in plant during strike")
    police = parsed_article(
        nlp, "Police detained the union leader at a checkpoint and soldiers dispersed the crowd. "
             "He remains in custody.",
        title="Union leader arrested by police")
    assert private_vote(labour) >= MIN_PRIVATE_VOTE > private_vote(police)


def test_unnamed_attacker_in_a_labour_dispute_is_a_private_actor(nlp):
    sentence = "Two strikers were beaten at the gate of the plant on Tuesday."
    a = parsed_article(nlp, f"{sentence} The company's managers hired the men, the workers' union said.",
                       title="Factory owner accused of attack on striking workers")
    r = report_on(a, sentence, "Attack", actor1=_UNNAMED)
    assert find_perpetrator(a, r)[1] == "other non-state actors"


def test_unnamed_attacker_without_private_cues_stays_the_state(nlp):
    sentence = "Two activists were beaten on Tuesday, their lawyer said."
    a = parsed_article(nlp, f"{sentence} Rights groups said the government has stepped up its crackdown.",
                       title="Activists beaten as crackdown widens")
    r = report_on(a, sentence, "Attack", actor1=_UNNAMED)
    assert find_perpetrator(a, r)[1] == "state actor"


def test_arrest_in_a_labour_dispute_stays_the_state(nlp):
    sentence = "Police arrested twelve striking workers outside the company's factory."
    a = parsed_article(nlp, f"{sentence} The union said its members were beaten.",
                       title="Striking workers arrested at car plant")
    r = report_on(a, sentence, "Arrests", actor1=Actor("Police Forces of Freedonia", inter=1, text="Police"))
    assert find_perpetrator(a, r)[1] == "state actor"


def test_named_armed_group_is_not_overridden_by_labour_words(nlp):
    sentence = "Gunmen abducted three workers of the mining company on Sunday."
    a = parsed_article(nlp, f"{sentence} The firm's managers said the employees were seized near the plant.",
                       title="Mining company workers kidnapped")
    r = report_on(a, sentence, "Abduction/forced disappearance",
                  actor1=Actor("Unidentified Armed Group (Freedonia)", inter=3, text="Gunmen"))
    assert find_perpetrator(a, r)[1] == "other actors without permissions"


def test_unnamed_attack_read_as_armed_from_the_lead(nlp):
    sentence = "The ship's crew was attacked off the coast on Monday."
    a = parsed_article(nlp, f"{sentence} Pirates armed with rifles boarded the tanker, and the gunmen took "
                            "two sailors as hostages.", title="Pirates attack oil tanker, seize hostages")
    r = report_on(a, sentence, "Attack", actor1=_UNNAMED)
    assert find_perpetrator(a, r)[1] == "other actors without permissions"
