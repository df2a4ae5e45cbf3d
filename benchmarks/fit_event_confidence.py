#!/usr/bin/env python3
"""Fit (and check) the event confidence model of ``eventwire.events.confidence`` on our audit labels.

    python benchmarks/fit_event_confidence.py [--C 0.3] [--grid] [--train s1,s2] [--test s3,s4 | --heldout] [--json]

Labels: ``benchmarks/data/event_audit/dev.jsonl`` (two samples of 50 real articles of
``../shared/eval/articles``, "s1" and "s2", ranked 1-25 and 26-50 by md5 of their id in each file) and
``heldout.jsonl`` (a third sample, "s3", ranks 51-75, judged by another coder and never used to choose
features or weights). Each line is an article of the sample or an extracted event, keyed by article id,
evidence offsets and sub-event type, with ``real`` (an ACLED coder would code it as a current event)
and, for the others, the mechanism that made it (GENERIC, PAST, MISC, DUP, ...). No article text is
kept: the articles are read from ../shared.

The script runs the whole pipeline over the audited articles (about 150; a minute), matches each report
to its label (same article and sub-event type, same evidence start, else overlapping evidence),
computes :func:`eventwire.events.confidence.features` of the reports not flagged background, fits a
logistic regression (L2, ``--C``) on the dev samples and prints: the weights to paste into
``confidence.WEIGHTS``; the area under the ROC curve of each dev sample scored by a model fitted on
the other; and, on the held-out sample, the ROC area and average precision of the fitted model against
the typing's confidence alone, with the share of real events kept and the precision at thresholds.

Figures (twenty-sixth session, at the session's final code; `--grid`: C 0.03 / 0.1 / 0.3 / 1 / 3 give a
mean cross-sample ROC area of 0.822 / 0.824 / 0.823 / 0.812 / 0.802, C 0.3 kept): dev 193 reports, 55 real;
cross-sample ROC area 0.855 (s1 -> s2) and 0.791 (s2 -> s1); the typing's confidence alone 0.695 on dev.
Held out (`--heldout`, run once the weights were set; 157 reports, 30 real): ROC area 0.771 and average
precision 0.51, against 0.72 and 0.38 for the typing's confidence alone. Kept at >= 0.2: 74 of the 157,
24 of the 30 real ones (precision 0.32 against 0.19 for all); at >= 0.3: 41, 17 real (0.41). (The held-out
labels are the third sample's verdicts at the session's start plus the same coder's verdicts on the events
the session's fixes made new.)
Features measured and not kept (none raised the dev cross-sample ROC area; the held-out sample was not
read for them): the evidence's position in the article, a lead sentence, the number of reports of the
article, the article's length, an actor 2, a place from the paragraph, reported speech (all with the
first fit: mean 0.762-0.799 against 0.803), and the tense of the act's verb, present or present perfect
(final code: 0.810 against 0.823).
Twenty-seventh session: a fourth sample ("s4", ranks 76-100, ``heldout_s4.jsonl``, judged by a third coder at the
session's start; both held-out files extended with that coder's verdicts on the events the session's fixes made
new). ``--train`` / ``--test`` name the samples. At the session's final code, fitted on s1, s2 (as shipped):
held-out s3 ROC area 0.748 / AP 0.485, s4 0.709 / 0.492 (the typing's confidence alone 0.708 / 0.391 and 0.645 /
0.286). Fitted on s1, s2 and s3 (``--train s1,s2,s3 --test s4 --grid``: C 0.03-3 give a leave-one-sample-out mean
of 0.793 / 0.798 / 0.797 / 0.788 / 0.781): s4 0.715 / 0.484, no better than the shipped weights, so they stay.
Twenty-eighth session: a fifth sample ("s5", ranks 101-125, ``heldout_s5.jsonl``, judged by a fourth coder at the
session's end on its final code: 157 events, 23 real, precision among events not flagged background 27%).
Twenty-ninth session: a sixth sample ("s6", ranks 126-150, ``heldout_s6.jsonl``, judged by a fifth coder at the
session's start: 137 events, 17 real, precision among events not flagged background 19%). On s5 and s6 together
(170 reports not flagged background, 38 real; ``--train s1,s2,s3,s4 --test s5,s6``) the shipped weights score ROC
area 0.712 / AP 0.517, a refit on s1-s4 0.723 / 0.514, a refit on s1, s2 0.716 / 0.458 and the typing's confidence
alone 0.739 / 0.399: four samples of labels instead of two do not beat the shipped weights, so they stay.
Then (same session, helper CONF, after the structural anchors of ``events.anchors`` / ``events.pastanchors``;
features chosen on s1-s4 only, leave one sample out, ``--train s1,s2,s3,s4 --grid``): three structural features
of the report's sentence -- a quotation, a source telling the act ("witnesses said", "according to"), the text's
lead -- raised the leave-one-sample-out mean from 0.758 to 0.806 at C 1, on all four samples (the sentence's
anchors as such, the trigger's tense and the root's tense did not). Scored once on s5 + s6 (143 reports not
flagged background at the code after ``events.aims``, 38 real): ROC area 0.716 / AP 0.487, against 0.696 / 0.549
for the shipped weights on the same reports and 0.721 / 0.432 for the typing's confidence alone. The held-out
samples do not confirm the gain (the ROC area rises, the average precision falls), so the shipped model stays
as it is (the helper's files: /tmp/n29/conf_saved/, not committed).
Thirtieth session: a seventh sample ("s7", ranks 151-175, ``heldout_s7.jsonl``, judged by a sixth coder at the
session's start: 150 events, 18 real, precision among events not flagged background 31%). After the session's
structural flags (which took away the spurious reports the model told apart most easily), on s5-s7 (161 reports not
flagged background, 50 real; ``--train s1,s2 --test s5,s6,s7``) the shipped weights score ROC area 0.675 / AP 0.537,
a refit on s1, s2 0.672 / 0.465 and the typing's confidence alone 0.705 / 0.499; on s3-s6 (282 reports, 91 real)
0.686 / 0.564 against 0.683 / 0.464. The model now ranks about as well as the typing's confidence and puts real
events first somewhat better (AP); the weights stay, and the dev gate (tests/test_events_confidence.py) asserts
only that (ROC area >= the typing's, AP above it: 0.770 / 0.801 against 0.766 / 0.788 on 99 dev reports).
An eighth sample ("s8", ranks 176-200, ``dev_s8.jsonl``), judged at the thirtieth session's end on its final code
(179 events, 27 real, precision 39%), is a DEV sample for the next session's rules (not held out).
Run it by hand; it is not part of the test suite (tests/test_events_confidence.py pins a floor on the dev
samples' ROC area).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
ARTICLES = REPO.parent / "shared" / "eval" / "articles"
LABELS = REPO / "benchmarks" / "data" / "event_audit"
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4)
GRID = (0.03, 0.1, 0.3, 1.0, 3.0)


def read_labels(path: Path) -> tuple[dict[str, str], dict[str, list[dict]]]:
    """The sample of each audited article and the event labels per article."""
    samples: dict[str, str] = {}
    events: dict[str, list[dict]] = defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["type"] == "article":
                samples[rec["article"]] = rec["sample"]
            else:
                events[rec["article"]].append(rec)
    return samples, events


def match(report, labels: list[dict], used: set[int]) -> dict | None:
    """The label of ``report``: same sub-event type and evidence start, else overlapping evidence."""
    ev = report.evidence
    same = [x for x in labels if x["sub_event_type"] == report.sub_event_type and id(x) not in used]
    for x in same:
        if x["start"] == ev.start:
            used.add(id(x))
            return x
    for x in same:
        if x["start"] < ev.end and ev.start < x["end"]:
            used.add(id(x))
            return x
    return None


def labelled_features(paths: list[Path], *, pipeline=None) -> list[tuple[str, dict[str, float], bool]]:
    """(sample, features, real) of every report not flagged background that a label matches (``pipeline``:
    a loaded one, else the default is loaded)."""
    from eventwire.events.confidence import features
    from eventwire.ingest.readers import iter_articles
    from eventwire.pipeline import load_pipeline

    samples: dict[str, str] = {}
    labels: dict[str, list[dict]] = {}
    for p in paths:
        s, e = read_labels(p)
        samples.update(s)
        labels.update(e)
    files = sorted(str(f) for f in ARTICLES.glob("*.jsonl"))
    articles = [a for a in iter_articles(files) if a.id in samples]
    pipeline = pipeline if pipeline is not None else load_pipeline()
    rows = []
    unmatched = 0
    for article in pipeline.pipe(articles):
        used: set[int] = set()
        for r in article.reports:
            lab = match(r, labels.get(article.id, []), used)
            if lab is None:
                unmatched += 1
                continue
            if not r.background:
                rows.append((samples[article.id], features(r), bool(lab["real"])))
    print(f"{len(articles)} articles, {len(rows)} labelled reports not flagged background, "
          f"{unmatched} reports with no label (new since the audit)", file=sys.stderr)
    return rows


#: the label file of each audit sample
SAMPLE_FILES = {"s1": "dev.jsonl", "s2": "dev.jsonl", "s3": "heldout.jsonl", "s4": "heldout_s4.jsonl",
                "s5": "heldout_s5.jsonl", "s6": "heldout_s6.jsonl", "s7": "heldout_s7.jsonl",
                "s8": "dev_s8.jsonl"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--C", type=float, default=0.3, help="inverse L2 strength of the logistic fit")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--grid", action="store_true",
                    help="the cross-sample ROC area (leave one training sample out) for a range of C (choose C)")
    ap.add_argument("--train", default="s1,s2", help="the samples fitted on (comma-separated; default s1,s2)")
    ap.add_argument("--test", default="", help="held-out samples to score (comma-separated; --heldout: s3)")
    ap.add_argument("--heldout", action="store_true",
                    help="also score the held-out sample s3 (once the weights are chosen: never to choose them)")
    args = ap.parse_args(argv)
    train = tuple(x for x in args.train.split(",") if x)
    test = tuple(x for x in args.test.split(",") if x) or (("s3",) if args.heldout else ())
    unknown = [x for x in train + test if x not in SAMPLE_FILES]
    if unknown or len(train) < 2 or set(train) & set(test):
        ap.error(f"samples: two or more to train on, others to test, of {sorted(SAMPLE_FILES)}")

    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score, roc_auc_score

    from eventwire.events.confidence import FEATURES, WEIGHTS

    files = sorted({SAMPLE_FILES[x] for x in train + test})
    rows = labelled_features([LABELS / f for f in files])

    def part(samples: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
        sel = [r for r in rows if r[0] in samples]
        return (np.array([[f[k] for k in FEATURES] for _s, f, _y in sel]),
                np.array([y for _s, _f, y in sel], dtype=int))

    def cross(c: float) -> dict[str, float]:
        """Each training sample scored by a model fitted on the others."""
        out = {}
        for x in train:
            xt, yt = part(tuple(o for o in train if o != x))
            xs, ys = part((x,))
            m = LogisticRegression(C=c, max_iter=1000).fit(xt, yt)
            out[x] = round(float(roc_auc_score(ys, m.predict_proba(xs)[:, 1])), 3)
        return out

    if args.grid:
        for c in GRID:
            got = cross(c)
            print(f"C={c}: " + ", ".join(f"-> {k} {v:.3f}" for k, v in got.items())
                  + f", mean {sum(got.values()) / len(got):.3f}")
    xd, yd = part(train)
    model = LogisticRegression(C=args.C, max_iter=1000).fit(xd, yd)
    out: dict = {
        "weights": {k: round(float(w), 2) for k, w in zip(FEATURES, model.coef_[0], strict=True)}
        | {"bias": round(float(model.intercept_[0]), 2)},
        "train": {"samples": list(train), "n": int(len(yd)), "real": int(yd.sum()),
                  "cross_sample_auc": cross(args.C),
                  "cue_auc": round(float(roc_auc_score(yd, xd[:, FEATURES.index("cue")])), 3)},
    }
    if test:
        xh, yh = part(test)
        ph = model.predict_proba(xh)[:, 1]
        cue = xh[:, FEATURES.index("cue")]
        shipped = xh @ np.array([WEIGHTS.get(k, 0.0) for k in FEATURES]) + WEIGHTS.get("bias", 0.0)
        out["heldout"] = {
            "samples": list(test), "n": int(len(yh)), "real": int(yh.sum()),
            "auc": round(float(roc_auc_score(yh, ph)), 3),
            "ap": round(float(average_precision_score(yh, ph)), 3),
            "cue_auc": round(float(roc_auc_score(yh, cue)), 3),
            "cue_ap": round(float(average_precision_score(yh, cue)), 3),
            "shipped_auc": round(float(roc_auc_score(yh, shipped)), 3),
            "shipped_ap": round(float(average_precision_score(yh, shipped)), 3),
            "at": {str(t): {"kept": int((ph >= t).sum()), "real_kept": int(yh[ph >= t].sum()),
                            "precision": round(float(yh[ph >= t].mean()), 3) if (ph >= t).any() else None}
                   for t in THRESHOLDS},
        }
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    print("WEIGHTS =", out["weights"])
    print("train:", out["train"])
    if test:
        h = out["heldout"]
        print(f"held-out {','.join(test)}: n {h['n']} real {h['real']}; model ROC area {h['auc']} AP {h['ap']}; "
              f"typing confidence alone {h['cue_auc']} / {h['cue_ap']}; the shipped weights {h['shipped_auc']} / "
              f"{h['shipped_ap']}")
        for t, v in h["at"].items():
            print(f"  >= {t}: kept {v['kept']}, real {v['real_kept']}/{h['real']}, precision {v['precision']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
