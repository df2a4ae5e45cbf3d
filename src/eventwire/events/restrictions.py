"""Restrictions imposed on public life in a conflict (ACLED's "Other"), told in words the phrase list cannot
see, read off the parse.

Forces or an armed group ban, bar, restrict, suspend, close, block or cut something of the life of a
place ("banned night travel on the roads it controls", "closed all schools in the region", "cut off water
and electricity to the besieged district", "restricted movement in and out of the town"), or impose,
declare or extend a restriction ("imposed restrictions on movement", "declared the border area a military
zone", "extended the internet shutdown"). The verbs of :func:`eventwire.events.developments.unseen_developments`
read the commonest of these; this reader adds the rest. A crowd's road block is its protest, a ban on a
group a change to it, a health or weather measure no conflict (:func:`eventwire.events.developments._conflict`).
"""

from __future__ import annotations

from typing import Any

from .developments import EMERGENCY_CUES, _conflict, _doer_kind, _done, _generic, _objects
from .lexicon import CueHit
from .words import needs_words

#: verbs that restrict what their object names
RESTRICTING = frozenset("ban bar prohibit outlaw restrict suspend halt close shut shutter block seal cut".split())
#: verbs that impose, declare or prolong a restriction named by their object
IMPOSING = frozenset("impose declare extend enforce tighten order introduce announce decree".split())
#: what of a place's life is restricted
RESTRICTED = frozenset(
    """movement movements travel traffic circulation motorcycle motorcycles motorbike motorbikes vehicle vehicles
    boat boats flight flights gathering gatherings assembly assemblies school schools market markets shop shops
    road roads highway highways border borders crossing crossings airport airports airspace port ports route
    routes bridge bridges mine mines water electricity fuel supply supplies internet access sale sales trade
    farming fishing mining trading""".split()
)
#: nouns that name a restriction ("imposed restrictions on movement", "extended the internet shutdown")
RESTRICTION_NOUNS = frozenset("ban bans restriction restrictions blockade shutdown closure suspension zone embargo siege".split())
#: activities restricted only when the kind of activity is named ("all mining activities"), not "the activities of
#: the party" (a group banned: a change to it)
ACTIVITY_KINDS = frozenset("mining trading commercial fishing farming business economic".split())
PROTEST_NOUNS = frozenset("march marches rally rallies protest protests demonstration demonstrations sit-in".split())

#: what a body stops of its own work ("the agency suspended food deliveries", "halted its mining operations"):
#: a change to its activity, not a restriction on a place's life
OWN_STOPS = frozenset("suspend halt".split())
OWN_WORK = frozenset("delivery deliveries supply supplies activity activities operation operations sale sales".split())

GATE = RESTRICTING | IMPOSING


def _restricted(o: Any) -> bool:
    """``o`` names something of a place's life: "night travel", "the sale of cigarettes", "all mining activities"."""
    low = o.lemma_.lower()
    if low in PROTEST_NOUNS or o.lower_ in PROTEST_NOUNS:
        return False
    if low in ("movement", "movements"):  # "banned all movement", "the movement of motorbikes"; not "the Oromo
        # youth movement" (a group)
        return any(c.dep_ == "prep" for c in o.children) or not any(
            c.dep_ in ("compound", "poss") or (c.dep_ == "amod" and c.lower_ != "free") for c in o.children)
    if low in RESTRICTED or o.lower_ in RESTRICTED:
        return True
    if low in ("activity", "activities", "operation", "operations"):
        return any(c.lower_ in ACTIVITY_KINDS for c in o.children if c.dep_ in ("compound", "amod"))
    if low in ("sale", "use", "supply", "delivery", "deliveries", "import", "imports"):
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() in RESTRICTED for c in o.children)


def _own_work(o: Any) -> bool:
    """``o`` is a body's own work ("its operations", "food deliveries"), not the named activity of a place
    ("all mining activities in the area")."""
    if o.lemma_.lower() not in OWN_WORK:
        return False
    return any(c.dep_ == "poss" for c in o.children) or not any(
        c.lower_ in ACTIVITY_KINDS for c in o.children if c.dep_ in ("compound", "amod"))


def _restriction(o: Any) -> bool:
    """``o`` names a restriction ("restrictions on movement", "a military zone", "the internet shutdown"),
    not a curfew or an emergency (a change to the group's activity, read elsewhere)."""
    low = o.lemma_.lower()
    if low not in RESTRICTION_NOUNS and o.lower_ not in RESTRICTION_NOUNS:
        return False
    if low == "zone":
        return any(c.lower_ in ("military", "no-fly", "no-go", "buffer", "exclusion", "restricted", "security")
                   for c in o.children)
    if any(w.lower_.startswith(EMERGENCY_CUES) for w in o.subtree):
        return False
    if low in ("closure", "suspension", "shutdown"):  # "the closure of all roads", "the internet shutdown"; not
        # "announced the closure of its base" (a withdrawal), "the suspension of its operations"
        named = [c for c in o.children if c.dep_ == "compound"] + [
            g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        return any(_restricted(n) and n.lemma_.lower() not in OWN_WORK for n in named)
    return True


def _targets(t: Any) -> list[Any]:
    """The objects of ``t``, with what it declares them ("declared the border area a military zone")."""
    return _objects(t) + [c for c in t.children if c.dep_ in ("oprd", "attr", "ccomp") and c.pos_ in ("NOUN", "PROPN")]


@needs_words(RESTRICTING, RESTRICTION_NOUNS)  # an imposing verb restricts nothing without a restriction noun
def restriction_hits(sent: Any, hits: list[CueHit], actor_kind: Any = None) -> list[CueHit]:
    """OTHER hits for restrictions imposed in a conflict (see the module's doc), on their verb."""
    if any(h.category == "CHANGE" and h.phrase.startswith(EMERGENCY_CUES) for h in hits):
        return []  # a curfew or an emergency is imposed: what comes with it is part of it
    taken = {i for h in hits if h.category == "OTHER" for i in range(h.start, h.end)}
    out: list[CueHit] = []
    for t in sent:
        lem = t.lemma_.lower()
        if lem not in GATE or t.i in taken or not _done(t) or _generic(t):
            continue
        objs = _targets(t)
        if lem in RESTRICTING:
            told = any((_restricted(o) and not (lem in OWN_STOPS and _own_work(o))) or (
                lem == "suspend" and _restriction(o)) for o in objs)
        else:
            told = any(_restriction(o) for o in objs)
        kind = _doer_kind(t, actor_kind) if told else None
        if not told or not (_conflict(t.sent) or kind in ("nonstate", "armed")):
            continue
        if kind not in ("state", "nonstate", "armed") and not (kind is None and any(
            c.dep_ == "nsubjpass" for c in t.children
        )):
            continue  # a crowd's road block is its protest; "schools closed" with nobody closing them
        out.append(CueHit("OTHER", "restriction imposed", t.i, t.i + 1, 1.0))
    return out
