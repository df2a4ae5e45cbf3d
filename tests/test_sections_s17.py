"""List entries of a report against image captions (seventeenth session): a run of lines opening with
the same bullet (a bulletin's "- Kharkiv: two civilians killed in shelling") and the heading ending in a
colon right above it are the report's body; a single short line under the headline, or one cued as a
photo ("Photo: AFP"), stays a caption. All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article
from eventwire.sections import segment
from eventwire.sections.plain import list_lines, split_lines

WED = dt.date(2024, 5, 15)


def kinds(text: str) -> list[tuple[str, str]]:
    article = Article(id="t", text=text)
    segment(article)
    return [(s.kind, text[s.start : s.end]) for s in article.sections]


def kind_of(text: str, line: str) -> str:
    return next(k for k, t in kinds(text) if line in t)


BULLETIN = ("Russian attacks across Ukraine\n\nOvernight attacks, 14 May:\n"
            "{b} Kharkiv: two civilians killed in shelling\n"
            "{b} Donetsk region: a drone strike killed a man in Kostiantynivka\n"
            "{b} Zaporizhzhia: Russian shelling wounded three people\n")


@pytest.mark.parametrize("bullet", ["-", "*", "\u2022", "\u2013"])
def test_a_bulletins_entries_and_heading_are_body_not_captions(bullet):
    text = BULLETIN.format(b=bullet)
    assert kind_of(text, "Overnight attacks, 14 May:") == "body"
    assert kind_of(text, "Kharkiv: two civilians") == "body"
    assert kind_of(text, "Zaporizhzhia: Russian shelling") == "body"
    assert not [t for k, t in kinds(text) if k == "caption"]


def test_numbered_entries_are_body():
    text = ("Shelling across Kharkiv region\n\n1. Kupiansk: Russian shelling killed two civilians\n"
            "2. Vovchansk: Russian shelling killed a woman\n\n"
            "Russian forces shelled Kharkiv city on Tuesday, killing three people, the governor said.\n")
    assert kind_of(text, "Kupiansk") == "body"
    assert kind_of(text, "Vovchansk") == "body"


def test_entries_with_a_blank_line_between_them_are_one_list():
    text = ("Clashes in the north\n\n- Gao: soldiers clashed with militants near the airport\n\n"
            "- Menaka: militants attacked a village\n")
    assert kind_of(text, "Gao:") == "body" and kind_of(text, "Menaka:") == "body"


def test_a_single_short_line_and_a_photo_line_stay_captions():
    text = ("Gunmen kill five in Zamfara state\n\nPhoto: villagers at the funeral (AFP)\n\n"
            "Gunmen killed five villagers in Zamfara state on Monday night, police said, adding that "
            "the attackers fled on motorcycles.\n")
    assert kind_of(text, "Photo: villagers") == "caption"
    text = ("Gunmen kill five in Zamfara state\n\n- Mourners at the funeral\n\n"
            "Gunmen killed five villagers in Zamfara state on Monday night, police said, adding that "
            "the attackers fled on motorcycles.\n")
    assert kind_of(text, "Mourners at the funeral") == "caption"


def test_mixed_bullets_are_no_list():
    lines = split_lines("Title here\n\n- first line of one kind\n* second line of another\n")
    assert list_lines(lines) == set()


def test_a_colon_line_without_entries_under_it_is_no_heading():
    lines = split_lines("Title here\n\nWhat we know:\n\nThe army said on Monday it had retaken the town.\n")
    assert list_lines(lines) == set()


@pytest.mark.slow
def test_an_entry_under_the_headline_is_an_event_of_its_own(pipeline):
    # a list right under the headline was two captions, merged into the body's shelling of Kharkiv
    text = ("Shelling across Kharkiv region\n\n- Kupiansk: Russian shelling killed two civilians.\n"
            "- Vovchansk: Russian shelling killed a woman.\n\n"
            "Russian forces shelled Kharkiv city on Tuesday, killing three people, the governor said.\n")
    article = Article(id="t", text=text, published=WED)
    pipeline.process(article)
    places = {r.location.text for r in article.reports if r.location is not None and r.section == "body"}
    assert "Kharkiv" in places and places & {"Kupiansk", "Vovchansk"}, places


def test_a_short_lead_told_on_a_source_is_body_not_a_caption():
    text = ("Gunmen kill five in Zamfara\n\nPhoto: AFP\n\n"
            "Gunmen killed five villagers in Zamfara state on Monday, police said.\n")
    assert kind_of(text, "Photo: AFP") == "caption"
    assert kind_of(text, "Gunmen killed five villagers") == "body"
    text = "Gunmen kill five in Zamfara\n\nMourners gather in Gusau on Tuesday.\n\nMore follows.\n"
    assert kind_of(text, "Mourners gather") == "caption"
