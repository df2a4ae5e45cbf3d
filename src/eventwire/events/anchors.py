"""Acts with no anchor of their own: a report that names no day, no place, no count and no one, outside the
text's lead, and is not told in the simple past, is background.

An ACLED coder codes an event only when the text gives it a time and a place. A news report of an incident
carries at least one anchor of its own in its sentence: a day ("on Monday"), a place below the country ("in
Kidal"), a count ("three soldiers"), a named person ("Amina Bello was detained"); or it stands in the text's
lead (headline, dateline, first sentence), which is the story's news whatever its wording. A sentence that
has none of these and tells its act in the present, the present perfect or the progressive speaks of a kind
of act or of a state of things, not of an incident: "The regime has bombed hospitals across the north",
"Rebels rarely claim responsibility for their assaults", "The militia is making up ground in the fight
against the insurgents". On the three dev audits (events not already flagged) such reports were 29
spurious of 29 (general statements, retold history, plans, figures of speech), on each sample alike; the
rule as shipped flags 25 of them and one real event.

The past is left alone (the simple past, the past progressive, the pluperfect of reported speech): a past
sentence with no anchor of its own is often the next step of the story told before it ("Soldiers then
opened fire on the crowd"), its place and day those of its neighbours (the dev audits held 5 real events
of 17 such reports).

Near-misses that stay news: "Gunmen have killed a chief in Bama" (a place), "Police have detained 14
protesters" (a count), "Security forces have arrested Amina Bello" (a named person), "Troops are shelling
the town on Tuesday" (a day), and any sentence of the lead ("Rebels have seized a border post").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..records import Article, EventReport, PlaceMention
from .clause import verb_above
from .dating import no_date
from .linking import is_country_only
from .spanacts import LEAD_CHARS

#: The background reason of a report with no anchor of its own.
UNANCHORED = "an act with no day, place, count or name of its own, told outside the lead in the present or perfect"
#: The note the extractor sets on such a report, read by :func:`settle_unanchored` once the main event is chosen.
NOTE_UNANCHORED = "no anchor of its own (no day, place, count or name): background once the main event is chosen"
#: The note of a report that absorbed another telling (:mod:`eventwire.events.merging`).
NOTE_ALSO = "also stated at"
#: Entities that anchor an act in a sentence: a day or an hour, a named person, a count.
ANCHOR_ENTS = frozenset(("DATE", "TIME", "PERSON", "CARDINAL"))
#: Auxiliaries of the perfect, the present and the progressive ("has been shelled", "are shelling", "is held"); the
#: pluperfect is a past ("said it had shelled": the reported simple past).
NONPAST_AUX = frozenset("has have 've 's is are 're am be been being".split())
#: The past of "be" that makes a past progressive ("troops were shelling the town").
PAST_BE = frozenset(("was", "were"))
#: Verb forms with no tense of their own (a participle, a gerund, an infinitive).
NONFINITE_TAGS = frozenset(("VBG", "VBN", "VB"))


def simple_past(verb: Any) -> bool:
    """``verb`` is told in a past tense: "shelled", "was shelled", "were shelling", "had shelled" (the
    reported past), or a bare participle ("a man killed in the raid"), with no auxiliary of the present
    perfect, the present or the present progressive."""
    if verb.tag_ == "VBG":
        return any(c.dep_ == "aux" and c.lower_ in PAST_BE for c in verb.children)
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in NONPAST_AUX for c in verb.children)


def finite_verb(tok: Any) -> Any:
    """The finite verb of the clause that tells ``tok``: a participle, a gerund or an infinitive with no
    auxiliary of its own is told in the tense of the verb it hangs on ("stripped him before dragging him
    away": "stripped")."""
    verb = verb_above(tok)
    for _ in range(6):
        if (verb.tag_ not in NONFINITE_TAGS or verb.head.i == verb.i
                or any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
            break
        verb = verb_above(verb.head)
    return verb


def unanchored(trigger: Any, sent: Any, *, dated: bool, place: PlaceMention | None) -> bool:
    """The act of ``trigger`` in ``sent`` has no anchor of its own (see the module's note): ``dated`` says the
    report took a date from its own sentence, ``place`` is the report's place when its own sentence names it.
    Any tense but a past one counts (the present, the perfect, the progressive; a modal or a future is
    speculative, and the extractor asks only of asserted reports).
    "The regime has bombed hospitals" (after the lead) is unanchored; "The regime has bombed two hospitals"
    (a count) and "The regime has bombed hospitals in Idlib" (a place below the country) are not."""
    if (dated or sent.start_char < LEAD_CHARS or (place is not None and not is_country_only(place))
            or simple_past(finite_verb(trigger))):
        return False
    return not any(t.ent_type_ in ANCHOR_ENTS or t.like_num for t in sent)


def settle_unanchored(article: Article, main: EventReport | None) -> None:
    """Flag background each report of ``article`` noted unanchored by the extractor (:data:`NOTE_UNANCHORED`),
    once the main event is chosen: the flag comes after the choice, so that a statement of what the article
    is about ("journalists held by the army are tortured" in a story on one reporter's detention) still
    counts in choosing its main event and in merging its tellings (the main event itself is then flagged
    too: what it tells is a kind of act, not a current one). A report that absorbed a telling of the lead
    stays news (:func:`told_in_lead`). An unanchored report has no day of its own: a flagged one loses the day
    it inherited, but for the main event, which takes the article's."""
    flag_noted(article, main, NOTE_UNANCHORED, UNANCHORED)


#: The start of a telling another report absorbed, in its note ("also stated at 1943-2053 (body)").
_TELLING_START = re.compile(NOTE_ALSO + r" (\d+)-")


def told_in_lead(report: EventReport) -> bool:
    """``report`` absorbed a telling of its act (:data:`NOTE_ALSO`) that stands in the text's lead: the act is
    then the story's news, whatever the wording of the later sentence that carries it ("Gunmen killed four
    farmers in Bama", the headline, retold after the lead as "The militants have killed villagers" stays
    news). A merged act all of whose tellings are outside the lead is read like a single one: on the three
    dev audits, letting the no-anchor cells flag such acts removed 10 spurious events and no real one (it had
    kept every merged act news before)."""
    for note in report.notes:
        if (m := _TELLING_START.match(note)) is not None and int(m.group(1)) < LEAD_CHARS:
            return True
    return False


def flag_noted(article: Article, main: EventReport | None, note: str, reason: str, *,
               keep: Callable[[EventReport], bool] | None = None, whole_story: bool = False) -> None:
    """The settle step of the no-anchor cells (:mod:`eventwire.events.bareacts`): each report of ``article``
    noted ``note`` loses the note and, unless it is already background, absorbed a telling of the lead
    (:func:`told_in_lead`) or ``keep`` says it stays news (read before any report is flagged), is flagged
    background for ``reason``; a flagged report loses the day it inherited, but for ``main``, which takes the
    article's (:mod:`eventwire.events.newsday`). With ``whole_story`` (the whole text is of one kind, e.g. a
    crime story: :mod:`eventwire.events.quietstories`) a report that absorbed a telling of the lead is flagged too
    and every report keeps its day (the act is current, only not an ACLED event)."""
    marked = [r for r in article.reports if note in r.notes]
    flag = [r for r in marked if not r.background
            and (whole_story or not told_in_lead(r))
            and not (keep is not None and keep(r))]
    for r in marked:
        r.notes.remove(note)
    for r in flag:
        r.background = True
        if r is not main and not whole_story:
            r.date = no_date(article)
        r.notes.append(f"background: {reason}")
