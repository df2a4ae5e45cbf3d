"""Places in lists: the gaps that join the members of a list of names ("Moonbi, Parkes, Berry and
Wyong"), and the rescue of a member the recogniser dropped as a person or a common word; likewise a
town named after a placed division's possessive ("in Kurram district's Parachinar", "in Bajaur's Khar":
spaCy calls them persons); the second of two coordinated names of one country ("in Baniyas and Jableh");
a bulletin entry's heading ("- Kupiansk: one man was killed ...")."""

from __future__ import annotations

import re
from typing import Any

#: The gap between two members of a list of names: a comma, "and" / "or", a semicolon.
LIST_GAP = re.compile(r",\s*|,?\s+(?:and|or)\s+|\s*;\s*")
#: The gap of two coordinated names: "Sanaa and Hodeidah", "Baniyas or Jableh".
_PAIR_GAP = re.compile(r"\s+(?:and|or)\s+")
#: What a list member may have been dropped as (a pair member may also have been dropped for a weak spelling).
LIST_RESCUABLE = frozenset({"drop:person", "drop:ordinary English word", "drop:common word"})
PAIR_RESCUABLE = LIST_RESCUABLE | {"drop:weak loose match", "drop:alternate name only"}
#: A bulletin entry's heading: a bullet opening a line, then the name, then a colon ("- Kupiansk: one man ...").
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-*\u2022\u2023\u25aa\u25cf\u00b7\u2013\u2014][ \t]*$")


def entry_heading(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` heads a bulletin entry: a bullet before it opens its line and a
    colon follows it ("- Kupiansk: one man was killed", "\u2022 Sumy: ...")."""
    return text[end : end + 1] == ":" and _BULLET_BEFORE.search(text, max(0, start - 8), start) is not None


#: A place's possessive before a name inside it: "'s ", " district's ", " province's ".
_POSSESSIVE_GAP = re.compile(r"(?: (?:district|province|state|region|county|governorate|agency))?['’]s ")


def rescue_list_members(
    text: str, out: list[Any], dropped: list[Any], persons: frozenset[str]
) -> list[Any]:
    """A name dropped as a person or a common word is a place after all when it stands in a list
    with recognised places ("Moonbi, Parkes, Berry and Wyong", "East Providence and Barrington")."""
    kept = _pairs(text, sorted(out, key=lambda c: c.start), dropped, persons)
    dropped = [d for d in dropped if d.signals[-1] in LIST_RESCUABLE]
    every = [(c.start, c.end) for c in kept + dropped]
    gap = LIST_GAP.fullmatch
    changed = True
    while changed:
        changed = False
        spans = [(c.start, c.end) for c in kept if c.kind == "toponym"]
        for d in dropped:
            if "list member" in d.signals or d.text in persons:
                continue
            if any(s < d.end and d.start < e for s, e in ((c.start, c.end) for c in kept)):
                continue
            # (the gap read in place, not copied out: the pattern has no anchor nor look-around)
            left_place = any(e <= d.start and gap(text, e, d.start) for s, e in spans)
            right_place = any(d.end <= s and gap(text, d.end, s) for s, e in spans)
            left_any = any(e <= d.start and gap(text, e, d.start) for s, e in every)
            right_any = any(d.end <= s and gap(text, d.end, s) for s, e in every)
            # inside a list (a member on each side), next to at least one recognised place
            if (left_place and right_any) or (right_place and left_any):
                d.signals.append("list member")
                kept.append(d)
                kept.sort(key=lambda c: c.start)
                changed = True
    return _possessed(text, kept, dropped)


def _pairs(text: str, kept: list[Any], dropped: list[Any], persons: frozenset[str]) -> list[Any]:
    """``kept`` plus the second of two coordinated names whose first is a place by its context, when the
    gazetteer puts both in one country ("in Baniyas and Jableh": spaCy calls Jableh a person; "hit Sanaa
    and Hodeidah": Hodeidah is matched only by a loose spelling)."""
    for d in dropped:
        if d.signals[-1] not in PAIR_RESCUABLE or d.text in persons:
            continue
        if any(s < d.end and d.start < e for s, e in ((c.start, c.end) for c in kept)):
            continue
        for c in kept:
            if (c.kind == "toponym" and c.strong and c.end < d.start and _PAIR_GAP.fullmatch(text, c.end, d.start)
                    and any(e.cc and any(o.cc == e.cc for o in c.entries) for e in d.entries)):
                d.signals.append("list member")
                kept.append(d)
                kept.sort(key=lambda c: c.start)
                break
    return kept


def _possessed(text: str, kept: list[Any], dropped: list[Any]) -> list[Any]:
    """``kept`` plus the dropped towns named right after the possessive of a placed place of the same
    country ("in Kurram district's Parachinar"): a town of that division, whatever spaCy called it."""
    for d in dropped:
        if "s " not in text[max(0, d.start - 3) : d.start] or "list member" in d.signals or any(
                s < d.end and d.start < e for s, e in ((c.start, c.end) for c in kept)):
            continue  # (the gap ends "'s ": checked first, it rules out nearly every name)
        for c in kept:
            if (c.kind == "toponym" and c.strong and c.end < d.start and _POSSESSIVE_GAP.fullmatch(text, c.end, d.start)
                    and any(e.feature_class == "P" and e.cc and any(o.cc == e.cc for o in c.entries)
                            for e in d.entries)):
                d.signals.append("place noun")  # placed by its container, as "X town" would be
                kept.append(d)
                kept.sort(key=lambda c: c.start)
                break
    return kept
