"""Session 20 speed work in the geo stage: the cheaper readings must give what the plain ones give."""

from __future__ import annotations

import dataclasses
import re

from eventwire.geo import normalize
from eventwire.geo.folding import fold, loose
from eventwire.geo.gazetteer import Entry
from eventwire.geo.placed import _placed_words, placed_among
from eventwire.geo.relative import find_relative
from eventwire.geo.unknown import english_lower, english_word, ethnonyms


def _plain_fold(name: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", name.lower())
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).replace("'", "").replace("`", "")
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]|_", " ", s)).strip()


def test_fold_of_ascii_names_is_the_plain_fold() -> None:
    for name in ["Deir ez-Zor", "  Ras_al  Ain ", "St. John's", "O`Hara", "A--B", "x\ty\x1cz", "", "Ünye", "Bosnia & Herzegovina"]:
        assert fold(name) == _plain_fold(name)
    assert fold("Deir ez-Zor") == "deir ez zor"


def test_folding_gives_normalize_keys() -> None:
    # normalize.py is part of the store's digest: geo.folding reads its keys more cheaply, the same keys
    names = ["Deir ez-Zor", "As Sukhnah", "al-Sukhnah", "Ad Dawr", "Salah ad-Din", "Hammam", "Es Sayyid",
             "Ünye", "Şanlıurfa", "St. John's", "Ras_al-Ain", "Dayr Hafir", "Nasiriyah", "Aladdin", "x\ty",
             "Kafr Nabudah", "Qamishli", "Al Qa'im", "Ma'arrat an-Nu'man", "", "  ", "ADDIS ABABA"]
    for name in names:
        assert fold(name) == normalize.fold(name), name
        assert loose(name) == normalize.loose(name), name
    for a in map(chr, range(128)):
        for b in ("", "A", " ", "_", "'", "-", "a", "é"):
            assert fold(a + b) == normalize.fold(a + b)


def test_loose_keys_of_respellings_meet() -> None:
    assert loose("As Sukhnah") == loose("Sukhna") == loose("al-Sukhnah") == "sukhna"
    assert loose("Ad Dawr") == loose("Dawr")  # the assimilated article
    assert loose("Salahuddin") == loose("Salah ad-Din")
    assert loose("Hammam") == loose("Hamam") == "hamam"  # doubled letters
    assert loose("Es Sayyid") == "sid"  # the assimilated article, doubled letters


def test_placed_among_reads_what_the_whole_text_gives() -> None:
    text = ("Police in Varnok said Tom Varnok left. Mira Ostel spoke near the Ostel bridge; "
            "Kelda town and near in Pravo, then Pravo. Sima’s Dorn district")
    words = {"Varnok", "Tom", "Ostel", "Mira", "Kelda", "Pravo", "Dorn", "Sima"}
    assert placed_among(text, words) == _placed_words(text) & words
    assert placed_among(text, words) == {"Varnok", "Ostel", "Kelda", "Dorn"}  # "near in Pravo": "in" is the word
    assert placed_among(text, set()) == set()


def test_ethnonyms_and_english_words() -> None:
    text = "Tolar herders fled; ethnic Mavri families and the Tolars stayed. Unethnic Zed people. Ka people"
    assert ethnonyms(text) == {"Tolar", "Mavri", "Zed"}
    assert english_word("Table") and not english_word("Xqzt") and not english_word("123")
    assert all(w.islower() for w in list(english_lower())[:100])


def test_entry_derived_fields() -> None:
    e = Entry(1, 2, "Hims", 34.7, 36.7, "A", "ADM1", "SY", "SYR", "Syria", "11", "Homs", None, None, 5, None, "geonames")
    assert (e.admin1_key, e.is_country, e.is_admin1) == ("SY.11", False, True)
    loose_e = dataclasses.replace(e, match="loose", feature_code="PCLI")
    assert (loose_e.is_country, loose_e.is_admin1, loose_e.match) == (True, False, "loose")
    assert e == dataclasses.replace(e) and hash(e) == hash(dataclasses.replace(e))
    assert e != loose_e


def test_find_relative_phrases_with_and_without_their_words() -> None:
    cases = {
        "Fighting 20 km north of Tarvo killed two.": "distance",
        "Shelling in the northern countryside of Tarvo went on.": "part",
        "They fled the outskirts of Tarvo.": "outskirts",
        "Clashes in northeastern Tarvo.": "adjective",
        "A camp north of Tarvo burned.": "direction",
        "A raid NEAR Tarvo.": "near",
        "Fighting between Tarvo and Selm.": "between",
        "A raid near İn Tarvo.": None,
        "Quiet in Tarvo today.": None,
    }
    for text, kind in cases.items():
        start = text.index("Tarvo")
        nxt = (text.index("Selm"), text.index("Selm") + 4) if "Selm" in text else None
        rel = find_relative(text, start, start + 5, next_span=nxt)
        assert (rel.kind if rel else None) == kind, text


def _plain_context(chosen_adm1: list[str | None], keys: list[str], votes: list, key: str):
    """One pass per name over all votes (the reading resolve._context_of replaces)."""
    countries: dict[str, float] = {}
    admins: dict[str, float] = {}
    named: set[str] = set()
    points: list[tuple[float, float, str]] = []
    for k2, (cc, a1, s, pt) in zip(keys, votes, strict=True):
        if k2 == key or s <= 0:
            continue
        if cc:
            countries[cc] = countries.get(cc, 0) + s
        if a1:
            admins[a1] = admins.get(a1, 0) + s
        if pt is not None:
            points.append((pt[0], pt[1], k2))
    for k2, a in zip(keys, chosen_adm1, strict=True):
        if k2 != key and a:
            named.add(a)
    return countries, admins, named, points


def test_context_of_adds_the_same_floats_in_the_same_order() -> None:
    import random
    from types import SimpleNamespace

    from eventwire.geo.resolve import _context_of, _context_table

    rng = random.Random(4)
    for _ in range(300):
        n = rng.randint(0, 12)
        keys = [rng.choice("abcde") for _ in range(n)]
        votes = [(rng.choice(["SY", "IQ", "TR", None]), rng.choice(["SY.01", "IQ.07", None]),
                  rng.choice([0.0, 0.1, 0.3, 1.0 / 3, 0.7, 2.0]), rng.choice([None, (34.7, 36.7)])) for _ in range(n)]
        adm1 = [rng.choice([None, "SY.11", "IQ.03"]) for _ in range(n)]
        mentions = [SimpleNamespace(chosen=None if a is None else SimpleNamespace(feature_code="ADM1", admin1_key=a))
                    for a in adm1]
        table = _context_table(mentions, keys, votes)
        for key in "abcdef":
            got, want = _context_of(table, key), _plain_context(adm1, keys, votes, key)
            assert list(got[0].items()) == list(want[0].items()) and list(got[1].items()) == list(want[1].items())
            assert got[2] == want[2] and got[3] == want[3]
