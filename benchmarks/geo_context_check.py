"""Proxy check of place resolution in the Horn of Africa: CEHA's short ACLED-style notes.

    python benchmarks/geo_context_check.py [../shared/eval/relevance/ceha.jsonl] [--errors]
                                           [--max-len 600] [--limit N]

Every CEHA event lies in the Horn of Africa (Sudan, South Sudan, Ethiopia, Eritrea, Djibouti,
Somalia, Kenya, Uganda). For the short notes (``len(text) <= --max-len``) with ``relevant`` true,
the full pipeline runs and the script counts:

* the share whose main event country (``article.main_event.country``, ISO3) is a Horn country,
  another country, or none;
* the share of resolved place mentions (toponyms and relative phrases; demonyms left out) that lie
  outside the Horn: a far-away namesake chosen instead of a local place.

Splits: ``val`` = md5(id) % 3 == 0 (aggregates only, never read item by item), ``dev`` = the rest.
``--errors`` prints the dev notes whose main country is not a Horn country or that have a place
mention outside the Horn (dev only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import time
from pathlib import Path

HORN = frozenset({"SDN", "SSD", "ETH", "ERI", "DJI", "SOM", "KEN", "UGA"})


def split_of(item_id: str) -> str:
    return "val" if int(hashlib.md5(item_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/eval/relevance/ceha.jsonl"))
    ap.add_argument("--max-len", type=int, default=600)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", action="store_true", help="print the dev notes with a place outside the Horn")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    from eventwire.pipeline import load_pipeline
    from eventwire.records import Article

    rows = []
    with open(args.path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("relevant") and len(r["text"]) <= args.max_len:
                rows.append(r)
    if args.limit:
        rows = rows[: args.limit]
    pl = load_pipeline()
    stats = {s: {"n": 0, "horn": 0, "other": 0, "none": 0, "places": 0, "outside": 0} for s in ("all", "dev", "val")}
    t0 = time.perf_counter()
    for r in rows:
        split = split_of(r["id"])
        a = Article(id=r["id"], text=r["text"])
        pl.process(a)
        cc = a.main_event.country if a.main_event is not None else None
        kind = "none" if not cc else ("horn" if cc in HORN else "other")
        mentions = [pm for pm in a.place_mentions if pm.kind != "demonym" and pm.place is not None and pm.place.iso]
        outside = [pm for pm in mentions if pm.place.iso not in HORN]
        for s in ("all", split):
            st = stats[s]
            st["n"] += 1
            st[kind] += 1
            st["places"] += len(mentions)
            st["outside"] += len(outside)
        if args.errors and split == "dev" and (kind != "horn" or outside):
            print(f"\n== {r['id']} main={cc}\n{r['text']}")
            for pm in a.place_mentions:
                p = pm.place
                where = f"{p.name} ({p.iso}, {p.feature_code}, prec {p.geo_precision}) | {p.reason}" if p else "-"
                print(f"   {pm.kind:8} {pm.text!r:32} -> {where}")
    dt = time.perf_counter() - t0
    for s in ("all", "dev", "val"):
        st = stats[s]
        n = max(st["n"], 1)
        print(
            f"{s:4} notes {st['n']:3}  main country in the Horn {st['horn']:3} ({st['horn'] / n:.3f})  "
            f"elsewhere {st['other']:3} ({st['other'] / n:.3f})  none {st['none']:3} ({st['none'] / n:.3f})  |  "
            f"place mentions {st['places']:4}, outside the Horn {st['outside']:3} "
            f"({st['outside'] / max(st['places'], 1):.3f})"
        )
    print(f"{len(rows)} notes in {dt:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
