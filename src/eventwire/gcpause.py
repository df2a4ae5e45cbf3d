"""Pausing Python's cyclic garbage collector around allocation-heavy work.

Tagging and typing an article allocate hundreds of thousands of small objects, almost none in cycles;
the collections they trigger walk every tracked object of the process, a loaded spaCy model, the actor
dictionary and the gazetteer's caches included. Paused over a piece of work, the collector runs once
after it instead of many times during it; objects the work freed by reference counting are gone by
then. Collection resumes (if it was on) when the work is done, so a caller that turned it off keeps
it off.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the ``with`` block (see the module docstring)."""
    was_on = gc.isenabled()
    if was_on:
        gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
