#!/usr/bin/env python3
"""Build a database of synthetic events (generated records, no NLP) for latency benchmarks.

    python benchmarks/gen_events.py --db /tmp/big.db [--events 100000] [--seed 7]

One-report articles from :func:`eventwire.store.synthetic.synthetic_articles` (16 conflict regions,
10 years, random types and actors) go through the store's normal path, merge decisions included,
2,000 per transaction, until the database holds ``--events`` events (a few reports merge, so a few
more articles than events are generated). Re-running on a full database adds nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from eventwire.store import Store
from eventwire.store.synthetic import synthetic_articles


def build(path: Path | str, events: int, *, seed: int = 7, chunk: int = 2000, verbose: bool = True) -> dict:
    """Fill ``path`` until it holds ``events`` events; returns what it did (articles, seconds ...)."""
    t0 = time.perf_counter()
    added = 0
    with Store.open(path) as store:
        have = store.count_events()
        if have >= events:
            return {"events": have, "articles_added": 0, "seconds": 0.0, "articles_per_second": None}
        # articles of earlier runs with the same seed are skipped by raw_hash (idempotent)
        stream = synthetic_articles(events * 2, seed=seed)
        batch = []
        for article in stream:
            batch.append(article)
            if len(batch) >= chunk:
                added += store.add_articles(batch)
                batch = []
                have = store.count_events()
                if verbose:
                    print(f"  {have:,} events ({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)
                if have >= events:
                    break
        if batch and have < events:
            added += store.add_articles(batch)
        have = store.count_events()
    seconds = time.perf_counter() - t0
    return {"events": have, "articles_added": added, "seconds": round(seconds, 2),
            "articles_per_second": round(added / seconds, 1) if seconds else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    print(json.dumps(build(args.db, args.events, seed=args.seed), indent=2))


if __name__ == "__main__":
    main()
