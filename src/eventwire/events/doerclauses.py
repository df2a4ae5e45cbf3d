"""Acts told again to say who someone is or when something befell them: a clause that names a person by an
act the article told before, or a passive time clause of the act with no doer ("while being arrested").

"Gunmen shot dead a journalist in Kano on Saturday. ... His widow asked the police to arrest those who
killed him.", "... a carjacking at a petrol station in Dayton on Friday. Police believe a man involved in
the carjacking was the same person who robbed a bank": the clause ("who killed him", "involved in the
carjacking") does not tell a new act, it points at a person through the act the news is about.
:mod:`eventwire.events.lifepast` leaves such clauses alone (they are no person's history); each was
coded as an event of its own, a duplicate of the act told before.

:func:`doer_clause` finds the clause when the extractor builds a report (its note,
:data:`NOTE_DOER_CLAUSE`): a relative clause whose subject is its relativizer ("those who killed him",
"the man who attacked the shop") on a pronoun, a determiner, a doer noun or a person, or a participle of
suspicion on a noun ("a man involved in a shooting", "the suspect wanted for the killing"); or a passive
time clause with neither a subject nor a doer of its own ("the crew had identified themselves while being
arrested": the main clause's subject is not the doer, :data:`NOTE_TIME_CLAUSE`).
:func:`fold_doer_clauses`, after the merge, folds a noted report into the latest act told in an earlier
sentence of the same sub-event type whose victims, place, day and doer it can share (the act keeps its
evidence and its own toll, and notes the report's as a second telling, as the merge does: the clause's toll
may be another act's, "the same person who killed a deputy").

Near-misses that stay events: a clause on a person with no act told before it (the only telling: "Police
arrested a man who attacked a shop" is the news), another kind of act ("gunmen who kidnapped a pastor"
after a shooting), another town ("the man who shot a deputy in Salem" after a shooting in Dayton),
another day the clause tells, other victims, a doer the text names that is not the act's, or a sentence that
tells another act ("In a separate attack, a trader died after being shot").
"""

from __future__ import annotations

from typing import Any

from ..records import EventReport
from .lifepast import DOER_NOUNS, PERSON_NOUNS, PERSON_RELATIVIZERS, SUSPICION_VERBS, _clause_of, _timed
from .merging import _absorb
from .retellings import _ANOTHER_RE, inherits_place
from .roles import NOTE_OTHER_CLAUSE_ACTOR
from .sameness import place_key, same_actor, within

#: The note the extractor puts on a report whose act is told in a clause that names a person by it.
NOTE_DOER_CLAUSE = "act told in a clause naming a person by it"
#: The suffix of that note when the clause tells no time of its own (the report's day is not the clause's).
UNTIMED = " (no time of its own)"
#: Relativizers of an active relative clause on a person ("those that attacked", "the men who shot").
RELATIVIZERS = PERSON_RELATIVIZERS | {"that"}
#: The note on a report whose act is a passive time clause with no doer of its own ("while being arrested").
NOTE_TIME_CLAUSE = "act told as the time of another act"
#: Words that open such a time clause.
TIME_MARKS = frozenset("while when as after upon".split())
#: The note on the act that took such a report in.
NOTE_FOLDED = "told again in a clause naming a person by it at"


def _doer_head(noun: Any) -> bool:
    """``noun`` can be a doer the clause names by its act: a pronoun or a determiner ("those who", "anyone
    who"), a doer noun ("the gunmen who") or a person ("the same person who", "a man who")."""
    lemma = noun.lemma_.lower()
    return (noun.pos_ == "PRON" or noun.tag_ == "DT" or lemma in DOER_NOUNS or noun.lower_ in DOER_NOUNS
            or lemma in PERSON_NOUNS or noun.lower_ in PERSON_NOUNS)


def doer_clause(trig: Any) -> str | None:
    """The note of an act told in a clause that names a person by it (see the module's note), or None:
    an active relative clause on a doer ("those who killed him"), a participle of suspicion on a noun
    ("a man involved in a shooting") or a passive time clause with no doer ("while being arrested"). The
    note says when the clause tells no time of its own."""
    if trig is None or trig.doc is None:
        return None
    if _time_clause(trig):
        clause, note = trig, NOTE_TIME_CLAUSE
    else:
        clause, note = _clause_of(trig), NOTE_DOER_CLAUSE  # (lifepast's cheap climb: most acts are in no such clause)
        if clause is None or clause.head.i == clause.i or not _names_doer(clause):
            return None
    timed = _timed(trig.doc[clause.left_edge.i: clause.right_edge.i + 1])
    return note + ("" if timed else UNTIMED)


def _names_doer(clause: Any) -> bool:
    """``clause`` names a person by the act it tells: an active relative clause on a doer ("those who
    killed him") or a participle of suspicion on a noun ("a man involved in a shooting")."""
    if clause.lemma_.lower() in SUSPICION_VERBS and clause.dep_ == "acl":
        return True  # "a man involved in a shooting", "the suspect wanted for the killing"
    return clause.dep_ == "relcl" and _doer_head(clause.head) and any(
        c.dep_ == "nsubj" and c.lower_ in RELATIVIZERS for c in clause.children)


def _time_clause(trig: Any) -> bool:
    """``trig`` is the verb of a passive time clause with no subject and no doer of its own: "while being
    arrested", "after being detained" (not "when he was arrested", "after being shot by soldiers")."""
    if trig.dep_ not in ("advcl", "pcomp") or trig.tag_ != "VBN":
        return False
    kids = list(trig.children)
    if not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in kids):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in kids):
        return False
    mark = next((c for c in kids if c.dep_ == "mark"), None)
    word = mark.lower_ if mark is not None else (trig.head.lower_ if trig.dep_ == "pcomp" else "")
    return word in TIME_MARKS


def _noted(r: EventReport) -> str | None:
    return next((n for n in r.notes if n.startswith((NOTE_DOER_CLAUSE, NOTE_TIME_CLAUSE))), None)


def _unnamed_doer(r: EventReport) -> bool:
    """``r``'s doer is none the clause names: none, the default unidentified group, or one of another clause."""
    return r.actor1 is None or any(n.startswith(("perpetrator not named", NOTE_OTHER_CLAUSE_ACTOR)) for n in r.notes)


def _same_place(act: EventReport, r: EventReport) -> bool:
    """``r`` names no place of its own, ``act``'s, or one inside or around it."""
    return (inherits_place(r) or act.location is None or place_key(r.location) == place_key(act.location)
            or within(act.location, r.location) or within(r.location, act.location))


def _retold(act: EventReport, r: EventReport, note: str) -> bool:
    """``act``, news told in an earlier sentence than ``r``, is the act ``r``'s clause names its person by."""
    if act.background or act.section == "related" or act.evidence.end > r.evidence.start:
        return False
    if act.sub_event_type != r.sub_event_type:
        return False
    if r.actor2 is not None and act.actor2 is not None and act.actor2.name != r.actor2.name:
        return False  # other victims
    if not (note.startswith(NOTE_TIME_CLAUSE) or _unnamed_doer(r) or same_actor(act.actor1, r.actor1)):
        return False
    if r.date.value and act.date.value and r.date.value != act.date.value and not note.endswith(UNTIMED):
        return False  # a day the clause tells of its own
    return _same_place(act, r)


def fold_doer_clauses(reports: list[EventReport]) -> list[EventReport]:
    """Fold each report noted by :func:`doer_clause` into the latest act told before it that it names its
    person by (see the module's note); the others stay, in order."""
    if not any(_noted(r) for r in reports):
        return reports
    out: list[EventReport] = []
    for r in reports:
        note = _noted(r) if not r.background and not _ANOTHER_RE.search(r.evidence.text) else None
        act = next((k for k in reversed(out) if _retold(k, r, note)), None) if note else None
        if act is None:
            out.append(r)
            continue
        toll = act.fatalities
        _absorb(act, r)
        act.fatalities = toll  # (the clause's toll may be another clause's act: "the same person who killed ...")
        act.notes.append(f"{NOTE_FOLDED} {r.evidence.start}-{r.evidence.end}")
    return out
