"""Rules for generic actor mentions: "regime soldiers", "Iraqi security forces", "gunmen", "villagers".

A generic phrase is read as ``[modifiers] head``. The head decides the category (state forces,
police, unidentified armed group, civilians ...), the modifiers refine it ("allied militias" are
pro-government militias, "coalition warplanes" the coalition) and may name the country ("Syrian",
"Iraq's", "U.S."). Without a country in the phrase the caller's context country is used; without
either, a country-bound category gives no actor (nothing is invented).

ACLED conventions: "Military Forces of <country>" (inter 1), "Police Forces of <country>" (1),
"Government of <country>" (1), "Unidentified Armed Group (<Country>)" (3), "Unidentified Communal
Militia (<Country>)" (4: "armed herders"), "Pro-Government Militias (<Country>)" (3), "Opposition
Rebels (<Country>)" (2), "Rioters (<Country>)" (5), "Protesters (<Country>)" (6), "Civilians
(<Country>)" (7). Named clan and ethnic militias are read by :mod:`eventwire.actors.identity`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Actor
from .countries import _CASED_FORMS, country_forms, country_name, country_of, of_country
from .text import fold_cased, fold_lower, trie_regex

# -- heads -------------------------------------------------------------------------------------
# state forces that need no modifier ("the army", "soldiers", "security forces")
MILITARY_BARE = (
    "army", "armies", "military", "armed forces", "troops", "soldiers", "soldier", "servicemen",
    "serviceman", "paratroopers", "commandos", "security forces", "security force", "air force",
    "navy", "marines", "national guard", "gendarmerie nationale", "defence forces", "defense forces",
    "regime", "junta", "special forces", "army forces", "army troops", "army units", "army soldiers",
    "air defences", "air defenses", "air defence", "air defense",
    "presidential guard", "presidential guards", "republican guard", "republican guards", "border guards",
)
# state forces only with a state modifier ("Russian warplanes", "government forces", "army airstrikes")
MILITARY_QUALIFIED = (
    "forces", "force", "units", "unit", "warplanes", "warplane", "war planes", "jets", "fighter jets",
    "aircraft", "planes", "helicopters", "helicopter gunships", "gunships", "drones", "drone",
    "artillery", "tanks", "airstrikes", "airstrike", "air strikes", "air strike", "air raids",
    "air raid", "strikes", "shelling", "bombardment", "personnel", "battalion", "brigade", "division",
    "garrison", "positions", "convoy", "patrol", "warships", "navy ships", "missiles", "rockets",
    "militiamen", "militias", "militia", "air support", "air cover", "air power",
    "missile strike", "missile strikes", "missile attack", "missile attacks", "drone strike", "drone strikes",
    "drone attack", "drone attacks", "rocket attack", "rocket attacks", "artillery fire",
    "missile", "rocket", "shells", "cruise missile", "cruise missiles", "ballistic missile", "ballistic missiles",
    "glide bomb", "glide bombs", "guided bomb", "guided bombs", "aerial bomb", "aerial bombs",
    "guided aerial bomb", "guided aerial bombs",
)
POLICE = (
    "police", "policemen", "policeman", "police officers", "police officer", "police forces",
    "police force", "cops", "riot police", "gendarmes", "gendarme", "gendarmerie", "police units",
    "police personnel", "policewomen", "traffic police", "border police", "police commandos",
    # translated from French ("forces de l'ordre") and wire English
    "forces of order", "forces of law and order", "law enforcement officers", "law enforcement agents",
    # a prison's staff: ACLED's police forces (prison guards)
    "prison guards", "prison guard", "prison warders", "prison warder", "warders", "warder", "jailers",
    "jailer", "prison officers", "prison wardens", "correctional officers", "prison staff",
)
UNIDENTIFIED = (
    "militants", "militant", "gunmen", "gunman", "armed men", "armed man", "assailants",
    "assailant", "attackers", "attacker", "insurgents", "insurgent", "jihadists", "jihadist",
    "extremists", "terrorists", "terrorist", "bandits", "kidnappers", "abductors", "suicide bomber",
    "suicide bombers", "bomber", "bombers", "armed group", "armed groups", "gang members", "gangsters",
    "gangs", "gang", "unknown persons", "unidentified men", "masked men", "armed assailants",
    "armed bandits", "unknown gunmen", "militiamen", "militias", "militia", "armed elements",
    "armed miscreants", "unidentified miscreants", "unknown miscreants",
)
REBELS = (
    "rebels", "rebel", "rebel fighters", "rebel forces", "opposition fighters", "opposition forces",
    "opposition rebels", "guerrillas", "guerrilla", "guerrilla fighters", "separatists",
    "separatist fighters", "separatist rebels",
)
CIVILIANS = (
    "civilians", "civilian", "residents", "resident", "villagers", "villager", "farmers", "farmer",
    "worshippers", "worshipers", "students", "pupils", "schoolchildren", "children", "child",
    "women and children", "women", "woman", "passengers", "shepherds", "shepherd", "fishermen",
    "traders", "displaced people", "displaced persons", "idps", "refugees", "journalists",
    "journalist", "aid workers", "aid worker", "teachers", "pedestrians", "motorists", "commuters",
    "locals", "inhabitants", "mourners", "miners", "boy", "boys", "girl", "girls",
    "families", "family members", "herders", "herder", "herdsmen", "herdsman", "pastoralists",
    # people held by an authority: ACLED's civilians (its "Prisoners" category)
    "detainees", "detainee", "inmates", "inmate", "prisoners", "prisoner",
)
PROTESTERS = ("protesters", "protestors", "protester", "protestor", "demonstrators", "demonstrator",
              "marchers")
RIOTERS = ("rioters", "rioter", "mob", "mobs", "angry mob", "angry crowd", "rioting youths")
GOVERNMENT = ("government", "authorities")
COALITION = ("coalition", "coalition forces", "coalition warplanes", "coalition jets",
             "coalition aircraft", "coalition airstrikes", "coalition air strikes", "coalition strikes",
             "coalition drones", "coalition planes", "coalition troops")
PEACEKEEPERS = ("peacekeepers", "peacekeeper", "peacekeeping forces", "peacekeeping troops", "blue helmets")
# settlers in the West Bank and Israel: ACLED's "Settlers (Israel)" whatever their demonym ("dozens of settlers")
SETTLERS = ("settlers", "settler")
SETTLER_COUNTRIES = {"PSE": "Settlers (Israel)", "ISR": "Settlers (Israel)"}

# -- modifiers ---------------------------------------------------------------------------------
STATE_MODS = frozenset({
    "government", "regime", "army", "military", "state", "security", "junta", "assad", "loyalist",
    "national", "federal", "air", "naval", "navy", "government-led", "state-run", "regular", "syrian-regime",
    "government-controlled", "special", "elite", "border", "presidential", "republican", "defence", "defense",
    "air force", "government's", "regime's", "army's", "military's", "junta's",
})
PGM_MODS = frozenset({
    "allied", "pro-government", "pro-regime", "government-backed", "regime-backed", "state-backed",
    "loyalist", "progovernment", "pro-assad", "government-allied", "regime-allied", "pro-junta",
    "government-aligned", "pro-state", "army-allied", "army-backed", "military-allied", "military-backed",
    "army-aligned", "junta-allied", "junta-backed", "state-allied",
})
COALITION_MODS = frozenset({"us-led", "u.s.-led", "american-led", "international", "western",
                            "anti-is", "anti-isis", "anti-isil", "anti-daesh", "saudi-led", "arab",
                            "saudi-emirati", "emirati-led", "global", "coalition", "nato-led"})
REBEL_MODS = frozenset({"opposition", "rebel", "anti-government", "anti-regime", "insurgent", "separatist"})
POLICE_MODS = frozenset({"police", "riot"})
UNKNOWN_MODS = frozenset({"unidentified", "unknown", "suspected", "masked", "armed", "heavily", "alleged"})

# generic words that never change the reading; everything else in front of a head is tolerated
FILLER = frozenset({
    "the", "a", "an", "their", "its", "his", "her", "our", "these", "those", "this", "that", "some",
    "several", "many", "other", "local", "innocent", "unarmed", "angry", "young", "elderly", "female",
    "male", "fellow", "deployed", "retreating", "advancing", "fleeing", "remaining", "injured",
})

CATEGORY_INTER = {"military": 1, "police": 1, "government": 1, "uag": 3, "pgm": 3, "rebels": 2,
                  "civilians": 7, "protesters": 6, "rioters": 5, "coalition": 8, "peacekeepers": 8,
                  "communal": 4, "settlers": 4}
GENERIC_CATEGORIES = frozenset({"uag", "pgm", "rebels", "civilians", "protesters", "rioters", "communal"})
# community members who carry arms ("armed herders", "armed villagers") are ACLED's communal militias
ARMED_COMMUNITY = frozenset({"herders", "herder", "herdsmen", "herdsman", "pastoralists", "villagers",
                             "farmers", "residents", "locals", "shepherds"})

# peacekeeping missions by country (ACLED names; the dictionary holds them as named actors)
PEACEKEEPING = {
    "COD": "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo",
    "MLI": "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali",
    "CAF": "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
    "LBN": "UNIFIL: United Nations Interim Force in Lebanon",
    "SSD": "UNMISS: United Nations Mission in South Sudan",
    "SOM": "AMISOM: African Union Mission in Somalia",
}
# "the occupation forces" / "occupation army" in the wording of a country's own media: the occupier
OCCUPATION_MODS = frozenset({"occupation", "occupying", "occupier", "israeli-occupation"})
OCCUPIERS = {"PSE": "ISR", "LBN": "ISR", "UKR": "RUS"}
# "Kurdish forces", "Iran-backed militias": named actors that depend on the country of context
ETHNIC_FORCES = {
    ("kurdish", "SYR"): "QSD: Syrian Democratic Forces",
    ("kurdish", "IRQ"): "Peshmerga - Kurdistan Regional Government",
    ("kurdish", "TUR"): "PKK: Kurdistan Workers Party",
    ("kurdish-led", "SYR"): "QSD: Syrian Democratic Forces",
    ("turkish-backed", "SYR"): "Syrian National Army",
    ("turkey-backed", "SYR"): "Syrian National Army",
    ("iran-backed", "IRQ"): "PMF: Popular Mobilization Forces",
    ("iranian-backed", "IRQ"): "PMF: Popular Mobilization Forces",
    ("shiite", "IRQ"): "PMF: Popular Mobilization Forces",
    ("shia", "IRQ"): "PMF: Popular Mobilization Forces",
    ("iran-backed", "SYR"): "Pro-Government Militias (Syria)",
    ("iranian-backed", "SYR"): "Pro-Government Militias (Syria)",
    ("tigrayan", "ETH"): "TPLF: Tigray People's Liberation Front",
    ("amhara", "ETH"): "Fano Militia",
    ("fulani", "NGA"): "Fulani Ethnic Militia (Nigeria)",
    ("baloch", "PAK"): "BLA: Baloch Liberation Army",
    ("maoist", "IND"): "CPI (Maoist): Communist Party of India (Maoist)",
    ("houthi", "YEM"): "Houthi Movement",
    # unnamed separatists where one movement is the separatist insurgency ACLED codes
    ("separatist", "CMR"): "Ambazonian Separatists",
}
ETHNIC_MODS = frozenset(m for m, _ in ETHNIC_FORCES)
# modifiers that name the country by its ruler: "Assad forces", "pro-Assad militias"
SYRIA_MODS = frozenset({"assad", "pro-assad", "assad-regime"})
ETHNIC_HEADS = frozenset({"forces", "fighters", "militias", "militia", "militiamen", "rebels", "troops",
                          "units", "factions", "groups", "insurgents", "militants", "gunmen"})

_HEAD_CATEGORY: dict[str, str] = {}
for _cat, _heads in (("coalition", COALITION), ("peacekeepers", PEACEKEEPERS), ("settlers", SETTLERS), ("police", POLICE),
                     ("protesters", PROTESTERS), ("rioters", RIOTERS), ("civilians", CIVILIANS),
                     ("rebels", REBELS), ("government", GOVERNMENT), ("military", MILITARY_BARE),
                     ("qualified", MILITARY_QUALIFIED), ("uag", UNIDENTIFIED)):
    for _h in _heads:
        _HEAD_CATEGORY.setdefault(_h, _cat)
_HEADS_LONGEST = sorted(_HEAD_CATEGORY, key=lambda h: (-len(h.split()), -len(h)))
_HEAD_SET = frozenset(_HEAD_CATEGORY)


def _head_of(low: str) -> str | None:
    """The first of :data:`_HEADS_LONGEST` that is ``low`` (single-spaced) or ends it after a space: its
    longest such ending, which has the most words (read from the longest ending down: one set look-up
    each, not a test per head)."""
    if low in _HEAD_SET:
        return low
    i = low.find(" ")
    while i >= 0:
        if low[i + 1 :] in _HEAD_SET:
            return low[i + 1 :]
        i = low.find(" ", i + 1)
    return None


@dataclass(slots=True)
class Reading:
    """How a generic phrase was read."""

    category: str  # a key of CATEGORY_INTER, or "ethnic" ("Kurdish forces": a named actor by country)
    country: str | None  # ISO3 written in the phrase, if any
    head: str
    modifiers: tuple[str, ...]
    named: str | None = None  # for "ethnic": the modifier that names the group ("kurdish")


_CASED_COUNTRY = sorted({f for f in country_forms() if f in _CASED_FORMS} | set(_CASED_FORMS))
_COUNTRY_SRC = (trie_regex({fold_lower(f) for f in country_forms() if f not in _CASED_FORMS})
                + "|(?-i:" + "|".join(re.escape(f) for f in sorted(_CASED_COUNTRY, key=len, reverse=True)) + ")")
COUNTRY_RE = re.compile(rf"(?<![\w.\-])(?:{_COUNTRY_SRC})(?![\w\-])", re.IGNORECASE)


def _split_country(phrase: str) -> tuple[str | None, str]:
    """Find a country form in the phrase; return (ISO3, phrase without it)."""
    for m in COUNTRY_RE.finditer(phrase):
        iso = country_of(m.group(0))
        if iso:
            rest = (phrase[: m.start()] + " " + phrase[m.end():]).strip()
            return iso, rest
    return None, phrase


_BLANKS = re.compile(r"\s+")
_LED_BY = re.compile(r"(?:^|\s)(?:u\.?s\.?|american|saudi|nato|emirati)-led\b")


def read_phrase(phrase: str, context: str | None = None) -> Reading | None:
    """Read a generic phrase (determiners stripped or not); ``context`` is the document's ISO3.
    None when the phrase has no known head."""
    text = _BLANKS.sub(" ", fold_cased(phrase)).strip(" ,.;:")
    # "US-led coalition": the country is part of a modifier, keep it
    low_all = text.lower()
    iso, rest = (None, text)
    if not _LED_BY.search(low_all):
        iso, rest = _split_country(text)
    low = rest.lower().replace("’", "'")
    low = _BLANKS.sub(" ", low).strip()
    head = _head_of(low)
    if head is None:
        return None
    # "army's" -> "army"
    mods = tuple(w[:-2] if w.endswith("'s") else w for w in low[: len(low) - len(head)].split())
    mods = tuple(m for m in mods if m and m not in FILLER)
    return _categorise(head, mods, iso, context)


def _categorise(head: str, mods: tuple[str, ...], iso: str | None, context: str | None) -> Reading | None:
    cat = _HEAD_CATEGORY[head]
    mset = set(mods)
    if cat == "rebels" and "separatist" in head and ("separatist", context or iso or "") in ETHNIC_FORCES:
        return Reading("ethnic", iso, head, mods, named="separatist")  # "separatist fighters" in Cameroon
    # "militant group" is coreference to a named group: not an actor of its own
    if head in ("armed group", "armed groups") and "militant" in mset:
        return None
    for m in mods:
        if m in ETHNIC_MODS and head.split()[-1] in ETHNIC_HEADS and (m, context or iso or "") in ETHNIC_FORCES:
            return Reading("ethnic", iso, head, mods, named=m)
        if (m in SYRIA_MODS or m.startswith(("al-", "el-")) and m[3:] in SYRIA_MODS) and iso is None:  # "al-Assad's"
            iso = "SYR"
    if mset & OCCUPATION_MODS and cat in ("qualified", "military") and iso is None and context in OCCUPIERS:
        # "the occupation forces" in Palestinian, Lebanese or Ukrainian wording: the occupying state's army
        return Reading("military", OCCUPIERS[context], head, mods)
    if cat == "coalition" or mset & {"coalition"}:
        return Reading("coalition", iso, head, mods)
    if cat in ("peacekeepers", "settlers"):
        return Reading(cat, iso, head, mods)
    if mset & PGM_MODS and (head in UNIDENTIFIED or cat in ("qualified", "military")):
        return Reading("pgm", iso, head, mods)
    if mset & POLICE_MODS and cat in ("qualified", "military", "police"):
        return Reading("police", iso, head, mods)
    if cat == "qualified":
        if mset & REBEL_MODS:
            return Reading("rebels", iso, head, mods)
        if head in UNIDENTIFIED:  # "militias", "militiamen": government ones are pro-government
            return Reading("pgm" if mset & STATE_MODS else "uag", iso, head, mods)
        if iso is not None or mset & STATE_MODS:
            return Reading("military", iso, head, mods)
        return None
    if cat == "military" and mset & REBEL_MODS:
        return Reading("rebels", iso, head, mods)
    if cat == "uag" and mset & REBEL_MODS:
        return Reading("rebels", iso, head, mods)
    if cat == "civilians" and "armed" in mset and head in ARMED_COMMUNITY:
        return Reading("communal", iso, head, mods)
    return Reading(cat, iso, head, mods)


def coalition_name(reading: Reading, context: str | None) -> str:
    mods = set(reading.modifiers)
    if mods & {"saudi-led", "arab", "saudi-emirati", "emirati-led"} or context == "YEM" or reading.country == "SAU":
        return "Operation Restoring Hope"
    if mods & {"nato-led"} or context == "AFG":
        return "NATO: North Atlantic Treaty Organization"
    return "Global Coalition Against Daesh"


def generic_actor(reading: Reading, context: str | None) -> Actor | None:
    """The actor for a reading; ``context`` is the ISO3 hint used when the phrase names no country."""
    iso = reading.country or context
    cat = reading.category
    if cat == "coalition":
        return Actor(name=coalition_name(reading, iso), inter=8, country=None)
    if cat in ("peacekeepers", "ethnic", "settlers"):
        return None  # resolved to dictionary names by the caller
    if iso is None:
        return None
    inter = CATEGORY_INTER[cat]
    if cat == "military":
        return Actor(name=f"Military Forces of {of_country(iso)}", inter=inter, country=iso)
    if cat == "police":
        return Actor(name=f"Police Forces of {of_country(iso)}", inter=inter, country=iso)
    if cat == "government":
        return Actor(name=f"Government of {of_country(iso)}", inter=inter, country=iso)
    if reading.category in GENERIC_CATEGORIES and context:
        iso = context  # "Syrian refugees" in Turkey are Civilians (Turkey): ACLED names the event's country
    label = {
        "uag": "Unidentified Armed Group", "pgm": "Pro-Government Militias", "rebels": "Opposition Rebels",
        "civilians": "Civilians", "protesters": "Protesters", "rioters": "Rioters",
        "communal": "Unidentified Communal Militia",
    }[cat]
    return Actor(name=f"{label} ({country_name(iso)})", inter=inter, country=iso)


def named_for(reading: Reading, context: str | None) -> str | None:
    """Dictionary name for readings that point at a named actor (peacekeepers, "Kurdish forces")."""
    iso = reading.country or context
    if reading.category == "peacekeepers":
        return PEACEKEEPING.get(iso or "")
    if reading.category == "settlers":
        return SETTLER_COUNTRIES.get(context or "") or SETTLER_COUNTRIES.get(iso or "")
    if reading.category == "ethnic" and reading.named:
        return ETHNIC_FORCES.get((reading.named, context or iso or ""))
    return None


# -- a scanning regex for the tagger -----------------------------------------------------------
_MOD_WORDS = sorted(
    STATE_MODS | PGM_MODS | COALITION_MODS | REBEL_MODS | POLICE_MODS | UNKNOWN_MODS | ETHNIC_MODS
    | OCCUPATION_MODS | {"innocent", "unarmed", "local", "angry", "heavily", "suicide", "fighter", "riot", "militant"},
    key=len, reverse=True,
)
_HEAD_WORDS = sorted(_HEAD_CATEGORY, key=len, reverse=True)


GENERIC_SOURCE = (
    # words joined by spaces or one hyphen: a dateline's " - " ("GAZA - Israeli strikes") joins nothing
    rf"(?:(?:{_COUNTRY_SRC}|{trie_regex(set(_MOD_WORDS))})(?:'s)?(?:\s+|-)){{0,3}}"
    rf"(?:{trie_regex(set(_HEAD_WORDS))})"
)
GENERIC_RE = re.compile(rf"(?<![\w\-.'])(?:{GENERIC_SOURCE})(?![\w\-]|'s|’s)", re.IGNORECASE)
