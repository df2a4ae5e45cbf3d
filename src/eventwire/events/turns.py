"""Two turns of a strategic or territorial reading that the sentence's words decide.

- A capture only tried ("rebels tried to take the town but were repelled by the army"): no place
  changed hands, so ACLED codes the fighting, an Armed clash, not a territorial type.
- A place entered and lost again in the same telling ("briefly entered the town before being pushed back
  by soldiers"): no change of control either, an Armed clash.
- An arrest after which the person is not seen again ("security agents picked up the lawyer and
  refused to say where he was being held"): ACLED's Abduction/forced disappearance, which covers
  disappearances by state forces, not Arrests.
"""

from __future__ import annotations

from typing import Any

from .words import needs_words

TRY_LEMMAS = frozenset("try attempt seek bid".split())
#: words telling that the person taken is missing: "not been seen since", "whereabouts unknown"
MISSING_WORDS = frozenset("whereabouts seen trace incommunicado".split())


def tried_capture(trig: Any) -> bool:
    """The capture is only the aim of an attempt ("tried to take", "an attempt to seize", "in a bid
    to capture"), not a place taken."""
    head = trig.head
    if trig.dep_ == "xcomp" and head.lemma_.lower() in TRY_LEMMAS:
        return not any(c.dep_ == "conj" and c.lemma_.lower() in ("take", "capture", "seize") for c in head.children)
    return trig.dep_ == "acl" and head.lemma_.lower() in TRY_LEMMAS and head.pos_ == "NOUN"


#: verbs of being driven back out of a place just entered ("before being pushed back by soldiers")
REPULSE_LEMMAS = frozenset("push drive repel repulse beat force chase".split())


def reversed_capture(trig: Any) -> bool:
    """The place was entered or taken and lost again in the same telling ("fighters briefly entered the
    town before being pushed back by soldiers"): control did not change, so ACLED codes the fight."""
    for c in trig.children:
        if c.dep_ not in ("advcl", "prep", "conj") or c.lower_ not in ("before", "until") and c.dep_ == "prep":
            continue
        verbs = [c] if c.dep_ in ("advcl", "conj") else [g for g in c.children if g.dep_ == "pcomp"]
        for v in verbs:
            if v.lemma_.lower() not in REPULSE_LEMMAS or not any(x.dep_ == "auxpass" for x in v.children):
                continue  # the capturers driven back: a passive of repulse
            if v.dep_ == "advcl" and not any(x.dep_ == "mark" and x.lower_ in ("before", "until") for x in v.children):
                continue  # not "after the rebels were pushed back": what came before the capture
            if v.dep_ == "conj" and not any(x.lower_ in ("back", "out") for x in v.children):
                continue
            return True
    return False


@needs_words(lambda: MISSING_WORDS | {"where"})
def held_unknown(sent: Any) -> bool:
    """The sentence tells that the one taken is missing or held where nobody is told: "has not been
    seen since", "without a trace", "his whereabouts remain unknown", "refused to say where he was
    being held", "held incommunicado", "at an undisclosed location"."""
    for t in sent:
        low = t.lower_
        if low == "seen" and any(c.dep_ == "neg" for c in t.children) and any(c.lower_ == "since" for c in t.children):
            return True
        if low == "incommunicado" or (low == "whereabouts" and any(
                w.lower_ in ("unknown", "unclear", "known", "disclosed", "revealed") for w in t.head.subtree)):
            return True  # "his whereabouts remain unknown"; not "arrested over the disappearance of a student"
        if low == "trace" and t.head.lower_ == "without":
            return True
        if low == "where" and t.head.lemma_.lower() in ("hold", "take", "keep", "detain") and any(
            a.lemma_.lower() in ("say", "disclose", "reveal", "tell", "know") and (
                any(c.dep_ == "neg" for c in a.children) or a.head.lemma_.lower() in ("refuse", "decline", "fail"))
            for a in t.head.ancestors
        ):
            return True
    return False


#: words on the way from a coup word up to the arrest that make the coup the charge, not the scene
COUP_CHARGE_WORDS = frozenset(
    "over for of with plot plots plotting planning plan charge charges charged accuse accused suspicion alleged suspected".split()
)


def coup_scene(trig: Any, by_cat: dict[str, list[tuple[float, Any, Any]]]) -> bool:
    """The arrest or the foiling is part of a coup told as happening ("detained the president in what
    appeared to be a coup attempt", "the coup attempt was foiled"): ACLED codes coups as Other; not an
    arrest on coup charges ("arrested over an alleged coup plot")."""
    for _d, h, r in by_cat.get("OTHER", []):
        if not h.phrase.startswith("coup"):
            continue
        path = [r, *(c for c in r.children if c.dep_ in ("amod", "compound"))]
        up = r
        for _ in range(8):
            if up.i == trig.i or up.head.i == up.i:
                break
            up = up.head
            path.append(up)
        if up.i != trig.i and not (r.dep_ == "nsubjpass" and r.head.i == trig.i):
            continue
        if not any(t.lower_ in COUP_CHARGE_WORDS or t.lemma_.lower() in COUP_CHARGE_WORDS for t in path if t.i != trig.i):
            return True
    return False
