"""A civilian killed by forces "during clashes": the clashes are the setting, the act is an attack.

ACLED codes "Israeli troops shot dead a boy during clashes in Jenin" as an Attack (Violence against
civilians) when the only victim told is a civilian and the clashes have no armed side named: the
clashes (often with stone-throwing youths) are where it happened, the shooting of the civilian is the
event. "Soldiers killed five militants during clashes" or "a boy was killed in clashes between troops and
rebels" stay Armed clashes.
"""

from __future__ import annotations

from typing import Any

from .clause import ActorKind, _circumstance, arg_kind

ARMED_KINDS = ("state", "nonstate", "armed")


def civilian_shot_in_clashes(ctok: Any, trig: Any, *, agent_kind: str | None, patient_kind: str | None,
                             actor_kind: ActorKind | None = None) -> bool:
    """Forces (``agent_kind``) kill or wound a civilian (``patient_kind``) with ``trig``, and the clash noun
    ``ctok`` is only its setting ("during clashes", "in clashes in Jenin") with no armed side named."""
    if patient_kind != "civilian" or agent_kind not in ARMED_KINDS or not _circumstance(ctok, trig):
        return False
    for prep in ctok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "between", "involving", "against"):
            continue
        for side in prep.subtree:
            if side.pos_ in ("NOUN", "PROPN") and arg_kind(side, actor_kind) in ARMED_KINDS:
                return False  # "during clashes with militants", "between troops and rebels"
    return True
