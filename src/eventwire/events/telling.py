"""The day a report's news was told: date mentions after a verb of saying ("officials said on
Wednesday") and reports dated only so (moved out of :mod:`merging`, which uses them to tell the
day of an act from the day it was reported)."""

from __future__ import annotations

import datetime as dt
import re

from ..records import EventReport

__all__ = ["days_before", "reported_day", "said_on"]


def days_before(earlier: str | None, later: str | None) -> int:
    """Days from ``earlier`` to ``later`` (ISO dates); -1 when either is not a day."""
    try:
        return (dt.date.fromisoformat((later or "")[:10]) - dt.date.fromisoformat((earlier or "")[:10])).days
    except ValueError:
        return -1


#: Where something was told, right before its day: "in a statement", "in an interview with WXTV", "at a
#: briefing", "in a news release posted", "told a news conference in Nairobi", "on Twitter".
_SETTING = (r"(?:(?i:in|at|during|via)\s+(?:{det})\s+(?:[\w-]+\s+){{0,2}}?"
            r"(?:statement|interview|post|video|message|briefing|release|conference|tweet)"
            r"(?:\s+(?:issued|posted|released|published|given))?(?:\s+(?:with|to)\s+[\w.'-]+(?:\s+[A-Z][\w.'-]*)?)?"
            r"|on\s+(?:Twitter|Facebook|Telegram|Instagram|social media))\s+")
_SAYING_BEFORE = (r"(?:(?:(?:said|says|reported|announced|confirmed|added|stated|wrote|tweeted)\s+|told\s+(?:[\w-]+\s+){0,3}?)"
                  r"(?:" + _SETTING.format(det="an?|the|his|her|their|its") + r")?|" + _SETTING.format(det="an?|his|her|their|its")
                  + r")(?:in\s+[A-Z][\w.'-]*,?\s+)?(?:(?:later|late|early)\s+)?(?:on\s+)?")
_SAID_END_RE = re.compile(r"\b" + _SAYING_BEFORE + r"$")


def said_on(text: str, start: int) -> bool:
    """Whether the date mention starting at ``start`` follows a verb of saying ("officials said on
    Wednesday", "the ministry said in a statement on Monday", "told a news conference in Nairobi on
    Monday") or the setting something was told in ("In a statement early Friday", "in an interview
    with WXTV Tuesday morning", "said on Twitter on Friday"): the day something was told."""
    return _SAID_END_RE.search(text, max(0, start - 70), start) is not None


def reported_day(r: EventReport) -> bool:
    """Whether ``r``'s date is only the day its act was reported: the date's words follow a verb of
    saying in the evidence ("..., a local official said Monday", "police told reporters on Friday", "the
    ministry said in a statement on Monday")."""
    text = r.date.text
    if not text or not r.date.value or text not in r.evidence.text:
        return False
    return re.search(_SAYING_BEFORE + re.escape(text) + r"\b", r.evidence.text) is not None
