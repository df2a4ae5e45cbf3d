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
