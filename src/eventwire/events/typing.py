"""Typing a sentence into ACLED's 25 sub-event types (or "no event") by reading its clause.

The cues of :mod:`eventwire.events.lexicon` say *what* a sentence may be about; the dependency parse
says *which* of them is the predicate (the cue nearest the root of the sentence wins), who acts on whom
(agent and patient: "captured the town" is territory, "captured five fighters" an arrest or an
abduction; militants killing soldiers is a clash, killing villagers an attack on civilians) and which
means were used (air strike, shelling, IED ...; ACLED's hierarchy decides when tactics co-occur).
Non-ACLED happenings (natural and man-made disasters, organised crime, diplomacy, attribution of
responsibility) are recognised so that they come out as "no event" instead of being forced into a type.

The clause reading (agent, patient, kinds of actors, small predicates) lives in
:mod:`eventwire.events.clause`; the cues that only look like an event's are dropped by
:mod:`~eventwire.events.cuefilter`; crowds (riot or mob) in :mod:`~eventwire.events.crowd`, how
forces met a demonstration in :mod:`~eventwire.events.protestlevel`; accidents, crime, diplomacy
and claims in :mod:`~eventwire.events.nonacled`; strategic developments that happened (not only
mentioned) in :mod:`~eventwire.events.strategic`, agreements and broken truces read off the parse and which
strategic act of a sentence leads in :mod:`~eventwire.events.developments`; weapons seized or stopped in
:mod:`~eventwire.events.weapons`; the follow-up of a paragraph's lead (the arrests after a drugs
seizure, the dead of an earthquake) and background clauses in :mod:`~eventwire.events.story`; who took a place
from whom in :mod:`~eventwire.events.territory`; violence (clash or attack, the means, misread cues) in
:mod:`~eventwire.events.violence`. :func:`classify` runs the rules (:func:`rule_classify`) and then lets
the learned type model (:mod:`eventwire.events.typemodel`) overrule them where it is confident; no
model file is shipped at present (cross-validation did not show a gain over the rules), so the rules
decide alone unless one is passed or installed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import typemodel
from .accords import agreement_acts
from .clause import (  # noqa: F401 - ArgInfo, arg_kind, agent_of, patient_of are re-exported
    CROWD_CONTROL,
    FIREARM_WORDS,
    LETHAL_ACTS,
    MOB_AGENT_WORDS,
    ActorKind,
    ArgInfo,
    _armed_place,
    _circumstance,
    _civilian_sides,
    _depth,
    _grievance,
    _hit_root,
    _left_place,
    _opponent,
    _place_arg,
    _planned,
    _pro_government,
    _setting,
    _source,
    _struck_by_air,
    _unarmed_target,
    _victims,
    _word_kind,
    agent_of,
    arg_kind,
    defended,
    patient_of,
    speaker_for,
)
from .crowd import (
    RIOT_WORDS,
    crowd_kind,
    crowd_riot,
    cue_index,
    gathering_protest,
    grievance,
    mob_violence,
    protest_over,
    protesting,
    time_shifted,
)
from .crowdcues import crowd_punishments, demonstrating_crowds, road_barricades
from .crowdfollow import another_scene
from .crowdforce import crowd_fought, during_clause, held_later
from .crowdstance import fights_armed_foe, suspect_punished
from .cueasides import QUIET_CATS, background_protest, burnt_in_fire, migrants_held, property_attacked
from .cuefilter import filter_hits
from .developments import (
    PARSED_CUES,
    after_clause,
    announced_change,
    pluperfect,
    reread_other,
    reweigh,
    unseen_developments,
)
from .families import BONUS, FAMILY_CATS, NONE_CATS, PRIORITY, REMOTE_ORDER
from .groupacts import group_acts, untyped_violence_yields
from .handover import place_hits
from .harmacts import crime_cue_yields, people_hurt_too
from .lexicon import CueHit
from .materiel import body_sanction
from .mishaps import province_name
from .movements import force_movements
from .nonacled import (
    ONE_SIDED,
    accident,
    accidental_blast,
    accidental_cause,
    administrative_demolition,
    claimed_acts,
    conflict_deal,
    cooperation_deal,
    crime_motive,
    criminal_doer,
    criminal_target,
    disaster_damage,
    domestic_killing,
    embedded,
    harmless,
    only_mentioned,
    ordinary_crime,
    own_property,
    prior_mishap,
    private_quarrel,
    reporting_voice,
    weapons_test,
)
from .privatecrime import private_abuse, private_arrest, story_violence
from .protestlevel import (
    PROTEST_LEVEL,
    abducted_demonstrators,
    arrest_at_protest,
    fired_at_crowd,
    forces_took_protesters,
    misread_protest,
    mob_dispersed,
    reported_on,
    told_as_past,
    violence_at_protest,
)
from .restrictions import restriction_hits
from .softkills import soft_kills
from .story import follow_up, following_sentences, lead_decision, led_to, main_of_background, remember
from .strategic import (
    agreement_happened,
    arrest_happened,
    bases_established,
    change_happened,
    coup_happened,
    mass_displacement,
    mass_escape,
    moved_in,
    police_case,
    preparations,
    state_taking,
    taken_into_custody,
    taker_named,
)
from .strikes import labour_strikes
from .subtype import subtype_of
from .taxonomy import CASE_CODES
from .territory import (
    captured_in_fight,
    place_given,
    territory_candidates,
)
from .typing_extra import reread_decision
from .unlisted import unlisted_developments
from .violence import (
    arrested_for_damage,
    counted,
    damage_charged,
    drop_misread,
    harmed,
    put_to_death,
    seized_people,
    taken_captive,
)
from .weapons import (
    air_strikes,
    another_device,
    attempted,
    carrying_explosives,
    controlled_blast,
    own_bomb,
    sabotage,
    seize_weapons,
    seized_aside,
    stopped_bomber,
    struck_target,
    undetonated,
    went_off_harming,
)
from .words import NOMINAL, tokens_tagged

#: The verbs of handing a place over among the MOVE_VERB cues (read by :func:`handover.place_hits`).
HANDOVER_CUES = frozenset(
    """hand handed handing hands transfer transferred transferring transfers return returned returning returns
    replace replaced replacing relieve relieved""".split()
)
CROWD_NOUNS = frozenset("gathering crowd crowds assembly meeting vigil sit-in procession".split())


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


STRATEGIC_FAMS = ("CHANGE", "OTHER", "AGREE", "HQ")


def classify(
    doc: Any,
    sent: Any,
    hits: list[CueHit],
    *,
    actor_kind: ActorKind | None = None,
    model: Any = True,
    claims: bool = True,
) -> TypeDecision | None:
    """Type one sentence from its cue hits; None when no cue points to an event or a non-event.

    The rules decide; the learned type model (:mod:`eventwire.events.typemodel`, the shipped one when
    ``model`` is True, none when False/None) overrules them where it is confident. ``claims=False``: the
    caller asks for the act a claim is about, so claims the rules find by parse are not added again."""
    if not hits:
        return None
    dec = rule_classify(doc, sent, hits, actor_kind=actor_kind, claims=claims)
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
    context: bool = True,
    claims: bool = True,
) -> TypeDecision | None:
    """The rules alone (see :func:`classify`); with ``context``, a sentence is read with the lead of
    its paragraph (:mod:`eventwire.events.story`) and a demonstration with the sentences that follow
    it (police dispersing it, protesters turning violent)."""
    dec = _rule_classify(doc, sent, hits, actor_kind=actor_kind, context=context, claims=claims)
    if dec is not None:  # the clause read again (events/typing_extra.py)
        dec = reread_decision(dec, sent, hits, actor_kind)
    if context:
        remember(doc, sent, dec)  # the lead of the sentences after it, typed once
    return dec


def _rule_classify(
    doc: Any,
    sent: Any,
    hits: list[CueHit],
    *,
    actor_kind: ActorKind | None,
    context: bool,
    claims: bool = True,
) -> TypeDecision | None:
    if not hits:
        return None
    if all((h.category == "DEV_VERB" and not h.phrase.startswith(("agree", "sign"))) or (
        h.category == "MOVE_VERB" and h.phrase in HANDOVER_CUES) for h in hits) and not (
        unseen_developments(sent, [], actor_kind) or place_hits(sent, [], actor_kind) or group_acts(sent, [], actor_kind)
        or restriction_hits(sent, [], actor_kind) or unlisted_developments(sent, [], actor_kind) or seized_people(sent, actor_kind)
        or force_movements(sent, hits)  # "transferred two divisions to Donetsk"
    ):  # "armed men snatched a businessman": "armed" is no development
        return None  # only verbs a development or a handover may be told by, and none is (fast: no other cue)
    kept, disasters = filter_hits(doc, hits, actor_kind=actor_kind)
    kept = soft_kills(sent, drop_misread(doc, kept))  # "troops neutralised 12 terrorists": a killing
    if any(_depth(t) == 0 for t in disasters) and not any(h.category in REMOTE_ORDER + ("CLASH",) for h in kept):
        return TypeDecision(None, disasters[0], "MANMADE", none_class="MANMADE", cues=["MANMADE"], confidence=0.55)
    kept += labour_strikes(sent, kept) + bases_established(sent, kept, actor_kind)  # a strike of work; "set up a camp"
    kept += demonstrating_crowds(sent, kept) + crowd_punishments(sent, kept)  # a procession with demands; "locals flogged him"
    kept += road_barricades(sent, kept)  # "blocked the Pan-American Highway with rocks"
    captive = taken_captive(sent) + seized_people(sent, actor_kind)  # "gunmen snatched five fishermen": an abduction
    if captive:  # "... and marched them into the forest": captives led away, no march of protest
        kept = [h for h in kept if not (h.category == "PROTEST" and any(c.start == h.start for c in captive))]
    hits = kept + (claimed_acts(doc, sent, hits) if claims else []) + air_strikes(sent, kept) + force_movements(sent, hits) + captive
    hits += place_hits(sent, kept, actor_kind)  # "returned the city to the army": a place handed over
    hits += preparations(sent, hits, actor_kind)
    hits += unseen_developments(sent, hits, actor_kind)  # a leader replaced, roads closed, a levy charged
    hits += group_acts(sent, hits, actor_kind)  # "announced the creation of a militia", "renounced violence"
    hits += [h for h in restriction_hits(sent, hits, actor_kind) if not body_sanction(sent, h, hits)]  # "banned night
    # travel", "closed all schools in the region"; not "the Security Council extended the arms embargo"
    hits += unlisted_developments(sent, hits, actor_kind)  # what no cue lists: "put their signatures to"
    hits += put_to_death(sent)
    by_cat: dict[str, list[tuple[float, CueHit, Any]]] = {}
    for h in hits:
        root = _hit_root(doc, h)
        dep = float(_depth(root))
        if root.dep_ in ("acl", "amod", "relcl", "compound"):
            dep += 1.0  # a modifier of a noun is not the predicate
        elif h.category in REMOTE_ORDER:
            dep -= counted(root)  # "hurled two of the grenades at soldiers": as deep as "two"
        by_cat.setdefault(h.category, []).append((dep, h, root))
    # "announced a new offensive": the offensive is announced, not fought; "fired fireworks at police": a riot
    for outer, inner in (("CHANGE", "CLASH"), ("CHANGE", "VIOLENCE"), ("RIOT", "MANMADE")):  # "halt all attacks"
        for _d, ch, _r in by_cat.get(outer, []):
            if inner in by_cat:
                by_cat[inner] = [x for x in by_cat[inner] if not (ch.start <= x[1].start and x[1].end <= ch.end)]
                if not by_cat[inner]:
                    del by_cat[inner]
    for v in by_cat.values():
        v.sort(key=lambda x: x[0])

    cands: dict[str, tuple[float, Any]] = {}

    def offer(fam: str, depth: float, tok: Any) -> None:
        depth -= BONUS.get(fam, 0.0)
        if fam not in cands or depth < cands[fam][0]:
            cands[fam] = (depth, tok)

    # --- disrupted weapons use ("exploded prematurely", "defused" decide whatever else the sentence says)
    decisive_disrupt = False
    for dep, h, root in by_cat.get("DISRUPT", []):
        if struck_target(root, hits):
            continue  # "jets destroyed a weapons depot", "Israel bombed an arms depot": a strike on it
        if h.phrase.startswith(("before", "while")) and root.dep_ == "advcl":
            root = root.head  # "shot dead before he could detonate his vest": the act that stopped it
            dep = float(_depth(root))
        failed = h.phrase.startswith(("failed to", "did not explode"))  # the bomb that failed to go off
        failed = failed or h.phrase.startswith(("trying", "tried", "attempting", "attempted"))  # went off as they planted it
        if another_device(root) and any(c in by_cat for c in REMOTE_ORDER) and any(
            _d2 <= dep for c in ("VIOLENCE", *REMOTE_ORDER) for _d2, _h2, _r2 in by_cat.get(c, [])
        ):
            continue  # "... killing two; a second device was found and defused": the blast is the event
        if failed or not attempted(root):
            offer("DISRUPT", dep, root)
            if failed or h.phrase.startswith(("prematur", "while planting", "defuse", "controlled", "bomb disposal", "before")):
                decisive_disrupt = True
    for h in hits:
        if h.category == "SEIZE_VERB" and doc[h.start].lemma_ in ("intercept", "shoot", "down") and (
            "SHELL" in by_cat or "AIR" in by_cat
        ) and (doc[h.start].lemma_ == "intercept" or "down" in h.phrase):
            offer("DISRUPT", float(_depth(doc[h.start])), doc[h.start])
            decisive_disrupt = True  # "fired a missile ... it was intercepted"
    unexploded = undetonated(doc, hits)
    if unexploded is not None:
        offer("DISRUPT", float(_depth(unexploded)), unexploded)
        decisive_disrupt = True  # "a package containing a pipe bomb was delivered to ...": it did not go off
    own = own_bomb(sent)
    if own is not None:
        offer("DISRUPT", float(_depth(own)), own)
        decisive_disrupt = True  # "the bomb they were assembling went off"
    stopped = controlled_blast(sent, hits) or stopped_bomber(doc, hits)
    if stopped is not None:  # "the device was detonated by army engineers", "a suicide bomber was shot by troops"
        offer("DISRUPT", float(_depth(stopped)), stopped)
        decisive_disrupt = True
    sw = seize_weapons(doc, hits)
    if sw is not None and not attempted(doc[sw.start]) and not (
        (another_device(doc[sw.start]) or seized_aside(doc[sw.start], by_cat)) and any(c in by_cat for c in REMOTE_ORDER)
        and ("VIOLENCE" in by_cat or ("BLAST" in by_cat and another_device(doc[sw.start])))
    ):
        offer("DISRUPT", float(_depth(doc[sw.start])), doc[sw.start])
    # --- protests / riots
    for cat in ("PROTEST", "RIOT"):  # "a thief who later died in hospital" is no die-in, "riot shields" no riot
        if cat in by_cat:
            by_cat[cat] = [x for x in by_cat[cat] if not misread_protest(doc, x[1]) and not (
                cat == "PROTEST" and by_cat.keys() <= QUIET_CATS and background_protest(x[2]))]  # "resigned amid weeks of protests"
            if not by_cat[cat]:
                del by_cat[cat]
    for dep, _h, root in by_cat.get("GATHER", []):
        if gathering_protest(root):  # a crowd gathering (to demand ...), not "fighters mobilised alongside the army"
            by_cat.setdefault("PROTEST", []).append((dep, _h, root))
            by_cat["PROTEST"].sort(key=lambda x: x[0])
    if "PROTEST" not in by_cat:
        for dep, h, root in by_cat.get("INTERV", []):
            pat = patient_of(root)
            if h.phrase.startswith(CROWD_CONTROL) or (pat is not None and (protesting(pat) or (
                h.phrase.startswith(("broke", "kettle", "cordon", "scatter")) and pat.lemma_.lower() in CROWD_NOUNS
            )) or fired_at_crowd(root)):  # "fired pellets at a peaceful crowd"
                by_cat["PROTEST"] = [(dep, h, root)]  # tear gas, water cannon: used on a crowd; "removed activists who had occupied the lobby"
                break
    for dep, h, root in [x for x in by_cat.get("CLASH", []) if x[2].lemma_ in ("push", "repel", "block")]:
        if (pat := patient_of(root)) is not None and protesting(pat):  # "pushed back students who tried to march"
            by_cat["PROTEST"] = [(dep, h, root)]  # a crowd held back: the demonstration met by the forces
    if "PROTEST" in by_cat:
        # "arrested the party chief two days after a rally": the rally is another event, not the setting of
        # the forces' act (an act of a demonstration told after "a day after" may be the news: see story)
        forces = "ARREST" in by_cat or "INTERV" in by_cat
        told = [x for x in by_cat["PROTEST"] if not forces or not (time_shifted(x[2]) or reported_on(x[2]))]
        dep, _h, root = (told or by_cat["PROTEST"])[0]
        if not told:
            dep += BONUS["PROTEST"] + 1.0
        if (_setting(root) and any(c in by_cat for c in REMOTE_ORDER)) or held_later(root, by_cat.get("LETHAL", [])):
            dep += BONUS["PROTEST"] + 2.0 * held_later(root, by_cat.get("LETHAL", []))  # "threw a grenade into a crowd
            # at a rally": the setting; "shot dead a journalist; a day later, colleagues held a protest": a reaction
        offer("PROTEST", dep, root)
    mob_doers = [x for x in by_cat.get("MOB", []) if not harmed(x[2]) and not fights_armed_foe(x[2], actor_kind, by_cat)]
    if mob_doers:
        dep, _h, root = mob_doers[0]
        offer("MOB", dep, root)
    # --- territory
    for fam_, dep_, tok_ in territory_candidates(sent, by_cat, actor_kind):
        offer(fam_, dep_, tok_)
    # --- exchanges of prisoners ("the two sides exchanged 200 prisoners"), deals signed, parties agreeing
    for t in agreement_acts(sent):
        offer("AGREE", float(_depth(t)), t)
    reread_other(by_cat, _depth)  # truces broken in general terms, graves found
    # --- the rest of the strategic developments (that happened: events.strategic) and non-events, by depth
    for cat, happened in (("OTHER", None), ("ARREST", arrest_happened), ("CHANGE", change_happened),
                          ("AGREE", agreement_happened)):
        if cat in by_cat:
            by_cat[cat] = [x for x in by_cat[cat] if x[1].phrase in PARSED_CUES or (
                mass_displacement(x[2]) if cat == "OTHER" and x[1].phrase.startswith(("fled", "flee", "displace", "exodus", "uproot", "abandon"))
                else mass_escape(x[2]) if cat == "OTHER" and x[1].phrase.startswith(("escape", "broke"))
                else coup_happened(x[2]) if cat == "OTHER" else x[1].phrase == "forces moved" or happened(x[2])
            )]
            if not by_cat[cat]:
                del by_cat[cat]
    for cat in ("TRANSFER", "HQ", "AGREE", "SEXV", "LOOT", "CHANGE", "OTHER") + NONE_CATS:
        f = v[0] if (v := by_cat.get(cat)) else None  # the nearest hit of the family (read inline: ~15 per sentence)
        if cat == "LOOT" and f is not None and only_mentioned(f[2], "LOOT"):
            # "condemned the burning of ..." told beside the act itself ("... torched the church"): the act
            f = next((x for x in by_cat[cat] if not only_mentioned(x[2], "LOOT")), f)
        if f is not None:
            offer(cat, f[0], f[2])
    for dep, _h, root in by_cat.get("ARREST", []):
        if any(c in by_cat and any(h.start <= _h.start and _h.end <= h.end and h.end - h.start > _h.end - _h.start
                                   for _d2, h, _r2 in by_cat[c]) for c in ("CAPTURE", "REGAIN")):
            continue  # "took control of", "took over": territory, not an arrest
        if (root.lemma_ in ("capture", "take", "raid", "hold", "held") or root.lower_ in ("taken", "held")) and not (
            taken_into_custody(root)
        ):
            pat = patient_of(root)
            if pat is None or arg_kind(pat, actor_kind) not in ("armed", "nonstate", "civilian", "protester"):
                continue
        if root.pos_ == "ADP" and root.head.pos_ == "VERB":
            root = root.head  # "placed the mayor in custody": the placing, with its doer and the person
        offer("ARREST", dep, root)
        break
    for dep, _h, root in by_cat.get("ABDUCT", []):  # "officers took away the leader": an arrest
        offer("ARREST" if state_taking(by_cat["ABDUCT"], actor_kind) else "ABDUCT", dep, root)
        break
    # --- violence (clashes, attacks, remote violence)
    vio: list[tuple[float, Any]] = []
    for cat in ("CLASH", "VIOLENCE") + REMOTE_ORDER:
        f = v[0] if (v := by_cat.get(cat)) else None
        if f is not None:
            vio.append((f[0] + (0.5 if cat in REMOTE_ORDER else 0.0), f[2]))
    if vio:
        dep, tok = min(vio, key=lambda x: x[0])
        offer("VIOLENCE", dep, tok)
    if set(cands) <= {"DIPLO"} and "RIOT" in by_cat:  # "youths hurled stones at government forces": only a riot cue
        # (or talks told as the cause: "hurled fireworks at police after the government froze the talks")
        riot = crowd_riot(doc, sent, by_cat, depth=0.0, actor_kind=actor_kind)
        if riot is not None:
            offer("MOB" if riot[0] in ("MOB", "RIVAL") else "VIOLENCE", float(_depth(riot[1])), riot[1])
    if not cands:
        return None

    # natural / man-made disasters and crime lose to clear political violence
    strong_means = any(c in by_cat for c in ("CHEM", "SUICIDE", "AIR", "SHELL", "GRENADE", "IED"))
    armed_seen: list[bool] = []

    def armed_present() -> bool:  # read when first asked (most sentences never ask)
        if not armed_seen:
            armed_seen.append(any(
                _word_kind(t) in ("state", "nonstate", "armed") and not _source(t) and not reporting_voice(t)
                and not province_name(t)
                for t in tokens_tagged(sent, NOMINAL)  # not "the Taliban administration said", "state media blamed"
            ))
        return armed_seen[0]

    killing = any(
        (t.lemma_ in ("kill", "murder", "behead", "massacre", "shoot", "stab", "execute") or _h.phrase == "to death")
        and t.dep_ not in ("acl", "relcl", "amod")  # "bodies of soldiers massacred by ISIL": background
        and not embedded(t)  # "a man they accused of killing a child"
        for _d, _h, t in by_cat.get("VIOLENCE", [])
    )
    mob = mob_violence(by_cat)
    if mob is not None and mob[1].i not in {r.i for _d, _h, r in by_cat.get("SEXV", [])}:  # not "raped by a mob"
        offer("MOB", mob[0] - 1.0, mob[1])  # a crowd or vigilantes doing the violence
    acc = accident(by_cat, sent)
    if acc is not None:  # "a military helicopter crashed, killing its crew": no one attacked anyone
        return TypeDecision(None, acc, "MANMADE", none_class="MANMADE", cues=sorted(by_cat), confidence=0.6)
    for c in ("NATURAL", "MANMADE"):
        for _d, _h, r in by_cat.get(c, []):
            if any(_circumstance(r, t) for _d2, _h2, t in by_cat.get("VIOLENCE", [])):
                # "killed in a road accident", "died in the floods": the disaster is what happened
                return TypeDecision(None, r, c, none_class=c, cues=sorted(by_cat), confidence=0.6)
    if strong_means or "CLASH" in by_cat:
        for c in ("NATURAL", "MANMADE"):
            cands.pop(c, None)
    crowd = "PROTEST" in cands or "MOB" in cands or mob is not None or suspect_punished(by_cat)  # "burned a suspected burglar's house"
    if "MANMADE" in cands and ("VIOLENCE" in cands or "MOB" in cands or "LOOT" in cands) and prior_mishap(
        cands["MANMADE"][1], by_cat
    ):
        cands.pop("MANMADE")  # "a crowd set upon the driver after the accident": what the crowd did next
    if "CRIME" in cands and crime_cue_yields(cands):  # gang leaders agreeing a truce; "gang members stormed the town"
        cands.pop("CRIME")
    for c in ("NATURAL", "MANMADE", "CRIME"):
        if c in cands and not armed_present() and not strong_means and not (crowd and (c == "CRIME" or protest_over(by_cat, c, mob))):
            return TypeDecision(None, cands[c][1], c, none_class=c, cues=sorted(by_cat), confidence=0.6)
    if "MANMADE" in cands and "VIOLENCE" in cands and armed_present() and "CRIME" not in cands:
        cands.pop("MANMADE")
    if "CRIME" in cands and ("VIOLENCE" in cands and strong_means):
        cands.pop("CRIME")
    if "CRIME" in cands and crowd:
        cands.pop("CRIME")  # a mob lynching a thief, a march against corruption
    arms_smuggling = sw is not None and all(
        doc[h.start].lower_.startswith(("smuggl", "traffick", "contraband")) for _d, h, _r in by_cat["CRIME"]
    ) if "CRIME" in by_cat else False
    if arms_smuggling:
        cands.pop("CRIME", None)  # "seized weapons being smuggled from Libya": weapons stopped
    if "CRIME" in cands:  # arrests / seizures in a crime story are not political
        for c in ("ARREST", "DISRUPT", "ABDUCT", "LOOT"):
            cands.pop(c, None)
        if "TERRITORY" in cands and any(  # "seized 50 kg of meth in Yangon": goods seized, not a place
            c.dep_ == "dobj" and c.lemma_ != "control" and _word_kind(c) != "place"
            and c.ent_type_ not in ("GPE", "LOC", "FAC") for c in cands["TERRITORY"][1].children
        ):
            cands.pop("TERRITORY")
    if "DIPLO" in cands and "AGREE" in cands and cands["AGREE"][0] <= cands["DIPLO"][0] + 1:
        cands.pop("DIPLO")
    no_harm = not strong_means and harmless(sent)
    raid_only = all(r.lemma_ in ONE_SIDED for _d, _h, r in by_cat.get("CLASH", []))
    clash_before = all(r.dep_ == "pobj" and r.head.lower_ in ("after", "following", "since") for _d, _h, r in by_cat.get("CLASH", []))
    if "LOOT" in cands and (strong_means or ("CLASH" in by_cat and not (raid_only and no_harm) and not (
        clash_before and cands["LOOT"][0] < cands.get("VIOLENCE", (99.0,))[0]  # "bulldozed houses after the ambush"
    )) or killing):
        cands.pop("LOOT")
    if "TRANSFER" in cands and not any(
        place_given(r, h, actor_kind)  # not "handed over the remains", "relinquished his post"
        or h.phrase.startswith(("without", "vacate", "peacefully", "unopposed"))
        or (_left_place(r, actor_kind) and any(taker_named(s, hits if s is sent else [])
                                                for s in [sent, *following_sentences(doc, sent)]))
        or moved_in(r)  # "rebels moved into the town after soldiers pulled out"
        for _d, h, r in by_cat["TRANSFER"]
    ):
        cands.pop("TRANSFER")  # a withdrawal alone is a movement of forces
    if "TRANSFER" in cands and "CHANGE" in cands and cands["CHANGE"][1].i == cands["TRANSFER"][1].i:
        cands.pop("CHANGE")  # the withdrawal that handed the place over is the transfer
    if not cands:
        return None

    fam, (depth, trig) = min(cands.items(), key=lambda kv: (kv[1][0], PRIORITY.get(kv[0], 50)))
    if fam in ("AGREE", "CHANGE", "OTHER", "HQ", "DIPLO"):
        main = main_of_background(trig, {f: t for f, (_d, t) in cands.items() if f != fam and f not in NONE_CATS})
        if main is not None:  # "violence erupted after the government signed a deal": the deal is the background
            fam, (depth, trig) = main, cands[main]
    if "DISRUPT" in cands and own is None and not any(
        h.phrase.startswith(("prematur", "while planting", "failed to", "did not explode", "trying", "tried", "attempting", "attempted"))
        for _d, h, _r in by_cat.get("DISRUPT", [])
    ) and went_off_harming(by_cat) is not None:
        decisive_disrupt = False  # "defused one bomb, but a second exploded, killing two": the blast
        cands.pop("DISRUPT", None)
        if "VIOLENCE" in cands and fam == "DISRUPT":
            fam, (depth, trig) = "VIOLENCE", cands["VIOLENCE"]
    if decisive_disrupt and "DISRUPT" in cands and fam not in NONE_CATS:
        fam, (depth, trig) = "DISRUPT", cands["DISRUPT"]
    if fam == "VIOLENCE" and "TERRITORY" in cands and not strong_means and captured_in_fight(trig, cands["TERRITORY"][1]):
        fam, (depth, trig) = "TERRITORY", cands["TERRITORY"]  # "stormed the town, killing 20 and taking control of it"
    if fam == "ARREST" and "OTHER" in cands and any(r.lower_ in ("coup", "coups") for _d, _h, r in by_cat.get("OTHER", [])):
        fam, (depth, trig) = "OTHER", cands["OTHER"]  # "officers detained the president in a coup": the coup
    if fam == "MOB" and "PROTEST" in cands:
        fam, (depth, trig) = "PROTEST", cands["PROTEST"]  # a crowd at a demonstration riots
    if fam == "PROTEST" and "ABDUCT" in cands and abducted_demonstrators(trig, cands["ABDUCT"][1], actor_kind):
        fam, (depth, trig) = "ABDUCT", cands["ABDUCT"]  # "gunmen abducted five protesters on their way home"
    if fam == "VIOLENCE" and "PROTEST" in cands and not strong_means and (
        violence_at_protest(trig, by_cat, killing=killing) or crowd_fought(sent, actor_kind)
    ):
        fam, (depth, trig) = "PROTEST", cands["PROTEST"]  # "killed in violent protests", "fired rubber bullets at ..."
    for c in ("NATURAL", "MANMADE"):
        if (fam in ("CHANGE", "OTHER") or (fam == "LOOT" and c == "NATURAL")) and c in cands:  # troops sent to help after the floods
            return TypeDecision(None, cands[c][1], c, none_class=c, cues=sorted(by_cat), confidence=0.5)
    if fam == "ARREST" and "LOOT" in cands and not killing and not ordinary_crime(sent) and any(
        trig.i in {a.i for a in r.ancestors} or r.i in {a.i for a in trig.ancestors} or r.head.i == trig.head.i
        for _d, _h, r in by_cat.get("LOOT", []) if not _grievance(r) and (r.pos_ == "VERB" or r.dep_ == "pobj")
    ):
        fam, (depth, trig) = "LOOT", cands["LOOT"]  # "two men were arrested after they set fire to an office"
    elif fam == "ARREST" and not killing and not ordinary_crime(sent) and arrested_for_damage(trig) is not None:
        trig = arrested_for_damage(trig)  # "arrested 12 people in connection with the burning of a church"
        fam, depth = "LOOT", float(_depth(trig))
    if fam in STRATEGIC_FAMS and killing and "VIOLENCE" in cands and not led_to(
        cands["VIOLENCE"][1], trig
    ) and not pluperfect(cands["VIOLENCE"][1]):  # not "named a new leader, confirming that his predecessor had been killed"
        fam, (depth, trig) = "VIOLENCE", cands["VIOLENCE"]  # deaths make the news, not the movement
    if fam == "OTHER" and trig.lemma_ in ("flee", "displace") and "VIOLENCE" in cands and led_to(cands["VIOLENCE"][1], trig):
        fam, (depth, trig) = "VIOLENCE", cands["VIOLENCE"]  # "thousands fled after militants attacked": the attack
    if fam == "CHANGE" and "LOOT" in cands and cands["LOOT"][1].i in {t.i for t in trig.subtree} and (
        cands["LOOT"][1].dep_ in ("advcl", "pcomp", "conj")
    ):
        fam, (depth, trig) = "LOOT", cands["LOOT"]  # "the militants withdrew after burning the health centre"
    if fam != "OTHER" and "OTHER" in cands and any(
        h.phrase.startswith(("coup", "seized power", "mutiny", "martial law")) and d <= depth + 1 and not _grievance(r)
        and (r.pos_ == "VERB" or r.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")) and not after_clause(r)
        for d, h, r in by_cat.get("OTHER", [])
    ):
        fam, (depth, trig) = "OTHER", cands["OTHER"]  # a coup is the event, the arrests it makes are part of it
    if not (fam == "DISRUPT" and decisive_disrupt):
        fam2 = reweigh(fam, cands, by_cat, killing=killing)  # which strategic act leads (eventwire.events.strategic)
        if fam2 != fam:
            fam, (depth, trig) = fam2, cands[fam2]
    if fam == "CHANGE":
        trig = announced_change(trig)  # "the group said it would dissolve itself": the announcement is the change
    if fam == "VIOLENCE" and "ARREST" in cands and not killing and not strong_means and trig.lemma_ in (
        "raid", "storm", "search", "cordon"
    ) and harmless(sent):
        fam, (depth, trig) = "ARREST", cands["ARREST"]  # "police raided the home of X and arrested him"
    if fam in ("ARREST", "CHANGE") and "DISRUPT" in cands:
        fam, (depth, trig) = "DISRUPT", cands["DISRUPT"]
    if fam == "ABDUCT" and forces_took_protesters(trig, actor_kind, told="PROTEST" in cands):
        # "police carried off students who were staging a sit-in": the forces' taking at a demonstration
        by_cat.setdefault("INTERV", []).insert(0, (0.0, CueHit("INTERV", "taken away", trig.i, trig.i + 1, 1.0), trig))
        if "PROTEST" not in cands:
            pat = patient_of(trig)
            by_cat.setdefault("PROTEST", []).append((0.0, CueHit("PROTEST", "taken protesters", pat.i, pat.i + 1, 1.0), pat))
            cands["PROTEST"] = (0.0, pat)
        fam, (depth, trig) = "PROTEST", cands["PROTEST"]
    if fam == "ARREST" and "PROTEST" in by_cat and arrest_at_protest(by_cat, trig, planned=_planned):
        by_cat.setdefault("INTERV", []).insert(0, (0.0, CueHit("INTERV", "arrest", trig.i, trig.i + 1, 1.0), trig))
        fam, (depth, trig) = "PROTEST", cands["PROTEST"]  # arrests made at a demonstration: an intervention
    if fam == "ARREST":
        pat = patient_of(trig)
        if pat is not None and protesting(pat):  # "arrested students who staged a sit-in": an intervention
            by_cat.setdefault("PROTEST", []).append((0.0, CueHit("PROTEST", "arrested protesters", pat.i, pat.i + 1, 1.0), pat))
            by_cat.setdefault("INTERV", []).append((0.0, CueHit("INTERV", "arrest", trig.i, trig.i + 1, 1.0), trig))
            fam = "PROTEST"
        elif carrying_explosives(trig) and "BLAST" not in by_cat:  # "arrested a man wearing a suicide vest" (no blast)
            fam = "DISRUPT"
    if fam == "PROTEST" and by_cat.get("INTERV") and by_cat["INTERV"][0][0] < _depth(trig) and not _grievance(
        by_cat["INTERV"][0][2]
    ):
        trig = by_cat["INTERV"][0][2]  # "police fired tear gas at supporters who had gathered": the act is the firing
    if fam in ("ABDUCT", "ARREST") and "SEXV" in cands and not killing and (
        fam == "ABDUCT" or arg_kind(agent_of(trig), actor_kind) in ("nonstate", "armed")
    ):
        fam, (depth, trig) = "SEXV", cands["SEXV"]  # "seized two girls and raped them", "held women as sex slaves"
    if fam == "LOOT" and people_hurt_too(trig, cands.get("VIOLENCE")):  # "set fire to homes, wounding four"
        fam, (depth, trig) = "VIOLENCE", cands["VIOLENCE"]
    if fam in ("VIOLENCE", "LOOT", "ABDUCT") and not strong_means and (
        criminal_doer(trig) or criminal_target(trig) or ("CRIME" in cands and trig.lemma_ in ("raid", "storm", "search", "bust") and not killing)
        or crime_motive(sent, by_cat)  # "a contract killing", "armed robbers ambushed a cash van, wounding two guards"
    ):
        fam, trig = "CRIME", cands.get("CRIME", (depth, trig))[1]  # robbers, poachers; a drugs raid
    elif fam == "VIOLENCE" and "BLAST" in by_cat and not any(c in by_cat for c in REMOTE_ORDER[:-1]) and (
        "CLASH" not in by_cat and accidental_blast(doc, sent)
    ):
        fam, trig = "MANMADE", by_cat["BLAST"][0][2]  # "a transformer blew up", "the blast was caused by a gas leak"
    elif fam == "VIOLENCE" and sabotage(trig, by_cat, harmless=no_harm):
        fam = "LOOT"  # "militants blew up a gas pipeline": sabotage, nobody hurt
    elif fam == "VIOLENCE" and not strong_means and "CLASH" not in by_cat and property_attacked(trig):
        fam = "LOOT"  # "the attacks on shops and warehouses", nobody hurt
    elif fam == "VIOLENCE" and "LOOT" in cands and no_harm and (trig.lemma_ in ONE_SIDED and (
        _unarmed_target(patient_of(trig), actor_kind)
    ) or trig.lower_ in ("gunman", "gunmen")):
        fam, (depth, trig) = "LOOT", cands["LOOT"]  # "attacked the village, burning houses": nobody hurt
        # "gunmen fired into the air and ransacked a clinic": the doer named, the damage is the act
    elif fam == "VIOLENCE" and "ABDUCT" in cands and not strong_means and (
        trig.lemma_.lower() in ONE_SIDED | {"ambush", "gunman", "gunmen"} and harmless(sent, taken=False)
    ):
        fam, (depth, trig) = "ABDUCT", cands["ABDUCT"]  # "gunmen stormed the school and abducted 30 pupils"
        if "SEXV" in cands:
            fam, (depth, trig) = "SEXV", cands["SEXV"]  # "gunmen seized two girls and raped them"
    elif fam in ("ABDUCT", "ARREST") and killing and "VIOLENCE" in cands and not strong_means and (
            fam == "ABDUCT" or cands["VIOLENCE"][1] in trig.conjuncts):  # "were rounded up, shot or beheaded"
        fam, (depth, trig) = "VIOLENCE", cands["VIOLENCE"]  # "took an imam from his home and executed him": an attack
    elif fam == "LOOT" and (blaze := disaster_damage(by_cat) or burnt_in_fire(by_cat)) is not None:
        fam, trig = "MANMADE", blaze  # "a fire gutted the market", "shops burned in a fire that broke out"
    elif fam == "AGREE" and not armed_present() and (cooperation_deal(trig) or not conflict_deal(by_cat)):
        fam = "DIPLO"  # "signed cooperation agreements on energy and trade", states agreeing on a dam
    elif fam == "VIOLENCE" and not strong_means and (domestic_killing(trig) or story_violence(trig, sent, kind=lambda t: arg_kind(t, actor_kind))):
        fam = "CRIME"  # "a man killed his wife and three children"
    elif fam == "VIOLENCE" and not strong_means and "CLASH" not in by_cat and accidental_cause(trig, sent):
        fam = "MANMADE"  # "killed by a falling tree", "killed when a tunnel caved in"
    elif fam == "LOOT" and (own_property(trig) or private_quarrel(trig, sent) or administrative_demolition(trig)):
        fam = "CRIME"  # "a man set fire to his own house", "... a tenant's shop after a dispute over rent"
    elif fam == "ARREST" and (ordinary_crime(sent) or police_case(trig) or migrants_held(trig) or private_arrest(
            trig, sent, kind=lambda t: arg_kind(t, actor_kind))):
        fam = "CRIME"  # "arrested a man suspected of killing his mother" (events.privatecrime: "for threatening ...")
    elif fam == "SEXV" and private_abuse(trig, sent, kind=lambda t: arg_kind(t, actor_kind)):
        fam = "CRIME"  # "the teacher allegedly sexually abused a girl in his home" (events.privatecrime)
    elif fam == "VIOLENCE" and weapons_test(sent):
        fam = "DIPLO"  # "North Korea test-fired two ballistic missiles into the sea"
    if fam == "LOOT" and "PROTEST" in cands and "RIOT" in by_cat and not strong_means and not _grievance(trig) and (any(
        (r.i in {t.i for t in trig.subtree} and r.dep_ in ("pobj", "nsubj") and r.head.i != trig.i or during_clause(r, trig))
        and not _grievance(r) for _d, _h, r in by_cat["PROTEST"]  # "cars were set alight as thousands protested"
    ) or any(crowd_kind(agent_of(r), actor_kind) == "demo" for _d, _h, r in by_cat["LOOT"]) or any(
        doc[h.start].lower_ in RIOT_WORDS and not grievance(r) for _d, h, r in by_cat["PROTEST"]
    )) and arg_kind(agent_of(trig), actor_kind) not in ("state", "nonstate", "armed"):
        fam, (depth, trig) = "PROTEST", cands["PROTEST"]  # "shops were looted as the protests spread": a riot
    lynch = mob_dispersed(by_cat, actor_kind) if fam == "PROTEST" and not strong_means else None
    if lynch is not None:  # "police fired tear gas to disperse a mob that was beating a suspected thief"
        fam, trig = "MOB", lynch
    if lynch is None and not strong_means and fam in ("VIOLENCE", "LOOT", "MOB", "PROTEST", "ARREST", "ABDUCT", "CHANGE", "ATTRIB"):
        riot = crowd_riot(doc, sent, by_cat, depth=_depth(trig), actor_kind=actor_kind)
        if riot is not None:  # demonstrators stoning the police, a crowd burning a man's house
            if (riot[0] == "MOB" and fam != "PROTEST") or riot[0] == "RIVAL":  # crowds fighting each other
                fam, trig = "MOB", riot[1]
            elif riot[0] == "VD" or fam == "PROTEST":
                by_cat.setdefault("RIOT", []).append((0.0, CueHit("RIOT", "crowd act", riot[1].i, riot[1].i + 1, 1.0), riot[1]))
                by_cat.setdefault("PROTEST", []).append((0.0, CueHit("PROTEST", "crowd", riot[1].i, riot[1].i + 1, 1.0), riot[1]))
                fam, trig = "PROTEST", riot[1]
    if fam not in NONE_CATS and fam not in STRATEGIC_FAMS and only_mentioned(trig, fam):
        told = [f for f in STRATEGIC_FAMS if f in cands and not only_mentioned(cands[f][1], f)]
        if told:  # "a curfew was imposed following clashes between rival communities": the curfew is told
            fam, (depth, trig) = told[0], cands[told[0]]
    cue_names = sorted(by_cat)
    if fam not in NONE_CATS and only_mentioned(trig, fam):
        return TypeDecision(None, trig, "DIPLO", none_class="DIPLO", cues=cue_names, confidence=0.5)
    if fam in NONE_CATS:
        return TypeDecision(None, trig, fam, none_class=fam, cues=cue_names, confidence=0.6)
    sub, means, agent, patient = subtype_of(doc, sent, fam, trig, by_cat, actor_kind)
    if sub is None and fam == "VIOLENCE" and not killing and untyped_violence_yields(cands, STRATEGIC_FAMS):
        fam = untyped_violence_yields(cands, STRATEGIC_FAMS)
        depth, trig = cands[fam]
        sub, means, agent, patient = subtype_of(doc, sent, fam, trig, by_cat, actor_kind)  # "the death of its leader"
    elif sub is None and fam == "VIOLENCE" and "MOB" in cands:
        fam, (depth, trig) = "MOB", cands["MOB"]  # "... and beat him severely; he later died in hospital": a death no
        sub, means, agent, patient = subtype_of(doc, sent, fam, trig, by_cat, actor_kind)  # one did, the mob's act
    elif sub is None and fam == "VIOLENCE" and "LOOT" in cands and not killing:
        fam, (depth, trig) = "LOOT", cands["LOOT"]  # "gunmen fired into the air and looted shops": nobody hit
        sub, means, agent, patient = subtype_of(doc, sent, fam, trig, by_cat, actor_kind)
    if context:
        lead = lead_decision(doc, sent, lambda s: rule_classify(doc, s, cue_index().match(s), actor_kind=actor_kind,
                                                                  context=False))
        if follow_up(lead, fam, trig, agent_kind=agent.kind, strong_means=strong_means):
            # "Four suspects were arrested" after a drugs seizure; "300 people were killed" after a quake
            return TypeDecision(None, trig, lead.none_class, none_class=lead.none_class, cues=cue_names, confidence=0.5)
    if sub is None:
        return None
    if context and sub == "Arrests" and not killing:
        for later in following_sentences(doc, sent, limit=1):
            damage = damage_charged(later)
            if damage is not None:  # "Police arrested five suspects. They are accused of setting fire to a church."
                return TypeDecision("Looting/property destruction", damage, "LOOT", agent=ArgInfo(), patient=ArgInfo(),
                                    cues=cue_names, confidence=0.6)
    if context and sub in ("Peaceful protest", "Protest with intervention"):
        # "... The police later fired tear gas to disperse them."; "Police fired rubber bullets at the
        # protesters. Two were killed and several officers injured in the clashes."
        for later in following_sentences(doc, sent):
            d2 = rule_classify(doc, later, cue_index().match(later), actor_kind=actor_kind, context=False)
            if d2 is not None and PROTEST_LEVEL.get(d2.sub_event_type or "", 0) > PROTEST_LEVEL[sub] and not (
                    told_as_past(later) or another_scene(sent, later)):  # not "In Monywa, soldiers opened fire"
                sub = d2.sub_event_type  # "... The police later fired tear gas to disperse them."
    conf = 0.55 + (0.15 if depth <= 1 else 0.0) + (0.1 if means else 0.0) + (0.1 if agent.kind else 0.0)
    return TypeDecision(sub, trig, fam, means=means, agent=agent, patient=patient, cues=cue_names,
                        confidence=min(conf, 0.95))
