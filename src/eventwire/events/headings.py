"""Headings of a list of past acts, no act of their own (seventeenth session).

"Timeline: key al-Shabaab attacks since 2023", "Factbox: deadliest attacks in Pakistan this year": a label
and a noun phrase with no verb head the list that follows; each item of the list is an act (or a past
one), the heading is none (it used to be coded as an attack at the dateline).
"""

from __future__ import annotations

from typing import Any

from .words import span_text

#: The labels of an explainer's or a list's heading (first word of the sentence, before a colon).
LIST_LABELS = frozenset("timeline factbox fact explainer chronology analysis key".split())


def opens_list(sent: Any) -> bool:
    """Cheap gate for :func:`list_heading`: a label first, or a colon last ("Overnight attacks, 14 May:")."""
    text = span_text(sent).strip()
    if not text:
        return False
    return text[-1] == ":" or text.split(None, 1)[0].rstrip(":").lower() in LIST_LABELS


def list_heading(sent: Any) -> bool:
    """``sent`` is a list's heading: a label from :data:`LIST_LABELS` and a colon, then no verb; or a
    verbless line ending in a colon, the heading of a bulletin's entries ("Overnight attacks, 14 May:")."""
    toks = [t for t in sent if not t.is_space]
    if not toks:
        return False
    if toks[-1].text == ":" and len(toks) > 1:
        return not any(t.pos_ in ("VERB", "AUX") for t in toks)
    if toks[0].lower_ not in LIST_LABELS:
        return False
    colon = next((k for k, t in enumerate(toks[:4]) if t.text in (":", "-", "\u2013", "|")), None)
    if colon is None:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in toks[colon + 1:])
