"""Robustness: any text in, valid mentions out (offsets inside the text, no overlaps), no exception."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.dictionary import ActorDictionary
from eventwire.actors.tagger import ActorTagger
from eventwire.records import Article
from eventwire.timex import resolve_date_expression, tag_dates

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

TAGGER = ActorTagger(ActorDictionary.load())
WORDS = ["the", "Syrian", "army", "IS", "Daesh", "gunmen", "killed", "on", "Saturday", "last", "March",
         "3", "May", "2016", "police", "US-led", "coalition", "warplanes", "civilians", "in", "Kano", "'s",
         "داعش", "ЗСУ", "-", ",", ".", "\n", "militant", "group", "yesterday", "14/05/2016", "week", "ago"]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
)
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))


def _check(article: Article, mentions) -> None:
    spans = sorted((m.start, m.end) for m in mentions)
    for (s, e), m in zip(spans, sorted(mentions, key=lambda m: (m.start, m.end)), strict=True):
        assert 0 <= s < e <= len(article.text)
        assert article.text[s:e] == m.text
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


@settings(max_examples=150, deadline=None)
@given(text=texts, hint=st.sampled_from([None, "SYR", "NGA", "XXX", "syr"]))
def test_actor_tagger_never_breaks(text, hint):
    article = Article(id="h", text=text)
    TAGGER.tag(article, country_hint=hint)
    _check(article, article.actor_mentions)
    for m in article.actor_mentions:
        assert m.actor.name and (m.actor.inter is None or 1 <= m.actor.inter <= 8)


@settings(max_examples=150, deadline=None)
@given(text=texts, published=dates)
def test_dates_never_break(text, published):
    article = Article(id="h", text=text, published=published)
    tag_dates(article)
    _check(article, article.date_mentions)
    for m in article.date_mentions:
        d = m.date
        assert (d.value is None) == (d.precision is None)
        if d.value is None:
            assert d.reason
        else:
            dt.date.fromisoformat(d.value)
            assert d.precision in (1, 2, 3)
        if published is None and d.value is not None:
            # without a publication date only years in the text (the expression's or its sentence's) resolve
            assert any(ch.isdigit() for ch in article.text[max(0, m.start - 200):m.end])


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=80), published=dates)
def test_resolve_never_breaks(text, published):
    got = resolve_date_expression(text, published)
    assert got.text == text
