"""Eighteenth session (helper W): a division the text names keeps its alternate name's weight.

"Samar province": GeoNames calls the Philippine province "Province of Samar" (an alternate name Samar);
a town by the bare name elsewhere (Samar, Ukraine) made the alternate name lose the weight that a
division the text names deserves, and a far bigger exonym (Samara, Russia) won. With a division noun
after the name, a division's alternate name is the name's own (``geo.resolve``). All texts are written
for these tests.
"""

from __future__ import annotations

import pytest

from geo_helpers import geo_place_at


@pytest.mark.parametrize(
    ("text", "name", "iso"),
    [
        ("Floods displaced 4,000 families in Samar province on Monday.", "Samar", "PHL"),
        ("Two soldiers were killed in an ambush in Northern Samar province.", "Northern Samar", "PHL"),
    ],
)
def test_named_division_by_its_alternate_name(nlp, geo_tagger, text, name, iso):
    place = geo_place_at(nlp, geo_tagger, text, name)
    assert place.iso == iso, (place.name, place.iso)
    assert place.feature_code in ("ADM1", "ADM2")


def test_a_city_without_a_division_noun_is_unchanged(nlp, geo_tagger):
    place = geo_place_at(nlp, geo_tagger, "Protesters gathered in central Samara on Saturday.", "Samara")
    assert place.iso == "RUS"
