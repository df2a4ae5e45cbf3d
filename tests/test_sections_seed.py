"""The seed page's parts table (../shared/examples/seed/EXPECTED.md), one assertion per part."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.ingest import read_path
from eventwire.sections import segment

SEED = Path(__file__).resolve().parents[1] / "examples" / "palmyra.txt"
HEADLINE = "Islamic State approaches Palmyra after attacking Syrian army headquarters"


@pytest.fixture(scope="module")
def page():
    article = read_path(SEED)
    segment(article)
    return article


def _texts(article, kind):
    return [article.text[s.start:s.end] for s in article.sections if s.kind == kind]


def _kind_of(article, phrase):
    pos = article.text.index(phrase)
    section = article.section_at(pos)
    return section.kind if section else None


def test_headline_is_the_title_once(page):
    assert _texts(page, "title") == [HEADLINE]
    assert page.title == HEADLINE


def test_duplicate_headline_is_marked(page):
    second = page.text.index(HEADLINE, 1)
    dup = page.section_at(second)
    assert dup is not None and dup.kind == "boilerplate" and dup.meta["duplicate_of"] == 0


def test_caption(page):
    assert _texts(page, "caption") == ["Islamic State militants."]


def test_dateline_outlet_and_place(page):
    (dateline,) = [s for s in page.sections if s.kind == "dateline"]
    assert page.text[dateline.start:dateline.end] == "Homs (Syria News)"
    assert dateline.meta["place"] == "Homs" and dateline.meta["outlet"] == "Syria News"
    assert page.outlet == "Syria News"


def test_cited_source(page):
    assert page.cited_sources == ["Qasioun News"]


def test_body_is_the_report(page):
    body = [s for s in page.sections if s.kind == "body"]
    assert page.text[body[0].start:].startswith("The self-proclaimed Islamic State launched")
    assert page.text[body[-1].start:body[-1].end].endswith("the city of Sukhna.")
    assert len(body) == 5  # the report's paragraphs after the dateline
    for phrase in ("T3 airbase", "Tantor Mountain", "Deir Ezzor-Palmyra road", "last March"):
        assert _kind_of(page, phrase) == "body"


def test_boilerplate(page):
    boiler = _texts(page, "boilerplate")
    for line in ("One Comment", "Leave a Reply",
                 "Your email address will not be published. Required fields are marked *"):
        assert line in boiler
    assert boiler.count("Leave a Reply") == 2


def test_comment(page):
    (comment,) = _texts(page, "comment")
    assert "This might be one of the last desperate fights" in comment
    assert comment.endswith("concentrated most of their forces.")
    assert _kind_of(page, "ISIS can always find a weak spot") == "comment"


def test_related_headlines(page):
    related = _texts(page, "related")
    assert related[0] == "Army airstrikes kill five Islamic State members, northeastern Baqubah"
    assert related[1].startswith("Iraqi security forces detain a boy") and related[1].endswith("Reuters.")
    assert related[2] == "Suicide attacker killed before blowing himself up in north of Salahuddin"
    assert len(related) == 3


def test_related_headlines_are_child_articles(page):
    kids = page.children
    assert [c.text for c in kids] == _texts(page, "related")
    for child in kids:
        assert child.kind == "related" and child.parent_id == page.id
        assert page.text[child.offset:child.offset + len(child.text)] == child.text
        assert [(s.kind, s.start, s.end) for s in child.sections] == [("related", 0, len(child.text))]
    assert len({c.id for c in kids}) == 3


def test_language_and_no_invented_date(page):
    assert page.language == "en" and not page.rejections
    assert page.published is None and page.published_source is None


def test_sections_are_ordered_disjoint_and_cover_the_words(page):
    spans = sorted((s.start, s.end) for s in page.sections)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    assert all(i in covered for i, ch in enumerate(page.text) if not ch.isspace())


def test_user_date_kept_and_inherited_by_children():
    article = read_path(SEED, published=dt.date(2016, 5, 16))
    segment(article)
    assert article.published == dt.date(2016, 5, 16) and article.published_source == "user"
    assert {c.published for c in article.children} == {dt.date(2016, 5, 16)}


def test_segment_is_idempotent(page):
    before = [(s.kind, s.start, s.end) for s in page.sections]
    segment(page)
    assert [(s.kind, s.start, s.end) for s in page.sections] == before
    assert len(page.children) == 3
