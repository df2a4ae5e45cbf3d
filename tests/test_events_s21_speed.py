"""Session 21 speed work (events stage): the faster readings must give what the slower ones gave."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc


def _doc(words: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words)


def _naive(span: object, lemmas: frozenset[str] | set[str], lowers: frozenset[str] | set[str]) -> list[int]:
    return [t.i for t in span if t.lemma_.lower() in lemmas or t.lower_ in lowers]  # type: ignore[attr-defined]


def test_tokens_with_gate_gives_the_tokens_a_scan_gives() -> None:
    from eventwire.events.words import tokens_with

    doc = _doc(["Gunmen", "torched", "a", "depot", ".", "Farmers", "sold", "maize", "at", "the", "depot", "."])
    first, second = doc[0:5], doc[5:12]
    lowers = frozenset(("torched", "depot"))
    for span in (first, second, doc[0:12]):
        assert [t.i for t in tokens_with(span, lowers=lowers)] == _naive(span, frozenset(), lowers)
    # the same sets asked again (their gate kept), and a sentence without any of the words
    assert [t.i for t in tokens_with(second, lowers=lowers)] == [10]
    assert tokens_with(doc[5:10], lowers=lowers) == []
    # a set (no dict key) and a set built per call read the same
    assert [t.i for t in tokens_with(first, lowers={"gunmen"})] == [0]
    assert [t.i for t in tokens_with(first, lowers=frozenset(("maize",)) | {"a"})] == [2]
    assert [t.i for t in tokens_with(second, lowers=frozenset(("maize",)) | {"a"})] == [7]
    # the whole doc is a span too
    assert [t.i for t in tokens_with(doc, lowers=frozenset(("farmers",)))] == [5]


def test_fold_text_of_reads_the_docs_folded_text_only_for_its_own_text() -> None:
    from eventwire.events.doctables import fold_case, fold_text_of

    doc = _doc(["İstanbul", "Police", "SAID", "."])
    own = doc.text
    assert fold_text_of(own, doc) == fold_case(own) == "istanbul police said . "
    other = "KILLED in Ankara"
    assert fold_text_of(other, doc) == "killed in ankara"
    assert fold_text_of(other, None) == "killed in ankara"
