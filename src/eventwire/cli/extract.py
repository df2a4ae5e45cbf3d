"""`eventwire extract PAGE`: one page's events as a table, JSON (the contract), CSV or GeoJSON."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys

import click

from ..errors import InputError
from .errors import error_line, handle_errors, parse_published_option

_parse_date = parse_published_option


@click.command()
@click.argument("source")
@click.option("--published", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Publication date, when the page does not say (relative dates resolve against it).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "geojson"]), default="table",
              show_default=True,
              help="table: for people; json: the full record (the JSON contract); csv: one flat row per event "
                   "(text cells that start with = + - @ get a leading ' against spreadsheet formulas); "
                   "geojson: the located events as points.")
@click.option("--truecase", is_flag=True,
              help="Read an all-lower-case text with capitals on its names (places, actors, sentence starts), "
                   "so that they are recognised (evidence sentences show the capitals; offsets are unchanged).")
@handle_errors
def extract(source: str, published: dt.date | None, fmt: str, truecase: bool) -> None:
    """Code the events of one page: a file (text or HTML), a URL, or - for stdin."""
    from ..extract import read_source, rejected_article
    from ..output import article_to_json, event_row, events_geojson
    from ..pipeline import FATAL_REASONS, load_pipeline

    try:
        article = read_source(source, published=published)  # unreadable input fails before models load
    except InputError as exc:
        if fmt == "json":
            click.echo(json.dumps(article_to_json(rejected_article(source, exc)), ensure_ascii=False, indent=2))
        click.secho(error_line(exc, source=source), fg="red", err=True)
        raise SystemExit(exc.exit_code) from None

    pipeline = load_pipeline(truecase=truecase)
    article = pipeline.process(article)
    doc = article_to_json(article, coder=pipeline.coder_info())
    fatal = [r for r in article.rejections if r.reason in FATAL_REASONS]

    if fmt == "json":
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
    elif fmt == "geojson":
        click.echo(json.dumps(events_geojson(doc["events"]), ensure_ascii=False, indent=2))
    elif fmt == "csv":
        from ..export.acled import defuse_formula

        rows = [{k: defuse_formula(v) for k, v in event_row(e).items()} for e in doc["events"]]
        fields = list(event_row({"event_type": "", "sub_event_type": ""}).keys())
        writer = csv.DictWriter(sys.stdout, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    else:
        from .render import print_table

        print_table(doc)
    for r in fatal:
        click.secho(error_line(f"rejected ({r.reason}): {r.detail}", source=source), fg="red", err=True)
    if not fatal and not doc["events"] and fmt in ("csv", "geojson"):
        # csv/geojson carry no rejections: say on stderr why the output is empty
        for r in article.rejections:
            note = error_line(f"no events ({r.reason}): {r.detail}", source=source).removeprefix("error: ")
            click.secho(f"note: {note}", fg="yellow", err=True)
    if fatal:
        raise SystemExit(2)
