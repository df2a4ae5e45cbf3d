"""The cyclic garbage collector is paused only while a piece of work runs (eventwire.gcpause)."""

from __future__ import annotations

import gc

import pytest

from eventwire.gcpause import gc_paused
from eventwire.records import Article


def test_paused_inside_and_back_on_after_an_error():
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_caller_that_turned_it_off_keeps_it_off():
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_pipe_leaves_the_collector_on_and_still_codes_events(pipeline):
    text = "Gunmen killed five villagers in an attack on Baqubah in Diyala province, Iraq, on Monday."
    seen: list[bool] = []
    original = pipeline.events.extract

    def spy(article):
        seen.append(gc.isenabled())
        return original(article)

    pipeline.events.extract = spy
    try:
        done = list(pipeline.pipe([Article(id="gc1", text=text)], batch_size=4))
    finally:
        pipeline.events.extract = original
    assert seen == [False]  # paused while the stages after the parse ran
    assert gc.isenabled()
    assert done[0].reports and done[0].reports[0].fatalities.count == 5
