"""Acts told only as an aim: a report whose act stands in an infinitive ("to fight", "to mount attacks"), outside
the text's lead, is background once the main event is chosen.

An infinitive names an act as what someone means, is made for, is tasked with or is able to do, not as what was
done: "the units were trained to fight the insurgents", "the plan is designed to prevent an assault on the
province", "some fighters were ordered to launch raids on the convoys", "the army launched the campaign to clear
the rebels from the district". When the aim is carried out the text tells it with a verb of its own ("the troops
moved in and cleared the district"), and that telling is the report. On the three dev audits the reports whose
act was an infinitive outside the lead and not already flagged were 8 spurious of 8 (plans, general statements,
hypotheses, figures of speech, of different wordings: "to fight", "to clear", "to mount attacks", "to regain", "to
prevent an attack", "to preserve"), and the ones already flagged were, but for a war long past, no events either.

The lead is left alone: the headline and the first sentence are the story's news, and there an infinitive often
names the act the story is about ("his decision last week to launch missile strikes", "a deal to displace the
population"). So is an act told by a finite verb that an infinitive hangs on ("Police fired tear gas to disperse
the crowd": "fired" is the report; "to disperse" is its aim).
"""

from __future__ import annotations

from typing import Any

from ..records import Article, EventReport
from .anchors import finite_verb, flag_noted
from .spanacts import LEAD_CHARS

#: The background reason of a report whose act is told only as an aim.
AIM = "an act told only as an aim (an infinitive: 'to fight', 'to mount attacks'), outside the lead"
#: The note the extractor sets on such a report, read by :func:`settle_aims` once the main event is chosen.
NOTE_AIM = "an act told as an aim (an infinitive): background once the main event is chosen"


def infinitive(verb: Any) -> bool:
    """``verb`` is a bare infinitive after "to" ("to fight", "to mount")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def told_as_aim(trigger: Any, sent: Any) -> bool:
    """The act of ``trigger`` in ``sent`` is told only as an aim, outside the lead (see the module's note): its
    clause's verb is an infinitive. "trained the units to fight the rebels" ("fight") and "were ordered to launch
    attacks" ("attacks") are; "the units fought the rebels" and "fired tear gas to disperse the crowd" ("fired") are
    not."""
    if sent.start_char < LEAD_CHARS:
        return False
    return infinitive(finite_verb(trigger))


def settle_aims(article: Article, main: EventReport | None) -> None:
    """Flag background each report of ``article`` noted an aim (:data:`NOTE_AIM`) once the main event is chosen,
    as :func:`eventwire.events.anchors.settle_unanchored` does: a report that absorbed a telling of the lead
    stays news (:func:`eventwire.events.anchors.told_in_lead`); a flagged report loses the day it inherited, but for the main event, which
    takes the article's."""
    flag_noted(article, main, NOTE_AIM, AIM)
