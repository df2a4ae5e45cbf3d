"""Actors whose name depends on the date: the same words name another actor after a change of power.

ACLED dates state actors by the government they serve ("Military Forces of Syria (2000-2024)" are
Assad's, "Military Forces of Syria (2024-)" the new government's); eventwire's names carry no year
ranges (the output contract), so the state's forces keep their name and what changes is who else the
words name: after August 2021 the Taliban in Afghanistan are its state forces ("Military Forces of
Afghanistan", no longer a rebel group); a 2025 text's "General Security" is the Syrian state's police
(before December 2024, Hayat Tahrir al-Sham's security service in Idlib), its "remnants of the former
regime" or "Assad loyalists" the ousted side's men, now fighting the state ("Former Regime Loyalists
(Syria)", told apart from the army they once were).

The dictionary file lists these changes under ``"eras"``: each rule names an actor, the day the change
took effect (``from``: the rule holds for articles published on or after it; ``until``: before it),
the actor the words name then (``to``), and optionally ``only`` (a regex: the rule holds for these
words alone), ``kept`` (words that still name the old actor), ``gone`` with ``gone_to`` (words that
name the ousted side: "remnants of the former regime"), and ``countries`` (the rule holds only
where the mention's country of context is one of them, or the words name the actor's country:
"Taliban" in a Pakistani text is most often the TTP's men).

The article's publication date decides (:func:`apply`); an undated article keeps the names as read.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..records import Actor

log = logging.getLogger(__name__)

#: where the actor stage leaves the article's publication date for the later stages (doc.user_data)
DOC_KEY = "eventwire.published"


@dataclass(slots=True, frozen=True)
class EraRule:
    """One change of name: ``name`` read in an article of the rule's period is ``to``."""

    name: str
    to: str
    start: dt.date | None = None  # the rule holds on and after this day
    end: dt.date | None = None  # the rule holds before this day
    kept: re.Pattern[str] | None = None
    gone: re.Pattern[str] | None = None
    gone_to: str | None = None
    countries: frozenset[str] = frozenset()
    own_words: re.Pattern[str] | None = None  # words naming the actor's country ("Afghan")
    only: re.Pattern[str] | None = None  # the rule holds for these words only ("General Security")

    def holds(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)


def _regex(value: Any) -> re.Pattern[str] | None:
    return re.compile(str(value), re.IGNORECASE) if value else None


def _day(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def rules_from_data(data: Iterable[Any]) -> list[EraRule]:
    """Era rules from the dictionary file's ``"eras"`` list (entries starting with "_" are notes)."""
    out: list[EraRule] = []
    for rec in data:
        if not isinstance(rec, dict) or "name" not in rec:
            continue
        out.append(EraRule(
            name=str(rec["name"]), to=str(rec["to"]), start=_day(rec.get("from")), end=_day(rec.get("until")),
            kept=_regex(rec.get("kept")), gone=_regex(rec.get("gone")), gone_to=rec.get("gone_to") or None,
            countries=frozenset(rec.get("countries") or ()), own_words=_regex(rec.get("own_words")),
            only=_regex(rec.get("only")),
        ))
    return out


def published_of(doc: Any) -> dt.date | None:
    """The publication date the actor stage stored on the parse (None when the article has none)."""
    user = getattr(doc, "user_data", None)
    got = user.get(DOC_KEY) if isinstance(user, dict) else None
    return got if isinstance(got, dt.date) else None


def remember(doc: Any, day: dt.date | None) -> None:
    user = getattr(doc, "user_data", None)
    if isinstance(user, dict):
        user[DOC_KEY] = day


def apply(actor: Actor | None, day: dt.date | None, rules: dict[str, list[EraRule]], *,
          context: str | None = None, entry_of: Callable[[str], Any] | None = None) -> Actor | None:
    """``actor`` as named in an article published on ``day``: the rule's actor where one holds, the
    actor itself otherwise (and when ``day`` is None). ``entry_of`` gives the dictionary entry of a
    name (its inter code and country); ``context`` is the mention's country of context."""
    if actor is None or day is None:
        return actor
    text = actor.text or ""
    for rule in rules.get(actor.name, ()):
        if not rule.holds(day) or (rule.only is not None and not rule.only.search(text)):
            continue
        if (rule.countries and context is not None and context not in rule.countries and not (rule.own_words and rule.own_words.search(text))):
            continue
        if rule.gone is not None and rule.gone_to and rule.gone.search(text):
            target = rule.gone_to
        elif rule.kept is not None and rule.kept.search(text):
            return actor
        else:
            target = rule.to
        if target == actor.name:
            return actor
        entry = entry_of(target) if entry_of is not None else None
        if entry is None and target.startswith("Unidentified Armed Group ("):
            # "Iran-backed militias" in Syria after the regime fell: no side of the new order
            return Actor(name=target, inter=3, text=actor.text, country=actor.country)
        if entry is None:
            log.debug("era rule for %r names %r, not in the dictionary", actor.name, target)
            return actor
        return Actor(name=entry.name, inter=entry.inter, text=actor.text, country=entry.country)
    return actor
