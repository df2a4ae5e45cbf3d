"""Toponym recognition: gazetteer matching over token n-grams, filtered by context rules.

spaCy's NER is one signal among several (it calls Palmyra a PERSON and Homs an ORG):

1. every capitalised token (or a transliterated article joined to one: "al-Hol") starts n-grams of
   up to :data:`MAX_TOKENS` tokens; the longest n-gram whose folded form is a gazetteer name is a
   candidate. Names match exactly first, then by their transliteration-insensitive key (only for
   places in countries whose names reach the news in many spellings). N-grams never run over a
   full stop or a line break, and end before a possessive ("Russia's" gives "Russia"; "People's
   Republic of China" and "Queen Anne's County" run on). A capitalised direction right before a
   name joins its span ("Western Europe", "Southern California"; the place stays the named one).
2. Context makes a candidate *strong*: a word of place before it ("in", "near", "north of",
   "captured" ...), a place noun after it ("X governorate/province/city/countryside"), a dateline
   position ("GLASGOW, Ky. (WBKO) --"); for a name spaCy labels a person, organisation, group or
   building (or leaves unlabelled), a target position too: the object of a verb of attack or capture
   ("attacked Palmyra"), "an offensive on X", "at" / "from" X, "X-based", when the gazetteer knows X
   as a town with people or a division and nothing says it is a person (:mod:`.targets`).
3. A candidate that is not strong is dropped when it is: a calendar word (always); a stop word or a
   stop-listed name (``data/geo/stoplist.txt``: news agencies, armed groups, common words); a small
   place whose name is an ordinary English word ("Secretary", "Temple"); a small place that spaCy
   tags as a PERSON or as a non-proper noun, that follows a title ("Mr.", "Gen.") or heads an actor
   ("the Liberal government"), or that starts a longer capitalised name ("Paul Smith", "Bashar
   al-Assad"); matched only by an alternate name or a loose key (unless a big place or spaCy calls
   it a place); a later word inside an organisation name ("BC Hydro"); a sentence-initial word that
   also appears in lower case in the text; a one-word name that a multi-word person name of the
   text contains ("Georgia Stevens" ... "Georgia began skating": one sense per discourse) or that
   a verb of saying sits next to ("said Logan"). Any candidate is dropped when a capitalised
   organisation or street word follows it ("Los Angeles Times", "Hertford Road"; not the place's
   own government bodies, "Queensland Police", which news corpora annotate) or when it is part of a
   code or an amount ("AK-47", "US$"). A name dropped as a person or a common word is kept after
   all inside a list of recognised places ("Moonbi, Parkes, Berry and Wyong").
4. Demonyms and country adjectives ("Syrian", "Turkish") are kept as ``kind="demonym"``; followed by
   an actor noun ("Syrian army", "Iraqi security forces") they are flagged ``actor=True``. Plural
   people nouns ("Americans") are dropped (corpora that annotate demonyms annotate them inside
   institutions' names too: "The Canadian Press", "Syrian Observatory").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..paths import PACKAGE_DATA
from .context import in_location_parens
from .docindex import PosIndex, entities, label_at, pos_at
from .folding import fold
from .gazetteer import Entry, Gazetteer
from .lexicon import (
    ACTOR_NOUNS,
    HARD_STOP,
    INNER_LOWER,
    LGA_AFTER,
    OF_HEADS,
    ORG_HEADS,
    PLACE_NOUNS,
    SAY_VERBS,
    STREET_HEADS,
    STRONG_PREPOSITIONS,
    TITLES,
    joined_actor,
)
from .lists import PAIR_RESCUABLE, entry_heading, rescue_list_members
from .longname import facility_of_another, known_beyond_a_town, longer_name
from .normalize import is_capitalised
from .personctx import named_modifier, not_a_place
from .placed import _placed_words, placed_among  # noqa: F401 (_placed_words: read here by tests)
from .relative import in_own_division
from .rivers import river_named
from .targets import modifier_of_noun, placed_target, span_root, target_position
from .tokens import _TOKEN_RE, Token, Tokens, token_table, tokenize  # noqa: F401 (_TOKEN_RE, tokenize: read here by others)
from .unknown import PEOPLE_NOUNS, ethnonyms

MAX_TOKENS = 9  # tokens in an n-gram, punctuation included ("Bosnia and Herzegovina", "Deir ez - Zor")

_ARTICLES = {"al", "el", "as", "ash", "ad", "ar", "an", "at", "az", "adh", "ath"}
_ENGLISH_ARTICLES = frozenset({"the", "a", "an"})  # a name after one matches only by its own name
_DOT_ABBREVIATIONS = {"St", "Ste", "Ft", "Mt", "Pt", "Sta", "Ave", "Gen", "Is"}
_CONTRACTIONS = {"s", "ve", "d", "ll", "re", "m", "t"}
_JOINERS = {"-", "'", "’", "‘", "."}
#: settlement nouns after a people's name ("Hausa villages", "Uighur towns")
_SETTLEMENTS = frozenset("village villages town towns communities settlements hamlets areas".split())
_DATELINE_AFTER = re.compile(
    r"(?:,\s*(?:[A-Z]{2,}\b|[A-Z][a-z]{0,4}\.)(?:\s+[A-Z][\w.]*){0,2})?\s+(?:\(|—|–|-\s|--)"
)


@lru_cache(maxsize=1)
def stoplist() -> frozenset[str]:
    path = PACKAGE_DATA / "geo" / "stoplist.txt"
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line)
    return frozenset(words)


@lru_cache(maxsize=1)
def _english_stop_words() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # pragma: no cover - spaCy is a dependency
        return frozenset()
    return frozenset(STOP_WORDS)


@dataclass(slots=True)
class Candidate:
    """A recognised toponym span with its gazetteer candidates."""

    start: int
    end: int
    text: str
    entries: list[Entry]
    kind: str = "toponym"  # toponym | demonym
    actor: bool = False  # a demonym that heads an actor ("Syrian army")
    strong: bool = False  # strong place context ("in X", "X province")
    signals: list[str] = field(default_factory=list)
    tok_start: int = 0
    tok_end: int = 0
    label: tuple[int, int, str] | None = None  # the spaCy entity that overlaps it, if any


class Recognizer:
    """Finds toponym candidates in a text with a :class:`Gazetteer`."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self._ngrams: dict[str, list[Entry]] = {}  # the gazetteer's candidates of each n-gram tried

    def find(self, text: str, *, doc: Any = None, spans: list[tuple[int, int]] | None = None) -> list[Candidate]:
        ents = entities(doc)
        if spans is not None:
            return self._given(text, spans)
        if len(self._ngrams) > 200_000:
            self._ngrams.clear()
        words, toks = token_table(text)  # (the tokens made as the rules read them)
        lower = set(filter(str.islower, words))  # words the text writes in lower case
        persons = self._person_words(text, ents)
        pos_index = PosIndex(doc)
        out: list[Candidate] = []
        dropped: list[Candidate] = []
        # the tokens a name may start at: not punctuation nor a lower-case word (as _match_at says)
        starts = [k for k, w in enumerate(words)
                  if (c0 := w[0]).isalnum() and (c0.isupper() or not c0.isalpha() or w.lower() in _ARTICLES)]
        i = 0  # the first token not taken by a name found
        for k in starts:
            if k < i:
                continue
            cand = self._match_at(text, toks, k)
            if cand is None:
                continue
            self._judge(text, toks, cand, ents, pos_index, lower, persons)
            if cand.signals and cand.signals[-1].startswith("drop"):
                if cand.signals[-1] in PAIR_RESCUABLE:
                    dropped.append(cand)
                continue
            self._extend_direction(text, toks, cand, out[-1].end if out else 0)
            out.append(cand)
            i = cand.tok_end
        if dropped and out:
            out = rescue_list_members(text, out, dropped, persons)
        return out

    def _person_words(self, text: str, ents: list[tuple[int, int, str]]) -> frozenset[str]:
        """The words of the multi-word person names of the text ("Georgia Stevens", "Doug Logan"):
        the same word alone elsewhere is that person (one sense per discourse), unless a place
        context or spaCy's place label on a major place says otherwise (see ``_judge``). A "person"
        that is a gazetteer name as a whole is not one."""
        out: set[str] = set()
        for s, e, label in ents:
            if label != "PERSON":
                continue
            parts = [w for w in re.findall(r"[^\W\d_]+", text[s:e]) if is_capitalised(w)]
            words = [w for w in parts if len(w) > 2]
            # an initial counts as a word of the name ("PJ Crowley", "J. Smith"), not as one of its words
            if (
                len(parts) < 2
                or len(words) > 4
                or not words
                or self.gaz.candidates(text[s:e], allow_loose=False)
            ):
                continue
            out.update(words[:1] + words[-1:])
        # a word the text also writes as a place ("in Buffalo") is that place: spaCy's "Buffalo
        # Fire Chief" or "Village Malakal" is no person
        if not out:
            return frozenset()
        placed = placed_among(text, out)
        return frozenset(w for w in out if w not in placed)

    @staticmethod
    def _extend_direction(text: str, toks: Tokens, cand: Candidate, floor: int) -> None:
        """A capitalised direction before a name is part of it ("Western Europe", "Southern
        California", "South East Asian"); the span takes it in, the place stays the named one."""
        k = cand.tok_start - 1
        start = cand.start
        words, ends = toks.words, toks.ends  # (each token's text and end: no token made)
        while (
            k >= 0
            and cand.tok_start - k <= 2
            and ends[k] - len(words[k]) >= floor
            and words[k].lower() in _DIRECTIONS
            and words[k][:1].isupper()
            and not words[k].isupper()
            and text[ends[k] : start] == " "
        ):
            start = ends[k] - len(words[k])
            k -= 1
        if start < cand.start:
            cand.signals.append("direction")
            cand.text = text[start : cand.end]
            cand.start = start
            cand.tok_start = k + 1

    def _people_noun(self, surface: str) -> bool:
        """A plural demonym names people, not a place ("Americans", "Canadians", "Turks")."""
        if len(surface) < 4 or not surface.endswith("s"):
            return False
        return any(e.match == "demonym" for e in self.gaz.candidates(surface[:-1], allow_loose=False))

    # -- matching --------------------------------------------------------------------------------
    def _match_at(self, text: str, toks: Tokens, i: int) -> Candidate | None:
        words, ends = toks.words, toks.ends  # (each token's text and end: no token made)
        first_text = words[i]
        if not first_text[:1].isalnum() or first_text.isdigit():
            return None
        first_end = ends[i]
        first_start = first_end - len(first_text)
        n = len(words)
        c0 = first_text[0]  # (is_capitalised, its first step read inline: a letter decides)
        if not (c0.isupper() if c0.isalpha() else is_capitalised(first_text)):
            # "al-Hol", "el-Arish": a transliterated article joined to a capitalised name
            if not (
                first_text.lower() in _ARTICLES
                and not (i > 0 and words[i - 1][:1].isalnum() and is_capitalised(words[i - 1]))
                and i + 2 < n
                and words[i + 1] == "-"
                and ends[i + 1] - 1 == first_end  # (the hyphen starts where the article ends)
                and is_capitalised(words[i + 2])
            ):
                return None
        best: Candidate | None = None
        lower_run = 0
        prev_text, low, cap = "", "", True  # (each token's text, lower case and capitalisation read once)
        for j in range(i, min(n, i + MAX_TOKENS)):
            t_text = words[j]
            t_end = ends[j]
            t_word = t_text[:1].isalnum()  # (Token.is_word)
            if j > i:
                prev_text = words[j - 1]
                gap = text[ends[j - 1] : t_end - len(t_text)]
                if "\n" in gap or len(gap) > 1:
                    break
                if not t_word and t_text not in _JOINERS:
                    break
                if t_text == "." and not (prev_text in _DOT_ABBREVIATIONS or len(prev_text) == 1):
                    break  # a full stop, not "St." or an initial
                low = t_text.lower()
                if low in _CONTRACTIONS and prev_text in ("'", "’"):
                    # a possessive or contraction ends a name ("Russia's", "I've"), unless a name
                    # goes on after it ("People's Republic of China", "Queen Anne's County")
                    if not (
                        low == "s"
                        and j + 1 < n
                        and text[t_end : ends[j + 1] - len(words[j + 1])] == " "
                        and is_capitalised(words[j + 1])
                    ):
                        break
                if t_word:
                    cap = ct.isupper() if (ct := t_text[0]).isalpha() else is_capitalised(t_text)
                    if not cap and not (prev_text in _JOINERS and not gap):  # not joined to the word before
                        if low not in INNER_LOWER:
                            break
                        lower_run += 1
                        if lower_run > 2:
                            break
                        continue
            if not t_word or (j > i and low == "s" and prev_text in ("'", "’")):
                continue  # no name ends in a possessive
            if j > i and not cap and prev_text not in _JOINERS:
                continue
            surface = text[first_start : t_end]
            end = t_end
            entries = []
            if text[end : end + 1] == "." and not surface.endswith("."):
                dotted = self.gaz.candidates(surface + ".", allow_loose=False)
                if any(e.form and e.form.endswith(".") for e in dotted):
                    entries = [e for e in dotted if e.form and e.form.endswith(".")]
                    end += 1
            if not entries:  # (remembered by the n-gram: an article's names recur, and the next's)
                entries = self._ngrams.get(surface)
                if entries is None:
                    entries = self._ngrams[surface] = self.gaz.candidates(surface, allow_loose=len(fold(surface)) >= 5)
            if entries and j > i and first_text.lower() in _ENGLISH_ARTICLES and text[first_end : first_end + 1] == " ":
                entries = [e for e in entries if e.match == "name"]  # "An Israeli strike": no loose "Israel"
            if entries:
                best = Candidate(first_start, end, text[first_start:end], entries, tok_start=i, tok_end=j + 1)
        if best is not None:
            demonyms = [e for e in best.entries if e.match == "demonym"]
            if demonyms:
                best.kind = "demonym"
                best.entries = demonyms
        return best

    def _given(self, text: str, spans: list[tuple[int, int]]) -> list[Candidate]:
        out = []
        for s, e in spans:
            surface = text[s:e]
            entries = self.gaz.candidates(surface)
            inner = False
            if not entries:
                entries = self._fallback(surface)
            if not entries:
                entries = self._inner_name(surface)
                inner = bool(entries)
            cand = Candidate(s, e, surface, entries, strong=True, signals=["given"])
            if inner:
                cand.signals.append("part of the name")
            if entries and all(x.match == "demonym" for x in entries):
                cand.kind = "demonym"
            out.append(cand)
        return out

    def _fallback(self, surface: str) -> list[Entry]:
        """For a given span with no match: strip "the", possessives, generic words; try the last words."""
        if re.fullmatch(r"[A-Z][a-z]{1,4}", surface):
            got = self.gaz.candidates(surface + ".", allow_loose=False)
            if got:
                return got
        s = re.sub(r"^(?:the|The|THE)\s+", "", surface)
        s = re.sub(r"['’]s$", "", s)
        if s != surface:
            got = self.gaz.candidates(s)
            if got:
                return got
        words = s.split()
        if len(words) > 1 and words[0].lower() in _DIRECTIONS:
            got = self.gaz.candidates(" ".join(words[1:]))
            if got:
                return got
        if len(words) > 1 and words[-1].lower().rstrip(".") in ("co", "cnty"):
            got = self.gaz.candidates(" ".join(words[:-1]) + " County")  # "Plymouth Co."
            if got:
                return got
        if len(words) > 1 and words[-1].lower() in _GENERIC:
            got = self.gaz.candidates(" ".join(words[:-1]))
            if got:
                return got
        return []

    def _inner_name(self, surface: str) -> list[Entry]:
        """The longest run of capitalised words inside an unknown name that is a known place of some
        size ("Greater Toronto Area" -> Toronto, "Da Nang International Airport" -> Da Nang);
        demonyms, ordinary English words and small places are no evidence."""
        words = re.sub(r"['’]s\b", "", surface).split()
        n = len(words)
        for size in range(n - 1, 0, -1):
            for k in range(n - size + 1):
                run = words[k : k + size]
                if not all(is_capitalised(w) for w in run) or all(w.lower() in _NAME_PARTS for w in run):
                    continue
                sub = " ".join(run)
                if size == 1 and (fold(sub) in self.gaz.common_words() or len(sub) < 4):
                    continue
                got = [
                    e
                    for e in self.gaz.candidates(sub, allow_loose=False)
                    if e.match in ("name", "abbr")
                    and (e.population >= 10_000 or e.feature_class == "A" or e.source == "supplement")
                ]
                if got:
                    return got
        return []

    # -- context rules ---------------------------------------------------------------------------
    def _judge(
        self,
        text: str,
        toks: Tokens,
        cand: Candidate,
        ents: list[tuple[int, int, str]],
        doc: Any = None,
        lower: frozenset[str] | set[str] = frozenset(),
        persons: frozenset[str] = frozenset(),
    ) -> None:
        i, j = cand.tok_start, cand.tok_end
        prev = _prev_word(toks, i)
        prev2 = _prev_word(toks, i - 1) if i > 0 else ""
        nxt = toks.words[j] if j < len(toks.words) else ""
        nxt_word = nxt.lower()
        key = fold(cand.text)
        sig = cand.signals
        # "in X", "in the X", "the outskirts of X"
        prep = prev2.lower() if prev.lower() == "the" and i > 1 else prev.lower()
        pre_label = label_at(ents, cand.start, cand.end)
        if (prep in STRONG_PREPOSITIONS or (prev.lower() == "of" and prev2.lower() in OF_HEADS)) and not (
            (prev.lower() == "the" or named_modifier(nxt, pre_label))
            and nxt_word not in PLACE_NOUNS
            and modifier_of_noun(doc, cand.start, cand.end)
        ):  # "in the Obama administration", "between Nato allies": the preposition takes the noun the name modifies
            cand.strong = True
            sig.append("preposition")
        if (nxt_word in PLACE_NOUNS or LGA_AFTER.match(text, cand.end)) and not (
            nxt[:1].isupper() and pre_label is not None and pre_label[1] > cand.end
            and pre_label[2] in ("PERSON", "ORG", "NORP")
        ):  # not "the Tigray People's Liberation Front": a capitalised noun inside a longer name
            cand.strong = True
            sig.append("place noun")
        if not cand.strong and cand.kind != "demonym" and (pre_label is None or pre_label[2] in _TARGET_LABELS):
            # spaCy's place labels keep a name by themselves; a person, organisation, group or building
            # (or no label) may be a town its model does not know; a date or an event is none
            target = target_position(text, toks, cand, prev, prev2)
            if (
                target is not None
                and cand.text.lower() not in lower  # a word the text also writes as a common noun
                and (target == "based" or not modifier_of_noun(doc, cand.start, cand.end))  # "at Church locations"
                # "at Harvard", "from Pfizer", "the attack on Clarin": what a preposition takes that spaCy
                # calls an organisation is one
                and not (target in ("at", "from", "attack on") and pre_label and pre_label[2] == "ORG")
                and placed_target(text, toks, cand, ents, persons)
            ):
                cand.strong = True  # "attacked Palmyra" (spaCy: PERSON), "a Kismayo-based group"
                sig.append(f"target:{target}")
                # a word of place before the name ("captured X" is one) or, for "X-based", after it
                sig.append("place noun" if target == "based" else "preposition")
        elif not cand.strong and cand.kind != "demonym" and pre_label[2] in ("GPE", "LOC") \
                and target_position(text, toks, cand, prev, prev2) in ("object", "at"):
            sig.append("preposition")  # "shelling hit Poonch", "at Pahalgam" (spaCy: GPE) place it too
        if nxt_word == "in" and cand.kind != "demonym" and in_own_division(self.gaz, text, toks, j + 1, cand.entries):
            cand.strong = True  # "Avdiivka in Donetsk oblast": the gazetteer puts it there
            sig.append("in its division")
        if nxt == "," and j + 1 < len(toks) and is_capitalised(toks[j + 1].text):
            sig.append("comma")
        label = cand.label = pre_label  # (the span is the same: label_at read once)
        if label:
            sig.append(f"ner:{label[2]}")
        top = cand.entries[0]
        prominent = any(
            e.is_country
            or e.is_admin1
            or e.feature_code == "CONT"
            or e.population >= 100_000
            or e.source == "supplement"
            for e in cand.entries
        )
        has_next = j < len(toks.words)  # (the next token read from the lists: nxt is its text)
        nxt_joined = has_next and toks.ends[j] - len(nxt) == cand.end
        next_cap = has_next and nxt[:1].isalnum() and is_capitalised(nxt)
        if cand.kind == "demonym":
            if self._people_noun(cand.text):
                sig.append("drop:people noun")  # "Americans", "Canadians"
                return
            if nxt_word in ACTOR_NOUNS or joined_actor(text, cand.end):
                cand.actor = True
                sig.append("actor")
            return
        # inside another name: an organisation or publication ("Los Angeles Times"), a street ("Hertford Road"), a code or currency ("AK-47", "US$")
        if (
            next_cap
            and (nxt_word in ORG_HEADS or nxt_word in STREET_HEADS)
            and text[cand.end : toks[j].start] == " "
        ):
            sig.append("drop:inside an organisation or street name")
            return
        if nxt_joined and (
            toks[j].text == "$" or (toks[j].text == "-" and j + 1 < len(toks) and toks[j + 1].text.isdigit())
        ):
            sig.append("drop:code or currency")
            return
        if why := longer_name(text, cand.start, cand.end, cand.entries, prominent=prominent):
            sig.append(f"drop:{why}")  # "the Wadi al-Shay area", "the Timbuktu Triangle", "Jean-Paul Kambale"
            return
        if facility_of_another(self.gaz, text, cand.start, cand.end, cand.entries):
            sig.append("drop:a facility of another place")  # "Chicago's Midway Airport"
            return
        if why := not_a_place(text, cand, toks, label=label, common=self.gaz.common_words(),
                              stop=_english_stop_words(), prominent=prominent):
            sig.append(f"drop:{why}")  # a photo credit, "his son Tariq", "Salem's funeral" (geo.personctx)
            return
        word_only = cand.tok_end - cand.tok_start == 1
        cased_short = any(e.match == "abbr" and e.form for e in cand.entries)
        line_start = text.rfind("\n", max(0, cand.start - 8), cand.start) + 1 or max(0, cand.start - 8)
        # a dateline opens a line (after any indentation) or, in capitals, follows a headline's
        # full stop on the same line ("... sex assault. BANTAM — A Danbury ...")
        before = text[max(0, cand.start - 200) : cand.start]
        before = before[before.rfind("\n") + 1 :]
        opens = cand.start - line_start <= 2 or not before.strip()
        if not opens and cand.text.isupper() and before.rstrip().endswith((".", "!", "?")):
            opens = True
        if (
            opens
            and (cand.text.isupper() or _DATELINE_AFTER.match(text, cand.end))
            and (_DATELINE_AFTER.match(text, cand.end) or text[cand.end : cand.end + 1] == ",")
        ):
            cand.strong = True
            sig.append("dateline")
        elif entry_heading(text, cand.start, cand.end):
            cand.strong = True  # "- Kupiansk: one man was killed ..."
            sig.append("preposition")
        if key in HARD_STOP:
            sig.append("drop:calendar word")
            return
        if nxt_word in _DISEASE_WORDS and not any(e.is_country for e in cand.entries):
            sig.append("drop:names a disease")  # "Marburg virus", "Hong Kong flu"
            return
        if river_named(text, cand.start, cand.end) and all(e.feature_class == "P" for e in cand.entries):
            sig.append("drop:a river named like a town")  # "from across the Dnipro" (geo.rivers)
            return
        if (
            not cand.strong
            and prep != "at"  # "a ceremony at the White House"
            and any(e.feature_code == "BLDG" and e.source == "supplement" for e in cand.entries)
        ):
            sig.append("drop:a building named for its occupant")  # "the White House said"
            return
        if word_only and key in _DIRECTIONS and next_cap and text[cand.end : toks[j].start] == " ":
            sig.append("drop:direction of a longer name")  # "Southern" in "Southern California"
            return
        if (
            (key in stoplist() or key in _english_stop_words())
            and (len(key) <= 2 or not cand.strong or nxt_word in _GROUP_NOUNS)
            and not cased_short
        ):
            sig.append("drop:stoplist")  # also when strong: "between Fano militia and ..." names a group
            return
        if (
            word_only
            and cand.text.isupper()
            and len(cand.text) <= 3
            and not cased_short
            and not (prominent and top.is_country)
        ):
            sig.append("drop:short caps")
            return
        if label and label[2] == "PERSON" and (not prominent and not cand.strong or (
                (label[0] < cand.start or label[1] > cand.end) and all(e.match == "loose" for e in cand.entries))):
            # also a big place only a loose key matches, inside a longer person's name: "between Bashar al-Assad"
            sig.append("drop:person")
            return
        located = bool(label and label[2] in ("GPE", "LOC", "FAC"))
        if (
            word_only
            and not prominent
            and not cand.strong
            and not located
            and all(e.match in ("alt", "loose") for e in cand.entries)
        ):
            sig.append("drop:alternate name only")
            return
        org_start = label[0] + 4 if label and text[label[0] : label[0] + 4].lower() == "the " else -1
        if (
            label
            and label[2] == "ORG"
            and label[0] < cand.start
            and (org_start != cand.start or (
                label[1] == cand.end and not word_only and all(e.population < 5_000 for e in cand.entries)))
            and not cand.strong
            and not prominent
            and not in_location_parens(text, cand.start, cand.end)  # "(Vurra, Arua)": spaCy's ORG
        ):
            # (also "according to the Red Cross": spaCy's organisation "the X" of several words, a hamlet's name)
            sig.append("drop:inside an organisation name")
            return
        if word_only and len(key) <= 3 and top.match not in ("name", "abbr") and not prominent:
            sig.append("drop:short alternate name")
            return
        if (
            word_only
            and nxt_word in ACTOR_NOUNS | {"party", "platform", "mp", "mps", "caucus"}
            and not prominent
            and not cand.strong
        ):
            sig.append("drop:heads an actor or party")
            return
        if prev == "Operation":  # "Operation Olive Branch", "Operation Euphrates Shield": a name
            sig.append("drop:an operation's name")
            return
        if prev.lower().rstrip(".") in TITLES and not cand.strong:
            sig.append("drop:title")
            return
        if (
            label
            and label[2] == "PERSON"
            and (label[0] < cand.start or label[1] > cand.end)
            and not cand.strong
        ):
            sig.append("drop:person")
            return
        if (
            word_only
            and text.isupper() is False
            and cand.text.isupper()
            and len(cand.text) > 3
            and not prominent
            and "dateline" not in sig
        ):
            sig.append("drop:caps")
            return
        if (
            word_only
            and not cand.strong
            and cand.text in persons
            and not (located_label(label) and any((e.is_country or e.is_admin1 or e.population >= 1_000_000)
                                                  and e.match != "loose" for e in cand.entries))
        ):
            # spaCy's GPE on a bare surname is weak evidence; it counts only for a major place that
            # the name spells as written (not "Muthana" respelt as Al Muthanna)
            sig.append("drop:a person named in the text")
            return
        if not cand.strong and prev.lower() in _ADDRESSEE_VERBS:
            sig.append("drop:the one spoken to")  # "he told Al Jazeera", "told Reuters"
            return
        if (
            word_only
            and not cand.strong
            and nxt_word in _HUMAN_AUX
            and (
                _human_patient(doc, cand.start, cand.end, verbs=_BODILY_VERBS)  # "Victoria was arrested"
                or (
                    not any(e.is_country or e.is_admin1 or e.population >= 1_000_000 for e in cand.entries)
                    and _human_patient(doc, cand.start, cand.end)
                )
            )
        ):
            sig.append("drop:a person the act is done to")  # "Elizabeth was repeatedly subjected to ..."
            return
        if (
            word_only
            and not cand.strong
            and not known_beyond_a_town(cand.entries)
            and (prev.lower() in SAY_VERBS or nxt_word in SAY_VERBS)
            # spaCy's place label does not save a name only a respelling matches ("Buhari said": Bohari)
            and (not located_label(label) or all(e.match in ("alt", "loose") for e in cand.entries))
        ):
            sig.append("drop:speaker")  # "said Logan", "Hartl said"
            return
        national = any(e.is_country or e.is_admin1 or e.feature_code == "CONT" for e in cand.entries)
        if (
            word_only
            and not cand.strong
            and not national
            and label
            and label[2] == "PERSON"
            # "Jackson said"; "said Jackson." (not "said Devon and Cornwall police were ...")
            and (nxt_word in SAY_VERBS or (prev.lower() in SAY_VERBS and nxt[:1] in (",", ".", "")))
            and prev.lower() not in ("of", "in", "at", "from")  # "residents of Jackson said"
        ):
            sig.append("drop:a person who speaks")  # "Jackson said": spaCy's person, a verb of saying
            return
        respelled = all(e.match in ("alt", "loose") for e in cand.entries)
        if (
            word_only
            and not national
            and not (located and prominent)
            and (nxt_word in PEOPLE_NOUNS or nxt_word in _SETTLEMENTS)
            and (
                # "in Hausa villages": a small place only a respelling matches is no place before a plural
                ("preposition" not in sig and ((label and label[2] == "NORP") or cand.text in ethnonyms(text)))
                or (respelled and not prominent and nxt_word in _SETTLEMENTS and nxt_word.endswith("s"))
            )
        ):
            sig.append("drop:a people's name")  # "Hausa villages", "Uighur community"
            return
        if word_only and _sentence_initial(text, toks, i) and not cand.strong and not prominent and not label:
            if cand.text.lower() in lower:
                sig.append("drop:sentence-initial")
                return
        if (
            word_only
            and key in self.gaz.common_words()
            and "preposition" not in sig
            and not national
            and not prominent
            and i > 0
            and is_capitalised(toks[i - 1].text)
            and text[toks[i - 1].end : cand.start] == " "
        ):
            sig.append("drop:an ordinary word inside a longer name")  # "Crescent Conservation Area"
            return
        if (
            word_only
            and key in self.gaz.common_words()
            and not cand.strong
            and not national
            and not (prominent and located)
        ):
            sig.append("drop:ordinary English word")
            return
        nxt_cap = (
            j < len(toks)
            and toks[j].is_word
            and text[cand.end : toks[j].start] == " "
            and nxt_word not in PLACE_NOUNS
            and (
                is_capitalised(toks[j].text)
                or (
                    nxt_word in _ARTICLES and j + 1 < len(toks) and toks[j + 1].text == "-"
                )  # "Bashar al-Assad"
            )
        )
        # spaCy's place label on the first word of a longer name ("Jamal" of "Jamal Khashoggi") does
        # not save a name that only an alternate spelling of a place matches
        alt_only = all(e.match in ("alt", "loose") for e in cand.entries)
        if word_only and nxt_cap and not prominent and not cand.strong and (not located or alt_only):
            sig.append("drop:first word of a longer name")
            return
        pos = (
            doc.at(cand.start, cand.end) if isinstance(doc, PosIndex) else pos_at(doc, cand.start, cand.end)
        )
        if word_only and pos and pos not in ("PROPN",) and not prominent and not cand.strong and not located:
            sig.append(f"drop:pos {pos}")
            return
        if word_only and not cand.strong and not located and all(e.match == "loose" for e in cand.entries):
            sig.append("drop:weak loose match")
            return
        if (
            word_only
            and not prominent
            and not cand.strong
            and cand.text.lower() in lower
            and cand.text.lower() != cand.text
        ):
            sig.append("drop:common word")
            return


#: spaCy's labels of a name that a target position may make a place (``targets.target_position``)
_TARGET_LABELS = frozenset({"PERSON", "ORG", "NORP", "FAC"})


_DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central upper lower northeast northwest "
    "southeast southwest greater inner outer far".split()
)
_DISEASE_WORDS = frozenset(
    "virus viruses ebolavirus flu influenza fever disease strain haemorrhagic hemorrhagic".split()
)
_GENERIC = frozenset("province state county city district region governorate island".split())
#: nouns after a stop-listed name that make it the name of an armed group ("Fano militia", "Wagner fighters")
_GROUP_NOUNS = frozenset("militia militias militiamen fighters rebels insurgents militants forces mercenaries".split())
# generic parts of a name that are no place by themselves
_NAME_PARTS = (
    _DIRECTIONS | _GENERIC | frozenset("area international airport of the and bay park lake".split())
)


#: verbs done only to people: a bare name they are done to is a person ("Elizabeth was raped")
_HUMAN_VERBS = frozenset(
    "rape assault subject torture kidnap abduct arrest detain interrogate jail imprison sentence charge "
    "convict acquit release beat harass threaten rescue marry hospitalise hospitalize".split()
)
_HUMAN_AUX = frozenset({"was", "is", "had", "has", "were", "been"})


#: verbs done to a person's body or liberty, never to a place, however large ("Victoria was arrested";
#: a country may be "threatened" or "charged")
_BODILY_VERBS = frozenset(
    "rape arrest detain kidnap abduct torture interrogate jail imprison hospitalise hospitalize".split()
)


def _human_patient(pos_index: Any, start: int, end: int, *, verbs: frozenset[str] = _HUMAN_VERBS) -> bool:
    """Whether the name is the passive subject of one of ``verbs`` (done only to people)."""
    root = span_root(pos_index, start, end)
    if root is None:
        return False
    return root.dep_ == "nsubjpass" and root.head.lemma_.lower() in verbs


#: verbs whose next name is who was spoken to, not where ("told Al Jazeera", "informed Reuters")
_ADDRESSEE_VERBS = frozenset({"told", "tells", "telling", "informed", "briefed", "interviewed"})


def located_label(label: tuple[int, int, str] | None) -> bool:
    return bool(label and label[2] in ("GPE", "LOC", "FAC"))


def _prev_word(toks: Tokens, i: int) -> str:
    words = toks.words  # (the texts: no token made)
    k = i - 1
    while k >= 0 and not words[k][:1].isalnum():  # (Token.is_word)
        if words[k] in (",", ";", ":", "(", ")", '"', "“", "”"):
            return ""
        k -= 1
    return words[k] if k >= 0 else ""


def _sentence_initial(text: str, toks: Tokens, i: int) -> bool:
    if i == 0:
        return True
    start = toks.ends[i] - len(toks.words[i])  # (toks[i].start, no token made)
    before = text[max(0, start - 12) : start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?\n:"
