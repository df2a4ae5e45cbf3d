"""The perpetrator of crime reports, the lead's vote on abductions without an actor, and the victims'
sex from first names (:mod:`eventwire.events.perpetrators`, :mod:`eventwire.events.namesex`,
:mod:`eventwire.events.victims`)."""

from __future__ import annotations

import pytest

from events_helpers import parsed_article, report_on
from eventwire.events import namesex
from eventwire.events.perpetrators import crime_doer, find_perpetrator, lead_text, lead_vote
from eventwire.events.victims import describe_violation, find_victims
from eventwire.records import Actor

_article = parsed_article


_report = report_on


# -- crime reports ------------------------------------------------------------------------------
@pytest.mark.parametrize(("title", "expected"), [
    ("Man charged with kidnapping teenage girl in Texas", "other non-state actors"),
    ("Police detain village chief over alleged murder of farmer", "other non-state actors"),
    ("Court jails businessman for beating his workers", "other non-state actors"),
    ("Police officer charged with murder of activist", "state actor"),
    ("Two terrorists convicted of the murder of reporter", "other actors without permissions"),
    ("Ukraine detains five, including a surgeon, for killing journalist", "other non-state actors"),
    ("Telecoms firm found guilty of ‘moral harassment’ of its staff", "other non-state actors"),
    ("Abducted herdsman freed after ransom, police arrest suspect", "other non-state actors"),
])
def test_crime_report_doer(nlp, title, expected):
    a = _article(nlp, "The case was heard on Monday.", title=title)
    assert crime_doer(a) == expected


@pytest.mark.parametrize("title", [
    "Police arrest journalist over critical report",
    "Journalist charged with spreading false news",
    "Rights groups denounce arrest of activist, decry harassment",
])
def test_no_crime_report(nlp, title):
    a = _article(nlp, "The arrest drew criticism from rights groups.", title=title)
    assert crime_doer(a) is None


def test_arrest_in_a_crime_report_is_not_the_violation(nlp):
    a = _article(nlp, "Police said John Carter, 41, was arrested on Sunday and charged with the kidnapping.",
                 title="Man charged with kidnapping woman in Ohio")
    sentence = "Police said John Carter, 41, was arrested on Sunday and charged with the kidnapping."
    r = _report(a, sentence, "Arrests", actor1=Actor("Police Forces of the United States", inter=1, text="Police"))
    mentioned, ptype, _ = find_perpetrator(a, r)
    assert mentioned and ptype == "other non-state actors"
    v = describe_violation(a, r)
    assert v.perpetrator_type == "other non-state actors"
    assert "arbitrary detention" not in v.violation_types  # the arrest is of the doer
    assert not any(x.name and "Carter" in x.name for x in v.victims)


def test_arrest_of_a_journalist_stays_a_state_violation(nlp):
    a = _article(nlp, "Police arrested journalist Ali Hassan at his home in Cairo on Monday.",
                 title="Egyptian journalist arrested over critical report")
    r = _report(a, "Police arrested journalist Ali Hassan at his home in Cairo on Monday.", "Arrests",
                actor1=Actor("Police Forces of Egypt", inter=1, text="Police"))
    v = describe_violation(a, r)
    assert v.perpetrator_type == "state actor"
    assert "arbitrary detention" in v.violation_types


# -- abductions without a named actor -----------------------------------------------------------
def test_lead_vote_kidnappers_against_detention(nlp):
    kidnap = _article(nlp, "Kidnappers seized the pastor and demanded a ransom. The gunmen released a video.",
                      title="Pastor kidnapped by gunmen for ransom")
    detain = _article(nlp, "The activist disappeared after security agents detained him. His family fears "
                           "he is held in a secret prison.", title="Activist disappears in custody")
    assert lead_vote(kidnap) >= 2 > lead_vote(detain)
    assert "Pastor kidnapped" in lead_text(kidnap)
    r1 = _report(kidnap, "Kidnappers seized the pastor and demanded a ransom.", "Abduction/forced disappearance")
    r2 = _report(detain, "The activist disappeared after security agents detained him.",
                 "Abduction/forced disappearance")
    assert find_perpetrator(kidnap, r1)[1] == "other actors without permissions"
    assert find_perpetrator(detain, r2)[1] == "state actor"


# -- victims ------------------------------------------------------------------------------------
def test_head_of_state_is_not_a_victim(nlp):
    a = _article(nlp, "Police detained activist Maria Gonzalez in the capital on Friday. "
                      "President Carlos Mendez defended the arrest in a speech.")
    names = [v.name for v in find_victims(a) if v.name]
    assert any("Gonzalez" in n for n in names)
    assert not any("Mendez" in n for n in names)


def test_victim_sex_from_first_name_when_no_pronoun(nlp, monkeypatch):
    monkeypatch.setattr(namesex, "name_table", lambda: {"gretchen": "woman", "pavel": "man"})
    a = _article(nlp, "Gunmen abducted journalist Gretchen Lowry in Tijuana. The army said he was leading "
                      "the search. Police also arrested reporter Pavel Ivanov on Friday.")
    by_name = {v.name: v for v in find_victims(a) if v.name}
    assert by_name["Gretchen Lowry"].sex == "woman"  # the name outweighs one pronoun of someone else
    assert by_name["Pavel Ivanov"].sex == "man"
    # the output says the sex is a guess from the first name, not read in the text
    assert by_name["Gretchen Lowry"].sex_basis == "first name"
    assert by_name["Pavel Ivanov"].sex_basis == "first name"


def test_victim_sex_read_in_the_text_says_so(nlp, monkeypatch):
    monkeypatch.setattr(namesex, "name_table", lambda: {})
    a = _article(nlp, "Police arrested activist Lena Petrova in Minsk on Friday. She was beaten in custody, "
                      "her lawyer said.")
    v = next(v for v in find_victims(a) if v.name and "Petrova" in v.name)
    assert v.sex == "woman" and v.sex_basis == "text"


def test_name_table_lookup(monkeypatch):
    monkeypatch.setattr(namesex, "name_table", lambda: {"maria": "woman"})
    assert namesex.name_sex("Maria Kolesnikova") == "woman"
    assert namesex.name_sex("Htet Htet Khine") is None
    assert namesex.name_sex("") is None


def test_name_table_build(tmp_path):
    pytest.importorskip("nomquamgender")
    path = tmp_path / "namesex.tsv"
    n = namesex.build_table(path)
    rows = dict(line.split("\t") for line in path.read_text(encoding="utf-8").split("\n") if line)
    assert n == len(rows) > 10_000
    assert rows.get("john") == "m" and rows.get("mary") == "f"


@pytest.mark.parametrize(("text", "expected"), [
    ("prison guards", "state actor"),
    ("security agents", "state actor"),
    ("unknown gunmen", "other actors without permissions"),
])
def test_unidentified_group_named_as_state_agents(text, expected):
    from eventwire.events.perpetrators import perpetrator_type_of

    assert perpetrator_type_of(Actor("Unidentified Armed Group (Iraq)", inter=3, text=text)) == expected
