"""Resolution speed of the GeoTagger: toponyms resolved per second on one core, once loaded.

    python benchmarks/geo_speed.py [GOLD.jsonl ...] [--repeat 3]

Resolves the gold spans of the given geoparsing files (default: ../shared/eval/geoparse/*.jsonl,
or the seed page's toponyms when those are absent) with ``GeoTagger.resolve_spans`` and reports
the rate on a cold lookup cache (first pass, a fresh gazetteer connection) and a warm one, by
wall time and by the process's CPU time.
Also reports the time to open the store.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def _items(paths: list[Path]) -> list[tuple[str, list[tuple[int, int]]]]:
    out = []
    for p in paths:
        for line in p.open(encoding="utf-8"):
            d = json.loads(line)
            out.append((d["text"], [(t["start"], t["end"]) for t in d["toponyms"]]))
    if not out:
        text = (REPO / "examples" / "palmyra.txt").read_text(encoding="utf-8")
        names = [
            "Palmyra",
            "Homs",
            "Sukhna",
            "Syrian Badiyah",
            "Baqubah",
            "Kirkuk",
            "Salahuddin",
            "Deir Ezzor",
        ]
        spans = [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text)]
        out.append((text, sorted(spans)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--context",
        action="store_true",
        help="also recognise the other places of each text as context (what resolve_spans does with a doc)",
    )
    args = ap.parse_args(argv)
    paths = args.gold or sorted((SHARED / "eval" / "geoparse").glob("*.jsonl"))
    items = _items(paths)
    n = sum(len(s) for _, s in items)

    from eventwire.geo.gazetteer import Gazetteer
    from eventwire.geo.tagger import GeoTagger

    Gazetteer.open().close()  # build once if missing
    t0 = time.perf_counter()
    gaz = Gazetteer.open()
    t_open = time.perf_counter() - t0
    tagger = GeoTagger(gaz)
    rates = []
    cpu_rates = []  # CPU time of this process: steadier than wall time on a shared machine
    for _ in range(max(1, args.repeat)):
        t0, c0 = time.perf_counter(), time.process_time()
        for text, spans in items:
            tagger.resolve_spans(text, spans, context=args.context)
        rates.append(n / (time.perf_counter() - t0))
        cpu_rates.append(n / max(1e-9, time.process_time() - c0))
    print(
        json.dumps(
            {
                "toponyms": n,
                "documents": len(items),
                "open_seconds": round(t_open, 4),
                "cold_toponyms_per_second": round(rates[0], 1),
                "warm_toponyms_per_second": round(max(rates), 1),
                "cpu_cold_toponyms_per_second": round(cpu_rates[0], 1),
                "cpu_warm_toponyms_per_second": round(max(cpu_rates), 1),
                "gazetteer": gaz.version,
                "context": args.context,
            },
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
