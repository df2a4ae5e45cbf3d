"""Language identification reads a long text's start first (sections/language.py, eighteenth session)."""

from __future__ import annotations

from eventwire.sections import language
from eventwire.sections.language import QUICK_CHARS, identify, is_confidently_not_english

ENGLISH = ("Gunmen attacked a police checkpoint on the outskirts of the town on Tuesday night, killing two "
           "officers and wounding four others, a local official said. ")
FRENCH = ("Des hommes armés ont attaqué un poste de police à la périphérie de la ville mardi soir, tuant deux "
          "agents et en blessant quatre autres, a déclaré un responsable local. ")


def _calls(monkeypatch) -> list[int]:
    seen: list[int] = []
    real = language._identifier()

    class Spy:
        def classify(self, text: str):
            seen.append(len(text))
            return real.classify(text)

    monkeypatch.setattr(language, "_identifier", lambda: Spy())
    return seen


def test_long_english_text_is_read_from_its_start_only(monkeypatch) -> None:
    seen = _calls(monkeypatch)
    lang, prob = identify(ENGLISH * 30)
    assert (lang, prob >= 0.999) == ("en", True)
    assert seen == [QUICK_CHARS]


def test_long_french_text_is_read_whole_and_rejected(monkeypatch) -> None:
    seen = _calls(monkeypatch)
    lang, prob = identify(FRENCH * 30)
    assert lang == "fr" and is_confidently_not_english(lang, prob)
    assert len(seen) == 2 and seen[0] == QUICK_CHARS and seen[1] > QUICK_CHARS


def test_short_text_is_read_once(monkeypatch) -> None:
    seen = _calls(monkeypatch)
    assert identify(ENGLISH * 2)[0] == "en"
    assert len(seen) == 1 and seen[0] < QUICK_CHARS
