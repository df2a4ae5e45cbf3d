#!/usr/bin/env python3
"""Throughput of eventwire end to end against spaCy alone, in one run on the same texts.

    python benchmarks/throughput.py [--limit N] [--batch-size 32] [--sequential] [--json] [FILES...]

FILES default to ``../shared/eval/articles/*.jsonl`` (449 unlabelled news articles).

What is compared
----------------
1. spaCy alone (the baseline): ``spacy.load(model).pipe(texts, batch_size=B)`` over the article texts
   as read, consuming every Doc. The model is the one eventwire loads, with exactly the components
   eventwire runs from it (en_core_web_sm: tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner;
   eventwire disables none of them, they are all read downstream). The script checks that the two
   pipelines run the same model components and prints them.
2. eventwire: read the JSONL files (ingest) -> sections -> NLP (the same spaCy components plus
   eventwire's own ``eventwire_boundaries`` component) -> geo -> actors -> time -> events, i.e.
   ``pipeline.pipe(articles, batch_size=B)``, consuming every Article. Its NLP stage also parses the
   related-headline children the sections stage splits off; that is eventwire's own work and counted.

How it is timed
---------------
The machine this runs on is shared, and its load drifts over a run by more than the difference being
measured. So by default the two are *interleaved*: the articles are taken in chunks of B (the batch
size, so batching is the same as in one stream), and each chunk is run through spaCy and through
eventwire back to back, alternating which goes first; each side's time is the sum over the chunks.
Load drift then falls on both sides alike. ``--sequential`` times spaCy over all texts, then eventwire
over all articles (the old way; noisier). Reading the JSONL is timed on eventwire's side (chunk by
chunk from one open stream); spaCy gets the texts in memory.

Both get a short warm-up on the first texts before timing. Reported: articles/s and words/s
(whitespace-separated words of the article texts as read) for both, the ratio of the times
(eventwire / spaCy), the eventwire NLP stage time over spaCy's (same components + the boundary
component + children), the seconds per pipeline stage (``ingest`` = reading the files), the spread of
the per-chunk ratios (a noise indicator), the process CPU seconds of both sides and their ratio (less
sensitive to other jobs on a shared machine than wall time), and the time to load the pipeline (not
counted).
Run it by hand; it is not part of the test suite.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
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


def _components(nlp) -> list[str]:
    from eventwire.nlp import BOUNDARY_COMPONENT

    return [name for name in nlp.pipe_names if name != BOUNDARY_COMPONENT]


def _timed_articles(stream, sink: dict):
    """Yield from ``stream``, adding the seconds spent producing each item to ``sink["ingest"]``."""
    it = iter(stream)
    while True:
        t0 = time.perf_counter()
        try:
            item = next(it)
        except StopIteration:
            sink["ingest"] += time.perf_counter() - t0
            return
        sink["ingest"] += time.perf_counter() - t0
        yield item


def run(files: list[Path], *, limit: int | None, batch_size: int, sequential: bool = False) -> dict:
    import spacy

    from eventwire.nlp import MODEL_NAME
    from eventwire.pipeline import load_pipeline

    read = [None if a.rejections else a.text for a in _articles(files, limit)]  # None: rejected at ingest
    texts = [t for t in read if t is not None]
    words = sum(len(t.split()) for t in texts)

    t0 = time.perf_counter()
    pipeline = load_pipeline()
    load_s = time.perf_counter() - t0
    plain = spacy.load(MODEL_NAME)
    if _components(plain) != _components(pipeline.nlp):
        raise SystemExit(f"baseline components {_components(plain)} differ from eventwire's "
                         f"{_components(pipeline.nlp)}")

    # warm-up (caches, lazy tables) on a few texts, not timed
    for _ in plain.pipe(texts[:WARMUP], batch_size=batch_size):
        pass
    for _ in pipeline.pipe(itertools.islice(_articles(files, limit), WARMUP), batch_size=batch_size):
        pass
    pipeline.times.seconds.clear()

    ingest = {"ingest": 0.0}
    stream = _timed_articles(_articles(files, limit), ingest)
    counts = {"docs": 0, "articles": 0, "reports": 0, "rejected": 0}

    cpu = {"spacy": 0.0, "eventwire": 0.0}  # process CPU seconds: less sensitive to other jobs' load

    def run_spacy(chunk: list[str]) -> float:
        t, c = time.perf_counter(), time.process_time()
        counts["docs"] += sum(1 for _ in plain.pipe(chunk, batch_size=batch_size))
        cpu["spacy"] += time.process_time() - c
        return time.perf_counter() - t

    def run_eventwire(n: int | None) -> float:
        t, c = time.perf_counter(), time.process_time()
        source = itertools.islice(stream, n) if n is not None else stream
        for article in pipeline.pipe(source, batch_size=batch_size):
            counts["articles"] += 1
            counts["reports"] += len(article.reports)
            counts["rejected"] += bool(article.rejections)
        cpu["eventwire"] += time.process_time() - c
        return time.perf_counter() - t

    chunk_ratios: list[float] = []
    if sequential:
        spacy_s = run_spacy(texts)
        eventwire_s = run_eventwire(None)
    else:
        spacy_s = eventwire_s = 0.0
        # chunk i = the articles i*B .. i*B+B-1 of the stream, for both sides
        for i, start in enumerate(range(0, len(read), batch_size)):
            n = len(read[start:start + batch_size])
            chunk = [t for t in read[start:start + batch_size] if t is not None]
            if i % 2 == 0:
                sp = run_spacy(chunk)
                ew = run_eventwire(n)
            else:
                ew = run_eventwire(n)
                sp = run_spacy(chunk)
            spacy_s += sp
            eventwire_s += ew
            if chunk:
                chunk_ratios.append(ew / sp)

    stages = dict(pipeline.times.seconds)
    stages["ingest"] = ingest["ingest"]
    n_articles, n_docs = counts["articles"], counts["docs"]
    result = {
        "files": [str(f) for f in files],
        "mode": "sequential" if sequential else "interleaved",
        "batch_size": batch_size,
        "articles": n_articles,
        "words": words,
        "reports": counts["reports"],
        "articles_with_rejections": counts["rejected"],
        "pipeline_load_s": round(load_s, 2),
        "components": {"spacy": _components(plain), "eventwire": list(pipeline.nlp.pipe_names)},
        "eventwire": {"seconds": round(eventwire_s, 2), "articles_per_s": round(n_articles / eventwire_s, 2),
                      "words_per_s": round(words / eventwire_s, 1)},
        "spacy": {"seconds": round(spacy_s, 2), "articles_per_s": round(n_docs / spacy_s, 2),
                  "words_per_s": round(words / spacy_s, 1), "model": MODEL_NAME},
        "ratio_eventwire_over_spacy": round(eventwire_s / spacy_s, 3),
        "cpu_seconds": {k: round(v, 2) for k, v in cpu.items()},
        "ratio_cpu_eventwire_over_spacy": round(cpu["eventwire"] / cpu["spacy"], 3) if cpu["spacy"] else None,
        "ratio_nlp_stage_over_spacy": round(stages.get("nlp", 0.0) / spacy_s, 3),
        "stage_seconds": {k: round(v, 2) for k, v in sorted(stages.items())},
    }
    if len(chunk_ratios) >= 4:
        q = statistics.quantiles(chunk_ratios, n=4)
        result["chunk_ratio"] = {"chunks": len(chunk_ratios), "median": round(statistics.median(chunk_ratios), 3),
                                 "q1": round(q[0], 3), "q3": round(q[2], 3),
                                 "min": round(min(chunk_ratios), 3), "max": round(max(chunk_ratios), 3)}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSONL files of articles")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--sequential", action="store_true",
                        help="time spaCy over everything, then eventwire (default: interleaved by chunk)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    files = args.files or sorted(DEFAULT_DIR.glob("*.jsonl"))
    if not files:
        print(f"no article files (looked in {DEFAULT_DIR})", file=sys.stderr)
        return 2
    result = run(files, limit=args.limit, batch_size=args.batch_size, sequential=args.sequential)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    ew, sp = result["eventwire"], result["spacy"]
    print(f"{result['articles']} articles, {result['words']:,} words, batch size {result['batch_size']},"
          f" {result['mode']} (pipeline loaded in {result['pipeline_load_s']}s, not counted)")
    print(f"spaCy components (both): {', '.join(result['components']['spacy'])};"
          f" eventwire runs: {', '.join(result['components']['eventwire'])}")
    print(f"eventwire end to end : {ew['seconds']:8.2f} s  {ew['articles_per_s']:8.2f} articles/s"
          f"  {ew['words_per_s']:10,.0f} words/s  ({result['reports']} reports)")
    print(f"spaCy nlp.pipe alone : {sp['seconds']:8.2f} s  {sp['articles_per_s']:8.2f} articles/s"
          f"  {sp['words_per_s']:10,.0f} words/s")
    print(f"ratio eventwire / spaCy time: {result['ratio_eventwire_over_spacy']:.3f}"
          f"  (eventwire NLP stage / spaCy: {result['ratio_nlp_stage_over_spacy']:.3f})")
    print(f"ratio of process CPU time: {result['ratio_cpu_eventwire_over_spacy']}"
          f"  (eventwire {result['cpu_seconds']['eventwire']} s, spaCy {result['cpu_seconds']['spacy']} s)")
    if "chunk_ratio" in result:
        c = result["chunk_ratio"]
        print(f"per-chunk ratio over {c['chunks']} chunks: median {c['median']}, quartiles {c['q1']}-{c['q3']},"
              f" range {c['min']}-{c['max']}")
    print("stage seconds: " + ", ".join(f"{k} {v}" for k, v in result["stage_seconds"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
