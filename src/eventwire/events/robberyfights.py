"""A shootout between the police and robbers: crime, not an armed clash.

ACLED leaves out criminal violence: a fight of police or soldiers with robbers or thieves ("Two suspects
died in a shootout with officers after a robbery", "police killed two robbery suspects in a gunfight",
"... after they robbed a petrol station") is law enforcement against crime. The rules read the fight's
two sides and typed it an armed clash when the suspects were not named as robbers (the robbery told in
another clause, or as a noun's modifier). :func:`robbery_shootout` retypes such a clash as crime when
the sentence tells a robbery or a theft as an act (not only "robbers" as a side: "a gun battle between
police and armed robbers" stays a clash, as the typing tests pin), names the state's side, and names no
political armed group (militants, rebels, bandits: "soldiers clashed with militants who had robbed a
bank" stays a clash) and no organised gang (whose fights :mod:`eventwire.events.gangclash` reads).
Cattle raiders fought by villagers are no police fight and are not read here.

Called by :func:`eventwire.events.typing_extra.reread_decision`; gated by the sentence's words.
"""

from __future__ import annotations

from typing import Any

from .gangclash import GANG_GROUP_WORDS, GANG_NOUNS, STATE_WORDS
from .words import words_of

#: words that tell a robbery or a theft as an act (the gate); the doers' nouns alone tell no robbery of the occasion
THEFT_WORDS = frozenset(
    """rob robbed robbing robbery robberies steal stole stolen stealing theft thefts burglary burglaries heist
    carjacking""".split())
#: words of a political armed side, whose fights stay clashes
POLITICAL_WORDS = frozenset(
    """militant militants rebel rebels insurgent insurgents jihadist jihadists terrorist terrorists militia militias
    militiamen fighters bandit bandits separatist separatists guerrilla guerrillas extremist extremists""".split())


def robbery_shootout(dec: Any, sent: Any) -> bool:
    """Whether ``dec`` (a ``TypeDecision``) is an armed clash of state forces with robbers or thieves (see
    the module's note)."""
    if dec.sub_event_type != "Armed clash" or dec.means is not None:
        return False
    words = words_of(sent)
    if words.isdisjoint(THEFT_WORDS) or words.isdisjoint(STATE_WORDS):
        return False
    if not words.isdisjoint(POLITICAL_WORDS) or not words.isdisjoint(GANG_NOUNS | GANG_GROUP_WORDS):
        return False
    return "nonstate" not in (dec.agent.kind, dec.patient.kind)  # a named armed group
