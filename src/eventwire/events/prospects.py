"""Acts named as what is aimed at, plotted, promised, foreseen, ordered or imagined, not as done (read by
:func:`eventwire.events.plans.planned_act`, so :func:`eventwire.events.status.assess` marks them speculative).

Read from an audit of real news (twenty-fifth session). ACLED codes what was done, never a plan:

- an infinitive that a noun of planning rules ("a plot to kill the prime minister", "a conspiracy to bomb the
  parliament", "their aim is to dislodge the militias", "a deal to end the fighting was imminent");
- an act foreseen by a modifier or a predicate ("the projected attack", "a promised storming draws near", "an
  attack is imminent", "clashes are now a distinct possibility");
- "going to" as a future ("you're going to rape our women" - a threat told in a quote);
- an infinitive told to or asked of someone ("dropping leaflets telling us to surrender"), after "how"
  ("information on how to make bombs"), after a disposition ("reluctant to send women to battle", "poised to
  attack"), the purpose a force was made or sent for ("was raised to fight the regime", "being sent to fight"),
  a war that "continues to" be fought in the simple present with no day ("whose insurgency it continues to
  fight"), or an act refused ("were refusing to let her fight");
- an act that is what a policy would mean ("it means destroying the planes from the air"), or one in a clause
  of time in the simple present under a modal ("... should act before he shoots off missiles again").

None applies when the sentence tells harm done outside the clause planned ("killed five in a bid to retake
the town"), nor to a foreseen act said to have begun ("the promised offensive began on Monday").
"""

from __future__ import annotations

from typing import Any

from .story import sentence_of
from .words import needs_words, none

#: nouns of planning whose infinitive names an act not done ("a plot to kill", "their aim is to retake")
PLAN_NOUNS = frozenset(
    """plot plots conspiracy conspiracies scheme schemes plan plans aim aims goal goals objective objectives intention
    intentions intent threat threats ambition ambitions negotiation negotiations talks""".split())
#: modifiers of an act noun that tell it is foreseen, not done ("the projected attack", "a promised storming")
PROSPECT_MODS = frozenset(
    """projected promised planned threatened expected anticipated looming imminent impending possible potential
    feared rumoured rumored proposed intended upcoming likely prospective""".split())
#: what a foreseen act is said to be ("an attack is imminent", "clashes are now a distinct possibility")
PROSPECT_PREDICATES = frozenset(
    """imminent impending likely possible inevitable looming possibility prospect risk danger likelihood
    threat""".split())
#: verbs of which a foreseen act is the doer or the object when it did take place ("the promised offensive began")
OCCURRING = frozenset(
    """begin start come happen occur unfold erupt launch carry kill leave claim hit strike target continue resume
    intensify escalate""".split())
#: verbs that tell someone to do something ("telling us to surrender", "urged them to attack")
DIRECTIVE_VERBS = frozenset("tell urge order ask instruct command encourage persuade warn call beg".split())
#: verbs by which a policy or a choice means an act ("it means destroying the planes")
ENTAILING_VERBS = frozenset("mean require involve entail imply".split())
#: the marks of a clause of time whose simple present tells a future act under a modal
TIME_MARKS = frozenset("before until till once when unless".split())
#: words that tell harm done (read by :mod:`eventwire.events.plans` too)
HARM_LEMMAS = frozenset(
    "kill die dead wound injure capture seize retake recapture overrun shell bomb destroy abduct kidnap".split())
#: verbs by which a force is made or sent for a purpose ("was raised to fight the regime", "being sent to fight")
FORMING_VERBS = frozenset("raise form create establish train recruit send deploy dispatch arm equip mobilise mobilize".split())
#: verbs by which a fight goes on as a state of things ("whose insurgency it continues to fight")
GOING_ON = frozenset("continue keep".split())
#: verbs of fighting told as a state of things when they go on (not "continues to recruit fighters", an activity)
STRUGGLES = frozenset("fight battle combat wage".split())
#: adjectives of a disposition to act, not an act ("reluctant to send women to battle", "poised to attack")
DISPOSITION_ADJS = frozenset(
    "reluctant unwilling unable eager ready willing keen determined prepared poised set likely unlikely".split())
#: how far up from the trigger the infinitive is looked for ("a deal to end the fighting in the city")
WALK = 4
#: the dependency links walked up from an act word to the infinitive that rules it
UP_DEPS = frozenset(("dobj", "pobj", "prep", "compound", "amod", "conj", "xcomp", "pcomp", "nsubjpass"))


def _to_aux(verb: Any) -> Any:
    return next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)


def _infinitive_above(trigger: Any) -> Any:
    """The nearest infinitive at or above ``trigger`` ("to kill", "to end the fighting")."""
    t = trigger
    for _ in range(WALK):
        if t.pos_ in ("VERB", "AUX") and _to_aux(t) is not None:
            return t
        if t.dep_ not in UP_DEPS or t.head.i == t.i:
            return None
        t = t.head
    return t if t.pos_ in ("VERB", "AUX") and _to_aux(t) is not None else None


def _plan_noun(tok: Any) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in PLAN_NOUNS or tok.lemma_.lower() in PLAN_NOUNS)


def _ruled_infinitive(inf: Any) -> str | None:
    """Why the infinitive ``inf`` tells an act not done (None: it may be done)."""
    to = _to_aux(inf)
    doc = inf.doc
    if any(c.dep_ == "advmod" and c.lower_ == "how" for c in inf.children):
        return "how to"  # "information on how to make bombs"
    if to is not None and to.i > sentence_of(inf.doc, inf.i).start:
        before = doc[to.i - 1]
        if _plan_noun(before):
            return "plan noun"  # "a purported plot to kill", however parsed
    head = inf.head
    if inf.dep_ in ("acl", "relcl", "advcl"):
        noun = head
        for _ in range(3):  # "a plot from Raqqa in Syria to shoot soldiers"
            if noun.dep_ not in ("pobj", "prep") or noun.head.i == noun.i or _plan_noun(noun):
                break
            noun = noun.head
        if _plan_noun(noun):
            return "plan noun"  # "a plot by two men to shoot soldiers"
        if noun.pos_ in ("NOUN", "PROPN") and _foreseen_noun(noun):
            return "foreseen"  # "a deal to end the fighting was imminent"
    if inf.dep_ in ("advcl", "xcomp") and head.lemma_.lower() in FORMING_VERBS and any(
            c.dep_ == "auxpass" for c in head.children):
        return "purpose"  # "was raised to fight the regime", "the spectre of Arabs being sent to fight Kurds"
    if (inf.dep_ == "xcomp" and inf.lemma_.lower() in STRUGGLES and head.lemma_.lower() in GOING_ON
            and head.tag_ in ("VBZ", "VBP") and not any(e.label_ in ("DATE", "TIME") for e in sentence_of(inf.doc, inf.i).ents)):
        return "going on"  # "whose insurgency it continues to fight": a standing war
    if inf.dep_ in ("xcomp", "ccomp", "attr") and head.lemma_.lower() == "be" and any(
            c.dep_ == "nsubj" and _plan_noun(c) for c in head.children):
        return "plan noun"  # "their aim is to dislodge the militias"
    if inf.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in DISPOSITION_ADJS:
        return "disposition"  # "they are reluctant to send foreign women to battle"
    if inf.dep_ == "xcomp" and head.lower_ == "going" and any(c.dep_ == "aux" for c in head.children):
        return "going to"  # "you're going to rape our women"
    if inf.dep_ in ("xcomp", "ccomp") and head.pos_ == "VERB" and head.lemma_.lower() in DIRECTIVE_VERBS and any(
            c.dep_ in ("dobj", "dative") for c in head.children):
        return "told to"  # "leaflets telling us to surrender"
    return None


def _harm_outside(sent: Any, span: set[int]) -> bool:
    return any(t.lemma_.lower() in HARM_LEMMAS and t.i not in span for t in sent)


def _foreseen_noun(trigger: Any) -> bool:
    """"the projected attack", "a promised storming draws near", "an attack is imminent", "clashes are now a
    distinct possibility": the act is foreseen (not when the sentence says it began or hit)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    head = trigger.head
    if trigger.dep_ in ("nsubj", "nsubjpass", "dobj") and head.lemma_.lower() in OCCURRING:
        return False  # "the promised offensive began on Monday"
    if any(c.dep_ in ("amod", "compound") and c.lower_ in PROSPECT_MODS for c in trigger.children):
        return True
    return trigger.dep_ == "nsubj" and head.lemma_.lower() in ("be", "seem", "look", "appear", "remain") and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in PROSPECT_PREDICATES for c in head.children)


def _entailed(trigger: Any) -> bool:
    """"It means destroying the planes from the air": the act a policy would mean."""
    verb = trigger if trigger.tag_ == "VBG" else None
    if verb is None and trigger.dep_ == "dobj" and trigger.head.tag_ == "VBG":
        verb = trigger.head
    return verb is not None and verb.dep_ in ("xcomp", "dobj", "ccomp") and (
        verb.head.lemma_.lower() in ENTAILING_VERBS)


def _future_time_clause(trigger: Any) -> bool:
    """"... should act before he shoots off missiles again": a simple present in a clause of time under a modal
    (or an imperative) tells an act to come."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for _ in range(2):
        if verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBZ", "VBP"):
            break
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    else:
        return False
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "before it has struck" is no simple present
    ruler = verb.head
    for _ in range(3):
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in ruler.children):
            return True
        if ruler.dep_ not in ("advcl", "xcomp", "ccomp", "conj") or ruler.head.i == ruler.i:
            break
        ruler = ruler.head
    return False


#: verbs by which an act is refused ("refused to attack", "refusing to let her fight")
REFUSING = frozenset("refuse decline".split())


def _refused(trigger: Any) -> bool:
    """"her commanders were refusing to let her fight", "the pilots refused to bomb the town": an act refused."""
    t = trigger
    for _ in range(3):
        if t.dep_ not in ("xcomp", "ccomp") or t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in REFUSING:
            return True
    return False


def _not_done_words() -> frozenset[str]:
    """The words one of :func:`not_done`'s readings needs in the sentence: what rules an infinitive ("how", a
    noun of planning, a verb of forming, going on or telling, a disposition, "going"), a foreseeing modifier or
    predicate, a verb of meaning, a mark of time, a verb of refusing."""
    rulers = frozenset(("how", "going")) | PLAN_NOUNS | FORMING_VERBS | GOING_ON | DISPOSITION_ADJS | DIRECTIVE_VERBS
    return rulers | PROSPECT_MODS | PROSPECT_PREDICATES | ENTAILING_VERBS | TIME_MARKS | REFUSING


@needs_words(_not_done_words, empty=none)  # (a sentence with none of them skips every walk)
def not_done(sent: Any, trigger: Any) -> str | None:
    """Why the act at ``trigger`` is told as planned, foreseen, told to be done or imagined (see the module's
    note); None when it may have been done. ``sent`` is the trigger's sentence."""
    inf = _infinitive_above(trigger)
    if inf is not None:
        why = _ruled_infinitive(inf)
        if why is not None and not _harm_outside(sent, {t.i for t in inf.subtree}):
            return why
    if _foreseen_noun(trigger) and not _harm_outside(sent, {t.i for t in trigger.subtree}):
        return "foreseen"
    if _entailed(trigger):
        return "what a policy would mean"
    if _future_time_clause(trigger):
        return "a clause of time to come"
    if trigger.pos_ in ("VERB", "AUX") and _refused(trigger) and not _harm_outside(sent, {t.i for t in trigger.subtree}):
        return "refused"
    return None
