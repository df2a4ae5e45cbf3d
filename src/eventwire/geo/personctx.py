"""Names a town shares with a person, an organisation or a word, read by their context.

A small town's name is often also a surname, a given name or a word. :func:`not_a_place` reads the
words around a one-word candidate (or a loose multi-word one) for the cues that make it no place,
whatever the gazetteer holds and even after a preposition ("mourners in Salem's funeral procession":
the preposition takes the procession):

* a photo credit: "(Photo by Anna Pell/Pool/AFP)", "REUTERS/Jon Doe" name people and agencies;
* a kinship noun right before it: "his son Tariq", "their daughter Amina";
* a possessive that owns a thing only a person has: "Salem's funeral", "Nadia's film", "Hamza's men";
* a numbered unit: "Ward 6", "Camp 4" (a ward or camp of a city, not the town named Ward);
* an ordinary English word spaCy calls an organisation by itself, naming only hamlets: "backers in
  Congress", "at College";
* a loose match spread over a stop word or a single letter: "Even US officials", "Tip O'Hara", "in Jordan I saw".

No country is dropped; a first-level division or a big place only in a credit, or when only an
alternate spelling matches it; an ordinary word only when it names no prominent place.
"""

from __future__ import annotations

import re
from typing import Any

from .lexicon import PLACE_NOUNS

#: spaCy's labels of a name that may modify a noun after it rather than be a preposition's place
_NAMED = frozenset({"PERSON", "ORG", "NORP"})
_CONJUNCTIONS = frozenset({"and", "or", "nor"})
#: a photo credit's opening: "(Photo by", "Photograph:", "REUTERS/", "AFP/"
_CREDIT = re.compile(
    r"(?:\b(?:Photo(?:graph)?|Picture|Image)s?\s*(?:by\b|:)|\bCredit:|\b(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images)/)"
)
#: the end of a credit: a closing bracket or a line end
_CREDIT_END = re.compile(r"[)\n]")

#: nouns of kin before a person's name ("his son Tariq")
KIN_NOUNS = frozenset(
    "son sons daughter daughters wife husband brother sister father mother nephew niece cousin uncle aunt "
    "grandson granddaughter grandfather grandmother fiance fiancee fiancé fiancée widow widower stepson "
    "stepdaughter".split()
)

#: things only a person has, after a possessive ("Salem's funeral", "Nadia's film")
PERSONAL_THINGS = frozenset(
    "funeral funerals film films movie documentary book books novel memoir memoirs wife husband son sons "
    "daughter daughters father mother brother sister widow lawyer lawyers men followers body grave "
    "biography album song songs career".split()
)
_POSSESSIVE = re.compile(r"['’]s\s+([a-z]+)")
#: an ordinary word spaCy calls an organisation is a place only when it names more people than this
HAMLET = 5_000
_NUMBERED = re.compile(r" \d{1,3}\b(?![.,]\d)")


def _in_credit(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a photo credit opened on its line before it."""
    line = text[max(0, start - 120) : start]
    line = line[line.rfind("\n") + 1 :]
    opens = [m.end() for m in _CREDIT.finditer(line)]
    return bool(opens) and not _CREDIT_END.search(line, opens[-1])


def named_modifier(nxt: str, label: tuple[int, int, str] | None) -> bool:
    """Whether a name spaCy calls a person, organisation or people modifies the lower-case noun ``nxt``
    after it, which a preposition before the name takes ("between Nato allies"; not a list, "in Bab
    and Hara neighbourhoods", nor a place noun, "in Bab districts")."""
    low = nxt.lower()
    return (
        nxt[:1].islower()
        and low not in _CONJUNCTIONS
        and low.rstrip("s") not in PLACE_NOUNS
        and label is not None
        and label[2] in _NAMED
    )


def not_a_place(
    text: str,
    cand: Any,
    toks: Any,
    *,
    label: tuple[int, int, str] | None,
    common: frozenset[str],
    stop: frozenset[str],
    prominent: bool,
) -> str | None:
    """Why the candidate ``cand`` (a :class:`.recognize.Candidate`) is a person's name, a word or a
    number's unit rather than a small place, or None. ``toks`` are the text's tokens (:mod:`.tokens`);
    ``common`` the gazetteer's ordinary-word names and ``stop`` the stop words.
    ("his son Tariq" gives "kin before a name"; "Salem's funeral" "a person's possessive".)
    """
    if any(e.is_country for e in cand.entries):
        return None
    words = cand.text.split()
    if len(words) == 1 and _in_credit(text, cand.start):
        return "a photo credit"  # also a division's name: "/Pool/" (Pool, Congo)
    # a big place only an alternate spelling matches does not save a person's name (a respelling of a capital)
    if prominent and any((e.is_admin1 or e.population >= 100_000) and e.match in ("name", "abbr")
                         for e in cand.entries):
        return None
    if len(words) > 1:
        if all(e.match == "loose" for e in cand.entries) and any(
            w.lower() in stop or (len(w) <= 3 and w.isupper()) or len(w) == 1 for w in words
        ):
            return "a loose match over a stop word or letter"  # "Even US", "Tip O", "Jordan I"
        return None
    i = cand.tok_start
    if i > 0 and toks.words[i - 1].lower() in KIN_NOUNS and text[toks.ends[i - 1] : cand.start] == " " \
            and not cand.strong:
        return "kin before a name"  # "his son Tariq"
    m = _POSSESSIVE.match(text, cand.end)
    if m and m.group(1) in PERSONAL_THINGS:
        return "a person's possessive"  # "Salem's funeral"
    key = cand.text.lower()
    if key in common and not prominent:
        if _NUMBERED.match(text, cand.end):
            return "a numbered unit"  # "Ward 6", "Camp 4"
        if (
            label is not None
            and label[2] == "ORG"
            and label[0] == cand.start
            and cand.end == label[1]
            and all(e.population < HAMLET for e in cand.entries)  # (a town of some size stays a town)
        ):
            return "an ordinary word naming an organisation"  # "backers in Congress"
    return None
