"""How likely a report is an event an ACLED coder would code as current: the report's ``confidence``.

The typing stage's confidence (how sure the cue reading is, lowered for a missing place or actor and for
reported speech) says little about whether a sentence tells a real, current act: on real news most
sentences typed as acts are general statements, history told as context, or another facet of an act
already coded. What tells them apart is mostly how concrete the report is: a day of its own, a toll, a
named doer. The report's ``confidence`` is therefore a logistic model over a few such features of the
finished report (:data:`FEATURES`), the typing's confidence (kept as ``cue_confidence``) among them:

- ``inherited``: the date is taken from an earlier sentence ("inherited from the event this sentence
  elaborates"): general prose around a dated act reads as current through it;
- ``undated``: no date in the text at all (the story's day an undated act is given, :mod:`events.storyday`,
  is none of its own);
- ``day``: a day-precise date of its own;
- ``fatal``: a toll above zero;
- ``no_actor1`` / ``civilian_actor1``: no doer (an arrest's default police, :mod:`eventwire.events.arresters`,
  counts as none), or civilians as the doer;
- ``cue``: the typing's confidence.

The weights (:data:`WEIGHTS`) are fitted by ``benchmarks/fit_event_confidence.py`` on our own audit
labels of real news (``benchmarks/data/event_audit/dev.jsonl``: two samples of 50 articles, each
extracted event judged as an ACLED coder would), and checked on a third, held-out sample
(``heldout.jsonl``). The value is a probability: on the held-out sample one event in five that is not
flagged background is real, and keeping those at 0.2 or more keeps 24 of its 30 real events and half of
all (precision 0.32; the fit script's docstring has the figures). Background, negated and speculative
reports keep their flags; the score does not read them.
"""

from __future__ import annotations

import math
from typing import Any

from ..records import EventReport
from .arresters import NOTE_UNNAMED_ARRESTER
from .parts import INHERITED_DATES
from .storyday import STORY_DAY

#: The features of :func:`features`, in the order of :data:`WEIGHTS`.
FEATURES = ("inherited", "undated", "day", "fatal", "no_actor1", "civilian_actor1", "cue")
#: The date reasons of a report the text does not date at all.
UNDATED_REASONS = ("no date in the text",)
#: Logistic weights of :data:`FEATURES` and the intercept ("bias"), fitted by
#: ``benchmarks/fit_event_confidence.py`` (C=0.3) on ``benchmarks/data/event_audit/dev.jsonl``.
WEIGHTS: dict[str, float] = {
    "inherited": -0.97, "undated": -0.5, "day": 1.01, "fatal": 0.27, "no_actor1": -0.57,
    "civilian_actor1": -0.04, "cue": 0.66, "bias": -1.07,
}


def features(report: EventReport, *, cue: float | None = None) -> dict[str, float]:
    """The features of a finished report (``cue``: the typing's confidence, by default the report's
    ``cue_confidence``)."""
    a1 = report.actor1
    return _features(reason=report.date.reason or "", dated=report.date.value is not None,
                     precision=report.date.precision, count=report.fatalities.count or 0, notes=report.notes,
                     doer=a1 is not None, doer_inter=a1.inter if a1 is not None else None,
                     cue=report.cue_confidence if cue is None else cue)


def features_of_json(report: dict[str, Any]) -> dict[str, float] | None:
    """:func:`features` of a report in the JSON contract's shape whose ``confidence`` is still the typing's
    (reports stored before schema 7: ``store.migrations``); None when it has no such number."""
    cue = report.get("confidence")
    if isinstance(cue, bool) or not isinstance(cue, (int, float)) or not math.isfinite(cue):
        return None
    date = _dict(report.get("date"))
    count = _dict(report.get("fatalities")).get("count")
    a1 = report.get("actor1")
    return _features(reason=str(date.get("reason") or ""), dated=date.get("value") is not None,
                     precision=date.get("precision"), count=count if isinstance(count, (int, float)) else 0,
                     notes=report.get("notes") if isinstance(report.get("notes"), list) else [],
                     doer=bool(a1), doer_inter=_dict(a1).get("inter"), cue=cue)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _features(*, reason: str, dated: bool, precision: Any, count: float, notes: list[str], doer: bool,
              doer_inter: Any, cue: float) -> dict[str, float]:
    """The features from the report's fields, whether read from the record or from its JSON."""
    inherited = reason.startswith(INHERITED_DATES)
    story_day = reason == STORY_DAY  # no date of its own: the text does not date it (events.storyday)
    named = doer and NOTE_UNNAMED_ARRESTER not in notes  # (an arrest's default police is no named doer)
    return {
        "inherited": float(inherited),
        "undated": float(story_day or not dated and reason.startswith(UNDATED_REASONS)),
        "day": float(precision == 1 and not inherited and not story_day),
        "fatal": float(count > 0),
        "no_actor1": float(not named),
        "civilian_actor1": float(named and doer_inter == 7),
        "cue": float(cue),
    }


def probability(f: dict[str, float], *, weights: dict[str, float] | None = None) -> float:
    """The model's probability for the features ``f`` (:func:`features`)."""
    w = WEIGHTS if weights is None else weights
    z = w.get("bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-z))


def event_confidence(report: EventReport, *, weights: dict[str, float] | None = None) -> float:
    """The probability that ``report`` tells an event an ACLED coder would code as current."""
    return probability(features(report), weights=weights)


def calibrate(reports: list[EventReport]) -> None:
    """Set each report's ``confidence`` to :func:`event_confidence` (two decimals)."""
    for r in reports:
        r.confidence = round(event_confidence(r), 2)
