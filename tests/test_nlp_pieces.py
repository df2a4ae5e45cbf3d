"""A long text is parsed in pieces cut at paragraph breaks and joined into one doc (``nlp.pipe_docs``):
same text, offsets, sentences and entities as a whole parse, with memory bounded by a piece."""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import nlp as shared_nlp
from eventwire.nlp import pipe_docs, split_pieces


def test_pieces_rejoin_into_the_text_and_cut_at_paragraphs() -> None:
    paragraphs = [f"Paragraph {i} says that the army shelled the town of Idlib on Monday." for i in range(40)]
    text = "\n\n".join(paragraphs)
    pieces = split_pieces(text, limit=500)
    assert "".join(pieces) == text
    assert len(pieces) > 1 and all(len(p) <= 500 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])  # cut after a paragraph break, never inside one


def test_pieces_fall_back_to_sentence_ends_spaces_and_the_limit() -> None:
    one_paragraph = " ".join(["Fighters attacked the base."] * 60)
    pieces = split_pieces(one_paragraph, limit=300)
    assert "".join(pieces) == one_paragraph
    assert all(p.endswith(". ") for p in pieces[:-1])
    no_space = "x" * 1000
    assert split_pieces(no_space, limit=300) == ["x" * 300, "x" * 300, "x" * 300, "x" * 100]
    assert split_pieces("", limit=10) == [] and split_pieces("short", limit=10) == ["short"]


def test_a_long_text_parsed_in_pieces_matches_the_whole_parse() -> None:
    nlp = shared_nlp()
    text = "\n\n".join(
        f"Gunmen killed {i} villagers in Zamfara State on Tuesday, police said. "
        f"Residents fled to Gusau after the attack by bandits." for i in range(2, 30))
    whole = nlp(text)
    short = "Protesters marched in Lagos."
    docs = list(pipe_docs(nlp, [short, text, short], limit=400))
    assert [d.text for d in docs] == [short, text, short]
    joined = docs[1]
    # Offsets, sentences and entities are the same; the tagger and parser see a few tokens of the
    # next paragraph in a whole parse, so a tag or a head next to a cut may differ (1 of 671 here).
    assert [(t.idx, t.is_sent_start, t.ent_type_) for t in joined] == [
        (t.idx, t.is_sent_start, t.ent_type_) for t in whole]
    agree = sum((a.tag_, a.dep_, a.head.i) == (b.tag_, b.dep_, b.head.i) for a, b in zip(joined, whole, strict=True))
    assert agree / len(whole) >= 0.98
    assert joined.tensor.shape == whole.tensor.shape and joined.has_annotation("DEP")


def test_the_pipeline_codes_a_long_article_the_same_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    import eventwire.nlp as nlp_module
    from eventwire.pipeline import load_pipeline
    from eventwire.records import Article

    pipeline = load_pipeline(nlp=shared_nlp())
    text = "\n\n".join(
        f"Suspected jihadists killed {n} soldiers in an attack on an army post near Djibo on Sunday, "
        "the army said." for n in (4, 7, 11))

    def code() -> list[tuple[str, int, int]]:
        article = pipeline.process(Article(id="long", text=text, published=dt.date(2024, 3, 5)))
        return [(r.sub_event_type, r.fatalities.count, r.evidence.start) for r in article.reports]

    whole = code()
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 150)  # each paragraph a piece of its own
    assert len(split_pieces(text, limit=150)) == 3
    assert whole and code() == whole
