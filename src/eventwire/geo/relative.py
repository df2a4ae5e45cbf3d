"""Relative locations: phrases that place an event near, inside or away from a named place.

Recognised around a toponym X (ACLED codes all of them to the anchor X):

* distance: "40 km east of X", "40 kilometers away from the city of X", "10 miles from X";
* direction adjective: "northeastern X", "eastern X";
* part of: "the eastern countryside of X", "the outskirts of X", "the suburbs of X";
* direction: "north of X", "in the north of X", "to the south of X";
* proximity: "near X", "close to X", "outside X", "around X";
* between: "between X and Y" (anchor X);
* roads: "the X-Y road", "the X highway" (anchor X).

Each gives a :class:`Relative` whose geo_precision is 2 when the anchor is a town (near or part of
it) and 3 when it is a region or division (its capital or centre); "countryside"/"province"
phrases ask the resolver to prefer the division named X.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .folding import fold

_DIR = (
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|"
    r"northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|central)"
)
_DIR_ADJ = (
    r"(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|"
    r"central|northeast|northwest|southeast|southwest)"
)
_UNIT = r"(?:km|kms|kilometers|kilometres|kilometer|kilometre|miles|mile|mi|meters|metres|m)"
_NUM = r"(?:\d+(?:[.,]\d+)?|a few|several|some|about \d+|around \d+|nearly \d+|dozens of|tens of)"
_CITY_OF = r"(?:the\s+(?:city|town|village|province|governorate|district|area|region)\s+of\s+)?"

_BEFORE = [
    # (name, regex anchored at the end of the text before X, precision for a town, admin_hint)
    (
        "distance",
        re.compile(
            rf"\b{_NUM}\s*-?\s*{_UNIT}\b\.?(?:\s*\([^)]{{0,30}}\))?\s+(?:\w+\s+)?(?:(?:to\s+the\s+)?{_DIR}\s+(?:of\s+)?|"
            rf"away\s+from\s+|from\s+|outside\s+(?:of\s+)?|of\s+|short\s+of\s+){_CITY_OF}$",
            re.I,
        ),
        2,
        False,
    ),
    (
        "part",
        re.compile(
            rf"\b(?:the\s+)?(?:{_DIR}\s+)?(?:rural\s+)?(?:countryside|countrysides|hinterland|desert|province|governorate|"
            rf"areas?|parts?|regions?|villages|districts|plains?|fronts?)\s+of\s+{_CITY_OF}$",
            re.I,
        ),
        3,
        True,
    ),
    (
        "outskirts",
        re.compile(
            rf"\b(?:the\s+)?(?:{_DIR}\s+)?(?:outskirts|suburbs|suburb|edges?|fringes?|vicinity|environs|"
            rf"neighbou?rhoods?|entrances?|gates?)\s+of\s+{_CITY_OF}$",
            re.I,
        ),
        2,
        False,
    ),
    ("adjective", re.compile(rf"\b{_DIR_ADJ}\s+$", re.I), 2, False),
    (
        "direction",
        re.compile(
            rf"\b(?:(?:in|to|of)\s+the\s+{_DIR}\s+of\s+|(?:just\s+|further\s+|directly\s+)?{_DIR}\s+of\s+){_CITY_OF}$",
            re.I,
        ),
        2,
        False,
    ),
    (
        "near",
        re.compile(
            rf"\b(?:near|nearby|close\s+to|outside(?:\s+of)?|around|next\s+to|not\s+far\s+from)\s+{_CITY_OF}$",
            re.I,
        ),
        2,
        False,
    ),
    ("between", re.compile(r"\bbetween\s+(?:the\s+(?:cities|towns|villages)\s+of\s+)?$", re.I), 2, False),
]
_QUICK = re.compile(
    rf"(?:\bof|\bnear(?:by)?|\bto|\bfrom|\boutside|\baround|\bbetween|{_DIR_ADJ}|\bkm|\bmiles?)\s+{_CITY_OF}$",
    re.I,
)
# the last words _QUICK can end on (before the whitespace that ends the text before a toponym)
_CUE_WORDS = frozenset("of near nearby to from outside around between km mile miles".split())
_DIR_ADJ_WORDS = tuple(
    "northern southern eastern western northeastern north-eastern northwestern north-western "
    "southeastern south-eastern southwestern south-western central northeast northwest southeast "
    "southwest".split()
)


def _may_cue(window: str) -> bool:
    """False only when :data:`_QUICK` cannot match ``window`` (a cheap test before the regex): the
    window must end in whitespace right after a cue word ("of", "near", "km", "northern" ...)."""
    w = window.rstrip()
    if len(w) == len(window):
        return False  # _QUICK ends with whitespace
    k = len(w)
    while k > 0 and (w[k - 1].isalnum() or w[k - 1] == "_"):  # the last \w run
        k -= 1
    word = w[k:]
    if not word:
        return False
    if not word.isascii():
        return True  # case-insensitive matching of non-ASCII letters: let the regex decide
    word = word.lower()
    return word in _CUE_WORDS or word.endswith(_DIR_ADJ_WORDS)


#: the letters outside ASCII that ASCII letters match case-insensitively ("in" matches "İn")
_CASE_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")
_DIGIT = re.compile(r"\d")
_ADJ_ENDS = ("ern", "central", "east", "west")  # how every word of _DIR_ADJ ends


def _may_be(kind: str, before: str, low: str) -> bool:
    """False only when the pattern of ``kind`` in :data:`_BEFORE` cannot match ``before`` (``low``: it in
    lower case): a word the pattern needs is missing (a cheap test before the pattern)."""
    if kind == "distance":
        return (_DIGIT.search(before) is not None or "few" in low or "several" in low or "some" in low
                or "dozens" in low or "tens" in low)
    if kind in ("part", "outskirts", "direction"):
        return "of" in low
    if kind == "adjective":
        return low.rstrip().endswith(_ADJ_ENDS)
    if kind == "near":
        return ("near" in low or "close" in low or "outside" in low or "around" in low or "next" in low
                or "far" in low)
    if kind == "between":
        return "between" in low
    return True


_ROAD_AFTER = re.compile(
    r"^\s*[-–—]\s*(?P<second>[A-Z][\w'’ -]{1,40}?)\s+(?:road|highway|motorway|route|railway|pipeline)\b", re.U
)
_SINGLE_ROAD_AFTER = re.compile(r"^\s+(?:road|highway|motorway)\b")
# (``match(text, pos)`` anchors at pos: a "^" would only match at the start of the text)
_ADMIN_AFTER = re.compile(
    r"\s+(?:province|governorate|state|county|district|region|countryside|oblast|prefecture|department|regency|"
    r"municipality|territory|provinces|governorates|zone|township|woreda|raion|commune|"
    r"local\s+government\s+area|lga)\b"
    r"(?!\s+capital)",  # "the Kano state capital" is the city of Kano, not the state
    re.I,
)
# a division's officers and bodies: "New York Gov. Mario Cuomo", "the Texas legislature"
_ADMIN_OFFICE_AFTER = re.compile(
    r"\s+(?:gov\.|lt\.\s+gov\.|(?:governor|lieutenant\s+governor|legislature|statehouse|state\s+senate|"
    r"state\s+assembly|premier)\b)",
    re.I,
)
_ADMIN_BEFORE = re.compile(
    r"\b(?:state|province|governorate|prefecture|oblast|emirate|canton|department)\s+of\s+(?:the\s+)?$", re.I
)
#: "Khost and Paktika provinces": the plural noun after a list of names makes each one a division
_ADMIN_LIST_AFTER = re.compile(
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,?\s+(?:and|or)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
    r"(?:provinces|governorates|states|districts|regions|counties|oblasts|departments|prefectures)\b"
)


# a capitalised word right before a "part" phrase that starts with its bare noun ("Lower Shabelle
# region of Somalia", "Tsafe area of Zamfara", "Maru local government area of Zamfara") makes the noun the
# name's own, not a part of the anchor
_NAME_END = re.compile(r"[A-Z][\w'’-]*\s+(?:local\s+government\s+)?$")  # "Maru local government area of"
_PART_HEAD = re.compile(rf"(?:the|its|their|this|that)\b|{_DIR}\b", re.I)


@dataclass(slots=True)
class Relative:
    start: int  # the whole phrase
    end: int
    kind: str  # distance | part | outskirts | adjective | direction | near | between | road
    town_precision: int  # geo_precision when the anchor is a town
    admin_hint: bool  # prefer a division named like the anchor
    second: tuple[int, int] | None = None  # the other place of "between X and Y" / "X-Y road"


def admin_named_after(text: str, end: int) -> bool:
    """True when a division noun follows the toponym ending at ``end`` ("Homs governorate",
    "Washington state farm") or a division's office does ("New York Gov.", "Texas legislature")."""
    stop = min(len(text), end + 30)
    return bool(_ADMIN_AFTER.match(text, end, stop) or _ADMIN_OFFICE_AFTER.match(text, end, stop)
                or (text[end : end + 1] in (",", " ") and _ADMIN_LIST_AFTER.match(text, end, end + 90)))


def admin_named_before(text: str, start: int) -> bool:
    """True when "the state / province of" precedes the toponym starting at ``start``."""
    return bool(_ADMIN_BEFORE.search(text, max(0, start - 40), start))


def find_relative(
    text: str, start: int, end: int, *, next_span: tuple[int, int] | None = None
) -> Relative | None:
    """The relative phrase around the toponym text[start:end], if any."""
    line_start = max(text.rfind("\n", max(0, start - 90), start) + 1, start - 90, 0)
    before = text[line_start:start]
    window = before[-48:]
    if not _may_cue(window) or not _QUICK.search(window):
        before = ""
    # the words each phrase needs, tested in the lower-cased text before its pattern (not where a letter
    # matches an ASCII one only case-insensitively: "İ", "ı", "ſ", the Kelvin sign)
    low = before.lower() if before and not _CASE_TWINS.search(before) else None
    for kind, rx, prec, hint in _BEFORE if before else ():
        if low is not None and not _may_be(kind, before, low):
            continue
        m = rx.search(before)
        if m is None:
            continue
        p_start = line_start + m.start()
        if kind == "between" and next_span is not None:
            gap = text[end : next_span[0]]
            if re.fullmatch(r"\s+(?:and|to)\s+(?:the\s+(?:city|town)\s+of\s+)?", gap):
                return Relative(p_start, next_span[1], kind, prec, hint, second=next_span)
            continue
        if kind == "between":
            continue
        if kind == "part" and _NAME_END.search(before, 0, m.start()) and not _PART_HEAD.match(m.group(0)):
            continue  # "Lower Shabelle region of Somalia": the division noun of the name before it
        p_end = end
        admin_after = _ADMIN_AFTER.match(text, end) if kind == "part" else None
        if admin_after is not None:
            p_end = admin_after.end()
        return Relative(p_start, p_end, kind, prec, hint)
    after = text[end : end + 60]
    m = _ROAD_AFTER.match(after)
    if m is not None and next_span is not None and next_span[0] == end + m.start("second"):
        return Relative(start, end + m.end(), "road", 2, False, second=next_span)
    m = _SINGLE_ROAD_AFTER.match(after)
    if m is not None:
        return Relative(start, end + m.end(), "road", 2, False)
    return None


def in_own_division(gaz: Any, text: str, toks: list[Any], k: int, entries: list[Any]) -> bool:
    """Whether the capitalised name at token ``k`` of ``toks`` ("in [the] Y province") is a
    first-level division, named with its noun, that holds one of ``entries`` (the candidates of the
    name before "in"): "Avdiivka in Donetsk oblast". A bare "in Texas" may follow a person's name."""
    if k < len(toks) and toks[k].text.lower() == "the":
        k += 1
    run = []
    while k < len(toks) and len(run) < 3 and toks[k].is_word and toks[k].text[:1].isupper():
        run.append(toks[k])
        k += 1
    keys = {e.admin1_key for e in entries if not e.is_admin1 and e.admin1_key}
    if not keys:
        return False
    for n in range(len(run), 0, -1):
        if not admin_named_after(text, run[n - 1].end):
            continue
        name = " ".join(t.text for t in run[:n])
        if any(p.is_admin1 and p.admin1_key in keys for p in gaz.candidates(name, allow_loose=False)):
            return True
    return False


_ACROSS_BEFORE = re.compile(r"\b(?:across|throughout)\s+(?:the\s+)?$", re.I)


def across_division(text: str, start: int, entries: list[Any]) -> list[Any]:
    """The divisions the name at ``start`` names after "across" / "throughout" (empty: none, or no
    such wording). "Israeli strikes across Gaza": the strikes fell over the territory, not on Gaza City;
    when the gazetteer holds a town of the name and a division of the same name in the same country
    (its twin), the mention is read as that division, and only the twins are its candidates (no
    namesake division abroad, Mozambique's "Gaza Province", wins on its rank)."""
    if not _ACROSS_BEFORE.search(text, max(0, start - 16), start) or any(e.is_country for e in entries):
        return []  # "across China": the country itself
    # the town the name stands for: its biggest namesake by its own name, a seat or a city
    town = max((e for e in entries if e.feature_class == "P" and e.match == "name"), key=lambda e: e.population,
               default=None)
    if town is None or not (town.feature_code in ("PPLC", "PPLA", "PPLA2") or town.population >= 100_000):
        return []
    return [e for e in entries if e.feature_code in ("ADM1", "ADM2") and e.cc == town.cc
            and e.admin1_code == town.admin1_code and fold(e.name) == fold(town.name)]
