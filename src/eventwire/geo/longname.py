"""A known name that is only the first words of a longer name the gazetteer lacks.

"the Wadi al-Shay area" is no Wadi (India), "the commune of Petite-Riviere de l'Artibonite" no Petite
Riviere (Mauritius): a transliterated article joined to a capitalised word ("al-Shay") or a Romance
"de / du / del ..." before one ("de l'Artibonite") carries the name on, so the words matched so far
name another place than the one written.
"""

from __future__ import annotations

import re
from typing import Any

#: A name carried on after a match: " al-Shay", " el-Arish", " ad-Dawr"; " de l'Artibonite",
#: " du Nord", " de la Maguana", " del Sur", " di Sopra".
_GOES_ON_RE = re.compile(
    r" (?:(?:al|el|ad|ar|as|ash|at|az|an|ath|adh|ud|ul)[-‑]\w"
    r"|(?:de|du|des|del|della|di|do|da|dos|das)\s+(?:(?:la|las|los|le|les)\s+|[ld]['’])?[A-Z])"
)


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
