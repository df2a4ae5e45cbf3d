"""General statements: an act told of kinds of things, not of one occasion (read by
:func:`eventwire.events.status.assess`, which makes such a report background, "a general statement").

A clause tells one episode when something in it is particular: a day or an hour, a place it happened at, a
count, a participant picked out (a name, "the hospital", "a man"). A clause in the present or the present
perfect whose act falls on a kind, a bare plural or a mass noun with none of these, tells what happens or has
happened over an open stretch of time (the generic and the existential perfect of the grammars), which ACLED
codes through the acts of each day, never as one event:

- a verb in the present, the present perfect or the present progressive whose patient (its object, or the
  subject of a passive) is a bare plural or a mass noun: "Israel has carried out airstrikes aimed at ...",
  "they have killed people and destroyed cities", "Health professionals have been arrested and tortured",
  "the Guards establish airfields and bases ever closer to the border", "they are attacking areas held by
  jihadists", "rebels have gained control over large parts of the north-east";
- an act named by a bare noun in an object's or an oblique's place of such a clause, or whose "of" names a
  kind: "which serves as insurance from Israeli attack", "difficulties we face like IEDs and car bombs",
  "policing the use of chemical weapons is portrayed as a duty", "has been the subject of protests";
- an act in the infinitive or the "-ing" form takes the tense of the finite verb above it ("remain capable
  of attracting recruits", "have enabled the regime to retake territory").

Told with a day, an hour, a number, a place the act happens at or a patient picked out, the clause is news and
stays: "Gunmen have killed 12 people", "Troops are firing artillery at Afrin", "Authorities have arrested a
former minister", "Protesters have blocked roads in Lagos on Monday". So do a verb in the past ("rebels
attacked villages"), a sentence of the text's first 200 characters (a headline or a lead: "Farmers have blocked
roads and railways in a nationwide shutdown"), a caption's present ("Police use water cannon to disperse
students"), a perfect infinitive ("claim to have launched attacks"), an act noun under a present progressive
("we are facing severe fighting") and an act noun that is its clause's subject ("New fighting has spread").
"""

from __future__ import annotations

from typing import Any

from . import essaytopics
from .campaigns import whole_campaign
from .concessions import conceded_act
from .controlstates import control_state
from .spanacts import COUNT_NOUNS, FINITE_TAGS, in_lead, particular_words, unbound_act
from .story import sentence_of

#: auxiliaries of the present ("has killed", "are attacking", "is portrayed")
PRESENT_AUX = frozenset("has have 's 've is are am 're".split())
#: auxiliaries of the past, a modal or a future: the clause is told as done, or not as done (others read those)
OTHER_AUX = frozenset("had 'd was were did will would shall should may might can could must 'll wo ca".split())
#: determiners that pick out the many as a kind, not a set ("most recruits", "all civilians")
KIND_QUANTIFIERS = frozenset("most many all".split())
#: dependency labels by which a noun names a participant picked out or counted
PICKING_DEPS = frozenset(("det", "poss", "nummod", "predet", "quantmod"))
#: the places an act noun may stand in as the act of a general statement (not a subject: "Clashes continue")
NOMINAL_DEPS = frozenset(("dobj", "pobj", "appos", "conj", "dative", "oprd"))
#: entity labels of a place an act happens at
PLACE_ENTS = frozenset(("GPE", "LOC", "FAC"))
#: verbs of being in the simple present, no headline's ("the city is under daily bombardment", "a threat remains")
STATE_VERBS = frozenset("be seem appear remain".split())
#: links of a clause of its own under the act's verb (its places are not the act's)
OWN_CLAUSES = frozenset(("relcl", "acl", "advcl", "ccomp", "parataxis", "csubj"))
#: how far up from the act word the finite verb of its clause is looked for
CLIMB = 9
#: the links by which an act word hangs on the finite verb of its clause (not a relative clause's noun)
UP_DEPS = frozenset(("dobj", "pobj", "prep", "pcomp", "xcomp", "conj", "acomp", "attr", "appos", "dative",
                     "csubj", "csubjpass", "advcl", "oprd", "compound", "amod"))


def general_statement(trigger: Any) -> bool:
    """The act at ``trigger`` is told of kinds, in the present or the present perfect, with no day, place, count
    or participant picked out (see the module's note): "Israel has carried out airstrikes aimed at ...";
    not "Israel has carried out airstrikes in Syria on Monday". Also an act with no occasion of its own
    (:func:`eventwire.events.spanacts.unbound_act`: "shifted its focus from fighting the militia", "bombed
    hospitals throughout the war"), or a war named as a whole (:func:`eventwire.events.campaigns.whole_campaign`:
    "the fight against the militia has slowed", "an ally of the coalition fighting the militia"), or an act
    judged or compared in an essay's sentence (:func:`eventwire.events.essaytopics.essay_act`: "the use of
    torture is unsurprising", "the regime jails more reporters than any other government"), or ground held, not
    taken (:func:`eventwire.events.controlstates.control_state`: "the militia now controls the area"), or an
    act conceded (:func:`eventwire.events.concessions.conceded_act`: "despite sustained attacks, the town ...")."""
    return (_kind_statement(trigger) or unbound_act(trigger) or whole_campaign(trigger)
            or essaytopics.essay_act(trigger) or control_state(trigger) or conceded_act(trigger))


def _kind_statement(trigger: Any) -> bool:
    """The act at ``trigger`` is told of kinds in a non-past clause with nothing particular (the module's note)."""
    if trigger.pos_ not in ("VERB", "NOUN"):
        return False
    verb = _finite(trigger)
    if verb is None or not _present(verb):
        return False
    if trigger.pos_ == "VERB":
        theme = _theme(trigger)
        if theme is None or not _kind(theme):
            return False
    elif not _nominal_place(trigger) or not (_kind(trigger) or _kind_of(trigger)):
        return False
    if _caption(trigger, verb) or _perfect_infinitive(trigger, verb) or _ongoing(trigger, verb):
        return False
    return not _placed(trigger, verb) and not particular_words(sentence_of(trigger.doc, trigger.i))


def _nominal_place(noun: Any) -> bool:
    """An act noun where a general statement names acts: an object or an oblique ("insurance from attack"),
    what there is ("there is a fierce bombardment of civilians"); not a subject ("Clashes continue") nor
    what "this" is ("This is preliminary bombing")."""
    if noun.dep_ in NOMINAL_DEPS:
        return True
    return noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children)


def _caption(trigger: Any, verb: Any) -> bool:
    """The act told in the text's first sentences (a headline, a dateline or a lead: news in any tense), or
    under a main verb in the simple present whose subject is no pronoun (a caption's: "Police use water cannon
    to disperse workers"), not in a general statement ("They use suicide bombers in their counterattacks",
    "the city is under daily bombardment")."""
    if in_lead(verb):
        return True  # the headline or the lead: news ("Farmers have blocked roads in a nationwide shutdown")
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_ in STATE_VERBS or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.dep_ == "ROOT" and not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)


def _ongoing(trigger: Any, verb: Any) -> bool:
    """An act noun under a verb in the present progressive: what is going on now ("We are facing severe
    fighting"), not a general statement."""
    return trigger.pos_ == "NOUN" and verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in PRESENT_AUX for c in verb.children)


def _perfect_infinitive(trigger: Any, verb: Any) -> bool:
    """A perfect infinitive between the act and its finite verb: "claims to have launched counter-attacks",
    "are believed to have slipped back" tell a past act."""
    t = trigger
    while t.i != verb.i and t.head.i != t.i:
        if any(c.dep_ == "aux" and c.lower_ == "have" and c.tag_ == "VB" for c in t.children):
            return True
        t = t.head
    return False


def _finite(tok: Any) -> Any:
    """The verb with a tense that the act word's clause hangs on: itself when it has one, else the first such
    verb above it through objects, prepositions and complements (None past a relative clause's noun)."""
    t = tok
    for _ in range(CLIMB):
        if t.pos_ in ("VERB", "AUX") and (t.tag_ in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in t.children)):
            return t  # ("being killed": no tense of its own)
        if t.dep_ not in UP_DEPS or t.head.i == t.i:
            return None
        t = t.head
    return None


def _present(verb: Any) -> bool:
    """The finite verb is in the present, the present perfect or the present progressive (not the past, a
    modal or a future)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in OTHER_AUX or a.tag_ == "MD" for a in auxes):
        return False
    if auxes:
        return any(a.lower_ in PRESENT_AUX for a in auxes)
    return verb.tag_ in ("VBZ", "VBP")


def _theme(verb: Any) -> Any:
    """What the act falls on: its object ("killed people"), the subject of a passive ("professionals have been
    arrested"), the one it takes control over ("gained control over large parts"); a conjunct's own, else
    its head's ("arrested, tortured and executed"); a relative "that" stands for its noun."""
    v = verb
    for _ in range(5):
        obj = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None:
            if obj.lower_ == "control":  # what control is taken of or over (none: no theme)
                return next((g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "over")
                             for g in c.children if g.dep_ == "pobj"), None)
            if obj.tag_ == "WDT" and v.dep_ == "relcl":
                return v.head
            return obj
        if v.dep_ != "conj" or v.head.pos_ not in ("VERB", "AUX"):
            return None
        v = v.head
    return None


def _kind(noun: Any) -> bool:
    """A bare plural or a mass noun, nothing picking it out or counting it: "people", "airstrikes", "Health
    professionals", "large parts", "most recruits" (not "the cities", "a man", "400 hostages", "Kotey")."""
    if noun.pos_ != "NOUN" or noun.tag_ not in ("NNS", "NN") or noun.lower_ in COUNT_NOUNS:
        return False
    if noun.text[:1].isupper() and noun.i > sentence_of(noun.doc, noun.i).start and not _acronyms(noun.text):
        return False  # a name the tagger took for a noun ("drive Isis out"; not "IEDs")
    if noun.ent_type_ and noun.ent_type_ not in ("NORP",):
        return False
    for c in noun.children:
        if c.dep_ in PICKING_DEPS or c.like_num or c.lower_ in COUNT_NOUNS:
            if not (c.dep_ in ("det", "predet", "amod") and c.lower_ in KIND_QUANTIFIERS):
                return False
        if c.dep_ == "amod" and c.lower_ in ("several", "few", "other", "same", "such", "last", "final"):
            return False
        if c.pos_ == "PROPN" and (c.dep_ == "appos" or c.dep_ == "compound" and noun.tag_ == "NN"):
            return False  # "citizens Hasan bin Zaid and Bassem Awadallah", "UDF cadre": named
    return noun.dep_ != "conj" or _kind(noun.head) or noun.head.pos_ != "NOUN" or _bare(noun)


def kind_noun(noun: Any) -> bool:
    """A bare plural or a mass noun (:func:`_kind`), read by :mod:`eventwire.events.essaytopics`."""
    return _kind(noun)


def _acronyms(word: str) -> bool:
    """The plural of an acronym ("IEDs", "RPGs")."""
    return len(word) > 2 and word.endswith("s") and word[:-1].isupper()


def _bare(noun: Any) -> bool:
    """No determiner of its own (a conjunct after "the tunnels, IEDs")."""
    return not any(c.dep_ in PICKING_DEPS for c in noun.children)


def _kind_of(noun: Any) -> bool:
    """The act noun's "of" names a kind: "the mass killing of people", "the use of chemical weapons"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and _kind(g) for g in c.children)
               for c in noun.children)


def _placed(trigger: Any, verb: Any) -> bool:
    """A place in the act's clause: in a phrase of its verb, its object or its subject ("firing artillery at
    Afrin", "deployed troops in areas near the border with Turkey", "Farmers across the state have blocked
    roads"), not in a clause of its own that does not hold the act ("airstrikes aimed at keeping forces back
    from the Golan Heights") nor a country that is the doer ("Israel has carried out airstrikes"); or the
    place a relative "where" stands for ("Kabul, where fighting has raged")."""
    if verb.dep_ == "relcl" and verb.head.ent_type_ in PLACE_ENTS and any(c.lower_ == "where" for c in verb.children):
        return True
    skip: set[int] = set()
    for d in verb.subtree:
        if d.i != verb.i and d.dep_ in OWN_CLAUSES and not d.left_edge.i <= trigger.i <= d.right_edge.i:
            skip.update(range(d.left_edge.i, d.right_edge.i + 1))
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ in PLACE_ENTS:
            skip.update(t.i for t in (c, *c.children) if t.ent_type_ in PLACE_ENTS)  # the doer
    return any(t.ent_type_ in PLACE_ENTS and t.i not in skip for t in verb.subtree)
