"""ACLED's generic actors of a country ("Civilians (Syria)", "Military Forces of Iraq", "Police Forces of
Kenya"), and the words that make an unnamed state actor the police."""

from __future__ import annotations

from typing import Any

from ..records import Actor

POLICE_WORDS = frozenset("police policeman policemen officers gendarmes gendarmerie cops".split())
#: words of a place or a state of custody: "guards" there are a prison's (ACLED's police forces)
CUSTODY_WORDS = frozenset("""prison prisons jail jails custody detention cell cells inmates inmate prisoners
    prisoner detainees detainee penitentiary""".split())
GUARD_NOUNS = frozenset("guards guard officers officer wardens".split())


def custody_guard(tok: Any) -> bool:
    """"Guards shot dead 24 prisoners", "beaten by guards at a prison", "tortured by officers at the
    police station": unnamed guards or officers in a sentence about a prison, custody or a police
    station are the state's (ACLED's police forces)."""
    if tok is None or tok.lower_ not in GUARD_NOUNS or any(
            c.dep_ in ("compound", "amod", "poss") or c.dep_ == "prep" and c.lower_ in ("of", "from") for c in tok.children):
        return False  # "army officers", "officers of the Special Anti-Robbery Squad": told whose
    words = CUSTODY_WORDS if tok.lower_ in ("guards", "guard") else CUSTODY_WORDS | {"police"}
    return any(t.lower_ in words for t in tok.sent)


def country_label(iso: str | None, country: str | None) -> tuple[str | None, str | None]:
    """(ACLED country name, form after "Military Forces of") for an ISO3 code."""
    if not iso and not country:
        return None, None
    try:
        from ..actors.countries import country_name, of_country

        if iso and country_name(iso) != iso:
            return country_name(iso), of_country(iso)
    except ImportError:  # pragma: no cover - the actor stage ships with eventwire
        pass
    return country, country


def generic(kind: str, iso: str | None, country: str | None, *, police: bool = False) -> Actor | None:
    """An ACLED generic actor of a kind for a country ("Civilians (Syria)", "Military Forces of Iraq")."""
    name, of = country_label(iso, country)
    if name is None:
        return None
    if kind == "civilian":
        return Actor(name=f"Civilians ({name})", inter=7, country=iso)
    if kind == "protester":
        return Actor(name=f"Protesters ({name})", inter=6, country=iso)
    if kind == "rioter":
        return Actor(name=f"Rioters ({name})", inter=5, country=iso)
    if kind == "state":
        label = "Police Forces of" if police else "Military Forces of"
        return Actor(name=f"{label} {of}", inter=1, country=iso)
    if kind == "communal":
        return Actor(name=f"Unidentified Communal Militia ({name})", inter=4, country=iso)
    if kind in ("nonstate", "armed", "uag"):
        return Actor(name=f"Unidentified Armed Group ({name})", inter=3, country=iso)
    return None
