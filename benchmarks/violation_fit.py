"""Fit ``events.victims.VIOLATION_WEIGHTS`` on the dev split of HRDsAttack (never val).

    python benchmarks/violation_fit.py [--cache PATH] [--l2 C]

Uses the article cache of ``benchmarks/event_fields_dev.py`` (run that first), runs the time and
events stages, and per violation type fits a logistic regression of "the gold codes this type" on
:func:`events.victims.violation_features` (dev articles only); then shifts each type's bias, one
type at a time over a small grid, to the value with the best micro-F1 of the violation types on
dev. Prints the weights (paste them into victims.py) and the dev/val F1 of the current and the
fitted weights.
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

from eventwire.evaluate.fields import _violations  # noqa: E402
from eventwire.evaluate.gold import read_gold  # noqa: E402

FEATS = ("sub", "victim", "title", "lead", "body")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=Path("/tmp/eventwire_fields_cache.pkl"))
    ap.add_argument("--l2", type=float, default=1.0, help="inverse regularisation strength C")
    args = ap.parse_args()
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from eventwire.actors.dictionary import ActorDictionary
    from eventwire.events import victims as V
    from eventwire.events.extractor import EventExtractor
    from eventwire.timex import tag_dates

    items = [i for i in read_gold("event-fields", GOLD) if _violations(i.violation_types, gold=True)]
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
        crime = V.crime_doer(a)
        victims = V.find_victims(a, report, crime=crime)
        rows.append((it, V.violation_features(a, report, victims=victims), _violations(it.violation_types, gold=True)))
    types = V.VIOLATION_TYPES[:-1]

    def decide(weights, feats):
        out = set()
        for t in types:
            w = weights[t]
            if w.get("bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in feats[t].items()) > 0:
                out.add(t)
        return out or {"unknown"}

    def f1(weights, split):
        tp = n_pred = n_gold = 0
        for it, feats, gold in rows:
            if (split == "val") != is_val(it.id):
                continue
            pred = decide(weights, feats)
            tp += len(pred & gold)
            n_pred += len(pred)
            n_gold += len(gold)
        return 2 * tp / max(n_pred + n_gold, 1)

    dev = [(f, g) for it, f, g in rows if not is_val(it.id)]
    fitted = {}
    for t in types:
        X = np.array([[f[t][k] for k in FEATS] for f, _ in dev])
        y = np.array([t in g for _, g in dev])
        lr = LogisticRegression(C=args.l2).fit(X, y)
        fitted[t] = {"bias": round(float(lr.intercept_[0]), 2),
                     **{k: round(float(c), 2) for k, c in zip(FEATS, lr.coef_[0], strict=True)}}
    for _ in range(2):  # bias shifts for micro-F1, one type at a time
        for t in types:
            best = (f1(fitted, "dev"), fitted[t]["bias"])
            base = fitted[t]["bias"]
            for d in np.arange(-1.5, 1.51, 0.25):
                fitted[t]["bias"] = round(float(base + d), 2)
                score = f1(fitted, "dev")
                if score > best[0] + 1e-9:
                    best = (score, fitted[t]["bias"])
            fitted[t]["bias"] = best[1]
    print(f"current: dev F1 {f1(V.VIOLATION_WEIGHTS, 'dev'):.3f} val F1 {f1(V.VIOLATION_WEIGHTS, 'val'):.3f}")
    print(f"fitted:  dev F1 {f1(fitted, 'dev'):.3f} val F1 {f1(fitted, 'val'):.3f}")
    print("VIOLATION_WEIGHTS = {")
    for t in types:
        print(f"    {t!r}: {fitted[t]},")
    print("}")


if __name__ == "__main__":
    main()
