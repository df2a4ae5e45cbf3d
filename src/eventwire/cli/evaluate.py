"""`eventwire evaluate TASK GOLD.jsonl`: score eventwire on a gold file (shared/eval/README.md formats)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from .errors import handle_errors

TASK_CHOICES = ("geoparse", "extraction", "event-type", "event-fields", "relevance")


def _fmt(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return f"{value:.4f}" if abs(value) < 100 else f"{value:,.1f}"
    return str(value)


def _rows(metrics: dict[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for key, value in metrics.items():
        if isinstance(value, dict):
            rows.extend(_rows(value, f"{prefix}{key}."))
        else:
            rows.append((f"{prefix}{key}", _fmt(value)))
    return rows


def print_metrics(metrics: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    from .render import safe_markup

    table = Table(title=safe_markup(f"eventwire evaluate {metrics.get('task', '')}: {metrics.get('gold', '')}"))
    table.add_column("metric")
    table.add_column("value", justify="right")
    skip = {"task", "gold"}
    for key, value in _rows({k: v for k, v in metrics.items() if k not in skip}):
        table.add_row(key, value)
    Console(highlight=False).print(table)


@click.command()
@click.argument("task", type=click.Choice(TASK_CHOICES))
@click.argument("gold", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as one JSON object.")
@click.option("--given-spans", is_flag=True, help="geoparse: resolve the gold spans (score resolution only).")
@click.option("--predictions", "predictions_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write eventwire's predictions, one JSON line per gold item.")
@click.option("--from-predictions", "from_predictions", type=click.Path(dir_okay=False, path_type=Path),
              help="Score a predictions file written earlier by --predictions instead of running eventwire.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N gold items.")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Texts per spaCy batch.")
@click.option("--progress/--no-progress", default=True, show_default=True,
              help="Show a progress bar on stderr.")
@handle_errors
def evaluate(task: str, gold: Path, as_json: bool, given_spans: bool, predictions_path: Path | None,
             from_predictions: Path | None, limit: int | None, batch_size: int, progress: bool) -> None:
    """Score eventwire on a gold file: TASK is geoparse, extraction, event-type, event-fields or relevance."""
    from ..evaluate.run import evaluate as run_evaluate

    kwargs: dict[str, Any] = {
        "given_spans": given_spans, "predictions_path": predictions_path,
        "from_predictions": from_predictions, "limit": limit, "batch_size": batch_size,
    }
    if progress and from_predictions is None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        bar = Progress(TextColumn(f"evaluate {task}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                       console=Console(stderr=True), transient=True)
        with bar:
            job = bar.add_task(task, total=None)

            def update(done: int, total: int) -> None:
                bar.update(job, completed=done, total=total)

            metrics = run_evaluate(task, gold, progress=update, **kwargs)
    else:
        metrics = run_evaluate(task, gold, **kwargs)
    if as_json:
        click.echo(json.dumps(metrics, ensure_ascii=False))
    else:
        print_metrics(metrics)
