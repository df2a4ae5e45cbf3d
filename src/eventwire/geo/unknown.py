"""Toponyms the gazetteer lacks, recognised by their context alone.

A capitalised name is a place when the text says so: "the village of Cellardyke", "the Gondra
district", "Abu Shok refugee camp", "Pulwama's Chandgam village", "in Balintawak, Quezon City"
(followed by a place it lies in). The tagger places such a name at the place named with it ("X, Y",
"Y's X village", "in eastern Congo's North Kivu province": :func:`possessed_division`), else at the
nearest town of the text, else in the division named before it (:func:`division_before`), else at the
document's main place.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ..records import Place, PlaceMention

# (possessive letter runs: what follows a name is a blank or punctuation, so giving letters back never helps;
# the first-letter lookaheads below let the engine skip ahead: the same matches, cheaper)
_NAME = r"[A-Z][a-z][\w’'-]*+(?: (?:[A-Z][a-z]|(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z])[\w’'-]*+){0,2}"
_KINDS = (
    r"(?:villages?|towns?|townships?|city|district|province|region|regency|island|municipality|county|camp|"
    r"suburb|neighbou?rhood)"
)
_NOUNS = (
    r"(?:districts?|provinces?|county|region|state|governorate|area|villages?|town|township|woreda|kebele|"
    r"locality|payam|boma|regency|"
    r"(?:refugee )?camps?|slums?|suburb|neighbou?rhood|sub-?county|division)"
)
_STATE_ADJ = (
    r"media|television|tv|news|agency|agencies|broadcaster|run|owned|controlled|backed|funded|sponsored|"
    r"officials?|security|forces|prosecutors?|secretary|visit|funeral|dinner|of\s+emergency|capture"
)
# a word's first letter, then "no word character before it" ((?<!\w.) after the letter): the same as a
# leading \b, but the engine skips ahead to the letter first (cheaper where the letter is rare)
_NAME_START = _NAME.replace("[A-Z]", r"[A-Z](?<!\w[A-Z])", 1)
_IN_NEAR = r"(?:i(?<!\w.)n|n(?<!\w.)ear) "  # \b(?:in|near)
_OF_RE = re.compile(rf"(?=[tvcdprimsn])\b(?:the )?{_KINDS} of ({_NAME})((?:(?:, | and | or ){_NAME})*)")
# "state" in "Russian state media", "state-run": an adjective, no place noun
_NOUN_RE = re.compile(rf"({_NAME_START})((?: and {_NAME})?) {_NOUNS}\b(?!(?<=state)[ -](?:{_STATE_ADJ})\b)")
_PARENT_RE = re.compile(rf"(?:i(?<!\w.)n|n(?<!\w.)ear|a(?<!\w.)t|f(?<!\w.)rom|;) ({_NAME}), ")
# "in X (Y, Z)", "in X in [southern] Y": a name placed by a preposition, its container after it
_CONTAINER_RE = re.compile(
    rf"{_IN_NEAR}({_NAME}) (\(|in (?:the )?)((?:(?:north|south|east|west|central)\w*(?:[ -]\w+ern)? )?)"
)
# "in X, near the border", "in X, a town in ...", "in X, 40 km north of Y": a name placed by a
# preposition and described as a place right after it
_DESCRIBED_RE = re.compile(
    rf"{_IN_NEAR}({_NAME}), (?:near\b|close to\b|(?:some |about )?\d+ ?(?:km|kilomet|mile)|"
    r"an? (?:[a-z]+ )?(?:town|village|city|locality|commune|hamlet|settlement)\b)"
)
#: the unknown names before a known one inside "(Y, Z)"
_PAREN_LEAD = re.compile(rf"(?:{_NAME}(?: {_NOUNS})?, ){{1,3}}")
_LANGUAGE_LIKE = re.compile(r"[A-Z][a-z]+(?:ish|ese|ic)")
#: the last word of a building's or an institution's name ("Richmond Park in Glasgow")
_FACILITY_HEADS = frozenset(
    "center centre university college school elementary academy hospital clinic institute racecourse park "
    "zoo stadium arena airport station church mosque cathedral museum hotel prison court office market "
    "mall hall club company bank swannery farm factory plant port lake river".split()
)
_LIST_SPLIT = re.compile(r", | and | or ")


def unknown_spans(
    text: str,
    taken: list[tuple[int, int]],
    *,
    is_word: Callable[[str], bool],
    places: list[tuple[int, int]],
) -> list[tuple[int, int, bool]]:
    """Spans ``(start, end, has_parent)`` of names that the context makes places, outside ``taken``.

    ``is_word(name)`` says a one-word name is an ordinary word or a stop word (no place);
    ``places`` are the spans of recognised places and relative phrases (an "X, Y", "X (Y)" or "X in
    [eastern] Y" needs Y among them).
    """
    found: dict[tuple[int, int], bool] = {}
    peoples: list[frozenset[str]] = []  # the text's ethnonyms, read at the first name that needs them

    def add(start: int, name: str, parent: bool = False) -> None:
        end = start + len(name)
        if any(s < end and start < e for s, e in taken) or name.endswith(("'s", "’s")):
            return
        if not peoples:
            peoples.append(ethnonyms(text))
        if name in peoples[0]:  # "Uighur villages" where the text also writes "Uighurs" / "Uighur Muslims"
            return
        if " " not in name and (is_word(name) or _sentence_initial(text, start) or english_word(name)):
            return
        if _COMPOUND_RE.search(name):  # "Democratic-leaning area", "Kurdish-led district"
            return
        found[(start, end)] = found.get((start, end), False) or parent

    for m in _OF_RE.finditer(text):
        add(m.start(1), m.group(1))
        pos = m.end(1)
        for part in _LIST_SPLIT.split(m.group(2))[1:] if m.group(2) else []:
            k = text.find(part, pos)
            if k >= 0:
                add(k, part)
                pos = k + len(part)
    for m in _NOUN_RE.finditer(text):
        poss = _POSSESSIVE_RE.search(m.group(1))
        if poss is not None and not m.group(2):
            # "In Pulwama's Chandgam village": the village is the name after the possessive
            add(m.start(1) + poss.end(), m.group(1)[poss.end() :])
            continue
        if _PLURAL_SETTLEMENTS_RE.match(text, m.end(2)) and " " not in m.group(1) and not m.group(2):
            continue  # "Uighur villages", "Hausa communities": one name before a plural names a people
        if m.group(2):
            add(m.start(1), m.group(1))
            name2 = m.group(2)[len(" and ") :]
            add(m.start(2) + len(" and "), name2)
        else:
            add(m.start(1), m.group(1))
    for m in _DESCRIBED_RE.finditer(text):
        if m.group(1).rsplit(" ", 1)[-1].lower() not in _FACILITY_HEADS:
            add(m.start(1), m.group(1))
    starts = {s for s, _ in places}
    for m in _PARENT_RE.finditer(text):
        if m.end() in starts:
            add(m.start(1), m.group(1), parent=True)
    for m in _CONTAINER_RE.finditer(text):
        if m.group(1).rsplit(" ", 1)[-1].lower() in _FACILITY_HEADS or _LANGUAGE_LIKE.fullmatch(m.group(1)):
            continue  # "Richmond Park in Glasgow", "in Kurdish in Turkey"
        if m.end(2) in starts or m.end(3) in starts:
            add(m.start(1), m.group(1))
        elif m.group(2) == "(" and any(
            0 < st - m.end(2) <= 80 and _PAREN_LEAD.fullmatch(text, m.end(2), st) for st in starts
        ):
            add(m.start(1), m.group(1))  # "in X (Y county, Z)" with Y unknown too, Z a known place
    return sorted((s, e, p) for (s, e), p in found.items())


#: the plural settlement nouns after one name that make it a people's name, not a place's
_PLURAL_SETTLEMENTS_RE = re.compile(r" (?:villages|towns|townships|communities|settlements|areas|hamlets)\b")
#: nouns of a people after a name ("Uighur Muslims", "Fulani herdsmen", "Hausa community")
PEOPLE_NOUNS = frozenset(
    "people peoples community communities minority minorities muslims christians herders herdsmen "
    "farmers militia militias militiamen fighters youths tribe tribes tribesmen clan clans elders "
    "population language activists diaspora refugees women men families".split()
)
# (a capital first, then "no word character before it": the same as a leading \b, but the engine skips
# ahead to the next capital; the people nouns written into the pattern: the same names, no Python test)
_PEOPLE_AFTER_RE = re.compile(
    rf"([A-Z](?<!\w[A-Z])[a-z]{{2,}}) (?:{'|'.join(sorted(PEOPLE_NOUNS))})\b"
)
_ETHNIC_BEFORE_RE = re.compile(r"\bethnic ([A-Z][a-z]{2,})\b")
_CAPITALISED_RE = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{2,}\b")


@functools.lru_cache(maxsize=4)
def ethnonyms(text: str) -> frozenset[str]:
    """Names the text uses for a people: followed by a people noun ("Uighur Muslims", "Fulani
    herdsmen"), after "ethnic" ("ethnic Hausa"), or written in the plural as well ("Uighurs")."""
    out = set(_PEOPLE_AFTER_RE.findall(text))
    if "ethnic " in text:
        out.update(_ETHNIC_BEFORE_RE.findall(text))
    words = set(_CAPITALISED_RE.findall(text))
    out.update(w[:-1] for w in words if w.endswith("s") and w[:-1] in words)
    return frozenset(out)


#: A possessive word inside a name ("Pulwama's " of "Pulwama's Chandgam"): the name proper follows it.
_POSSESSIVE_RE = re.compile(r"^(?:.* )?[\w-]+[’']s ")
_COMPOUND_RE = re.compile(r"-(?:leaning|led|backed|based|held|controlled|run|owned|majority|dominated)\b", re.I)


@functools.lru_cache(maxsize=1)
def english_lower() -> frozenset[str]:
    """The lower-case words of the ``english-words`` web2 list (ordinary English words; also read by
    :mod:`eventwire.truecase`)."""
    return frozenset(w for w in _web2() if w.islower())


@functools.lru_cache(maxsize=1)
def _web2() -> frozenset[str] | set[str]:
    """The ``english-words`` web2 list as it comes (letters only)."""
    try:
        from english_words import get_english_words_set
    except ImportError:
        return frozenset()
    return get_english_words_set(["web2"], alpha=True, lower=False)


def english_word(name: str) -> bool:
    """True for a one-word name that is an ordinary English word ("Republican", "Western"): a
    name the gazetteer lacks needs more than a following noun to be a place then."""
    low = name.lower()
    # (in :func:`english_lower`, read without making it: a lower-case word of the list)
    return low.islower() and low in _web2()


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?\n:"


#: A capitalised word after a place that goes on with a longer name ("U.S. Central Command"), not a
#: weekday or a month ("in Moura, Mali Thursday"); or a compound modifier the place begins ("Nova
#: Kakhovka, Moscow-installed officials said": no container).
NAME_GOES_ON = re.compile(
    r" (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)[A-Z][a-z]+|[-‑][a-z]"
)


def possessed_division(text: str, mentions: list[PlaceMention], pm: PlaceMention) -> PlaceMention:
    """The division ``pm``'s possessive names ("in eastern Congo's North Kivu province": North Kivu),
    else ``pm``."""
    if not text.startswith(("'s ", "’s "), pm.end):
        return pm
    nxt = next((m for m in mentions if m.start == pm.end + 3 and m.kind != "demonym"), None)
    code = nxt.place.feature_code or "" if nxt is not None and nxt.place is not None else ""
    return nxt if nxt is not None and code in ("ADM1", "ADM2") else pm


#: How far before a name the gazetteer lacks the division it is placed in may be named (characters).
DIVISION_WINDOW = 600


def division_before(text: str, mentions: list[PlaceMention], start: int, *, country: str | None) -> Place | None:
    """The province or district (of ``country``) named last within :data:`DIVISION_WINDOW`
    characters before ``start``, when the document has a main country (not one that begins a longer
    name: "the West Papua National Liberation Army")."""
    if country is None:
        return None
    for pm in reversed(mentions):
        if pm.end > start:
            continue
        if start - pm.end > DIVISION_WINDOW:
            return None
        p = pm.place
        if p is None or pm.kind == "demonym" or p.iso != country or "not in the gazetteer" in (p.reason or ""):
            continue
        if NAME_GOES_ON.match(text, pm.end):
            continue
        if p.feature_code in ("ADM1", "ADM2"):
            return p
    return None


#: what follows a dateline's place ("BAMAKO, Mali (AFP) -", "KYIV (AP) -", "GOMA, Congo -")
_DATELINE_TAIL = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s*(?:\([^()\n]{1,30}\)\s*)?(?:-|—|–|--)")


def capital_dateline(text: str, pm: PlaceMention) -> bool:
    """Whether ``pm`` is a national capital written as a dateline ("BAMAKO, Mali (AFP) -"): where the
    report was filed, no neighbour of a village the report names."""
    if pm.place is None or pm.place.feature_code != "PPLC":
        return False
    if pm.start > 0 and text[pm.start - 1] != "\n":
        return False
    return bool(_DATELINE_TAIL.match(text, pm.end))


_QUARTER_OF = re.compile(r"\s+(?:neighbou?rhoods?|quarters?|districts?)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?[A-Z]")


_QUARTER_NOUN = re.compile(r"\s+(?:neighbou?rhood|quarter|suburb)\b")


def quarter_named(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is named as a quarter ("Guayaquil's Socio Vivienda
    neighbourhood"): inside a city the text names with it, the event is coded to the city itself."""
    return bool(_QUARTER_NOUN.match(text, end))


def quarter_of(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is a quarter of the town named next ("the Mezzeh
    neighbourhood of Damascus"): an event there is coded to the town itself (ACLED precision 1)."""
    return bool(_QUARTER_OF.match(text, end))

