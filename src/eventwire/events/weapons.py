"""Disrupted weapons use read off the clause: a seizing verb whose object is a weapon ("seized
weapons", "a dhow carrying weapons was seized"), and acts only attempted ("were trying to defuse it")."""

from __future__ import annotations

from typing import Any

from .clause import (
    AIRCRAFT_WORDS,
    STRIKER_WORDS,
    WEAPON_WORDS,
    _struck_by_air,
    _supporting_ground_attack,
    agent_of,
)
from .lexicon import CueHit
from .story import sentence_of
from .strikemeans import unnamed_air_bombing
from .tallies import tallied
from .words import needs_words, none, tokens_with


def struck_target(tok: Any, hits: list[CueHit]) -> bool:
    """Whether ``tok`` (a weapons depot, a cache) is what an air strike or a shelling hit: the verb
    governing it has aircraft or artillery as its doer ("jets destroyed a weapons depot") or is itself
    a cue of such means ("Israel bombed an arms depot", "shelled an ammunition dump")."""
    if _struck_by_air(tok):
        return True
    remote = {i for h in hits if h.category in ("AIR", "SHELL") for i in range(h.start, h.end)}
    v = tok
    for _ in range(2):
        if v.head.i == v.i:
            return False
        v = v.head
        if v.pos_ in ("VERB", "AUX"):
            return v.i in remote
    return False


def seize_weapons(doc: Any, hits: list[CueHit]) -> CueHit | None:
    """A seizing verb whose object is a weapon ("seized weapons", "caches of IEDs were destroyed")."""
    for h in hits:
        if h.category != "SEIZE_VERB":
            continue
        v = doc[h.start]
        if any(c.dep_ == "neg" for c in v.children):
            continue  # "no weapons were found", "did not find explosives"
        if arrest_haul(v):
            continue  # "arrested three men and seized their rifles": an arrest
        objs: list[Any] = []
        for c in v.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr", "conj", "appos") and not any(
                g.dep_ == "det" and g.lower_ == "no" for g in c.children
            ):
                objs.append(c)
        if v.dep_ in ("acl", "amod", "relcl"):
            objs.append(v.head)
        for c in v.children:  # "seized a dhow carrying weapons"
            if c.dep_ in ("advcl", "acl", "xcomp") and c.lemma_ in ("carry", "contain", "load", "transport", "ferry"):
                objs.extend(g for g in c.children if g.dep_ == "dobj")
        more = []
        for o in objs:
            if o.lemma_.lower() in REMAINS_WORDS or o.lower_ in REMAINS_WORDS:
                continue  # "the remains of the bomb": what is left of one that went off
            for c in o.children:
                if c.dep_ == "conj" or (c.dep_ == "prep" and c.lower_ == "of"):
                    more.extend(g for g in c.children if g.dep_ == "pobj")
                    if c.dep_ == "conj":
                        more.append(c)
            for c in o.children:
                if c.dep_ == "conj":
                    more.append(c)
        ag = agent_of(v)
        if ag is not None and {t.lower_ for t in ag.subtree} & STRIKER_WORDS:
            continue  # "fighter jets destroyed a weapons depot": a strike, not a seizure
        aircraft_ok = v.lemma_ in ("intercept", "shoot") or v.lower_ in ("shot", "intercepted")
        for o in objs + more:
            if o.lemma_.lower() in REMAINS_WORDS or o.lower_ in REMAINS_WORDS or went_off_clause(o):
                continue  # "found the remains of the bomb", "recovered the device that exploded": it went off
            if o.lemma_.lower() == "drone" and v.lemma_.lower() in ("spot", "detect", "locate", "see"):
                continue  # "after a drone was spotted crossing the border": seen, not stopped
            if o.lower_ in WEAPON_WORDS or o.lemma_.lower() in WEAPON_WORDS:
                return h
            # "packages identified as explosive devices", "a truck loaded with explosives"
            if any(t.lower_ in WEAPON_WORDS and not _instrument(t, o) for t in list(o.subtree)[:12]):
                return h
            if aircraft_ok and (o.lower_ in AIRCRAFT_WORDS or o.lemma_.lower() in AIRCRAFT_WORDS):
                return h
    return None


# what is left of a device that went off: no weapon stopped
REMAINS_WORDS = frozenset("remains remnant remnants fragment fragments debris shrapnel piece pieces wreckage".split())


def _instrument(t: Any, obj: Any) -> bool:
    """``t`` is what ``obj`` was hit with ("destroyed a bridge with explosives"), not what it holds."""
    while t.i != obj.i and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.lower_ in ("with", "using") and t.head.head.i == obj.i and (
            obj.lower_ not in CARRIER_WORDS and obj.lemma_.lower() not in CARRIER_WORDS
        ):
            return True
        t = t.head
    return False


# what carries weapons ("a truck with explosives", "a boat with arms"): what it holds is seized with it
CARRIER_WORDS = frozenset(
    """truck trucks car cars vehicle vehicles boat boats dhow ship vessel bag bags package packages box boxes
    man men suspect suspects house houses container containers consignment consignments cache caches""".split()
)
SAFE_HANDS = frozenset(
    """engineer engineers sapper sappers squad squads expert experts technician technicians police army
    troops soldiers military""".split()
)


@needs_words(("make", "render", "detonate", "explode", "blow", "destroy"), empty=none)
def controlled_blast(sent: Any, hits: list[CueHit]) -> Any:
    """A device blown up on purpose by those who found it, nobody hurt ("the explosive device was
    detonated by army engineers", "troops detonated dozens of landmines", "was detonated in a controlled
    manner"): ACLED's disrupted weapons use. The blast verb, or None."""
    if any(h.category in HARM_CATS for h in hits):
        return None
    for v in sent:
        found = BOMB_NOUNS | {"landmine", "landmines", "shell", "shells", "package", "packages"}
        if v.pos_ == "VERB" and v.lemma_.lower() in ("make", "render") and any(
            c.lower_ == "safe" for c in v.subtree if c.head.i == v.i or c.head.head.i == v.i
        ) and any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lemma_.lower() in found for t in (v, *v.children)
                  for c in t.children):
            return v  # "made the device safe", "the bomb was rendered safe"
        if v.pos_ != "VERB" or v.lemma_.lower() not in ("detonate", "explode", "blow", "destroy"):
            continue
        device = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and (
            c.lower_ in found or c.lemma_.lower() in found
            or any(g.dep_ == "prep" and g.lower_ == "of" and any(x.lower_ in found for x in g.children)
                   for g in c.children)
        )]
        if not device:
            continue
        if any(c.lower_ in ("controlled", "safe", "safely") for c in v.subtree):
            return v
        ag = agent_of(v)
        if ag is not None and ({t.lower_ for t in ag.subtree} & SAFE_HANDS):
            return v
    return None


BOMBER_WORDS = frozenset("bomber bombers attacker attackers".split())
STOPPING_VERBS = frozenset("kill shoot neutralise neutralize gun arrest capture nab intercept stop apprehend".split())


# what a person stopped with a bomb on them carries it with ("a boy carrying explosives", "a man wearing a vest")
CARRYING_VERBS = frozenset("carry wear strap hide conceal transport".split())
DISARMING_VERBS = STOPPING_VERBS | frozenset("disarm overpower tackle subdue catch intercept".split())


@needs_words(DISARMING_VERBS, empty=none)
def stopped_carrier(sent: Any) -> Any:
    """A person carrying explosives stopped before using them ("villagers stopped and disarmed a
    boy carrying explosives", "guards overpowered a man wearing an explosive vest"): the attack was
    stopped (ACLED's disrupted weapons use). The stopping verb, or None."""
    for v in tokens_with(sent, lemmas=DISARMING_VERBS):
        if v.pos_ != "VERB" or v.lemma_.lower() not in DISARMING_VERBS:
            continue
        person = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if person is None and v.dep_ == "conj":  # "stopped and disarmed a woman": the object they share
            person = next((c for c in v.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if person is None and v.dep_ != "conj":
            person = next((c for x in v.children if x.dep_ == "conj" for c in x.children if c.dep_ == "dobj"), None)
        if person is None or person.pos_ not in ("NOUN", "PROPN", "PRON") or person.lemma_.lower() in BOMB_NOUNS:
            continue
        for c in person.children:
            if c.dep_ == "acl" and c.lemma_.lower() in CARRYING_VERBS and any(
                t.lower_ in EXPLOSIVE_WORDS for t in c.subtree
            ):
                return v
    return None


def stopped_bomber(doc: Any, hits: list[CueHit]) -> Any:
    """A suicide bomber killed, shot or caught by the security forces ("a suspected suicide bomber was
    shot dead by troops before he could reach the mosque"): the attack was stopped. The verb, or None."""
    carrier = stopped_carrier(sentence_of(doc, hits[0].start)) if hits else None  # the sentence's span, found once
    if carrier is not None:
        return carrier
    for h in hits:
        if h.category != "SUICIDE":
            continue
        b = doc[h.end - 1]
        if b.lower_ not in BOMBER_WORDS or b.dep_ not in ("nsubjpass", "dobj"):
            continue
        v = b.head
        if v.lemma_.lower() not in STOPPING_VERBS:
            continue
        ag = agent_of(v)
        if ag is not None and {t.lower_ for t in ag.subtree} & (SAFE_HANDS | {"forces", "guards", "policemen", "officers"}):
            return v
    return None


def attempted(tok: Any) -> bool:
    """"were trying to defuse it": the act was attempted, not done."""
    h = tok
    for _ in range(3):
        if h.lemma_ in ("try", "attempt", "seek", "fail", "plan", "intend"):
            return True
        if h.head.i == h.i:
            break
        h = h.head
    return False


EXPLOSIVE_WORDS = frozenset(
    """explosive explosives bomb bombs ied ieds grenade grenades detonator detonators vest vests belt
    laden""".split()
)


ARREST_LEMMAS = frozenset("arrest detain apprehend nab capture".split())


def arrest_haul(verb: Any) -> bool:
    """Guns taken from people arrested with them ("police arrested three men and seized their rifles",
    "seized two pistols and detained the suspects"): the arrest is the event (ACLED's Arrests). A cache
    found with no one arrested stays disrupted weapons use, and so do explosives taken from those arrested
    (a bombing foiled: "arrested three suspects and seized bomb-making materials")."""
    joined = [verb.head] if verb.dep_ == "conj" else []
    joined += [c for c in verb.children if c.dep_ == "conj"]
    joined += [a for a in list(verb.ancestors)[:4] if a.i < verb.i and any(
        t.lower_ == "and" for t in verb.doc[a.i : verb.i])]  # "arrested five cadres ... and recovered weapons" misparsed
    if not any(a.lemma_.lower() in ARREST_LEMMAS and a.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") for c in a.children
    ) for a in joined):
        return False
    return not any(t.lower_ in EXPLOSIVE_WORDS or t.lemma_.lower() in EXPLOSIVE_WORDS for t in verb.sent)


def carrying_explosives(arrest: Any) -> bool:
    """An arrest of someone caught with explosives ("arrested a man carrying an explosive-laden
    backpack", "arrested with two hand grenades", "seized bomb-making materials")."""
    for t in arrest.subtree:
        if t.lower_ in EXPLOSIVE_WORDS and (t.lower_ not in ("vest", "vests", "belt") or any(
            c.lower_ in ("suicide", "explosive", "explosives") for c in t.children
        )):
            return True
    return False


STRIKER_MODIFIERS = frozenset(
    """coalition us u.s. american israeli russian turkish saudi emirati french british iraqi syrian afghan
    nigerian pakistani egyptian ukrainian precision targeted military army government allied regime
    nato western""".split()
)


def _ran_over(verb: Any, hits: list[CueHit]) -> bool:
    """"A military vehicle struck a landmine": what was struck is the explosive, no strike from the air."""
    mines = {i for h in hits if h.category == "IED" for i in range(h.start, h.end)}
    return any(c.dep_ == "dobj" and c.i in mines for c in verb.children)


@needs_words(("bomb", "bombard", "strike"), lambda: FLOWN_HARM | AIRBORNE_ACTS)
def air_strikes(sent: Any, hits: list[CueHit]) -> list[CueHit]:
    """"Strike" as an attack from the air, which the phrase list leaves alone because of labour strikes:
    a strike by a state or a coalition ("a US strike killed", "coalition strikes hit", "Israel carried
    out strikes on Hamas targets"), never "on strike", "a general strike", "strike action"."""
    taken = {i for h in hits if h.category in ("PROTEST", "AIR") for i in range(h.start, h.end)}
    natural = {i for h in hits if h.category == "NATURAL" for i in range(h.start, h.end)}
    out = []
    ied = any(h.category in ("IED", "SUICIDE", "GRENADE") and h.phrase not in ("bomb", "bombing") for h in hits)
    fired = {i for h in hits if h.category in ("SHELL", "GRENADE", "IED") for i in range(h.start, h.end)}
    for t in tokens_with(sent, lemmas=FLOWN_HARM | AIRBORNE_ACTS | {"bomb", "bombard", "strike"}):  # each reading needs one
        if t.lemma_.lower() == "strike" and any(x.i in fired for c in _with_preps(t) for x in c.subtree) or (
            t.lemma_.lower() == "strike" and t.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and (c.i in fired or any(x.i in fired for x in c.children if x.dep_ == "compound"))
                for c in t.children)  # "artillery fire by the army struck a camp"
        ):
            continue  # "a Russian strike with Iskander missiles", "munitions fired by the army struck a hospital"
        if t.pos_ == "VERB" and t.i not in taken and (
            (t.lemma_.lower() in ("bomb", "bombard") and not ied) or (t.lemma_.lower() == "strike" and not _ran_over(t, hits))
        ) and (_state_striker(_doer(t)) or unnamed_air_bombing(t, _doer(t))) and not any(  # "pounded the city with artillery"
            h.category in ("SHELL", "GRENADE") and any(x.i == h.start for c in _with_preps(t)
                                                        for x in c.subtree) for h in hits
        ):
            out.append(CueHit("AIR", "state bombing", t.i, t.i + 1, 1.0))  # "Russian forces bombed a hospital"
            continue
        if t.lemma_.lower() == "strike" and t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("in", "by") and (
            t.head.head.lemma_.lower() in ("kill", "wound", "injure", "destroy", "hit", "die", "target")
        ) and _state_striker(_doer(t.head.head)):
            out.append(CueHit("AIR", "state strike", t.i, t.i + 1, 1.0))  # "the US military killed 20 in a strike"
            continue
        if t.pos_ == "VERB" and t.i not in taken and t.lemma_.lower() in FLOWN_HARM and _flying(_doer(t)) and not (
            _supporting_ground_attack(_doer(t))  # "gunships supported troops as they attacked ..., killing 30"
        ):
            out.append(CueHit("AIR", "aircraft act", t.i, t.i + 1, 1.0))  # "army helicopters killed 12 fighters"
            continue
        if t.lemma_.lower() in AIRBORNE_ACTS and t.pos_ == "NOUN" and t.i not in taken and _flown(t):
            out.append(CueHit("AIR", "aircraft raid", t.i, t.i + 1, 1.0))  # "planes carried out raids on"
            continue
        if t.lemma_.lower() != "strike" or t.pos_ != "NOUN" or t.i in taken:
            continue
        mods = {c.lower_ for c in t.children if c.dep_ in ("compound", "amod", "poss", "nmod")}
        if mods & {"hunger", "general", "labour", "labor", "workers", "teachers", "national"}:
            continue
        if mods & NATURAL_STRIKERS or any(c.i in natural for c in t.children if c.dep_ in ("compound", "amod", "nmod")):
            continue  # "lightning strikes killed eleven", "a meteor strike": nature, nobody's attack
        if mods & GROUND_FIRED:
            continue  # "a Russian missile strike on Kharkiv": the missile's cue tells it (shelling/missile attack)
        by = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
        agentive = bool(mods & STRIKER_MODIFIERS) or any(
            c.ent_type_ in ("GPE", "NORP") for c in t.children if c.dep_ in ("compound", "amod", "poss")
        ) or any({x.lower_ for x in b.subtree} & (STRIKER_MODIFIERS | {"forces", "air", "jets"}) for b in by)
        verb = t.head if t.dep_ in ("dobj", "nsubj", "nsubjpass") else None
        done = verb is not None and (
            (t.dep_ == "dobj" and verb.lemma_.lower() in ("carry", "launch", "conduct", "order"))
            or (t.dep_ == "nsubj" and verb.lemma_.lower() in ("kill", "hit", "target", "destroy", "wound", "strike"))
        )
        if agentive and (done or any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in t.children)) or (
            done and verb is not None and verb.lemma_.lower() in ("carry", "launch", "conduct")
        ) or (done and t.dep_ == "nsubj" and verb is not None and verb.lemma_.lower() in HARM_VERBS):
            out.append(CueHit("AIR", "state strike", t.i, t.i + 1, 1.0))
    return [h for h in out if not tallied(sent.doc[h.start])]  # "drones often hit villages": a habit


# what strikes from nature: "lightning strikes", "a meteor strike", "bird strikes"
NATURAL_STRIKERS = frozenset(
    """lightning lightening thunder thunderbolt thunderbolts meteor meteorite asteroid bird birds snake snakes
    heat""".split()
)
# what a strike fired from the ground is named by: "a missile strike", "rocket strikes"
GROUND_FIRED = frozenset("missile missiles rocket rockets artillery mortar ballistic cruise".split())
# what strikes do when they are not a labour strike: "the strikes targeted army positions"
HARM_VERBS = frozenset("kill target destroy wound injure".split())
AIRBORNE_ACTS = frozenset("raid attack strike bombing sortie".split())
LIGHT_VERBS = frozenset("carry launch conduct stage mount make execute".split())
FLYING_WORDS = AIRCRAFT_WORDS | frozenset("drone drones gunship gunships".split())


# what aircraft do to a target when they are the doer
FLOWN_HARM = frozenset("kill attack target strike pound destroy bomb hit fire wound injure strafe raid".split())


def _flying(doer: Any) -> bool:
    """A doer that is aircraft ("Iraqi army helicopters", "two drones"), not what they carry."""
    if doer is None:
        return False
    return doer.lower_ in FLYING_WORDS or doer.lemma_.lower() in FLYING_WORDS


def _flown(act: Any) -> bool:
    """A raid or an attack whose doer is aircraft: "planes carried out raids on the towns", "raids by
    warplanes", "helicopters launched an attack on"."""
    doers = [g for c in act.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
    if act.dep_ == "dobj" and act.head.lemma_.lower() in LIGHT_VERBS:
        doers.append(agent_of(act.head))
    return any(d is not None and bool({x.lower_ for x in d.subtree} & FLYING_WORDS) for d in doers)


HANDLING_VERBS = frozenset("assemble plant make prepare handle transport carry build fix place set lay".split())
BOMB_NOUNS = frozenset("bomb bombs device devices explosive explosives ied ieds mine mines grenade vest belt".split())
BLOW_VERBS = frozenset("explode detonate go blow".split())
MISHAP_ADVERBS = frozenset("accidentally inadvertently mistakenly".split())


@needs_words(BOMB_NOUNS, BLOW_VERBS, empty=none)
def own_bomb(sent: Any) -> Any:
    """"The bomb they were assembling went off", "the device he was planting exploded": the bombers'
    own bomb went off early (ACLED: disrupted weapons use), not an attack."""
    for t in tokens_with(sent, lowers=BOMB_NOUNS):
        if t.lower_ not in BOMB_NOUNS:
            continue
        for c in t.children:
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in HANDLING_VERBS and c.tag_ == "VBG" and any(
                a.lower_ in ("was", "were") for a in c.children if a.dep_ == "aux"
            ) and any(a.dep_ == "nsubj" for a in c.children):
                return t
    for v in sent:  # "the explosives they were carrying detonated accidentally"
        if v.pos_ == "VERB" and v.lemma_.lower() in BLOW_VERBS and any(
            c.lower_ in MISHAP_ADVERBS for c in v.children if c.dep_ == "advmod"
        ):
            bomb = next((x for x in v.subtree if x.lower_ in BOMB_NOUNS), None)
            if bomb is not None:
                return bomb
    return None


def _with_preps(verb: Any) -> list[Any]:
    """The "with" / "using" phrases of ``verb`` or of its object ("struck the positions with artillery")."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return [c for x in heads for c in x.children if c.dep_ == "prep" and c.lower_ in ("with", "using")] + [
        c for c in verb.children if c.dep_ == "advcl" and c.lower_ == "using"
    ]


def _state_striker(ag: Any) -> bool:
    """A state's military or a state named as the doer ("Russian forces", "the US military", "Israel",
    "the coalition"): who bombs or strikes from the air, not who plants bombs."""
    if ag is None:
        return False
    if ag.ent_type_ in ("GPE", "NORP") and ag.dep_ in ("nsubj",) and ag.pos_ == "PROPN":
        return True  # "Israel struck Hamas targets"
    words = {t.lower_ for t in ag.subtree}
    return bool(words & {"military", "coalition", "forces", "army", "air", "jets", "warplanes", "aircraft"}) and (
        bool(words & STRIKER_MODIFIERS) or any(t.ent_type_ in ("GPE", "NORP") for t in ag.subtree)
    )


def _doer(verb: Any) -> Any:
    """The doer of ``verb``; "it" / "they" in what a speaker says is the speaker ("the US military said
    it had killed")."""
    ag = agent_of(verb)
    if ag is not None and ag.pos_ == "PRON" and verb.dep_ == "ccomp":
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), ag)
    return ag


# what is done to a bomb that has not gone off: sent, mailed, planted, left, hidden
UNDETONATED_VERBS = frozenset(
    """send mail deliver address post plant leave place hide conceal contain find discover locate spot recover
    intercept""".split()
)
HARM_CATS = ("VIOLENCE", "CLASH", "LETHAL", "SUICIDE", "AIR", "SHELL", "CHEM", "GRENADE")


THROWING_VERBS = frozenset("throw hurl lob toss fling".split())
DEVICE_WORDS = frozenset("bomb bombs device devices ied ieds explosive explosives package packages".split())
# what a bomb does when it goes off ("a roadside bomb hit a bus", "a car bomb rocked the capital")
IMPACT_VERBS = frozenset("hit strike target rock rip tear kill injure wound destroy damage shake claim cause".split())


def undetonated(doc: Any, hits: list[CueHit]) -> Any:
    """A bomb told of with no blast and no harm ("a package containing a pipe bomb was delivered to the
    network's offices", "the explosive devices are linked to one found Monday"): the verb of its
    clause, or None."""
    if any(h.category in HARM_CATS for h in hits):
        return None
    if any(h.category == "BLAST" and not _denied(doc[h.start]) for h in hits):
        return None
    for h in hits:
        if h.category != "IED" or doc[h.end - 1].lemma_.lower() not in DEVICE_WORDS:
            continue
        n = doc[h.end - 1]
        if n.pos_ == "VERB":
            continue  # "rebels bombed an oil pipeline": the bombing itself, no device left lying
        if any(g.dep_ == "det" and g.lower_ == "no" for g in n.children):
            continue  # "no explosives were found"
        if went_off_clause(n):
            continue  # "responsible for the roadside bomb that hit a police vehicle": it went off
        if n.dep_ == "dobj" and n.head.lemma_.lower() in THROWING_VERBS:
            continue  # "protesters threw ping pong bombs at police": thrown, not left undetonated
        if run_over(n) or (n.dep_ in ("amod", "compound") and run_over(n.head)):
            continue  # "an armoured vehicle drove over an explosive device": set off by its victim
        for _ in range(3):  # "packages containing crude bombs were addressed to": up to the verb of the clause
            v = n.head
            if v.i == n.i or (n.dep_ == "nsubj" and v.pos_ == "VERB" and v.lemma_.lower() not in UNDETONATED_VERBS):
                break  # "a roadside bomb hit a bus": the bomb acted
            if v.pos_ in ("VERB", "AUX") and v.dep_ not in ("amod", "compound"):
                if v.lemma_.lower() in IMPACT_VERBS or any(c.dep_ == "neg" for c in v.children) or set_off(v):
                    break  # "set off an explosive device at a tower": it went off
                top = v
                while top.dep_ in ("acl", "relcl") and top.head.head.i != top.head.i and top.head.head.pos_ == "VERB" and (
                    top.head.head.lemma_.lower() in UNDETONATED_VERBS
                ):
                    top = top.head.head
                return top
            n = v
    return None


SETTING_OFF = frozenset("detonate trigger explode".split())


def set_off(verb: Any) -> bool:
    """``verb`` sets a device off: "detonated", "triggered", "set off", "blew up"."""
    lem = verb.lemma_.lower()
    if lem in SETTING_OFF:
        return True
    return lem in ("set", "blow") and any(c.dep_ == "prt" and c.lower_ in ("off", "up") for c in verb.children)


def went_off_clause(device: Any) -> bool:
    """A clause on the device telling it went off or hit something ("the roadside bomb that hit a police
    vehicle", "the device, which exploded near a convoy", "the IED that was planted and detonated",
    "the bomb planted at the market that killed two")."""
    for c in device.children:
        if c.dep_ not in ("relcl", "acl"):
            continue
        for v in [c, *(x for x in c.children if x.dep_ == "conj")]:
            if v.pos_ in ("VERB", "AUX") and (
                v.lemma_.lower() in IMPACT_VERBS | BLOW_VERBS or v.lower_ in ("exploded", "detonated", "blew")
            ) and not _denied(v):
                return True
    return False


def _denied(tok: Any) -> bool:
    """"it did not go off", "failed to explode"."""
    v = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.dep_ == "neg" for c in v.children) or (v.dep_ == "xcomp" and v.head.lemma_.lower() == "fail")


OTHER_ONE = frozenset("second another other third further more".split())


def another_device(tok: Any) -> bool:
    """The device defused or found is "a second device", "another bomb": one besides what went off."""
    v = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    verbs = [v, v.head] if v.dep_ == "conj" else [v]  # "a second device was found and defused"
    for c in (c for x in verbs for c in x.children):
        if c.dep_ in ("nsubjpass", "dobj", "nsubj") and any(
            g.lower_ in OTHER_ONE for g in c.children if g.dep_ in ("amod", "det", "advmod")
        ) or c.lower_ in ("another",) or (c.dep_ in ("nsubjpass", "dobj") and c.lower_ in OTHER_ONE):  # "a third was defused"
            return True
    return False


HURT_LEMMAS = frozenset("kill die dead death deaths casualty casualties wound wounded injure injured".split())


def seized_aside(verb: Any, by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> bool:
    """Weapons seized beside a blast that hurt people ("soldiers were wounded when their patrol struck a
    mine; the army later recovered weapons in the area"): the blast is the event."""
    below = {t.i for t in verb.subtree} - {t.i for c in verb.children if c.dep_ == "conj" and any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for t in c.subtree}  # "..., and three children have died"
    doc = verb.doc
    return any(r.lemma_.lower() in HURT_LEMMAS and (
        r.i not in below or any(t.text == ";" for t in doc[min(r.i, verb.i) : max(r.i, verb.i)])
    ) for _d, _h, r in by_cat.get("VIOLENCE", []))


INFRASTRUCTURE_WORDS = frozenset(
    """pipeline pipelines bridge bridges tower towers mast masts pylon pylons line lines railway railways rail
    track tracks school schools building buildings office offices station stations plant dam well wells
    shrine shrines church churches mosque mosques house houses home homes monument statue tomb tombs""".split()
)


def sabotage(trig: Any, by_cat: dict[str, list[tuple[float, CueHit, Any]]], *, harmless: bool) -> bool:
    """Someone blowing up a pipeline, a bridge or a mast, with no device named and nobody hurt: ACLED
    codes the sabotage as property destruction ("militants blew up a gas pipeline")."""
    if not harmless or trig.lemma_ not in ("blow", "dynamite") or "CLASH" in by_cat:
        return False
    if any(c in by_cat for c in ("IED", "SUICIDE", "AIR", "SHELL", "GRENADE", "CHEM")):
        return False
    if agent_of(trig) is None and not any(c.dep_ == "auxpass" for c in trig.children):
        return False  # "a gas pipeline was blown up": someone did it, unnamed
    objs = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"  # "a section of the line"
             for g in p.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in INFRASTRUCTURE_WORDS or o.lower_ in INFRASTRUCTURE_WORDS for o in objs)


def went_off_harming(by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> Any:
    """A device that went off and hurt people ("a second device exploded, killing two", "exploded as
    police tried to defuse it, injuring an officer"): the blast, not the device defused, is the event."""
    hurt = {r.i for c in ("VIOLENCE", "LETHAL") for _d, _h, r in by_cat.get(c, [])}
    for _d, _h, r in by_cat.get("BLAST", []):
        if r.pos_ != "VERB" or r.lemma_ not in BLOW_VERBS or _denied(r) or attempted(r):
            continue
        if any(c.dep_ == "advmod" and c.lower_.startswith("prematur") for c in r.children):
            continue
        if any(t.i in hurt for c in r.children if c.dep_ in ("advcl", "conj") for t in c.subtree):
            return r
        if r.dep_ == "advcl" and r.head.i in hurt and not any(  # not "shot dead before he could detonate it"
            (c.dep_ == "mark" and c.lower_ in ("before", "until")) or c.tag_ == "MD" for c in r.children
        ):  # "an expert was killed when the IED he was defusing exploded"
            return r
    return None


#: words that make a drone a weapon that strikes by crashing ("a kamikaze drone", "an FPV drone", "a Shahed")
ATTACK_DRONE_WORDS = frozenset(
    """kamikaze suicide attack loitering fpv first-person-view shahed shaheds geran lancet explosive explosives
    explosive-laden one-way armed""".split()
)
DRONE_NOUNS = frozenset("drone drones uav uavs munition munitions quadcopter quadcopters shahed shaheds lancet".split())


def attack_drone(tok: Any) -> bool:
    """``tok`` is a drone made to strike by crashing into its target ("a kamikaze drone crashed into a
    fuel depot", "a Shahed slammed into a block of flats"): a drone strike, not an accident. A cargo or a
    film crew's drone that crashed is an accident."""
    low = tok.lower_
    if low in ("shahed", "shaheds", "lancet", "geran"):
        return True
    if low not in DRONE_NOUNS and tok.lemma_.lower() not in DRONE_NOUNS:
        return False
    return any(c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in ATTACK_DRONE_WORDS or any(
        g.lower_ in ATTACK_DRONE_WORDS for g in c.subtree)) for c in tok.children)


#: verbs of a victim setting off a mine or a device by passing over it
RUN_OVER_VERBS = frozenset("run drive roll step walk tread ride".split())
MINE_WORDS = frozenset("mine mines landmine landmines".split())


def run_over(n: Any) -> bool:
    """``n`` (a device or a mine) is what a vehicle or a person drove, ran or stepped over or on
    ("drove over an explosive device", "his tractor ran over a Russian mine", "stepped on a landmine")."""
    return n.dep_ == "pobj" and n.head.lower_ in ("over", "on", "onto") and n.head.head.lemma_.lower() in RUN_OVER_VERBS


def mines_run_over(doc: Any, hits: list[CueHit]) -> list[CueHit]:
    """IED cues for a mine told only as a weapon word, run over or stepped on ("a tractor ran over a Russian
    mine", "a boy stepped on an anti-personnel mine"): a victim-activated explosive."""
    told = {i for h in hits if h.category == "IED" for i in range(h.start, h.end)}
    return [CueHit("IED", "mine run over", h.start, h.end, h.weight) for h in hits
            if h.category == "WEAPON_OBJ" and h.end - 1 not in told and doc[h.end - 1].lemma_.lower() in MINE_WORDS
            and run_over(doc[h.end - 1])]
