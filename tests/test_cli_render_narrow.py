"""`eventwire extract --format table` on a narrow console (a pipe, an 80-column terminal): one block per
event, each field on its own row, rather than nine columns squeezed so that the evidence wraps a few
letters a line; a wide console keeps the table. Untrusted text stays literal in both."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from eventwire.cli.render import TABLE_MIN_WIDTH, print_table

EVIDENCE = "Gunmen attacked a police station in Kandahar on Monday, killing three officers, officials said."


def _doc(evidence: str = EVIDENCE, title: str = "Police station attacked") -> dict:
    event = {"event_type": "Violence against civilians", "sub_event_type": "Attack",
             "actor1": {"name": "Unidentified Armed Group (Afghanistan)", "inter": 3},
             "assoc_actor_1": [], "assoc_actor_2": [{"name": "Police Forces of Afghanistan", "inter": 1}],
             "actor2": {"name": "Civilians (Afghanistan)", "inter": 7},
             "location": {"name": "Kandahar", "admin1": "Kandahar", "country": "Afghanistan", "geo_precision": 1},
             "section": "body", "background": True,
             "date": {"value": "2024-05-06", "precision": 1}, "fatalities": {"count": 3, "claimed_by": None},
             "evidence": {"text": evidence}}
    return {"article": {"title": title, "published": "2024-05-07", "outlet": "Example"}, "notes": [],
            "events": [event, dict(event, fatalities={"count": 0, "claimed_by": None})], "rejections": []}


def _render(doc: dict, width: int) -> str:
    buf = io.StringIO()
    print_table(doc, console=Console(file=buf, width=width, highlight=False, color_system=None))
    return buf.getvalue()


def test_narrow_console_prints_one_block_per_event_with_whole_lines() -> None:
    out = _render(_doc(), 80)
    lines = [ln.rstrip() for ln in out.splitlines()]
    assert "2 event(s)" in lines
    heads = [ln for ln in lines if ln.startswith(("1  ", "2  "))]
    assert len(heads) == 2 and "2024-05-06 [p1]" in heads[0] and "Violence against civilians / Attack" in heads[0]
    assert any(ln.startswith("location") and "Kandahar, Kandahar, Afghanistan [p1]" in ln for ln in lines)
    assert any(ln.startswith("section") and "body (background)" in ln for ln in lines)
    assert any("+ Police Forces of Afghanistan (1)" in ln for ln in lines)
    # the evidence is folded at word boundaries, never a few letters a line
    joined = " ".join(ln.split("evidence", 1)[-1].strip() for ln in lines if ln.strip())
    assert EVIDENCE in " ".join(joined.split())
    assert "┃" not in out and all(len(ln) <= 80 for ln in lines)


def test_wide_console_keeps_the_table() -> None:
    out = _render(_doc(), TABLE_MIN_WIDTH + 20)
    assert "┃" in out and "evidence" in out and "Gunmen attacked" in out


@pytest.mark.parametrize("width", [80, 300])
def test_untrusted_text_stays_literal_in_both_layouts(width: int) -> None:
    nasty = "Attack [/bold] in [red]Kandahar \x1b]0;pwned\x07 now"
    out = _render(_doc(evidence=nasty, title=nasty), width)
    assert "\x1b" not in out and "\x07" not in out
    assert "[red]Kandahar" in out and "[/bold]" in out


def test_no_events_prints_the_count() -> None:
    doc = _doc()
    doc["events"] = []
    assert "0 event(s)" in _render(doc, 80) and "0 event(s)" in _render(doc, 300)
