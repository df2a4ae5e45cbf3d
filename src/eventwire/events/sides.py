"""The sides of a fight, read from the parse: "fighting between X and Y", and whether a clash of
youths or communities has an armed side the actor stage named.

- "clashes between the army and rebels": the two sides; the parser often hangs the "between" phrase
  on the verb of the clash ("heavy fighting broke out between the army and the rebels", "clashes
  erupted on Sunday between X and Y"): that phrase is the clash's too; a "between" phrase of another
  clause (a verb of its own) is not;
- "between Gaaljecel and Jajele clan militias": two names that share one head are two sides;
- "between rival militias": two groups of one kind;
- :func:`named_armed_side`: "Dinka Bor youth clashed with Murle gunmen", "fighting between Dinka and
  Nuer youths": youths of a named identity group that the actor stage reads as an identity militia
  (ACLED inter 4) are an armed side, so the fight is an armed clash, not a mob's.

Every reader here is gated on its words (:mod:`eventwire.events.words`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .story import sentence_of
from .words import tokens_with, words_of

#: Nouns that name a fight.
CLASH_NOUNS = frozenset("""clash clashes fighting fight fights battle battles gunfight gunfights firefight
    firefights skirmish skirmishes confrontation confrontations exchange shootout shootouts
    hostilities encounter encounters""".split())  # "killed in an encounter with security forces" (South Asia)
RIVAL_WORDS = frozenset("rival opposing competing warring".split())
#: Heads of a crowd that follows a party or a leader: named after an armed group, still a crowd.
FOLLOWER_HEADS = frozenset("""supporters supporter followers follower sympathisers sympathizers partisans
    loyalists devotees members member activists activist""".split())
SIDE_PREPS = ("between", "among", "with", "against")


def conjuncts(tok: Any) -> list[Any]:
    """The tokens conjoined to ``tok`` ("the army and allied militias" -> [militias]), in order."""
    out = []
    for c in tok.children:
        if c.dep_ == "conj":
            out.append(c)
            out.extend(conjuncts(c))
    return out


def between_sides(trigger: Any) -> tuple[Any, ...] | None:
    """The two sides of "fighting/clashes between X and Y" under the trigger (or the trigger
    itself, a clash noun): (X, Y); None when the sentence does not name them so."""
    if trigger is None or "between" not in words_of(sentence_of(trigger.doc, trigger.i)):
        return None
    return _sides_of([t for t in trigger.subtree if t.lower_ in CLASH_NOUNS])


def sentence_between_sides(sent: Any) -> tuple[Any, ...] | None:
    """The two sides of a clash noun anywhere in ``sent`` ("the killing is related to the ongoing
    clashes between X and Y"), for a battle whose trigger names no doer; None when there is none."""
    if "between" not in words_of(sent):
        return None
    return _sides_of([t for t in sent if t.lower_ in CLASH_NOUNS])


def _sides_of(clashes: list[Any]) -> tuple[Any, ...] | None:
    for tok in clashes:
        for c in between_preps(tok):
            first = next((g for g in c.children if g.dep_ == "pobj"), None)
            if first is None:
                continue
            conj = conjuncts(first)
            if len(conj) >= 2 and _two_named(first):
                return (conj[0], conj[1])  # "between two armed groups, the ADF and the Mai-Mai"
            if conj:
                return (first, conj[0])
            app = next((c for c in first.children if c.dep_ == "appos"), None)
            if app is not None and conjuncts(app) and _two_named(first):
                return (app, conjuncts(app)[0])  # "between the two groups, the Oromo and the Amhara"
            for m in first.children:  # "between Gaaljecel and Jajele clan militias": two names, one head
                if m.dep_ in ("nmod", "compound", "amod") and m.i < first.i and conjuncts(m):
                    return (m, conjuncts(m)[0])
            if first.tag_ in ("NNS", "NNPS") and any(g.lower_ in RIVAL_WORDS or (g.dep_ == "nummod" and g.lower_ == "two")
                                                     for g in first.children):
                return (first, first)  # "fighting between rival militias", "between two armed groups"
    return None


def _two_named(noun: Any) -> bool:
    """"two armed groups, the X and the Y": a count of two (or "both") before a plural noun that a
    comma then names one by one."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return (noun.tag_ in ("NNS", "NNPS") and nxt is not None and nxt.text == ","
            and any(c.lower_ in ("two", "both") for c in noun.children))


def between_preps(clash: Any) -> list[Any]:
    """The "between" phrases that name the sides of the clash noun ``clash``: its own, and where the
    parser hung the phrase elsewhere in the clause, those of the verb the clash is the subject of
    ("heavy fighting broke out between the army and the rebels", "clashes erupted on Sunday between X
    and Y") or of a noun of that verb's clause ("fighting in the town between X and Y"); a "between"
    phrase of another clause (a verb of its own in between) is not the clash's."""
    own = [c for c in clash.children if c.dep_ == "prep" and c.lower_ == "between"]
    if own or clash.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr") or clash.head.pos_ not in ("VERB", "AUX"):
        return own
    verb = clash.head
    out = []
    for tok in verb.subtree:
        if tok.lower_ != "between" or tok.dep_ != "prep" or tok.i == clash.i:
            continue
        h = tok.head
        while h.i != verb.i and h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
            h = h.head  # up to the verb that governs it: the clash's own, or another clause's
        if h.i == verb.i:
            out.append(tok)
    return out


def named_armed_side(agent: Any, clash: Any, actor_kind: Callable[[Any], str | None] | None) -> bool:
    """Whether a side of the fight ``clash`` (its doer ``agent``, the objects of its "between",
    "with", "against" phrases and the names they share a head with) is an actor the actor stage named
    as an armed non-state one ("Murle gunmen", "Dinka Bor youth" read as an identity militia); a
    crowd of followers ("Hezbollah supporters") is no armed side, whoever it follows."""
    if actor_kind is None or clash is None:
        return False
    sides = [agent] if agent is not None else []
    holders = [clash] + ([clash.head] if clash.dep_ in ("nsubj", "nsubjpass") else [])
    sides += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in SIDE_PREPS
              for g in c.children if g.dep_ == "pobj"]
    sides += [x for s in list(sides) for x in conjuncts(s)]
    sides += [m for s in list(sides) for m in s.children if m.dep_ in ("nmod", "compound", "amod")]
    for s in sides:
        if s.lower_ in FOLLOWER_HEADS or s.head.lower_ in FOLLOWER_HEADS and s.dep_ != "pobj":
            continue
        if actor_kind(s) == "nonstate":
            return True
    return False


def told_of_a_noun(trigger: Any) -> bool:
    """Whether the act ``trigger`` is told as a state of a noun, not as an event of its clause: a
    participle before it ("the body of the abducted toddler", "freed 20 kidnapped schoolgirls") or
    after it with no doer of its own ("the girl abducted last week"). Who does the verb of that
    clause (finds, frees, rescues) is no party to the act."""
    if trigger is None or trigger.tag_ not in ("VBN", "JJ"):
        return False
    if trigger.dep_ == "amod" and trigger.head.pos_ in ("NOUN", "PROPN") and trigger.i < trigger.head.i:
        return True  # an act cue tagged as an adjective is a participle ("abducted", "slain")
    return trigger.tag_ == "VBN" and trigger.dep_ == "acl" and trigger.head.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ == "agent" for c in trigger.children)


def fought_with(trigger: Any) -> Any:
    """The side a capture was fought against, told by a fight under the capture ("M23 rebels seized the
    town of Shasha after heavy fighting with the Congolese army"): the head of the fight's "with" or
    "against" phrase; None when the capture tells no such fight."""
    if trigger is None or CLASH_NOUNS.isdisjoint(words_of(trigger.sent)):
        return None
    for t in trigger.subtree:
        if t.pos_ != "NOUN" or t.lower_ not in CLASH_NOUNS:
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "against"):
                side = next((g for g in c.children if g.dep_ == "pobj"), None)
                if side is not None:
                    return side
    return None


def clash_partner(report: Any, trigger: Any, patient: Any, resolve: Callable[[Any], Any]) -> None:
    """"Eleven militants were killed in a gunfight with security forces": with no doer named, the side
    of the fight's "with" phrase fought the dead (``resolve`` reads an actor off a token)."""
    if report.actor1 is not None or report.actor2 is None:
        return
    foe = fought_with(trigger)
    if foe is None or (patient is not None and foe.i == patient.i):
        return
    side = resolve(foe)
    if side is not None and side.name != report.actor2.name:
        report.actor1 = side


#: verbs of fending off an attack ("repelled an RSF ground attack") and the nouns of the attack
REPELLING = frozenset("repel repulse foil thwart rebuff counter".split())
ATTACK_NOUNS = frozenset("attack attacks assault offensive raid incursion advance push onslaught".split())


def repelled_side(trigger: Any, is_actor: Callable[[Any], bool]) -> Any:
    """"The army repelled an RSF ground attack", "troops foiled an attack by al-Shabaab": the token that
    names the attacker of the attack the trigger's clause fended off (``is_actor`` tells an actor's
    token); None when the sentence names none."""
    verbs = [trigger, trigger.head] if trigger is not None else []
    for v in verbs:
        if v.pos_ != "VERB" or v.lemma_.lower() not in REPELLING:
            continue
        for noun in (c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in ATTACK_NOUNS):
            named = [t for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "poss", "amod") and is_actor(t)]
            named += [g for p in noun.children if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from")
                      for g in p.children if g.dep_ == "pobj" and is_actor(g)]
            if named:
                return named[0]
    return None


#: verbs of a fight both sides take part in ("supporters clashed with activists")
MUTUAL_FIGHTS = frozenset("clash fight scuffle brawl battle".split())


def mutual_fight(trigger: Any) -> bool:
    return trigger is not None and trigger.lemma_.lower() in MUTUAL_FIGHTS


def fight_subjects(report: Any, trigger: Any) -> None:
    """"Fano militiamen and Ethiopian federal forces fought heavy battles": the state's forces and an
    armed group not allied with it, subjects of a fight with no object, are its two sides (the second
    subject, read as an associate of actor 1, becomes actor 2); so are the dead of both told with no doer
    ("Two militants and a soldier were killed in a gunfight")."""
    if report.actor1 is None and report.actor2 is not None and report.assoc_actor_2:
        # "Two militants and a soldier were killed in a gunfight": the dead of both sides, no doer named
        if _opposed(report.actor2, report.assoc_actor_2[0]):
            report.actor1 = report.assoc_actor_2.pop(0)
            # no doer is named: a toll of both sides, which a fight told before may absorb
            report.notes.append("perpetrator not named: actor 1 is the other side among the dead of the fight")
        return
    if report.actor2 is not None or report.actor1 is None or not report.assoc_actor_1 or trigger is None:
        return
    if not (mutual_fight(trigger) or (trigger.dep_ == "dobj" and mutual_fight(trigger.head))):
        return
    if any(c.dep_ == "prep" and c.lower_ in ("alongside", "beside") for c in trigger.children):
        return  # "Rwandan soldiers fought alongside the rebels": allies, one side
    if _opposed(report.actor1, report.assoc_actor_1[0]) or _rival_states(report.actor1, report.assoc_actor_1[0], trigger):
        report.actor2 = report.assoc_actor_1.pop(0)
        report.notes.append("actor 2: the other subject of the fight")


def _rival_states(a: Any, b: Any, trigger: Any) -> bool:
    """"Jubaland forces and federal Somali army troops clashed in Ras Kamboni": two differently named
    forces of states (a federal member state's and the federal army's, an army's and a guard's), subjects
    of "clashed" with no other side, fought each other."""
    return (trigger.lemma_.lower() == "clash" and a.inter == b.inter == 1 and a.name != b.name
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children))


#: Militias that fight for the state of their country (ACLED's pro-government militias by name)
STATE_ALLIES = frozenset({
    "NDF: National Defence Forces", "PMF: Popular Mobilization Forces", "Civilian JTF",
    "VDP: Volunteers for the Defense of the Homeland", "Liwa Fatemiyoun", "Liwa Zainebiyoun", "Liwa al Quds",
    "Amotekun Corps", "Hisbah Corps", "Imbonerakure", "GATIA: Imghad Tuareg and Allies Self-Defense Group",
    "Giants Brigades", "National Resistance Forces (Yemen)",
})


def _opposed(a: Any, b: Any) -> bool:
    """One is the state's forces and the other an armed group not allied with it ("four soldiers and two
    members of the National Defence Forces" died on one side)."""
    return any(x.inter == 1 and (y.inter or 0) in (2, 3, 4) and not y.name.startswith("Pro-Government")
               and not (y.name in STATE_ALLIES and y.country in (None, x.country)) for x, y in ((a, b), (b, a)))


def attackers_dead(report: Any, unidentified: str) -> bool:
    """A report whose doer the text does not name and whose only side is unnamed armed men
    (``unidentified``: the attackers of an act told before, killed)."""
    unnamed = report.actor1 is None or any(n.startswith("perpetrator not named") for n in report.notes)
    return unnamed and report.actor2 is not None and report.actor2.name.startswith(unidentified)


#: Acts one armed side does to another party (a clash cue, but not a fight of two sides)
ONE_SIDED_LEMMAS = frozenset("ambush attack raid assault storm".split())
ARMED_INTERS = (1, 2, 3, 4, 8)


def one_sided_on_civilians(actor1: Any, actor2: Any, assoc2: list[Any], trigger: Any) -> bool:
    """"Gunmen ambushed a convoy of trucks, killing four drivers": an armed side's ambush, raid or assault
    whose other party is civilians alone is an attack on civilians, not an armed clash (ACLED's battles
    are between organised armed groups); a fight or a clash told as one stays a battle."""
    if trigger is None or trigger.lemma_.lower() not in ONE_SIDED_LEMMAS:
        return False
    if actor1 is None or (actor1.inter or 0) not in ARMED_INTERS:
        return False
    if actor2 is None or (actor2.inter or 0) != 7 or not actor2.name.startswith("Civilians ("):
        return False
    return not any((a.inter or 0) in ARMED_INTERS for a in assoc2)


#: Verbs of wounding: their object is the side an attack hit when it killed no one.
WOUND_LEMMAS = frozenset("wound injure hurt maim".split())


def wounded_victims(sent: Any) -> list[Any]:
    """The objects of the verbs of wounding of ``sent`` ("attacked a checkpoint ..., wounding two
    policemen": policemen; "two soldiers were injured": soldiers), in order."""
    if not words_of(sent) & {"wounding", "wounded", "injuring", "injured", "wounds", "injures", "hurt", "maiming"}:
        return []
    out = []
    for tok in tokens_with(sent, lemmas=WOUND_LEMMAS):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in WOUND_LEMMAS or any(c.dep_ == "neg" for c in tok.children):
            continue
        out.extend(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))
    return out


def plural_fight(report: Any, trigger: Any, subject: Any) -> None:
    """"Clan militias clashed in Galkayo", "rival militias fought over grazing land": groups of one
    unnamed kind, the plural subject of a fight with no other side told, fight each other: the same
    generic actor is both sides (not the people killed in it, never civilians)."""
    a1 = report.actor1
    if report.actor2 is not None or a1 is None or trigger is None or subject is None or report.assoc_actor_1:
        return
    if not a1.name.startswith("Unidentified") or subject.tag_ != "NNS" or not mutual_fight(trigger):
        return
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in SIDE_PREPS) for c in trigger.children):
        return
    report.actor2 = type(a1)(a1.name, a1.inter, a1.text, a1.country)
    report.notes.append("actor 2: the other groups of the plural subject of the fight")


def taken_from(trigger: Any) -> Any:
    """The side a place was taken from: the head of the "from" phrase of the capture verb or of the place
    it took ("retook the town of Mahaday from al-Shabaab", "seized Rubaya from government forces"); None
    when the capture tells none."""
    if trigger is None or "from" not in words_of(trigger.sent) or trigger.pos_ != "VERB":
        return None
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    scope = [trigger] + ([t for t in obj.subtree] if obj is not None else [])
    for t in scope:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                side = next((g for g in c.children if g.dep_ == "pobj"), None)
                if side is not None and side.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME"):
                    return side
    return None


#: Verbs of an act whose doer and object a wounding told beside it leaves out.
ASIDE_ACTS = frozenset("kill attack ambush shoot".split())


def wounded_aside(trigger: Any, agent: Any) -> tuple[Any, Any] | None:
    """"Soldiers killed three rebels in a clash; one soldier was wounded": the parse hangs the act on
    the wounding told after it; the act's subject and object are the sides, not the wounded man."""
    if (trigger is None or agent is not None or trigger.pos_ != "VERB"
            or trigger.lemma_.lower() not in WOUND_LEMMAS):
        return None
    for k in trigger.children:
        if k.dep_ in ("ccomp", "conj", "parataxis") and k.i < trigger.i and k.lemma_.lower() in ASIDE_ACTS:
            subj = next((c for c in k.children if c.dep_ == "nsubj"), None)
            obj = next((c for c in k.children if c.dep_ == "dobj"), None)
            if subj is not None and obj is not None and subj.pos_ in ("NOUN", "PROPN") and obj.pos_ in ("NOUN", "PROPN"):
                return subj, obj
    return None
