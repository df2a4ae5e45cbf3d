"""Session 17 speed work: the faster readings must give what the slower ones gave."""

from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc

from eventwire.events.article_text import PROCEEDING_RE, REACTION_RE, VIOLATION_RE, _lead_letters
from eventwire.events.words import NOMINAL, char_span, doc_pos, span_text, tokens_tagged
from eventwire.geo.recognize import _TOKEN_RE, tokenize
from eventwire.sections.attribution import cited_sources


def _tagged() -> Doc:
    words = ["Rebels", "attacked", "the", "town", ".", "Police", "arrested", "two", "men", "."]
    pos = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "NUM", "NOUN", "PUNCT"]
    starts = [True, False, False, False, False, True, False, False, False, False]
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, sent_starts=starts)


def test_doc_pos_and_tokens_tagged_read_the_tags_of_each_token() -> None:
    doc = _tagged()
    assert doc_pos(doc) == [t.pos_ for t in doc]
    first, second = list(doc.sents)
    assert [t.text for t in tokens_tagged(first, NOMINAL)] == ["Rebels", "town"]
    assert [t.text for t in tokens_tagged(second, NOMINAL)] == ["Police", "men"]
    assert [t.i for t in tokens_tagged(doc, {"VERB"})] == [1, 6]  # the whole doc
    assert [t.text for t in tokens_tagged(list(second), {"NUM"})] == ["two"]  # a plain token list
    assert list(tokens_tagged(first, {"ADJ"})) == []


def test_geo_tokenize_gives_each_word_its_offset() -> None:
    text = "In  Deir ez-Zor_province, U.S. forces\nstruck 3 sites… at 5am;  __al-Bab__ too."
    got = [(t.start, t.end, t.text) for t in tokenize(text)]
    assert got == [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
    assert ("U.S.", text.index("U.S.")) in [(w, s) for s, _e, w in got]
    assert all(text[s:e] == w for s, e, w in got)


def test_lead_letters_keeps_every_match() -> None:
    texts = ["The KILLING of two men; Attacks and ARRESTS followed.", "He was sentenced; a Rally; CONDEMNED",
             "Officials called on the army; ſhot \u212aill", "nothing here at all"]
    plain = [re.compile(rx.pattern.replace(rx.pattern[2:rx.pattern.index("(?:")], ""), rx.flags)
             for rx in (VIOLATION_RE, PROCEEDING_RE, REACTION_RE)]
    for fast, slow in zip((VIOLATION_RE, PROCEEDING_RE, REACTION_RE), plain, strict=True):
        assert "(?=[" in fast.pattern and "(?=[" not in slow.pattern
        for t in texts:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in slow.finditer(t)]
    assert VIOLATION_RE.search("Gunmen KILLED him") and not VIOLATION_RE.search("a quiet day")
    odd = re.compile(r"\b(?:kill|\d+ dead)", re.IGNORECASE)  # a word not led by a letter: left as it is
    assert _lead_letters(odd) is odd


def test_cited_sources_with_and_without_the_verbs_after_a_name() -> None:
    assert cited_sources("Five people died, according to Radio Dabanga.") == ["Radio Dabanga"]
    assert cited_sources("Qasioun News reported that five people died.") == ["Qasioun News"]
    assert cited_sources("Five people died, the Daily Trust revealed on Monday.") == ["Daily Trust"]
    assert cited_sources("Five people died on Monday.") == []


def test_span_text_and_char_span_answer_as_spacy_does() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Gunmen  attacked a bus near Palmyra.   Fourteen soldiers were killed.\n\nPolice said so. ")
    spans = [*doc.sents, doc[1:4], doc[0:1], doc[5:9], doc[3:3]]
    for span in spans:
        assert span_text(span) == span.text
    assert span_text(doc) == doc.text
    assert span_text(list(doc.sents)[1]).strip() == "Fourteen soldiers were killed."
    for start, end in ((0, 6), (2, 10), (28, 35), (40, 48), (0, len(doc.text)), (200, 210)):
        mine, theirs = char_span(doc, start, end), doc.char_span(start, end, alignment_mode="expand")
        assert (mine is None) == (theirs is None)
        if mine is not None:
            assert (mine.start, mine.end) == (theirs.start, theirs.end)
            assert char_span(doc, start, end) is mine  # asked again: the span kept on the doc
