"""Ordinary crime by or against one private person, with no political or armed actor: not an ACLED event (read by
:func:`eventwire.events.typing.classify`, which types it as crime).

Read from an audit of real news (twenty-fifth session):

- sexual abuse by a private person ("the teacher allegedly sexually abused a girl in his home", "a local man
  raped a woman in her apartment"): a criminal case, not sexual violence in a conflict (not "soldiers raped
  two women", "gunmen abducted and raped ...", a militia's or a police officer's act);
- the arrest of one private person for a crime ("a man was arrested for threatening a mass shooting at a
  school"): ACLED codes arrests of significant persons or mass arrests, not a police case;
- an arrest told without its charge in a police story (session 28): the text's opening names an ordinary
  offence ("Police arrested a city clerk on suspicion of embezzlement on Monday") and the text names no
  political, armed or communal side anywhere, so a later "Smith was arrested and booked at the county jail"
  or "officers arrested nine people at the house" is the same police case (:func:`police_story`); so is one
  private person's assault, stabbing or shooting there ("the passenger later assaulted an officer"), not the
  police's own violence (:func:`story_violence`).

Neither applies when the sentence names a political or armed side, a protest, a militant or a weapon of war
(:data:`eventwire.events.nonacled.POLITICAL_WORDS`, :data:`eventwire.events.figurative.ARMED_PARTICIPANTS`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .chargedarrests import ORDINARY_CHARGES, charged_arrest
from .clause import agent_of, patient_of
from .figurative import ARMED_PARTICIPANTS
from .kindreads_words import SIDE_WORDS, STRIFE_WORDS
from .nonacled import CRIME_REASONS, POLITICAL_WORDS
from .words import doc_words, lower_forms

#: people named by their private role, age or tie: who commits or suffers an ordinary crime
PRIVATE_PERSONS = frozenset(
    """man men woman women teacher coach priest pastor doctor teenager teen boy girl father stepfather mother uncle
    neighbour neighbor employer landlord driver businessman husband boyfriend tutor principal nurse person
    individual resident suspect worker student youth passenger passengers motorist customer shopper tenant
    pedestrian""".split())
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
    if story_arrest(trig, sent, kind=kind):
        return True  # "Jones was arrested and booked at the county jail" in a story of an embezzlement
    person = patient_of(trig)
    if not _private(person, kind) or person.lemma_.lower() not in ANYONE or person.tag_ in ("NNS", "NNPS"):
        return False  # (a name or a role may be a significant person's: "the former minister", "a teacher")
    if any(c.dep_ == "nummod" or (c.dep_ == "prep" and c.lower_ == "of") or c.lower_ in RANK_MODS
           for c in person.children):
        return False  # "arrested 30 students": a mass arrest; "a former right-hand man of the king"
    return lower_forms(sent).isdisjoint(POLITICAL_CHARGES) and _no_side(sent, kind)


#: how far into the text its opening runs (a headline and a first sentence)
OPENING_CHARS = 300
#: words of violence: a killing, a stabbing or a rape in a text's opening does not make it a police story
#: ("Twelve people were killed in clashes between herders and farmers": communal violence, coded)
VIOLENT_OFFENCES = frozenset(
    "murder murdering murdered killing kill killed rape raping raped stabbing stabbed stab assaulting poisoning".split())
#: offences whose naming in the opening makes the text a police story (the ordinary charges of
#: :mod:`eventwire.events.chargedarrests` and the thefts, frauds and sex crimes told without a charge noun; no
#: act of violence: :data:`VIOLENT_OFFENCES`)
STORY_OFFENCES = ORDINARY_CHARGES | (CRIME_REASONS - VIOLENT_OFFENCES) | frozenset(
    """embezzled theft thefts shoplifting ponzi pyramid molestation molesting grooming luring drunk drunken
    disorderly carjacking carjacked""".split())
#: words anywhere in the text that give it a side: its arrests may be political or of a conflict (the lawyers
#: and advocates of SIDE_WORDS apart: every court story has them)
STORY_SIDES = CONFLICT_WORDS | (SIDE_WORDS - frozenset("lawyer lawyers advocate advocates human land".split())) | (
    STRIFE_WORDS) | frozenset(
    """riot riots rioters mob mobs lynching editor editors minister ministers mp mps mayor governor senator
    councillor councilor candidate election elections insurgency extremism sectarian""".split())
#: people an arrest in a police story may hold (a count of them: "arrested nine people at the house"; the
#: story's suspect told again: "she was arrested at a house")
PEOPLE = frozenset("people persons men women suspects he she".split())
_STORY_KEY = "privatecrime.police_story"


def police_story(doc: Any) -> bool:
    """The text is a police story (see the module's note): an ordinary offence among the words of its first
    :data:`OPENING_CHARS` characters and no word of :data:`STORY_SIDES` in all of it (once per doc)."""
    got = doc.user_data.get(_STORY_KEY)
    if got is None:
        lows = doc_words(doc)[1]
        end = next((t.i for t in doc if t.idx >= OPENING_CHARS), len(doc))
        got = doc.user_data[_STORY_KEY] = not STORY_OFFENCES.isdisjoint(lows[:end]) and STORY_SIDES.isdisjoint(lows)
    return got


def _bare_name(tok: Any) -> bool:
    """A capitalised noun with no determiner nor modifier, written capitalised inside a sentence elsewhere in
    the text: a surname the tagger read as a noun ("Ceniceros was arrested", at the start of the sentence)."""
    if tok.pos_ != "NOUN" or not tok.is_title or any(c.dep_ in ("det", "amod", "compound", "poss", "nummod")
                                                      for c in tok.children):
        return False
    orths = doc_words(tok.doc)[0]
    doc = tok.doc
    return any(w == tok.text and i != tok.i and i > 0 and not doc[i - 1].is_punct and not doc[i - 1].is_space
               for i, w in enumerate(orths))


def story_arrest(trig: Any, sent: Any, *, kind: Kind) -> bool:
    """An arrest told without its charge in a police story (see the module's note): a private person or a count
    of people held, no political charge nor side in the sentence ("Jones was arrested and booked at the county
    jail"; not in a text that names a protest, a journalist or a militia anywhere: "the editor was arrested")."""
    if not police_story(trig.doc):
        return False
    person = patient_of(trig)
    if person is None or kind(person) in ("state", "nonstate", "armed", "demo", "political", "protester"):
        return False
    if not (_private(person, kind) or person.lower_ in PEOPLE or person.like_num or _bare_name(person)) or any(
            c.lower_ in RANK_MODS for c in person.children):
        return False  # "a former aide": a significant person
    return lower_forms(sent).isdisjoint(POLITICAL_CHARGES) and _no_side(sent, kind)


#: the acts of one person's violence a police story may tell (a shooting, a stabbing, an assault)
PERSONAL_VIOLENCE = frozenset("stab shoot kill murder assault attack beat punch strangle carjack spit".split())


def story_violence(trig: Any, sent: Any, *, kind: Kind) -> bool:
    """One private person's violence in a police story (see the module's note): a stabbing, a shooting or an
    assault whose doer is one private person or is not told ("the suspect shot a deputy", "Smith was stabbed
    outside a pub"), with no side in the sentence; not what the police or any force did ("officers shot the
    man": police violence, coded), nor an act in a text that names a protest, a gang or a militia anywhere."""
    if trig.lemma_.lower() not in PERSONAL_VIOLENCE or not police_story(trig.doc):
        return False
    doer = agent_of(trig)
    if doer is not None and (doer.lower_ in ENFORCER_WORDS or doer.lemma_.lower() in ENFORCER_WORDS or not (
            _private(doer, kind) or _bare_name(doer) or doer.lower_ in ("he", "she"))):
        return False  # "police shot the man"; "troops", "gunmen": a side
    if doer is not None and (doer.tag_ in ("NNS", "NNPS") or any(c.dep_ == "prep" for c in doer.children)):
        return False  # "residents attacked the suspects", "a group of youths beat a man": a crowd (mob violence)
    if doer is None and not lower_forms(sent).isdisjoint(ENFORCER_WORDS):
        return False  # "a man was shot dead in a police raid": maybe the police's act
    return _no_side(sent, kind)
