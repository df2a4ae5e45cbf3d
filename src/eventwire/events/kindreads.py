"""Acts whose word is right but whose argument is of the wrong kind: the verb names an act in another sense.

Called by :func:`eventwire.events.typing_extra.reread_decision` on the rules' decision, after
:func:`eventwire.events.actreads.other_sense`. Each reading is gated by a set test on the trigger's lemma (or,
for a charge, on its dependency), so most decisions pay one look-up. :func:`wrong_kind` is True when the
decision names no act; the sentence then gives no report of that type:

- a person or armed men handed over or transferred ("he had been handed over to Bangladesh", "fighters who were
  transferred to the province"), and the noun "hands" ("clasped his hands over his ears"): no territory changes
  hands;
- a person freed or liberating themselves ("she has since been freed on bail", "women are liberating
  themselves"), a right, a mantle or the initiative regained ("to regain the initiative"): no place retaken;
- anything but a place "in the hands of" someone ("editing is in the hands of a veteran", "the case is in the
  hands of the prosecutor"): no territory held (a town in the hands of rebels stays);
- places named by a past act ("reprisals in areas retaken by the army"), a fall as the time of another act
  ("weeks before the fall of the city"), a ride ("as I drove from my parents' home"): no territory taken now;
- a leader or a regime toppled ("committed to toppling the president"), a man "toppling backwards", a project,
  a group or a reputation destroyed ("prevented him from destroying the project"), what is "hard to destroy",
  damage done to people or abstractions ("the damage the occupation has done to local communities"), damage
  limited or repaired with no thing damaged ("steps to limit the damage"), damages awarded in court ("damages
  of $500,000 for wrongful dismissal"), people burned in a fire with no doer ("two children who burned to death
  in a house fire"), a body part burned or damaged ("burned off part of his beard"), "stripes": no property
  looted or destroyed;
- a blockade with no crowd in its sentence ("civilians living under a blockade imposed by the army"), a siege
  and not a road held by demonstrators; protests as the topic of a report ("a report on the policing of
  protests"); "military strikes" and "online shutdowns"; people gathered indoors or for a private end with no
  word of protest ("her sisters have gathered to support their dad"): no demonstration of this sentence;
- leaders engaged ("the government continued to engage religious leaders"), sides engaged in an exchange of
  words or in talks, a wave of an illness battled ("Thailand is battling a third wave of COVID-19"), "not a
  fighting type", the battle over a cause ("the battle over voting rights"), influence combated, an encounter
  in a sentence with no arms or harm ("the strangers they encountered"): no clash;
- a withdrawal or a retreat from a role, a deal or a race ("America was retreating from its global role"), a
  recruit (a person, "Isis recruits"), a notion reinforced ("reinforce the expectation"): no change of an armed
  group's activity;
- an offence named as a charge ("booked on a charge of arson", "has no conviction for assault"): the court's
  matter, not an act of the sentence;
- the second pass's readings (:mod:`eventwire.events.kindreads2`): withdrawals only planned, campaign rallies,
  a vigil kept as a watch, damages by their size, deals wrecked, fights in court, firms engaged, films shot,
  jets boarded, assaults a court tries, killings told with a death sentence.

Near misses that keep their type: "the rebels handed over the town to the army", "troops freed the village",
"the town is in the hands of the rebels", "protesters toppled a statue", "militants destroyed the bridge",
"farmers blockaded the highway", "troops engaged the militants", "the army withdrew from the border area",
"thousands gathered in the square to demand ...", "two militants were killed in an encounter with police".
"""

from __future__ import annotations

from typing import Any

from .chargedarrests import CHARGE_NOUNS
from .clause import ActorKind, arg_kind
from .figurative import ABSTRACT_FOES, ABSTRACT_TARGETS
from .kindreads2 import _kid, _lemma, misread  # (one module's two halves: the same small readers)
from .kindreads3 import misread3
from .lexicon import ARMED_WORDS, PLACE_NOUNS
from .words import lower_forms

#: pronouns and nouns of persons (who may be handed over or freed, but are no territory)
PERSON_WORDS = frozenset(
    """he she him her himself herself themselves themself myself yourself ourselves pair couple duo trio
    journalist journalists reporter reporters activist activists national nationals citizen citizens brothers
    sisters twins man woman boy boys girl girls child children kid kids infant infants baby babies person persons wife husband son daughter father mother prisoner prisoners
    hostage hostages detainee detainees captive captives suspect suspects people men women""".split())
#: armed people moved or handed, no territory ("fighters who were transferred to the region")
MOVED_PEOPLE = frozenset("fighters militants soldiers troops rebels jihadists gunmen combatants".split())
#: prepositions that make an act the time of another ("after the fall of the enclaves")
TIME_PREPS = frozenset("after before since following until".split())
#: where a freed person was held ("freed on bail", "released from prison")
CUSTODY_WORDS = frozenset("bail prison jail custody detention captivity parole".split())
#: what is regained that is no place ("regaining its right to power", "regain the initiative")
ABSTRACT_GAINS = frozenset(
    """right rights mantle initiative momentum confidence trust title crown lead seat seats majority power status
    role voice edge footing composure consciousness strength freedom dignity credibility prestige reputation
    influence relevance popularity balance sight""".split())
#: who holds a matter "in their hands" that is no armed side ("in the hands of the prosecutor")
CIVIL_HOLDERS = frozenset(
    """office court courts prosecutor prosecutors judge judges jury ministry lawyer lawyers family families god
    voters people public administration government editor editors""".split())
#: whom one topples, overthrows or ousts: a ruler, not a statue
RULERS = frozenset(
    """leader leaders president presidents regime regimes government governments king queen monarch dictator
    dictators ruler rulers premier minister chancellor emir sultan shah junta administration""".split())
#: what is destroyed or damaged that is no property ("destroying a project", "lives destroyed")
ABSTRACT_THINGS = ABSTRACT_TARGETS | frozenset(
    """project projects life lives career careers hope hopes future trust relationship relationships relations
    economy chance chances image morale confidence peace process deal agreement plan plans dream dreams marriage
    group groups organisation organization movement network caliphate party ideology alliance community
    communities people society family families evidence standing prospects""".split())
#: body parts, burned or damaged, are no property
BODY_PARTS = frozenset(
    """beard hair hand hands face skin finger fingers arm arms leg legs foot feet ear ears eye eyes head back
    chest lung lungs body eyebrow eyebrows eyelashes lip lips nose""".split())
#: the words of a court's damages ("awarded damages of $500,000")
COURT_WORDS = frozenset(
    """$ € £ pay paid award awarded awards sue sued suing lawsuit court courts judge jury compensation settlement
    termination dismissal claim claims seek seeking sought libel defamation""".split())
#: the crowd and protest words that make a blockade one of demonstrators
CROWD_WORDS = frozenset(
    """protest protests protesting protested protester protesters protestor protestors demonstration
    demonstrations demonstrator demonstrators crowd crowds farmer farmers trucker truckers driver drivers
    activist activists resident residents villager villagers worker workers student students striker strikers
    rally rallies march marchers""".split())
#: the words that make a gathering a demonstration
PROTEST_WORDS = CROWD_WORDS | frozenset("""demand demanded demanding demands slogan slogans chant chanted chanting
    banner banners placard placards petition vigil against""".split())
#: private ends of a gathering ("gathered to support their dad")
PRIVATE_PURPOSES = frozenset("support celebrate watch eat pray share listen dance play study cook drink chat".split())
#: indoor and private places of a gathering ("in a school gymnasium", "around a pot of food")
PRIVATE_PLACES = frozenset("""gymnasium gym room flat apartment home house kitchen restaurant cafe café hotel
    classroom pot table fire campfire tv television screen""".split())
#: nouns of which protests are the topic ("the policing of protests", "a report on protests")
TOPIC_NOUNS = frozenset(
    """policing coverage reporting report reports documentary film book study studies analysis handling
    management history subject""".split())
#: people one engages in talks with ("engage religious leaders")
DIALOGUE_PARTNERS = frozenset(
    """leader leaders official officials cleric clerics elder elders stakeholder stakeholders partner partners
    diplomat diplomats counterpart counterparts youth youths citizen citizens clergy chief chiefs union unions
    donor donors investor investors""".split())
#: what sides are engaged in that is no fight ("engaged in talks", "in a bitter exchange of words")
TALK_NOUNS = frozenset(
    """talks dialogue debate debates negotiation negotiations discussion discussions consultation consultations
    conversation conversations dispute disputes row spat feud argument arguments correspondence""".split())
#: a wave of what is battled ("battling a third wave of COVID-19")
WAVE_NOUNS = frozenset("wave waves outbreak outbreaks surge spike spread epidemic".split())
#: what one withdraws or retreats from that is no place ("retreating from its global role")
COMMITMENTS = frozenset(
    """role roles commitment commitments deal deals agreement agreements treaty treaties pact accord accords talks
    negotiations race election elections contest competition pledge promise obligations politics limelight
    spotlight tournament""".split())

#: words of harm or arms that make an "encounter" a fight ("killed in an encounter with police")
HARM_WORDS = frozenset("""killed dead died wounded injured shot gunfire firing fired gun guns bullet bullets
    arrested""".split())
#: what "fighting" qualifies that is no fight ("not a fighting type", "a fighting chance")
FIGHT_QUALITIES = frozenset("type types spirit chance fit form shape mood stance talk words fund kind sort".split())
#: causes a "fight for" or a "battle over" is about, not a foe ("the fight for the protection of rights")
CAUSES = ABSTRACT_TARGETS | frozenset("""protection right voting vote votes equality justice recognition
    custody""".split())
#: what is combated or fought that is no armed side ("combating Iranian influence")
INFLUENCES = frozenset("""influence extremism radicalisation radicalization propaganda ideology narrative
    narratives hatred racism""".split())
#: what is reinforced that is no force ("reinforce the expectation")
NOTIONS = ABSTRACT_THINGS | frozenset("""expectation expectations message messages view views perception
    perceptions commitment belief beliefs notion stereotype stereotypes impression point case argument importance
    need idea""".split())
#: what one limits or undoes when one limits "the damage" (a harm of standing, not of property)
DAMAGE_CONTROL = frozenset("limit contain undo mitigate minimise minimize repair control".split())
#: adjectives of ability under which an infinitive tells no act ("hard to destroy")
ABILITY_ADJECTIVES = frozenset("hard difficult easy impossible possible tough".split())
#: modifiers of a strike by arms, not of work ("a decision on military strikes")
ARMED_STRIKE_MODS = frozenset("""military air missile drone retaliatory punitive rocket artillery naval nuclear
    pre-emptive preemptive precision targeted cruise surgical israeli american russian us""".split())
#: modifiers of a shutdown of networks or of a government, not of shops ("online shutdowns")
NETWORK_MODS = frozenset("online internet network communications government federal".split())

TERRITORY_SUBS = frozenset(("Non-violent transfer of territory", "Government regains territory",
                            "Non-state actor overtakes territory"))
#: the trigger lemmas a reading of this module may fire on (the gate)
GATE = frozenset(
    """hand transfer drive fall free liberate release regain reclaim retake win recover be topple overthrow oust destroy
    damage burn burnt blockade protest engage battle fight fighting combat retreat withdraw withdrawal recruit
    recruiting reinforce strike shutdown gather encounter stripe stripes strip""".split())


def _pobj(tok: Any, preps: tuple[str, ...]) -> Any:
    """The object of ``tok``'s first preposition among ``preps``."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
                 if g.dep_ == "pobj"), None)


def _person(tok: Any) -> bool:
    """A pronoun or noun of persons, or a name tagged a person's with no number ("Kilometre 50" is a place)."""
    return tok is not None and (tok.lower_ in PERSON_WORDS or (tok.ent_type_ == "PERSON" and not any(
        c.dep_ == "nummod" for c in tok.children)))


def _named_person(tok: Any) -> bool:
    """A name told as a person's: a person noun before it or a "who" clause after it ("journalist Dan Fenner",
    "Fenner, who was sentenced in May"); a bare name may be a town's."""
    if tok.ent_type_ != "PERSON":
        return False
    return any((c.dep_ in ("compound", "appos") and c.lower_ in PERSON_WORDS) or (
        c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children)) for c in tok.children)


def _place(tok: Any) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lower_ in PLACE_NOUNS or _lemma(tok) in PLACE_NOUNS


def _patient(trig: Any) -> Any:
    """What the verb acts on: its object, its passive subject, or the noun a participle or relative clause of it
    qualifies ("children burnt alive", "children who were burned")."""
    obj = _kid(trig, "dobj", "nsubjpass")
    if obj is not None and obj.tag_ == "WP" and trig.dep_ == "relcl":
        return trig.head
    if obj is None and trig.dep_ in ("acl", "relcl") and trig.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return trig.head
    return obj


def as_charge(trig: Any) -> bool:
    """An offence named as a charge: "booked on a charge of arson", "has no conviction for assault"."""
    return (trig.pos_ == "NOUN" and trig.dep_ == "pobj" and trig.head.lower_ in ("of", "for")
            and _lemma(trig.head.head) in CHARGE_NOUNS)


def _territory(trig: Any) -> bool:
    lem = _lemma(trig)
    if trig.pos_ == "NOUN" and trig.lower_ == "hands":
        return trig.dep_ in ("dobj", "nsubj") and any(c.dep_ == "poss" for c in trig.children)  # "clasped his hands"
    if lem in ("hand", "transfer") and trig.pos_ == "VERB":
        if any(c.dep_ == "dobj" and _place(c) for c in trig.children):
            return False  # "transferred the forward operating base to the army"
        obj = _patient(trig)
        if _person(obj) or (obj is not None and obj.lower_ in MOVED_PEOPLE):
            return True  # "he had been handed over to Bangladesh", "fighters who were transferred to Idlib"
        to = _pobj(trig, ("to",))  # "Fenster was handed over to Richardson": a person's hand, no side's
        return obj is not None and not _place(obj) and to is not None and to.ent_type_ == "PERSON"
    if lem in ("free", "liberate", "release") and trig.pos_ == "VERB":
        freed = _kid(trig, "dobj", "nsubjpass")
        if freed is not None and (freed.lower_ in PERSON_WORDS or _named_person(freed)):
            return True  # "liberating themselves", "journalist Dan Fenner, who ..., was freed" ("freed Kobane" stays)
        bail = _pobj(trig, ("on", "from"))  # "has been freed on bail", "was released from prison"
        return bail is not None and _lemma(bail) in CUSTODY_WORDS
    if trig.dep_ == "acl" and trig.tag_ == "VBN" and trig.head.tag_ == "NNS" and _lemma(trig.head) in PLACE_NOUNS:
        return not any(t.ent_type_ in ("DATE", "TIME") or t.like_num for t in trig.subtree)  # "in areas retaken by
        # Damascus": places named by a past act, no act of the sentence
    if lem == "drive" and trig.pos_ == "VERB":
        subj, obj = _kid(trig, "nsubj"), _kid(trig, "dobj")
        return subj is not None and subj.lower_ in ("i", "we", "you") and (
            obj is None or obj.lower_ not in MOVED_PEOPLE)  # "as I drove from my home": a ride, no side driven out
    if lem == "fall" and trig.pos_ == "NOUN" and trig.dep_ == "pobj" and trig.head.lower_ in TIME_PREPS:
        return not any(t.ent_type_ in ("DATE", "TIME") for t in trig.subtree)  # "after the fall of other enclaves":
        # the time of what the sentence tells
    if lem in ("regain", "reclaim", "retake", "win", "recover"):
        obj = _kid(trig, "dobj", "nsubjpass")
        return obj is not None and _lemma(obj) in ABSTRACT_GAINS  # "regain the initiative"
    if lem == "be":
        hands = _pobj(trig, ("in",))
        if hands is None or hands.lower_ != "hands":
            return False
        subj = _kid(trig, "nsubj")
        if subj is None or _place(subj):
            return False
        if subj.pos_ == "PRON":  # "it is in the hands of the prosecutor": only a civil holder
            holder = _pobj(hands, ("of",))
            return holder is not None and _lemma(holder) in CIVIL_HOLDERS
        return subj.pos_ == "NOUN"  # "editing is in the hands of ..."; not "the town"
    return False


def _burned_person(trig: Any, actor_kind: ActorKind | None) -> bool:
    """People burned with no armed or state doer ("children who burned to death in a fire"), a body part burned."""
    obj = _kid(trig, "dobj")
    if obj is not None and _lemma(obj) in BODY_PARTS | {"part"}:
        part = _pobj(obj, ("of",)) if _lemma(obj) == "part" else obj
        return part is not None and _lemma(part) in BODY_PARTS  # "burned off part of his beard"
    who = _patient(trig)
    if who is None and trig.dep_ == "relcl" and _kid(trig, "nsubj") is not None and obj is None:
        who = trig.head  # "children who burned to death": intransitive, the relative's noun
    if not _person(who):
        return False
    doer = _kid(trig, "agent")
    doer = _kid(doer, "pobj") if doer is not None else None
    return doer is None or arg_kind(doer, actor_kind) not in ("state", "nonstate", "armed")


def _property(trig: Any, sent: Any, actor_kind: ActorKind | None) -> bool:
    lem = _lemma(trig)
    if trig.lower_ in ("stripe", "stripes"):
        return True  # "a stars-and-stripes scarf": a pattern, nothing stripped
    if lem in ("topple", "overthrow", "oust"):
        obj = _kid(trig, "dobj", "nsubjpass")
        if obj is None and lem == "topple" and any(c.lower_ in ("backwards", "backward", "over") for c in trig.children):
            return True  # "sending him toppling backwards": a fall
        return obj is not None and (_person(obj) or _lemma(obj) in RULERS)  # "toppling the Syrian leader"
    if lem in ("burn", "burnt"):
        return _burned_person(trig, actor_kind)
    if lem in ("destroy", "damage") and trig.pos_ == "VERB":
        obj = _kid(trig, "dobj", "nsubjpass")
        if obj is None and trig.head.lower_ in ABILITY_ADJECTIVES:
            return True  # "groups that are hard to destroy": an ability, no act
        if obj is not None and obj.ent_type_ == "ORG" and arg_kind(obj, actor_kind) in ("nonstate", "armed"):
            return True  # "to degrade and destroy Islamic State": the fight, no property
        return obj is not None and (_lemma(obj) in ABSTRACT_THINGS or obj.lower_ in ABSTRACT_THINGS)
    if (lem == "damage" and trig.pos_ == "ADJ") or (trig.lower_ == "damaged" and trig.dep_ == "amod"):
        return _lemma(trig.head) in BODY_PARTS  # "his damaged ears"
    if lem == "damage" and trig.pos_ == "NOUN":
        if trig.dep_ == "compound":
            return _lemma(trig.head) in ("limitation", "control")  # "the focus is now damage limitation"
        if trig.dep_ == "amod" or trig.head.lower_ in BODY_PARTS:
            return False
        if trig.dep_ == "dobj" and _lemma(trig.head) in DAMAGE_CONTROL and not any(
                c.dep_ in ("relcl", "acl") or (c.dep_ == "prep" and c.lower_ in ("to", "of")) for c in trig.children):
            return True  # "steps to limit the damage", "repair damage across the region"
        done = next((c for c in trig.children if c.dep_ == "relcl"), trig)
        to = _pobj(done, ("to",)) or _pobj(trig, ("to",))
        if to is not None:
            return _lemma(to) in ABSTRACT_THINGS or to.lower_ in ABSTRACT_THINGS  # "damage ... to the communities"
        return trig.lower_ == "damages" and not lower_forms(sent).isdisjoint(COURT_WORDS)  # court damages
    return False


def _demonstration(trig: Any, sent: Any) -> bool:
    lem = _lemma(trig)
    if lem == "blockade":
        return lower_forms(sent).isdisjoint(CROWD_WORDS)  # "living under a blockade imposed by the army"
    if lem in ("strike", "shutdown") and trig.pos_ == "NOUN":
        mods = {c.lower_ for c in trig.children if c.dep_ in ("amod", "compound")}
        return not mods.isdisjoint(ARMED_STRIKE_MODS if lem == "strike" else NETWORK_MODS)  # "military strikes"
    if lem == "gather" and trig.pos_ == "VERB":
        return _private_gathering(trig, sent)
    if lem == "protest" and trig.pos_ == "NOUN":
        return trig.dep_ == "pobj" and trig.head.lower_ in ("of", "on", "about") and (
            _lemma(trig.head.head) in TOPIC_NOUNS)  # "a report on the policing of protests"
    return False


def _private_gathering(trig: Any, sent: Any) -> bool:
    """People gathered indoors or for a private end, in a sentence with no word of protest ("50 women gathered in
    a school gymnasium", "her sisters have gathered to support their dad"); not "thousands gathered in the square
    to demand ...", "hundreds gathered outside parliament"."""
    if not lower_forms(sent).isdisjoint(PROTEST_WORDS):
        return False
    purpose = next((c for c in trig.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"), None)
    if purpose is not None and _lemma(purpose) in PRIVATE_PURPOSES:
        return True  # "gathered to support their dad"
    where = _pobj(trig, ("in", "at", "inside", "around", "round"))
    return where is not None and (_lemma(where) in PRIVATE_PLACES or where.lower_ in PRIVATE_PLACES)


def _clash(trig: Any, sent: Any) -> bool:
    lem = _lemma(trig)
    if lem == "engage":
        obj = _kid(trig, "dobj")
        if obj is not None:
            return _lemma(obj) in DIALOGUE_PARTNERS or obj.lower_ in DIALOGUE_PARTNERS  # "engage religious leaders"
        inside = _pobj(trig, ("in",))
        if inside is None:
            return False
        if _lemma(inside) in TALK_NOUNS or inside.lower_ in TALK_NOUNS:
            return True  # "engaged in talks"
        of = _pobj(inside, ("of",))
        return _lemma(inside) in ("exchange", "war") and of is not None and _lemma(of) in ("word", "insult", "letter")
    if lem == "encounter":
        return lower_forms(sent).isdisjoint(ARMED_WORDS | HARM_WORDS)  # "the others they encountered", "her
        # encounters with unfriendly bureaucrats": a meeting; "killed in an encounter with police" stays
    if trig.lower_ == "fighting" and trig.dep_ in ("compound", "amod"):
        return _lemma(trig.head) in FIGHT_QUALITIES  # "not a fighting type"
    if lem in ("battle", "fight") and trig.pos_ == "NOUN":
        cause = _pobj(trig, ("over", "for"))
        return cause is not None and (_lemma(cause) in CAUSES or cause.lower_ in CAUSES)  # "the battle over
        # voting rights", "the fight for the protection of rights"
    if lem in ("battle", "fight", "combat"):
        obj = _kid(trig, "dobj")
        if obj is not None and _lemma(obj) in INFLUENCES:
            return True  # "combating Iranian influence"
        if obj is None or _lemma(obj) not in WAVE_NOUNS:
            return False
        return any(t.lower_ in ABSTRACT_FOES for t in obj.subtree)  # "battling a third wave of COVID-19"
    return False


#: What recruits do when their recruitment is the news ("recruits graduated", "were sworn in").
RECRUITS_JOIN = frozenset("graduate join enlist train swear complete pass deploy".split())


def _withdrawn(trig: Any) -> bool:
    lem = _lemma(trig)
    if lem in ("recruit", "recruiting") and trig.pos_ == "NOUN":
        if (trig.dep_ in ("nsubj", "nsubjpass") and _lemma(trig.head) in RECRUITS_JOIN) or any(
                c.dep_ in ("acl", "relcl") and _lemma(c) in RECRUITS_JOIN for c in trig.children):
            return False  # "300 new police recruits graduated": the recruitment done, a change of the force
        return trig.lower_ in ("recruit", "recruits") or trig.dep_ in ("compound", "amod")  # "Isis recruits": people
    if lem == "reinforce":
        obj = _kid(trig, "dobj")
        return obj is not None and (_lemma(obj) in NOTIONS or obj.lower_ in NOTIONS)  # "reinforce the expectation"
    if lem not in ("retreat", "withdraw", "withdrawal"):
        return False
    what = _pobj(trig, ("from",))
    return what is not None and (_lemma(what) in COMMITMENTS or what.lower_ in COMMITMENTS)


def wrong_kind(dec: Any, sent: Any, actor_kind: ActorKind | None) -> bool:
    """The decision's trigger names no act: its patient, subject or object is not of the kind the act needs (see
    the module's note)."""
    trig = dec.trigger
    sub = dec.sub_event_type
    if trig is None or sub is None:
        return False
    if as_charge(trig):
        return True
    if misread(dec, sent, actor_kind):
        return True  # "his decision to withdraw troops", "Trump holds rallies in ..." (events/kindreads2.py)
    if misread3(dec, sent, actor_kind):
        return True  # "two drones circled above the town", "the film tells of an abduction" (events/kindreads3.py)
    if _lemma(trig) not in GATE and trig.lower_ not in ("hands", "damaged", "damages", "burnt"):
        return False
    if sub in TERRITORY_SUBS:
        return _territory(trig)
    if sub == "Looting/property destruction":
        return _property(trig, sent, actor_kind)
    if dec.family == "PROTEST":
        return _demonstration(trig, sent)
    if sub == "Armed clash":
        return _clash(trig, sent)
    if sub == "Change to group/activity":
        return _withdrawn(trig)
    return False
