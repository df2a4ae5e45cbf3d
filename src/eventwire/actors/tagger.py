"""The actor stage: find actor mentions in an article and normalise them.

Three sources of candidates, longest match wins where they overlap:

1. dictionary names and aliases ("Daesh", "Iraqi security forces", "ISIS"), extended over a following
   "militants"/"fighters"/"group" ("Islamic State militants" is one mention) and a preceding
   determiner or qualifier ("The self-proclaimed Islamic State");
2. generic phrases read by :mod:`eventwire.actors.rules` ("the regime soldiers", "Russian warplanes",
   "gunmen", "villagers"), resolved with the phrase's own country or the document's country;
3. with a spaCy ``Doc``: organisation entities that look like armed groups but are in no dictionary
   ("the Islamic Army of Iraq"): they keep their text as name and get a guessed type;
4. clan, ethnic and communal militias read by :mod:`eventwire.actors.identity` ("Ayr clan militia",
   "gunmen from the Habar Gedir clan", "Murle youths"): named ones are not generic.

A generic armed mention followed by a name in brackets ("armed men (assumed Darfur communal
militia)") takes that name.

``ActorMention.generic`` is True for mentions resolved by a rule rather than by a dictionary name.
Sections of kind "boilerplate" are skipped.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass

from ..events.words import doc_ents
from ..records import Actor, ActorMention, Article
from . import countries, eras
from .context import remember_country, remember_seats
from .dictionary import SUFFIXES, ActorDictionary, ActorEntry
from .rules import COUNTRY_RE, GENERIC_RE
from .scan import Prefiltered, lowered_pattern, relaxed_haystack
from .text import fold_cased, fold_lower

log = logging.getLogger(__name__)

_SUFFIX_AFTER = re.compile(
    r"^(?:[ \t\-]+(?:" + "|".join(re.escape(s).replace(r"\ ", r"[ \t]+") for s in sorted(SUFFIXES, key=len, reverse=True))
    + r")){1,2}(?![\w])"
)
_LEFT_WORDS = (r"the|a|an|their|its|his|her|our|these|those|self-proclaimed|so-called|self-styled|"
               r"self-declared|notorious|hardline|jihadist|extremist|militant|terrorist|rebel|insurgent|"
               r"armed|militia")
# members of a force: "a former police officer" is out of it (not "the former regime": its remnants fight on)
_SERVING = frozenset("""soldier soldiers officer officers policeman policemen serviceman servicemen commando commandos
    gendarme gendarmes paratrooper paratroopers marine marines""".split())
_FORMER_BEFORE = re.compile(r"(?<![\w\-])(?:former|retired|ex-?)[ \t]*$", re.IGNORECASE)
_DET_BEFORE = re.compile(r"(?:(?<![\w\-])(?:the|their|its|his|her|our|these|those|a|an)[ \t]+)$", re.IGNORECASE)
_QUAL_BEFORE = re.compile(rf"(?:(?<![\w\-])(?:{_LEFT_WORDS})(?:\s+group)?[ \t]+)+$", re.IGNORECASE)
_CUE = re.compile(
    r"\b(?:brigades?|battalions?|militias?|army|jaish|jaysh|jabhat|harakat|ansar|ansaru|liwa|katiba|katibat|"
    r"mujahideen|mujahidin|self-defen[cs]e|lashkar|tehrik|tehreek|ahrar|liberation\s+(?:army|front)|"
    r"armed\s+forces|defen[cs]e\s+forces|resistance\s+front)\b",
    re.IGNORECASE,
)
_NOT_ARMED = re.compile(
    r"\b(?:news|agency|ministry|salvation|affairs|university|church|bank|salvation army|party|council|committee|company|"
    r"corporation|times|post|press|radio|tv|television|observatory|foundation|institute|union|association|"
    r"school|hospital|airport|stadium|club|fc)\b",
    re.IGNORECASE,
)
_MILITIA_CUE = re.compile(r"\b(?:militias?|brigades?|battalions?|self-defen[cs]e|vigilantes?)\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b(?!(?:The|A|An|Their|Its|His|Her|Our)\b)[A-Z][\w'\-]+[ \t]+$")
# heads that end proper names of organisations ("Salvation Army", "Islamic Army", "National Guard")
_NAME_HEADS = frozenset({"army", "forces", "force", "brigade", "division", "battalion", "militia", "militias",
                         "guard", "navy", "regime", "coalition"})
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
# a numbered unit of an army ("the 21st Armoured Brigade", "the 3rd Infantry Division", "the 72nd
# Mechanised Brigade"); where brigades are armed groups of their own (Libya, Iraq's PMF, Yemen) it names one
_ORDINAL_BEFORE = re.compile(r"\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                             r"tenth)[ \t]+$", re.IGNORECASE)
_UNIT_END = re.compile(r"\b(?:brigade|division|battalion|regiment|corps)$", re.IGNORECASE)
_UNIT_WORDS = re.compile(r"^(?:(?:armou?red|mechani[sz]ed|motori[sz]ed|infantry|airborne|air|assault|mountain|artillery|"
                         r"marine|engineers?|special|forces|operations|tank|task|force|rapid|reaction|jaeger|"
                         r"territorial|defen[cs]e|presidential|guard|light|heavy|separate)[ \t]+)*"
                         r"(?:brigade|division|battalion|regiment|corps)$", re.IGNORECASE)
_BRIGADE_STATES = frozenset({"LBY", "IRQ", "YEM"})


def _numbered_unit(text: str, s: int, e: int, ctx: str | None) -> int | None:
    """The start of the ordinal before an army unit the parser named as an organisation ("the 21st
    Armoured Brigade"), None when the name is no numbered unit of a state's army."""
    if ctx is None or ctx in _BRIGADE_STATES:
        return None
    name = _LEADING_THE.sub("", text[s:e]).strip()
    m = _ORDINAL_BEFORE.search(text, max(0, s - 14), s)
    if m is not None and _UNIT_WORDS.match(name):
        return m.start()
    parts = name.split(None, 1)  # the parser took the ordinal in: "the 5th Brigade"
    if len(parts) == 2 and _ORDINAL_BEFORE.search(parts[0] + " ") and _UNIT_WORDS.match(parts[1]) and _UNIT_END.search(name):
        return s
    return None
_ALLCAPS_WORD = re.compile(r"^[A-Z0-9][A-Z0-9'\-]+$")
# heads that are also adjectives: "militant group", "terrorist attack", "civilian areas" are no actors
_ADJ_HEADS = frozenset({"militant", "terrorist", "jihadist", "insurgent", "rebel", "civilian", "extremist",
                        "guerrilla", "separatist", "bomber", "resident", "gang", "militia", "regime", "junta",
                        "government", "administration", "coalition", "alliance", "child", "family", "protester",
                        "protestor", "demonstrator", "student", "women", "farmer", "mob"})
_NOUN_AFTER = re.compile(
    r"^[ \t]+(?:group|groups|attack|attacks|organi[sz]ation|leader|leaders|commander|commanders|cell|cells|"
    r"hideout|hideouts|camp|camps|stronghold|strongholds|activity|activities|network|networks|movement|"
    r"faction|factions|targets?|casualties|deaths|areas?|population|infrastructure|neighbou?rhoods?|"
    r"homes?|houses?|property|properties|buildings?|vehicles?|cars?|bus|buses|sites?|facilit(?:y|ies)|"
    r"officials?|spokesman|spokesperson|sources?|media|statement|claims?|propaganda|ideology|violence|"
    r"insurgency|threat|presence|territory|control|fighters|members|forces|troops|station|stations|"
    r"headquarters|chief|chiefs|officers?|rights|leadership|rule|policy|policies|airport|flights?|"
    r"aircraft|jets?|planes?|ministers?|ministry|spokesmen|figures?|deaths|toll|shelters?|objects?)\b",
    re.IGNORECASE,
)

#: :data:`GENERIC_RE`'s matches, each tried only where the pattern run case-sensitively over the lower-cased
#: text (its cased country forms lower-cased) matches: the same matches, found faster (eventwire.actors.scan)
_GENERIC_SCAN = Prefiltered(GENERIC_RE, re.compile(lowered_pattern(GENERIC_RE.pattern)))

_ACRONYM_SCANS: dict[re.Pattern[str], Prefiltered | None] = {}
_NAME_EDGES = (r"(?<![\w])(?:", r")(?![\w])")


def _acronym_scan(rx: re.Pattern[str]) -> Prefiltered | None:
    r"""The dictionary's pattern of acronyms (``(?<![\w])(?:...)(?![\w])``, ActorDictionary._compile),
    each tried only where its names without the word edges match: the same matches, faster (few text
    positions start an acronym; the edges' test at every position keeps the scan from skipping ahead).
    None for a pattern of another shape."""
    got = _ACRONYM_SCANS.get(rx, False)
    if got is False:
        head, tail = _NAME_EDGES
        p = rx.pattern
        got = (Prefiltered(rx, re.compile(p[len(head) - 3 : 1 - len(tail)], rx.flags))  # "(?:...)"
               if p.startswith(head) and p.endswith(tail) else None)
        _ACRONYM_SCANS[rx] = got
    return got  # type: ignore[return-value]

# an affiliation between a group's name and its members' noun: "Islamic State-linked insurgents"
_LINKED_AFTER = re.compile(r"^[ \t]*-[ \t]*(?:linked|affiliated|allied|aligned|backed|loyalist)(?=[ \t])")

# "(assumed ", "(coded as ", "(believed to be the " between a generic mention and a named one
_BRACKET_NAME = re.compile(
    r"\([ \t]*(?:(?:coded|described|identified|assumed|presumed|believed|suspected|likely|reportedly|"
    r"probably|possibly|allegedly|thought)(?:[ \t]+(?:as|to[ \t]+be))?[ \t]+)*(?:(?:the|a|an)[ \t]+)?",
    re.IGNORECASE,
)


#: "Misrata-based brigades", "Goma-based M23 rebels": a place, "-based", one to three words
_BASED = re.compile(r"\b([A-Z][\w'’]+)-based[ \t]+([A-Za-z][\w'’\-]*(?:[ \t]+[A-Za-z][\w'’\-]*){0,2})")


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    actor: Actor
    generic: bool
    rank: int  # 0 dictionary, 1 rule, 2 guessed from NER


class ActorTagger:
    """Tags actor mentions. ``ActorTagger(dictionary)``; no I/O in the constructor."""

    def __init__(self, dictionary: ActorDictionary, *, use_entities: bool = True) -> None:
        self.dictionary = dictionary
        self.use_entities = use_entities

    # -- context ------------------------------------------------------------------------------
    def context_country(self, article: Article, country_hint: str | None = None) -> str | None:
        """The country generic mentions belong to: the hint, else the most frequent country of the
        resolved places, else the most frequent country named or implied by demonyms in the text."""
        if country_hint:
            iso = self.dictionary.normalise_country(country_hint)
            if iso:
                return iso
        counts: Counter[str] = Counter()
        for m in article.place_mentions:
            if m.place is not None and m.place.iso:
                counts[m.place.iso] += 1
        if counts:
            return counts.most_common(1)[0][0]
        for m in COUNTRY_RE.finditer(fold_cased(article.text)):
            iso = countries.country_of(m.group(0))
            if iso:
                counts[iso] += 1
        return counts.most_common(1)[0][0] if counts else None

    # -- tagging ------------------------------------------------------------------------------
    def tag(self, article: Article, *, country_hint: str | None = None) -> None:
        """Set ``article.actor_mentions`` (sorted by offset)."""
        text = article.text or ""
        if not text.strip():
            article.actor_mentions = []
            return
        ctx = self.context_country(article, country_hint)
        cased = fold_cased(text)
        lower = fold_lower(text)
        cands: list[_Cand] = []
        cands += self._named(text, cased, lower, ctx, article.doc)
        if "-based " in text:
            cands += self._based(text, ctx)
        local = self._local_countries(article)
        remember_country(article.doc, ctx, local)
        remember_seats(article.doc, article.place_mentions)
        cands += self._identity(text, cased, ctx, local, lower=lower)
        cands += self._generic(text, cased, ctx, article.doc, local, lower=lower)
        if self.use_entities and article.doc is not None:
            cands += self._entities(article.doc, ctx, cands, text=text)
        chosen = self._resolve(cands)
        self._name_in_brackets(text, chosen)
        skip = [(s.start, s.end) for s in article.sections if s.kind == "boilerplate"]
        mentions: list[ActorMention] = []
        day = article.published
        eras.remember(article.doc, day)
        for c in chosen:
            if any(a <= c.start < b for a, b in skip):
                continue
            span = text[c.start:c.end]
            c.actor.text = span
            if day is not None and c.actor.name in self.dictionary.eras:
                # "the Syrian army" in 2025 is the new government's: eventwire.actors.eras
                here = next((iso for a, b, iso in local if a <= c.start < b), ctx)
                c.actor = self.dictionary.dated(c.actor, day, context=here) or c.actor
            mentions.append(ActorMention(start=c.start, end=c.end, text=span, actor=c.actor, generic=c.generic))
        mentions.sort(key=lambda m: (m.start, m.end))
        article.actor_mentions = mentions

    def _named(self, text: str, cased: str, lower: str, ctx: str | None, doc: object) -> list[_Cand]:
        out: list[_Cand] = []
        for rx, acronyms in self.dictionary.patterns(ctx):
            hay = cased if acronyms else lower
            scan = _acronym_scan(rx) if acronyms else None
            for m in (rx.finditer(hay) if scan is None else scan.finditer(hay, hay)):
                s, e = m.start(), m.end()
                if acronyms and e - s <= 3 and not self._acronym_ok(text, s, e, doc):
                    continue
                entry = self.dictionary.named(text[s:e], country=ctx)
                if entry is None:
                    continue
                s, e = self._extend(text, lower, s, e, entry)
                out.append(_Cand(s, e, entry.actor(), False, 0))
        return out

    def _based(self, text: str, ctx: str | None) -> list[_Cand]:
        """"Misrata-based brigades", "Goma-based M23 rebels": the actor the words name without "-based"
        ("Misrata brigades"), the whole phrase its mention; none when they name no dictionary actor."""
        out: list[_Cand] = []
        for m in _BASED.finditer(text):
            words = m.group(2).split()
            for k in range(len(words), 0, -1):
                head = " ".join(words[:k])
                entry = self.dictionary.named(head, country=ctx) or self.dictionary.named(
                    f"{m.group(1)} {head}", country=ctx)
                if entry is not None:
                    end = m.start(2) + [w.end() for w in re.finditer(r"\S+", m.group(2))][k - 1]
                    out.append(_Cand(m.start(), end, entry.actor(), False, 0))
                    break
        return out

    @staticmethod
    def _acronym_ok(text: str, s: int, e: int, doc: object) -> bool:
        """Short acronyms ("IS", "AA"): not inside all-capital text, not a verb or pronoun."""
        before = text[max(0, s - 40):s].split()
        after = text[e:e + 40].split()
        neighbours = [w for w in (before[-1:] + after[:1]) if any(c.isalpha() for c in w)]
        if neighbours and all(_ALLCAPS_WORD.match(w.strip(".,;:!?\"'()")) for w in neighbours):
            return False
        if doc is not None:
            try:
                span = doc.char_span(s, e, alignment_mode="expand")
            except (AttributeError, ValueError):
                span = None
            if span is not None and len(span) and span[0].pos_ in ("AUX", "VERB", "PRON", "ADP", "DET", "CCONJ"):
                return False
        return True

    def _extend(self, text: str, lower: str, s: int, e: int, entry: ActorEntry) -> tuple[int, int]:
        m = _SUFFIX_AFTER.match(lower[e:e + 60])
        link = None if m else _LINKED_AFTER.match(lower[e:e + 30])
        if link and (entry.actor().inter or 0) in (2, 3, 4):
            # "Islamic State-linked insurgents", "al-Shabaab-affiliated fighters": the group's own men
            # (ACLED codes the group), not "State-backed insurgents" of another reading
            m = _SUFFIX_AFTER.match(lower[e + link.end():e + link.end() + 60])
            if m:
                e += link.end()
        if m:
            e += m.end()
        head = text[max(0, s - 60):s]
        q = _QUAL_BEFORE.search(head)
        if q:
            s -= len(head) - q.start()
        else:
            # "Somali al-Shabaab": a demonym of the actor's own country belongs to the mention
            w = re.search(r"([A-Z][\w.'\-]+)[ \t]+$", head)
            if w and entry.country and countries.country_of(w.group(1)) == entry.country:
                s -= len(head) - w.start()
                head = text[max(0, s - 60):s]
                d = _DET_BEFORE.search(head)
                if d:
                    s -= len(head) - d.start()
        return s, e

    @staticmethod
    def _local_countries(article: Article) -> list[tuple[int, int, str]]:
        """(start, end, ISO3) of sentences whose resolved sub-national places all lie in one country:
        generic mentions there take that country ("In Kirkuk, gunmen ..." in a Syria story)."""
        places = [(m.start, m.place.iso) for m in article.place_mentions
                  if m.place is not None and m.place.iso and not (m.place.feature_code or "").startswith("PCL")]
        if not places:
            return []
        if article.doc is not None and getattr(article.doc, "has_annotation", lambda _: False)("SENT_START"):
            bounds = [(sent.start_char, sent.end_char) for sent in article.doc.sents]
        else:
            bounds, start = [], 0
            for m in re.finditer(r"[.!?]+[\s\"')\]]+|\n+", article.text):
                bounds.append((start, m.end()))
                start = m.end()
            bounds.append((start, len(article.text)))
        out: list[tuple[int, int, str]] = []
        for a, b in bounds:
            isos = {iso for pos, iso in places if a <= pos < b}
            if len(isos) == 1:
                out.append((a, b, isos.pop()))
        return out

    def _identity(self, text: str, cased: str, ctx: str | None,
                  local: list[tuple[int, int, str]], *, lower: str | None = None) -> list[_Cand]:
        """Clan, ethnic and communal militias ("Ayr clan militia", "gunmen from the X clan"): named
        ones are named actors (not generic: "the militia" after them refers to them)."""
        def country_at(pos: int) -> str | None:
            return next((iso for a, b, iso in local if a <= pos < b), ctx)

        out: list[_Cand] = []
        for s, e, actor, named in self.dictionary.identity.find(cased, country_at=country_at, lower=lower):
            named = named and not actor.name.startswith("Unidentified")
            if not named:
                head = text[max(0, s - 40):s]
                d = _DET_BEFORE.search(head)
                if d:
                    s -= len(head) - d.start()
            out.append(_Cand(s, e, actor, not named, 1))
        return out

    def _generic(self, text: str, cased: str, ctx: str | None, doc: object,
                 local: list[tuple[int, int, str]] | None = None, *, lower: str | None = None) -> list[_Cand]:
        out: list[_Cand] = []
        hay = None if lower is None else relaxed_haystack(lower)
        for m in _GENERIC_SCAN.finditer(cased, hay):
            s, e = m.start(), m.end()
            here = next((iso for a, b, iso in local or () if a <= s < b), ctx)
            last = m.group(0).split()[-1].lower()
            if last in _ADJ_HEADS and self._modifies_noun(text, e, doc):
                continue
            if last in _NAME_HEADS and text[s].isupper() and _NAME_BEFORE.search(text[max(0, s - 30):s]):
                continue  # "Salvation Army", "Islamic Army": the end of some other proper name
            actor = self.dictionary.lookup(text[s:e], country=here)
            if actor is None:
                continue
            if ((actor.inter or 0) == 1 and last in _SERVING and _FORMER_BEFORE.search(text, max(0, s - 12), s)
                    and here):
                # "a former police officer", "retired soldiers": out of the force, civilians
                actor = Actor(name=f"Civilians ({countries.country_name(here)})", inter=7, country=here)
            head = text[max(0, s - 40):s]
            d = _DET_BEFORE.search(head)
            if d:
                s -= len(head) - d.start()
            out.append(_Cand(s, e, actor, True, 1))
        return out

    @staticmethod
    def _modifies_noun(text: str, e: int, doc: object) -> bool:
        """Is the word ending at ``e`` used as a modifier of the next noun ("militant group")?"""
        if _NOUN_AFTER.match(text[e:e + 40]):
            return True
        if doc is not None:
            try:
                span = doc.char_span(e - 1, e, alignment_mode="expand")
            except (AttributeError, ValueError):
                return False
            if span is not None and len(span):
                tok = span[-1]
                return tok.dep_ in ("compound", "amod") and tok.head.i > tok.i
        return False

    def _entities(self, doc: object, ctx: str | None, known: list[_Cand], *, text: str = "") -> list[_Cand]:
        out: list[_Cand] = []
        for ent in doc_ents(doc):
            if ent.label_ not in ("ORG", "NORP"):
                continue
            s, e = ent.start_char, ent.end_char
            # the cheap tests on the name first, the overlap with every known candidate last
            name = _LEADING_THE.sub("", ent.text).strip()
            if len(name) < 4 or "\n" in name or not _CUE.search(name) or _NOT_ARMED.search(name):
                continue
            capitalised = [w for w in name.split() if w[:1].isupper()]
            if len(capitalised) < 2 or not name[:1].isupper():
                continue
            if any(c.start < e and s < c.end for c in known):
                continue
            unit = _numbered_unit(text, s, e, ctx)
            if unit is not None:  # "elements of the 21st Armoured Brigade": a unit of the state's army
                out.append(_Cand(unit, e, Actor(name=f"Military Forces of {countries.of_country(ctx or '')}",
                                                inter=1, country=ctx), True, 2))
                continue
            inter = 3 if _MILITIA_CUE.search(name) else 2
            out.append(_Cand(s, e, Actor(name=name, inter=inter, country=ctx), False, 2))
        return out

    @staticmethod
    def _name_in_brackets(text: str, chosen: list[_Cand]) -> None:
        """"armed men (assumed Darfur communal militia)", "gunmen from the village (coded as Al
        Shabaab)": a generic mention takes the named armed actor the brackets after it give (the
        nearest generic mention before the brackets, in the same sentence, with no actor between)."""
        ordered = sorted(chosen, key=lambda c: c.start)
        for i, named in enumerate(ordered):
            if named.generic or (named.actor.inter or 0) not in (2, 3, 4) or i == 0:
                continue
            c = ordered[i - 1]
            if not c.generic or (c.actor.inter or 0) not in (3, 4) or named.start - c.end > 100:
                continue
            m = _BRACKET_NAME.search(text, c.end, named.start)
            if m is None or m.end() != named.start or re.search(r"[.;:!?\n]", text[c.end:m.start()]):
                continue
            if not re.match(r"[ \t]*[),;]", text[named.end:named.end + 3]):
                continue
            c.actor = Actor(name=named.actor.name, inter=named.actor.inter, country=named.actor.country)
            c.generic = False

    @staticmethod
    def _resolve(cands: list[_Cand]) -> list[_Cand]:
        """Longest first; on equal length dictionary names beat rules beat guesses."""
        chosen: list[_Cand] = []
        for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.rank, c.start)):
            if any(c.start < o.end and o.start < c.end for o in chosen):
                continue
            chosen.append(c)
        return chosen
