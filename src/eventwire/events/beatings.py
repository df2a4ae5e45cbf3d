"""Corporal punishment told by its verbs: "militiamen whipped villagers", "fighters flogged six men in
the square", "jihadists publicly lashed a couple accused of adultery", "soldiers caned traders".

ACLED codes a beating or a flogging of civilians by an armed group or by the forces as an Attack
(Violence against civilians): these verbs are violence cues (``VIOLENCE`` in the lexicon), read here
only where a person is punished. They are not violence in "a storm lashed the coast", "he lashed out at
his critics", "whipped up tensions", "the ruling party's chief whip", "flogged the old car", nor with no
one punished ("the wind whipped through the camp").
"""

from __future__ import annotations

from typing import Any

from .clause import _word_kind
from .crowd import crowd_kind

#: the lemmas of the punishment verbs the lexicon lists
PUNISH_LEMMAS = frozenset("whip flog lash cane".split())
#: the forms the lexicon lists (a cheap word test before any parse reading)
PUNISH_FORMS = frozenset("whip whipped whipping flog flogged flogging lash lashed lashing cane caned caning".split())
#: subjects that lash or whip a place, not a person
WEATHER_WORDS = frozenset(
    """storm storms rain rains wind winds gale gales wave waves sea seas cyclone typhoon hurricane tornado
    snow snowstorm blizzard monsoon weather downpour downpours squall squalls surf tide""".split()
)
#: objects that are no person punished
THING_WORDS = frozenset(
    """coast coastline shore shores island islands city cities town region regions area areas country province
    state capital car cars horse horses economy support tension tensions frenzy cream eggs mixture market
    markets sail sails boat boats""".split()
)
PERSON_PRONOUNS = frozenset("him her them us me you".split())
#: crowds whose punishments the crowd readers type (mob violence)
MOB_WORDS = frozenset("vigilante vigilantes mob mobs lynch".split())


def misread_punishment(tok: Any) -> bool:
    """``tok`` is a punishment verb cue ("whipped", "lashed") that tells no person punished: a noun
    ("the party whip", "the lashes"), a phrasal verb ("lashed out", "whipped up"), weather lashing a
    place, a thing whipped, or no one punished at all."""
    if tok.lemma_.lower() not in PUNISH_LEMMAS and tok.lower_ not in PUNISH_FORMS:
        return False
    if tok.pos_ != "VERB":
        return True
    if any(c.dep_ == "prt" for c in tok.children):
        return True  # "lashed out at", "whipped up support"
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in WEATHER_WORDS:
        return True  # "heavy rain lashed the coast"
    if subj is not None and (crowd_kind(subj) is not None or any(t.lower_ in MOB_WORDS for t in subj.subtree)):
        return True  # "a vigilante group flogged two suspected rustlers": a crowd's punishment (crowdcues)
    agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None and agent.lemma_.lower() in WEATHER_WORDS:
        return True  # "the coast was lashed by a storm"
    target = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if target is None and _finite_modifier(tok):
        target = tok.head  # "Militiamen whipped villagers ...": parsed as "whipped villagers", with a subject
    if target is None:
        return True  # "the wind whipped through the tents": no one punished
    if target.lower_ in PERSON_PRONOUNS:
        return False
    return target.lemma_.lower() in THING_WORDS or target.lower_ in THING_WORDS


def _finite_modifier(tok: Any) -> bool:
    """A verb the parser read as an adjective on the noun after it, while a noun before it is its
    subject ("Militiamen whipped villagers": "whipped" an amod of "villagers", "Militiamen" its
    subject or a loose noun of it)."""
    return tok.dep_ == "amod" and tok.tag_ in ("VBD", "VBN") and tok.head.i == tok.i + 1 and any(
        c.dep_ in ("nsubj", "npadvmod") and c.i < tok.i and c.pos_ in ("NOUN", "PROPN") for c in tok.children)


def accused_victims(tok: Any, acts: set[int]) -> bool:
    """"Jihadists flogged villagers accused of collaborating with the army": "accused" describes the
    people an act is done to (the object of the act, or a noun the act's verb was parsed as modifying),
    not an attribution of the act to anyone."""
    if tok.lemma_.lower() != "accuse" or tok.dep_ != "acl":
        return False
    people = tok.head
    if people.dep_ in ("dobj", "nsubjpass") and people.head.i in acts:
        return True
    return any(c.dep_ == "amod" and c.i in acts and c.pos_ == "VERB" for c in people.children)


#: doers whose pounding is ranged fire: weapons and the forces that fire them
POUNDING_DOERS = frozenset(
    """artillery guns gunners howitzers mortars rockets launchers systems mlrs himars batteries warplanes jets
    aircraft planes drones warships ships tanks""".split()
)


def misread_pounding(tok: Any) -> bool:
    """A "pound" cue that tells no ranged fire: weather ("heavy rain pounded the coast"), a team or a
    fist ("pounded the table"), only an armed side or a weapon pounds a place ("Russian forces pounded
    the outskirts of Orikhiv", "multiple rocket launchers pounded the town")."""
    if tok.lemma_.lower() != "pound":
        return False
    if tok.pos_ != "VERB":
        return True
    doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if doer is None:
        doer = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if doer is None or doer.lemma_.lower() in WEATHER_WORDS:
        return True
    return not (_word_kind(doer) in ("state", "nonstate", "armed") or doer.lower_ in POUNDING_DOERS
                or doer.lemma_.lower() in POUNDING_DOERS)
