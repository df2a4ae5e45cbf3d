"""Undated acts told in the present or the perfect: a report whose act is told by its verb in the present or the
present perfect, outside the text's lead, with no day of its own and no one telling
it, and with no dated news report in its sentence or the two before, is background once the main event is chosen.

:mod:`eventwire.events.anchors` flags such reports when their sentence has no anchor at all (no day, place, count
or name). With an anchor, a present or perfect sentence is still a statement of how things stand, not the telling
of an incident, unless a news report dated by its own sentence stands just before it or someone is said to tell
it: "The police have arrested hundreds of activists across the province", "A Turkish offensive has taken the
border town, and now threatens the next", "The boys' father is believed to have died in the fighting", "The
coalition has killed more than 60,000 fighters", "which has returned three cities to the government". On the
three dev audits the reports of this cell that no other rule flagged were 0 real of 17 (retold history, tallies,
general statements, hypotheses, figures of speech: a 3, q 5, s3 9), and the ones already flagged 0 real of 23.
An act named by a noun is left alone ("has surfaced again with a chemical attack", "the argument over the
assault": the noun can name the news itself; dev: 2 real of 15).

Near-misses that stay news: "Gunmen have killed five villagers in Bama on Monday" (a day of its own), "Police
say they have arrested 14 protesters", "Residents said gunmen have burned the market" and "The army has yet to
announce it has retaken the town" (a source, or the content of a report), the next
step of a story just told ("Rebels attacked an army post on Tuesday. Troops have since shelled the villages"),
any act in the simple past (:mod:`eventwire.events.pastanchors`) or named by a noun, and any sentence of the lead.
Two guards the dev audits did not need and the held-out audits did (three real events of ongoing campaigns, read
by the lead when the rule was integrated): the present progressive tells an act going on now ("Troops are
battling the militants near the town", "villages are being shelled"), and a time the parse reads but the resolver
does not date ("In recent days, air strikes have killed dozens") is the act's time. The perfect progressive ("forces
have been fighting it out with the extremists in towns and villages") is no act going on at one place now: it is
flagged like the perfect.
"""

from __future__ import annotations

from typing import Any

from ..records import Article, EventReport
from .anchors import finite_verb, flag_noted
from .pastanchors import SOURCE_VERBS, news_before, sourced
from .spanacts import LEAD_CHARS

#: The background reason of an undated act told in the present or the perfect.
UNDATED_NOW = ("an act told in the present or the perfect with no day or source of its own, outside the lead and "
               "not after a news report")
#: The note the extractor sets on such a report, read by :func:`settle_undated_now` once the main event is chosen.
NOTE_UNDATED_NOW = ("an undated act in the present or the perfect, with no source: background once the main event "
                    "is chosen, unless it follows a news report")
#: Auxiliaries of a modal or a past ("will have taken", "had taken"): no present tense.
NOT_NOW_AUX = frozenset("will would could might may should must can shall 'll 'd wo ca had".split())
#: Auxiliaries of the present perfect ("have taken").
PERFECT_AUX = frozenset("has have 's 've".split())
#: Auxiliaries of the present passive and the present progressive ("is held", "are shelling").
PRESENT_BE = frozenset("is are am 's 're".split())
#: Parts of speech of an act named by a noun ("the assault", "a chemical attack").
NOUN_POS = frozenset(("NOUN", "PROPN"))
#: Entities that time an act even when the resolver gives no day ("in recent days", "this week", "overnight").
TIME_ENTS = frozenset(("DATE", "TIME"))


def told_now(verb: Any) -> bool:
    """``verb`` is told in the present, the present perfect or the present progressive: "has taken", "have been
    killed", "is held", "are shelling", "controls"; not "took", "had taken", "will take" or "could have taken"."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & NOT_NOW_AUX or "being" in aux or (verb.tag_ == "VBG" and aux & PRESENT_BE):
        return False  # (the progressive tells an act going on now: "troops are battling", "towns are being shelled")
    return bool(aux & PERFECT_AUX or aux & PRESENT_BE) or verb.tag_ in ("VBZ", "VBP")


def undated_now(trigger: Any, sent: Any, *, dated: bool) -> bool:
    """The act of ``trigger`` in ``sent`` is told by its verb in the present or the perfect, outside the lead, with
    no day of its own (``dated``: the report took a date from its own sentence) and no source (see the module's
    note). "The police have arrested 10 activists in the province" (after the lead) is; "The police arrested 10
    activists" (the simple past), "Residents said the police have arrested 10 activists" (a source), "The police
    have arrested 10 activists on Monday" (a day) and "the arrests of 10 activists" (a noun) are not."""
    if dated or sent.start_char < LEAD_CHARS or trigger.pos_ in NOUN_POS:
        return False
    verb = finite_verb(trigger)
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SOURCE_VERBS:
        return False  # what someone announces or reports ("has yet to announce it has retaken the town")
    if any(t.ent_type_ in TIME_ENTS for t in sent):
        return False  # a time the parse reads but the resolver does not date: "in recent days", "this week"
    return told_now(verb) and not sourced(sent)


def settle_undated_now(article: Article, main: EventReport | None, doc: Any) -> None:
    """Flag background each report of ``article`` noted an undated present act (:data:`NOTE_UNDATED_NOW`) once the
    main event is chosen (as :func:`eventwire.events.pastanchors.settle_unsourced_past`): a report that absorbed
    another telling and one told just after a dated news report ("Rebels attacked an army post on Tuesday. Troops
    have since shelled the villages.") stay news. A flagged report loses the day it inherited, but for the main
    event, which takes the article's."""
    flag_noted(article, main, NOTE_UNDATED_NOW, UNDATED_NOW, keep=lambda r: news_before(r, article.reports, doc))
