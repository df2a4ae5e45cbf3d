"""Fit ``events.victims.VICTIM_WEIGHTS`` / ``VICTIM_THRESHOLD`` on the dev split of HRDsAttack (never val).

    python benchmarks/victims_fit.py [--cache PATH]

Uses the article cache of ``benchmarks/event_fields_dev.py`` (run that first), runs the time and
events stages, and fits a logistic regression of "this person is a gold victim" (its name equals or
contains / is contained in a gold victim's name) on :func:`events.victims.person_features` of every
person the dev articles name, for a few regularisation strengths C; prints the person-level F1 of
each (C, threshold) on dev and val, the fitted weights, and the F1 of the shipped weights. The
shipped weights: the most regularised C (0.3) at its best dev threshold.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from event_fields_dev import GOLD, is_val  # noqa: E402

from eventwire.evaluate.fields import _loose, _vname  # noqa: E402
from eventwire.evaluate.gold import read_gold  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=Path("/tmp/eventwire_fields_cache.pkl"))
    args = ap.parse_args()
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from eventwire.actors.dictionary import ActorDictionary
    from eventwire.events import victims as V
    from eventwire.events.extractor import EventExtractor
    from eventwire.timex import tag_dates

    items = read_gold("event-fields", GOLD)
    with args.cache.open("rb") as fh:
        arts = {a.id: a for a in pickle.load(fh)}
    events = EventExtractor(actors=ActorDictionary.load())
    rows = []
    for it in items:
        a = arts[it.id]
        a.rejections = []
        tag_dates(a)
        events.extract(a)
        i = a.main_event.report if a.main_event is not None else None
        report = a.reports[i] if i is not None else None
        gold = [_vname(v.name) for v in it.victims if v.name]
        people = V.person_evidence(a)
        crime = V.crime_doer(a) is not None
        for ev in people:
            feats = V.person_features(ev, a, report=report, people=len(people), crime=crime)
            rows.append((is_val(it.id), feats, any(_loose(ev.name, g) for g in gold)))
    names = sorted({k for _, f, _ in rows for k in f if k != "bias"})

    def data(split_val: bool):
        sub = [(f, lab) for v, f, lab in rows if v == split_val]
        return np.array([[f.get(k, 0.0) for k in names] for f, _ in sub]), np.array([lab for _, lab in sub])

    def f1(pred, y):
        return 2 * (pred & y).sum() / max(pred.sum() + y.sum(), 1)

    (xd, yd), (xv, yv) = data(False), data(True)
    for c in (0.3, 1.0, 3.0):
        lr = LogisticRegression(C=c, max_iter=2000).fit(xd, yd)
        for thr in (-1.5, -1.25, -1.125, -1.0, -0.875, -0.75, -0.5):
            print(f"C={c} threshold={thr}: dev F1 {f1(lr.decision_function(xd) > thr, yd):.3f}"
                  f" val F1 {f1(lr.decision_function(xv) > thr, yv):.3f}")
        print("   ", {"bias": round(float(lr.intercept_[0]), 2),
                      **{k: round(float(w), 2) for k, w in zip(names, lr.coef_[0], strict=True)}})

    def shipped(x):
        w = np.array([V.VICTIM_WEIGHTS.get(k, 0.0) for k in names])
        return x @ w + V.VICTIM_WEIGHTS.get("bias", 0.0) > V.VICTIM_THRESHOLD

    print(f"shipped: dev F1 {f1(shipped(xd), yd):.3f} val F1 {f1(shipped(xv), yv):.3f}")


if __name__ == "__main__":
    main()
