"""The place of a protest's grievance is not the protest's place.

"14 were arrested during last night's demonstrations over the police killing of a black worker in Texas":
the demonstrations were in New York; Texas is where the killing they protest happened. A place inside the
topic of a protest ("over / against / about / following" an act: a killing, a death, an arrest ...) locates
that act, never the crowd (ACLED codes a protest where the crowd gathered). :func:`grievance_place` tells
the place linker (:class:`eventwire.events.linking.PlaceLinker`) to leave such a place out; with no other
place in the sentence, the protest takes the paragraph's or the document's, as any sentence without one.
"""

from __future__ import annotations

from typing import Any

from ..records import PlaceMention
from .words import char_span

#: The words of a crowd gathering (nouns and verbs, by lemma).
PROTEST_LEMMAS = frozenset(
    "protest protester demonstration demonstrator demonstrate rally march marcher vigil sit-in riot rioter "
    "unrest walkout picket".split())
#: The prepositions that open the grievance of a protest.
TOPIC_PREPS = frozenset("over against about following".split())
#: The acts a grievance names: the place of one is where that act happened.
GRIEVANCE_LEMMAS = frozenset(
    "killing death murder shooting slaying arrest detention jailing abduction kidnapping disappearance rape "
    "assault attack beating lynching execution sentence sentencing conviction acquittal torture".split())


def grievance_place(doc: Any, m: PlaceMention, trigger: Any) -> bool:
    """Whether ``m`` lies inside the grievance of a protest the sentence of ``trigger`` tells ("protests
    over the killing of a worker in Texas"): a place under an act noun (:data:`GRIEVANCE_LEMMAS`) that is
    the object of a topic preposition (:data:`TOPIC_PREPS`) attached to a protest word; or, when the
    trigger is a protest word, a place under an act noun that is not under the protest."""
    if trigger is None:
        return False
    span = char_span(doc, m.start, m.end)
    if span is None:
        return False
    tok = span.root
    path: list[Any] = []
    protest = trigger.lemma_.lower() in PROTEST_LEMMAS
    while tok.head.i != tok.i and len(path) < 12:
        path.append(tok)
        tok = tok.head
        if tok.lower_ in TOPIC_PREPS and tok.dep_ == "prep" and tok.head.lemma_.lower() in PROTEST_LEMMAS:
            # the place's path up to the preposition passes an act noun ("the killing of a worker in Texas")
            return _act_noun(path)
        if tok.i == trigger.i or tok.lemma_.lower() in PROTEST_LEMMAS:
            return False  # the place belongs to the protest itself ("demonstrations in New York")
        if protest and _act_noun([tok]):
            # "The protests were part of a day of action to raise awareness of Turkish attacks on Afrin": the
            # place of the act the protest is about, not under the protest itself
            return True
    return False


def _act_noun(tokens: list[Any]) -> bool:
    return any(t.lemma_.lower() in GRIEVANCE_LEMMAS and t.pos_ == "NOUN" for t in tokens)
