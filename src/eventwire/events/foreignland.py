"""Whose land a state's forces take: their own country's, or another's.

ACLED codes a state retaking a place as Government regains territory only for the forces of the country
the place is in; a foreign state's forces capturing a place ("Ukrainian forces seized the town of Sudzha in
Russia's Kursk region") are coded like a non-state actor: Non-state actor overtakes territory. The reader
here compares the nation that names the taker ("Russian troops", "the Azerbaijani army") with the country
the sentence places the capture in ("in Russia's Kursk region", "the Ukrainian village of ...", "in eastern
Ukraine"); where the sentence does not say, it answers None and the caller keeps its reading (the
country of a place named only by its name is the geo stage's, which typing does not see).
"""

from __future__ import annotations

from typing import Any

from .clause import _word_kind, arg_kind
from .foreignforces import finder_of, foreign_forces

#: places a demonym locates ("the Ukrainian village of ...", "on the Russian side of the border")
PLACE_NOUNS = frozenset(
    """village villages town towns city cities region regions province district districts territory settlement
    settlements hamlet oblast county border side land soil""".split()
)


#: prepositions of a capture's phrase that tell no place ("after clashes with ...", "with the help of ...")
NOT_WHERE = frozenset("after following during amid with against by from despite before since".split())
BACKING = frozenset("backed led supported allied funded sponsored aligned affiliated".split())


def _nation(tok: Any) -> str | None:
    from ..actors.countries import country_of

    if tok.ent_type_ not in ("NORP", "GPE") and not (tok.pos_ in ("PROPN", "ADJ") and tok.text[:1].isupper()):
        return None
    return country_of(tok.text) or country_of(tok.text.removesuffix("'s"))


def taker_nation(agent: Any) -> str | None:
    """The country whose name or demonym names the taker ("Russian forces", "Azerbaijan's army")."""
    for t in agent.subtree:
        if t.i > agent.i:
            break
        n = _nation(t)
        if n is not None:
            return n
    return None


def place_country(trig: Any, agent: Any) -> str | None:
    """The country the capture's place is said to be in, from the capture's own phrase: a country name or
    demonym in its object or its place prepositions, outside the taker's words."""
    skip = {t.i for t in agent.subtree} if agent is not None else set()
    for c in trig.children:
        if c.dep_ not in ("dobj", "prep", "nsubjpass", "npadvmod") or (c.dep_ == "prep" and c.lower_ in NOT_WHERE):
            continue  # "after heavy clashes with the Iran-backed militia": when and with whom, not where
        for t in c.subtree:
            if t.i in skip or t.head.lower_ in ("from", "with", "against", "by") or t.head.lower_ in BACKING:
                continue  # "from Ukrainian forces": who lost it, not where; "an Iran-backed militia"
            if t.ent_type_ == "NORP" and t.head.lemma_.lower() not in PLACE_NOUNS:
                continue  # "Armenian positions", "Ukrainian forces": whose, not where; "the Ukrainian village of ..."
            if any(c.dep_ == "compound" for c in t.children) or (t.dep_ == "compound" and t.head.pos_ == "PROPN"):
                continue  # "Lake Chad", "the Congo River": a name, not the country
            n = _nation(t)
            if n is not None:
                return n
    return None


def _from_nonstate(trig: Any, actor_kind: Any) -> bool:
    """The place was taken from a non-state side ("seized the Somali town of Baidoa from al-Shabaab"): the
    foreign forces fight as the host state's allies, and ACLED codes their capture as the state's regain."""
    for p in trig.subtree:
        if p.dep_ == "prep" and p.lower_ == "from":
            for g in p.children:
                if g.dep_ == "pobj" and (arg_kind(g, actor_kind) in ("nonstate", "armed") or _word_kind(g) in (
                        "nonstate", "armed") or g.lower_ in ("fighters", "militants", "rebels", "insurgents", "jihadists")):
                    return True
    return False


def foreign_capture(trig: Any, agent_tok: Any, actor_kind: Any = None) -> bool | None:
    """True: a state's forces took a place the sentence puts in another country, from no non-state side;
    False: in their own country; None: not told (or taken from a non-state side, as the host's ally).
    Where the sentence does not say where the place is, the actor stage's reading decides: forces it
    coded as a foreign state's (ACLED's inter 8 here, or of a country other than the article's) taking a
    place with no non-state side in the sentence ("Russian forces captured the village of X in the
    Donetsk region")."""
    if agent_tok is None or _from_nonstate(trig, actor_kind):
        return None
    mine = taker_nation(agent_tok)
    where = place_country(trig, agent_tok) if mine is not None else None
    if where is not None:
        return where != mine
    return True if foreign_taker(trig, agent_tok, actor_kind) else None


def foreign_taker(trig: Any, agent_tok: Any, actor_kind: Any = None) -> bool:
    """The taker is a foreign state's forces by the actor stage (:mod:`eventwire.events.foreignforces`, or
    the mention's inter 8), no own state's forces beside it ("Rwandan and Mozambican troops") and no
    non-state side in the sentence (foreign forces fighting one fight as the host state's allies)."""
    finder = finder_of(agent_tok.doc)
    if finder is None:
        return False
    beside = [agent_tok, *(c for c in agent_tok.subtree if c.dep_ == "conj" and c.head.i == agent_tok.i)]
    if len(beside) > 1:
        return False  # "Mozambican and Rwandan troops": the host's forces with allies
    m = finder.mention_at(agent_tok)
    if not (foreign_forces(agent_tok, finder=finder) or (m is not None and m.actor is not None and m.actor.inter == 8)):
        return False
    return not any(
        (arg_kind(t, actor_kind) in ("nonstate", "armed") or _word_kind(t) in ("nonstate", "armed"))
        and t.i not in {x.i for x in agent_tok.subtree}
        for t in trig.sent if t.pos_ in ("NOUN", "PROPN")
    )


def abroad_taking(sub_event_type: str | None, actor1: Any, actor2: Any, assoc1: Any = ()) -> str | None:
    """The sub-event type once the report's actors are read against the event's country: a retaking by
    state forces the roles stage found to be a foreign state's (inter 8 once placed: "Russian forces captured
    the village of X", the village in Ukraine) from no non-state side is "Non-state actor overtakes
    territory" (the reference: "a non-state or foreign actor captures a place"). For the roles stage, after
    its ``_abroad`` reading, with the host state's forces among ``assoc1`` keeping the retaking."""
    if sub_event_type != "Government regains territory" or actor1 is None or (getattr(actor1, "inter", 0) or 0) != 8:
        return sub_event_type
    if not getattr(actor1, "country", None):
        return sub_event_type  # a coalition (US-led, Saudi-led) fights beside the host state
    if actor2 is not None and (getattr(actor2, "inter", 0) or 0) in (2, 3, 4):
        return sub_event_type  # taken from rebels or militias: the host state's ally
    if any((getattr(a, "inter", 0) or 0) == 1 for a in assoc1):
        return sub_event_type  # "Rwandan and Mozambican forces retook ...": beside the host state's forces
    return "Non-state actor overtakes territory"


def mutiny_taking(sub_event_type: str | None, actor1: Any) -> str | None:
    """A place taken by mutinous soldiers ("mutinous troops seized the state broadcaster"): the roles stage
    names them "Mutiny of Military Forces of X" (a political militia, not the state's forces), so the
    taking is "Non-state actor overtakes territory", not a retaking by the government."""
    if sub_event_type != "Government regains territory" or actor1 is None:
        return sub_event_type
    if (getattr(actor1, "name", "") or "").startswith("Mutiny of "):
        return "Non-state actor overtakes territory"
    return sub_event_type
