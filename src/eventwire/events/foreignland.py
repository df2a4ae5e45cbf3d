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

#: places a demonym locates ("the Ukrainian village of ...", "on the Russian side of the border")
PLACE_NOUNS = frozenset(
    """village villages town towns city cities region regions province district districts territory settlement
    settlements hamlet oblast county border side land soil""".split()
)


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
        if c.dep_ not in ("dobj", "prep", "nsubjpass", "npadvmod"):
            continue
        for t in c.subtree:
            if t.i in skip or t.head.lower_ in ("from", "with", "against", "by"):
                continue  # "from Ukrainian forces": who lost it, not where
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
    from .clause import _word_kind, arg_kind

    for p in trig.subtree:
        if p.dep_ == "prep" and p.lower_ == "from":
            for g in p.children:
                if g.dep_ == "pobj" and (arg_kind(g, actor_kind) in ("nonstate", "armed") or _word_kind(g) in (
                        "nonstate", "armed") or g.lower_ in ("fighters", "militants", "rebels", "insurgents", "jihadists")):
                    return True
    return False


def foreign_capture(trig: Any, agent_tok: Any, actor_kind: Any = None) -> bool | None:
    """True: a state's forces took a place the sentence puts in another country, from no non-state side;
    False: in their own country; None: not told (or taken from a non-state side, as the host's ally)."""
    if agent_tok is None or _from_nonstate(trig, actor_kind):
        return None
    mine = taker_nation(agent_tok)
    if mine is None:
        return None
    where = place_country(trig, agent_tok)
    if where is None:
        return None
    return where != mine
