"""Places named as no act's scene: an origin in a compound modifier ("the Norway-based Iran Human
Rights") or the country across a border ("near the border with Nigeria"); a place the gazetteer does not
know, which is no reason to take the dateline's city (:func:`unknown_place`)."""

from __future__ import annotations

import re
from typing import Any

from ..records import PlaceMention
from .words import span_ents

_MODIFIER_AFTER_RE = re.compile(r"-(?:based|owned|registered|flagged|headquartered|born|made|funded)\b")
#: the prefix of a stance toward a country ("pro-Israel", "anti-American")
_STANCES = ("pro-", "anti-")
_BORDER_BEFORE_RE = re.compile(r"\b(?:border|borders|frontier)\s+with\s+(?:neighbou?ring\s+)?$", re.I)


def not_a_scene(text: str, m: PlaceMention) -> bool:
    """A place named as no act's scene: the origin in a compound modifier ("the Norway-based Iran
    Human Rights", "a U.S.-owned ship") or the country across a border ("stormed Zeleved, near the
    border with Nigeria": the village is not in Nigeria) or a stance ("a pro-Israel activist", "an
    anti-Russia rally": for or against the country, not in it)."""
    if _MODIFIER_AFTER_RE.match(text, m.end) or text[max(0, m.start - 5) : m.start].lower().endswith(_STANCES):
        return True
    return m.kind != "relative" and _BORDER_BEFORE_RE.search(text, max(0, m.start - 40), m.start) is not None


_HEADING_AFTER_RE = re.compile(r"[ \t]*(?:district|province|region|state|county|city|town)?[ \t]*:[ \t]")
#: a paragraph that opens on a heading of one to three capitalised words and a colon
_HEADED_PARAGRAPH_RE = re.compile(r"(?m)^(?:[-*\u2022\u2013\u2014\u00b7\u25aa\u25cf\u25ba][ \t]+)?"
                                  r"[A-Z][\w'-]*(?:[ \t][A-Z][\w'-]*){0,2}:[ \t]")
#: a bullet and the spaces after it, before an entry's heading ("- Kharkiv: ...")
_BULLET_RE = re.compile(r"[-*\u2022\u2013\u2014\u00b7\u25aa\u25cf\u25ba][ \t]+")


def entry_heading(text: str, mentions: list[PlaceMention], start: int) -> PlaceMention | None:
    """The place that heads an entry of a bulletin or a round-up ("Bannu: militants attacked the police
    station ..."): it opens the sentence at ``start``, at the start of a paragraph that is not the text's
    first, a colon follows it, and the paragraph before or after it opens the same way (a list of entries).
    A headline's "Belarus: ..." or a dateline's "Islamabad: ..." opens the text once: no such heading;
    nor is a country, or a dateline in capitals ("PESHAWAR: ...")."""
    if start == 0 or text[start - 1] != "\n":
        return None
    bullet = _BULLET_RE.match(text, start)
    first = bullet.end() if bullet is not None else start
    for m in mentions:
        if (m.start != first or m.text.isupper() or m.place is None
                or (m.place.feature_code or "").startswith("PCL") or not _HEADING_AFTER_RE.match(text, m.end)):
            continue
        if _next_to_headed(text, start):
            return m
    return None


def _next_to_headed(text: str, start: int) -> bool:
    """The paragraph before the one at ``start``, or the one after it, opens on a heading too."""
    before_end = text[:start].rstrip()
    prev = before_end.rfind("\n") + 1 if before_end else -1
    if prev > 0 and _HEADED_PARAGRAPH_RE.match(text, prev):
        return True  # (the text's first line, a headline, does not count)
    end = text.find("\n", start)
    if end < 0:
        return False
    nxt = end
    while nxt < len(text) and text[nxt] in "\n \t\r":
        nxt += 1
    return nxt < len(text) and _HEADED_PARAGRAPH_RE.match(text, nxt) is not None


#: the prepositions of a place where an act happened ("in Gumuruk", "near Kpeta")
_LOCATIVE_PREPS = frozenset("in near at around outside".split())


def unknown_place(sent: Any, mentions: list[PlaceMention]) -> bool:
    """``sent`` names where it happened by a place the gazetteer does not know ("In Gumuruk, 20 people were
    killed"): a place entity after a locative preposition that no place mention covers. Such a sentence is
    not at the dateline's city (which the gazetteer knows): the story's place told before is nearer."""
    for ent in span_ents(sent):
        if ent.label_ not in ("GPE", "LOC") or ent.root.head.lower_ not in _LOCATIVE_PREPS:
            continue
        if not any(m.start < ent.end_char and ent.start_char < m.end for m in mentions):
            return True
    return False
