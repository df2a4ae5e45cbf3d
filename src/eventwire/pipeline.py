"""The pipeline: one factory loads the resources, one object runs the stages over Articles.

    sections -> nlp -> geo -> actors -> time -> events

``load_pipeline()`` is the only place that does I/O (spaCy model, gazetteer, actor dictionary);
``Pipeline(...)`` takes them ready-made, so tests can pass small ones. A stage that fails on one
article records a Rejection on it (reason ``internal_error``) and the batch goes on.
"""

from __future__ import annotations

import functools
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .gcpause import gc_paused
from .records import Article

log = logging.getLogger(__name__)

# Rejections after which an article is not processed further (nothing to read, or not English).
FATAL_REASONS = frozenset({"empty", "binary", "encoding", "too_large", "fetch_failed", "bad_input", "not_english"})


@dataclass(slots=True)
class StageTimes:
    """Cumulative seconds spent per stage (for benchmarks and `--verbose`)."""

    seconds: Counter = field(default_factory=Counter)

    def add(self, stage: str, t0: float) -> None:
        self.seconds[stage] += time.perf_counter() - t0


def is_fatal(article: Article) -> bool:
    return any(r.reason in FATAL_REASONS for r in article.rejections) or not article.text.strip()


def main_country(article: Article) -> str | None:
    """The ISO3 country the article is mostly about: the dateline place first, then the most
    frequent country among resolved place mentions."""
    counts: Counter = Counter()
    for m in article.place_mentions:
        if m.place is not None and m.place.iso:
            sec = article.section_at(m.start)
            weight = 3 if sec is not None and sec.kind == "dateline" else 1
            counts[m.place.iso] += weight
    if not counts:
        return None
    return counts.most_common(1)[0][0]


class Pipeline:
    """Runs the stages. Build it with :func:`load_pipeline`."""

    def __init__(self, *, nlp: Any, gazetteer: Any, actors: Any, geo: Any, actor_tagger: Any, events: Any,
                 truecase: bool = False) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer
        self.actors = actors
        self.geo = geo
        self.actor_tagger = actor_tagger
        self.events = events
        self.times = StageTimes()
        # ``truecase``: an all-lower-case text is parsed and read with capitals on its names (see
        # eventwire.truecase); off by default: the relevance model is trained without it
        self.truecaser: Any = None
        if truecase:
            from .truecase import Truecaser

            self.truecaser = Truecaser(gazetteer=gazetteer, actors=actors)

    # -- provenance -------------------------------------------------------------------------
    def coder_info(self) -> dict[str, str]:
        from .nlp import model_version

        return {
            "eventwire": __version__,
            "actors": str(getattr(self.actors, "version", "?")),
            "gazetteer": str(getattr(self.gazetteer, "version", "?")),
            "nlp": model_version(self.nlp),
        }

    # -- running ----------------------------------------------------------------------------
    def process(self, article: Article) -> Article:
        """Run every stage on one article (and its related-headline children)."""
        for done in self.pipe([article], batch_size=1):
            return done
        return article  # pragma: no cover - pipe always yields what it is given

    def pipe(self, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Article]:
        """Run every stage over a stream of articles, parsing them in batches; yields them in order."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch, batch_size=batch_size)
                batch = []
        if batch:
            yield from self._run_batch(batch, batch_size=batch_size)

    def _run_batch(self, batch: list[Article], *, batch_size: int) -> list[Article]:
        from .nlp import pipe_docs
        from .sections import segment

        work = parse_work(batch, sectioner=lambda a: self._guarded("sections", a, segment, a))
        t0 = time.perf_counter()
        texts = [a.text for a in work] if self.truecaser is None else [
            self.truecaser.truecase(a.text) for a in work]  # same length: offsets stay valid
        for article, doc in zip(work, pipe_docs(self.nlp, texts, batch_size=batch_size), strict=True):
            article.doc = doc
        self.times.add("nlp", t0)
        with gc_paused():  # the stages after the parse allocate much and free it by reference counting
            for article, text in zip(work, texts, strict=True):
                self._analyse(article, text=text)
                release_caches(article.doc)
        return batch

    def _analyse(self, article: Article, *, text: str | None = None) -> None:
        """The stages after the parse; ``text``: the truecased text the parse read, which the stages
        read too (an all-lower-case article's own text is given back afterwards)."""
        from .geo.actorvote import revote_by_actors
        from .timex import tag_dates

        own = article.text
        if text is not None and text is not own:
            article.text = text
        try:
            self._guarded("geo", article, self.geo.tag, article)
            hint = main_country(article)
            self._guarded("actors", article, lambda a: self.actor_tagger.tag(a, country_hint=hint), article)
            if article.actor_mentions and revote_by_actors(article, self.gazetteer) and main_country(article) != hint:
                # the armed groups' country re-coded the place ("Houthi forces shelled Hays"): the
                # generic actors ("soldiers") are read again in the place's country (geo.actorvote)
                hint = main_country(article)
                self._guarded("actors", article, lambda a: self.actor_tagger.tag(a, country_hint=hint), article)
            self._guarded("time", article, tag_dates, article)
            self._guarded("events", article, self.events.extract, article)
        finally:
            article.text = own

    def _guarded(self, stage: str, article: Article, fn: Any, *args: Any) -> None:
        t0 = time.perf_counter()
        try:
            fn(*args)
        except Exception as exc:  # a stage must never crash a batch: record it on the article
            log.exception("stage %s failed on article %s", stage, article.id)
            article.reject(stage, "internal_error", f"{type(exc).__name__}: {exc}")
        finally:
            self.times.add(stage, t0)


def parse_work(articles: Iterable[Article], *, sectioner: Callable[[Article], Any]) -> list[Article]:
    """What the NLP stage parses, in order: each readable article after ``sectioner`` (the sections
    stage) has run on it and kept it, and the related-headline children it split off (with text)."""
    work: list[Article] = []
    for article in articles:
        if is_fatal(article):
            continue
        sectioner(article)
        if not is_fatal(article):
            work.append(article)
        work.extend(child for child in article.children if child.text.strip())
    return work


@functools.cache
def kept_user_data() -> frozenset[str]:
    """What the stages leave on a Doc's ``user_data`` for later readers: the actor stage's country of context
    and the publication day (actors.context, actors.eras), the roles stage's finder that tells another state's
    forces (events.foreignforces); every other key there is a per-doc cache of the stages."""
    from .actors.context import DOC_KEY as CONTEXT_KEY
    from .actors.context import LOCAL_KEY
    from .actors.eras import DOC_KEY as PUBLISHED_KEY
    from .events.foreignforces import FINDER_KEY

    return frozenset({CONTEXT_KEY, LOCAL_KEY, PUBLISHED_KEY, FINDER_KEY})


def release_caches(doc: Any) -> None:
    """Drop the stages' per-doc caches from ``doc.user_data`` once the article is analysed: many hold spans
    and tokens of the doc (a reference cycle), which only the cyclic collector would free, later, during the
    next batch's parse."""
    user = getattr(doc, "user_data", None)
    if user:
        kept = kept_user_data()
        for key in [k for k in user if k not in kept]:
            del user[key]


def load_pipeline(
    *,
    nlp: Any = None,
    gazetteer: Any = None,
    actors: Any = None,
    gazetteer_path: Path | None = None,
    actors_path: Path | None = None,
    truecase: bool = False,
) -> Pipeline:
    """Load the default resources (or use the ones given) and build the pipeline."""
    from .actors.dictionary import ActorDictionary
    from .actors.tagger import ActorTagger
    from .events.extractor import EventExtractor
    from .geo.gazetteer import Gazetteer
    from .geo.tagger import GeoTagger
    from .nlp import load_nlp

    t0 = time.perf_counter()
    nlp = nlp if nlp is not None else load_nlp()
    gazetteer = gazetteer if gazetteer is not None else Gazetteer.open(gazetteer_path)
    actors = actors if actors is not None else ActorDictionary.load(actors_path)
    pipeline = Pipeline(
        nlp=nlp,
        gazetteer=gazetteer,
        actors=actors,
        geo=GeoTagger(gazetteer),
        actor_tagger=ActorTagger(actors),
        events=EventExtractor(actors=actors),
        truecase=truecase,
    )
    log.info("pipeline loaded in %.2fs", time.perf_counter() - t0)
    return pipeline
