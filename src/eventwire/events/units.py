"""ACLED's unit of an event: one actor pair, one place, one day.

A sentence can state several such units. :func:`split_places` copies a report once per coordinated
place ("attacked positions in Taiz and Marib") and day ("shelled Idlib on Monday and Tuesday"), the
toll split evenly. :func:`clause_groups` cuts a sentence into its coordinated main clauses when a
later clause tells an act of its own day or place ("On Saturday militants attacked a police station
in Peshawar, and on Sunday they ambushed a convoy in Bannu, killing five soldiers"): each such clause
is a report of its own, with its own date, place and fatalities. :func:`gapped_cut` finds a second
toll whose verb is left out ("killed two soldiers in Bamenda on Sunday and two more in Buea on
Monday"). :func:`subordinate_acts` finds an act told under "after" / "following" ("police cordoned
off the market after a bomb exploded near a mosque"), :func:`fresh_act` says whether it is told for
the first time ("after a bomb exploded", not "after the attack" nor "after years of war") and
:func:`main_clause_of` gives the clause it is told under.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from ..dayshift import sentence_shift
from ..records import DateMention, DateValue, EventReport, Fatalities, PlaceMention
from ..timex import iso_day as _iso_day
from .clause import verb_above
from .words import doc_deps, doc_heads, doc_pos, tokens_with


def copy_date(d: DateValue, text: str | None) -> DateValue:
    return DateValue(value=d.value, precision=d.precision, text=text if text is not None else d.text, reason=d.reason,
                     year=d.year)


def split_places(report: EventReport, doc: Any, mentions: list[PlaceMention],
                 dates: Sequence[DateMention] = (), *, text: str | None = None) -> list[EventReport]:
    """ACLED's unit is one place and one day: "attacked government positions in Taiz and Marib" is
    two events, "shelled Idlib on Monday and Tuesday" too. The report keeps its place and day (the
    first day of a range of days, "between 3 and 5 May"); one copy per other coordinated place
    ("X and Y", "X, Y and Z", never "between X and Y") and per other coordinated day (or day of the
    range) is returned, and a toll given for all of them is split evenly (remainder to the first),
    with a note. ``mentions`` and ``dates``: the place and date mentions of the report's sentence;
    ``text``: the article's text (``doc.text`` when not given, which spaCy rebuilds on every call)."""
    if doc is None:
        return []
    places = [report.location] if report.location is not None else [None]
    loc = report.location
    if loc is not None and loc.place is not None and (loc.kind in ("toponym", "region") or _named_as(loc)):
        places += _coordinated(doc, loc, [m for m in mentions if m.place is not None
                                          and (m.kind == loc.kind or _named_as(m) or _named_as(loc)
                                               and m.kind == "toponym")
                                          and m.place.geonameid != loc.place.geonameid
                                          and not _encloses(m.place, loc.place)],
                               key=lambda m: m.place.geonameid)
    days: list[DateValue] = [report.date]
    own = next((d for d in dates if d.text == report.date.text and d.date is not None
                and d.date.value == report.date.value), None)
    ranged = (_day_range(doc.text if text is None else text, own)
              if own is not None and report.date.precision == 1 else [])
    if ranged:
        # "between 3 and 5 May": one event per day of the range, the first day the report's
        days = ranged
        report.date = ranged[0]
    elif own is not None and report.date.precision == 1:
        days += [copy_date(d.date, d.text) for d in _coordinated(
            doc, own, [d for d in dates if d.date is not None and d.date.precision == 1
                       and d.date.value != report.date.value], key=lambda d: d.date.value)]
    n = len(places) * len(days)
    if n == 1:
        return []
    each = respective_tolls(report.evidence.text, len(places)) if len(days) == 1 else None
    if each is not None:
        return _respective(report, places, each)
    total = report.fatalities.count or 0
    share, rest = divmod(total, n)
    parts = []
    if len(places) > 1:
        parts.append("place (" + ", ".join(m.text for m in places if m is not None) + ")")
    if len(days) > 1:
        parts.append("day (" + ", ".join(d.value or "" for d in days) + ")")
    note = "split: one event per " + " and ".join(parts) + (f"; {total} fatalities split evenly" if total else "")
    report.notes.append(note)
    fat = report.fatalities
    if total:
        report.fatalities = Fatalities(share + rest, fat.text, fat.claimed_by)
    out = []
    for k, (place, day) in enumerate((p, d) for d in days for p in places):
        if k == 0:
            continue
        out.append(replace(report, location=place, date=day, notes=list(report.notes),
                           fatalities=Fatalities(share, fat.text, fat.claimed_by),
                           assoc_actor_1=list(report.assoc_actor_1), assoc_actor_2=list(report.assoc_actor_2)))
    return out


_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)"
#: "killed 3 and 4 people respectively", "killed six, four and two respectively": one figure per place, in order.
_RESPECTIVE_RE = re.compile(rf"\b({_NUM}(?:\s*,\s*{_NUM})*\s*,?\s+and\s+{_NUM})\b(?=[^.;]*\brespectively\b)", re.I)


def respective_tolls(sentence: str, n: int) -> list[int] | None:
    """The ``n`` figures a sentence gives "respectively" to its ``n`` places, in order (None: not so told)."""
    if "respectively" not in sentence.lower():
        return None
    from .fatalities import parse_number

    for m in _RESPECTIVE_RE.finditer(sentence):
        figures = [parse_number(w) for w in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1))]
        if len(figures) == n and all(f is not None for f in figures):
            return [int(f) for f in figures if f is not None]
    return None


def _respective(report: EventReport, places: list[Any], each: list[int]) -> list[EventReport]:
    """One report per place with its own figure ("Attacks in Kech and Kohlu killed 3 and 4 people
    respectively"); ``report`` becomes the first place's (the places in the order the text names them)."""
    order = sorted(range(len(places)), key=lambda i: places[i].start if places[i] is not None else 0)
    fat = report.fatalities
    note = "split: one event per place (" + ", ".join(places[i].text for i in order if places[i] is not None) + \
        "), each with its own figure (respectively)"
    report.notes.append(note)
    out = []
    for k, i in enumerate(order):
        if k == 0:
            report.location, report.fatalities = places[i], Fatalities(each[0], fat.text, fat.claimed_by)
            continue
        out.append(replace(report, location=places[i], notes=list(report.notes),
                           fatalities=Fatalities(each[k], fat.text, fat.claimed_by),
                           assoc_actor_1=list(report.assoc_actor_1), assoc_actor_2=list(report.assoc_actor_2)))
    return out


#: "between 3 and", "from 3 to", "3-", "3 to" right before a day-month date: its range's first day;
#: a bare "3 and" (group 5: "on 3 and 5 May") lists two days, not a range.
_RANGE_BEFORE = re.compile(r"(?:\bbetween\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+and|\bfrom\s+(\d{1,2})\s+(?:to|until|till)|"
                           r"\b(\d{1,2})\s*(?:-|\u2013|to)|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:-|\u2013|to)|"
                           r"\b(\d{1,2})(?:st|nd|rd|th)?\s+and)\s*$")
#: The longest range of days split into one event per day; a longer one is a campaign summarised.
MAX_RANGE_DAYS = 7


def _day_range(text: str, own: DateMention) -> list[DateValue]:
    """The days of a range that ends at the date mention ``own`` ("between 3 and 5 May", "from 3 to
    5 May", "3-5 May"): one day value each, in order, with the range's text; [] when the mention is
    no range's end or runs backwards; a range longer than :data:`MAX_RANGE_DAYS` is its month alone
    (precision 3). Two days joined by a bare "and" ("on 3 and 5 May") are those two days. ``text``:
    the text the mention's offsets index."""
    d = own.date
    if d is None or not d.value or d.precision != 1:
        return []
    m = _RANGE_BEFORE.search(text[max(0, own.start - 24) : own.start])
    if m is None:
        return []
    first = int(next(g for g in m.groups() if g is not None))
    try:
        end = dt.date.fromisoformat(d.value[:10])
        start = end.replace(day=first)
    except ValueError:
        return []
    n = (end - start).days + 1
    said = text[own.start - len(m.group(0)) : own.end].strip()
    if m.group(5) is not None:
        # "on 3 and 5 May": the two days named, not the days between them
        if n < 2:
            return []
        first_day, last_day = copy_date(d, said), copy_date(d, said)
        first_day.value = start.isoformat()
        return [first_day, last_day]
    if n > MAX_RANGE_DAYS:
        # "between 1 and 20 April": no day nor week is known, the month is (ACLED's precision 3)
        month = copy_date(d, said)
        month.value, month.precision = start.replace(day=1).isoformat(), 3
        return [month]
    if n < 2:
        return []
    out = []
    for k in range(n):
        day = copy_date(d, said)
        day.value = (start + dt.timedelta(days=k)).isoformat()
        out.append(day)
    return out


_NAMED_AS = re.compile(r"^(?:the )?(?:villages?|towns?|cit(?:y|ies)|districts?|areas?|localit(?:y|ies)|"
                       r"communit(?:y|ies)|neighbou?rhoods?|settlements?) of ", re.IGNORECASE)


def _named_as(m: PlaceMention) -> bool:
    """A relative mention that is the place itself ("the villages of Bokkos"), not a relation to it
    ("between Aleppo and Idlib", "40 km from Palmyra")."""
    return m.kind == "relative" and _NAMED_AS.match(m.text) is not None


def _encloses(outer: Any, inner: Any) -> bool:
    """Whether ``outer`` is the country or a division that holds ``inner`` ("Mogadishu, Somalia",
    "Aleppo, Syria", "Kaduna, Kaduna State"): a qualifier of the same place, never a second one."""
    if outer.iso is None or outer.iso != inner.iso:
        return False
    code = outer.feature_code or ""
    if code.startswith("PCL"):
        return True
    return code.startswith("ADM") and outer.name in (inner.admin1, inner.admin2)


def _coordinated(doc: Any, first: Any, others: list[Any], *, key: Any) -> list[Any]:
    """The mentions among ``others`` (with ``.start``/``.end``) that the parse coordinates with
    ``first`` ("X and Y", "X, Y and Z"), one per ``key``; none after "between"."""
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None:
        return []
    root = span.root
    if any(t.lower_ == "between" for t in (root.head, root.head.head)):
        return []
    by_token = {}
    for m in others:
        ms = doc.char_span(m.start, m.end, alignment_mode="expand")
        if ms is not None:
            for t in ms:
                by_token.setdefault(t.i, m)
    out: list[Any] = []
    seen = {key(first)}
    conj = [c for t in span for c in t.conjuncts]  # "on Monday and Tuesday": the noun, not the "on"
    if root.dep_ == "pobj" and root.head.dep_ == "prep":  # "in Peshawar and in Mardan": the second "in"'s noun
        conj += [o for p in root.head.conjuncts if p.dep_ in ("conj", "prep") for o in p.children if o.dep_ == "pobj"]
    for t in conj:
        m = by_token.get(t.i)
        if m is not None and key(m) not in seen:
            seen.add(key(m))
            out.append(m)
    return out


def _conj_top(tok: Any) -> Any:
    """The first conjunct of a chain of coordinated verbs ("attacked ..., and ambushed ...")."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def clause_segments(sent: Any, trigger: Any) -> tuple[list[tuple[int, int]], int]:
    """The coordinated main clauses of ``sent`` around the one that holds ``trigger``: a list of
    (start, end) token indices that cover the sentence, in order, and the index of the trigger's.
    A clause starts at the left edge of a verb coordinated with the trigger's clause verb (or with
    the sentence root); one segment when there is no such verb."""
    if trigger is None:
        return [(sent.start, sent.end)], 0
    doc = sent.doc
    heads, deps, pos = doc_heads(doc), doc_deps(doc), doc_pos(doc)  # the parse as tables: no token per word
    anc = {trigger.i}
    i = trigger.i
    while heads[i] != i:  # the trigger's ancestors
        i = heads[i]
        anc.add(i)

    def conj_top(i: int) -> int:  # _conj_top on the tables
        while deps[i] == "conj" and heads[i] != i:
            i = heads[i]
        return i

    verbs = ("VERB", "AUX")
    conjs = [i for i in range(sent.start, sent.end)
             if deps[i] == "conj" and pos[i] in verbs and pos[heads[i]] in verbs]  # verbs coordinated with a verb
    root = sent.root.i
    tops = {root}
    for i in conjs:
        top = conj_top(i)
        if top in anc or top == root:
            tops.add(top)
    cuts = []
    for i in conjs:
        if conj_top(i) in tops:
            t = doc[i]
            edge = t.left_edge.i
            before = next((doc_t for doc_t in reversed(sent.doc[sent.start : edge]) if not doc_t.is_punct), None)
            if before is None or before.dep_ != "cc":
                continue  # "arrested X, she was assaulted ...": a comma splice is no coordinated act
            if t.head.i < edge and (not cuts or edge > cuts[-1]):
                cuts.append(edge)
    bounds = [sent.start, *cuts, sent.end]
    segs = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1) if bounds[k] < bounds[k + 1]]
    home = next((k for k, (a, b) in enumerate(segs) if a <= trigger.i < b), 0)
    return segs, home


def own_day_or_place(doc: Any, seg: tuple[int, int], report: EventReport, places: Sequence[PlaceMention],
                     dates: Sequence[DateMention]) -> bool:
    """Whether the clause ``seg`` names a day or a place of its own, other than the report's: a
    date mention with another value, or a specific place that is not the report's (nor holds it,
    nor is held by it)."""
    a, b = doc[seg[0]].idx, doc[seg[1] - 1].idx + len(doc[seg[1] - 1])
    for d in dates:
        if a <= d.start and d.end <= b and d.date is not None and d.date.value and d.date.value != report.date.value:
            return True
        if a <= d.start and d.end <= b and d.date is not None and d.date.year and not d.date.value and any(
                o.date is not None and o.date.year and o.date.year != d.date.year and not a <= o.start < b
                for o in dates):
            return True  # "In 2022, an ambush near X killed 11 soldiers, and in 2023 militants killed eight in Y"
    loc = report.location.place if report.location is not None else None
    for m in places:
        if not (a <= m.start and m.end <= b) or m.place is None or m.kind not in ("toponym", "relative"):
            continue
        if (m.place.feature_code or "").startswith(("PCL", "ADM1")):
            continue  # a country or a province qualifies more than it places
        if loc is None or (m.place.geonameid != loc.geonameid and not _encloses(m.place, loc)
                           and not _encloses(loc, m.place)):
            return True
    return False


def clause_groups(
    doc: Any, sent: Any, trigger: Any, report: EventReport, *, places: Sequence[PlaceMention],
    dates: Sequence[DateMention], is_event: Callable[[Any], bool],
) -> tuple[list[Any], int]:
    """The spans of ``sent`` that are events of their own (one per day and place) and the index of
    the one that holds ``trigger``. A coordinated clause with a day or place of its own
    (:func:`own_day_or_place`) that ``is_event`` types as an event starts a unit; a clause without
    either goes with the unit before it. ``[sent], 0`` when the sentence is one unit."""
    segs, home = clause_segments(sent, trigger)
    if len(segs) == 1:
        return [sent], 0

    def unit(k: int) -> bool:
        span = _trimmed(doc, segs[k])
        return span is not None and own_day_or_place(doc, segs[k], report, places, dates) and is_event(span)

    starts = sorted({0, home} | {k for k in range(len(segs)) if k not in (0, home) and unit(k)})
    if len(starts) > 1 and home != 0 and not unit(0):
        del starts[1]  # a first clause without a day or place of its own goes with the next unit
    elif (len(starts) > 1 and home == 0 and not _has_subject(doc, segs[starts[1]])
          and not _names_day_or_place(doc, segs[0], places, dates)):
        # "shot dead two villagers and set fire to houses in Jiribam district on Monday night": a verb
        # of the same subject, the day and place told once after both, is one act (ACLED: one event
        # per actor pair, day and place)
        del starts[1]
    if len(starts) == 1:
        return [sent], 0
    bounds = [*starts, len(segs)]
    spans = [_trimmed(doc, (segs[bounds[n]][0], segs[bounds[n + 1] - 1][1])) for n in range(len(starts))]
    if any(x is None for x in spans):
        return [sent], 0
    home_i = max(n for n, s in enumerate(starts) if s <= home)
    return spans, home_i


def _names_day_or_place(doc: Any, seg: tuple[int, int], places: Sequence[PlaceMention],
                        dates: Sequence[DateMention]) -> bool:
    """Whether the clause ``seg`` names any day or place ("killed 11 people in Maru on Sunday")."""
    a, b = doc[seg[0]].idx, doc[seg[1] - 1].idx + len(doc[seg[1] - 1])
    return any(a <= m.start and m.end <= b for m in (*places, *dates))


def _has_subject(doc: Any, seg: tuple[int, int]) -> bool:
    """Whether the clause ``seg`` names a subject of its own ("and on Sunday they ambushed ..."); True
    when no verb conjoined to one before it heads the clause."""
    a, b = seg
    verbs = [t for t in doc[a:b] if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and not a <= t.head.i < b]
    return not verbs or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for v in verbs for c in v.children)


def _trimmed(doc: Any, seg: tuple[int, int]) -> Any:
    """The span of a clause without its edge punctuation and conjunctions (", and")."""
    a, b = seg
    while a < b and (doc[a].is_punct or doc[a].dep_ == "cc" or doc[a].is_space):
        a += 1
    while b > a and (doc[b - 1].is_punct or doc[b - 1].dep_ == "cc" or doc[b - 1].is_space):
        b -= 1
    if b - a < 2:
        return None
    return doc[a:b]


def gapped_cut(sent: Any, trigger: Any) -> tuple[Any, Any] | None:
    """A second toll with its verb left out: "killed two soldiers in Bamenda on Sunday and two more in
    Buea on Monday", "killed three people in Kaduna on Monday and four in Zaria on Tuesday". Returns
    (the home clause, the gapped clause) as spans, the gapped one starting at its number; None when
    the sentence has no such "and <number>" after the trigger."""
    if trigger is None or trigger.lemma_.lower() not in KILLING:
        return None
    doc = sent.doc
    for t in sent:
        if t.i <= trigger.i or t.dep_ != "cc" or t.i + 1 >= sent.end:
            continue
        num = doc[t.i + 1]
        prev = next((x for x in reversed(doc[sent.start : t.i]) if not x.is_punct), None)
        if not (num.like_num or num.pos_ == "NUM") or prev is None or prev.like_num:
            continue  # "between 10 and 15" is one range
        home, gap = _trimmed(doc, (sent.start, t.i)), _trimmed(doc, (num.i, sent.end))
        if home is not None and gap is not None and trigger.i < t.i:
            return home, gap
    return None


KILLING = frozenset("kill slay murder massacre execute behead".split())


#: Words that open a subordinate phrase or clause telling an act before the main one ("fled their
#: homes after clashes between the army and rebels", "protested following an air strike that killed
#: ten civilians").
SEQUENCE_WORDS = frozenset("after following".split())


def subordinate_acts(sent: Any, trigger: Any) -> list[Any]:
    """The spans of ``sent`` that tell an act of their own under the main clause: a phrase or clause
    opened by "after" / "following" ("after clashes between the army and rebels near Goma", "after
    militants stormed a school") that does not hold ``trigger`` (the main decision's cue). Returned
    in order, never overlapping; empty when there is none."""
    out: list[Any] = []
    doc = sent.doc
    for t in tokens_with(sent, lowers=SEQUENCE_WORDS):
        if t.lower_ not in SEQUENCE_WORDS or (out and t.i < out[-1].end):
            continue
        if t.dep_ == "mark" and t.head.pos_ in ("VERB", "AUX"):
            top = t.head  # "after militants stormed a school": the clause it opens
        elif t.dep_ in ("prep", "acl", "advcl", "xcomp") and any(c.dep_ in ("pobj", "dobj") for c in t.children):
            # "after clashes between ...", "following an air strike that killed ..." ("following" as
            # a verb: "fled following a roadside blast", which the parse may make its open complement)
            top = t
        else:
            continue
        a, b = top.left_edge.i, top.right_edge.i + 1
        a = max(a, t.i)
        if trigger is not None and a <= trigger.i < b:
            continue  # the main act itself is told in the phrase
        span = _trimmed(doc, (a + 1, b))
        if span is not None and span.start >= sent.start and span.end <= sent.end:
            out.append(span)
    return out


#: Determiners and quantifiers that introduce an act the text tells for the first time ("after a bomb
#: exploded", "following two blasts", "after several grenades were thrown"); "the attack" refers back.
_NEW_DETERMINERS = frozenset("a an another two three four several multiple many numerous some".split())
#: Nouns of a length of time or of many acts: "after years of war", "after a campaign of intense
#: bombardment", "after a wave of attacks" tell a period, not one act told for the first time.
_DURATION_NOUNS = frozenset(
    "years year months month weeks week days decades decade hours campaign campaigns series wave waves spate "
    "string period history cycle".split()
)


def _act_noun(span: Any) -> Any:
    """The noun that names the act of a subordinate span: the subject of its clause ("after a bomb
    exploded": bomb) or the object of "after"/"following" ("following a roadside blast": blast);
    None when there is none (or it is a pronoun: "after he was released")."""
    root = span.root
    if root.pos_ in ("VERB", "AUX"):
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj if subj is not None and subj.pos_ != "PRON" else None
    return root if root.pos_ in ("NOUN", "PROPN") else None


def fresh_act(span: Any) -> bool:
    """Whether a subordinate span (:func:`subordinate_acts`) tells an act for the first time: the
    noun that names it comes with an indefinite or counting word ("after a bomb exploded near a
    mosque", "following a roadside blast that targeted a convoy", "after two grenades were thrown");
    not an act referred back to ("after the attack") nor a length of time ("after years of war")."""
    noun = _act_noun(span)
    if noun is None or noun.lemma_.lower() in _DURATION_NOUNS or noun.lower_ in _DURATION_NOUNS:
        return False
    return any(c.dep_ in ("det", "nummod", "amod") and c.lower_ in _NEW_DETERMINERS for c in noun.children)


def main_clause_of(sent: Any, span: Any) -> Any:
    """The main clause of ``sent`` around a subordinate span: the words before its "after" /
    "following" ("Traders demonstrated in Mardan | after a grenade was thrown ..."), else those after
    the span ("After a bomb exploded, | hundreds protested ..."); None when neither holds two words."""
    doc = sent.doc
    opener = span.start - 1
    while opener > sent.start and doc[opener].lower_ not in SEQUENCE_WORDS:
        opener -= 1
    before = _trimmed(doc, (sent.start, opener)) if opener > sent.start else None
    if before is not None:
        return before
    return _trimmed(doc, (span.end, sent.end)) if span.end < sent.end else None


#: Lengths of time short enough that an act told "<length> after/before" another is news of its own:
#: the days between them (a day: 1; hours: the same day).
CLOSE_UNITS = {"day": 1, "hour": 0, "hours": 0, "minute": 0, "minutes": 0}
_ONE = frozenset("a an the one single".split())


def close_in_time(trigger: Any) -> tuple[int, Any] | None:
    """Whether the act of ``trigger`` is told a short time from another act of the sentence ("a day
    after demonstrators stoned police cars", "hours after rioters torched a police station", "a day
    before gunmen attacked ..."): (the days between them, negative when the act is the later one;
    the phrase's opening word), or None when it is not, when the length is longer (a week, months)
    or when the clause it hangs on tells no act ("the protest comes a day after ...")."""
    if trigger is None:
        return None
    h = verb_above(trigger)
    if h.pos_ not in ("VERB", "AUX"):
        return None
    marks = [c for c in h.children if c.dep_ == "mark" and c.lower_ in ("after", "before", "following")]
    marker = marks[0] if marks else (h.head if h.dep_ == "pcomp" and h.head.lower_ in ("after", "before") else None)
    if marker is None:
        return None
    lengths = [c for c in (*marker.children, *h.children) if c.dep_ == "npadvmod"]
    if len(lengths) != 1 or lengths[0].lower_ not in CLOSE_UNITS:
        return None
    length = lengths[0]
    if length.lower_ == "day" and not any(c.dep_ in ("det", "nummod") and c.lower_ in _ONE for c in length.children):
        return None
    governor = h.head if h.dep_ != "pcomp" else marker.head
    if governor.i == h.i or governor.lemma_.lower() in ("come", "be", "happen", "occur"):
        return None  # "the protest comes a day after ...": the phrase measures the news from the act
    days = CLOSE_UNITS[length.lower_]
    return (days if marker.lower_ != "before" else -days), marker


def in_phrase(doc: Any, dm: Any, marker: Any) -> bool:
    """Whether the date mention ``dm`` is said inside the phrase that ``marker`` opens."""
    top = marker.head if marker.dep_ == "mark" else marker
    a, b = doc[top.left_edge.i].idx, doc[top.right_edge.i].idx + len(doc[top.right_edge.i])
    return a <= dm.start and dm.end <= b and dm.start >= marker.idx


def story_shift(sentence: str) -> int | None:
    """Days back from the act told before that a sentence opening "A day earlier, ...", "Two days later,
    ...", "The next day, ..." dates its own act to (negative: later); None when it opens otherwise (or
    "a day after the attack": a phrase with its own anchor). The phrases and their counts are
    :mod:`eventwire.dayshift`'s, as in the time stage."""
    return sentence_shift(sentence, opening=True)


def shifted_day(date: DateValue, days: int) -> DateValue:
    """A copy of ``date`` moved ``days`` back when it is a day (the act told "a day after" the one the
    sentence dates); a plain copy otherwise."""
    day = _iso_day(date.value)
    out = copy_date(date, date.text)
    if day is None or date.precision != 1 or not days:
        return out
    out.value = (day - dt.timedelta(days=days)).isoformat()
    return out


#: Places where people live or gather: an armed doer's attack on one told under "after" is an attack
#: of its own ("troops were deployed after rebels attacked a village near Goma").
POPULATED_PLACES = frozenset(
    """village villages town towns city market markets settlement settlements hamlet hamlets community
    communities neighbourhood neighborhood neighbourhoods neighborhoods""".split()
)
#: Words that make a camp one of people who fled ("a camp for displaced people", "an IDP camp").
DISPLACED_WORDS = frozenset("displaced idp idps refugee refugees".split())


def populated_target(patient: Any, span: Any, doer_text: str | None, *, other_clause: bool = False) -> bool:
    """Whether an act told under the main clause (``span``) is a named doer's attack on a populated
    place ("after rebels attacked a village", "after gunmen stormed a market", "after militants
    attacked a camp for displaced people"): its ``patient`` is such a place, said in the phrase, and
    the words of its doer (``doer_text``) are said in the phrase too, not taken from another clause
    (``other_clause``)."""
    if patient is None or not span.start <= patient.i < span.end or not doer_text or other_clause:
        return False
    lem = patient.lemma_.lower()
    camp = lem in ("camp", "camps") and any(t.lower_ in DISPLACED_WORDS for t in patient.subtree)
    if not (camp or lem in POPULATED_PLACES or patient.lower_ in POPULATED_PLACES):
        return False
    return doer_text in span.text
