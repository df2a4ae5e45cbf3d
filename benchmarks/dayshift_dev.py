"""Dates of acts told against the day told before them, on own short articles (sixteenth session).

    python benchmarks/dayshift_dev.py [--file benchmarks/data/dayshift_articles.jsonl] [--errors]

Each line of the file is an article written for this measure (``text``, ``published``) with the
events an analyst would code and the day each happened (``events``: ``key``, a few words of the
event's sentence, and ``date``), scored by hand. An event counts as found when a report's evidence
holds its key (the first such report not taken by an earlier event of the article); its date is right when the report's date value is that day.
Prints found / right (of the found) and, with ``--errors``, each wrong or missing event.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from eventwire.pipeline import load_pipeline  # noqa: E402
from eventwire.records import Article  # noqa: E402

log = logging.getLogger("dayshift_dev")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", type=Path, default=REPO / "benchmarks" / "data" / "dayshift_articles.jsonl")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    pipeline = load_pipeline()
    items = [json.loads(line) for line in args.file.read_text().splitlines() if line.strip()]
    found = right = total = 0
    for it in items:
        art = Article(id=it["id"], text=it["text"], published=dt.date.fromisoformat(it["published"]))
        pipeline.process(art)
        used: set[int] = set()
        for ev in it["events"]:
            total += 1
            rep = next((r for r in art.reports if ev["key"] in r.evidence.text and id(r) not in used), None)
            if rep is None:
                if args.errors:
                    log.info("%s MISSING %r", it["id"], ev["key"])
                continue
            found += 1
            used.add(id(rep))
            if rep.date.value == ev["date"]:
                right += 1
            elif args.errors:
                log.info("%s WRONG %r: %s (gold %s; %s)", it["id"], ev["key"], rep.date.value, ev["date"], rep.date.reason)
    log.info("events %d  found %d  date right %d (%.3f of found)", total, found, right, right / max(found, 1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
