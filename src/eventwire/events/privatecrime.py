"""Ordinary crime by or against one private person, with no political or armed actor: not an ACLED event (read by
:func:`eventwire.events.typing.classify`, which types it as crime).

Read from an audit of real news (twenty-fifth session):

- sexual abuse by a private person ("the teacher allegedly sexually abused a girl in his home", "a local man
  raped a woman in her apartment"): a criminal case, not sexual violence in a conflict (not "soldiers raped
  two women", "gunmen abducted and raped ...", a militia's or a police officer's act);
- the arrest of one private person for a crime ("a man was arrested for threatening a mass shooting at a
  school"): ACLED codes arrests of significant persons or mass arrests, not a police case.

Neither applies when the sentence names a political or armed side, a protest, a militant or a weapon of war
(:data:`eventwire.events.nonacled.POLITICAL_WORDS`, :data:`eventwire.events.figurative.ARMED_PARTICIPANTS`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .chargedarrests import charged_arrest
from .clause import agent_of, patient_of
from .figurative import ARMED_PARTICIPANTS
from .nonacled import POLITICAL_WORDS
from .words import lower_forms

#: people named by their private role, age or tie: who commits or suffers an ordinary crime
PRIVATE_PERSONS = frozenset(
    """man men woman women teacher coach priest pastor doctor teenager teen boy girl father stepfather mother uncle
    neighbour neighbor employer landlord driver businessman husband boyfriend tutor principal nurse person
    individual resident suspect worker student youth""".split())
#: who tells or handles a police case (a teller, not a side: "police said", "officers arrested him")
ENFORCER_WORDS = frozenset("police policeman policemen officer officers detective detectives sheriff deputies".split())
#: people named by no more than sex or age: an arrest of one of them for a crime is a police case
ANYONE = frozenset("man woman boy girl teenager teen youth person individual suspect".split())
#: what makes a sentence about a conflict or politics, not a police case (the doer must not be the police either)
CONFLICT_WORDS = (POLITICAL_WORDS | ARMED_PARTICIPANTS | frozenset(
    """soldier soldiers troops army guard guards militiaman fighters war conflict camp camps captive captives hostage
    hostages abducted kidnapped uniform uniforms activist journalist opposition leader lawmaker politician""".split())) - ENFORCER_WORDS
#: what an arrested person did that is political ("for protesting", "over a post criticising the president")
POLITICAL_CHARGES = frozenset("""protest protesting criticise criticize criticising criticizing insult insulting
    post posting spy spying espionage incite inciting incitement""".split())

Kind = Callable[[Any], str | None]


def _private(tok: Any, kind: Kind) -> bool:
    """``tok`` names one private person (a name or a private role), of no armed, state or political kind (a
    proper name of no known kind is read as a person's: "Rapier allegedly abused ...", whatever its entity label)."""
    if tok is None:
        return False
    k = kind(tok)
    if k in ("state", "nonstate", "armed", "demo", "political"):
        return False
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in PRIVATE_PERSONS or tok.lower_ in PRIVATE_PERSONS or (
        tok.pos_ == "PROPN" and k is None)


#: modifiers that make a person significant ("a former right-hand man of the king", "a senior aide")
RANK_MODS = frozenset("former senior top prominent leading chief deputy ex".split())


def _no_side(sent: Any, kind: Kind) -> bool:
    """No political or armed word in ``sent``, and no name of an armed or state side ("a member of Islamic
    State", "an army officer")."""
    if not lower_forms(sent).isdisjoint(CONFLICT_WORDS):
        return False
    return not any(t.pos_ in ("NOUN", "PROPN") and kind(t) in ("nonstate", "armed") for t in sent)


def private_abuse(trig: Any, sent: Any, *, kind: Kind) -> bool:
    """Sexual abuse by one private person in a sentence with no political or armed word (see the module's note;
    not "by men in uniform", a group)."""
    doer = agent_of(trig)
    return _private(doer, kind) and doer.tag_ not in ("NNS", "NNPS") and _no_side(sent, kind)


def private_arrest(trig: Any, sent: Any, *, kind: Kind) -> bool:
    """The arrest of one private person for a crime, in a sentence with no political or armed word (see the
    module's note)."""
    if charged_arrest(trig, sent, kind=kind):
        return True  # "was arrested on two counts of fraud" (events.chargedarrests)
    person = patient_of(trig)
    if not _private(person, kind) or person.lemma_.lower() not in ANYONE or person.tag_ in ("NNS", "NNPS"):
        return False  # (a name or a role may be a significant person's: "the former minister", "a teacher")
    if any(c.dep_ == "nummod" or (c.dep_ == "prep" and c.lower_ == "of") or c.lower_ in RANK_MODS
           for c in person.children):
        return False  # "arrested 30 students": a mass arrest; "a former right-hand man of the king"
    return lower_forms(sent).isdisjoint(POLITICAL_CHARGES) and _no_side(sent, kind)
