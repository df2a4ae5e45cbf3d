"""eventwire.evaluate: scorers for the gold formats of ``shared/eval/README.md`` and the predictors
that run the pipeline over gold items.

    from eventwire.evaluate import evaluate
    metrics = evaluate("geoparse", "tr-news.jsonl", given_spans=True)

Modules: :mod:`.gold` (reading and checking gold files), :mod:`.metrics` (generic metrics),
one scorer module per task (:mod:`.geoparse`, :mod:`.event_type`, :mod:`.extraction`,
:mod:`.fields`, :mod:`.relevance`), :mod:`.predict` (pipeline -> predictions) and :mod:`.run`
(the ``evaluate()`` function behind ``eventwire evaluate``).
"""

from __future__ import annotations

from .gold import TASKS, read_gold
from .run import SCORERS, evaluate, read_predictions

__all__ = ["SCORERS", "TASKS", "evaluate", "read_gold", "read_predictions"]
