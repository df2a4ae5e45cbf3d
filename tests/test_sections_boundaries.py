"""Sentence boundaries at line breaks (the NLP stage's ``eventwire_boundaries`` component), checked on
tokenizer-only docs so that no model is needed."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from eventwire.nlp import set_boundaries  # noqa: E402


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def _reference(doc) -> None:
    """The original token-by-token definition of the component."""
    for i, token in enumerate(doc[:-1]):
        if token.is_space and "\n" in token.text:
            nxt = doc[i + 1]
            if "\n\n" in token.text or nxt.text[:1].isupper() or nxt.text[:1].isdigit():
                nxt.is_sent_start = True
                # the paragraph's first three words stay in the sentence they open (up to a line break
                # or a full stop)
                for k in range(i + 2, min(i + 5, len(doc))):
                    prev = doc[k - 1]
                    if prev.text in (".", "!", "?") or "\n" in prev.text_with_ws:
                        break
                    doc[k].is_sent_start = False


def _starts(doc) -> list:
    return [t.is_sent_start for t in doc]


TEXTS = [
    "",
    "one",
    "\n",
    "end of text\n",
    "\n\nLeading blank line",
    "Headline here\nBody starts here. And goes on.\n\nSecond paragraph\nwrapped line\n2 killed\n  \n lower",
    "A caption\n\n\nthree breaks then lower case\n \n\tTabbed Capital",
    "no breaks at all, just one long sentence with Capitals in it",
]


@pytest.mark.parametrize("text", TEXTS)
def test_boundaries_match_the_token_by_token_definition(blank, text):
    fast, ref = blank.make_doc(text), blank.make_doc(text)
    set_boundaries(fast)
    _reference(ref)
    assert _starts(fast) == _starts(ref)


def test_boundaries_after_blank_lines_and_before_capitals(blank):
    doc = blank.make_doc("Headline\nBody text\ncontinues here\n\nnext paragraph\n7 dead")
    set_boundaries(doc)
    starts = {t.text for t in doc if t.is_sent_start}
    assert {"Body", "next", "7"} <= starts
    assert "continues" not in starts


def test_a_paragraphs_first_word_stays_in_its_sentence():
    """The parser cut a paragraph's first word off its clause ("M23 | rebels clashed with ..."), and
    the actor was lost from the evidence sentence."""
    from eventwire.nlp import load_nlp

    doc = load_nlp()("Clashes near Goma\n\nM23 rebels clashed with Congolese soldiers near Goma on Wednesday.\n\n"
              "US journalist charged by Myanmar with terrorism, his lawyer said.")
    firsts = [s.text.split()[0] for s in doc.sents if s.text.strip()]
    assert "M23" in firsts and "US" in firsts
    sents = [s.text.strip() for s in doc.sents]
    assert any(s.startswith("M23 rebels clashed") for s in sents)
    assert any(s.startswith("US journalist charged") for s in sents)


def test_one_word_lines_and_numbered_items_stay_apart(blank):
    doc = blank.make_doc("Advertisement\n\nRebels attacked the town.\n\n1. Troops withdrew")
    set_boundaries(doc)
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Rebels" in starts and "1" in starts
    assert doc[[t.text for t in doc].index("attacked")].is_sent_start is False
