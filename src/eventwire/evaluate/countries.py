"""Free-text country names (as annotators write them) -> ISO 3166-1 alpha-3 codes.

Uses pycountry's names (name, official and common names, alpha-2/alpha-3 codes), a few aliases and
demonyms that news and annotators use, the constituent countries of the UK and US state names, and
a close-match fallback for misspellings ("Nigeia", "Turrkey"). A text naming several countries
("Myanmar and Iran", "multiple (South Africa, Zimbabwe, Malawi, etc.)") gives all of them.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata

ALIASES: dict[str, str] = {
    "usa": "USA", "us": "USA", "u.s.": "USA", "u.s.a.": "USA", "america": "USA", "united states": "USA",
    "united states of america": "USA", "the united states": "USA",
    "uk": "GBR", "u.k.": "GBR", "britain": "GBR", "great britain": "GBR", "united kingdom": "GBR",
    "england": "GBR", "scotland": "GBR", "wales": "GBR", "northern ireland": "GBR",
    "russia": "RUS", "soviet union": "RUS", "ussr": "RUS",
    "china": "CHN", "people's republic of china": "CHN", "prc": "CHN", "mainland china": "CHN",
    "hong kong": "HKG", "macau": "MAC", "macao": "MAC", "taiwan": "TWN",
    "iran": "IRN", "syria": "SYR", "south korea": "KOR", "north korea": "PRK", "korea": "KOR",
    "vietnam": "VNM", "laos": "LAO", "burma": "MMR", "myanmar": "MMR", "bolivia": "BOL",
    "venezuela": "VEN", "tanzania": "TZA", "moldova": "MDA", "palestine": "PSE",
    "palestinian territories": "PSE", "west bank": "PSE", "gaza": "PSE", "gaza strip": "PSE",
    "bosnia": "BIH", "bosnia and herzegovina": "BIH", "macedonia": "MKD", "north macedonia": "MKD",
    "czech republic": "CZE", "czechia": "CZE", "turkey": "TUR", "turkiye": "TUR",
    "ivory coast": "CIV", "cote d'ivoire": "CIV", "drc": "COD", "dr congo": "COD",
    "democratic republic of the congo": "COD", "democratic republic of congo": "COD", "congo-kinshasa": "COD",
    "republic of the congo": "COG", "congo-brazzaville": "COG", "congo": "COG",
    "swaziland": "SWZ", "eswatini": "SWZ", "the gambia": "GMB", "gambia": "GMB",
    "the netherlands": "NLD", "netherlands": "NLD", "holland": "NLD", "vatican": "VAT",
    "east timor": "TLS", "cape verde": "CPV", "kosovo": "XKX", "western sahara": "ESH",
    "columbia": "COL", "uae": "ARE", "emirates": "ARE", "kyrgyzstan": "KGZ", "brunei": "BRN",
    "micronesia": "FSM", "st lucia": "LCA", "saint lucia": "LCA",
}

DEMONYMS: dict[str, str] = {
    "american": "USA", "british": "GBR", "english": "GBR", "scottish": "GBR", "welsh": "GBR",
    "russian": "RUS", "chinese": "CHN", "iranian": "IRN", "syrian": "SYR", "iraqi": "IRQ",
    "afghan": "AFG", "pakistani": "PAK", "indian": "IND", "yemeni": "YEM", "saudi": "SAU",
    "turkish": "TUR", "egyptian": "EGY", "libyan": "LBY", "nigerian": "NGA", "ethiopian": "ETH",
    "somali": "SOM", "kenyan": "KEN", "ugandan": "UGA", "sudanese": "SDN", "israeli": "ISR",
    "palestinian": "PSE", "lebanese": "LBN", "jordanian": "JOR", "filipino": "PHL",
    "philippine": "PHL", "burmese": "MMR", "mexican": "MEX", "french": "FRA", "german": "DEU",
    "ukrainian": "UKR", "belarusian": "BLR", "kurdish": "IRQ", "malian": "MLI", "congolese": "COD",
    "zimbabwean": "ZWE", "cameroonian": "CMR", "bangladeshi": "BGD", "thai": "THA",
}

_SPLIT_RE = re.compile(r"\s*(?:,|;|/|\band\b|&|\(|\)|\betc\.?)\s*", re.IGNORECASE)
_DROP_WORDS = {"multiple", "several", "various", "both", ""}


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes, collapse spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.lower().split())


@functools.lru_cache(maxsize=1)
def _name_table() -> dict[str, str]:
    import pycountry

    table: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                table.setdefault(fold(value), c.alpha_3)
        table.setdefault(c.alpha_3.lower(), c.alpha_3)
        table.setdefault(c.alpha_2.lower(), c.alpha_2 and c.alpha_3)
    for sub in pycountry.subdivisions.get(country_code="US") or []:
        if sub.type == "State":
            table.setdefault(fold(sub.name), "USA")
    table.update(ALIASES)
    table.update(DEMONYMS)
    return table


def country_iso3(text: str | None) -> str | None:
    """One country name, code or demonym -> ISO3 (None when it is not a country we can name)."""
    if text is None:
        return None
    key = fold(text).strip(" .")
    if not key:
        return None
    table = _name_table()
    if key in table:
        return table[key]
    if key.startswith("the ") and key[4:] in table:
        return table[key[4:]]
    if len(key) < 4:
        return None
    close = difflib.get_close_matches(key, [k for k in table if len(k) > 3], n=1, cutoff=0.85)
    return table[close[0]] if close else None


def gold_countries(text: str | None) -> frozenset[str]:
    """All ISO3 codes a gold country text names (empty when none can be read)."""
    if text is None:
        return frozenset()
    whole = country_iso3(text)
    if whole is not None:
        return frozenset({whole})
    codes = set()
    for part in _SPLIT_RE.split(text):
        if fold(part) in _DROP_WORDS:
            continue
        code = country_iso3(part)
        if code is not None:
            codes.add(code)
    return frozenset(codes)
