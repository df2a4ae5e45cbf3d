"""Truecasing of all-lower-case texts before the parse.

Some sources write everything in lower case ("ahmedabad: police lathi-charged a mob of vhp
activists in gomtipur ..."): spaCy's named entities, the geo stage (a place starts with a capital)
and the actor stage (acronyms match case-sensitively) then find almost nothing, and without a
place no country, so "police" stays a generic actor with no type. :func:`truecase` gives such a
text its capitals back where they are safe to guess:

* sentence starts (the text's first letter, a letter after ``. ! ?`` and a space, after a line
  break), and the pronoun "i";
* names of the actor dictionary (its aliases, written as the dictionary writes them: "vhp" ->
  "VHP", "vishwa hindu parishad" -> "Vishwa Hindu Parishad"), unless the lower-case form is a
  common English word ("is", "us");
* names the gazetteer knows (countries, first-level divisions, populated places of at least
  ``MIN_POPULATION`` people, demonyms: "gujarat", "ahmedabad", "new delhi", "indian"), unless the
  word is an ordinary English word (the ``english-words`` web2 list, inflections included) or on
  the geo stoplist; a city of a million people wins over the word list ("surat");
* day names, and month names beside a number ("on march 3").

Only the case of letters changes: the result has the same length as the text, so every offset into
it is an offset into the original. :func:`mostly_lower` is the cheap gate (upper-case letters among
the first characters); a text written in normal case is returned as it is.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

MIN_POPULATION = 20_000  # a populated place this big is a name worth a capital
BIG_CITY = 1_000_000  # a city this big is capitalised even when its name is also an English word
GATE_CHARS = 3000  # the gate reads this many characters
MAX_UPPER_SHARE = 0.012  # at most this share of the letters upper-case: a lower-case text

_UPPER = re.compile(r"[A-Z]")
_LETTER = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[a-z][a-z0-9]*(?:['\u2019\-][a-z]+)*")
_SENT_START = re.compile(r"(?:^|[.!?][\"'\u2019\u201d)\]]*\s+|\n\s*)[\"'\u2018\u201c(\[]*([a-z])")
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_SAFE_MONTHS = frozenset("january february april june july august september october november december".split())
_NUMBER = re.compile(r"\d")
_NAME_INNER = frozenset("and of the de la al el da du des le".split())  # "Jammu and Kashmir"
# proper nouns of faiths and communities that no gazetteer or dictionary holds ("hindus and muslims")
PROPER_WORDS = {w: w.capitalize() for w in """hindu hindus muslim muslims sikh sikhs christian christians jain jains
    buddhist buddhists islam islamic hinduism christianity parsi parsis sunni sunnis shia shias shiite shiites
    dalit dalits adivasi adivasis""".split()}
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "ies", "ied")
MAX_NGRAM = 4


def mostly_lower(text: str) -> bool:
    """Whether ``text`` is written (almost) all in lower case: few upper-case letters among its first
    ``GATE_CHARS`` characters (cheap: one regex count on normal text, which fails it at once). A
    text that opens with a capital may hold fewer ("This story ... Facebook Twitter" boilerplate
    around a lower-case report)."""
    chunk = text[:GATE_CHARS]
    ups = len(_UPPER.findall(chunk))
    if ups > len(chunk) * MAX_UPPER_SHARE:
        return False
    first = _LETTER.search(chunk)
    if first is None:
        return False
    letters = len(_LETTER.findall(chunk))
    share = MAX_UPPER_SHARE if first.group().islower() else MAX_UPPER_SHARE / 2.5
    return letters >= 3 and ups <= letters * share


def _english_words() -> frozenset[str]:
    from .geo.unknown import english_lower  # the same web2 list, read once for both

    return english_lower()


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    from .geo.recognize import stoplist

    return frozenset(STOP_WORDS) | stoplist()


def is_english_word(word: str) -> bool:
    """An ordinary English word (or an inflection of one: "killed", "mobs")."""
    words = _english_words()
    if word in words or word in _stop_words():
        return True
    for suf in _INFLECTIONS:
        if word.endswith(suf) and len(word) > len(suf) + 2:
            stem = word[: -len(suf)]
            if stem in words or stem + "e" in words or (suf in ("ies", "ied") and stem + "y" in words):
                return True
    return False


class Truecaser:
    """Capitals for lower-case texts from the actor dictionary and the gazetteer (see the module
    docstring). Built once per pipeline; the name tables are built on first use."""

    def __init__(self, *, gazetteer: Any = None, actors: Any = None) -> None:
        self.gazetteer = gazetteer
        self.actors = actors
        self._names: dict[str, str] | None = None  # lower-case phrase -> its cased form (dictionary)
        self._places: dict[str, str | None] = {}  # lower-case phrase -> cased form or None (gazetteer)

    # -- name tables ----------------------------------------------------------------------------
    def _actor_names(self) -> dict[str, str]:
        if self._names is None:
            names: dict[str, str] = {}
            for entry in getattr(self.actors, "entries", ()) or ():
                for alias in (entry.name, *entry.aliases, *entry.context_aliases):
                    low = alias.lower()
                    if alias == low or len(alias) < 2 or len(low.split()) > MAX_NGRAM or not _plain(low):
                        continue
                    if " " not in low and is_english_word(low):
                        continue  # "IS", "US", "Hamas"? no: "is", "us" are words
                    names.setdefault(low, alias)
            self._names = names
        return self._names

    def _place(self, phrase: str) -> str | None:
        """The cased form of a gazetteer name written ``phrase`` in lower case, or None."""
        if phrase in self._places:
            return self._places[phrase]
        got = None
        gaz = self.gazetteer
        if gaz is not None:
            words = phrase.split()
            one = len(words) == 1
            if not all(w in _stop_words() for w in words) and not (one and phrase in _stop_words()):
                common = is_english_word(phrase) if one else all(is_english_word(w) for w in words)
                for e in gaz.candidates(phrase, allow_loose=False):
                    if e.match == "loose":
                        continue
                    big = e.feature_class == "P" and e.population >= BIG_CITY
                    if common and not big:
                        continue
                    if (e.is_country or e.is_admin1 or e.match == "demonym"
                            or (e.feature_class == "P" and e.population >= MIN_POPULATION)):
                        got = " ".join(w if k and w in _NAME_INNER else w[:1].upper() + w[1:]
                                       for k, w in enumerate(words))
                        break
        self._places[phrase] = got
        return got

    # -- the text ---------------------------------------------------------------------------------
    def truecase(self, text: str) -> str:
        """``text`` with capitals where names and sentence starts are (same length); unchanged when
        it is not :func:`mostly_lower`."""
        if not text or not mostly_lower(text):
            return text
        chars = list(text)
        for m in _SENT_START.finditer(text):
            chars[m.start(1)] = text[m.start(1)].upper()
        words = list(_WORD.finditer(text))
        names = self._actor_names()
        i = 0
        while i < len(words):
            done = self._name_at(text, words, i, names, chars)
            i += done or 1
        return "".join(chars)

    def _name_at(self, text: str, words: list[re.Match[str]], i: int, names: dict[str, str],
                 chars: list[str]) -> int:
        """Capitalise the longest name starting at word ``i``; return how many words it covers (0: none)."""
        w = words[i].group()
        # the longest run of up to MAX_NGRAM words separated by single spaces
        run = [words[i]]
        for k in range(i + 1, min(i + MAX_NGRAM, len(words))):
            if words[k].start() != run[-1].end() + 1 or text[run[-1].end()] != " ":
                break
            run.append(words[k])
        for n in range(len(run), 0, -1):
            phrase = " ".join(m.group() for m in run[:n])
            cased = names.get(phrase)
            if cased is None and n <= 3:
                cased = self._place(phrase)
            if cased is not None and len(cased) == len(phrase):
                start = run[0].start()
                for j, ch in enumerate(cased):
                    if ch != " ":
                        chars[start + j] = ch
                return n
        if w in PROPER_WORDS:
            cased = PROPER_WORDS[w]
            chars[words[i].start()] = cased[0]
        elif w == "i":
            chars[words[i].start()] = "I"
        elif w in _DAYS or w in _SAFE_MONTHS or (w in _MONTHS and _beside_number(text, words[i])):
            chars[words[i].start()] = w[0].upper()
        return 0


def _plain(low: str) -> bool:
    return all(c.isalnum() or c in " -'" for c in low)


def _beside_number(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 4) : m.start()]
    after = text[m.end() : m.end() + 4]
    return bool(_NUMBER.search(before) or _NUMBER.search(after))
