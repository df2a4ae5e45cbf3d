"""The parse read off the doc's tables (eventwire.events.words): each table answers what spaCy's token
and span objects answer, and the readers moved onto the tables still fire."""

from __future__ import annotations

import pytest

from eventwire.events.captives import seized_people, taken_captive
from eventwire.events.units import clause_segments
from eventwire.events.words import (
    doc_deps,
    doc_ents,
    doc_heads,
    doc_text,
    head_depth,
    lower_forms,
    span_ents,
    span_lowers,
    span_text,
    tokens_lowered,
)

TEXTS = [
    "Gunmen from the Islamic State abducted five students in Kaduna on Monday, police in Nigeria said.",
    "Soldiers of the 3rd Brigade stormed the village near Goma and burned 20 houses, and the rebels fled.",
    "Mr. Ahmed Yusuf, a teacher, was shot dead by unknown men at his home in Mogadishu late on Friday.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_tables_answer_as_the_tokens_do(nlp, text):
    doc = nlp(text)
    heads, deps = doc_heads(doc), doc_deps(doc)
    assert heads == [t.head.i for t in doc]
    assert deps == [t.dep_ for t in doc]
    for t in doc:
        d, x = 0, t
        while x.head.i != x.i:
            x, d = x.head, d + 1
        assert head_depth(t) == min(d, 40)
    assert doc_ents(doc) == doc.ents and doc_ents(doc) is doc_ents(doc)  # built once, kept on the doc
    assert doc_text(doc) == doc.text
    for sent in doc.sents:
        assert span_ents(sent) == list(sent.ents)
        assert span_lowers(sent) == [t.lower_ for t in sent]
        assert lower_forms(sent) == {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
        assert span_text(sent) == sent.text
        assert [t.i for t in tokens_lowered(sent, str.istitle)] == [t.i for t in sent if t.lower_.istitle()]


def test_span_ents_keeps_only_the_entities_inside(nlp):
    doc = nlp("Fighters attacked Goma. Later, troops entered Bunia and Beni.")
    first, second = list(doc.sents)
    names = {e.text for e in span_ents(second)}
    assert "Goma" not in names and names == {e.text for e in second.ents}


def test_readers_on_the_tables_still_fire(nlp):
    doc = nlp("The kidnappers took the pupils into the forest.")
    hits = taken_captive(next(iter(doc.sents)))
    assert [h.category for h in hits] == ["ABDUCT"] and doc[hits[0].start].lemma_ == "take"
    doc = nlp("Armed men snatched six traders on the highway.")
    assert [h.category for h in seized_people(next(iter(doc.sents)))] == ["ABDUCT"]


def test_clause_segments_split_at_the_coordinated_verb(nlp):
    doc = nlp("Militants attacked the police station, and soldiers arrested ten villagers in the market.")
    sent = next(iter(doc.sents))
    trigger = next(t for t in sent if t.lemma_ == "arrest")
    segs, home = clause_segments(sent, trigger)
    assert len(segs) == 2 and segs[home][0] <= trigger.i < segs[home][1]
    assert segs[0][0] == sent.start and segs[-1][1] == sent.end
