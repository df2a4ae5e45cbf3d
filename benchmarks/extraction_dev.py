"""Score ``eventwire.sections.extract_main_text`` on the Zyte article-extraction benchmark's
developer half with the benchmark's own metric: \\w+ tokens, 4-token shingles (multisets), per-page
TP/FP/FN normalised by their sum, precision and recall averaged over pages, F1 of the averages;
plus exact-match accuracy of the token sequence.

    python benchmarks/extraction_dev.py [../shared/eval/extraction/zyte-dev.jsonl] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from eventwire.sections import extract_main_text

_TOKEN = re.compile(r"\w+", re.UNICODE)
DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "extraction" / "zyte-dev.jsonl"


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def tp_fp_fn(gold: str, pred: str) -> tuple[float, float, float]:
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest F1")
    args = ap.parse_args()
    rows = []
    exact = 0
    t0 = time.perf_counter()
    with args.gold.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if args.limit and i >= args.limit:
                break
            rec = json.loads(line)
            pred = extract_main_text(rec["html"], url=rec.get("url"))
            counts = tp_fp_fn(rec["gold_text"], pred)
            exact += _TOKEN.findall(rec["gold_text"]) == _TOKEN.findall(pred)
            rows.append((rec["id"], counts))
    seconds = time.perf_counter() - t0
    p = statistics.mean(precision(*c) for _, c in rows if c[0] + c[1] > 0)
    r = statistics.mean(recall(*c) for _, c in rows if c[0] + c[2] > 0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    result = {"n": len(rows), "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
              "exact": round(exact / len(rows), 4), "seconds": round(seconds, 1)}
    print(json.dumps(result))
    if args.worst:
        def page_f1(c):
            pp, rr = precision(*c), recall(*c)
            return 2 * pp * rr / (pp + rr) if pp + rr else 0.0
        for rid, c in sorted(rows, key=lambda x: page_f1(x[1]))[: args.worst]:
            print(f"{page_f1(c):.3f} P={precision(*c):.3f} R={recall(*c):.3f} {rid}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
