"""Robustness probe (session 23): a feed cut off inside its last entry, and publication dates in the
future (given with ``--published``, or read from a feed, a JSONL record or the page)."""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.cli.errors import parse_published_option
from eventwire.ingest.feeds import iter_feed_bytes
from eventwire.ingest.jsonl import iter_jsonl
from eventwire.pipeline import is_fatal
from eventwire.records import Article
from eventwire.sections import segment

REPORT = "Rebels attacked a police station in Kandahar on Monday, killing three officers, police said."
TODAY = dt.datetime.now(dt.UTC).date()

RSS_HEAD = ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
            f'<item><title>Police station attacked</title><link>http://example.org/1</link>'
            f'<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate><description>{REPORT}</description></item>')


# -- a feed cut off inside an entry: that entry is a rejection, not an article of what was left --------

def test_the_entry_a_feed_is_cut_off_in_is_rejected_and_the_rest_kept() -> None:
    feed = (RSS_HEAD + "<item><title>Second story</title><link>http://example.org/2</link>"
            "<description>Gunmen killed two").encode()
    got = list(iter_feed_bytes(feed, source="cut.rss"))
    assert [a.source for a in got] == ["cut.rss#1", "cut.rss#2", "cut.rss"]
    first, cut, whole = got
    assert not first.rejections and REPORT in first.text
    assert cut.text == "" and cut.url == "http://example.org/2"
    assert cut.rejections[0].reason == "bad_input" and "cut off" in cut.rejections[0].detail
    assert is_fatal(cut)
    assert "malformed or truncated" in whole.rejections[0].detail


def test_an_atom_feed_cut_inside_a_prefixed_entry_is_caught_too() -> None:
    feed = ('<?xml version="1.0"?><a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>A</a:title>'
            f'<a:entry><a:title>One</a:title><a:id>1</a:id><a:content>{REPORT}</a:content></a:entry>'
            '<a:entry><a:title>Two</a:title><a:id>2</a:id><a:content>Gunmen').encode()
    got = list(iter_feed_bytes(feed, source="cut.atom"))
    assert [bool(a.rejections) for a in got] == [False, True, True]
    assert "cut off" in got[1].rejections[0].detail


def test_a_feed_cut_between_entries_keeps_every_entry() -> None:
    second = "<item>" + RSS_HEAD.split("<item>", 1)[1].replace("/1<", "/3<")
    feed = (RSS_HEAD + second).encode()  # cut after a whole entry: no </channel></rss>
    got = list(iter_feed_bytes(feed, source="short.rss"))
    assert [a.source for a in got] == ["short.rss#1", "short.rss#2", "short.rss"]
    assert not got[0].rejections and not got[1].rejections
    assert got[1].url == "http://example.org/3"


# -- --published in the future: a usage error (exit 2), before any model is loaded ---------------------

@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_published_in_the_future_is_a_usage_error(tmp_path: Path, command: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(REPORT, encoding="utf-8")
    later = (TODAY + dt.timedelta(days=400)).isoformat()
    args = [command, str(page), "--published", later]
    if command == "ingest":
        args += ["--db", str(tmp_path / "x.db")]
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 2
    assert "in the future" in res.output
    assert not (tmp_path / "x.db").exists()


def test_published_today_or_tomorrow_is_accepted() -> None:
    ctx = click.Context(cli)
    param = click.Option(["--published"])
    for day in (TODAY - dt.timedelta(days=3000), TODAY, TODAY + dt.timedelta(days=1)):
        assert parse_published_option(ctx, param, day.isoformat()) == day
    with pytest.raises(click.BadParameter, match="in the future"):
        parse_published_option(ctx, param, (TODAY + dt.timedelta(days=2)).isoformat())
    with pytest.raises(click.BadParameter, match="YYYY-MM-DD"):
        parse_published_option(ctx, param, "05/03/2024")


# -- a source's date in the future: dropped with a recorded reason, the article still coded -------------

def _article(published: dt.date, source: str) -> Article:
    return Article(id="a1", text=f"Police station attacked\n\n{REPORT}", source="jsonl:x.jsonl:1",
                   published=published, published_source=source)


def test_a_feed_date_in_the_future_is_dropped_with_a_recorded_reason() -> None:
    article = _article(TODAY + dt.timedelta(days=30), "feed")
    segment(article)
    assert article.published is None and article.published_source is None
    (rej,) = [r for r in article.rejections if r.reason == "future_date"]
    assert rej.stage == "sections" and "after today" in rej.detail
    assert not is_fatal(article)


@pytest.mark.parametrize(("days", "source"), [(1, "feed"), (0, "page"), (-5, "crawl"), (30, "user")])
def test_dates_up_to_tomorrow_and_the_users_own_are_kept(days: int, source: str) -> None:
    day = TODAY + dt.timedelta(days=days)
    article = _article(day, source)
    segment(article)
    assert article.published == day and article.published_source == source
    assert not any(r.reason == "future_date" for r in article.rejections)


def test_a_jsonl_record_dated_in_the_future_is_still_coded(tmp_path: Path, pipeline) -> None:
    path = tmp_path / "dump.jsonl"
    later = (TODAY + dt.timedelta(days=2000)).isoformat()
    path.write_text(f'{{"url": "http://example.org/f", "text": "{REPORT}", "published": "{later}"}}\n',
                    encoding="utf-8")
    (article,) = list(iter_jsonl(path))
    pipeline.process(article)
    assert article.published is None
    assert any(r.reason == "future_date" for r in article.rejections)
    assert article.reports, "the article is coded; only its date was dropped"
    assert all(not r.date or not r.date.value or r.date.value <= TODAY for r in article.reports)


# -- a file name with a newline: its warning stays one line -----------------------------------------

def test_an_unreadable_file_named_with_a_newline_is_warned_on_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    try:
        (folder / "bad\nname $(id).txt").write_bytes(b"bin\x00ary")
    except OSError:
        pytest.skip("the file system takes no newline in a name")
    (folder / "good.txt").write_text(f"Police station attacked\n\n{REPORT}", encoding="utf-8")
    res = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "x.db"), "--quiet",
                                   "--published", "2024-03-05"])
    assert res.exit_code == 0, res.output
    (line,) = [ln for ln in res.output.splitlines() if "could not read" in ln]
    assert "bad\\nname $(id).txt" in line and line.endswith("binary, not text")


# -- an HTML page of too many elements: rejected before the HTML stage spends minutes on it ------------

def test_a_page_of_too_many_elements_is_rejected_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    segment_module = importlib.import_module("eventwire.sections.segment")  # the package exports the function
    monkeypatch.setattr(segment_module, "MAX_HTML_ELEMENTS", 50)
    html = f"<html><body><p>{REPORT}</p>" + "<div>filler</div>" * 60 + "</body></html>"
    article = Article(id="h1", text=html, source="big.html", html=html)
    segment(article)
    (rej,) = article.rejections
    assert rej.reason == "too_large" and "63 HTML elements" in rej.detail  # html, body, p and 60 divs
    assert is_fatal(article) and article.text == ""
    small = f"<html><body><p>{REPORT}</p>" + "<div>filler</div>" * 10 + "</body></html>"
    kept = Article(id="h2", text=small, source="small.html", html=small)
    segment(kept)
    assert not kept.rejections and "Kandahar" in kept.text
