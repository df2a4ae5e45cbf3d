"""Strategic developments read off the parse beyond the cue phrases, and which act of a sentence leads.

Agreements told without a deal's name (prisoners exchanged, "signed a disarmament pact", two parties
agreeing on a step, captives freed under a truce), truces broken in general terms (ACLED's "Other", not an
agreement), graves found (told by the verb of finding), a group's change announced for the future ("said it
would suspend operations": the announcement is the change), and the precedence between two acts told in one
sentence when the parse says which is the main one (:func:`reweigh`). The predicates of single cues (did
the arrest, the change, the agreement happen) live in :mod:`eventwire.events.strategic`.

Developments told by a verb and its object that no phrase can list (:func:`unseen_developments`): an armed
group replacing its leaders, severing its ties, arming volunteers or spreading leaflets (changes to a
group); checkpoints, offices or quarters set up (a base); and restrictions imposed in a conflict, ACLED's
"Other" (communications cut, roads or borders closed, movement banned, a levy charged by an armed group,
evacuations ordered, a plot foiled, aircraft seen over a place with nothing struck). Police work on crime,
accidents and health rules is no arrest ACLED codes (:func:`police_work`).
"""

from __future__ import annotations

from typing import Any

from .accords import _breach_told, _truce_body, truce_violated
from .clause import _word_kind, agent_of, arg_kind
from .groupacts import GROUP_ACT_CUES, change_over_background, strike_told
from .lexicon import CueHit
from .nonacled_reading import drop_misread
from .story import sentence_of
from .strategic import (
    FORCE_WORDS,
    FUTURE_AUX,
    HEALTH_WORDS,
    MOVED_FORCES,
    NEW_GROUPS,
    _group_like,
    _infinitive,
)
from .turns import coup_scene, held_unknown, reversed_capture, tried_capture
from .words import doc_pos, doc_words, heads_with_child, lower_forms, needs_words, tokens_with

FINDING_VERBS = frozenset("find discover uncover unearth exhume identify locate excavate".split())


def reread_other(by_cat: dict[str, list[tuple[float, CueHit, Any]]], depth_of: Any) -> None:
    """Truces broken in general terms become "Other" developments (see :func:`truce_violated`), and a
    grave found is told by its verb ("exhumed 300 bodies from a mass grave ... after the forces withdrew":
    the finding, not the withdrawal, is the predicate). Cues of a non-event that name the source of the
    news or the medicines looted are dropped first (:func:`eventwire.events.nonacled_reading.drop_misread`)."""
    drop_misread(by_cat)
    moved = []
    for x in by_cat.get("AGREE", []):
        v = truce_violated(x[2], by_cat)
        if v is not None:
            moved.append(x)
            by_cat.setdefault("OTHER", []).append((float(depth_of(v)), CueHit("OTHER", "truce violated", v.i, v.i + 1, 1.0), v))
    if moved:
        by_cat["AGREE"] = [x for x in by_cat["AGREE"] if x not in moved and not _truce_body(x[2])]
        if not by_cat["AGREE"]:
            del by_cat["AGREE"]
        by_cat.pop("VIOLENCE", None)  # only "casualties" (see truce_violated): "without reporting casualties"
        above = {a.i for x in by_cat["OTHER"] if _breach_told(x[2]) for a in list(x[2].ancestors)[:4]}
        if any(r.i in above for _d, _h, r in by_cat.get("ATTRIB", [])):
            del by_cat["ATTRIB"]  # "accused the rebels of breaching the truce overnight along the border": told
        by_cat["OTHER"].sort(key=lambda x: x[0])
    if "OTHER" not in by_cat:
        return
    lifted = []
    for d, h, r in by_cat["OTHER"]:
        if "grave" in h.phrase or h.phrase == "human remains":
            v = r.head
            for _ in range(2):
                if v.lemma_.lower() in FINDING_VERBS or v.head.i == v.i:
                    break
                v = v.head
            if v.lemma_.lower() in FINDING_VERBS and v.pos_ == "VERB":
                lifted.append((float(depth_of(v)), h, v))
                continue
        lifted.append((d, h, r))
    lifted.sort(key=lambda x: x[0])
    by_cat["OTHER"] = lifted


LATER_WORDS = frozenset("later subsequently afterwards".split())


def pluperfect(v: Any) -> bool:
    """"Confirming that his predecessor had been killed": told as what happened before."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children)


def reweigh(fam: str, cands: dict[str, tuple[float, Any]], by_cat: dict[str, list[tuple[float, CueHit, Any]]],
            *, killing: bool) -> str:
    """The family whose act is the main one when two are told in one sentence and the parse says which
    leads: the act of the main clause over a participle under it ("deployed reinforcements, setting up
    checkpoints"; "set up a base, deploying helicopters"), an arrest over the charge it is made on
    ("detained the editor, accusing him of ..."), a clash over the arrests made in it ("clashed with the
    gunmen, arresting three") or "later", a fight between named sides or one that killed over the flight it
    caused (but "fighting forced 15,000 people to flee" is the flight), an attempt thwarted by fighting that
    killed, weapons recovered in a firefight."""
    if fam not in cands:
        return fam  # a family read off another family's trigger ("arrested for vandalising a statue": the damage)
    from .nonacled import ONE_SIDED, harmless  # (imported here, after the cheap exit)

    trig = cands[fam][1]
    if fam == "TERRITORY" and "VIOLENCE" in cands and (tried_capture(trig) or reversed_capture(trig)):
        return "VIOLENCE"  # "tried to take the town but were repelled": the fight, no place taken
    if fam in ("ARREST", "DISRUPT") and "OTHER" in cands and coup_scene(trig, by_cat):
        return "OTHER"  # "detained the president in what appeared to be a coup attempt": the coup
    if fam == "ARREST" and held_unknown(trig.sent):
        cands["ABDUCT"] = cands["ARREST"]
        return "ABDUCT"  # "picked up the lawyer and refused to say where he was held": a forced disappearance
    led = change_over_background(fam, cands, killing=killing)  # "sent troops after jihadists attacked a base"
    if led is not None:
        return led
    if fam in ("HQ", "CHANGE"):
        other = "CHANGE" if fam == "HQ" else "HQ"
        if other in cands and trig.dep_ in ("advcl", "conj") and trig.head.i == cands[other][1].i:
            return other
    if fam == "VIOLENCE" and trig.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in trig.children):
        for f in ("CHANGE", "HQ", "OTHER"):
            if f in cands and trig.head.i == cands[f][1].i:
                return f  # "established a new military command to fight the jihadists": the fight is its purpose
    for f in ("ARREST", "CHANGE"):
        if fam == "ATTRIB" and f in cands and trig.dep_ in ("advcl", "xcomp") and trig.head.i == cands[f][1].i:
            return f  # "detained the editor and four reporters, accusing them of spreading propaganda"; "replaced
            # their coordinator, accusing him of negotiating with the government"
    if fam == "ARREST" and "VIOLENCE" in cands and trig.dep_ in ("advcl", "conj") and trig.head.i in {
        r.i for _d, _h, r in by_cat.get("CLASH", []) if r.lemma_.lower() not in ONE_SIDED | {"operation", "search"}
    }:
        return "VIOLENCE"  # "troops clashed with the gunmen, arresting three": the clash
    if fam == "ARREST" and any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in trig.children):
        for f in ("VIOLENCE", "MOB", "PROTEST", "LOOT"):
            if f in cands:
                return f  # "the groups clashed ...; police later arrested 14 people": the clash is the event
    if fam == "OTHER" and trig.lemma_.lower() in ("flee", "displace") and "VIOLENCE" in cands:
        v = cands["VIOLENCE"][1]
        if (v.dep_ == "nsubj" and v.head.i == trig.i and any(c.lower_ == "between" for c in v.children)) or (trig.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("as", "while") for c in trig.children
        ) and (killing or not harmless(trig.sent))):
            return "VIOLENCE"  # "heavy fighting displaced 2,000 people"; "... left nine dead, as families fled"
    if fam == "VIOLENCE" and "OTHER" in cands and not killing:
        o = cands["OTHER"][1]
        if o.lemma_.lower() == "flee" and o.dep_ == "xcomp" and trig.dep_ == "nsubj" and trig.head.i == o.head.i and not any(
            c.lower_ == "between" for c in trig.children
        ):
            return "OTHER"  # "renewed fighting forced 15,000 people to flee": as "fighting displaced 15,000 people"
    if fam == "DISRUPT" and "VIOLENCE" in cands:
        if killing and trig.lemma_.lower() in ("thwart", "foil", "prevent", "avert", "repel", "repulse") and not any(
            c in by_cat for c in ("CHEM", "SUICIDE", "AIR", "SHELL", "GRENADE", "IED", "BLAST")
        ):
            return "VIOLENCE"  # "thwarted an attempt to infiltrate their positions, killing a number of the attackers"
        fights = [r for _d, _h, r in by_cat.get("CLASH", []) if r.lemma_.lower() not in ONE_SIDED | {"operation", "search"}]
        if fights and trig.tag_ == "VBG" and trig.dep_ in ("advcl", "conj"):
            return "VIOLENCE"  # "a firefight with rebels, ..., recovering an M16 rifle"
    return fam


def after_clause(tok: Any) -> bool:
    """``tok`` is told in an "after ..." clause ("days after soldiers seized power"): background."""
    v = tok
    for _ in range(3):
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "since", "following") for c in v.children):
            return True
        if v.dep_ in ("pcomp", "pobj") and v.head.lower_ in ("after", "since", "following"):
            return True
        if v.head.i == v.i:
            return False
        v = v.head
    return False


DECIDED_CHANGES = frozenset("suspend halt cease end stop dissolve disband enforce merge join resume renounce abandon".split())
ANNOUNCING_VERBS = frozenset("announce declare say state confirm decide".split())


def announced_change(trig: Any) -> Any:
    """The verb of announcing when a group announces a change to its own activity in the future tense ("said
    it would suspend military operations", "announced it would enforce the military service law"): the
    announcement is the change ACLED codes, not a plan; ``trig`` otherwise (movements of forces announced
    stay plans: "said it would deploy troops")."""
    if trig.lower_ in ("reservists", "conscripts") and trig.dep_ == "pobj" and trig.head.head.dep_ in ("nsubjpass", "dobj"):
        return trig.head.head.head  # "thousands of reservists were called up": the calling up is the act
    v = trig.head if trig.dep_ == "dobj" else trig  # "would enforce the military service law"
    if v.pos_ != "VERB" or v.lemma_.lower() not in DECIDED_CHANGES or v.dep_ not in ("ccomp", "xcomp"):
        return trig
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in v.children):
        return trig
    head = v.head
    if head.lemma_.lower() in ANNOUNCING_VERBS and not any(c.dep_ == "neg" for c in head.children):
        return head
    return trig


# -- developments the phrase list cannot see, read off the parse (:func:`unseen_developments`) ---------------
#: the phrases of the cue hits made here: the caller keeps them without the predicates of single cues
PARSED_CUES = frozenset(
    """leader replaced;group formed;group armed;group banned;group activity;ties severed;signed up;forces transferred;communications cut;way closed;
    movement banned;levy imposed;evacuation ordered;plot foiled;post set up;airspace entered;aircraft seen;forces seen""".split(";")
) | GROUP_ACT_CUES
CONFLICT_WORDS = frozenset(
    """insurgent insurgents insurgency militant militants jihadist jihadists rebel rebels separatist separatists
    armed attack attacks attacked fighting clashes shelling gunmen gang gangs militia militias fighters security
    violence unrest war conflict offensive terrorist terrorists bandits bandit takeover coup military troops forces
    soldiers""".split()
)
NOT_CONFLICT = frozenset(
    """virus coronavirus covid covid-19 pandemic epidemic outbreak flood floods flooding storm cyclone hurricane
    snow snowfall weather cable cables fault outage maintenance glitch technical exam exams examination
    examinations accident ebola cholera disease wildfire bushfire fire volcano eruption earthquake landslide
    tsunami typhoon heatwave drought""".split()
)
LINK_WORDS = frozenset(
    """internet broadband telecommunications telecommunication telecoms telecom communications whatsapp facebook
    tiktok twitter telegram sms""".split()
)
MONEY_WORDS = frozenset("francs shillings dollars naira cedis birr pounds afghanis rupees money cash".split())
LINKED = frozenset("service services access connection connections network networks connectivity data line lines".split())


def _link(o: Any) -> bool:
    """The internet, a telephone network or social media as a service ("mobile internet", "access to
    Facebook", "mobile data and broadband services"); not "the price of mobile data"."""
    if o.lower_ in LINK_WORDS:
        return True
    if o.lemma_.lower() not in LINKED:
        return False
    mods = {c.lower_ for c in o.subtree if c.i < o.i or c.head.i == o.i or c.head.head.i == o.i}
    return bool(mods & LINK_WORDS) or {"mobile", "data"} <= mods | {o.lower_} or {"social", "media"} <= mods or (
        o.lower_ == "access" and bool(_words([o]) & LINK_WORDS))


CUTTING_VERBS = frozenset("cut suspend shut block restrict throttle switch halt sever".split())
CLOSABLE = frozenset(
    """road roads highway highways border borders frontier crossing crossings route routes bridge bridges
    airport airports airspace port ports mine mines site sites market markets""".split()
)
FRONTIERS = frozenset("border frontier airspace crossing".split())
CLOSING_VERBS = frozenset("close shut seal block blockade".split())
BANNED_THINGS = frozenset(
    """movement movements traffic vehicle vehicles motorbike motorbikes motorcycle motorcycles boat boats
    gathering gatherings assembly assemblies flight flights""".split()
)
LEVY_NOUNS = frozenset("fee fees tax taxes levy levies toll tolls zakat ransoms".split())
LEVY_VERBS = frozenset("levy charge demand collect impose extort tax".split())
PLOT_NOUNS = frozenset("plot plots plan plans attempt".split())
FOILING_VERBS = frozenset("foil thwart uncover unearth bust frustrate avert".split())
#: Every verb :func:`_restrictions` reads.
RESTRICTING_VERBS = CUTTING_VERBS | CLOSING_VERBS | LEVY_VERBS | FOILING_VERBS | frozenset(
    "remain impose enforce order announce decree ban prohibit suspend instruct tell".split()
)
PLOTTED_ACTS = frozenset("coup attack attacks bombing bombings assassination assassinate kill terror".split())
ARMED_RECIPIENTS = frozenset(
    """volunteers vigilantes vigilante militia militias militiamen recruits fighters civilians youths hunters guards
    auxiliaries""".split()
)


def arms_given(v: Any) -> bool:
    """Weapons handed *to* volunteers or a militia ("the army handed over weapons to 500 newly trained
    vigilantes"): the arming of a group, not weapons surrendered."""
    return v.lemma_.lower() in ("hand", "give") and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() in ARMED_RECIPIENTS or g.lower_ in ARMED_RECIPIENTS
                                                      for g in c.children) for c in v.children)


CRIMINALS = frozenset(
    """kidnapper kidnappers robber robbers thief thieves smuggler smugglers trafficker traffickers fraudster
    fraudsters criminal criminals burglar burglars poacher poachers scammer scammers""".split()
)
MISHAPS = frozenset("collapse collapsed crash stampede negligence accident derailment".split())


def police_work(tok: Any, pats: list[Any], words: set[str]) -> bool:
    """Arrests (``tok``, of ``pats``) over an accident or a health rule ("officials were arrested over the
    collapse of the building", "for violating the coronavirus curfew"), or of criminals by the police
    ("police arrested five suspected kidnappers"): police work, not an arrest ACLED codes. The caller has
    checked that nothing political or armed is told in the sentence (``words``)."""
    if any(p.pos_ != "NOUN" for p in pats):
        return False  # "Kyagulanyi, who was arrested for flouting coronavirus rules": a named person
    if words & (MISHAPS | HEALTH_WORDS):
        return True
    ag = agent_of(tok)
    return all(p.lemma_.lower() in CRIMINALS or p.lower_ in CRIMINALS for p in pats) and not (
        ag is not None and ag.lower_ in ("troops", "soldiers", "army", "military"))


ACTIVITY_VERBS = frozenset("distribute hand drop post hold stage organise organize deliver".split())
ACTIVITY_NOUNS = frozenset("leaflet leaflets pamphlet pamphlets letter letters flyer flyers propaganda parade parades".split())
BODIES = frozenset(("command", "council"))  # "established a new military command", "formed a military council"
FOUNDING = frozenset("inaugurate launch unveil establish create form raise found".split())
WEAPON_NOUNS = frozenset("weapons arms guns rifles ammunition".split())
RULER_NOUNS = frozenset("leader commander chief coordinator governor emir amir wali head spokesman administrator general".split())
SEVERED_LINKS = frozenset("ties links relations allegiance affiliation".split())
LEFT_BODIES = frozenset("command ranks alliance coalition structure umbrella".split())
SIGNED_AS = frozenset("volunteers volunteer recruits fighters militia militias army ranks forces reservists".split())
MOVING_NOUNS = frozenset("transfer transfers redeployment relocation movement".split())
GROUPING_NOUNS = frozenset("network string chain series ring line number cluster".split())
POST_NOUNS = frozenset("checkpoint checkpoints roadblock roadblocks quarters office offices base bases".split())
POSTING_VERBS = frozenset("set put erect mount establish build open make".split())


HARM_CATS = frozenset("ABDUCT VIOLENCE CLASH LOOT SEXV ARREST LETHAL".split())
EMERGENCY_CUES = ("curfew", "lockdown", "state of", "section")


CROWD_WORDS = frozenset(
    """supporter supporters protester protesters demonstrator demonstrators youth youths resident residents villager
    villagers student students worker workers trader traders driver drivers crowd crowds mob mobs activist activists
    farmer farmers""".split()
)
OFFICIAL_WORDS = frozenset(
    """governor president minister ministry mayor commissioner administration council junta prefect government
    cabinet parliament presidency""".split()
)


def _conflict(sent: Any, skip: Any = ()) -> bool:
    if not skip:
        return _sentence_conflict(sent)
    return _conflict_reading(sent, skip)


CONFLICT_KEY = "eventwire_conflict_sentences"


def _sentence_conflict(sent: Any) -> bool:
    """:func:`_conflict` of a whole sentence, read once and kept on its doc (several verbs of a
    sentence ask; a cache outside the doc would keep whole docs alive in a long run)."""
    memo = sent.doc.user_data.setdefault(CONFLICT_KEY, {})
    got = memo.get(sent.start)
    if got is None:
        got = memo[sent.start] = _conflict_reading(sent, ())
    return got


def _conflict_reading(sent: Any, skip: Any = ()) -> bool:
    """The sentence tells of a conflict (armed actors, attacks, security) and not of a health or weather
    emergency or a technical fault; the words of ``skip`` (an object told) do not count."""
    doc = getattr(sent, "doc", None)
    if doc is None or doc is sent or not hasattr(sent, "start"):
        words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
        if words & NOT_CONFLICT:
            return False
        skipped = {x.i for o in skip for x in o.subtree}
        toks = [t for t in sent if t.i not in skipped]
        return bool({t.lower_ for t in toks} & CONFLICT_WORDS) or strike_told(words) or any(
            t.pos_ in ("NOUN", "PROPN") and _word_kind(t) in ("nonstate", "armed") for t in toks)
    # the same, read on the doc's word tables (a token object only for the nouns asked of)
    lo, hi = sent.start, sent.end
    lows = doc_words(doc)[1]
    words = lower_forms(sent)
    if words & NOT_CONFLICT:
        return False
    skipped = {x.i for o in skip for x in o.subtree}
    idx = [i for i in range(lo, hi) if i not in skipped]
    pos = doc_pos(doc)
    return bool({lows[i] for i in idx} & CONFLICT_WORDS) or strike_told(words) or any(
        pos[i] in ("NOUN", "PROPN") and _word_kind(doc[i]) in ("nonstate", "armed") for i in idx)


def _done(v: Any) -> bool:
    """A verb told as done: not negated, not "to ...", not "would ...", not what someone is accused of
    ("accused the US of forming a 'terror army'")."""
    if v.dep_ == "pcomp" and v.head.lower_ == "of" and any(
        a.lemma_.lower() in ("accuse", "blame", "suspect", "allege", "charge") for a in list(v.ancestors)[:3]
    ):
        return False
    return v.pos_ == "VERB" and not _infinitive(v) and not (  # no "neg" child, no "would"/"will" (the doc's table)
        v.i in heads_with_child(v.doc, "neg") or v.i in heads_with_child(v.doc, "aux", lowers=FUTURE_AUX))


def _generic(v: Any) -> bool:
    """The doer is a kind, not a party ("several of the continent's regimes have shut down the internet")."""
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.lower_ in ("several", "many", "some", "most") or any(
        c.lower_ in ("several", "many", "some", "most") and c.dep_ in ("amod", "det") for c in subj.children))


def _doer_kind(v: Any, actor_kind: Any) -> str | None:
    """The kind of who does ``v``; a pronoun stands for the subject of the verb that reports it ("the
    rebels said they had replaced ...")."""
    ag = agent_of(v)
    if ag is None:
        return None
    if ag.pos_ == "PRON":
        h = v
        for _ in range(3):
            if h.head.i == h.i:
                break
            h = h.head
            if h.lemma_.lower() in ANNOUNCING_VERBS | {"report"}:
                ag = next((c for c in h.children if c.dep_ == "nsubj"), ag)
                break
    words = {ag.lower_, ag.lemma_.lower()} | {
        g.lower_ for c in ag.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree}
    if words & {"faction", "factions", "bloc", "gang", "gangs", "wing", "front", "fronts"}:
        return "nonstate"
    if ag.lemma_.lower() in CROWD_WORDS or ag.lower_ in CROWD_WORDS:
        return "crowd"  # "opposition supporters blocked roads with burning tyres"
    if any(w.i < ag.i and _word_kind(w) == "nonstate" for w in ag.subtree):
        return "nonstate"  # "the Houthi-run administration"
    if ag.lemma_.lower() in OFFICIAL_WORDS:
        return "state"  # "the governor of Cabo Delgado banned the use of motorcycles"
    kind = arg_kind(ag, actor_kind) or _word_kind(ag)
    if kind not in ("nonstate", "armed", "state") and ag.ent_type_ == "GPE":
        return "state"  # "Chad closed its border"
    return kind


def _objects(v: Any) -> list[Any]:
    """The objects of ``v`` and what a "network of ..." or a conjunction adds."""
    objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [x for o in objs for x in o.children if x.dep_ == "conj"]
    objs += [g for o in objs if o.lower_ in GROUPING_NOUNS for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]
    return objs


def _words(toks: list[Any]) -> set[str]:
    return {t.lower_ for o in toks for t in o.subtree} | {t.lemma_.lower() for o in toks for t in o.subtree}


def _changes(t: Any, lem: str, actor_kind: Any) -> str | None:
    """The phrase of a change to an armed group told by verb ``t``, None if none."""
    objs = _objects(t)
    if lem in ("replace", "install", "instal") and any(o.lemma_.lower() in RULER_NOUNS for o in objs):
        owners = [c for o in objs for c in o.children if c.dep_ == "poss"]
        military = any(o.lemma_.lower() in ("commander", "chief") for o in objs) and _doer_kind(t, actor_kind) == "state" and (
            agent_of(t) is not None and agent_of(t).lower_ in MOVED_FORCES | {"army", "military", "police", "navy"})
        if military or _doer_kind(t, actor_kind) in ("nonstate", "armed") or any(
            arg_kind(w, actor_kind) in ("nonstate", "armed") for w in owners
        ):
            return "leader replaced"  # "the rebels replaced their political coordinator", "the ADF's leader was replaced"
    if lem in FOUNDING and any(o.lemma_.lower() in NEW_GROUPS | BODIES or o.lower_ in NEW_GROUPS for o in objs):
        if _doer_kind(t, actor_kind) in ("nonstate", "armed") or _conflict(t.sent, objs) or any(
            o.lemma_.lower() in BODIES and any(c.lower_ in ("military", "security", "war") for c in o.children) for o in objs
        ):  # "launched a regional security outfit", "the junta formed a new military council"
            return "group formed"
    if lem in ("expand", "enlarge", "restructure", "reorganise", "reorganize") and any(
        o.lemma_.lower() in NEW_GROUPS or o.lower_ in NEW_GROUPS for o in objs
    ) and _doer_kind(t, actor_kind) in ("nonstate", "armed", None) and _conflict(t.sent, objs):
        return "group formed"  # "its Majeed Brigade had been expanded"
    joined = [c for c in t.children if c.dep_ == "nsubj"] or ([t.head] if t.dep_ == "acl" else [])
    if lem in ("reunite", "reunify", "unite", "merge") and any(
        c.lemma_.lower() in NEW_GROUPS or c.lower_ in NEW_GROUPS for c in joined
    ) and _conflict(t.sent, ()):
        return "group formed"  # "two rival factions of the militia reunited under a single leadership"
    if lem in ("emerge", "appear", "surface") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in NEW_GROUPS and any(a.lower_ in ("new", "armed") for a in c.children)
        for c in t.children
    ) and _conflict(t.sent):
        return "group formed"  # "a new armed group calling itself ... has emerged"
    handed = objs + [g for c in t.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]  # misparsed
    if lem in ACTIVITY_VERBS and any(o.lemma_.lower() in ACTIVITY_NOUNS for o in handed) and _doer_kind(t, actor_kind) in (
        "nonstate", "armed"
    ):
        return "group activity"  # "al-Shabaab militants distributed leaflets warning residents", "held a meeting with elders"
    if lem in ("arm", "train", "equip") and (lem == "arm" or _conflict(t.sent)) and any(o.lemma_.lower() in ARMED_RECIPIENTS or o.lower_ in ARMED_RECIPIENTS
                                                for o in objs):
        return "group armed"  # "the government armed and trained 3,000 civilian volunteers"
    if arms_given(t) and any(o.lower_ in WEAPON_NOUNS for o in objs):
        return "group armed"  # "handed over weapons and uniforms to 500 newly trained vigilantes"
    if lem in ("sever", "cut", "break") and any(o.lower_ in SEVERED_LINKS for o in objs):
        if _doer_kind(t, actor_kind) in ("nonstate", "armed"):
            return "ties severed"  # "a faction ... is severing its ties with al-Qaeda"
    if lem in ("leave", "quit", "exit") and any(o.lower_ in LEFT_BODIES for o in objs):
        if _doer_kind(t, actor_kind) in ("nonstate", "armed"):
            return "ties severed"  # "a bloc of fronts announced they were leaving the command of ..."
    if lem in ("suspend", "ban", "freeze") and any(o.lower_ == "activities" and any(
        _group_like(g) for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children) for o in objs):
        return "group banned"  # "the junta suspended the activities of all political parties"
    if (lem == "sign" and any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children)) or lem in ("enrol", "enroll"):
        if any(g.lower_ in SIGNED_AS for c in t.children if c.dep_ == "prep" and c.lower_ in ("as", "for", "with", "in")
               for g in c.subtree) and _conflict(t.sent):
            return "signed up"  # "50,000 people had signed up as volunteers for the defence of the homeland"
    if lem in ("order", "announce", "begin", "complete", "start", "approve"):
        for o in objs:
            if o.lower_ in MOVING_NOUNS and any(g.lower_ in MOVED_FORCES for c in o.children if c.dep_ == "prep"
                                                and c.lower_ == "of" for g in c.subtree):
                return "forces transferred"  # "ordered the transfer of several hundred fighters"
    return None


def _restrictions(t: Any, lem: str, actor_kind: Any) -> str | None:
    """The phrase of a restriction imposed in a conflict (ACLED's "Other"), None if none."""
    if lem not in RESTRICTING_VERBS:
        return None  # (fast: most verbs read here restrict nothing)
    objs = _objects(t)
    ow = _words(objs)
    if _generic(t):
        return None
    if lem in CUTTING_VERBS and any(_link(o) for o in objs):
        return "communications cut"  # "suspended mobile internet", "mobile data services were cut"
    if lem == "remain" and {c.lower_ for c in t.children} & {"down", "off", "suspended", "blocked", "cut"} and _words(
        [c for c in t.children if c.dep_ == "nsubj"]) & LINK_WORDS:
        return "communications cut"  # "mobile internet remained down"
    kind = _doer_kind(t, actor_kind)
    if not _conflict(sentence_of(t.doc, t.i)) and kind not in ("nonstate", "armed"):  # "the M23 announced the closure of the road"
        return None
    forces = kind in ("state", "nonstate", "armed")
    if lem in CLOSING_VERBS and any(o.lemma_.lower() in CLOSABLE and (forces or o.lemma_.lower() in FRONTIERS) for o in objs):
        return "way closed"  # "Chad closed its border", "forces blocked all roads into the township"
    if lem in ("impose", "enforce") and forces and any(o.lemma_.lower() == "blockade" for o in objs):
        return "way closed"  # "the army imposed a blockade on the rebel-held town"
    if lem in ("order", "announce", "decree") and forces and any(
        o.lower_ == "closure" and any(g.lemma_.lower() in CLOSABLE for g in o.subtree) for o in objs
    ):
        return "way closed"  # "ordered the closure of all artisanal gold mining sites"
    if lem in ("ban", "prohibit", "suspend", "impose") and forces and (
        any(o.lemma_.lower() in BANNED_THINGS for o in objs)
        or any(o.lower_ == "use" and _words([o]) & BANNED_THINGS for o in objs)  # "banned the use of motorcycles"
        or any(o.lower_ == "ban" and any(c.lower_ in BANNED_THINGS for c in o.children) for o in objs)
    ):
        return "movement banned"  # "banned the movement of motorbikes", "imposed a vehicle ban"
    if lem in LEVY_VERBS and kind in ("nonstate", "armed") and (ow & LEVY_NOUNS or (
        ow & MONEY_WORDS and {w.lower_ for w in t.sent} & LEVY_NOUNS)):
        return "levy imposed"  # "began charging traders a monthly security fee"
    if lem in ("order", "instruct", "tell") and forces and (
        any(o.lemma_.lower() == "evacuation" for o in objs)
        or any(c.dep_ == "xcomp" and c.lemma_.lower() in ("evacuate", "leave") for c in t.children)
    ):
        return "evacuation ordered"  # "ordered residents of 18 frontline settlements to evacuate"
    if lem in FOILING_VERBS and any(o.lemma_.lower() in PLOT_NOUNS and _words([o]) & PLOTTED_ACTS for o in objs):
        return "plot foiled"  # "thwarted a coup plot", "uncovered a plan to attack a church"
    return None


def _post_set_up(t: Any, lem: str, actor_kind: Any) -> bool:
    """An armed group sets up checkpoints, roadblocks, an office or its quarters, or makes a base
    somewhere ("put up a chain of checkpoints", "opened an administrative office in the town it took")."""
    if lem in ("set", "put") and not any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children):
        return False
    posts = [o for o in _objects(t) if o.lower_ in POST_NOUNS]
    if not posts or any(c.lower_ in CIVIL_CAMP_WORDS for p in posts for c in p.subtree):
        return False
    if lem == "make" and not any(p.lemma_.lower() == "base" for p in posts):
        return False
    kind = _doer_kind(t, actor_kind)
    ag = _objects_doer(t)
    if kind not in ("nonstate", "armed") and not (ag & {"gang", "gangs"}):
        return any(p.lower_ == "quarters" for p in posts) and (kind == "state" or bool(ag & FORCE_WORDS))
        # "military instructors set up their quarters"
    return True


CIVIL_CAMP_WORDS = frozenset("relief refugee refugees medical health aid polling vaccination".split())


def _objects_doer(t: Any) -> set[str]:
    ag = agent_of(t)
    return _words([ag]) if ag is not None else set()


@needs_words(lambda: READ_VERBS)
def unseen_developments(sent: Any, hits: list[CueHit], actor_kind: Any = None) -> list[CueHit]:
    """Strategic developments told in words the phrase list cannot see, read off the parse: an armed group
    replacing its leaders, severing its ties or leaving a command, volunteers signing up, forces
    transferred by order (changes to a group); checkpoints, offices or quarters set up (a base); and
    restrictions imposed in a conflict (ACLED's "Other"): communications cut, roads or borders closed,
    movement banned, levies charged by an armed group, evacuations ordered, plots foiled, a lockdown
    declared by an armed group. Each verb must tell of an act done (not negated, planned or future)."""
    taken = {(h.category, i) for h in hits for i in range(h.start, h.end)}
    # a curfew or a state of emergency imposed is a change to the group's activity; what comes with it
    # ("Section 144 was imposed ... and mobile internet suspended") is part of it
    regime = any(h.category == "CHANGE" and h.phrase.startswith(EMERGENCY_CUES) for h in hits)
    crowd = any(h.category in ("PROTEST", "RIOT", "MOB") and not sent.doc[h.start].lower_.startswith("blockade")
                for h in hits)  # roads blocked by protesters: their act (a blockade imposed by forces is not)
    acts = any(h.category in HARM_CATS and not after_clause(sent.doc[h.start]) and h.phrase not in ("gunmen", "gunman")
               for h in hits)  # not "gunmen established a network of checkpoints": who they are
    out: list[CueHit] = []
    for t in tokens_with(sent, lemmas=READ_VERBS):  # read off the word table: no token object per word
        lem = t.lemma_.lower()
        if not _done(t):
            continue
        phrase = _changes(t, lem, actor_kind)
        if phrase is not None:
            out.append(CueHit("CHANGE", phrase, t.i, t.i + 1, 1.0))
            continue
        if lem in POSTING_VERBS and ("HQ", t.i) not in taken and _post_set_up(t, lem, actor_kind) and not (
            acts and any(o.lower_.startswith(("checkpoint", "roadblock")) for o in _objects(t))
        ):  # "mounted a fake checkpoint and seized 12 travellers": the checkpoint is where the act was done
            out.append(CueHit("HQ", "post set up", t.i, t.i + 1, 1.0))
            continue
        phrase = None if regime or crowd else _restrictions(t, lem, actor_kind)
        if phrase is None and lem in ("violate", "enter", "breach", "intrude", "penetrate") and any(
            o.lower_ == "airspace" for o in _objects(t)
        ):
            phrase = "airspace entered"  # "an object, possibly a drone, had entered its airspace"
        at = t
        if phrase is None and not acts:
            phrase = _sighting(t, lem)
            if phrase == "aircraft seen" and t.dep_ == "acl":
                at = t.head  # "reported reconnaissance drones hovering over the town": told by the drones
        if phrase is not None:
            out.append(CueHit("CHANGE" if phrase == "forces seen" else "OTHER", phrase, at.i, at.i + 1, 1.0))
    return out


AIRCRAFT = frozenset("drone drones aircraft jet jets plane planes helicopter helicopters object balloon balloons".split())
SEEING_VERBS = frozenset("see spot sight observe hover fly circle".split())
WATCHING = frozenset("reconnaissance surveillance spy unidentified unmanned military".split())
NO_STRIKE_WORDS = frozenset("strike strikes bombing casualties attack attacks damage".split())


def _sighting(t: Any, lem: str) -> str | None:
    """Aircraft seen over a place with nothing struck ("drones were seen flying over the airport, with no
    strikes reported"), a country's airspace entered (ACLED's "Other"); armed men sighted near a town (a
    movement of forces). None otherwise."""
    if lem not in SEEING_VERBS:
        return None
    who = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    if t.dep_ in ("acl", "xcomp") and not who:
        who = [t.head] if t.dep_ == "acl" else [c for c in t.head.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")]
    if lem in ("see", "spot", "sight", "observe"):
        who += [g for c in t.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "nsubj"]
    if not who or t.lemma_.lower() in ("see", "spot", "sight", "observe") and not any(
        c.dep_ == "auxpass" for c in t.children
    ) and not any(c.dep_ == "xcomp" for c in t.children):
        return None
    words = {t.lower_ for t in t.sent}
    if any(w.lemma_.lower() in AIRCRAFT or w.lower_ in AIRCRAFT for w in who):
        no_strike = any(c.lower_ == "no" for w in t.sent if w.lower_ in NO_STRIKE_WORDS for c in w.children)
        watching = any(c.lower_ in WATCHING for w in who for c in w.children) or lem in ("see", "spot", "sight", "observe")
        if no_strike or (watching and not words & NO_STRIKE_WORDS and "target" not in words and "targets" not in words):
            return "aircraft seen"  # "reconnaissance drones hovering over the town, with no strikes reported"
        return None
    if lem in ("see", "spot", "sight") and any(w.lower_ in MOVED_FORCES | {"gunmen", "militiamen"} or (
        w.lower_ == "men" and any(c.lower_ == "armed" for c in w.children)) for w in who) and any(
        c.dep_ == "prep" and c.lower_ in ("in", "near", "around", "at", "outside", "along") for c in t.children
    ):
        return "forces seen"  # "armed men were sighted near the town"
    return None


#: the verbs :func:`unseen_developments` reads (any other is passed over at once)
READ_VERBS = (
    FOUNDING | ACTIVITY_VERBS | POSTING_VERBS | CUTTING_VERBS | CLOSING_VERBS | LEVY_VERBS | FOILING_VERBS | SEEING_VERBS
    | frozenset(
        """replace install instal sever cut break leave quit exit sign enrol enroll order announce begin complete start
        approve suspend ban freeze reunite reunify unite merge emerge appear surface expand enlarge restructure reorganise
        reorganize arm train equip hand give remain decree impose enforce prohibit instruct tell violate enter breach
        intrude penetrate""".split()
    )
)
