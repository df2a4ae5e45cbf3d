"""A killing over a private quarrel: a crime between persons, no political violence.

"A security guard shot dead his employer after a quarrel over salary", "two men were killed in a fight
over a parking space", "a man stabbed his neighbour to death after an argument": ACLED codes none of them.
A quarrel between groups over land, cattle, water or power is communal violence and stays what it is
("herders killed five farmers after a dispute over grazing land"), and so does any killing by an armed
group, a crowd or the forces.

Asked by :func:`eventwire.events.nonacled.domestic_killing` (gated there by the trigger's lemma).
"""

from __future__ import annotations

from typing import Any

from .clause import _word_kind, agent_of
from .words import words_of

#: nouns of a private quarrel
QUARREL_NOUNS = frozenset("quarrel dispute row argument altercation fight brawl spat disagreement".split())
#: what groups quarrel over: communal, not private ("a dispute over grazing land")
GROUP_STAKES = frozenset(
    """land farmland grazing cattle livestock water well wells territory border boundary chieftaincy throne
    power election elections vote votes seat mine mines gold pasture pastures""".split()
)
#: doers and victims that make a killing a group's ("herders", "villagers", "gunmen", "a mob")
GROUP_WORDS = frozenset(
    """herders herdsmen farmers villagers gunmen militants militia militiamen fighters bandits clan clans tribe
    tribes tribesmen community communities youths mob crowd rebels soldiers troops police""".split()
)


def _stake(q: Any) -> Any:
    """What the quarrel ``q`` is over ("a quarrel over salary"), or None."""
    for c in q.children:
        if c.dep_ == "prep" and c.lower_ in ("over", "about"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def private_killing(tok: Any) -> bool:
    """Whether the killing ``tok`` follows or takes place in a quarrel between persons (see the module's note)."""
    words = words_of(tok.sent)
    if QUARREL_NOUNS.isdisjoint(words) or not GROUP_WORDS.isdisjoint(words):
        return False
    ag = agent_of(tok)
    if ag is not None and (ag.tag_ not in ("NN", "NNP") or _word_kind(ag) not in (None, "civilian")):
        return False  # "gunmen", "soldiers", an armed group by name
    for q in tok.sent:
        if q.lemma_.lower() not in QUARREL_NOUNS or q.pos_ != "NOUN":
            continue
        if q.dep_ != "pobj" or q.head.lower_ not in ("after", "in", "during", "following", "over"):
            continue
        stake = _stake(q)
        if stake is None or stake.lemma_.lower() in GROUP_STAKES or any(
            t.lemma_.lower() in GROUP_STAKES for t in stake.subtree
        ):
            continue
        return True
    return False
