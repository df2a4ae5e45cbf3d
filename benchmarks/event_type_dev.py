"""Quick dev measure of the events stage on the CASE 2021 event-type snippets (and relevance sets).

    python benchmarks/event_type_dev.py [--split all|train|val] [--errors] [--per-class] [--confusion] [--diagnose] [--relevance] [--limit N]

Each snippet becomes an Article with one body section; it is parsed once with spaCy, the actor /
geo / time taggers run when they are available, then ``EventExtractor.extract`` and ``main_event``.
The ``val`` split (md5(id) % 3 == 0, about a third) was never looked at while writing rules; ``train``
is the part whose errors were read. Prints micro / macro / weighted F1 over the 26 classes (ACLED's
25 + NONE) and the time the events stage took relative to spaCy.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
SHARED = REPO.parent / "shared"

from eventwire.events.extractor import EventExtractor  # noqa: E402
from eventwire.events.relevance import is_relevant  # noqa: E402
from eventwire.events.taxonomy import CASE_CODES, SUB_TO_CASE  # noqa: E402
from eventwire.records import Article, Section  # noqa: E402


def is_val(item_id: str) -> bool:
    return int(hashlib.md5(item_id.encode()).hexdigest(), 16) % 3 == 0


def load_taggers():
    """(geo tagger, actor tagger, date tagger, actor dictionary); None for any that is missing."""
    geo = actor_tagger = dates = actors = None
    try:
        from eventwire.geo.gazetteer import Gazetteer
        from eventwire.geo.tagger import GeoTagger

        geo = GeoTagger(Gazetteer.open())
    except Exception as exc:  # noqa: BLE001 - a dev script: run without what is missing
        print(f"(no geo tagger: {exc})", file=sys.stderr)
    try:
        from eventwire.actors.dictionary import ActorDictionary
        from eventwire.actors.tagger import ActorTagger

        actors = ActorDictionary.load()
        actor_tagger = ActorTagger(actors)
    except Exception as exc:  # noqa: BLE001
        print(f"(no actor tagger: {exc})", file=sys.stderr)
    try:
        from eventwire.timex import tag_dates

        dates = tag_dates
    except Exception as exc:  # noqa: BLE001
        print(f"(no date tagger: {exc})", file=sys.stderr)
    return geo, actor_tagger, dates, actors


def prepare(nlp, texts, ids, taggers, *, published=None):
    geo, actor_tagger, dates, _ = taggers
    arts = []
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    t_nlp = time.perf_counter() - t0
    for i, (text, doc) in enumerate(zip(texts, docs, strict=True)):
        a = Article(id=ids[i], text=text, sections=[Section("body", 0, len(text))], doc=doc, published=published)
        for fn in (geo.tag if geo else None, (lambda x: actor_tagger.tag(x)) if actor_tagger else None, dates):
            if fn is None:
                continue
            try:
                fn(a)
            except Exception as exc:  # noqa: BLE001
                print(f"(tagger failed on {a.id}: {exc})", file=sys.stderr)
        arts.append(a)
    return arts, t_nlp


def f1s(gold, pred):
    labels = sorted(set(gold) | set(pred))
    out = {}
    per = {}
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[lab] = (2 * prec * rec / (prec + rec) if prec + rec else 0.0, tp + fn)
    support = Counter(gold)
    gl = [lab for lab in labels if support[lab]]
    out["micro_f1"] = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold)
    out["macro_f1"] = sum(per[lab][0] for lab in gl) / len(gl)
    out["weighted_f1"] = sum(per[lab][0] * support[lab] for lab in gl) / len(gold)
    return out, per


ERROR_STAGES = (
    "choice: the gold type is an asserted report, another one was chosen",
    "status: the gold type was only found as a negated/speculative report",
    "merge: the gold type was found in a sentence, then merged into another report",
    "typing: the gold type was found nowhere (a sentence typed otherwise, or an event found in none)",
    "false event: gold is not an ACLED event, a report was made",
)


def error_stage(gold: str, pred: str, asserted: list[str], unasserted: list[str], premerge: list[str]) -> str:
    """The stage an error comes from, given the CASE codes of the snippet's reports at each stage:
    ``asserted`` (the final reports), ``unasserted`` (with negated/speculative ones kept) and
    ``premerge`` (before an article's reports of one event were merged)."""
    if gold == "NONE":
        return ERROR_STAGES[4]
    if gold in asserted:
        return ERROR_STAGES[0]
    if gold in unasserted:
        return ERROR_STAGES[1]
    if gold in premerge:
        return ERROR_STAGES[2]
    return ERROR_STAGES[3]


def diagnose(nlp, rows, taggers, gold, pred) -> None:
    """Print, for the errors, counts per stage and per (reports, sentences) shape: no texts."""
    import eventwire.events.extractor as extractor_module

    seen: list[list[str]] = []
    merge = extractor_module.merge_reports

    def spy(reports):
        seen.append([SUB_TO_CASE[r.sub_event_type] for r in reports])
        return merge(reports)

    loose = EventExtractor(actors=taggers[3], keep_unasserted=True)
    strict = EventExtractor(actors=taggers[3])
    arts, _ = prepare(nlp, [r["text"] for r in rows], [r["id"] for r in rows], taggers)
    stages: Counter = Counter()
    shapes: Counter = Counter()
    extractor_module.merge_reports = spy
    try:
        for a, g, p in zip(arts, gold, pred, strict=True):
            seen.clear()
            loose.extract(a)
            unasserted = [SUB_TO_CASE[r.sub_event_type] for r in a.reports]
            premerge = [c for batch in seen for c in batch]
            strict.extract(a)
            if g == p:
                continue
            asserted = [SUB_TO_CASE[r.sub_event_type] for r in a.reports]
            stages[error_stage(g, p, asserted, unasserted, premerge)] += 1
            sents = sum(1 for _ in a.doc.sents)
            shapes[(f"reports={min(len(a.reports), 3)}", f"sentences={min(sents, 3)}",
                    "no report" if p == "NONE" else "a report")] += 1
    finally:
        extractor_module.merge_reports = merge
    print(f"errors by stage (n={sum(stages.values())}):")
    for stage in ERROR_STAGES:
        print(f"  {stages[stage]:3d}  {stage}")
    print("errors by shape:")
    for shape, n in sorted(shapes.items()):
        print(f"  {n:3d}  {' '.join(shape)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="all", choices=["all", "train", "val"])
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--per-class", action="store_true", help="tp/fp/fn per class (aggregate, no texts)")
    ap.add_argument("--confusion", action="store_true", help="counts of (gold, predicted) pairs that differ (aggregate, no texts)")
    ap.add_argument("--relevance", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--file", type=Path, action="append",
                    help="score these JSONL files (our synthetic snippets) instead of CASE; repeatable")
    ap.add_argument("--diagnose", action="store_true",
                    help="which stage each error comes from (aggregate counts, no texts: safe on val)")
    args = ap.parse_args()

    from eventwire.nlp import load_nlp

    nlp = load_nlp()
    taggers = load_taggers()
    ex = EventExtractor(actors=taggers[3])

    files = args.file or [SHARED / "eval/event_type/case2021-dev.jsonl"]
    rows = [json.loads(x) for f in files for x in open(f, encoding="utf-8") if x.strip()]
    if args.split != "all":
        rows = [r for r in rows if is_val(r["id"]) == (args.split == "val")]
    arts, t_nlp = prepare(nlp, [r["text"] for r in rows], [r["id"] for r in rows], taggers)
    t0 = time.perf_counter()
    for a in arts:
        ex.extract(a)
    t_ev = time.perf_counter() - t0
    gold, pred = [], []
    errors = []
    for r, a in zip(rows, arts, strict=True):
        g = r["label"] if CASE_CODES[r["label"]] else "NONE"
        ev = ex.main_event(a)
        p = SUB_TO_CASE[ev.sub_event_type] if ev is not None else "NONE"
        gold.append(g)
        pred.append(p)
        if g != p:
            errors.append((g, p, r["text"][:200].replace("\n", " ")))
    scores, per = f1s(gold, pred)
    if args.diagnose:
        diagnose(nlp, rows, taggers, gold, pred)
    print(f"event_type {'+'.join(f.stem for f in files)} split={args.split} n={len(gold)} "
          + " ".join(f"{k}={v:.3f}" for k, v in scores.items()))
    print(f"time: spaCy {t_nlp:.2f}s, events {t_ev:.2f}s ({100 * t_ev / max(t_nlp, 1e-9):.1f}% of spaCy)")
    if args.errors:
        for e in sorted(errors):
            print(" ", e)
        for lab, (f, n) in sorted(per.items(), key=lambda kv: kv[1][0]):
            print(f"  {lab:32s} f1={f:.2f} n={n}")
    if args.per_class:
        for lab in sorted(set(gold) | set(pred)):
            tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == lab)
            fp = sum(1 for g, p in zip(gold, pred, strict=True) if p == lab != g)
            fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab != p)
            print(f"  {lab:32s} tp={tp:3d} fp={fp:3d} fn={fn:3d}")
    if args.confusion:
        for (g, p), n in sorted(Counter((g, p) for g, p in zip(gold, pred, strict=True) if g != p).items()):
            print(f"  {g:32s} -> {p:32s} {n}")
    if args.relevance:
        for name in ("ceha", "india-police-events-docs", "india-police-events"):
            rows = [json.loads(x) for x in open(SHARED / f"eval/relevance/{name}.jsonl", encoding="utf-8")]
            if args.limit:
                rows = rows[: args.limit]
            if args.split != "all":
                rows = [r for r in rows if is_val(r["id"]) == (args.split == "val")]
            arts, t_nlp = prepare(nlp, [r["text"] for r in rows], [r["id"] for r in rows], taggers)
            tp = fp = fn = 0
            for r, a in zip(rows, arts, strict=True):
                ex.extract(a)
                p = is_relevant(a)
                tp += p and r["relevant"]
                fp += p and not r["relevant"]
                fn += (not p) and r["relevant"]
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            print(f"relevance {name} n={len(rows)} precision={prec:.3f} recall={rec:.3f} f1={f1:.3f}")


if __name__ == "__main__":
    main()  # the relevance model is trained by benchmarks/train_relevance.py
