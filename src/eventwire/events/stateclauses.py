"""A country that is the subject of another clause of the sentence is a state acting, not the act's place.

"the US has assiduously avoided ground troop engagements -- although a lethal clash last week with
pro-regime militia in the east of the country suggested it may be sucked in": the clash is told in a
clause of its own (its own subject, "a clash"), under the clause whose subject is the US; the US is the
side that avoids, and the clash is in Syria, the place the paragraph told. :func:`state_of_another_clause`
adds this to :func:`eventwire.events.doerplace.doer_country` (the subject of the act's own clause), and
the place linker's checks stay as they are: another place of the sentence wins, else a place the
paragraph told in another country (:func:`eventwire.events.doerplace.scene_abroad`), else the country
stays the place.

Not read so: a country that tells of the act ("Mali said an attack killed 20 soldiers": a verb of
saying, :data:`eventwire.events.clauseactors.SAYING`), nor one whose clause is the act's own ("Turkey
shelled the town": that is :func:`doer_country`'s), nor an act clause with no subject of its own
("Nigeria has suffered for years, losing 20 soldiers").
"""

from __future__ import annotations

from typing import Any

from .clause import verb_above
from .clauseactors import SAYING

#: subjects of a clause
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})

#: how many steps up the parse the act's clause verb is sought from the trigger
_UP = 4


def state_of_another_clause(tok: Any, trigger: Any) -> bool:
    """Whether ``tok`` (the root of a country's mention) is the subject of a clause other than the act's
    (``trigger``'s), which lies under it with a subject of its own, the verb not one of saying."""
    if tok is None or trigger is None or tok.dep_ != "nsubj" or tok.doc is not trigger.doc:
        return False
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in SAYING:
        return False
    clause = _clause_of(trigger)
    if clause is None or clause.i == verb.i or all(a.i != verb.i for a in clause.ancestors):
        return False
    return any(c.dep_ in _SUBJECTS and c.i != tok.i for c in clause.children)


def _clause_of(tok: Any) -> Any:
    """The verb of the clause ``tok`` is in (itself when a verb), None when none is near."""
    verb = verb_above(tok, steps=_UP)
    return verb if verb.pos_ in ("VERB", "AUX") else None
