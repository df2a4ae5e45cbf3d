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


#: The table's columns after "#", the keys of :func:`_event_cells`.
_COLUMNS = ("date", "type / sub-type", "actor 1", "actor 2", "location", "killed", "section", "evidence")


def _actor(a: dict[str, Any] | None) -> str:
    if not a:
        return ""
    return f"{a['name']} ({a['inter']})" if a.get("inter") is not None else a["name"]


#: Below this console width the events are printed one block each rather than as one wide table (nine
#: columns squeezed into 80 wrap the evidence a few letters a line).
TABLE_MIN_WIDTH = 140


def _event_cells(ev: dict[str, Any]) -> dict[str, str]:
    """One event's fields as the strings the table's columns (and the narrow blocks) show."""
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
    return {"date": when, "type / sub-type": f"{ev['event_type']}\n{ev['sub_event_type']}",
            "actor 1": _actor(ev["actor1"]) + assoc1, "actor 2": _actor(ev["actor2"]) + assoc2,
            "location": where, "killed": killed, "section": section, "evidence": ev["evidence"]["text"]}


def print_table(doc: dict[str, Any], *, console: Console | None = None) -> None:
    """The article's header, its events (a table on a wide console, one block per event on a narrow
    one: a pipe or an 80-column terminal) and its rejections."""
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
    events = [_event_cells(ev) for ev in doc["events"]]
    if console.width >= TABLE_MIN_WIDTH:
        table = Table(title=f"{len(events)} event(s)", show_lines=True)
        for col in ("#", *_COLUMNS):
            table.add_column(col, overflow="fold")
        for i, cells in enumerate(events, 1):
            table.add_row(plain(str(i)), *(plain(cells[c]) for c in _COLUMNS))
        console.print(table)
    else:
        console.print(f"{len(events)} event(s)", style="bold")
        for i, cells in enumerate(events, 1):
            title = plain(f"{i}  {cells['date']}  {cells['type / sub-type'].replace(chr(10), ' / ')}")
            console.rule(title, align="left")
            grid = Table.grid(padding=(0, 2))
            grid.add_column(style="dim", no_wrap=True)
            grid.add_column(overflow="fold")
            for key in ("actor 1", "actor 2", "location", "killed", "section", "evidence"):
                grid.add_row(key, plain(cells[key]))
            console.print(grid)
    for r in doc.get("rejections", []):
        console.print(plain(f"rejected ({r['stage']}/{r['reason']}): {r['detail']}"), style="red")
