"""The word-table readers of eventwire.events.words that spare building spaCy token objects: each must
answer exactly what reading the tokens one by one answers."""

from __future__ import annotations

from eventwire.events.clause import _word_kind
from eventwire.events.words import doc_text, doc_words, lemma_lowers, per_token, tokens_with

TEXTS = (
    "Gunmen Abducted five students in Kaduna on Monday.  Police said the attackers fled.\n\nNo one was hurt.",
    "The death toll rose to 11, officials said; the ISLAMIC State claimed the attack.",
    "  Leading spaces,\ttabs and\u00a0odd  spacing  ",
)


def test_doc_words_and_text_match_the_tokens(nlp):
    for text in TEXTS:
        doc = nlp(text)
        texts, lowers, lemmas = doc_words(doc)
        assert texts == [t.text for t in doc]
        assert lowers == [t.lower_ for t in doc]
        assert lemmas == [t.lemma_ for t in doc]
        assert lemma_lowers(doc) == [t.lemma_.lower() for t in doc]
        assert doc_text(doc) == doc.text == text
    empty = nlp("")
    assert doc_words(empty) == ([], [], []) and doc_text(empty) == ""


def test_tokens_with_finds_the_tokens_a_token_walk_finds(nlp):
    doc = nlp(TEXTS[1])
    lemmas, lowers = frozenset({"claim", "say"}), frozenset({"toll", "state"})
    for span in (*doc.sents, doc, doc[2:6]):
        walk = [t for t in span if t.lemma_.lower() in lemmas or t.lower_ in lowers]
        assert tokens_with(span, lemmas=lemmas, lowers=lowers) == walk
        assert tokens_with(list(span), lemmas=lemmas, lowers=lowers) == walk  # a plain token list
    assert [t.text for t in tokens_with(doc, lowers=lowers)] == ["toll", "State"]
    assert tokens_with(doc, lemmas=frozenset({"bomb"})) == []


def test_per_token_computes_once_per_token_and_keeps_it_on_the_doc(nlp):
    calls: list[int] = []

    @per_token("test_s10_speed_lengths")
    def length(tok):
        calls.append(tok.i)
        return len(tok.text)

    doc = nlp("Soldiers shot two protesters.")
    assert [length(t) for t in doc] == [8, 4, 3, 10, 1]
    assert [length(t) for t in doc] == [8, 4, 3, 10, 1]
    assert calls == [0, 1, 2, 3, 4]
    assert length(nlp("Soldiers left.")[1]) == 4 and calls[-1] == 1  # another doc keeps its own


def test_cached_word_kind_answers_as_before(nlp):
    doc = nlp("Rebel fighters attacked an army base and killed three civilians.")
    kinds = {t.text: _word_kind(t) for t in doc if t.pos_ in ("NOUN", "PROPN")}
    assert kinds["fighters"] == "nonstate" and kinds["civilians"] == "civilian"
    assert {t.text: _word_kind(t) for t in doc if t.pos_ in ("NOUN", "PROPN")} == kinds
