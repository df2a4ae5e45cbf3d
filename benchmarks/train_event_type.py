"""Train (and honestly measure) the event type model of eventwire.events.typemodel.

    python benchmarks/train_event_type.py [--folds 5] [--quick] [--dense sw,none,...] [--write] [--out PATH]

Data: ../shared/eval/event_type/case2021-dev.jsonl (CASE 2021 Task 2, 304 snippets, 30 labels). Each
snippet is parsed once and run through the events stage with the rules alone; the features of the
sentence that gives the rules' main event (else the first sentence with a cue) are the example, the
snippet's label its target. Nothing of the text is written out: the artefact holds feature names
(cue phrases, lemmas, parse pairs) and weights only.

Measures (all with the real events stage, main event per snippet, 26 classes = ACLED's 25 + NONE):
  * rules alone, per split;
  * k-fold cross-validation by md5(id) % k (nested: C, class weighting and the overrule thresholds
    are chosen by an inner 3-fold CV on the training folds only) - the honest estimate;
  * "val": the split md5(id) % 3 == 0 that was never inspected while writing the rules, predicted
    by a model trained on the other two thirds only (hyper-parameters chosen there too).
The synthetic snippets (benchmarks/data/event_type_synthetic) join every training set by their train
thirds only (md5(id) % 3 != 0), so that their val third stays a fair check ("synval").

Dense features (``v:*``: doc.tensor pooled over the sentence "s", a window around the trigger "w", the
trigger "t", the sentence maximum "x"; see typemodel.DENSE_PARTS) are standardised on the training
rows and weighed against the sparse ones by a scale chosen in the inner CV. ``--dense none,s,sw``
compares settings; ``--quick`` measures only the honest split (CASE train + synthetic train -> CASE val
and synthetic val, the real events stage) and skips the k-fold CV.

With --write the model is refitted (``--ship train``, the default: on the CASE and synthetic train
thirds, so that both val thirds stay unseen; ``all``: every snippet, in-sample figures only) and
written to src/eventwire/data/events_typemodel.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from event_type_dev import REPO, SHARED, f1s, is_val, load_taggers, prepare  # noqa: E402

from eventwire.events import extractor as extractor_mod  # noqa: E402
from eventwire.events import typemodel as typemodel_mod  # noqa: E402
from eventwire.events import typing as typing_mod  # noqa: E402
from eventwire.events.extractor import EventExtractor  # noqa: E402
from eventwire.events.taxonomy import CASE_CODES, SUB_TO_CASE  # noqa: E402
from eventwire.events.typemodel import TypeModel, decision_code  # noqa: E402

OUT = REPO / "src/eventwire/data/events_typemodel.json"
#: our own labelled snippets (written for the project, see its README): always in the training set
SYNTHETIC = HERE / "data/event_type_synthetic"
C_GRID = (0.3, 1.0)
TH_GRID = (0.4, 0.5, 0.6, 0.7, 0.8, 1.01)  # 1.01: never overrule (the rules alone)
MARGIN_GRID = (0.5, 0.8, 1.01)
MIN_DF = 2
EXTRA_WEIGHTS = (0.3, 1.0)
#: weight of the standardised dense features (pooled doc.tensor) against the sparse ones
DENSE_SCALES = (0.3, 1.0)
#: the dense parts the models are fitted with (``--dense``; see typemodel.DENSE_PARTS)
DENSE_USE: tuple[str, ...] = typemodel_mod.DENSE_PARTS


def fold_of(item_id: str, k: int) -> int:
    return int(hashlib.md5(item_id.encode()).hexdigest(), 16) % k


def scored(label: str) -> str:
    """A CASE label as a scored class (the 5 non-ACLED codes are NONE)."""
    return label if CASE_CODES.get(label) else "NONE"


class _Recorder:
    """A stand-in model that remembers the features of each sentence and never overrules."""

    def __init__(self) -> None:
        self.features: dict | None = None

    def overrule(self, rule_code, features):
        self.features = features
        return None


class Harness:
    """Runs the events stage on parsed snippets with a given type model (or the rules alone)."""

    def __init__(self, rows, arts, extractor):
        self.rows, self.arts, self.ex = rows, arts, extractor
        self.model = False  # False: rules alone
        self.calls: list = []
        self._orig = typing_mod.classify

        def wrapped(doc, sent, hits, *, actor_kind=None, model=True):
            rec = _Recorder()
            dec = self._orig(doc, sent, hits, actor_kind=actor_kind, model=rec)
            self.calls.append((sent.start_char, rec.features, decision_code(dec)))
            if self.model is False:
                return dec
            return self._orig(doc, sent, hits, actor_kind=actor_kind, model=self.model)

        extractor_mod.classify = wrapped

    def run(self, idx, model):
        """Predicted scored class per snippet index, and the per-snippet recorded calls."""
        self.model = model
        preds, calls = {}, {}
        for i in idx:
            self.calls = []
            a = self.arts[i]
            self.ex.extract(a)
            ev = self.ex.main_event(a)
            preds[i] = SUB_TO_CASE[ev.sub_event_type] if ev is not None else "NONE"
            calls[i] = (list(self.calls), ev)
        return preds, calls


def examples(calls):
    """index -> (features, rule code) of the snippet's main sentence (None: no cue at all)."""
    out = {}
    for i, (cs, ev) in calls.items():
        if not cs:
            out[i] = None
            continue
        pick = cs[0]
        if ev is not None:
            starts = sorted({c[0] for c in cs})
            sent_start = max((s for s in starts if s <= ev.evidence.start), default=starts[0])
            pick = next(c for c in cs if c[0] == sent_start)
        out[i] = (pick[1], pick[2])
    return out


def fit(ex, labels, idx, *, C, balanced, extra=(), extra_weight=1.0, dense_scale=1.0):
    """A model fitted on the snippets ``idx`` plus the ``extra`` (synthetic) ones at ``extra_weight``.

    The dense features (``v:*``, pooled token vectors) are standardised on the training rows and
    multiplied by ``dense_scale`` (their weight against the sparse ones under the L2 penalty); the
    written weights are folded back so that the model reads the raw vectors."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    extra_set = set(extra)
    use = [i for i in list(idx) + [j for j in extra if j not in set(idx)] if ex[i] is not None]
    df = Counter(f for i in use for f in ex[i][0])
    keep = {f for f, n in df.items() if n >= MIN_DF and (not f.startswith("v:") or f[2] in DENSE_USE)}
    X = [{f: v for f, v in ex[i][0].items() if f in keep} for i in use]
    y = [labels[i] for i in use]
    vec = DictVectorizer()
    Xm = vec.fit_transform(X).tocsc().astype(float)
    names = [str(n) for n in vec.get_feature_names_out()]
    dense_cols = [j for j, n in enumerate(names) if n.startswith("v:")]
    mu = np.zeros(len(names))
    factor = np.ones(len(names))
    if dense_cols:
        D = Xm[:, dense_cols].toarray()
        mu[dense_cols] = D.mean(axis=0)
        factor[dense_cols] = dense_scale / (D.std(axis=0) + 1e-6)
        sparse_cols = [j for j in range(len(names)) if j not in set(dense_cols)]
        Xm = sp.hstack([Xm[:, sparse_cols], sp.csc_matrix((D - mu[dense_cols]) * factor[dense_cols])]).tocsr()
        order = sparse_cols + dense_cols
        names, mu, factor = [names[j] for j in order], mu[order], factor[order]
    clf = LogisticRegression(C=C, max_iter=3000, class_weight="balanced" if balanced else None)
    clf.fit(Xm, y, sample_weight=[extra_weight if i in extra_set else 1.0 for i in use])
    labs = [str(c) for c in clf.classes_]
    coef = clf.coef_ * factor[None, :]  # weights on the raw features
    intercepts = clf.intercept_ - coef @ mu
    weights: dict[str, dict[int, float]] = {}
    for j, name in enumerate(names):
        row = {k: float(coef[k, j]) for k in range(len(labs)) if abs(coef[k, j]) >= 1e-3}
        if row:
            weights[name] = row
    return TypeModel(labels=labs, intercepts=[float(x) for x in intercepts], weights=weights)


def simulate(model, ex, rule_pred, idx):
    """Snippet predictions when the model overrules the rules' answer on the main sentence only (fast,
    approximate: the real stage runs the model on every sentence)."""
    out = {}
    for i in idx:
        if ex[i] is None:
            out[i] = rule_pred[i]
            continue
        over = model.overrule(rule_pred[i], ex[i][0])
        out[i] = scored(over[0] if over is not None else rule_pred[i])
    return out


def score(gold, pred, idx):
    g = [scored(gold[i]) for i in idx]
    p = [scored(pred[i]) for i in idx]
    return f1s(g, p)[0]


def choose(ex, labels, rule_pred, idx, ids, *, inner=3, extra=()):
    """Hyper-parameters by inner CV on ``idx`` (maximises weighted + macro F1 of the simulation); the
    ``extra`` snippets are in every inner training set and never scored."""
    best = None
    folds = [[i for i in idx if fold_of(ids[i] + "#inner", inner) == f] for f in range(inner)]
    for balanced, C, ew, ds in grid(extra):
        models = []
        for f in range(inner):
            tr = [i for g in range(inner) if g != f for i in folds[g]]
            m = fit(ex, labels, tr, C=C, balanced=balanced, extra=extra, extra_weight=ew, dense_scale=ds)
            models.append((m, folds[f]))
        for th in TH_GRID:
            for mm in MARGIN_GRID:
                pred = {}
                for m, te in models:
                    m.threshold, m.min_margin = th, mm
                    pred.update(simulate(m, ex, rule_pred, te))
                s = score(labels, pred, idx)
                val = s["weighted_f1"] + s["macro_f1"]
                if best is None or val > best[0] + 1e-9:
                    best = (val, dict(C=C, balanced=balanced, threshold=th, min_margin=mm, extra_weight=ew,
                                      dense_scale=ds))
    return best[1]


def grid(extra):
    """(balanced, C, weight of the synthetic snippets, dense scale) to try."""
    weights = EXTRA_WEIGHTS if extra else (1.0,)
    scales = DENSE_SCALES if DENSE_USE else (1.0,)
    return [(b, c, w, d) for b in (False, True) for c in C_GRID for w in weights for d in scales]


def train(ex, labels, rule_pred, idx, ids, *, extra=()):
    hp = choose(ex, labels, rule_pred, idx, ids, extra=extra)
    m = fit(ex, labels, idx, C=hp["C"], balanced=hp["balanced"], extra=extra, extra_weight=hp["extra_weight"],
            dense_scale=hp["dense_scale"])
    m.threshold, m.min_margin = hp["threshold"], hp["min_margin"]
    m.meta = {"hyper": hp}
    return m


def fmt(s):
    return " ".join(f"{k}={v:.3f}" for k, v in s.items())


def load_synthetic(folder: Path) -> list[dict]:
    """Our own labelled snippets (every ``*.jsonl`` of ``folder``; a bad line is an error)."""
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{n}: not JSON ({exc})") from exc
            if row.get("label") not in CASE_CODES or not row.get("text"):
                raise SystemExit(f"{path}:{n}: no text or an unknown label {row.get('label')!r}")
            rows.append(row)
    return rows


def per_class(labels, pred, idx) -> str:
    """F1 per gold class over ``idx`` (weakest first)."""
    _, per = f1s([scored(labels[i]) for i in idx], [scored(pred[i]) for i in idx])
    return " ".join(f"{lab}={f:.2f}/{n}" for lab, (f, n) in sorted(per.items(), key=lambda kv: kv[1][0]) if n)


def main() -> None:
    global DENSE_USE
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--skip-cv", action="store_true")
    ap.add_argument("--synthetic", type=Path, default=SYNTHETIC, help="folder of our own labelled snippets")
    ap.add_argument("--no-synthetic", action="store_true")
    ap.add_argument("--ship", choices=("train", "synthetic", "all"), default="train",
                    help="what the written model is trained on: the train thirds of CASE and of the synthetic "
                         "sets (so that both val thirds stay unseen), the synthetic snippets alone, or all")
    ap.add_argument("--dense", default=",".join(["".join(DENSE_USE)]),
                    help="comma-separated dense settings to compare (parts of typemodel.DENSE_PARTS, e.g. "
                         "'none,s,sw,swt'); the first is the one written")
    ap.add_argument("--quick", action="store_true",
                    help="only the honest split: trained on the CASE train thirds + the synthetic train "
                         "thirds, scored on CASE val and synthetic val (no k-fold CV)")
    args = ap.parse_args()
    settings = [tuple("" if d == "none" else d) for d in args.dense.split(",")]
    DENSE_USE = settings[0]
    # record every part; a model reads only the parts it was fitted with
    typemodel_orig_parts = typemodel_mod.DENSE_PARTS
    typemodel_mod.DENSE_PARTS = ("s", "w", "t", "x")

    from eventwire.nlp import load_nlp

    t0 = time.perf_counter()
    nlp = load_nlp()
    taggers = load_taggers()
    ex_stage = EventExtractor(actors=taggers[3])
    rows = [json.loads(x) for x in open(SHARED / "eval/event_type/case2021-dev.jsonl", encoding="utf-8")]
    n_real = len(rows)
    syn_rows = [] if args.no_synthetic else load_synthetic(args.synthetic)
    rows += syn_rows
    ids = [r["id"] for r in rows]
    labels = [r["label"] for r in rows]
    arts, _ = prepare(nlp, [r["text"] for r in rows], ids, taggers)
    h = Harness(rows, arts, ex_stage)
    every = list(range(n_real))
    syn = list(range(n_real, len(rows)))
    rule_pred, calls = h.run(every + syn, False)
    ex = examples(calls)
    print(f"parsed {len(rows)} snippets ({len(syn)} synthetic) in {time.perf_counter() - t0:.1f}s; "
          f"{sum(1 for v in ex.values() if v is None)} without any cue", file=sys.stderr)
    val = [i for i in every if is_val(ids[i])]
    trn = [i for i in every if not is_val(ids[i])]
    for name, idx in (("val", val), ("train", trn), ("all", every), ("synth", syn)):
        if idx:
            print(f"rules alone        {name:5s} n={len(idx):4d} {fmt(score(labels, rule_pred, idx))}")
    if syn:
        print(f"rules alone per class on the synthetic snippets: {per_class(labels, rule_pred, syn)}")

    syn_val = [i for i in syn if is_val(ids[i])]
    syn_trn = [i for i in syn if not is_val(ids[i])]
    if syn:
        print(f"rules alone        synval n={len(syn_val):4d} {fmt(score(labels, rule_pred, syn_val))}")
    if args.quick:
        for setting in settings:
            DENSE_USE = setting
            t1 = time.perf_counter()
            m = train(ex, labels, rule_pred, trn, ids, extra=syn_trn)
            pv, _ = h.run(val + syn_val, m)
            print(f"dense={''.join(setting) or 'none':5s} val n={len(val)} {fmt(score(labels, pv, val))} | synval "
                  f"{fmt(score(labels, pv, syn_val))} hyper={m.meta['hyper']} ({time.perf_counter() - t1:.0f}s)")
        DENSE_USE = settings[0]
    elif not args.skip_cv:
        if syn:
            # trained and tuned on the synthetic snippets alone: every CASE snippet is unseen
            m = train(ex, labels, rule_pred, syn, ids)
            p, _ = h.run(every, m)
            for name, idx in (("val", val), ("train", trn), ("all", every)):
                print(f"rules+model (synthetic only) {name:5s} n={len(idx):3d} {fmt(score(labels, p, idx))} "
                      f"hyper={m.meta['hyper']}")
        # the never-inspected third, model trained on the other two thirds (and the synthetic snippets)
        m = train(ex, labels, rule_pred, trn, ids, extra=syn_trn)
        pv, _ = h.run(val, m)
        print(f"rules+model (trained on train split{' + synthetic' if syn else ''}) val n={len(val)} "
              f"{fmt(score(labels, pv, val))} hyper={m.meta['hyper']}")
        # k-fold CV over the CASE file (nested hyper-parameter choice), synthetic snippets always in
        k = args.folds
        cv_pred = {}
        for f in range(k):
            te = [i for i in every if fold_of(ids[i], k) == f]
            tr = [i for i in every if fold_of(ids[i], k) != f]
            m = train(ex, labels, rule_pred, tr, ids, extra=syn_trn)
            p, _ = h.run(te, m)
            cv_pred.update(p)
            print(f"  fold {f}: n={len(te)} {fmt(score(labels, p, te))} rules {fmt(score(labels, rule_pred, te))} "
                  f"hyper={m.meta['hyper']}", file=sys.stderr)
        print(f"rules+model {k}-fold CV  all   n={len(every)} {fmt(score(labels, cv_pred, every))}")
        print(f"rules+model {k}-fold CV  val   n={len(val)} {fmt(score(labels, cv_pred, val))}")
        print(f"rules+model {k}-fold CV  train n={len(trn)} {fmt(score(labels, cv_pred, trn))}")
        acled = [i for i in every if CASE_CODES.get(labels[i])]
        print(f"rules+model {k}-fold CV  ACLED-only n={len(acled)} {fmt(score(labels, cv_pred, acled))}; "
              f"rules alone {fmt(score(labels, rule_pred, acled))}")

    if args.write:
        if tuple(DENSE_USE) != tuple(typemodel_orig_parts):
            raise SystemExit(f"--write with dense parts {''.join(DENSE_USE)!r}: the events stage computes "
                             f"{''.join(typemodel_orig_parts)!r} (set typemodel.DENSE_PARTS first)")
        if args.ship == "synthetic":
            if not syn:
                raise SystemExit("--ship synthetic needs synthetic snippets")
            m = train(ex, labels, rule_pred, syn, ids)
            source = f"{len(syn)} synthetic snippets of {args.synthetic.name} (hyper-parameters by CV on them)"
        elif args.ship == "train":
            m = train(ex, labels, rule_pred, trn, ids, extra=syn_trn)
            source = (f"case2021-dev.jsonl ({len(trn)} snippets with md5(id) % 3 != 0) + {len(syn_trn)} synthetic "
                      f"snippets of {args.synthetic.name} (md5(id) % 3 != 0); hyper-parameters by CV on them")
        else:
            m = train(ex, labels, rule_pred, every, ids, extra=syn)
            source = (f"case2021-dev.jsonl (all {n_real} snippets; hyper-parameters by CV on them) + {len(syn)} "
                      f"synthetic snippets of {args.synthetic.name}")
        m.meta.update({"version": "3", "dense_parts": "".join(DENSE_USE), "trained_on": source, "min_df": MIN_DF,
                       "script": "benchmarks/train_event_type.py"})
        args.out.write_text(json.dumps(m.to_dict(), sort_keys=True, separators=(",", ":")), encoding="utf-8")
        print(f"wrote {args.out} ({len(m.weights)} features, {args.out.stat().st_size // 1024} KiB) hyper={m.meta['hyper']}")


if __name__ == "__main__":
    main()
