"""Crowds and demonstrators, and a crowd's own violence: a riot by demonstrators (Violent
demonstration) or by a mob (Mob violence).

ACLED codes violence by unorganised crowds as Riots, not as attacks or clashes: demonstrators who
stone the police, storm an office, burn tyres or vandalise are a *Violent demonstration*; a crowd that
turns on a person (a suspected thief, a man accused of witchcraft) or on his home, with no
demonstration said, is *Mob violence*. :func:`crowd_riot` finds such an act near the predicate of a
sentence and says which of the two it is (:func:`mob_violence`: a crowd's killing or beating).

Telling crowds and demonstrations lives here too: who is an unarmed crowd or a demonstrator
(:func:`crowd_kind`, :func:`protesting`), crowds gathering to demand something (:func:`gathering_protest`), what a crowd only protests about or refers to
(:func:`grievance`, :func:`background_act`, :func:`symbolic_burning`), and a disaster or an accident
that a crowd only protests about or reacts to (:func:`protest_over`).

Strikes of work are :mod:`eventwire.events.strikes`. How the forces met a demonstration, and so how far it went (intervention, excessive force, violent
demonstration), is :mod:`eventwire.events.protestlevel`; force on a crowd told as violent is
:mod:`eventwire.events.crowdforce`.
"""

from __future__ import annotations

import functools
from typing import Any

from .clause import (
    MOB_ACTS,
    MOB_AGENT_WORDS,
    PROTESTER_WORDS,
    REPORT_VERBS,
    ActorKind,
    _depth,
    _grievance,
    _word_kind,
    agent_of,
    arg_kind,
    patient_of,
    verb_above,
)
from .crowdforce import (
    POLICE_WORDS,
    TRAVELLER_WORDS,
    forces_result,
    hurts_people,
    misread_grievance,
    rival_gatherings,
    suffered,
    went_on_to_kill,
)
from .crowdstance import stance_crowd, tries_act
from .forceacts import sibling_act_on_forces
from .lexicon import ARMED_WORDS, NONSTATE_WORDS, STATE_WORDS, CueHit, CueIndex, build_index, token_keys
from .story import semicolon_clause, sentence_of
from .words import span_lowers, tokens_with, words_of

#: participles that make a crowd demonstrators ("striking miners", "agitating farmers")
DEMONSTRATING_FORMS = frozenset("striking protesting demonstrating agitating".split())
# doers that are crowds of unarmed people (not organised armed groups)
CROWD_WORDS = frozenset(
    """supporters supporter youths youth students student residents resident villagers villager locals
    crowd crowds mob mobs traders trader farmers workers fans drivers inhabitants mourners pupils
    activists rioters rioter demonstrators demonstrator protesters protester protestors marchers
    vendors hawkers miners motorists commuters worshippers looters communities neighbours neighbors bystanders
    onlookers shopkeepers shopkeeper merchants pensioners retirees graduates teachers nurses doctors squatters
    parishioners employees labourers laborers peasants""".split())
# a crowd that is demonstrating, whatever it does
DEMO_WORDS = (PROTESTER_WORDS - {"crowd", "crowds"}) | frozenset(
    """rioters rioter protesting demonstrating striking marchers agitating agitators picketing""".split())
# what a riot is made of (lemmas of the act)
RIOT_ACTS = frozenset(
    """pelt stone hurl throw torch burn set smash vandalise vandalize ransack loot storm attack block
    barricade destroy damage break clash rampage overturn wreck assault beat lynch kill injure wound hack
    invade raze fight scuffle tussle jostle brawl fire launch thrash manhandle rough trade exchange
    topple tear""".split()  # "toppled a statue", "tore down the gates": damage by the crowd
)
# acts done to persons: a crowd doing them without a demonstration is a mob
PERSON_ACTS = frozenset("lynch beat kill hack murder stab lynching thrash manhandle rough".split())
PRIVATE_PLACES = frozenset("home homes house houses residence compound hut huts shop shops property".split())
# who a crowd may clash with in a riot (the police, not armed groups)
STATE_PROPERTY = frozenset(
    """station office offices headquarters building buildings parliament palace court courthouse hall
    commission ministry premises secretariat vehicle vehicles bus buses car cars barracks embassy consulate
    prefecture governorate municipality checkpoint assembly capitol congress senate legislature motorcade""".split()
)


def crowd_kind(agent: Any, actor_kind: ActorKind | None = None, *, without: Any = None) -> str | None:
    """"demo" for demonstrators ("protesters", "youths protesting power cuts"), "crowd" for other
    unarmed crowds ("residents", "an angry mob"), None for anyone else. ``without``: a clause of the
    agent's left out (the act itself, where a parse hangs it from the crowd)."""
    if agent is None:
        return None
    skip = {t.i for t in without.subtree} if without is not None else set()
    skip |= {t.i for p in agent.subtree if p.dep_ == "prep" and p.lower_ in GRIEVANCE_PREPS and p.i > agent.i
             for t in p.subtree}  # "demonstrators angry over the surrender of the town to the rebels"
    skip |= {t.i for c in agent.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in GRIEVANCE_VERBS
             for g in c.children if g.dep_ in ("dobj", "prep", "agent") for t in g.subtree}  # "protesting the killing
    # ... by police", "angered by the death of a boy in police custody": what moved them, not who they are
    if agent.lower_ in FOLLOWER_WORDS:  # "supporters of Hezbollah": a crowd, whoever it follows
        skip |= {t.i for p in agent.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree}
    sub = [t for t in _own_subtree(agent) if t.i not in skip][:14]
    words = {t.lower_ for t in sub} | {t.lemma_.lower() for t in sub}
    if _armed_crowd(agent):
        return None  # "armed youths", "activists of the ruling party's youth wing": an armed group, a militia
    armed = words & (ARMED_WORDS | NONSTATE_WORDS) - {"members", "force"}
    party = armed == {"opposition"} and bool(words & ({"party", "supporters", "members", "activists"} | DEMO_WORDS | (
        CROWD_WORDS - {"crowd", "crowds", "mob", "mobs"})))  # "opposition youths", "opposition students"
    if armed and not party:  # "members of the opposition party" are a crowd of party members
        return None
    of_crowd = agent.lower_ in ("group", "groups") and any(  # "rival groups of students"
        g.lower_ in CROWD_WORDS for c in agent.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    if not party and not of_crowd and agent.lower_ not in FOLLOWER_WORDS and arg_kind(agent, actor_kind) in (
            "state", "nonstate", "armed"):
        return None
    if words & DEMO_WORDS:
        return "demo"
    head = {agent.lower_, agent.lemma_.lower()}
    if agent.lower_ in ("members", "member", "group", "groups", "hundreds", "thousands", "dozens", "scores") and (
        not words & {"party", "union", "association"} or agent.lower_ in ("hundreds", "thousands", "dozens", "scores")
    ):  # "hundreds of party workers": the workers, whoever's party
        inner = next((g for c in agent.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
        if inner is not None:
            head |= {inner.lower_, inner.lemma_.lower()}
            if inner.lower_ in DEMO_WORDS:
                return "demo"
    if (agent.lower_ in ("group", "groups", "gang", "men") or "men" in head) and words & CRUDE_WEAPONS:
        return "crowd"  # "a group of men armed with sticks"
    if (agent.lower_ in ("group", "groups") and any(t.lower_ in FAITH_WORDS for t in sub)) or any(
            h.endswith("s") and h[:-1] in FAITH_WORDS for h in head):  # "hundreds of Buddhists"
        return "crowd"  # "Muslim and Hindu groups clashed", "a group of Buddhist nationalists": communities
    if head & CROWD_WORDS - {"members"} or (agent.lower_ == "members" and words & {"party", "union", "community"}):
        return "crowd"
    if agent.lower_ in ("people", "men", "youths") and any(g.lower_ in ("communities", "villages", "sides", "camps", "clans")
                                                         for c in agent.children if c.dep_ == "prep" for g in c.children):
        return "crowd"  # "people from the two communities"
    many = agent.lower_ in ("hundreds", "thousands", "dozens", "scores") and any(
        g.tag_ == "NNS" for c in agent.children if c.lower_ == "of" for g in c.children)  # of people of any name
    return "crowd" if many or (agent.lower_ == "group" and "people" in head) else None  # "hundreds of people", "of depositors"


MILITIA_WORDS = frozenset("wing wings militia militias cadre cadres".split())


def _armed_crowd(agent: Any) -> bool:
    """A crowd word told as armed or as a party's militia: "armed youths", "youths armed with rifles",
    "activists of the ruling party's youth wing"."""
    if any(c.dep_ == "amod" and c.lower_ in ("armed", "heavily-armed") for c in agent.children):
        return True
    if any(c.dep_ == "acl" and c.lower_ == "armed" and any(g.lower_ in FIREARMS for g in c.subtree) for c in agent.children):
        return True
    return any(g.lower_ in MILITIA_WORDS for c in agent.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


FIREARMS = frozenset("guns rifles firearms ak-47s kalashnikovs pistols weapons".split())


PLACE_PREPS = frozenset("outside near in inside behind beside opposite according".split())  # where, not at whom; a source
PROTEST_NOUNS = frozenset("protest protests demonstration demonstrations rally rallies march marches unrest riot riots".split())
GRIEVANCE_PREPS = frozenset("over about against".split())
GRIEVANCE_VERBS = frozenset("protest demand denounce condemn decry mourn oppose anger enrage incense outrage infuriate".split())
FOLLOWER_WORDS = frozenset("supporters followers sympathisers sympathizers partisans loyalists devotees relatives families".split())
FAITH_WORDS = frozenset("muslim hindu christian sikh buddhist jain dalit caste communal religious".split())
HARM_ACTS = frozenset("kill injure wound beat attack shoot hack stab assault lynch hurt".split())
CRUDE_WEAPONS = frozenset("sticks stick clubs club rods rod stones bats batons cudgels".split())


CLASH_NOUNS = frozenset("clash clashes battle fighting scuffle brawl melee tussle".split())


def _owned_by_person(target: Any, actor_kind: ActorKind | None) -> bool:
    """The crowd's target belongs to a private person ("the car of a driver who had knocked down a
    child", "the shop of a trader"): a mob's act, not a riot against the state."""
    if target is None:
        return False
    owners = [g for c in target.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    owners += [c for c in target.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
    return any(arg_kind(o, actor_kind) == "civilian" and not {t.lower_ for t in o.subtree} & POLICE_WORDS for o in owners)


PERSON_NOUNS = frozenset(
    """man men woman women boy boys girl girls person persons people youth teenager suspect suspects thief thieves
    robber robbers driver motorist trader vendor worker farmer herder pastor imam priest""".split()
)


def person_target(target: Any, actor_kind: ActorKind | None = None) -> bool:
    """:func:`_person_target` for other modules."""
    return _person_target(target, actor_kind)


def _person_target(target: Any, actor_kind: ActorKind | None) -> bool:
    """The crowd's act is done to private persons ("set them on fire", "stoned a suspected thief"), not
    to the police or the state."""
    if target is None or target.lower_ in POLICE_WORDS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in ("suspected", "alleged", "accused") for c in target.children):
        return True  # "two suspected kidnappers": people a crowd took justice into its own hands against
    if target.lower_ in PERSON_NOUNS or target.lemma_.lower() in PERSON_NOUNS:
        return arg_kind(target, actor_kind) not in ("state", "nonstate", "armed", "protester")
    return False


def _community_owned(target: Any) -> bool:
    """Property told as a community's ("Coptic homes", "Syrian-owned shops", "Muslim houses"): a mob
    turning on a community, not a riot against the state."""
    if target is None:
        return False
    for t in (target, *(c for c in target.children if c.dep_ == "conj")):
        for m in t.children:
            if m.dep_ not in ("amod", "compound", "nmod") or m.i > t.i:
                continue
            if m.lower_ in FAITH_WORDS or m.lower_.endswith("-owned") or (m.lemma_ == "own" and any(
                    g.ent_type_ == "NORP" or g.lower_ in FAITH_WORDS for g in m.children)) or (
                    m.ent_type_ == "NORP" and t.lower_ in PRIVATE_PLACES):
                return True
    return False


def _act_of(tok: Any) -> Any:
    """The verb a cue token belongs to ("set" for "set ... on fire", "pelted" itself)."""
    t = tok
    for _ in range(2):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i or t.dep_ not in ("prep", "pobj", "dobj", "oprd", "acomp", "advmod", "prt"):
            break
        t = t.head
    return t


def crowd_riot(
    doc: Any,
    sent: Any,
    by_cat: dict[str, list[tuple[float, CueHit, Any]]],
    *,
    depth: float,
    actor_kind: ActorKind | None = None,
) -> tuple[str, Any] | None:
    """("VD", act) or ("MOB", act) when a crowd does violence near the predicate (at most one level
    below ``depth``), ("RIVAL", act) for crowds fighting each other with no forces among them (ACLED:
    mob violence, even at a demonstration); None otherwise."""
    protest_said = any(not grievance(r) for _d, _h, r in by_cat.get("PROTEST", [])) or _labour_dispute(sent)
    seen: set[int] = set()
    for cat in ("RIOT", "VIOLENCE", "LOOT", "CLASH", "MOB"):
        for _d, _h, root in by_cat.get(cat, []):
            act = root if root.pos_ == "NOUN" and root.lemma_ in CLASH_NOUNS else _act_of(root)
            if act.i not in seen and act.pos_ == "NOUN" and act.lemma_ in ("clash", "clashes", "battle", "fighting", "scuffle", "brawl", "melee", "tussle"):
                seen.add(act.i)
                sides = _sides(act) or [  # "clashes erupted in the town between residents and police"
                    x for t in sent if t.dep_ == "prep" and t.lower_ == "between"
                    for g in t.children if g.dep_ == "pobj" for x in [g, *(c for c in g.children if c.dep_ == "conj")]
                ]
                if len(sides) >= 2 and all(x.lower_.endswith("s") and x.lower_[:-1] in FAITH_WORDS for x in sides):
                    return "RIVAL", act  # "clashes between Hindus and Muslims": two communities, no armed group
                kinds = [crowd_kind(x, actor_kind) for x in sides]
                police = [bool({t.lower_ for t in _own_subtree(x)} & POLICE_WORDS) for x in sides]
                if len(sides) >= 2 and any(kinds) and all(k is not None or p for k, p in zip(kinds, police, strict=True)):
                    # "clashes between residents and police" riot; "clashes between rival protesters" are crowds
                    # fighting each other (a mob)
                    if not any(police) and all(kinds):
                        return "RIVAL", act
                    return ("VD" if any(police) or protest_said else "MOB"), act
                if len(sides) == 1 and kinds[0] is not None and sides[0].tag_ in ("NNS", "NNPS") and (
                    {t.lower_ for t in _own_subtree(sides[0])} & RIVAL_WORDS or _two_communities(sides[0])
                ):
                    return "RIVAL", act  # "clashes between rival protesters", "between Hindu and Muslim residents"
                if len(sides) == 1 and kinds[0] is not None and sides[0].tag_ in ("NNS", "NNPS") and act.lemma_ != "clash":
                    return ("VD" if protest_said else "MOB"), act  # "a brawl between rival fans"
            if act.i in seen or act.pos_ != "VERB":
                continue
            seen.add(act.i)
            if cat in ("RIOT", "CLASH") and rival_gatherings(agent_of(act)):
                return "RIVAL", act  # "rival demonstrations came to blows with bottles and sticks"
            if act.lemma_.lower() not in RIOT_ACTS or _depth(act) > max(depth, 0.0) + 1 or grievance(act):
                continue
            headline = _headline_act(act)
            if act.dep_ in ("relcl", "acl", "amod", "pcomp", "xcomp", "ccomp") and not _reported(act) and headline is None and not (
                act.dep_ == "relcl" and act.head.lemma_.lower() in PROTEST_NOUNS and not background_act(act, act.head)
            ) and not semicolon_clause(act):
                continue  # "youths who had attacked ...", "accused of killing": not the sentence's act (but "protests in
                # which demonstrators set fire to government buildings" tell what the protest was)
            if forces_result(act, actor_kind) or suffered(act):
                continue  # "police opened fire on a crowd marching to State House, killing two"; "lies injured"
            doer = headline if headline is not None else agent_of(act)
            kind = crowd_kind(doer, actor_kind, without=act if headline is not None else None)
            if kind is None:
                continue
            target = patient_of(act)
            if target is not None and target.pos_ == "PRON" and act.dep_ == "conj":
                target = patient_of(act.head) or target  # "attacked a police station and set it on fire"
            if target is not None and target.lower_ == "fire":  # "set fire to a suspected thief"
                target = next((g for c in act.children if c.dep_ == "prep" and c.lower_ == "to"
                               for g in c.children if g.dep_ == "pobj"), target)
            if act.lemma_ in ("clash", "fight", "scuffle", "tussle", "jostle", "brawl"):
                # crowds clashing with the police riot; clashing with each other is mob violence
                other = [g for c in act.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                         for g in c.children if g.dep_ == "pobj"]
                other += [g for o in act.children if o.dep_ == "dobj" for c in o.children  # "fought running battles with police"
                          if c.dep_ == "prep" and c.lower_ in ("with", "against") for g in c.children if g.dep_ == "pobj"]
                other += [c for c in doer.children if c.dep_ == "conj"]  # "supporters and police tussled"
                if doer.lower_ in FOLLOWER_WORDS:  # "supporters of the opposition and police clashed": the police
                    other += [c for p in doer.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                              for c in g.children if c.dep_ == "conj" and c.lower_ in POLICE_WORDS]
                if doer.lower_ in FOLLOWER_WORDS and any(_party_side(o) for o in other if o.head.i == doer.i):
                    return "RIVAL", act  # "supporters of the ruling party and the opposition clashed"
                if any(arg_kind(o, actor_kind) in ("nonstate", "armed") and not {t.lower_ for t in o.subtree} & POLICE_WORDS
                       for o in other):
                    continue  # "villagers clashed with the militants": no riot
                if not any({t.lower_ for t in o.subtree} & POLICE_WORDS for o in other):
                    if _rival_crowds(act, doer, other, actor_kind):
                        return "RIVAL", act  # "rival groups of protesters clashed, hurling bottles at each other"
                    if kind == "demo" or protest_said:
                        return "VD", act
                    return "MOB", act
                return "VD", act
            if kind == "demo" or protest_said:
                return "VD", act
            # no demonstration said: a riot against the police or the state, or blocking roads, is a
            # violent demonstration; a crowd turning on people, temples or homes is a mob
            words = {t.lower_ for t in target.subtree} if target is not None else set()
            words |= {t.lower_ for c in act.children if c.dep_ == "prep" and c.lower_ not in PLACE_PREPS for t in c.subtree}
            if act.dep_ in ("advcl", "conj"):  # "clashed with police, hurling stones": the same riot
                words |= {t.lower_ for c in act.head.children if c.dep_ == "prep" and c.lower_ != "according" for t in c.subtree}
            if act.lemma_.lower() in PERSON_ACTS or act.lemma_ == "lynch":
                return "MOB", act
            first = act.head if act.dep_ == "conj" and act.head.pos_ == "VERB" else None
            if first is not None and first.lemma_.lower() in HARM_ACTS and (_person_target(
                    victim := patient_of(first), actor_kind) or (victim is not None and victim.lower_ in ("him", "her"))):
                return "MOB", first  # "attacked a bus driver and set his bus ablaze": the crowd turned on a person
            lynching = went_on_to_kill(act)
            if lynching is not None:
                return "MOB", lynching  # "stormed a police station and lynched a man held there"
            if _person_target(target, actor_kind) or _community_owned(target):
                return "MOB", act  # "dragged two men out of the police station and set them on fire"; "attacked Coptic homes"
            if words & POLICE_WORDS or act.lemma_ in ("block", "barricade"):
                return "VD", act
            if hurts_people(act) or words & TRAVELLER_WORDS or _owned_by_person(target, actor_kind):
                return "MOB", act  # "a mob attacked a bus carrying pilgrims, injuring 15 passengers"
            if words & STATE_PROPERTY:
                return "VD", act
            if words & {"tyres", "tires", "tyre", "road", "roads", "highway", "bonfires"} or sibling_act_on_forces(act):
                return "VD", act  # "... torching shops and pelting police with stones"
            return ("VD" if stance_crowd(doer, act) else "MOB"), act  # "villagers opposed to a mine burned ..."
    return _surface_riot(sent, by_cat, protest_said, actor_kind)


RIVAL_WORDS = frozenset("rival rivals opposing counter counter-protesters counterprotesters dueling duelling".split())
_FOUGHT = (frozenset("clash clashes scuffle skirmish riot brawl stone".split()), frozenset(("clashes", "rioting", "stones")))


def _rival_crowds(act: Any, doer: Any, other: list[Any], actor_kind: ActorKind | None) -> bool:
    """Crowds fighting each other, no forces among them: "rival groups of protesters clashed", "... threw
    stones at each other", "supporters clashed with counter-protesters"."""
    words = {t.lower_ for t in _own_subtree(doer)}
    if words & RIVAL_WORDS:
        return True
    if any(t.lower_ == "other" and t.i > 0 and t.doc[t.i - 1].lower_ == "each" for t in act.subtree):
        return True
    return bool(other) and all(crowd_kind(o, actor_kind) is not None for o in other)


def _party_side(side: Any) -> bool:
    """The second side of "supporters of the ruling party and the opposition": a party, not forces."""
    words = {t.lower_ for t in side.subtree}
    if words & POLICE_WORDS or words & (ARMED_WORDS | NONSTATE_WORDS) - {"opposition"}:
        return False
    return side.lower_ in ("opposition", "party", "parties") or side.ent_type_ == "ORG"


def _two_communities(crowd: Any) -> bool:
    """A crowd noun told as two communities ("Hindu and Muslim residents", "Christian and Muslim
    youths"): crowds fighting each other."""
    mods = [c for c in crowd.children if c.dep_ in ("amod", "nmod", "compound") and c.i < crowd.i]
    mods += [g for m in mods for g in m.children if g.dep_ == "conj"]
    return sum(1 for m in mods if m.lower_ in FAITH_WORDS or m.ent_type_ == "NORP") >= 2


HEADLINE_INTRANSITIVE = frozenset("clash fight scuffle tussle brawl riot rampage".split())


def _headline_act(act: Any) -> Any:
    """The crowd of a headline-like parse whose act hangs from it as a clause ("Stone-pelting youths
    clashed with security forces" read as a noun phrase): the sentence's root noun; None otherwise. A
    passive reading ("youths killed by police") is not such an act."""
    head = act.head
    if act.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or act.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("agent", "auxpass") for c in act.children):
        return None
    if act.lemma_.lower() in HEADLINE_INTRANSITIVE or any(c.dep_ == "dobj" for c in act.children):
        return head
    return None


LABOUR_WORDS = frozenset("wage wages pay salary salaries arrears bonus bonuses layoffs dismissal dismissals retrenchment".split())
WORKER_WORDS = frozenset("workers employees miners staff labourers laborers".split())


def _labour_dispute(sent: Any) -> bool:
    """Workers in a dispute over pay or jobs ("workers went on a rampage after wage talks failed"): a
    labour protest, so their riot is a violent demonstration."""
    words = set(span_lowers(sent))
    return bool(words & WORKER_WORDS) and bool(words & LABOUR_WORDS)


def grievance(tok: Any) -> bool:
    """What a crowd protests about ("against the killing", "to decry the arrests"), not what happens
    where it protests ("protests in which demonstrators set fire to buildings"; "protests in the port
    city, where ...": clause._grievance) nor an act the parse misread (crowdforce.misread_grievance)."""
    v = verb_above(tok)
    if v.dep_ == "relcl" and any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
            g.lower_ == "which" for g in c.children) for c in v.children):
        return False
    return _grievance(tok) and not misread_grievance(tok)


def _is_act(tok: Any) -> bool:
    return bool(set(token_keys(tok.lower_, tok.lemma_)) & RIOT_ACTS)


def _surface_riot(
    sent: Any, by_cat: dict[str, list[tuple[float, CueHit, Any]]], protest_said: bool,
    actor_kind: ActorKind | None = None,
) -> tuple[str, Any] | None:
    """A crowd next to a riot act in the word order, for parses that went wrong ("Youths block highway,
    attack motorists" read as one noun phrase; "torched ... by protesters"): the crowd word just
    before the act (no armed actor named before it) or the "by" agent just after it."""
    roots = [r for c in ("RIOT", "VIOLENCE", "LOOT", "MOB") for _d, _h, r in by_cat.get(c, [])]
    roots += [r.doc[h.start] for _d, h, r in by_cat.get("RIOT", []) if h.end - h.start > 1 and r.doc[h.start].pos_ == "NOUN"]
    # "Supporters ... fire firecrackers at riot policemen": a caption's present-tense verb read as a noun
    roots += [a for r in roots for a in r.children if a.dep_ == "acl" and _by_crowd(a)]  # "a rock thrown by protesters"
    acts = sorted({r.i: r for r in roots
                   if _is_act(r) and not grievance(r) and not _background_noun(r) and not suffered(r)
                   and (r.dep_ not in ("relcl", "acl", "pcomp", "xcomp") or _by_crowd(r))}.items())
    if not acts:
        return None
    crowds = tokens_with(sent, lowers=CROWD_WORDS)  # the doers read below (off the word table: no token per word)
    first_armed = next((t.i for t in tokens_with(sent, lowers=(ARMED_WORDS | NONSTATE_WORDS) - POLICE_WORDS)), None)
    fought = bool(tokens_with(sent, lemmas=_FOUGHT[0], lowers=_FOUGHT[1]))
    for i, act in acts:
        ag = agent_of(act) if act.pos_ == "VERB" else None
        if ag is not None and ag.i < i and arg_kind(ag, actor_kind) in ("state", "armed", "nonstate") and crowd_kind(
                ag, actor_kind) is None:
            continue  # "police fired at protesters marching ...": the police's act; "Murle youth clashed with ...": a militia's
        if act.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "by" and any(
                g.dep_ == "pobj" and g.lower_ not in CROWD_WORDS for g in c.children) for c in act.children):
            continue  # "villagers were shocked by the killing of seven herders by gunmen": the act names its doer
        doer = None
        for t in crowds:
            if t.lower_ not in CROWD_WORDS or (t.dep_ in ("compound", "amod") and t.head.lower_ in MILITIA_WORDS):
                continue  # not "youth" of "the party's youth wing": an organised wing
            # a crowd undergoing the act ("two demonstrators were killed") is no doer; a passive act on
            # things near a crowd is its doing ("protesters gathered and police vehicles were torched")
            passive = (t.dep_ == "nsubjpass" and t.head.i == act.i) or (
                any(c.dep_ == "auxpass" for c in act.children) and act.lemma_.lower() in HARM_ACTS
            ) or t.dep_ == "nsubjpass" and act.lemma_.lower() in HARM_ACTS
            if 0 < i - t.i <= 5 and t.dep_ not in ("pobj", "dobj", "conj", "appos", "attr", "poss") and (
                not passive or fought  # "protesters were injured in clashes with the police"
            ) and (
                first_armed is None or first_armed > t.i
            ) and not any(
                x.lower_ in ("against", "on", "at") or (x.lower_ == "of" and t.lower_ not in FOLLOWER_WORDS)
                for x in t.doc[t.i + 1 : i]
            ):
                doer = t  # "Youths block highway, attack ..."
            elif 0 < t.i - i <= 6 and any(x.lower_ == "by" for x in t.doc[i + 1 : t.i]) and not any(
                x.pos_ in ("NOUN", "PROPN") and x.head.i != t.i
                for x in t.doc[max(x.i for x in t.doc[i + 1 : t.i] if x.lower_ == "by") + 1 : t.i]
            ):
                doer = t  # "were torched ... by protesters" (not "killed by a police bullet as marchers ...")
            if doer is not None:
                break
        if doer is None:
            continue
        # what the act's own clause names (a verb's subtree), not the rest of the sentence ("...; security
        # forces arrested 15 suspects"); the whole sentence where the parse went wrong (a noun read as the act)
        target = {x.lower_ for x in (act.subtree if act.pos_ == "VERB" and act.dep_ not in ("acl", "relcl") else sent)}
        if doer.lower_ in DEMO_WORDS or protest_said or act.lemma_.lower() in ("block", "barricade") or (
            target & (POLICE_WORDS | {"road", "roads", "highway", "tyres", "tires"})
        ):
            return "VD", act
        return "MOB", act
    return None


def _by_crowd(act: Any) -> bool:
    """A passive act whose "by" agent is a crowd ("a rock thrown by protesters")."""
    return act.tag_ == "VBN" and any(
        c.dep_ == "agent" and any(g.dep_ == "pobj" and g.lower_ in CROWD_WORDS for g in c.children) for c in act.children
    )


def _reported(act: Any) -> bool:
    """The content of a report ("youths pelted stones on the forces, officials said"): the act told."""
    return act.dep_ == "ccomp" and act.head.lemma_.lower() in REPORT_VERBS and _depth(act) <= 2


#: Prepositions that make a violence noun the background of the sentence's act ("fled after the attack").
BACKGROUND_PREPS = frozenset("after before following since during amid".split())


def _background_noun(tok: Any) -> bool:
    """A violence noun after "after", "following", "amid" ...: what came before the act, not a crowd's act."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in BACKGROUND_PREPS


def mob_violence(by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> tuple[float, Any] | None:
    """Violence whose doer is a crowd, residents or vigilantes ("a crowd of villagers beat a thief to
    death", "members of a vigilante group killed two men"): mob violence, not an armed actor's attack."""
    for dep, _h, tok in by_cat.get("VIOLENCE", []):
        if tok.lemma_.lower() not in MOB_ACTS | ROUGH_ACTS:
            continue
        if _background_noun(tok):
            continue  # "residents fled after the attack": the attack is not the residents' doing
        ag = agent_of(tok)
        if ag is None or _armed_crowd(ag) or (ag.dep_ == "nsubj" and ag.head.lemma_.lower() in TELLING_VERBS):
            continue  # not "armed youths fought ...": an armed group; "..., residents said, killing six": the source
        words = {t.lower_ for t in ag.subtree} | {t.lemma_.lower() for t in ag.subtree}
        if words & (MOB_AGENT_WORDS | BYSTANDER_WORDS) and not words & (ARMED_WORDS | STATE_WORDS | NONSTATE_WORDS):
            return dep, tok
        if tok.lemma_.lower() in ROUGH_ACTS | {"lynch"} and ag.lower_ in ("group", "groups", "men") and not words & (
                ARMED_WORDS | NONSTATE_WORDS | STATE_WORDS):
            return dep, tok  # "a group of men thrashed a Dalit youth"
        if tok.lemma_.lower() in PERSON_ACTS and crowd_kind(ag) == "crowd" and ag.lower_ in ("group", "groups", "gang", "men"):
            return dep, tok  # "a group of men armed with sticks beat a suspected thief to death"
    return None


TELLING_VERBS = frozenset("say tell report add recount describe".split())
# people at hand who may turn into a mob ("neighbours tied a suspected thief to a tree and beat him")
BYSTANDER_WORDS = frozenset("neighbours neighbors bystanders onlookers passers-by".split())
# handling people roughly, the way crowds do ("thrashed a suspected thief", "roughed up", "manhandled")
ROUGH_ACTS = frozenset("thrash manhandle rough".split())


@functools.lru_cache(maxsize=1)
def cue_index() -> CueIndex:
    return build_index()


def _sides(noun: Any) -> list[Any]:
    """The sides of "clashes between X and Y" / "clashes of X with Y"."""
    out: list[Any] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("between", "among", "with", "of"):
            for g in c.children:
                if g.dep_ == "pobj":
                    out.append(g)
                    out.extend(x for x in g.children if x.dep_ == "conj")
    return out


def _own_subtree(tok: Any) -> list[Any]:
    """The subtree of ``tok`` without its conjuncts ("residents" in "residents and police")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in ("conj", "cc"):
            out.extend(c.subtree)
    return sorted(out, key=lambda t: t.i)


RIOT_WORDS = frozenset("riot riots rioters rioting rioted".split())
PROTEST_SIGNS = frozenset("placards placard banners banner posters".split())
PROTEST_ACTS = frozenset(
    """protest demonstrate march rally stage chain glue block picket occupy gather chant""".split()
)


def protesting(person: Any) -> bool:
    """Those arrested were demonstrating ("students who staged a sit-in", "activists who had chained
    themselves to the gates", "protesters")."""
    if person.lower_ in DEMO_WORDS:
        return True
    if any(c.dep_ == "amod" and c.lower_ in DEMONSTRATING_FORMS for c in person.children):
        return True  # "striking nurses"
    v = person.head
    if person.dep_ == "nsubj" and v.tag_ == "VBG" and v.dep_ in ("advcl", "acl", "ccomp") and v.i > person.i and (
        v.lemma_.lower() in PROTEST_ACTS or any(g.lower_ in ("protest", "protests", "sit", "demonstration", "demonstrations",
                                                            "rally", "march", "vigil") for g in v.subtree)
    ):
        return True  # "shot dead 50 people taking part in protests", the participle parsed as the people's verb
    for c in person.children:  # "50 members of the party who were staging a protest": the clause may hang from either
        if c.dep_ in ("relcl", "acl") and (tries_act(c, PROTEST_ACTS) or any(
            g.lower_ in ("protest", "sit", "sit-in", "demonstration", "rally", "march", "strike", "vigil") for g in c.subtree
        ) or (c.lemma_.lower() in ("hold", "carry", "wave", "raise") and any(
            g.dep_ == "dobj" and g.lower_ in PROTEST_SIGNS for g in c.children
        )) or any(v.lemma_.lower() in ("set", "pitch", "erect") and any(g.dep_ == "dobj" and g.lower_ in ("tents", "tent")
                                                                       for g in v.children)
                  for v in c.subtree if v.pos_ == "VERB")):  # "people who were holding placards", "... who tried to pitch tents"
            return True
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in WALK_VERBS and (walk_purpose(c) or any(
            g.lower_ in ("petition", "petitions", "silently") for g in c.subtree
        )):
            return True  # "undergraduates who had walked to parliament to hand over a petition"
    inner = [g for c in person.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if inner:  # "dozens of students who ..."
        return protesting(inner[0])
    return False


# what demonstrators burn as a sign (ACLED: a peaceful protest), not as violence
SYMBOLIC_OBJECTS = frozenset(
    """effigy effigies flag flags poster posters copy copies picture pictures portrait portraits photo photos
    banner banners image images book books bill document documents card cards placard placards""".split()
)


def symbolic_burning(tok: Any) -> bool:
    """"Burnt an effigy of the minister", "torched copies of the bill": a protest's sign."""
    v = _act_of(tok)
    objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in SYMBOLIC_OBJECTS or o.lower_ in SYMBOLIC_OBJECTS for o in objs)


PAST_MARKERS = frozenset("last previous earlier ago yesterday".split())
# "two days after", "a week before", "hours after": a span of time between two acts
TIME_UNITS = frozenset("minute hour day week month year night fortnight".split())
SHIFT_WORDS = frozenset("after before since following ahead".split())
CLAUSE_HEADS = frozenset("ROOT ccomp conj parataxis".split())
SAYING = frozenset("say tell report announce confirm claim state add".split())


def time_shifted(tok: Any) -> bool:
    """``tok`` lies in a phrase or clause set apart in time from the sentence's act by a span ("two days
    after a rally", "a day before the party's banned marches", "hours after he called on supporters to
    take to the streets", "ahead of a planned march"): another event, not the act's setting. The walk
    stops at the first main clause (a sentence without a shift word has none: its word set is the gate)."""
    if SHIFT_WORDS.isdisjoint(words_of(sentence_of(tok.doc, tok.i))):
        return False
    t = tok
    for _ in range(8):
        if t.lower_ in SHIFT_WORDS and t.dep_ in ("prep", "mark", "advmod"):
            if t.lower_ == "ahead":
                return True
            anchor = t if t.dep_ == "prep" else t.head
            if any(c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS for c in (*t.children, *anchor.children)):
                return True
        if t.pos_ in ("VERB", "AUX", "ADJ") and any(c.dep_ == "mark" and c.lower_ in SHIFT_WORDS for c in t.children) and any(
            c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS for c in t.children
        ):
            return True  # "a day after police broke up an opposition rally"
        if t.head.i == t.i or (t.pos_ in ("VERB", "AUX") and t.dep_ in CLAUSE_HEADS and not (
                t.dep_ == "ccomp" and t.head.lemma_ in SAYING)):  # "a week after the army said it had killed"
            return False
        t = t.head
    return False


FIRING_LEMMAS = frozenset("fire open shoot".split())
REACTION_LEMMAS = frozenset("disperse flee scatter retreat".split())  # a crowd's answer to the force
DEMONSTRATION_WORDS = PROTEST_NOUNS | DEMO_WORDS | frozenset("sit sit-in vigil gathering".split())


def _fired_on_demonstration(verb: Any) -> bool:
    """``verb`` is a firing on a demonstration ("opened fire on the sit-in", "fired at the marchers")."""
    return verb.lemma_.lower() in FIRING_LEMMAS and any(
        p.dep_ == "prep" and p.lower_ in ("on", "at", "into") and any(g.lower_ in DEMONSTRATION_WORDS for g in p.subtree)
        for p in verb.subtree if verb_above(p).i == verb.i
    )


# the forces' act on a demonstration told as a noun ("the dispersal of the sit-in, which left four dead")
FORCE_NOUNS = frozenset("dispersal crackdown raid assault attack shooting storming clearing clearance".split())


def background_act(tok: Any, trig: Any) -> bool:
    """A violent act the demonstration only refers to: told in a relative clause of a person ("the coffin
    of a protester who was shot dead last week") or dated before it ("the previous day when security
    forces killed ..."), outside the clause of the demonstration's own predicate."""
    if any(a.lower_ in ("undeterred", "despite", "defying") for a in list(tok.ancestors)[:6]):
        return True  # "undeterred by the crackdown of the previous day"
    v = verb_above(tok)
    if v.i == trig.i or trig.i in {t.i for t in v.subtree}:
        return False
    if v.dep_ == "relcl" and (v.head.i == trig.i or v.head.lemma_.lower() in FORCE_NOUNS):
        return False  # "the crackdown on the march, which left two protesters dead": what the force did
    if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") and not any(
        c.lower_ == "where" and c.dep_ == "advmod" for c in v.children
    ):  # not "police, who detained its leaders"; not "marched to the palace, where police fired tear gas"
        return arg_kind(v.head) not in ("state", "nonstate", "armed")
    if v.dep_ == "acl" and v.tag_ == "VBN" and v.head.dep_ in ("nsubj", "nsubjpass") and arg_kind(v.head) not in (
        "state", "nonstate", "armed"
    ):
        return True  # "families evicted from the lake area gathered outside city hall": who they are
    if time_shifted(tok):
        return True  # "gathered on Sunday ..., a day after police broke up an opposition rally"
    if any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in v.children) and v.head.i == trig.i and not (
        _fired_on_demonstration(v) or trig.lemma_.lower() in REACTION_LEMMAS  # "the crowd dispersed after police fired tear gas"
    ):
        return True  # "marched on Sunday, after soldiers shot dead four demonstrators" (not "a protester is
        # carried away after security forces opened fire on the sit-in": the force on the demonstration)
    scope = list(v.subtree)
    if v.dep_ in ("relcl", "advcl", "acl") and v.head.pos_ == "NOUN":  # "the previous day, when forces killed ..."
        scope += [c for c in v.head.children if c.dep_ == "amod"]
    return any(t.lower_ in PAST_MARKERS and t.dep_ in ("amod", "advmod") for t in scope if t.head.i != trig.i)


GATHERERS = frozenset(
    """thousands hundreds dozens crowds crowd opponents supporters residents students workers activists""".split()
)
# where people gather for their daily life (a market, a prayer, a funeral), not to demonstrate
DAILY_SETTINGS = frozenset(
    """market marketplace mosque church prayer prayers funeral burial wedding ceremony feast festival celebration
    well borehole bar restaurant match game school""".split()
)
# who gathers to protest when the sentence says what for ("relatives of the missing gathered to demand ...")
PURPOSE_VERBS = frozenset(
    """demand protest denounce condemn decry press urge call seek oppose voice express mourn commemorate
    honour honor remember show register""".split()
)


GATHERING_MODS = frozenset("peaceful protest opposition political mass solidarity anti-government".split())


# what a crowd gathers for at a political rally or a petition ("gathered to hear the opposition leader")
RALLY_VERBS = frozenset("hear listen welcome greet support back cheer petition submit present deliver".split())


def gathering_protest(root: Any) -> bool:
    """A crowd gathering or demonstrating: its subject is a crowd ("thousands gathered", "supporters who
    had gathered outside"), or unarmed people gathering for a purpose a demonstration has ("relatives of
    the missing gathered outside the press club to demand news"); not armed men mobilising."""
    if root.pos_ == "NOUN":  # "fired live ammunition at a peaceful gathering"
        return any(c.dep_ in ("amod", "compound") and c.lower_ in GATHERING_MODS for c in root.children)
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and root.dep_ == "relcl":
        subj = root.head  # "supporters who had gathered outside"
    if subj is None and root.dep_ == "pcomp" and root.head.lower_ == "from" and root.head.head.lemma_.lower() in (
        "prevent", "stop", "bar", "block"
    ):  # "prevented opposition supporters from gathering in the square": those kept from it
        subj = next((c for c in root.head.head.children if c.dep_ == "dobj"), None)
    if subj is None and root.dep_ == "acl" and root.head.pos_ in ("NOUN", "PROPN"):
        subj = root.head  # "Relatives of missing persons gathered ..." parsed as a noun phrase
        while subj.dep_ == "pobj" and subj.head.lower_ == "of" and subj.head.head.pos_ in ("NOUN", "PROPN"):
            subj = subj.head.head
    if subj is None:
        return False
    words = list(subj.subtree)
    # "prevented opposition supporters from gathering"; "supporters of the M5 coalition gathered": followers
    # are a crowd, whoever they follow
    kept_from = subj.lower_ in FOLLOWER_WORDS and (root.dep_ == "pcomp" or not _word_kind_armed(subj))
    led = {t.i for f in words if f.lower_ in FOLLOWER_WORDS for p in f.children if p.dep_ == "prep" and p.lower_ == "of"
           for t in p.subtree}  # "hundreds of supporters of the opposition leader": whom they follow
    if not kept_from and any(_word_kind_armed(t) for t in words if t.pos_ == "NOUN" and t.i not in led):
        return False  # not "fighters mobilised alongside the army"
    purpose = any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PURPOSE_VERBS | RALLY_VERBS for c in root.children)
    if not purpose and root.dep_ in ("advcl", "relcl") and any(c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in root.children):
        return False  # "(killed when the tanker exploded) as residents gathered to scoop spilled petrol": the setting
    if not purpose and root.dep_ == "acl" and any(
            c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in DAILY_SETTINGS for g in c.children)
            for c in root.children):
        return False  # "opened fire on residents gathered at a market": the people attacked, where they were
    if any(t.like_num or t.lower_ in GATHERERS for t in words):
        return True
    if subj.lower_ in ("they", "who") and purpose:
        return True  # "(detained several men) after they gathered to denounce power cuts"
    if subj.pos_ not in ("NOUN", "PROPN") or subj.lemma_.lower() in ("official", "leader", "minister", "delegation"):
        return False
    return purpose or any(
        c.dep_ == "prep" and c.lower_ in ("against", "in") and any(g.lower_ in ("protest", "solidarity") for g in c.subtree)
        for c in root.children
    ) or any(c.dep_ == "advcl" and c.tag_ == "VBG" and any(g.lower_ in PROTEST_NOUNS for g in c.subtree)
             for c in root.children)  # "small groups gathered in downtown streets answering calls for protests"


def _word_kind_armed(tok: Any) -> bool:
    return _word_kind(tok) in ("state", "nonstate", "armed")


# a crowd on the move or assembled, which demonstrates when told with a purpose or as peaceful
WALK_VERBS = frozenset("walk parade process drive ride cycle troop file".split())
DEMO_PURPOSE = frozenset(
    """demand protest denounce condemn decry press urge call oppose mourn chant""".split()
)


def walk_purpose(walk: Any) -> bool:
    """A walk told with a protest's purpose ("walked through the city to call for ...")."""
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in DEMO_PURPOSE and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in walk.children)


def protest_over(by_cat: dict[str, list[tuple[float, CueHit, Any]]], cat: str, mob: Any = None) -> bool:
    """The demonstration (or the mob's act, ``mob``: (depth, token)) is the predicate and the disaster
    only what it is about or follows ("staged a sit-in demanding compensation for flood victims", "a
    crowd set upon the driver after the accident"): the disaster's words are deeper than the crowd's
    and are no act of their own (a grievance, a noun's modifier or the object of a preposition)."""
    protest = ([(mob[0], None, mob[1])] if mob is not None else []) + by_cat.get("PROTEST", [])
    protest.sort(key=lambda x: x[0])
    disaster = by_cat.get(cat, [])
    if not protest or not disaster or protest[0][0] > min(d for d, _h, _r in disaster):
        return False
    return all(grievance(r) or r.dep_ in ("compound", "amod", "nmod", "poss") or (r.pos_ != "VERB" and r.dep_ == "pobj")
               for _d, _h, r in disaster)
