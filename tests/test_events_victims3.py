"""Victim types from the sentence a victim is named in (:data:`eventwire.events.victims.SENTENCE_ROLES`):
a name with no role word of its own takes the role words of the sentence of its first mention."""

from __future__ import annotations

import pytest

from events_helpers import parsed_article, report_on
from eventwire.events import victims as V
from eventwire.events.victims import find_victims

CASES = [
    ("Reporter detained in Lusaka",
     "Security forces detained Mwila Banda on Tuesday while he was covering a protest, the journalists union "
     "said. He was held overnight at Central police station and released on Wednesday.",
     "Mwila Banda", "journalist"),
    ("Lawyer arrested in Nairobi",
     "Officers arrested Wanjiru Kamau on Friday as she left the court where she defends activists. Kamau was "
     "held for two days and released on Sunday.",
     "Wanjiru Kamau", "human rights defender"),
]


def _victims(nlp, title: str, body: str) -> dict:
    a = parsed_article(nlp, body, title=title)
    r = report_on(a, body.split(". ")[0], "Arrests")
    return {v.name: v for v in find_victims(a, r) if v.name}


@pytest.mark.parametrize(("title", "body", "name", "vtype"), CASES)
def test_victim_without_own_role_takes_its_sentence_role(nlp, title, body, name, vtype):
    found = _victims(nlp, title, body)
    assert name in found
    assert found[name].roles == []  # no role word attached to the name itself
    assert found[name].types == [vtype]


@pytest.mark.parametrize(("title", "body", "name", "vtype"), CASES)
def test_sentence_roles_off_gives_insufficient_information(nlp, monkeypatch, title, body, name, vtype):
    monkeypatch.setattr(V, "SENTENCE_ROLES", 0)
    found = _victims(nlp, title, body)
    assert name in found
    assert found[name].types == ["insufficient information"]


def test_no_role_word_in_sentence_gives_insufficient_information(nlp):
    found = _victims(nlp, "Police detain Tendai Moyo",
                     "Police in Harare on Monday detained Tendai Moyo outside his home. He was held for two days "
                     "without charge and then released.")
    assert "Tendai Moyo" in found
    assert found["Tendai Moyo"].types == ["insufficient information"]


def test_own_role_wins_over_sentence_role(nlp):
    found = _victims(nlp, "Activist arrested at rally",
                     "Police arrested activist Wanjiru Kamau at a rally that several journalists were covering. "
                     "Kamau was released on bail the next day.")
    assert "Wanjiru Kamau" in found
    assert found["Wanjiru Kamau"].types == ["human rights defender"]
