"""Session 21 speed work in geo: the recognizer's tokens made as they are read (geo.tokens.Tokens)."""

from __future__ import annotations

import pytest

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
