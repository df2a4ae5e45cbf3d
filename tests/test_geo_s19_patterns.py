"""Session 19 (speed): the cheaper name patterns of geo.recognize and geo.unknown find what they found."""

from eventwire.geo.recognize import _placed_words
from eventwire.geo.unknown import unknown_spans


def test_placed_words_after_preposition_and_before_noun() -> None:
    text = "Troops moved near the Varnok ridge. Later, IN Dellamere and at Quorth-Ash town it was calm."
    words = _placed_words(text)
    assert {"Varnok", "Dellamere", "Quorth-Ash"} <= words
    assert "Troops" not in words


def test_placed_words_needs_a_word_boundary() -> None:
    # "Berlin" ends in "in": no preposition inside a word
    assert "Tolvar" not in _placed_words("Berlin Tolvar spoke.")


def _names(text: str) -> list[str]:
    spans = unknown_spans(text, [], is_word=lambda w: False, places=[])
    return [text[s:e] for s, e, _ in spans]


def test_unknown_names_before_nouns_and_after_kinds() -> None:
    text = "Gunmen raided the village of Marovek and Tessil Dunn district on Monday."
    names = _names(text)
    assert "Marovek" in names
    assert "Tessil Dunn" in names


def test_unknown_name_with_article_and_apostrophe() -> None:
    names = _names("Shelling hit the Bir al-Qarrah area and Hal'bek village overnight.")
    assert "Bir al-Qarrah" in names
    assert "Hal'bek" in names
