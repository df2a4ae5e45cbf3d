"""Session 21 speed work in geo: the recognizer's tokens made as they are read (geo.tokens.Tokens), the
clauses of geo.placed.placed_among found around each word (no list of every break of the text)."""

from __future__ import annotations

import pytest

from eventwire.geo.placed import _placed_words, placed_among
from eventwire.geo.tokens import Tokens, token_table, tokenize

_TEXTS = [
    "Gunmen attacked a checkpoint near Wadi Barra on Tuesday, the U.S. embassy said.",
    "  Rockets hit al-Qarn\u2019s market;\n\nthree people (two children) died __ in 2031-04-05.",
    "",
    "Ärzte in Zürich und Genève: 12 Fälle, ½ Stunde später.",
    "a_b _c d__e",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_token_table_reads_as_tokenize(text: str) -> None:
    want = tokenize(text)
    words, toks = token_table(text)
    assert isinstance(toks, Tokens)
    assert words == [t.text for t in want]
    assert len(toks) == len(want)
    assert [toks[k] for k in range(len(toks))] == want
    for k in range(1, len(want) + 1):  # a negative index reads as a list's does
        assert toks[-k] == want[-k]
    with pytest.raises(IndexError):
        toks[len(want)]


def test_tokens_are_made_once_and_only_when_read() -> None:
    _words, toks = token_table("Shelling hit Kharan and Basti Lal overnight.")
    assert dict.__len__(toks) == 0
    first = toks[2]
    assert first.text == "Kharan" and toks[2] is first
    assert dict.__len__(toks) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Marvo town was quiet; Delk said. In Marvo, near Delk (Tarsa village) - at Tarsa",
        "Delk",
        "Delk town",
        "(in Marvo)",
        "\"near the Tarsa\", Marvo village. Delk Marvo Tarsa",
        "",
    ],
)
def test_placed_among_reads_each_clause_as_the_whole_text_does(text: str) -> None:
    for words in ({"Marvo"}, {"Delk", "Tarsa"}, {"Marvo", "Delk", "Tarsa", "Nowhere"}):
        assert placed_among(text, words) == _placed_words(text) & words
