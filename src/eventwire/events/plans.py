"""Acts told as planned or as a long struggle, not as done (read by :func:`eventwire.events.status.assess`):

- a campaign or an attack that is the object of a verb of preparing, planning or vowing ("the army said it
  was preparing a counter-offensive", "the rebels are planning a major offensive", "vowed to launch an
  offensive against the rebels"): speculative, ACLED codes no plan, only what was done;
- a state or a force told as fighting a war or an insurgency as a state of things ("Burkina Faso has been
  battling an insurgency since 2015", "Nigeria battles a jihadist insurgency in the northeast"): the
  background of the news, no one act (flagged background).

Neither applies when the sentence tells harm done ("... vowed a counter-offensive after the rebels killed 12
soldiers", "has been fighting the insurgency, killing 20 militants this week").
"""

from __future__ import annotations

from typing import Any

from .prospects import HARM_LEMMAS, not_done
from .words import needs_words, tokens_with

#: verbs of what is still to be done
PLAN_LEMMAS = frozenset("prepare plan vow pledge promise threaten intend plot mull consider schedule".split())
#: what is done to a gathering only planned, so that it never took place ("the march planned for Saturday was banned")
CALLING_OFF = frozenset("ban prohibit forbid cancel postpone bar outlaw".split())
#: verbs whose object is the act planned ("vowed to launch an offensive")
LAUNCH_LEMMAS = frozenset("launch mount stage carry conduct begin start".split())
#: verbs of fighting told as a state of things
STRUGGLE_LEMMAS = frozenset("battle fight combat confront face wage".split())
#: what is fought as a state of things
WAR_NOUNS = frozenset("insurgency insurgencies rebellion rebellions war wars conflict conflicts uprising".split())


def _harm_told(sent: Any, trigger: Any = None) -> bool:
    """A harm word in the sentence, other than the purpose of the act planned ("preparing an offensive to
    retake the town": the retaking is planned too)."""
    purpose = {t.i for c in trigger.children if c.dep_ in ("acl", "relcl") and any(
        a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for t in c.subtree} if trigger is not None else set()
    return any(t.i not in purpose for t in tokens_with(sent, lemmas=HARM_LEMMAS))  # a harm word


def _planned(trigger: Any) -> bool:
    """The act at ``trigger`` is the object of a verb of planning, directly or through a verb of launching."""
    t = trigger
    for _ in range(3):
        if t.dep_ not in ("dobj", "xcomp", "conj", "compound", "amod") or t.head.i == t.i:
            return False
        h = t.head
        lem = h.lemma_.lower()
        if h.pos_ == "VERB" and lem in PLAN_LEMMAS:
            return True
        if not (h.pos_ == "VERB" and lem in LAUNCH_LEMMAS and h.dep_ == "xcomp") and t.dep_ not in (
                "conj", "compound", "amod"):
            return False
        t = h
    return False


def planned_act(sent: Any, trigger: Any) -> bool:
    """Whether the act is only planned, prepared or vowed (see the module's note), or named as plotted, aimed
    at, foreseen, told to be done or imagined (:func:`eventwire.events.prospects.not_done`)."""
    return trigger is not None and (_planned_by_verb(sent, trigger) or not_done(sent, trigger) is not None)


@needs_words(PLAN_LEMMAS, CALLING_OFF, empty=bool)  # (the gate reads lemmas too)
def _planned_by_verb(sent: Any, trigger: Any) -> bool:
    if _harm_told(sent, trigger):
        return False
    return _planned(trigger) or _called_off(trigger)


_GATHERING_VERBS = frozenset("march protest rally demonstrate gather assemble riot defy take".split())


def _called_off(trigger: Any) -> bool:
    """A gathering told as planned that was banned or called off ("the demonstration planned for Saturday
    had been banned", "authorities banned a planned march"): it did not take place."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("nsubjpass", "dobj", "nsubj"):
        return False
    head = trigger.head
    if trigger.dep_ == "nsubjpass" and head.lemma_.lower() in CALLING_OFF and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trigger.children) and not any(
            t.pos_ == "VERB" and t.lemma_.lower() in _GATHERING_VERBS for t in trigger.sent):
        return True  # "Police said the rally had been banned": the gathering told before was not held
        # (not "the rally had been banned but thousands marched")
    if not any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in ("plan", "schedule", "planned", "scheduled")
               for c in trigger.children):
        return False
    return head.lemma_.lower() in CALLING_OFF or (head.lemma_.lower() == "call" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in head.children))


def _struggle(verb: Any) -> bool:
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in STRUGGLE_LEMMAS:
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in WAR_NOUNS for c in verb.children):
        return False
    been = any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children)
    return been or verb.tag_ in ("VBZ", "VBP")


@needs_words(STRUGGLE_LEMMAS, empty=bool)
def standing_struggle(sent: Any, trigger: Any) -> bool:
    """Whether the act is a war or an insurgency fought as a state of things (see the module's note)."""
    if trigger is None or _harm_told(sent):
        return False
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    return _struggle(verb)
