"""Dev measure of event splitting and merging on multi-sentence reports of our own writing.

    python benchmarks/event_split_dev.py [--split all|train|val] [--errors] [--file PATH]

Each item of ``benchmarks/data/event_split/reports.jsonl`` is a short report (2-6 sentences) with the
events ACLED would code from it (one per actor pair, place and day; background told as history is
not listed): ``sub_event_type``, ``fatalities``, ``actor1`` (a substring of either side's name for a
clash, of actor 1 otherwise; empty: any) and ``country`` (ISO3). The whole pipeline runs on each
(``load_pipeline``); the events are its asserted non-background reports. Expected and predicted
events are paired in text order, an expected event taking the first unpaired predicted one of its
type, else the first unpaired one. Prints the share of reports with the right number of events, type
accuracy over the paired events, the share of paired events with the exact fatalities, actor and
country accuracy, and the predicted events left unpaired (a second event where ACLED codes one). The ``val`` split (md5(id) % 3 == 0) is read only as aggregates: ``--errors``
prints the items of the train split alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import logging
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from eventwire.pipeline import load_pipeline  # noqa: E402
from eventwire.records import Article  # noqa: E402

log = logging.getLogger("event_split_dev")
DATA = REPO / "benchmarks" / "data" / "event_split" / "reports.jsonl"


def is_val(item_id: str) -> bool:
    return int(hashlib.md5(item_id.encode()).hexdigest(), 16) % 3 == 0


def events_of(article: Article) -> list:
    return [r for r in article.reports if not r.background and not r.negated and not r.speculative]


def pair(expected: list[dict], got: list) -> list[tuple[dict, object]]:
    """Expected events paired with predicted ones (see the module docstring)."""
    free = list(got)
    out = []
    for e in expected:
        hit = next((r for r in free if r.sub_event_type == e["sub_event_type"]), None)
        if hit is None and free:
            hit = free[0]
        if hit is not None:
            free.remove(hit)
            out.append((e, hit))
    return out


def actor_ok(e: dict, r) -> bool:
    want = e["actor1"].lower()
    if not want:
        return True
    sides = [r.actor1] + ([r.actor2] if r.sub_event_type == "Armed clash" else [])
    return any(a is not None and want in a.name.lower() for a in sides)


def country_of(r) -> str | None:
    loc = r.location
    return loc.place.iso if loc is not None and loc.place is not None else None


def describe(r) -> str:
    a1 = r.actor1.name if r.actor1 else None
    a2 = r.actor2.name if r.actor2 else None
    return f"{r.sub_event_type} f={r.fatalities.count} [{a1} | {a2}] {country_of(r)} {r.date.value}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("all", "train", "val"), default="all")
    ap.add_argument("--errors", action="store_true", help="print the train split's wrong items")
    ap.add_argument("--file", type=Path, default=DATA)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    items = [json.loads(line) for line in args.file.read_text().splitlines() if line.strip()]
    if args.split != "all":
        items = [it for it in items if is_val(it["id"]) == (args.split == "val")]
    pipe = load_pipeline()
    arts = [Article(id=it["id"], text=it["text"], published=dt.date.fromisoformat(it["published"])) for it in items]
    n_items = n_count = n_pairs = n_type = n_fat = n_actor = n_country = n_exp = 0
    extra: Counter[str] = Counter()
    for it, art in zip(items, pipe.pipe(arts), strict=True):
        got = events_of(art)
        exp = it["events"]
        n_items += 1
        n_exp += len(exp)
        count_ok = len(got) == len(exp)
        n_count += count_ok
        pairs = pair(exp, got)
        paired = {id(r) for _, r in pairs}
        extra.update(r.sub_event_type for r in got if id(r) not in paired)
        ok_all = count_ok
        for e, r in pairs:
            n_pairs += 1
            t = r.sub_event_type == e["sub_event_type"]
            f = r.fatalities.count == e["fatalities"]
            a = actor_ok(e, r)
            c = country_of(r) == e["country"]
            n_type += t
            n_fat += f
            n_actor += a
            n_country += c
            ok_all = ok_all and t and f
        if args.errors and not ok_all and not is_val(it["id"]):
            log.info("-- %s: %s", it["id"], it["text"])
            log.info("   expected: %s", "; ".join(
                f"{e['sub_event_type']} f={e['fatalities']} {e['actor1']!r} {e['country']}" for e in exp))
            log.info("   got:      %s", "; ".join(describe(r) for r in got) or "(none)")
    d = max(n_pairs, 1)
    log.info("items %d  events expected %d  paired %d", n_items, n_exp, n_pairs)
    log.info("right number of events: %.3f", n_count / max(n_items, 1))
    log.info("type accuracy (paired):  %.3f", n_type / d)
    log.info("fatalities exact (paired): %.3f", n_fat / d)
    log.info("extra events (unpaired predictions): %d %s", sum(extra.values()), dict(extra.most_common()))
    log.info("actor (paired): %.3f  country (paired): %.3f", n_actor / d, n_country / d)


if __name__ == "__main__":
    main()
