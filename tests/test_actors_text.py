"""Text folding for actor matching: the fast fold functions agree with the per-character definition."""

from __future__ import annotations

import unicodedata

import pytest

from eventwire.actors.text import _fold_char, _lower_char, cased_key, fold_cased, fold_lower, key


def _reference_cased(text: str) -> str:
    return "".join(_fold_char(c) for c in text)


def _reference_lower(text: str) -> str:
    return "".join(_lower_char(_fold_char(c)) for c in text)


SAMPLES = [
    "",
    "plain ASCII, with a `backtick' and CAPITALS",
    "Ḥayat Taḥrir al-Sham’s “fighters” — shelled Ma‘arrat al-Nu‘man",
    "İstanbul İŞİD ß ẞ ﬁ ﬃ Ǆ ǅ ŉ Σ ς",  # lower() of some of these is not one character
    "full-width ｀grave｀ and ＡＢＣ",  # NFKD gives an ASCII backtick: it must not become an apostrophe
    "non-breaking\u00a0space\u2009thin\u202fnarrow «guillemets» „low quote“",
    "ÀÉÎÕÜ àéîõü Ḿ Ø ø Ł ł Đ đ",
    "ٱلدولة الإسلامية أحرار الشام",
    "ascii then é then ascii then 漢字 then ascii`",
]
# every printable character of the Basic Multilingual Plane up to U+3000, in one non-ASCII run
SAMPLES.append("".join(chr(c) for c in range(0x80, 0x3000) if unicodedata.category(chr(c))[0] != "C"))


@pytest.mark.parametrize("text", SAMPLES)
def test_fold_matches_the_per_character_definition(text):
    assert fold_cased(text) == _reference_cased(text)
    assert fold_lower(text) == _reference_lower(text)
    assert len(fold_cased(text)) == len(text) == len(fold_lower(text))


def test_folding_examples():
    assert fold_cased("al-Qa’ida – ‘Daesh’") == "al-Qa'ida - 'Daesh'"
    assert fold_lower("Ḥayat Taḥrir AL-SHAM") == "hayat tahrir al-sham"
    assert fold_lower("`IS`") == "'is'"
    assert fold_lower("İstanbul") == "istanbul"  # the dot above is a combining mark: dropped
    assert key("Hay’at  Tahrir-al-Sham") == "hayat tahrir al sham"
    assert cased_key("  SDF ") == "SDF"
