"""Acts named with no occasion of their own (read by :func:`eventwire.events.genericity.general_statement`,
which makes such a report background, "a general statement").

Two wordings tell an act that is no one event an ACLED coder would code, whatever the tense of the sentence:

- an act named by a verb with no tense of its own, the "-ing" form after a preposition or an infinitive after
  a verb of going on, choosing or hoping, an adjective or a noun: "Turkey has shifted its focus from fighting
  the militia", "a campaign to oust the militia", "he was accused of fighting with the rebels", "while continuing to fight the group", "those
  who chose to fight for the rebels", "it is easier to bomb a town than to rebuild it". The act is a topic, a
  charge, an aim or an activity, not something told as done on a day;
- an act whose clause spans a stretch of time (a war, years, a century) or repeats: "the regime bombed
  hospitals throughout the war", "the rebels have fought alongside each other for years", "the coalition
  targeted the area intermittently".

Told with a day, an hour or a number in its clause, the act stays ("A soldier was charged on Monday with
fighting for the militia", "militants continued to attack the town, killing 12"); so does an act in the text's
first 200 characters (a headline or a lead), an "-ing" form with its own subject ("with gunmen killing
villagers"), one after a preposition of time ("after storming the house") or "by" ("by shelling the town"),
the act people are held for ("detained for protesting"), a purpose ("fired tear gas to disperse the crowd")
and an infinitive after a verb that tells it done ("managed to seize", "began to shell", "helped retake").
"""

from __future__ import annotations

from typing import Any

from .story import sentence_of

#: prepositions of time or means before an "-ing" act: the act is an episode of the sentence's story
EPISODE_PREPS = frozenset("after before upon while since following during when by until".split())
#: verbs of holding people whose "for" names the act they are held over, on the same occasion ("arrested for
#: protesting")
HOLDING_VERBS = frozenset("arrest detain jail imprison hold beat disperse punish".split())
#: verbs over an infinitive act that tell it as an activity, an aim or a choice, not as done on a day
#: ("continuing to fight", "going to fight", "chose to fight", "hopes to dislodge")
ACTIVITY_VERBS = frozenset(
    """continue keep go choose opt decide want hope seek aim vow pledge intend plan wish prefer dare
    schedule""".split())
#: forms of the activity verbs that are themselves told as done (a past "continued to attack" is news)
DONE_TAGS = frozenset(("VBD", "VBN"))
#: the stretches of time each preposition spreads an act over ("throughout the war", "over the course of a
#: century", "for years"; not "over the war", a grievance, nor "throughout the country", a place)
SPANS = {
    "throughout": frozenset("years decades months generations centuries war conflict history occupation".split()),
    "over": frozenset("years decades months generations centuries course".split()),
    "for": frozenset("years decades months generations centuries".split()),
}
#: adverbs of an act done again and again ("intermittently", "routinely")
REPEAT_ADVERBS = frozenset(
    """intermittently routinely regularly repeatedly systematically frequently habitually constantly daily nightly
    relentlessly incessantly continually""".split())
#: words of a date entity that make it a stretch of time, not a day
STRETCH_WORDS = frozenset(
    """past recent years months weeks decades centuries century decade daily nightly weekly years-long
    throughout""".split())
#: words of a number that are no figure but a count all the same ("dozens")
COUNT_NOUNS = frozenset("dozens hundreds thousands millions scores tens dozen hundred thousand".split())
#: tags of a verb with a tense ("was", "fights")
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))
#: links of a clause of its own (its day or count is not the act's)
OWN_CLAUSES = frozenset(("relcl", "acl", "advcl", "ccomp", "parataxis", "csubj", "conj"))
#: a sentence that starts this close to the text's start is its headline, dateline or lead, told as news
LEAD_CHARS = 200


def in_lead(tok: Any) -> bool:
    """``tok``'s sentence starts within :data:`LEAD_CHARS` of the text's start (a headline, dateline or lead)."""
    return sentence_of(tok.doc, tok.i).start_char < LEAD_CHARS


def unbound_act(trigger: Any) -> bool:
    """The act at ``trigger`` has no occasion of its own (see the module's note): an act with no tense after a
    preposition or a verb of activity ("shifted its focus from fighting the militia"), or a clause spread over
    a stretch of time ("bombed hospitals throughout the war"); not with a day or a count in its clause."""
    if not (_untensed(trigger) or _spread(trigger)):
        return False
    return not in_lead(trigger) and not particular_words(clause_words(trigger))


def clause_words(trigger: Any) -> list[Any]:
    """The words of the act's clause: those under the first verb with a tense above the act (or the sentence's
    root), less the clauses of their own that do not hold the act ("accused of fighting with the rebels, but
    he says he was a medic in 2015": not the year)."""
    top = trigger
    while top.head.i != top.i and not (top.pos_ in ("VERB", "AUX") and top.tag_ in FINITE_TAGS):
        top = top.head
    skip: set[int] = set()
    for d in top.subtree:
        if d.i != top.i and d.dep_ in OWN_CLAUSES and not d.left_edge.i <= trigger.i <= d.right_edge.i:
            skip.update(range(d.left_edge.i, d.right_edge.i + 1))
    return [t for t in top.subtree if t.i not in skip]


def _untensed(trigger: Any) -> bool:
    """An "-ing" act after a preposition that is no time nor means ("accused of fighting", "from fighting"),
    with no subject of its own; or an infinitive act after a verb of activity, aim or choice not itself told
    as done ("continuing to fight", "chose to fight"), an adjective or a noun ("easier to bomb", "a campaign
    to oust the militia", "the decision to withdraw troops")."""
    if trigger.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return False
    head = trigger.head
    if trigger.tag_ == "VBG" and trigger.dep_ == "pcomp":
        if head.lower_ == "for" and head.head.lemma_.lower() in HOLDING_VERBS:
            return False  # "police detained students for protesting": the protest is the arrest's occasion
        return head.pos_ == "ADP" and head.lower_ not in EPISODE_PREPS
    if trigger.tag_ != "VB" or head.i == trigger.i:
        return False
    if trigger.dep_ in ("acl", "relcl"):  # "the campaign to oust the militia", "the decision to withdraw"
        return head.pos_ == "NOUN" and any(c.tag_ == "TO" for c in trigger.children)
    if trigger.dep_ != "xcomp":
        return False
    if head.pos_ in ("ADJ", "NOUN"):
        return True
    return head.lemma_.lower() in ACTIVITY_VERBS and head.tag_ not in DONE_TAGS


def _spread(trigger: Any) -> bool:
    """The act's verb, or the verb its noun hangs on, is spread over a stretch of time ("throughout the war",
    "for years", "over the course of a century") or told as repeated ("intermittently")."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in REPEAT_ADVERBS:
            # not an act going on now ("are being systematically targeted by jets"): a current campaign
            return not _progressive(verb)
        if c.dep_ == "prep" and c.lower_ in SPANS:
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ in SPANS[c.lower_] and not any(
                        k.like_num or k.lower_ in ("last", "past", "next") for k in g.children):
                    return True
    return False


def _progressive(verb: Any) -> bool:
    """Whether ``verb`` is told as going on ("are being targeted", "is shelling")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "being" for c in verb.children) or (
        verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children))


def particular_words(sent: Any) -> bool:
    """The words (a clause) tell a day, an hour or a number (not a stretch of time: "for years", "in recent
    months")."""
    for t in sent:
        if t.ent_type_ in ("DATE", "TIME"):
            if t.ent_iob_ == "B" or t.ent_iob_ == "":
                ent = _ent_of(t)
                if not any(w.lower_ in STRETCH_WORDS for w in ent):
                    return True
        elif t.like_num or t.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT") or t.lower_ in COUNT_NOUNS:
            return True
    return False


def _ent_of(tok: Any) -> Any:
    """The entity span starting at or holding ``tok``."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]
