"""Force used on a crowd that is itself told as violent: "used tear gas against stone-throwing
protesters", "fired on stone-pelting youths", "a mob that had attacked the district office". ACLED:
a demonstration where the demonstrators are violent is a Violent demonstration even when the police
respond (with tear gas or with live fire); Excessive force is the state's lethal or severe force on
demonstrators who were not.

Kept apart from :mod:`eventwire.events.crowd` (who is a crowd, and its own riot) and
:mod:`eventwire.events.protestlevel` (how far a demonstration went); it reads only the parse.
"""

from __future__ import annotations

from typing import Any

from .clause import GRIEVANCE_WORDS, agent_of, arg_kind, verb_above
from .forceacts import died_of_wounds, physical_charge
from .words import doc_deps, doc_heads, doc_words, tokens_with

# words in a crowd's own modifiers that tell it as rioting ("stone-throwing", "rampaging", "rioting")
RIOT_MODIFIER_LEMMAS = frozenset(
    "riot rioting rampage rampaging pelt pelting stone stoning throw throwing hurl hurling torch burn loot looting "
    "violent rowdy unruly marauding".split()
)
RIOT_OBJECTS = frozenset("stone stones rock rocks brick bricks bottle bottles molotov petrol projectile projectiles".split())
CROWD_HEADS = frozenset(
    """protester protesters demonstrator demonstrators crowd crowds mob mobs youth youths rioter rioters
    student students villager villagers resident residents people men supporters agitators""".split()
)
# verbs a crowd's violence is told with, in a clause of its own ("who had attacked the district office")
CROWD_ATTACK_VERBS = frozenset("attack storm torch burn set stone pelt hurl throw vandalise vandalize loot ransack smash".split())
FORCE_PREPS = frozenset("against on at into".split())


def _lemma(t: Any) -> str:
    return t.lemma_.lower()


def rioting_modifier(noun: Any) -> bool:
    """``noun`` (a crowd) carries a modifier telling it as violent: "stone-throwing protesters",
    "stone-pelting youths", "rampaging rioters", "a violent mob"."""
    for c in noun.children:
        if c.dep_ not in ("amod", "compound", "npadvmod", "nmod") or c.i > noun.i:
            continue
        words = [t for t in c.subtree]
        lemmas = {_lemma(t) for t in words} | {t.lower_ for t in words}
        if lemmas & {"riot", "rioting", "rampage", "rampaging", "violent", "rowdy", "unruly", "marauding", "looting"}:
            return True
        if lemmas & {"throw", "throwing", "hurl", "hurling", "pelt", "pelting", "stoning"} and (
            lemmas & RIOT_OBJECTS or "pelt" in lemmas or "pelting" in lemmas
        ):
            return True
    return False


def attacking_clause(noun: Any) -> bool:
    """``noun`` (a crowd) has a relative clause of its own doing violence to something ("a mob that had
    attacked the district office", "youths who were torching vehicles"), not one done to it."""
    for c in noun.children:
        if c.dep_ not in ("relcl", "acl") or _lemma(c) not in CROWD_ATTACK_VERBS:
            continue
        if any(x.dep_ in ("auxpass", "agent") for x in c.children) or c.tag_ == "VBN" and c.dep_ == "acl":
            continue  # "protesters who were attacked by police", "people killed in the blast"
        return True
    return False


def violent_crowd(noun: Any, actor_kind: Any = None) -> bool:
    """A crowd told as violent by its own words (see :func:`rioting_modifier`, :func:`attacking_clause`)."""
    if noun is None:
        return False
    if noun.lower_ not in CROWD_HEADS and _lemma(noun) not in CROWD_HEADS and arg_kind(noun, actor_kind) != "protester":
        return False
    return rioting_modifier(noun) or attacking_clause(noun)


def force_on_violent_crowd(sent: Any, actor_kind: Any = None) -> bool:
    """The force of the sentence is aimed at a crowd told as violent ("fired on stone-pelting youths",
    "used tear gas against rock-throwing demonstrators", "fired on a mob that had attacked the office")."""
    if hasattr(sent, "doc") and hasattr(sent, "start"):  # a Span: the parse read on the doc's tables
        doc = sent.doc
        deps, heads, lows = doc_deps(doc), doc_heads(doc), doc_words(doc)[1]
        toks = [doc[i] for i in range(sent.start, sent.end) if deps[i] == "pobj" and lows[heads[i]] in FORCE_PREPS]
    else:
        toks = [t for t in sent if t.dep_ == "pobj" and t.head.lower_ in FORCE_PREPS]
    return any(violent_crowd(t, actor_kind) for t in toks)


def target_of_force(tok: Any) -> bool:
    """``tok`` lies in what a crowd at which force is aimed is told as doing ("against stone-throwing
    protesters", "against rampaging youths who had blocked the expressway"): what the crowd did, not a
    grievance it protests about."""
    h = tok
    for _ in range(5):
        if h.head.i == h.i:
            return False
        h = h.head
        if h.dep_ != "prep" or h.lower_ not in FORCE_PREPS:
            continue
        objs = [c for c in h.children if c.dep_ == "pobj"]
        objs += [g for c in h.children if c.dep_ == "pcomp" for g in c.children if g.dep_ == "dobj"]  # "against rampaging youths"
        if not any(o.lower_ in CROWD_HEADS or _lemma(o) in CROWD_HEADS for o in objs):
            return False
        verb = h.head
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "conj"):
            verb = verb.head  # "used tear gas against ...": the prepositional phrase hangs from the gas
        return verb.pos_ in ("VERB", "AUX") and _lemma(verb) not in ("protest", "demonstrate", "march", "rally")
    return False


def shared_object(verb: Any) -> Any:
    """The object ``verb`` shares with the verb joined to it ("shot and wounded several protesters":
    the protesters are shot too)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
            obj = next((x for x in c.children if x.dep_ == "dobj"), None)
            if obj is not None:
                return obj
    return None


BEATING_LEMMAS = frozenset("beat club whip assault thrash flog cane batter kick bludgeon torture bayonet".split())
SEVERE_WORDS = frozenset(
    """hospitalised hospitalized hospitalising hospitalizing hospital unconscious fractured fractures broken
    bleeding seriously critically severely gravely severe blinding blinded maiming maimed sight eyesight
    skull skulls surgery stitches critical badly consciousness comatose coma concussion concussions""".split()
    # "in critical condition", "badly wounded", "until they lost consciousness"
)
# the parts of a body force is aimed at ("fired pellets at the faces of demonstrators")
BODY_PARTS = frozenset("face faces head heads eye eyes body bodies chest chests leg legs".split())
FIRING_LEMMAS = frozenset("fire shoot".split())


def severe_beating(sent: Any, actor_kind: Any = None) -> bool:
    """State forces beating demonstrators with injuries that are told as serious ("beat the protesters
    with batons, leaving several hospitalised"): excessive force, not only an intervention."""
    if any(_lemma(t) == "torture" and t.pos_ == "VERB" and any(
            c.dep_ in ("nsubjpass", "dobj") and arg_kind(c, actor_kind) == "protester" for c in t.children) for t in sent):
        return True  # "peaceful protesters were tortured after being detained": torture is serious harm itself
    if not any((t.lower_ in SEVERE_WORDS or _lost_eye(t) or died_of_wounds(t)) and not forces_hurt(t, actor_kind)
               for t in sent):
        return False
    for v in sent:
        if not (v.pos_ == "VERB" or (v.pos_ == "NOUN" and v.lower_ in ("beating", "beatings"))) or (
            _lemma(v) not in BEATING_LEMMAS | FIRING_LEMMAS and v.lower_ not in ("beating", "beatings")
            and not physical_charge(v)  # "charged the teachers with batons"
        ):
            continue
        passive = any(c.dep_ == "auxpass" for c in v.children)
        ag = _passive_doer(v) if passive or v.pos_ == "NOUN" else agent_of(v)
        kind = arg_kind(ag, actor_kind) if ag is not None else None
        if ag is None or not (kind == "state" or (kind in (None, "armed") and _lemma(ag) not in CROWD_HEADS and (
            ag.pos_ == "PROPN" or _force_unit(ag) or (ag.text[:1].isupper() and ag.tag_ == "NNS")
        ))):
            continue  # the forces (or a named force: "Carabineros fired pellets at a peaceful crowd")
        if passive:  # "protesters ... were beaten with sticks by soldiers"
            pat = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        elif v.pos_ == "NOUN":  # "the brutal beating of student marchers by anti-riot units"
            pat = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj"), None)
        else:
            pat = next((c for c in v.children if c.dep_ == "dobj"), None) or shared_object(v) or next(
                (c for c in v.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)  # "bayoneted and badly wounded
            # protesters", the object parsed as a second verb's
        if _lemma(v) in FIRING_LEMMAS:  # "fired rubber bullets at protesters, blinding a young man"
            pat = next((g for c in v.children if c.dep_ == "prep" and c.lower_ in FORCE_PREPS
                        for g in c.children if g.dep_ == "pobj"), None)
        if pat is not None and _lemma(pat) in BODY_PARTS:  # "at the faces of demonstrators"
            pat = next((g for c in pat.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj"), pat)
        if pat is not None and (arg_kind(pat, actor_kind) == "protester" or _lemma(pat) in CROWD_HEADS or _demonstrating(pat)
                                or _demonstration(pat)):
            return True  # "clubbed a peaceful sit-in of teachers, leaving one with a fractured skull"
        if v.dep_ == "advcl" and _lemma(v.head) == "lose" and any(c.dep_ == "nsubj" and (
                arg_kind(c, actor_kind) == "protester" or _demonstrating(c)) for c in v.head.children):
            return True  # "a woman taking part in the rally lost an eye after police fired rubber bullets"
        if any(c.dep_ == "prep" and c.lower_ in ("at", "during") and any(
                g.dep_ == "pobj" and g.lower_ in DEMONSTRATION_NOUNS for g in c.children) for c in v.subtree):
            return True  # "beat a woman unconscious at a march", "shot him with a rubber bullet at a peaceful rally"
    return False


DEMONSTRATION_NOUNS = frozenset(
    """protest protests demonstration demonstrations rally rallies march marches sit-in vigil procession
    strike picket""".split()
)


def _demonstration(tok: Any) -> bool:
    """``tok`` names a demonstration ("a peaceful rally", "a sit-in", parsed "sit" + "in")."""
    if tok.lower_ == "in":
        return any(c.lower_ == "sit" for c in tok.children)
    return tok.lower_ in DEMONSTRATION_NOUNS


def _lost_eye(tok: Any) -> bool:
    """"Lost an eye", "lost his sight": a maiming."""
    return tok.lower_ in ("eye", "eyes") and tok.dep_ == "dobj" and _lemma(tok.head) == "lose"


FORCE_UNIT_WORDS = frozenset("unit units squad squads riot anti-riot".split())


def _force_unit(tok: Any) -> bool:
    """A unit of the forces the dictionary does not know ("anti-riot units", "riot squads")."""
    return _lemma(tok) in FORCE_UNIT_WORDS and any(c.lower_ in FORCE_UNIT_WORDS or "riot" in c.lower_ for c in tok.children)


def _passive_doer(v: Any) -> Any:
    """The "by" agent of a passive verb or of a noun of an act ("beaten by soldiers", "the beating of
    marchers by anti-riot units")."""
    for c in v.subtree:  # the "by" phrase may hang from the weapon or the patient ("with sticks by soldiers")
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _demonstrating(person: Any) -> bool:
    from .crowd import protesting  # crowd imports this module

    return protesting(person)


MUTUAL_LEMMAS = frozenset("clash scuffle tussle fight battle brawl jostle".split())


def forces_own_act(tok: Any) -> bool:
    """A riot cue that is the forces' own act, done by them to no one's harm ("police barricaded the
    roads", "troops blocked the highway"); a clash is both sides' act and stays a riot cue."""
    v = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("dobj", "prt") else None
    if v is None or v.pos_ != "VERB" or _lemma(v) in MUTUAL_LEMMAS or _lemma(tok) in MUTUAL_LEMMAS:
        return False
    ag = next((c for c in v.children if c.dep_ == "nsubj"), None)  # its own subject, not one inherited
    return ag is not None and any(c.dep_ == "dobj" for c in v.children) and arg_kind(ag) == "state"


def curbing_agent(verb: Any) -> Any:
    """Who does ``verb``; for an active verb of purpose whose object's "by" phrase the parse took for
    its agent ("troops blocked the highway to stop a march by farmers"), the doer of the verb it serves."""
    ag = agent_of(verb)
    if verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "agent" for c in verb.children) and not any(
        c.dep_ == "auxpass" for c in verb.children
    ) and any(c.dep_ == "dobj" for c in verb.children):
        return agent_of(verb.head)
    return ag


def forces_hurt(word: Any, actor_kind: Any = None) -> bool:
    """The serious injury is the forces' own ("two policemen were seriously injured", "leaving two
    officers seriously injured")."""
    doc = word.doc
    if any(t.pos_ in ("NOUN", "PROPN") and arg_kind(t, actor_kind) == "state"
           and not (t.dep_ == "pobj" and t.head.lower_ == "by")  # "beaten by soldiers, leaving dozens seriously hurt"
           and not (t.dep_ == "nsubj" and (_lemma(t.head) in BEATING_LEMMAS | FIRING_LEMMAS or physical_charge(t.head)))
           for t in doc[max(word.i - 4, word.sent.start) : word.i]):
        return True
    for t in (word, word.head, word.head.head):
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != word.i and arg_kind(c, actor_kind) == "state" and not (
                c.dep_ == "nsubj" and (_lemma(t) in BEATING_LEMMAS | FIRING_LEMMAS or physical_charge(t))  # the doer
            ):
                return True
    return False


REPEL_LEMMAS = frozenset("foil repel repulse thwart".split())


def repelled_by(attack: Any) -> tuple[Any, Any] | None:
    """(who fought the attack off, who attacked) for an attack that is the object of a repelling verb
    ("the vigilantes foiled bandits' attack on the community", "troops repelled an attack by jihadists"),
    None otherwise."""
    v = attack.head
    if attack.dep_ != "dobj" or v.pos_ != "VERB" or _lemma(v) not in REPEL_LEMMAS:
        return None
    repeller = agent_of(v)
    if repeller is None:
        return None
    attackers = next((c for c in attack.children if c.dep_ in ("compound", "poss") and c.pos_ in ("NOUN", "PROPN")), None)
    if attackers is None:
        attackers = next((g for c in attack.children if c.dep_ == "prep" and c.lower_ == "by"
                          for g in c.children if g.dep_ == "pobj"), None)
    return repeller, attackers


# the nouns of a fight both sides take part in ("during clashes", "amid running battles")
FIGHT_NOUNS = frozenset(
    "clash clashes battle battles scuffle scuffles skirmish skirmishes melee brawl fighting confrontation confrontations".split()
)
SETTING_PREPS = frozenset("during amid amidst in after following".split())
ARMED_KINDS = frozenset("armed nonstate".split())
# what a crowd does to others that makes its demonstration violent ("with demonstrators attacking
# government buildings", "protesters stabbed a policeman")
CROWD_HARM_VERBS = CROWD_ATTACK_VERBS | frozenset("stab hack assault beat injure wound clash fight".split())


def _sides(fight: Any) -> list[Any]:
    return [g for c in fight.children if c.dep_ == "prep" and c.lower_ in ("between", "with", "among")
            for g in c.subtree if g.pos_ in ("NOUN", "PROPN")]


def _armed_sides(fight: Any, actor_kind: Any) -> bool:
    """The fight is told as one between armed groups ("clashes between the army and rebels")."""
    return any(arg_kind(g, actor_kind) in ARMED_KINDS for g in _sides(fight))


HURT_LEMMAS = frozenset("injure wound stab hurt hack beat".split())


def _fought_the_forces(fight: Any, sent: Any, actor_kind: Any) -> bool:
    """The fight is told as one with the forces ("during clashes with police", "clashes between police
    and protesters") or the forces were hurt in it ("a police officer was stabbed ... during running
    battles"). A bare "during clashes" is only the setting of the force (excessive force stays so)."""
    if any(arg_kind(g, actor_kind) == "state" for g in _sides(fight)):
        return True
    for t in sent:
        if t.pos_ == "VERB" and _lemma(t) in HURT_LEMMAS:
            hurt = [c for c in t.children if c.dep_ in ("nsubjpass", "dobj")]
            if any(arg_kind(h, actor_kind) == "state" for h in hurt):
                return True
    return False


def _forces_hurt_at_demonstration(verb: Any, sent: Any, actor_kind: Any) -> bool:
    """Officers told as hurt or killed, by the demonstrators or by nobody named, in a sentence with no
    armed group in it ("20 officers were injured in the violence that broke out at the protest"): the
    crowd fought (a callers' sentence tells a demonstration)."""
    if verb.pos_ != "VERB" or _lemma(verb) not in HURT_LEMMAS | {"kill"} or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return False
    if not any(c.dep_ == "nsubjpass" and arg_kind(c, actor_kind) == "state" for c in verb.children):
        return False
    doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if doers and not any(arg_kind(g, actor_kind) == "protester" for g in doers):
        return False  # "killed by gunmen", "hurt by a grenade"
    return not any(t.dep_ in ("nsubj", "pobj") and t.lower_ not in DEMONSTRATION_NOUNS and arg_kind(t, actor_kind) in ARMED_KINDS
                   for t in sent)  # not "gunmen"; "the opposition rally" is no armed group


RETURN_LEMMAS = frozenset("kick return throw hurl toss lob fling".split())
CANISTER_WORDS = frozenset("canister canisters grenade grenades cartridge cartridges".split())


def _canister_returned(verb: Any, actor_kind: Any) -> bool:
    """A demonstrator kicking or throwing the forces' tear gas canister back ("a demonstrator kicks a
    tear gas canister fired by riot police", "returns a tear gas canister toward police")."""
    if verb.pos_ != "VERB" or _lemma(verb) not in RETURN_LEMMAS:
        return False
    if not any(c.dep_ == "dobj" and c.lower_ in CANISTER_WORDS for c in verb.children):
        return False
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return doer is not None and (arg_kind(doer, actor_kind) == "protester" or _lemma(doer) in CROWD_HEADS)


def crowd_fought(sent: Any, actor_kind: Any = None) -> bool:
    """The demonstrators of the sentence are told as fighting, not only as the ones force was used on:
    the force came "during clashes" / "amid running battles" (a fight has two sides), or the crowd is
    the doer of an attack ("with demonstrators attacking government buildings", "protesters stabbed a
    policeman"). ACLED: demonstrators who engage in violence make a Violent demonstration, even when
    the police answer with lethal force."""
    for t in tokens_with(sent, lemmas=_FOUGHT_LEMMAS, lowers=FIGHT_NOUNS):  # the words a reading below needs
        if t.lower_ in FIGHT_NOUNS and t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in SETTING_PREPS and (
            not _armed_sides(t, actor_kind) and _fought_the_forces(t, sent, actor_kind)
        ):
            return True
        if t.pos_ == "NOUN" and _lemma(t) in ("attack", "assault", "raid") and any(
            c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" and arg_kind(g, actor_kind) == "protester"
                                                         for g in c.children) for c in t.children
        ):
            return True  # "after attacks by protesters on police stations"
        if _forces_hurt_at_demonstration(t, sent, actor_kind) or _canister_returned(t, actor_kind):
            return True  # "20 officers were injured in the violence at the protest", "kicks a tear gas canister back"
        if _lemma(t) in ("fight", "clash", "battle") and t.pos_ == "VERB" and _coordinated_sides(sent, actor_kind):
            return True  # "... injured as protesters and police fought pitched battles" (the sides misparsed)
        if t.pos_ != "VERB" or _lemma(t) not in CROWD_HARM_VERBS or any(c.dep_ in ("auxpass", "agent") for c in t.children):
            continue
        if _lemma(t) in ("burn", "torch", "set") and _symbolic(t):
            continue  # "burnt an effigy of the chief minister": a sign, not violence
        doer = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if doer is None and t.dep_ == "relcl":
            doer = t.head
        if doer is not None and doer.lower_ not in ("who", "that", "which") and (
            arg_kind(doer, actor_kind) == "protester" or _lemma(doer) in ("mob", "rioter")
        ):
            return True
    return False


_FOUGHT_LEMMAS = frozenset(("attack", "assault", "raid", "kill", "fight", "clash", "battle")) | HURT_LEMMAS | RETURN_LEMMAS | (
    CROWD_HARM_VERBS)


def _coordinated_sides(sent: Any, actor_kind: Any) -> bool:
    """Demonstrators and the police named together as one pair ("protesters and police", "police and
    rioters"): with a fight verb in the sentence, the two sides of the fight."""
    for t in sent:
        if t.dep_ != "conj" or t.head.dep_ not in ("nsubj", "pobj", "nsubjpass"):
            continue
        pair = {arg_kind(t, actor_kind) if t.lower_ not in POLICE_WORDS else "state",
                arg_kind(t.head, actor_kind) if t.head.lower_ not in POLICE_WORDS else "state"}
        if pair == {"protester", "state"}:
            return True
    return False


INTRANSITIVE_FIGHTS = frozenset("clash scuffle tussle brawl riot rampage skirmish".split())


def misread_grievance(tok: Any) -> bool:
    """A word the parse hung inside what a crowd protests about that is an act of the day: the forces'
    means hung on the protest by "with" ("cracked down on the protest with live fire"), or a finite
    verb read as a modifier of the demand's object ("protesters demanding safer roads clashed with
    police": "clashed" hung on "roads")."""
    if tok.dep_ == "acl" and (tok.tag_ == "VBD" or (tok.tag_ == "VBN" and _lemma(tok) in INTRANSITIVE_FIGHTS)) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return True  # no passive participle: "roads clashed with police" is the crowd's clash
    h = tok
    for _ in range(3):
        if h.head.i == h.i:
            return False
        below, h = h, h.head
        if below.dep_ == "prep" and below.lower_ == "with" and h.pos_ == "NOUN" and h.lemma_.lower() in GRIEVANCE_WORDS:
            return True
    return False


def _symbolic(verb: Any) -> bool:
    from .crowd import symbolic_burning  # crowd imports this module

    return symbolic_burning(verb)


POLICE_WORDS = frozenset(
    """police policeman policemen officers officer gendarmes gendarmerie security guards guard agents
    authorities troops soldiers""".split()
)
# a crowd's acts on people: a lynching or a beating, a harm done in passing
KILLING_ACTS = frozenset("lynch beat kill hack murder stab lynching thrash manhandle rough".split())
CROWD_HARM_ACTS = frozenset("kill injure wound beat attack shoot hack stab assault lynch hurt".split())
TRAVELLER_WORDS = frozenset("pilgrims passengers worshippers commuters travellers travelers family families".split())


def went_on_to_kill(act: Any) -> Any:
    """A killing or beating of someone who is not the police, joined to the crowd's act ("stormed the
    station and lynched a suspect held there"): what the crowd did to a person."""
    for c in act.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in KILLING_ACTS:
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            if obj is not None and not {t.lower_ for t in obj.subtree} & POLICE_WORDS:
                return c
    # "attacked the police station in an attempt to lynch a suspect held there": the act's purpose
    # (the attack, which happened, is then the act)
    return act if any(t.lemma_.lower() == "lynch" and t.pos_ == "VERB" and t.i > act.i for t in act.subtree) else None


def hurts_people(act: Any) -> bool:
    """The crowd's act harms people who are not the police ("..., injuring 15 passengers")."""
    for c in act.children:
        if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in CROWD_HARM_ACTS:
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            if obj is not None and not {t.lower_ for t in obj.subtree} & POLICE_WORDS:
                return True
    return False


def forces_result(act: Any, actor_kind: Any = None) -> bool:
    """A result participle the parse hung on the clause of the people fired on ("police opened fire on a
    crowd marching to State House, killing two"): the forces' toll, not the crowd's act."""
    if act.tag_ != "VBG" or act.dep_ != "advcl" or act.head.dep_ not in ("pcomp", "acl", "relcl"):
        return False
    top = act.head.head
    while top.dep_ in ("prep", "pobj", "pcomp", "acl", "relcl") and top.head.i != top.i:
        top = top.head
    doer = agent_of(top) if top.pos_ == "VERB" else None
    return doer is not None and arg_kind(doer, actor_kind) == "state"


def suffered(act: Any) -> bool:
    """A harm told as the crowd's state ("a demonstrator lies injured", "protesters were left wounded"): a
    participle with no object of its own, so the crowd is the one hurt."""
    return act.tag_ == "VBN" and act.dep_ in ("advcl", "acomp", "oprd", "xcomp") and act.lemma_.lower() in (
        "injure", "wound", "hurt", "kill", "beat") and not any(c.dep_ in ("dobj", "agent") for c in act.children)


OPPOSED_MODS = frozenset("rival rivals opposing dueling duelling competing counter".split())
GATHERING_NOUNS = frozenset("demonstration rally march protest procession gathering".split())


def rival_gatherings(doer: Any) -> bool:
    """Demonstrations told as each other's rivals ("rival demonstrations by nationalists and anti-fascists
    came to blows", "opposing rallies battled"): crowds fighting each other, a mob."""
    return doer is not None and doer.lemma_.lower() in GATHERING_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in OPPOSED_MODS for c in doer.children)


def during_clause(verb: Any, act: Any) -> bool:
    """``verb`` heads a clause told as the time of ``act`` ("cars were set alight as thousands protested")."""
    main = act
    for _ in range(4):  # the verb of the act ("set" of "set alight")
        if main.pos_ in ("VERB", "AUX") or main.head.i == main.i:
            break
        main = main.head
    return verb.dep_ == "advcl" and verb.pos_ == "VERB" and any(
        c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in verb.children) and any(
        a.i == main.i for a in verb.ancestors)


LATER_WORDS = frozenset("later afterwards afterward subsequently".split())


def held_later(protest: Any, lethal: list[tuple[float, Any, Any]]) -> bool:
    """The demonstration is told as coming after a killing told in a clause of its own ("gunmen shot dead a
    journalist; a day later, colleagues held a silent protest"): the killing is the news, the protest a reaction."""
    main = verb_above(protest)
    if not any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in main.children):
        return False
    return any(t.i < main.i and verb_above(t).i != main.i for _d, _h, t in lethal)
