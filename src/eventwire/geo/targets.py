"""Names in a target or locative position: where a known town stands even when spaCy reads a person.

spaCy tags many towns of conflict news as people ("Islamic State fighters attacked Palmyra": PERSON).
Recognition drops a small place that spaCy calls a person unless a word of place makes it strong;
:func:`target_position` adds the positions where a place stands that no preposition marks: the
object of a verb of attack, capture or entry ("attacked Palmyra", "overran Kidal"), the target of an
attack noun ("an offensive on Palmyra"), "at" / "from" ("fled from Palmyra"), "X-based". Such a name
is a place only when the gazetteer knows it as a place of some importance (:func:`important_place`)
and nothing says it is a person (:func:`placed_target`): a first name that people commonly bear
(:func:`common_given_name`, from the ``nomquamgender`` name counts, built once into
``cache_dir()/given_names.tsv``) is a place there only when the place is a major one ("attacked
Aden"; not "attacked Ali"); the first word of a longer name, a word of a person or organisation the
text names in full, a name followed by "who" or a person in apposition stay what they are.
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..namedata import cached_table, first_names, write_table
from .docindex import label_at
from .lexicon import PLACE_NOUNS
from .normalize import is_capitalised

if TYPE_CHECKING:
    from .gazetteer import Entry
    from .recognize import Candidate, Token

log = logging.getLogger(__name__)

#: verbs whose object is a place attacked, taken or entered ("attacked Palmyra"); the forms of each
TARGET_VERBS = frozenset(
    f"{stem}{end}"
    for stem, ends in (
        ("attack", ("", "s", "ed", "ing")),
        ("assault", ("", "s", "ed", "ing")),
        ("bomb", ("", "s", "ed", "ing")),
        ("bombard", ("", "s", "ed", "ing")),
        ("raid", ("", "s", "ed", "ing")),
        ("shell", ("", "s", "ed", "ing")),
        ("storm", ("", "s", "ed", "ing")),
        ("besiege", ("", "s", "d")),
        ("besieging", ("",)),
        ("capture", ("", "s", "d")),
        ("capturing", ("",)),
        ("recapture", ("", "s", "d")),
        ("recapturing", ("",)),
        ("seize", ("", "s", "d")),
        ("seizing", ("",)),
        ("enter", ("", "s", "ed", "ing")),
        ("invade", ("", "s", "d")),
        ("invading", ("",)),
        ("overr", ("un", "uns", "an", "unning")),
        ("occup", ("y", "ies", "ied", "ying")),
        ("encircle", ("", "s", "d")),
        ("encircling", ("",)),
        ("surround", ("", "s", "ed", "ing")),
        ("liberate", ("", "s", "d")),
        ("liberating", ("",)),
        ("ret", ("ake", "akes", "ook", "aken", "aking")),
        ("hit", ("", "s", "ting")),
        ("struck", ("",)),
        ("strike", ("", "s")),
        ("striking", ("",)),
        ("target", ("", "s", "ed", "ing")),
        ("pound", ("", "s", "ed", "ing")),
        ("evacuate", ("", "s", "d")),
        ("evacuating", ("",)),
    )
    for end in ends
)
#: the people a place named only by an alternate name must have to count (:func:`important_place`)
ALT_POPULATION = 10_000
#: nouns of an attack whose "on" / "against" names its target ("an offensive on Palmyra")
ATTACK_NOUNS = frozenset(
    "attack attacks assault assaults offensive offensives raid raids strike strikes airstrike airstrikes "
    "bombardment bombing bombings shelling advance push siege march".split()
)
#: prepositions of place that a person's name follows too ("a letter from Ali", "at Smith's"):
#: they place only a known town or division
_LOCATIVE_WEAK = frozenset({"at", "from"})
_BASED = re.compile(r"[-‐‑–]based\b")
#: what follows a person's name, not a place's ("attacked Ali, who ...", "Ali, a shopkeeper")
PERSON_AFTER = re.compile(
    r"\s*(?:,\s*(?:who|whom|whose)\b|,\s*(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:man|woman|boy|girl|child|son|daughter|father|mother|wife|husband|brother|sister|leader|official|"
    r"activist|journalist|lawyer|teacher|student|commander|chief|spokesman|spokeswoman|resident|farmer|"
    r"trader|shopkeeper|driver|politician|candidate|businessman|cleric|preacher|doctor|nurse|member)s?\b|"
    r"['’]s\s+(?:home|house|wife|husband|son|daughter|family|father|mother|brother|sister|car|body)\b)",
    re.IGNORECASE,
)


def important_place(e: Entry) -> bool:
    """A gazetteer place of some importance: a town with people, a division or a country, matched by
    its name, or a town or division of :data:`ALT_POPULATION` people matched by an alternate name
    ("Palmyra" for Tadmur; not "Hand" for Hand County); a transliteration-insensitive key alone is
    too weak."""
    if e.match == "alt":
        return e.population >= ALT_POPULATION
    if e.match not in ("name", "abbr"):
        return False
    if e.feature_class == "P":
        return e.population >= 1000
    return e.is_country or e.feature_code in ("ADM1", "ADM2")


def target_position(text: str, toks: list[Token], cand: Candidate, prev: str, prev2: str) -> str | None:
    """The context that puts a name where a place stands, when no strong word of place does: the
    object of a verb of attack, capture or entry ("attacked Palmyra"), the target of an attack noun
    ("an offensive on Palmyra"), "at" / "from" ("fled from Palmyra"), "X-based"; None otherwise."""
    i = cand.tok_start
    p = prev.lower()
    if _BASED.match(text, cand.end):
        return "based"
    # the word right before the name (no comma between): "attacked Palmyra"
    if i == 0 or not toks[i - 1].is_word:
        return None
    if p in TARGET_VERBS:
        return "object"  # not "entered the White House": a town takes no article
    if p in ("on", "against") and prev2.lower() in ATTACK_NOUNS:
        return "attack on"
    if p == "of" and prev2.lower() == "control":
        return "object"  # "took control of Lalibela", "regained control of Kiwanja"
    if p in _LOCATIVE_WEAK:
        return p
    return None


#: a first name borne at least this many times in the name counts is a common given name
GIVEN_NAME_COUNT = 5000
#: a town this large, a first-level division or a country is the place even when its name is a
#: common first name ("attacked Aden")
MAJOR_POPULATION = 500_000
GIVEN_NAMES = "given_names.tsv"


def build_given_names(path: Path) -> int:
    """Write the first names borne at least :data:`GIVEN_NAME_COUNT` times in ``nomquamgender``'s
    data (MIT; Van Buskirk et al. 2022) to ``path``, one a line; returns how many."""
    return write_table(path, (n for n, count, _ in first_names() if count >= GIVEN_NAME_COUNT))


@functools.cache
def given_names() -> frozenset[str]:
    """The common first names (lower case); built into the cache on first use, empty (every name
    may be a place) when ``nomquamgender`` is not installed."""
    path = cached_table(GIVEN_NAMES, build_given_names, without="a target position places any known town")
    if path is None:
        return frozenset()
    return frozenset(w for w in path.read_text(encoding="utf-8").split() if w)


def common_given_name(name: str) -> bool:
    """Whether ``name`` (one word) is a first name many people bear ("Ali", "Victoria")."""
    return name.lower() in given_names()


def major_place(e: Entry) -> bool:
    """A country, a first-level division or a town of :data:`MAJOR_POPULATION` people or more."""
    return e.is_country or e.is_admin1 or (e.feature_class == "P" and e.population >= MAJOR_POPULATION)


def placed_target(
    text: str,
    toks: list[Token],
    cand: Candidate,
    ents: list[tuple[int, int, str]],
    persons: frozenset[str],
) -> bool:
    """Whether a name in a target or locative position (:func:`target_position`) is the place
    the gazetteer knows rather than a person: a town with people or a division (never a
    namesake matched by a loose key), not the first word of a longer name ("attacked Paris
    Hilton"), not a word of a person the text names in full, not followed by "who" or a person
    in apposition ("attacked Ali, a shopkeeper"), not a common first name unless a major place's
    (:func:`common_given_name`)."""
    if not any(important_place(e) for e in cand.entries):
        return False
    if common_given_name(cand.text) and not any(major_place(e) and e.match != "loose" for e in cand.entries):
        return False  # "attacked Ali": a person, unless the name is a major place's ("attacked Aden")
    label = label_at(ents, cand.start, cand.end)
    if label is not None and (label[1] > cand.end or label[0] < cand.start - 4):
        return False  # spaCy's name runs on beyond the place's ("Paris Hilton", "the Georgia Meloni")
    j = cand.tok_end
    if (
        j < len(toks)
        and toks[j].is_word
        and is_capitalised(toks[j].text)
        and text[cand.end : toks[j].start] == " "
        and toks[j].text.lower() not in PLACE_NOUNS
    ):
        return False
    if any(w in persons for w in cand.text.split()):
        return False
    for s, e, lab in ents:
        # the name is part of a longer organisation's or person's name elsewhere in the text
        # ("the attack on Clarin" ... "Grupo Clarin"): one sense per discourse
        if lab in ("ORG", "PERSON") and e - s > len(cand.text) and not (s < cand.end and cand.start < e):
            if re.search(rf"(?<!\w){re.escape(cand.text)}(?!\w)", text[s:e]):
                return False
    return PERSON_AFTER.match(text, cand.end) is None


def span_root(pos_index: Any, start: int, end: int) -> Any:
    """The syntactic root token of the characters ``start:end`` of the parsed text (None without a
    parse or when the characters fall outside its tokens)."""
    doc = getattr(pos_index, "doc", pos_index)
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else span.root


def modifier_of_noun(pos_index: Any, start: int, end: int) -> bool:
    """Whether the parse makes the name a modifier of a noun after it ("at Church locations", "from
    Hand, foot and mouth disease"), not the object of the word before it."""
    root = span_root(pos_index, start, end)
    if root is None:
        return False
    return root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i > root.i
