"""Strategic developments told by verbs and nouns no cue phrase lists, read off the parse (ninth session).

Wire copy tells the same developments in many words: armed groups "fused into a single organisation",
"declared their loyalty to" another, "inducted 5,000 fighters into their forces", "came into being",
"picked X as its new emir", "gave its armed wing a new name", "started discharging fighters" (changes to a
group); soldiers "removed the president from office", thousands "left their homes" or "poured across the
border to escape the fighting", bodies "dug up from a pit", inmates "slipped out of the penitentiary",
networks "blacked out" (ACLED's "Other"); parties "put their signatures to", "settled on a halt to
hostilities", "came to an understanding", captives "handed back" by each side, a commander "turned himself
over to the army" (agreements); a group "made the campus its base", "shifted its field command to" a town
(a base); mines "lifted", a "stash" of explosives found, drones "knocked out" by air defences, a grenade that
"turned out to be a dud" (disrupted weapons). :func:`unlisted_developments` reads them; the words that let
such a sentence reach typing at all are the gate words of ``DEV_VERB`` in :mod:`eventwire.events.lexicon`.
Each reader keeps acts told as done (not negated, not asked for, not future) by or on armed actors, or in a
sentence of conflict; a club's truce, a company's merger or people leaving their homes before a cyclone are
none of these.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .clause import _word_kind
from .developments import _conflict, _doer_kind, _done, _objects
from .groupacts import RULERS, _armed_words, _subject
from .lexicon import CueHit
from .strategic import NEW_GROUPS
from .words import lemma_lowers, lower_forms, needs_words, span_lowers, tokens_with

GROUP_NOUNS = NEW_GROUPS | frozenset(
    "organisation organization outfit bloc entity command militia police force forces ranks army wing".split())
TWO_OR_MORE = frozenset("two three four several both".split())


def _kids(t: Any, *deps: str) -> list[Any]:
    return [c for c in t.children if c.dep_ in deps]


def _preps(t: Any, *words: str) -> list[Any]:
    """The objects of ``t``'s prepositions ``words`` ("into their ranks": ranks)."""
    return [g for c in t.children if c.dep_ == "prep" and c.lower_ in words for g in c.children if g.dep_ in ("pobj", "pcomp")]


def _lows(toks: list[Any]) -> set[str]:
    return {w.lower_ for x in toks for w in x.subtree} | {w.lemma_.lower() for x in toks for w in x.subtree}


def _armed_doer(t: Any, actor_kind: Any) -> bool:
    """Who does ``t`` is an armed actor (a force, an armed group, a militia)."""
    if _doer_kind(t, actor_kind) in ("nonstate", "armed", "state"):
        subj = _subject(t)
        return subj is None or subj.pos_ == "PRON" or _armed_words([subj]) or _word_kind(subj) is not None or (
            _doer_kind(t, actor_kind) in ("nonstate", "armed"))
    subj = _subject(t)
    return subj is not None and (_armed_words([subj]) or (actor_kind is not None and any(
        actor_kind(w) in ("nonstate", "armed", "state") for w in subj.subtree)))


# --- changes to a group ------------------------------------------------------------------------------------
MERGING = frozenset("fuse merge amalgamate unite unify combine consolidate coalesce regroup band".split())
ONE_BODY = frozenset("single one unified joint new".split())


def _merged(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"Two jihadist factions fused into a single organisation", "the militias banded together"."""
    into = _preps(t, "into", "under", "as")
    subj = _subject(t)
    if subj is None:
        return None
    many = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    if not many or not (_armed_words([subj]) or _lows([subj]) & GROUP_NOUNS):
        return None
    if into and not any(_lows([g]) & (GROUP_NOUNS | ONE_BODY) for g in into):
        return None
    if not into and not any(c.lower_ == "together" for c in t.children):
        return None
    return ("CHANGE", "groups merged") if _conflict(t.sent) or _armed_words([subj]) else None


LOYALTY = frozenset("loyalty allegiance fealty bay'ah bayah obedience".split())


def _allegiance(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"Remnants of Ansar Dine declared their loyalty to the Islamic State's Sahel province"."""
    pledged = [o for o in _objects(t) if o.lemma_.lower() in LOYALTY]
    if not pledged:
        return None
    to = _preps(pledged[0], "to") + _preps(t, "to")
    subj = _subject(t)
    org = any(w.ent_type_ == "ORG" for x in to + ([subj] if subj is not None else []) for w in x.subtree)
    return ("CHANGE", "allegiance pledged") if _armed_doer(t, actor_kind) or _conflict(t.sent) or org else None


RECRUITS = frozenset(
    """fighter fighters recruit recruits men youths youth boys volunteer volunteers conscripts reservists militiamen
    combatants soldiers people""".split())
RECRUITING = frozenset("induct enlist enrol enroll recruit conscript draft muster raise call".split())


def _recruited(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"The Houthis inducted 5,000 newly trained fighters into their forces", "began calling up men aged 18 to 35
    for military service", "villagers mustered a 300-strong local guard", "the army raised a new division"."""
    lem = t.lemma_.lower()
    objs = _objects(t)
    if lem == "call" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children):
        return None
    if lem in ("raise", "muster"):
        if any(o.lemma_.lower() in GROUP_NOUNS | {"guard", "guards"} for o in objs) and (
            _armed_doer(t, actor_kind) or _conflict(t.sent)
        ):
            return "CHANGE", "group formed"
        if lem == "raise":
            return None
    if not _lows(objs) & RECRUITS:
        return None
    into = _lows(_preps(t, "into", "for", "as", "to"))
    if into & (GROUP_NOUNS | {"service", "military", "army", "ranks", "front"}) or _armed_doer(t, actor_kind):
        return "CHANGE", "fighters recruited"
    return None


def _joined(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"Hundreds of former fighters rejoined the militia", "some 300 youths joined the ranks of the rebels":
    recruits told by their joining an armed group (not "joined the protest", "joined the talks")."""
    groups = [o for o in _objects(t) if o.lemma_.lower() in GROUP_NOUNS or _word_kind(o) in ("nonstate", "armed")]
    groups += [g for o in _objects(t) if o.lower_ == "ranks" for g in _preps(o, "of")]
    if not groups or not any(g.lemma_.lower() in GROUP_NOUNS or _word_kind(g) in ("nonstate", "armed") for g in groups):
        return None
    subj = _subject(t)
    if subj is None:
        return None
    words = {w.lower_ for w in subj.subtree}
    return ("CHANGE", "fighters recruited") if words & RECRUITS and (subj.like_num or subj.tag_ in ("NNS", "NNPS") or any(
        w.like_num for w in subj.subtree) or subj.lower_ in ("hundreds", "thousands", "dozens")) else None


STOOD_DOWN = frozenset("discharge demobilise demobilize disarm canton decommission".split())


def _demobilised(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"Tigrayan forces started discharging some 65,000 fighters under the disarmament programme"."""
    if any(o.lemma_.lower() in RECRUITS | {"combatant", "ex-combatants"} for o in _objects(t)) and _conflict(t.sent):
        return "CHANGE", "fighters demobilised"
    return None


COMING = frozenset("come be bear emerge appear".split())


def _came_into_being(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"A new coalition of armed groups came into being", "a new insurgent outfit has made its appearance",
    "the front was born in Bangui"."""
    lem = t.lemma_.lower()
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in GROUP_NOUNS or not (
        any(c.lower_ in ("new", "armed") for c in subj.children) or _armed_words([subj])
    ):
        return None
    told = (lem == "come" and any(g.lower_ == "being" for g in _preps(t, "into"))) or (
        lem == "bear" and any(c.dep_ == "auxpass" for c in t.children)) or (
        lem == "make" and any(o.lower_ in ("appearance", "debut") for o in _objects(t)))
    return ("CHANGE", "group formed") if told and (_conflict(t.sent) or _armed_words([subj])) else None


MADE_BODIES = GROUP_NOUNS | frozenset("command council ministry administration police".split())
SETTING = frozenset("set create establish form launch unveil proclaim found organise organize constitute".split())


def _body_made(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"Fano militiamen set up a central command", "separatists proclaimed a 'ministry of defence'", "herders
    organised themselves into a vigilante outfit", "unveiled a police force of its own"."""
    lem = t.lemma_.lower()
    if lem == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children):
        return None
    made = [o for o in _objects(t) if o.lemma_.lower() in MADE_BODIES or o.lower_ in MADE_BODIES]
    if lem in ("organise", "organize", "form"):
        made += [g for g in _preps(t, "into") if g.lemma_.lower() in MADE_BODIES]
    if not made or _lows(made) & {"committee", "commission", "company", "firm", "team", "club", "party"}:
        return None
    if _lows(made) & {"ministry", "administration", "council"} and not _lows(made) & {"defence", "defense", "military", "war"}:
        return None
    if _lows(made) & {"task", "sales", "youth", "squad"}:
        return None  # "launched a new task force on corruption"
    if _doer_kind(t, actor_kind) == "state" and not _lows(made) & STATE_BODIES:
        return None  # a government's body is a change to a group only when it is an armed one
    return ("CHANGE", "group formed") if _armed_doer(t, actor_kind) else None


STATE_BODIES = frozenset("military army division brigade battalion regiment corps militia guard defence defense war".split())
CHOOSING = frozenset("pick choose select name appoint elect install instal designate anoint".split())


def _leader_as(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"Al-Qaeda's Yemeni branch picked Saad al-Awlaki as its new emir", "installed a new self-styled general"."""
    posts = [g for g in _preps(t, "as") if g.lemma_.lower() in RULERS]
    posts += [o for o in _objects(t) if o.lemma_.lower() in RULERS and any(c.lower_ == "new" for c in o.children)]
    if not posts or _lows(posts) & {"executive", "director", "manager", "coach", "ceo", "chairman", "bank", "board"}:
        return None
    return ("CHANGE", "leader replaced") if _doer_kind(t, actor_kind) in ("nonstate", "armed") or (
        _subject(t) is not None and _armed_doer(t, actor_kind)) else None


NAME_NOUNS = frozenset("name names".split())


def _renamed(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"The faction gave its armed wing a new name", "Wagner's contractors have been rebadged as the Africa
    Corps", "the militia has renamed itself the 444 Combat Brigade"."""
    lem = t.lemma_.lower()
    if lem == "give" and not any(o.lower_ in NAME_NOUNS and any(c.lower_ == "new" for c in o.children) for o in _objects(t)):
        return None
    told = _kids(t, "nsubj", "nsubjpass", "dobj", "dative")
    if _armed_words(told) or _doer_kind(t, actor_kind) in ("nonstate", "armed"):
        return "CHANGE", "group renamed"
    return None


COMMAND_NOUNS = frozenset("command control authority orders".split())


def _placed_under(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"The brigades pledged to place their fighters under the command of the defence ministry", "militias were
    brought into the army's 14th division", "leaving the Tripoli Protection Force"."""
    lem = t.lemma_.lower()
    objs = _objects(t)
    if lem in ("place", "put", "bring"):
        under = _preps(t, "under", "into")
        if not any(g.lemma_.lower() in COMMAND_NOUNS | GROUP_NOUNS for g in under):
            return None
        if _armed_words(objs) or _lows(objs) & RECRUITS:
            return "CHANGE", "group integrated"
        return None
    if lem in ("leave", "quit", "exit", "desert") and any(
        o.pos_ == "PROPN" and _lows([o]) & {"force", "forces", "brigade", "army", "front", "alliance", "coalition"} for o in objs
    ) and _armed_doer(t, actor_kind):
        return "CHANGE", "ties severed"
    return None


SPLITTING = frozenset("split break splinter divide fracture".split())


def _split(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"The armed group has broken into two rival wings", "a splinter declared its independence from the group's
    central command"."""
    lem = t.lemma_.lower()
    if lem in SPLITTING:
        parts = _preps(t, "into")
        if any(g.lemma_.lower() in GROUP_NOUNS | {"camp", "camps"} and any(
            c.lower_ in TWO_OR_MORE | {"rival"} for c in g.children) for g in parts) and _armed_doer(t, actor_kind):
            return "CHANGE", "group split"
        return None
    if lem in ("declare", "announce", "proclaim") and any(o.lower_ == "independence" and any(
        g.lemma_.lower() in GROUP_NOUNS | {"command", "leadership"} for g in _preps(o, "from")) for o in _objects(t)):
        return "CHANGE", "group split"
    return None


# --- other ---------------------------------------------------------------------------------------------------
RULED = frozenset("president government prime leader regime junta head king emir".split())
UNSEATING = frozenset("remove depose oust overthrow topple unseat dismiss overturn annul".split())
COUP_DOERS = frozenset(
    "soldiers soldier army military officers officer junta mutineers putschists troops guard colonels generals".split())


def _unseated(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"Mutinous soldiers announced they had removed President Bazoum from office", "soldiers took over the state
    broadcaster and announced that the president had been deposed"."""
    lem = t.lemma_.lower()
    ruled = [o for o in _objects(t) if o.lemma_.lower() in RULED or o.lower_ in RULED or any(
        c.lower_ in ("president", "prime") for c in o.children if c.dep_ == "compound")]
    if lem == "annul":
        ruled = [o for o in _objects(t) if o.lower_ in ("result", "results", "election", "constitution")]
    if not ruled:
        return None
    if lem == "remove" and not any(g.lower_ == "office" or g.lower_ == "power" for g in _preps(t, "from")):
        return None
    words = set(span_lowers(t.sent))
    if words & COUP_DOERS or "mutinous" in words or "coup" in words:
        return "OTHER", "president unseated"
    return None


HOMES = frozenset("home homes village villages house houses town towns land lands area areas city".split())
DISPLACED_PEOPLE = frozenset(
    """people residents villagers families civilians inhabitants population households refugees armenians
    rohingya thousands hundreds""".split())
FLEEING = frozenset("leave desert abandon empty cross pour stream evacuate".split())
THREAT_WORDS = frozenset(
    """fighting fight violence insurgents jihadists militants offensive attack attacks clashes war rebels gunmen
    troops forces shelling bombing advance advanced army conflict militia militias bandits""".split())
NOT_THREATS = frozenset("cyclone flood floods flooding earthquake quake storm hurricane fire eruption volcano drought".split())


def _displaced(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"More than 40,000 people have left their homes as insurgents advanced", "entire villages have emptied as
    residents seek safety", "12,000 people poured across the border to escape the fighting", "the authorities
    evacuated the population of two villages near the border"."""
    lem = t.lemma_.lower()
    words = lower_forms(t.sent)
    if words & NOT_THREATS or not words & THREAT_WORDS:
        return None
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    objs = _objects(t)
    who = _lows([subj]) if subj is not None else set()
    if lem == "evacuate":
        return ("OTHER", "people displaced") if any(o.lemma_.lower() in DISPLACED_PEOPLE | {"population"} for o in objs) else None
    if lem == "empty":
        if subj is not None and subj.lemma_.lower() in HOMES and not objs:
            return "OTHER", "people displaced"  # "entire villages have emptied"
        return ("OTHER", "people displaced") if any(o.lemma_.lower() in HOMES for o in objs) else None
    if subj is None or not (who & DISPLACED_PEOPLE or subj.ent_type_ == "NORP" or (
        subj.like_num or any(c.like_num for c in subj.children))):
        return None
    if lem in ("leave", "desert", "abandon"):
        return ("OTHER", "people displaced") if any(o.lemma_.lower() in HOMES for o in objs) else None
    # crossing a border into another country, fleeing
    across = _preps(t, "across", "into", "over")
    if any(g.lower_ in ("border", "frontier", "river") or g.ent_type_ == "GPE" for g in across) and (
        words & {"escape", "flee", "fled", "safety", "away", "refugees", "left", "offensive", "fighting"}
    ):
        return "OTHER", "people displaced"
    return None


BODY_NOUNS = frozenset("bodies corpses remains skeletons".split())  # many dead: one body found is an act's victim
BURIAL_PLACES = frozenset("pit pits grave graves trench trenches site sites mound".split())
WOUND_WORDS = frozenset("wound wounds gunshot bullet bullets shot stabbed beheaded".split())
DIGGING = frozenset("dig exhume recover unearth retrieve pull find discover uncover".split())


def _dug_up(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"Investigators dug up the bodies of 42 people from a pit", "recovered ten bodies from an unmarked burial
    site": a grave found."""
    if not any(o.lower_ in BODY_NOUNS for o in _objects(t)) or {w.lower_ for w in t.sent} & WOUND_WORDS:
        return None
    places = _preps(t, "from", "in", "at")
    if any(g.lemma_.lower() in BURIAL_PLACES and (g.lemma_.lower() != "site" or _lows([g]) & {"burial", "unmarked"})
           for g in places):
        return "OTHER", "grave found"
    return None


PRISONS = frozenset("prison prisons jail jails penitentiary detention gaol lockup facility centre center".split())
INMATES = frozenset("inmates inmate prisoners prisoner detainees detainee convicts".split())


def _broke_out(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"About 4,000 inmates slipped out of the national penitentiary"."""
    subj = _subject(t)
    if subj is None or not _lows([subj]) & INMATES:
        return None
    out_of = _preps(t, "of", "from") + [g for c in t.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out"
                                        for p in c.children if p.lower_ == "of" for g in p.children]
    return ("OTHER", "inmates escaped") if any(_lows([g]) & PRISONS for g in out_of) else None


LINK_OBJECTS = frozenset(
    """internet data network networks service services access whatsapp facebook telegram tiktok twitter x
    telecommunications communications phone phones sms""".split())


def _blacked_out(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"Blacked out phone and internet services across the region", "switched off mobile data", "disabled
    cellular networks" in a conflict."""
    lem = t.lemma_.lower()
    if lem in ("black", "switch", "turn") and not any(c.dep_ == "prt" and c.lower_ in ("out", "off") for c in t.children):
        return None
    objs = _objects(t)
    if not any(o.lower_ in LINK_OBJECTS for o in objs) or not _lows(objs) & {
        "internet", "mobile", "data", "cellular", "phone", "telephone", "whatsapp", "facebook", "telegram", "sms",
        "telecommunications", "communications", "network", "networks"
    }:
        return None
    return ("OTHER", "communications cut") if _conflict(t.sent) else None


ZONE_KINDS = frozenset("no-fly exclusion military buffer no-go security fly".split())


def _zone(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"The coalition proclaimed a no-fly zone over the northern provinces", "declared the area a closed military
    zone", "placed 37 townships under military administration"."""
    lem = t.lemma_.lower()
    if lem in ("place", "put"):
        under = _preps(t, "under")
        if any(g.lemma_.lower() in ("administration", "rule", "control", "law") and _lows([g]) & {"military", "martial", "army"}
               for g in under):
            return "OTHER", "military rule imposed"
        return None
    zones = [x for x in _objects(t) + _kids(t, "oprd", "ccomp", "xcomp", "attr") if x.lemma_.lower() == "zone"]
    if any(w.lower_ in ZONE_KINDS for z in zones for w in z.subtree):
        return "OTHER", "restriction imposed"
    return None


# --- agreements ----------------------------------------------------------------------------------------------
ACCORDS = frozenset(
    """deal deals agreement accord accords pact treaty declaration memorandum protocol roadmap ceasefire truce charter
    framework armistice cessation settlement arrangement understanding annex pause halt stand-down standdown
    suspension plan terms""".split())
FIGHT_WORDS = frozenset("hostilities fighting fire war violence attacks clashes combat".split())
ACCEPTING = frozenset("accept settle consent commit conclude clinch seal strike broker secure hammer reach come ink initial".split())


def _accord_named(o: Any) -> bool:
    low = o.lemma_.lower()
    if low not in ACCORDS and o.lower_ not in ACCORDS:
        return False
    if low in ("halt", "pause", "suspension", "cessation", "plan", "terms", "declaration", "framework"):
        # "a halt to hostilities", "a pause in fighting", "a declaration of principles"
        return bool(_lows([o]) & (FIGHT_WORDS | {"principles", "peace", "humanitarian", "hostilities"}))
    return True


def _settled(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"Colombia's government and the dissidents settled on a bilateral halt to hostilities", "accepted a
    Qatari-brokered pause in fighting", "came to an understanding on reducing violence", "committed in Doha to a
    declaration of principles", "secured a seven-day cessation of fire", "signed off on a security pact", "put
    their signatures to a humanitarian arrangement", "consented to reopen the roads"."""
    lem = t.lemma_.lower()
    if lem in ("put", "place") and not any(o.lower_ in ("signature", "signatures", "pen", "seal") for o in _objects(t)):
        return None
    if lem == "sign" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children):
        return None
    told = _objects(t) + _preps(t, "on", "to", "upon", "at")
    told += [g for x in list(told) for g in _preps(x, "to", "on")]  # "put their signatures to a deal"
    if lem == "consent" and _kids(t, "xcomp"):
        told.append(t)
    if not any(x is t or _accord_named(x) for x in told):
        return None
    subj = _subject(t)
    if lem == "come" and not any(g.lower_ == "understanding" or g.lower_ == "agreement" for g in _preps(t, "to")):
        return None
    words = lower_forms(t.sent)
    parties = subj is not None and (any(c.dep_ == "conj" for c in subj.children) or _armed_words([subj]))
    if not (parties or words & {"tribes", "clans"}):
        return None
    # a truce or a halt to fighting tells a conflict of itself, as does an armed party ("the army and the RSF")
    if _conflict(t.sent) or words & (FIGHT_WORDS | {"ceasefire", "truce", "armistice"}) or (
        subj is not None and _armed_words([subj, *[c for c in subj.children if c.dep_ == "conj"]])
    ):
        return "AGREE", "accord reached"
    return None


CAPTIVES = frozenset("prisoners prisoner captives detainees hostages pows bodies soldiers fighters".split())


def _handed_back(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"Kyiv and Moscow handed back 95 prisoners of war each", "a mutual release of detainees took place"."""
    lem = t.lemma_.lower()
    if lem in ("hand", "return", "give", "free", "release"):
        if lem in ("hand", "give") and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in t.children):
            return None
        objs = _objects(t)
        if not any(o.lower_ in CAPTIVES or o.lemma_.lower() in CAPTIVES for o in objs):
            return None
        each = any(w.lower_ in ("each", "mutual", "reciprocal", "swap", "exchange") for w in t.sent)
        return ("AGREE", "captives exchanged") if each else None
    return None


RELEASE_NOUNS = frozenset("release releases handover return".split())


def _mutual_release(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"A mutual release of detainees took place in Marib"."""
    if t.pos_ != "NOUN" or not any(c.lower_ in ("mutual", "reciprocal") for c in t.children):
        return None
    return ("AGREE", "captives exchanged") if any(g.lower_ in CAPTIVES for g in _preps(t, "of")) else None


REFLEXIVE = frozenset("himself themselves herself itself".split())
AUTHORITIES = frozenset("army troops soldiers authorities police military forces government governor".split())


def _gave_up(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"A commander turned himself over to the army with eight of his men", "fighters presented themselves to the
    army with their weapons": a surrender."""
    if not any(o.lower_ in REFLEXIVE for o in _kids(t, "dobj")):
        return None
    if t.lemma_.lower() in ("hand", "give", "turn") and not any(c.dep_ == "prt" and c.lower_ in ("over", "up", "in") for c in t.children):
        return None  # "soldiers crossed the border and handed themselves to Sudanese forces": refuge sought
    to = _preps(t, "to")
    if not any(_lows([g]) & AUTHORITIES or _word_kind(g) == "state" for g in to):
        return None
    subj = _subject(t)
    words = set(span_lowers(t.sent))
    if (subj is not None and _armed_words([subj])) or words & {"weapons", "rifles", "arms", "fighters", "commander", "general"}:
        return "AGREE", "surrender told"
    return None


# --- bases ---------------------------------------------------------------------------------------------------
BASE_NOUNS = frozenset(
    """base bases headquarters hq hideout hideouts stronghold camp post command hub centre center garrison outpost
    outposts staff seat""".split())


def _made_base(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"Fano fighters made a former university campus their base", "JNIM fighters pitched a camp in the forest",
    "the rebels shifted their field command to Zalingei", "turned a former school into a logistics hub"."""
    lem = t.lemma_.lower()
    if not _armed_doer(t, actor_kind):
        return None
    objs = _objects(t)
    if lem == "make":
        made = _kids(t, "oprd", "ccomp", "xcomp", "attr") + [g for o in objs for g in _kids(o, "oprd", "appos")]
        made += [o for o in objs if any(c.dep_ == "poss" for c in o.children) and _lows([o]) & BASE_NOUNS]
        return ("HQ", "base set up") if any(
            m.lemma_.lower() in BASE_NOUNS or m.lower_ in BASE_NOUNS for m in made) and len(objs) + len(made) >= 2 else None
    if lem == "pitch":
        return ("HQ", "base set up") if any(o.lemma_.lower() in ("camp", "camps", "tent", "tents") for o in objs) else None
    if lem == "turn":
        into = _preps(t, "into")
        return ("HQ", "base set up") if any(g.lemma_.lower() in BASE_NOUNS for g in into) else None
    if lem in ("shift", "relocate", "move"):  # its own quarters moved, not a base handed over ("transferred the base to")
        moved = [o for o in objs if o.lemma_.lower() in BASE_NOUNS and o.lower_ not in ("camp", "post") and any(
            c.dep_ == "poss" for c in o.children)]
        return ("HQ", "base moved") if moved and _preps(t, "to") else None
    return None


# --- disrupted weapons ---------------------------------------------------------------------------------------
MINES = frozenset("mine mines landmine landmines ied ieds explosives device devices bomb bombs ordnance trap traps".split())
LIFTING = frozenset("lift clear remove retrieve blow".split())
STASH_NOUNS = frozenset("stash stashes stockpile hoard dump store consignment shipment truckload haul".split())
ARMS = frozenset(
    """weapons weapon arms explosives explosive ammunition rifles guns firearms rockets mortars grenades detonators
    launchers munitions bombs pistols rounds""".split())
VEHICLES = frozenset("pickup truck car lorry boat vehicle van dhow minibus bus motorcycle".split())
DOWNING = frozenset("knock bring down intercept neutralise neutralize".split())
FINDING = frozenset("find discover come stumble net stop uncover unearth seize locate recover retrieve intercept".split())
FLYING = frozenset("drone drones missile missiles rocket rockets projectile projectiles".split())


def _weapons_stopped(t: Any, actor_kind: Any) -> tuple[str, str] | None:
    """"Engineers lifted 120 anti-tank mines from farmland", "blew up in place a booby trap", "came across a
    stash of explosives and detonators", "netted a truckload of weapons", "the air force knocked out 38 of the
    42 drones", "a grenade hurled at the post turned out to be a dud"."""
    lem = t.lemma_.lower()
    objs = _objects(t)
    if lem in DOWNING | {"knock", "bring", "shoot"} and not objs:  # "it had knocked out 38 of the 42 drones":
        doc = t.doc  # the count misparsed as a subject, of this verb or of the next one
        objs = [doc[j] for j in range(t.i + 1, min(t.i + 3, len(doc))) if doc[j].like_num and doc[j].dep_ == "nsubj"]
    objs += [g for o in objs if o.like_num or o.lower_ in ("most", "all", "some") for g in _preps(o, "of")]
    ow = _lows(objs)
    if lem == "turn" and any(w.lower_ == "dud" for w in t.subtree):
        return "DISRUPT", "weapon failed"
    if lem in LIFTING:
        if lem == "blow" and not any(c.lower_ == "up" for c in t.children):
            return None
        if lem == "blow" and not {o.lemma_.lower() for o in objs} & MINES:
            return None  # "blew up a gas pipeline with explosives": what was blown up is no weapon
        if ow & MINES and (lem != "remove" or _conflict(t.sent) or "explosive" in ow):
            return "DISRUPT", "weapons cleared"
        return None
    if lem in ("knock", "bring", "shoot") and not any(c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "down")
                                                      for c in t.children):
        return None
    if lem in DOWNING | {"knock", "bring", "shoot"} and ow & FLYING:
        return "DISRUPT", "weapons stopped"
    if lem in ("come", "stumble"):  # "came across a stash of explosives"
        objs = _preps(t, "across", "on", "upon")
        ow = _lows(objs)
    if lem in FINDING and any(o.lemma_.lower() in STASH_NOUNS for o in objs) and ow & ARMS:
        return "DISRUPT", "weapons seized"
    if lem == "stop" and any(o.lemma_.lower() in VEHICLES for o in objs) and ow & {"loaded", "laden", "packed", "carrying"} and ow & ARMS:
        return "DISRUPT", "weapons seized"  # "stopped a pickup loaded with mortar rounds"
    if lem in ("net", "retrieve", "intercept") and ow & ARMS:
        return "DISRUPT", "weapons seized"
    return None


# --- the readers, by the lemma of the word they read --------------------------------------------------------
_BY_LEMMA: dict[str, list[Callable[[Any, Any], tuple[str, str] | None]]] = {}


def _register(reader: Callable[[Any, Any], tuple[str, str] | None], lemmas: Any) -> None:
    for lem in lemmas:
        _BY_LEMMA.setdefault(lem, []).append(reader)


_register(_merged, MERGING)
_register(_allegiance, frozenset("declare pledge swear give offer proclaim announce renew reaffirm".split()))
_register(_recruited, RECRUITING)
_register(_joined, frozenset(("join", "rejoin")))
_register(_demobilised, STOOD_DOWN)
_register(_came_into_being, COMING | {"make"})
_register(_body_made, SETTING)
_register(_leader_as, CHOOSING)
_register(_renamed, frozenset("rename rebadge rebrand give".split()))
_register(_placed_under, frozenset("place put bring leave quit exit desert".split()))
_register(_split, SPLITTING | {"declare", "announce", "proclaim"})
_register(_unseated, UNSEATING)
_register(_displaced, FLEEING)
_register(_dug_up, DIGGING)
_register(_broke_out, frozenset("slip break walk escape flee bolt get".split()))
_register(_blacked_out, frozenset("black switch turn disable cut shut suspend block kill".split()))
_register(_zone, frozenset("declare proclaim impose establish enforce announce place put".split()))
_register(_settled, ACCEPTING | {"put", "place", "sign", "agree"})
_register(_handed_back, frozenset("hand return give free release".split()))
_register(_mutual_release, RELEASE_NOUNS)
_register(_gave_up, frozenset("turn hand give present surrender".split()))
_register(_made_base, frozenset("make pitch turn shift relocate move".split()))
_register(_weapons_stopped, LIFTING | DOWNING | FINDING | {"knock", "bring", "shoot", "turn"})
_READ_LEMMAS = frozenset(_BY_LEMMA)

@needs_words(lambda: _BY_LEMMA)
def unlisted_developments(sent: Any, hits: list[CueHit], actor_kind: Any = None) -> list[CueHit]:
    """Hits for the developments of the module's doc, on the word that tells each (their phrases are
    ``UNLISTED_CUES``); a word some hit of the same category covers already is passed over."""
    taken = {(h.category, i) for h in hits for i in range(h.start, h.end)}
    out: list[CueHit] = []
    lemmas = lemma_lowers(getattr(sent, "doc", sent))  # a sentence Span, or a whole Doc
    for t in tokens_with(sent, lemmas=_READ_LEMMAS):  # the words some reader reads, in order (off the word table)
        readers = _BY_LEMMA[lemmas[t.i]]
        if t.pos_ == "NOUN":
            readers = [r for r in readers if r is _mutual_release]
        elif t.pos_ not in ("VERB", "AUX") or not _done(t):
            continue
        for read in readers:
            got = read(t, actor_kind)
            if got is not None:
                if (got[0], t.i) not in taken:
                    out.append(CueHit(got[0], got[1], t.i, t.i + 1, 1.0))
                break
    return out
