#!/usr/bin/env python3
"""CPU seconds of eventwire's own stages after the parse (geo, actors, time, events), on docs parsed once.

    python benchmarks/post_speed.py cache [--docs PATH] [FILES...]
    python benchmarks/post_speed.py run [--docs PATH] [--out OUT.jsonl] [--sample] [--top 40] [FILES...]

FILES default to ``../shared/eval/articles/*.jsonl`` (the 449 articles of ``throughput.py``).

``cache`` reads the articles, runs the sections stage and parses every text the pipeline parses (articles
and their related-headline children) once with the pipeline's own spaCy pipeline, storing the docs in a
DocBin (default: ``$TMPDIR/eventwire_post_docs.spacy``). ``run`` reads the articles again, runs the
sections stage, takes the stored docs (each checked against its text) and runs the stages after the
parse as ``Pipeline`` does (``_analyse`` per article with the collector paused, caches released after
each); it prints the process CPU seconds of the whole and of each stage (``StageTimes`` reads the process
clock here instead of the wall clock: other jobs on a shared machine move it less). A run takes about
30 s instead of the 80 s of a run with the parse, and its figures vary by about 3 % between runs on a
quiet machine. A warm-up on copies of the first 25 articles (lazy tables, models) is not counted.

``--out`` writes the JSON of every article, as ``eventwire extract`` prints it (keys sorted), one line
each and in order: ``cmp`` two runs' files to check that a change keeps the output byte for byte (the
output does not depend on the hash seed: runs with PYTHONHASHSEED 11 and 12 gave identical files). The
code run is this checkout's ``src`` (put first on the path), so a git worktree of another commit measures that commit. ``--sample``
samples the stack on the process CPU timer (SIGPROF; 0.5 ms asked, the kernel's tick may make it
coarser: about one sample per 4 ms here) and prints the functions with the largest shares, inclusive
and own: unlike cProfile it adds no cost per call, so it does not inflate code that
makes many small calls (cProfile put 2.4 % of the run in building the geo recogniser's start list,
the sampler 0.6 %, a timing of that line alone 0.35 %).

Findings (twenty-third session, on a copy of commit 7a51dc7 without the day's uncommitted work; 12.0-12.5 s
of post-parse CPU, events 7.0, geo 3.3, actors 0.9, time 0.8; the parse of the same texts about 63 s): the
profile is flat. Typing the
sentences (``events.typing.classify``, some sixty readers) holds 25 % of it, no reader above 5 %; the geo
recogniser 16 % (``_match_at`` 6 %, the context rules 5 %, the tokens 2 %), the resolver 5 %, the summary
of the main event 10 %, the cue lexicon 5 %, the date finders 7 %, the actor scans 7 %; no function
holds more than 3 % of the run by its own code, most of the rest is regular-expression scans over the
text and per-sentence rules. Tried and not kept (output identical, no measurable gain):
``gc.freeze()`` after loading the pipeline (collector CPU over a whole run 0.63 -> 0.57 s, inside the
noise); the doc word tables (``events.words.doc_words``) read by one flat map instead of ``np.unique``
(0.135 -> 0.148 s over 478 docs: slower); the geo tokens' regex rewritten (a bound: 0.104 -> 0.082 s
for the simplest pattern, which is not equivalent; an equivalent one 0.100 s); the recogniser's start
positions by a set of the text's words (0.043 -> 0.044 s); the boundary component's text joined from
the doc's arrays instead of ``doc.text`` (0.10 -> 0.19 s: slower); the actor scan's prefilter without
its look-behind (0.128 -> 0.347 s) or with ``\\b`` (0.153 s). The boundary component costs 0.26 s of
CPU over the 478 texts, the related-headline children 0.1 % of the parsed characters, the sections
stage 0.8 s (the language identifier 85 % of it).
Run it by hand; it is not part of the test suite.
"""

from __future__ import annotations

import argparse
import collections
import copy
import itertools
import json
import signal
import sys
import tempfile
import time
import types
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))  # this checkout's code (a worktree's too), not the installed one
DEFAULT_DIR = REPO.parent / "shared" / "eval" / "articles"
DEFAULT_DOCS = Path(tempfile.gettempdir()) / "eventwire_post_docs.spacy"
WARMUP = 25
SAMPLE_EVERY = 0.0005


def _prepared(files: list[Path]) -> tuple[list, list]:
    """The articles as read, and the texts the pipeline parses (articles after the sections stage, and
    their related-headline children), in the pipeline's order."""
    from eventwire.ingest.readers import iter_articles
    from eventwire.pipeline import parse_work
    from eventwire.sections import segment

    articles = list(iter_articles([str(f) for f in files]))
    work = parse_work(articles, sectioner=segment)
    return articles, work


class _Sampler:
    """Stack samples on SIGPROF: own and inclusive counts per function."""

    def __init__(self) -> None:
        self.own: collections.Counter = collections.Counter()
        self.incl: collections.Counter = collections.Counter()
        self.n = 0

    @staticmethod
    def _name(code: types.CodeType) -> str:
        path = code.co_filename
        short = path.split("/src/eventwire/")[-1] if "/src/eventwire/" in path else Path(path).name
        return f"{short}:{code.co_firstlineno}({code.co_name})"

    def _on_signal(self, _sig: int, frame: types.FrameType | None) -> None:
        if frame is None:
            return
        self.n += 1
        self.own[self._name(frame.f_code)] += 1
        seen = set()
        while frame is not None:
            name = self._name(frame.f_code)
            if name not in seen:
                seen.add(name)
                self.incl[name] += 1
            frame = frame.f_back

    def start(self) -> None:
        signal.signal(signal.SIGPROF, self._on_signal)
        signal.setitimer(signal.ITIMER_PROF, SAMPLE_EVERY, SAMPLE_EVERY)

    def stop(self) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)

    def report(self, top: int) -> str:
        lines = [f"{self.n} samples; inclusive:"]
        lines += [f"  {v / self.n:6.1%} {k}" for k, v in self.incl.most_common(top)]
        lines.append("own:")
        lines += [f"  {v / self.n:6.1%} {k}" for k, v in self.own.most_common(top)]
        return "\n".join(lines)


def cache(files: list[Path], docs_path: Path) -> dict:
    from spacy.tokens import DocBin

    from eventwire.pipeline import load_pipeline

    pipeline = load_pipeline()
    _articles, work = _prepared(files)
    store = DocBin(store_user_data=False)
    for doc in pipeline.nlp.pipe([a.text for a in work], batch_size=32):
        store.add(doc)
    store.to_disk(docs_path)
    return {"docs": len(work), "path": str(docs_path)}


def run(files: list[Path], docs_path: Path, *, out: Path | None, sample: bool, top: int) -> dict:
    from spacy.tokens import DocBin

    from eventwire import pipeline as pipeline_module
    from eventwire.gcpause import gc_paused
    from eventwire.output import article_to_json
    from eventwire.pipeline import load_pipeline, release_caches

    # the stage times in process CPU seconds: StageTimes reads ``time.perf_counter`` of its module
    pipeline_module.time = types.SimpleNamespace(perf_counter=time.process_time)  # type: ignore[assignment]
    pipeline = load_pipeline()
    articles, work = _prepared(files)
    store = DocBin().from_disk(docs_path)
    if len(store) != len(work):
        raise SystemExit(f"{docs_path} holds {len(store)} docs for {len(work)} texts: run `cache` again")

    warm = copy.deepcopy(work[:WARMUP])
    for a, doc in zip(warm, itertools.islice(store.get_docs(pipeline.nlp.vocab), WARMUP), strict=False):
        a.doc = doc
    with gc_paused():
        for a in warm:
            pipeline._analyse(a, text=a.text)
            release_caches(a.doc)
    pipeline.times.seconds.clear()

    for a, doc in zip(work, store.get_docs(pipeline.nlp.vocab), strict=True):
        if doc.text != a.text:
            raise SystemExit(f"{docs_path} is stale (article {a.id}): run `cache` again")
        a.doc = doc
    sampler = _Sampler() if sample else None
    if sampler is not None:
        sampler.start()
    c0 = time.process_time()
    with gc_paused():  # as Pipeline._run_batch runs the stages after the parse
        for a in work:
            pipeline._analyse(a, text=a.text)
            release_caches(a.doc)
    total = time.process_time() - c0
    if sampler is not None:
        sampler.stop()
    if out is not None:
        coder = pipeline.coder_info()
        with out.open("w", encoding="utf-8") as fh:
            for a in articles:
                fh.write(json.dumps(article_to_json(a, coder=coder), sort_keys=True) + "\n")
    result = {"articles": len(articles), "docs": len(work), "cpu_seconds": round(total, 2),
              "stage_cpu_seconds": {k: round(v, 2) for k, v in sorted(pipeline.times.seconds.items())}}
    if sampler is not None:
        result["sample"] = sampler.report(top)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("cache", "run"))
    parser.add_argument("files", nargs="*", type=Path, help="JSONL files of articles")
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS, help="the DocBin of the parsed texts")
    parser.add_argument("--out", type=Path, help="run: write every article's JSON here (one line each)")
    parser.add_argument("--sample", action="store_true", help="run: sample the stack and print the shares")
    parser.add_argument("--top", type=int, default=40, help="how many functions --sample prints")
    args = parser.parse_args(argv)
    files = args.files or sorted(DEFAULT_DIR.glob("*.jsonl"))
    if not files:
        print(f"no article files (looked in {DEFAULT_DIR})", file=sys.stderr)
        return 2
    if args.mode == "cache":
        print(json.dumps(cache(files, args.docs)))
        return 0
    if not args.docs.exists():
        print(f"no parsed docs at {args.docs}: run `cache` first", file=sys.stderr)
        return 2
    result = run(files, args.docs, out=args.out, sample=args.sample, top=args.top)
    report = result.pop("sample", None)
    print(json.dumps(result))
    if report:
        print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
