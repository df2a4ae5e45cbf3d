"""A bare year that names a thing is no date of the act ("the 2015 nuclear deal", "leaders of the 2011
uprising were arrested").

:func:`contrast.act_date` dates a sentence's act by the date mention nearest to its trigger. A year
alone that modifies a noun ("the 2015 nuclear deal", "the 2011 uprising", "2019's election") names
that thing; when the noun is not the act itself (not the trigger, not one of its words) and is an
argument of the clause (a subject, an object, the object of "of", "on", "to", "with", "against",
"over", "about") rather than the time or setting of the act ("killed in the 2014 attack", "during the
2011 uprising", "after the 2019 election"), the year is the thing's, not the act's: the act is left to
the other dates of its sentence or to those it inherits.
"""

from __future__ import annotations

import re
from typing import Any

from ..records import DateMention
from .words import char_span

__all__ = ["names_thing"]

_YEAR_RE = re.compile(r"^(?:19|20)\d\d(?:'s)?$")
#: Prepositions whose object is an argument of the act, not its time or setting.
_ARGUMENT_PREPS = frozenset("of on to with against over about for".split())
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "appos"})


def names_thing(doc: Any, mention: DateMention, trigger: Any) -> bool:
    """Whether ``mention``, a year alone, modifies a noun other than ``trigger`` that is an argument of
    its clause ("abandoned the 2015 nuclear deal", "leaders of the 2011 uprising")."""
    if mention.date.value or mention.date.year is None or trigger is None:
        return False
    span = char_span(doc, mention.start, mention.end)
    if span is None:
        return False
    years = [t for t in span if _YEAR_RE.match(t.text)]
    if len(years) != 1 or len(span) > 2:
        return False  # "in 2015", "2015": a date of its own; only "2015" or "2015's" before a noun
    year = years[0]
    noun = year.head
    if year.dep_ not in ("compound", "nummod", "amod", "poss", "npadvmod") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.i <= year.i or noun.i == trigger.i or trigger.i in {t.i for t in noun.subtree}:
        return False
    if noun.dep_ in _ARGUMENT_DEPS:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in _ARGUMENT_PREPS
