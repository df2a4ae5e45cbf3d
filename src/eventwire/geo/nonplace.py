"""Names that are no places after all, judged once the document's places are resolved.

Recognition keeps a one-word name that matches a gazetteer entry unless its own context says
otherwise. Some such names are a person, a company or a product that a small place happens to
share ("Pegasus" spyware and Pegasus, New Zealand; "Morrice" and Morrice, Michigan; "Google" and
an old alternate name of Topeka). Once the whole document is resolved, a one-word name is dropped
(every mention of it) when:

* no mention of it has place context: a place noun after it, a dateline, "X, Y" on either side, a
  division noun, a relative phrase ("40 km east of X"), a list next to a major place (a country, a
  first-level division, a city; or a list member recognition rescued), or a preposition
  of place right before it (not before a longer capitalised name: "in the Pegasus Scandal") in at
  least one mention of four; and
* what it resolves to is a *minor* place: a populated place, spot, feature or second-level
  division (no country, first-level division, capital or curated place) of fewer than
  :data:`MINOR_POPULATION` people, or one named only by an alternate or transliterated spelling
  (under :data:`ALT_POPULATION`); and
* nothing local supports the choice (another place of the document nearby, "X, Y", the division it
  lies in named in the text, the dateline's division); and
* either spaCy calls the name (or a longer name that holds it) a person, organisation, product,
  work, nationality, event or law and never a place, or not even the document's countries
  support it (the choice rests on its prior alone).

No names are listed: the rule reads only the document.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .context import in_location_parens
from .folding import fold
from .lists import LIST_GAP
from .origins import named_as_origin
from .recognize import Candidate
from .relative import Relative
from .resolve import _LOCAL_REASONS, Mention

MINOR_POPULATION = 50_000
ALT_POPULATION = 1_000_000
LABELLED_POPULATION = 10_000  # a name spaCy calls a person or an organisation: dropped even in its country
NON_PLACE_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP", "EVENT", "LAW", "LANGUAGE"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_ORG_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})
#: how alike (difflib's ratio) a name and a place's own name are when one respells the other
_LIKE = 0.5
# "X in Y" ("within Y") places a name less surely than "X, Y" does ("Smith in Texas")
_LOCAL = (*(r for r in _LOCAL_REASONS if r != "within "), "a candidate of another name lies near it")
_SUPPORT = ("document places in", "dateline country")
_PLACED_SIGNALS = (
    "given",
    "dateline",
    "place noun",
    "list member",
)  # "given": a span the caller says is a place
_NEXT_NAME = re.compile(r"[ \t]+[A-Z]")
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_POSSESSIVE = re.compile(r"['’]s\Z")


def names_not_places(
    text: str,
    cands: list[Candidate],
    mentions: list[Mention],
    rels: list[Relative | None],
) -> set[int]:
    """Indices (into ``cands`` / ``mentions``, which run in parallel) of the mentions to drop."""
    # "X, Y" makes both names places; "X in Y" does not ("Smith in Texas")
    parents = {m.parent for m in mentions if m.parent is not None and not m.in_parent}
    # so do "X (Y)", "X village in Y district", "X locality, Y": Y holds a place
    parents.update(j for m in mentions for j in m.containers if not mentions[j].text.isupper())
    groups: dict[str, list[int]] = {}
    for k, c in enumerate(cands):
        # one word: one token, or a hyphenated word ("Al-Shabaab")
        if c.kind != "toponym" or (c.tok_end - c.tok_start != 1 and not _HYPHENATED.fullmatch(c.text)) \
                or "direction" in c.signals:
            continue
        groups.setdefault(fold(c.text), []).append(k)
    drop: set[int] = set()
    for idxs in groups.values():
        placed = [
            _placed(text, cands[k], mentions[k], rels[k], k in parents)
            or _in_a_list(text, cands, mentions, k)
            for k in idxs
        ]
        place_label = nonplace_label = False
        for k in idxs:
            kind = _label_kind(text, cands[k])
            place_label |= kind == "place"
            nonplace_label |= kind == "other"
        not_a_place = nonplace_label and not place_label
        # only another place's alternate name, and spaCy calls it an organisation or a product, never a
        # place ("an email from Google", an old alternate name of Topeka): a preposition does not make it
        # one (spaCy's "person" on a town, "attacked Palmyra", is too common to count here)
        alt_only = not_a_place and any(
            cands[k].label is not None and cands[k].label[2] in _ORG_LABELS for k in idxs) and all(
            mentions[k].chosen is None or _another_name(mentions[k].text, mentions[k].chosen) for k in idxs)
        # a preposition is weak evidence for a name used many times without one ("between
        # Pegasus and ..." once in forty mentions of the spyware); any other place context is enough
        if "strong" in placed or (not alt_only and placed.count("preposition") * 4 >= max(4, len(idxs))):
            continue
        for k in idxs:
            m = mentions[k]
            e = m.chosen
            if e is None or not _minor(e) or any(r in m.reason for r in _LOCAL):
                continue
            if not any(r in m.reason for r in _SUPPORT) or (
                not_a_place and (e.population < LABELLED_POPULATION or alt_only)
            ):
                drop.add(k)
    return drop


def _another_name(name: str, e) -> bool:
    """Whether ``e`` matched ``name`` only by an alternate name unlike its own ("Google" for Topeka), not
    by a respelling of it ("Derna" for Darnah, "Kostiantynivka" for Kostyantynivka)."""
    if e.match not in ("alt", "loose"):
        return False
    return SequenceMatcher(None, fold(name), fold(e.name)).ratio() < _LIKE


def _placed(text: str, c: Candidate, m: Mention, rel: Relative | None, is_parent: bool) -> str | None:
    """What in this mention's own context makes it a place: "strong", "preposition" or None."""
    if rel is not None or (m.parent is not None and not m.in_parent) or is_parent or m.admin_hint:
        return "strong"
    if any(s in c.signals for s in _PLACED_SIGNALS) or in_location_parens(text, c.start, c.end):
        return "strong"
    # "in X" (not "in the X Scandal", where the preposition is the longer name's); "a man from X"
    if ("preposition" in c.signals and not _NEXT_NAME.match(text, c.end)) or named_as_origin(text, c.start):
        return "preposition"
    return None


def _in_a_list(text: str, cands: list[Candidate], mentions: list[Mention], k: int) -> str | None:
    """ "strong" when the name stands in a list next to a major place ("the Zaire, Bundibugyo,
    Cote d'Ivoire and Sudan strains")."""
    for j, gap in ((k - 1, (k - 1, k)), (k + 1, (k, k + 1))):
        if not 0 <= j < len(cands):
            continue
        a, b = cands[gap[0]], cands[gap[1]]
        e = mentions[j].chosen
        if e is not None and not _minor(e) and LIST_GAP.fullmatch(text, a.end, b.start):
            return "strong"
    return None


def _label_kind(text: str, c: Candidate) -> str | None:
    """ "place" when spaCy labels the name itself a place, "other" when it labels the name or a
    longer name holding it something else, None otherwise."""
    label = c.label
    if label is None:
        return None
    if label[2] in NON_PLACE_LABELS:
        return "other"
    if label[2] not in PLACE_LABELS:
        return None
    span = text[label[0] : label[1]]
    if span[:4].lower() == "the ":
        span = span[4:]
    span = _POSSESSIVE.sub("", span)
    return "place" if span == c.text else None


def _minor(e) -> bool:
    """A small populated place, spot or local division, or one named only by a variant spelling."""
    if e.is_country or e.is_admin1 or e.source == "supplement" or e.feature_code in ("PPLC", "CONT"):
        return False
    if e.feature_class not in ("P", "S", "T", "H", "L", "V", "A"):
        return False
    if e.population < MINOR_POPULATION:
        return True
    return e.match in ("alt", "loose") and e.population < ALT_POPULATION
