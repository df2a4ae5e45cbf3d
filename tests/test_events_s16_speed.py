"""Session 16 speed work: the memos added must never hand one span's or one token's answer to another."""

from __future__ import annotations

import spacy

from eventwire.events.lexicon import CueIndex
from eventwire.events.words import words_of


def _doc(text: str):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(text)


def test_words_of_answers_each_span_after_another() -> None:
    doc = _doc("Rebels attacked the town. Police arrested two men.")
    first, second = list(doc.sents)
    assert "attacked" in words_of(first) and "arrested" not in words_of(first)
    assert "arrested" in words_of(second) and "attacked" not in words_of(second)
    assert "attacked" in words_of(first)  # asked again after the other sentence
    assert {"attacked", "arrested"} <= words_of(doc)  # the whole doc
    other = _doc("Rebels attacked the town. Police arrested two men.")
    assert words_of(list(other.sents)[1]) == words_of(second)  # an equal span of another doc


def test_cue_match_is_the_same_when_asked_again() -> None:
    cues = {"AIR": ["air strike|strikes", "air raid"], "ANY": ["air"], "FIGHT": ["clash|clashes"]}
    index = CueIndex(cues)
    doc = _doc("An air strike hit the market. Air raids and clashes followed.")
    first = [(h.category, h.phrase, h.start, h.end) for s in doc.sents for h in index.match(s)]
    again = [(h.category, h.phrase, h.start, h.end) for s in doc.sents for h in index.match(s)]
    fresh = [(h.category, h.phrase, h.start, h.end) for s in doc.sents for h in CueIndex(cues).match(s)]
    assert first == again == fresh
    assert ("AIR", "air strike|strikes", 1, 3) in first  # the longest phrase at "air" ...
    assert ("ANY", "air", 1, 2) in first  # ... and the shorter one of another category
    assert any(c == "FIGHT" for c, *_ in first)
    tokens = [t for t in doc]  # a plain token list is read token by token, with the same memo
    assert [(h.category, h.start) for h in index.match(tokens)] == [(c, s) for c, _p, s, _e in first]
