"""Executions carried out by a state after a trial: no ACLED event.

ACLED codes political violence; a state putting to death a person its courts convicted ("Iraq executed 21
men convicted of terrorism offences", "a man convicted of murder was executed by lethal injection") is a
lawful punishment, not an attack. Killings by forces without a trial ("soldiers executed five unarmed
men", "summarily executed detainees") and executions by armed groups ("al-Shabaab publicly executed a man
it accused of spying") stay Attacks. :func:`judicial_drops` gives the token indices of the cue hits that
such a sentence holds: the execution itself and the crimes the condemned were convicted of (told inside
"convicted of ...", "found guilty of ...": past acts, not the report's).
"""

from __future__ import annotations

from typing import Any

from .clause import _word_kind, agent_of
from .words import needs_words, tokens_with

EXECUTE_LEMMAS = frozenset("execute hang".split())
#: the words that tell a court's judgment behind the execution
VERDICT_LEMMAS = frozenset("convict sentence condemn".split())
JUDICIAL_WORDS = frozenset(
    """convicted sentenced condemned guilty judiciary injection gallows row verdict""".split()
)
#: words that tell a killing without a trial, whoever did it
EXTRAJUDICIAL = frozenset(
    """summarily summary extrajudicial extra-judicially extrajudicially unarmed arbitrarily publicly
    accusing accused suspected alleged allegedly""".split()
)
GATE = frozenset({"execute", "executed", "executes", "executing", "execution", "executions", "hanged", "hang"})


@needs_words(GATE)
def judicial_drops(sent: Any) -> set[int]:
    """Token indices of ``sent`` whose cue hits tell a lawful execution or the crime it punished."""
    words = {t.lower_ for t in sent}
    if not words & JUDICIAL_WORDS or words & EXTRAJUDICIAL:
        return set()
    drops: set[int] = set()
    for t in tokens_with(sent, lemmas=EXECUTE_LEMMAS):
        if t.lemma_.lower() not in EXECUTE_LEMMAS or t.pos_ != "VERB":
            continue
        if t.lemma_.lower() == "hang" and not any(c.dep_ in ("dobj", "nsubjpass") for c in t.children):
            continue  # "hang a banner"? only people hanged
        doer = agent_of(t)
        if doer is not None and _word_kind(doer) in ("nonstate", "armed"):
            continue  # an armed group's "court" is no state's
        verdicts = [v for v in sent if v.lemma_.lower() in VERDICT_LEMMAS or v.lower_ == "guilty"]
        if not verdicts and not any(w in words for w in ("injection", "gallows", "row", "judiciary")):
            continue
        drops.add(t.i)
        for v in verdicts:  # "convicted of killing a police officer during the protests": the crime punished
            drops.update(x.i for x in v.subtree)
    return drops
