"""States named by their country as the parties of an agreement (helper ACT4, twenty-ninth session).

A country's bare name is no actor mention (the actor tagger reads names of groups and forces), so an
agreement whose parties are states had none: "Russia had negotiated a ceasefire", "Turkey and Russia
agreed a ceasefire", "the Sochi talks, brokered by Russia, Turkey and Iran", "the Vatican signed an
agreement with China". ACLED codes each such party by its government (a surrender is made to a force:
"fighters surrendered to Turkey" -> its military). Read here, for an agreement whose actors the roles
left open:

- actor 1: the country that is the act's subject or its "by" agent ("brokered by Russia"), or the
  people that is ("the Turks and the Russians agreed a truce", :mod:`eventwire.events.peopledoers`);
  the other countries coordinated with it are actor 2 (the first) and associates of actor 1;
- actor 2: the country after "with" (after "to" too for a surrender: "surrendered to the Kurds").

A country's name with a modifier of its own ("Russia's foreign minister", "northern Syria") is no
party: the roles read those (a ruler's title is :mod:`eventwire.events.rulerdoers`' case).
"""

from __future__ import annotations

from typing import Any

from ..records import Actor
from .parties import SURRENDER_VERBS, state_speaker
from .peopledoers import PEOPLE_WORDS, people_force
from .seatdoers import seat_force

#: The prefix of a state's military, as :func:`eventwire.events.parties.state_speaker` names it.
_MILITARY = "Military Forces of "
#: Prepositions whose object is the other party of an agreement ("signed a deal with China").
WITH_PREPS = ("with",)
#: and of a surrender ("surrendered to the Kurds").
SURRENDER_PREPS = ("with", "to")


def agreement_states(r: Any, decision: Any, *, finder: Any, iso: str | None, body: str, is_open: Any) -> None:
    """Mend ``r`` (roles.Roles) of an agreement in place: the states (and peoples) named as its parties
    are its actors, by ``body`` ("Government of "; a surrender's are forces); ``is_open`` tells a side
    the roles left open (none, civilians, unidentified)."""
    trigger = decision.trigger
    if trigger is None:
        return
    surrender = trigger.lemma_.lower() in SURRENDER_VERBS
    if surrender:
        body = _MILITARY
    if is_open(r.actor1):
        doer = _doer(decision.agent.token, trigger)
        sides = [a for t in ([doer, *doer.conjuncts] if doer is not None else [])
                 if (a := _party(t, body=body, iso=iso, finder=finder)) is not None]
        if sides:
            r.actor1 = sides[0]
            r.notes.append(f"actor1: a state named as a party ({sides[0].text})")
            for a in sides[1:]:
                if is_open(r.actor2) and a.name != sides[0].name:
                    r.actor2 = a  # "Turkey and Russia agreed a ceasefire": two parties
                elif a.name not in {x.name for x in (r.actor1, r.actor2, *r.assoc_actor_1) if x is not None}:
                    r.assoc_actor_1.append(a)  # "brokered by Russia, Turkey and Iran"
    if is_open(r.actor2):
        preps = SURRENDER_PREPS if surrender else WITH_PREPS
        heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
        other = next((g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                      for g in c.children if g.dep_ == "pobj"), None)
        found = _party(other, body=body, iso=iso, finder=finder) if other is not None else None
        if found is not None and (r.actor1 is None or r.actor1.name != found.name):
            r.actor2 = found
            r.notes.append(f"actor2: a state named as a party ({found.text})")


def _doer(agent: Any, trigger: Any) -> Any:
    """The agreement's doer: the typing's agent, else the subject or "by" agent of the trigger, or of
    the verb whose object the trigger is ("Russia had negotiated a ceasefire")."""
    if agent is not None:
        return agent
    verb = trigger.head if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" else trigger
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _party(tok: Any, *, body: str, iso: str | None, finder: Any) -> Actor | None:
    """The state (by ``body``) or the people's side ``tok`` names as a party; None for another word."""
    if tok.lower_ in PEOPLE_WORDS:
        return people_force(tok, body=body, iso=iso, dictionary=finder.dictionary)
    if (seat := seat_force(tok, body=body)) is not None:  # "Ankara and Moscow agreed a truce"
        return seat
    state = state_speaker(tok)
    if state is None or not state.name.startswith(_MILITARY):
        return None
    return Actor(body + state.name.removeprefix(_MILITARY), 1, state.text, state.country)
