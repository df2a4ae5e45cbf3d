"""A clause in the present progressive tells an act going on at the report's time.

"Pro-government forces are massing in the north-west for an offensive", "Turkish jets are pounding
the town": an act told as going on now is today's news, as a present perfect is ("Rebels have seized
the town", :func:`events.newsday.news_report_day`). :func:`told_as_ongoing` answers whether the
sentence's main clause is such a progressive: a present participle with "is", "are" or "am" as its
auxiliary (no modal, no past "was" / "were"), no verb of saying ("officials are saying"), and no
future told by "going to" ("troops are going to attack": not yet done); the participle needs an object,
a phrase or a clause of its own ("is massing on the border"; not a bare "are horrifying").

:func:`going_on_at_report` asks the same of one act's verb, or a past progressive under a past verb of
saying ("a spokesman said fierce battles were raging": the present of the telling). An undated act so
told takes the publication day rather than a week, a month or a year it would inherit from the
sentences before ("Relations have soured in recent weeks ... He said Turkish troops are already firing
artillery at the town": today's shelling, not the month's): :func:`events.reportdate.report_date`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ONGOING_DAY", "going_on_at_report", "told_as_ongoing"]

#: The reason of the publication day given to an undated act told as going on at the report's time.
ONGOING_DAY = "the publication day: an act told as going on at the report's time, no day of its own"
#: Past verbs of saying whose complement's past progressive is the present of the telling ("said fierce
#: battles were raging").
_SAYING = frozenset("say tell report state add announce confirm claim write warn".split())

#: The present forms of "be" that make a progressive of now.
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})
#: Verbs whose progressive tells no act: saying, plans and wishes ("are saying", "is planning"), and
#: feelings caused, whose participle is an adjective ("the remarks are horrifying").
_NO_ACT = frozenset("say tell report claim warn plan prepare consider seek hope want try expect go look "
                    "call urge demand threaten vow horrify terrify frighten shock disturb worry concern alarm "
                    "appal appall disgust sicken astonish amaze surprise trouble distress depress".split())
#: Dependents that make a progressive more than a bare state ("are massing in the north-west",
#: "is shelling the town"): an object, a phrase of place or time, a clause.
_COMPLEMENTS = frozenset({"dobj", "prep", "advcl", "prt", "npadvmod", "dative", "xcomp"})


def told_as_ongoing(sent: Any) -> bool:
    """Whether the sentence's main clause (its root, or a verb joined to it) is a present progressive
    of an act: "Pro-government forces are massing ...", not "are planning an offensive", "officials
    are saying", "troops are going to attack", "were massing"."""
    root = sent.root
    for verb in (root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        auxes = _act_auxes(verb)
        if auxes is not None and _present_with_complement(verb, auxes):
            return True
    return False


def going_on_at_report(verb: Any) -> bool:
    """Whether ``verb`` (an act's verb) is a progressive of the report's time: a present progressive
    with an object, a phrase or a clause ("troops are firing artillery at the town"), or a past one
    ruled by a past verb of saying ("a spokesman said fierce battles were raging"); no modal, no verb
    of plans, saying or feelings (:data:`_NO_ACT`), nor inside a quotation ("'The government is using
    banned weapons without paying any price,' it said": a speaker's present, often a habit)."""
    auxes = _act_auxes(verb)
    if not auxes or _quoted(verb):
        return False
    if any(c.lower_ in _PRESENT_BE for c in auxes):
        return _present_with_complement(verb, auxes)
    if not any(c.lower_ in ("was", "were") for c in auxes) or verb.dep_ not in ("ccomp", "conj"):
        return False
    head = verb.head
    while head.dep_ == "conj" and head.head.i != head.i:  # "said advances had been thwarted but that battles were raging"
        head = head.head
    if head.dep_ == "ccomp":
        head = head.head
    return head.tag_ == "VBD" and head.lemma_.lower() in _SAYING


def _act_auxes(verb: Any) -> list[Any] | None:
    """The auxiliaries of ``verb`` when it is the present participle of an act (not of :data:`_NO_ACT`) with
    no modal ("are shelling"; not "are planning", "could be shelling"), else None."""
    if verb is None or verb.tag_ != "VBG" or verb.pos_ != "VERB" or verb.lemma_.lower() in _NO_ACT:
        return None
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return None if any(c.tag_ == "MD" for c in auxes) else auxes


def _present_with_complement(verb: Any, auxes: list[Any]) -> bool:
    """A present progressive ("is", "are", "am") with an object, a phrase or a clause (:data:`_COMPLEMENTS`)."""
    return any(c.lower_ in _PRESENT_BE for c in auxes) and any(c.dep_ in _COMPLEMENTS for c in verb.children)


def _quoted(tok: Any) -> bool:
    """Whether ``tok`` lies inside a quotation opened earlier in its sentence."""
    sent = tok.sent
    before = tok.doc.text[sent.start_char:tok.idx]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1
