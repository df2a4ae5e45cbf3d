"""``evaluate()``: read a gold file, predict with the pipeline (or read earlier predictions), score.

This is the one library function behind ``eventwire evaluate``.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import ConfigError, GoldFormatError, InputError
from .event_type import score_event_type
from .extraction import score_extraction
from .fields import score_fields
from .geoparse import score_geoparse
from .gold import TASKS, iter_json_lines, read_gold
from .predict import DEFAULT_BATCH_SIZE, PREDICTORS
from .relevance import score_relevance

log = logging.getLogger(__name__)

SCORERS: dict[str, Callable[[Sequence[Any], Mapping[str, dict]], dict[str, Any]]] = {
    "geoparse": score_geoparse,
    "event-type": score_event_type,
    "extraction": score_extraction,
    "event-fields": score_fields,
    "relevance": score_relevance,
}
#: Tasks whose predictor does not need the NLP pipeline.
NO_PIPELINE = frozenset({"extraction"})

Progress = Callable[[int, int], None]


def _default_factory() -> Any:
    from ..pipeline import load_pipeline

    return load_pipeline()


def read_predictions(path: str | Path) -> dict[str, dict]:
    """Predictions written by ``--predictions`` (one JSON object with an ``id`` per line)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such predictions file")
    out: dict[str, dict] = {}
    try:
        for lineno, obj in iter_json_lines(path):
            if not isinstance(obj, dict) or not isinstance(obj.get("id"), str):
                raise InputError(f"{path}:{lineno}: a prediction must be a JSON object with a string 'id'")
            out[obj["id"]] = obj
    except GoldFormatError as exc:  # bad JSON / encoding: same message, the input's exit code
        raise InputError(str(exc)) from None
    return out


def predict(task: str, items: Sequence[Any], *, pipeline: Any, given_spans: bool = False,
            batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[tuple[str, dict]]:
    """Predictions for gold ``items`` of ``task`` (id, prediction) in gold order."""
    predictor = PREDICTORS[task]
    if task == "geoparse":
        return predictor(pipeline, items, given_spans=given_spans, batch_size=batch_size)
    return predictor(pipeline, items, batch_size=batch_size)


def evaluate(
    task: str,
    gold_path: str | Path,
    *,
    pipeline_factory: Callable[[], Any] | None = None,
    given_spans: bool = False,
    predictions_path: str | Path | None = None,
    from_predictions: str | Path | None = None,
    limit: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Score eventwire on a gold file of ``task`` and return the metrics (DESIGN.md keys + extras).

    ``pipeline_factory`` builds the pipeline (default: :func:`eventwire.pipeline.load_pipeline`);
    ``from_predictions`` scores an earlier ``--predictions`` file instead of running the pipeline;
    ``predictions_path`` writes the predictions, one line per gold item; ``limit`` scores the first
    N gold items; ``progress(done, total)`` is called after each item.
    Raises GoldFormatError for a bad gold file, ConfigError for a bad option.
    """
    if task not in TASKS:
        raise ConfigError(f"unknown evaluation task {task!r} (one of {', '.join(TASKS)})")
    if given_spans and task != "geoparse":
        raise ConfigError("--given-spans applies to geoparse only")
    if limit is not None and limit < 1:
        raise ConfigError("--limit must be at least 1")
    items = read_gold(task, gold_path, limit=limit)
    total = len(items)
    t0 = time.perf_counter()
    predictions: dict[str, dict] = {}
    if from_predictions is not None:
        given = read_predictions(from_predictions)
        predictions = {item.id: given[item.id] for item in items if item.id in given}
        if progress is not None:
            progress(total, total)
    else:
        pipeline = None
        if task not in NO_PIPELINE:
            pipeline = (pipeline_factory or _default_factory)()
        t0 = time.perf_counter()
        for done, (item_id, pred) in enumerate(
                predict(task, items, pipeline=pipeline, given_spans=given_spans, batch_size=batch_size), start=1):
            predictions[item_id] = pred
            if progress is not None:
                progress(done, total)
    seconds = time.perf_counter() - t0
    if predictions_path is not None:
        write_predictions(predictions_path, items, predictions)
    metrics = SCORERS[task](items, predictions)
    extras: dict[str, Any] = {"task": task, "gold": str(gold_path), "items": total,
                              "predicted": sum(1 for item in items if item.id in predictions),
                              "seconds": round(seconds, 3)}
    if task == "geoparse":
        extras["given_spans"] = given_spans
    log.info("evaluated %s on %d items in %.1fs", task, total, seconds)
    return {**metrics, **extras}


def write_predictions(path: str | Path, items: Sequence[Any], predictions: Mapping[str, dict]) -> None:
    """One JSON line per gold item (``{"id": ...}`` alone where nothing was predicted)."""
    path = Path(path)
    try:
        with path.open("w", encoding="utf-8") as out:
            for item in items:
                pred = predictions.get(item.id) or {"id": item.id}
                out.write(json.dumps(pred, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write predictions: {exc.strerror or exc}") from None
