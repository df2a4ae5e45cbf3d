"""A war named as a whole: by its enemy ("the fight against the militia") or as what a side is known by
("the coalition fighting the militia") (read by :func:`eventwire.events.genericity.general_statement`, which
makes such a report background, "a general statement").

A campaign noun with the side it is fought against ("the fight against the militia", "its war on the
cartels", "the rebel offensive against the regime") names a whole war or campaign, which ACLED codes through
the acts of each day and never as one event, whatever the sentence says of it: "the fight against the militia
has slowed", "the brigade, our main partner in the fight against the militia", "he abandons the fight against
the rebels", "she described the struggle against the junta as her calling". So does a participle of fighting
that names a side by the war it wages ("an ally of the coalition fighting the militia", "insurgents battling
the president", "mercenaries fighting the army's battles"): who the side is, not what it did that day.

It stays news with something of one occasion: a day, an hour or a count in its clause ("the offensive against
the rebels killed 12 villagers", "the fight against the militia resumed on Monday"), a place in its own phrase
("the battle against the militia in Sabha", "fighters battling the militia in Sabha"), in the text's first
200 characters (a headline or a lead), or when it is begun there and then ("the army launched an offensive
against the rebels": the start of an operation is news).
"""

from __future__ import annotations

from typing import Any

from .actrefs import CAMPAIGN_NOUNS
from .spanacts import clause_words, in_lead, particular_words

#: prepositions that name the side a campaign is fought against ("the fight against", "the war on")
ENEMY_PREPS = frozenset(("against", "on"))
#: campaign nouns whose "on" names the enemy ("the war on the cartels"; not "the battle on the bridge")
ON_NOUNS = frozenset(("war", "campaign", "jihad"))
#: verbs by which a campaign is begun or announced there and then ("launched an offensive against the rebels")
START_VERBS = frozenset("launch begin start mount open announce unleash declare initiate stage".split())
#: verbs of fighting whose participle names a side by its war ("the coalition fighting the militia")
FIGHT_VERBS = frozenset("fight battle combat".split())
#: nouns of a side that a participle of fighting names by its war ("the coalition fighting the militia"; not
#: "the men fighting the guards", a scene of the story)
SIDE_NOUNS = frozenset(
    """coalition alliance force forces militia militias group groups faction factions proxy proxies ally allies
    partner partners insurgents rebels fighters militants jihadists extremists mercenaries volunteers those""".split())
#: prepositions of a side's war after its participle ("fighting against the militia", "alongside the army")
SIDE_PREPS = frozenset(("against", "alongside"))
#: entity labels of a place a campaign may be told at ("the battle against the militia in Sabha")
PLACE_ENTS = frozenset(("GPE", "LOC", "FAC"))


def whole_campaign(trigger: Any) -> bool:
    """The act at ``trigger`` names a war or a campaign as a whole, by its enemy or as what a side is known by,
    with no day, count or place of its own (see the module's note): "the fight against the militia has
    slowed", "an ally of the coalition fighting the militia"; not "the army launched an offensive against the
    rebels" nor "the fight against the militia resumed on Monday"."""
    lemma = trigger.lemma_.lower()
    if lemma in CAMPAIGN_NOUNS and trigger.pos_ == "NOUN":  # (the cheap test first: most act words are neither)
        if not any(c.dep_ == "prep" and _enemy_prep(trigger, c) for c in trigger.children):
            return False
        if trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.lemma_.lower() in START_VERBS:
            return False  # "launched an offensive against the rebels": an operation begun
    elif lemma not in FIGHT_VERBS or not _side_named(trigger):
        return False
    if any(t.ent_type_ in PLACE_ENTS for t in trigger.subtree if t.i != trigger.i):
        return False  # "the battle against the militia in Sabha"
    if in_lead(trigger):
        return False  # a headline or a lead: news
    return not particular_words(clause_words(trigger))


def _side_named(verb: Any) -> bool:
    """The participle ``verb`` names the side it hangs on by the war it wages: "the coalition fighting the
    militia", "rebels fighting alongside the army" (not "gunmen fighting" with no one fought, nor a
    participle with a subject of its own: "with troops fighting the rebels", a scene of the story)."""
    side = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or side.lower_ not in SIDE_NOUNS:
        return False
    if side.dep_ == "pobj" and side.head.lower_ == "with" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in SIDE_PREPS) for c in verb.children)


def _enemy_prep(noun: Any, prep: Any) -> bool:
    """``prep`` names the side the campaign ``noun`` is fought against ("against the militia"; "on" only
    after a war or a campaign: "the war on the cartels")."""
    word = prep.lower_
    if word not in ENEMY_PREPS or not any(g.dep_ == "pobj" for g in prep.children):
        return False
    return word == "against" or noun.lemma_.lower() in ON_NOUNS
