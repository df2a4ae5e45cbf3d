"""Tolls listed place by place with their verb left out: "Five soldiers were killed in North Waziristan,
four policemen in Bannu and two in Lakki Marwat"; "In Kpeta, nine people were killed; in Tori, five".

:func:`units.gapped_cut` finds the last toll after "and"; :func:`gapped_cuts` finds the ones before it too,
each after a comma or a semicolon, a number opening it ("..., four policemen in Bannu") or a place phrase
and a comma before its number ("; in Tori, five"). Each is a toll of the same act and actors at a place or
day of its own: ACLED codes one event per place and day (the extractor checks that each has one).
"""

from __future__ import annotations

from typing import Any

from .units import KILLING, gapped_cut

#: the entity labels of a place or a day, which a gapped toll after a comma must have (or a proper noun)
PLACE_OR_DAY = frozenset(("GPE", "LOC", "FAC", "DATE", "TIME"))
#: the prepositions that open a gapped toll's place before its number ("; in Tori, five")
PLACE_PREPS = frozenset("in at near around outside".split())


#: words after a number that make it no toll ("20 km from Gusau", "10 of them")
NOT_TOLL = frozenset("km kilometres kilometers miles metres meters percent % years days hours minutes of".split())


def _number(tok: Any) -> bool:
    """A count of people: a number that is no date, distance or share ("12 March", "20 km")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return ((tok.like_num or tok.pos_ == "NUM") and tok.ent_type_ in ("", "CARDINAL")
            and (nxt is None or nxt.lower_ not in NOT_TOLL))


def _comma_gap(span: Any, trigger: Any) -> tuple[Any, Any, Any] | None:
    """The last toll of ``span`` after a comma or semicolon past ``trigger``: (home, gap, its number)."""
    doc = span.doc
    for t in reversed(span):
        if t.i <= trigger.i or t.text not in (",", ";") or t.i + 2 >= span.end:
            continue
        nxt, prev = doc[t.i + 1], doc[t.i - 1]
        if prev.like_num or prev.is_punct:
            continue  # "between 10, 15 and 20", ",,"
        num = None
        semi = next((x for x in doc[max(span.start, t.i - 7) : t.i] if x.text == ";"), None)
        if t.text == "," and semi is not None and doc[semi.i + 1].lower_ in PLACE_PREPS:
            continue  # the comma of "; in Tori, five": the semicolon opens that toll
        if _number(nxt) and nxt.i + 1 < span.end and not doc[nxt.i + 1].like_num:
            num = nxt  # ", four policemen in Bannu"
        elif t.text == ";" and nxt.lower_ in PLACE_PREPS:
            # "; in Tori, five": the place phrase, a comma, the number
            comma = next((x for x in doc[nxt.i : min(nxt.i + 7, span.end)] if x.text == ","), None)
            if comma is not None and comma.i + 1 < span.end and _number(doc[comma.i + 1]):
                num = doc[comma.i + 1]
        if num is not None and any(x.ent_type_ in PLACE_OR_DAY or x.pos_ == "PROPN" for x in doc[t.i + 1 : span.end]):
            return doc[span.start : t.i], doc[t.i + 1 : span.end], num
        if num is not None:
            return None  # ("..., three of them officers, and two more in Buea": no toll of a place of its own)
    return None


def gapped_cuts(sent: Any, trigger: Any) -> tuple[Any, list[tuple[Any, Any]]] | None:
    """The home clause of ``sent`` and its gapped tolls in text order, each (span, number token); None
    when the sentence lists none after ``trigger`` (a killing verb)."""
    first = gapped_cut(sent, trigger)
    home, gaps = sent, []
    if first is not None:
        home, gaps = first[0], [(first[1], first[1].doc[first[1].start])]
    elif trigger is None or trigger.lemma_.lower() not in KILLING:
        return None
    for _ in range(6):  # a list of a few places at most
        cut = _comma_gap(home, trigger)
        if cut is None:
            break
        home = cut[0]
        gaps.insert(0, (cut[1], cut[2]))
    return (home, gaps) if gaps else None
