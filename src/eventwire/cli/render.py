"""Human-readable rendering of extract output (rich tables on stdout)."""

from __future__ import annotations

import re
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

# C0 controls but tab and newline, DEL and C1 controls: an escape sequence in an article's text must
# not reach the terminal (it could retitle the window, move the cursor or hide the output)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(value: object) -> Text:
    """Untrusted text (from an article, a file name) as a rich Text: never read as markup,
    control characters removed."""
    return Text(_CONTROL.sub("", str(value)))


def safe_markup(value: object) -> str:
    """Untrusted text to put inside a markup string (a table title): escaped, controls removed."""
    return escape(_CONTROL.sub("", str(value)))


def _actor(a: dict[str, Any] | None) -> str:
    if not a:
        return ""
    return f"{a['name']} ({a['inter']})" if a.get("inter") is not None else a["name"]


def print_table(doc: dict[str, Any], *, console: Console | None = None) -> None:
    console = console or Console(highlight=False, soft_wrap=False)
    art = doc["article"]
    head = plain(art.get("title") or "(no title)")
    head.stylize("bold")
    meta = [f"published: {art.get('published') or 'unknown'}"]
    if art.get("outlet"):
        meta.append(f"outlet: {art['outlet']}")
    if art.get("cited_sources"):
        meta.append("citing: " + ", ".join(art["cited_sources"]))
    if art.get("language"):
        meta.append(f"language: {art['language']}")
    console.print(head)
    console.print(plain("  ".join(meta)))
    for note in doc.get("notes", []):
        console.print(plain(f"note: {note}"), style="yellow")
    events = doc["events"]
    table = Table(title=f"{len(events)} event(s)", show_lines=True)
    for col in ("#", "date", "type / sub-type", "actor 1", "actor 2", "location", "killed", "section", "evidence"):
        table.add_column(col, overflow="fold")
    for i, ev in enumerate(events, 1):
        loc = ev.get("location") or {}
        where = ", ".join(x for x in (loc.get("name"), loc.get("admin1"), loc.get("country")) if x)
        if loc.get("geo_precision"):
            where += f" [p{loc['geo_precision']}]"
        date = ev["date"]
        when = date["value"] or f"? ({date.get('reason') or 'unresolved'})"
        if date.get("precision"):
            when += f" [p{date['precision']}]"
        fat = ev["fatalities"]
        killed = str(fat["count"]) + (f" (claimed by {fat['claimed_by']})" if fat.get("claimed_by") else "")
        flags = [f for f in ("background", "negated", "speculative") if ev.get(f)]
        section = ev["section"] + (f" ({', '.join(flags)})" if flags else "")
        assoc1 = "".join(f"\n+ {_actor(a)}" for a in ev.get("assoc_actor_1") or [])
        assoc2 = "".join(f"\n+ {_actor(a)}" for a in ev.get("assoc_actor_2") or [])
        cells = (str(i), when, f"{ev['event_type']}\n{ev['sub_event_type']}", _actor(ev["actor1"]) + assoc1,
                 _actor(ev["actor2"]) + assoc2, where, killed, section, ev["evidence"]["text"])
        table.add_row(*(plain(c) for c in cells))
    console.print(table)
    for r in doc.get("rejections", []):
        console.print(plain(f"rejected ({r['stage']}/{r['reason']}): {r['detail']}"), style="red")
