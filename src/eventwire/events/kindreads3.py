"""Words read in another sense, third pass (read by :func:`eventwire.events.kindreads.wrong_kind`).

Each reading is gated by a set test on the trigger's lemma or form, so most decisions pay one look-up.
:func:`misread3` is True when the decision names no act of its type:

- military equipment told as present, moving or deployed, with no strike in the sentence ("two drones circled
  above the town", "aircraft relocated to the airport", "fighter jets degrade quickly in combat", "forces
  enhanced the air defences around the capital"): no air strike;
- an encounter that is a meeting: the other side no armed one and no harm or arms in the sentence ("the patrol
  encountered villagers in the town", "soldiers recalled their encounters with villagers"): no attack, no clash;
- a firm engaged, hired for a task or passive, with no armed party and no arms or harm in the sentence ("the
  firm was engaged by the ministry to sell the vessel", "have been engaged in a bitter exchange of words"): no
  clash;
- a thing taken away that is no person ("taking away territory from the group was central to the war"): no
  abduction;
- an act told as a work's plot ("the film tells of the abduction of a journalist", "the play involves a
  politician rescued from kidnapping"): fiction, no act;
- an institution named after an act ("at the Office of the Kidnapped", "Fight for the Future said"): a name;
- an arm of a body destroyed ("its external operations arms have been destroyed"): no weapons, no property;
- a vigil held in a place of worship with no word of protest ("people light candles during a vigil at a
  church"): a service, no demonstration.

Near misses that keep their type: "jets struck the town", "drones circled the town before bombing the market",
"air force jets neutralised dozens of fighters", "the rebels used explosives-laden drones against the base",
"troops encountered militants near the town", "two rebels were killed in an encounter with police", "the army
engaged the rebels", "troops were engaged by the rebels", "gunmen took away two girls from the village", "rebels
abducted the director of the office", "farmers took part in the Great March of Return", "families kept a
candlelight vigil outside the church demanding justice", "troops destroyed arms and ammunition".
"""

from __future__ import annotations

from typing import Any

from .clause import AIRCRAFT_WORDS, ActorKind, arg_kind
from .kindreads2 import _kid, _lemma
from .kindreads_words import FILM_WORDS, UNREST_WORDS
from .lexicon import ARMED_WORDS, PLACE_NOUNS
from .words import doc_words, lower_forms, span_lowers

#: aircraft and air defences whose mere presence the rules may read as a strike
AIR_EQUIPMENT = AIRCRAFT_WORDS | frozenset(
    """drone drones gunship gunships quadcopter quadcopters uavs defence defences defense defenses""".split())
#: words of a strike or of harm: with one of them in the sentence, the aircraft may strike
STRIKE_WORDS = frozenset(
    """strike strikes struck striking airstrike airstrikes bomb bombs bombed bombing bombings bombard bombarded
    bombardment hit hits hitting fire fired firing opened shell shelled shelling pound pounded pounding raid raids
    raided targeted targeting attack attacks attacked attacking kill killed killing dead died death deaths
    wounded wounding injured injuring casualties destroyed destroying damaged missile missiles rocket rockets
    munition munitions drop dropped dropping strafe strafed sortie sorties launched shot gunfire ravaged
    ravaging battered battering pummelled pummeled devastated blasted razed flattened levelled leveled
    neutralised neutralized eliminated against explosive explosives explosives-laden armed kamikaze weaponised
    weaponized""".split())  # ("used explosives-laden drones against the base")
#: what aircraft do to a thing that is no strike ("drones circled the town", "aircraft use the bases")
IDLE_VERBS = frozenset(
    """circle use operate patrol buzz escort overfly carry leave reach enter approach violate cross fly land
    monitor watch track film photograph""".split())
#: who may be met in an encounter that is no fight (the other side told by a kind of its own is read by arg_kind)
HARMLESS_KINDS = frozenset(("civilian", None))
#: words of arms or harm that keep an encounter a fight
FIGHT_WORDS = STRIKE_WORDS | frozenset(
    """gunfight gunbattle shootout gun guns gunfire bullet bullets weapons arms resistance ambush clash
    clashes fight fighting battle""".split())
#: what one takes away that is no person
TAKEN_THINGS = PLACE_NOUNS | frozenset(
    """land lands power powers right rights freedom freedoms job jobs livelihood livelihoods money property
    control homes home hope dignity voice vote votes seat seats licence license""".split())
#: works whose plot tells acts that happened to no one ("the film tells of an abduction")
WORKS = FILM_WORDS | frozenset(
    """play plays novel novels book books drama dramas opera operas story stories plot plots thriller thrillers
    musical musicals comedy tragedy screenplay script show shows production productions memoir novella
    sitcom game adaptation adaptations satire farce""".split())
#: verbs by which a work tells its plot
PLOT_VERBS = frozenset(
    "tell involve depict portray feature follow revolve center centre explore dramatize dramatise recount".split())
#: heads of institutions' names ("the Office of the Kidnapped", "the Committee Against Torture")
BODY_HEADS = frozenset(
    """office committee commission association council centre center foundation fund institute society union
    movement network coalition campaign museum memorial ministry department bureau agency unit project day
    league alliance mothers families federation""".split())
#: places of worship where a vigil is a service
WORSHIP = frozenset(
    """church churches cathedral chapel mosque mosques temple temples synagogue synagogues shrine parish
    basilica""".split())
#: what makes an "arm" a branch of a body, not a weapon ("its external operations arms", "the group's media arm")
BRANCH_MODS = frozenset(
    """operations operational operation media political military armed external youth women charitable charity
    finance financial propaganda intelligence research investment business lending retail commercial publishing
    enforcement student students""".split())
#: the trigger forms this module may read (the gate)
GATE = AIR_EQUIPMENT | frozenset("""encounter encountered encounters encountering engage engaged engaging take
    taking taken took vigil""".split())
#: the act nouns a plot or a name may hold (read after the gate: a title-cased or plot-told trigger)
NAME_OR_PLOT_SUBS = frozenset(("Abduction/forced disappearance", "Attack", "Armed clash", "Sexual violence",
                               "Peaceful protest", "Arrests"))


def idle_aircraft(trig: Any, sent: Any) -> bool:
    """Aircraft or air defences with no strike or harm told in the sentence (see the module's note)."""
    if trig.lower_ not in AIR_EQUIPMENT or (trig.dep_ == "pobj" and trig.head.lower_ == "by"):
        return False  # ("the towns were hit by jets": the aircraft's own act)
    if trig.dep_ == "nsubj" and _kid(trig.head, "dobj") is not None and _lemma(trig.head) not in IDLE_VERBS:
        return False  # "fighter jets neutralised scores of fighters": the aircraft acts on someone
    return STRIKE_WORDS.isdisjoint(span_lowers(sent))  # (forms, not lemmas: "searching for targets" is no strike)


def _other_side(trig: Any) -> Any:
    if trig.pos_ == "VERB":
        return _kid(trig, "dobj")
    for h in (trig, trig.head) if trig.dep_ == "dobj" else (trig,):  # "their encounters with villagers" (the
        for p in h.children:  # phrase may hang on the verb whose object the encounters are)
            if p.dep_ == "prep" and p.lower_ == "with":
                return _kid(p, "pobj")
    return None


def meeting(trig: Any, sent: Any, actor_kind: ActorKind | None) -> bool:
    """An encounter whose other side is no armed one, in a sentence with no arms or harm (see the module's note)."""
    if _lemma(trig) != "encounter" or not lower_forms(sent).isdisjoint(FIGHT_WORDS):
        return False
    other = _other_side(trig)
    if other is None:
        return False
    if other.lower_ in ARMED_WORDS or _lemma(other) in ARMED_WORDS:
        return False  # "troops encountered militants"
    return arg_kind(other, actor_kind) in HARMLESS_KINDS


def _armed_party(tok: Any, actor_kind: ActorKind | None) -> bool:
    return tok.lower_ in ARMED_WORDS or _lemma(tok) in ARMED_WORDS or arg_kind(tok, actor_kind) in (
        "armed", "state", "nonstate")


def hired(trig: Any, sent: Any, actor_kind: ActorKind | None) -> bool:
    """"Engaged" as hired for a task, with no armed party and no arms or harm in the sentence: passive ("was
    engaged by the ministry"), or with a task ("engaged a firm to sell the vessel")."""
    if _lemma(trig) != "engage" or trig.pos_ != "VERB" or not lower_forms(sent).isdisjoint(FIGHT_WORDS):
        return False
    parties = [c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    parties += [g for c in trig.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if any(_armed_party(t, actor_kind) for t in parties):
        return False  # "troops were engaged by the rebels" (a name with "Security" in it is no party)
    if any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in trig.children):
        return True  # ("when engaged by the department": a passive with its agent alone)
    task = _kid(trig, "xcomp", "advcl")
    return task is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in task.children)


def thing_taken(trig: Any) -> bool:
    """A thing taken away that is no person ("taking away territory from the group")."""
    if _lemma(trig) != "take":
        return False
    what = _kid(trig, "dobj", "nsubjpass")
    return what is not None and (_lemma(what) in TAKEN_THINGS or what.lower_ in TAKEN_THINGS)


def _work(tok: Any) -> bool:
    """A work, or a name the article gives a work ("the play Beru", "Beru, a play by ...")."""
    if _lemma(tok) in WORKS or tok.lower_ in WORKS:
        return True
    if tok.pos_ != "PROPN":
        return False
    for t in tok.doc:
        if t.lower_ != tok.lower_:
            continue
        if t.dep_ in ("compound", "appos") and t.head.lower_ in WORKS:
            return True  # "the play Beru"
        if any(c.dep_ in ("appos", "compound") and c.lower_ in WORKS for c in t.children):
            return True  # "Beru, a play by ..."
        if _lemma(t.head) in ("entitle", "title", "call", "name") and (
                t.head.head.lower_ in WORKS or _lemma(t.head.head) in WORKS):
            return True  # "his third feature film, entitled Profeti"
        if t.dep_ == "nsubj" and _lemma(t.head) == "be" and any(
                c.dep_ == "attr" and c.lower_ in WORKS for c in t.head.children):
            return True  # "Beru is a play"
    return False


def _works_told(doc: Any) -> bool:
    """The article names a work (cached on the doc): only then may an act be a plot."""
    key = "kindreads3.works"
    if key not in doc.user_data:
        doc.user_data[key] = not WORKS.isdisjoint(doc_words(doc)[1])
    return doc.user_data[key]


def plot_told(trig: Any) -> bool:
    """An act noun told as a work's plot ("the film tells of the abduction", "the play involves a politician
    rescued from kidnapping")."""
    if not _works_told(trig.doc):
        return False
    h = trig.head
    for _ in range(5):
        if h.pos_ in ("VERB", "AUX") and h.dep_ not in ("acl", "relcl", "amod"):
            break
        if h.head.i == h.i:
            return False
        h = h.head
    if _lemma(h) not in PLOT_VERBS:
        return False
    subj = _kid(h, "nsubj")
    return subj is not None and _work(subj)


def _headline(sent: Any) -> bool:
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.text[:1].isupper() for t in words) * 2 > len(words)


def named_body(trig: Any) -> bool:
    """The trigger is part of an institution's name ("the Office of the Kidnapped", "Fight for the Future")."""
    if not trig.text[:1].isupper() or trig.i == trig.sent.start or _headline(trig.sent):
        return False
    if trig.ent_type_ in ("ORG", "WORK_OF_ART", "FAC", "LAW"):
        return True
    if any(p.dep_ == "prep" and p.lower_ in ("for", "against", "of") and any(
            g.dep_ == "pobj" and g.text[:1].isupper() and g.ent_type_ not in ("GPE", "LOC") for g in p.children)
           for p in trig.children):
        return True  # "Fight for the Future" (not "the Battle of Mosul": a battle named by its place)
    h = trig.head
    if trig.dep_ == "pobj" and h.lower_ in ("of", "for", "against"):
        body = h.head
        return body.text[:1].isupper() and _lemma(body) in BODY_HEADS
    return False


def branch_arm(trig: Any) -> bool:
    """What is destroyed or seized is an arm of a body ("its external operations arms have been destroyed"): no
    weapons, no property."""
    what = _kid(trig, "dobj", "nsubjpass")
    return what is not None and what.lower_ in ("arm", "arms") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in BRANCH_MODS for c in what.children)


def worship_vigil(trig: Any, sent: Any) -> bool:
    """A vigil in a place of worship, in a sentence with no word of protest ("a vigil at a church")."""
    if _lemma(trig) != "vigil" or not lower_forms(sent).isdisjoint(UNREST_WORDS):
        return False
    heads = (trig, trig.head) if trig.dep_ in ("nsubjpass", "nsubj", "dobj") else (trig,)  # "a vigil was held at"
    return any(p.dep_ == "prep" and p.lower_ in ("at", "in", "inside") and any(
        _lemma(g) in WORSHIP for g in p.subtree) for h in heads for p in h.children)  # ("at St Michael's church")


def misread3(dec: Any, sent: Any, actor_kind: ActorKind | None) -> bool:
    """The decision's trigger names no act of its type (see the module's note)."""
    trig = dec.trigger
    sub = dec.sub_event_type
    if trig is None or sub is None:
        return False
    if sub in NAME_OR_PLOT_SUBS and (trig.pos_ in ("NOUN", "PROPN") or (trig.tag_ == "VBG" and trig.dep_ == "pobj")) and (
            (dec.family != "PROTEST" and named_body(trig)) or plot_told(trig)):  # (an act noun or a gerund:
        return True  # "rescued from kidnapping"; a named march is a march: "took part in the Great March of Return")
    if sub in ("Disrupted weapons use", "Looting/property destruction") and branch_arm(trig):
        return True
    low = trig.lower_
    if low not in GATE and _lemma(trig) not in GATE:
        return False
    if sub == "Air/drone strike":
        return idle_aircraft(trig, sent)
    if sub in ("Attack", "Armed clash") and meeting(trig, sent, actor_kind):
        return True
    if sub == "Armed clash":
        return hired(trig, sent, actor_kind)
    if sub == "Abduction/forced disappearance":
        return thing_taken(trig)
    if dec.family == "PROTEST":
        return worship_vigil(trig, sent)
    return False
