"""A known name that is only the first words of a longer name the gazetteer lacks.

"the Wadi al-Shay area" is no Wadi (India), "the commune of Petite-Riviere de l'Artibonite" no Petite
Riviere (Mauritius): a transliterated article joined to a capitalised word ("al-Shay") or a Romance
"de / du / del ..." before one ("de l'Artibonite") carries the name on, so the words matched so far
name another place than the one written. So does a capitalised noun of a named area ("the Timbuktu
Triangle in Borno" is no Timbuktu, Mali), and a name glued by a hyphen to a common
first name is half of a compound first name ("Jean-Paul Kambale" is no Paul, Cabo Verde). The first word
of a facility's name ("the Cano Limon-Covenas pipeline") is no place either, unless a major place goes
by it. The last part of a hyphenated name joined by a lower-case word ("Mar-a-Lago" is no Lago, Largo:
"Aix-en-Provence", "Hay-on-Wye") is no place of its own, and a name right after a place's possessive and
before a capitalised noun ("Chicago's Midway Airport") names a facility of that place, not a namesake
elsewhere: :func:`facility_of_another`.
"""

from __future__ import annotations

import re
from typing import Any

from .points import haversine_km
from .targets import common_given_name

#: A name carried on after a match: " al-Shay", " el-Arish", " ad-Dawr"; " de l'Artibonite",
#: " du Nord", " de la Maguana", " del Sur", " di Sopra".
_GOES_ON_RE = re.compile(
    r" (?:(?:al|el|ad|ar|as|ash|at|az|an|ath|adh|ud|ul)[-‑]\w"
    r"|(?:de|du|des|del|della|di|do|da|dos|das)\s+(?:(?:la|las|los|le|les)\s+|[ld]['’])?[A-Z])"
)


#: A capitalised noun of a named area right after a town's name: the words name the area, not the town.
#: (only nouns of areas named after a place elsewhere: a "Valley" or "Hills" lies at its town, "Peace River Valley")
_AREA_NOUN_RE = re.compile(r" Triangle\b")
#: More capitalised words that end in a facility's noun: " Limon-Covenas pipeline", " Nord Stream pipeline".
_FACILITY_RE = re.compile(
    r"(?P<more>(?:[ \-‑][A-Z][\w'’]*){0,3}) (?:pipeline|oil ?field|gas ?field|refinery|dam|power plant)s?\b"
)
#: A saint's name as a church's dedication: a possessive or a second dedicatee, then the building's
#: noun ("St Michael & All Angels church", "St Mary's Church"): the church, not a town of the saint's name
_SAINT_RE = re.compile(r"(?:St\.?|Saint|Ste?\.?|San|Santa|Sainte)\s", re.ASCII)
_DEDICATION_RE = re.compile(
    r"(?:['’]s|\s+(?:&|and)\s+(?:[A-Z][\w'’]*\s+){1,3}?[A-Z][\w'’]*)(?:\s+[A-Z][\w'’]*){0,2}\s+"
    r"(?i:church|cathedral|chapel|abbey|basilica|parish|school|college|academy|hospital|mosque)\b"
)
#: An institution named after a place and then sited by another name ("Middlesex University London"):
#: the first name is the institution's, the place the one after it
_SITED_INSTITUTION_RE = re.compile(r" (?:University|College|Polytechnic),? (?=[A-Z][a-z])")
#: a capitalised word of the same name right before it (not an article: "The Baiji refinery")
_CAPITAL_BEFORE_RE = re.compile(r"(?<![\w'’])(?!(?:The|A|An|In|At|On|Near)\b)[A-Z]\w*[ \-‑]$")
#: A capitalised word glued by a hyphen before ("Jean-|Paul") or after ("Paul|-Henri") the name.
_HYPHEN_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)[-‑]$")
_HYPHEN_AFTER_RE = re.compile(r"[-‑]([A-Z][a-z]+)\b")
#: A capitalised word and lower-case words glued by hyphens right before the name ("Mar-a-", "Aix-en-",
#: "Stratford-upon-"): the name is the last part of a compound ("and", "to": two places, "Boston-to-Chicago")
_COMPOUND_BEFORE_RE = re.compile(r"(?<![\w'’-])[A-Z][\w'’]*(?:[-‑](?!(?:and|or|to)[-‑])[a-z]{1,5})+[-‑]$")


def longer_name(text: str, start: int, end: int, entries: list[Any], *, prominent: bool) -> str | None:
    """Why the name at ``start:end`` is only part of a longer name and no place (None when it is not):
    "the first words of a longer name" ("Wadi| al-Shay", a town's name before an area noun: "Timbuktu|
    Triangle", only for a name that is no prominent place) or "half of a compound first name"
    ("Jean-|Paul Kambale", "Paul|-Henri Damiba": both halves common first names, and the name no
    country: "Jordan-Israel" stays two places)."""
    if not prominent and (name_goes_on(text, end) or _AREA_NOUN_RE.match(text, end)):
        return "first words of a longer name"
    if not prominent and _SAINT_RE.match(text, start, end) and _DEDICATION_RE.match(text, end):
        return "a church's dedication"
    if _SITED_INSTITUTION_RE.match(text, end) and not any(e.is_country for e in entries):
        return "an institution's name sited elsewhere"
    facility = _FACILITY_RE.match(text, end)
    if facility is not None and (facility["more"] or _CAPITAL_BEFORE_RE.search(text, max(0, start - 20), start)) \
            and not any(
        e.match == "name" and (e.is_country or e.is_admin1 or e.population >= 100_000) for e in entries
    ):
        # "the Cano Limon-Covenas pipeline": a facility's name, not Kano (whose alternate spelling
        # "Cano" is); a major place by its own name stays one ("the Kirkuk Ceyhan pipeline")
        return "first words of a facility's name"
    if text[start - 1 : start] in ("-", "‑") and _COMPOUND_BEFORE_RE.search(text, max(0, start - 30), start):
        return "last part of a hyphenated name"  # "Mar-a-Lago"
    if any(e.is_country for e in entries):
        return None
    # (a hyphen right before the name, or before a line break there: "$" matches before a last "\n")
    m = _HYPHEN_BEFORE_RE.search(text, max(0, start - 16), start) if text[start - 1 : start] in ("-", "‑", "\n") else None
    other = m.group(1) if m is not None else None
    if other is None and (m := _HYPHEN_AFTER_RE.match(text, end)) is not None:
        other = m.group(1)
    if other is None or len(other) < 4:  # "Al-", "Abu-", "Umm-": an article or a name's prefix
        return None
    both = common_given_name(other) and common_given_name(text[start:end])  # not "Middlesex-London"
    return "half of a compound first name" if both else None


#: A place's possessive right before a name ("Chicago's ", "Kabul’s "): the words before it, as written
_POSSESSOR_BEFORE_RE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w-]*)(?: [A-Z][\w-]*){0,2})['’]s $")
#: A capitalised noun right after the name ("Midway Airport", "Heathrow Airport"): a facility's or a quarter's name
_CAPITALISED_AFTER_RE = re.compile(r" [A-Z][a-z]")
#: How far a town's facility named after a place may lie from the town (km)
FACILITY_KM = 60.0


def facility_of_another(gaz: Any, text: str, start: int, end: int, entries: list[Any]) -> bool:
    """Whether the name at ``start:end`` follows a place's possessive and comes before a capitalised
    noun while no place it may name lies in any place the possessor's name matches exactly ("Chicago's
    Midway Airport": the Midways and Midland of the gazetteer are elsewhere, the airport is Chicago's);
    "Syria's Hmeimim Airbase", "Georgia's Atlanta Police" (the state) stay."""
    if not _CAPITALISED_AFTER_RE.match(text, end):
        return False
    m = _POSSESSOR_BEFORE_RE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    owners = [e for e in gaz.candidates(m.group(1), allow_loose=False) if e.match in ("name", "abbr")]
    if not owners:
        return False
    return not any(_holds(owner, e) for owner in owners for e in entries)


def _holds(owner: Any, e: Any) -> bool:
    """Whether the gazetteer entry ``owner`` (a country, a first-level division or a town) may hold ``e``."""
    if owner.is_country:
        return e.iso3 == owner.iso3
    if owner.is_admin1:
        return e.admin1_key == owner.admin1_key
    if not (owner.feature_code or "").startswith("PPL"):
        return True  # (a kind of place that this rule does not judge)
    return haversine_km(owner.latitude, owner.longitude, e.latitude, e.longitude) <= FACILITY_KM


def name_goes_on(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` goes on as a longer name ("Wadi| al-Shay", "Petite-Riviere|
    de l'Artibonite")."""
    return _GOES_ON_RE.match(text, end) is not None


def known_beyond_a_town(entries: list[Any]) -> bool:
    """Whether a name is prominent for more than a small town of the supplement: a country, a
    first-level division, a continent, a place of 100,000 people or a supplement place of another
    kind (a base, a camp, a region). The supplement's towns ("Nasir", "Boni", "Kuru") are also
    given names: "Nasir said ..." is a speaker, as for any small town."""
    return any(
        e.is_country or e.is_admin1 or e.feature_code == "CONT" or e.population >= 100_000
        or (e.source == "supplement" and e.feature_code != "PPL")
        for e in entries
    )
