"""Speed helpers of the events stage (eventwire.events.doctables) give what the slower reads give."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.events.article_text import PROCEEDING_RE, REACTION_RE, VIOLATION_RE
from eventwire.events.doctables import case_blind, fold_case, heads_with_child

_ALL = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)


def test_fold_case_reads_every_code_point_as_ignorecase_does() -> None:
    folded = fold_case(_ALL)
    assert len(folded) == len(_ALL)
    for atom in [*"abcdefghijklmnopqrstuvwxyz0123456789", r"\w", r"\s", r"\d", "'", "-"]:
        strict = {m.start() for m in re.finditer(atom, _ALL, re.IGNORECASE)}
        blind = {m.start() for m in re.finditer(atom, folded)}
        assert strict == blind, atom


def test_fold_case_folds_the_special_letters() -> None:
    assert fold_case("KİLLED ſhot \u212aidnapped ABDUCTED") == "kiLLED shot kidnapped abducted".lower()


_SENTENCES = [
    "Gunmen KILLED three farmers and abducted a teacher near the river on Friday.",
    "The court SENTENCED the man to ten years; his lawyers will appeal the verdict.",
    "The minister condemned the attack and called for calm.",
    "Heavy rain closed the roads; nobody was hurt.",
    "ſhe was ſhot; the \u212aidnapped boy was freed after a trial.",
    "İnvestigators are still looking; the body was found by the road.",
]


@pytest.mark.parametrize("rx", [VIOLATION_RE, PROCEEDING_RE, REACTION_RE])
def test_case_blind_patterns_find_the_same_matches(rx: re.Pattern[str]) -> None:
    blind = case_blind(rx)
    assert blind is not None and not blind.flags & re.IGNORECASE
    text = " ".join(_SENTENCES)
    assert [m.span() for m in blind.finditer(fold_case(text))] == [m.span() for m in rx.finditer(text)]
    for s in _SENTENCES:
        assert bool(blind.search(fold_case(s))) == bool(rx.search(s))


@pytest.mark.parametrize("pattern, flags", [
    (r"\bkill", 0),  # no IGNORECASE: nothing to drop
    (r"\bKill", re.IGNORECASE),  # an upper-case letter
    (r"[A-Z]\w+", re.IGNORECASE),
    (r"\bkill(?-i:ed)", re.IGNORECASE),  # an inline flag group
])
def test_case_blind_refuses_other_patterns(pattern: str, flags: int) -> None:
    assert case_blind(re.compile(pattern, flags)) is None


def test_case_blind_keeps_escapes() -> None:
    rx = re.compile(r"\bshot\s+\d+\b", re.IGNORECASE)
    blind = case_blind(rx)
    assert blind is not None
    assert blind.search(fold_case("SHOT 12 people")) and not blind.search(fold_case("SHOTS fired"))


def _doc(words: list[str], heads: list[int]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=["dep"] * len(words))


def test_heads_with_child_reads_the_children() -> None:
    # "a retired soldier and an off duty officer": "retired" under "soldier", "duty" under "officer"
    words = ["a", "retired", "soldier", "and", "an", "off", "duty", "officer"]
    heads = [2, 2, 2, 2, 7, 6, 7, 2]
    doc = _doc(words, heads)
    got = heads_with_child(doc, frozenset({"retired", "duty"}), "test_key")
    want = {tok.i for tok in doc if any(c.lower_ in ("retired", "duty") for c in tok.children)}
    assert got == want == {2, 7}
    # kept on the doc, read again only for another word table
    assert heads_with_child(doc, frozenset({"nothing"}), "test_key") is got


def test_heads_with_child_skips_a_root_word() -> None:
    doc = _doc(["Retired", "."], [0, 0])  # the root is its own head: no child of itself
    assert heads_with_child(doc, frozenset({"retired"}), "test_key2") == frozenset()


def test_tokens_among_gives_the_tokens_in_order() -> None:
    from eventwire.events.victims import _tokens_among

    doc = _doc(["Police", "arrested", "two", "men", "and", "arrested", "a", "woman"], [1, 1, 3, 1, 1, 1, 7, 5])
    lowers = [t.lower_ for t in doc]
    assert [t.i for t in _tokens_among(doc, lowers, frozenset({"arrested", "woman"}))] == [1, 5, 7]
    assert list(_tokens_among(doc, lowers, frozenset({"tanks"}))) == []


def test_search_span_finds_what_the_span_text_search_finds() -> None:
    from eventwire.events.doctables import folded_text, search_span
    from eventwire.events.status import _BACKGROUND_RE, _PERIOD_RE
    from eventwire.events.words import span_text

    nlp = spacy.blank("en")
    doc = nlp("Militants KILLED two men Last MARCH . Since 2019 the army has fought them . So far this YEAR 12 died .")
    assert folded_text(doc) == fold_case(doc.text)
    found = 0
    for rx in (_BACKGROUND_RE, _PERIOD_RE):
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 9) + 1):
                span = doc[start:end]
                want = rx.search(span_text(span))
                got = search_span(rx, span)
                assert (got is None) == (want is None)
                if want is not None:
                    assert got.span() == want.span()
                    found += 1
    assert found > 10
    assert search_span(_BACKGROUND_RE, doc) is not None  # a whole doc: the plain search


def test_several_acts_reads_any_case() -> None:
    from eventwire.events.parts import _SEVERAL_RE, several_acts

    for text in ("Gunmen ATTACKED Three Villages overnight", "a wave of AIRSTRIKES", "in two military bases",
                 "one attack on a village", "The ſeveral Villages", "İn camps"):
        assert several_acts(text) == bool(_SEVERAL_RE.search(text))
    assert several_acts("Gunmen ATTACKED Three Villages overnight")


def test_search_text_and_count_matches_agree_with_the_pattern() -> None:
    from eventwire.events.doctables import count_matches, search_text
    from eventwire.events.perpetrators import _ARMED_CUES, _CRIME_AFTER_CHARGE, _CRIME_NOUN, _STATE_CUES

    texts = ["Police ARRESTED two men, both farmers, for the Kidnapping of a trader. Gunmen demanded a RANSOM.",
             "The court CHARGED a suspect with murder; kidnap SUSPECTS were held by police in custody.",
             "Nothing happened here.", "Soldiers detained the İmam; the armed men kidnapped the ſhopkeeper."]
    for text in texts:
        for rx in (_CRIME_AFTER_CHARGE, _CRIME_NOUN):
            want, got = rx.search(text), search_text(rx, text)
            assert (want is None) == (got is None)
            if want is not None:
                assert got.span() == want.span() and got.groupdict() == want.groupdict()
        for rx in (_ARMED_CUES, _STATE_CUES):
            assert count_matches(rx, text) == len(rx.findall(text))
    assert search_text(_CRIME_AFTER_CHARGE, texts[0]).group("charge") == "ARRESTED"  # the text's own case


def test_case_blind_reads_past_group_names() -> None:
    rx = re.compile(r"\b(?P<Verb>kill(?:ed)?)\s+(?P=Verb)?", re.IGNORECASE)
    blind = case_blind(rx)
    assert blind is not None
    assert blind.search(fold_case("They KILLED ")).span() == rx.search("They KILLED ").span()


def test_clean_name_reads_the_word_tables() -> None:
    from eventwire.events.doctables import doc_is_punct
    from eventwire.events.victims import _clean_name

    nlp = spacy.blank("en")
    doc = nlp("Police said journalist Mr. Peter Magombeyi's murder case , and \" Dr Ann Lee \" spoke .")
    assert doc_is_punct(doc) == [t.is_punct for t in doc]
    assert _clean_name(doc[2:9]) == "Peter Magombeyi"  # title and role before, possessive and tail words after
    assert _clean_name(doc[11:16]) == "Ann Lee"
    assert _clean_name(doc[7:9]) == ""  # nothing but tail words


def test_sent_of_is_the_spans_sentence() -> None:
    from eventwire.events.victims import _sent_of

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Gunmen shot Ali Musa. His brother Omar fled. Police came later.")
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 5) + 1):
            span = doc[start:end]
            got, want = _sent_of(span), span.sent
            assert (got.start, got.end) == (want.start, want.end)


def test_search_doc_and_spans() -> None:
    from eventwire.events.doctables import Spans, search_doc
    from eventwire.events.fatalities import _FOLLOW_DEATH_RE
    from eventwire.events.words import doc_text

    doc = spacy.blank("en")("Gunmen attacked a bus . Two PEOPLE were KILLED and five Wounded .")
    text = doc_text(doc)
    for pos in range(0, len(text), 3):
        for end in (pos + 5, pos + 40, len(text)):
            want, got = _FOLLOW_DEATH_RE.search(text, pos, end), search_doc(_FOLLOW_DEATH_RE, doc, pos, end)
            assert (want and want.span()) == (got and got.span())
    spans = Spans([(10, 20), (0, 5), (30, 40)])
    assert spans.around(12) == (10, 20) and spans.around(25) is None
    assert spans.holds(31, 39) and not spans.holds(18, 22)
