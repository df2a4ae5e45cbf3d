"""`ingest`: idempotent, resumable after an interruption, the same with a process pool.

A small fake pipeline (no spaCy) turns lines ``EVENT: sub type|date|lat|lon|actor1|actor2`` into
reports and ``RELATED: headline`` lines into related-headline children; one slow test runs the real one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

import pytest
from click.testing import CliRunner

from eventwire.ingest_run import IngestSummary, ingest
from eventwire.records import Article
from eventwire.store import Store
from eventwire.store.synthetic import make_article, make_report

CODER = {"eventwire": "test", "actors": "fake", "gazetteer": "fake", "nlp": "fake"}


class FakePipeline:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def coder_info(self) -> dict[str, str]:
        return dict(CODER)

    def pipe(self, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Article]:
        for article in articles:
            self.seen.append(article.id)
            if article.rejections:
                yield article
                continue
            pos = 0
            for line in article.text.splitlines(keepends=True):
                body = line.strip()
                if body.startswith("EVENT:"):
                    sub, date, lat, lon, a1, a2 = body[6:].strip().split("|")
                    article.reports.append(make_report(sub_event_type=sub, date=date, lat=float(lat), lon=float(lon),
                                                       actor1=a1 or None, actor2=a2 or None, evidence=body, start=pos))
                elif body.startswith("RELATED:"):
                    child = Article(id=f"{article.id}-rel{len(article.children)}", text=body[8:].strip(),
                                    parent_id=article.id, kind="related", offset=pos)
                    article.children.append(child)
                elif body.startswith("NOEVENT"):
                    article.reject("events", "no_events", "nothing happened")
                pos += len(line)
            yield article


def fake_factory() -> FakePipeline:
    return FakePipeline()


def _texts(n: int) -> list[dict]:
    places = [(34.556, 38.2805), (36.2021, 37.1343), (36.335, 43.1189), (33.3152, 44.3661)]
    out = []
    for i in range(n):
        lat, lon = places[i % len(places)]
        day = f"2016-05-{10 + i % 3:02d}"
        lines = [f"Report number {i}.", f"EVENT: Armed clash|{day}|{lat}|{lon}|Islamic State|Military Forces of Syria"]
        if i % 3 == 0:
            lines.append(f"RELATED: Headline {i} about Palmyra")
        if i % 7 == 0:
            lines = [f"Opinion piece {i}.", "NOEVENT"]
        out.append({"id": f"t{i}", "text": "\n".join(lines) + "\n", "title": f"Title {i}",
                    "published": "2016-05-16", "url": f"https://example.org/{i}"})
    return out


def _articles(n: int) -> list[Article]:
    out = []
    for rec in _texts(n):
        a = make_article(rec["id"], [], text=rec["text"], title=rec["title"])
        out.append(a)
    return out


def _fresh(n: int) -> Iterator[Article]:
    yield from _articles(n)


@pytest.fixture()
def jsonl(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _texts(12)) + "not json\n", encoding="utf-8")
    return path


def test_ingest_twice_adds_nothing(tmp_path):
    with Store.open(tmp_path / "a.db") as store:
        first = ingest([], store=store, pipeline=FakePipeline(), articles=_fresh(20))
        assert first.articles == 20 and first.skipped_existing == 0
        assert 0 < first.events < first.reports and first.related == 6
        assert first.rejections_by_reason == {"no_events": 3}
        snap = store.snapshot()
        fake = FakePipeline()
        second = ingest([], store=store, pipeline=fake, articles=_fresh(20))
        assert second.articles == 0 and second.skipped_existing == 20 and second.events == 0
        assert fake.seen == []  # skipped before any NLP
        assert store.snapshot() == snap
        got = store.get_article(_articles(1)[0].id)
        assert got["coder"] == CODER


def test_interrupted_ingest_resumes_to_the_same_database(tmp_path):
    with Store.open(tmp_path / "whole.db") as store:
        ingest([], store=store, pipeline=FakePipeline(), articles=_fresh(30))
        whole = store.snapshot()

    def stop_after(n: int):
        def progress(s: IngestSummary) -> None:
            if s.articles >= n:
                raise KeyboardInterrupt
        return progress

    with Store.open(tmp_path / "cut.db") as store:
        with pytest.raises(KeyboardInterrupt):
            ingest([], store=store, pipeline=FakePipeline(), articles=_fresh(30), progress=stop_after(11),
                   batch_size=4)
        assert store.stats()["articles"] == 11
    with Store.open(tmp_path / "cut.db") as store:  # a new process would reopen the file
        fake = FakePipeline()
        summary = ingest([], store=store, pipeline=fake, articles=_fresh(30))
        assert summary.skipped_existing == 11 and summary.articles == 19
        assert len(fake.seen) == 19
        assert store.snapshot() == whole


KILL_SCRIPT = """
import os, signal, sys
sys.path.insert(0, sys.argv[2])
from test_ingest_run import FakePipeline, _fresh
from eventwire.ingest_run import ingest
from eventwire.store import Store

def progress(summary):
    if summary.articles >= 9:
        os.kill(os.getpid(), signal.SIGKILL)  # no cleanup, no rollback handler: a hard kill

with Store.open(sys.argv[1]) as store:
    ingest([], store=store, pipeline=FakePipeline(), articles=_fresh(30), progress=progress, batch_size=4)
"""


def test_killed_ingest_resumes_to_the_same_database(tmp_path):
    import signal
    import subprocess
    import sys
    from pathlib import Path

    with Store.open(tmp_path / "whole.db") as store:
        ingest([], store=store, pipeline=FakePipeline(), articles=_fresh(30))
        whole = store.snapshot()
    db = tmp_path / "killed.db"
    proc = subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(db), str(Path(__file__).parent)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    with Store.open(db) as store:
        assert store.stats()["articles"] == 9
        summary = ingest([], store=store, pipeline=FakePipeline(), articles=_fresh(30))
        assert summary.skipped_existing == 9
        assert store.snapshot() == whole


def test_ingest_from_jsonl_sources(tmp_path, jsonl):
    with Store.open(tmp_path / "j.db") as store:
        s1 = ingest([str(jsonl)], store=store, pipeline=FakePipeline())
        assert s1.read == 13 and s1.articles == 13  # 12 articles + the placeholder of the bad line
        assert s1.rejections_by_reason.get("bad_input") == 1
        counts = store.table_counts()
        s2 = ingest([str(jsonl)], store=store, pipeline=FakePipeline())
        assert s2.articles == 0 and s2.skipped_existing == 13
        assert store.table_counts() == counts
        assert store.get_article("t1")["title"] == "Title 1"


def test_process_pool_gives_the_same_database(tmp_path):
    with Store.open(tmp_path / "one.db") as store:
        ingest([], store=store, pipeline=FakePipeline(), articles=_fresh(16))
        one = store.snapshot()
    with Store.open(tmp_path / "two.db") as store:
        summary = ingest([], store=store, workers=2, pipeline_factory=fake_factory, articles=_fresh(16), batch_size=3)
        assert summary.articles == 16
        assert store.snapshot() == one
        assert store.get_article(_articles(1)[0].id)["coder"] == CODER


def test_dask_cluster_gives_the_same_database(tmp_path):
    distributed = pytest.importorskip("distributed")
    with Store.open(tmp_path / "one.db") as store:
        ingest([], store=store, pipeline=FakePipeline(), articles=_fresh(12))
        one = store.snapshot()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, Store.open(tmp_path / "dask.db") as store:
        summary = ingest([], store=store, dask=cluster.scheduler_address, pipeline_factory=fake_factory,
                         articles=_fresh(12), batch_size=5)
        assert summary.articles == 12
        assert store.snapshot() == one


def test_cli_ingest_and_rerun(tmp_path, jsonl, monkeypatch):
    import eventwire.pipeline
    from eventwire.cli.ingest import ingest as ingest_cmd

    monkeypatch.setattr(eventwire.pipeline, "load_pipeline", lambda **kw: FakePipeline())
    db = tmp_path / "cli.db"
    runner = CliRunner()
    res = runner.invoke(ingest_cmd, [str(jsonl), "--db", str(db), "--quiet"])
    assert res.exit_code == 0, res.output
    assert "articles" in res.output and "13" in res.output
    res2 = runner.invoke(ingest_cmd, [str(jsonl), "--db", str(db), "--quiet"])
    assert res2.exit_code == 0
    with Store.open(db) as store:
        assert store.stats()["articles"] == 13
    monkeypatch.setenv("EVENTWIRE_DB", str(tmp_path / "env.db"))
    assert runner.invoke(ingest_cmd, [str(jsonl), "--quiet"]).exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_add_article_directly_matches_ingest(tmp_path):
    # hand-built records go through the same store path as pipeline output
    with Store.open(tmp_path / "h.db") as store:
        assert store.add_article(make_article("x", [make_report()]), coder=CODER)
        assert store.stats()["events"] == 1


@pytest.mark.slow
def test_real_pipeline_ingest_is_idempotent_and_resumable(tmp_path, shared_dir, pipeline):
    src = shared_dir / "eval" / "articles" / "conflict-news-guardian-sdf.jsonl"
    lines = src.read_text(encoding="utf-8").splitlines()[:6]
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "whole.db") as store:
        s = ingest([str(sample)], store=store, pipeline=pipeline)
        assert s.articles == 6
        whole = store.snapshot()
        again = ingest([str(sample)], store=store, pipeline=pipeline)
        assert again.articles == 0 and again.skipped_existing == 6
        assert store.snapshot() == whole

    def stop(summary: IngestSummary) -> None:
        if summary.articles >= 3:
            raise KeyboardInterrupt

    with Store.open(tmp_path / "cut.db") as store:
        with pytest.raises(KeyboardInterrupt):
            ingest([str(sample)], store=store, pipeline=pipeline, progress=stop, batch_size=2)
        ingest([str(sample)], store=store, pipeline=pipeline)
        assert store.snapshot() == whole
