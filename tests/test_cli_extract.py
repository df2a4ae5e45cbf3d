"""`eventwire extract` as a user runs it: JSON contract, formats, stdin, HTML, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli

REPO = Path(__file__).resolve().parent.parent
PAGE = REPO / "examples" / "palmyra.txt"

pytestmark = pytest.mark.slow

CONTRACT_EVENT_KEYS = {"event_type", "sub_event_type", "disorder_type", "actor1", "assoc_actor_1", "actor2",
                       "assoc_actor_2", "location", "date", "fatalities", "background", "section", "evidence",
                       "confidence"}


def run(args, input=None):
    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


def test_json_contract_for_plain_text_page():
    res = run(["extract", str(PAGE), "--published", "2016-05-16", "--format", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert set(doc) >= {"article", "events", "rejections", "coder"}
    assert doc["article"]["published"] == "2016-05-16"
    assert {"id", "title", "published", "outlet", "language", "sections"} <= set(doc["article"])
    assert doc["events"], "the seed page has events"
    for ev in doc["events"]:
        assert CONTRACT_EVENT_KEYS <= set(ev)
        assert set(ev["evidence"]) >= {"text", "start", "end"}
        assert ev["section"] in ("body", "comment", "related", "caption", "title")
    assert set(doc["coder"]) >= {"eventwire", "actors", "gazetteer", "nlp"}
    assert doc["coder"]["nlp"].startswith("en_core_web_sm")


def test_table_is_default_and_readable():
    res = run(["extract", str(PAGE)])
    assert res.exit_code == 0, res.output
    assert "event(s)" in res.stdout and "Islamic State" in res.stdout
    assert "no publication date" in res.stdout


def test_stdin_and_html(tmp_path):
    text = ("BAGHDAD (Reuters) - Gunmen killed three policemen at a checkpoint in Kirkuk on Sunday, "
            "police sources said.")
    res = run(["extract", "-", "--published", "2017-03-06", "--format", "json"], input=text)
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert doc["events"] and doc["events"][0]["fatalities"]["count"] == 3

    html = tmp_path / "page.html"
    html.write_text(
        "<html><head><title>Three police killed in Kirkuk</title>"
        '<meta property="article:published_time" content="2017-03-06T10:00:00Z"></head><body>'
        "<article><h1>Three police killed in Kirkuk</h1>"
        f"<p>{text}</p><p>The attack was the third this month in the city, officials said.</p></article>"
        "</body></html>", encoding="utf-8")
    res = run(["extract", str(html), "--format", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert doc["article"]["published"] == "2017-03-06"
    assert any(e["location"] and e["location"]["country"] == "Iraq" for e in doc["events"])


def test_csv_and_geojson_formats():
    res = run(["extract", str(PAGE), "--format", "csv"])
    assert res.exit_code == 0
    header = res.stdout.splitlines()[0].split(",")
    assert header[:4] == ["date", "time_precision", "event_type", "sub_event_type"]
    res = run(["extract", str(PAGE), "--format", "geojson"])
    gj = json.loads(res.stdout)
    assert gj["type"] == "FeatureCollection" and gj["features"]


@pytest.mark.parametrize("kind", ["empty", "binary", "huge", "bad_utf8", "non_english"])
def test_bad_input_clear_error_nonzero_no_traceback(tmp_path, kind):
    path = tmp_path / f"{kind}.txt"
    if kind == "empty":
        path.write_bytes(b"  \n\n ")
    elif kind == "binary":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    elif kind == "huge":
        with path.open("wb") as fh:
            fh.seek(50 * 1024 * 1024)
            fh.write(b"x")
    elif kind == "bad_utf8":
        path.write_bytes(b"\xff\xfe\x00\xd8 \xc3\x28 \xa0\xa1 " * 50 + b"\x00\x00\x00")
    else:
        path.write_text("El ejército sirio recuperó la ciudad de Palmira el domingo, según fuentes locales. "
                        "Los combates continúan en el desierto y decenas de combatientes murieron.",
                        encoding="utf-8")
    for fmt in ("table", "json"):
        res = CliRunner().invoke(cli, ["extract", str(path), "--format", fmt])
        assert res.exit_code == 2, (kind, fmt, res.output)
        assert res.exception is None or isinstance(res.exception, SystemExit)
        assert "Traceback" not in res.output
        assert "error:" in res.stderr
        if fmt == "json":
            doc = json.loads(res.stdout)
            assert doc["rejections"] and doc["rejections"][0]["reason"]
            assert doc["events"] == []


def test_missing_file_is_a_clear_error(tmp_path):
    res = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.txt")])
    assert res.exit_code == 2 and "error:" in res.stderr


def test_bad_published_date_is_a_usage_error():
    res = CliRunner().invoke(cli, ["extract", str(PAGE), "--published", "16/05/2016"])
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output
