"""Session 20 speed work (events stage, typing side): the faster readings must give what the slower ones gave."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventwire.events.lexicon import CueIndex


def _doc(words: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words)


def test_cue_phrases_with_optional_and_alternative_words() -> None:
    index = CueIndex({
        "AIR": ["drop|dropped barrel? bomb|bombs", "barrel bomb|bombs"],
        "SHELL": ["dropped"],
        "IED": ["bomb", "road side bomb"],
    })
    doc = _doc(["Jets", "dropped", "barrel", "bombs", "and", "then", "dropped", "bombs", "near", "a", "road", "side", "."])
    want = [("AIR", 1, 4), ("SHELL", 1, 2), ("AIR", 2, 4), ("IED", 3, 4), ("AIR", 6, 8), ("SHELL", 6, 7), ("IED", 7, 8)]
    got = [(h.category, h.start, h.end) for h in index.match(doc[0 : len(doc)])]
    assert got == want
    # a token list is read token by token: the same hits
    assert [(h.category, h.start, h.end) for h in index.match(list(doc))] == want
    # a phrase cut short by the sentence's end does not match ("road side" without "bomb")
    assert all(h.category != "IED" for h in index.match(doc[8:13]))


def test_cue_phrase_of_one_word_ends_after_it() -> None:
    index = CueIndex({"IED": ["bomb"]})
    doc = _doc(["A", "bomb", "-", "bombs", "."])
    assert [(h.start, h.end) for h in index.match(doc[0:5])] == [(1, 2), (3, 4)]


def test_tokens_with_finds_every_token_in_order() -> None:
    from eventwire.events.words import tokens_with

    words = ["Rebels", "shelled", "the", "town", "and", "Shelled", "it", "again", ";", "shells", "fell", "."]
    lemmas = ["rebel", "shell", "the", "town", "and", "Shell", "it", "again", ";", "shell", "fall", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas)
    span = doc[1:11]
    got = [t.i for t in tokens_with(span, lemmas={"shell"})]
    assert got == [1, 5, 9]  # the lower-cased lemma, each token once, in order; none outside the span
    assert [t.i for t in tokens_with(span, lemmas={"fall"}, lowers={"town", "again"})] == [3, 7, 10]
    assert [t.i for t in tokens_with(doc[2:5], lemmas={"shell"}, lowers={"rebels"})] == []
    assert [t.i for t in tokens_with(doc, lowers={"rebels", "shelled"})] == [0, 1, 5]
    # a list of tokens is read token by token: the same answer
    assert [t.i for t in tokens_with(list(span), lemmas={"shell"})] == [1, 5, 9]


def test_heads_with_child_is_the_token_walk() -> None:
    from eventwire.events.words import heads_with_child

    words = ["Rebels", "would", "not", "agree", "to", "leave", ",", "and", "troops", "will", "stay", "."]
    heads = [3, 3, 3, 3, 5, 3, 3, 3, 10, 10, 3, 3]
    deps = ["nsubj", "aux", "neg", "ROOT", "aux", "xcomp", "punct", "cc", "nsubj", "aux", "conj", "punct"]
    tags = ["NNS", "MD", "RB", "VB", "TO", "VB", ",", "CC", "NNS", "MD", "VB", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)

    def walk(dep: str, lowers: frozenset[str] | None = None, tag: str | None = None) -> set[int]:
        return {t.i for t in doc if any(c.dep_ == dep and (lowers is None or c.lower_ in lowers)
                                        and (tag is None or c.tag_ == tag) for c in t.children)}

    future = frozenset(("would", "will"))
    assert heads_with_child(doc, "aux", tag="TO") == walk("aux", tag="TO") == {5}
    assert heads_with_child(doc, "aux", lowers=future) == walk("aux", future) == {3, 10}
    assert heads_with_child(doc, "neg") == walk("neg") == {3}
    assert heads_with_child(doc, "aux") == walk("aux") == {3, 5, 10}
    assert heads_with_child(doc, "dobj") == frozenset()
