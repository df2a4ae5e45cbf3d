"""A country named as the doer of an act is not where the act happened.

"Russia had negotiated a ceasefire" (in eastern Ghouta, the paragraph said), "missiles and planes from
the US, UK and France flew at the Syrian regime" (in Syria, the sentence said), "U.S. warplanes struck
rebel targets", "the strikes on Syria by the US": the country is the side that acts -- its subject, a
modifier of its subject ("U.S. warplanes", "Russia's air force"), the origin of its subject ("planes
from the US") or the agent of the act ("by the US") -- and, in conflict news, the act is as often
abroad. :func:`doer_country` says so for a mention of a country alone (no town, division or capital:
a capital is :mod:`eventwire.geo.seats`' case). The place linker then takes another place the
sentence names, else the place the paragraph told before; only with neither does the doer's country
stay the act's place ("Nigeria's army killed 20 militants", nothing else named).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..geo.doers import DOER_NOUNS
from ..records import PlaceMention
from .actowners import campaign_owner
from .stateclauses import state_of_another_clause
from .words import char_span

#: GeoNames' codes of a national capital and a seat of government: told before, mostly the seat of a state
_SEATS = frozenset({"PPLC", "PPLG"})

#: subjects of a clause
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
#: modifiers of a noun that name whose it is ("U.S. warplanes", "Russia's air force")
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
#: how far up the parse the act's own clause is sought from the trigger (a noun's verb, a verb's auxiliary)
_UP = 3


def doer_country(tok: Any, trigger: Any) -> bool:
    """Whether ``tok`` (the root token of a country's mention) names the side doing the act of ``trigger``
    (spaCy tokens of one parse): the subject of the act's clause, a modifier or "from" origin of that
    subject or of the trigger's own noun, or the agent ("by the US") of the act."""
    if tok is None or trigger is None or tok.doc is not trigger.doc:
        return False
    heads = _act_heads(trigger)
    doers = {t.i for h in heads for t in _subjects(h)}
    if trigger.pos_ in ("NOUN", "PROPN"):
        doers |= {t.i for t in _with_conjuncts(trigger)}  # "missiles and planes from the US flew ..."
    t = _first_conjunct(tok)  # "from the US, UK and France": the UK is the US's conjunct
    if t.dep_ in _SUBJECT_DEPS and t.head.i in {h.i for h in heads}:
        return True  # "Russia had negotiated a ceasefire"
    if t.dep_ in _MODIFIER_DEPS and _first_conjunct(t.head).i in doers:
        return True  # "U.S. warplanes carried out strikes"
    if t.dep_ == "pobj" and t.head.lower_ in ("from", "by"):
        owner = t.head.head
        if t.head.lower_ == "from":
            # "missiles and planes from the US flew at ...": a force or a weapon that is the subject or the
            # act's own noun (not "recruits from Syria", "the withdrawal of troops from Syria")
            first = _first_conjunct(owner)
            return (first.dep_ in _SUBJECT_DEPS or first.i == trigger.i) and first.i in doers and any(
                c.lemma_.lower() in DOER_NOUNS or c.lower_ in DOER_NOUNS for c in _with_conjuncts(first))
        # "the strikes on Syria by the US", "Ghouta was bombed by Russia": the act's agent
        return owner.i in {h.i for h in heads} or _first_conjunct(owner).i in doers
    return False


def _act_heads(trigger: Any) -> list[Any]:
    """The trigger and the words above it up to its clause's verb ("carried out strikes": strikes, carried)."""
    out = [trigger]
    t = trigger
    for _ in range(_UP):
        if t.pos_ in ("VERB", "AUX") or t.head is t:
            break
        if t.dep_ not in ("dobj", "pobj", "prep", "attr", "nsubjpass", "compound", "xcomp", "ccomp", "dative"):
            break
        t = t.head
        out.append(t)
    return out


def _subjects(head: Any) -> list[Any]:
    """The subjects of ``head``'s clause with their conjuncts ("missiles and planes")."""
    out: list[Any] = []
    for c in head.children:
        if c.dep_ in _SUBJECT_DEPS:
            out.extend(_with_conjuncts(c))
    return out


def _with_conjuncts(tok: Any) -> list[Any]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_with_conjuncts(c))
    return out


def _first_conjunct(tok: Any) -> Any:
    """The first member of the list ``tok`` stands in ("the UK" in "from the US, UK and France": the US)."""
    t = tok
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    return t


def without_doers(doc: Any, cands: list[PlaceMention], trigger: Any, *,
                  country_only: Callable[[PlaceMention], bool]) -> tuple[list[PlaceMention], list[PlaceMention]]:
    """``cands`` (the places of the act's sentence) less the countries that name its doer, and those
    countries when they were all the places (then ``cands`` is returned as it was: the linker may look
    before, :func:`scene_abroad`)."""
    if trigger is None or not cands:
        return cands, []
    doers = []
    for m in cands:
        if country_only(m) and m.kind == "toponym":
            span = char_span(doc, m.start, m.end)
            if span is not None and (doer_country(span.root, trigger) or state_of_another_clause(span.root, trigger)
                                     or campaign_owner(span.root)):
                doers.append(m)
    if not doers:
        return cands, []
    rest = [m for m in cands if all(m is not d for d in doers)]
    return (rest, []) if rest else (cands, doers)


def scene_abroad(place: PlaceMention | None, doers: list[PlaceMention]) -> bool:
    """Whether ``place`` (told before in the paragraph) may be the scene of an act whose only named
    places are its doers' countries: a place of another country, not a capital named bare (told before
    in news of states, a capital is mostly a state's seat: "Turkey shot down a Russian jet" is not in
    Moscow; "Russia has pulled back its forces" not in Moscow either)."""
    if place is None or place.place is None:
        return False
    if place.kind == "toponym" and (place.place.feature_code or "") in _SEATS:
        return False
    return all(d.place is None or d.place.iso != place.place.iso for d in doers)
