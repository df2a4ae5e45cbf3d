"""Reading a clause: the doer and the undergoer of an act, and what kind of actor a noun phrase names.

Shared by the typing rules (:mod:`eventwire.events.typing`), the learned type model and the roles:
``agent_of`` / ``patient_of`` follow the dependency parse (subjects, objects, "by" agents, "on"
targets, participial clauses), ``arg_kind`` reads a noun phrase as state forces, a non-state armed
group, armed men of unknown side, civilians, protesters or a place; the small predicates below answer
the questions the rules ask of a clause ("is this the setting?", "is the doer a crowd?").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .doctables import heads_with_child, token_of_token
from .lexicon import ARMED_WORDS, CIVILIAN_WORDS, NONSTATE_WORDS, PLACE_NOUNS, STATE_WORDS, CueHit
from .participles import passive_participle
from .sidemeans import owner_words, wielding_verb
from .underfire import came_under
from .words import doc_ents, doc_heads, head_depth, per_token, tokens_with

WEAPON_WORDS = frozenset(
    """weapon weapons arms ammunition ammunitions ammo explosive explosives ied ieds bomb bombs mine mines
    landmine landmines
    grenade grenades rifle rifles gun guns firearm firearms rocket rockets mortar mortars pistol pistols cache
    caches munition munitions detonator detonators device devices rounds vest vests belt missile missiles
    launcher launchers drone drones""".split()
)
# nouns a means-of-attack modifier may qualify ("mortar rounds", "drone strike", "suicide vest")
AIRCRAFT_WORDS = frozenset("aircraft plane planes jet jets helicopter helicopters warplane warplanes uav".split())
# family priority on ties (lower is stronger)
PROTESTER_WORDS = frozenset(
    "protester protesters demonstrators demonstrator protestor protestors marchers crowd crowds".split()
)
@dataclass(slots=True)
class ArgInfo:
    """What the parse and the actor mentions say about one argument (agent or patient)."""

    token: Any = None
    kind: str | None = None  # "state", "nonstate", "armed", "civilian", "place", "protester", None


ActorKind = Callable[[Any], str | None]  # token -> kind from actor mentions (or None)


_depth = head_depth  # how many heads up the parse a token lies from its root (at most 40)


def _hit_root(doc: Any, hit: CueHit) -> Any:
    """The token of a hit whose head lies outside the hit (the hit's syntactic head)."""
    heads = doc_heads(doc)
    for i in range(hit.start, hit.end):
        if not (hit.start <= heads[i] < hit.end) or heads[i] == i:
            return doc[i]
    return doc[hit.start]


ARMED_PLACES = frozenset(
    """position positions base bases checkpoint checkpoints post posts barracks bunker bunkers garrison
    outpost outposts airbase headquarters hq camp camps""".split()
)


HELD_PLACES = frozenset(
    """town towns city cities village villages district districts stronghold strongholds enclave enclaves bastion
    bastions territory territories area areas region""".split()
)


ASSOCIATE_NOUNS = frozenset(
    """collaborator collaborators sympathizer sympathizers sympathiser sympathisers supporter supporters family
    families relative relatives wife wives child children widow widows informant informants""".split()
)


SERVICE_PERSONS = frozenset("man men personnel member members element elements unit units agent agents operative operatives".split())
#: "intelligence agents", "federal agents", "immigration officers": agents of the state
FORCE_MODIFIERS = frozenset("""army military police security navy naval paramilitary gendarmerie intelligence federal immigration
    customs border""".split())


def verb_above(tok: Any, *, steps: int = 6) -> Any:
    """The nearest verb governing ``tok`` (itself if it is one; the root, or the head ``steps`` up, when
    none is)."""
    t = tok
    for _ in range(steps):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


@per_token("eventwire_word_kinds")  # many readers ask it of the same nouns
def _word_kind(tok: Any) -> str | None:
    low = tok.lower_
    lem = tok.lemma_.lower()
    if low in ARMED_PLACES or lem in ARMED_PLACES or low in HELD_PLACES:
        return "place"  # "the al-Shabaab stronghold of Janaale", "the rebel-held town"
    words = {low, lem}
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod"):
            words.add(c.lower_)
    if words & PROTESTER_WORDS:
        return "protester"
    if lem in ("national", "nationals") and tok.pos_ == "NOUN" and tok.dep_ not in ("amod", "compound"):
        return "civilian"  # "a British national"
    if _off_duty(tok):
        return "civilian"
    if low in STATE_WORDS or lem in STATE_WORDS:
        # "security forces", "government troops"; a nonstate modifier wins ("rebel forces")
        if words & NONSTATE_WORDS - {"fighters", "fighter"}:
            return "nonstate"
        return "state"
    if words & NONSTATE_WORDS:
        if lem in ASSOCIATE_NOUNS or low in ASSOCIATE_NOUNS:
            return "civilian"  # "rebel collaborators", "militants' families": unarmed people
        if words & NONSTATE_WORDS == {"opposition"} and (low in CIVILIAN_WORDS or lem in CIVILIAN_WORDS or lem in (
            "leader", "member", "figure", "lawmaker", "supporter", "candidate", "politician"
        )):
            return "civilian"  # "an opposition politician", "opposition leaders": not an armed opposition
        return "nonstate"
    if (words & STATE_WORDS and (low in ARMED_WORDS or lem in ARMED_WORDS)) or (
        words & FORCE_MODIFIERS and lem in SERVICE_PERSONS
    ):
        return "state"  # "army troops", "the army men", "police personnel"
    if lem in ("officer", "officers") or low in ("officer", "officers"):
        # "killing four officers": police or army officers; "election officers", "aid officers":
        # civil servants, civilians to ACLED
        return "civilian" if words & CIVIL_MODIFIERS else "state"
    if lem in ESCORTED or low in ESCORTED:
        # "an aid convoy", "a convoy of civilians", "a wedding convoy": unarmed people on the move
        if words & CIVIL_MODIFIERS:
            return "civilian"
        inner = _of_object(tok)
        if inner is not None and (k := _word_kind(inner)) in ("civilian", "state", "nonstate", "protester"):
            return k
        return "armed"
    if low in ARMED_WORDS or lem in ARMED_WORDS:
        return "armed"
    if "armed" in words and lem in ("man", "men", "people", "person", "individual", "group", "assailant", "attacker",
                                    "herder", "herders", "herdsman", "herdsmen"):
        return "armed"  # "armed men on motorbikes": an unidentified armed group, not a crowd
    if low in CIVILIAN_WORDS or lem in CIVILIAN_WORDS:
        return "civilian"
    if tok.ent_type_ == "PERSON" and _place_named_as_person(tok):
        return "place"  # "recaptured Palmyra", "fighting near Palmyra": a town the tagger took for a person
    if tok.ent_type_ == "PERSON" or (tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNPS")):
        return "civilian"
    if tok.ent_type_ in ("GPE", "LOC", "FAC") or low in PLACE_NOUNS or lem in PLACE_NOUNS:
        return "place"
    return None


#: Modifiers that make an officer or a convoy civilian ("election officers", "an aid convoy").
CIVIL_MODIFIERS = frozenset(
    """election electoral polling returning health medical aid relief humanitarian civilian civil wedding
    education information press liaison welfare agricultural veterinary forestry tax revenue refugee refugees
    food commercial merchant trade fuel passenger passengers funeral un""".split()
)
#: Words for people or vehicles on the move that are armed unless the text says otherwise.
ESCORTED = frozenset("convoy convoys patrol patrols".split())
#: Prepositions and verbs whose object is a place: a one-word name there that spaCy tags as a
#: person is a place ("in Palmyra", "recaptured Palmyra").
PLACE_PREPS = frozenset("in near outside into around towards toward inside across".split())
PLACE_VERBS = frozenset(
    """recapture retake capture seize take overrun storm enter besiege shell bomb liberate encircle
    surround attack raid hit strike""".split()
)


def _of_object(tok: Any) -> Any:
    """The object of "of" after ``tok`` ("a convoy of civilians": civilians), or None."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _place_named_as_person(tok: Any) -> bool:
    """Whether a name spaCy tagged as a person is a place: a one-word name (never part of a longer
    person's name in the text, "Ali" after "Hassan Ali") that is the object of a place preposition
    ("near Palmyra") or of a verb that takes places ("recaptured Palmyra")."""
    doc = tok.doc
    # a one-token entity (read from the token's IOB tags: ``doc.ents`` is rebuilt on every access)
    one = tok.ent_type != 0 and tok.ent_iob_ == "B" and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I")
    if not one or tok.pos_ != "PROPN":
        return False
    head = tok.head
    if not ((tok.dep_ == "pobj" and head.lower_ in PLACE_PREPS)
            or (tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in PLACE_VERBS)):
        return False
    return not any(e.label_ == "PERSON" and len(e) > 1 and tok.lower_ in {t.lower_ for t in e} for e in doc_ents(doc))


#: The words of :func:`_off_duty`'s child, and the key of the doc's tokens with one (doctables.heads_with_child).
_OFF_DUTY_CHILD = frozenset(("retired", "duty"))
_OFF_DUTY_KEY = "eventwire_off_duty_heads"


def _off_duty(tok: Any) -> bool:
    """"An off-duty police officer", "a retired soldier": ACLED counts them as civilians."""
    return tok.tag_ in ("NN", "NNP", "NNS", "NNPS") and tok.i in heads_with_child(
        tok.doc, _OFF_DUTY_CHILD, _OFF_DUTY_KEY) and any(
        c.lower_ in ("retired", "duty") and (c.lower_ == "retired" or any(g.lower_ == "off" for g in c.children)
                                             or tok.doc[max(c.i - 2, 0)].lower_ == "off")
        for c in tok.children
    )


def arg_kind(tok: Any, actor_kind: ActorKind | None = None) -> str | None:
    """Kind of the noun phrase headed by ``tok``, following "of" ("dozens of soldiers"), numbers
    ("five of them") and appositions."""
    seen = 0
    while tok is not None and seen < 4:
        seen += 1
        if _off_duty(tok):
            return "civilian"
        if actor_kind is not None:
            k = actor_kind(tok)
            if k:
                return k
        k = _word_kind(tok)
        if k and not (k == "place" and tok.lower_ in ("parts", "part", "rest", "control")) and not (
            tok.lower_ in ("crowd", "crowds") and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        ):  # "a crowd of unarmed villagers": who the crowd is made of
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


def _subject(verb: Any) -> Any:
    """The active subject of ``verb``, or the object of its "by" agent; None when neither. Of two
    subjects the nearer the verb ("ADEN, Yemen - Houthi fighters attacked": a dateline the parser
    took for a subject comes first)."""
    subjects = [c for c in verb.lefts if c.dep_ in ("nsubj", "csubj")]
    if len(subjects) > 1:
        return subjects[-1]
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            return c
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


SUBORDINATORS = frozenset("as while when after before because since".split())


def _conjunction_subject(verb: Any) -> Any:
    """The subject of a subordinate clause the parser read as a preposition's object: in "vehicles were
    vandalised as supporters of the leader clashed with police", "as supporters" hangs from the main
    verb as a prepositional phrase and "clashed" has no subject; the object of "as" that ends right
    before the verb is its subject."""
    if verb.dep_ != "advcl" or verb.pos_ != "VERB" or verb.tag_ in ("VBG", "VBN"):
        return None
    for c in verb.head.children:
        if c.dep_ != "prep" or c.lower_ not in SUBORDINATORS or c.i > verb.i:
            continue
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if obj is not None and max(x.i for x in obj.subtree) == verb.i - 1 and obj.pos_ in ("NOUN", "PROPN"):
            return obj
    return None


def speaker_of(tok: Any, verbs: frozenset[str], *, depth: int = 4) -> Any:
    """The subject of the nearest verb among ``verbs`` (lemmas) at most ``depth`` heads above
    ``tok`` ("IS announced killing ...", "Al-Shabaab said it killed ..."); None when there is none."""
    h = tok
    for _ in range(depth):
        if h.head.i == h.i:
            return None
        h = h.head
        if h.lemma_.lower() in verbs:
            return next((c for c in h.children if c.dep_ == "nsubj"), None)
    return None


@token_of_token("eventwire_agents")  # asked of the same trigger by many readers
def agent_of(tok: Any) -> Any:
    """The doer of the act expressed by ``tok`` (a verb or an event noun)."""
    if (under := came_under(tok)) is not None:
        return under[0]  # "a convoy came under fire from militants": the militants
    if tok.pos_ in ("VERB", "AUX") or tok.dep_ in ("ROOT", "relcl", "advcl", "xcomp", "conj", "acl", "pcomp"):
        subject = _subject(tok)
        if subject is not None:
            return subject
        if any(c.dep_ == "nsubjpass" for c in tok.children):
            return None  # passive without "by": the doer is not said
        misread = _conjunction_subject(tok)
        if misread is not None:
            return misread
        # "..., killing 12" / "after capturing the base" / "managed to recapture": the subject above
        h = tok
        for _ in range(3):
            if h.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "prep") or h.head.i == h.i:
                break
            h = h.head
            if h.pos_ in ("VERB", "AUX"):
                subject = _subject(h)
                if subject is not None:
                    return subject
        if tok.dep_ in ("acl", "relcl") and tok.tag_ != "VBN" and not passive_participle(tok, tags=("VBD",)):
            return tok.head
    # nouns: "Boko Haram attack", "IS's offensive", "attack by militants"
    for c in tok.children:
        if c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "NOUN"):
            return c
        if c.dep_ == "prep" and c.lower_ == "by":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    if (verb := wielding_verb(tok)) is not None:  # "launched an attack", "traded artillery fire"
        return agent_of(verb)
    return None


GATHERING_WORDS = frozenset("sit protest rally march demonstration vigil protesters demonstrators crowd gathering".split())
SHOT_WORDS = frozenset("fire gunfire shots shot rounds round bullets bullet ammunition volleys salvo acid".split())


def _object_read_as_subject(verb: Any) -> Any:
    """The object of ``verb`` that the parser made the subject of a participle after it ("shot dead 50
    people taking part in protests": "people" parsed as the subject of "taking")."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "advcl" or c.tag_ != "VBG" or c.i < verb.i:
            continue
        subj = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")), None)
        if subj is None:
            continue
        start = min(t.i for t in subj.subtree)
        between = verb.doc[verb.i + 1 : start]
        if all(t.dep_ in ("acomp", "advmod", "prt") and t.head.i == verb.i or t.pos_ == "ADV" for t in between):
            return subj
    return None


@token_of_token("eventwire_patients")
def patient_of(tok: Any) -> Any:
    """The one the act expressed by ``tok`` is done to."""
    if (under := came_under(tok)) is not None and under[1] is not None:
        return under[1]  # "soldiers came under attack": the soldiers
    misread = _object_read_as_subject(tok)
    if misread is not None:
        return misread
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            if c.lower_ in SHOT_WORDS or c.lemma_.lower() in SHOT_WORDS:  # "opened fire on a crowd"
                aim = next((g for x in (tok, c) for p in x.children if p.dep_ == "prep" and p.lower_ in ("on", "at", "into")
                            for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in ("TIME", "DATE")), None)
                if aim is not None and (arg_kind(aim) in ("protester", "civilian", "state", "nonstate", "armed") or (
                    _armed_place(aim) and not {t.lower_ for t in aim.subtree} & GATHERING_WORDS
                )):
                    return aim  # "opened fire on a crowd", "opened fire at a CRPF camp" (not "at about 10pm")
            return c
    preps = ("on", "against", "at", "of", "targeting", "into", "in")
    if tok.lemma_ in ("clash", "fight", "battle", "skirmish", "exchange", "engage", "clashes", "fighting"):
        # "On Tuesday, M23 rebels clashed with the army": the other side before a fronted day
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "against", "between"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
    if passive_participle(tok) and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head  # "soldiers killed in the ambush", "a pastor detained for two years"
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME"):
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
        if c.dep_ == "xcomp" and c.pos_ == "VERB" or (c.dep_ == "ccomp" and c.tag_ == "VBG" and c.i > tok.i):  # "Army
            # airstrikes kill five IS members", "beat people taking part in a march" (parsed so): the one it is done to
            p = next((g for g in c.children if g.dep_ in (("nsubj",) if c.dep_ == "ccomp" else ("dobj", "nsubjpass"))), None)
            if p is not None:
                return p
    for c in tok.children:
        if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG":  # "attacked a checkpoint, killing 12 ..."
            p = patient_of(c)
            if p is not None:
                return p
    return None


def _place_arg(root: Any, actor_kind: ActorKind | None) -> tuple[Any, str | None]:
    """The patient of a territorial verb and its kind; "drove them out of key areas" gives the areas."""
    pat = patient_of(root)
    if root.lemma_ == "restore":  # "restored security and stability to several villages"
        pat = next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children if g.dep_ == "pobj"), pat)
    if root.lemma_ == "fall" and root.pos_ != "NOUN":  # "the fall of the town to the rebels": its "of"
        pat = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if pat is not None and pat.lower_ in ("control", "parts", "part", "rest", "most", "much", "areas", "swathes"):
        inner = next((g for c in pat.children if c.dep_ == "prep" and (c.lower_ == "of" or (
            c.lower_ == "over" and pat.lower_ == "control"))  # "control over the hill"
                      for g in c.children if g.dep_ == "pobj"), None)
        if inner is not None:
            k = arg_kind(inner, actor_kind)
            # one controls places: "control of Ma'arrat al-Nu'man" is a place whatever the NER says
            if pat.lower_ == "control" and (
                (k in (None, "civilian") and inner.pos_ == "PROPN") or inner.lower_ in PLACE_NOUNS
                or inner.lemma_.lower() in PLACE_NOUNS
            ):
                k = "place"  # "control of the rebel stronghold of Jobar"
            return inner, k
        if pat.lower_ == "control":  # "imposed their control over the hill": the phrase hangs from the verb
            inner = next((g for c in root.children if c.dep_ == "prep" and c.lower_ in ("over", "of")
                          for g in c.children if g.dep_ == "pobj"), None)
            if inner is not None and (arg_kind(inner, actor_kind) in (None, "place", "civilian")):
                return inner, "place"
    pk = arg_kind(pat, actor_kind) if pat is not None else None
    if pk in ("civilian", "protester", "state", "armed", "nonstate") and root.lemma_ in (
        "seize", "capture", "take", "grab", "snatch"
    ) and pat is not None and pat.ent_type_ not in ("GPE", "LOC", "FAC"):
        return pat, pk  # "seized 43 passengers from a bus", "seized three officials from a vehicle": people
    if pat is not None and pat.ent_type_ in ("GPE", "LOC", "FAC") and pk is None:
        pk = "place"
    if pk in ("armed", "nonstate") and pat is not None:  # "flushed out the insurgents from the town"
        for c in pat.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "out"):  # "out of the town", "of" hung on "out"
                for g in [*c.children, *(x for o in c.children if o.dep_ == "prep" and o.lower_ == "of" for x in o.children)]:
                    if g.dep_ == "pobj" and arg_kind(g, actor_kind) == "place":
                        return g, "place"
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
            if c.dep_ == "prep" and c.lower_ in ("into", "over"):  # "marched into the town", "control over"
                for g in c.children:
                    if g.dep_ == "pobj" and (arg_kind(g, actor_kind) == "place" or (
                        g.pos_ == "PROPN" and arg_kind(g, actor_kind) in (None, "civilian")
                    )):
                        return g, "place"
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


def _armed_place(tok: Any) -> bool:
    """A military target: a base, a checkpoint, "the Syrian army headquarters", an armed side's camp (not a bare camp)."""
    if tok is None:
        return False
    words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")} | owner_words(tok)
    if _sheltering_camp(tok, words):
        return False  # "a refugee camp", "an IDP camp", "a camp for displaced people": civilians live there
    if words & {"base", "bases", "checkpoint", "checkpoints", "post", "posts", "barracks", "outpost", "outposts",
                "position", "positions", "military", "peacekeeping", "headquarters", "hq", "airbase", "garrison", "bunker"}:
        return True
    return bool((words - {tok.lower_}) & (ARMED_WORDS | STATE_WORDS))


#: who lives in a camp that is no military target ("a camp for internally displaced persons")
SHELTERED_WORDS = frozenset("refugee refugees idp idps displaced displacement evacuee evacuees migrant migrants".split())


def _sheltering_camp(tok: Any, words: set[str]) -> bool:
    """A camp (or settlement) of refugees or displaced people, named so by a modifier or a "for" phrase."""
    if tok.lemma_.lower() not in ("camp", "settlement", "site", "shelter"):
        return False
    near = set(words)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "of"):
            near |= {t.lower_ for t in c.subtree}
        elif c.dep_ in ("compound", "amod"):
            near |= {t.lower_ for t in c.subtree}
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("for", "of"):  # the parser hung "for ..." on the verb
        near |= {t.lower_ for t in doc[tok.i + 2 : min(tok.i + 5, len(doc))]}
    return bool(near & SHELTERED_WORDS)


GRIEVANCE_WORDS = frozenset(
    "decry denounce condemn protest demand against over mourn commemorate demanding denouncing decrying".split()
)


PLACE_PREPS = frozenset("in across near outside on during".split())


def _grievance(tok: Any) -> bool:
    """A word inside the object of protest ("against the killing", "to decry the arrests")."""
    h = tok
    for _ in range(3):
        if h.head.i == h.i:
            return False
        below = h
        h = h.head
        if h.lemma_.lower() in GRIEVANCE_WORDS or h.lower_ in GRIEVANCE_WORDS:
            if h.pos_ == "NOUN" and below.dep_ == "prep" and below.lower_ in PLACE_PREPS:
                return False  # "protests in the port city, where they torched cars": where, not what about
            # "protested ..., blocking the road": an act of the protesters, not their grievance
            return below.dep_ not in ("advcl", "conj", "nsubj", "nsubjpass", "parataxis")
    return False


def _in_protest(tok: Any) -> bool:
    """"in protest at the remarks", "in protest against": a motive, not a demonstration."""
    return tok.lower_ in ("protest", "protests") and tok.dep_ == "pobj" and tok.head.lower_ == "in" and not any(
        c.dep_ in ("det", "amod", "nummod", "poss") for c in tok.children
    )  # "killed in violent protests", "in the protests" are demonstrations


TRANSFER_VERBS = frozenset(
    "hand handover withdraw withdrawal pull vacate evacuate retreat enter take cede transfer leave give return".split()
)


def _transfer_cue_ok(doc: Any, hit: CueHit) -> bool:
    """A transfer cue that is about a place: "peacefully" must qualify a handover, a withdrawal or an
    entry; "handed over" must not have weapons or persons as its object."""
    tok = doc[hit.start]
    if hit.phrase == "peacefully":
        return tok.head.lemma_.lower() in TRANSFER_VERBS
    if hit.phrase.startswith(("hand", "handed")):
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass"):
                low, lem = c.lower_, c.lemma_.lower()
                if low in WEAPON_WORDS or lem in WEAPON_WORDS or _word_kind(c) in ("civilian", "armed", "state", "nonstate"):
                    return False
    return True


MOB_AGENT_WORDS = frozenset(
    """mob mobs crowd crowds vigilante vigilantes villagers residents locals youths mobsters lynch""".split()
)
MOB_ACTS = frozenset("kill beat lynch burn attack stone hack murder assault torch set".split())


LETHAL_ACTS = frozenset(
    """kill murder behead massacre shoot stab attack gun hack slaughter execute torture assassinate
    lynch strangle""".split()
)


def _victims(by_cat: dict[str, list[tuple[float, CueHit, Any]]], actor_kind: ActorKind | None) -> set[str]:
    """Kinds of those the violent acts of the sentence were done to ("... and shot dead nine traders")."""
    kinds: set[str] = set()
    for _d, _h, tok in by_cat.get("VIOLENCE", []) + by_cat.get("CLASH", []):
        ps = [patient_of(tok)]
        if tok.lemma_ in ("die", "dead") and any(c.dep_ == "nsubj" for c in tok.children):
            ps = [next((c for c in tok.children if c.dep_ == "nsubj"), None)]
        for c in list(tok.children) + [g for d in tok.children if d.dep_ == "dobj" for g in d.children]:
            if c.dep_ == "prep" and c.lower_ in ("on", "at", "against", "into"):  # "opened fire on demonstrators"
                ps.extend(g for g in c.children if g.dep_ == "pobj")
        for p in ps:
            if p is None:
                continue
            k = arg_kind(p, actor_kind)
            if k in ("civilian", "armed", "state", "nonstate", "protester"):
                kinds.add(k)
    return kinds


def _left_place(tok: Any, actor_kind: ActorKind | None) -> bool:
    """"withdrew from the Abu Ghraib base", "pulled out of the town": forces leaving a place."""
    if tok.lemma_.lower() in ("leave", "abandon", "vacate", "evacuate") and tok.pos_ == "VERB" and not any(
        c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") for c in tok.children  # "left them dead"
    ):
        # "left the base", "abandoned the town", "after the militants left it"
        if any(c.dep_ == "dobj" and not any(x.dep_ in ("amod", "acomp", "oprd") for x in c.children) and (
            c.lower_ in ("it", "them") or arg_kind(c, actor_kind) == "place" or c.ent_type_ in ("GPE", "LOC", "FAC")
        ) for c in tok.children):
            return True
    if tok.lemma_.lower() not in ("withdraw", "withdrawal", "pull", "retreat", "evacuate"):
        return False
    for c in list(tok.children) + [g for d in tok.children if d.dep_ == "prt" for g in d.children]:
        if c.dep_ == "prep" and c.lower_ in ("from", "of", "out"):
            for g in c.children:
                if g.dep_ == "pobj" and (arg_kind(g, actor_kind) == "place" or g.ent_type_ in ("GPE", "LOC", "FAC")):
                    return True
    return False


def _circumstance(tok: Any, trig: Any) -> bool:
    """"killed in clashes", "died during fighting": the clash is where the violence happened."""
    h = tok
    if h.dep_ in ("compound", "amod"):
        h = h.head
    return h.dep_ == "pobj" and h.head.lower_ in ("in", "during", "amid") and h.head.head.i == trig.i


def _setting(tok: Any) -> bool:
    """A noun that only says where or when something happened ("at a rally", "during the march")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during", "near", "after", "before", "outside", "into")


STRIKER_WORDS = AIRCRAFT_WORDS | frozenset(
    "jet jets warplane warplanes drone drones airstrike airstrikes strike strikes artillery missile missiles".split()
)
SUPPORTER_WORDS = frozenset(
    """supporters supporter partisans followers youths villagers residents communities community clans tribes
    herders herdsmen farmers pastoralists fishermen traders""".split()
)
FIREARM_WORDS = frozenset("gun guns rifle rifles firearm firearms gunfire gunshots ak-47 ak-47s kalashnikovs".split())


def _civilian_sides(agent: ArgInfo, sent: Any, clash: Any = None) -> bool:
    """A clash between supporters, youths or communities, with no armed actor named in the sentence."""
    sides = [agent.token] if agent.token is not None else []
    if clash is not None:  # "clashes between rival communities"
        sides += [g for c in clash.children if c.dep_ == "prep" and c.lower_ in ("between", "among", "with")
                  for g in c.children if g.dep_ == "pobj"]
    words = {t.lower_ for s in sides for t in s.subtree}
    if not words & (SUPPORTER_WORDS | MOB_AGENT_WORDS):
        return False
    if "armed" in words or any(t.lower_ in FIREARM_WORDS for t in sent):
        return False  # "rival clans fought with guns", "armed herders": communal militias clash (armed clash)
    return not any(  # authorities imposing a curfew afterwards are not a side
        (t.lower_ in ARMED_WORDS or t.lemma_.lower() in ARMED_WORDS or t.lower_ in NONSTATE_WORDS)
        and _word_kind(t) in ("state", "nonstate", "armed") and not _source(t)
        for t in sent if t.pos_ in ("NOUN", "PROPN")
    )


def _struck_by_air(tok: Any) -> bool:
    """Whether the verb governing ``tok`` has aircraft, drones or artillery as its doer."""
    v = tok
    for _ in range(2):
        if v.pos_ in ("VERB", "AUX"):
            break
        if v.head.i == v.i:
            return False
        v = v.head
    ag = agent_of(v)
    return ag is not None and bool({t.lower_ for t in ag.subtree} & STRIKER_WORDS)


CROWD_CONTROL = ("tear", "teargas", "water cannon", "rubber bullet", "disperse", "dispersal", "baton", "lathi",
                 "pepper spray", "stun grenade")
REPORT_VERBS = frozenset("say tell report add state confirm announce claim quote".split())


def _source(tok: Any) -> bool:
    """The subject of a reporting verb ("officials said", "police told reporters")."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in REPORT_VERBS


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
            return not _attempt_under_way(h)
    return False


def _attempt_under_way(verb: Any) -> bool:
    """"(detained them) as they tried to hold a rally": the attempt was being made when the main act
    happened, so the protest is told, not only planned."""
    h = verb.head
    return verb.dep_ == "xcomp" and h.lemma_.lower() in ("try", "attempt", "seek") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "while", "when") for c in h.children
    )


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


def _unarmed_target(pat: Any, actor_kind: ActorKind | None) -> bool:
    """A target that is neither an armed actor nor a post, base or checkpoint (a village, a bus)."""
    if pat is None:
        return True
    return arg_kind(pat, actor_kind) not in ("armed", "state", "nonstate") and not _armed_place(pat)


STATE_ALLIED = frozenset("hashd pmf pmu cjtf vdp".split())


def _pro_government(tok: Any) -> bool:
    """"Pro-government militias", "loyalist fighters", "government-backed forces": the state's allies."""
    words = [t.lower_ for t in tok.subtree if t.lower_ != "-"][:8]  # "government-backed" may be split
    if STATE_ALLIED & set(words) or ("popular" in words and ("mobilization" in words or "mobilisation" in words)):
        return True  # militias fighting for the state: Iraq's Hashd, Nigeria's CJTF, Burkina's VDP
    return "loyalist" in words or "loyalists" in words or any(
        a in ("pro", "backed", "allied") and b in ("government", "regime", "state") or
        a in ("government", "regime", "state") and b in ("backed", "allied", "aligned")
        for a, b in zip(words, words[1:] + [""], strict=True)
    ) or any(w in ("pro-government", "pro-regime", "government-backed") for w in words) or any(
        a == "pro" and c in ("government", "regime") for a, c in zip(words, words[2:], strict=False)
    )


def _opponent(sent: Any, agent: Any, actor_kind: ActorKind | None) -> bool:
    """An armed actor the act was aimed at ("an operation against militants"), outside the doer."""
    mine = {t.i for t in agent.subtree} if agent is not None else set()
    return any(
        t.dep_ == "pobj" and t.head.lower_ == "against" and t.i not in mine
        and arg_kind(t, actor_kind) in ("state", "nonstate", "armed")
        for t in sent
    )


FIGHT_WORDS = frozenset(
    """fighting fight fought clashes clash clashed battle battled gunfight firefight repelled repulsed resisted
    defended exchange""".split()
)


_RESISTANCE_LEMMAS = frozenset(("clash", "repel", "repulse"))
_RESISTANCE_FORMS = FIGHT_WORDS | ARMED_PLACES


def defended(sents: Sequence[Any]) -> bool:
    """The sentences that follow an attack on a village tell of fighting or of armed posts in it ("targeted
    bases manned by militias", "after brief fighting"): the attack met armed resistance."""
    for s in sents:
        for t in tokens_with(s, lemmas=_RESISTANCE_LEMMAS, lowers=_RESISTANCE_FORMS):
            low = t.lower_
            if low in FIGHT_WORDS or t.lemma_.lower() in ("clash", "repel", "repulse"):
                return True
            if low in ARMED_PLACES and t.dep_ in ("dobj", "pobj", "nsubjpass") and low not in ("position", "positions"):
                return True
    return False


def speaker_for(verb: Any, ag: Any) -> Any:
    """"The army says it has dislodged the insurgents": "it" in what a speaker says is the speaker."""
    if ag is not None and ag.pos_ == "PRON" and ag.lower_ in ("it", "they", "we") and verb.dep_ == "ccomp":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ != "PRON":
            return subj
    return ag


SUPPORT_LEMMAS = frozenset("back support aid assist cover escort".split())
GROUND_ATTACK_LEMMAS = frozenset("attack storm assault advance push fight clash raid".split())


def _supporting_ground_attack(tok: Any) -> bool:
    """Aircraft told as supporting ground forces who fight ("warplanes and helicopter gunships supported
    troops as they attacked rebel positions"): ACLED codes the ground battle, the air power is its support."""
    h = tok
    while h.dep_ in ("conj", "compound", "amod") and h.head.i != h.i:
        h = h.head
    v = h.head
    if h.dep_ != "nsubj" or v.lemma_.lower() not in SUPPORT_LEMMAS:
        return False
    troops = next((c for c in v.children if c.dep_ == "dobj"), None)
    if troops is None or _word_kind(troops) not in ("state", "nonstate", "armed"):
        return False
    return any(c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in GROUND_ATTACK_LEMMAS for c in v.children)
