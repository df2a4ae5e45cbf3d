"""Name folding: transliteration variants meet, ordinary names stay apart."""

from __future__ import annotations

import pytest

from eventwire.geo.normalize import fold, loose


@pytest.mark.parametrize(
    "variants",
    [
        ["Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr", "Der Ezzor"],
        ["As Sukhnah", "Sukhna", "al-Sukhnah", "Al Sukhna"],
        ["Ar-Raqqah", "Raqqa", "al-Raqqa"],
        ["Salahuddin", "Salah ad Din", "Salah al-Din"],
        ["Baqubah", "Baquba", "Ba'qubah"],
        ["Tantour", "Tantor"],
        ["Badiyah", "Badiya"],
        ["al-Hol", "al-Hawl"],
    ],
)
def test_transliteration_variants_share_the_loose_key(variants):
    keys = {loose(v) for v in variants}
    assert len(keys) == 1, keys


def test_fold_strips_case_accents_and_punctuation():
    assert fold("Ḩimş") == "hims"
    assert fold("U.S.") == "u s"
    assert fold("Saint-Étienne") == "saint etienne"
    assert fold("Ba’qubah") == "baqubah"


def test_exact_key_keeps_english_names_apart():
    assert fold("Bern") != fold("Barn")
    assert fold("Paris") != fold("Parish")
