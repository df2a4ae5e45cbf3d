"""Past acts with no anchor and no source: a report told in the simple past, outside the text's lead, that names
no day, no place below the country, no count and no one, and that no one is said to tell, is retold history
unless a report dated by its own sentence stands just before it (the story it is the next step of).

:mod:`eventwire.events.anchors` flags such bare reports told in the present or the perfect and leaves the past
alone, since a past sentence with no anchor of its own can be the next step of a story. On the three dev audits,
the bare past reports that were real events all had a source in their sentence ("Residents said the gunmen
fired on a patrol", "according to relatives, the guards beat the prisoner"): a report of an incident is told on
someone's word. The bare past reports with no source were all spurious (0 real of 9, of different wordings):
retold history ("The militias began seizing farmland"), figures of speech ("the rebels faced an army with far
more guns"), the background of the news ("Early counts of the dead came from the aid groups"), acts outside
ACLED's scope.

Such a report stays news when its sentence or one of the two before it holds a report that is news and names
its day (the next step of a story just told: "Rebels attacked an army post on Tuesday. Soldiers then shelled
the villages."), when a news adverb dates it ("a helicopter was shot down recently"), when its sentence is a
quotation (a witness's words, whose speaker is named nearby: "\u201cThey burned the shop and left.\u201d"),
when another telling merged into it, and whenever it has an anchor or a source: "Gunmen shot a soldier in
Bama" (a place), "Gunmen shot two soldiers" (a count), "Police detained Amina Bello" (a named person),
"Witnesses said gunmen shot a soldier", "Footage showed police beating the marchers" (a source), and any
sentence of the lead.
"""

from __future__ import annotations

from typing import Any

from ..records import Article, EventReport, PlaceMention
from .anchors import ANCHOR_ENTS, finite_verb, flag_noted, simple_past
from .clause import REPORT_VERBS
from .linking import is_country_only
from .narrative import QUOTE_MARKS
from .nonacled_reading import SPEAKING_VERBS, told_by
from .spanacts import LEAD_CHARS
from .story import sentence_window

#: The background reason of a bare past report with no source.
UNSOURCED_PAST = ("a past act with no day, place, count, name or source of its own, told outside the lead and "
                  "not after a news report")
#: The note the extractor sets on such a report, read by :func:`settle_unsourced_past` once the main event is chosen.
NOTE_UNSOURCED_PAST = ("no anchor and no source (a bare past act): background once the main event is chosen, "
                       "unless it follows a news report")
#: Verbs whose subject tells an act ("witnesses said", "local radio spoke of", "footage showed", "TV quoted").
SOURCE_VERBS = SPEAKING_VERBS | REPORT_VERBS | frozenset(
    "speak allege recount testify describe recall show".split())
#: Marks that close a quotation (a sentence ending inside a quote is a speaker's words).
CLOSING_QUOTES = frozenset('"”’\'»')
_NO_PATH: frozenset[str] = frozenset()
#: How many sentences before a bare past act a dated news report makes it the next step of that story.
SENTENCES_BEFORE = 2
#: Adverbs that date an act to the news ("was shot down recently").
NEWS_ADVERBS = frozenset(("recently", "lately", "overnight"))


def sourced(sent: Any) -> bool:
    """Someone tells the acts of ``sent``: the subject of a verb of saying ("witnesses said", "reports spoke
    of", "it was reported") or "according to" ("according to his family, officers beat him"); or the sentence
    is a quotation ("“They burned the shop.”")."""
    text = sent.text.strip()
    if text[:1] in QUOTE_MARKS or text[-1:] in CLOSING_QUOTES:
        return True
    return any(told_by(t, SOURCE_VERBS, steps=1, through=_NO_PATH)
               or (t.dep_ == "nsubjpass" and t.head.lemma_.lower() in SOURCE_VERBS) for t in sent)


def bare_past(trigger: Any, sent: Any, status: Any, *, dated: bool, place: PlaceMention | None) -> bool:
    """The act of ``trigger`` in ``sent``, asserted (``status``, :func:`eventwire.events.status.assess`: not
    speculative, not negated), is told in the simple past with no anchor and no source of its own (see the
    module's note; ``dated`` and ``place`` as in :func:`eventwire.events.anchors.unanchored`). "The militias
    began seizing farmland" (after the lead) is; "The militias seized two farms" (a count), "Witnesses said the
    militias seized farmland" (a source) and "The militias have seized farmland" (the perfect:
    :mod:`eventwire.events.anchors`) are not."""
    if status.speculative or status.negated:
        return False
    if (dated or sent.start_char < LEAD_CHARS or (place is not None and not is_country_only(place))
            or not simple_past(finite_verb(trigger))):
        return False
    if any(t.ent_type_ in ANCHOR_ENTS or t.like_num or t.lower_ in NEWS_ADVERBS for t in sent):
        return False
    return not sourced(sent)


def news_before(report: EventReport, reports: list[EventReport], doc: Any) -> bool:
    """A report of ``reports`` other than ``report``, not flagged background, whose own sentence names its day
    ("on Sunday"), is told in the sentence of ``report`` or in the :data:`SENTENCES_BEFORE` sentences before it:
    ``report`` is the next step of that story."""
    window = sentence_window(doc, report.evidence.start, before=SENTENCES_BEFORE, after=0)
    if window is None:
        return True  # (no sentence to read, or the evidence starts on a space: left as news)
    start, end = window
    return any(r is not report and not r.background and start <= r.evidence.start < end
               and r.date.text is not None and r.date.text in r.evidence.text for r in reports)


def settle_unsourced_past(article: Article, main: EventReport | None, doc: Any) -> None:
    """Flag background each report of ``article`` noted a bare past act (:data:`NOTE_UNSOURCED_PAST`) once the
    main event is chosen (as :func:`eventwire.events.anchors.settle_unanchored`), but a report that absorbed
    another telling and one told just after a news report ("Soldiers then opened fire on the crowd", after
    "Protesters gathered in the square on Monday"). A flagged report loses the day it inherited, but for the
    main event, which takes the article's."""
    flag_noted(article, main, NOTE_UNSOURCED_PAST, UNSOURCED_PAST, keep=lambda r: news_before(r, article.reports, doc))
