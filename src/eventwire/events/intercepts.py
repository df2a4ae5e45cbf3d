"""A strike that hit its target, told with the interception of part of it (called by
:func:`eventwire.events.typing_extra.reread_decision`).

"Israeli warplanes struck weapons depots near Damascus airport overnight, state media said, adding that air
defences intercepted most of the missiles": the warplanes striking a target is the act, the interception
of some of the missiles a part of it (ACLED codes the strike; an interception alone, "air defences shot
down 30 of the 35 drones", stays disrupted weapons use). The strike is told by an aircraft or a weapon
that is the subject of a verb of striking with a target of its own (not a weapon: "launched 40 drones").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .clause import ActorKind, ArgInfo, arg_kind
from .lexicon import CueHit

#: verbs by which an aircraft or a weapon hits a target
STRIKE_VERBS = frozenset("strike hit bomb pound target shell raid attack blast".split())
#: objects that are weapons launched, not targets hit
WEAPON_OBJECTS = frozenset("drone drones missile missiles rocket rockets shell shells bomb bombs projectile".split())
SUB_OF = {"AIR": "Air/drone strike", "SHELL": "Shelling/artillery/missile attack"}


def strike_hit(dec: Any, sent: Any, hits: list[CueHit], actor_kind: ActorKind | None) -> Any:
    """The strike's decision for a decision of disrupted weapons use when the sentence tells an aircraft
    or a weapon striking a target (see the module's note); None when it does not."""
    if dec.sub_event_type != "Disrupted weapons use":
        return None
    doc = sent.doc
    for h in hits:
        if h.category not in SUB_OF:
            continue
        weapon = doc[h.start:h.end].root
        verb = weapon.head
        if weapon.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in STRIKE_VERBS:
            continue
        target = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if target is None or target.lower_ in WEAPON_OBJECTS or target.lemma_.lower() in WEAPON_OBJECTS:
            continue
        return replace(dec, sub_event_type=SUB_OF[h.category], trigger=verb, family="VIOLENCE", means=h.category,
                       agent=ArgInfo(weapon, arg_kind(weapon, actor_kind)),
                       patient=ArgInfo(target, arg_kind(target, actor_kind)))
    return None
