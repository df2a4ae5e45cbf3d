"""Acts conceded: an act noun in a "despite" phrase after the lead (read by
:func:`eventwire.events.genericity.general_statement`, which makes such a report background, "a general
statement").

A "despite" phrase grants something as known to weigh the rest of the sentence against it: "the province,
despite sustained attacks, remains an obstacle", "despite a slowdown in the fighting, much of the country
remains ravaged by war", "notwithstanding months of shelling, the villagers stayed". The act it names is the
war's backdrop or one the article tells elsewhere, never a new event: the act noun is the phrase's object, or
the object of an "in" or "of" of the noun it hangs on ("a slowdown in the fighting", "months of shelling").

It stays news in the text's first 200 characters (a headline or a lead: "Students march despite a police
crackdown") and with a day, an hour, a count or a place named in the phrase ("despite the shelling of the
market on Monday", "despite airstrikes that killed 12", "despite clashes in Sabha"); an act told by a verb in
the phrase is another reader's ("despite his decision to launch strikes").
"""

from __future__ import annotations

from typing import Any

from .spanacts import in_lead, particular_words

#: prepositions that grant what they name as a backdrop ("despite sustained attacks")
CONCESSIVE_PREPS = frozenset(("despite", "notwithstanding"))
#: prepositions by which an act noun hangs on a noun of the concession ("a slowdown in the fighting", "months of
#: shelling")
INNER_PREPS = frozenset(("in", "of"))
#: entity labels of a place named in the phrase ("despite clashes in Sabha")
PLACE_ENTS = frozenset(("GPE", "LOC", "FAC"))


def conceded_act(trigger: Any) -> bool:
    """The act noun at ``trigger`` is named in a "despite" phrase after the lead, with no day, hour, count nor
    place in the phrase (see the module's note): "despite sustained attacks, the province remains an
    obstacle", "despite a slowdown in the fighting"; not "despite clashes in Sabha on Monday"."""
    if trigger.dep_ != "pobj" or trigger.pos_ != "NOUN":  # (the cheap tests first: most act words are neither)
        return False
    prep = trigger.head
    if prep.lower_ not in CONCESSIVE_PREPS:
        noun = prep.head  # "despite a slowdown in the fighting": one noun step up
        if prep.lower_ not in INNER_PREPS or noun.dep_ != "pobj" or noun.head.lower_ not in CONCESSIVE_PREPS:
            return False
        prep = noun.head
    if in_lead(trigger):
        return False  # a headline or a lead: news
    words = list(prep.subtree)
    return not (particular_words(words) or any(t.ent_type_ in PLACE_ENTS for t in words))
