"""Third readings of a typed sentence: which act a sentence tells when its nearest cue is not the act.

Called by :func:`eventwire.events.typing_extra.reread_decision` on the rules' decision (each reading is gated
by a set test on the trigger's word, so most sentences pay one look-up):

- demonstrators who only tell of an act done to another ("The protesters said a journalist was arrested",
  "Marchers claimed two reporters had been detained"): the crowd is the teller, the arrest is the act
  (a crowd that says it was itself held, "protesters said they were arrested", stays a demonstration met by
  the forces);
- a raid that sparked a two-sided fight ("Police stormed the house, sparking a shootout with traffickers",
  "Troops raided the camp, triggering a gunbattle with militants"): both sides fired, an armed clash, not
  the one-sided attack the raid verb alone tells;
- arrests summed over a range of weeks ("between June 9 and Oct. 25, police arrested some 780 students"), or
  people held whose capture is such a sum ("are held in prisons, having been captured over the last three years"), typed
  as a demonstration met by the forces or as arrests: a tally, no event (:func:`eventwire.events.tallies.tallied`,
  which the cue filter asks of the arrest cue but not of the intervention cue the same verb gives);
- an act named only as the time of what the sentence tells ("On Friday, on the eve of the airstrikes, the envoy
  raised the alarm", "on the anniversary of the massacre"): told elsewhere, no act of this sentence;
- words of an act used in another sense (:func:`other_sense`): one private person's surrender ("her husband
  surrendered to the fighters"), a commitment to a process ("was committed to a peace process"), "in exchange
  for" money ("gave massages in exchange for $100"), "damaging" as a judgement ("this was extremely
  damaging"), the arrested as a noun ("two of the arrested recused themselves"), a firm or a letter engaged
  ("the ministry engaged a private firm"), a protest made online ("protested the ban online", "with a hashtag"),
  a truce's scope ("claimed that the ceasefire applied to foreign forces"), the arrested named as those whom
  another thing concerns ("charges for those arrested included ..."), an offence named as a charge ("pleaded not
  guilty to a charge of sexual exploitation");
- a force entering a whole country ("fighters also entered Iraq from positions along the border"): a crossing of
  forces, no place taken (:func:`entered_country`; "entered the town" stays territory);
- a stabbing of a private person with no political or armed word in its sentence ("a teenager was stabbed to
  death on the high street on Friday", "the family of a delivery driver who was stabbed to death"): crime
  (:func:`private_stabbing`; not "assailants stabbed a rights activist", "a man stabbed two soldiers", "in a
  terror attack").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .chargedarrests import CHARGE_NOUNS
from .clause import ActorKind, ArgInfo, agent_of, arg_kind, patient_of
from .crowd import protesting
from .lexicon import CueHit
from .tallies import tallied

#: the crowd nouns that may be the teller of an act done to another
CROWD_TELLERS = frozenset(
    """protesters protestors demonstrators marchers activists organisers organizers students strikers
    crowd participants""".split())
#: the crowd telling of itself ("they were arrested", "20 of them", "our leader")
WE_THEY = frozenset("they we them us their our".split())
#: verbs of telling ("said", "claimed")
TELLING_VERBS = frozenset("say tell claim allege report complain state add insist accuse".split())
#: one-sided assault verbs of a raid (the raid may start a fight)
RAID_VERBS = frozenset("storm raid attack assault besiege".split())
#: verbs by which a raid starts a fight ("sparking a shootout", "triggered a firefight", "led to a gun battle")
STARTING_VERBS = frozenset("spark trigger provoke ignite prompt lead result start touch set".split())
#: nouns of a fight in which both sides fire
EXCHANGE_NOUNS = frozenset(
    """shootout shootouts shoot-out gunfight gunfights gunbattle gunbattles firefight firefights battle
    exchange""".split())


def _lemma(t: Any) -> str:
    return t.lemma_.lower()


def told_by_crowd(dec: Any, sent: Any, hits: list[CueHit], actor_kind: ActorKind | None) -> Any:
    """The arrest a demonstrating crowd only tells of, typed as the arrest ("The protesters said a journalist
    was arrested"); None when the sentence is no such telling (see the module's note)."""
    trig = dec.trigger
    if trig is None or trig.lower_ not in CROWD_TELLERS or trig.dep_ != "nsubj":
        return None
    say = trig.head
    if say.pos_ != "VERB" or _lemma(say) not in TELLING_VERBS:
        return None
    told = [c for c in say.children if c.dep_ == "ccomp"]
    if not told:
        return None
    inside = {t.i for c in told for t in c.subtree}
    doc = sent.doc
    if any(h.category in ("PROTEST", "RIOT") and h.start not in inside and h.start != trig.i for h in hits):
        return None  # another demonstration told outside the saying ("protesters who marched said ...")
    for h in hits:
        if h.category != "ARREST" or h.start not in inside:
            continue
        act = doc[h.start]
        if act.pos_ != "VERB":
            continue
        person = patient_of(act)
        if person is None or protesting(person) or any(t.lower_ in WE_THEY for t in person.subtree) or (
            person.i in {t.i for t in trig.subtree}
        ):
            return None  # "protesters said they were arrested": the crowd itself met by the forces
        doer = agent_of(act)
        return replace(dec, sub_event_type="Arrests", family="ARREST", trigger=act, means=None,
                       agent=ArgInfo(doer, arg_kind(doer, actor_kind) if doer is not None else None),
                       patient=ArgInfo(person, arg_kind(person, actor_kind)))
    return None


def _fight_started(raid: Any) -> Any:
    """The fight noun a raid verb started ("stormed the house, sparking a shootout with ..."): the object
    of a verb of starting joined to the raid, or the raid's own "into"; None when there is none."""
    for v in raid.children:
        if v.dep_ in ("advcl", "conj", "xcomp") and v.pos_ == "VERB" and _lemma(v) in STARTING_VERBS:
            for c in v.children:
                if c.dep_ == "dobj" and c.lower_ in EXCHANGE_NOUNS:
                    return c
                if c.dep_ == "prep" and c.lower_ in ("to", "off"):  # "led to a gunbattle", "set off a firefight"
                    for g in c.children:
                        if g.dep_ == "pobj" and g.lower_ in EXCHANGE_NOUNS:
                            return g
    return None


def _exchange(noun: Any) -> bool:
    """The fight noun is a fight where both fire: "shootout", "gunfight", "firefight", "gun battle",
    "exchange of fire" (not "a battle of wills")."""
    low = noun.lower_
    if low in ("battle", "exchange"):
        mods = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
        fire = {g.lower_ for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children}
        return bool(mods & {"gun", "fierce", "heavy", "armed"}) if low == "battle" else bool(
            fire & {"fire", "gunfire", "shots"})
    return True


def raid_fought(dec: Any, actor_kind: ActorKind | None) -> Any:
    """A raid typed as an attack that started a two-sided fight, retyped as an armed clash (see the module's
    note); None when the raid started none."""
    trig = dec.trigger
    if trig is None or _lemma(trig) not in RAID_VERBS or trig.pos_ != "VERB":
        return None
    fight = _fight_started(trig)
    if fight is None or not _exchange(fight):
        return None
    other = next((g for p in fight.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
                  for g in p.children if g.dep_ == "pobj"), None)
    patient = ArgInfo(other, arg_kind(other, actor_kind)) if other is not None else dec.patient
    return replace(dec, sub_event_type="Armed clash", family="VIOLENCE", trigger=fight, means=None, patient=patient)


#: the verbs of an arrest that may be told as a tally
TALLIED_ARRESTS = frozenset("arrest detain capture".split())


def tallied_arrest(trig: Any) -> bool:
    """The arrests are a tally over a span ("between June 9 and Oct. 25, police arrested some 780 students"),
    or custody told as a state whose taking is one ("are held in prisons, having been captured over the last
    three years"), see the module's note."""
    if trig is None or trig.pos_ != "VERB":
        return False
    low = trig.lemma_.lower()
    if low in TALLIED_ARRESTS:
        return tallied(trig)
    if low != "hold":
        return False
    return any(c.dep_ in ("advcl", "conj") and c.lemma_.lower() in TALLIED_ARRESTS and tallied(c) for c in trig.children)


#: nouns that make an act the time of another ("on the eve of the strikes", "in the wake of the bombing")
ANCHOR_NOUNS = frozenset("eve aftermath wake anniversary run-up runup lead-up heels".split())


def time_anchor(trig: Any) -> bool:
    """The act is only the time of the sentence's news: the object of "of" after a noun of time ("on the eve
    of the airstrikes", "in the wake of the bombing"), that phrase an adjunct (see the module's note)."""
    if trig is None or trig.pos_ != "NOUN" or trig.dep_ != "pobj" or trig.head.lower_ != "of":
        return False
    anchor = trig.head.head
    if anchor.lower_ not in ANCHOR_NOUNS:
        return False
    return anchor.dep_ == "npadvmod" or (anchor.dep_ == "pobj" and anchor.head.lower_ in ("on", "in", "at", "during"))


#: private persons whose surrender is no agreement between parties
LONE_PERSONS = frozenset(
    """he she man woman husband wife son daughter father mother brother sister boy girl teenager suspect""".split())
#: what the parties of an exchange trade ("released 50 prisoners in exchange for three soldiers")
EXCHANGED_PEOPLE = frozenset(
    """prisoner prisoners hostage hostages captive captives detainee detainees soldier soldiers fighter fighters
    body bodies remains release released releasing free freed freeing pilot pilots""".split())
#: what is engaged that is no foe ("engaged a private firm", "engaged their letter")
NON_FOES = frozenset(
    """firm firms company companies consultant consultants lawyer lawyers services contractor contractors expert
    experts letter letters public audience audiences stakeholders community communities voters""".split())
#: where a protest is made that is no street ("on Twitter", "on social media")
ONLINE_PLACES = frozenset("online twitter facebook instagram tiktok media hashtag internet web".split())
#: the trigger words :func:`other_sense` reads (its gate)
SENSE_WORDS = frozenset(
    """surrender process talks in damaging arrested detained engage protest ceasefire truce deal agreement accord
    abuse assault exploitation violence rape""".split())
#: verbs of a truce's scope ("the ceasefire applied to foreign forces")
SCOPE_VERBS = frozenset("apply cover include exclude".split())
#: nouns that name an offence as a charge ("a charge of sexual exploitation")


def other_sense(dec: Any, actor_kind: ActorKind | None) -> bool:
    """The trigger's word names no act here (see the module's note, :data:`SENSE_WORDS`)."""
    trig = dec.trigger
    if trig is None:
        return False
    lem = _lemma(trig)
    if lem not in SENSE_WORDS and trig.lower_ not in SENSE_WORDS:
        return False
    sub = dec.sub_event_type
    if sub == "Agreement":
        if lem == "surrender":
            subj = next((c for c in trig.children if c.dep_ == "nsubj"), None)
            return subj is not None and subj.tag_ in ("NN", "PRP") and (
                subj.lower_ in LONE_PERSONS or subj.lemma_.lower() in LONE_PERSONS) and arg_kind(
                subj, actor_kind) not in ("state", "nonstate", "armed")
        if lem in ("process", "talks"):
            return trig.dep_ == "pobj" and trig.head.lower_ == "to" and trig.head.head.lower_ in ("committed", "commitment")
        if trig.lower_ == "in":  # "in exchange for": of people freed, not of money or services
            return not any(t.lower_ in EXCHANGED_PEOPLE or t.lemma_.lower() in EXCHANGED_PEOPLE for t in trig.sent)
        return trig.pos_ == "NOUN" and trig.dep_ == "nsubj" and _lemma(trig.head) in SCOPE_VERBS
    if sub == "Sexual violence" and trig.pos_ == "NOUN":
        return trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lower_ in CHARGE_NOUNS
    if sub == "Looting/property destruction" and trig.lower_ == "damaging":
        return trig.dep_ == "acomp" and trig.head.lemma_.lower() == "be" and not any(
            c.dep_ == "dobj" for c in trig.children)  # not "..., damaging transformers"
    if sub == "Arrests" and trig.lower_ in ("arrested", "detained"):
        if trig.dep_ == "acl" and trig.head.lower_ == "those" and trig.head.dep_ == "pobj":
            return True  # "charges for those arrested included ...", "the families of those detained"
        return trig.dep_ in ("pobj", "nsubj", "dobj") and any(c.dep_ == "det" and c.lower_ == "the" for c in trig.children)
    if sub == "Armed clash" and lem == "engage":
        obj = next((c for c in trig.children if c.dep_ == "dobj"), None)
        return obj is not None and (obj.lemma_.lower() in NON_FOES or obj.lower_ in NON_FOES)
    if dec.family == "PROTEST" and lem == "protest" and trig.pos_ == "VERB":
        return any((c.dep_ == "advmod" and c.lower_ == "online") or (
            c.dep_ == "prep" and c.lower_ in ("on", "with", "via") and any(
                g.lower_ in ONLINE_PLACES for g in c.subtree)) for c in trig.children)
    return False


def entered_country(dec: Any) -> bool:
    """Territory told by "entered" whose object is a country's name (see the module's note)."""
    trig = dec.trigger
    if dec.family != "TERRITORY" or trig is None or _lemma(trig) != "enter" or trig.pos_ != "VERB":
        return False
    obj = next((c for c in trig.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ not in ("GPE", "LOC"):
        return False
    from ..actors.countries import country_name, country_of

    iso = country_of(obj.text)
    return iso is not None and country_name(iso).lower() == obj.text.lower()


def private_stabbing(dec: Any, sent: Any, actor_kind: ActorKind | None) -> bool:
    """A stabbing typed as an attack whose sentence names no political or armed side (see the module's note)."""
    trig = dec.trigger
    if dec.sub_event_type != "Attack" or trig is None or _lemma(trig) != "stab" or dec.means is not None:
        return False
    from .chargedarrests import ARMED, NOT_ORDINARY
    from .nonacled import POLITICAL_WORDS
    from .words import lower_forms

    words = lower_forms(sent)
    if not (words.isdisjoint(NOT_ORDINARY) and words.isdisjoint(POLITICAL_WORDS) and words.isdisjoint(ARMED)):
        return False
    if words & {"back", "backs"}:
        return False  # "stabbed Turkey in the back": a betrayal (read by the figurative rules)
    for t in (agent_of(trig), patient_of(trig)):
        if t is not None and (arg_kind(t, actor_kind) in ("state", "nonstate", "armed", "political", "protester")
                              or t.ent_type_ in ("GPE", "NORP", "ORG")):
            return False
    return not any(t.pos_ in ("NOUN", "PROPN") and arg_kind(t, actor_kind) in ("state", "nonstate", "armed")
                   for t in sent)


#: verbs by which a side denies an act told elsewhere ("The government has consistently denied the attack")
DENY_VERBS = frozenset("deny dismiss refute".split())


def denied_act(trig: Any) -> bool:
    """The act is only what a side denies ("The government has consistently denied the attack and a
    delegation of experts arrived in Damascus to investigate"): a denial of an act told elsewhere, no report
    of it (an act noun the object of "deny", "dismiss", "refute"). "Denied access to the town" names no act;
    "the army denied that its troops killed civilians" tells the act in its own clause, read as before."""
    return trig is not None and trig.pos_ == "NOUN" and trig.dep_ == "dobj" and _lemma(trig.head) in DENY_VERBS

