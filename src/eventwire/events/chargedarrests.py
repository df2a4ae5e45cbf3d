"""An arrest told with an ordinary charge: a police case, not an ACLED event (read by
:func:`eventwire.events.privatecrime.private_arrest`).

ACLED codes the arrests of politically significant persons and mass arrests in political settings, not the
police's daily work. An arrest whose sentence names its charge, where the charge is no political act and no
political or armed side is named, is crime: "a former school staff member has been arrested for alleged
inappropriate conduct involving students", "Jane Doe, 41, was arrested on two counts of fraud", "a pilot and
five airline officials were arrested for allegedly holding fake licences", "a couple was jailed for refusing
to quarantine". Not: a protester, a journalist, an opposition figure or an office holder arrested ("the
mayor was arrested on charges of corruption"), a political charge ("for insulting the president", "on
charges of sedition", "for taking part in the protests", "for violating the curfew", "for posting messages",
"for spreading rumours", "on charges of colluding with foreign powers"), an arrest for damage
or arms ("on suspicion of arson", "for possessing weapons"), or a sentence naming militants or soldiers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .clause import patient_of
from .figurative import ARMED_PARTICIPANTS
from .nonacled import POLITICAL_WORDS
from .words import lower_forms

#: the verbs of an arrest whose charge may be told
ARREST_VERBS = frozenset("arrest detain jail book apprehend nab charge".split())
#: what names a charge after "on" ("on two counts of fraud", "on charges of", "on suspicion of")
CHARGE_HEADS = frozenset("count counts charge charges suspicion allegation allegations accusation accusations".split())
#: modifiers that tell a charge after "for" ("for alleged misconduct", "for allegedly having fake licences")
ALLEGED = frozenset("alleged allegedly suspected reportedly".split())
#: charges, persons and words that make an arrest political or an act ACLED codes (beside
#: :data:`eventwire.events.nonacled.POLITICAL_WORDS` and the armed participants)
NOT_ORDINARY = frozenset(
    """protest protesting protested demonstration demonstrating rally march strike riot rioting unrest
    insult insulting criticise criticize criticising criticizing criticism defame defaming defamation sedition
    seditious treason subversion subversive espionage spy spying incite inciting incitement propaganda
    blasphemy curfew assembly gathering arson arsonist sabotage vandalism looting loot burning burn bombing
    kidnapping abduction killing murder massacre shooting attack weapon weapons arms ammunition explosive
    explosives grenade grenades gun guns rifle rifles security state national anti-state terrorist terror
    extremism extremist separatism separatist militant militants rebel rebels insurgent insurgents jihadist
    minister ministers governor mayor senator lawmaker lawmakers mp mps president chairman councillor
    councilor official officials politician candidate party opposition activist activists journalist
    journalists reporter blogger leader leaders commander soldier soldiers troops army
    cleric imam priest bishop dissident dissidents critic critics union unionist post posts posting posted
    message messages rumour rumours rumor rumors tweet tweets video videos speech remarks comment comments
    newspaper editor editors media broadcaster pro-democracy democracy collude colluding collusion foreign
    community communal minority religious hate election elections electoral polling ballot ballots vote votes
    voter voters campaign monitor monitors""".split())

#: who makes or tells the arrest (no side: "police arrested", "officers of the agency")
ENFORCERS = frozenset("police policeman policemen officer officers detective detectives sheriff deputies agents".split())
#: the armed words that make the sentence about a conflict
ARMED = ARMED_PARTICIPANTS - ENFORCERS

Kind = Callable[[Any], str | None]


def _charge_phrase(verb: Any) -> Any:
    """The "for" or "on" phrase of ``verb`` (or of the verb its clause tells: "has been arrested, the office
    announced Tuesday, for alleged misconduct", or of an arrest verb joined to it) that names a charge; None
    when there is none."""
    heads = [verb] + ([verb.head] if verb.dep_ in ("ccomp", "parataxis") and verb.head.pos_ == "VERB" else [])
    heads += [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in ARREST_VERBS]  # "arrested
    # on April 25 and jailed on charges of fraud"
    for h in heads:
        for p in h.children:
            if p.dep_ != "prep":
                continue
            objs = [g for g in p.children if g.dep_ in ("pobj", "pcomp")]
            if p.lower_ == "on" and any(g.lemma_.lower() in CHARGE_HEADS or g.lower_ in CHARGE_HEADS for g in objs):
                return p  # "on two counts of sexual exploitation"
            if p.lower_ != "for":
                continue
            for g in objs:
                if g.tag_ == "VBG" or any(c.lower_ in ALLEGED for c in g.children if c.dep_ in ("amod", "advmod")):
                    return p  # "for refusing to quarantine", "for alleged inappropriate conduct"
    return None


def charged_arrest(trig: Any, sent: Any, *, kind: Kind) -> bool:
    """An arrest with an ordinary charge and no political or armed word in its sentence (see the module's note)."""
    if trig.lemma_.lower() not in ARREST_VERBS or trig.pos_ != "VERB":
        return False
    phrase = _charge_phrase(trig)
    if phrase is None:
        return False
    words = lower_forms(sent)
    if not (words.isdisjoint(NOT_ORDINARY) and words.isdisjoint(POLITICAL_WORDS) and words.isdisjoint(ARMED)):
        return False
    person = patient_of(trig)
    if trig.dep_ == "acl" and person is None:
        person = trig.head  # "Florida couple jailed for refusing to quarantine"
    if person is None or kind(person) in ("state", "nonstate", "armed", "demo", "political", "protester"):
        return False
    if person.lower_ in ("they", "them", "we", "us"):
        return False  # a group told before, who may be reporters or demonstrators ("they were being arrested for
        # not moving")
    return not any(t.pos_ in ("NOUN", "PROPN") and kind(t) in ("nonstate", "armed", "political", "protester")
                   for t in sent)
