"""The store's write cost at scale (fifteenth session): ingest commits coded articles in groups (one
transaction writes each touched page once instead of once per article). What users rely on stays: the
WAL pragmas are in force, a grouped run stores exactly what a run committing each article does, and a
run interrupted (an exception, Ctrl-C, or kill -9) then resumed loses nothing and duplicates nothing."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.ingest_run import ingest
from eventwire.records import (
    Actor,
    Article,
    DateValue,
    EventReport,
    Evidence,
    Fatalities,
    Place,
    PlaceMention,
)
from eventwire.store.sqlite import Store

GAO = Place(name="Gao", latitude=16.2717, longitude=-0.0447, country="Mali", iso="MLI", admin1="Gao",
            geo_precision=1)
N = 11


def make_article(k: int) -> Article:
    """Article k: attacks near Gao on a few days, so that some reports merge across articles."""
    day = f"2024-03-{5 + k % 3:02d}"
    sentence = f"Militants killed {k + 2} villagers in an attack near Gao on day {k % 3}."
    title = f"Attack near Gao {k}"
    text = f"{title}\n\n{sentence}"
    start = text.index(sentence)
    p = text.index("Gao", start)
    art = Article(id=f"a{k}", text=text, source=f"a{k}.html", url=f"https://wire.example/a{k}", title=title,
                  published=dt.date(2024, 3, 8), outlet="Wire", language="en", raw_hash=f"raw-{k}")
    art.reports = [EventReport(
        event_type="Violence against civilians", sub_event_type="Attack", disorder_type="Political violence",
        evidence=Evidence(text=sentence, start=start, end=start + len(sentence)),
        actor1=Actor("Islamic State (Sahel)", 2, "militants"), actor2=Actor("Civilians (Mali)", 7, "villagers"),
        location=PlaceMention(start=p, end=p + 3, text="Gao", place=GAO),
        date=DateValue(value=day, precision=1, text="on Tuesday"), fatalities=Fatalities(count=k + 2),
        section="body", confidence=0.8)]
    return art


class Coded:
    """A stand-in for the NLP pipeline (the articles come coded); ``stop_after`` raises
    KeyboardInterrupt, ``kill_after`` kills the process (SIGKILL) after that many articles."""

    def __init__(self, *, stop_after: int | None = None, kill_after: int | None = None) -> None:
        self.stop_after = stop_after
        self.kill_after = kill_after

    def coder_info(self) -> dict[str, Any]:
        return {"coder": "test"}

    def pipe(self, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Article]:
        for i, article in enumerate(articles):
            if self.stop_after is not None and i == self.stop_after:
                raise KeyboardInterrupt
            if self.kill_after is not None and i == self.kill_after:
                os.kill(os.getpid(), 9)
            yield article


def run(db: Path, articles: list[Article], **options: Any) -> Any:
    with Store.open(db) as store:
        return ingest([], store=store, pipeline=Coded(), articles=articles, **options)


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    with Store.open(db, readonly=True) as store:
        return store.snapshot()


def test_wal_pragmas_in_force(tmp_path: Path) -> None:
    with Store.open(tmp_path / "p.db") as store:
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
        sync = store.conn.execute("PRAGMA synchronous").fetchone()[0]
        fk = store.conn.execute("PRAGMA foreign_keys").fetchone()[0]
        checkpoint = store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    assert (mode, sync, fk) == ("wal", 1, 1)  # WAL, NORMAL: durable against the process dying
    assert checkpoint == 4000
    with Store.open(tmp_path / "p.db", readonly=True) as store:  # a reader changes nothing
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_grouped_commits_store_what_single_commits_do(tmp_path: Path) -> None:
    one = run(tmp_path / "one.db", [make_article(k) for k in range(N)], commit_every=1)
    grouped_db = tmp_path / "grouped.db"
    commits: list[str] = []
    with Store.open(grouped_db) as store:
        store.conn.set_trace_callback(lambda s: commits.append(s) if s == "COMMIT" else None)
        grouped = ingest([], store=store, pipeline=Coded(), articles=[make_article(k) for k in range(N)],
                         commit_every=4)
    assert (grouped.articles, grouped.reports, grouped.events) == (one.articles, one.reports, one.events) == (
        N, N, one.events)
    assert len(commits) == 3  # 4 + 4 + 3 articles
    assert snapshot(grouped_db) == snapshot(tmp_path / "one.db")
    assert one.events < N  # some reports merged across articles: the merge ran inside the groups


def test_same_article_twice_in_one_group_is_stored_once(tmp_path: Path) -> None:
    arts = [make_article(0), make_article(1), make_article(0), make_article(2)]
    summary = run(tmp_path / "d.db", arts, commit_every=16)
    assert (summary.articles, summary.skipped_existing) == (3, 1)
    assert len(snapshot(tmp_path / "d.db")["articles"]) == 3


def test_ctrl_c_keeps_the_coded_group_and_resume_matches_a_clean_run(tmp_path: Path) -> None:
    run(tmp_path / "clean.db", [make_article(k) for k in range(N)], commit_every=4)
    db = tmp_path / "cut.db"
    with Store.open(db) as store, pytest.raises(KeyboardInterrupt):
        ingest([], store=store, pipeline=Coded(stop_after=6), articles=[make_article(k) for k in range(N)],
               commit_every=4)
    assert len(snapshot(db)["articles"]) == 6  # 4 committed + the 2 pending stored on the way out
    again = run(db, [make_article(k) for k in range(N)], commit_every=4)
    assert (again.articles, again.skipped_existing) == (N - 6, 6)
    assert snapshot(db) == snapshot(tmp_path / "clean.db")


def test_kill_9_then_resume_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    run(tmp_path / "clean.db", [make_article(k) for k in range(N)], commit_every=4)
    db = tmp_path / "killed.db"
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import test_store_s15 as t; from pathlib import Path;"
            "t.ingest_killed(Path(sys.argv[2]))")
    proc = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent), str(db)],
                          capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()[-2000:]
    assert len(snapshot(db)["articles"]) == 4  # the first group committed; the pending 2 were lost
    again = run(db, [make_article(k) for k in range(N)], commit_every=4)
    assert (again.articles, again.skipped_existing) == (N - 4, 4)
    assert snapshot(db) == snapshot(tmp_path / "clean.db")


def ingest_killed(db: Path) -> None:
    """Run in a child process by the kill -9 test: dies (SIGKILL) while coding the 7th article."""
    with Store.open(db) as store:
        ingest([], store=store, pipeline=Coded(kill_after=6), articles=[make_article(k) for k in range(N)],
               commit_every=4)
