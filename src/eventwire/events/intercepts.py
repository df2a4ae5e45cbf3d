"""A strike that hit its target, told with the interception of part of it (called by
:func:`eventwire.events.typing_extra.reread_decision`).

"Israeli warplanes struck weapons depots near Damascus airport overnight, state media said, adding that air
defences intercepted most of the missiles": the warplanes striking a target is the act, the interception
of some of the missiles a part of it (ACLED codes the strike; an interception alone, "air defences shot
down 30 of the 35 drones", stays disrupted weapons use). The strike is told by an aircraft or a weapon
that is the subject of a verb of striking with a target of its own (not a weapon: "launched 40 drones").

A salvo of which only part was intercepted is the attack too ("Hezbollah fired dozens of rockets at northern
Israel, most of which were intercepted", "Russia launched 35 drones, 30 of which were shot down"): the
launching is the act and keeps its actor. Told in a sentence of its own after the launching ("Most of them
were intercepted, the army said"), the partial interception is a part of that attack, no event of its own.
Only an interception of all of them ("all of which were intercepted", "it was intercepted") is disrupted
weapons use.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .clause import ActorKind, ArgInfo, agent_of, arg_kind
from .lexicon import CueHit
from .words import tokens_with

#: verbs by which an aircraft or a weapon hits a target
STRIKE_VERBS = frozenset("strike hit bomb pound target shell raid attack blast".split())
#: objects that are weapons launched, not targets hit
WEAPON_OBJECTS = frozenset("drone drones missile missiles rocket rockets shell shells bomb bombs projectile".split())
SUB_OF = {"AIR": "Air/drone strike", "SHELL": "Shelling/artillery/missile attack"}


def strike_hit(dec: Any, sent: Any, hits: list[CueHit], actor_kind: ActorKind | None) -> Any:
    """The strike's decision for a decision of disrupted weapons use when the sentence tells an aircraft
    or a weapon striking a target (see the module's note); None when it does not."""
    if dec.sub_event_type != "Disrupted weapons use":
        return None
    doc = sent.doc
    for h in hits:
        if h.category not in SUB_OF:
            continue
        weapon = doc[h.start:h.end].root
        verb = weapon.head
        if weapon.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in STRIKE_VERBS:
            continue
        target = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if target is None or target.lower_ in WEAPON_OBJECTS or target.lemma_.lower() in WEAPON_OBJECTS:
            continue
        return replace(dec, sub_event_type=SUB_OF[h.category], trigger=verb, family="VIOLENCE", means=h.category,
                       agent=ArgInfo(weapon, arg_kind(weapon, actor_kind)),
                       patient=ArgInfo(target, arg_kind(target, actor_kind)))
    return debris_harm(dec, sent, actor_kind)


#: what is left of a weapon brought down
DEBRIS_WORDS = frozenset("debris fragment fragments wreckage shrapnel piece pieces remnant remnants part parts".split())
#: verbs of harm to people or damage to a building done by what fell
HARM_VERBS = frozenset("kill injure wound hurt damage destroy hit strike crash fall slam smash ignite".split())
#: weapons that are drones (an air strike's) rather than missiles, rockets or shells
DRONE_WORDS = frozenset("drone drones uav uavs shahed shaheds aircraft".split())
#: weapons fired from the ground
GROUND_WORDS = frozenset("missile missiles rocket rockets shell shells projectile projectiles".split())
PEOPLE_HARM = frozenset("kill injure wound hurt".split())


def _brought_down(tok: Any) -> bool:
    """A weapon told as intercepted or shot down ("a downed drone", "a missile shot down over Kyiv")."""
    if tok.head.lemma_.lower() == "shoot" and tok.dep_ == "nsubj" and any(c.lower_ == "down" for c in tok.head.children):
        return True  # "a drone shot down over Belgorod crashed ..." parsed with "shot" as a verb
    return any(c.lemma_.lower() in ("intercept", "down", "shoot") and c.dep_ in ("amod", "acl", "compound")
               or c.lower_ in ("downed", "intercepted") for c in tok.children)


#: where debris falls without harm
OPEN_GROUND = frozenset("field fields ground area areas land farmland forest river sea water street road yard".split())


def _harm_denied(verb: Any) -> bool:
    """"no one was hurt", "causing no damage", "none were injured"."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and (
            c.lower_ in ("nobody", "none") or any(g.lower_ == "no" for g in c.children)
        ):
            return True
    return False


def debris_harm(dec: Any, sent: Any, actor_kind: ActorKind | None) -> Any:
    """The strike's decision when what was brought down harmed people or hit a building: "debris from a downed
    drone injured two people", "a drone shot down over Belgorod crashed into a house, injuring three",
    "wounded by fragments of a missile". ACLED codes an interception whose debris kills, wounds or damages as
    the attack it stopped (Air/drone strike for a drone, Shelling/artillery/missile attack for a missile or
    rocket); an interception that harmed no one stays disrupted weapons use. None when none applies."""
    words = {t.lower_ for t in sent}
    if not words & (DEBRIS_WORDS | {"downed", "intercepted", "down"}):
        return None
    weapon = next((t for t in sent if t.lower_ in DRONE_WORDS | GROUND_WORDS), None)
    if weapon is None:
        return None
    harm = None
    for v in sent:
        lem = v.lemma_.lower()
        if v.pos_ != "VERB" or lem not in HARM_VERBS or any(c.dep_ == "neg" for c in v.children):
            continue
        doers = [c for c in v.children if c.dep_ in ("nsubj", "agent")] + [
            g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if v.dep_ in ("advcl", "xcomp", "conj") and v.head.pos_ == "VERB":
            doers += [c for c in v.head.children if c.dep_ == "nsubj"]  # "... crashed into a house, injuring three"
        doers += [g for d in doers if d.pos_ == "VERB" and _brought_down(d) is False and d.lemma_.lower() == "shoot"
                  for g in d.children if g.dep_ == "nsubj"]  # "a drone shot down over X crashed" parsed as a clause
        if any(d.lower_ in DEBRIS_WORDS or (d.lower_ in DRONE_WORDS | GROUND_WORDS and _brought_down(d))
               for d in doers):
            if _harm_denied(v):
                continue  # "no one was hurt by the debris"
            if lem in PEOPLE_HARM or any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "onto", "into") and any(
                g.dep_ == "pobj" and g.lemma_.lower() not in OPEN_GROUND for g in c.children)) for c in v.children
            ) or any(c.dep_ == "advcl" and c.lemma_.lower() in PEOPLE_HARM and not _harm_denied(c) for c in v.children):
                harm = v
                break
    if harm is None:
        return None
    cat = "AIR" if weapon.lower_ in DRONE_WORDS else "SHELL"
    victim = next((c for c in harm.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return replace(dec, sub_event_type=SUB_OF[cat], trigger=harm, family="VIOLENCE", means=cat, agent=ArgInfo(),
                   patient=ArgInfo(victim, arg_kind(victim, actor_kind)) if victim is not None else ArgInfo())


#: words of a part of a salvo ("most of them", "some were shot down")
PART_WORDS = frozenset("most some many several part majority half much few dozens scores".split())
#: verbs by which a salvo is launched
LAUNCH_VERBS = frozenset("fire launch lob shoot".split())
#: how far back a launching told before may be
LOOKBACK_SENTS = 2


def _intercepted(sent: Any) -> Any:
    """What the sentence says was intercepted or shot down (the subject of "were intercepted", the object
    of "intercepted"); None when it tells no interception."""
    for v in sent:
        lem = v.lemma_.lower()
        if v.pos_ != "VERB" or not (lem in ("intercept", "down") or (
            lem == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children)
        )):
            continue
        dep = "nsubjpass" if any(c.dep_ == "auxpass" for c in v.children) else "dobj"
        what = next((c for c in v.children if c.dep_ == dep), None)
        if what is not None:
            return what
    return None


def _count(tok: Any) -> float | None:
    try:
        return float(tok.lower_.replace(",", ""))
    except ValueError:
        return None


def _launch(sent: Any, skip: Any = None) -> tuple[Any, str] | None:
    """A verb launching weapons in ``sent`` ("fired dozens of rockets at") and the cue category of the
    weapons (SHELL for rockets, missiles, shells; AIR for drones); None when none."""
    for v in tokens_with(sent, lemmas=LAUNCH_VERBS):
        if v.pos_ != "VERB" or v.lemma_.lower() not in LAUNCH_VERBS or (skip is not None and v.i == skip.i):
            continue
        if v.lemma_.lower() == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children):
            continue
        for obj in (c for c in v.children if c.dep_ == "dobj"):
            words = {t.lemma_.lower() for t in obj.subtree}
            if words & {"drone", "uav"}:
                return v, "AIR"
            if words & {"rocket", "missile", "shell", "projectile", "mortar"}:
                return v, "SHELL"
    return None


def _partial(what: Any, launch: Any) -> bool:
    """Whether what was intercepted is only part of what was launched: "most of which", "some", "30 of
    which" (of 35 launched), never "all of them", "both", "it"."""
    if what.lower_ in PART_WORDS:
        return True
    n = _count(what)
    if n is None or not any(c.dep_ == "prep" and c.lower_ == "of" for c in what.children):
        return False
    total = None
    if launch is not None:
        obj = next((c for c in launch.children if c.dep_ == "dobj"), None)
        nums = [] if obj is None else [_count(c) for c in obj.subtree if c.like_num]
        total = next((x for x in nums if x is not None), None)
    return total is None or n < total


def partly_intercepted(dec: Any, sent: Any, actor_kind: ActorKind | None) -> Any:
    """For a decision of disrupted weapons use: the attack's decision when only part of a salvo launched in
    the sentence was intercepted; None (no event) when the sentence tells only the interception of part of
    a salvo launched in the sentences just before; ``dec`` otherwise (see the module's note)."""
    if dec.sub_event_type != "Disrupted weapons use":
        return dec
    what = _intercepted(sent)
    if what is None:
        return dec
    found = _launch(sent)
    if found is not None:
        verb, cat = found
        if not _partial(what, verb):
            return dec
        ag = agent_of(verb)
        return replace(dec, sub_event_type=SUB_OF[cat], trigger=verb, family="VIOLENCE", means=cat,
                       agent=ArgInfo(ag, arg_kind(ag, actor_kind)) if ag is not None else ArgInfo(),
                       patient=ArgInfo())
    if what.lower_ not in PART_WORDS:
        return dec  # "air defences shot down 30 of the 35 drones": the interception told for itself
    doc = sent.doc
    before = [s for s in doc.sents if s.end <= sent.start][-LOOKBACK_SENTS:]
    if any(_launch(s) is not None for s in before):
        return None  # "... fired dozens of rockets at Israel. Most of them were intercepted": part of that attack
    return dec


#: what a "strike" someone was killed in is named by when it is fired from the ground ("a missile strike")
GROUND_STRIKES = frozenset("missile missiles rocket rockets artillery mortar shell shells".split())
#: words that make a "strike" no attack: a stoppage of work, nature
NOT_ATTACK_STRIKES = frozenset(
    "hunger general labour labor workers teachers national lightning meteor bird birds heat".split())
STRIKE_NOUNS = frozenset("strike strikes airstrike airstrikes air-strike air-strikes".split())
SUFFER_VERBS = frozenset("kill wound injure die".split())
#: nouns of fighting that make the act a clash whatever else it tells ("killed in clashes and a strike")
CLASH_NOUNS = frozenset("clash clashes fighting battle battles firefight gunfight skirmish skirmishes".split())


def killed_in_strike(dec: Any, sent: Any, actor_kind: ActorKind | None) -> Any:
    """For a decision of an armed clash: the strike's decision when those killed were killed "in a strike"
    and no fighting is told ("Hamas said three of its fighters were killed in a separate strike": a strike
    from the air, or from the ground when "a missile strike"); ``dec`` otherwise. A strike by an unnamed
    doer on fighters is no clash between two unnamed groups."""
    if dec.sub_event_type != "Armed clash":
        return dec
    if any(t.lemma_.lower() in CLASH_NOUNS or t.lower_ in CLASH_NOUNS for t in sent):
        return dec
    for t in tokens_with(sent, lowers=STRIKE_NOUNS):
        if t.lower_ not in STRIKE_NOUNS or t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.lower_ not in ("in", "by"):
            continue
        verb = t.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SUFFER_VERBS:
            continue
        mods = {c.lower_ for c in t.children if c.dep_ in ("compound", "amod", "nmod")}
        if mods & NOT_ATTACK_STRIKES:
            continue
        cat = "SHELL" if mods & GROUND_STRIKES else "AIR"
        ag = agent_of(t) if t.head.lower_ == "in" else None
        victim = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")), None)
        if victim is not None and victim.like_num:  # "three of its fighters": the fighters are whose dead
            victim = next((g for c in victim.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"), victim)
        return replace(dec, sub_event_type=SUB_OF[cat], trigger=t, family="VIOLENCE", means=cat,
                       agent=ArgInfo(ag, arg_kind(ag, actor_kind)) if ag is not None else ArgInfo(),
                       patient=ArgInfo(victim, arg_kind(victim, actor_kind)) if victim is not None else ArgInfo())
    return dec
