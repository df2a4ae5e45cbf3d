"""Acts named by a noun whose own modifier tells them as earlier than the story.

"Critics point to last year's killing of a reporter at the embassy", "the strike ordered after a previous
chemical attack in the north", "the previous summer's riots": the act noun is named as an earlier one,
by a stretch told as the last one ("last year's", "the previous decade's") or by an adjective of the past
("previous", "earlier", "prior", "past", "former"). The act is context; it used to take the day of its
sentence or of the act told before it and stood as news (the reading-date stage,
:func:`events.reportdate.past_marker`, reads the adjective only in an undated sentence that inherits a date;
it is read here first, whatever the sentence's date, and with no day in the noun's phrase).
:func:`earlier_act` gives the past marker the extractor makes background with (``status.assess``'s
``past``), as :func:`events.origins.origin_or_tally` does; the report is left undated.

An act noun named by the place it befell, as the object of a preposition, outside the text's lead ("the
minister complained about the use of nerve agent in the Salisbury attack", "a moment, after the Ghouta
massacre, when ...") names a known act the news refers to, not the news: the story tells its own act in
its lead or with a verb.

Near-misses that stay news: a time of the story ("last week's raid", "Monday's attack", "this year's
protests"), an act noun with a day of its own ("an earlier bombing on Monday": the story's, told before
another), an act noun named by a people or a side ("the Turkish attack", "the Turkish invasion") or by its
place in the lead ("The Kano market bombing killed 12"), and the act of the sentence's own verb ("Police
on Tuesday arrested two men over a previous bombing": the arrest is news, the bombing is not).
"""

from __future__ import annotations

from typing import Any

from ..records import Article
from .genericity import PLACE_ENTS
from .origins import ACT_NOUNS
from .spanacts import LEAD_CHARS

#: Adjectives that put an act named by a noun before the story ("after a previous raid on the camp").
PAST_ADJECTIVES = frozenset("previous earlier prior past former".split())
#: Nouns of a stretch that, told as the last one ("last year's", "the previous decade's"), lie before the story.
EARLIER_UNITS = frozenset("year decade century summer winter spring autumn".split())
#: Words that make such a stretch the one before ("last year's", "the previous summer's", "past decade's").
BEFORE_WORDS = frozenset("last previous past preceding".split())
#: Entity types of a place that names an act ("the Salisbury attack", "the Ghouta massacre").
#: The note's prefix.
EARLIER_ACT = "an act named as an earlier one"


def _a_place(article: Article, tok: Any) -> bool:
    """``tok`` names a place: a place entity, or a word of a toponym the geo stage found."""
    return tok.ent_type_ in PLACE_ENTS or any(
        m.start <= tok.idx < m.end and m.kind == "toponym" for m in article.place_mentions)


def _named_by_place(article: Article, trig: Any, sent: Any) -> str | None:
    """The place that names the act noun ``trig``, the object of a preposition outside the lead ("after
    the Ghouta massacre"), or None."""
    if (trig.dep_ != "pobj" or sent.start_char < LEAD_CHARS or trig.lower_ not in ACT_NOUNS
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in trig.children)):
        return None
    place = next((c for c in trig.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < trig.i
                  and _a_place(article, c)), None)
    if place is None or any(t.ent_type_ in ("DATE", "TIME") for t in trig.subtree):
        return None
    return place.text


def earlier_act(article: Article, trig: Any, sent: Any) -> str | None:
    """The past marker of an act noun ``trig`` of the sentence ``sent`` named as an earlier one (see the
    module docstring), or None: an adjective of the past with no day in the noun's phrase, a possessive
    stretch told as the last one, or the place that names a known act."""
    if trig is None or trig.pos_ not in ("NOUN", "PROPN"):
        return None
    if (place := _named_by_place(article, trig, sent)) is not None:
        return f"{EARLIER_ACT}: the {place} {trig.text}"  # "after the Ghouta massacre"
    for mod in trig.children:
        if mod.dep_ == "amod" and mod.lower_ in PAST_ADJECTIVES and not any(
                t.ent_type_ in ("DATE", "TIME") for t in trig.subtree):
            return f"{EARLIER_ACT}: {mod.text} {trig.text}"  # "after a previous raid on the camp"
        if mod.dep_ == "poss" and mod.lemma_.lower() in EARLIER_UNITS and (before := next(
                (c for c in mod.children if c.lower_ in BEFORE_WORDS), None)) is not None:
            return f"{EARLIER_ACT}: {before.text} {mod.text} {trig.text}"  # "last year's killing"
    return None
