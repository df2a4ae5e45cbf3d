"""Relevance, eighteenth session: an all-lower-case text is truecased before the parse
(``eventwire.truecase``), so its places, the country they give and the state forces of that country
are found as in a text written in normal case. Sentences of our own writing."""

from __future__ import annotations

import pytest

from eventwire.records import Article
from eventwire.truecase import Truecaser, is_english_word, mostly_lower


@pytest.fixture(scope="module")
def truecaser(pipeline):
    return Truecaser(gazetteer=pipeline.gazetteer, actors=pipeline.actors)


@pytest.mark.parametrize(
    ("text", "lower"),
    [
        ("jaipur: the police opened fire on a crowd that had blocked the highway near the bus stand.", True),
        ("two men were held by the railway police at the station on friday night.", True),
        ("Jaipur: the police opened fire on a crowd that had blocked the highway near the bus stand.", False),
        ("KABUL - Gunmen attacked a checkpoint on the outskirts of the city, officials said.", False),
        ("", False),
    ],
)
def test_gate_takes_only_lower_case_texts(text, lower):
    assert mostly_lower(text) is lower


def test_a_normal_case_text_is_returned_as_it_is(truecaser):
    text = "Police in Lahore arrested 14 men after a mob torched a bus on Tuesday."
    assert truecaser.truecase(text) is text


@pytest.mark.parametrize(
    ("text", "cased"),
    [
        # sentence starts, a city, a day
        ("lucknow: the mob dispersed on tuesday. police then arrested nine men.",
         "Lucknow: the mob dispersed on Tuesday. Police then arrested nine men."),
        # a two-word capital and a state with a lower-case "and" inside it
        ("troops were flown from new delhi to jammu and kashmir after the blast.",
         "Troops were flown from New Delhi to Jammu and Kashmir after the blast."),
        # acronyms the actor dictionary writes in capitals; "i" is a pronoun
        ("i was told that crpf and bsf units had reached the village.",
         "I was told that CRPF and BSF units had reached the village."),
        # faiths and communities; "may" with a number is the month, without one the verb
        ("clashes between hindus and sikhs may spread, the officer said on may 4.",
         "Clashes between Hindus and Sikhs may spread, the officer said on May 4."),
    ],
)
def test_truecase_capitalises_names_and_sentence_starts(truecaser, text, cased):
    assert truecaser.truecase(text) == cased


def test_common_words_that_name_small_places_stay_lower(truecaser):
    text = "the police fired tear gas as the crowd marched towards the temple and the bank."
    out = truecaser.truecase(text)
    assert out[0] == "T"
    assert out[1:] == text[1:]  # "bank", "temple", "police", "crowd": English words, no capitals


def test_english_word_test_reads_inflections():
    assert is_english_word("killed")
    assert is_english_word("mobs")
    assert not is_english_word("ahmedabad")


def test_truecasing_keeps_the_length_and_so_every_offset(truecaser):
    text = "ludhiana, march 9: a curfew was clamped in the old city after stone pelting between two groups."
    out = truecaser.truecase(text)
    assert len(out) == len(text)
    assert out.lower() == text.lower()
    assert out.startswith("Ludhiana, March 9")


@pytest.fixture(scope="module")
def cased_pipeline(pipeline):
    from eventwire.pipeline import Pipeline

    return Pipeline(nlp=pipeline.nlp, gazetteer=pipeline.gazetteer, actors=pipeline.actors, geo=pipeline.geo,
                    actor_tagger=pipeline.actor_tagger, events=pipeline.events, truecase=True)


def test_truecasing_is_off_by_default(pipeline):
    assert pipeline.truecaser is None


def test_lower_case_article_gets_its_place_and_state_forces(cased_pipeline):
    pipeline = cased_pipeline
    text = ("vadodara: the police fired 20 rounds of tear gas shells and lathi-charged a mob that set fire to "
            "shops in the walled city on sunday evening, the police commissioner said.")
    article = pipeline.process(Article(id="tc1", text=text))
    assert article.text == text  # the article keeps its own text
    places = {m.place.name for m in article.place_mentions if m.place is not None}
    assert "Vadodara" in places
    names = {m.actor.name for m in article.actor_mentions if m.actor is not None}
    assert "Police Forces of India" in names
    for m in article.place_mentions:  # offsets into the article's own text
        assert article.text[m.start:m.end].lower() == m.text.lower()


def test_extract_cli_truecase_flag_places_a_lower_case_report(tmp_path):
    from click.testing import CliRunner

    from eventwire.cli import cli as main

    page = tmp_path / "lower.txt"
    page.write_text("police fired tear gas at a crowd that burned shops in surat on tuesday, injuring 12 people.\n")
    plain = CliRunner().invoke(main, ["extract", str(page), "--published", "2026-11-20", "--format", "json"])
    cased = CliRunner().invoke(main, ["extract", str(page), "--published", "2026-11-20", "--format", "json", "--truecase"])
    assert plain.exit_code == 0 and cased.exit_code == 0, (plain.output, cased.output)
    import json

    def countries(out: str) -> set:
        return {(e.get("location") or {}).get("country") for e in json.loads(out)["events"]}

    assert "India" not in countries(plain.output)
    assert countries(cased.output) == {"India"}
