"""HTML pages: trafilatura main text, comments, metadata; related lists; extract_main_text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.ingest import read_bytes, read_path
from eventwire.sections import extract_main_text, segment

PAGE = Path(__file__).parent / "fixtures" / "ingest" / "page.html"


@pytest.fixture(scope="module")
def page():
    a = read_path(PAGE)
    segment(a)
    return a


def _texts(a, kind):
    return [a.text[s.start:s.end] for s in a.sections if s.kind == kind]


def test_text_is_title_body_comments_related(page):
    assert page.text.startswith("Army retakes hill town after three-day battle\n\nBAGHDAD — Iraqi forces")
    kinds = [s.kind for s in page.sections]
    assert kinds[:3] == ["title", "dateline", "body"]
    order = [kinds.index(k) for k in ("title", "body", "caption", "comment", "related")]
    assert order == sorted(order)
    assert page.html is not None and "<aside" in page.html


def test_metadata(page):
    assert page.title == "Army retakes hill town after three-day battle"
    assert page.outlet == "Example Frontline News"
    assert page.published == dt.date(2016, 5, 14) and page.published_source == "page"
    assert page.language == "en" and not page.rejections
    assert page.cited_sources == ["Joint Operations Command"]


def test_dateline_body_comments(page):
    (dl,) = [s for s in page.sections if s.kind == "dateline"]
    assert page.text[dl.start:dl.end] == "BAGHDAD" and dl.meta["place"] == "Baghdad"
    body = " ".join(_texts(page, "body"))
    assert "Iraqi forces retook the hill town" in body and "main mosque" in body
    assert "Home" not in body and "Copyright" not in body and "Great news" not in body
    comments = _texts(page, "comment")
    assert len(comments) == 2 and comments[0].startswith("Great news for the people")


def test_figure_caption(page):
    assert _texts(page, "caption") == [
        "Soldiers patrol the main street of Examplia on Sunday. (Photo: Example Frontline News)"]
    assert "Soldiers patrol" not in " ".join(_texts(page, "body"))


def test_related_list_becomes_children(page):
    related = _texts(page, "related")
    assert related == ["Car bomb kills three in northern market town",
                       "Militants attack checkpoint near the river crossing overnight"]
    assert [c.text for c in page.children] == related
    assert all(page.text[c.offset:c.offset + len(c.text)] == c.text for c in page.children)
    assert {c.published for c in page.children} == {dt.date(2016, 5, 14)}


def test_user_date_beats_page_date():
    a = read_path(PAGE, published=dt.date(2016, 5, 20))
    segment(a)
    assert a.published == dt.date(2016, 5, 20) and a.published_source == "user"


def test_extract_main_text_is_the_body_only():
    body = extract_main_text(PAGE.read_text(encoding="utf-8"))
    assert body.startswith("BAGHDAD — Iraqi forces retook")
    assert body.endswith("at the town's main mosque.")
    assert body.count("\n\n") == 2  # three paragraphs
    assert "Army retakes hill town" not in body and "Great news" not in body and "Car bomb" not in body


def test_fragment_falls_back_to_all_text():
    a = read_bytes(b"<p>A bomb exploded in Kabul on Monday, killing two people, police said.</p>",
                   source="frag.html")
    segment(a)
    assert "A bomb exploded in Kabul" in " ".join(_texts(a, "body"))


def test_page_without_text_is_rejected():
    a = read_bytes(b"<html><head><title></title><script>var x = 1;</script></head><body> </body></html>",
                   source="blank.html")
    segment(a)
    assert [r.reason for r in a.rejections] == ["empty"]


def test_non_english_html_is_rejected():
    html = ("<html><body><article><p>La armada atacó la ciudad el sábado y mató a cinco personas, según "
            "fuentes locales que hablaron con los periodistas en la plaza central.</p></article></body></html>")
    a = read_bytes(html.encode(), source="es.html")
    segment(a)
    assert a.language == "es" and a.rejections[0].reason == "not_english"
