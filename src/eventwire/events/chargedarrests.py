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
#: nouns that name an offence as a charge: after "on" ("on two counts of fraud", "on charges of", "on suspicion of"),
#: with "of" / "for" ("a conviction for assault"); read also by misreads, actreads and kindreads
CHARGE_NOUNS = frozenset(
    """charge charges count counts conviction convictions indictment indictments accusation accusations allegation
    allegations suspicion suspicions""".split())
#: modifiers that tell a charge after "for" ("for alleged misconduct", "for allegedly having fake licences")
ALLEGED = frozenset("alleged allegedly suspected reportedly".split())
#: charges, persons and words that make an arrest political or an act ACLED codes (with
#: :data:`eventwire.events.nonacled.POLITICAL_WORDS`; the armed participants apart)
NOT_ORDINARY = frozenset(
    """protesting protested demonstration demonstrating rally march strike unrest insult insulting criticise
    criticize criticising criticizing criticism defame defaming defamation seditious subversion subversive
    espionage spy spying incite inciting incitement propaganda blasphemy curfew assembly gathering arson
    arsonist sabotage vandalism looting loot burning burn kidnapping abduction killing murder massacre shooting
    weapon ammunition grenade grenades gun guns rifle rifles security state national anti-state extremism
    separatism minister ministers governor mayor senator lawmaker lawmakers mp mps president chairman councillor
    councilor official officials candidate reporter leader leaders commander soldier soldiers troops army cleric
    imam priest bishop dissident dissidents critic critics union unionist post posts posting posted message
    messages rumour rumours rumor rumors tweet tweets video videos speech remarks comment comments newspaper
    editor editors media broadcaster pro-democracy democracy collude colluding collusion foreign community
    communal minority religious hate election elections electoral polling ballot ballots vote votes voter voters
    campaign monitor monitors""".split()) | POLITICAL_WORDS

#: ordinary crimes that a charge of many people's arrest must name to be a police case (a mass arrest with
#: another charge may be political: "40 people detained for allegedly displaying the old flag")
ORDINARY_CHARGES = frozenset(
    """fraud frauds fraudulent theft thefts stealing stole robbery robberies robbing burglary burglaries drug
    drugs narcotics cocaine heroin cannabis marijuana smuggling trafficking counterfeit counterfeiting fake forged
    forgery licence licences license licenses misconduct bribery bribe bribes embezzlement embezzling scam scams
    cheating poaching quarantine gambling prostitution impersonation impersonating extortion""".split())
#: number words of a count of people
COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozens scores hundreds".split())


def _many(person: Any) -> bool:
    """Several people: a plural noun or a count ("40 people", "twelve students", "dozens")."""
    return person.tag_ in ("NNS", "NNPS") or person.lower_ in COUNT_WORDS or person.like_num or any(
        c.dep_ == "nummod" for c in person.children)


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
            if p.lower_ == "on" and any(g.lemma_.lower() in CHARGE_NOUNS or g.lower_ in CHARGE_NOUNS for g in objs):
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
    if not (words.isdisjoint(NOT_ORDINARY) and words.isdisjoint(ARMED)):
        return False
    person = patient_of(trig)
    if trig.dep_ == "acl" and person is None:
        person = trig.head  # "Florida couple jailed for refusing to quarantine"
    if person is None or kind(person) in ("state", "nonstate", "armed", "demo", "political", "protester"):
        return False
    if _many(person) and {t.lower_ for t in phrase.subtree}.isdisjoint(ORDINARY_CHARGES):
        return False  # "twelve students were detained for allegedly hanging banners": a mass arrest, unless its
        # charge is an ordinary crime ("five airline officials were arrested for allegedly holding fake licences")
    if person.lower_ in ("they", "them", "we", "us"):
        return False  # a group told before, who may be reporters or demonstrators ("they were being arrested for
        # not moving")
    return not any(t.pos_ in ("NOUN", "PROPN") and kind(t) in ("nonstate", "armed", "political", "protester")
                   for t in sent)
