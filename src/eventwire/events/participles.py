"""Gerund clauses that tell the act's own people doing something: their place is the act's place
("killed seven passengers after pulling them off a bus in X", "attacked farmers harvesting olives near
X"). Read by :func:`eventwire.events.linking._told_when`."""

from __future__ import annotations

from typing import Any

#: Prepositions that open a gerund clause of the act ("after pulling them off a bus").
PARTICIPLE_PREPS = frozenset("after before while by upon during".split())


def shared_participle(t: Any) -> bool:
    """A gerund clause with no subject of its own that tells the act's own people doing it ("killed
    seven passengers after pulling them off a bus in X", "attacked farmers harvesting olives near X"):
    its place is the act's; not a relative or reported clause, nor one with a subject."""
    if t.tag_ != "VBG" or t.dep_ not in ("pcomp", "acl", "ccomp", "advcl"):
        return False
    if any(c.dep_ in ("nsubjpass", "mark") or (c.dep_ == "nsubj" and t.dep_ != "ccomp") for c in t.children):
        return False  # a gerund "ccomp" with a subject is the parser's "attacked [farmers harvesting]"
    return t.dep_ != "pcomp" or t.head.lower_ in PARTICIPLE_PREPS


def shares_auxiliary(verb: Any) -> bool:
    """Whether ``verb`` is a participle conjoined to a passive one whose auxiliary it shares ("were
    killed and four others wounded when ..."): the same act told with a second toll."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.head.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


#: verbs with no object whose participle after a noun is the noun's own act ("brigades clashed with ...",
#: a finite verb the parser hung on its subject)
UNACCUSED = frozenset("clash fight battle skirmish engage exchange riot protest march rally gather die".split())


def passive_participle(tok: Any, *, tags: tuple[str, ...] = ("VBN", "VBD")) -> bool:
    """A participle after its noun, with no subject or object of its own, of a verb that takes an
    object ("mothers detained in the camps", "a pastor detained for two years", "detained" tagged VBD
    as well): a reduced passive clause, its noun the one the act is done to."""
    return (tok.dep_ == "acl" and tok.tag_ in tags and tok.i > tok.head.i and tok.lemma_ not in UNACCUSED
            and not any(c.dep_ in ("nsubj", "dobj") for c in tok.children))
