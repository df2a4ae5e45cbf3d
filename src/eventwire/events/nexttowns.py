"""The town the next sentence tells for an act its own sentence places only in a country.

A report often opens with the country and says where in the following sentence: "A bomb killed two
aid workers in Somalia. The device went off near a clinic in Baidoa on Monday." The act's own
sentence names only Somalia, so the event linker gives it the country (a country-only place, no
location at all for ACLED); the next sentence tells the same act at its town, and ACLED codes it at
Baidoa. :func:`town_told_next` takes that town: a place finer than a country, of the same country,
that the next sentence of the paragraph locates something at ("in Baidoa", "near Baidoa", "the town
of Baidoa") in a clause that tells an act (the verb the place hangs on is a cue of the event
lexicon: "went off", "struck", "died", "were shot"), when that sentence goes on with the story (it
opens on a word that points back: "The device", "It", "He"), not when it opens a new one ("Militants
also shelled a base in Kismayo").

Not a place the next sentence names for another role ("flew home to Mogadishu", "a Kismayo
resident", "The victims were born in Kismayo", "The president condemned the attack in a speech in
Mogadishu", "It was the third attack this year, after a bombing in Kismayo": the verb tells no act),
a place of another country ("... in Baidoa. The aid group is based in Nairobi"), nor a bare country or
a direction on one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..records import PlaceMention
from .clause import verb_above
from .clauseplaces import locating_object
from .lexicon import build_index
from .story import ANAPHORIC_DETS, sentence_of, sentences
from .words import char_span

#: Pronouns that open a sentence going on with the one before ("It went off near a clinic in Baidoa").
_BACK_PRONOUNS = frozenset({"he", "she", "it", "they", "his", "her", "their", "its"})


def continues_story(sent: Any) -> bool:
    """Whether ``sent`` opens on a word that points back to the sentence before: a definite or
    demonstrative determiner ("The bomber struck ...", "This attack ...") or a pronoun ("It ...")."""
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None:
        return False
    low = first.lower_
    return low in _BACK_PRONOUNS or (low in ANAPHORIC_DETS and first.dep_ == "det")


def _locates(doc: Any, m: PlaceMention, sent: Any) -> bool:
    """Whether ``sent`` locates an act at ``m`` ("went off in Baidoa", "struck in the town of Baidoa"): the
    verb the place hangs on is a cue of the event lexicon (not "were born in Baidoa", "condemned the attack
    in a speech in Baidoa")."""
    span = char_span(doc, m.start, m.end)
    if span is None:
        return False
    root = span.root
    if root.dep_ == "appos" and root.head.dep_ == "pobj":
        root = root.head  # "in the town, Baidoa"
    if not locating_object(root, of_located=True):
        return False
    verb = verb_above(root)  # (the sentence's cue hits are kept on the doc: the extractor matches every sentence)
    return any(h.start <= verb.i < h.end for h in build_index().match(sent))


def town_told_next(doc: Any, trigger: Any, best: PlaceMention, *,
                   in_range: Callable[[int, int], Sequence[PlaceMention]],
                   specificity: Callable[[PlaceMention], int], finest: int) -> PlaceMention | None:
    """The place finer than ``best`` (a bare country, or a direction on one, the act's sentence told)
    that the next sentence of the paragraph locates an act at (:func:`_locates`) in the same country, when
    that sentence goes on with the story (:func:`continues_story`); None when there is none.

    ``in_range`` gives the article's place mentions between two offsets; ``specificity`` ranks them
    (lower is finer) and ``finest`` is the rank of a direction on a country: a candidate must rank below it.
    """
    if trigger is None or best.place is None or not best.place.iso:
        return None
    sents, index, text = sentences(doc)
    whole = sentence_of(doc, trigger.i)
    i = index.get(whole.start)
    if i is None or i + 1 >= len(sents):
        return None
    nxt = sents[i + 1]
    if "\n" in text[whole.start_char : nxt.start_char] or not continues_story(nxt):
        return None
    iso = best.place.iso
    cands = [m for m in in_range(nxt.start_char, nxt.end_char)
             if m.place is not None and m.place.iso == iso and specificity(m) < finest and _locates(doc, m, nxt)]
    return min(cands, key=lambda m: (specificity(m), m.start)) if cands else None
