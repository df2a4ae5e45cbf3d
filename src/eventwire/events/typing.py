"""Typing a sentence into ACLED's 25 sub-event types (or "no event") by reading its clause.

The cues of :mod:`eventwire.events.lexicon` say *what* a sentence may be about; the dependency parse
says *which* of them is the predicate (the cue nearest the root of the sentence wins), who acts on whom
(agent and patient: "captured the town" is territory, "captured five fighters" an arrest or an
abduction; militants killing soldiers is a clash, killing villagers an attack on civilians) and which
means were used (air strike, shelling, IED ...; ACLED's hierarchy decides when tactics co-occur).
Non-ACLED happenings (natural and man-made disasters, organised crime, diplomacy, attribution of
responsibility) are recognised so that they come out as "no event" instead of being forced into a type.

The clause reading (agent, patient, kinds of actors, small predicates) lives in
:mod:`eventwire.events.clause`. :func:`classify` runs the rules (:func:`rule_classify`) and then lets
the learned type model (:mod:`eventwire.events.typemodel`) overrule them where it is confident; no
model file is shipped at present (cross-validation did not show a gain over the rules), so the rules
decide alone unless one is passed or installed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import typemodel
from .clause import (  # noqa: F401 - ArgInfo, arg_kind, agent_of, patient_of are re-exported
    AIRCRAFT_WORDS,
    CROWD_CONTROL,
    LETHAL_ACTS,
    MOB_ACTS,
    MOB_AGENT_WORDS,
    STRIKER_WORDS,
    WEAPON_WORDS,
    ActorKind,
    ArgInfo,
    _armed_place,
    _circumstance,
    _civilian_sides,
    _depth,
    _grievance,
    _hit_root,
    _in_protest,
    _left_place,
    _near,
    _place_arg,
    _setting,
    _source,
    _state_protest,
    _struck_by_air,
    _transfer_cue_ok,
    _victims,
    _word_kind,
    agent_of,
    arg_kind,
    patient_of,
)
from .lexicon import ARMED_WORDS, CIVILIAN_WORDS, NONSTATE_WORDS, STATE_WORDS, CueHit
from .taxonomy import CASE_CODES

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
WEAPON_HEADS = frozenset(
    """strike attack raid bombardment fire shelling barrage round shell bomb rocket missile explosion blast vest
    belt device bomber bombing operation campaign assault hit shot launcher truck car""".split()
)
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
RIOT_WORDS = frozenset("riot riots rioters rioting rioted".split())


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
        ag = agent_of(v)
        if ag is not None and {t.lower_ for t in ag.subtree} & STRIKER_WORDS:
            continue  # "fighter jets destroyed a weapons depot": a strike, not a seizure
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


def classify(
    doc: Any,
    sent: Any,
    hits: list[CueHit],
    *,
    actor_kind: ActorKind | None = None,
    model: Any = True,
) -> TypeDecision | None:
    """Type one sentence from its cue hits; None when no cue points to an event or a non-event.

    The rules decide; the learned type model (:mod:`eventwire.events.typemodel`, the shipped one when
    ``model`` is True, none when False/None) overrules them where it is confident."""
    if not hits:
        return None
    dec = rule_classify(doc, sent, hits, actor_kind=actor_kind)
    m = typemodel.shipped_model() if model is True else (model or None)
    if m is None:
        return dec
    feats = typemodel.sentence_features(
        doc, sent, hits, dec, depth_of=_depth, hit_root=_hit_root,
        kind_of=lambda t: (actor_kind(t) if actor_kind is not None else None) or _word_kind(t),
    )
    over = m.overrule(typemodel.decision_code(dec), feats)
    if over is None:
        return dec
    return _model_decision(doc, sent, hits, dec, over[0], over[1], actor_kind)


# hit categories that may carry the predicate of each family (to find a trigger for a model decision)
FAMILY_CATS = {
    "VIOLENCE": ("CLASH", "VIOLENCE") + REMOTE_ORDER,
    "TERRITORY": ("REGAIN", "CAPTURE"),
    "TRANSFER": ("TRANSFER", "CAPTURE", "REGAIN"),
    "PROTEST": ("PROTEST", "GATHER", "RIOT", "INTERV", "LETHAL"),
    "MOB": ("MOB", "VIOLENCE"),
    "ABDUCT": ("ABDUCT", "CAPTURE"),
    "SEXV": ("SEXV",),
    "AGREE": ("AGREE", "SWAP"),
    "ARREST": ("ARREST", "CAPTURE"),
    "CHANGE": ("CHANGE",),
    "DISRUPT": ("DISRUPT", "SEIZE_VERB", "WEAPON_OBJ"),
    "HQ": ("HQ",),
    "LOOT": ("LOOT", "RIOT"),
    "OTHER": ("OTHER",),
    "ATTRIB": ("ATTRIB",),
    "DIPLO": ("DIPLO",),
    "CRIME": ("CRIME",),
    "MANMADE": ("MANMADE", "BLAST"),
    "NATURAL": ("NATURAL",),
}


def _model_decision(
    doc: Any, sent: Any, hits: list[CueHit], dec: TypeDecision | None, code: str, prob: float,
    actor_kind: ActorKind | None,
) -> TypeDecision:
    """A TypeDecision for the model's CASE code: the trigger is the rule's when the family agrees,
    else the cue of that family nearest the root of the sentence."""
    none_class = typemodel.NONE_CODES.get(code)
    sub = None if none_class is not None else CASE_CODES[code]
    fam = none_class if none_class is not None else typemodel.FAMILY_OF[sub]
    cues = dec.cues if dec is not None else sorted({h.category for h in hits})
    conf = round(0.45 + 0.45 * prob, 2)
    trig = None
    if dec is not None and dec.family == fam:
        trig = dec.trigger
    if trig is None:
        cats = FAMILY_CATS.get(fam, ())
        cand = [(_depth(_hit_root(doc, h)), _hit_root(doc, h)) for h in hits if h.category in cats]
        if cand:
            trig = min(cand, key=lambda x: x[0])[1]
        elif dec is not None:
            trig = dec.trigger
        else:
            trig = sent.root
    if none_class is not None:
        return TypeDecision(None, trig, fam, none_class=none_class, cues=cues, confidence=conf)
    if dec is not None and dec.family == fam and dec.trigger is trig:
        agent, patient = dec.agent, dec.patient
    else:
        ag = agent_of(trig)
        agent = ArgInfo(ag, arg_kind(ag, actor_kind) if ag is not None else None)
        if fam == "TERRITORY":
            pa, pk = _place_arg(trig, actor_kind)
        else:
            pa = patient_of(trig)
            pk = arg_kind(pa, actor_kind) if pa is not None else None
        patient = ArgInfo(pa, pk)
    return TypeDecision(sub, trig, fam, means=typemodel.MEANS_OF.get(sub), agent=agent, patient=patient,
                        cues=cues, confidence=conf)


def rule_classify(
    doc: Any,
    sent: Any,
    hits: list[CueHit],
    *,
    actor_kind: ActorKind | None = None,
) -> TypeDecision | None:
    """The rules alone (see :func:`classify`)."""
    if not hits:
        return None
    # cues that only look like weapons ("rocket-propelled grenade", "tear gas canister", "riot police")
    masked: set[int] = set()
    no_fight: set[int] = set()
    uxo: set[int] = set()
    for h in hits:
        if h.category == "NOT_MEANS":
            masked.update(range(h.start, h.end))
        if h.category == "IED" and h.phrase.startswith("old|leftover"):
            uxo.update(range(h.start, h.end))  # "an old mortar shell exploded": unexploded ordnance
        if h.category == "TRANSFER" and h.phrase.startswith("without"):
            no_fight.update(range(h.start, h.end))
    kept = []
    for h in hits:
        if h.category in REMOTE_ORDER + ("RIOT", "PROTEST") and any(i in masked for i in range(h.start, h.end)):
            continue
        if h.category in ("SHELL", "GRENADE", "AIR") and any(i in uxo for i in range(h.start, h.end)):
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
        if h.category == "PROTEST" and h.phrase == "die in" and doc[h.start].pos_ in ("VERB", "AUX"):
            continue  # "died in a gun battle" is not a die-in
        if h.category == "PROTEST" and _in_protest(doc[h.start]) and any(
            o.category not in ("PROTEST", "GATHER", "INTERV", "LETHAL", "RIOT") for o in hits
        ):
            continue  # "recalled its ambassador in protest": the motive of another act
        if h.category == "ATTRIB" and _unknown_doer(doc, h):
            continue  # "it was not clear who was behind the attack": nobody is named
        if h.category == "PROTEST" and _state_protest(doc[h.start]):
            continue  # "Pakistan summoned the envoy to protest": a diplomatic protest
        if h.category == "TRANSFER" and not _transfer_cue_ok(doc, h):
            continue  # "demonstrated peacefully", "handed over their weapons"
        if h.category in ("BLAST", "IED", "SHELL") and h.end - h.start == 1 and doc[h.start].pos_ == "VERB" and any(
            c.dep_ == "dobj" and (c.ent_type_ in ("PERSON", "ORG", "NORP") or c.lower_ in CIVILIAN_WORDS)
            for c in doc[h.start].children
        ):
            continue  # "Union blasts owners of ship", "minister slams critics": words, not bombs
        if h.category in ("LOOT", "RIOT") and h.end - h.start == 1 and doc[h.start].dep_ == "amod":
            continue  # "a destroyed building", "burnt cars": a state, not the act
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
        if _struck_by_air(root):
            continue  # "jets destroyed a weapons depot": an air strike on it
        if not _attempt(root):
            offer("DISRUPT", dep, root)
            if h.phrase.startswith(("prematur", "while planting", "defuse", "controlled", "bomb disposal", "before")):
                decisive_disrupt = True
    for h in hits:
        if h.category == "SEIZE_VERB" and doc[h.start].lemma_ in ("intercept", "shoot", "down") and (
            "SHELL" in by_cat or "AIR" in by_cat
        ) and (doc[h.start].lemma_ == "intercept" or "down" in h.phrase):
            offer("DISRUPT", float(_depth(doc[h.start])), doc[h.start])
            decisive_disrupt = True  # "fired a missile ... it was intercepted"
    sw = _seize_weapons(doc, hits)
    if sw is not None and not _attempt(doc[sw.start]):
        offer("DISRUPT", float(_depth(doc[sw.start])), doc[sw.start])
    # --- protests / riots
    for dep, _h, root in by_cat.get("GATHER", []):
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.tag_ in ("WP", "WDT") and root.dep_ == "relcl":
            subj = root.head  # "supporters who had gathered outside"
        if subj is not None and any(
            t.like_num or t.lower_ in ("thousands", "hundreds", "dozens", "crowds", "crowd", "opponents",
                                       "supporters", "residents", "students", "workers", "activists")
            for t in subj.subtree
        ):
            by_cat.setdefault("PROTEST", []).append((dep, _h, root))
            by_cat["PROTEST"].sort(key=lambda x: x[0])
    if "PROTEST" not in by_cat:
        for dep, h, root in by_cat.get("INTERV", []):
            if h.phrase.startswith(CROWD_CONTROL):
                by_cat["PROTEST"] = [(dep, h, root)]  # tear gas, water cannon: used on a crowd
                break
    if "PROTEST" in by_cat:
        dep, _h, root = by_cat["PROTEST"][0]
        if _setting(root) and any(c in by_cat for c in REMOTE_ORDER):
            dep += BONUS["PROTEST"]  # "threw a grenade into a crowd at a rally": the rally is the setting
        offer("PROTEST", dep, root)
    if "MOB" in by_cat:
        dep, _h, root = by_cat["MOB"][0]
        offer("MOB", dep, root)
    # --- territory
    for cat in ("CAPTURE", "REGAIN"):
        for dep, _h, root in by_cat.get(cat, []):
            pat, pk = _place_arg(root, actor_kind)
            if cat == "REGAIN" and pat is not None and (
                (pat.pos_ == "PROPN" and pk in (None, "civilian"))
                or (pat.pos_ == "NOUN" and pk is None and root.lemma_ in ("recapture", "retake", "regain", "liberate", "reclaim"))
            ):
                pk = "place"  # one recaptures places, not persons: "recaptured Palmyra"
            if pk == "place" and root.lemma_ in ("enter", "advance", "storm", "occupy"):
                ag = agent_of(root)
                if ag is None or arg_kind(ag, actor_kind) not in ("state", "nonstate", "armed"):
                    continue  # "the most wanted man entered Mosul": not a capture
            if pk == "place":
                offer("TERRITORY", dep, root)
            elif cat == "REGAIN" and (pat is None or pat.pos_ == "PRON") and root.lemma_ in (
                "liberate", "recapture", "retake", "regain"
            ):
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
        _word_kind(t) in ("state", "nonstate", "armed") and not _source(t)
        for t in sent if t.pos_ in ("NOUN", "PROPN")
    )
    killing = any(
        t.lemma_ in ("kill", "murder", "behead", "massacre", "shoot", "stab", "execute")
        and t.dep_ not in ("acl", "relcl", "amod")  # "bodies of soldiers massacred by ISIL": background
        for _d, _h, t in by_cat.get("VIOLENCE", [])
    )
    mob = _mob_violence(by_cat)
    if mob is not None:
        offer("MOB", mob[0] - 1.0, mob[1])  # a crowd or vigilantes doing the violence
    for c in ("NATURAL", "MANMADE"):
        for _d, _h, r in by_cat.get(c, []):
            if any(_circumstance(r, t) for _d2, _h2, t in by_cat.get("VIOLENCE", [])):
                # "killed in a road accident", "died in the floods": the disaster is what happened
                return TypeDecision(None, r, c, none_class=c, cues=sorted(by_cat), confidence=0.6)
    if strong_means or "CLASH" in by_cat:
        for c in ("NATURAL", "MANMADE"):
            cands.pop(c, None)
    crowd = "PROTEST" in cands or "MOB" in cands or mob is not None
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
        h.phrase.startswith(("hand", "without", "vacate", "peacefully", "handover")) or _left_place(r, actor_kind)
        for _d, h, r in by_cat["TRANSFER"]
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
    if fam != "OTHER" and "OTHER" in cands and any(
        h.phrase.startswith(("coup", "seized power", "mutiny")) and d <= depth + 1 and not _grievance(r)
        and (r.pos_ == "VERB" or r.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"))
        for d, h, r in by_cat.get("OTHER", [])
    ):
        fam, (depth, trig) = "OTHER", cands["OTHER"]  # a coup is the event, the arrests it makes are part of it
    if fam in ("ARREST", "CHANGE") and "DISRUPT" in cands:
        fam, (depth, trig) = "DISRUPT", cands["DISRUPT"]
    if fam == "ARREST" and "PROTEST" in by_cat and by_cat["PROTEST"][0][0] - by_cat["ARREST"][0][0] <= 4.5 and (
        not _planned(by_cat["PROTEST"][0][2])
    ):
        fam, (depth, trig) = "PROTEST", cands["PROTEST"]
    if fam == "PROTEST" and by_cat.get("INTERV") and by_cat["INTERV"][0][0] < _depth(trig) and not _grievance(
        by_cat["INTERV"][0][2]
    ):
        trig = by_cat["INTERV"][0][2]  # "police fired tear gas at supporters who had gathered": the act is the firing
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
    if trig.lemma_ in ("die", "dead", "death") and ag_tok is not None and ag_tok.dep_ == "nsubj":
        ag_tok, pa_tok = None, ag_tok  # "five soldiers died": the subject is the victim
    agent = ArgInfo(ag_tok, arg_kind(ag_tok, actor_kind) if ag_tok is not None else None)
    patient = ArgInfo(pa_tok, arg_kind(pa_tok, actor_kind) if pa_tok is not None else None)
    remote = [(by_cat[c][0][0], i, c) for i, c in enumerate(REMOTE_ORDER) if c in by_cat]
    means = None
    if remote:
        # the weapons named nearest the predicate; among those, ACLED's order (chemical > suicide > air ...)
        specific = [r for r in remote if r[2] != "BLAST"] or remote
        top = min(r[0] for r in specific)
        means = min((r for r in specific if r[0] <= top + 3), key=lambda r: r[1])[2]
        if means != "CHEM" and "CHEM" in by_cat:
            weapon = next(x[2] for x in by_cat[means])
            if any(_near(x[2], weapon, 4) or _describes(x[2], weapon) for x in by_cat["CHEM"]):
                means = "CHEM"  # "barrel bombs filled with chlorine": the charge decides (ACLED's order)
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
        if "LETHAL" in by_cat:  # "killed a protester during clashes": the clashes are the setting
            by_cat["RIOT"] = [x for x in by_cat.get("RIOT", []) if not _setting(x[2])]
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
            if tok.lemma_ in ("die", "dead") and any(c.dep_ == "nsubj" for c in tok.children):
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
    if "CLASH" in by_cat and (
        by_cat["CLASH"][0][0] <= (by_cat.get("VIOLENCE") or [(99,)])[0][0] + 1
        or any(_circumstance(c[2], trig) for c in by_cat["CLASH"])
    ):
        ctok = by_cat["CLASH"][0][2]
        if _civilian_sides(agent, sent, ctok):
            return "Mob violence", None, agent, patient  # supporters, communities: not organised armed groups
        if ctok.lemma_ in ("raid", "assault", "ambush", "ambushed", "encounter", "storm") and (
            pk == "civilian" or (pk in ("place", None) and not _armed_place(patient.token)
                                 and _victims(by_cat, actor_kind) == {"civilian"})
        ):
            return "Attack", None, agent, patient
        return "Armed clash", None, agent, patient
    ak = agent.kind
    if pk in ("armed", "state", "nonstate"):
        return "Armed clash", None, agent, patient
    if pk == "protester" or (
        pk in (None, "civilian") and "PROTEST" in by_cat and "protester" in _victims(by_cat, actor_kind)
    ):
        return "Excessive force against protesters", None, agent, patient
    if ak == "civilian" and pk in (None, "civilian"):
        if pk == "civilian" and agent.token is not None and (
            agent.token.tag_ in ("NNS", "NNPS") or agent.token.lower_ in MOB_AGENT_WORDS
        ):
            return "Mob violence", None, agent, patient  # a group of civilians attacking others
        if pk is None:
            return None, None, agent, patient
    if pk in ("civilian", "place"):
        if pk == "place" and _armed_place(patient.token):
            return "Armed clash", None, agent, patient
        return "Attack", None, agent, patient
    if ak in ("state", "nonstate", "armed"):
        return "Attack", None, agent, patient
    if any(t.lemma_.lower() in LETHAL_ACTS for _d, _h, t in by_cat.get("VIOLENCE", [])):
        return "Attack", None, agent, patient  # killings by unnamed perpetrators: ACLED's default is an attack
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
    return not any(
        c.dep_ in ("relcl", "acl", "nummod") or (c.dep_ == "prep" and c.lower_ not in ("on", "against", "of", "by"))
        for c in trig.children
    )


def _mob_violence(by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> tuple[float, Any] | None:
    """Violence whose doer is a crowd, residents or vigilantes ("a crowd of villagers beat a thief to
    death", "members of a vigilante group killed two men"): mob violence, not an armed actor's attack."""
    for dep, _h, tok in by_cat.get("VIOLENCE", []):
        if tok.lemma_.lower() not in MOB_ACTS:
            continue
        ag = agent_of(tok)
        if ag is None:
            continue
        words = {t.lower_ for t in ag.subtree} | {t.lemma_.lower() for t in ag.subtree}
        if words & MOB_AGENT_WORDS and not words & (ARMED_WORDS | STATE_WORDS | NONSTATE_WORDS):
            return dep, tok
    return None



def _unknown_doer(doc: Any, hit: CueHit) -> bool:
    """An attribution cue whose subject is a question word ("who was behind", "who is responsible")."""
    tok = doc[hit.start]
    for t in [tok, tok.head, tok.head.head]:
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in t.children):
            return True
    return False


def _planned(tok: Any) -> bool:
    """A protest someone was going to hold, lead or address ("leaving his home to address a rally")."""
    h = tok
    for _ in range(3):
        if h.head.i == h.i:
            return False
        h = h.head
        if h.lemma_.lower() in ("address", "attend", "join", "lead", "plan", "organise", "organize", "call", "hold") and (
            h.dep_ in ("xcomp", "advcl", "relcl", "acl") or any(c.lower_ == "to" for c in h.children)
        ):
            return True
    return False


def _describes(tok: Any, noun: Any, steps: int = 7) -> bool:
    """``tok`` lies in the description of ``noun`` ("bombs loaded with cylinders containing a poison
    gas"), not in a clause about something else ("strikes on groups it accused of a chlorine attack")."""
    h = tok
    for _ in range(steps):
        if h.i == noun.i:
            return True
        if h.dep_ in ("relcl", "advcl", "ccomp", "pcomp", "conj") or h.head.i == h.i:
            return False
        h = h.head
    return h.i == noun.i
