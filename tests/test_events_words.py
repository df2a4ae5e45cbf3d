"""The words of a sentence read once (eventwire.events.words) and the gate it gives the sentence readers."""

from __future__ import annotations

from eventwire.events.lexicon import CueIndex
from eventwire.events.movements import force_movements
from eventwire.events.violence import taken_captive
from eventwire.events.weapons import own_bomb
from eventwire.events.words import doc_words, needs_words, none, words_of


def test_words_of_holds_every_form_and_is_kept_on_the_doc(nlp):
    doc = nlp("Gunmen Abducted five students in Kaduna.")
    sent = next(iter(doc.sents))
    words = words_of(sent)
    assert {"Abducted", "abducted", "abduct", "Gunmen", "gunmen", "kaduna"} <= words
    assert words_of(sent) is words  # read once per sentence
    assert words_of(doc) >= words  # a whole doc is a span too
    texts, lowers, lemmas = doc_words(doc)
    assert texts[1] == "Abducted" and lowers[1] == "abducted" and len(lemmas) == len(doc)


def test_needs_words_skips_a_reader_only_without_its_words(nlp):
    calls = []

    @needs_words(("march",), lambda: {"walk"})
    def reader(sent, extra):
        calls.append(extra)
        return [extra]

    doc = nlp("Police dispersed the crowd. Thousands marched to the palace.")
    first, second = list(doc.sents)
    assert reader(first, 1) == [] and calls == []
    assert reader(second, 2) == [2] and calls == [2]

    @needs_words(("bomb",), empty=none)
    def finder(sent):
        return sent[0]

    assert finder(first) is None


def test_gated_readers_still_fire_on_their_words(nlp):
    doc = nlp("The gunmen took the students into the forest. The army sent more troops to the border.")
    s1, s2 = list(doc.sents)
    assert [h.category for h in taken_captive(s1)] == ["ABDUCT"]
    assert taken_captive(s2) == []
    assert [h.phrase for h in force_movements(s2, [])] == ["forces moved"]
    assert force_movements(s1, []) == []
    bomb = nlp("The bomb they were assembling went off in their hideout.")
    assert own_bomb(next(iter(bomb.sents))) is not None
    assert own_bomb(s1) is None


def test_cue_match_reads_a_span_as_it_reads_its_tokens(nlp):
    index = CueIndex({"AIR": ["air strike|strikes", "air raid?"], "SHELL": ["shelled", "shell|shells"]})
    doc = nlp("An air-strike and air strikes hit the town before troops shelled it; the air was clear.")
    sent = doc[:]
    as_span = [(h.category, h.phrase, h.start, h.end) for h in index.match(sent)]
    as_tokens = [(h.category, h.phrase, h.start, h.end) for h in index.match(list(sent))]
    assert as_span == as_tokens
    # the dash of "air-strike" is skipped: the two-word phrase matches across it and ends after "strike"
    assert ("AIR", "air strike|strikes", 1, 4) in as_span and ("AIR", "air strike|strikes", 5, 7) in as_span
    # at one start the longer phrase comes first; the optional word lets a bare "air" match too
    at_one = [h for h in as_span if h[2] == 1]
    assert len(at_one) == 2
    assert [h[3] - h[2] for h in at_one] == sorted((h[3] - h[2] for h in at_one), reverse=True)
    assert ("AIR", "air raid?", 16, 17) in as_span and ("SHELL", "shelled", 12, 13) in as_span
