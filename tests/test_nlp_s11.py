"""Eleventh session: a sentence starts where a paragraph's dateline ends, so the dateline's place and
date do not become part of the report's first clause ("MOGADISHU, May 15 - At least five people were
killed ..." read the toll as one)."""

from __future__ import annotations

import pytest

from events_helpers import reports_of


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("MOGADISHU, May 15 - At least five people were killed when a car bomb exploded.", "At"),
        ("KHARTOUM, Sudan (AP) — The RSF shelled a market in Omdurman on Sunday.", "The"),
        ("Headline of the story\n\nKABUL: Gunmen attacked a school on Monday.", "Gunmen"),
    ],
)
def test_sentence_starts_after_the_dateline(pipeline, text: str, body: str) -> None:
    doc = pipeline.nlp(text)
    starts = [s[0].text for s in doc.sents]
    assert body in starts


def test_no_boundary_inside_an_ordinary_sentence(pipeline) -> None:
    doc = pipeline.nlp("Police in Kano said on Monday that five people were killed.")
    assert len(list(doc.sents)) == 1


def test_dateline_toll_counts(pipeline) -> None:
    reports = reports_of(pipeline, "MOGADISHU, May 15 - At least five people were killed when a car bomb exploded "
                                   "near a checkpoint in the Somali capital on Tuesday, police said.")
    assert [r.fatalities.count for r in reports] == [5]
