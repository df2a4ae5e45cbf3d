"""Helpers shared by the geo probe tests: the place mentions of a text, and the place a name resolves to."""

from __future__ import annotations

from typing import Any


def geo_mentions(nlp: Any, tagger: Any, text: str) -> list[Any]:
    return tagger.geoparse(text, doc=nlp(text))


def geo_places(nlp: Any, tagger: Any, text: str) -> dict[str, Any]:
    """The place mentions of ``text`` by the name as written."""
    return {m.text: m for m in geo_mentions(nlp, tagger, text)}


def geo_place_at(nlp: Any, tagger: Any, text: str, name: str) -> Any:
    """The place ``name`` (as written in ``text``) resolves to; fails when it is not recognised or not resolved."""
    got = geo_places(nlp, tagger, text)
    hit = got.get(name)
    assert hit is not None, f"{name!r} not recognised: {sorted(got)}"
    assert hit.place is not None, f"{name!r} not resolved"
    return hit.place


def assert_event_placed(pipeline: Any, text: str, country: str, name: str) -> Any:
    """Run ``text`` (published 14 May 2025) through the pipeline; its first event must be placed in
    ``country`` at a place whose name holds ``name`` (accents folded). Returns that place."""
    import datetime as dt

    from eventwire.geo.normalize import fold
    from eventwire.records import Article

    art = pipeline.process(Article(id="geo-probe", text=text, published=dt.date(2025, 5, 14)))
    assert art.reports, "no event report"
    loc = art.reports[0].location
    assert loc is not None and loc.place is not None
    assert loc.place.country == country and fold(name) in fold(loc.place.name), (loc.place.name, loc.place.country)
    return loc.place
