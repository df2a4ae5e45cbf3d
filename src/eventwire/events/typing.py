"""Typing a sentence into ACLED's 25 sub-event types (or "no event") by reading its clause.

The cues of :mod:`eventwire.events.lexicon` say *what* a sentence may be about; the dependency parse
says *which* of them is the predicate (the cue nearest the root of the sentence wins), who acts on whom
(agent and patient: "captured the town" is territory, "captured five fighters" an arrest or an
abduction; militants killing soldiers is a clash, killing villagers an attack on civilians) and which
means were used (air strike, shelling, IED ...; ACLED's hierarchy decides when tactics co-occur).
Non-ACLED happenings (natural and man-made disasters, organised crime, diplomacy, attribution of
responsibility) are recognised so that they come out as "no event" instead of being forced into a type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .lexicon import (
    ARMED_WORDS,
    CIVILIAN_WORDS,
    NONSTATE_WORDS,
    PLACE_NOUNS,
    STATE_WORDS,
    CueHit,
)

REMOTE_ORDER = ("CHEM", "SUICIDE", "AIR", "SHELL", "GRENADE", "IED", "BLAST")
REMOTE_SUB = {
    "CHEM": "Chemical weapon",
    "SUICIDE": "Suicide bomb",
    "AIR": "Air/drone strike",
    "SHELL": "Shelling/artillery/missile attack",
    "GRENADE": "Grenade",
    "IED": "Remote explosive/landmine/IED",
    "BLAST": "Remote explosive/landmine/IED",
}
NONE_CATS = ("ATTRIB", "DIPLO", "CRIME", "MANMADE", "NATURAL")
WEAPON_WORDS = frozenset(
    """weapon weapons arms ammunition ammunitions ammo explosive explosives ied ieds bomb bombs mine mines
    grenade grenades rifle rifles gun guns firearm firearms rocket rockets mortar mortars pistol pistols cache
    caches munition munitions detonator detonators device devices rounds vest vests belt missile missiles
    launcher launchers drone drones""".split()
)
# nouns a means-of-attack modifier may qualify ("mortar rounds", "drone strike", "suicide vest")
WEAPON_HEADS = frozenset(
    """strike attack raid bombardment fire shelling barrage round shell bomb rocket missile explosion blast vest
    belt device bomber bombing operation campaign assault hit shot launcher truck car""".split()
)
AIRCRAFT_WORDS = frozenset("aircraft plane planes jet jets helicopter helicopters warplane warplanes uav".split())
# family priority on ties (lower is stronger)
PRIORITY = {
    name: i
    for i, name in enumerate(
        """DISRUPT ATTRIB SEXV HQ TERRITORY TRANSFER PROTEST MOB AGREE VIOLENCE ABDUCT ARREST LOOT CHANGE
        OTHER DIPLO CRIME MANMADE NATURAL""".split()
    )
}
# depth bonus per family: means and specific acts sit deeper in the parse than the predicate
BONUS = {
    "DISRUPT": 1.5, "SEXV": 1.5, "HQ": 1.0, "PROTEST": 2.0, "ATTRIB": 1.0, "NATURAL": 0.5,
    "TERRITORY": 1.5, "MOB": 1.5, "TRANSFER": 0.5, "ABDUCT": 0.5, "MANMADE": 0.5, "CHANGE": -1.0,
}
PROTESTER_WORDS = frozenset(
    "protester protesters demonstrators demonstrator protestor protestors marchers crowd crowds".split()
)
RIOT_WORDS = frozenset("riot riots rioters rioting rioted".split())


@dataclass(slots=True)
class ArgInfo:
    """What the parse and the actor mentions say about one argument (agent or patient)."""

    token: Any = None
    kind: str | None = None  # "state", "nonstate", "armed", "civilian", "place", "protester", None


@dataclass(slots=True)
class TypeDecision:
    sub_event_type: str | None  # None: not an ACLED event (see ``none_class``)
    trigger: Any  # the spaCy token of the predicate cue
    family: str
    none_class: str | None = None  # "ATTRIB", "DIPLO", "CRIME", "MANMADE", "NATURAL"
    means: str | None = None  # the remote-violence cue category, if any
    agent: ArgInfo = field(default_factory=ArgInfo)
    patient: ArgInfo = field(default_factory=ArgInfo)
    cues: list[str] = field(default_factory=list)
    confidence: float = 0.5


ActorKind = Callable[[Any], str | None]  # token -> kind from actor mentions (or None)


def _depth(tok: Any) -> int:
    d = 0
    while tok.head.i != tok.i and d < 40:
        tok = tok.head
        d += 1
    return d


def _hit_root(doc: Any, hit: CueHit) -> Any:
    """The token of a hit whose head lies outside the hit (the hit's syntactic head)."""
    span = doc[hit.start : hit.end]
    for t in span:
        if not (hit.start <= t.head.i < hit.end) or t.head.i == t.i:
            return t
    return span[0]


ARMED_PLACES = frozenset(
    """position positions base bases checkpoint checkpoints post posts barracks bunker bunkers garrison
    outpost outposts airbase headquarters hq camp camps""".split()
)


def _word_kind(tok: Any) -> str | None:
    low = tok.lower_
    lem = tok.lemma_.lower()
    if low in ARMED_PLACES or lem in ARMED_PLACES:
        return "place"
    words = {low, lem}
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod"):
            words.add(c.lower_)
    if words & PROTESTER_WORDS:
        return "protester"
    if low in STATE_WORDS or lem in STATE_WORDS:
        # "security forces", "government troops"; a nonstate modifier wins ("rebel forces")
        if words & NONSTATE_WORDS - {"fighters", "fighter"}:
            return "nonstate"
        return "state"
    if words & NONSTATE_WORDS:
        return "nonstate"
    if words & STATE_WORDS and (low in ARMED_WORDS or lem in ARMED_WORDS):
        return "state"
    if low in ARMED_WORDS or lem in ARMED_WORDS:
        return "armed"
    if low in CIVILIAN_WORDS or lem in CIVILIAN_WORDS:
        return "civilian"
    if tok.ent_type_ == "PERSON" or (tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNPS")):
        return "civilian"
    if tok.ent_type_ in ("GPE", "LOC", "FAC") or low in PLACE_NOUNS or lem in PLACE_NOUNS:
        return "place"
    return None


def arg_kind(tok: Any, actor_kind: ActorKind | None = None) -> str | None:
    """Kind of the noun phrase headed by ``tok``, following "of" ("dozens of soldiers"), numbers
    ("five of them") and appositions."""
    seen = 0
    while tok is not None and seen < 4:
        seen += 1
        if actor_kind is not None:
            k = actor_kind(tok)
            if k:
                return k
        k = _word_kind(tok)
        if k and not (k == "place" and tok.lower_ in ("parts", "part", "rest", "control")):
            return k
        nxt = None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        nxt = g
        if nxt is None:
            return k
        tok = nxt
    return None


def _children(tok: Any, deps: Sequence[str]) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def agent_of(tok: Any) -> Any:
    """The doer of the act expressed by ``tok`` (a verb or an event noun)."""
    if tok.pos_ in ("VERB", "AUX") or tok.dep_ in ("ROOT", "relcl", "advcl", "xcomp", "conj", "acl", "pcomp"):
        for c in tok.children:
            if c.dep_ in ("nsubj", "csubj"):
                return c
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if any(c.dep_ == "nsubjpass" for c in tok.children):
            return None  # passive without "by": the doer is not said
        # "..., killing 12" / "after capturing the base" / "managed to recapture": the subject above
        h = tok
        for _ in range(3):
            if h.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "prep") or h.head.i == h.i:
                break
            h = h.head
            if h.pos_ in ("VERB", "AUX"):
                for c in h.children:
                    if c.dep_ in ("nsubj", "csubj"):
                        return c
                    if c.dep_ == "agent":
                        for g in c.children:
                            if g.dep_ == "pobj":
                                return g
        if tok.dep_ in ("acl", "relcl") and tok.tag_ != "VBN":
            return tok.head
    # nouns: "Boko Haram attack", "IS's offensive", "attack by militants"
    for c in tok.children:
        if c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "NOUN"):
            return c
        if c.dep_ == "prep" and c.lower_ == "by":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    if tok.dep_ in ("dobj",) and tok.head.lemma_ in ("launch", "carry", "conduct", "stage", "mount"):
        return agent_of(tok.head)
    return None


def patient_of(tok: Any) -> Any:
    """The one the act expressed by ``tok`` is done to."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            return c
    preps = ("on", "against", "at", "of", "targeting", "into", "in")
    if tok.lemma_ in ("clash", "fight", "battle", "skirmish", "exchange", "engage", "clashes", "fighting"):
        preps = ("with", "against", "between") + preps
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    if tok.dep_ in ("acl",) and tok.tag_ == "VBN":  # "soldiers killed in ..."
        return tok.head
    if tok.dep_ == "dobj" and tok.head.lemma_ in ("launch", "carry", "conduct", "stage", "mount"):
        for c in tok.head.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "against"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB":  # "Army airstrikes kill five IS members" (parsed so)
            p = next((g for g in c.children if g.dep_ in ("dobj", "nsubjpass")), None)
            if p is not None:
                return p
    for c in tok.children:
        if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG":  # "attacked a checkpoint, killing 12 ..."
            p = patient_of(c)
            if p is not None:
                return p
    return None


def _seize_weapons(doc: Any, hits: list[CueHit]) -> CueHit | None:
    """A seizing verb whose object is a weapon ("seized weapons", "caches of IEDs were destroyed")."""
    for h in hits:
        if h.category != "SEIZE_VERB":
            continue
        v = doc[h.start]
        objs: list[Any] = []
        for c in v.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr", "conj", "appos"):
                objs.append(c)
        if v.dep_ in ("acl", "amod", "relcl"):
            objs.append(v.head)
        more = []
        for o in objs:
            for c in o.children:
                if c.dep_ == "conj" or (c.dep_ == "prep" and c.lower_ == "of"):
                    more.extend(g for g in c.children if g.dep_ == "pobj")
                    if c.dep_ == "conj":
                        more.append(c)
            for c in o.children:
                if c.dep_ == "conj":
                    more.append(c)
        aircraft_ok = v.lemma_ in ("intercept", "shoot") or v.lower_ in ("shot", "intercepted")
        for o in objs + more:
            if o.lower_ in WEAPON_WORDS or o.lemma_.lower() in WEAPON_WORDS:
                return h
            # "packages identified as explosive devices", "a truck loaded with explosives"
            if any(t.lower_ in WEAPON_WORDS for t in list(o.subtree)[:12]):
                return h
            if aircraft_ok and (o.lower_ in AIRCRAFT_WORDS or o.lemma_.lower() in AIRCRAFT_WORDS):
                return h
    return None


def _attempt(tok: Any) -> bool:
    """"were trying to defuse it": the act was attempted, not done."""
    h = tok
    for _ in range(3):
        if h.lemma_ in ("try", "attempt", "seek", "fail", "plan", "intend"):
            return True
        if h.head.i == h.i:
            break
        h = h.head
    return False


def _place_arg(root: Any, actor_kind: ActorKind | None) -> tuple[Any, str | None]:
    """The patient of a territorial verb and its kind; "drove them out of key areas" gives the areas."""
    pat = patient_of(root)
    if root.lemma_ == "fall":
        pat = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if pat is not None and pat.lower_ in ("control", "parts", "part", "rest", "most", "much", "areas", "swathes"):
        inner = next((g for c in pat.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
        if inner is not None:
            k = arg_kind(inner, actor_kind)
            # one controls places: "control of Ma'arrat al-Nu'man" is a place whatever the NER says
            if pat.lower_ == "control" and k in (None, "civilian") and inner.pos_ == "PROPN":
                k = "place"
            return inner, k
    pk = arg_kind(pat, actor_kind) if pat is not None else None
    if pat is not None and pat.ent_type_ in ("GPE", "LOC", "FAC") and pk is None:
        pk = "place"
    if pk != "place":
        for c in list(root.children):
            if c.dep_ == "prt":
                for g in c.children:
                    if g.dep_ == "prep":
                        for gg in g.children:
                            if gg.dep_ == "pobj" and arg_kind(gg, actor_kind) == "place":
                                return gg, "place"
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "out"):
                for g in c.children:
                    if g.dep_ == "pobj" and arg_kind(g, actor_kind) == "place":
                        return g, "place"
                    if g.dep_ == "prep" and g.lower_ in ("of", "from"):  # "out of key areas"
                        for gg in g.children:
                            if gg.dep_ == "pobj" and arg_kind(gg, actor_kind) == "place":
                                return gg, "place"
    return pat, pk


def _near(a: Any, b: Any, steps: int = 3) -> bool:
    """Whether one token lies within ``steps`` heads of the other."""
    for x, y in ((a, b), (b, a)):
        t = x
        for _ in range(steps):
            if t.i == y.i:
                return True
            if t.head.i == t.i:
                break
            t = t.head
        if t.i == y.i:
            return True
    return False


def classify(
    doc: Any,
    sent: Any,
    hits: list[CueHit],
    *,
    actor_kind: ActorKind | None = None,
) -> TypeDecision | None:
    """Type one sentence from its cue hits; None when no cue points to an event or a non-event."""
    if not hits:
        return None
    # cues that only look like weapons ("rocket-propelled grenade", "tear gas canister", "riot police")
    masked: set[int] = set()
    no_fight: set[int] = set()
    for h in hits:
        if h.category == "NOT_MEANS":
            masked.update(range(h.start, h.end))
        if h.category == "TRANSFER" and h.phrase.startswith("without"):
            no_fight.update(range(h.start, h.end))
    kept = []
    for h in hits:
        if h.category in REMOTE_ORDER + ("RIOT", "PROTEST") and any(i in masked for i in range(h.start, h.end)):
            continue
        if h.category in ("CLASH", "VIOLENCE") and any(i in no_fight for i in range(h.start, h.end)):
            continue  # "without a fight"
        if h.category in REMOTE_ORDER and h.end - h.start == 1 and doc[h.start].dep_ == "compound" and (
            doc[h.start].head.lemma_.lower() not in WEAPON_HEADS
        ):
            continue  # "a 'drone' van", "rocket scientist", "mortar board"
        if h.category in ("VIOLENCE", "LETHAL") and doc[h.start].lower_ == "fire" and doc[h.start].pos_ == "NOUN":
            continue  # "a fire at a factory" is a blaze, not shooting
        if h.category == "PROTEST" and doc[h.start].text in ("March", "Rally", "Strike") and h.end - h.start == 1:
            continue  # the month; a name
        if h.category in ("BLAST", "IED", "SHELL") and h.end - h.start == 1 and doc[h.start].pos_ == "VERB" and any(
            c.dep_ == "dobj" and (c.ent_type_ in ("PERSON", "ORG", "NORP") or c.lower_ in CIVILIAN_WORDS)
            for c in doc[h.start].children
        ):
            continue  # "Union blasts owners of ship", "minister slams critics": words, not bombs
        if h.category in ("CAPTURE", "REGAIN") and (
            doc[h.start].dep_ in ("amod", "compound")
            or (doc[h.start].dep_ == "acl" and doc[h.start].tag_ == "VBN" and h.end - h.start == 1
                and not any(c.dep_ == "agent" for c in doc[h.start].children))
        ):
            continue  # "occupied city", "rebel-held", "the occupied territories"
        if h.category == "REGAIN" and doc[h.start].lemma_ in ("drive", "push", "force", "kick", "flush", "chase") and not any(
            c.lower_ in ("out", "back", "away") for c in doc[h.start].children
        ):
            continue  # "drove a car"; "drove the militants out of" is territory
        kept.append(h)
    hits = kept
    by_cat: dict[str, list[tuple[float, CueHit, Any]]] = {}
    for h in hits:
        root = _hit_root(doc, h)
        dep = float(_depth(root))
        if root.dep_ in ("acl", "amod", "relcl", "compound"):
            dep += 1.0  # a modifier of a noun is not the predicate
        by_cat.setdefault(h.category, []).append((dep, h, root))
    for v in by_cat.values():
        v.sort(key=lambda x: x[0])

    def first(cat: str) -> tuple[float, CueHit, Any] | None:
        v = by_cat.get(cat)
        return v[0] if v else None

    cands: dict[str, tuple[float, Any]] = {}

    def offer(fam: str, depth: float, tok: Any) -> None:
        depth -= BONUS.get(fam, 0.0)
        if fam not in cands or depth < cands[fam][0]:
            cands[fam] = (depth, tok)

    # --- disrupted weapons use ("exploded prematurely", "defused" decide whatever else the sentence says)
    decisive_disrupt = False
    for dep, h, root in by_cat.get("DISRUPT", []):
        if not _attempt(root):
            offer("DISRUPT", dep, root)
            if h.phrase.startswith(("prematur", "while planting", "defuse", "controlled", "bomb disposal", "before")):
                decisive_disrupt = True
    sw = _seize_weapons(doc, hits)
    if sw is not None and not _attempt(doc[sw.start]):
        offer("DISRUPT", float(_depth(doc[sw.start])), doc[sw.start])
    # --- protests / riots
    for dep, _h, root in by_cat.get("GATHER", []):
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is not None and any(
            t.like_num or t.lower_ in ("thousands", "hundreds", "dozens", "crowds", "crowd", "opponents",
                                       "supporters", "residents", "students", "workers", "activists")
            for t in subj.subtree
        ):
            by_cat.setdefault("PROTEST", []).append((dep, _h, root))
            by_cat["PROTEST"].sort(key=lambda x: x[0])
    if "PROTEST" in by_cat:
        dep, _h, root = by_cat["PROTEST"][0]
        offer("PROTEST", dep, root)
    if "MOB" in by_cat:
        dep, _h, root = by_cat["MOB"][0]
        offer("MOB", dep, root)
    # --- territory
    for cat in ("CAPTURE", "REGAIN"):
        for dep, _h, root in by_cat.get(cat, []):
            pat, pk = _place_arg(root, actor_kind)
            if cat == "REGAIN" and pat is not None and pat.pos_ == "PROPN" and pk in (None, "civilian"):
                pk = "place"  # one recaptures places, not persons: "recaptured Palmyra"
            if pk == "place" and root.lemma_ in ("enter", "advance", "storm", "occupy"):
                ag = agent_of(root)
                if ag is None or arg_kind(ag, actor_kind) not in ("state", "nonstate", "armed"):
                    continue  # "the most wanted man entered Mosul": not a capture
            if pk == "place":
                offer("TERRITORY", dep, root)
            elif cat == "REGAIN" and pat is None and root.lemma_ in ("liberate", "recapture", "retake", "regain"):
                offer("TERRITORY", dep + 1, root)
            elif pk in ("armed", "state", "nonstate", "civilian") and cat == "CAPTURE" and root.lemma_ in (
                "capture", "seize", "take",
            ):
                ag = agent_of(root)
                ak = arg_kind(ag, actor_kind) if ag is not None else None
                offer("ARREST" if ak == "state" else "ABDUCT", dep, root)
    # --- exchanges of prisoners ("the two sides exchanged 200 prisoners")
    for t in sent:
        if t.lemma_ in ("exchange", "swap", "trade") and t.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_ in ("prisoner", "captive", "detainee", "hostage", "body")
            for c in t.children
        ):
            offer("AGREE", float(_depth(t)), t)
    # --- the rest of the strategic developments and the non-events, by plain depth
    mass = any(t.like_num or t.lower_ in ("thousands", "hundreds", "dozens", "tens") for t in sent)
    if "OTHER" in by_cat and not mass:
        by_cat["OTHER"] = [x for x in by_cat["OTHER"] if not x[1].phrase.startswith(("fled", "flee", "displace"))]
        if not by_cat["OTHER"]:
            del by_cat["OTHER"]
    for cat in ("TRANSFER", "HQ", "AGREE", "SEXV", "LOOT", "CHANGE", "OTHER") + NONE_CATS:
        f = first(cat)
        if f is not None:
            offer(cat, f[0], f[2])
    for dep, _h, root in by_cat.get("ARREST", []):
        if root.lemma_ in ("capture", "take", "raid", "hold", "held") or root.lower_ in ("taken", "held"):
            pat = patient_of(root)
            if pat is None or arg_kind(pat, actor_kind) not in ("armed", "nonstate", "civilian", "protester"):
                continue
        offer("ARREST", dep, root)
        break
    for dep, _h, root in by_cat.get("ABDUCT", []):
        offer("ABDUCT", dep, root)
        break
    # --- violence (clashes, attacks, remote violence)
    vio: list[tuple[float, Any]] = []
    for cat in ("CLASH", "VIOLENCE") + REMOTE_ORDER:
        f = first(cat)
        if f is not None:
            vio.append((f[0] + (0.5 if cat in REMOTE_ORDER else 0.0), f[2]))
    if vio:
        dep, tok = min(vio, key=lambda x: x[0])
        offer("VIOLENCE", dep, tok)
    if not cands:
        return None

    # natural / man-made disasters and crime lose to clear political violence
    strong_means = any(c in by_cat for c in ("CHEM", "SUICIDE", "AIR", "SHELL", "GRENADE", "IED"))
    armed_present = any(
        _word_kind(t) in ("state", "nonstate", "armed") for t in sent if t.pos_ in ("NOUN", "PROPN")
    )
    killing = any(
        t.lemma_ in ("kill", "murder", "behead", "massacre", "shoot", "stab", "execute")
        for _d, _h, t in by_cat.get("VIOLENCE", [])
    )
    if strong_means or "CLASH" in by_cat:
        for c in ("NATURAL", "MANMADE"):
            cands.pop(c, None)
    crowd = "PROTEST" in cands or "MOB" in cands
    for c in ("NATURAL", "MANMADE", "CRIME"):
        if c in cands and not armed_present and not strong_means and not (c == "CRIME" and crowd):
            return TypeDecision(None, cands[c][1], c, none_class=c, cues=sorted(by_cat), confidence=0.6)
    if "MANMADE" in cands and "VIOLENCE" in cands and armed_present and "CRIME" not in cands:
        cands.pop("MANMADE")
    if "CRIME" in cands and ("VIOLENCE" in cands and strong_means):
        cands.pop("CRIME")
    if "CRIME" in cands and crowd:
        cands.pop("CRIME")  # a mob lynching a thief, a march against corruption
    if "CRIME" in cands:  # arrests / seizures in a crime story are not political
        for c in ("ARREST", "DISRUPT", "ABDUCT", "LOOT"):
            cands.pop(c, None)
    if "DIPLO" in cands and "AGREE" in cands and cands["AGREE"][0] <= cands["DIPLO"][0] + 1:
        cands.pop("DIPLO")
    if "LOOT" in cands and (strong_means or "CLASH" in by_cat or killing):
        cands.pop("LOOT")
    if "TRANSFER" in cands and not any(
        h.phrase.startswith(("hand", "without", "vacate", "peacefully", "handover")) for _d, h, _r in by_cat["TRANSFER"]
    ):
        cands.pop("TRANSFER")  # a withdrawal alone is a movement of forces
    if not cands:
        return None

    fam, (depth, trig) = min(cands.items(), key=lambda kv: (kv[1][0], PRIORITY.get(kv[0], 50)))
    if decisive_disrupt and "DISRUPT" in cands and fam not in NONE_CATS:
        fam, (depth, trig) = "DISRUPT", cands["DISRUPT"]
    if fam == "MOB" and "PROTEST" in cands:
        fam, (depth, trig) = "PROTEST", cands["PROTEST"]  # a crowd at a demonstration riots
    if fam == "VIOLENCE" and "PROTEST" in cands and not strong_means and trig.lemma_ in ("clash", "clashes", "fight", "fighting"):
        fam, (depth, trig) = "PROTEST", cands["PROTEST"]  # clashes between police and demonstrators
    if fam in ("CHANGE", "OTHER", "LOOT") and "NATURAL" in cands:
        return TypeDecision(None, cands["NATURAL"][1], "NATURAL", none_class="NATURAL", cues=sorted(by_cat), confidence=0.5)
    if fam in ("CHANGE", "OTHER", "AGREE", "HQ") and killing and "VIOLENCE" in cands:
        fam, (depth, trig) = "VIOLENCE", cands["VIOLENCE"]  # deaths make the news, not the movement
    if fam in ("ARREST", "CHANGE") and "DISRUPT" in cands:
        fam, (depth, trig) = "DISRUPT", cands["DISRUPT"]
    if fam == "ARREST" and "PROTEST" in by_cat and by_cat["PROTEST"][0][0] - by_cat["ARREST"][0][0] <= 4.5:
        fam, (depth, trig) = "PROTEST", cands["PROTEST"]
    cue_names = sorted(by_cat)
    if fam not in NONE_CATS and _only_mentioned(trig):
        return TypeDecision(None, trig, "DIPLO", none_class="DIPLO", cues=cue_names, confidence=0.5)
    if fam in NONE_CATS:
        return TypeDecision(None, trig, fam, none_class=fam, cues=cue_names, confidence=0.6)
    sub, means, agent, patient = _subtype(doc, sent, fam, trig, by_cat, actor_kind)
    if sub is None:
        return None
    conf = 0.55 + (0.15 if depth <= 1 else 0.0) + (0.1 if means else 0.0) + (0.1 if agent.kind else 0.0)
    return TypeDecision(sub, trig, fam, means=means, agent=agent, patient=patient, cues=cue_names,
                        confidence=min(conf, 0.95))


def _subtype(
    doc: Any,
    sent: Any,
    fam: str,
    trig: Any,
    by_cat: dict[str, list[tuple[float, CueHit, Any]]],
    actor_kind: ActorKind | None,
) -> tuple[str | None, str | None, ArgInfo, ArgInfo]:
    ag_tok = agent_of(trig)
    pa_tok = patient_of(trig)
    agent = ArgInfo(ag_tok, arg_kind(ag_tok, actor_kind) if ag_tok is not None else None)
    patient = ArgInfo(pa_tok, arg_kind(pa_tok, actor_kind) if pa_tok is not None else None)
    remote = [(by_cat[c][0][0], i, c) for i, c in enumerate(REMOTE_ORDER) if c in by_cat]
    means = None
    if remote:
        # the weapons named nearest the predicate; among those, ACLED's order (chemical > suicide > air ...)
        specific = [r for r in remote if r[2] != "BLAST"] or remote
        top = min(r[0] for r in specific)
        means = min((r for r in specific if r[0] <= top + 3), key=lambda r: r[1])[2]
    simple = {
        "DISRUPT": "Disrupted weapons use",
        "SEXV": "Sexual violence",
        "HQ": "Headquarters or base established",
        "AGREE": "Agreement",
        "ABDUCT": "Abduction/forced disappearance",
        "ARREST": "Arrests",
        "LOOT": "Looting/property destruction",
        "CHANGE": "Change to group/activity",
        "OTHER": "Other",
        "MOB": "Mob violence",
    }
    if fam in simple:
        return simple[fam], None, agent, patient
    if fam == "TRANSFER":
        if "CLASH" in by_cat:
            return ("Government regains territory" if agent.kind == "state" else "Non-state actor overtakes territory"), None, agent, patient
        return "Non-violent transfer of territory", None, agent, patient
    if fam == "TERRITORY":
        withdraw = any(
            (t.lemma_ in ("withdraw", "withdrawal", "vacate", "retreat") or t.lower_ in ("pulled", "pull"))
            and _near(t, trig, 3)
            for t in sent
        ) or any(h.phrase.startswith("without") for _d, h, _r in by_cat.get("TRANSFER", []))
        fought = "CLASH" in by_cat or any(
            h[2].lemma_ in ("attack", "storm", "kill", "battle") for h in by_cat.get("VIOLENCE", [])
        ) or bool(re.search(r"\bunder (heavy )?fire\b|\bfighting\b|\bclashes\b|\bassault\b", sent.text, re.I))
        if withdraw and not fought and trig.lemma_ not in ("recapture", "retake", "regain", "liberate"):
            return "Non-violent transfer of territory", None, agent, patient
        if agent.kind == "state":
            return "Government regains territory", None, agent, patient
        if agent.kind in ("nonstate", "armed"):
            return "Non-state actor overtakes territory", None, agent, patient
        if trig.lemma_ in ("recapture", "retake", "regain", "liberate", "reclaim", "free", "clear"):
            return "Government regains territory", None, agent, patient
        return "Non-state actor overtakes territory", None, agent, patient
    if fam == "PROTEST":
        # what the crowd protests about ("to decry the arrests and violence") is not what happened to it
        by_cat = {c: [x for x in v if not _grievance(x[2])] if c in ("INTERV", "LETHAL", "RIOT") else v
                  for c, v in by_cat.items()}
        by_cat = {c: v for c, v in by_cat.items() if v}
        rioting = any(doc[h.start].lower_ in RIOT_WORDS for _d, h, _r in by_cat["PROTEST"])
        if rioting or ("RIOT" in by_cat and _riot_by_protesters(by_cat)):
            return "Violent demonstration", None, agent, patient
        if _lethal_on_protesters(by_cat, actor_kind):
            return "Excessive force against protesters", None, agent, patient
        if "INTERV" in by_cat:
            return "Protest with intervention", None, agent, patient
        return "Peaceful protest", None, agent, patient
    # violence
    # who was hit: armed -> clash, civilians -> attack
    pk = patient.kind
    if pk is None:
        # victims named elsewhere in the sentence ("leaving 30 people dead", "two soldiers were killed")
        for _dep, _h, tok in by_cat.get("VIOLENCE", []):
            p = patient_of(tok)
            if p is None and tok.dep_ in ("acomp", "amod", "oprd") and tok.head is not None:
                p = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
            if p is None and tok.lemma_ in ("die", "dead"):
                p = next((c for c in tok.children if c.dep_ in ("nsubj",)), None)
            if p is not None and (agent.token is None or p.i != agent.token.i):
                k = arg_kind(p, actor_kind)
                if k in ("armed", "state", "nonstate", "civilian", "place", "protester"):
                    pk = k
                    patient = ArgInfo(p, k)
                    break
    # violence by remote means: the means decide the type
    if means is not None:
        if "BLAST" == means and ("MANMADE" in by_cat):
            return None, None, agent, patient
        return REMOTE_SUB[means], means, agent, patient
    if "CLASH" in by_cat and by_cat["CLASH"][0][0] <= (by_cat.get("VIOLENCE") or [(99,)])[0][0] + 1:
        ctok = by_cat["CLASH"][0][2]
        if ctok.lemma_ in ("raid", "assault", "ambush", "ambushed", "encounter") and pk == "civilian":
            return "Attack", None, agent, patient
        return "Armed clash", None, agent, patient
    ak = agent.kind
    if pk in ("armed", "state", "nonstate"):
        return "Armed clash", None, agent, patient
    if pk == "protester":
        return "Excessive force against protesters", None, agent, patient
    if ak == "civilian" and pk in (None, "civilian"):
        return "Mob violence" if pk == "civilian" else None, None, agent, patient
    if pk in ("civilian", "place"):
        if pk == "place" and _armed_place(patient.token):
            return "Armed clash", None, agent, patient
        return "Attack", None, agent, patient
    if ak in ("state", "nonstate", "armed"):
        return "Attack", None, agent, patient
    if any(t.lemma_ in ("kill", "murder", "behead", "massacre", "shoot", "stab", "attack") for _d, _h, t in by_cat.get("VIOLENCE", [])):
        return "Attack", None, agent, patient
    return None, None, agent, patient


STRONG_LETHAL = ("live", "open", "opened", "fire", "fired", "shot dead", "gunfire", "excessive force")


def _lethal_on_protesters(by_cat: dict[str, list[tuple[float, CueHit, Any]]], actor_kind: ActorKind | None) -> bool:
    """Lethal or serious force used on the demonstrators (not a death they protest about)."""
    for _d, h, tok in by_cat.get("LETHAL", []):
        if h.phrase.startswith(STRONG_LETHAL):
            return True
        p = patient_of(tok)
        if p is None and tok.lemma_ in ("die", "dead", "death"):
            p = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if p is None and tok.dep_ in ("acomp", "amod", "oprd", "attr"):
                p = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if p is not None and arg_kind(p, actor_kind) == "protester":
            return True
    return False


def _armed_place(tok: Any) -> bool:
    """A place that is a military target: a base, a checkpoint, "the Syrian army headquarters"."""
    if tok is None:
        return False
    words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")}
    if words & {"base", "bases", "checkpoint", "checkpoints", "post", "posts", "barracks", "outpost", "outposts",
                "position", "positions", "camp", "military", "headquarters", "hq", "airbase", "garrison", "bunker"}:
        return True
    return bool((words - {tok.lower_}) & (ARMED_WORDS | STATE_WORDS))


def _riot_by_protesters(by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> bool:
    """A riot cue that is not only the police's doing (burning, clashing, throwing ...)."""
    for _d, h, _tok in by_cat.get("RIOT", []):
        if h.phrase == "violence" and len(by_cat["RIOT"]) == 1:
            return False
        return True
    return False


def territory_events(
    doc: Any,
    sent: Any,
    hits: list[CueHit],
    *,
    main: TypeDecision | None,
    actor_kind: ActorKind | None = None,
) -> list[TypeDecision]:
    """Further captures in a sentence whose main event is something else ("IS attacked the army near
    X, after capturing the T3 airbase"): each place changing hands is an event of its own."""
    out: list[TypeDecision] = []
    seen = {main.trigger.i} if main is not None and main.trigger is not None else set()
    if main is not None and main.patient.token is not None:
        seen.add(main.patient.token.i)
    for h in hits:
        if h.category not in ("CAPTURE", "REGAIN"):
            continue
        root = _hit_root(doc, h)
        if root.i in seen or root.dep_ in ("amod", "compound"):
            continue
        pat, pk = _place_arg(root, actor_kind)
        if pk != "place" or pat is None or pat.i in seen:
            continue
        if root.lemma_ in ("enter", "storm", "advance"):
            continue
        seen.update((root.i, pat.i))
        by_cat: dict[str, list[tuple[float, CueHit, Any]]] = {h.category: [(0.0, h, root)]}
        sub, _means, agent, patient = _subtype(doc, sent, "TERRITORY", root, by_cat, actor_kind)
        if sub is None:
            continue
        patient = ArgInfo(pat, "place")
        out.append(TypeDecision(sub, root, "TERRITORY", agent=agent, patient=patient, cues=[h.category],
                                confidence=0.6))
    return out


def without_category(hits: list[CueHit], category: str) -> list[CueHit]:
    return [h for h in hits if h.category != category]


STATEMENT_VERBS = frozenset(
    "condemn denounce deplore decry welcome praise mourn regret lament investigate probe criticise criticize".split()
)


def _only_mentioned(trig: Any) -> bool:
    """"The Security Council condemned the attack": the act is only referred to by a statement
    (no clause of its own telling what happened)."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ not in ("dobj", "pobj"):
        return False
    head = trig.head if trig.dep_ == "dobj" else trig.head.head
    if head.lemma_.lower() not in STATEMENT_VERBS:
        return False
    return not any(c.dep_ in ("relcl", "acl", "prep", "nummod") for c in trig.children)


GRIEVANCE_WORDS = frozenset(
    "decry denounce condemn protest demand against over mourn commemorate demanding denouncing decrying".split()
)


def _grievance(tok: Any) -> bool:
    """A word inside the object of protest ("against the killing", "to decry the arrests")."""
    h = tok
    for _ in range(3):
        if h.head.i == h.i:
            return False
        h = h.head
        if h.lemma_.lower() in GRIEVANCE_WORDS or h.lower_ in GRIEVANCE_WORDS:
            return True
    return False
