"""Peoples named by a plural noun as the sides of an armed act (helper ACT4, twenty-ninth session).

The news names a side by its people as often as by its army: "the Russians struck the town", "the
Turks shelled Kurdish positions", "the city fell to the Kurds", "guerrilla attacks against the Turks".
The actor tagger reads such a noun as civilians; ACLED codes the people's armed side:

- a state's people (a plural of the actor countries' demonyms, "the Russians"; an irregular noun of
  nationality, "the Turks", "Britons", "Poles"; a demonym in "-ese", "-ish" or "-ch" read as a noun after
  "the", "the French", "the Chinese"): that state's military, its police in an arrest;
- a stateless people whose armed side the actor rules name by the country ("Kurdish forces": the SDF in
  Syria, the Peshmerga in Iraq, the PKK in Turkey; "Tigrayan forces" in Ethiopia): that actor ("the
  Kurds" in Syria -> QSD: Syrian Democratic Forces).

Not so a counted few ("two Syrians attacked a patrol": people, not a state), a people told as undergoing
the act ("Americans killed fighting Isis"), a people of another land ("British Kurds"), a people as a
modifier ("the Turkish army" is the tagger's), nor a territory's people ("Palestinians": no state's army). Used by
:mod:`eventwire.events.rulerdoers` for the doer of an armed act or an arrest and for the side an armed
act was done "against" or "with" ("attacks against the Turks"), never for the dead or the hurt.
"""

from __future__ import annotations

from typing import Any

from ..actors.countries import COUNTRIES, country_of, of_country
from ..records import Actor
from .campaigndoers import STATELESS
from .sides import ARMED_INTERS
from .statedoers import span

#: Plural demonyms of the actor countries ("Russians", "Americans"), derived from the table (not a
#: country's own name, "Laos", nor a territory's people, "Palestinians").
PEOPLES: dict[str, str] = {d.lower() + "s": c.iso3 for c in COUNTRIES for d in c.demonyms
                           if d.isalpha() and d[1:].islower() and not d.endswith(("s", "ese", "ish", "ch"))
                           and c.iso3 not in STATELESS and country_of(d + "s") is None}
#: Nouns of a state's people that are no plural of its demonym ("the Turks", "Britons").
#: ("Britons" is left out: the word names nationals, "Britons killed fighting Isis", not a state's side.)
PEOPLE_NOUNS: dict[str, str] = {"turks": "TUR", "poles": "POL", "swedes": "SWE", "danes": "DNK", "finns": "FIN",
                                "spaniards": "ESP"}
#: Demonyms that stand for their people after "the" with no noun of their own ("the French struck").
THE_PEOPLES: dict[str, str] = {d.lower(): c.iso3 for c in COUNTRIES for d in c.demonyms
                               if d.isalpha() and d.endswith(("ese", "ish", "ch")) and c.iso3 not in STATELESS}
#: Stateless peoples and the modifier by which the actor rules name their armed side in a country
#: ("the Kurds" -> "Kurdish forces").
ARMED_PEOPLES: dict[str, str] = {"kurds": "kurdish", "tigrayans": "tigrayan"}
#: Every word this module reads (the cheap gate before any walk).
PEOPLE_WORDS = frozenset(PEOPLES) | frozenset(PEOPLE_NOUNS) | frozenset(THE_PEOPLES) | frozenset(ARMED_PEOPLES)
#: Prepositions whose object is the side an act was done to or with, not its victims ("attacks against
#: the Turks", "clashed with the Kurds", "took the town from the Kurds").
SIDE_PREPS = frozenset("against with from".split())


def people_force(tok: Any, *, body: str, iso: str | None, dictionary: Any) -> Actor | None:
    """The armed side (a state's ``body``, "Military Forces of ", or a stateless people's named actor in
    the country ``iso``) of the people ``tok`` names; None when it names none."""
    if tok is None or tok.lower_ not in PEOPLE_WORDS or tok.dep_ == "nsubjpass" or any(
            c.dep_ == "nummod" or c.dep_ == "acl" and c.tag_ == "VBN"
            or c.dep_ in ("amod", "compound") and (c.pos_ == "PROPN" or country_of(c.text) is not None)
            for c in tok.children):
        # "two Syrians attacked a patrol": a few people; "Kurds killed fighting Isis": the ones it befell;
        # "British Kurds are occupying stations": a people of another land, no side of its own
        return None
    low = tok.lower_
    state = PEOPLES.get(low) or PEOPLE_NOUNS.get(low)
    if state is None and low in THE_PEOPLES and tok.dep_ not in ("amod", "compound") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        state = THE_PEOPLES[low]  # "the French struck" (not "French troops")
    if state is not None:
        return Actor(body + of_country(state), 1, span(tok), state)
    if low in ARMED_PEOPLES and dictionary is not None and iso:
        found = dictionary.lookup(f"{ARMED_PEOPLES[low]} forces", country=iso)
        if found is not None and (found.inter or 0) in ARMED_INTERS:
            return Actor(found.name, found.inter, span(tok), found.country)
    return None


def opposed_people(tok: Any) -> bool:
    """Whether ``tok`` (an act's patient) is the object of "against"/"with"/"from": a side the act was
    done against, not its victims ("attacks against the Turks", not "killed two Turks")."""
    return tok is not None and tok.lower_ in PEOPLE_WORDS and tok.dep_ == "pobj" and tok.head.lower_ in SIDE_PREPS
