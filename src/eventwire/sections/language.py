"""Language identification with py3langid (normalised probabilities; the model loads once)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

MIN_CHARS = 40  # below this the guess is too unreliable to reject anything
MIN_PROB = 0.9
# A long text is first read from its start alone (the identifier's cost grows with the length): when that part
# is English beyond doubt, the rest cannot make the whole confidently another language.
QUICK_CHARS = 1500
QUICK_PROB = 0.999


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) of ``text`` (its first 5,000 characters); (None, 0) if too short.

    A text over 2,250 characters whose first 1,500 are English with probability >= 0.999 is English (with that
    probability) without reading the rest."""
    sample = " ".join(text[:5000].split())
    if len(sample) < MIN_CHARS:
        return None, 0.0
    if len(sample) > QUICK_CHARS * 3 // 2:
        lang, prob = _identifier().classify(sample[:QUICK_CHARS])
        if lang == "en" and prob >= QUICK_PROB:
            return str(lang), float(prob)
    lang, prob = _identifier().classify(sample)
    return str(lang), float(prob)


def is_confidently_not_english(lang: str | None, prob: float) -> bool:
    return lang is not None and lang != "en" and prob >= MIN_PROB


MIN_LETTERS = 20  # a script share needs this many letters to mean anything
MAX_NON_LATIN = 0.8


def mostly_non_latin(text: str) -> bool:
    """True when most letters of ``text`` (its first 5,000 characters) are not Latin script:
    Arabic, Chinese, Cyrillic ... cannot be English whatever the identifier's probability (which is
    low on short texts, and absent under MIN_CHARS for scripts without spaces)."""
    letters = [ch for ch in text[:5000] if ch.isalpha()]
    if len(letters) < MIN_LETTERS:
        return False
    latin = sum(1 for ch in letters if ch < "\u0250" or "\u1e00" <= ch <= "\u1eff")
    return (len(letters) - latin) / len(letters) > MAX_NON_LATIN
