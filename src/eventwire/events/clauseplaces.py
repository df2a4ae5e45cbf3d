"""A town told where a subordinate clause of the act happened beats a bare country told before it.

"Holmes was killed on 23 October when an abandoned suicide belt exploded as the unit he commanded
cleared mines in the former Isis stronghold of Raqqa": the only place of the sentence lies in a clause
under the act's, and the event linker then takes the place its paragraph told before (the clause may
name a road or a landmark of the town told before: "..., in which the group cut the Deir Ezzor-Palmyra
road"). When the paragraph told only the country ("travelled to northern Syria three times"), the town
in that country is finer and is kept (:func:`finer_in_clause`).

Only a place the clause locates something at ("in Raqqa", "near Hajin", "the eastern province of Deir
ez-Zor", "the stronghold of Raqqa"): not a destination ("took her to Erbil", "placing a burden on the
al-Hawl camp", "making for the camp"), a list ("along with Idlib"), a subject ("if Afrin is anything to
go by") or a modifier ("a Bethnal Green schoolgirl").

Nor does the document's place beat the clause's place when the article names it only after the
sentence and the clause names a place finer than a country (:func:`clause_place_kept`): "At least 14 worshippers were abducted by gunmen who attacked a
mosque in Giwa" is in Giwa, though the article later names Katsina (a related headline, a second
attack) more often; a dateline or an opening place ("Srinagar: ...") is told before and still counts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..records import PlaceMention
from .words import char_span

#: prepositions that locate ("in Raqqa", "near Hajin")
_AT = frozenset({"in", "at", "near", "inside", "outside"})

#: nouns whose "of" names the place itself ("the province of Deir ez-Zor", "the stronghold of Raqqa")
_PLACE_NOUNS = frozenset({"city", "town", "village", "province", "district", "region", "governorate", "state",
                          "county", "stronghold", "capital", "enclave", "suburb", "outskirts", "neighbourhood",
                          "neighborhood", "area", "municipality", "port", "island"})


def clause_place_kept(doc: Any, best: PlaceMention, para: PlaceMention, *, how: str, sent_end: int,
                      country_only: Callable[[PlaceMention | None], bool]) -> bool:
    """Whether ``best`` (the place of a clause under the act's, in the sentence ending at ``sent_end``)
    stays the act's place against ``para`` (the place told before, ``how`` "paragraph" or "document"):
    a document's place named only after the sentence (unless ``best`` is a bare country), or a bare country where the clause locates a
    finer place (:func:`finer_in_clause`)."""
    if how == "document" and para.start >= sent_end:
        return not country_only(best)  # ("escape from its enclave in Syria": the enclave told later is finer)
    return finer_in_clause(doc, best, para, country_only=country_only)


def finer_in_clause(doc: Any, best: PlaceMention, para: PlaceMention, *,
                    country_only: Callable[[PlaceMention | None], bool]) -> bool:
    """Whether ``best`` (the place of a clause under the act's) is a place finer than ``para`` (the
    country the paragraph told) that the clause locates at ("in Raqqa", "the stronghold of Raqqa");
    ``country_only`` is :func:`eventwire.events.linking.is_country_only`."""
    if not country_only(para) or country_only(best):
        return False
    span = char_span(doc, best.start, best.end)
    return span is not None and locating_object(span.root)


def locating_object(root: Any, *, of_located: bool = False) -> bool:
    """``root`` (a place mention's head) is the object of a locating preposition ("in Raqqa", "near Raqqa")
    or of "of" after a place noun ("the stronghold of Raqqa"); ``of_located``: that place noun must itself be
    the object of a locating preposition ("in the town of Raqqa", not "the mayor's town of Raqqa")."""
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in _AT:
        return True
    if prep.lower_ != "of" or prep.head.lemma_.lower() not in _PLACE_NOUNS:
        return False
    return not of_located or (prep.head.dep_ == "pobj" and prep.head.head.lower_ in _AT)
