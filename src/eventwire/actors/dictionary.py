"""The actor dictionary: normalised ACLED-style names, aliases in several spellings and scripts, the
inter code (1 State forces ... 8 External/Other forces) and the actor's country.

The data ship as ``eventwire/data/actors.json`` (versioned: ``{"version": ..., "actors": [...]}``).
Each actor has ``aliases`` (matched anywhere) and optionally ``context_aliases`` (short or ambiguous
forms such as "SNA" or "PDF", matched only when the document's country is the actor's country).

:meth:`ActorDictionary.lookup` normalises a phrase: named actors first ("Daesh", "IS militants",
"Lebanese Hezbollah"), then the generic rules of :mod:`eventwire.actors.rules` ("the regime soldiers",
"Iraqi security forces", "gunmen" with a country hint).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ResourceError
from ..paths import PACKAGE_DATA
from ..records import Actor
from . import countries, eras, rules
from .identity import IdentityGroup, IdentityReader, groups_from_data
from .text import cased_key, fold_lower, is_acronym, key, trie_regex

log = logging.getLogger(__name__)

DEFAULT_PATH = PACKAGE_DATA / "actors.json"
_LOOKUP_CACHE_SIZE = 50_000  # phrases remembered by ActorDictionary.lookup (cleared when full)
#: Acronyms whose title-case form is an English word or a common given name, so they are never
#: matched in title case (see :func:`cased_forms`).
WORD_ACRONYMS = frozenset({"FACT", "COBRA", "BIFF", "NISA", "FAMA", "OMON"})


def cased_forms(alias: str) -> tuple[str, ...]:
    """The case-sensitive forms of an acronym alias: the alias itself and, for an all-capital acronym
    of four letters or more, its title-case form, as British papers write the acronyms they say as
    words ("Isis", "Isil", "Nato", "Farc", "Monusco"); not where that form is a word (:data:`WORD_ACRONYMS`)."""
    if len(alias) >= 4 and alias.isascii() and alias.isalpha() and alias.isupper() and alias not in WORD_ACRONYMS:
        return alias, alias.title()
    return (alias,)

# words after a name that keep the mention one actor: "Islamic State militants", "Houthi rebels"
SUFFIXES = (
    "militants", "militant", "fighters", "fighter", "members", "member", "militiamen", "militia",
    "militias", "insurgents", "insurgent", "rebels", "rebel", "jihadists", "jihadist", "forces", "force",
    "troops", "soldiers", "group", "groups", "organization", "organisation", "movement", "units", "unit",
    "elements", "gunmen", "terrorists", "terrorist", "operatives", "loyalists", "supporters", "cells",
    "cell", "commanders", "commander", "warplanes", "jets", "aircraft", "airstrikes", "air strikes",
    "strikes", "planes", "drones", "drone", "personnel", "officers", "affiliate", "affiliates", "branch",
    "faction", "factions", "offshoot", "remnants", "extremists", "mercenaries", "guerrillas", "guerrilla",
    "separatists", "fighting force", "fighting forces", "militant group", "terror group", "jihadist group",
    "border forces", "border guards", "security forces",
)
_SUFFIX_RE = re.compile(
    r"(?:[\s\-]+(?:" + "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in sorted(SUFFIXES, key=len, reverse=True))
    + r"))+$",
    re.IGNORECASE,
)

_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                 "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|"
                 "dozens|scores|hundreds|thousands|tens|dozen")
LEADING = re.compile(
    r"^(?:(?:the|a|an|their|its|his|her|our|these|those|this|that|some|several|many|most|all|both|other|"
    r"of|at\s+least|more\s+than|less\s+than|fewer\s+than|about|around|nearly|almost|up\s+to|over|"
    r"\d[\d,.]*|" + _NUMBER_WORDS + r"|self-proclaimed|so-called|self-styled|self-declared|notorious|"
    r"hardline|feared|dreaded|militant\s+group|terror\s+group|terrorist\s+group|jihadist\s+group|"
    r"extremist\s+group|armed\s+group|rebel\s+group|militia\s+group|group)\s+)+",
    re.IGNORECASE,
)


@dataclass(slots=True, frozen=True)
class ActorEntry:
    """One actor of the dictionary."""

    name: str
    inter: int
    country: str | None = None
    aliases: tuple[str, ...] = ()
    context_aliases: tuple[str, ...] = ()
    acled: str | None = None  # ACLED's current (dated) name, where it differs

    def actor(self, text: str | None = None) -> Actor:
        return Actor(name=self.name, inter=self.inter, text=text, country=self.country)


def strip_leading(phrase: str) -> str:
    """Drop determiners, numbers and qualifiers in front of an actor phrase."""
    out = phrase.strip()
    while True:
        new = LEADING.sub("", out)
        if new == out or not new.strip():
            return out
        out = new.strip()


class ActorDictionary:
    """Actor names, aliases, types and countries. Build with :meth:`load`; the constructor does no I/O."""

    def __init__(self, entries: list[ActorEntry], *, version: str,
                 regional: dict[str, dict[str, str]] | None = None,
                 identity_groups: list[IdentityGroup] | None = None,
                 era_rules: list[eras.EraRule] | None = None) -> None:
        self.version = version
        # names that change with a change of power ("Taliban" after August 2021): eventwire.actors.eras
        self.eras: dict[str, list[eras.EraRule]] = {}
        for rule in era_rules or ():
            self.eras.setdefault(rule.name, []).append(rule)
        self.entries = list(entries)
        # clans, tribes and ethnic groups whose armed men are identity militias (inter 4)
        self.identity_groups = list(identity_groups or ())
        self.identity = IdentityReader(self.identity_groups, is_named_actor=self._names_actor)
        # transnational name -> {ISO3: the local branch ACLED codes there}
        self.regional = {k: dict(v) for k, v in (regional or {}).items() if not k.startswith("_")}
        self._by_name: dict[str, ActorEntry] = {}
        self._lower: dict[str, list[ActorEntry]] = {}
        self._cased: dict[str, list[ActorEntry]] = {}
        self._ctx_lower: dict[str, list[ActorEntry]] = {}
        self._ctx_cased: dict[str, list[ActorEntry]] = {}
        self._regex_cache: dict[str | None, list[tuple[re.Pattern[str], bool]]] = {}
        self._lookup_cache: dict[tuple[str, str | None], Actor | None] = {}
        for e in self.entries:
            self._by_name.setdefault(e.name, e)
            for alias in (e.name, *e.aliases):
                self._index(alias, e, self._lower, self._cased)
            for alias in e.context_aliases:
                self._index(alias, e, self._ctx_lower, self._ctx_cased)

    @staticmethod
    def _index(alias: str, entry: ActorEntry, lower: dict, cased: dict) -> None:
        if is_acronym(alias):
            for form in cased_forms(alias):
                cased.setdefault(cased_key(form), []).append(entry)
        else:
            lower.setdefault(key(alias), []).append(entry)

    # -- loading --------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> ActorDictionary:
        """Load the dictionary file (default: the one shipped with eventwire)."""
        path = Path(path) if path is not None else DEFAULT_PATH
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ResourceError(f"cannot read the actor dictionary {path}: {exc}") from exc
        return cls.from_dict(data, source=str(path))

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, source: str = "<dict>") -> ActorDictionary:
        if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
            raise ResourceError(f"{source}: an actor dictionary is an object with an 'actors' list")
        entries: list[ActorEntry] = []
        for i, rec in enumerate(data["actors"]):
            try:
                inter = int(rec["inter"])
                name = str(rec["name"])
            except (KeyError, TypeError, ValueError) as exc:
                raise ResourceError(f"{source}: actor #{i} needs a name and an inter code") from exc
            if not 1 <= inter <= 8:
                raise ResourceError(f"{source}: actor {name!r} has inter {inter}, not 1..8")
            entries.append(ActorEntry(
                name=name, inter=inter, country=rec.get("country") or None,
                aliases=tuple(rec.get("aliases") or ()), context_aliases=tuple(rec.get("context_aliases") or ()),
                acled=rec.get("acled") or None,
            ))
        regional = data.get("regional_variants") or {}
        if not isinstance(regional, dict):
            raise ResourceError(f"{source}: 'regional_variants' must be an object")
        groups = data.get("identity_groups") or []
        if not isinstance(groups, list):
            raise ResourceError(f"{source}: 'identity_groups' must be a list")
        try:
            identity_groups = groups_from_data(groups)
        except (KeyError, TypeError, ValueError) as exc:
            raise ResourceError(f"{source}: bad identity group: {exc}") from exc
        try:
            era_rules = eras.rules_from_data(data.get("eras") or [])
        except (KeyError, TypeError, ValueError, re.error) as exc:
            raise ResourceError(f"{source}: bad era rule: {exc}") from exc
        return cls(entries, version=str(data.get("version", "unversioned")),
                   regional={k: v for k, v in regional.items() if isinstance(v, dict)},
                   identity_groups=identity_groups, era_rules=era_rules)

    # -- simple accessors -------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.entries)

    def get(self, name: str) -> ActorEntry | None:
        """The entry with this normalised name."""
        return self._by_name.get(name)

    def actor(self, name: str, text: str | None = None) -> Actor | None:
        e = self._by_name.get(name)
        return e.actor(text) if e is not None else None

    def dated(self, actor: Actor | None, day: dt.date | None, *, context: str | None = None) -> Actor | None:
        """``actor`` as named in an article published on ``day`` ("Taliban" in 2023 is "Military
        Forces of Afghanistan (2021-)"); see :mod:`eventwire.actors.eras`."""
        if actor is None or day is None or actor.name not in self.eras:
            return actor
        return eras.apply(actor, day, self.eras, context=context, entry_of=self._by_name.get)

    def country_name(self, iso3: str) -> str:
        """ACLED's name of a country ("SYR" -> "Syria")."""
        return countries.country_name(iso3)

    @staticmethod
    def country_of(word: str) -> str | None:
        """ISO3 of a demonym or country name ("Syrian" -> "SYR")."""
        return countries.country_of(word)

    # -- lookup ---------------------------------------------------------------------------------
    @staticmethod
    def normalise_country(country: str | None) -> str | None:
        """ISO3 of a country hint given as ISO3 (any case), name or demonym; None if unknown."""
        if not country:
            return None
        c = country.strip()
        if c.upper() in countries.BY_ISO3:
            return c.upper()
        return countries.country_of(c)

    def _pick(self, found: list[ActorEntry], country: str | None) -> ActorEntry:
        if country is not None:
            for e in found:
                if e.country == country:
                    return e
        return self.regional_variant(found[0], country)

    def regional_variant(self, entry: ActorEntry, country: str | None) -> ActorEntry:
        """The local branch of a transnational actor where ACLED codes one ("Islamic State" in
        Nigeria is "Islamic State (West Africa)"); the entry itself otherwise."""
        if country is None:
            return entry
        local = self.regional.get(entry.name, {}).get(country)
        return self._by_name.get(local, entry) if local else entry

    def named(self, phrase: str, *, country: str | None = None) -> ActorEntry | None:
        """The dictionary entry whose name or alias is exactly ``phrase`` (after folding)."""
        found: list[ActorEntry] = []
        found += self._cased.get(cased_key(phrase), [])
        found += self._lower.get(key(phrase), [])
        if country is not None:
            found += [e for e in self._ctx_cased.get(cased_key(phrase), []) if e.country == country]
            found += [e for e in self._ctx_lower.get(key(phrase), []) if e.country == country]
        return self._pick(found, country) if found else None

    def _names_actor(self, phrase: str) -> bool:
        """Is ``phrase`` (or it without a trailing "militia"/"fighters") a dictionary actor?"""
        if not self._by_name:  # still being built
            return False
        return self._named_loose(phrase, None) is not None

    def _named_loose(self, phrase: str, country: str | None) -> ActorEntry | None:
        """Exact name, then without trailing "militants"/"fighters"..., then without a leading demonym."""
        p = phrase.strip(" ,.;:")
        p = re.sub(r"['’]s$", "", p)
        hit = self.named(p, country=country)
        if hit is not None:
            return hit
        core = _SUFFIX_RE.sub("", p).strip()
        core = re.sub(r"['’]s$", "", core)
        if core and core != p:
            hit = self.named(core, country=country)
            if hit is not None:
                return hit
        words = core.split()
        if len(words) > 1 and countries.country_of(words[0]):
            hit = self.named(" ".join(words[1:]), country=country)
            if hit is not None:
                return hit
        return None

    def lookup(self, text: str, *, country: str | None = None) -> Actor | None:
        """Normalise an actor phrase ("the regime soldiers", "Daesh", "Iraqi security forces").

        ``country`` is the ISO3 code of the document's country, used by generic phrases that name
        none ("the army", "gunmen", "civilians"). Returns None when the phrase is no known actor.
        """
        if not text or not text.strip():
            return None
        ctx = self.normalise_country(country)
        ck = (text, ctx)
        if ck in self._lookup_cache:  # the same phrases recur in every article: read each once
            cached = self._lookup_cache[ck]
        else:
            cached = self._lookup(text, ctx)
            if len(self._lookup_cache) >= _LOOKUP_CACHE_SIZE:
                self._lookup_cache.clear()
            self._lookup_cache[ck] = cached
        # a fresh copy each time: callers set ``text`` on the actor they get
        return None if cached is None else dataclasses.replace(cached)

    def _lookup(self, text: str, ctx: str | None) -> Actor | None:
        variants = [text]
        m = re.match(r"^(.*?)\s*\(([^()]+)\)\s*$", text.strip())
        if m:  # "Daesh (ISIS)", "Islamic State (IS)"
            variants = [m.group(1), m.group(2), text]
        cleaned = [strip_leading(v) for v in variants if v.strip()]
        for c in cleaned:
            hit = self._named_loose(c, ctx)
            if hit is not None:
                return hit.actor(text)
        for c in cleaned:  # "Ayr clan militia", "gunmen from the Habar Gidir clan"
            actor = self.identity.read_phrase(c, ctx)
            if actor is not None:
                actor.text = text
                return actor
        for c in cleaned:
            actor = self._by_rule(c, ctx)
            if actor is not None:
                actor.text = text
                return actor
        return None

    def _by_rule(self, phrase: str, ctx: str | None) -> Actor | None:
        reading = rules.read_phrase(phrase, ctx)
        if reading is None:
            return None
        if reading.category in ("peacekeepers", "ethnic", "settlers"):
            name = rules.named_for(reading, ctx)
            return self.actor(name) if name else None
        actor = rules.generic_actor(reading, ctx)
        if actor is None:
            return None
        entry = self._by_name.get(actor.name)
        if entry is not None:  # keep the dictionary's type and country for names it knows
            return entry.actor(None)
        return actor

    def is_generic(self, actor: Actor) -> bool:
        """True for catch-all actors (unidentified groups, civilians, protesters ...)."""
        return actor.name.startswith(("Unidentified ", "Civilians (", "Protesters (", "Rioters (",
                                      "Pro-Government Militias (", "Opposition Rebels ("))

    # -- regexes for the tagger -----------------------------------------------------------------
    def patterns(self, country: str | None = None) -> list[tuple[re.Pattern[str], bool]]:
        """Patterns matching every name and alias (and the context aliases of ``country``), as
        (pattern, case_sensitive) pairs: case-insensitive ones run over ``fold_lower(text)``,
        case-sensitive ones (acronyms) over ``fold_cased(text)``."""
        ctx = self.normalise_country(country)
        if None not in self._regex_cache:
            lower = {fold_lower(f) for e in self.entries for f in (e.name, *e.aliases) if not is_acronym(f)}
            cased = {c for e in self.entries for f in (e.name, *e.aliases) if is_acronym(f) for c in cased_forms(f)}
            self._regex_cache[None] = [(p, c) for p, c in ((self._compile(lower), False), (self._compile(cased), True))
                                       if p is not None]
        out = list(self._regex_cache[None])
        if ctx is not None:
            if ctx not in self._regex_cache:
                forms = [f for e in self.entries if e.country == ctx for f in e.context_aliases]
                lower = {fold_lower(f) for f in forms if not is_acronym(f)}
                cased = {c for f in forms if is_acronym(f) for c in cased_forms(f)}
                self._regex_cache[ctx] = [(p, c) for p, c in ((self._compile(lower), False),
                                                              (self._compile(cased), True)) if p is not None]
            out += self._regex_cache[ctx]
        return out

    @staticmethod
    def _compile(forms: set[str]) -> re.Pattern[str] | None:
        if not forms:
            return None
        return re.compile(r"(?<![\w])(?:" + trie_regex(forms) + r")(?![\w])")
