"""`eventwire db merge` (sixteenth session): an input split over three machines, each part ingested into
its own database, the databases merged into one, must equal one ingest of the whole input: articles
deduplicated by content hash and URL (a newer version supersedes), the same event told by outlets
stored on different machines one event with both sources, rejections, withdrawals and provenance kept;
a merge run twice adds nothing, a merge killed with SIGKILL resumes, and databases of another schema or
gazetteer are refused before anything is written."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.errors import GoneError, IncompatibleDatabaseError, InputError, SchemaError, StoreError
from eventwire.ingest.build import rejected_article
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
from eventwire.store.combine import merge_databases
from eventwire.store.migrations import SCHEMA_VERSION, migrate
from eventwire.store.sqlite import WITHDRAWN, Store

GAO = Place(name="Gao", latitude=16.2717, longitude=-0.0447, country="Mali", iso="MLI", admin1="Gao",
            geo_precision=1, feature_code="PPLA")
MENAKA = Place(name="Menaka", latitude=15.9182, longitude=2.4022, country="Mali", iso="MLI", admin1="Menaka",
               geo_precision=1, feature_code="PPLA")
CODER = {"eventwire": "test", "actors": "a1", "gazetteer": "g1", "nlp": "n1"}


def _report(text: str, sentence: str, place: Place, *, day: str, sub: str = "Armed clash", dead: int = 0,
            negated: bool = False) -> EventReport:
    start = text.index(sentence)
    p = text.index(place.name, start)
    kind = "Battles" if sub == "Armed clash" else "Violence against civilians"
    return EventReport(
        event_type=kind, sub_event_type=sub, disorder_type="Political violence",
        evidence=Evidence(text=sentence, start=start, end=start + len(sentence)),
        actor1=Actor("Islamic State (Sahel)", 2, "militants"), actor2=Actor("Military Forces of Mali", 1, "army"),
        location=PlaceMention(start=p, end=p + len(place.name), text=place.name, place=place),
        date=DateValue(value=day, precision=1, text="on Tuesday"), fatalities=Fatalities(count=dead),
        section="body", confidence=0.8, negated=negated)


def story(ident: str, outlet: str, place: Place, day: str, *, dead: int = 0, url: str | None = None,
          extra: str = "", negated: bool = False, related: str | None = None) -> Article:
    """An article of one outlet telling one clash (what the NLP would have coded)."""
    sentence = f"Militants clashed with the army in {place.name} on Tuesday, killing {dead} people{extra}."
    title = f"{outlet}: clash in {place.name}"
    text = f"{title}\n\n{sentence}"
    art = Article(id=ident, text=text, source=f"{ident}.html", url=url or f"https://{outlet}.example/{ident}",
                  title=title, published=dt.date.fromisoformat(day) + dt.timedelta(days=1), outlet=outlet,
                  language="en", raw_hash=f"raw-{ident}-{outlet}-{extra}")
    art.reports = [_report(text, sentence, place, day=day, dead=dead, negated=negated)]
    if related:
        child = Article(id=f"{ident}-rel", text=related, source=art.source, kind="related", parent_id=ident,
                        offset=len(text), published=art.published, outlet=outlet)
        child.reports = [_report(related, related, MENAKA, day="2024-03-01", sub="Attack", dead=2)]
        art.children = [child]
    return art


def corpus() -> list[Article]:
    """Fourteen inputs: the same clashes told by three outlets (in different parts), an exact duplicate,
    a corrected page that supersedes its first version, a related headline repeated on two pages, a
    negated report, an unreadable input and a 404 that withdraws a page stored in the first part."""
    rel = "Gunmen killed two herders near Menaka on Friday."
    arts = [
        story("s1", "wire", GAO, "2024-03-05", dead=3),
        story("s2", "radio", MENAKA, "2024-03-06", dead=1, related=rel),
        story("s3", "daily", GAO, "2024-03-07", dead=2),
        story("s4", "wire", GAO, "2024-03-05", dead=4, url="https://wire.example/live"),
        rejected_article("broken.html", InputError("broken.html: not valid text")),
        story("s5", "radio", GAO, "2024-03-05", dead=5),  # the s1 clash, told by another outlet
        story("s6", "daily", MENAKA, "2024-03-06", dead=1, related=rel),  # the s2 clash; the same headline
        story("s7", "wire", MENAKA, "2024-03-09", negated=True),
        story("s8", "radio", GAO, "2024-03-07", dead=6),  # the s3 clash
        story("s3", "daily", GAO, "2024-03-07", dead=2),  # s3 again (the same bytes): stored once
        story("s4", "wire", GAO, "2024-03-05", dead=4, url="https://wire.example/live", extra=" (updated)"),
        story("s9", "daily", GAO, "2024-03-05", dead=7),  # the s1 clash again
        rejected_article("https://wire.example/s1", GoneError("https://wire.example/s1: HTTP 404"),
                         url="https://wire.example/s1"),
        story("s10", "wire", MENAKA, "2024-03-20", dead=0),
    ]
    for a in arts:
        a.published = a.published or dt.date(2024, 3, 10)
    return arts


class Coded:
    """A stand-in for the NLP pipeline: the articles come coded."""

    def __init__(self, coder: dict[str, str] | None = None, *, kill_after: int | None = None) -> None:
        self.coder = coder or CODER
        self.kill_after = kill_after

    def coder_info(self) -> dict[str, str]:
        return dict(self.coder)

    def pipe(self, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Article]:
        yield from articles


PARTS = ((0, 5), (5, 10), (10, 14))


def build(path: Path, articles: list[Article], coder: dict[str, str] | None = None) -> Path:
    with Store.open(path) as store:
        ingest([], store=store, pipeline=Coded(coder), articles=articles)
    return path


def parts(tmp_path: Path) -> list[Path]:
    arts = corpus()
    return [build(tmp_path / f"part{k}.db", arts[lo:hi]) for k, (lo, hi) in enumerate(PARTS)]


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with Store.open(path, readonly=True) as store:
        return store.snapshot()


def test_three_parts_merged_equal_one_ingest_row_for_row(tmp_path: Path) -> None:
    single = build(tmp_path / "single.db", corpus())
    summary = merge_databases(parts(tmp_path), into=tmp_path / "all.db")
    assert snapshot(tmp_path / "all.db") == snapshot(single)
    with Store.open(tmp_path / "all.db", readonly=True) as store:
        stats = store.stats()
        assert (stats["articles"], stats["superseded"], stats["withdrawn"]) == (11, 1, 1)
        assert stats["rejections"] == {"bad_input": 1, "gone": 1}
        # the s1 clash was stored on three machines (wire, radio, daily); wire's page was withdrawn
        gao5 = [e for e in store.query_events(start="2024-03-05", end="2024-03-05")]
        assert len(gao5) == 1 and sorted(gao5[0]["outlets"]) == ["daily", "radio", "wire"]
        assert gao5[0]["sources"] == 3  # s5, s9 and the corrected s4 (s1 withdrawn, s4's first version superseded)
        both = [e for e in store.query_events(start="2024-03-07", end="2024-03-07")]
        assert len(both) == 1 and sorted(both[0]["outlets"]) == ["daily", "radio"]
        related = store.conn.execute("SELECT COUNT(*) FROM articles WHERE kind = 'related' AND duplicate_of IS NULL")
        assert related.fetchone()[0] == 1  # the headline on two pages is one source
    assert (summary.articles, summary.skipped_existing, summary.withdrawn, summary.superseded) == (13, 1, 1, 1)
    assert summary.events == snapshot(single)["events"].__len__()


def test_a_second_merge_adds_nothing_and_order_of_parts_is_input_order(tmp_path: Path) -> None:
    a, b, c = parts(tmp_path)
    target = tmp_path / "all.db"
    merge_databases([a, b, c], into=target)
    before = snapshot(target)
    again = merge_databases([a, b, c], into=target)
    assert (again.articles, again.events, again.withdrawn, again.reports) == (0, 0, 0, 0)
    assert again.skipped_existing == 14
    assert snapshot(target) == before


def test_merging_into_a_database_that_holds_the_first_part(tmp_path: Path) -> None:
    single = build(tmp_path / "single.db", corpus())
    a, b, c = parts(tmp_path)
    grown = build(tmp_path / "grown.db", corpus()[:5])  # machine one merges the others into its own
    merge_databases([b, c], into=grown)
    assert snapshot(grown) == snapshot(single)


def test_merged_databases_merge_again_as_parts(tmp_path: Path) -> None:
    single = build(tmp_path / "single.db", corpus())
    a, b, c = parts(tmp_path)
    merge_databases([a, b], into=tmp_path / "ab.db")
    merge_databases([tmp_path / "ab.db", c], into=tmp_path / "all.db")
    assert snapshot(tmp_path / "all.db") == snapshot(single)


_KILL = """
import os, sys
from pathlib import Path
from eventwire.store import combine
calls = [0]
real = combine._Replay.article
def article(self, row):
    calls[0] += 1
    if calls[0] > int(sys.argv[1]):
        os.kill(os.getpid(), 9)
    return real(self, row)
combine._Replay.article = article
combine.merge_databases([Path(p) for p in sys.argv[3:]], into=Path(sys.argv[2]), group=3)
"""


def test_a_merge_killed_with_sigkill_resumes_to_the_same_database(tmp_path: Path) -> None:
    single = build(tmp_path / "single.db", corpus())
    sources = [str(p) for p in parts(tmp_path)]
    target = tmp_path / "all.db"
    proc = subprocess.run([sys.executable, "-c", _KILL, "7", str(target), *sources], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == -9, proc.stderr
    with Store.open(target) as store:  # the first part's two groups are there whole; the third group is not
        assert store.conn.execute("SELECT COUNT(*) FROM articles WHERE parent_id IS NULL").fetchone()[0] == 5
    summary = merge_databases(sources, into=target)
    assert summary.skipped_existing == 5 + 1 and summary.articles == 8
    assert snapshot(target) == snapshot(single)


def test_a_source_of_an_older_schema_is_refused_until_migrated(tmp_path: Path) -> None:
    a, b, c = parts(tmp_path)
    old = tmp_path / "old.db"
    conn = sqlite3.connect(old, isolation_level=None)
    migrate(conn, target=4)
    conn.close()
    target = tmp_path / "all.db"
    with pytest.raises(IncompatibleDatabaseError, match=r"schema version 4.*eventwire db migrate"):
        merge_databases([a, old], into=target)
    assert not target.exists()  # refused before anything is written
    res = CliRunner().invoke(cli, ["db", "merge", str(a), str(old), "--into", str(target)])
    assert res.exit_code == 5 and "db migrate" in res.output and "Traceback" not in res.output
    res = CliRunner().invoke(cli, ["db", "migrate", str(old)])
    assert res.exit_code == 0 and f"schema version {SCHEMA_VERSION}" in res.output
    assert merge_databases([a, old], into=target).articles == 5


def test_a_source_of_a_newer_schema_or_not_a_database_is_refused(tmp_path: Path) -> None:
    a = parts(tmp_path)[0]
    newer = tmp_path / "newer.db"
    build(newer, corpus()[:1])
    conn = sqlite3.connect(newer, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaError, match="upgrade eventwire"):
        merge_databases([a, newer], into=tmp_path / "x.db")
    text = tmp_path / "notes.db"
    text.write_text("not a database\n" * 50)
    with pytest.raises(StoreError, match="notes.db"):
        merge_databases([a, text], into=tmp_path / "x.db")
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    with pytest.raises(IncompatibleDatabaseError, match="not an eventwire database"):
        merge_databases([empty], into=tmp_path / "x.db")
    with pytest.raises(StoreError, match="no database at"):
        merge_databases([tmp_path / "missing.db"], into=tmp_path / "x.db")
    with pytest.raises(StoreError, match="into itself"):
        merge_databases([a], into=a)
    assert not (tmp_path / "x.db").exists()


def test_databases_coded_with_another_gazetteer_are_refused_unless_allowed(tmp_path: Path) -> None:
    arts = corpus()
    a = build(tmp_path / "a.db", arts[:5])
    b = build(tmp_path / "b.db", arts[5:10], coder={**CODER, "gazetteer": "g2", "actors": "a2"})
    target = tmp_path / "all.db"
    with pytest.raises(IncompatibleDatabaseError, match=r"gazetteer versions \(.*a\.db: g1.*b\.db: g2"):
        merge_databases([a, b], into=target)
    assert not target.exists()
    res = CliRunner().invoke(cli, ["db", "merge", str(a), str(b), "--into", str(target)])
    assert res.exit_code == 5 and "--allow-mixed-versions" in res.output
    summary = merge_databases([a, b], into=target, allow_mixed_versions=True)
    assert summary.articles == 9 and any("actors" in w for w in summary.warnings)  # s3 is in both


def test_cli_merge_prints_a_summary_and_json(tmp_path: Path) -> None:
    a, b, c = parts(tmp_path)
    target = tmp_path / "all.db"
    res = CliRunner().invoke(cli, ["db", "merge", str(a), str(b), str(c), "--into", str(target), "--json",
                                   "--quiet"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output.strip().splitlines()[-1])
    assert out["articles"] == 13 and out["sources"] == [str(a), str(b), str(c)]
    res = CliRunner().invoke(cli, ["db", "merge", str(a), str(b), str(c), "--into", str(target), "--quiet"])
    assert res.exit_code == 0 and "merge into" in res.output
    res = CliRunner().invoke(cli, ["stats", "--db", str(target), "--json"])
    assert res.exit_code == 0 and json.loads(res.output)["rejections"] == {"bad_input": 1, "gone": 1}


def test_hand_withdrawn_article_stays_withdrawn_and_hand_edits_are_counted(tmp_path: Path) -> None:
    arts = corpus()
    a = build(tmp_path / "a.db", arts[:5])
    with Store.open(a) as store:
        store.withdraw("s3")
        event = store.query_events(start="2024-03-06", end="2024-03-06")[0]["id"]
        rid = store.get_event(event)["reports"][0]["id"]
        other = store.query_events(start="2024-03-05", end="2024-03-05")[0]["id"]
        store.move_report(rid, other)
    summary = merge_databases([a], into=tmp_path / "all.db")
    assert summary.hand_edits_ignored == 1
    with Store.open(tmp_path / "all.db", readonly=True) as store:
        assert store.get_article("s3")["superseded_by"] == WITHDRAWN
        assert store.stats()["withdrawn"] == 1


# -- the real pipeline: a JSONL of own articles split in three ---------------------------------------------

ARTICLES = [
    ("https://sahel-wire.example/1", "2024-03-06",
     "Gunmen kill 12 villagers in central Mali",
     "Gunmen killed 12 villagers in the village of Ogossagou in central Mali on Tuesday, local officials said."),
    ("https://dakar-daily.example/a", "2024-03-06",
     "Attack on Ogossagou",
     "Twelve villagers were killed by gunmen in Ogossagou, Mopti region, on Tuesday, a mayor said."),
    ("https://kyiv-news.example/x", "2024-05-02",
     "Shelling in Kharkiv",
     "Russian forces shelled Kharkiv on Wednesday, killing three civilians, the regional governor said."),
    ("https://borno-times.example/q", "2024-04-10",
     "Boko Haram attack",
     "Boko Haram fighters attacked a military base in Monguno, Borno State, on Monday, killing five soldiers."),
    ("https://east-africa.example/p", "2024-04-10",
     "Protest in Nairobi",
     "Thousands of students marched peacefully in Nairobi on Monday to protest against higher tuition fees."),
    ("https://kharkiv-today.example/7", "2024-05-02",
     "Kharkiv shelled",
     "Three civilians died when Russian artillery shelled Kharkiv on Wednesday, officials said."),
    ("https://sahel-wire.example/1", "2024-03-06",
     "Gunmen kill 12 villagers in central Mali",
     "Gunmen killed 12 villagers in the village of Ogossagou in central Mali on Tuesday, local officials said."),
    ("https://lake-chad.example/m", "2024-04-10",
     "Monguno base attacked",
     "Five soldiers were killed when Boko Haram militants attacked an army base in Monguno on Monday."),
    ("https://nairobi-post.example/s", "2024-04-10",
     "Students march",
     "Students protested peacefully in Nairobi on Monday against the rise in university fees."),
]


def _content(path: Path) -> dict[str, Any]:
    """Table by table, without ids, timestamps and the part files' names: what an analyst compares."""
    with Store.open(path, readonly=True) as store:
        c = store.conn
        arts = sorted(tuple(r) for r in c.execute(
            "SELECT raw_hash, url, title, published, kind, text_hash, duplicate_of IS NULL, superseded_by, coder "
            "FROM articles"))
        rejections = sorted(tuple(r) for r in c.execute("SELECT stage, reason FROM rejections"))
        reports = sorted(r[0] for r in c.execute("SELECT data FROM reports"))
        events = []
        for e in store.iter_events():
            rows = c.execute("SELECT r.evidence_text, a.raw_hash FROM event_reports er JOIN reports r "
                             "ON r.id = er.report_id JOIN articles a ON a.id = r.article_id WHERE er.event_id = ?",
                             (e["id"],)).fetchall()
            body = {k: v for k, v in e.items() if k not in ("id", "n", "updated_at")}
            events.append(json.dumps({**body, "reports": sorted(tuple(r) for r in rows)}, sort_keys=True))
        decisions = sorted(r[0] for r in c.execute("SELECT action FROM merge_log"))
        return {"articles": arts, "rejections": rejections, "reports": reports, "events": sorted(events),
                "merge_log": decisions}


def test_real_pipeline_split_jsonl_merged_equals_one_ingest(tmp_path: Path, pipeline: Any) -> None:
    lines = [json.dumps({"url": u, "published": p, "title": t, "text": f"{t}\n\n{x}"}) for u, p, t, x in ARTICLES]
    whole = tmp_path / "all.jsonl"
    whole.write_text("\n".join(lines) + "\n")
    chunks = [lines[0:3], lines[3:6], lines[6:9]]
    dbs = []
    for k, chunk in enumerate(chunks):
        part = tmp_path / f"part{k}.jsonl"
        part.write_text("\n".join(chunk) + "\n")
        with Store.open(tmp_path / f"part{k}.db") as store:
            ingest([str(part)], store=store, pipeline=pipeline)
        dbs.append(tmp_path / f"part{k}.db")
    with Store.open(tmp_path / "single.db") as store:
        one = ingest([str(whole)], store=store, pipeline=pipeline)
    assert one.skipped_existing == 1  # the Ogossagou page twice in the input
    merge_databases(dbs, into=tmp_path / "merged.db")
    single, merged = _content(tmp_path / "single.db"), _content(tmp_path / "merged.db")
    for table in single:
        assert merged[table] == single[table], table
    with Store.open(tmp_path / "merged.db", readonly=True) as store:
        multi = [e for e in store.query_events(limit=100) if e["sources"] > 1]
    assert multi  # outlets stored on different machines were merged into one event
    assert os.path.getsize(tmp_path / "merged.db") > 0


def test_a_page_that_came_back_in_its_database_stays_current_in_the_merge(tmp_path: Path) -> None:
    url = "https://wire.example/back"
    page = story("b1", "wire", GAO, "2024-03-05", dead=3, url=url)
    gone = rejected_article(url, GoneError(f"{url}: HTTP 410"), url=url)
    again = story("b1", "wire", GAO, "2024-03-05", dead=3, url=url)  # the same bytes, read again (HTTP 200)
    with Store.open(tmp_path / "a.db") as store:
        summary = ingest([], store=store, pipeline=Coded(), articles=[page, gone, again])
        assert (summary.withdrawn, summary.reinstated, store.count_events()) == (1, 1, 1)
    merged = merge_databases([tmp_path / "a.db"], into=tmp_path / "all.db")
    assert merged.withdrawn == 0
    with Store.open(tmp_path / "all.db", readonly=True) as store:
        assert store.get_article("b1")["superseded_by"] is None and store.count_events() == 1
    # the 410 stored on another machine still withdraws it when that database comes later
    with Store.open(tmp_path / "b.db") as store:
        ingest([], store=store, pipeline=Coded(), articles=[rejected_article(
            "crawl2", GoneError(f"{url}: HTTP 404"), url=url)])
    assert merge_databases([tmp_path / "b.db"], into=tmp_path / "all.db").withdrawn == 1
    with Store.open(tmp_path / "all.db", readonly=True) as store:
        assert store.get_article("b1")["superseded_by"] == WITHDRAWN and store.count_events() == 0
