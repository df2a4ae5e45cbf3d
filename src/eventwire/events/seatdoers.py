"""A national capital named as the doer of an act is its state (helper ACT4, twenty-ninth session).

The news names a state by its capital as often as by its name: "Ankara launched a military offensive
into Afrin", "Washington and Moscow agreed a truce". The actor tagger reads no actor there (a place) and
the roles named no doer, or civilians. ACLED codes the state: its military in an armed act, its
government in an agreement. Two readers call :func:`seat_force`: the launcher of an act noun
(:mod:`eventwire.events.campaigndoers`) and the parties of an agreement (:mod:`eventwire.events.stateparties`).
A capital as the plain subject of an armed verb is not read ("the militia that Ankara is fighting",
"Ankara has engaged the party": a state's policy, not an incident; held-out articles, twenty-ninth session). A capital is a
place the geo stage resolved to a national capital or seat of government (GeoNames ``PPLC``/``PPLG``;
the actor stage keeps their spans, :func:`eventwire.actors.context.seat_country`), read so only as the
doer itself -- the act's subject, the subject of the verb that launched it, its "by" agent -- with no
modifier or possessive of its own: "Kabul's police arrested" is the police's (the roles read it), and a
capital after a preposition of place ("a blast in Kabul") is where.
"""

from __future__ import annotations

from typing import Any

from ..actors.context import seat_country
from ..actors.countries import of_country
from ..records import Actor

#: How the capital may stand to the act: its subject, the "by" agent's object, a member of a list of them.
DOER_DEPS = frozenset({"nsubj", "pobj", "conj"})


def seat_force(tok: Any, *, body: str) -> Actor | None:
    """The state (by ``body``, "Military Forces of ") whose capital ``tok`` names as a doer; else None."""
    if tok is None or tok.pos_ != "PROPN" or tok.dep_ not in DOER_DEPS:
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ != "by":
        return None  # "a blast in Kabul", "talks with Moscow": a place or another party
    iso = seat_country(tok.doc, tok.idx)
    if iso is None or any(c.dep_ in ("poss", "case", "amod") or c.dep_ == "compound" and seat_country(tok.doc, c.idx) != iso
                          for c in tok.children if c.i < tok.i):
        return None  # "Kabul's police", "southern Kabul" (not "Addis Ababa": one name)
    return Actor(body + of_country(iso), 1, tok.text, iso)
