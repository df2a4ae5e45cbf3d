"""How far a demonstration went: how the forces met it and whether the crowd turned violent, for
ACLED's protest types (Peaceful protest < Protest with intervention < Excessive force against
protesters < Violent demonstration: :data:`PROTEST_LEVEL`).

Forces curbing the demonstrators or their demonstration (:func:`curbed`, :func:`dispersing`,
:func:`arrest_at_protest`) make an intervention; lethal or serious force on them
(:func:`lethal_on_protesters`, :func:`fired_on_protest`, :func:`brutal_force`) excessive force; a riot
by the demonstrators (:func:`riot_by_protesters`, :func:`rioting_target`) or violence that belongs to
the demonstration told with it (:func:`violence_at_protest`) a violent demonstration.

Cues of a demonstration that tell none (:func:`misread_protest`: "died in hospital", "riot shields",
"marched them into the forest", "organiser of the marches", slogans daubed on a wall), a "demonstration"
that is only the forces dispersing a mob at its violence (:func:`mob_dispersed`), and protests set apart
in time from the act (:func:`eventwire.events.crowd.time_shifted`) are read here too.

Who is a crowd or a demonstrator, and a crowd's own riot or mob violence, are
:mod:`eventwire.events.crowd`; force on a crowd told as violent by its own words is
:mod:`eventwire.events.crowdforce`.
"""

from __future__ import annotations

from typing import Any

from .clause import (
    MOB_AGENT_WORDS,
    PROTESTER_WORDS,
    ActorKind,
    _circumstance,
    _depth,
    agent_of,
    arg_kind,
    patient_of,
)
from .crowd import (
    CROWD_WORDS,
    DEMO_WORDS,
    FORCE_NOUNS,
    PERSON_ACTS,
    RIOT_ACTS,
    ROUGH_ACTS,
    STATE_PROPERTY,
    crowd_kind,
    grievance,
    protesting,
    time_shifted,
    verb_above,
)
from .crowdforce import POLICE_WORDS, curbing_agent, forces_hurt, forces_own_act, shared_object
from .lexicon import CueHit
from .protestcause import caused_protest
from .words import tokens_with

# how far a demonstration went (a later sentence may say more than the first)
PROTEST_LEVEL = {
    "Peaceful protest": 1, "Protest with intervention": 2, "Excessive force against protesters": 3,
    "Violent demonstration": 4,
}


def fired_on_protest(by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> bool:
    """Lethal force aimed at a demonstration itself ("opened fire on a peaceful sit-in")."""
    protest = {i for _d, h, _r in by_cat.get("PROTEST", []) for i in range(h.start, h.end)}
    if not protest:
        return False
    for _d, _h, tok in by_cat.get("LETHAL", []) + by_cat.get("VIOLENCE", []):
        above = [tok.head] if tok.dep_ == "dobj" else []  # "fired live ammunition into a crowd of protesters"
        for t in [tok] + [c for c in tok.children if c.dep_ == "dobj"] + above:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "at", "into"):
                    if any(g.i in protest for g in c.subtree):
                        return True
    return False


STRONG_LETHAL = ("live", "open", "opened", "fire", "fired", "shot dead", "gunfire", "excessive force")


LESS_LETHAL = frozenset("rubber tear teargas water pepper plastic stun batons baton".split())
DEATH_WORDS = frozenset("killed killing dead died death deaths fatally live wounded critically lethal".split())


def lethal_on_protesters(by_cat: dict[str, list[tuple[float, CueHit, Any]]], actor_kind: ActorKind | None) -> bool:
    """Lethal or serious force used on the demonstrators (not a death they protest about); firing
    rubber bullets or tear gas, with nobody killed, is an intervention."""
    lethal = by_cat.get("LETHAL", [])
    protest = {i for _d, h, _r in by_cat.get("PROTEST", []) for i in range(h.start, h.end)}
    if lethal and all(h.phrase.startswith(("open", "fire", "shoot", "shot")) and not h.phrase.startswith("shot dead")
                      for _d, h, _t in lethal):
        words = {t.lower_ for _d, _h, tok in lethal for t in tok.sent}
        if words & LESS_LETHAL and not words & DEATH_WORDS:
            return False  # "fired at the protesters with rubber bullets and tear gas"
    for _d, h, tok in lethal:
        if into_the_air(tok) or caused_protest(tok, by_cat):
            continue  # "fired into the air to disperse the marchers": a warning; "protests broke out after
            # police shot a man": what set them off (events/protestcause.py)
        if h.phrase.startswith(STRONG_LETHAL):
            return True
        if h.phrase.startswith(SERIOUS) and _forces_hurt_crowd(tok, actor_kind):
            return True  # "beat protesters with batons, leaving dozens seriously injured"
        p = (next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok.lemma_ == "die" else None) or (
            patient_of(tok) or shared_object(tok))  # "a protester died of suffocation"; "shot and wounded several protesters"
        if p is None and tok.lemma_ in ("die", "dead", "death"):
            p = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if p is None and tok.dep_ in ("acomp", "amod", "oprd", "attr"):
                p = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)  # "leaving two dead"
            if p is None and tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.pos_ == "VERB" and not any(
                c.dep_ == "dobj" for c in tok.head.head.children
            ):
                p = next((c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # "bled to death"
        if (p is None or p.pos_ in ("PRON", "NUM")) and tok.dep_ in ("advcl", "conj") and any(
            g.dep_ == "pobj" and arg_kind(g, actor_kind) == "protester"
            for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("over", "into", "on")  for g in c.children
        ):
            return True  # "a police vehicle ran over two demonstrators, killing one"
        if p is not None and (arg_kind(p, actor_kind) == "protester" or (p.pos_ in ("NOUN", "PROPN") and protesting(p))):
            return True  # "killed five people taking part in a peaceful march"
        if p is None or p.pos_ in ("PRON", "NUM") or arg_kind(p, actor_kind) is None:
            v = verb_above(tok)  # "beat a protester to death"; "dispersed the protesters, killing one"
            near = ([patient_of(v)] if v.i != tok.i else []) + (
                [patient_of(v.head)] if v.dep_ in ("conj", "advcl", "xcomp") else [])
            if any(q is not None and arg_kind(q, actor_kind) == "protester" for q in near):
                return True
            if v.dep_ == "relcl" and v.head.lemma_.lower() in FORCE_NOUNS and any(
                g.i in protest for c in v.head.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "against")
                for g in c.subtree
            ):
                return True  # "the dispersal of a peaceful sit-in by security forces, which left four dead"
        ag = agent_of(tok) if tok.pos_ == "VERB" else None
        if ag is not None and ag.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
            ag = tok.head  # "soldiers who killed three people"
        if p is not None and ag is not None and arg_kind(p, actor_kind) == "civilian" and arg_kind(
            ag, actor_kind
        ) in ("state", "armed") and not riot_by_protesters(by_cat):
            return True  # "the protest was suppressed by soldiers who killed three people"
        if p is not None and arg_kind(p, actor_kind) == "civilian" and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("during", "at") and any(g.i in protest for g in c.subtree)
            for c in tok.children
        ) and not {t.lower_ for t in tok.subtree} & PROTESTER_WORDS:
            return True  # "police killed two students during a protest"
        if (h.phrase.startswith(("kill", "dead", "die", "death", "fatally", "shot dead", "lost", "bayonet", *SERIOUS)) or h.phrase.startswith(
            "live"
        )) and aimed_at_protest(tok, by_cat):
            return True  # "were killed when forces fired pellets and bullets on mourners marching"
        if h.phrase.startswith("kill") and _killed_by_forces(tok, actor_kind) and protest and not all(
            grievance(r) for _d, _h2, r in by_cat.get("PROTEST", [])
        ):
            return True  # "a teenager was killed by a police bullet as marchers reached the square"
    return False


SERIOUS = ("seriously", "critically", "severely", "gravely")


def _killed_by_forces(tok: Any, actor_kind: ActorKind | None) -> bool:
    """A passive killing whose agent is the forces or their weapon ("killed by a police bullet",
    "killed by soldiers")."""
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj" and (arg_kind(g, actor_kind) == "state" or any(
                        m.dep_ in ("compound", "amod") and m.lower_ in POLICE_WORDS for m in g.children)):
                    return True
    return False
SKY_WORDS = frozenset("air sky skies".split())


def into_the_air(tok: Any) -> bool:
    """Shots fired into the air or over the crowd's heads ("fired into the air", "fired warning shots"),
    not at anyone."""
    v = verb_above(tok)
    for t in (tok, v):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("into", "in", "over") and any(
                g.lower_ in SKY_WORDS or g.lower_ == "heads" for g in c.children if g.dep_ == "pobj"
            ):
                return True
    return any(c.lower_ == "warning" for c in v.subtree if c.dep_ in ("amod", "compound"))


def _forces_hurt_crowd(tok: Any, actor_kind: ActorKind | None) -> bool:
    """A serious injury the forces cause to the crowd: the verb above it is the forces' act (or its
    injured are the demonstrators), and those hurt are not the forces themselves."""
    hurt = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")), None)
    v = verb_above(tok.head if tok.dep_ in ("advmod", "amod") else tok)
    if hurt is None and tok.dep_ in ("acomp", "oprd", "amod", "advmod"):  # "leaving dozens seriously injured"
        hurt = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")), None)
    if (hurt is not None and arg_kind(hurt, actor_kind) in ("state", "armed", "nonstate")) or forces_hurt(tok, actor_kind):
        return False  # "two policemen were seriously injured", "leaving two officers seriously injured"
    doer = agent_of(v) or (agent_of(v.head) if v.dep_ in ("advcl", "conj", "xcomp") else None)
    return arg_kind(doer, actor_kind) == "state" if doer is not None else False


CLEARING_LEMMAS = frozenset("clear disperse storm raid crush break".split())
AIMING_LEMMAS = frozenset("fire open shoot lob spray use throw beat club assault move advance".split()) | CLEARING_LEMMAS
AIM_PREPS = frozenset("on at into against during".split())


def aimed_at_protest(act: Any, by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> bool:
    """Forces fired on the demonstration the sentence tells of, and ``act`` is that firing or what it did
    ("fired live ammunition at a peaceful gathering, killing one", "were killed when forces fired pellets
    on mourners marching", "killed by a tear gas canister fired by troops during an opposition march").
    Nobody in the crowd is the doer of the firing."""
    protest = {r.i for _d, _h, r in by_cat.get("PROTEST", []) if not grievance(r)}
    protest |= {i for _d, h, r in by_cat.get("PROTEST", []) if not grievance(r) for i in range(h.start, h.end)}
    aimed_at = {i for _d, h, _r in by_cat.get("PROTEST", []) for i in range(h.start, h.end)}
    if not aimed_at:
        return False
    sent = act.sent
    for v in tokens_with(sent, lemmas=AIMING_LEMMAS):
        if v.pos_ != "VERB" or v.lemma_.lower() not in AIMING_LEMMAS:
            continue
        if not (v.i == act.i or any(t.i == act.i for t in v.subtree) or any(t.i == v.i for t in act.subtree)):
            continue
        ag = agent_of(v)
        if ag is not None and crowd_kind(ag) is not None:
            continue  # "protesters threw stones at the police during the march"
        if v.lemma_.lower() in CLEARING_LEMMAS:  # "shot dead as troops moved in to clear the protest camp"
            if any(g.i in protest for c in v.children if c.dep_ == "dobj" for g in c.subtree):
                return True
            continue
        for p in v.subtree:
            if p.dep_ != "prep" or p.lower_ not in AIM_PREPS or verb_above(p.head).i != v.i:
                continue
            if any(g.i in protest or g.i in aimed_at or (g.dep_ == "pobj" and (g.lower_ in DEMO_WORDS or protesting(g)))
                   for g in p.subtree):
                return True  # "soldiers moved against a sit-in" (a demonstration after "against" is no grievance here)
    return False


CROWD_TARGETS = frozenset("crowd crowds gathering gatherings assembly procession sit-in vigil".split())


def fired_at_crowd(tok: Any) -> bool:
    """``tok`` (pellets, bullets, a canister) was fired by the forces at a crowd or at demonstrators
    ("Carabineros fired pellets at a peaceful crowd"): force used on a crowd, as tear gas is."""
    v = verb_above(tok)
    ag = agent_of(v)
    if v.lemma_.lower() not in AIMING_LEMMAS or ag is None or arg_kind(ag) not in ("state", None) or crowd_kind(ag) is not None:
        return False  # the forces' firing (a police force the dictionary does not know, too), not a crowd's
    return any(
        c.dep_ == "prep" and c.lower_ in ("at", "on", "into") and any(
            g.dep_ == "pobj" and (g.lower_ in CROWD_TARGETS or g.lower_ in DEMO_WORDS or protesting(g)) for g in c.children)
        for t in (v, tok) for c in t.children
    )


def riot_by_protesters(by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> bool:
    """A riot cue that is not only the police's doing (burning, clashing, throwing ...)."""
    hits = [(h, tok) for _d, h, tok in by_cat.get("RIOT", []) if not (
        h.phrase in ("violently", "violent") and arg_kind(agent_of(verb_above(tok))) == "state"
    ) and not (h.phrase != "crowd act" and forces_own_act(tok))]  # "police violently dispersed the march", "police barricaded the roads": the police's
    for h, tok in hits:
        if h.phrase == "violence" and len(hits) == 1:
            return (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ERUPT_LEMMAS) or (tok.dep_ == "ROOT" and any(
                c.dep_ == "acl" and c.lemma_.lower() in ERUPT_LEMMAS for c in tok.children))  # "violence flared as crowds took to the streets"
        return True
    return False


# what violence does when it starts ("violence flared", "violence erupted")
ERUPT_LEMMAS = frozenset("flare erupt break spread escalate rage engulf grip rock".split())


def rioting_target(by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> bool:
    """The demonstrators fired upon are told as rioting ("opened fire on protesters who were throwing
    stones", "fired on stone-throwing youths"): a violent demonstration, not excessive force."""
    riot = {h.start for _d, h, _r in by_cat.get("RIOT", [])}
    for _d, _h, tok in by_cat.get("LETHAL", []) + by_cat.get("VIOLENCE", []):
        for t in [tok] + [c for c in tok.children if c.dep_ == "dobj"]:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "at", "into"):
                    for g in c.children:
                        if g.dep_ != "pobj":
                            continue
                        if arg_kind(g) == "protester" and any(x.i in riot for x in g.subtree):
                            return True
                        if (arg_kind(g) == "protester" or crowd_kind(g) is not None) and _rioted(g):
                            return True  # "opened fire on a crowd that had attacked the police station"
    return False


def _rioted(crowd: Any) -> bool:
    """The crowd is told, in a clause of its own, as doing a riot's act to the police or the state's
    property ("a crowd that had attacked the police station", "youths who were torching vehicles")."""
    for c in crowd.children:
        if c.dep_ == "acl" and c.lemma_.lower() in ("try", "attempt", "seek"):
            c = next((x for x in c.children if x.dep_ == "xcomp"), c)  # "demonstrators trying to block the entrance"
        if c.dep_ not in ("relcl", "acl", "xcomp") or c.lemma_.lower() not in RIOT_ACTS or c.lemma_.lower() in ("kill", "fire", "launch"):
            continue
        if any(x.dep_ in ("auxpass", "agent") for x in c.children):
            continue  # "protesters who were attacked by police"
        words = {t.lower_ for t in c.subtree}
        if c.lemma_.lower() in ("torch", "burn", "set", "stone", "pelt", "hurl", "throw", "vandalise", "vandalize", "loot",
                                "ransack", "smash", "block", "barricade") or words & (POLICE_WORDS | STATE_PROPERTY):
            return True
    return False


def dispersing(by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> bool:
    """Forces breaking up or dispersing the demonstration the sentence tells of ("fired live rounds to
    break up a sit-in", "killed two while dispersing the march")."""
    protest = {i for _d, h, _r in by_cat.get("PROTEST", []) for i in range(h.start, h.end)}
    if not protest:
        return False
    for _d, _h, tok in by_cat.get("INTERV", []):
        if grievance(tok):
            continue
        if any(g.i in protest for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for g in c.subtree):
            return True
    return False


def no_intervention(tok: Any) -> bool:
    """An intervention cue that tells of none: denied ("no arrests were reported", "made no arrests",
    "did not intervene", "without arrests") or the crowd dispersing by itself ("marched ... before
    dispersing", "the crowd dispersed peacefully")."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return True
    v = verb_above(tok)
    if v.i != tok.i and tok.dep_ in ("dobj", "nsubjpass") and any(c.dep_ == "neg" for c in v.children):
        return True  # "police did not make arrests"
    # the forces disperse someone ("dispersed the crowd", "fired tear gas to disperse them"); a crowd that
    # disperses has no object
    return tok.pos_ == "VERB" and tok.lemma_.lower() == "disperse" and not any(
        c.dep_ in ("dobj", "auxpass", "nsubjpass") or (c.dep_ == "aux" and c.lower_ == "to") for c in tok.children
    )


CURB_VERBS = frozenset(
    """surround stop halt block push prevent remove evict confiscate detain kettle cordon chase drive
    repel ban forbid bar seize round haul drag beat end raid storm charge crush besiege hold arrest spray
    evacuate abduct kidnap snatch grab whisk bundle clear dismantle scatter""".split()
)


def curbed(sent: Any, by_cat: dict[str, list[tuple[float, CueHit, Any]]], actor_kind: ActorKind | None) -> bool:
    """Forces acting on the demonstrators or their demonstration ("police surrounded the protesters",
    "marchers were pushed back by riot police", "took ten protesters into custody"): an intervention."""
    protest = {i for _d, h, _r in by_cat.get("PROTEST", []) for i in range(h.start, h.end)}
    for v in sent:
        if v.pos_ != "VERB" or not (v.lemma_.lower() in CURB_VERBS | {"intervene"} or (
            v.lemma_.lower() == "escort" and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "out", "off")
                                                 for c in v.children)  # "escorted the protesters away"
        ) or (
            v.lemma_ == "take" and any(t.lower_ == "custody" or (t.lower_ == "away" and t.head.i == v.i) for t in v.subtree)
        ) or (v.lemma_ == "force" and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_ in ("leave", "vacate", "disperse", "abandon")
                                          for c in v.children))  # "forced the marchers to leave the road"
        ) or grievance(v) or any(c.dep_ == "neg" for c in v.children):
            continue  # not "police watched but did not intervene"
        if arg_kind(curbing_agent(v), actor_kind) != "state":
            continue
        if v.lemma_.lower() == "hold" and any(c.dep_ == "dobj" and c.lower_ in HELD_EVENTS for c in v.children):
            continue  # "relatives of soldiers held a vigil": holding a demonstration, not holding people
        if any(c.dep_ == "csubjpass" and c.i in protest for c in v.children):
            return True  # "doctors marching to the ministry were pushed back by police"
        if any(c.dep_ == "prep" and c.lower_ == "from" and any(t.i in protest for t in c.subtree) for c in v.children):
            return True  # "barred relatives of detainees from holding a vigil"
        pat = patient_of(v) or next((c for c in v.children if c.dep_ == "npadvmod" and c.i in protest), None)  # "stopped a march"
        if v.lemma_.lower() in ("charge", "intervene") or pat is None:  # "charged at the demonstrators", "intervened in a protest"
            pat = next((g for c in v.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "in")
                        for g in c.children if g.dep_ == "pobj"), pat)
        if pat is not None and pat.lower_ in ("them", "several", "some", "many", "dozens") and v.dep_ == "conj":
            pat = patient_of(v.head) or pat  # "forced protesting women off the road and took several of them away"
        if pat is not None and pat.left_edge.i > sent.start and pat.left_edge.nbor(-1).i in protest and pat.left_edge.nbor(-1).tag_ == "VBG":
            return True  # "forced protesting market women to leave": the participle read as a verb of its own
        if pat is not None and (pat.i in protest or arg_kind(pat, actor_kind) == "protester" or protesting(pat) or any(
            t.i in protest for t in pat.subtree if t.dep_ in ("acl", "relcl", "amod", "compound")
        )):
            return True
    return False


# what a crowd holds when it demonstrates ("held a vigil", "held a rally")
HELD_EVENTS = frozenset(
    """vigil vigils rally rallies protest protests demonstration demonstrations march marches sit-in meeting
    meetings procession processions prayer prayers strike strikes""".split()
)
PAST_WORDS = frozenset("last previous earlier past".split())
PAST_UNITS = frozenset("year years month months week weeks time occasion".split())


def told_as_past(sent: Any) -> bool:
    """A later sentence set in an earlier time ("Last year police used tear gas to disperse a similar
    rally", "Two years ago ..."): another demonstration, which says nothing of how far this one went."""
    for t in sent:
        if t.lower_ in PAST_WORDS and t.dep_ in ("amod", "advmod") and t.head.lemma_.lower() in PAST_UNITS | {"year"}:
            return True
        if t.lower_ == "ago":
            return True
        if t.lower_ in ("similar", "previous", "earlier") and t.dep_ == "amod" and t.head.lower_ in HELD_EVENTS:
            return True  # "... to disperse a similar rally"
    return False


BRUTAL_MANNER = frozenset("violently brutally savagely viciously mercilessly".split())
CRUSHING_LEMMAS = frozenset("suppress crush quash quell".split())
INJURY_LEMMAS = frozenset("injure wound hospitalise hospitalize hurt blind maim break fracture".split())
INJURY_WORDS = frozenset("injured wounded hospitalised hospitalized hurt broken fractured unconscious bleeding".split())


def brutal_force(sent: Any, actor_kind: ActorKind | None) -> bool:
    """Forces acting brutally on a demonstration and hurting people ("police violently dispersed the
    rally, injuring dozens"): serious force, beyond an intervention."""
    for t in tokens_with(sent, lowers=BRUTAL_MANNER):
        if t.lower_ not in BRUTAL_MANNER or t.dep_ != "advmod":
            continue
        v = t.head
        if arg_kind(agent_of(v), actor_kind) != "state":
            continue
        if v.lemma_.lower() in CRUSHING_LEMMAS:
            return True  # "the authorities violently suppressed the protest": crushed, not only dispersed
        if any(x.lemma_.lower() in INJURY_LEMMAS or x.lower_ in ("hospitalised", "hospitalized", "injured", "wounded")
               for x in sent):
            return True
    return False


def arrest_at_protest(by_cat: dict[str, list[tuple[float, CueHit, Any]]], arrest: Any, *, planned: Any) -> bool:
    """The arrest is made at a demonstration the sentence tells of (within a few levels of it), not
    one only planned ("ahead of the planned march") nor a word of the arrested's title ("arrested
    the protest leaders")."""
    told = [x for x in by_cat.get("PROTEST", []) if not (planned(x[2]) and not _under_way(x[2])) and not (
        x[2].dep_ in ("compound", "amod") and x[2].head.i != arrest.i and x[2].head.head.i == arrest.i
    ) and not time_shifted(x[2]) and not reported_on(x[2])]
    if told and dispersing(by_cat):
        return True  # "police dispersed nurses protesting unpaid salaries, several were briefly detained"
    if told and _same_people(arrest, told):
        return True  # "... pushed back nurses protesting in front of the ministry; two nurses were taken into custody"
    # the arrest may come from a reader other than the ARREST cues ("officers seized a woman"): its own depth
    base = by_cat["ARREST"][0][0] if by_cat.get("ARREST") else float(_depth(arrest))
    return bool(told) and told[0][0] - base <= 4.5


MEDIA_VERBS = frozenset("report cover film photograph document write tweet post broadcast".split())
CAUSING_VERBS = frozenset("spark trigger prompt provoke ignite fuel cause unleash".split())
ORGANISING_VERBS = frozenset("organise organize lead incite instigate plan mobilise mobilize".split())


def reported_on(tok: Any) -> bool:
    """The demonstration is what the arrested reported on ("journalists who had reported on the protests")
    or what the arrest caused ("in a move that sparked protests"), not where they were arrested."""
    v = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
    if v is not None and v.pos_ == "VERB" and v.lemma_.lower() in ORGANISING_VERBS and v.dep_ == "pcomp" and (
            v.head.lower_ in ("for", "over")):
        return True  # "arrested for organising protests": what the arrest is for, not where it was made
    return v is not None and v.pos_ == "VERB" and v.lemma_.lower() in MEDIA_VERBS | CAUSING_VERBS


def _same_people(arrest: Any, told: list[tuple[float, CueHit, Any]]) -> bool:
    """Those arrested are named with the same word as the demonstrators ("nurses protesting ...; two
    nurses were taken into custody")."""
    pat = patient_of(arrest) or next((c for c in arrest.children if c.dep_ == "nsubjpass"), None)
    if pat is None or pat.pos_ != "NOUN":
        return False
    for _d, _h, r in told:
        crowd = r.head if r.dep_ in ("acl", "relcl") else next((c for c in r.children if c.dep_ == "nsubj"), None)
        if crowd is not None and crowd.i != pat.i and crowd.lemma_.lower() == pat.lemma_.lower():
            return True
    return False


def abducted_demonstrators(crowd: Any, act: Any, actor_kind: ActorKind | None = None) -> bool:
    """The demonstrators chosen as the predicate are those an armed group or unknown men took away
    ("gunmen abducted five protesters on their way home from the rally"): an abduction, whose victims
    happen to be demonstrators; not the forces' taking (an intervention)."""
    if crowd.dep_ not in ("dobj", "nsubjpass") or crowd.head.i != act.i:
        return False
    ag = agent_of(act)
    return ag is not None and arg_kind(ag, actor_kind) == "nonstate" and crowd_kind(ag, actor_kind) is None


def forces_took_protesters(act: Any, actor_kind: ActorKind | None = None, *, told: bool = False) -> bool:
    """The forces carried off or whisked away demonstrators ("police carried off students who were
    staging a sit-in", "officers whisked away three activists holding placards"), or people at a
    demonstration the sentence tells (``told``): an intervention, not an abduction."""
    ag = agent_of(act)
    if ag is None or arg_kind(ag, actor_kind) != "state":
        return False
    pat = patient_of(act)
    if pat is None or pat.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return told or protesting(pat) or arg_kind(pat, actor_kind) == "protester"


ONGOING_LEMMAS = frozenset("hold lead attend join stage".split())


def _under_way(tok: Any) -> bool:
    """The demonstration is being held as the act happens ("students holding a sit-in", "activists
    leading a march"): a participle of holding it, not a plan ("leaving to address a rally")."""
    h = tok
    for _ in range(3):
        if h.head.i == h.i:
            return False
        h = h.head
        if h.lemma_.lower() in ONGOING_LEMMAS:
            return h.tag_ == "VBG" and h.dep_ in ("acl", "relcl", "advcl") and not any(c.lower_ == "to" for c in h.children)
    return False


STATE_ASSAULTS = frozenset("attack storm raid assault overrun".split())


def violence_at_protest(trig: Any, by_cat: dict[str, list[tuple[float, CueHit, Any]]], *, killing: bool) -> bool:
    """The violence chosen as the predicate belongs to the demonstration the sentence tells of: told as
    happening in it ("five people were killed in violent protests"), clashes of the police and the
    demonstrators, firing on demonstrators or with rubber bullets, or forces beating the crowd with
    nobody killed ("riot police beat and detained dozens of demonstrators")."""
    protest = by_cat["PROTEST"]
    if any(_circumstance(r, trig) for _d, _h, r in protest):
        return True
    if aimed_at_protest(trig, by_cat):
        return True  # "fired live ammunition at a peaceful gathering, killing one"
    if trig.lemma_ in ("clash", "clashes", "fight", "fighting"):
        return True
    if trig.lemma_ in ("injure", "wound", "hurt") and any(
            c.dep_ == "nsubjpass" and arg_kind(c) == "protester" for c in trig.children):
        return True  # "dozens of peaceful demonstrators were seriously injured when police charged them"
    if any(c.head.i == trig.i and c.dep_ in ("advcl", "conj") and any(r.i in {t.i for t in c.subtree} for _d, _h, r in protest)
           for _d2, _h2, c in by_cat.get("CLASH", [])):
        return True  # "one person was killed as police clashed with youths protesting the results"
    if trig.lemma_ in ("dead", "die", "death", "kill") and any(
            h.phrase.startswith(("firing", "fire")) and arg_kind(agent_of(tok)) in ("state", None) and crowd_kind(agent_of(tok)) is None
            for _d, h, tok in by_cat.get("LETHAL", []) if tok.i != trig.i) and fired_on_protest(by_cat):
        return True  # "police firing on protesters left 13 people dead"
    if trig.lemma_ in STATE_ASSAULTS and arg_kind(agent_of(trig)) == "state" and any(
            g.i == r.i for c in trig.children if c.dep_ == "dobj" for g in c.subtree for _d, _h, r in protest):
        return True  # "paramilitary forces attacked the protest camp, killing 30"
    if trig.lemma_ == "kill" and _killed_by_forces(trig, None) and any(
        r.i in {t.i for t in trig.subtree} and verb_above(r).dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in verb_above(r).children)
        for _d, _h, r in protest
    ):
        return True  # "a teenager was killed by a police bullet as marchers reached the square"
    if trig.lemma_ in ("fire", "open", "shoot") and (
        any(r.lower_ in DEMO_WORDS and trig.i in {a.i for a in r.ancestors} for _d, _h, r in protest)
        or any(t.lower_ in LESS_LETHAL for c in trig.children if c.dep_ == "dobj" for t in c.subtree)
        or fired_on_protest(by_cat)  # "opened fire on a peaceful sit-in outside army headquarters"
    ):
        return True
    if not killing and trig.lemma_ in ("fire", "shoot", "shot") and any(
            t.lower_ in ("warning", "air") for t in list(trig.subtree) + list(trig.head.subtree)):
        return True  # "fired warning shots in the air to disperse the crowd"
    if not killing and trig.lemma_ in ("push", "drive", "repel", "force") and "INTERV" in by_cat and arg_kind(
            agent_of(trig)) == "state" and any(r.i in {t.i for t in trig.subtree} for _d, _h, r in protest):
        return True  # "riot police pushed back pensioners gathered outside the ministry with pepper spray"
    if not killing and trig.lemma_ in ("injure", "wound", "hurt") and "INTERV" in by_cat and not any(
            h.phrase.startswith(SERIOUS) for _d, h, _r in by_cat.get("LETHAL", [])):
        return True  # "protesters were injured when police charged them with batons"
    return not killing and trig.lemma_ in ("beat", "chase", "baton") and any(
        r.i == trig.i for _d, _h, r in by_cat.get("INTERV", [])) and not any(
        h.phrase.startswith(SERIOUS) or "death" in h.phrase for _d, h, _r in by_cat.get("LETHAL", [])) and not any(
        t.lower_ in BRUTAL_MANNER or t.lower_ in INJURY_WORDS for t in trig.sent)  # "brutally beat", "broken bones"


RIOT_GEAR = frozenset(
    "shield police policeman policemen officer unit squad gear helmet van truck control act baton".split()
)


# who a protest makes someone, not a protest that happened ("organiser of the largest marches")
TITLE_NOUNS = frozenset("organiser organizer organisers organizers veteran veterans".split())


GRAFFITI_VERBS = frozenset("deface daub spray paint scrawl write cover vandalise vandalize smear".split())


def _graffiti(tok: Any) -> bool:
    """Slogans written on something ("daubed slogans on the walls", "defaced the door with slogans")."""
    v = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else tok.head if tok.dep_ == "dobj" else None
    return v is not None and v.lemma_.lower() in GRAFFITI_VERBS


def misread_protest(doc: Any, hit: CueHit) -> bool:
    """A protest (or riot) cue that is another word: "died in hospital" read as a die-in (a die-in is
    written with a hyphen or as a noun), "riot shields" and "riot police" read as a riot."""
    tok = doc[hit.start]
    if hit.phrase == "riot":  # "riot shields", "riot police": the forces' equipment or units
        return tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in RIOT_GEAR
    if tok.lower_ in ("slogan", "slogans") and _graffiti(tok):
        return True  # "defaced the front door of the party office with slogans": damage, not a protest
    if tok.lemma_.lower() == "march" and tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children):
        return True  # "fighters rounded up five health workers and marched them into the hills"
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in TITLE_NOUNS and (
        tok.head.head.dep_ in ("appos", "attr")
    ):
        return True  # "the Front, organiser of Hong Kong's largest marches, announced it was disbanding" (not
        # "detained two organisers of the vigil")
    if hit.phrase == "on strike" and tok.head.lemma_.lower() in HALT_NOUNS:
        return True  # "a 30-day halt on strikes on energy sites": strikes of war, stopped
    return hit.phrase == "die in" and hit.end - hit.start < 3 and tok.pos_ in ("VERB", "AUX")


HALT_NOUNS = frozenset("halt pause moratorium freeze ban end cessation suspension stop limit limits curb curbs".split())


def mob_dispersed(by_cat: dict[str, list[tuple[float, CueHit, Any]]], actor_kind: ActorKind | None = None) -> Any:
    """The sentence's only "demonstration" is a crowd the forces dispersed (or one that gathered) while
    it did a mob's violence to people ("fired tear gas to disperse a mob that was beating a suspected
    thief", "a crowd set upon two men, beating them until police fired warning shots to disperse the
    group"): the mob's act, which is the event (Mob violence); None otherwise."""
    protest = by_cat.get("PROTEST", [])
    if not protest or any(h.category not in ("INTERV", "GATHER") for _d, h, _r in protest):
        return None
    for _d, _h, tok in by_cat.get("MOB", []):
        if tok.lemma_.lower() in ("lynch", "lynching") or (tok.lower_ in MOB_AGENT_WORDS and tok.dep_ in ("nsubj", "pobj")
                                                           and _crowd_harm(tok) is not None):
            return _crowd_harm(tok) if tok.lower_ in MOB_AGENT_WORDS else tok
    for _d, _h, tok in by_cat.get("VIOLENCE", []):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in PERSON_ACTS | ROUGH_ACTS:
            continue
        if any(c.dep_ == "auxpass" for c in tok.children):  # "two suspects who were beaten by a mob"
            doer = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if doer is not None and crowd_kind(doer, actor_kind) == "crowd":
                return tok
            continue
        doer = agent_of(tok)
        if doer is not None and doer.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
            doer = tok.head  # "a mob that was beating a thief"
        h = tok
        for _ in range(3):  # "A crowd ... set upon two men, beating them": the headline's noun
            if doer is not None:
                break
            h = h.head
            if h.pos_ == "NOUN" and h.lower_ in CROWD_WORDS | MOB_AGENT_WORDS:
                doer = h
        if doer is not None and crowd_kind(doer, actor_kind) == "crowd":
            return tok
    return None


def _crowd_harm(crowd: Any) -> Any:
    """The person act a mob word does ("a mob that was beating a thief", "the mob lynched him")."""
    v = crowd.head if crowd.dep_ == "nsubj" else None
    for c in crowd.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in PERSON_ACTS | ROUGH_ACTS:
            return c
    if v is not None and v.lemma_.lower() in PERSON_ACTS | ROUGH_ACTS:
        return v
    return None
