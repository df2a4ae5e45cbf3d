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

Two optional keys per expected event are scored where given (``reports2.jsonl`` has them): ``date``
(``YYYY-MM-DD``, only where the text gives the day) and ``actor2`` (a substring of actor 2's name, of
either side's for an armed clash; empty: any). Their lines (the share of the paired events that carry
the key with the exact date / a matching actor 2) are printed only when some paired event has the key.
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


def _side_ok(want: str, first, other, r) -> bool:
    """``want`` (a lower-cased substring; empty: any) names ``first``, or either side of an armed clash."""
    if not want:
        return True
    sides = [first] + ([other] if r.sub_event_type == "Armed clash" else [])
    return any(a is not None and want in a.name.lower() for a in sides)


def actor_ok(e: dict, r) -> bool:
    return _side_ok(e["actor1"].lower(), r.actor1, r.actor2, r)


def actor2_ok(e: dict, r) -> bool:
    return _side_ok(e["actor2"].lower(), r.actor2, r.actor1, r)


def date_of(r) -> str | None:
    return r.date.value if r.date is not None else None


def country_of(r) -> str | None:
    loc = r.location
    return loc.place.iso if loc is not None and loc.place is not None else None


def describe(r) -> str:
    a1 = r.actor1.name if r.actor1 else None
    a2 = r.actor2.name if r.actor2 else None
    return f"{r.sub_event_type} f={r.fatalities.count} [{a1} | {a2}] {country_of(r)} {r.date.value}"


def load_items(path: Path, split: str = "all") -> list[dict]:
    """The items of ``path``, those of one split (``train``/``val``) or ``all``."""
    items = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    if split != "all":
        items = [it for it in items if is_val(it["id"]) == (split == "val")]
    return items


def score(items: list[dict], pipe, *, errors: bool = False) -> dict:
    """The aggregates of the module docstring; ``errors`` logs the train split's wrong items."""
    arts = [Article(id=it["id"], text=it["text"], published=dt.date.fromisoformat(it["published"])) for it in items]
    n_items = n_count = n_pairs = n_type = n_fat = n_actor = n_country = n_exp = 0
    n_date = n_date_ok = n_act2 = n_act2_ok = 0
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
            if "date" in e:
                n_date += 1
                n_date_ok += date_of(r) == e["date"]
                ok_all = ok_all and date_of(r) == e["date"]
            if "actor2" in e:
                n_act2 += 1
                n_act2_ok += actor2_ok(e, r)
                ok_all = ok_all and actor2_ok(e, r)
        if errors and not ok_all and not is_val(it["id"]):
            log.info("-- %s: %s", it["id"], it["text"])
            log.info("   expected: %s", "; ".join(
                f"{e['sub_event_type']} f={e['fatalities']} {e['actor1']!r} {e['country']}"
                + (f" a2={e['actor2']!r}" if "actor2" in e else "") + (f" {e['date']}" if "date" in e else "")
                for e in exp))
            log.info("   got:      %s", "; ".join(describe(r) for r in got) or "(none)")
    d = max(n_pairs, 1)
    return {
        "items": n_items, "expected": n_exp, "paired": n_pairs,
        "count": n_count / max(n_items, 1), "type": n_type / d, "fatalities": n_fat / d,
        "extra": dict(extra.most_common()), "actor": n_actor / d, "country": n_country / d,
        "date": n_date_ok / n_date if n_date else None, "n_date": n_date,
        "actor2": n_act2_ok / n_act2 if n_act2 else None, "n_actor2": n_act2,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("all", "train", "val"), default="all")
    ap.add_argument("--errors", action="store_true", help="print the train split's wrong items")
    ap.add_argument("--file", type=Path, default=DATA)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    m = score(load_items(args.file, args.split), load_pipeline(), errors=args.errors)
    log.info("items %d  events expected %d  paired %d", m["items"], m["expected"], m["paired"])
    log.info("right number of events: %.3f", m["count"])
    log.info("type accuracy (paired):  %.3f", m["type"])
    log.info("fatalities exact (paired): %.3f", m["fatalities"])
    log.info("extra events (unpaired predictions): %d %s", sum(m["extra"].values()), m["extra"])
    log.info("actor (paired): %.3f  country (paired): %.3f", m["actor"], m["country"])
    if m["n_date"]:
        log.info("date exact (paired, where given): %.3f of %d", m["date"], m["n_date"])
    if m["n_actor2"]:
        log.info("actor2 (paired, where given): %.3f of %d", m["actor2"], m["n_actor2"])


if __name__ == "__main__":
    main()
