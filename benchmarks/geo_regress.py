#!/usr/bin/env python3
"""Regression check and CPU timing of the geo stage on the unlabelled articles.

    python benchmarks/geo_regress.py prepare --cache /tmp/geo_docs.pkl [--limit N] [FILES...]
    python benchmarks/geo_regress.py dump --cache /tmp/geo_docs.pkl --out before.json [--repeat 2]
    python benchmarks/geo_regress.py diff before.json after.json

``prepare`` reads the articles (default ``../shared/eval/articles/*.jsonl``), runs the sections and
NLP stages as the pipeline does (children included) and pickles the articles with their spaCy docs
(serialised with ``DocBin``), so that ``dump`` times and runs only the geo stage
(``GeoTagger.tag``). ``dump`` writes every place mention (span, kind, anchor, chosen place, score)
and reports the geo stage's CPU seconds (best of ``--repeat``). ``diff`` lists the mentions that
differ and exits 1 if any do. Run it by hand; it is not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DIR = REPO.parent / "shared" / "eval" / "articles"


def _prepare(files: list[Path], cache: Path, limit: int | None) -> None:
    import itertools

    from spacy.tokens import DocBin

    from eventwire.ingest.readers import iter_articles
    from eventwire.nlp import load_nlp
    from eventwire.pipeline import parse_work
    from eventwire.sections import segment

    nlp = load_nlp()
    stream = iter_articles([str(f) for f in files])
    arts = list(itertools.islice(stream, limit) if limit else stream)
    work = parse_work(arts, sectioner=segment)
    db = DocBin(store_user_data=True)
    for doc in nlp.pipe([a.text for a in work], batch_size=16):
        db.add(doc)
    records = [(a.id, a.text, list(a.sections)) for a in work]
    with cache.open("wb") as fh:
        pickle.dump({"docs": db.to_bytes(), "vocab": nlp.vocab.to_bytes(), "records": records}, fh)
    print(json.dumps({"articles": len(arts), "texts": len(work), "cache": str(cache)}))


def _load(cache: Path):
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    from eventwire.records import Article

    with cache.open("rb") as fh:
        data = pickle.load(fh)  # noqa: S301 - our own cache file
    vocab = Vocab().from_bytes(data["vocab"])
    docs = list(DocBin().from_bytes(data["docs"]).get_docs(vocab))
    out = []
    for (aid, text, sections), doc in zip(data["records"], docs, strict=True):
        out.append(Article(id=aid, text=text, sections=sections, doc=doc))
    return out


def _mention(pm) -> dict:
    p = pm.place
    return {
        "span": [pm.start, pm.end],
        "text": pm.text,
        "kind": pm.kind,
        "anchor": pm.anchor,
        "score": round(pm.score, 6),
        "place": None
        if p is None
        else [p.name, p.iso, p.admin1, p.feature_code, p.latitude, p.longitude, p.geo_precision, p.reason],
    }


def _dump(cache: Path, out: Path, repeat: int) -> None:
    from eventwire.geo.gazetteer import Gazetteer
    from eventwire.geo.tagger import GeoTagger

    arts = _load(cache)
    gaz = Gazetteer.open()
    tagger = GeoTagger(gaz)
    cpu = []
    wall = []
    for _ in range(max(1, repeat)):
        c0, t0 = time.process_time(), time.perf_counter()
        for a in arts:
            a.place_mentions = []
            tagger.tag(a)
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - t0)
    n = sum(len(a.place_mentions) for a in arts)
    dump = {a.id: [_mention(pm) for pm in a.place_mentions] for a in arts}
    out.write_text(json.dumps(dump, ensure_ascii=False, indent=0), encoding="utf-8")
    print(
        json.dumps(
            {
                "texts": len(arts),
                "mentions": n,
                "geo_cpu_seconds_first": round(cpu[0], 3),
                "geo_cpu_seconds_best": round(min(cpu), 3),
                "geo_wall_seconds_best": round(min(wall), 3),
                "out": str(out),
            }
        )
    )


def _diff(a: Path, b: Path) -> int:
    da = json.loads(a.read_text(encoding="utf-8"))
    db = json.loads(b.read_text(encoding="utf-8"))
    n = 0
    for aid in sorted(set(da) | set(db)):
        xa = {json.dumps(m, sort_keys=True) for m in da.get(aid, [])}
        xb = {json.dumps(m, sort_keys=True) for m in db.get(aid, [])}
        for m in sorted(xa - xb):
            print(f"- {aid} {m}")
            n += 1
        for m in sorted(xb - xa):
            print(f"+ {aid} {m}")
            n += 1
    total = sum(len(v) for v in da.values())
    print(json.dumps({"articles": len(set(da) | set(db)), "mentions_before": total, "differences": n}))
    return 1 if n else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("files", nargs="*", type=Path)
    p.add_argument("--cache", type=Path, required=True)
    p.add_argument("--limit", type=int)
    d = sub.add_parser("dump")
    d.add_argument("--cache", type=Path, required=True)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--repeat", type=int, default=1)
    f = sub.add_parser("diff")
    f.add_argument("a", type=Path)
    f.add_argument("b", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "prepare":
        _prepare(args.files or sorted(DEFAULT_DIR.glob("*.jsonl")), args.cache, args.limit)
        return 0
    if args.cmd == "dump":
        _dump(args.cache, args.out, args.repeat)
        return 0
    return _diff(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
