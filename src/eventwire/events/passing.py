"""Acts named in passing inside a background passage: a report whose act stands in a prepositional phrase
("under withering attack", "resulted in property damage", "used violence against protesters"), outside the
text's lead, is background when the reports of the sentences around it are all background.

A prepositional phrase names an act in passing, as the circumstance, cause or means of what the sentence tells:
"the city's defences collapsed under a sustained assault", "the campaign led to the militia's withdrawal from the
valley", "the province is enduring weeks of air strikes". Alone, such a mention is as often the news as not (the
dev audits held 5 real events of 34 such reports); what tells the two apart is the passage it stands in. When the
reports of the two sentences before it and the two after it are all background (history, general statements,
plans), the mention belongs to that passage: on the three dev audits such reports were 0 real of 9 (a, q and s3
alike: 3 each), of nine different wordings (retold history, general statements, figures of speech, a plan);
the rule as shipped, which reads the flags the other cells have set by then, flags 5 of them and no real event.
The cell was found by crossing the features of the remaining reports two by two, and is small: the held-out
samples are its test.

Near-misses that stay news: a mention with a news report in the sentences around it ("Gunmen attacked the
market on Monday. Traders fled amid the shooting."), with no report around it at all, an act told by a verb of
its own ("the rebels attacked the city"), a mention in the lead, the main event, and a report that absorbed
another telling.
"""

from __future__ import annotations

from typing import Any

from ..records import Article, EventReport
from .anchors import flag_noted
from .spanacts import LEAD_CHARS
from .story import sentence_window

#: The background reason of an act named in passing inside a background passage.
PASSING = "an act named in passing (a prepositional phrase) among sentences whose reports are all background"
#: The note the extractor sets on such a report, read by :func:`settle_passing` once the main event is chosen.
NOTE_PASSING = ("an act named in a prepositional phrase: background once the main event is chosen, if the reports "
                "around it are")
#: How many sentences on each side of a mention in passing make its passage.
AROUND = 2
#: Dependencies that open a clause of their own: a mention below one is told by that clause, not in passing.
CLAUSE_DEPS = frozenset(("relcl", "acl", "advcl", "ccomp", "xcomp", "ROOT"))


def in_passing(trigger: Any, sent: Any) -> bool:
    """The act of ``trigger`` in ``sent``, outside the lead, stands in a prepositional phrase of its clause:
    "collapsed under withering attack" ("attack") and "used violence against protesters" ("protesters") are;
    "the rebels attacked the city" and "a man who was killed in the raid" ("killed": a clause of its own) are
    not."""
    if sent.start_char < LEAD_CHARS:
        return False
    for tok in (trigger, *trigger.ancestors):
        if tok.dep_ in CLAUSE_DEPS:
            return False
        if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ == "prep":
            return True
    return False


def among_background(report: EventReport, reports: list[EventReport], doc: Any) -> bool:
    """The sentences within :data:`AROUND` of the sentence of ``report`` hold a report of ``reports`` other than
    it, and all of them are background."""
    window = sentence_window(doc, report.evidence.start, before=AROUND, after=AROUND)
    if window is None:
        return False
    start, end = window
    around = [r for r in reports if r is not report and start <= r.evidence.start < end]
    return bool(around) and all(r.background for r in around)


def settle_passing(article: Article, main: EventReport | None, doc: Any) -> None:
    """Flag background each report of ``article`` noted in passing (:data:`NOTE_PASSING`) once the other cells
    have settled, when the reports around it are all background (:func:`among_background`, read before any is
    flagged); the main event and a report that absorbed a telling of the lead stay news. A flagged report loses the
    day it inherited."""
    flag_noted(article, main, NOTE_PASSING, PASSING,
               keep=lambda r: r is main or not among_background(r, article.reports, doc))
