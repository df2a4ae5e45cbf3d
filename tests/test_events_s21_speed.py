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


def test_background_needles_hold_in_every_kind_of_background_phrase() -> None:
    from eventwire.events.doctables import fold_case, search_span, search_span_needing
    from eventwire.events.status import _BACKGROUND_NEEDLES, _BACKGROUND_RE

    phrases = ["Last March the rebels", "Past year was calm", "since 1998 the camp", "during 2011 protests",
               "Earlier this month it rained", "earlier in the year", "3 years ago farmers", "a month ago",
               "Previously the unit", "Over the past decade", "in the last years"]
    for p in phrases:
        m = _BACKGROUND_RE.search(p)
        assert m is not None, p
        assert any(n in fold_case(m.group(0)) for n in _BACKGROUND_NEEDLES), p
    words = ["Militants", "attacked", "the", "base", "last", "year", ".", "Soldiers", "held", "the", "town", "."]
    doc = _doc(words)
    for span in (doc[0:7], doc[7:12], doc[0:12]):
        want = search_span(_BACKGROUND_RE, span)
        got = search_span_needing(_BACKGROUND_RE, span, _BACKGROUND_NEEDLES)
        assert (want is None) == (got is None) and (want is None or want.span() == got.span())
    assert search_span_needing(_BACKGROUND_RE, doc[0:7], _BACKGROUND_NEEDLES) is not None
    assert search_span_needing(_BACKGROUND_RE, doc[7:12], _BACKGROUND_NEEDLES) is None


def test_came_under_reads_the_act_and_skips_docs_without_come() -> None:
    from eventwire.events.underfire import came_under

    words = ["Soldiers", "came", "under", "fire", "from", "militants", "."]
    heads = [1, 1, 1, 2, 1, 4, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps,
              lemmas=["soldier", "come", "under", "fire", "from", "militant", "."],
              pos=["NOUN", "VERB", "ADP", "NOUN", "ADP", "NOUN", "PUNCT"])
    got = came_under(doc[1])
    assert got is not None and got[0].i == 5 and got[1].i == 0
    assert came_under(doc[3]) is not None  # from the noun
    other = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps,
                lemmas=["soldier", "go", "under", "fire", "from", "militant", "."],
                pos=["NOUN", "VERB", "ADP", "NOUN", "ADP", "NOUN", "PUNCT"])
    assert came_under(other[1]) is None and came_under(other[3]) is None


def test_agent_and_patient_kept_per_token_answer_fresh_tokens_of_the_same_index() -> None:
    from eventwire.events.clause import agent_of, patient_of
    from eventwire.events.doctables import token_of_token

    words = ["Rebels", "attacked", "the", "convoy", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "punct"], lemmas=["rebel", "attack", "the", "convoy", "."],
              pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    first, again = agent_of(doc[1]), agent_of(doc[1])
    assert first is not None and again is not None and first.i == again.i == 0 and first is not again
    assert patient_of(doc[1]).i == patient_of(doc[1]).i == 3
    assert agent_of(doc[2]) is None and agent_of(doc[2]) is None

    calls: list[int] = []

    @token_of_token("test_s21_heads")
    def head_of(tok: object) -> object:
        calls.append(1)
        return tok.head  # type: ignore[attr-defined]

    assert head_of(doc[3]).i == head_of(doc[3]).i == 1 and len(calls) == 1  # read once, kept
    stand_in = type("T", (), {"head": "h"})()
    assert head_of(stand_in) == "h" and head_of(stand_in) == "h" and len(calls) == 3  # no doc: not kept


def test_claim_scan_needles_hold_in_every_match() -> None:
    from eventwire.events.claims import _MEMBERS_WORD, _OWNED_NEEDLES, _OWNED_WORD
    from eventwire.events.doctables import fold_case

    for text in ("It carried out the raid", "they Carry Out attacks", "it carries out", "CARRYING OUT strikes",
                 "the group was behind it"):
        m = _OWNED_WORD.search(text)
        assert m is not None and any(n in fold_case(m.group(0)) for n in _OWNED_NEEDLES), text
    for text in ("were Members of", "a member of", "belonged to", "belongs to", "they belong to"):
        m = _MEMBERS_WORD.search(text)
        assert m is not None and any(n in fold_case(m.group(0)) for n in ("member", "belong")), text


def test_roles_near_a_name_found_within_its_reach_only() -> None:
    from eventwire.events.victims import _roles_near

    words = ["Police", "detained", "journalist", "Ana", "Ruiz", "and", "a", "farmer", ";", "reporters", "left", "."]
    heads = [1, 1, 4, 4, 1, 4, 7, 4, 1, 10, 1, 1]
    deps = ["nsubj", "ROOT", "compound", "compound", "dobj", "cc", "det", "conj", "punct", "nsubj", "conj", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "PROPN", "PROPN", "CCONJ", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    got = _roles_near(doc[3:5])
    assert got and set(got) == {"journalist"}
    farmer = _roles_near(doc[7:8])
    # "Reporters" opens a parse of its own, out of the name's reach: no role
    two = Doc(spacy.blank("en").vocab, words=["Ana", "Ruiz", "left", ".", "Reporters", "came", "."],
              heads=[1, 2, 2, 2, 5, 5, 5], deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
              pos=["PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"])
    assert _roles_near(two[0:2]) == []
    # the same as the reading without the reach test
    import eventwire.events.victims as victims

    saved = victims._role_word_within
    try:
        victims._role_word_within = lambda *_a: True  # type: ignore[assignment]
        assert victims._roles_near(doc[3:5]) == got and victims._roles_near(doc[7:8]) == farmer
        assert victims._roles_near(two[0:2]) == []
    finally:
        victims._role_word_within = saved


def test_spans_hold_an_offset_range_in_the_nearest_span_or_the_one_before() -> None:
    from eventwire.events.doctables import Spans

    spans = Spans([(10, 20), (0, 30), (40, 50)])
    naive = [(0, 30), (10, 20), (40, 50)]
    for start, end in [(0, 5), (12, 18), (12, 25), (25, 35), (41, 49), (45, 55), (5, 8), (60, 61), (-5, 0)]:
        i = max((k for k, (a, _b) in enumerate(naive) if a <= start), default=-1)
        want = any(0 <= k and naive[k][0] <= start and end <= naive[k][1] for k in (i, i - 1))
        assert spans.holds(start, end) == want, (start, end)
    assert Spans([]).holds(1, 2) is False


def test_sentence_of_a_token_is_its_sentence() -> None:
    from eventwire.events.story import sentence_of

    words = ["Troops", "left", ".", "Rebels", "came", "back", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 4, 4, 4],
              deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "advmod", "punct"],
              sent_starts=[True, False, False, True, False, False, False])
    for tok in doc:
        got, want = sentence_of(doc, tok.i), tok.sent
        assert (got.start, got.end) == (want.start, want.end)
