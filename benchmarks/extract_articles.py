"""Run `extract`'s library path over the unlabelled articles (../shared/eval/articles/*.jsonl) and
report time, events and rejections by reason. Run by hand:

    .venv/bin/python benchmarks/extract_articles.py [--limit N] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO.parent / "shared" / "eval" / "articles"


def load_articles(limit: int | None):
    from eventwire.records import Article

    out = []
    for path in sorted(ARTICLES.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                text = rec.get("text") or ""
                title = rec.get("title")
                full = f"{title}\n\n{text}" if title else text
                art = Article(id=rec["id"], text=full, source=f"{path.name}", url=rec.get("url"), title=title)
                if rec.get("published"):
                    art.published = dt.date.fromisoformat(rec["published"])
                    art.published_source = "feed"
                out.append(art)
    return out[:limit] if limit else out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    from eventwire.output import article_events, article_rejections
    from eventwire.pipeline import load_pipeline

    t0 = time.perf_counter()
    pipeline = load_pipeline()
    load_s = time.perf_counter() - t0
    articles = load_articles(args.limit)
    t1 = time.perf_counter()
    n_events = 0
    by_type: Counter = Counter()
    rejections: Counter = Counter()
    with_events = 0
    for art in pipeline.pipe(articles, batch_size=16):
        evs = article_events(art)
        n_events += len(evs)
        with_events += bool(evs)
        by_type.update(e["event_type"] for e in evs)
        rejections.update(f"{r['stage']}/{r['reason']}" for r in article_rejections(art))
    run_s = time.perf_counter() - t1
    result = {"articles": len(articles), "load_seconds": round(load_s, 2), "run_seconds": round(run_s, 2),
              "articles_per_s": round(len(articles) / run_s, 2), "events": n_events,
              "articles_with_events": with_events, "events_by_type": dict(by_type.most_common()),
              "rejections_by_reason": dict(rejections.most_common()),
              "stage_seconds": {k: round(v, 2) for k, v in pipeline.times.seconds.most_common()}}
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for k, v in result.items():
            print(f"{k:>22}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
