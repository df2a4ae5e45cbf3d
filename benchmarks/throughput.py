#!/usr/bin/env python3
"""Throughput of eventwire end to end against spaCy alone, in one run on the same texts.

    python benchmarks/throughput.py [--limit N] [--batch-size 32] [--json] [FILES...]

FILES default to ``../shared/eval/articles/*.jsonl`` (449 unlabelled news articles).

1. spaCy alone: ``spacy.load(model).pipe(texts, batch_size=B)`` over the article texts (the same
   model eventwire loads, without eventwire's extra component), consuming every Doc.
2. eventwire: read the JSONL files (ingest) -> sections -> NLP -> geo -> actors -> time -> events,
   i.e. ``pipeline.pipe(iter_articles(files), batch_size=B)``, consuming every Article.

Both get a short warm-up on the first texts before timing. Reported: articles/s and words/s
(whitespace-separated words of the article texts as read) for both, the ratio of the times
(eventwire / spaCy), the seconds per pipeline stage, and the time to load the pipeline (not counted).
Run it by hand; it is not part of the test suite.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DIR = REPO.parent / "shared" / "eval" / "articles"
WARMUP = 4


def _articles(files: list[Path], limit: int | None):
    from eventwire.ingest.readers import iter_articles

    stream = iter_articles([str(f) for f in files])
    return itertools.islice(stream, limit) if limit else stream


def run(files: list[Path], *, limit: int | None, batch_size: int) -> dict:
    import spacy

    from eventwire.nlp import MODEL_NAME
    from eventwire.pipeline import load_pipeline

    texts = [a.text for a in _articles(files, limit) if not a.rejections]
    words = sum(len(t.split()) for t in texts)

    t0 = time.perf_counter()
    pipeline = load_pipeline()
    load_s = time.perf_counter() - t0
    plain = spacy.load(MODEL_NAME)

    # warm-up (caches, lazy tables) on a few texts, not timed
    for _ in plain.pipe(texts[:WARMUP], batch_size=batch_size):
        pass
    for _ in pipeline.pipe(itertools.islice(_articles(files, limit), WARMUP), batch_size=batch_size):
        pass
    pipeline.times.seconds.clear()

    t0 = time.perf_counter()
    n_docs = sum(1 for _ in plain.pipe(texts, batch_size=batch_size))
    spacy_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_articles = reports = rejected = 0
    for article in pipeline.pipe(_articles(files, limit), batch_size=batch_size):
        n_articles += 1
        reports += len(article.reports)
        rejected += bool(article.rejections)
    eventwire_s = time.perf_counter() - t0

    return {
        "files": [str(f) for f in files],
        "batch_size": batch_size,
        "articles": n_articles,
        "words": words,
        "reports": reports,
        "articles_with_rejections": rejected,
        "pipeline_load_s": round(load_s, 2),
        "eventwire": {"seconds": round(eventwire_s, 2), "articles_per_s": round(n_articles / eventwire_s, 2),
                      "words_per_s": round(words / eventwire_s, 1)},
        "spacy": {"seconds": round(spacy_s, 2), "articles_per_s": round(n_docs / spacy_s, 2),
                  "words_per_s": round(words / spacy_s, 1), "model": MODEL_NAME},
        "ratio_eventwire_over_spacy": round(eventwire_s / spacy_s, 2),
        "stage_seconds": {k: round(v, 2) for k, v in sorted(pipeline.times.seconds.items())},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSONL files of articles")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    files = args.files or sorted(DEFAULT_DIR.glob("*.jsonl"))
    if not files:
        print(f"no article files (looked in {DEFAULT_DIR})", file=sys.stderr)
        return 2
    result = run(files, limit=args.limit, batch_size=args.batch_size)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    ew, sp = result["eventwire"], result["spacy"]
    print(f"{result['articles']} articles, {result['words']:,} words, batch size {result['batch_size']}"
          f" (pipeline loaded in {result['pipeline_load_s']}s, not counted)")
    print(f"eventwire end to end : {ew['seconds']:8.2f} s  {ew['articles_per_s']:8.2f} articles/s"
          f"  {ew['words_per_s']:10,.0f} words/s  ({result['reports']} reports)")
    print(f"spaCy nlp.pipe alone : {sp['seconds']:8.2f} s  {sp['articles_per_s']:8.2f} articles/s"
          f"  {sp['words_per_s']:10,.0f} words/s")
    print(f"ratio eventwire / spaCy time: {result['ratio_eventwire_over_spacy']:.2f}")
    print("stage seconds: " + ", ".join(f"{k} {v}" for k, v in result["stage_seconds"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
