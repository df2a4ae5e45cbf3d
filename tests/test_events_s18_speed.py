"""Session 18 speed work (events stage): the faster readings must give what the slower ones gave."""

from __future__ import annotations

import datetime as dt

import spacy
from spacy.tokens import Doc

from eventwire.events.dating import ELAPSED_RE, elapsed_spans
from eventwire.events.lexicon import CueIndex, build_index
from eventwire.events.words import doc_words, needs_words, words_of


def _doc() -> Doc:
    words = ["Gunmen", "stormed", "a", "depot", ".", "Farmers", "marched", "on", "Tuesday", "."]
    starts = [True, False, False, False, False, True, False, False, False, False]
    return Doc(spacy.blank("en").vocab, words=words, sent_starts=starts)


def test_gates_fire_only_on_sentences_with_their_words() -> None:
    calls: list[str] = []

    @needs_words({"stormed"})
    def storming(sent: object) -> list[str]:
        calls.append("storm")
        return ["storm"]

    @needs_words(lambda: {"farmers", "march"}, empty=lambda: None)
    def march(sent: object) -> str | None:
        calls.append("march")
        return "march"

    first, second = list(_doc().sents)
    assert storming(first) == ["storm"] and storming(second) == []
    # a gate first called after the sentence's mask was read: the mask is read again
    assert march(first) is None and march(second) == "march"
    assert storming(second) == [] and storming(first) == ["storm"]
    assert calls == ["storm", "march", "storm"]


def test_gates_read_every_form_of_the_words() -> None:
    @needs_words({"gunmen"})  # the lower case of "Gunmen"
    def gunmen(sent: object) -> bool:
        return True

    doc = _doc()
    first, second = list(doc.sents)
    assert gunmen(first) is True and gunmen(second) == []
    assert "gunmen" in words_of(first) and "gunmen" not in words_of(second)


def test_doc_words_read_each_token() -> None:
    doc = _doc()
    texts, lowers, _lemmas = doc_words(doc)
    assert texts == [t.text for t in doc] and lowers == [t.lower_ for t in doc]


def test_cue_hits_are_kept_but_each_caller_gets_its_own_list() -> None:
    assert build_index() is build_index()
    index = CueIndex({"RAID": ["stormed"], "PROTEST": ["marched"]})
    doc = _doc()
    first, second = list(doc.sents)
    hits = index.match(first)
    assert [(h.category, h.start) for h in hits] == [("RAID", 1)]
    hits.append(hits[0])  # a caller extending its list changes no later answer
    again = index.match(first)
    assert [(h.category, h.start) for h in again] == [("RAID", 1)]
    assert [(h.category, h.start) for h in index.match(second)] == [("PROTEST", 6)]
    other = CueIndex({"PROTEST": ["stormed"]})  # another index: its own hits
    assert [(h.category, h.start) for h in other.match(first)] == [("PROTEST", 1)]


def test_elapsed_spans_prefilter_keeps_every_reading() -> None:
    published = dt.date(2026, 11, 20)
    for text in ("Sunday marks two years since the coup in the capital.",
                 "Residents held a vigil on the third anniversary of the massacre.",
                 "It has been six months  since the kidnapping.",
                 "Since the attack, nobody has returned.",  # "since" without an elapsed time
                 "The 5-year anniversary of the blast passed quietly."):
        got = [m.text for m in elapsed_spans(text, published)]
        assert len(got) <= len(list(ELAPSED_RE.finditer(text)))
        if ELAPSED_RE.search(text):
            assert got, text
        else:
            assert got == [], text
