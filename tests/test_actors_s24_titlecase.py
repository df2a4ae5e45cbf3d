"""Acronyms said as words are written in title case by British papers ("Isis", "Isil", "Nato"): the
actor dictionary matches the title-case form of an all-capital acronym of four letters or more, still
case-sensitively, and never where that form is a word ("Fact", "Cobra")."""

from __future__ import annotations

import pytest

from eventwire.actors.dictionary import ActorDictionary, cased_forms


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load()


def test_cased_forms() -> None:
    assert cased_forms("ISIS") == ("ISIS", "Isis")
    assert cased_forms("IS") == ("IS",) and cased_forms("SDF") == ("SDF",)  # short ones: "Is", "Sdf" no
    assert cased_forms("FACT") == ("FACT",) and cased_forms("ISIS-K") == ("ISIS-K",)


@pytest.mark.parametrize(("phrase", "name"), [
    ("Isis", "Islamic State"), ("Isil", "Islamic State"), ("ISIS", "Islamic State"),
    ("Monusco", "MONUSCO"), ("Farc", "FARC"),
])
def test_title_case_acronyms_name_their_actor(dictionary: ActorDictionary, phrase: str, name: str) -> None:
    actor = dictionary.lookup(phrase)
    assert actor is not None and actor.name.startswith(name)


@pytest.mark.parametrize("phrase", ["isis", "Fact", "Cobra", "Is"])
def test_lower_case_and_word_forms_stay_unmatched(dictionary: ActorDictionary, phrase: str) -> None:
    assert dictionary.lookup(phrase) is None


def test_the_tagger_finds_isis_in_a_guardian_style_sentence(pipeline) -> None:
    import datetime as dt

    from eventwire.records import Article

    article = pipeline.process(Article(
        id="t", text="Isis fighters attacked an army checkpoint near Kirkuk on Monday, killing four soldiers.",
        published=dt.date(2018, 8, 21)))
    assert [r.actor1.name for r in article.reports if r.actor1] == ["Islamic State"]
