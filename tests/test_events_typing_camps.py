"""A camp where refugees or displaced people live is no military target: an attack on it is an
Attack (violence against civilians), while an attack on a military or army camp stays an Armed clash."""

from __future__ import annotations

import pytest

from events_helpers import type_of

SENTENCES = [
    ("Militants attacked a camp for displaced people near Djibo, killing 12.", "Attack"),
    ("Gunmen attacked a camp for internally displaced persons in Ituri on Sunday, killing 22 civilians.", "Attack"),
    ("Militants attacked an IDP camp near Djibo, killing 12.", "Attack"),
    ("Militants attacked a refugee camp near Djibo, killing 12.", "Attack"),
    ("Fighters stormed a displacement site in Djugu, killing 40 people.", "Attack"),
    ("Al-Shabaab fighters attacked a camp of displaced families outside Baidoa.", "Attack"),
    ("Militants attacked a military camp near Djibo, killing 12 soldiers.", "Armed clash"),
    ("Militants attacked an army camp near Djibo.", "Armed clash"),
    ("Rebels attacked a camp of the UN peacekeeping mission, killing two peacekeepers.", "Armed clash"),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_camp_attacks(text, expected):
    assert type_of(text) == expected
