"""Acts named as the topic of an essay's sentence, judged or compared (read by
:func:`eventwire.events.genericity.general_statement`, which makes such a report background, "a general
statement").

An act noun of a kind (a bare plural or a mass noun: "wartime rape", "police brutality", "torture of
prisoners"), or a kind of act under a noun of its use or spread ("the use of sexual torture against
detainees"), standing as the subject of "be", "remain", "become", "seem" or "appear" in the present with a
predicate that judges or classes it ("is a complex issue", "remains widespread", "has become a hallmark of the
regime", "is unsurprising") tells what such acts are, not that one happened: an ACLED coder codes none of it.
So does an act compared, an op-ed's habitual: a verb in the present or the present perfect whose object is
counted against others ("the regime jails more reporters than any other government", "militias have killed
more civilians than the army"), an infinitive act that an "it" judges ("it is easier to bomb a town than to
bring peace", "it is easy to attack a convoy there") and the acts another is measured against ("the shelling
was less intense than attacks over the past week": the shelling is the news, not the attacks).

It stays news with something of one occasion in its clause: a day, an hour or a count ("Torture of 40 prisoners
since Monday remains widespread"), a participant picked out ("The attack on the market is
unacceptable": a determiner, so one act), a verb in the past ("the use of tear gas was excessive", said of a
day's dispersal), a predicate of how it goes on ("Fighting is fierce in the north": no judgement, a scene)
or the text's first 200 characters (a headline or a lead); a comparison told in the past ("Gunmen killed more
villagers than soldiers in the raid": the day's toll) or of a number ("arrested more than 20 protesters"), and
a measure with a day or a count of its own ("deadlier than the attack on Monday").
"""

from __future__ import annotations

from typing import Any

from . import genericity
from .spanacts import clause_words, in_lead, particular_words

#: verbs that link an act to what it is judged or classed as ("is", "remains", "has become")
LINK_VERBS = frozenset("be remain become seem appear".split())
#: nouns over "of" that name a kind of act's use or spread ("the use of torture", "the practice of abduction")
USE_NOUNS = frozenset("use practice prevalence spread scale routine".split())
#: adjectives that judge or class a kind of act ("is widespread", "is unsurprising"; not "fierce", "ongoing")
JUDGING_ADJECTIVES = frozenset(
    """complex common widespread rampant endemic unsurprising surprising rare systematic systemic prevalent
    routine commonplace pervasive normal acceptable unacceptable illegal wrong ubiquitous frequent typical
    taboo inevitable inexcusable unjustifiable immoral abhorrent rife underreported unreported
    unpunished""".split())
#: nouns that class a kind of act ("is a complex issue", "has become a hallmark of the regime")
CLASS_NOUNS = frozenset(
    """issue problem tactic weapon tool crime phenomenon practice strategy hallmark taboo feature reality
    scourge epidemic norm concern question topic subject matter method means policy violation form
    instrument trademark""".split())
#: auxiliaries of a present clause ("has become", "is")
PRESENT_AUX = frozenset("has have 's 've".split())
#: words that count an object against others ("more reporters than", "fewer arrests than")
COMPARING_WORDS = frozenset("more fewer less".split())


def essay_act(trigger: Any) -> bool:
    """The act at ``trigger`` is a kind of act judged or classed (:func:`essay_topic`) or an op-ed's comparison
    (:func:`compared_act`)."""
    return essay_topic(trigger) or compared_act(trigger)


def essay_topic(trigger: Any) -> bool:
    """The act noun at ``trigger`` is a kind of act judged or classed in the present (see the module's note):
    "Sexual violence in war is a complex issue", "the use of sexual torture against detainees is unsurprising"; not
    "The attack on the market is unacceptable" nor "Fighting is fierce in the north"."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "pobj", "conj"):
        return False  # (the cheap test first: most act words are no subject)
    subject = _subject_of(trigger)
    if subject is None or not _judged(subject.head):
        return False
    if in_lead(trigger):
        return False  # a headline or a lead: news
    return not particular_words(clause_words(subject.head))


def compared_act(trigger: Any) -> bool:
    """The act verb at ``trigger`` is an op-ed's comparison (see the module's note): its object counted against
    others in the present ("the regime jails more reporters than any other government"), an infinitive act
    an "it" judges ("it is easier to bomb a town than to bring peace"), or acts another is measured against
    ("the shelling was less intense than attacks over the past week"); not "Gunmen killed more villagers than
    soldiers in the raid" (the past) nor "Police arrested more than 20 protesters" (a number)."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "than":
        # the acts another is measured against ("less intense than attacks over the past week"); not a
        # particular act ("deadlier than the bombing of the market") nor one in the lead
        return (genericity.kind_noun(trigger) and not in_lead(trigger)
                and not particular_words(list(trigger.subtree)))
    if trigger.pos_ != "VERB" or not (_counted_against(trigger) or _judged_infinitive(trigger)):
        return False
    if in_lead(trigger):
        return False  # a headline or a lead: news
    return not particular_words(clause_words(trigger))


def _counted_against(verb: Any) -> bool:
    """``verb`` is in the present or the present perfect and its object is counted against others: "jails more
    reporters than any other government", "have killed more civilians than the army"."""
    if not _present(verb):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not any(c.dep_ == "amod" and c.lower_ in COMPARING_WORDS for c in obj.children):
        return False
    return any(c.lower_ == "than" and c.dep_ in ("prep", "mark") for c in (*obj.children, *verb.children))


def _judged_infinitive(verb: Any) -> bool:
    """``verb`` is an infinitive under a link verb whose subject is "it" and whose adjective judges it: "it is
    easier to bomb a town", "it was easy to attack a convoy there"."""
    head = verb.head
    if verb.tag_ != "VB" or verb.dep_ != "xcomp" or head.lemma_.lower() not in LINK_VERBS:
        return False
    if not any(c.tag_ == "TO" for c in verb.children):
        return False
    return any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in head.children) and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)


def _present(verb: Any) -> bool:
    """``verb`` is in the simple present or the present perfect ("jails", "have killed")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBN" and bool(auxes) and all(a.lower_ in PRESENT_AUX for a in auxes)


def _subject_of(trigger: Any) -> Any:
    """The subject that names the kind of act: the act noun itself (or the first of its conjuncts: "Rape and
    torture are common"), or a noun of its use over "of" ("the use of torture"); None when the act is picked
    out ("the attack", "a raid") or no subject."""
    noun = trigger
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    if not genericity.kind_noun(noun):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in USE_NOUNS:
        noun = noun.head.head
    return noun if noun.dep_ == "nsubj" else None


def _judged(verb: Any) -> bool:
    """``verb`` links its subject in the present to a predicate that judges or classes it ("is unsurprising",
    "remains widespread", "has become a hallmark")."""
    if verb.lemma_.lower() not in LINK_VERBS:
        return False
    if not _present(verb):
        return False
    for c in verb.children:
        if c.dep_ == "acomp" and c.lower_ in JUDGING_ADJECTIVES:
            return True
        if c.dep_ == "attr" and c.lemma_.lower() in CLASS_NOUNS and c.pos_ == "NOUN":
            return True
    return False
