"""Ground held, not ground taken: a state of control told after the lead (read by
:func:`eventwire.events.genericity.general_statement`, which makes such a report background, "a general
statement").

ACLED codes the taking of ground ("rebels seized the town", "the army regained control of the district"),
never who holds it: "the militia and its allies now control the area north of the capital", "half of the town
is now under the control of advancing troops", "everything was under their control", "the strip of land the
group still controls" say where the front lines run, whatever the tense, and the taking they follow from is
told (and coded) in its own words.

Such a clause is the verb "control" in the simple present, or a verb of being ("be", "remain", "stay") with an
"under ... control" or an "in control" phrase ("the army remains in control of the port"). It stays news in the text's first 200 characters (a headline or a lead: "Rebels
control the airport" may be the story's capture) and with a day or an hour in its sentence ("By Monday the town
was under the control of the rebels"; "On Tuesday the group suffered a setback in the province, where it is still
in control of five districts"). A change of hands keeps its own verbs and stays: "the town fell under
the control of the rebels", "troops took control of the bridge", "the rebels controlled the road on Monday".
"""

from __future__ import annotations

from typing import Any

from .spanacts import in_lead, particular_words
from .story import sentence_of

#: verbs of being whose "under ... control" or "in control" tells who holds the ground ("is now under the control
#: of", "remains in control of")
BEING_VERBS = frozenset("be remain stay".split())
#: prepositions of a state of control after a verb of being ("under the control of", "in control of")
CONTROL_PREPS = frozenset(("under", "in"))
#: tags of the verb "control" in the simple present ("they now control", "the strip it still controls")
PRESENT_TAGS = frozenset(("VBP", "VBZ"))


def control_state(trigger: Any) -> bool:
    """The act at ``trigger`` tells who holds ground, not a taking of it, after the lead and with no day of its
    own (see the module's note): "the militia now controls the area north of the capital", "half of the town is
    under the control of advancing troops"; not "the town fell under the control of the rebels" nor "rebels
    now control the airport" in a headline."""
    lemma = trigger.lemma_.lower()
    if lemma == "control":  # (the cheap tests first: most act words are neither)
        if trigger.pos_ != "VERB" or trigger.tag_ not in PRESENT_TAGS:
            return False
    elif lemma not in BEING_VERBS or not _in_control(trigger):
        return False
    sent = sentence_of(trigger.doc, trigger.i)
    if in_lead(trigger):
        return False  # a headline or a lead: the capture may be the story
    # a day anywhere in the sentence: the holding may be the setting of a dated act ("On Tuesday, Isis suffered
    # another setback in the province, where its fighters are still in control of five neighbourhoods")
    return not particular_words([t for t in sent if t.ent_type_ in ("DATE", "TIME")])


def _in_control(verb: Any) -> bool:
    """The verb of being ``verb`` has an "under ... control" or "in control" phrase: "is now under the control
    of", "remains in control of"."""
    return any(c.dep_ == "prep" and c.lower_ in CONTROL_PREPS
               and any(g.dep_ == "pobj" and g.lemma_.lower() == "control" for g in c.children)
               for c in verb.children)
