"""Violence read off the clause, where the phrase list alone cannot decide.

- :func:`drop_misread`: cues that only look like fighting or like an attribution ("vehicles engaged in
  road construction"; "..., residents said, accusing the police of an extrajudicial killing" after the
  killing is told as a fact; "no group has claimed responsibility"; accusations of rape or
  disappearances, which report the abuse itself); offences charged, threats and failed deals
  (:mod:`eventwire.events.misreads`).
- cues the phrase list misses: :func:`taken_captive` ("took the students into the bush"),
  :func:`put_to_death` ("burning five people to death").
- readings used while weighing the cues: :func:`counted` ("hurled two of the grenades": as deep as the
  quantity), :func:`harmed` (a mob word naming the victims), :func:`arrested_for_damage` (the arson an
  arrest is made for is the event), :func:`mutual_fire` (ranged fire both sides used is a clash).
- :func:`violence_subtype`: the sub-event type of a violent act (means, then who was hit).
"""

from __future__ import annotations

from typing import Any

from .beatings import accused_victims, misread_pounding, misread_punishment
from .captives import _captor, seized_people, taken_captive  # noqa: F401 - re-exported for typing
from .clashsetting import civilian_shot_in_clashes
from .clause import (
    FIREARM_WORDS,
    LETHAL_ACTS,
    MOB_ACTS,
    MOB_AGENT_WORDS,
    REPORT_VERBS,
    ActorKind,
    ArgInfo,
    _armed_place,
    _circumstance,
    _civilian_sides,
    _opponent,
    _victims,
    _word_kind,
    arg_kind,
    defended,
    patient_of,
)
from .crowd import RIOT_WORDS, protesting
from .crowdforce import force_on_violent_crowd
from .families import REMOTE_SUB
from .forceacts import forces_behind
from .lexicon import CueHit
from .misreads import KEPT_IN_THREATS, _charged_only, _deal_failed, motive_only, threatened_clauses
from .objectcues import (
    ACT_CATS,
    BACKGROUND_CATS,
    background_cues,
    goods_taken,
    stripped_property,
    vehicle_seized,
)
from .protestlevel import dispersing, fired_on_protest, rioting_target
from .sidemeans import anaphoric_timing, patients_means, rescued_abductees
from .sides import named_armed_side
from .story import following_sentences, sentence_of
from .tollreaders import lost_men
from .underfire import criticised
from .words import needs_words, tokens_with

PASTORALISTS = frozenset("herder herders herdsman herdsmen pastoralist pastoralists".split())
#: Weapons of a brawl, not of a militia: "herders and farmers clashed with sticks and machetes" is mob violence.
MELEE_WORDS = frozenset(
    """machete machetes stick sticks club clubs stone stones rock rocks knife knives cutlass cutlasses axe axes
    spear spears cudgel cudgels bat bats fist fists hoe hoes arrows""".split()
)
#: CHEM cues that tell a symptom, not a chemical agent (smoke, dust and fire also choke): they decide the
#: means only beside the weapon (:func:`eventwire.events.typing._subtype`)
CHEM_SYMPTOMS = ("breathing", "suffocation")
#: the VIOLENCE cues that tell a weapon's wounds ("found dead with four bullet wounds"): an act, not a death alone
WEAPON_WOUNDS = ("bullet", "riddled")
OUTCOME_LEMMAS = frozenset("die dead death deaths casualty casualties wound wounded injure injured".split())

# what one is "engaged in" when it is a fight
FIGHT_NOUNS = frozenset(
    """fight fighting fights battle battles gunfight gunfights firefight firefights clash clashes combat
    exchange shootout encounter skirmish skirmishes hostilities war warfare operation operations
    offensive attack attacks""".split()
)


def _pastoral_clash(agent: Any, sent: Any, clash: Any) -> bool:
    """A clash with herders as a side and no brawl weapons told ("clashes between herders and farmers killed
    12"): ACLED's armed clash of communal (identity) militias, not mob violence."""
    sides = [agent.token] if agent.token is not None else []
    sides += [g for c in clash.children if c.dep_ == "prep" and c.lower_ in ("between", "among", "with")
              for g in c.children if g.dep_ == "pobj"]
    words = {t.lower_ for s in sides for t in s.subtree}
    return bool(words & PASTORALISTS) and not any(t.lower_ in MELEE_WORDS for t in sent)


BRAWL_WEAPONS = MELEE_WORDS | frozenset("rod rods brick bricks bottle bottles chair chairs fists".split())


def _rival_brawl(agent: ArgInfo, sent: Any) -> bool:
    """Rival crowds or party wings fighting each other with sticks, rods or bricks, no firearms told
    ("rival student wings of the two parties fought with rods and bricks"): rioters, not armed groups."""
    if agent.token is None or agent.kind in ("state", "nonstate", "armed"):
        return False
    if not any(t.lower_ in ("rival", "rivals", "opposing") for t in agent.token.subtree):
        return False
    words = {t.lower_ for t in sent}
    return bool(words & BRAWL_WEAPONS) and not words & FIREARM_WORDS


def _club_beating(sent: Any, by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> bool:
    """Violence with sticks, clubs or rods, no firearm and nobody killed ("attacked opposition supporters
    with clubs, injuring five"): party activists rioting, not a militia's attack (ACLED codes much
    party-activist violence as rioters)."""
    words = {t.lower_ for t in sent}
    if not words & BRAWL_WEAPONS or words & FIREARM_WORDS:
        return False
    return not any(h.phrase.startswith(("kill", "dead", "death", "die", "shot dead", "fatally")) or r.lemma_.lower() in (
        "kill", "murder", "hack", "stab", "behead") for c in ("LETHAL", "VIOLENCE") for _d, h, r in by_cat.get(c, []))


def drop_misread(doc: Any, hits: list[CueHit]) -> list[CueHit]:
    """``hits`` less the cues that are read otherwise in their clause (see the module's docstring)."""
    acts = {i for h in hits if h.category in ACT_CATS for i in range(h.start, h.end)}
    told_before = {h.start for h in hits if h.category in BACKGROUND_CATS and anaphoric_timing(doc[h.start])}
    shifted = background_cues(doc, [h for h in hits if h.start not in told_before])  # "the attacks came after"
    charged = _charged_only(doc, hits)
    threats = threatened_clauses(sentence_of(doc, hits[0].start)) if hits else set()
    out = []
    for h in hits:
        tok = doc[h.start]
        if h.category == "CLASH" and _engaged_in_work(tok):
            continue
        if h.category == "CLASH" and " under " in f" {h.phrase} " and criticised(tok):
            continue  # "the police came under fire for tasering a man": criticism
        if (h.category == "VIOLENCE" and misread_punishment(tok)) or (h.category == "SHELL" and misread_pounding(tok)):
            continue  # "a storm lashed the coast", "lashed out at critics", "heavy rain pounded the city"
        if h.category in ("IED", "BLAST", "GRENADE") and _no_device(doc[h.end - 1]):
            continue
        if h.category == "ABDUCT" and h.end - h.start == 1 and (_released(tok) or rescued_abductees(tok)):
            continue
        if h.category == "ARREST" and h.end - h.start == 1 and any(c.lower_ in ("captive", "captives", "hostage", "hostages")
                                                                   for x in (tok, *tok.children) for c in x.children):
            continue  # "bandits held 40 villagers captive", "took them hostage": the taking is an abduction
        if h.category == "ABDUCT" and goods_taken(tok):
            out.append(CueHit("LOOT", "goods carried off", h.start, h.end, h.weight))
            continue  # "fighters carried off cars and phones from the homes": looting, no one taken
        if h.category == "LOOT" and tok.lemma_.lower() == "strip" and not stripped_property(tok):
            continue  # "stripped him of his rank", "stripped naked": no property taken
        if h.category == "CAPTURE" and vehicle_seized(tok):
            continue  # "gunmen seized a bus and kidnapped its passengers": a hijacking, no place taken
        if h.category in BACKGROUND_CATS and (h.start in shifted or h.start in told_before):
            continue  # "two days after a roadside bomb killed five soldiers, troops fired on ...": another event
        if h.category in BACKGROUND_CATS and motive_only(tok) and any(o.start not in range(h.start, h.end) and o.category in (
                "LOOT", "RIOT", *ACT_CATS) and not motive_only(doc[o.start]) for o in hits):
            continue  # "soldiers torched homes in retaliation for an ambush": the burning is the act
        if h.category == "CHEM" and _chemical_not_used(doc[h.end - 1]):
            continue
        if h.start in charged:
            continue
        if h.category == "AGREE" and _deal_failed(doc[h.start:h.end].root):
            continue  # "after the peace deal collapsed": no agreement made
        if h.start in threats and h.category not in KEPT_IN_THREATS:
            continue  # "warned that any aircraft entering it would be shot down": a threat, no act  # "arrested on charges of arson and rioting": an offence charged, no act of damage told
        if h.category == "ATTRIB" and (_accusing_after_fact(tok, acts) or _unclaimed(tok) or accused_victims(tok, acts)
                                       or _accused_of_abuse(tok, hits) or _beside_told_act(tok, doc, hits)):
            continue
        out.append(h)
    return out


#: what chemical weapons name when they are not used ("a chemical weapons facility", "OPCW inspectors")
CHEM_NOT_USED = frozenset(
    """facility facilities plant plants factory factories site sites stockpile stockpiles programme programmes
    program programs inspector inspectors inspection inspections convention watchdog arsenal arsenals depot
    depots treaty experts expert investigators investigation ban""".split()
)


def _chemical_not_used(tok: Any) -> bool:
    """A chemical-weapon word naming a place, a stock or a body, not a use: "near a former chemical weapons
    facility", "the chemical weapons watchdog", "inspectors of the Organisation for the Prohibition of Chemical
    Weapons" (a capitalised "of" phrase under a capitalised noun: a body's name)."""
    if tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in CHEM_NOT_USED:
        return True
    return (tok.dep_ == "pobj" and tok.text[:1].isupper() and tok.head.lower_ == "of"
            and tok.head.head.text[:1].isupper() and tok.head.head.i > tok.sent.start)


RELEASE_WORDS = frozenset("free release hand swap exchange return rescue liberate evacuate".split())


def _released(tok: Any) -> bool:
    """Captives set free, not taken: "Hamas freed 13 hostages", "the release of the hostages", "hostages
    were handed over to the Red Cross", "troops rescued 20 hostages"."""
    if tok.dep_ in ("amod", "acl") and tok.lower_.startswith(("kidnap", "abduct")) and tok.head.dep_ in (
            "dobj", "nsubjpass") and tok.head.head.lemma_.lower() in RELEASE_WORDS:
        return True  # "released a kidnapped police officer": the captive set free, no one taken
    if tok.lemma_.lower() not in ("hostage", "captive"):
        return False
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in RELEASE_WORDS:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in RELEASE_WORDS


QUANTITY_NOUNS = frozenset(
    """number numbers dozens dozen scores hundreds tens barrage barrages volley volleys salvo salvos hail
    rain series wave waves couple pair some several""".split()
)


def counted(tok: Any) -> int:
    """How many levels a weapon noun sits below the quantity that counts it ("two of the grenades", "a
    barrage of rockets", "dozens of mortar shells"): 2 when it is counted so, else 0."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return 0
    q = tok.head.head
    if q.like_num or q.lemma_.lower() in QUANTITY_NOUNS or q.lower_ in QUANTITY_NOUNS:
        return 2
    return 0


MUTUAL_WORDS = frozenset(
    """clash clashes fight fighting battle battles skirmish skirmishes firefight gunfight combat hostilities""".split()
)
FIRE_WORDS = frozenset("fire shot shots shell shells shelling artillery salvo salvos barrage rocket rockets mortar mortars".split())
CAMPAIGN_WORDS = frozenset("operation operations offensive assault".split())


def shell_verbs(by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> set[int]:
    """The verbs that tell the shelling (the SHELL cue itself, or the verb its weapon noun hangs on)."""
    out = set()
    for _d, _h, r in by_cat.get("SHELL", []):
        out.add(r.i)
        v = r
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        out.add(v.i)
    return out


def mutual_fire(sent: Any, trig: Any, by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> bool:
    """Ranged fire that both sides used, which ACLED codes as an armed clash: "the two sides exchanged
    artillery fire", "clashes ... with both sides using heavy artillery", "fighting with mortars raged
    between two militias", "launched military operations, including artillery and missiles"."""
    for t in sent:
        if t.lemma_.lower() in ("respond", "retaliate", "return", "reply", "hit") and t.dep_ in ("conj", "advcl") and any(
            (c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ in FIRE_WORDS for g in c.subtree))
            or (c.dep_ == "dobj" and c.lower_ == "fire") for c in t.children
        ) and t.head.i in shell_verbs(by_cat):
            return True  # "rebels shelled the positions, and the army responded with artillery fire"
        if t.lemma_.lower() in ("exchange", "trade") and t.pos_ in ("VERB", "NOUN") and any(
            (c.dep_ == "dobj" and (c.lemma_.lower() in FIRE_WORDS or c.lower_ in FIRE_WORDS))
            or (c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in FIRE_WORDS for g in c.children))
            for c in t.children
        ):
            return True
    shell = {r.i for _d, _h, r in by_cat.get("SHELL", [])}
    for dep, _h, r in by_cat.get("CLASH", []):
        if dep > min(d for d, _h2, _r2 in by_cat["SHELL"]):
            continue  # the fighting is told below the shelling ("shelled the town after clashes")
        low = r.lemma_.lower()
        if low in MUTUAL_WORDS or r.lower_ in MUTUAL_WORDS:
            return True
        if (low in CAMPAIGN_WORDS or r.lower_ in CAMPAIGN_WORDS) and any(
            c.dep_ == "prep" and c.lower_ in ("including", "with", "using") and any(t.i in shell for t in c.subtree)
            for c in r.children
        ):
            return True  # the shelling is one of the operation's means
    return False


# acts of damage told as nouns ("the burning of a church", "an arson attack on a mosque")
DAMAGE_NOUNS = frozenset(
    """burning torching destruction vandalism vandalisation vandalization vandalising vandalizing arson looting
    demolition desecration ransacking razing""".split()
)
DAMAGE_VERBS = frozenset("torch burn vandalise vandalize loot ransack raze desecrate deface".split())
REASON_PREPS = frozenset("for over after following in".split())


def arrested_for_damage(arrest: Any) -> Any:
    """The damage an arrest is made for ("arrested 12 people in connection with the burning of a church",
    "detained over the destruction of a mast", "arrested after an arson attack on a mosque", "arrested
    youths who torched a bus"): the act of damage is the event. Its token, or None."""
    for c in arrest.children:
        if c.dep_ == "prep" and c.lower_ in REASON_PREPS:
            for t in c.subtree:
                if t.pos_ == "NOUN" and (t.lower_ in DAMAGE_NOUNS or t.lemma_.lower() in DAMAGE_NOUNS) and any(
                    g.dep_ in ("prep", "compound") for g in t.children
                ) or (t.lower_ == "arson" and t.dep_ == "compound"):
                    return t
    pat = next((c for c in arrest.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if pat is not None:
        for c in pat.children:
            if c.dep_ == "relcl" and c.lemma_.lower() in DAMAGE_VERBS:
                return c
    return None


CHARGING_VERBS = frozenset("accuse suspect charge blame allege book".split())


def damage_charged(sent: Any) -> Any:
    """The sentence after an arrest gives its reason as damage done ("They are accused of setting fire to
    a church", "The suspects were charged with vandalising the statue"): the damage is the event. The
    damage verb, or None."""
    for t in sent:
        arson = t.lemma_.lower() == "set" and any(c.lower_ in ("fire", "ablaze", "alight") for c in t.subtree)
        if t.pos_ != "VERB" or not (arson or t.lemma_.lower() in DAMAGE_VERBS | {"destroy", "demolish", "damage"}) or (
            t.dep_ not in ("pcomp", "pobj", "xcomp")
        ):
            continue
        h = t.head
        for _ in range(2):
            if h.lemma_.lower() in CHARGING_VERBS:
                return t
            if h.head.i == h.i:
                break
            h = h.head
    return None


DEATH_MANNERS = frozenset("burn hack beat stab stone club batter bludgeon torture shoot lynch".split())
NON_HOSTILE_DOERS = frozenset("fire fires blaze flames flame inferno".split())


@needs_words(DEATH_MANNERS)
def put_to_death(sent: Any) -> list[CueHit]:
    """"Burning five people to death", "hacked three villagers to death": a VIOLENCE cue on the verb
    the phrase list misses when a number stands between the verb and "to death" (not a fire's doing:
    "a fire burnt them to death" is read by the disaster cues)."""
    out = []
    for v in tokens_with(sent, lemmas=DEATH_MANNERS):
        if v.pos_ != "VERB" or v.lemma_.lower() not in DEATH_MANNERS:
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
                   for c in v.children) and not (v.lemma_.lower() in ("burn", "bury") and any(
                       c.lower_ == "alive" and (c.head.i == v.i or c.head.dep_ == "dobj") for c in v.subtree)):
            continue  # "burned three people alive"
        doer = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.lemma_.lower() in NON_HOSTILE_DOERS:
            continue
        out.append(CueHit("VIOLENCE", "to death", v.i, v.i + 1, 1.0))
    return out


HARM_VERBS = frozenset("kill murder shoot wound injure behead execute slaughter massacre hack stab".split())


def harmed(tok: Any) -> bool:
    """``tok`` names whom an act of violence hit ("killing two vigilantes", "vigilantes were shot")."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in HARM_VERBS


def _no_device(tok: Any) -> bool:
    """A device that is not there: "no explosives were found", "a bomb threat", "a hoax bomb call"."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in ("threat", "hoax", "scare", "call", "alert")


def _engaged_in_work(tok: Any) -> bool:
    """"vehicles engaged in road construction", "workers engaged in farming": busy with, not fighting."""
    if tok.lemma_.lower() != "engage" or any(c.dep_ == "dobj" for c in tok.children):
        return False
    objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ in ("pobj", "pcomp")]
    return bool(objs) and not any(o.lemma_.lower() in FIGHT_NOUNS or o.lower_ in FIGHT_NOUNS for o in objs)


NOBODY = frozenset("nobody none noone".split())


def _unclaimed(tok: Any) -> bool:
    """A claim that was not made: "no group has claimed responsibility", "there was no immediate claim
    of responsibility", "has not been claimed by any group"."""
    t = tok
    for _ in range(3):
        if t.lemma_.lower() in ("claim", "responsibility"):
            if any(c.dep_ == "neg" for c in t.children):
                return True
            if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
                return True  # "no claim of responsibility"
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NOBODY or any(
                    g.dep_ == "det" and g.lower_ == "no" for g in c.children
                )):
                    return True  # "no group has claimed", "no one has claimed"
        if t.head.i == t.i:
            break
        t = t.head
    return False


def _accused_of_abuse(tok: Any, hits: list[CueHit]) -> bool:
    """"Women accused security forces of molestation", "soldiers were accused of raping a woman",
    "forces accused of forcibly disappearing activists", "accused the government of dropping barrel bombs
    full of poisonous chemicals": rape, disappearances and gas attacks are known from such accusations,
    which report the abuse itself (CASE and ACLED code the abuse)."""
    if tok.lemma_.lower() != "accuse":
        return False
    abuse = {i for h in hits if h.category in ("SEXV", "ABDUCT", "CHEM") for i in range(h.start, h.end)}
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]  # "accused security forces of molestation"
    return any(t.i in abuse for x in heads for c in x.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree)


#: what a blame or claim beside an act is about ("..., blaming the YPG", "...; police blamed militants")
BLAME_VERBS = frozenset("accuse blame claim".split())
#: the acts a sentence may tell as a fact before blaming someone for them (violence, and damage done)
TOLD_ACT_CATS = ACT_CATS | {"LOOT"}
#: where an act is only named, not told ("responsible for the attack", "the attack claimed by"): no fact
NAMED_ONLY_DEPS = frozenset("pobj pcomp compound amod acl relcl xcomp".split())


def _names_doer(v: Any) -> bool:
    """The blame names a doer (a group, a state, a person), not a cause ("blamed a technical fault",
    "blaming a fire"): a claim names its claimant, a blame or accusation whom it blames."""
    if v.lemma_.lower() == "claim":
        return True
    blamed = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    blamed += [g for c in v.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    return any(b.pos_ in ("PRON", "PROPN") or b.ent_type_ in ("ORG", "NORP", "GPE", "PERSON")
               or _word_kind(b) in ("state", "nonstate", "armed", "civilian") for b in blamed)


def _beside_told_act(tok: Any, doc: Any, hits: list[CueHit]) -> bool:
    """A blame, accusation or claim in a clause of its own after an act the sentence tells as a fact: "A
    car bomb tore through a street, killing 40, the ministry said, blaming the YPG", "Thailand fired
    artillery into Cambodia, the ministry said, accusing Bangkok of ...", "an IED detonated near a truck,
    wounding five soldiers; the military blamed the rebels". The act is the event; the blame only names
    who did it. Not when the act is what the blame is about ("blamed the rebels for the blast that killed
    five": the act lies inside the blaming clause), nor when a cause is blamed ("blamed a technical
    fault"). (:func:`eventwire.events.nonacled.claim_after_act` reads the finite acts before a claim;
    this reading adds the weapons told as objects and clauses the parser hung under the blame.)"""
    v = tok
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    if v.lemma_.lower() not in BLAME_VERBS or not _names_doer(v):
        return False
    # a clause closed by a semicolon before the blame is told on its own, however the parser hung it
    # ("...; police blamed militants" is often parsed with the first clause as the blame's object)
    cut = max((t.i for t in v.sent if t.text == ";" and t.i < v.i), default=-1)
    inside = {t.i for t in v.subtree if t.i > cut}
    for h in hits:
        if h.category not in TOLD_ACT_CATS:
            continue
        a = doc[h.end - 1]
        if a.i in inside or a.i > v.i or a.dep_ in NAMED_ONLY_DEPS:
            continue
        if any(c.dep_ == "neg" for c in a.children) or any(c.dep_ == "neg" for c in a.head.children):
            continue
        return True
    return False


def _accusing_after_fact(tok: Any, acts: set[int]) -> bool:
    """An accusation hung on the source of a report whose own words tell the act as a fact:
    "Police shot dead a man, residents said, accusing officers of an extrajudicial killing"."""
    if tok.lemma_.lower() not in ("accuse", "blame") or tok.dep_ not in ("advcl", "conj"):
        return False
    say = tok.head
    if say.lemma_.lower() not in REPORT_VERBS:
        return False
    told = [c for c in say.children if c.dep_ == "ccomp" and c.i < say.i]
    return any(t.i in acts and t.dep_ not in ("pobj", "pcomp") for c in told for t in c.subtree if t.i < say.i)


def _antecedent(verb: Any, actor_kind: ActorKind | None) -> Any:
    """What "it" / "them" after ``verb`` stands for: its object or its target ("fired at a checkpoint")."""
    cands = [c for c in verb.children if c.dep_ == "dobj"]
    cands += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "into") for g in c.children
              if g.dep_ == "pobj"]
    for c in cands:
        if _armed_place(c) or arg_kind(c, actor_kind) in ("state", "nonstate", "armed", "civilian", "place"):
            return c
    return None


#: people named after armed actors they are not part of ("a critic of armed groups", "relatives of soldiers")
OUTSIDER_NOUNS = frozenset(
    """critic critics opponent opponents relative relatives victim victims friend friends widow widows
    neighbour neighbours neighbor neighbors""".split()
)
PARTY_MEMBERS = frozenset("member members supporter supporters activist activists cadre cadres official officials".split())


def _outsider(tok: Any) -> bool:
    """``tok`` names someone the armed words after it do not describe: "a critic of armed groups", "a
    member of the opposition CNL party" (a political party is no armed group)."""
    low = tok.lemma_.lower()
    if _no_longer_serving(tok):
        return True  # "a former police officer", "a retired colonel": a civilian now (an off-duty soldier is not)
    if low in OUTSIDER_NOUNS or tok.lower_ in OUTSIDER_NOUNS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    if low in PARTY_MEMBERS or tok.lower_ in PARTY_MEMBERS:
        if any(g.dep_ == "pobj" and g.lemma_.lower() in ("party", "parties")
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
            return True
    if low in PARTY_MEMBERS | PARTY_ROLES and tok.tag_ in ("NN", "NNS") and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ == "opposition" for c in tok.children
    ):
        return True  # "an opposition organiser", "opposition activists": party people, not an armed opposition
    return False


#: words by which a member of the forces no longer serves
NOT_SERVING = frozenset("former retired ex demobilised demobilized".split())


def _no_longer_serving(tok: Any) -> bool:
    return any(c.lower_ in NOT_SERVING for c in tok.children if c.dep_ in ("amod", "compound", "advmod", "nmod"))


#: the roles of a party's people ("an opposition organiser", "an opposition candidate")
PARTY_ROLES = frozenset("organiser organisers organizer organizers candidate candidates leader leaders politician politicians".split())


#: the organised arms of a party or a movement ("the ruling party's youth wing", "party cadres")
WING_WORDS = frozenset("wing wings militia militias cadre cadres brigade brigades".split())


def organised_wing(tok: Any) -> bool:
    """``tok`` names members of a party's or a movement's organised wing ("activists of the ruling
    party's youth wing", "youth wing members", "cadres of the ruling party"): ACLED's political
    militias, whose killings are attacks, not mob violence."""
    if tok.lemma_.lower() in WING_WORDS or tok.lower_ in WING_WORDS:
        return True
    if any(c.dep_ in ("compound", "nmod") and c.lower_ in WING_WORDS for c in tok.children):
        return True  # "youth wing members"
    return any(g.lower_ in WING_WORDS or g.lemma_.lower() in WING_WORDS
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")


def violence_subtype(
    doc: Any,
    sent: Any,
    trig: Any,
    by_cat: dict[str, list[tuple[float, CueHit, Any]]],
    means: str | None,
    agent: ArgInfo,
    patient: ArgInfo,
    actor_kind: ActorKind | None,
) -> tuple[str | None, str | None, ArgInfo, ArgInfo]:
    """The sub-event type of a violent act (:func:`eventwire.events.typing._subtype`'s last step): the
    means decide remote violence; else who was hit (armed actors: a clash; civilians: an attack)."""
    # who was hit: armed -> clash, civilians -> attack
    if patient.token is not None and patient.token.lower_ in ("it", "them") and trig.dep_ == "conj":
        ante = _antecedent(trig.head, actor_kind)  # "fired RPGs at a police checkpoint and then stormed it"
        if ante is not None:
            patient = ArgInfo(ante, arg_kind(ante, actor_kind))
    pk = patient.kind
    if pk in ("armed", "state", "nonstate") and patient.token is not None and _outsider(patient.token):
        pk = "civilian"  # "a critic of armed groups", "a member of the opposition party": not fighters
        patient = ArgInfo(patient.token, pk)
    if pk is None:
        # victims named elsewhere in the sentence ("leaving 30 people dead", "two soldiers were killed")
        for _dep, _h, tok in by_cat.get("VIOLENCE", []):
            p = patient_of(tok)
            if p is None and tok.dep_ in ("acomp", "amod", "oprd") and tok.head is not None:
                p = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
            if tok.lemma_ in ("die", "dead") and any(c.dep_ == "nsubj" for c in tok.children):
                p = next((c for c in tok.children if c.dep_ in ("nsubj",)), None)
            if p is not None and (agent.token is None or p.i != agent.token.i):
                k = arg_kind(p, actor_kind)
                if k in ("armed", "state", "nonstate", "civilian", "place", "protester"):
                    pk = k
                    patient = ArgInfo(p, k)
                    break
    wounded_by_weapon = any(h.phrase.startswith(WEAPON_WOUNDS) for _d, h, _t in by_cat.get("VIOLENCE", []))
    if means is None and "CLASH" not in by_cat and agent.token is None and not wounded_by_weapon and all(
        t.lemma_.lower() in OUTCOME_LEMMAS for _d, _h, t in by_cat.get("VIOLENCE", [])
    ):
        return None, None, agent, patient  # "five workers died after inhaling fumes": deaths, no act told
    # violence by remote means: the means decide the type
    if means is not None:
        if "BLAST" == means and ("MANMADE" in by_cat):
            return None, None, agent, patient
        if (means == "SHELL" and mutual_fire(sent, trig, by_cat)) or patients_means(
                by_cat, means, agent_kind=agent.kind, patient=patient.token, patient_kind=pk):
            return "Armed clash", None, agent, patient  # an exchange of fire; firing on gunmen throwing explosives
        return REMOTE_SUB[means], means, agent, patient
    if "CLASH" in by_cat and (
        by_cat["CLASH"][0][0] <= (by_cat.get("VIOLENCE") or [(99,)])[0][0] + 1
        or any(_circumstance(c[2], trig) for c in by_cat["CLASH"])
    ):
        ctok = by_cat["CLASH"][0][2]
        if _civilian_sides(agent, sent, ctok) and not _pastoral_clash(agent, sent, ctok) and not named_armed_side(
                agent.token, ctok, actor_kind):  # not "fighting between Dinka and Nuer youths": identity militias
            return "Mob violence", None, agent, patient  # supporters, communities: not organised armed groups
        if _rival_brawl(agent, sent):
            return "Mob violence", None, agent, patient  # "rival student wings fought with rods and bricks"
        if ctok.lemma_ in ("raid", "assault", "ambush", "ambushed", "encounter", "storm") and (
            pk == "civilian" or (pk in ("place", None) and not _armed_place(patient.token)
                                 and _victims(by_cat, actor_kind) == {"civilian"})
            or (pk == "place" and ctok.lemma_ == "raid" and not _armed_place(patient.token) and bare_toll(by_cat)
                and not _victims(by_cat, actor_kind) and not attackers_lost(sent, trig, actor_kind))
        ):  # "raided a village, killing 12": the dead are the village's, as when it is "attacked"
            return "Attack", None, agent, patient
        if civilian_shot_in_clashes(ctok, trig, agent_kind=agent.kind, patient_kind=pk, actor_kind=actor_kind):
            return "Attack", None, agent, patient  # "troops shot dead a boy during clashes in Jenin"
        return "Armed clash", None, agent, patient
    ak = agent.kind
    if ak in ("civilian", "protester", None) and agent.token is not None and organised_wing(agent.token):
        if pk in ("civilian", "protester", None) and _club_beating(sent, by_cat):
            return "Mob violence", None, agent, patient  # "the youth wing attacked supporters with clubs, injuring five"
        ak = "nonstate"  # "activists of the ruling party's youth wing hacked a man to death": a party militia
        agent = ArgInfo(agent.token, ak)
    if patient.token is not None and patient.token.lower_ in ("other", "another") and any(
        c.lower_ in ("each", "one") for c in patient.token.children
    ) or (patient.token is not None and patient.token.lower_ == "another" and patient.token.i > 0
          and patient.token.doc[patient.token.i - 1].lower_ == "one"):  # "attacked each other"
        if ak in ("state", "nonstate", "armed"):
            return "Armed clash", None, agent, patient
        if ak == "civilian":  # communities with guns are communal militias (a clash), with machetes a mob
            gunned = any(t.lower_ in FIREARM_WORDS for t in sent)
            return ("Armed clash" if gunned else "Mob violence"), None, agent, patient
    if pk in ("armed", "state", "nonstate"):
        return "Armed clash", None, agent, patient
    if pk == "civilian" and patient.token is not None and protesting(patient.token) and (
            ak in ("state", "armed") or (ak is None and forces_behind(trig, actor_kind))):  # "died after being shot by police"
        return "Excessive force against protesters", None, agent, patient  # "people taking part in a march"
    if pk is None and ak in ("state", "nonstate", "armed") and _opponent(sent, agent.token, actor_kind):
        return "Armed clash", None, agent, patient  # "an operation against militants, killing five of them"
    if pk in (None, "civilian", "protester") and fired_on_protest(by_cat) and any(
        doc[h.start].lower_ in RIOT_WORDS for _d, h, _r in by_cat["PROTEST"]
    ):
        return "Violent demonstration", None, agent, patient  # "police opened fire on rioters looting shops"
    if pk in (None, "civilian", "protester") and (rioting_target(by_cat) or force_on_violent_crowd(sent, actor_kind)):
        return "Violent demonstration", None, agent, patient  # "fired on protesters who were throwing stones"
    if pk == "protester" or (
        pk in (None, "civilian") and "PROTEST" in by_cat and "protester" in _victims(by_cat, actor_kind)
    ) or (pk in (None, "civilian") and ak in (None, "state", "armed") and (fired_on_protest(by_cat) or dispersing(by_cat))):
        return "Excessive force against protesters", None, agent, patient  # "killed two breaking up a sit-in"
    if ak == "civilian" and pk in (None, "civilian") and agent.token is not None and (
        agent.token.lemma_.lower() in PASTORALISTS or agent.token.lower_ in PASTORALISTS
    ) and (trig.lemma_.lower() in LETHAL_ACTS - {"attack"} or not any(t.lower_ in MELEE_WORDS for t in sent)):
        return "Attack", None, agent, patient  # herders killing or attacking farmers: pastoralist (identity) militias
    if ak in ("civilian", "protester") and pk is None and agent.token is not None and agent.token.lower_ in MOB_AGENT_WORDS and (
        patient.token is not None and patient.token.pos_ == "PRON" and trig.lemma_.lower() in MOB_ACTS
    ):
        return "Mob violence", None, agent, patient  # "a crowd set upon the driver and beat him to death"
    if ak == "civilian" and pk in (None, "civilian") and agent.token is not None and _captor(agent.token, actor_kind) == "nonstate":
        return "Attack", None, agent, patient  # "unknown men threw acid on an activist": no crowd, an armed attack
    if ak == "civilian" and pk in (None, "civilian"):
        if pk == "civilian" and agent.token is not None and (
            agent.token.tag_ in ("NNS", "NNPS") or agent.token.lower_ in MOB_AGENT_WORDS
        ):  # a group of civilians attacking others; "shot dead by two men on a motorcycle": gunmen, no crowd
            mob = agent.token.lower_ in MOB_AGENT_WORDS or trig.lemma_.lower() not in ("shoot", "gun")
            return ("Mob violence" if mob else "Attack"), None, agent, patient
        if pk is None:
            return None, None, agent, patient
    if pk in ("civilian", "place"):
        lost = attackers_lost(sent, trig, actor_kind) if pk == "place" else set()
        if pk == "place" and _armed_place(patient.token):
            return "Armed clash", None, agent, patient
        if pk == "place" and ak in ("nonstate", "armed", "state") and _victims(by_cat, actor_kind) & {
            "state", "nonstate", "armed"
        } and "civilian" not in _victims(by_cat, actor_kind):
            return "Armed clash", None, agent, patient  # "attacked the town of Konduga, killing 12 soldiers"
        if pk == "place" and ak in ("nonstate", "armed", "state") and not any(
            _word_kind(t) == "civilian" for t in sent if t.pos_ == "NOUN" and t.i not in lost
        ) and (
            lost or defended(following_sentences(doc, sent))
        ):  # "attacked the town, losing three men": it was defended
            return "Armed clash", None, agent, patient  # "... attacked the village. They targeted bases manned by"
        return "Attack", None, agent, patient
    if ak in ("state", "nonstate", "armed"):
        return "Attack", None, agent, patient
    if wounded_by_weapon or any(t.lemma_.lower() in LETHAL_ACTS for _d, _h, t in by_cat.get("VIOLENCE", [])):
        return "Attack", None, agent, patient  # killings by unnamed perpetrators: ACLED's default is an attack
    return None, None, agent, patient


@needs_words(("lose", "loses", "losing", "lost"), empty=set)
def attackers_lost(sent: Any, trig: Any, actor_kind: ActorKind | None) -> set[int]:
    """The counted men lost in the attack by the attackers or by armed defenders ("attacked the town,
    losing three men"; "the attackers lost five fighters"; "the army lost two soldiers"): somebody
    fought back. The token indices of the men lost; empty when none."""
    out: set[int] = set()
    for t in tokens_with(sent, lemmas=frozenset(("lose",))):
        if t.lemma_ != "lose" or (men := lost_men(t)) is None:
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None and t.dep_ in ("advcl", "conj", "xcomp") and t.head.i == trig.i:
            out.add(men.i)  # "..., losing three men": the attackers' loss
        elif subj is not None and t.i > trig.i and (subj.lower_ in ("they", "attackers", "assailants") or arg_kind(
            subj, actor_kind
        ) in ("armed", "state", "nonstate")):
            out.add(men.i)
    return out


def bare_toll(by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> bool:
    """The killing's toll is a number alone ("raided a village, killing 12"): nobody named as a side."""
    objs = [o for _d, _h, t in by_cat.get("VIOLENCE", []) if t.lemma_ == "kill" for o in t.children if o.dep_ == "dobj"]
    return bool(objs) and all(o.pos_ == "NUM" and not any(c.dep_ == "prep" for c in o.children) for o in objs)
