"""Helpers shared by the events-stage tests: one spaCy pipeline and cue index for the typing tests
(loaded once per session), the type of a sentence, and a parsed article with title/body sections."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from eventwire.events.lexicon import build_index
from eventwire.events.typing import classify
from eventwire.records import Actor, Article, EventReport, Evidence, Fatalities, Section


@functools.lru_cache(maxsize=1)
def nlp_index() -> tuple[Any, Any]:
    """The spaCy pipeline eventwire uses and the events stage's cue index."""
    from eventwire.nlp import load_nlp

    return load_nlp(), build_index()


def word_in(sent: Any, word: str) -> Any:
    """The first token of ``sent`` whose lower case is ``word``."""
    return next(t for t in sent if t.lower_ == word)


def decisions_of(text: str) -> list[Any]:
    """The rule decisions of the typed sentences of ``text``, in order."""
    nlp, idx = nlp_index()
    doc = nlp(text)
    return [dec for sent in doc.sents if (dec := classify(doc, sent, idx.match(sent))) is not None]


def type_of(text: str) -> str | None:
    """The ACLED sub-event type of the first sentence of ``text`` that the rules type (None: none)."""
    decisions = decisions_of(text)
    return decisions[0].sub_event_type if decisions else None


def reading_decides(text: str, monkeypatch: Any, *readings: tuple[Any, str]) -> str:
    """Assert that ``text`` types as no act, and as one (returned) once each reading ``(module, name)`` is
    switched off: the reading itself decides (not an earlier layer)."""
    assert type_of(text) is None
    for module, name in readings:
        monkeypatch.setattr(module, name, lambda *args, **kwargs: False)
    typed = type_of(text)
    assert typed is not None
    return typed


def parsed_article(nlp: Any, text: str, *, title: str | None = None) -> Article:
    """An article of ``text`` (after ``title`` and a blank line, when given) parsed by ``nlp``, with
    its title and body sections."""
    full = f"{title}\n\n{text}" if title else text
    a = Article(id="t", text=full, title=title)
    a.doc = nlp(full)
    if title:
        a.sections = [Section("title", 0, len(title)), Section("body", len(title) + 2, len(full))]
    else:
        a.sections = [Section("body", 0, len(full))]
    return a


def report_on(article: Article, sentence: str, sub: str, *, actor1: Actor | None = None,
              fatalities: int = 0) -> EventReport:
    """A report of sub-event type ``sub`` whose evidence is ``sentence`` of ``article``."""
    start = article.text.index(sentence)
    return EventReport(event_type="", sub_event_type=sub, disorder_type="",
                       evidence=Evidence(sentence, start, start + len(sentence)), actor1=actor1,
                       fatalities=Fatalities(count=fatalities))


# -- the ACLED-audit tests: hand-written texts through the whole pipeline ----------------------------
AUDIT_PUB = dt.date(2024, 5, 15)  # a Wednesday
#: a dated lead told before the sentences of the background tests (a day of its own: the story's news)
SEIZED_LEAD = "Soldiers seized the radio station in the capital on Monday."


def after_lead(pipeline: Any, text: str, *, lead: str = SEIZED_LEAD, published: dt.date | None = AUDIT_PUB
               ) -> list[EventReport]:
    """The reports of an article whose body is ``text`` told after ``lead`` (a dated one by default; "" for none)."""
    body = f"{lead} {text}" if lead else text
    article = Article(id="t", text=f"A headline\n\n{body}", title="A headline", published=published)
    pipeline.process(article)
    return article.reports


@functools.lru_cache(maxsize=1)
def small_pipeline() -> Any:
    """The pipeline over the tests' shared spaCy model (:func:`nlp_index`), built once per session (the
    gazetteer and the actor dictionary are read once; conftest's ``pipeline`` fixture is this one)."""
    from eventwire.pipeline import load_pipeline

    return load_pipeline(nlp=nlp_index()[0])


def processed(pipeline: Any, text: str, *, title: str | None = None, published: dt.date = AUDIT_PUB) -> Article:
    """``text`` (after ``title`` and a blank line, when given) run through ``pipeline``."""
    full = f"{title}\n\n{text}" if title else text
    article = Article(id="audit", title=title, text=full, published=published)
    pipeline.process(article)
    return article


def reports_of(pipeline: Any, text: str, *, published: dt.date = AUDIT_PUB) -> list[EventReport]:
    """The event reports the pipeline makes of ``text``."""
    return processed(pipeline, text, published=published).reports


def article_reports(pipeline: Any, title: str, body: str) -> list[EventReport]:
    """The event reports of an article with a headline."""
    return processed(pipeline, body, title=title).reports


def only_report(pipeline: Any, text: str) -> EventReport:
    """The one report of ``text`` (the assertion lists what came out when there is not exactly one)."""
    reports = reports_of(pipeline, text)
    assert len(reports) == 1, [(r.sub_event_type, r.evidence.text) for r in reports]
    return reports[0]


def inter_of(actor: Actor | None) -> int | None:
    return actor.inter if actor is not None else None


def first_sent(nlp: Any, text: str) -> Any:
    return next(iter(nlp(text).sents))


def token(span: Any, word: str) -> Any:
    return next(t for t in span if t.text == word)


def news_acts(reports: list[EventReport]) -> list[EventReport]:
    """The reports that are not background (the acts an article reports as news)."""
    return [r for r in reports if not r.background]


def one_news_act(pipeline: Any, text: str, sub: str | None = None, *, published: dt.date) -> EventReport:
    """The one news act (of sub-event type ``sub`` when given) of ``text``; fails showing what came out."""
    acts = news_acts(reports_of(pipeline, text, published=published))
    if sub is not None:
        acts = [r for r in acts if r.sub_event_type == sub]
    assert len(acts) == 1, show_reports(acts)
    return acts[0]


def actor_name(actor: Actor | None) -> str | None:
    """The actor's name (None for no actor)."""
    return actor.name if actor is not None else None


def show_reports(reports: list[EventReport]) -> list[tuple[Any, ...]]:
    """A short view of each report for assertion messages: type, date, place, actors, toll,
    background flag, the evidence's start."""
    return [(r.sub_event_type, r.date.value, r.location.text if r.location else None,
             r.actor1.name if r.actor1 else None, r.actor2.name if r.actor2 else None, r.fatalities.count,
             r.background, r.evidence.text[:50]) for r in reports]


def act_places(pipeline: Any, text: str, *, published: dt.date) -> list[str | None]:
    """The place names of the news acts of ``text`` (None: an act with no place); fails when there is none."""
    acts = news_acts(reports_of(pipeline, text, published=published))
    assert acts, show_reports(acts)
    return [r.location.place.name if r.location is not None and r.location.place is not None else None
            for r in acts]


def place_name(r: EventReport) -> str | None:
    """The gazetteer name of a report's place (None: no place)."""
    return r.location.place.name if r.location is not None and r.location.place is not None else None


def tolls_by_place(acts: list[EventReport]) -> dict[str | None, int | None]:
    """{place name: fatalities} of ``acts``."""
    return {place_name(r): r.fatalities.count for r in acts}


def summary_report(**kw: Any) -> dict[str, Any]:
    """One report of an events summary as the relevance features read it (``relevance.events_summary``):
    an asserted, current Attack by an armed actor (inter 3) on civilians (7) at characters 0-10; ``kw``
    overrides any key."""
    r: dict[str, Any] = {"type": "Violence against civilians", "sub": "Attack", "conf": 0.8, "bg": False,
                         "neg": False, "spec": False, "start": 0, "end": 10, "i1": 3, "i2": 7}
    r.update(kw)
    return r


def nlp() -> Any:
    """The spaCy pipeline eventwire uses (loaded once, with the cue index: :func:`nlp_index`)."""
    return nlp_index()[0]


#: a headline and a lead for rules that read the text's first 200 characters as news (genericity, spanacts)
NEWS_LEAD = ("Officials in the region spoke to reporters about the situation in the provinces. They described the "
             "state of the roads, the markets and the schools, and the work of the aid agencies there. The talks "
             "went on. ")


def word_after_lead(text: str, word: str):
    """The token ``word`` of ``text`` parsed after :data:`NEWS_LEAD` (so its sentence is no lead)."""
    doc = nlp()(NEWS_LEAD + text)
    return next(t for t in doc if t.text == word and t.idx >= len(NEWS_LEAD))


def after_news_lead(pipeline: Any, text: str, target: str) -> list[EventReport]:
    """The reports whose evidence is ``target``, in ``text`` told after a dated lead and a paragraph of talk
    (:data:`SEIZED_LEAD`, :data:`NEWS_LEAD`: so that neither the lead nor its dated report stands just before
    ``text``)."""
    return [r for r in after_lead(pipeline, text, lead=f"{SEIZED_LEAD} {NEWS_LEAD}") if r.evidence.text == target]


def flagged_for(reports: list[EventReport], reason: str) -> bool:
    """``reports`` are there, all flagged background, and one says ``reason`` in its notes."""
    return bool(reports) and all(r.background for r in reports) and any(reason in n for r in reports for n in r.notes)
