"""A second act of a raid that the parser reads as an adjective.

"Gunmen raided the village and looted shops and livestock": the parser may hang "looted" on "shops"
as an adjective ("looted shops", a state), with "shops" a second object of "raided". After "and", a
participle that opens the second conjunct of the object of a raid (raided, stormed, attacked, invaded,
overran) is the raiders' second act, told as a verb: the looting is done, not a state. "Saw destroyed
houses and burnt cars", "the burnt cars" stay states.

Called by :func:`eventwire.events.cuefilter.filter_hits` before it drops a cue read as an adjective.
"""

from __future__ import annotations

from typing import Any

#: Verbs of entering a place by force whose raiders go on to loot or burn.
RAID_LEMMAS = frozenset("raid storm attack invade overrun overran enter assault".split())


def raid_second_act(tok: Any) -> bool:
    """Whether ``tok``, a participle parsed as an adjective, is a raid's second act ("raided the
    village and looted shops")."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBN", "VBD") or tok.i == 0 or tok.doc[tok.i - 1].lower_ != "and":
        return False
    noun = tok.head
    if noun.dep_ != "conj" or any(c.i < tok.i for c in noun.children if c.dep_ in ("det", "poss", "nummod")):
        return False  # "and the looted shops": a state
    first = noun.head
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ != "dobj" or first.head.lemma_.lower() not in RAID_LEMMAS:
        return False
    # the first object is the place raided, with no participle of its own ("destroyed houses and burnt cars")
    return not any(c.dep_ == "amod" and c.tag_ in ("VBN", "VBD") for c in first.children)
