"""Places changing hands read off the parse where no cue phrase fits: a place handed, transferred or
returned to another side ("transferred the forward operating base to the army's 14th brigade",
"returned the town to the army"), a side driven out of a place ("forced government troops to withdraw from
the town", "pushed the militants out of the hills"), and fights told as ended, averted or only
threatened ("under a deal ending last week's fighting", "to shield the area from a threatened
offensive"), which do not make a handover a fight.

The hits made here join the sentence's cue hits in :mod:`eventwire.events.typing`; the territorial
sub-event type is read in :mod:`eventwire.events.territory`.
"""

from __future__ import annotations

from typing import Any

from .clause import ActorKind, ArgInfo, arg_kind
from .lexicon import CueHit
from .words import needs_words, tokens_with

# the posts and installations of armed forces: taken, they are territory whoever held them ("captured several
# army positions", "overran the gendarmerie", "seized their abandoned trenches")
INSTALLATION_WORDS = frozenset(
    """base bases airbase airbases post posts outpost outposts position positions checkpoint checkpoints garrison
    garrisons barracks gendarmerie camp camps trench trenches bunker bunkers fort fortress headquarters hq
    station stations installation installations facility facilities stronghold strongholds""".split()
)
HANDED_THINGS = frozenset(
    """remains body bodies corpse corpses hostage hostages prisoner prisoners detainee detainees captive captives
    weapon weapons arms ammunition suspect suspects child children person people man men woman women soldier soldiers
    fighter fighters list lists document documents letter petition power""".split()
)


def handed_things(verb: Any, actor_kind: ActorKind | None) -> bool:
    """What was handed over is people, bodies or weapons ("handed over the remains of four hostages",
    "handed over their weapons"), not a place or its control."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None and verb.pos_ == "NOUN":  # "the handover of the prisoners"
        obj = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"), None)
    if obj is None:
        return False
    if obj.lower_ in HANDED_THINGS or obj.lemma_.lower() in HANDED_THINGS:
        return True
    return arg_kind(obj, actor_kind) in ("civilian", "protester")


# transfer cues that give a place to another side ("handed over", "transferred control", "ceded", "relinquished")
HANDOVER_CUES = ("hand", "transfer", "cede", "relinquish", "surrender")


GIVEN_UP_THINGS = frozenset("control territory ground authority it them".split())


def place_given(verb: Any, hit: CueHit, actor_kind: ActorKind | None) -> bool:
    """A handover cue gives up a place: "handed over" anything but people or weapons; "ceded",
    "relinquished", "surrendered" only a place, its control or an installation ("ceded the town",
    "relinquished control of the district"), not power or a post ("relinquished his post")."""
    if hit.phrase == PARSED_HANDOVER:
        return True  # read off the parse with its place and its receiver
    if not hit.phrase.startswith(HANDOVER_CUES) or handed_things(verb, actor_kind):
        return False
    if hit.phrase.startswith(("hand", "transfer")) and not hit.phrase.endswith(" to"):
        return True  # "handed over the base", "transferred control": given up unless people or weapons
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return False
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her", "my", "your") for c in obj.children):
        return False  # "relinquished his post"
    given = GIVEN_UP_THINGS - {"authority"} if hit.phrase.endswith(" to") else GIVEN_UP_THINGS  # not "authority ... was transferred to the governor"
    return obj.lower_ in given or obj.lemma_.lower() in INSTALLATION_WORDS or arg_kind(obj, actor_kind) == "place"


def place_handed_over(by_cat: dict[str, list[tuple[float, CueHit, Any]]], actor_kind: ActorKind | None) -> bool:
    """The place was handed over ("agreed to hand over control of the city", "handing the facility over
    to the army", "the transfer of authority"), not people or weapons."""
    return any(
        place_given(r, h, actor_kind) for _d, h, r in by_cat.get("TRANSFER", [])
    )


# the phrase of a handover read off the parse (its place and receiver already checked)
PARSED_HANDOVER = "handed over (a place, to a side)"
# verbs that give a place to another side when their object is one and a side follows "to"
HANDOVER_LEMMAS = frozenset("hand transfer cede return give surrender relinquish turn".split())
# particles these verbs need to give something ("turned the base over", "gave up the town")
HANDOVER_PARTICLES = {"turn": ("over",), "give": ("up", "back", "over")}
# what is given that is a place or its hold: the posts of armed forces, settlements, control
GIVEN_PLACE_WORDS = frozenset(
    """base bases airbase post posts outpost outposts position positions checkpoint checkpoints garrison barracks
    camp camps site sites compound compounds facility facilities installation installations headquarters
    station stations airport port town towns city cities village villages district districts area areas
    territory territories region province zone zones crossing crossings control""".split()
)
# receivers told by a common noun: "to government authorities", "to a neutral unit"
RECEIVER_WORDS = frozenset(
    """authorities authority administration government army military police troops forces force unit units division
    brigade battalion contingent mission peacekeepers guards soldiers militia militias fighters rebels""".split()
)


def _given_place(obj: Any, actor_kind: ActorKind | None) -> bool:
    """``obj`` is a place or its control ("the Kilometre 50 forward base", "three villages", "Walikale",
    "control of the airport"), not people, weapons or a post ("his post")."""
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her", "my", "your") for c in obj.children):
        return False
    if obj.lemma_.lower() in GIVEN_PLACE_WORDS or obj.lower_ in GIVEN_PLACE_WORDS:
        return True
    kind = arg_kind(obj, actor_kind)
    if kind == "place":
        return True
    if kind is None and obj.pos_ == "NOUN" and any(  # "its logistics hub in Baidoa": a site in a place
        c.dep_ == "prep" and c.lower_ in ("in", "at", "near") and any(
            g.dep_ == "pobj" and arg_kind(g, actor_kind) in ("place", None) and g.pos_ == "PROPN" for g in c.children)
        for c in obj.children
    ):
        return True
    return kind is None and obj.pos_ == "PROPN" and obj.ent_type_ in ("GPE", "LOC", "FAC")


def _receiver(verb: Any, actor_kind: ActorKind | None) -> Any:
    """The side a place is given to: the object of "to" ("over to the army", "to government authorities"),
    on the verb or, misparsed, on its object."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in [*verb.children, *(x for o in objs for x in o.children)]:
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            for g in c.children:
                if g.dep_ == "pobj" and (arg_kind(g, actor_kind) in ("state", "nonstate", "armed") or (
                    g.lower_ in RECEIVER_WORDS or g.lemma_.lower() in RECEIVER_WORDS
                )):
                    return g
    return None


@needs_words(HANDOVER_LEMMAS, ("transfer", "handover", "return"))
def handover_hits(sent: Any, hits: list[CueHit], actor_kind: ActorKind | None = None) -> list[CueHit]:
    """TRANSFER hits for a place given to another side, read off the parse where no transfer cue
    matched the verb ("handed its logistics hub in Baidoa over to federal authorities",
    "the rebels returned the town to the army", "the militia handed three villages to government
    border guards"). Not people, bodies or weapons handed over, nor a place given to civilians."""
    have = {h.start for h in hits if h.category == "TRANSFER"}
    out: list[CueHit] = []
    for t in tokens_with(sent, lemmas=HANDOVER_LEMMAS | {"handover"}):  # each reading below needs one
        lemma = t.lemma_.lower()
        if t.pos_ == "NOUN" and lemma in ("transfer", "handover", "return") and t.i not in have:
            obj = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj"), None)  # "the transfer of the camp to the Malian army"
            if obj is not None and _given_place(obj, actor_kind) and _receiver(t, actor_kind) is not None:
                out.append(CueHit("TRANSFER", PARSED_HANDOVER, t.i, t.i + 1, 1.0))
            continue
        if t.pos_ != "VERB" or lemma not in HANDOVER_LEMMAS or t.i in have:
            continue
        parts = {c.lower_ for c in t.children if c.dep_ in ("prt", "advmod")}
        if lemma in HANDOVER_PARTICLES and not parts.intersection(HANDOVER_PARTICLES[lemma]):
            continue  # "turned to the army", "gave an interview to"
        objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        obj = next((c for c in objs if _given_place(c, actor_kind)), objs[0] if objs else None)
        if obj is None:
            continue
        if not _given_place(obj, actor_kind) or obj.lower_ == "control":  # "control of the airport", "its site"
            obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj"), obj)
        if not _given_place(obj, actor_kind) or _receiver(t, actor_kind) is None:
            continue
        out.append(CueHit("TRANSFER", PARSED_HANDOVER, t.i, t.i + 1, 1.0))
    return out


@needs_words(HANDOVER_LEMMAS, ("transfer", "handover", "return", "flag", "flags"), lambda: PLACE_VERBS)
def place_hits(sent: Any, hits: list[CueHit], actor_kind: ActorKind | None = None) -> list[CueHit]:
    """The hits of places changing hands read off the parse: handovers (:func:`handover_hits`), a side
    driven out of a place (a REGAIN hit on "forced", "pushed": see :func:`expelled_from`) and forces
    moving into a place another side left (a CAPTURE hit on "moved": see :func:`moved_into_left`)."""
    out = handover_hits(sent, hits, actor_kind) + flag_captures(sent, hits, actor_kind)
    have = {(h.category, h.start) for h in hits}
    for t in tokens_with(sent, lemmas=PLACE_VERBS):
        if t.pos_ != "VERB":
            continue
        if ("REGAIN", t.i) not in have and expelled_from(t, actor_kind) is not None:
            out.append(CueHit("REGAIN", "forced out", t.i, t.i + 1, 1.0))
        elif ("REGAIN", t.i) not in have and _recovered_place(t, actor_kind):
            out.append(CueHit("REGAIN", "recovered (a place)", t.i, t.i + 1, 1.0))
        elif ("CAPTURE", t.i) not in have and moved_into_left(t, actor_kind):
            out.append(CueHit("CAPTURE", "moved into", t.i, t.i + 1, 1.0))
        elif ("TRANSFER", t.i) not in have and (
            _relieved_at(t, actor_kind) or _left_in_control(t, actor_kind) or _took_their_place(t, actor_kind)
        ):
            out.append(CueHit("TRANSFER", PARSED_HANDOVER, t.i, t.i + 1, 1.0))
        elif ("TRANSFER", t.i) not in have and t.lemma_.lower() in PLACE_LEAVING and _place_of(t, actor_kind, ()) is not None:
            out.append(CueHit("TRANSFER", "left (a place)", t.i, t.i + 1, 1.0))  # "left the Kolbio base": read
            # as a transfer only with a taker named (eventwire.events.typing)
    return out


PLACE_LEAVING = frozenset("leave abandon vacate evacuate".split())
# places one recovers ("several villages were recovered by the troops"), not goods or bodies
RECOVERED_PLACES = frozenset(
    """town towns city cities village villages district districts area areas territory territories locality
    localities hill hills base bases position positions""".split()
)


def _recovered_place(verb: Any, actor_kind: ActorKind | None) -> bool:
    """Places recovered by armed forces ("several villages were recovered by the troops", "the army
    recovered three localities"): a regain the phrase list leaves alone, "recovered" being said of
    weapons and bodies too."""
    if verb.lemma_.lower() not in ("recover", "reclaim"):
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.lemma_.lower() == "control":  # "recovered control of a rural area"
        obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in RECOVERED_PLACES:
        return False
    doer = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    doer = doer or next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is not None and doer.pos_ == "PRON" and verb.dep_ in ("ccomp", "xcomp"):
        doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), doer)  # "the army said it had recovered ..."
    return doer is not None and arg_kind(doer, actor_kind) in ARMED_KINDS


def _took_their_place(verb: Any, actor_kind: ActorKind | None) -> bool:
    """Forces deployed in the place of a side that left ("the rebels pulled out of the villages and
    government troops deployed in their place"): the villages changed hands."""
    if verb.lemma_.lower() not in MOVE_INTO_LEMMAS | {"take"} or verb.dep_ not in ("conj", "advcl"):
        return False
    mover = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if mover is None or arg_kind(mover, actor_kind) not in ARMED_KINDS:
        return False
    instead = any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lower_ == "place" and any(x.dep_ == "poss" for x in g.children) for g in c.children
    ) for c in verb.children)
    return instead and verb.head.lemma_.lower() in LEFT_LEMMAS


def _left_in_control(verb: Any, actor_kind: ActorKind | None) -> bool:
    """A side left in control of a place by those leaving ("pulled out of the city, leaving the army in
    control", "withdrew, leaving the militia in charge of the town")."""
    if verb.lemma_.lower() != "leave" or verb.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    side = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if side is None or arg_kind(side, actor_kind) not in ARMED_KINDS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lower_ in ("control", "charge", "command") for g in c.children
    ) for c in (*verb.children, *side.children))


def _relieved_at(verb: Any, actor_kind: ActorKind | None) -> bool:
    """Forces replaced another side at a post ("Malian troops replaced French soldiers at the Menaka
    base", "relieved the peacekeepers at the camp"): the post changed hands."""
    if verb.lemma_.lower() not in ("replace", "relieve"):
        return False
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    side = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if doer is None or side is None or arg_kind(doer, actor_kind) not in ARMED_KINDS or arg_kind(
        side, actor_kind
    ) not in ARMED_KINDS:
        return False
    place = _place_of(verb, actor_kind, ("at", "in")) or _place_of(side, actor_kind, ("at", "in"))
    return place is not None and place.lemma_.lower() in BASE_WORDS  # a base, not the checkpoints they man


BASE_WORDS = frozenset("base camp outpost garrison barracks airbase fort airport".split())


# verbs that drive a side out ("forced the troops to withdraw", "pushed the militants out of the hills")
EXPEL_VERBS = frozenset("force drive push chase flush kick compel oblige".split())
# what the expelled side is made to do ("to withdraw from the town", "to abandon their positions")
LEAVING_LEMMAS = frozenset("withdraw retreat leave abandon flee vacate evacuate quit evacuate".split())


def _place_of(verb: Any, actor_kind: ActorKind | None, preps: tuple[str, ...]) -> Any:
    """The place after one of ``preps`` on ``verb`` (or its particle "out"), or its object when it is one."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out")]
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for g in c.children:
                    if g.dep_ == "pobj" and g.lower_ != "control" and (_given_place(g, actor_kind) or (
                        h.lower_ == "out" and g.pos_ == "PROPN" and arg_kind(g, actor_kind) in (None, "civilian")
                    )):  # "pushed the militants out of Kombo Hill": one is driven out of places
                        return g
    if verb.lemma_.lower() in ("leave", "abandon", "vacate", "evacuate", "quit"):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and _given_place(obj, actor_kind) and obj.lower_ != "control":
            return obj
    return None


def expelled_from(verb: Any, actor_kind: ActorKind | None = None) -> Any:
    """The place an armed side was driven out of by ``verb`` ("rebels forced government troops to
    withdraw from the town", "troops pushed the fighters out of the pass"); None when no side was
    driven out of a place (not "forced residents to flee", "pushed for talks")."""
    if verb.lemma_.lower() not in EXPEL_VERBS or verb.pos_ != "VERB":
        return None
    side = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if side is None or arg_kind(side, actor_kind) not in ("state", "nonstate", "armed"):
        return None
    place = _place_of(verb, actor_kind, ("out", "from", "of"))
    if place is not None:
        return place
    for c in verb.children:  # "forced the troops to withdraw from the town"
        if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in LEAVING_LEMMAS:
            place = _place_of(c, actor_kind, ("from", "out", "of"))
            if place is not None:
                return place
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return _expelled_elsewhere(verb, side, actor_kind)
    return None


def _expelled_elsewhere(verb: Any, side: Any, actor_kind: ActorKind | None) -> Any:
    """The place of "drove out" told off the verb: the "from" phrase the parser hangs on the side
    ("flushed out the rebels from Kalehe"), or the place the doers moved into first ("returned to the
    town and chased out the fighters who had occupied it")."""
    for c in side.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of"):
            g = next((g for g in c.children if g.dep_ == "pobj"), None)
            if g is not None and (_given_place(g, actor_kind) or (
                g.pos_ == "PROPN" and arg_kind(g, actor_kind) in (None, "civilian", "place"))):
                return g
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in MOVE_INTO_LEMMAS | {"enter"}:
        return _place_of(verb.head, actor_kind, ("to", "into", "in")) or next(
            (c for c in verb.head.children if c.dep_ == "dobj" and _given_place(c, actor_kind)), None)
    return None


# forces moving into a place ("moved into the camp", "rolled into the town")
MOVE_INTO_LEMMAS = frozenset("move roll march deploy redeploy return sweep".split())
# a side leaving a place ("after the peacekeepers departed", "after it was abandoned by soldiers")
LEFT_LEMMAS = frozenset("withdraw retreat leave abandon vacate evacuate depart desert pull quit".split())
ARMED_KINDS = ("state", "nonstate", "armed")
DESERTED = frozenset("abandoned deserted empty vacated evacuated emptied unguarded undefended".split())


def _leaver(verb: Any) -> Any:
    """Who left: the subject of the leaving, or the agent of a passive ("abandoned by Malian soldiers")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return subj
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def moved_into_left(verb: Any, actor_kind: ActorKind | None = None) -> bool:
    """Armed forces moved into a place after another side left it ("Malian soldiers moved into the
    former UN camp after the peacekeepers departed", "fighters moved into the post a day after it was
    abandoned by the army"): the place changed hands."""
    lemma = verb.lemma_.lower()
    if lemma not in MOVE_INTO_LEMMAS and not (lemma == "take" and any(  # "took up positions in the town"
        c.dep_ == "dobj" and c.lower_ in ("positions", "position") for c in verb.children
    )):
        return False
    mover = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if mover is None or arg_kind(mover, actor_kind) not in ARMED_KINDS:
        return False
    preps = ("into",) if lemma in ("move", "roll", "march", "sweep") else ("into", "in", "to")
    place = _place_of(verb, actor_kind, preps)
    if place is None and lemma == "take":
        place = next((g for c in verb.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"
                      and p.lower_ in ("in", "inside") for g in p.children if g.dep_ == "pobj"), None)
    if place is None:
        return False
    if any(c.dep_ == "amod" and c.lower_ in DESERTED for c in place.children):
        return True  # "moved into the vacated police station"
    for c in verb.children:
        if c.dep_ != "advcl" or c.lemma_.lower() not in LEFT_LEMMAS:
            continue
        if not any(m.dep_ == "mark" and m.lower_ in ("after", "as", "once", "when") for m in c.children):
            continue
        who = _leaver(c)
        if who is None or who.lower_ == mover.lower_:
            continue
        if who.pos_ == "PRON" and who.lower_ in ("it", "they") and c.lemma_.lower() in ("leave", "withdraw", "retreat", "pull"):
            continue  # "after they pulled out": the movers themselves, perhaps
        return True
    return _after_their_leaving(verb, mover, actor_kind)


LEAVING_NOUNS = frozenset("withdrawal departure pullout pull-out retreat evacuation exit".split())


def _after_their_leaving(verb: Any, mover: Any, actor_kind: ActorKind | None) -> bool:
    """"Moved into the village after the withdrawal of government troops": another armed side's leaving,
    told by a noun."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in ("after", "following"):
            continue
        for g in c.children:
            if g.dep_ != "pobj" or g.lemma_.lower() not in LEAVING_NOUNS:
                continue
            who = next((x for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                        if x.dep_ == "pobj"), None) or next((x for x in g.children if x.dep_ == "poss"), None)
            if who is not None and who.lower_ != mover.lower_ and arg_kind(who, actor_kind) in ARMED_KINDS and not any(
                    x.dep_ == "poss" and x.lower_ in ("their", "its", "his") for x in who.children):  # not "their own units"
                return True
    return False


# forces that hand places over when they leave: peacekeeping missions, forces told as departing
PEACEKEEPING_WORDS = frozenset(
    """peacekeepers peacekeeping peacekeeper mission minusma monusco minusca unmiss unifil undof amisom atmis
    unamid eufor kfor""".split()
)
LEAVING_MODIFIERS = frozenset("departing withdrawing outgoing leaving retreating".split())


def taken_from_leaving(trig: Any) -> bool:
    """The place was taken over from a peacekeeping mission or from forces told as leaving ("assumed
    control of the camp from MINUSMA", "took over the base from departing Kenyan troops"): a handover."""
    preps = [c for x in (trig, *(c for c in trig.children if c.dep_ == "dobj")) for c in x.children
             if c.dep_ == "prep" and c.lower_ == "from"]
    for p in preps:
        for g in p.children:
            if g.dep_ != "pobj":
                continue
            words = {g.lower_} | {c.lower_ for c in g.children if c.dep_ in ("compound", "amod", "nmod")}
            if words & PEACEKEEPING_WORDS or words & LEAVING_MODIFIERS:
                return True
    return False


def told_before(verb: Any) -> bool:
    """The act is told as what came before another ("after the rebels had occupied the town", "since
    the militants seized it"): a clause of time in the pluperfect, or introduced by "since"."""
    if verb.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return "since" in marks or ("after" in marks and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children))


def taken_by_state(trig: Any, agent: ArgInfo, actor_kind: ActorKind | None = None) -> bool:
    """Whether the state took the place a transfer cue ``trig`` tells of, with fighting: the side that
    withdrew lost it ("the rebels withdrew after heavy fighting": the state took it), the side it was
    handed to got it, else the doer of the cue took it."""
    lemma = trig.lemma_.lower()
    if lemma in LEFT_LEMMAS and agent.kind in ("state", "nonstate"):
        return agent.kind == "nonstate"
    if lemma in HANDOVER_LEMMAS | {"cede", "relinquish"}:
        got = _receiver(trig, actor_kind)
        kind = arg_kind(got, actor_kind) if got is not None else None
        if kind in ("state", "nonstate"):
            return kind == "state"
    return agent.kind == "state"


# fights told as not happening: ended, averted, only threatened
STOPPING_LEMMAS = frozenset(
    "end halt stop prevent avert avoid shield spare forestall preclude protect pause suspend freeze".split()
)
UNREAL_MODIFIERS = frozenset("threatened possible potential planned looming expected feared imminent future".split())
FIGHT_WORDS = frozenset("fighting fight clash clashes battle battles offensive assault hostilities war".split())


def _fight_denied(tok: Any) -> bool:
    """The fight ``tok`` is told as ended, averted or only threatened ("a deal ending last week's
    fighting", "to shield the area from a threatened offensive")."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in UNREAL_MODIFIERS for c in tok.children):
        return True
    t = tok
    for _ in range(3):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t.lemma_.lower() in STOPPING_LEMMAS
    return False


def fights_only_denied(sent: Any) -> bool:
    """Every fight the sentence names is told as ended, averted or threatened (and it names one)."""
    fights = [t for t in sent if t.lower_ in FIGHT_WORDS and t.pos_ in ("NOUN", "VERB")]
    return bool(fights) and all(_fight_denied(t) for t in fights)


#: Every verb :func:`place_hits` reads (the readers it calls each start by asking for one of these).
PLACE_VERBS = EXPEL_VERBS | MOVE_INTO_LEMMAS | PLACE_LEAVING | frozenset("recover reclaim replace relieve take leave".split())


FLAG_VERBS = frozenset("hoist raise plant".split())
STORMING_VERBS = frozenset("storm enter overrun raid reach attack".split())


@needs_words(("flag", "flags"))
def flag_captures(sent: Any, hits: list[CueHit], actor_kind: ActorKind | None = None) -> list[CueHit]:
    """Forces that stormed or entered a place and raised their flag there ("troops stormed the rebel
    stronghold of Kabo and hoisted the national flag"): a CAPTURE hit on the storming verb."""
    have = {h.start for h in hits if h.category in ("CAPTURE", "REGAIN")}
    out: list[CueHit] = []
    for t in tokens_with(sent, lemmas=FLAG_VERBS):
        if t.pos_ != "VERB" or t.lemma_.lower() not in FLAG_VERBS or t.dep_ != "conj" or not any(
                c.dep_ == "dobj" and c.lemma_.lower() == "flag" for c in t.children):
            continue
        v = t.head
        if v.i in have or v.pos_ != "VERB" or v.lemma_.lower() not in STORMING_VERBS:
            continue
        place = next((c for c in v.children if c.dep_ == "dobj"), None)
        named = [place, *(g for p in place.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                          if g.dep_ == "pobj")] if place is not None else []
        doer = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if any(arg_kind(x, actor_kind) == "place" for x in named) and doer is not None and arg_kind(doer, actor_kind) in ARMED_KINDS:
            out.append(CueHit("CAPTURE", "flag raised", v.i, v.i + 1, 1.0))
    return out


RETREAT_LEMMAS = frozenset("retreat flee withdraw abandon escape evacuate".split())


def leaving_side(trig: Any, actor_kind: ActorKind | None = None) -> str | None:
    """The kind ("state" / "nonstate") of the side told as leaving the place in a clause under the
    capture ("took control of the town after the M23 rebels retreated under heavy fire"): the taker is
    the other side. None when no such clause names a side."""
    for t in trig.subtree:
        if t.i == trig.i or t.pos_ != "VERB" or t.lemma_.lower() not in RETREAT_LEMMAS:
            continue
        if t.dep_ not in ("advcl", "pcomp", "conj"):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        kind = arg_kind(subj, actor_kind) if subj is not None else None
        if kind in ("state", "nonstate"):
            return kind
    return None
