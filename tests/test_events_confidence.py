"""The report's confidence: how likely a coder codes it as a current event (``events.confidence``).

A logistic model over a few features of the finished report (its own day, a date inherited from an
earlier sentence, no date, a toll, no doer or civilians as the doer, the typing's confidence), fitted by
``benchmarks/fit_event_confidence.py`` on our audit labels. The unit tests use invented sentences; the
gate pins a floor on the dev samples' ROC area (the audited real articles of ../shared; skipped without it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from events_helpers import reports_of, show_reports
from eventwire.events.confidence import FEATURES, WEIGHTS, event_confidence, features, probability
from eventwire.records import DateValue, EventReport, Evidence, Fatalities

MON = dt.date(2024, 6, 5)
REPO = Path(__file__).resolve().parent.parent


def _report(**kw) -> EventReport:
    base = EventReport(event_type="Violence against civilians", sub_event_type="Attack",
                       disorder_type="Political violence", evidence=Evidence("x", 0, 1), cue_confidence=0.7)
    return dataclasses.replace(base, **kw)


def test_the_weights_cover_every_feature():
    assert set(WEIGHTS) == set(FEATURES) | {"bias"}


def test_an_inherited_date_is_no_day_of_its_own():
    r = _report(date=DateValue(value="2024-06-03", precision=1,
                               reason="inherited from the event this sentence elaborates"))
    f = features(r)
    assert f["inherited"] == 1.0 and f["day"] == 0.0 and f["undated"] == 0.0


def test_a_concrete_report_scores_above_a_vague_one():
    concrete = _report(date=DateValue(value="2024-06-03", precision=1, reason="on Monday"),
                       fatalities=Fatalities(count=5))
    vague = _report(date=DateValue(value=None, reason="no date in the text"))
    inherited = _report(date=DateValue(value="2024-06-03", precision=1,
                                       reason="inherited from the event this sentence elaborates"))
    c, v, i = (event_confidence(r) for r in (concrete, vague, inherited))
    assert 0.0 < v < c < 1.0 and i < c


def test_the_typing_confidence_counts():
    low, high = _report(cue_confidence=0.3), _report(cue_confidence=0.9)
    assert event_confidence(low) < event_confidence(high)


def test_a_dated_deadly_act_outranks_the_general_statement_after_it(pipeline):
    text = ("Gunmen killed five villagers in Kankara on Monday, police said. "
            "Armed groups have attacked villages across the region for years.")
    reports = reports_of(pipeline, text, published=MON)
    act = [r for r in reports if r.fatalities.count == 5]
    assert act, show_reports(reports)
    others = [r for r in reports if r is not act[0] and not r.background]
    assert all(r.confidence < act[0].confidence for r in others), show_reports(reports)
    assert all(0.0 < r.confidence < 1.0 for r in reports)


@pytest.mark.slow
def test_gate_confidence_ranks_real_events_first(pipeline, shared_dir):
    """On the dev audit samples (the fit's own data: a regression floor, not the honest figure, which
    ``benchmarks/fit_event_confidence.py --heldout`` gives) the model ranks real events above the rest at least
    as well as the typing's confidence alone, and puts them first better (average precision). The structural
    background flags took away the spurious reports the model told apart most easily (session 30: 99 reports
    left, ROC area 0.770 against 0.766, average precision 0.801 against 0.788; on the held-out samples s3-s6,
    282 reports, ROC area 0.686 against 0.683 and average precision 0.564 against 0.464)."""
    from sklearn.metrics import average_precision_score, roc_auc_score

    spec = importlib.util.spec_from_file_location("fit_event_confidence", REPO / "benchmarks" / "fit_event_confidence.py")
    fit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fit)
    rows = fit.labelled_features([fit.LABELS / "dev.jsonl"], pipeline=pipeline)
    y = [int(real) for _s, _f, real in rows]
    # enough labelled reports to rank (193 when the weights were fitted, 99 in session 30: each fix of a spurious
    # kind flags some background, and flagged reports are not ranked)
    assert len(y) > 80 and 30 < sum(y) < len(y)
    scores, cues = [probability(f) for _s, f, _r in rows], [f["cue"] for _s, f, _r in rows]
    auc, cue_auc = roc_auc_score(y, scores), roc_auc_score(y, cues)
    assert auc >= FLOOR and auc >= cue_auc, (auc, cue_auc)
    assert average_precision_score(y, scores) > average_precision_score(y, cues)


FLOOR = 0.75  # (measured 0.814 when pinned, the typing confidence alone 0.695; 0.770 / 0.766 in session 30)
