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
    launcher launchers""".split()
)
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
    "DISRUPT": 1.5, "SEXV": 1.5, "HQ": 1.0, "PROTEST": 1.0, "ATTRIB": 1.0, "NATURAL": 0.5,
    "TERRITORY": 0.5, "MOB": 0.5, "TRANSFER": 0.5, "ABDUCT": 0.5, "MANMADE": 0.5,
}


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


def _word_kind(tok: Any) -> str | None:
    low = tok.lower_
    lem = tok.lemma_.lower()
    words = {low, lem}
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod"):
            words.add(c.lower_)
    if words & {"protester", "protesters", "demonstrators", "demonstrator", "protestor", "protestors"}:
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
    if tok.ent_type_ == "PERSON":
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
        if tok.dep_ in ("xcomp", "conj", "advcl") and tok.head.i != tok.i and tok.dep_ != "advcl":
            return agent_of(tok.head)
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
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "of", "targeting", "into", "in"):
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
        for o in objs + more:
            if o.lower_ in WEAPON_WORDS or o.lemma_.lower() in WEAPON_WORDS:
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
    # cues that only look like weapons ("rocket-propelled grenade", "tear gas canister") cancel them
    masked: set[int] = set()
    for h in hits:
        if h.category == "NOT_MEANS":
            masked.update(range(h.start, h.end))
    hits = [
        h for h in hits if not (h.category in REMOTE_ORDER and any(i in masked for i in range(h.start, h.end)))
    ]
    by_cat: dict[str, list[tuple[float, CueHit, Any]]] = {}
    for h in hits:
        root = _hit_root(doc, h)
        by_cat.setdefault(h.category, []).append((_depth(root), h, root))
    for v in by_cat.values():
        v.sort(key=lambda x: x[0])

    def d(cat: str) -> float:
        v = by_cat.get(cat)
        return v[0][0] if v else 99.0

    def first(cat: str) -> tuple[float, CueHit, Any] | None:
        v = by_cat.get(cat)
        return v[0] if v else None

    cands: dict[str, tuple[float, Any]] = {}

    def offer(fam: str, depth: float, tok: Any) -> None:
        depth -= BONUS.get(fam, 0.0)
        if fam not in cands or depth < cands[fam][0]:
            cands[fam] = (depth, tok)

    # --- disrupted weapons use
    for dep, _h, root in by_cat.get("DISRUPT", []):
        if not _attempt(root):
            offer("DISRUPT", dep, root)
    sw = _seize_weapons(doc, hits)
    if sw is not None:
        offer("DISRUPT", _depth(doc[sw.start]), doc[sw.start])
    # --- protests / riots
    if "PROTEST" in by_cat:
        dep, _h, root = by_cat["PROTEST"][0]
        offer("PROTEST", dep, root)
    if "MOB" in by_cat:
        dep, _h, root = by_cat["MOB"][0]
        offer("MOB", dep, root)
    # --- territory
    for cat in ("CAPTURE", "REGAIN"):
        for dep, _h, root in by_cat.get(cat, []):
            pat = patient_of(root)
            if root.lemma_ in ("fall",):
                pat = next((c for c in root.children if c.dep_ == "nsubj"), None)
            pk = arg_kind(pat, actor_kind) if pat is not None else None
            if pk == "place" or (pat is not None and pat.ent_type_ in ("GPE", "LOC", "FAC")):
                offer("TERRITORY", dep, root)
            elif cat == "REGAIN" and pat is None and root.lemma_ in ("liberate", "recapture", "retake", "regain"):
                offer("TERRITORY", dep + 1, root)
            elif pk in ("armed", "state", "nonstate", "civilian") and cat == "CAPTURE" and root.lemma_ in (
                "capture", "seize", "take",
            ):
                ak = arg_kind(agent_of(root), actor_kind) if agent_of(root) is not None else None
                offer("ARREST" if ak == "state" else "ABDUCT", dep, root)
    # --- the rest of the strategic developments and the non-events, by plain depth
    for cat in ("TRANSFER", "HQ", "AGREE", "SEXV", "LOOT", "CHANGE", "OTHER") + NONE_CATS:
        f = first(cat)
        if f is not None:
            offer(cat, f[0], f[2])
    for dep, _h, root in by_cat.get("ARREST", []):
        if root.lemma_ in ("capture", "take", "taken", "raid", "hold", "held") and root.lower_ not in ("custody",):
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
    armed_present = any(_word_kind(t) in ("state", "nonstate", "armed") for t in sent if t.pos_ in ("NOUN", "PROPN"))
    if strong_means or "CLASH" in by_cat:
        for c in ("NATURAL", "MANMADE"):
            cands.pop(c, None)
    if "MANMADE" in cands and "VIOLENCE" in cands and armed_present and "CRIME" not in cands:
        cands.pop("MANMADE")
    if "CRIME" in cands and ("VIOLENCE" in cands and strong_means):
        cands.pop("CRIME")
    if "CRIME" in cands:  # arrests / seizures in a crime story are not political
        for c in ("ARREST", "DISRUPT", "ABDUCT", "LOOT"):
            if c in cands and cands[c][0] >= cands["CRIME"][0] - 2:
                cands.pop(c)
    if "DIPLO" in cands and "AGREE" in cands:
        cands.pop("DIPLO") if cands["AGREE"][0] <= cands["DIPLO"][0] + 1 else None

    fam, (depth, trig) = min(cands.items(), key=lambda kv: (kv[1][0], PRIORITY.get(kv[0], 50)))
    cue_names = sorted(by_cat)
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
    means = next((c for c in REMOTE_ORDER if c in by_cat), None)
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
            t.lemma_ in ("withdraw", "withdrawal", "vacate", "retreat") or t.lower_ in ("pulled", "pull")
            for t in sent
        )
        fought = "CLASH" in by_cat or any(
            h[2].lemma_ in ("attack", "storm", "kill", "battle") for h in by_cat.get("VIOLENCE", [])
        )
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
        if "RIOT" in by_cat and _riot_by_protesters(by_cat):
            return "Violent demonstration", None, agent, patient
        if "LETHAL" in by_cat:
            return "Excessive force against protesters", None, agent, patient
        if "INTERV" in by_cat:
            return "Protest with intervention", None, agent, patient
        return "Peaceful protest", None, agent, patient
    # violence
    if means is not None:
        if "BLAST" == means and ("MANMADE" in by_cat):
            return None, None, agent, patient
        return REMOTE_SUB[means], means, agent, patient
    if "CLASH" in by_cat and by_cat["CLASH"][0][0] <= (by_cat.get("VIOLENCE") or [(99,)])[0][0] + 1:
        ctok = by_cat["CLASH"][0][2]
        if ctok.lemma_ in ("raid", "assault", "ambush", "ambushed", "encounter") and patient.kind == "civilian":
            return "Attack", None, agent, patient
        return "Armed clash", None, agent, patient
    # who was hit: armed -> clash, civilians -> attack
    pk = patient.kind
    if pk is None:
        # victims named elsewhere in the sentence ("leaving 30 people dead", "two soldiers were killed")
        for dep, _h, tok in by_cat.get("VIOLENCE", []):
            p = patient_of(tok)
            if p is None and tok.dep_ in ("acomp", "amod", "oprd") and tok.head is not None:
                p = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
            if p is None and tok.lemma_ in ("die", "dead"):
                p = next((c for c in tok.children if c.dep_ in ("nsubj",)), None)
            if p is not None:
                k = arg_kind(p, actor_kind)
                if k in ("armed", "state", "nonstate", "civilian", "place"):
                    pk = k
                    patient = ArgInfo(p, k)
                    break
    ak = agent.kind
    if pk in ("armed", "state", "nonstate"):
        return "Armed clash", None, agent, patient
    if pk == "protester":
        return "Excessive force against protesters", None, agent, patient
    if ak == "civilian" and pk in (None, "civilian"):
        return "Mob violence" if pk == "civilian" else None, None, agent, patient
    if pk in ("civilian", "place"):
        if pk == "place" and ak in ("nonstate", "armed") and _armed_place(patient.token):
            return "Armed clash", None, agent, patient
        return "Attack", None, agent, patient
    if ak in ("state", "nonstate", "armed"):
        return "Attack", None, agent, patient
    if any(t.lemma_ in ("kill", "murder", "behead", "massacre", "shoot", "stab", "attack") for _d, _h, t in by_cat.get("VIOLENCE", [])):
        return "Attack", None, agent, patient
    return None, None, agent, patient


def _armed_place(tok: Any) -> bool:
    words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    return bool(words & {"base", "checkpoint", "post", "barracks", "outpost", "position", "positions", "camp", "military"})


def _riot_by_protesters(by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> bool:
    """A riot cue that is not only the police's doing (burning, clashing, throwing ...)."""
    for _d, h, tok in by_cat.get("RIOT", []):
        if h.phrase == "violence" and len(by_cat["RIOT"]) == 1:
            return False
        return True
    return False
