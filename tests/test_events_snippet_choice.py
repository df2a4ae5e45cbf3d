"""Which report a snippet's label comes from (``choose_main_event`` / ``predict.main_event``).

Measured on the CASE 2021 train split: taking the first asserted news report of a snippet beats
the most confident, the longest and the most severe report, so these tests pin that rule down."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire.evaluate.predict import main_event
from eventwire.events.extractor import NOTE_ATTRIBUTION, choose_main_event
from eventwire.records import Article, EventReport, Evidence, Section


def _report(text: str, sentence: str, sub: str, *, event_type: str = "Battles",
            disorder: str = "Political violence", confidence: float = 0.5, **flags) -> EventReport:
    start = text.index(sentence)
    return EventReport(event_type=event_type, sub_event_type=sub, disorder_type=disorder,
                       evidence=Evidence(sentence, start, start + len(sentence)), confidence=confidence, **flags)


def _snippet(text: str, reports: list[EventReport]) -> Article:
    a = Article(id="s", text=text, sections=[Section("body", 0, len(text))])
    a.reports = reports
    return a


S1 = "Soldiers display weapons seized on a boat in the port."
S2 = "Militants attacked a checkpoint near the border, killing seven."
SNIPPET = f"{S1} {S2}"


def test_snippet_takes_its_first_news_report_even_if_a_later_one_is_surer():
    first = _report(SNIPPET, S1, "Disrupted weapons use", event_type="Explosions/Remote violence", confidence=0.4)
    later = _report(SNIPPET, S2, "Armed clash", confidence=0.9)
    assert choose_main_event(_snippet(SNIPPET, [first, later])) is first


@pytest.mark.parametrize("flag", [{"negated": True}, {"speculative": True}, {"background": True}])
def test_snippet_skips_reports_that_are_not_news(flag):
    first = _report(SNIPPET, S1, "Disrupted weapons use", event_type="Explosions/Remote violence", **flag)
    later = _report(SNIPPET, S2, "Armed clash")
    assert choose_main_event(_snippet(SNIPPET, [first, later])) is later


def test_snippet_skips_an_attribution():
    first = _report(SNIPPET, S1, "Disrupted weapons use", event_type="Explosions/Remote violence",
                    notes=[NOTE_ATTRIBUTION])
    later = _report(SNIPPET, S2, "Armed clash")
    assert choose_main_event(_snippet(SNIPPET, [first, later])) is later


def test_snippet_with_only_unasserted_reports_has_no_main_event():
    only = _report(SNIPPET, S2, "Armed clash", speculative=True)
    assert choose_main_event(_snippet(SNIPPET, [only])) is None
    assert choose_main_event(_snippet(SNIPPET, [])) is None


def test_full_article_prefers_violence_over_an_earlier_agreement():
    paras = ["Leaders signed a ceasefire agreement in the capital.",
             "Gunmen killed five villagers in the north on Monday.",
             "Officials said talks would continue.",
             "Residents fled the area."]
    text = "\n\n".join(paras)
    agreement = _report(text, paras[0], "Agreement", event_type="Strategic developments",
                        disorder="Strategic developments")
    attack = _report(text, paras[1], "Attack", event_type="Violence against civilians")
    chosen = choose_main_event(_snippet(text, [agreement, attack]))
    assert chosen is attack


def test_predict_main_event_uses_the_pipelines_chooser_and_falls_back_without_one():
    first = _report(SNIPPET, S1, "Disrupted weapons use", event_type="Explosions/Remote violence", background=True)
    later = _report(SNIPPET, S2, "Armed clash")
    article = _snippet(SNIPPET, [first, later])
    with_chooser = SimpleNamespace(events=SimpleNamespace(main_event=lambda a: a.reports[0]))
    assert main_event(with_chooser, article) is first
    without = SimpleNamespace(events=SimpleNamespace())
    assert main_event(without, article) is later


def _benchmark():
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "event_type_dev.py"
    spec = importlib.util.spec_from_file_location("event_type_dev_bench", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_benchmark_error_stage_names_the_stage_that_lost_the_gold_type():
    bench = _benchmark()
    stage = bench.error_stage
    assert stage("ATTACK", "ARMED_CLASH", ["ARMED_CLASH", "ATTACK"], ["ARMED_CLASH", "ATTACK"], []) == bench.ERROR_STAGES[0]
    assert stage("ATTACK", "NONE", [], ["ATTACK"], ["ATTACK"]) == bench.ERROR_STAGES[1]
    assert stage("ATTACK", "ARMED_CLASH", ["ARMED_CLASH"], ["ARMED_CLASH"], ["ARMED_CLASH", "ATTACK"]) == bench.ERROR_STAGES[2]
    assert stage("ATTACK", "ARMED_CLASH", ["ARMED_CLASH"], ["ARMED_CLASH"], ["ARMED_CLASH"]) == bench.ERROR_STAGES[3]
    assert stage("NONE", "ARREST", ["ARREST"], ["ARREST"], ["ARREST"]) == bench.ERROR_STAGES[4]
