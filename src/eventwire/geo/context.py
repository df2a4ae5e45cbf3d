"""What the text says about where a place lies: containers, weak namesakes and compass words.

ACLED-style notes and local news name a small place with the places that hold it: "Lang (Unity
state)", "Bajo (Bbaale, Kayunga)", "Burri in eastern Khartoum", "Ashu village in Kiremu woreda,
East Wellega (Oromia)", "Salama village near Gaalkacyo". The gazetteer (cities15000 and a
supplement) lacks most such places, and its namesakes elsewhere ("Laon" by an alternate spelling
of Lang, a "Burri" respelt in India) are no answer. This module gives the resolver:

* :func:`find_containers`: for each mention, the later mentions the text names as its containers
  (a chain of place nouns, unknown names, commas, "in [the] [eastern] ...", "near" and
  parentheses between them, a parenthetical relative phrase skipped: "Mahaas district (c. 76 km
  North East of Beletweyne) in Hiran region");
* :func:`within`: whether a candidate lies in a container (its country; its first-level division
  when the container is one);
* :func:`weak`: a candidate chosen on a spelling alone (a loose or alternate-name match of a small
  populated place, a loose match of a division, a tiny village's own name), which the document's
  other places must support;
* :func:`strong`: a candidate too prominent for a container phrase to overrule ("from Juba in
  Nairobi" says nothing about where Juba lies);
* :func:`compass_only`: a name made of compass words only ("North East"), no toponym when it is part
  of a relative phrase ("76 km North East of Beletweyne").

No place names are listed: only the wording of the text and the gazetteer's features are read.
"""

from __future__ import annotations

import re
from typing import Protocol

from .gazetteer import Entry

#: place nouns that may follow a name or stand between a name and its container
PLACE_NOUNS = (
    r"(?:villages?|townships?|towns?|city|settlements?|hamlets?|areas?|districts?|sub-?districts?|woredas?|kebeles?|"
    r"localit(?:y|ies)|payams?|bomas?|count(?:y|ies)|sub-?count(?:y|ies)|zones?|regions?|states?|provinces?|"
    r"governorates?|municipalit(?:y|ies)|divisions?|camps?|IDP\s+camps?|refugee\s+camps?|neighbou?rhoods?|"
    r"quarters?|suburbs?|markets?|sub-?locations?|locations?|parish(?:es)?|wards?|constituenc(?:y|ies)|"
    r"LGAs?|departments?|prefectures?|communes?|cercles?|oblasts?|territor(?:y|ies)|chiefdoms?|"
    r"sections?|blocks?|tehsils?|talukas?|mandals?|upazilas?|unions?|estates?|villages?\s+tract)"
)
_DIR = (
    r"(?:(?:far\s+|extreme\s+)?(?:north|south|east|west|central|centre|center|north-?east|north-?west|"
    r"south-?east|south-?west|north\s+east|north\s+west|south\s+east|south\s+west)(?:ern)?)"
)
_NAME = r"(?:[A-Z][\w'’.-]*(?:\s+(?:al|el|ad|as|ar|ash|at|de|of|wa|bin|ibn|[A-Z][\w'’.-]*)){0,4})"
_SKIP = r"(?:\s*\([^()]{0,90}\))"  # a parenthetical aside: "(c. 76 km North East of Beletweyne)"
_SEP_IN = rf"(?:,?\s+(?:in|at|inside|within)\s+(?:the\s+)?(?:{_DIR}\s+)?(?:(?:part|parts)\s+of\s+(?:the\s+)?)?)"
_SEP_NEAR = r"(?:,?\s+(?:near|close\s+to|next\s+to|outside)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?)"
_SEP_PAREN = rf"(?:\s*\(\s*(?:(?:in|near)\s+)?(?:the\s+)?(?:{_DIR}\s+)?)"
_SEP_COMMA = r"(?:\s*,\s*(?:(?:in|near)\s+)?(?:the\s+)?)"
_SEP = rf"(?:{_SEP_IN}|{_SEP_NEAR}|{_SEP_PAREN}|{_SEP_COMMA})"
_LINK = rf"(?:{_NAME}(?:\s+{PLACE_NOUNS}\s+of\s+(?:the\s+)?|(?:\s+{PLACE_NOUNS})?{_SKIP}?\)?{_SEP}))"
#: the text between a name and one of its containers
#: "X district of Y", "X local government area of Y": the division noun's "of" names its container
_SEP_NOUN_OF = rf"(?:(?:\s+local\s+government)?\s+{PLACE_NOUNS}\s+of\s+(?:the\s+)?)"
CHAIN = re.compile(rf"(?:(?:(?:\s+{_NAME})??\s+{PLACE_NOUNS})?{_SKIP}?{_SEP}|{_SEP_NOUN_OF}){_LINK}{{0,4}}")
_HAS_IN = re.compile(r"\b(?:in|at|inside|within)\b|\(")
_HAS_NEAR = re.compile(r"\b(?:near|close\s+to|next\s+to|outside)\b")
_HAS_PAREN = re.compile(r"\(")
_HAS_NOUN = re.compile(rf"\b{PLACE_NOUNS}\b")

COMPASS = re.compile(
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|"
    r"north-?east|north-?west|south-?east|south-?west|north-?eastern|north-?western|south-?eastern|"
    r"south-?western)[\s-]*){1,2}",
    re.I,
)
_DISTANCE_BEFORE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*-?\s*(?:km|kms|kilometers|kilometres|kilometer|kilometre|miles|mile|mi)\.?\s+"
    r"(?:to\s+the\s+)?$",
    re.I,
)
_OF_AFTER = re.compile(r"\s+of\s", re.I)

#: a container whose choice is no more than this many characters away is considered
WINDOW = 160
#: alternate-name matches of populated places smaller than this are weak
ALT_WEAK_POPULATION = 500_000
#: populated places smaller than this are weak even by their own name
TINY_POPULATION = 5_000
#: towns smaller than this are minor (see :func:`minor`)
MINOR_POPULATION = 50_000


class _Span(Protocol):
    start: int
    end: int
    kind: str


def find_containers(text: str, mentions: list[_Span]) -> list[tuple[list[int], str]]:
    """For each mention, the indices of the later mentions that the text names as its containers
    (nearest first) and the form that links them: "paren" ("X (Y)", "X (Y, Z)"), "in" ("X in
    [eastern] Y", "X village in Y district, Z"), "near" ("X village near Y") or "noun" ("X
    locality, Y": a place noun and a comma)."""
    out: list[tuple[list[int], str]] = []
    n = len(mentions)
    for k, m in enumerate(mentions):
        found: list[int] = []
        form = ""
        if m.kind != "demonym":
            for j in range(k + 1, min(n, k + 6)):
                b = mentions[j]
                if b.start - m.end > WINDOW:
                    break
                if b.kind == "demonym" or b.start < m.end or _acronym(b) or acronym_of_before(text, b.start, b.end):
                    continue
                gap = text[m.end : b.start]
                if "\n" in gap or ";" in gap or ". " in gap:
                    break
                if not CHAIN.fullmatch(gap):
                    continue
                f = container_form(gap)
                if not f:
                    continue
                if not form:
                    form = f
                found.append(j)
        out.append((found, form))
    return out


_WORDS_BEFORE_PAREN = re.compile(r"((?:[\w'’&-]+\s+){1,8})\(\s*$")


def acronym_of_before(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], right after "(", spells the initials of the words before the
    parenthesis ("Central Organisation of Trade Unions (Cotu)"): an organisation's short name."""
    word = text[start:end].replace(".", "").lower()
    if len(word) < 2 or not word.isalpha() or not text[max(0, start - 120) : start].rstrip().endswith("("):
        return False  # the cheap tests first: the search below scans the whole window
    m = _WORDS_BEFORE_PAREN.search(text, max(0, start - 120), start)
    if m is None:
        return False
    words = m.group(1).split()
    for skip_small in (False, True):
        initials = "".join(w[0].lower() for w in words if not (skip_small and w.islower()))
        if initials.endswith(word):
            return True
    return False


def _acronym(m: _Span) -> bool:
    """An acronym that names no country or division ("(PECA)", "(NISA)" after an organisation's
    or a law's name): no container."""
    text = getattr(m, "text", "")
    if not (len(text) >= 2 and text.isupper()):
        return False
    return not any(e.is_country or e.is_admin1 for e in getattr(m, "entries", ()))


def container_form(gap: str) -> str:
    """How a gap that :data:`CHAIN` matches links a name to its container ("" for a bare comma)."""
    if _HAS_PAREN.search(gap) and not _HAS_NEAR.search(gap):
        return "paren"
    if _HAS_NEAR.search(gap):
        return "near"
    if _HAS_IN.search(gap):
        return "in"
    if _HAS_NOUN.search(gap):
        return "noun"
    return ""  # "X, Y": a list as often as a hierarchy (the resolver's "X, Y" rule decides)


def within(e: Entry, box: Entry) -> bool:
    """Whether ``e`` lies in ``box``: its country; its first-level division when ``box`` is one."""
    if not box.cc or not e.cc or e.cc != box.cc:
        return False
    if box.is_admin1 and not e.is_admin1 and e.admin1_code and box.admin1_code:
        return e.admin1_code == box.admin1_code
    return True


def containable(e: Entry) -> bool:
    """A candidate a container phrase can hold (not a country, continent, ocean or sea)."""
    return not (e.is_country or e.feature_code in ("CONT", "OCN", "SEA", "RGN", "TERR"))


def strong(e: Entry, *, form: str) -> bool:
    """A candidate too prominent for the container phrase to overrule: a capital, a first-level
    division by its own name, a city of a million people; after "in" / "near" (which need not mean
    "inside": "from Juba in Nairobi") a city of 100,000 people by its own name too."""
    if e.feature_code == "PPLC" or (e.is_admin1 and e.match == "name"):
        return True
    if e.match != "name":
        return False
    limit = 100_000 if form in ("in", "near") else 1_000_000
    return e.population >= limit


def weak(e: Entry) -> bool:
    """A candidate chosen on a spelling alone: a transliteration-insensitive match of a populated
    place or division, an alternate-name match of a populated place under
    :data:`ALT_WEAK_POPULATION`, or a populated place under :data:`TINY_POPULATION` by its own name."""
    if e.source == "supplement":
        return False
    if e.feature_class == "P":
        if e.feature_code == "PPLC":
            return False
        if e.match == "loose":
            return True
        if e.match == "alt":
            return e.population < ALT_WEAK_POPULATION
        return e.match == "name" and e.population < TINY_POPULATION
    if e.feature_code in ("ADM1", "ADM2", "ADM3"):
        return e.match == "loose"
    return False


def minor(e: Entry) -> bool:
    """A minor town by its own name (no capital or seat of a first-level division) of fewer than
    :data:`MINOR_POPULATION` people: dropped abroad when the document's places firmly agree on
    another country."""
    return (
        e.source != "supplement"
        and e.feature_class == "P"
        and e.feature_code not in ("PPLC", "PPLA")
        and e.match == "name"
        and e.population < MINOR_POPULATION
    )


def compass_only(name: str) -> bool:
    """A name made of compass words only ("North East", "South-West", "Central")."""
    return bool(COMPASS.fullmatch(name.strip()))


def compass_in_phrase(text: str, start: int, end: int, *, cues: list[tuple[int, int]] = ()) -> bool:
    """Compass words that are no toponym of their own: part of a relative phrase after a distance
    ("76 km North East of X") or inside the cue of one (``cues``: the spans from a relative
    phrase's start to its anchor: "to the North-East of X"), the first words of a longer name
    ("North East Somerset") or the last word of one before a place noun ("Tonj South county",
    where "Tonj" is another mention)."""
    if not compass_only(text[start:end]):
        return False
    if any(a < end and start < b and end <= b for a, b in cues):
        return True  # overlapping the cue: "South West of X", whose cue begins at "West"
    if _CAP_AFTER.match(text, end):
        return True  # the first words of a longer name: "North East Somerset"
    before = text[max(0, start - 30) : start]
    if _DISTANCE_BEFORE.search(before) and _OF_AFTER.match(text, end):
        return True
    return bool(_NAME_BEFORE.search(before)) and bool(_NOUN_AFTER.match(text, end))


def generic_tail(text: str, start: int, end: int) -> bool:
    """A place noun written as the last word of a longer name ("Region" of "Central Ethiopia
    Region", "State" of "Unity State"): no toponym of its own."""
    if not _NOUN_ONLY.fullmatch(text[start:end]):
        return False
    return bool(_NAME_BEFORE.search(text, max(0, start - 30), start))


_CAP_AFTER = re.compile(r" [A-Z][a-z]")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]+ $")
_NOUN_ONLY = re.compile(rf"(?i:{PLACE_NOUNS})")
_NOUN_AFTER = re.compile(rf" {PLACE_NOUNS}\b")


_PAREN_OPEN_BEFORE = re.compile(
    rf"(?:\b[A-Z][\w'’.-]*|\b{PLACE_NOUNS})\s*\(\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}"
    rf"(?:\s+{PLACE_NOUNS})?\s*,\s*){{0,3}}$"
)
_PAREN_CLOSE_AFTER = re.compile(
    rf"(?:\s+{PLACE_NOUNS})?(?:\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}(?:\s+{PLACE_NOUNS})?){{0,3}}\s*\)"
)


def in_location_parens(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands in a parenthesis of names right after a name or a place noun,
    the way ACLED-style notes give a place's containers: "Xananburre village (Cadaado, Galgaduud)",
    "in Oluko (Vurra, Arua)", "Lang (Unity state)"."""
    before = text[max(0, start - 90) : start]
    if "(" not in before or text[start:end].isupper() or acronym_of_before(text, start, end):
        return False
    return bool(_PAREN_OPEN_BEFORE.search(before)) and bool(_PAREN_CLOSE_AFTER.match(text, end))
