"""Who took a place and from whom, read off a territorial clause: "returned to government control",
"fell to the army", "captured from the terrorists"."""

from __future__ import annotations

import re
from typing import Any

from .clause import (
    ActorKind,
    ArgInfo,
    _depth,
    _near,
    _place_arg,
    _pro_government,
    _word_kind,
    agent_of,
    arg_kind,
)
from .lexicon import CueHit

STATE_HOLDERS = frozenset("government state army regime federal military".split())


def state_control(tok: Any) -> Any:
    """The word saying a place came back to the state ("returned to government control", "back under
    army control", "back in government hands"); None otherwise."""
    preps = list(tok.children) + [g for c in tok.children if c.lower_ == "back" for g in c.children]
    for c in preps:  # "was back in government hands": the phrase may hang from "back"
        if c.dep_ == "prep" and c.lower_ in ("to", "under", "in", "into"):
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ in ("control", "hands"):
                    holder = next((x for x in g.children if x.dep_ in ("compound", "amod", "nmod", "poss")
                                   and x.lower_ in STATE_HOLDERS), None)
                    holder = holder or next((y for x in g.children if x.dep_ == "prep" and x.lower_ == "of"
                                             for y in x.children if y.dep_ == "pobj" and arg_kind(y) == "state"), None)
                    if holder is not None and (tok.lemma_ in ("return", "come", "be", "fall") or any(
                        x.lower_ == "back" for x in tok.children
                    )):
                        return holder
    return None


def taker(fall: Any) -> Any:
    """Who a place fell to: "fell to the army", "fell into the hands of the rebels"."""
    for c in fall.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "into"):
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                if g.lower_ == "hands":
                    inner = next((x for x in g.children if x.dep_ == "prep" and x.lower_ == "of"), None)
                    owner = next((x for x in (inner.children if inner is not None else []) if x.dep_ == "pobj"), None)
                    return owner or next((x for x in g.children if x.dep_ == "poss"), g)
                return g
    return None


def loser_kind(trig: Any, actor_kind: ActorKind | None = None) -> str | None:
    """The kind of who lost the place ("captured the villages from IS", "seized the town from the army",
    "wrested from rebel control"): "state", "nonstate" or None."""
    for t in trig.subtree:
        if t.dep_ != "prep" or t.lower_ not in ("from", "of") or (t.lower_ == "of" and t.head.lower_ not in ("control", "hands")):
            continue
        for g in t.children:
            if g.dep_ != "pobj":
                continue
            holder = g
            if g.lower_ in ("control", "hands", "grip"):  # "from rebel control", "from the hands of IS"
                inner = next((x for x in g.children if x.dep_ in ("compound", "amod", "poss")), None)
                inner = inner or next((y for x in g.children if x.dep_ == "prep" and x.lower_ == "of"
                                       for y in x.children if y.dep_ == "pobj"), None)
                if inner is None:
                    continue
                holder = inner
            k = arg_kind(holder, actor_kind)
            if k in ("nonstate", "state"):
                return k
    return None


EXPEL_LEMMAS = frozenset("drive push flush expel chase kick force oust dislodge rout".split())


def _entered_place(verb: Any, actor_kind: ActorKind | None) -> bool:
    """The verb takes its doer into a place ("deployed into the town", "entered the village")."""
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "in")
              for g in c.children if g.dep_ == "pobj"]
    if verb.lemma_ in ("enter", "control", "hold", "occupy"):  # "now control the district after driving out ..."
        places += [c for c in verb.children if c.dep_ == "dobj"]
    return any(arg_kind(p, actor_kind) == "place" for p in places)


PROTEST_SITE_WORDS = frozenset(
    """protest protests protesters protestors demonstrators demonstration sit dharna encampment camp-out""".split()
)


def _protest_site(sent: Any, place: Any, by_cat: dict[str, list[tuple[float, CueHit, Any]]],
                  actor_kind: ActorKind | None) -> bool:
    """The place cleared or occupied is a demonstration's ("the protest camp", "the square" in a
    sentence about a protest with no armed group named): crowd control or a protest, not territory."""
    if {t.lower_ for t in place.subtree} & PROTEST_SITE_WORDS:
        return True
    return "PROTEST" in by_cat and not any(
        arg_kind(t, actor_kind) in ("nonstate", "armed") for t in sent if t.pos_ in ("NOUN", "PROPN")
    )


SETTLEMENT_WORDS = frozenset("community communities settlement settlements locality localities".split())


def territory_candidates(
    sent: Any, by_cat: dict[str, list[tuple[float, CueHit, Any]]], actor_kind: ActorKind | None
) -> list[tuple[str, float, Any]]:
    """(family, depth, predicate) offered by the capture and regain cues: a place taken is territory,
    persons taken an arrest (by the state) or an abduction."""
    out: list[tuple[str, float, Any]] = []
    for t in sent:
        if t.lemma_ == "be" and t.dep_ in ("ROOT", "conj", "ccomp") and state_control(t) is not None and any(
            c.dep_ == "nsubj" and arg_kind(c, actor_kind) in (None, "place") for c in t.children
        ):
            out.append(("TERRITORY", float(_depth(t)), t))  # "the town was back in government hands"
    for cat in ("CAPTURE", "REGAIN"):
        for dep, _h, root in by_cat.get(cat, []):
            if root.lower_ == "back" and root.dep_ == "advmod" and state_control(root.head) is not None:
                root = root.head  # "the town came back under government control": the verb is the predicate
                dep = float(_depth(root))
            if root.pos_ != "VERB" and root.lower_ in ("retook", "took", "overran") and root.dep_ == "compound" and (
                root.head.lower_ == "control"
            ):
                root = root.head  # "The army retook control of the town" parsed as a noun phrase: read the control
            pat, pk = _place_arg(root, actor_kind)
            if state_control(root) is not None:  # "the town returned to government control"
                pat = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), pat)
                pk = "place" if pat is not None and arg_kind(pat, actor_kind) in (None, "place", "civilian") else pk
            if cat == "REGAIN" and pat is not None and (
                (pat.pos_ == "PROPN" and pk in (None, "civilian"))
                or (pat.pos_ == "NOUN" and pk is None and root.lemma_ in ("recapture", "retake", "regain", "liberate", "reclaim"))
                or (pat.lemma_.lower() in SETTLEMENT_WORDS and root.lemma_ in ("recapture", "retake", "regain", "liberate", "reclaim"))
            ):
                pk = "place"  # one recaptures places, not persons: "recaptured Palmyra"
            if pat is not None and pat.lower_ == "it" and pk is None and root.dep_ == "conj" and any(
                c.dep_ == "dobj" and arg_kind(c, actor_kind) == "place" for c in root.head.children
            ):
                pk = "place"  # "stormed the militants' stronghold and seized it": the place just named
            if pk == "place" and root.lemma_ in ("clear", "free", "secure", "occupy") and _protest_site(sent, pat, by_cat, actor_kind):
                continue  # "police cleared the protest camp", "protesters occupied the square": no territory
            if pk == "place" and root.lemma_ in ("enter", "advance", "storm", "occupy"):
                ag = agent_of(root)
                if ag is None or arg_kind(ag, actor_kind) not in ("state", "nonstate", "armed"):
                    continue  # "the most wanted man entered Mosul": not a capture
            if pk == "place":
                out.append(("TERRITORY", dep, root))
            elif cat == "REGAIN" and (pat is None or pat.pos_ == "PRON") and (root.lemma_ in (
                "liberate", "recapture", "retake", "regain"
            ) or (root.lemma_ in ("take", "win") and _h.phrase.endswith("back"))):  # "took it back"
                told = any(t.i < root.i and t.pos_ == "NOUN" and _word_kind(t) == "place" for t in root.sent)
                out.append(("TERRITORY", dep + (0.0 if told else 1.0), root))  # "stormed the village and took it back"
            elif cat == "REGAIN" and pk in ("armed", "nonstate", "state") and root.lemma_ in EXPEL_LEMMAS and root.dep_ in (
                "advcl", "pcomp", "conj", "xcomp"
            ) and _entered_place(root.head if root.dep_ != "pcomp" else root.head.head, actor_kind):
                out.append(("TERRITORY", dep, root.head if root.dep_ != "pcomp" else root.head.head))
                # "troops deployed into the town after driving out the insurgents"
            elif pk in ("armed", "state", "nonstate", "civilian") and cat == "CAPTURE" and root.lemma_ in (
                "capture", "seize", "take",
            ):
                ag = agent_of(root)
                ak = arg_kind(ag, actor_kind) if ag is not None else None
                out.append(("ARREST" if ak == "state" else "ABDUCT", dep, root))
    return out


DEAL_WORDS = frozenset("deal agreement accord truce ceasefire arrangement understanding settlement".split())


def _by_deal(trig: Any) -> bool:
    """The place changed hands under a deal ("entered the town following a deal with the Kurds", "under
    the agreement, ... handed ...")."""
    for c in trig.children:
        if c.dep_ == "prep" and c.lower_ in ("following", "after", "under", "per", "in"):
            if any(g.dep_ == "pobj" and g.lemma_.lower() in DEAL_WORDS for g in c.children):
                return True
        if c.dep_ == "advcl" and c.lower_ == "following" and any(  # "following" read as a verb
                g.dep_ == "dobj" and g.lemma_.lower() in DEAL_WORDS for g in c.children):
            return True
    return False


def _forced(withdrawal: Any) -> bool:
    """A withdrawal the taker forced ("forcing the rebels to withdraw"): fighting, not a handover."""
    h = withdrawal.head
    return withdrawal.dep_ in ("xcomp", "ccomp", "advcl") and h.lemma_.lower() in ("force", "compel", "oblige", "push", "make")


def _place_left(obj: Any, actor_kind: ActorKind | None) -> bool:
    """The object of "left" is the place left ("after the troops left it", "left the town"), not an
    outcome ("leaving 20 dead")."""
    if obj.dep_ != "dobj" or any(c.dep_ in ("amod", "acomp", "oprd") for c in obj.children):
        return False
    return obj.lower_ in ("it", "them") or arg_kind(obj, actor_kind) == "place" or obj.ent_type_ in ("GPE", "LOC", "FAC")


REGAIN_LEMMAS = frozenset("recapture retake regain liberate reclaim free clear liberation secure".split())
REGAIN_FORMS = frozenset("retook retaken recaptured regained reclaimed liberated".split())
# the forces of someone named elsewhere ("units of the Syrian army", "its units", "they")
GENERIC_FORCES = frozenset(
    """units unit forces force troops soldiers fighters members elements personnel men formations detachments""".split()
)


def _whose_forces(sent: Any, trig: Any, agent: ArgInfo, actor_kind: ActorKind | None) -> ArgInfo:
    """The side of a taker told only as someone's forces or by a pronoun: "units of the Syrian Arab
    Army" (the army's), "the army said its units had taken control" (the speaker's), "It captured the
    villages" after "The Syrian army launched an offensive" (the previous sentence's subject); the
    subject of a passive movement ("troops were deployed in the recaptured areas") and not the support
    of the taker ("troops backed by tanks ... captured")."""
    tok = agent.token
    if tok is None and trig.lemma_ in ("deploy", "move", "send", "station", "redeploy"):
        tok = next((c for c in trig.children if c.dep_ == "nsubjpass"), None)  # "troops were deployed in the areas"
        agent = ArgInfo(tok, arg_kind(tok, actor_kind)) if tok is not None else agent
    if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.dep_ == "acl" and (
            tok.head.head.lemma_ in ("back", "support", "assist", "aid", "cover", "accompany")):
        tok = tok.head.head.head  # "troops backed by tanks ... captured": the troops took it
        agent = ArgInfo(tok, arg_kind(tok, actor_kind))
    if tok is None or agent.kind in ("state", "nonstate"):
        return agent
    if tok.lower_ in GENERIC_FORCES:
        inner = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
        if inner is not None and arg_kind(inner, actor_kind) in ("state", "nonstate"):
            return ArgInfo(tok, arg_kind(inner, actor_kind))
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            owner = _antecedent(sent, tok, actor_kind)
            return ArgInfo(tok, owner) if owner else agent
    if tok.pos_ == "PRON" and tok.lower_ in ("it", "they"):
        owner = _antecedent(sent, tok, actor_kind)
        return ArgInfo(tok, owner) if owner else agent
    return agent


def _antecedent(sent: Any, tok: Any, actor_kind: ActorKind | None) -> str | None:
    """The kind ("state"/"nonstate") of the actor a pronoun stands for: the speaker of the sentence ("the
    army said its units ...") or else the subject of the sentence before, when it is one side."""
    root = sent.root
    if root.i != tok.head.i:
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is not None and arg_kind(subj, actor_kind) in ("state", "nonstate"):
            return arg_kind(subj, actor_kind)
    if sent.start == 0:
        return None
    prev = sent.doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    if subj is not None and arg_kind(subj, actor_kind) in ("state", "nonstate"):
        return arg_kind(subj, actor_kind)
    return None


def territory_subtype(
    sent: Any, trig: Any, agent: ArgInfo, by_cat: dict[str, list[tuple[float, CueHit, Any]]],
    actor_kind: ActorKind | None,
) -> tuple[str, ArgInfo]:
    """The territorial sub-event type of a capture predicate and its taker: the state (or its allies)
    regaining a place, a non-state actor overtaking it, or a transfer without fighting."""
    if agent.token is None and trig.dep_ == "dobj":  # "Iraqi forces announced the liberation of Mosul"
        ag = agent_of(trig.head)
        agent = ArgInfo(ag, arg_kind(ag, actor_kind) if ag is not None else None)
    if trig.lemma_ == "fall":  # "the town fell to government forces": the taker follows "to"
        ag = taker(trig)
        agent = ArgInfo(ag, arg_kind(ag, actor_kind) if ag is not None else None)
        if ag is not None and agent.kind is None and _pro_government(ag):
            agent = ArgInfo(ag, "state")
    if state_control(trig) is not None:  # "returned to government control", "back in army hands"
        agent = ArgInfo(state_control(trig), "state")
    if agent.token is not None and agent.kind in (None, "civilian") and any(
        c.dep_ == "compound" and c.lower_ in ("army", "military", "government", "regime", "police") for c in agent.token.children
    ):
        agent = ArgInfo(agent.token, "state")  # "the army men imposed their control over the hill"
    if agent.token is not None and agent.kind != "state" and any(
        c.dep_ == "conj" and arg_kind(c, actor_kind) == "state" for c in agent.token.children
    ):
        agent = ArgInfo(agent.token, "state")  # "allied militias and the army": state forces with allies
    agent = _whose_forces(sent, trig, agent, actor_kind)
    if agent.kind in (None, "armed"):  # "the joint task force dislodged bandits from their camps"
        agent = _by_who_was_expelled(sent, trig, agent, actor_kind)
    withdraw = any(
        (t.lemma_ in ("withdraw", "withdrawal", "vacate", "retreat", "abandon", "evacuate") or t.lower_ in ("pulled", "pull")
         or (t.lemma_ in ("leave", "surrender") and t.pos_ == "VERB" and not any(  # "after the army left", not "leaving 20 dead"
             c.dep_ in ("dobj", "oprd", "ccomp", "xcomp") and not _place_left(c, actor_kind) for c in t.children)))
        and _near(t, trig, 4) and not _forced(t)
        for t in sent
    )
    peaceful = any(h.phrase.startswith(("without", "peacefully", "unopposed")) for _d, h, _r in by_cat.get("TRANSFER", [])) or (
        _by_deal(trig))  # "entered the town following a deal with the Kurdish forces"
    fought = "CLASH" in by_cat or any(c in by_cat for c in ("AIR", "SHELL")) or any(
        h[2].lemma_ in ("attack", "storm", "kill", "battle") for h in by_cat.get("VIOLENCE", [])
    ) or bool(re.search(r"\bunder (heavy )?fire\b|\bfighting\b|\bclashes\b|\bassault\b", sent.text, re.I))
    regain = trig.lemma_ in REGAIN_LEMMAS or trig.lower_ in REGAIN_FORMS
    state_taker = agent.kind == "state" or (agent.token is not None and _pro_government(agent.token))
    if not fought and (peaceful or withdraw and not (regain and state_taker and trig.lemma_ not in ("free", "clear", "secure"))):
        return "Non-violent transfer of territory", agent  # "al-Shabaab recaptured the town after AMISOM pulled out"
    if state_taker:
        return "Government regains territory", agent
    if agent.kind == "nonstate" or (agent.kind == "armed" and not regain):
        return "Non-state actor overtakes territory", agent
    if regain:  # "its units secured the whole area": one retakes what was the state's
        return "Government regains territory", agent
    if agent.kind is None and loser_kind(trig, actor_kind) == "nonstate":
        return "Government regains territory", agent  # "villages were captured from the terrorists"
    return "Non-state actor overtakes territory", agent


def _by_who_was_expelled(sent: Any, trig: Any, agent: ArgInfo, actor_kind: ActorKind | None) -> ArgInfo:
    """With no taker named, the side is read off who was driven out ("the insurgents were driven from the
    village": the state's forces took it; "soldiers were pushed out of the town": a non-state actor) or
    off the place coming back to the state in a clause of its own ("..., which returned to state
    control")."""
    for t in sent:
        if t.i != trig.i and state_control(t) is not None:
            return ArgInfo(state_control(t), "state")
    if trig.lemma_ not in EXPEL_LEMMAS:
        return agent
    expelled = next((c for c in trig.children if c.dep_ in ("nsubjpass", "dobj")), None)
    kind = arg_kind(expelled, actor_kind) if expelled is not None else None
    if kind == "nonstate":
        return ArgInfo(agent.token, "state")
    if kind == "state":
        return ArgInfo(agent.token, "nonstate")
    return agent


FIGHT_LEMMAS = frozenset("storm attack clash fight battle raid assault kill push advance overrun engage".split())


def captured_in_fight(fight: Any, capture: Any) -> bool:
    """The capture is the outcome of the fight told with it, in one chain of clauses ("stormed the
    stronghold, killing 20 insurgents and taking control of the camp", "pushed into the town, clashing
    with insurgents and capturing the main square"): ACLED codes the change of territory. A capture
    told as what came before ("attacked the army after capturing the airbase") is not."""
    if fight.lemma_.lower() not in FIGHT_LEMMAS or fight.pos_ != "VERB" or capture.pos_ != "VERB":
        return False
    for a, b in ((capture, fight), (fight, capture)):
        t = a
        for _ in range(3):
            if t.dep_ not in ("conj", "advcl", "xcomp") or any(
                c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "once", "when", "as") for c in t.children
            ):
                break
            t = t.head
            if t.i == b.i:
                return True
    return False
