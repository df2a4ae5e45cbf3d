"""The geo stage's shortcuts give exactly what the slow paths they stand in for give."""

from __future__ import annotations

import random

import pytest

from eventwire.geo import docindex, relative
from eventwire.geo.nearby import Nearby as _Nearby

_WORDS = (
    "of near nearby to from outside around between km mile miles northern north-eastern Midwestern "
    "central southeast the city town governorate province village outskirts said Of NEAR Km 40 "
    "west east x_of roof tonight ÉAST naïve 5km"
).split()
_GAPS = [" ", "  ", "\n", "\t", ", ", "-", "", " \n"]


def test_cue_precheck_never_rejects_what_the_regex_accepts():
    rng = random.Random(7)
    seen_true = seen_false = 0
    for _ in range(20000):
        n = rng.randint(0, 7)
        window = "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(n))[-48:]
        quick = bool(relative._QUICK.search(window))
        if quick:
            assert relative._may_cue(window), repr(window)
            seen_true += 1
        elif not relative._may_cue(window):
            seen_false += 1
    # the test exercised both outcomes, and the precheck does reject most non-matches
    assert seen_true > 100 and seen_false > 1000


def test_find_relative_unchanged_on_typical_phrases():
    cases = {
        "Fighting raged 40 km east of Palmyra on Sunday.": "distance",
        "Shelling hit the eastern countryside of Homs.": "part",
        "Clashes near Kirkuk left two dead.": "near",
        "Rockets fell in northeastern Baqubah.": "adjective",
        "He met Homs officials.": None,
    }
    for text, kind in cases.items():
        name = next(w for w in ("Palmyra", "Homs", "Kirkuk", "Baqubah") if w in text)
        s = text.index(name)
        rel = relative.find_relative(text, s, s + len(name))
        assert (rel.kind if rel else None) == kind, text


@pytest.fixture(scope="module")
def doc():
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import Doc, Span

    words = ["Fighting", "in", "Homs", ",", "Syria", "killed", "Doug", "Logan", "'s", "men", "."]
    spaces = [True, True, False, True, True, True, True, False, True, False, False]
    pos = ["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN", "PROPN", "PART", "NOUN", "PUNCT"]
    d = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos)
    d.ents = [Span(d, 2, 3, label="GPE"), Span(d, 4, 5, label="GPE"), Span(d, 6, 8, label="PERSON")]
    return d


def test_pos_index_matches_char_span(doc):
    index = docindex.PosIndex(doc)
    n = len(doc.text)
    for start in range(n):
        for end in range(start + 1, min(n, start + 12) + 1):
            assert index.at(start, end) == docindex.pos_at(doc, start, end), (start, end)
    assert docindex.PosIndex(None).at(0, 3) is None


def test_label_lookup_matches_a_linear_scan(doc):
    rng = random.Random(3)
    ents = [(0, 5, "A")]
    while ents[-1][1] < 400:
        s = ents[-1][1] + rng.randint(0, 6)
        ents.append((s, s + rng.randint(1, 9), rng.choice("ABC")))
    spacy_like = docindex.Ents(ents)

    def linear(start, end):
        return next((e for e in ents if e[0] < end and start < e[1]), None)

    for start in range(0, 410):
        for width in (1, 3, 12):
            assert docindex.label_at(spacy_like, start, start + width) == linear(start, start + width)
    got = docindex.entities(doc)
    assert docindex.label_at(got, 12, 16) == (12, 16, "GPE")  # "Homs"


def test_nearby_memo_gives_the_measured_distance():
    grid = {(34, 36): [(34.7, 36.7, "homs")], (33, 36): [(33.5, 36.3, "damascus")]}
    near = _Nearby(grid, "palmyra")
    first = near.km(34.55, 38.27)
    assert first == near._km(34.55, 38.27)
    assert near.km(34.55, 38.27) == first  # memoised
    assert near._memo == {(34.55, 38.27): first}
    own = _Nearby(grid, "homs")
    assert own.km(34.7, 36.7) > 0  # a name never counts as near itself
