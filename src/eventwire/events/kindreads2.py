"""Words read in another sense, second pass (read by :func:`eventwire.events.kindreads.wrong_kind`).

Each reading is gated by a set test on the trigger's lemma, so most decisions pay one look-up. :func:`misread`
is True when the decision names no act of its type:

- a withdrawal of forces only decided, ordered, planned or announced ("his decision to withdraw 2,000 troops
  from Syria", "has ordered the withdrawal of half the troops", "told to plan for the withdrawal of soldiers",
  "the withdrawal announcement"): a plan, no change of the forces' activity yet;
- a politician's campaign rally ("Trump holds rallies in three states", "a campaign rally in Ohio") and a
  leader rallying people ("rallied followers to join the caliphate"): no demonstration, unless the sentence
  tells a protest ("against", "demanding");
- a vigil kept as a watch ("authorities maintained a tight vigil in the town"): surveillance, no gathering;
- damages told by their size ("the damages are enormous"), a deal or a plan wrecked ("the deal held until
  the president wrecked it", "ruined the talks"): no property destroyed;
- a fight in court ("women who spent years fighting in civil courts", "a long legal battle"): litigation, no
  clash; a firm engaged ("the government engaged a London firm in a contract"), a person battling to do a thing
  ("a migrant is battling to claim a jackpot"), in a sentence with no armed word: no clash;
- an aircraft boarded ("boarded a jet to leave Washington"), an "Air Force" describing a person ("an Air Force
  veteran"): no air strike;
- a project executed, a film shot, a shooting range, a text that attacks ("the executive order attacks the platform"), enough of a
  thing to kill ("seizing enough drugs to kill every American"): no attack;
- a fight or an assault named as what a court tries or convicts for ("was in court facing prosecution for
  fighting against Islamic State", "found guilty of assaulting an officer"): the court's matter, no act of the
  sentence;
- a killing told with a death sentence or custody ("a stay for a man who was to die by lethal injection for the
  1994 shooting death of a store clerk"), with no political, armed or gang word in the sentence: crime, not
  political violence.

Neither court reading applies in an article that names a defender, a journalist, an activist or the opposition
(their trials tell attacks on them: "two men were convicted of murdering the environmentalist").

Near misses that keep their type: "troops withdrew from the town on Monday", "the army began withdrawing from
the border", "thousands rallied in the capital against the law", "supporters held a rally demanding his
release", "families kept a candlelight vigil outside the prison", "rioters damaged shops", "militants destroyed
it", "rebels fought troops near the court", "gang members shot dead a rival in a turf war", "the army engaged the
rebels", "rebels are fighting to retake the town", "soldiers shot two men", "militants attacked the convoy".
"""

from __future__ import annotations

from typing import Any

from .chargedarrests import ARMED, NOT_ORDINARY
from .clause import ActorKind, agent_of, arg_kind, patient_of
from .kindreads_words import (
    ABSTRACT_PACTS,
    AIR_ROLES,
    AIRCRAFT,
    BOARDING_VERBS,
    CASE_WORDS,
    COURT_MATTER_HEADS,
    DEFENDER_WORDS,
    EXECUTED_THINGS,
    FILM_WORDS,
    HIRE_WORDS,
    KILLING_ACTS,
    MOBILISED,
    PERSON_WORDS,
    PLAN_HEADS,
    RALLY_HOSTS,
    SHOOTING_THINGS,
    SIDE_WORDS,
    SIZE_WORDS,
    STRIFE_WORDS,
    TRIED_ACTS,
    UNREST_WORDS,
    UTTERANCES,
    WATCH_MODS,
    WITHDRAWALS,
    WRECK_VERBS,
)
from .words import doc_words, lower_forms

#: the trigger lemmas a reading of this module may fire on (the gate)
GATE = WITHDRAWALS | WRECK_VERBS | KILLING_ACTS | frozenset(
    "rally vigil damage fight fighting battle assault attack attacking assaulting engage execute force".split()) | (
    AIRCRAFT)
#: the words that make a killing no ordinary crime (the charges of the arrest module that are acts apart)
NOT_PRIVATE = (NOT_ORDINARY - frozenset("killing murder shooting gun guns burn burning state".split())) | ARMED | (
    STRIFE_WORDS | DEFENDER_WORDS)


def _side_told(doc: Any) -> bool:
    """The article names a defender, a journalist, an activist or the opposition (cached on the doc): its
    trials and killings may be attacks on them ("convicted of murdering Ana Lopez", the environmentalist)."""
    key = "kindreads2.side"
    if key not in doc.user_data:
        doc.user_data[key] = not SIDE_WORDS.isdisjoint(doc_words(doc)[1])
    return doc.user_data[key]


def _lemma(t: Any) -> str:
    return t.lemma_.lower()


def _kid(tok: Any, *deps: str) -> Any:
    return next((c for c in tok.children if c.dep_ in deps), None)


#: What a member withdraws from when the news is its leaving ("the withdrawal of Mali from the G5 Sahel joint force").
BODIES = frozenset("""force alliance coalition group pact agreement deal treaty accord organisation organization bloc
    mission union body court council talks convention federation community""".split())


def _leaves_a_body(trig: Any) -> bool:
    """Whether the withdrawal at ``trig`` is from a body, an alliance or a deal (a member leaving it, announced: a
    change of the group's activity, as ACLED codes it), not of forces from ground."""
    return any(p.dep_ == "prep" and p.lower_ == "from" and any(
        g.dep_ == "pobj" and any(_lemma(t) in BODIES or t.ent_type_ == "ORG" for t in (g, *(
            c for c in g.children if c.dep_ in ("appos", "compound")))) for g in p.children)
        for p in trig.children)  # ("from the G5, the joint force": the name and its apposition)


def planned_withdrawal(trig: Any) -> bool:
    """A withdrawal only decided, ordered, planned or announced (see the module's note)."""
    if _lemma(trig) not in WITHDRAWALS or _leaves_a_body(trig):
        return False
    head = trig.head
    if trig.pos_ == "VERB":  # "decision to withdraw", "intends to withdraw", "the move to withdraw troops"
        return trig.dep_ in ("acl", "xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children) and (
            _lemma(head) in PLAN_HEADS)
    if trig.pos_ != "NOUN":
        return False
    if trig.dep_ == "compound":
        return _lemma(head) in PLAN_HEADS  # "the withdrawal announcement"
    if trig.dep_ in ("dobj", "nsubjpass"):
        return _lemma(head) in PLAN_HEADS  # "has ordered the withdrawal of half the troops"
    if trig.dep_ == "pobj" and head.lower_ in ("for", "on", "of", "about", "over"):
        return _lemma(head.head) in PLAN_HEADS  # "plan for the withdrawal", "preconditions on a withdrawal"
    return False


def _protest_told(sent: Any) -> bool:
    return not lower_forms(sent).isdisjoint(UNREST_WORDS)


def campaign_rally(trig: Any, sent: Any, actor_kind: ActorKind | None) -> bool:
    """A politician's rally or a leader rallying people, in a sentence with no word of protest."""
    if _lemma(trig) != "rally" or _protest_told(sent):
        return False
    if trig.pos_ == "VERB":  # "rallied followers to join", "rallied his supporters"
        obj = _kid(trig, "dobj")
        if obj is None:
            told = _kid(trig, "ccomp", "xcomp")
            obj = _kid(told, "nsubj") if told is not None else None
        return obj is not None and (_lemma(obj) in MOBILISED or obj.lower_ in MOBILISED)
    if trig.pos_ != "NOUN":
        return False
    if any(c.dep_ == "compound" and c.lower_ in ("campaign", "election", "re-election", "reelection")
           for c in trig.children):
        return True  # "a campaign rally in Ohio"
    if trig.dep_ != "dobj" or _lemma(trig.head) not in RALLY_HOSTS:
        return False
    host = _kid(trig.head, "nsubj")
    if host is None or host.tag_ not in ("NNP", "NN") or not host.text[:1].isupper() or host.ent_type_ in (
            "NORP", "GPE", "LOC") or any(c.dep_ == "det" for c in host.children):
        return False  # (a crowd, a people or a place holding a rally: "supporters held a rally")
    return arg_kind(host, actor_kind) not in ("protester", "demo", "nonstate", "armed")  # "Trump holds rallies"


#: Who keeps a vigil as a watch: the state's forces themselves.
VIGIL_KEEPERS = frozenset("police policeman policemen army soldier troop force authority government military officer "
                          "guard security".split())


def watch_vigil(trig: Any, actor_kind: ActorKind | None) -> bool:
    """A vigil kept as a watch: "a tight vigil", or one kept by a state force."""
    if _lemma(trig) != "vigil" or trig.pos_ != "NOUN":
        return False
    if any(c.dep_ == "amod" and c.lower_ in WATCH_MODS for c in trig.children):
        return True  # "maintained a tight vigil"
    keeper = _kid(trig.head, "nsubj") if trig.dep_ == "dobj" else None
    # the keeper itself a force, not kin of one ("widows of fallen soldiers held a vigil": a protest)
    return keeper is not None and _lemma(keeper) in VIGIL_KEEPERS and arg_kind(keeper, actor_kind) == "state"


def _abstract(tok: Any) -> bool:
    return tok is not None and (_lemma(tok) in ABSTRACT_PACTS or tok.lower_ in ABSTRACT_PACTS)


def no_property(trig: Any) -> bool:
    """Damages told by their size, a deal or a plan wrecked (see the module's note)."""
    lem = _lemma(trig)
    if lem == "damage" and trig.pos_ == "NOUN":
        if trig.dep_ != "nsubj" or _lemma(trig.head) != "be":
            return False
        pred = _kid(trig.head, "acomp", "attr")
        return pred is not None and pred.lower_ in SIZE_WORDS  # "the damages are enormous"
    if lem not in WRECK_VERBS or trig.pos_ != "VERB":
        return False
    obj = _kid(trig, "dobj", "nsubjpass")
    if obj is None:  # "wrecked the ceasefire deal" parsed as a clause ("deal" a verb): the pact noun read as such
        told = _kid(trig, "ccomp")
        return told is not None and told.lower_ in ABSTRACT_PACTS and any(
            c.dep_ == "det" or c.lower_ == "the" for c in told.subtree if c.i < told.i)
    if _abstract(obj):
        return True  # "wrecked the deal", "the talks were ruined"
    if obj.lower_ not in ("it", "this", "that"):
        return False
    before = [t for t in trig.sent if t.i < trig.i and t.pos_ in ("NOUN", "PROPN")
              and t.dep_ in ("nsubj", "nsubjpass") and t.head.i != trig.i]
    return bool(before) and _abstract(before[-1])  # "only the deal marked a shift, until he wrecked it": the
    # subject before the wrecking is what "it" points back to


def court_fight(trig: Any) -> bool:
    """A fight in court or a legal battle (see the module's note)."""
    lem = _lemma(trig)
    if lem not in ("fight", "fighting", "battle"):
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in ("legal", "court", "courtroom", "judicial", "custody")
           for c in trig.children):
        return True  # "a long legal battle"
    return any(c.dep_ == "prep" and c.lower_ in ("in", "through") and any(
        g.dep_ == "pobj" and _lemma(g) in ("court", "courtroom", "tribunal") for g in c.children)
        for c in trig.children)  # "fighting in civil courts", "through the courts"


def court_matter(trig: Any, sent: Any) -> bool:
    """A fight or an assault named as what a court tries or convicts for ("facing prosecution for fighting
    against X", "found guilty of assaulting an officer")."""
    if not ((trig.tag_ == "VBG" and trig.dep_ == "pcomp") or (trig.pos_ == "NOUN" and trig.dep_ == "pobj")) or (
            trig.head.lower_ not in ("for", "of")) or _lemma(trig) not in TRIED_ACTS or _side_told(trig.doc):
        return False  # (the trial of an attack on a defender tells the attack: "convicted of murdering a rights
        # lawyer")
    h = trig.head.head
    for _ in range(3):  # "found guilty at the city court of assaulting": the phrase may hang on the court
        if _lemma(h) in COURT_MATTER_HEADS or h.lower_ in COURT_MATTER_HEADS or any(
                c.dep_ in ("acomp", "oprd") and c.lower_ in COURT_MATTER_HEADS for c in h.children):
            return True  # (or on the verb of "was found guilty")
        if h.dep_ not in ("pobj", "prep") or h.head.i == h.i:
            return False
        h = h.head
    return False


def clash_in_words(trig: Any, sent: Any) -> bool:
    """A firm engaged ("the government engaged a London-based firm in a contract"), a person battling to do a
    thing ("a migrant is battling to claim a jackpot"), in a sentence with no armed word: no clash."""
    lem = _lemma(trig)
    if trig.pos_ != "VERB" or not lower_forms(sent).isdisjoint(ARMED):
        return False
    if lem == "engage":
        return _kid(trig, "dobj") is not None and not lower_forms(sent).isdisjoint(HIRE_WORDS)
    if lem not in ("battle", "fight") or _kid(trig, "dobj") is not None:
        return False
    goal = _kid(trig, "xcomp")
    subj = _kid(trig, "nsubj")
    return goal is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in goal.children) and (
        subj is not None and (subj.lower_ in PERSON_WORDS or subj.ent_type_ == "PERSON"))


def attack_in_words(trig: Any) -> bool:
    """An act word in another sense: a project executed, a film shot, a text that attacks ("the order attacks
    the platform"), enough of a thing to kill ("seizing enough drugs to kill every American")."""
    lem = _lemma(trig)
    if trig.lower_ == "shooting" and trig.dep_ in ("amod", "compound"):
        return _lemma(trig.head) in SHOOTING_THINGS  # "a failed state turned shooting range"
    if trig.pos_ != "VERB":
        return False
    obj = _kid(trig, "dobj")
    if lem == "execute":
        return obj is not None and (_lemma(obj) in EXECUTED_THINGS or obj.lower_ in EXECUTED_THINGS)
    if lem == "shoot":
        return obj is not None and (_lemma(obj) in FILM_WORDS or obj.lower_ in FILM_WORDS)
    if lem == "attack":
        subj = _kid(trig, "nsubj")
        return subj is not None and (_lemma(subj) in UTTERANCES or subj.lower_ in UTTERANCES)
    if lem == "kill" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children):
        return any(t.lower_ == "enough" and 0 < trig.i - t.i <= 5 for t in trig.sent)
    return False


def air_in_words(trig: Any) -> bool:
    """An aircraft boarded ("she and her husband boarded a jet to leave Washington"), an "Air Force" that
    describes a person ("an Illinois Republican and Air Force veteran"): no strike."""
    low = trig.lower_
    if low in AIRCRAFT:
        return trig.dep_ == "dobj" and _lemma(trig.head) in BOARDING_VERBS
    if low != "force" or not any(c.lower_ == "air" for c in trig.children):
        return False
    after = trig.nbor(1) if trig.i + 1 < len(trig.doc) else None
    return (after is not None and after.lower_ in AIR_ROLES) or (
        trig.dep_ == "compound" and trig.head.lower_ in AIR_ROLES)


def killing_case(trig: Any, sent: Any, actor_kind: ActorKind | None) -> bool:
    """A killing told with a death sentence or custody, with no political, armed or gang word (see the module's
    note)."""
    if _lemma(trig) not in KILLING_ACTS and trig.lower_ not in KILLING_ACTS:
        return False
    words = lower_forms(sent)
    if words.isdisjoint(CASE_WORDS) or not words.isdisjoint(NOT_PRIVATE) or _side_told(trig.doc):
        return False
    for t in (agent_of(trig), patient_of(trig)):
        if t is not None and arg_kind(t, actor_kind) in ("state", "nonstate", "armed", "political", "protester"):
            return False
    return not any(t.pos_ in ("NOUN", "PROPN") and arg_kind(t, actor_kind) in ("nonstate", "armed", "political")
                   for t in sent)


def misread(dec: Any, sent: Any, actor_kind: ActorKind | None) -> bool:
    """The decision's trigger names no act of its type (see the module's note)."""
    trig = dec.trigger
    sub = dec.sub_event_type
    if trig is None or sub is None or (_lemma(trig) not in GATE and trig.lower_ not in GATE):
        return False
    if sub in ("Change to group/activity", "Non-violent transfer of territory", "Non-state actor overtakes territory",
               "Government regains territory"):
        return planned_withdrawal(trig)
    if dec.family == "PROTEST":
        return campaign_rally(trig, sent, actor_kind) or watch_vigil(trig, actor_kind)
    if sub == "Looting/property destruction":
        return no_property(trig)
    if dec.family == "VIOLENCE" and court_matter(trig, sent):
        return True
    if sub == "Armed clash":
        return court_fight(trig) or clash_in_words(trig, sent)
    if sub == "Attack":
        return attack_in_words(trig) or killing_case(trig, sent, actor_kind)
    if sub == "Air/drone strike":
        return air_in_words(trig)
    return False
