#!/usr/bin/env python3
"""Ingest throughput on real news, and query latency of the store on >= 100k events.

    python benchmarks/ingest_speed.py [--limit N] [--workers W] [--events 100000] [--queries 500]
                                      [--skip-ingest] [--skip-query] [--db-big FILE] [--json]

1. ingest: ``../shared/eval/articles/*.jsonl`` (449 articles) into a temporary database with the
   full pipeline (``eventwire.ingest_run.ingest``), timed from reading to the last commit; model
   loading is timed apart. The seconds inside the store (insert + merge) are measured too. Then the
   same run again: it must add nothing (and is timed: the skip-before-NLP path).
2. query: a synthetic database of >= ``--events`` events (``benchmarks/gen_events.py``), then
   ``--queries`` random ``query_events`` calls with a bbox (2-10 degrees around the generator's
   places) and a 30-365 day window, limit 500, as the map asks; p50 / p90 / p99 / max in ms; also
   ``count_events`` with the same filters and a date-only query.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO.parent / "shared" / "eval" / "articles"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_events import build  # noqa: E402

from eventwire.store import Store  # noqa: E402
from eventwire.store.synthetic import PLACES  # noqa: E402


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def bench_ingest(files: list[Path], *, limit: int | None, workers: int, batch_size: int) -> dict:
    from eventwire.ingest.readers import iter_articles
    from eventwire.ingest_run import ingest
    from eventwire.pipeline import load_pipeline

    t0 = time.perf_counter()
    pipeline = load_pipeline() if workers == 1 else None
    load_s = time.perf_counter() - t0

    def articles():
        it = iter_articles([str(f) for f in files])
        for i, a in enumerate(it):
            if limit is not None and i >= limit:
                return
            yield a

    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "ingest.db") as store:
        store_s = [0.0]
        original = store.add_article

        def timed_add(article, **kw):
            t = time.perf_counter()
            try:
                return original(article, **kw)
            finally:
                store_s[0] += time.perf_counter() - t

        store.add_article = timed_add  # type: ignore[method-assign]
        first = ingest([], store=store, pipeline=pipeline, workers=workers, batch_size=batch_size,
                       articles=articles())
        counts = store.table_counts()
        second = ingest([], store=store, pipeline=pipeline, workers=workers, batch_size=batch_size,
                        articles=articles())
        same = store.table_counts() == counts
        stats = store.stats()
    return {
        "files": [f.name for f in files], "workers": workers, "batch_size": batch_size,
        "pipeline_load_s": round(load_s, 2),
        "first_run": first.as_dict(), "articles_per_s": round(first.articles_per_second, 2),
        "store_seconds": round(store_s[0], 3),
        "store_ms_per_article": round(1000 * store_s[0] / max(1, first.articles), 2),
        "rerun": second.as_dict(), "rerun_added_nothing": same and second.articles == 0,
        "db": {"articles": stats["articles"], "related": stats["related"], "reports": stats["reports"],
               "events": stats["events"], "rejections": stats["rejections"]},
    }


def bench_query(db: Path, *, events: int, queries: int, seed: int = 11) -> dict:
    built = build(db, events, verbose=True)
    rng = random.Random(seed)
    start0 = dt.date(2015, 1, 1)
    lat_ms: list[float] = []
    count_ms: list[float] = []
    date_ms: list[float] = []
    sizes: list[int] = []
    with Store.open(db) as store:
        total = store.count_events()
        for _ in range(queries):
            _, lat, lon, *_rest = rng.choice(PLACES)
            half = rng.uniform(1, 5)
            bbox = (lon - half, lat - half, lon + half, lat + half)
            start = start0 + dt.timedelta(days=rng.randrange(3650))
            end = start + dt.timedelta(days=rng.randrange(30, 366))
            t = time.perf_counter()
            got = store.query_events(bbox=bbox, start=start, end=end, limit=500)
            lat_ms.append(1000 * (time.perf_counter() - t))
            sizes.append(len(got))
            t = time.perf_counter()
            store.count_events(bbox=bbox, start=start, end=end)
            count_ms.append(1000 * (time.perf_counter() - t))
            t = time.perf_counter()
            store.query_events(start=start, end=end, limit=500)
            date_ms.append(1000 * (time.perf_counter() - t))

    def summary(ms: list[float]) -> dict:
        return {"p50_ms": round(statistics.median(ms), 2), "p90_ms": round(pct(ms, 90), 2),
                "p99_ms": round(pct(ms, 99), 2), "max_ms": round(max(ms), 2)}

    return {"events": total, "build": built, "queries": queries,
            "query_events_bbox_date": summary(lat_ms), "mean_page": round(statistics.mean(sizes), 1),
            "count_events_bbox_date": summary(count_ms), "query_events_date_only": summary(date_ms)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=500)
    ap.add_argument("--db-big", type=Path, default=None, help="keep the synthetic database here (reused)")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--skip-query", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    out: dict = {}
    if not args.skip_ingest:
        files = args.files or sorted(ARTICLES.glob("*.jsonl"))
        out["ingest"] = bench_ingest(files, limit=args.limit, workers=args.workers, batch_size=args.batch_size)
        if not args.json:
            print(json.dumps(out["ingest"], indent=2), flush=True)
    if not args.skip_query:
        if args.db_big is not None:
            out["query"] = bench_query(args.db_big, events=args.events, queries=args.queries)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                out["query"] = bench_query(Path(tmp) / "big.db", events=args.events, queries=args.queries)
        if not args.json:
            print(json.dumps(out["query"], indent=2), flush=True)
    if args.json:
        print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
