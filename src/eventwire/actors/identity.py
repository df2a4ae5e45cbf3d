"""Identity militias: clan, ethnic, tribal and communal armed groups (ACLED inter code 4).

ACLED names them after the group and the country: "Ayr Clan Militia (Somalia)", "Murle Ethnic Militia
(South Sudan)", "Darfur Communal Militia (Sudan)", "Murad Tribal Militia (Yemen)"; an unnamed one is
"Unidentified Clan Militia (Somalia)" or "Unidentified Communal Militia (Nigeria)".

Three shapes of mention are read, all general (no name of a particular text is needed):

* a capitalised name, a kind word and an armed head: "Ayr clan militia", "Ali Geri sub-clan militia",
  "Dinka Ngok ethnic militia", "Darfur communal militia", "Murad tribal fighters", "Hawiye clan fighters";
* a known identity group (the ``identity_groups`` of the dictionary file: a short list of ethnic groups
  and clans with their kind and countries) and an armed head, with no kind word: "Amhara militias",
  "Murle youth", "Dinka Bor youth", "Banyala armed militia";
* an armed head, "from"/"of" and a clan or community: "gunmen from the Habar Gedir clan",
  "militiamen from the Konso community", "Militias from Habargidir" (a known group).

Coordinated names share the kind and head: "Gaaljecel and Jajele clan militias" are two militias. A
kind word with no name is an unnamed militia of the country ("two clan militias", "an ethnic militia").

The country suffix is the country of the sentence's places (or the document's); a known group living
elsewhere keeps its own ("Murle" raiders in Ethiopia are "Murle Ethnic Militia (South Sudan)"); a name
no place or known group places gets no suffix. Demonyms are countries, not groups: "Somali clan
militias" are unnamed Somali clan militias, "Somali troops" no militia at all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..records import Actor
from .countries import country_name, country_of
from .scan import Prefiltered, relaxed_haystack
from .text import key

# ACLED's label per kind of group
LABELS = {"clan": "Clan Militia", "ethnic": "Ethnic Militia", "tribal": "Tribal Militia",
          "communal": "Communal Militia"}
# countries where ACLED's unnamed tribal militias are "Tribal" (elsewhere "tribal clashes" are communal)
TRIBAL_COUNTRIES = frozenset({"YEM", "LBY", "IRQ", "SYR", "JOR", "SAU", "OMN", "EGY", "PSE", "AFG", "PAK"})


@dataclass(slots=True, frozen=True)
class IdentityGroup:
    """A clan, tribe or ethnic group whose armed men ACLED codes as an identity militia."""

    name: str  # the spelling used in actor names ("Habar Gidir")
    kind: str  # a key of LABELS
    countries: tuple[str, ...] = ()  # ISO3, the group's home country first
    aliases: tuple[str, ...] = ()


# -- regex pieces --------------------------------------------------------------------------------
_SP = r"[ \t]+"
_KIND_WORDS = r"sub[ \t]*-?[ \t]*clans?|clans?|ethnic|tribal|inter-?communal|communal|community"
_NOT_NAME = (r"(?:Clans?|Sub|Subclan|Ethnic|Tribal|Communal|Community|Militias?|Militiamen|Fighters|Gunmen|"
             r"Gunman|Youths?|Armed|Tribesmen|Clansmen|Raiders|Forces|And|Or|Of|From|The)\b")
_TOKEN = rf"(?!{_NOT_NAME})[A-Z][A-Za-z']*[a-z'][A-Za-z']*"
_NAME = rf"{_TOKEN}(?:(?:{_SP}|[ \t]*-[ \t]*){_TOKEN}){{0,3}}"
# armed heads after a kind word or a known group
_HEAD = (r"militia[ \t]+(?:men|members|fighters|forces)|militias?|militiamen|fighters|gunmen|gunman|"
         r"armed[ \t]+(?:men|youths?)|youths?|raiders|cattle[ \t]+raiders|forces|"
         r"self[ \t]*-[ \t]*defen[cs]e[ \t]+(?:groups?|militias?|forces)")
_PLURAL_HEADS = frozenset({"militias", "militiamen", "fighters", "gunmen", "youths", "raiders", "forces",
                           "militia men", "militia members", "militia fighters", "armed men", "armed youths",
                           "cattle raiders", "self-defence groups", "self-defense groups", "self-defence militias",
                           "self-defense militias", "self-defence forces", "self-defense forces"})
# heads that need a kind word ("Darfur forces" are no clan militia)
_KIND_ONLY_HEADS = frozenset({"forces", "militia forces"})

NAMED_RE = re.compile(
    rf"(?<![\w'\-])(?P<name>{_NAME})(?:[ \t]*-?[ \t]*(?P<kind>(?i:{_KIND_WORDS})))?"
    rf"(?:{_SP}(?i:armed))?[ \t\-]+(?P<head>(?i:{_HEAD}))(?![\w\-])"
)
# unnamed: no "community" ("community youths" protest) and no youths
_UNNAMED_KINDS = r"sub[ \t]*-?[ \t]*clan|clan|ethnic|tribal|inter-?communal|communal"
# ("ethnic armed groups" are Myanmar's rebels; "tribesmen" are as often the victims)
_UNNAMED_HEAD = r"militia[ \t]+(?:men|members|fighters)|militias?|militiamen|fighters|gunmen|gunman|armed[ \t]+men|raiders"
# the fast scan: find the (rarer) heads first, then read the name that ends before each
HEAD_RE = re.compile(rf"(?<![\w\-])(?P<head>(?i:{_HEAD}))(?![\w\-])")
_NAME_BEFORE = re.compile(
    rf"(?<![\w'\-])(?P<name>{_NAME})(?:[ \t]*-?[ \t]*(?P<kind>(?i:{_KIND_WORDS})))?(?:{_SP}(?i:armed))?[ \t\-]+$"
)
UNNAMED_RE = re.compile(
    rf"(?<![\w'\-])(?P<kind>(?i:{_UNNAMED_KINDS}))(?:{_SP}(?i:armed))?[ \t\-]+(?P<head>(?i:{_UNNAMED_HEAD}))"
    rf"(?![\w\-])"
)
_FROM_HEAD = (r"gunmen|gunman|armed[ \t]+(?:men|man|youths?)|militiamen|militia[ \t]+members|militias?|fighters|"
              r"attackers|assailants|raiders|youths?")
FROM_RE = re.compile(
    rf"(?<![\w'\-])(?P<head>(?i:{_FROM_HEAD})){_SP}"
    rf"(?:(?i:suspected|believed|said|reported|alleged|thought|presumed){_SP}to{_SP}be{_SP})?"
    rf"(?i:from|of|belonging{_SP}to){_SP}(?:(?i:the){_SP})?(?P<name>{_NAME})"
    rf"(?:[ \t]*-?[ \t]*(?P<kind>(?i:{_KIND_WORDS}|tribes?|clan{_SP}family|ethnic{_SP}group)))?(?![\w\-])"
)
# "clashes between the Nuer and Dinka clans", "fighting between Ayr and Saleban sub-clans": the sides
BETWEEN_RE = re.compile(
    rf"(?<![\w\-])(?i:between){_SP}(?:(?i:the){_SP})?(?P<names>(?:{_NAME}[ \t]*,[ \t]*)*{_NAME}[ \t]*,?{_SP}"
    rf"(?:and|&){_SP}{_NAME})[ \t]*-?[ \t]*(?P<kind>(?i:sub[ \t]*-?[ \t]*clans|clans|tribes|communities|ethnic{_SP}groups"
    rf"|clan{_SP}militias|militias))(?![\w\-])"
)
#: Every character a match of :data:`_NAME_BEFORE` holds: ASCII letters, apostrophes, blanks and hyphens
#: (and the letters its case-blind words may read as ASCII ones).
_NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz' \t-\u0131\u017f\u212a\u0130"


def _name_from(text: str, lo: int, end: int) -> int:
    """Where :data:`_NAME_BEFORE`'s search of ``text[lo:end]`` may start: after the last character in it
    that no match holds (a match ends at ``end``, or before a line break ending the stretch). The
    same match, found without trying every earlier position."""
    stop = end - 1 if end > lo and text[end - 1] == "\n" else end
    return lo + len(text[lo:stop].rstrip(_NAME_CHARS))


# the scans of :meth:`IdentityReader.find`, each started only where its first (case-insensitive) words stand in
# the lower-cased text (eventwire.actors.scan): the same matches, found faster
_HEAD_SCAN = Prefiltered(HEAD_RE, re.compile(f"(?:{_HEAD})"))
_FROM_SCAN = Prefiltered(FROM_RE, re.compile(f"(?:{_FROM_HEAD})"))
_BETWEEN_SCAN = Prefiltered(BETWEEN_RE, re.compile("between"))
_UNNAMED_SCAN = Prefiltered(UNNAMED_RE, re.compile(f"(?:{_UNNAMED_KINDS})"))
_COORD_BEFORE = re.compile(rf"(?P<names>(?:{_NAME}[ \t]*,[ \t]*)*{_NAME})[ \t]*,?{_SP}(?:and|&){_SP}$")
_COORD_NAME = re.compile(_NAME)

# capitalised words that qualify a militia without naming a group: faiths, sides, levels of government
_NOT_GROUP = frozenset("""
sunni sunnis shia shiite shiites shi'ite christian christians muslim muslims catholic protestant orthodox
islamist islamists jihadist islamic hindu buddhist jewish druze alawite yazidi evangelical pentecostal
government rebel rebels opposition regional state federal national special local rival
""".split())
# a sentence about a protest: its "youths" are protesters or rioters
_PROTEST_RE = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ied|ies)|march(?:ed|es|ing)?|riot\w*|"
                         r"chant\w*|petition\w*)\b", re.IGNORECASE)
# Somali words that open the name of a lineage
_SOMALI_LINEAGE = frozenset({"reer", "rer"})
# capitalised words that open a sentence or qualify a group without naming it
_STOP = frozenset("""
the a an on in at by from with between and both either neither one two three four five six seven eight nine
ten several some many most all few other others rival rivals local armed suspected unidentified unknown
alleged heavily around during about meanwhile also opposing various allied government pro non renewed
fighting clashes clash heavy fresh new violent deadly reportedly later earlier further another each
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday week weekend non-violent activity looting
unspecified presumed assumed believed likely possibly reported
""".split())


def _words(name: str) -> list[str]:
    return re.split(r"[ \t]*-[ \t]*|[ \t]+", name.strip())


class IdentityReader:
    """Finds identity-militia mentions in a text. ``IdentityReader(groups)``; no I/O."""

    def __init__(self, groups: Sequence[IdentityGroup], *,
                 is_named_actor: Callable[[str], bool] | None = None) -> None:
        self.groups = list(groups)
        self._is_named_actor = is_named_actor or (lambda _phrase: False)
        self._by_key: dict[str, IdentityGroup] = {}
        for g in self.groups:
            for form in (g.name, *g.aliases):
                self._by_key.setdefault(key(form), g)
        self._longest = max((len(k.split()) for k in self._by_key), default=1)

    # -- names ------------------------------------------------------------------------------------
    def group(self, phrase: str) -> IdentityGroup | None:
        """The known group named exactly by ``phrase`` ("Habargidir" -> Habar Gidir), or None."""
        return self._by_key.get(key(phrase))

    def _parts(self, words: list[str]) -> tuple[list[tuple[int, str]], list[IdentityGroup]]:
        """The words of a name as (index of its first word, text) with known groups in their canonical
        spelling, and the groups found."""
        out: list[tuple[int, str]] = []
        found: list[IdentityGroup] = []
        i = 0
        while i < len(words):
            for n in range(min(self._longest, len(words) - i), 0, -1):
                g = self._by_key.get(key(" ".join(words[i:i + n])))
                if g is not None:
                    out.append((i, g.name))
                    found.append(g)
                    i += n
                    break
            else:
                out.append((i, words[i]))
                i += 1
        return out, found

    @staticmethod
    def _trim(name: str) -> tuple[str, int]:
        """Drop leading words that do not name a group ("On", "Rival", "Two"); the name left and how
        many characters were dropped."""
        m = re.match(r"(?:([A-Za-z'\-]+)[ \t]+)", name)
        dropped = 0
        while m and m.group(1).lower() in _STOP:
            dropped += m.end()
            name = name[m.end():]
            m = re.match(r"(?:([A-Za-z'\-]+)[ \t]+)", name)
        if name.lower() in _STOP:
            return "", dropped + len(name)
        return name, dropped

    # -- reading --------------------------------------------------------------------------------
    def implied_country(self, text: str) -> str | None:
        """The home country of the known groups a text names, where they agree ("Habar Gedir" -> SOM)."""
        counts: Counter[str] = Counter()
        for m in re.finditer(_NAME, text):
            _, groups = self._parts(_words(m.group(0)))
            for g in groups:
                if g.countries:
                    counts[g.countries[0]] += 1
        if not counts:
            return None
        top = counts.most_common(2)
        if len(top) > 1 and top[0][1] == top[1][1]:
            return None
        return top[0][0]

    def find(self, text: str, *, country_at: Callable[[int], str | None],
             lower: str | None = None) -> list[tuple[int, int, Actor, bool]]:
        """(start, end, actor, named) of every identity-militia mention of ``text`` (folded, cased).
        ``country_at(offset)`` gives the country of the place around an offset (or None); ``lower``: the
        text's ``fold_lower`` where the caller has it."""
        out: list[tuple[int, int, Actor, bool]] = []
        hay = None if lower is None else relaxed_haystack(lower)  # (the folds of a folded text differ)
        implied: list[str | None] = []

        def fallback() -> str | None:
            if not implied:
                implied.append(self.implied_country(text))
            return implied[0]

        def where(pos: int) -> str | None:
            return country_at(pos) or fallback()

        taken = -1
        for h in _HEAD_SCAN.finditer(text, hay):
            end = h.start()
            lo = max(0, end - 160, taken)
            m = _NAME_BEFORE.search(text, _name_from(text, lo, end), end)
            if m is not None:
                out += self._named_match(text, m, where, head=h.group("head"), end=h.end())
                taken = h.end()
        for m in _FROM_SCAN.finditer(text, hay):
            got = self._from_match(m, where)
            if got is not None:
                out.append(got)
        for m in _BETWEEN_SCAN.finditer(text, hay):
            out += self._between(m, where)
        for m in _UNNAMED_SCAN.finditer(text, hay):
            actor = self.unnamed(m.group("kind"), where(m.start()))
            if actor is not None:
                out.append((m.start(), m.end(), actor, False))
        return out

    def _named_match(self, text: str, m: re.Match[str], where: Callable[[int], str | None], *,
                     head: str, end: int) -> list[tuple[int, int, Actor, bool]]:
        """A name (``m``: its ``name`` and ``kind`` groups) before an armed ``head`` ending at ``end``."""
        name, dropped = self._trim(m.group("name"))
        start = m.start("name") + dropped
        head = re.sub(r"\s+", " ", head.lower())
        kind_word = m.group("kind")
        if not name:
            return []
        if head.startswith("youth") and _PROTEST_RE.search(_sentence(text, start)):
            return []  # "Oromo youths protested": protesters, not a militia
        actor = self.named(name, kind_word=kind_word, head=head, country=where(start))
        if actor is None:
            return []
        out = [(start, end, actor, True)]
        if actor.country is None and self._demonym_only(name):
            return out
        if kind_word or head in _PLURAL_HEADS or self._parts(_words(name))[1]:
            out += self._coordinated(text, start, kind_word, head, where, known_only=not kind_word
                                     and head not in _PLURAL_HEADS)
        return out

    def _coordinated(self, text: str, start: int, kind_word: str | None, head: str,
                     where: Callable[[int], str | None], *,
                     known_only: bool = False) -> list[tuple[int, int, Actor, bool]]:
        """"Gaaljecel and Jajele clan militias": the names before "and" are militias of the same kind
        (with a singular head, "Murle and Nuer militia", only names of known groups)."""
        before = text[max(0, start - 120):start]
        c = _COORD_BEFORE.search(before)
        if c is None:
            return []
        base = start - len(before)
        out: list[tuple[int, int, Actor, bool]] = []
        for n in _COORD_NAME.finditer(c.group("names")):
            name, dropped = self._trim(n.group(0))
            if not name or self._is_named_actor(name) or country_of(name):
                continue
            if known_only and not self._parts(_words(name))[1]:
                continue
            s = base + c.start("names") + n.start() + dropped
            actor = self.named(name, kind_word=kind_word, head=head, country=where(s))
            if actor is not None:
                out.append((s, s + len(name), actor, True))
        return out

    def _between(self, m: re.Match[str], where: Callable[[int], str | None]) -> list[tuple[int, int, Actor, bool]]:
        """The sides of "between the Nuer and Dinka clans": each name a militia of that kind (with
        "communities"/"ethnic groups"/"militias", only names of known groups)."""
        word = m.group("kind").lower()
        kind_word = "clan" if "clan" in word else "tribal" if word.startswith("tribe") else None
        out: list[tuple[int, int, Actor, bool]] = []
        for n in _COORD_NAME.finditer(m.group("names")):
            name, dropped = self._trim(n.group(0))
            if not name or name in ("and",) or self._is_named_actor(name):
                continue
            if kind_word is None and not self._parts(_words(name))[1]:
                continue
            s = m.start("names") + n.start() + dropped
            actor = self.named(name, kind_word=kind_word, head="between", country=where(s))
            if actor is not None:
                out.append((s, s + len(name), actor, True))
        return out

    def _from_match(self, m: re.Match[str], where: Callable[[int], str | None]) -> tuple[int, int, Actor, bool] | None:
        name, _ = self._trim(m.group("name"))
        if not name or name != m.group("name").strip():
            return None  # "gunmen from the Two ..." or a name that starts with a plain word
        kind_word = m.group("kind")
        if kind_word and kind_word.lower().startswith("tribe"):
            kind_word = "tribal"
        elif kind_word and kind_word.lower().replace(" ", "") in ("clanfamily",):
            kind_word = "clan"
        elif kind_word and kind_word.lower().startswith("ethnic"):
            kind_word = "ethnic"
        actor = self.named(name, kind_word=kind_word, head="from", country=where(m.start()))
        if actor is None:
            return None
        return m.start(), m.end(), actor, True

    @staticmethod
    def _demonym_only(name: str) -> bool:
        return all(country_of(w) for w in _words(name))

    def named(self, name: str, *, kind_word: str | None, head: str, country: str | None) -> Actor | None:
        """The actor of a named group (or, for a demonym, the unnamed militia of that country)."""
        words = _words(name)
        if self._demonym_only(name):
            if not kind_word:
                return None  # "Somali troops", "Ethiopian militias": no identity group
            return self.unnamed(kind_word, country_of(words[-1]))
        if all(w.lower() in _NOT_GROUP or country_of(w) for w in words):
            return self.unnamed(kind_word, country) if kind_word else None  # "Sunni tribal militias"
        if any(country_of(w) for w in words) or self._is_named_actor(name):
            return None  # "Ethiopian Amhara" is read by other rules; a dictionary actor is not a clan
        parts, groups = self._parts(words)
        if head in _KIND_ONLY_HEADS and not kind_word:
            return None  # "Darfur forces", "Amhara forces": not read as identity militias
        # a known group keeps its own kind ("the Nuer and Dinka clans" are ethnic militias)
        kind = groups[0].kind if groups else _kind_of(kind_word)
        if kind is None:
            return None
        iso = _country_for(groups, country)
        if iso is None and words[0].lower() in _SOMALI_LINEAGE:
            iso = "SOM"  # "Reer Biciidyahan": Somali "reer" (the descendants of) names a lineage
        label = LABELS[kind]
        full = _join(name, parts)
        suffix = f" ({country_name(iso)})" if iso else ""
        return Actor(name=f"{full} {label}{suffix}", inter=4, country=iso)

    @staticmethod
    def unnamed(kind_word: str | None, country: str | None) -> Actor | None:
        """"Unidentified Clan Militia (Somalia)" for an unnamed clan militia; None without a country."""
        kind = _kind_of(kind_word)
        if kind is None or not country:
            return None
        if kind == "ethnic" or (kind == "tribal" and country not in TRIBAL_COUNTRIES):
            kind = "communal"
        return Actor(name=f"Unidentified {LABELS[kind]} ({country_name(country)})", inter=4, country=country)

    def read_phrase(self, phrase: str, country: str | None) -> Actor | None:
        """The identity militia a whole phrase names ("Ayr clan militia", "gunmen from the X clan")."""
        p = phrase.strip(" ,.;:")
        for rx in (NAMED_RE, FROM_RE, UNNAMED_RE):
            m = rx.fullmatch(p)
            if m is None:
                continue
            if rx is UNNAMED_RE:
                return self.unnamed(m.group("kind"), country)
            got = (self._named_match(p, m, lambda _pos: country, head=m.group("head"), end=m.end())
                   if rx is NAMED_RE
                   else [x for x in [self._from_match(m, lambda _pos: country)] if x is not None])
            if got and got[0][0] == 0:
                return got[0][2]
        return None


def _sentence(text: str, pos: int) -> str:
    """The sentence (roughly) around ``pos``."""
    a = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind("! ", 0, pos), text.rfind("? ", 0, pos))
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return text[a + 1:min(ends) if ends else len(text)]


def _kind_of(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"[\s\-]+", "", word.lower())
    if w.startswith(("subclan", "clan")):
        return "clan"
    if w.startswith("tribal") or w.startswith("tribe"):
        return "tribal"
    if w in ("communal", "intercommunal", "community"):
        return "communal"
    if w.startswith("ethnic"):
        return "ethnic"
    return None


def _country_for(groups: Iterable[IdentityGroup], here: str | None) -> str | None:
    """The place's country where a known group lives there, else the group's home, else the place's."""
    homes = [g.countries for g in groups if g.countries]
    if not homes:
        return here
    if here and any(here in h for h in homes):
        return here
    return homes[0][0]


def _join(name: str, parts: list[tuple[int, str]]) -> str:
    """The name as written, with known groups respelt and hyphens closed up ("Majeerteen- Reer")."""
    seps = re.findall(r"[ \t]*-[ \t]*|[ \t]+", name.strip())  # seps[i] stands before word i + 1
    out = parts[0][1]
    for i, part in parts[1:]:
        out += ("-" if "-" in seps[i - 1] else " ") + part
    return out


def groups_from_data(records: Iterable[dict]) -> list[IdentityGroup]:
    """Identity groups from the dictionary file's ``identity_groups`` list."""
    out: list[IdentityGroup] = []
    for rec in records:
        kind = str(rec.get("kind", "ethnic"))
        if kind not in LABELS:
            raise ValueError(f"identity group {rec.get('name')!r}: kind {kind!r} is not one of {sorted(LABELS)}")
        out.append(IdentityGroup(name=str(rec["name"]), kind=kind, countries=tuple(rec.get("countries") or ()),
                                 aliases=tuple(rec.get("aliases") or ())))
    return out
