"""Which kinds of actors the pipeline codes on short CEHA event notes (Horn of Africa, many of them on
clan and communal violence).

    python benchmarks/actors_identity_check.py [--show dev] [--limit N] [--max-len 600]

Runs the full pipeline over the CEHA texts of at most ``--max-len`` characters (ACLED-style event
notes) and counts, over all event reports, the kinds of ``actor1`` and ``actor2``:

* ``identity``: a named identity militia (inter 4, not an "Unidentified ... Militia");
* ``unid_identity``: an unnamed one ("Unidentified Clan Militia (Somalia)", inter 4);
* ``uag``: "Unidentified Armed Group (...)";
* ``none``: no actor;
* ``other``: any other actor (state forces, rebels, civilians ...).

Splits: ``val`` = md5(id) % 3 == 0 (counts only, never read item by item), ``dev`` = the rest.
``--show dev`` prints, per dev text, the reports' actors (to read errors on dev only).
There is no gold for actors in CEHA: the counts show how often clan/communal fighting ends up as a
named identity militia rather than an unidentified armed group or nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "eval" / "relevance" / "ceha.jsonl"
KINDS = ("identity", "unid_identity", "uag", "none", "other")


def is_val(item_id: str) -> bool:
    return int(hashlib.md5(item_id.encode()).hexdigest(), 16) % 3 == 0


def kind_of(actor) -> str:
    if actor is None:
        return "none"
    name = actor.name or ""
    if name.startswith("Unidentified Armed Group"):
        return "uag"
    if (actor.inter or 0) == 4:
        return "unid_identity" if name.startswith("Unidentified") else "identity"
    return "other"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-len", type=int, default=600)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--show", choices=("dev",), help="print each dev text's reports")
    args = ap.parse_args()

    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if len(r["text"]) <= args.max_len]
    if args.limit:
        rows = rows[: args.limit]

    from eventwire.pipeline import load_pipeline
    from eventwire.records import Article

    pipeline = load_pipeline()
    t0 = time.perf_counter()
    arts = list(pipeline.pipe(Article(id=r["id"], text=r["text"], source=f"gold:{r['id']}") for r in rows))
    dt = time.perf_counter() - t0
    counts = {"dev": Counter(), "val": Counter()}
    texts = {"dev": 0, "val": 0}
    with_identity = {"dev": 0, "val": 0}
    for r, a in zip(rows, arts, strict=True):
        split = "val" if is_val(r["id"]) else "dev"
        texts[split] += 1
        seen = False
        for rep in a.reports:
            for actor in (rep.actor1, rep.actor2):
                k = kind_of(actor)
                counts[split][k] += 1
                seen = seen or k in ("identity", "unid_identity")
        with_identity[split] += seen
        if args.show == "dev" and split == "dev":
            print("-", r["text"][:400].replace("\n", " "))
            for rep in a.reports:
                n1 = rep.actor1.name if rep.actor1 else None
                n2 = rep.actor2.name if rep.actor2 else None
                print(f"    {rep.sub_event_type}: {n1!r} vs {n2!r}")
    print(f"{'split':5} {'texts':>5} {'slots':>5} " + " ".join(f"{k:>13}" for k in KINDS) + "  texts_w_identity")
    for split in ("dev", "val"):
        c = counts[split]
        print(f"{split:5} {texts[split]:5} {sum(c.values()):5} " + " ".join(f"{c[k]:13}" for k in KINDS)
              + f"  {with_identity[split]:16}")
    print(f"({len(rows)} texts in {dt:.0f}s)", file=sys.stderr)


if __name__ == "__main__":
    main()
