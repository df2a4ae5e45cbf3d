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
from .foreignland import foreign_capture
from .handover import (  # noqa: F401 - place_given is re-exported (eventwire.events.typing)
    INSTALLATION_WORDS,
    expelled_from,
    fights_only_denied,
    leaving_side,
    place_given,
    place_handed_over,
    taken_from_leaving,
    told_before,
)
from .lexicon import CueHit
from .words import span_text, tokens_with

STATE_HOLDERS = frozenset("government govt state army regime federal military".split())


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


CONTROL_VERBS = frozenset("come fall bring be".split())


def control_holder(tok: Any) -> Any:
    """Who a place came under the control of ("came under rebel control", "has been under the control
    of militia fighters", "were in control of the village": the subject's), read off the predicate
    ``tok``; None when no such phrase hangs from it."""
    if tok.lemma_ not in CONTROL_VERBS:
        return None
    back = [g for c in tok.children if c.lower_ == "back" for g in c.children]  # "are back in control of"
    for c in [*tok.children, *back]:
        if c.dep_ != "prep" or c.lower_ not in ("under", "in", "into"):
            continue
        for g in c.children:
            if g.dep_ != "pobj" or g.lower_ not in ("control", "hands"):
                continue
            if c.lower_ == "in" and g.lower_ == "control":  # "IS fighters were in control of the village"
                return next((x for x in tok.children if x.dep_ == "nsubj"), None)
            holder = next((x for x in g.children if x.dep_ in ("compound", "amod", "nmod", "poss")
                           and x.lower_ not in ("full", "complete", "total")), None)
            return holder or next((y for x in g.children if x.dep_ == "prep" and x.lower_ == "of"
                                   for y in x.children if y.dep_ == "pobj"), None)
    return None


def controlled_place(tok: Any) -> Any:
    """The place of a control phrase: the subject ("the town came under rebel control") or, for "in
    control of", the object of "of"."""
    back = [g for c in tok.children if c.lower_ == "back" for g in c.children]
    for c in [*tok.children, *back]:
        if c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ == "control":
                    return next((y for x in g.children if x.dep_ == "prep" and x.lower_ == "of"
                                 for y in x.children if y.dep_ == "pobj"), None)
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


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


# movements of forces that take a place when a deal hands it over ("deployed to the town under the agreement")
DEAL_MOVES = frozenset("deploy redeploy move enter".split())


def _entered_place(verb: Any, actor_kind: ActorKind | None, *, moved: bool = False) -> bool:
    """The verb takes its doer into a place ("deployed into the town", "entered the village"; with
    ``moved``, also "deployed to the town")."""
    preps = ("into", "in", "to") if moved else ("into", "in")
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
              for g in c.children if g.dep_ == "pobj"]
    if moved and any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children):
        return True  # "... withdrew from the town and government troops deployed there"
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
# verbs and phrases whose object is a place, never a person ("took over Malam Fatori", "overran Sebba")
ENTERING_LEMMAS = frozenset("enter storm raid break search".split())
# buildings one enters or searches: no territory is taken ("entered three homes", "stormed a house")
BUILDING_WORDS = frozenset(
    """home homes house houses building buildings compound compounds residence residences apartment apartments
    flat flats room rooms office offices shop shops store stores church churches mosque mosques school schools
    hospital hospitals clinic hotel hotels restaurant bar premises hut huts dwelling dwellings tent tents""".split()
)


def _building(tok: Any) -> bool:
    """``tok`` is a building (a house, an office, a church), not a town, an area or an installation."""
    return tok.lemma_.lower() in BUILDING_WORDS or tok.lower_ in BUILDING_WORDS


# the seats of an authority over whom a flag is raised ("raised their flag over the town hall")
SEAT_WORDS = frozenset("hall palace building headquarters office offices governorate parliament".split())
PLACE_ONLY_LEMMAS = frozenset("overrun overran conquer occupy".split())
PERSON_MARKERS = frozenset("alias aka nicknamed".split())
INSTITUTIONS = frozenset(
    """parliament assembly senate congress council presidency legislature chamber company companies firm firms
    management operations contract contracts stake stakes shares business businesses corporation bank banks
    utility mine mines""".split()
)
# what is cleared that is no one's territory ("farmers clearing a field", "workers cleared the road of debris")
CLEARED_THINGS = frozenset("field fields farm farms farmland land road roads rubble debris path bush garden plot snow".split())


def _place_only(root: Any, hit: CueHit) -> bool:
    """The cue takes places only: "take over", "take/seize control of", "overrun", "occupy"."""
    return root.lemma_.lower() in PLACE_ONLY_LEMMAS or root.lower_ in PLACE_ONLY_LEMMAS or hit.phrase.endswith(
        ("over", "control", "charge of")
    )


def _taken_thing(root: Any, pat: Any, pk: str | None, hit: CueHit, actor_kind: ActorKind | None) -> tuple[Any, str | None]:
    """The patient of a capture cue read again: an installation is a place whoever held it; a name taken
    over or overrun is a place; a name with "alias" is a person; "seized and destroyed equipment": the
    object shared with the coordinated verb, not the setting ("in Rakhine")."""
    if pat is None:
        return pat, pk
    if pat.lower_ in ("flag", "flags") and pat.dep_ == "dobj":  # "hoisted their flag over the police station"
        over = next((g for x in (root, pat) for c in x.children if c.dep_ == "prep" and c.lower_ == "over"
                     for g in c.children if g.dep_ == "pobj"), None)
        if over is not None:
            ok = over.lemma_.lower() in INSTALLATION_WORDS or over.lemma_.lower() in SEAT_WORDS
            return over, "place" if ok else arg_kind(over, actor_kind)
    if pat.lower_ == "charge" and pat.dep_ == "dobj":  # "took charge of Ndele": the place in charge of
        owned = next((g for c in pat.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"), None)
        if owned is not None:
            pat, pk = owned, arg_kind(owned, actor_kind)
    if pat.lower_ in ("which", "that") and root.dep_ == "relcl" and root.head.pos_ in ("NOUN", "PROPN"):
        pat = root.head  # "the Ogossagou camp, which was taken over by the army": the camp
        pk = arg_kind(pat, actor_kind)
    owned = next((g for c in pat.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"), pat) if pat.lower_ in ("control", "management") else pat
    if owned.lemma_.lower() in INSTITUTIONS or owned.lower_ in INSTITUTIONS or pat.lower_ in INSTITUTIONS:
        return pat, "thing"  # "won back control of parliament", "took over the management of": no territory
    if root.lemma_ in ("clear", "free") and (pat.lemma_.lower() in CLEARED_THINGS or pat.lower_ in CLEARED_THINGS):
        return pat, "thing"  # "farmers were clearing a field": land worked, not territory retaken
    if pat.dep_ == "pobj" and pat.head.lower_ in ("in", "at", "near") and pat.head.head.i == root.i and not any(
        c.dep_ == "dobj" for c in root.children
    ):
        shared = next((g for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > root.i
                       for g in c.children if g.dep_ == "dobj"), None)
        if shared is not None:  # "seized and destroyed equipment": what was seized is the equipment
            return shared, arg_kind(shared, actor_kind)
    if pat.lower_ == "way" and pat.dep_ == "dobj":  # "fought its way back into Sake": the place entered
        into = next((g for x in (root, pat, *(c for c in root.children if c.lower_ == "back")) for c in x.children
                     if c.dep_ == "prep" and c.lower_ == "into" for g in c.children if g.dep_ == "pobj"), None)
        if into is not None and (arg_kind(into, actor_kind) == "place" or (
                into.pos_ == "PROPN" and arg_kind(into, actor_kind) in (None, "civilian"))):
            return into, "place"
        return pat, pk
    if any(c.lower_ in PERSON_MARKERS for c in pat.children):
        return pat, "civilian"  # "captured alias 'Jhon'": a person
    if pk != "place" and (pat.lower_ in INSTALLATION_WORDS or pat.lemma_.lower() in INSTALLATION_WORDS):
        return pat, "place"  # "captured several army positions", "overran the gendarmerie"
    if pk in (None, "civilian") and pat.pos_ == "PROPN" and (pat.dep_ == "dobj" or (
        pat.dep_ == "pobj" and pat.head.lower_ == "of" and pat.head.head.lower_ in ("control", "charge")
    )) and _place_only(root, hit):
        return pat, "place"  # "took over Malam Fatori": one takes over places
    if pk is None and pat.pos_ == "PROPN" and pat.ent_type_ in ("", "GPE", "LOC", "FAC", "ORG") and (
        (pat.dep_ == "dobj" and root.lemma_.lower() in ("capture", "seize", "overrun", "conquer", "occupy", "wrest"))
        or (pat.dep_ == "nsubj" and root.lemma_ == "fall" and taker(root) is not None)  # "Kidal fell into the hands of"
    ):
        return pat, "place"  # "had captured Paletwa": a name no one tagged, captured, is a place (a person is a PERSON)
    return pat, pk


# acts done to take a place ("fighting to retake"); plans and threats ("plans to recapture") are read
# as speculative by the status stage instead
AIM_HEADS = frozenset("fight battle struggle strive push advance move launch head march race".split())


def _aim_only(verb: Any) -> bool:
    """The capture is only the aim of another act ("fighting to retake the district", "pushed on to
    recapture the village", "moving to seize the airport"), not one that happened ("managed to retake")."""
    return verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in AIM_HEADS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


CROWD_WORDS = frozenset("rioter rioters mob mobs crowd crowds protester protesters protestor protestors demonstrator demonstrators".split())


def _crowd_taker(verb: Any, actor_kind: ActorKind | None) -> bool:
    """The doer of the capture is a crowd ("demonstrators seized the headquarters", "rioters overran the
    police station"): ACLED codes a demonstration or a riot."""
    ag = agent_of(verb)
    return ag is not None and (ag.lower_ in CROWD_WORDS or arg_kind(ag, actor_kind) == "protester")


def people_driven(root: Any, actor_kind: ActorKind | None) -> bool:
    """"Chased traders out of the market", "drove residents from the village": civilians driven off."""
    return root.lemma_ in EXPEL_LEMMAS and any(
        c.dep_ == "dobj" and arg_kind(c, actor_kind) == "civilian" for c in root.children)


_BE = frozenset(("be",))


def territory_candidates(
    sent: Any, by_cat: dict[str, list[tuple[float, CueHit, Any]]], actor_kind: ActorKind | None
) -> list[tuple[str, float, Any]]:
    """(family, depth, predicate) offered by the capture and regain cues: a place taken is territory,
    persons taken an arrest (by the state) or an abduction."""
    out: list[tuple[str, float, Any]] = []
    for t in tokens_with(sent, lemmas=_BE):
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
            if root.dep_ == "prep" and root.lower_ in ("under", "in") and root.head.lower_ == "back" and (
                root.head.head.lemma_ in CONTROL_VERBS
            ):
                root = root.head.head  # "troops are back in control of the town"
                dep = float(_depth(root))
            if root.dep_ == "prep" and root.lower_ in ("under", "in") and root.head.lemma_ in CONTROL_VERBS:
                root = root.head  # "has been under the control of militia fighters": the verb is the predicate
                dep = float(_depth(root))
            if control_holder(root) is not None and state_control(root) is None:
                pat = controlled_place(root)  # "the town came under rebel control"
                if pat is None or arg_kind(pat, actor_kind) not in (None, "place", "civilian"):
                    continue
                out.append(("TERRITORY", dep, root))
                continue
            if cat == "REGAIN" and expelled_from(root, actor_kind) is not None:
                out.append(("TERRITORY", dep, root))  # "forced government troops to withdraw from the town"
                continue
            pat, pk = _place_arg(root, actor_kind)
            pat, pk = _taken_thing(root, pat, pk, _h, actor_kind)
            if _h.phrase == "secured" and (pat is None or pat.pos_ != "PROPN" or pat.dep_ != "dobj"):
                continue  # a bare "secured" retakes a named place ("secured Kabo"), not "the area" or "a deal"
            if root.lemma_ == "secure" and pat is not None and pat.lower_ in ("area", "scene", "site", "perimeter") and not any(
                arg_kind(t, actor_kind) in ("nonstate", "armed") for t in sent if t.pos_ in ("NOUN", "PROPN")
            ):
                continue  # "police secured the area after the blast": no one was driven out
            if state_control(root) is not None:  # "the town returned to government control"
                pat = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), pat)
                pk = "place" if pat is not None and arg_kind(pat, actor_kind) in (None, "place", "civilian") else pk
            if cat == "REGAIN" and pat is not None and (
                (pat.pos_ == "PROPN" and pk in (None, "civilian"))
                or (pat.pos_ == "NOUN" and pk is None and root.lemma_ in ("recapture", "retake", "regain", "liberate", "reclaim"))
                or (pat.lemma_.lower() in SETTLEMENT_WORDS and root.lemma_ in ("recapture", "retake", "regain", "liberate", "reclaim"))
            ):
                pk = "place"  # one recaptures places, not persons: "recaptured Palmyra"
            if pat is not None and pat.lower_ == "it" and pk is None and root.dep_ in ("conj", "pcomp") and any(
                c.dep_ in ("dobj", "pobj") and arg_kind(c, actor_kind) == "place"
                for c in (root.head.subtree if root.dep_ == "conj" else root.sent) if c.i < root.i
            ):  # "launched an assault on the stronghold and seized it"; "patrol Ghazni after capturing it"
                pk = "place"  # "stormed the militants' stronghold and seized it": the place just named
            if pk == "place" and root.lemma_ in ("clear", "free", "secure", "occupy") and _protest_site(sent, pat, by_cat, actor_kind):
                continue  # "police cleared the protest camp", "protesters occupied the square": no territory
            if pk == "place" and people_driven(root, actor_kind):
                continue  # "youths chased traders out of the market": people driven off, no place taken
            if pk == "place" and _aim_only(root):
                continue  # "the army is fighting to retake the district": what it fights for, not yet taken
            if pk == "place" and _crowd_taker(root, actor_kind):
                continue  # "demonstrators seized the government headquarters": a protest or a riot, not territory
            if pk == "place" and root.lemma_ in ENTERING_LEMMAS and pat is not None and _building(pat):
                continue  # "officers entered three homes and executed three men": a house entered, no territory
            if pk == "place" and root.lemma_ in ("enter", "advance", "storm", "occupy", "walk"):
                ag = agent_of(root)
                if ag is None or arg_kind(ag, actor_kind) not in ("state", "nonstate", "armed"):
                    continue  # "the most wanted man entered Mosul": not a capture
            if pk == "place":  # a capture told as what came before ("after the rebels had occupied it") is deeper
                out.append(("TERRITORY", dep + (1.0 if told_before(root) else 0.0), root))
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
    for dep, _h, root in by_cat.get("CHANGE", []) if "AGREE" in by_cat or "TRANSFER" in by_cat else []:
        if root.lemma_ in DEAL_MOVES and root.pos_ == "VERB" and (_by_deal(root) or _others_left(sent, root, actor_kind)) and (
            _entered_place(root, actor_kind, moved=True)
        ):
            ag = agent_of(root)  # forces deploy: any doer but civilians ("the SPLA-IO deployed its fighters")
            if ag is not None and arg_kind(ag, actor_kind) not in ("civilian", "protester"):
                out.append(("TERRITORY", dep, root))  # "government forces deployed to the town under a deal with the SDF"
    taken = {r.i for cat in ("CAPTURE", "REGAIN") for _d, _h, r in by_cat.get(cat, [])}
    for dep, _h, root in by_cat.get("ARREST", []):  # a bare "take" (an arrest cue) with a place for object
        if root.lemma_ == "take" and root.pos_ in ("VERB", "AUX") and root.i not in taken and not any(
            c.lower_ == "away" and c.dep_ in ("advmod", "prt") for c in root.children  # "took away the leader": a person
        ) and _took_place(root, actor_kind):
            out.append(("TERRITORY", dep, root))  # "the army had taken the strategic town of Shusha"
    return out


def taken_place(root: Any, hit: CueHit, actor_kind: ActorKind | None) -> tuple[Any, str | None]:
    """The patient of the capture cue ``hit`` (rooted at ``root``) and its kind, "place" when a place
    was taken (see :func:`_taken_thing`)."""
    pat, pk = _place_arg(root, actor_kind)
    if pk == "place" and people_driven(root, actor_kind):
        return pat, None  # "chased traders out of the market": no place taken
    return _taken_thing(root, pat, pk, hit, actor_kind)


def _took_place(take: Any, actor_kind: ActorKind | None) -> bool:
    """"took the town", "the strategic town of Shusha was taken": a place is the object of a bare "take"
    (not "taken to hospital", "took away", "taken into custody", "took part")."""
    if any(c.dep_ in ("prt", "dative") or (c.dep_ == "prep" and c.lower_ in ("to", "into", "away"))
           for c in take.children):
        return False
    pat = next((c for c in take.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if pat is None or pat.pos_ not in ("NOUN", "PROPN") or pat.lower_ in TAKE_IDIOMS or pat.lemma_.lower() in TAKE_IDIOMS:
        return False
    if arg_kind(pat, actor_kind) == "place" or pat.lemma_.lower() in INSTALLATION_WORDS:
        return True
    ag = agent_of(take)  # "rebels have taken Bunia": a named place taken by an armed side
    return pat.pos_ == "PROPN" and pat.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "") and pat.dep_ == "dobj" and ag is not None and (
        arg_kind(ag, actor_kind) in ("state", "nonstate", "armed"))


# "took part", "took place", "took up positions": "take" with these is no capture
TAKE_IDIOMS = frozenset(
    """part parts place rest control office power position positions stand shelter refuge cover hold charge
    root shape effect aim note action measures steps responsibility toll road roads route""".split()
)


DEAL_WORDS = frozenset("deal agreement accord truce ceasefire arrangement understanding settlement".split())


def _by_deal(trig: Any) -> bool:
    """The place changed hands under a deal ("entered the town following a deal with the Kurds", "under
    the agreement, ... handed ...")."""
    verbs = [trig, *(c for c in trig.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if trig.dep_ == "conj":  # "entered the city and took over installations under the terms of the agreement"
        verbs.append(trig.head)
    if trig.dep_ in ("ccomp", "xcomp") and trig.head.lemma_.lower() in ("let", "allow", "permit"):
        verbs.append(trig.head)  # "let government troops take control of the road under the UN truce"
    for v in verbs:
        # the verb's own preps and, parsed onto its object, "control of the road under the UN truce"
        for c in [*v.children, *(x for o in v.children if o.dep_ in ("dobj", "prep") for x in o.subtree if x.dep_ == "prep")]:
            if c.dep_ == "prep" and c.lower_ in ("at", "during", "in") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() == "ceremony" for g in c.children):
                return True  # "took over the base from US forces at a low-key ceremony": a handover
            if c.dep_ == "prep" and c.lower_ in ("following", "after", "under", "per", "in"):
                if any(g.dep_ == "pobj" and (g.lemma_.lower() in DEAL_WORDS or (g.lower_ in ("terms", "term") and any(
                    x.dep_ == "prep" and x.lower_ == "of" and any(y.lemma_.lower() in DEAL_WORDS for y in x.children)
                    for x in g.children
                ))) for g in c.children):
                    return True  # "under the deal", "under the terms of the peace agreement"
            if c.dep_ == "advcl" and c.lower_ == "following" and any(  # "following" read as a verb
                    g.dep_ == "dobj" and g.lemma_.lower() in DEAL_WORDS for g in c.children):
                return True
    return False


def _forced(withdrawal: Any) -> bool:
    """A withdrawal the taker forced ("forcing the rebels to withdraw", "were driven out in a chaotic
    retreat"): fighting, not a handover."""
    h = withdrawal.head
    if withdrawal.dep_ in ("xcomp", "ccomp", "advcl") and h.lemma_.lower() in ("force", "compel", "oblige", "push", "make"):
        return True
    if withdrawal.dep_ == "pobj" and h.dep_ == "prep" and h.head.lemma_.lower() in EXPEL_LEMMAS:
        return True  # "were driven out in a chaotic retreat"
    return False


# a side leaving a place: "after the army withdrew", "following the departure of the troops", "deserted it"
WITHDRAW_LEMMAS = frozenset("withdraw withdrawal vacate retreat abandon evacuate depart departure relocate".split())
_LEAVING, _PULLED = WITHDRAW_LEMMAS | {"desert", "leave", "surrender"}, frozenset(("pulled", "pull"))


def _leaver(t: Any) -> Any:
    """Who left in the withdrawal ``t``: its subject, "the withdrawal of the troops", "the army's withdrawal"."""
    return next((c for c in t.children if c.dep_ in ("nsubj", "poss")), None) or next(
        (g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)


def _before_move(t: Any) -> bool:
    """The withdrawal is told as what came before ("after the army's withdrawal", "after the rebels left",
    "as the troops pulled out"), not as where ("areas where the SDF have withdrawn")."""
    if t.dep_ == "pobj" and t.head.lower_ in ("after", "following"):
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("after", "as", "once", "when") for c in t.children)


def _others_left(sent: Any, move: Any, actor_kind: ActorKind | None) -> bool:
    """Another side left the place the forces moved into ("the SPLA-IO deployed its fighters in the town
    after the army's withdrawal"), not the movers themselves ("withdrew its troops and deployed them")."""
    mover = agent_of(move)
    for t in sent:
        if t.i != move.i and t.pos_ in ("VERB", "NOUN") and _before_move(t) and _withdrawal(t, move, actor_kind):
            who = _leaver(t)
            if who is not None and (mover is None or who.lower_ != mover.lower_) and arg_kind(who, actor_kind) in (
                "state", "nonstate", "armed"
            ):
                return True
    return False


# verbs joining a capture and a withdrawal told as its cause or its time ("the withdrawal allowed the FDLR to
# reoccupy", "the takeover came after the soldiers pulled out", "the takeover followed the withdrawal")
ALLOWING = frozenset("allow enable let permit pave open come follow".split())


def _kin_clauses(a: Any, b: Any) -> bool:
    """``a`` and ``b`` hang from one verb, or one from the verb above the other ("the withdrawal of the
    troops allowed the FDLR to reoccupy the area", "were allowed to leave the town, and the army took
    control")."""
    if a.i == b.i or a.head.i == a.i or b.head.i == b.i or a.head.i != b.head.i:
        return False
    return a.head.lemma_ in ALLOWING or "conj" in (a.dep_, b.dep_)  # not two things someone "said"


def _withdrawal(t: Any, trig: Any, actor_kind: ActorKind | None) -> bool:
    """``t`` tells a side leaving near the capture ``trig`` ("after the army withdrew", "the rebels
    pulled out"), not a description ("their abandoned trenches") nor a forced flight."""
    if t.dep_ in ("amod", "compound") or t.pos_ == "ADJ":
        return False  # "seized their abandoned trenches": what the place looked like
    return (
        (t.lemma_ in WITHDRAW_LEMMAS or t.lower_ in ("pulled", "pull") or (t.lemma_ == "desert" and t.pos_ == "VERB")
         or (t.lemma_ in ("leave", "surrender") and t.pos_ == "VERB" and not any(  # "after the army left", not "leaving 20 dead"
             c.dep_ in ("dobj", "oprd", "ccomp", "xcomp") and not _place_left(c, actor_kind) for c in t.children)))
        and (_near(t, trig, 4) or _kin_clauses(t, trig) or (t.head.i == trig.i and _before_move(t))) and not _forced(t)
    )


FOUGHT_RE = re.compile(r"\bunder (heavy )?fire\b|\bfighting\b|\bclashes\b|\bassault\b", re.I)
# "with no fighting reported", "without any clashes": the fight told as absent
NO_FIGHT_RE = re.compile(r"\b(?:no|without|never)\s+(?:\w+\s+){0,2}(?:fighting|clashes|resistance|assault)\b", re.I)
# a fight told as absent with "no" ("meeting no resistance"); "without ..." next to the verb is a TRANSFER cue
NONE_MET_RE = re.compile(r"\bno\s+(?:\w+\s+)?(?:fighting|clashes|resistance)\b", re.I)
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
    elif control_holder(trig) is not None:  # "came under rebel control", "under the control of militia fighters"
        holder = control_holder(trig)
        agent = ArgInfo(holder, arg_kind(holder, actor_kind) or (
            "state" if _pro_government(holder) or holder.lower_ in STATE_HOLDERS else None))
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
    withdraw = any(_withdrawal(t, trig, actor_kind) for t in tokens_with(sent, lemmas=_LEAVING, lowers=_PULLED)) or (
        _deserted_place(sent, trig))  # (the words _withdrawal needs, read off the word table)
    peaceful = any(h.phrase.startswith(("without", "peacefully", "unopposed")) for _d, h, _r in by_cat.get("TRANSFER", [])) or (
        _by_deal(trig)) or place_handed_over(by_cat, actor_kind) or taken_from_leaving(trig)  # "following a deal", "from MINUSMA"
    no_fight = bool(NO_FIGHT_RE.search(span_text(sent))) or fights_only_denied(sent)  # "with no fighting reported"
    peaceful = peaceful or bool(NONE_MET_RE.search(span_text(sent)))  # "with no fighting reported", "meeting no resistance"
    fought = ("CLASH" in by_cat and not no_fight) or any(c in by_cat for c in ("AIR", "SHELL")) or any(
        h[2].lemma_ in ("attack", "storm", "kill", "battle") for h in by_cat.get("VIOLENCE", [])
    ) or (bool(FOUGHT_RE.search(span_text(sent))) and not no_fight)
    regain = trig.lemma_ in REGAIN_LEMMAS or trig.lower_ in REGAIN_FORMS
    state_taker = agent.kind == "state" or (agent.token is not None and _pro_government(agent.token))
    if state_taker and agent.token is not None and (_named_group(agent.token) or any(
        t.lower_ == "anti" or t.lower_.startswith("anti-") for t in agent.token.subtree if t.i < agent.token.i
    )):  # "anti-junta resistance forces": against the state
        state_taker = False  # "the Kachin Independence Army seized control of Bhamo": a group's name
        agent = ArgInfo(agent.token, "nonstate")
    if state_taker and not regain and agent.token is not None and not _home_state(agent.token) and not _pro_government(
        agent.token
    ) and _lost_by_home_state(trig):
        state_taker = False  # "the Jaish al-Fatah coalition captured the city after clashes with government forces"
        agent = ArgInfo(agent.token, "nonstate")
    abroad = foreign_capture(trig, agent.token, actor_kind) if state_taker else None
    if abroad:  # "Ukrainian forces seized Sudzha in Russia's Kursk region": a foreign state's capture
        state_taker, agent = False, ArgInfo(agent.token, "nonstate")
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


DESERTED_WORDS = frozenset("abandoned deserted empty vacated evacuated emptied unguarded undefended".split())


def _deserted_place(sent: Any, trig: Any) -> bool:
    """The place taken stood empty ("entered the abandoned army base", "occupied the deserted
    village"), with no one driven out of it in the sentence ("drove the insurgents from the ridge and
    seized their abandoned bunkers" is a fight)."""
    objs = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")] + [  # "moved into the vacated station"
        g for p in trig.children if p.dep_ == "prep" and p.lower_ == "into" for g in p.children if g.dep_ == "pobj"]
    objs += [g for o in list(objs) if o.lower_ == "control" for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]
    if not any(c.dep_ == "amod" and c.lower_ in DESERTED_WORDS for o in objs for c in o.children):
        return False
    return not any(t.lemma_ in EXPEL_LEMMAS or t.lemma_ in FIGHT_LEMMAS and t.i != trig.i for t in sent)


# words that name a country's own state forces, not those of an outside power or a group called "forces"
HOME_STATE_WORDS = frozenset("government govt army military regime junta federal security police gendarmerie gendarmes".split())
FIGHT_NOUNS = frozenset("clash clashes fighting fight battle battles gunfight firefight assault siege offensive".split())


def _home_state(tok: Any) -> bool:
    """The noun phrase names a country's own forces ("government forces", "the army", "security forces"),
    not a power named by its nation ("Russian troops"), nor a group called forces or a coalition."""
    words = [t for t in tok.subtree if t.i <= tok.i][-4:]
    if any(t.ent_type_ == "NORP" or t.ent_type_ == "GPE" for t in words):
        return False
    if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in HOME_STATE_WORDS
                                   for c in tok.children):
        return False  # "the Arakan Army", "the Kachin Independence Army": a group's name, not a state's forces
    return any(t.lower_ in HOME_STATE_WORDS for t in words)


def _named_group(tok: Any) -> bool:
    """``tok`` heads the proper name of an armed group called an army ("the Arakan Army", "the
    Kachin Independence Army"), not a country's army ("the Pakistan Army", "the Sudanese Armed Forces")."""
    if tok.pos_ != "PROPN" or tok.lower_ != "army" or _pro_government(tok):
        return False  # "forces" names pro-government militias too ("the Tiger Forces")
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names or any(c.lower_ in HOME_STATE_WORDS or c.lower_ in ("national", "armed", "defence", "defense", "royal")
                        for c in tok.subtree if c.i < tok.i):
        return False
    from ..actors.countries import country_of  # a country's name or demonym: "Pakistan Army", "Nigerian Army"

    return not any(t.ent_type_ in ("NORP", "GPE") or country_of(t.text) for t in tok.subtree if t.i < tok.i)


def _lost_by_home_state(trig: Any) -> bool:
    """The place was taken from a country's own forces, told in the capture's clause: "after clashes with
    government forces", "from the army", "after security forces withdrew"."""
    for t in trig.subtree:
        if t.dep_ in ("dobj", "pobj", "nsubjpass") and t.lemma_.lower() in INSTALLATION_WORDS and any(
            c.dep_ in ("compound", "amod") and c.lower_ in HOME_STATE_WORDS for c in t.children
        ) and (t.head.i == trig.i or t.head.head.i == trig.i or t.head.head.head.i == trig.i):
            return True  # "seized control of the army headquarters", "overran a military base": the state's post
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and _home_state(t) and (
            t.head.lower_ == "from" and t.head.head.i == trig.i
            or t.head.lower_ in ("with", "against") and t.head.head.lemma_.lower() in FIGHT_NOUNS
        ):
            return True
        if t.dep_ == "nsubj" and _home_state(t) and t.head.lemma_ in ("withdraw", "retreat", "flee", "collapse", "surrender") and (
            t.head.dep_ == "advcl"
        ):
            return True
    return False


def _by_who_was_expelled(sent: Any, trig: Any, agent: ArgInfo, actor_kind: ActorKind | None) -> ArgInfo:
    """With no taker named, the side is read off who was driven out ("the insurgents were driven from the
    village": the state's forces took it; "soldiers were pushed out of the town": a non-state actor) or
    off the place coming back to the state in a clause of its own ("..., which returned to state
    control")."""
    for t in sent:
        if t.i != trig.i and state_control(t) is not None:
            return ArgInfo(state_control(t), "state")
    left = leaving_side(trig, actor_kind)  # "the 5th Brigade took the town after the M23 rebels retreated"
    if left is not None:
        return ArgInfo(agent.token, "state" if left == "nonstate" else "nonstate")
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
    if capture.dep_ == "pcomp" and capture.head.lower_ in ("before", "until") and capture.head.head.i == fight.i:
        return True  # "battled rebels for hours before regaining the district headquarters": the outcome
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
