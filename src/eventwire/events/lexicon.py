"""Cue phrases for event detection and typing, compiled once into a token-sequence index.

A cue phrase is a sequence of words; a word matches a token when it equals the token's lower-case form, its
lemma, or a crude stem of it (so "airstrikes", "Airstrikes" tagged PROPN, "shelled" all match). ``a|b`` gives
alternatives, a trailing ``?`` makes a word optional. Hyphen tokens are skipped, so "air strike", "air-strike"
match the same phrase. Matching a sentence costs one dict look-up per token key; nothing is compiled per call.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import not_
from typing import Any

from .words import doc_words


@functools.lru_cache(maxsize=1 << 16)
def token_keys(lower: str, lemma: str) -> tuple[str, ...]:
    """The forms a token answers to: its lower case, its lemma and crude stems (memoised: a word's
    forms are asked for in every doc it appears in)."""
    keys = [lower, lemma.lower()]  # a list, not a set: the order decides ties, so it must not vary by run
    for suf in ("ing", "ed", "es", "s", "d"):
        if lower.endswith(suf) and len(lower) - len(suf) >= 3:
            keys.append(lower[: -len(suf)])
    if lower.endswith("ied") and len(lower) > 4:
        keys.append(lower[:-3] + "y")
    return tuple(dict.fromkeys(keys))


class _KeysMemo(dict):
    """(lower case, lemma) -> :func:`token_keys`, filled on a miss: a doc's keys are read by one C-level map
    (cleared when it grows past _KEYS_MAX, so a long run's memory stays bounded)."""

    def __missing__(self, pair: tuple[str, str]) -> tuple[str, ...]:
        got = self[pair] = token_keys(*pair)
        return got


_KEYS_MEMO = _KeysMemo()
_KEYS_MAX = 200_000


@dataclass(slots=True)
class CueHit:
    category: str
    phrase: str
    start: int  # token index in the doc (first token)
    end: int  # token index after the last token
    weight: float


@dataclass(slots=True)
class _Phrase:
    category: str
    text: str
    words: tuple[tuple[frozenset[str], bool], ...]  # (alternatives, optional)
    weight: float
    rest: tuple[tuple[frozenset[str], bool], ...] = ()  # the words after the first (the first is matched by the index)


def _compile(category: str, phrase: str, weight: float) -> _Phrase:
    words = []
    for w in phrase.split():
        optional = w.endswith("?")
        w = w.rstrip("?")
        words.append((frozenset(w.split("|")), optional))
    return _Phrase(category, phrase, tuple(words), weight, tuple(words[1:]))


DASHES = frozenset(("-", "–", "‐"))


class CueIndex:
    """Phrases indexed by every alternative of their first required word."""

    def __init__(self, cues: dict[str, Iterable[str]], *, weights: dict[str, float] | None = None) -> None:
        self._first: dict[str, list[_Phrase]] = {}
        weights = weights or {}
        for category, phrases in cues.items():
            for phrase in phrases:
                p = _compile(category, phrase, weights.get(category, 1.0))
                if p.words[0][1]:
                    raise ValueError(f"cue {phrase!r} starts with an optional word")
                for alt in p.words[0][0]:
                    self._first.setdefault(alt, []).append(p)
        for phrases_ in self._first.values():
            phrases_.sort(key=lambda p: -len(p.words))  # stable: longest first, else in the order given
        self._first_words = frozenset(self._first)
        # token keys -> (phrases that may start there, the second words some need, those that need none)
        self._cands: dict[tuple[str, ...], tuple[list[_Phrase], frozenset[str], list[_Phrase]]] = {}

    def match(self, tokens: Sequence[Any]) -> list[CueHit]:
        """Cue hits in a token sequence (a spaCy Span or list of tokens), longest phrase first per start."""
        if hasattr(tokens, "doc") and hasattr(tokens, "start"):  # a Span: its hits are kept on the doc
            memo_key = (id(self), tokens.start, tokens.end)
            done = tokens.doc.user_data.get(HITS_KEY)
            if done is None:
                done = tokens.doc.user_data[HITS_KEY] = {}
            got = done.get(memo_key)
            if got is not None and got[0] is self:
                return list(got[1])  # a new list each time (callers extend theirs), the same hits
            hits = self._match_tokens(tokens)
            done[memo_key] = (self, tuple(hits))
            return hits
        return self._match_tokens(tokens)

    def _match_tokens(self, tokens: Sequence[Any]) -> list[CueHit]:
        first_words = self._first_words
        if hasattr(tokens, "doc") and hasattr(tokens, "start"):  # a Span: read its words off the doc's tables
            # the doc's tokens but dashes, their keys and (per index) where a phrase may start, built once
            # per doc; the span's share of them is a slice (the same lists a token walk of it would make)
            pos, all_keys, starts = _doc_starts(tokens.doc, self)
            a, b = bisect_left(pos, tokens.start), bisect_left(pos, tokens.end)
            idx, keys = pos[a:b], all_keys[a:b]
            begins = [k - a for k in starts[bisect_left(starts, a) : bisect_left(starts, b)]]
        else:
            toks = [t for t in tokens if t.text not in DASHES]
            idx = [t.i for t in toks]
            keys = [token_keys(t.lower_, t.lemma_) for t in toks]
            begins = [k for k, ks in enumerate(keys) if not first_words.isdisjoint(ks)]
        hits: list[CueHit] = []
        memo = self._cands
        n = len(keys)
        for i in begins:  # a phrase may start there
            got_c = memo.get(keys[i])
            if got_c is None:
                lists = [got for k in keys[i] if (got := self._first.get(k))]
                # longest first; a stable sort of the lists (each sorted already) keeps the order given
                cands = lists[0] if len(lists) == 1 else sorted([p for got in lists for p in got],
                                                                key=lambda p: -len(p.words))
                if len(memo) > 100_000:
                    memo.clear()
                # the words a second word must be for the phrases that need one, and the phrases that do not
                need2 = frozenset(w for p in cands if p.rest and not p.rest[0][1] for w in p.rest[0][0])
                got_c = memo[keys[i]] = (cands, need2, [p for p in cands if not p.rest or p.rest[0][1]])
            cands, need2, free = got_c
            if i + 1 >= n or need2.isdisjoint(keys[i + 1]):
                cands = free  # no phrase that needs a second word can match here: the others alone, in order
            seen: set[tuple[str, int]] = set()
            for p in cands:  # its first word is one of keys[i] (the index says so): greedy match of the rest
                j = i + 1
                for alts, optional in p.rest:
                    if j < n and not alts.isdisjoint(keys[j]):
                        j += 1
                    elif not optional:
                        break
                else:
                    sig = (p.category, j)
                    if sig in seen:
                        continue
                    seen.add(sig)
                    hits.append(CueHit(p.category, p.text, idx[i], idx[j - 1] + 1, p.weight))
        return hits


KEYS_KEY = "eventwire_cue_keys"
HITS_KEY = "eventwire_cue_hits"


def _doc_keys(doc: Any) -> tuple[list[str], list[tuple[str, ...]]]:
    """Each token's text and :func:`token_keys`, by token index (built once per doc, kept on it: a
    sentence is matched against several cue indexes)."""
    texts, lowers, lemmas = doc_words(doc)
    got = doc.user_data.get(KEYS_KEY)
    if got is None or len(got) != len(texts):
        if len(_KEYS_MEMO) > _KEYS_MAX:
            _KEYS_MEMO.clear()
        got = list(map(_KEYS_MEMO.__getitem__, zip(lowers, lemmas, strict=True)))  # one key per token
        doc.user_data[KEYS_KEY] = got
    return texts, got


STARTS_KEY = "eventwire_cue_starts"


def _doc_starts(doc: Any, index: CueIndex) -> tuple[list[int], list[tuple[str, ...]], list[int]]:
    """The indexes of the doc's tokens that are no dash, their :func:`token_keys`, and the positions
    in these lists where a phrase of ``index`` may start (kept on the doc, per index)."""
    texts, keys = _doc_keys(doc)
    user = doc.user_data
    cache = user.get(STARTS_KEY)
    if cache is None or cache[0] != len(texts):
        if DASHES.isdisjoint(texts):  # (most docs: no dash token) every token, its keys as they are
            pos, kept = list(range(len(texts))), list(keys)
        else:
            pos = [i for i, w in enumerate(texts) if w not in DASHES]
            kept = [keys[i] for i in pos]
        cache = user[STARTS_KEY] = (len(texts), pos, kept, {})
    _n, pos, kept, by_index = cache
    got = by_index.get(id(index))
    if got is None or got[0] is not index:
        # the positions whose keys meet the index's first words (selected in C: no Python test per token)
        starts = list(compress(range(len(kept)), map(not_, map(index._first_words.isdisjoint, kept))))
        got = by_index[id(index)] = (index, starts)
    return pos, kept, got[1]


# --------------------------------------------------------------------------------------------
# The cues. Categories are read by eventwire.events.typing.

CUES: dict[str, list[str]] = {
    # means of remote violence
    "CHEM": [
        "chemical attack|weapon|weapons|agent|munition|bomb|strike", "chlorine gas?", "sarin", "mustard gas",
        "sulfur|sulphur mustard", "poisonous gas|substance", "breathing difficulties", "suffocation", "choking gas", "nerve agent|gas", "toxic gas", "poison gas", "chemical gas",
        "vx nerve|gas", "phosphorus bomb|shell|munition", "mustard agent|agents", "toxic|poisonous|deadly chemicals|chemical", "chlorine filled|laden|canister|canisters|cylinder|cylinders|barrel|barrels|bomb|bombs",
        "chlorine|chemical warhead|warheads|poisoning|exposure|munition|munitions|shell|shells|rocket|rockets|grenade|grenades",
        "gas warhead|warheads|munition|munitions|shell|shells|rocket|rockets|grenade|grenades", "chloropicrin",
        "irritant|choking|blister|toxic gas|agent|agents", "gas attack|attacks",
        "filled|loaded|laden|packed with an? chlorine|chloropicrin|sarin|mustard|irritant|poisonous",
    ],
    "SUICIDE": [
        "suicide bomber|bombing|bomb|attack|attacker|blast|vest|belt|car|truck|explosion|bombers|bombings",
        "blow|blew|blown himself|herself|themselves up", "self detonate|detonated", "svbied",
        "suicide vehicle", "explosive vest|belt", "suicide", "detonated his|her explosive|suicide",
        "detonate|detonated|detonating|detonates his|her|their vest|vests|belt|belts",
        "detonate|detonated|detonating|detonates|blow|blew|blown|exploded himself|herself|themselves",
        "strapped with explosives|explosive|a|bombs", "explosive|explosives laden|packed|filled vest|vests|belt|belts", "strapped to his|her|their body|bodies|waist|chest",
        "drove|drive|drives|driving|rammed|ram|rams|ramming a|an|his|her|the? car|truck|vehicle|lorry|van laden|packed|filled|loaded with explosives", "wearing|wore a|an? explosive|explosives|bomb? vest|vests|belt|belts",
    ],
    "AIR": [
        "airstrike", "air strike|raid|attack|bombardment|bombing|operation|operations|campaign|offensive|assault", "aerial bombardment|attack|bombing|strike|raid",
        "warplane", "war plane|jet", "fighter jet|plane", "jet", "drone strike|attack", "drone",
        "uav", "helicopter gunship", "gunship", "air force strike|bomb|jet", "airraid", "air-strike",
        "aircraft bomb|strike|struck|target", "bombing raid|run", "bomber plane|jet|planes|jets", "airstrikes",
        "sortie", "sorties", "aircraft", "air force", "airforce", "unmanned aerial vehicle", "military aircraft|plane|planes|helicopter|helicopters",
        "helicopter attack|strike|fire", "strike aircraft",
        "helicopter|helicopters|gunship|gunships|aircraft|warplane|warplanes|jet|jets|drone|drones opened fire",
        "helicopter|helicopters|aircraft|jets|planes|warplanes|drones|drone to attack|strike|bomb|target|pound|hit|shell", "air defence|defense", "bombed from the air",
        "barrel bomb|bombs", "drop|dropped|dropping|drops barrel? bomb|bombs", "bomb|bombs|munitions dropped", "explosive barrel|barrels",
        "helicopter|helicopters|aircraft|plane|planes|jets drop|dropped|fired|struck|bombed|targeted|pounded|hit|strafed",
        "army|military|naval|combat|enemy|regime|government|russian|syrian|iraqi|turkish|israeli|coalition aviation", "air wing|arm", "quadcopter", "quadcopters", "unmanned aircraft|aerial",
        "aerial bomb|bombs", "guided aerial? bomb|bombs", "glide|gliding bomb|bombs",
        "loitering munition|munitions", "shahed", "shaheds", "f-16|f-15|f-35|f-18|f-4|f-5|su-24|su-25|su-34|su-35|mig-21|mig-23|mig-29",
        "f 16|15|35|18|4|5", "su 24|25|34|35", "mig 21|23|29", "fighter bomber|bombers",
    ],
    "SHELL": [
        "shell", "shelling", "artillery", "mortar", "rocket", "missile", "katyusha", "howitzer",
        "bombard", "bombardment", "artillery|rocket|mortar barrage", "tank fire|shell", "projectile", "grad rocket",
        "ballistic missile", "cruise missile", "heavy weapon|weapons fire", "mlrs", "himars",
        "munition|munitions|bomb|bombs|ordnance fired|launched|lobbed", "fired|launched|lobbed munitions",
        # "Russian forces pounded the outskirts": read with its doer in eventwire.events.beatings.misread_pounding
        "pound", "pounded", "pounding",
    ],
    "IED": [
        "ied", "improvised explosive device?", "explosive device", "roadside bomb", "landmine", "land mine",
        "ground mine", "anti personnel|tank mine", "roadside|buried|planted mine|mines",
        "hit|struck|stepped|triggered|detonated a|an? roadside|buried|planted|land mine|landmine",
        "step|steps|stepped|stepping on a|an? land? mine|landmine|ied|explosive", "mine explosion|blast|attack", "hit|struck|stepped a? mine",
        "car bomb", "bomb", "bombing", "booby trap", "sticky bomb", "magnetic bomb", "vbied",
        "unexploded ordnance|bomb|shell|device", "uxo", "explosive", "explosives", "pipe bomb", "parcel bomb",
        "motorcycle bomb", "remote control bomb", "remote controlled bomb", "minefield", "minefields",
        "bomblet", "bomblets", "submunition", "submunitions",
        "munition|munitions|ordnance|bomb|explosive remnant|remnants", "planted device|devices|explosive|explosives",
        "mine|mines laid|planted|left by", "lay|laid|laying|plant|planted|planting mines",
        "killed|wounded|injured|maimed by a|an? mine|mines", "remnants of war", "war remnant|remnants",
        "ran|run|runs|drove|driven|rolled over a|an? mine|landmine|ied|explosive", "mine exploded|detonated|went",
        "old|leftover|abandoned|unexploded|dud mortar|shell|shells|rocket|grenade|bomb|ordnance|munition|munitions|projectile",
        "old|leftover|abandoned|unexploded|dud mortar|artillery|tank|rocket shell|shells|round|rounds",
    ],
    "BLAST": ["explosion", "blast", "explode", "detonate", "went off", "go off", "goes off", "blow up", "blew up",
              "blew|blow|blown|blowing it|them up",
              "set|sets|setting off a|an|the|his|her|their|its? bomb|bombs|device|devices|explosive|explosives|ied|ieds|charge|charges|vest|belt"],
    "GRENADE": ["grenade", "hand grenade", "grenade attack", "hurl a? grenade", "lob a? grenade"],
    # not means of remote violence though they look like them
    "NOT_MEANS": [
        "rocket propelled grenade", "rpg", "stun grenade", "tear gas grenade|shell|canister|grenades|shells|canisters|attack|attacks|munitions",
        "smoke grenade", "flash bang", "gas leakage|leak", "riot police|policemen|officers|gear|squad|control|act", "water cannon", "petrol bomb", "molotov cocktail?", "fire bomb",
        "firebomb", "gas cylinder|leak|explosion|pipeline", "cooking gas", "nuclear plant|power", "mine worker",
        "gold|coal|jade|tin|copper|diamond|salt|lithium|cobalt mine|mines|miners|pit|pits|shaft|shafts",
    ],
    # disrupted weapons use
    "DISRUPT": [
        "defuse", "defused", "dismantle bomb|explosive|device|ied", "controlled explosion|detonation",
        "bomb disposal", "prematurely", "premature", "before blow|blowing himself|herself|themselves up?",
        "before he|she|they could detonate|blow|trigger|explode", "weapon|weapons|arms|ammunition|ammo|explosive cache",
        "cache", "caches", "remove a|the? suicide|explosive vest|belt", "removing a|the? suicide|explosive vest|belt",
        "neutralize|neutralise a|the? bomb|device|ied", "bomb squad", "sappers", "safely detonated|defused|removed|exploded|destroyed|blew|disposed|neutralised|neutralized",
        "controlled blast|explosions|detonations",
        "demining team|teams|unit|units|experts|crew|crews|deminers had|have|has? removed|cleared|defused|destroyed|lifted|detonated",
        "failed to explode|detonate|go", "fail|fails|failing to explode|detonate|go", "none|neither exploded|detonated", "none|neither of them|which exploded|detonated", "did not go|detonate", "before it|they could explode|detonate|go off", "did not explode",
        "before it exploded", "while planting|assembling|making|preparing a|an|the? bomb|ied|explosive|device",
        "while planting|assembling|making|preparing|handling|fixing|transporting it|them",
        "trying|tried|attempting|attempted to plant|assemble|place|bury|fix it|them",
        "trying|tried|attempting|attempted to plant|assemble|place|bury|fix a|an|the? bomb|ied|explosive|device|mine|mines",
        "foil|foiled|thwart|thwarted|avert|averted|prevent|prevented a|an|the? suicide|terror|terrorist|bomb? attack|bombing|plot|blast|attempt",
        "dismantle|dismantled|dismantling|defuse|defused|defusing a|an|the|two|three|several? booby trapped|trap car|vehicle|house|bomb|device",
        "remove|removed|removing|clear|cleared|clearing dozens|hundreds|scores? of? mines|landmines|ieds|explosives",
        "remove|removed|removing|dismantle|dismantled|dismantling a|an|the landmine|mine|ied|bomb", "bomb|ied|explosive|device|devices found|discovered|recovered|located|spotted|detected",
        "found|discovered|recovered|located|spotted|detected a|an|the? bomb|ied|explosive|device", "hideout used", "arms depot",
        "weapon depot", "explosive devices were found", "plot|plan|attempt|bombing was|were|had been? foiled|thwarted|averted",
        "deactivate", "deactivated", "deactivating", "deactivation", "made|make|making|makes|rendered|render|rendering|renders safe",
        "bomb|explosive|explosives|ied making|manufacturing factory|workshop|lab|laboratory|facility|plant",
        "disarm|disarmed|disarming|disable|disabled|disabling a|an|the|two|three|several? bomb|bombs|device|devices|ied|ieds|mine|mines|explosive|explosives",
    ],
    "SEIZE_VERB": [
        "seize", "seized", "confiscate", "recover", "recovered", "retrieve", "retrieved", "discover", "discovered", "find", "found",
        "unearth", "locate", "located", "spot", "spotted", "detect", "detected", "destroy", "destroyed", "bust", "uncover", "impound", "intercept", "intercepted",
        "shot|shoot down", "downed", "foil", "foiled", "thwart", "thwarted", "neutralize", "neutralise", "dismantle",
        "eliminate", "eliminated",  # armed people eliminated are killed (eventwire.events.softkills)
    ],
    "WEAPON_OBJ": [
        "weapon", "weapons", "arms", "ammunition", "ammunitions", "ammo", "explosive", "explosives", "ied",
        "ieds", "bomb", "bombs", "mine", "mines", "landmine", "landmines", "grenade", "grenades", "rifle", "rifles", "gun", "guns",
        "firearm", "firearms", "rocket", "rockets", "mortar", "mortars", "pistol", "cache", "munition",
        "munitions", "detonator", "device", "devices", "machine gun|guns", "rounds",
    ],
    # demonstrations
    "PROTEST": [
        "protest", "protests", "protester", "protestor", "demonstration", "demonstrator",
        "demonstrate against|outside|in front|for|in support", "demonstrated against|outside|in front|for|in support",
        "rally", "rallies", "march", "marcher", "sit in", "picket", "on strike", "general strike",
        "hunger strike", "striker", "strikers", "striking worker|workers|teachers|doctors|nurses",
        "walkout", "took|take to the? street|streets", "chant", "chanted", "slogan", "agitation",
        "agitator", "dharna", "bandh", "hartal", "shutdown", "boo", "booed", "heckle", "picketed",
        "human chain|chains", "silent|solidarity stand", "vigil", "gherao", "blockade", "rallied", "marched", "demonstrators", "protesters", "die in",
        "standstill", "strike action", "down|downed|downing tools", "lay|laid|laying down tools", "wave|waved|waving|brandish|brandished|brandishing|carry|carried|carrying placards|banners|placard", "went|go on strike", "walk out", "protesting", "riot", "rioters", "rioting", "rioted", "violent unrest",
    ],
    "INTERV": [
        "tear gas", "teargas", "water cannon", "disperse", "dispersal", "rubber bullet|bullets",
        "baton", "baton charge", "lathi", "lathicharge", "lathi charge", "stun grenade", "pepper spray",
        "broke|break up", "crackdown", "crack down", "suppress", "suppressed", "detain", "detained", "arrest",
        "arrested", "chase", "chased", "pellet", "pellets", "clamp down", "prevented", "prevent", "blocked them",
        "forcibly removed", "beat", "beaten", "kettle", "kettled", "kettling", "cordon|cordoned off",
        "drag|dragged|dragging|haul|hauled|hauling|carry|carried|carrying|taken|led|bundled away|off|into",
        "forcibly evict|evicted|removed|dispersed|cleared", "evict", "evicted", "handcuff", "handcuffed", "scatter", "scattered",
        "cleared the|a? square|camp|street|streets|road|protest|sit|encampment|site",
        "charge|charged|charging|charges at|on|into", "baton|lathi charged|charging", "warning shots",
        "try|tried|trying|tries|struggle|struggled|struggling|attempted|sought to remove|clear|reopen|evict|disperse|push|drag|carry|move",
    ],
    "LETHAL": [
        "live ammunition|fire|rounds|bullets", "open|opened fire", "fire on|at|into", "fired on|at|into", "firing on|at|into", "shot dead",
        "kill", "killed", "shoot", "shot", "gunfire", "dead", "died", "die", "death", "deaths", "excessive force",
        "killing", "fatally", "gun|gunned|gunning down", "mowed|mown down", "pick|picked|picking off", "bayonet", "bayoneted", "bayoneting", "lost|lose|losing their|his|her lives|life",
        "seriously|critically|severely|gravely injured|injuring|wounded|wounding",
    ],
    "RIOT": [
        "riot", "rioter", "rioting", "rioted", "clash", "clashed", "clashes", "stone", "stones", "stoning",
        "stone pelting", "pelt", "pelted", "hurl rocks|stones|bottles|objects|projectiles",
        "hurled rocks|stones|bottles|objects|projectiles", "throw rocks|stones|bottles|objects|projectiles",
        "threw rocks|stones|bottles|objects|projectiles", "projectiles were thrown", "rock throwing", "rock|rocks|stone|stones|brick|bricks|bottle|bottles|projectile|projectiles thrown|hurled by",
        "fire|fired|firing|launch|launched|launching|throw|threw|throwing|hurl|hurled|hurling fireworks|firecrackers|flares",
        "stone throwing", "molotov", "petrol bomb", "firebomb", "fire bomb", "torch", "torched", "set fire",
        "set ablaze", "burn", "burned", "burnt", "burning", "vandalise", "vandalize", "vandalised",
        "vandalized", "ransack", "smash", "smashed", "storm", "stormed", "block road|roads|highway|railways|railway",
        "blocked road|roads|highway|railways|railway|a road",
        "block|blocked|blocking|blocks a|the? main|major|national|busy|access|key|federal|state|trunk|arterial|ring|coastal|regional|provincial|district|rail? road|roads|highway|highways|railway|railways|street|streets|bridge|bridges|junction|roundabout|motorway|expressway|line|lines|traffic", "blocking a? road|roads|highway", "barricade",
        "barricades", "loot", "looting", "looted", "violent protest|demonstration|protests|demonstrations",
        "turned violent", "violent unrest", "firecrackers", "slingshot", "slingshots", "attacked police", "attacking police",
        "rampage", "went on the? rampage", "vandalism", "broke|smashed|break|smash windows|furniture|doors|gates|windscreens|glass", "overturned", "tyres|tires",
        "injured|wounded|attacked policemen|officers|police", "violently", "destroyed", "damaged", "wrecked", "clashed with police|security|troops", "violent clashes",
        "fence into a fire", "violence", "on fire", "alight", "ablaze", "break|broke|broken into", "bonfire|bonfires",
        "descend|descended|degenerated|spiralled|spiraled|erupted|dissolved into violence|chaos|clashes|mayhem", "ended in clashes|violence", "scuffle", "scuffled", "scuffles", "scuffling", "tussle", "tussled", "jostle",
        "jostled", "melee", "brawl", "brawls", "trade|traded|trading|exchange|exchanged blows", "came|come to blows",
        "throw|throws|threw|throwing|hurl|hurls|hurled|hurling back", "throw|throws|threw|throwing|hurl|hurls|hurled|hurling a|an|the? tear gas canister|canisters",
        "throw|throws|threw|throwing|hurl|hurls|hurled|hurling a|an? rock|stone|brick|bricks|bottle|bottles|firecracker|firecrackers|fireworks|molotov|petrol",
    ],
    "MOB": [
        "mob", "mobs", "lynch", "lynched", "lynching", "vigilante", "vigilantes", "angry crowd", "beaten to death",
        "beat to death", "irate", "mob attack", "residents attacked", "villagers attacked", "youths attacked",
        "angry residents|villagers|youths", "jungle justice",
        "beat|beats|beaten|beating him|her|them to death", "mob justice", "opposing rallies", "dueling demonstrations",
    ],
    # territory
    "CAPTURE": [
        "capture", "captured", "seize", "seized", "take|took|taken over", "take|took|taken|taking|takes|seize|seized|gain|gained full? control",
        "overrun", "overran", "conquer", "occupy", "occupied", "fall|fell|fallen to|into", "fall of", "take|took|taken|taking|takes the|a town|city|village|area|airport|base|district|province|capital|hill|checkpoint|camp|barracks|port|crossing|airbase|garrison",
        "advance into", "entered", "enter", "walk|walked|walking|walks into", "takeover of", "capture of", "seizure of", "in the hands of", "assume|assumed|assuming|assumes full|complete? control",
        "take|took|taken|taking|takes charge of", "raise|raised their? flag", "under their control",
        "raise|raised|raising|hoist|hoisted|hoisting their|its|a|the? black|white|national? flag|flags over",
        "seize|seized|seizing|take|took|taking control",
        "impose|imposed|imposing|imposes|establish|established|establishing|extend|extended|extending|assert|asserted full|complete|their|its? control|grip over|on|to",
        "march|marched|marching|roll|rolled|rolling|sweep|swept|sweeping into",
        "wrest", "wrested", "wresting",
        "come|came|comes|coming|fall|fell|falls|fallen|brought under the? rebel|rebels|militant|militants|insurgent|insurgents|jihadist|jihadists|militia|militias|their|its? full|complete|total? control",
        "in full|complete|total? control of", "under the control of",
        "now control|controls|hold|holds",
        "fight|fought|fighting|battle|battled|battling its|their way back? into",
    ],
    "REGAIN": [
        "recapture", "recaptured", "retake", "retook", "retaken", "regain", "regained", "liberate", "liberated",
        "reclaim", "reoccupy", "reoccupied", "reoccupying", "re occupy|occupied|occupying|enter|entered|entering", "win|won back", "take|took back", "take|took|taken|taking|takes it|them back", "clear", "cleared", "free", "freed", "restore|restored control",
        "drive|drove|driven out", "expel", "expelled", "push|pushed out", "flush|flushed out", "re capture|captured|take|took",
        "liberation", "recapturing", "retaking", "secure|secured|securing full? control", "secure|secured|securing the|a? whole|entire? area|town|city|village|villages|district|region|territory|neighbourhood|neighborhood", "wrest|wrested control", "seized back",
        "mop up|mopping up", "clearing operation", "back under control", "regaining",
        "reassert|reasserted|reasserting|reasserts|reestablish|reestablished|reestablishing its|their|full|complete|state? control|authority",
        "re establish|established|establishing|establishes its|their|full|complete|state? control|authority",
        "return|returned|returns|returning to government|state|army|regime|federal|military control",
        "back under|in government|state|army|regime|federal|military control|hands",
        "restore|restored|restoring|restores security|stability|calm and? security|stability? to",
        "restore|restored|restoring|restores government|state|army|federal|regime|military control|authority",
        "roll|rolled|rolling|march|marched|marching|move|moved|moving|sweep|swept back into",
        "recover|recovered|recovering|reclaimed the? town|city|village|villages|district|territory|region|airport|province|base|bases|camp|barracks|garrison|outpost|hill|hills|area|areas|positions",
        "dislodge", "dislodged", "dislodging", "oust", "ousted", "rout", "routed", "routing", "secured", "purge|purged|purging|cleanse|cleansed|cleansing the|a? town|city|village|villages|area|areas|district|region|neighbourhood|neighborhood|hill|hills",
 "drove|drive|driven|pushed|push|forced|kicked|flushed|chased",
    ],
    "TRANSFER": [
        "withdraw", "withdrew", "withdrawn", "withdrawal", "pull out|back", "pulled out|back", "hand|handed over",
        "hand|hands|handed|handing it|them over",
        "hand|hands|handed|handing the|a town|city|village|base|area|district|territory|airport|barracks|camp|checkpoint|positions over",
        "hand|hands|handed|handing the|a|its|their|our facility|facilities|installation|installations|post|posts|outpost|outposts|compound|province|region|bases|camps|towns|villages|areas over",
        "handover", "hand|handed control", "handed control", "without a? fight|fighting|resistance", "vacate", "vacated",
        "without firing|a a? single? shot|shots|bullet", "without any fight|fighting|resistance|clashes|bloodshed", "unopposed",
        "transfer|transfers|transferred|transferring control|authority|it|them",
        "transfer|transfers|transferred|transferring the|a|its|their base|bases|camp|town|city|area|territory|positions|district|airport|barracks",
        "leave|leaves|left|leaving the|a|their|its town|city|village|district|area|base|camp|region|province|positions|territory|airport|barracks",
        "leave|leaves|left|leaving it", "abandon|abandons|abandoned|abandoning it",
        "abandon|abandons|abandoned|abandoning the|a|their|its town|city|village|district|area|base|camp|region|province|positions|territory|airport|barracks|post|posts|outpost|outposts|bases|camps|checkpoint|checkpoints|garrison",
        "evacuate", "evacuated", "peacefully", "retreat", "retreated", "depart", "departed", "departing", "departure",
        # the place given up to another side: "ceded the town to", "relinquished control of", "surrendered the base"
        "cede|cedes|ceded|ceding", "transferred|handed to", "relinquish|relinquishes|relinquished|relinquishing",
        "surrender|surrenders|surrendered|surrendering it", "surrender|surrenders|surrendered|surrendering the|a|its|their|control town|city|village|base|bases|area|district|territory|airport|barracks|camp|camps|positions|post|posts|outpost|garrison|fort|fortress|stronghold|checkpoint|of",
        "hand|hands|handed|handing the|a|its|their town|city|village|base|area|district|territory|airport|barracks|camp|checkpoint|positions|facility|bases|camps|towns|villages|areas|port|outpost|post",
    ],
    "HQ": [
        "set|sets|setting up a|an|the? new? military? base|headquarters|outpost|post|position|camp|checkpoint|garrison",
        "set|sets|setting|establish|established|establishing up? a|an|the? new? forward operating|patrol|military? base|bases|post|posts",
        "establish|established a|an|the? new? military? base|headquarters|outpost|post|position|camp|checkpoint|garrison",
        "build|built|create|created|open|opened|construct|constructed a|an|the? new? military? base|headquarters|outpost|camp",
        "new military base|post|outpost", "observation post|posts", "new base", "headquarters established",
        "relocate|relocated|relocating|relocates|move|moved|moving|moves|transfer|transferred|shift|shifted|shifting its|their|the? headquarters|hq|base|bases to",
        "install|installed|installing|instal a|an|the? new? military? command? base|headquarters|outpost|post|camp|checkpoint",
    ],
    "AGREE": [
        "agreement", "ceasefire", "cease fire", "truce", "peace deal|agreement|accord|talks|pact|process",
        "peace accord", "prisoner|prisoners exchange|swap", "exchange of prisoners", "exchange process", "in exchange for",
        "surrender", "surrendered", "lay|laid|laying|lays down their|his|its? arms|weapons", "signed a|an|the? deal|agreement|accord|ceasefire|truce",
        "agreed to|on a|an|the? ceasefire|truce|deal|exchange|withdrawal|halt", "reached a|an deal|agreement|accord|truce",
        "sign|signed|signing|signs a|an|the? non? aggression|peace|security|ceasefire|reconciliation? pact|treaty",
        "sign|signed|signing|signs a|an|the? joint? declaration of principles|intent|commitment",
        "armistice", "negotiated release", "prisoner swap", "released in exchange", "reconciliation deal|agreement",
        "sign|signed|signing|signs|reach|reached|reaching|conclude|concluded a|an|the? new? power|security|political? sharing|transition|transitional|political? deal|agreement|accord|pact|charter",
        "agree|agreed|agreeing|agrees to evacuate|withdraw|leave|surrender|disarm|release|exchange|halt|stop|end|cease|hand",
        "hand|hands|handed|handing over their|its|his? weapons|arms|guns|rifles",
        "turn|turned|turning|turns themselves|himself in", "hand|handed|handing|hands themselves|himself over",
        "cessation of hostilities", "give|gave|given|giving|gives up their|its|his? arms|weapons|guns",
        "peace plan|roadmap", "give|gave|given|giving|gives themselves|himself up", "humanitarian pause|truce",
        "reach|reached|reaching|reaches an understanding",
        "evacuation|surrender|disarmament|demobilisation|demobilization|reconciliation deal|deals|agreement|agreements|arrangement",
        "held|hold|holds|holding|resume|resumed|resumes|resuming|open|opened|opens|begin|began|begun|start|started talks|negotiations on|over|about|for a|an|the? new|possible|permanent|lasting? ceasefire|truce|peace|prisoner|prisoners|hostage|hostages",
    ],
    "ARREST": [
        "arrest", "arrested", "detain", "detained", "detention", "apprehend", "apprehended", "nab", "nabbed",
        "round up", "rounded up", "pick|picks|picked|picking up", "take|took|taken into custody", "in custody", "custody", "jail", "jailed",
        "remand", "remanded", "held", "capture", "captured", "taken", "take", "raid", "raids",
        "place|placed|placing|put|puts under house? arrest", "lock|locked|locking up",
    ],
    "ABDUCT": [
        "abduct", "abducted", "abduction", "kidnap", "kidnapped", "kidnapping", "kidnapper", "hostage",
        "hostages", "taken hostage", "forcibly disappeared", "forcibly disappear|disappearing", "enforced disappearances", "enforced disappearance", "forced disappearance",
        "disappeared", "whisked away", "carry|carried|carrying|carries off", "carry|carried|carrying|carries away", "took|take|taken|taking|takes away",
        "whereabouts remain|remains|are|is unknown", "taken at gunpoint", "seized at gunpoint", "captive", "captives", "missing",
        "incommunicado", "held|kept|detained|holding|keeping|being incommunicado", "vanish|vanished|vanishes|disappear|disappears after|following|while|since",
        "whereabouts remain|remains|are|is|were|was still? unknown|unclear|a mystery",
        "picked up by unidentified|unknown|masked|armed|plainclothes men|persons|people|gunmen|individuals",
        "taken|snatched|grabbed by unidentified|unknown|masked|armed? gunmen|men|bandits|kidnappers|assailants",
    ],
    "SEXV": [
        "rape", "raped", "raping", "rapes", "gang rape|raped", "sexual violence|assault|abuse|attack|attacks|slavery|exploitation",
        "forced marriage|marriages", "forced|force|forcing into marriage", "girls|women|woman|girl into marriage",
        "sexually assault|assaulted|abused|abuse", "molest", "molested", "sex slave|slaves", "defile", "defiled", "molestation", "molesting",
        "sexually exploit|exploited|exploiting|assaulting|abusing", "paraded|stripped|strip naked|nude", "forced nudity",
        "forced|forcing to strip|undress", "assault|assaulted|abused|abuse sexually",
    ],
    "LOOT": [
        "loot", "looted", "looting", "looters", "plunder", "plundered", "pillage", "ransack", "ransacked",
        "torch", "torched", "set fire", "set on fire", "set ablaze", "burn down", "burned|burnt down",
        "arson", "demolish", "demolished", "raze", "razed", "vandalise", "vandalize", "vandalised", "vandalized",
        "destroy", "destroyed", "blaze", "burned", "burnt", "damage", "damaged", "on fire", "alight", "ablaze", "burn", "burning", "bulldoze", "bulldozed", "bulldozing",
        "made|make|making|makes off|away with", "cart|carted|carting|carts away|off",
        "smash", "smashed", "topple", "toppled", "wreck", "wrecked", "deface", "defaced", "desecrate", "desecrated",
        "sabotage", "sabotaged", "damaging", "uproot", "uprooted", "uprooting",
        "tear|tore|torn|tearing down", "razing", "demolishing", "strip", "stripped", "stripping",
    ],
    "CHANGE": [
        "recruit", "recruited", "recruitment", "deploy", "deployed", "deployment", "reinforcement", "reinforcements",
        "reinforce", "reinforced", "fortify|fortified|fortifying|fortifies their|its|the positions|position|defences|defenses|lines|frontlines|bases",
        "mobilize", "mobilise", "mobilized", "mobilised", "defect", "defected", "defection",
        "new armed group", "form|forms|formed|forming a|an? new? group|militia|brigade|alliance|coalition|faction|front", "merge", "merger",
        "pledge|pledged|pledging|pledges allegiance|loyalty", "withdraw", "withdrew", "withdrawn", "withdrawal", "pull|pulled out",
        "retreat", "retreated", "dispatch", "dispatched", "send|sent troops|forces|reinforcements",
        "amass", "amassed", "build up", "buildup", "troops arrived", "graduate", "graduated", "pull back",
        "pulled back", "stationed", "redeploy", "redeployed", "military exercise|drill|drills|exercises",
        "withdraw|withdrew|withdrawn forces|troops", "have withdrawn forces", "joined the fight|fighting|ranks|forces",
        "join|joined|joining|joins the|a? rival? faction|group|militia|rebels|insurgents|ranks|movement|insurgency",
        "appoint|appointed|named|name|elect|elected|choose|chose|chosen|select|selected|pick|picked a|an|its|their? new military? commander|leader|chief|emir|head|spokesman", "new commander|leader|emir",
        "switch|switched|switching|switches|change|changed|changing sides|allegiance|camp",
        "join|joined|joining|joins forces with", "join|joined|joining|joins the? national|government|regular|federal|state? army|forces|military|police",
        "split|splits|splintered|splinter into|from", "splinter group|faction|groups|factions", "break|broke|broken|breaks away from",
        "breakaway group|faction|wing", "announce|announced|announces a|an|its|their? merger|alliance|split|dissolution|disbandment",
        "disband|disbanded|dissolve|dissolved its|their|the? armed? group|militia|wing|units|brigade|forces",
        "formation|creation|establishment|launch of a|an|the? new? armed|political|military|youth|local|self|vigilante? defence|defense? group|wing|brigade|alliance|coalition|faction|front|movement|battalion|militia|force",
        "move|moved|moving|shift|shifted troops|forces|soldiers|units|tanks|reinforcements",
        "formation|creation|establishment|launch of a|an|the? new? armed? group|militia|wing|brigade|alliance|coalition|faction|front|movement|battalion",
        "establish|established|create|created|form|formed|set|sets up? a|an|the? new special? division|unit|brigade|battalion|regiment|task|militia|force",
        "leave|left|leaving|abandon|abandoned|abandoning their|its|a|the? military? base|bases|positions|camp|camps|posts|outpost|outposts",
        "on high|maximum|full|heightened|red|combat? alert",
        "militia|militias|group|brigade|alliance|coalition|faction|front|movement|battalion has|have|had|was|were|is|are? been? formed|created|founded|established|launched", "evacuate|evacuated|evacuating its|their|the troops|forces|soldiers|personnel|garrison", "regroup", "regrouped", "regrouping", "enlist", "enlisted", "enlisting",
        "begin|began|begun|start|started|starts|begins patrolling|patrols|deploying|withdrawing|pulling", "joint patrol|patrols",
        "step|stepped|stepping|steps up its|their|the? recruitment|recruiting|deployment|presence", "troops|forces|soldiers have|had? been|were moved",
        "announce|announced|announces|announcing|declare|declared|declares the? start|launch|beginning|opening of a|an|its|their? new? annual? spring|summer|winter|military? offensive|campaign",
        "suspend|suspended|suspends|suspending|halt|halted|halts|halting|cease|ceased|resume|resumed|resumes|resuming its|their|all? military|armed? operations|activities|attacks|struggle",
        "announce|announced|announces|announcing|declare|declared|declares a|an|its|their new|fresh|major|spring|summer|winter|final|military offensive|campaign",
        "rename|renamed|renames|renaming itself|themselves", "change|changed|changes its|their name",
        "announce|announced|announces|announcing|declare|declared|declares its|their formation|creation|establishment|founding",
        "end|ended|ends|ending|halt|halted its|their military|armed? operations|operation|offensive|campaign|struggle",
        "declare|declared|declares|announce|announced|announces an|a|the? unilateral? end to its|their armed? struggle|operations|offensive|campaign",
        # a group banned, an emergency regime, a mobilisation, a group dissolved or reorganised (read in eventwire.
        # events.strategic.change_happened: a ban needs a group as its object, an emergency measure a verb imposing it)
        "ban", "banned", "banning", "bans", "proscribe", "proscribed", "proscribing", "proscribes",
        "outlaw", "outlawed", "outlawing", "outlaws", "curfew", "curfews", "lockdown",
        "state of emergency|siege", "section 144",
        "mobilisation", "mobilization", "conscription", "enlistment", "military service law|act", "reservists", "conscripts",
        "troop surge", "surge of troops", "dissolve", "dissolved", "dissolving", "formed", "founded", "created",
        "took|take|taken|taking|takes over the? leadership|command", "assume|assumed|assumes|assuming the? leadership|command",
        "bolster|bolstered|bolstering|bolsters|boost|boosted|boosting|boosts|increase|increased|increasing|strengthen|strengthened its|their|the? military? presence",
        "end|ending of its|their|the unilateral? ceasefire|truce",
        "integrate|integrated|integrating|integrates|incorporate|incorporated|incorporating|absorb|absorbed into",
        "station|stations|stationing",
        "new armed? militia|group|faction|movement|alliance|coalition|front has|have? emerged|appeared|surfaced",
        "new wali|amir|commanders|leaders|chief|head", "appoint|appointed|appoints|appointing|name|named|names a|an|its|their? new wali|amir|governor|deputy",
        "disband", "disbanded", "disbanding", "disbands", "dissolve|dissolved|dissolving|dissolves itself|themselves",
        "reorganise|reorganised|reorganize|reorganized|restructure|restructured", "recruitment drive|drives|campaign",
        "end|ended|ending|ends|scrap|scrapped|scrapping|scraps|abandon|abandoned|suspend|suspended|suspends the|a|its|their unilateral? ceasefire|truce",
        "call|called|calling|calls off the|a|its|their unilateral? ceasefire|truce", "conscript", "conscripted", "conscripting",
        "swear|swore|sworn|swearing|swears allegiance|loyalty|fealty", "on a|an? war footing",
        "fold|folded|folding|folds into", "pass|passed|passing|passes out of|from", "passing out parade|ceremony",
        "complete|completed|completing|completes their|its|basic|military|combat basic? training", "enrolment|enrollment drive|drives|campaign",
        "declare|declared|declares|declaring war on|against",
        "show of force", "change|changes of|in its|their|the leadership|command",
        "leadership change|reshuffle", "reshuffle|reshuffled|reshuffles|reshuffling its|the|their? top? military? commanders|command|leadership|officers",
        "name|named|names|appoint|appointed|appoints|choose|chose|chosen|elect|elected a|an|its|his|their? new? successor",
        "put|puts|putting|placed|place|places on standby|alert",
        "unite|united|uniting|unites under a|one? single|joint|unified? leadership|command|banner",
        "demobilise|demobilised|demobilising|demobilize|demobilized|demobilizing", "sworn|swear|swore in as|into",
        "formation|creation|establishment|launch of a|an|the? new|unified|joint|single command|structure",
        "rejoin|rejoined|rejoining|rejoins the|their? armed? struggle|rebellion|insurgency|ranks|fight",
        "return|returned|returning|returns to the armed? struggle|bush|rebellion|insurgency|arms", "graduation ceremony|parade",
        "declare|declared|declares|announce|announced|announces a|the|its? new province|wilayat|emirate",
        "take|took|taken|taking|takes up positions", "rebrand|rebranded|rebranding|rebrands",
    ],
    "OTHER": [
        "coup", "mass grave", "mass graves", "fled", "flee", "displaced", "displacement", "martial law", "mutiny",
        "coup attempt", "seized power",
        "dissolve|dissolved|dissolving|dissolves the? government|parliament|cabinet|assembly|legislature",
        "dissolution of the? government|parliament|cabinet|assembly|legislature",
        "suspend|suspended|suspending|suspends the? constitution", "unmarked|shallow|common|clandestine|secret grave|graves", "mass burial site|sites",
        "uprooted", "abandon|abandoned|abandoning their homes|villages", "exodus", "exhume",
        "escape|escaped|escaping|escapes from a|an|the? central|main|federal|state|local|military? prison|jail|jails|prisons|detention",
        "broke|break|breaking|breaks out of a|an|the? central|main|federal|state|local|military? prison|jail|jails|prisons|detention",
        "jailbreak", "jailbreaks", "jail break", "prison break", "mass escape|breakout", "exhumed", "exhuming", "exhumation", "human remains",
        "oust|ousted|ousting|topple|toppled|toppling|depose|deposed|deposing|overthrow|overthrew|overthrown the|a president|government|prime|junta|regime",
    ],
    # violence
    "CLASH": [
        "clash", "clashed", "clashes", "fight", "fighting", "fought", "battle", "battled", "gunfight", "gunbattle", "gun battle",
        "firefight", "exchange of fire", "exchange fire", "exchanged fire", "skirmish", "skirmishes", "ambush",
        "ambushed", "engage", "engaged", "offensive", "assault", "raid", "raided", "combat", "encounter",
        "shootout", "shoot out", "repel", "repelled", "repulse", "repulsed", "fend|fended off", "push|pushed back",
        "military operation|operations", "counter attack|offensive", "counterattack", "hostilities",
        "trade|traded|trading fire|gunfire|shots", "exchange|exchanged|exchanging gunfire|shots",
        "trade|traded|trading|exchange|exchanged|exchanging heavy|intense|fierce|sporadic|brief|small-arms|automatic fire|gunfire|shots",
        "came|come|comes|coming under fire|gunfire", "return|returned|returning fire|gunfire",
    ],
    "VIOLENCE": [
        "attack", "attacked", "attacks", "kill", "killed", "killing", "shoot", "shot", "gun|gunned down",
        "behead", "beheaded", "massacre", "massacred", "slaughter", "slaughtered", "hack", "hacked", "stab",
        "stabbed", "murder", "murdered", "execute", "executed", "torture", "tortured", "beat", "beaten",
        "assault", "assaulted", "open|opened fire", "fire|fired on|at", "burn|burned|burnt alive", "burn|burned|burnt|burning|burns them|him|her|people|men|women? to death", "storm",
        "stormed", "dead", "died", "die", "death", "deaths", "wounded", "injured", "injure", "wound", "shooting",
        "gunmen", "gunman", "lost their lives", "casualties", "raid", "drive by shooting",
        "thrash", "thrashed", "thrashing", "manhandle", "manhandled", "manhandling", "rough|roughed|roughing up",
        # corporal punishment ("militiamen whipped villagers"): read in eventwire.events.beatings
        "whip", "whipped", "whipping", "flog", "flogged", "flogging", "lash", "lashed", "lashing", "cane", "caned", "caning",
        "acid attack|attacks", "throw|threw|thrown|throwing|hurl|hurled|hurling|splash|splashed|pour|poured acid",
        "assassinate", "assassinated", "assassinating", "assassination", "assassinations", "targeted killing|killings",
        "bullet|gunshot|stab|machete wound|wounds", "riddled with bullets", "bullet riddled",
    ],
    # verbs that move forces when their object is troops (read in eventwire.events.strategic)
    "MOVE_VERB": ["move", "moved", "moving", "moves", "ferry", "ferried", "evacuate", "evacuated", "relocate", "relocated",
                  "position", "positioned", "reposition", "repositioned", "head", "headed", "heading", "enter", "entered",
                  "roll", "rolled", "send", "sent", "dispatch", "dispatched", "rush", "rushed", "airlift", "airlifted", "shift", "shifted",
                  "mass", "massed", "massing", "pull", "pulled", "pulling", "arrive", "arrived", "arriving",
                  "cross", "crossed", "crossing", "land", "landed", "landing", "left", "leave", "leaves", "leaving",
                  "depart", "departed", "departs", "departing", "quit", "exited", "activate", "activated", "activating",
                  "flown", "flew", "relocating", "relocates", "advance", "advanced", "advancing", "advances",
                  # a group joining another (read in eventwire.events.movements.groups_joined)
                  "join", "joined", "joins", "joining",
                  # places handed to another side (read in eventwire.events.handover.handover_hits)
                  "hand", "handed", "handing", "hands", "transfer", "transferred", "transferring", "transfers",
                  "return", "returned", "returning", "returns", "replace", "replaced", "replacing", "relieve", "relieved"],
    # verbs of a development told by their object (read in eventwire.events.developments.unseen_developments):
    # a leader replaced, ties severed, volunteers signing up, roads closed, a levy charged, a plot foiled
    "DEV_VERB": ["replace", "install", "sever", "cut", "suspend", "shut", "shutter", "closure", "block", "close", "seal", "blockade", "ban",
                 "prohibit", "levy", "levying", "charge", "charging", "demand", "collect", "extort", "impose", "order",
                 "instruct", "thwart", "foil", "uncover", "unearth", "frustrate", "sign up", "signed up", "enrol", "enroll",
                 "enrolled", "quit", "exit", "decree", "put up", "mount", "mounted", "make|made|making|makes a|an|their|its? base",
                 "inaugurate", "inaugurated", "launch", "launched", "unveil", "unveiled", "emerge", "emerged", "surfaced",
                 "arm", "armed", "train", "trained", "equip", "equipped", "hand", "handed", "enforce", "enforced", "expand", "expanded", "enlarged", "airspace", "sighted", "spotted", "hovering",
                 "agree", "agreed", "agrees", "agreeing", "sign", "signed", "signs", "signing", "reunite", "reunited", "reunify", "reunified", "distribute", "distributed", "leaflets", "pamphlets", "letters",
                 "remain|remained|remains down|off|suspended|blocked|cut",
                 # words of the developments read in eventwire.events.unlisted: groups merged, allegiance
                 # declared, fighters inducted or discharged, a group come into being, a leader picked "as its
                 # new emir", a group renamed or put under another's command, a split; a president removed,
                 # people displaced, graves dug up, inmates out of a penitentiary, networks blacked out, a no-
                 # fly zone; accords told in other words, captives handed back, a surrender; a place made a
                 # base; mines lifted, a stash of weapons, drones knocked out, a dud
                 "creation|formation|founding|establishment|launch|launching|raising|unveiling of",
                 # a faction breaking away, an armed group boycotting a vote or resuming hostilities
                 # (eventwire.events.groupacts reads whether an armed group does it)
                 "break|breaks|broke|breaking away", "boycott", "boycotted", "boycotting",
                 "resume", "resumed", "resumes", "resuming",
                 "fuse", "fused", "amalgamate", "amalgamated", "unify", "unified", "coalesce", "coalesced", "unite", "united",
                 "loyalty", "allegiance", "fealty", "induct", "inducted", "inducting", "conscript", "muster", "mustered",
                 "call|called|calling|calls up", "raise|raised|raising|raises a|an? new division|brigade|battalion|force|unit|militia|regiment|army|guard|corps",
                 "discharge", "discharging", "discharged", "decommission", "into being", "its|their appearance|debut",
                 "proclaim", "proclaimed", "constitute", "constituted", "organise|organised|organize|organized themselves|itself into",
                 "as its|their|the group's new", "new self styled", "rebadge", "rebadged", "a new name",
                 "under the direct? command|control|authority of", "brought|bring|brings|bringing into", "into two|three|rival wings|factions|camps|groups", "independence from",
                 "depose", "deposed", "overthrow", "overthrown", "overthrew", "unseat", "unseated", "from office|power", "annul", "annulled",
                 "their homes|villages|land|lands", "emptied", "empty", "across|over the border|river|frontier", "evacuate", "evacuated",
                 "pit", "pits", "burial site|sites|ground|grounds", "trench", "dig|dug|digging up|out",
                 "inmates", "penitentiary",
                 "internet", "mobile data|network|networks|service|services", "cellular", "telecommunications", "communications",
                 "phone services|lines|network|networks", "whatsapp", "facebook", "telegram",
                 "no fly zone", "exclusion zone", "military zone|administration|rule", "buffer zone",
                 "signature", "signatures", "pen to", "understanding", "halt to", "pause in", "cessation of", "settlement",
                 "arrangement", "declaration of principles", "consent", "consented",
                 "hand|handed|hands|handing back", "mutual|reciprocal release|exchange|handover",
                 "turn|turned|turns|turning himself|themselves|herself over", "present|presented|presents|presenting himself|themselves",
                 "its|their base|hideout|headquarters|stronghold|command", "pitch|pitched|pitching a? camp|camps", "logistics hub|base",
                 "field command|headquarters", "general staff",
                 "stash", "stashes", "stockpile", "hoard", "arms|weapons dump", "truckload", "dud", "knock|knocked|knocking out",
                 "bring|brought|bringing down", "in place", "lift|lifted|lifting"],
    # "strikes" that may be air strikes (read with their doer in eventwire.events.weapons.air_strikes)
    "STRIKE_NOUN": ["strike", "strikes"],
    # verbs that set up a base when their object is one (read in eventwire.events.strategic.bases_established)
    "BUILD_VERB": ["establish", "established", "establishing", "set up", "sets up", "setting up", "build", "built",
                   "construct", "constructed", "erect", "erected", "open", "opened", "create", "created",
                   "inaugurate", "inaugurated", "install", "installed", "turned", "turning", "converted", "converting",
                   "as a|an|their|its? base|headquarters|hideout|camp|stronghold", "as a|an|their|its? command centre|center|post"],
    # prisoner exchanges (read with the object in eventwire.events.typing)
    "SWAP": ["exchange", "exchanged", "swap", "swapped", "traded"],
    # crowds gathering (read with the subject in eventwire.events.typing)
    "GATHER": ["demonstrate", "demonstrated", "demonstrating", "gather", "gathered", "assemble", "assembled", "converge", "converged", "flock", "flocked",
               "mobilise", "mobilised", "mobilize", "mobilized"],
    # not ACLED events
    "NATURAL": [
        "earthquake", "quake", "aftershock", "aftershocks", "flood", "floods", "flooding", "cyclone", "hurricane", "rescue workers", "rescuers", "tremor", "heavy snow|snowfall|winds", "high winds", "strong|gale|powerful|violent|heavy wind|winds|gusts",
        "windstorm", "hailstorm", "rainstorm", "thunderstorm", "thunderstorms", "hailstones", "inundated",
        "typhoon", "tornado", "landslide", "mudslide", "drought", "tsunami", "wildfire", "bushfire", "forest fire",
        "volcano", "eruption", "fires are burning", "relief", "avalanche", "avalanches", "heatwave", "heat wave", "heavy rain|rains|rainfall|snow|snowfall",
        "burst|bursts|bursting its banks", "tropical storm", "winter storm", "snowstorm", "sandstorm", "storm surge", "storms", "lightning", "locust", "magnitude", "rainfall", "snowfall", "fires are burning",
        "epidemic", "outbreak", "pandemic", "cholera", "ebola", "covid", "coronavirus", "floodwaters", "floodwater",
        "flood waters", "disaster", "search and rescue", "search for survivors", "rescue operation|operations|efforts",
        "relief operation|operations|efforts|supplies", "flood hit|affected", "torrential",
        "monsoon", "downpour", "downpours", "rains", "cloudburst", "flash flood|floods", "storm|floods|quake|earthquake|cyclone|typhoon|hurricane victims|survivors|damage",
    ],
    "MANMADE": [
        "gas explosion|leak|leakage|cylinder", "cylinder", "boiler", "fire broke out", "factory fire", "building collapse",
        "derail", "derailed", "crash", "crashed", "collision", "collide", "collided", "accident", "capsize", "capsized", "building|bridge|roof|wall|mine|house collapse|collapsed",
        "sank", "ran aground", "train crash|collision|derailed|accident", "stampede", "fireworks", "short circuit", "electrocute", "electrocuted",
        "chemical spill|leak|plant", "electrical fault|faults|short|fire", "faulty wiring|electrics", "spark|sparked|sparking|sparks a|the? fire|blaze", "leaked", "spill", "oil spill", "food poisoning", "transformer explosion",
        "mine collapse", "lost control", "plane crash", "car crash", "road accident", "vehicle crash",
        "broke loose", "truck|bus|lorry|tanker|car|minibus|vehicle overturned|overturns|overturn", "plunged|plunge|fell|veered into|off a|the? gorge|river|ravine|cliff|road", "skidded",
        "fire|blaze at|in a|an|the? crowded|packed|busy|textile|garment|chemical|plastics|furniture|shoe? factory|plant|warehouse|market|building|hospital|hotel|school|dormitory|mall|nightclub|club|bar|restaurant|prison|slum|apartment|tower|block|shop|store|refinery|depot",
        "fire broke out|erupted", "blaze broke out", "gas explosion", "explosion at a|the factory|plant|refinery|mine|warehouse|depot",
        "industrial accident", "shipwreck",
        "crane|cranes|scaffolding|scaffold|ceiling|tower|structure|stage|tunnel|dam collapse|collapsed|collapses",
        "collapsed gold|coal|jade|tin|copper|diamond? mine|mines|shaft|pit|building|bridge|tunnel",
        "pipeline|oil|gas leak|leaks|rupture|burst",
        "oxygen tank|tanks|cylinder|cylinders|plant", "cable car|cars", "gondola", "ferris wheel", "cable|cables|rope|wire snapped|snap|snaps", "brake|brakes failure|failed|fail", "lost its brakes",
        "mine|mines|pit|shaft flooded|flooding|explosion|blast|collapse|accident|disaster|fire", "methane", "firedamp",
        "bus|minibus|truck|lorry|vehicle|car|van|train|boat|ferry|tanker overturned|overturn|crashed|capsized|plunged|collided|derailed|skidded|caught", "tanker|tankers exploded|explosion|blast|fire|caught|overturned", "sinking", "plane|helicopter crashed", "crashed", "mechanical", "malfunction", "explosion ripped through a? warehouse|factory|plant", "struck by a bulk", "leakage",
    ],
    "CRIME": [
        "smuggle", "smuggled", "smuggling", "smuggler", "smugglers", "traffick", "trafficking", "trafficker",
        "traffickers", "drug", "drugs", "narcotic", "narcotics", "cocaine", "heroin", "methamphetamine", "cannabis",
        "marijuana", "money laundering", "fraud", "robbery", "robber", "robbers", "rob", "robbed", "robbing", "theft", "thief", "counterfeit",
        "fake currency", "poach", "poaching", "poacher", "extortion", "contraband", "bribe", "bribery", "corruption",
        "embezzle", "embezzlement", "cybercrime", "hacker", "mafia", "scam", "burglary", "underground dens",
        "criminal gang|gangs|network|networks|group|groups|syndicate", "criminals", "street crime|crimes", "crime syndicate",
        "gangster", "gangsters", "pirates", "piracy", "hijack", "hijacked", "burglar", "burglars", "rustler", "rustlers",
        "rustling", "illegal mining|arms|weapons|firearms|liquor|miners|miner|loggers|logger|logging",
        "fake|counterfeit currency|notes|note|banknotes|cash|money|bills|drugs|medicines|medicine|documents|passports|passport|visas|certificates|goods|products|liquor|alcohol|cosmetics|gold|cigarettes",
        "domestic dispute|violence|quarrel|row",
        "family dispute|feud", "dowry", "honour|honor killing", "personal enmity|dispute|feud|rivalry", "rival gangs",
        "turf war", "gang war|violence|members|leader|rivalry|related|linked|shooting|shootings", "cartel", "cartels",
        "drug lord|lords|dealer|dealers|kingpin|baron|barons",
        "kidnapping|robbery|theft|smuggling|trafficking|extortion gang|gangs|ring|rings|syndicate|syndicates|racket|network",
        "gang|gangs|ring|band of kidnappers|robbers|thieves|smugglers|traffickers|fraudsters",
        "oil theft", "bunkering", "siphon|siphoned|siphoning fuel|oil|petrol|crude",
        "steal|stole|stealing|steals crude|oil|fuel|petrol|copper|cables|cable",
        "hashish", "opium", "ecstasy", "meth", "crystal meth", "captagon", "tramadol", "fentanyl", "ketamine", "yaba",
        "methamphetamine", "ganja", "charas", "brown sugar", "poppy husk", "psychotropic", "bootlegging", "bootlegger",
        "bootleggers", "hooch", "spurious|illicit liquor|alcohol", "betting racket|ring|den", "sex|prostitution racket",
        "ponzi", "impersonate", "impersonating", "impersonator",
        "ivory", "tusk", "tusks", "rhino horn|horns", "pangolin|pangolins", "wildlife trafficking|trade|products",
        "antiquities", "illegal|illegally excavation|excavations|digging|dig|dug",
        "contract killing|killings|killer", "hitman", "hitmen", "hit man|men", "yakuza", "triad", "triads", "camorra",
        "kidnap|kidnapping|robbery gang|gangs|ring|rings|syndicate|syndicates|racket|network|cell",
        "gang dispute|feud|rivalry|war|wars|clash|clashes|fight", "rival gang|gangs|gang's", "crime boss|bosses|family|families",
        # violence between kin and neighbours: private, not political ("stabbed to death by his neighbour")
        "by his|her|their neighbour|neighbor|neighbours|neighbors|husband|wife|brother|father|son|stepfather|uncle|nephew|cousin|relatives|lover|boyfriend|girlfriend|in-laws|landlord|tenant|employer",
        "drunken row|quarrel", "love affair", "over a debt|debts|loan",
    ],
    "DIPLO": [
        "diplomat", "diplomats", "diplomatic", "ambassador", "embassy", "consulate", "envoy", "foreign minister",
        "sanction", "sanctions", "summit", "bilateral", "visit", "visited",
        "state department", "foreign ministry", "security council", "expel", "expelled", "expulsion", "expulsions",
        "reserves the right", "talks", "meeting", "sentence|sentenced|sentences|sentencing", "convict|convicted|convicts",
        "acquit|acquitted", "verdict", "indicted", "prosecutors", "jailed|imprisoned for life|years|months",
        "lodge|lodged|lodges|filed|register|registered a|an? formal|strong|strongly? protest",
        "mock drill|drills|exercise|exercises", "bomb threat|threats|hoax|hoaxes|scare|scares", "hoax bomb|call|calls", "diplomatic protest", "protest note|notes", "note of protest", "demarche", "démarche",
        "chargesheet", "charge sheet|sheets",
        "passed|approved|adopted|passes|approves|adopts|vetoed|vetoes a|the|an? bill|motion|resolution|law|amendment", "general assembly",
        "lawmakers|parliament|senate|congress voted|approved|passed", "arrest warrant", "red notice", "cancel meeting", "diplomacy", "met|meet|meets with", "summon", "summoned", "high commissioner",
        "spoke|speak|speaks|talked by phone|telephone", "phone|telephone call|conversation|talks", "held|hold|holds talks|consultations",
        "negotiations", "condolences", "communique|communiqué", "peace envoy", "counterpart", "chargé|charge d'affaires",
    ],
    "ATTRIB": [
        "claim|claimed|claims|claiming responsibility", "responsibility for", "claimed the attack|bombing|killing|murder",
        "claimed murder|killing", "blame", "blamed", "blaming", "be|were|was|are|is responsible for",
        "behind the attack|attacks|blast|blasts|bombing|bombings", "be behind", "suspected to be behind",
        "responsible for", "blamed for", "accused of", "attributed to", "denied responsibility",
        "accuse", "accused", "accusing",
        "claim|claimed|claims the|a|an? abduction|kidnapping|attack|attacks|bombing|bombings|blast|blasts|assassination|shooting|ambush|explosion|killing|killings|beheading|execution|murder|downing",
        "the work of", "carried out by", "perpetrated by", "involvement in", "denied involvement|carrying|that",
        "behind a|an|the|last|this|that|weekend|recent|sunday's|saturday's|friday's|deadly|twin|latest? deadly|fatal|recent|twin|suicide|drone|car|bomb|rocket|grenade|mortar|missile|truck|terror? attack|attacks|blast|blasts|bombing|bombings|killing|killings|massacre|ambush|explosion|explosions|strike|strikes",
        "claim|claimed|claims the|a|an|last|deadly|weekend? car|truck|suicide|roadside? bomb|bombs|bombing|device|ied|grenade|rocket|rockets|strike|strikes|raid|massacre|ambush",
    ],
}

WEIGHTS: dict[str, float] = {}


@functools.lru_cache(maxsize=1)
def build_index() -> CueIndex:
    """The index of :data:`CUES` (built once: the extractor and the typing's readers share it, and with it
    the per-doc tables of where its phrases may start and the hits of each sentence)."""
    return CueIndex(CUES, weights=WEIGHTS)


# nouns that denote civilians (the target of Violence against civilians)
CIVILIAN_WORDS = frozenset(
    """civilian civilians people person villager villagers resident residents farmer farmers herder herders
    worshipper worshippers worshiper worshipers student students pupil pupils child children kid kids boy boys
    girl girls woman women man men teacher teachers doctor doctors nurse nurses journalist journalists reporter
    reporters activist activists passenger passengers trader traders shopkeeper shopkeepers pilgrim pilgrims
    family families tourist tourists worker workers driver drivers motorist motorists
    community communities christian christians muslim muslims refugee refugees mourner mourners fisherman
    fishermen priest priests pastor cleric imam chief elder elders household traveler travelers travellers civilians' infant infants baby
    teenager teenagers youth youths lawyer blogger politician candidate official officials aid wife husband
    son daughter mother father brother victim victims""".split()
)

# nouns that denote organised armed actors (state or not)
ARMED_WORDS = frozenset(
    """soldier soldiers troop troops army armies military police policeman policemen policemen officer officers
    militant militants fighter fighters rebel rebels insurgent insurgents guard guards force forces jihadist
    jihadists militia militias militiaman militiamen checkpoint checkpoints post posts base bases convoy convoys
    patrol patrols terrorist terrorists gunmen gunman mercenary mercenaries commander commanders marine marines
    personnel trooper troopers garrison bunker barracks position positions paramilitary paramilitaries
    taliban shabaab shabab haram isis isil daesh is houthi houthis hezbollah hamas pkk ypg sdf regime
    battalion brigade unit units squad legionnaires jawan jawans crpf bsf rangers commandos commando ranger
    separatist separatists guerrilla guerrillas extremists extremist bandit bandits maoist maoists naxal naxals
    naxalite naxalites infiltrator infiltrators""".split()
)

STATE_WORDS = frozenset(
    """army armies military police policeman policemen troops troop soldier soldiers government regime security
    forces marine marines navy air commandos commando gendarmes gendarmerie gendarme national state coalition
    jawan jawans crpf bsf rangers ranger sap idf saa fardc amisom authorities authority officials
    paramilitary paramilitaries counter-terrorism counterterrorism""".split()
)

NONSTATE_WORDS = frozenset(
    """rebel rebels militant militants insurgent insurgents jihadist jihadists taliban shabaab shabab haram isis
    isil daesh is houthi houthis hezbollah hamas pkk ypg sdf separatist separatists guerrilla guerrillas
    terrorist terrorists gunmen gunman bandit bandits opposition mujahideen mujahidin extremist extremists
    fighters fighter militia militias pirates pirate maoist maoists naxal naxals naxalite naxalites infiltrator
    infiltrators""".split()
)

PLACE_NOUNS = frozenset(
    """town towns city cities village villages district districts area areas base bases airbase airport region
    province territory territories hill hills mountain mountains position positions neighborhood neighbourhood
    neighborhoods neighbourhoods county road highway crossing border port island outpost outposts camp valley
    oilfield oilfields dam bridge parts part control headquarters hq suburb suburbs quarter locality localities
    countryside outskirts stronghold strongholds enclave pocket strip zone front frontline district capital
    municipality governorate state rest areas centre center field fields oilfield airfield airstrip refinery station complex
    villages village town school hospital church mosque market home homes house houses vehicle bus plane
    building buildings facility compound terminal terminals installation installations facilities palace
    presidency parliament fort fortress citadel harbour harbor seaport crossroads junction settlement settlements
    hamlet hamlets heights ridge ridges hilltop hilltops peak peaks plain plains forest forests islands coastline
    farmland oasis kebele kebeles woreda woredas commune communes subdistrict subdistricts townships township""".split()
)
