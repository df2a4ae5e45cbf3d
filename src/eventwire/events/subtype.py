"""From a family and its trigger to ACLED's sub-event type.

:func:`subtype_of` is the last step of :mod:`eventwire.events.typing`: once a sentence's family of cues
(violence, protest, territory, the strategic kinds ...) and its trigger are chosen, it finds the agent
and the patient in the parse, the means of remote violence by ACLED's order (chemical before suicide
before air ...), and the sub-event type: the protest level (peaceful, with intervention, excessive
force, violent), who took a place, or the violence subtype of :mod:`eventwire.events.violence`.
"""

from __future__ import annotations

from typing import Any

from .clause import (
    MOB_AGENT_WORDS,
    ActorKind,
    ArgInfo,
    _describes,
    _near,
    _setting,
    agent_of,
    arg_kind,
    patient_of,
    speaker_for,
)
from .crowd import RIOT_WORDS, background_act, grievance
from .crowdcues import communal_riot
from .crowdforce import crowd_fought, force_on_violent_crowd, repelled_by, severe_beating, target_of_force
from .cueasides import means_aside
from .families import REMOTE_ORDER
from .forceacts import attacked_demonstration
from .handover import fights_only_denied, taken_by_state
from .lexicon import CueHit
from .nonacled import doer
from .participles import passive_participle
from .protestlevel import brutal_force, curbed, lethal_on_protesters, no_intervention, riot_by_protesters
from .territory import territory_subtype
from .violence import CHEM_SYMPTOMS, violence_subtype


def subtype_of(
    doc: Any,
    sent: Any,
    fam: str,
    trig: Any,
    by_cat: dict[str, list[tuple[float, CueHit, Any]]],
    actor_kind: ActorKind | None,
) -> tuple[str | None, str | None, ArgInfo, ArgInfo]:
    ag_tok = speaker_for(trig, agent_of(trig))
    if ag_tok is None and trig.pos_ == "VERB" and trig.dep_ in ("conj", "acl") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in trig.children
    ):
        ag_tok = doer(trig)  # "a crowd set upon the driver and beat him" (the clause parsed as the crowd's)
        if ag_tok is not None and ag_tok.i == trig.head.i and passive_participle(trig):
            ag_tok = None  # "many mothers detained in the camps say ...": the noun is the one detained
            # ("the group claimed 25 soldiers killed" keeps the claimant)
    pa_tok = patient_of(trig)
    if trig.lemma_ in ("die", "dead", "death") and ag_tok is not None and ag_tok.dep_ == "nsubj":
        ag_tok, pa_tok = None, ag_tok  # "five soldiers died": the subject is the victim
    fought_off = repelled_by(trig)
    if fought_off is not None:  # "a vigilante group foiled bandits' attack on the community": the repelling is the act
        ag_tok, pa_tok = fought_off
    agent = ArgInfo(ag_tok, arg_kind(ag_tok, actor_kind) if ag_tok is not None else None)
    patient = ArgInfo(pa_tok, arg_kind(pa_tok, actor_kind) if pa_tok is not None else None)
    remote = [(by_cat[c][0][0], i, c) for i, c in enumerate(REMOTE_ORDER) if c in by_cat and not (
        fam == "VIOLENCE" and all(means_aside(trig, x[2]) for x in by_cat[c]))]  # "clashed as a drone circled overhead"
    means = None
    if remote:
        # the weapons named nearest the predicate; among those, ACLED's order (chemical > suicide > air ...)
        specific = [r for r in remote if r[2] != "BLAST"] or remote
        top = min(r[0] for r in specific)
        means = min((r for r in specific if r[0] <= top + 3), key=lambda r: r[1])[2]
        if means != "CHEM" and "CHEM" in by_cat:
            weapon = next(x[2] for x in by_cat[means])
            if any(_near(x[2], weapon, 4) or _describes(x[2], weapon) or (
                not x[1].phrase.startswith(CHEM_SYMPTOMS) and x[2].dep_ not in ("compound", "amod", "relcl", "acl")
            ) for x in by_cat["CHEM"]):
                means = "CHEM"  # "barrel bombs filled with chlorine", "treated for chlorine exposure after a
                # rocket landed": the charge decides (ACLED's order puts chemical weapons first); a symptom
                # alone ("suffocation", "breathing difficulties") only beside the weapon
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
        if "CLASH" in by_cat and not fights_only_denied(sent):  # not "under a deal ending the fighting"
            return ("Government regains territory" if taken_by_state(trig, agent, actor_kind) else "Non-state actor overtakes territory"), None, agent, patient
        return "Non-violent transfer of territory", None, agent, patient
    if fam == "TERRITORY":
        sub_t, agent = territory_subtype(sent, trig, agent, by_cat, actor_kind)
        return sub_t, None, agent, patient
    if fam == "PROTEST":
        # what the crowd protests about ("to decry the arrests and violence") is not what happened to it
        by_cat = {c: [x for x in v if not (grievance(x[2]) and not (c == "RIOT" and target_of_force(x[2])) and not (
                      c == "LETHAL" and _done_to(x[2], trig)))
                      and not (c != "RIOT" and background_act(x[2], trig))
                      and not (c == "INTERV" and no_intervention(x[2]))]  # "no arrests", "marched before dispersing"
                  if c in ("INTERV", "LETHAL", "RIOT") else v for c, v in by_cat.items()}
        if "LETHAL" in by_cat:  # "killed a protester during clashes": the clashes are the setting
            by_cat["RIOT"] = [x for x in by_cat.get("RIOT", []) if not _setting(x[2]) or x[1].phrase.startswith("violent")]
        by_cat = {c: v for c, v in by_cat.items() if v}
        set_upon, set_upon_peaceful = attacked_demonstration(sent, actor_kind)
        if set_upon_peaceful is not None:  # "thugs attacked a peaceful rally"; "... and two were slightly hurt"
            forced = set_upon_peaceful == "force" or lethal_on_protesters(by_cat, actor_kind) or brutal_force(
                sent, actor_kind) or severe_beating(sent, actor_kind)
            return ("Excessive force against protesters" if forced else "Protest with intervention"), None, agent, patient
        rioting = any(doc[h.start].lower_ in RIOT_WORDS for _d, h, _r in by_cat["PROTEST"])
        if rioting and communal_riot(sent, [doc[h.start] for _d, h, _r in by_cat["PROTEST"] if h.phrase != "crowd"]):
            return "Mob violence", None, agent, patient  # "rioters ransack a shop during communal violence"
        if rioting or ("RIOT" in by_cat and riot_by_protesters(by_cat)) or force_on_violent_crowd(sent, actor_kind) or (
            crowd_fought(sent, actor_kind)
        ):
            return "Violent demonstration", None, agent, patient
        if lethal_on_protesters(by_cat, actor_kind) or brutal_force(sent, actor_kind) or severe_beating(sent, actor_kind) or (
            set_upon == "force"  # "thugs attacked the march with knives, injuring 50"
        ):
            return "Excessive force against protesters", None, agent, patient
        if "INTERV" in by_cat or curbed(sent, by_cat, actor_kind) or set_upon:  # "police surrounded the protesters"
            return "Protest with intervention", None, agent, patient
        return "Peaceful protest", None, agent, patient
    if fought_off is not None and means is None and agent.token is not None and any(
        t.lower_ in MOB_AGENT_WORDS or t.lower_ == "vigilante" for t in _own_words(agent.token)
    ):
        return "Mob violence", None, agent, patient  # vigilantes or villagers fighting off bandits
    return violence_subtype(doc, sent, trig, by_cat, means, agent, patient, actor_kind)


def _done_to(act: Any, crowd: Any) -> bool:
    """The crowd chosen as the predicate is the one the act was done to ("condemned the killing of 11
    protesters": the protesters were killed), not a crowd protesting about it."""
    if act.dep_ == "relcl" and act.head.i == crowd.i and any(c.dep_ == "nsubjpass" for c in act.children):
        return True  # "mourn a protester who was shot dead by security forces": the protester was shot
    return act.pos_ == "NOUN" and crowd.pos_ in ("NOUN", "PROPN") and crowd.i != act.i and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.i == crowd.i for g in c.children) for c in act.children
    )


def _own_words(tok: Any) -> list[Any]:
    """``tok`` and its modifiers before it ("a vigilante group")."""
    return [tok, *(c for c in tok.children if c.i < tok.i)]
