"""`eventwire ingest` as a library function: sources -> readers -> pipeline -> store, resumable.

Articles already in the store (by raw_hash) are skipped before any NLP; each processed article is
committed in its own transaction as soon as it is done, so an interrupted run (Ctrl-C, kill) loses
only the articles in flight and a re-run picks up where it stopped. ``workers > 1`` runs the
pipeline in a process pool (each worker loads its own pipeline once); the main process reads the
sources and writes the database, in input order, so the result does not depend on the worker count.
``dask=ADDRESS|"local"`` does the same on a Dask cluster.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError, GoneError, StoreError
from .records import Article
from .store.sqlite import Store, content_key

log = logging.getLogger(__name__)

MAX_DETAILS = 50  # unreadable inputs named in a summary (the database keeps every rejection)
# Coded articles per commit. 1 (the default) commits each article on its own, so every article the
# progress line counts is already durable (tests/test_ingest_run.py pins that). 16 writes about 4x fewer
# bytes (each commit writes every page it touched, ~50 pages of tables and indexes, to the WAL); a
# killed run then loses at most the uncommitted group, which a re-run codes again.
COMMIT_EVERY = 1
COMMIT_SECONDS = 2.0  # ... or fewer, when gathering them took this long (slow articles)


@dataclass(slots=True)
class IngestSummary:
    """What one run did. ``events`` is how many events the database gained (merges add none)."""

    articles: int = 0  # new articles stored (related headlines not counted)
    skipped_existing: int = 0  # already in the database (or twice in the input)
    events: int = 0
    reports: int = 0
    related: int = 0  # related-headline articles stored with them
    rejections_by_reason: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    read: int = 0  # articles read from the sources
    unreadable: int = 0  # of those, inputs no reader could read (a missing file, a failed fetch ...)
    unreadable_details: list[str] = field(default_factory=list)  # "source: why", the first MAX_DETAILS
    withdrawn: int = 0  # stored articles withdrawn because their URL now answers 404 / 410
    reinstated: int = 0  # withdrawn (404 / 410) articles whose URL answers again with the same page

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "skipped_existing": self.skipped_existing, "events": self.events,
                "reports": self.reports, "related": self.related,
                "rejections_by_reason": dict(self.rejections_by_reason), "seconds": round(self.seconds, 3),
                "read": self.read, "unreadable": self.unreadable, "withdrawn": self.withdrawn,
                "reinstated": self.reinstated}


def _walk(article: Article) -> Iterator[Article]:
    yield article
    for child in article.children:
        yield from _walk(child)


def _strip(article: Article) -> Article:
    """Drop what cannot (or need not) cross a process boundary or stay in memory: spaCy Docs."""
    for a in _walk(article):
        a.doc = None
    return article


# -- the process pool ---------------------------------------------------------------------------------
_WORKER_PIPELINE: Any = None
_DASK_PIPELINES: dict[str, Any] = {}  # per Dask worker process, by factory


def _exit_with_parent(parent: int, *, every: float = 1.0) -> None:
    """Stop this worker when the process that started it is gone. A pool's workers wait on a queue
    whose write end they also hold, so they never see it close: an ingest killed with SIGKILL (or
    by the out-of-memory killer) left its workers asleep for ever, each holding its models."""
    while True:
        time.sleep(every)
        if os.getppid() != parent:
            os._exit(1)


def _worker_init(factory: Callable[[], Any], parent: int | None = None) -> None:
    global _WORKER_PIPELINE
    if parent is not None:
        threading.Thread(target=_exit_with_parent, args=(parent,), name="eventwire-parent-watch",
                         daemon=True).start()
    _WORKER_PIPELINE = factory()


def _worker_run(articles: list[Article], batch_size: int) -> tuple[dict[str, Any], list[Article]]:
    done = [_strip(a) for a in _WORKER_PIPELINE.pipe(articles, batch_size=batch_size)]
    return dict(_WORKER_PIPELINE.coder_info()), done


def _dask_run(factory: Callable[[], Any], articles: list[Article], batch_size: int) -> tuple[dict[str, Any], list[Article]]:
    """The Dask task: like :func:`_worker_run`, loading the worker's pipeline on its first task."""
    key = f"{getattr(factory, '__module__', '')}.{getattr(factory, '__qualname__', repr(factory))}"
    pipeline = _DASK_PIPELINES.get(key)
    if pipeline is None:
        pipeline = _DASK_PIPELINES[key] = factory()
    done = [_strip(a) for a in pipeline.pipe(articles, batch_size=batch_size)]
    return dict(pipeline.coder_info()), done


def _default_factory() -> Any:
    from .pipeline import load_pipeline

    return load_pipeline()


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _pooled(articles: Iterable[Article], *, workers: int, factory: Callable[[], Any], batch_size: int,
            coder: dict[str, Any]) -> Iterator[Article]:
    """Run the pipeline over ``articles`` in ``workers`` processes; yields them in input order.
    ``coder`` is filled with the workers' provenance when the first result comes back."""
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=(factory, os.getpid())) as pool:
        pending: deque[Future] = deque()
        try:
            for chunk in _chunks(articles, batch_size):
                pending.append(pool.submit(_worker_run, chunk, batch_size))
                while len(pending) >= workers * 2:
                    info, done = pending.popleft().result()
                    coder.update(info)
                    yield from done
            while pending:
                info, done = pending.popleft().result()
                coder.update(info)
                yield from done
        except BaseException:
            for fut in pending:
                fut.cancel()
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _dasked(articles: Iterable[Article], *, address: str, workers: int, factory: Callable[[], Any],
            batch_size: int, coder: dict[str, Any]) -> Iterator[Article]:
    """Run the pipeline on a Dask cluster: ``address`` of a running scheduler, or ``"local"`` for a
    local cluster of ``workers`` processes on the loopback interface. Yields in input order."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ConfigError("Dask needs the 'distributed' package: pip install distributed") from exc
    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(address)
    try:
        in_flight = max(2, 2 * len(client.scheduler_info().get("workers", {})) or 2 * workers)
        pending: deque[Any] = deque()
        for chunk in _chunks(articles, batch_size):
            pending.append(client.submit(_dask_run, factory, chunk, batch_size, pure=False))
            while len(pending) >= in_flight:
                info, done = pending.popleft().result()
                coder.update(info)
                yield from done
        while pending:
            info, done = pending.popleft().result()
            coder.update(info)
            yield from done
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# -- the run ----------------------------------------------------------------------------------------------
def ingest(
    sources: Iterable[str],
    *,
    store: Store,
    pipeline: Any = None,
    published: dt.date | None = None,
    workers: int = 1,
    progress: Callable[[IngestSummary], None] | None = None,
    batch_size: int = 16,
    pipeline_factory: Callable[[], Any] | None = None,
    articles: Iterable[Article] | None = None,
    dask: str | None = None,
    commit_every: int = COMMIT_EVERY,
    commit_seconds: float = COMMIT_SECONDS,
) -> IngestSummary:
    """Read ``sources`` (or take ready ``articles``), code them, store them; returns the summary.

    ``pipeline``: a loaded pipeline (``workers == 1``); when None, ``pipeline_factory`` (default
    :func:`eventwire.pipeline.load_pipeline`) builds one, in each worker when ``workers > 1``.
    ``dask``: a Dask scheduler address, or ``"local"`` for a local cluster of ``workers`` processes
    (each worker loads its own pipeline on its first task); results are stored in input order.
    ``progress`` is called with the running summary after each article (stored or skipped).
    ``commit_every`` / ``commit_seconds``: coded articles are committed in groups of at most this
    many, or of what this many seconds gathered (1 commits each article on its own)."""
    t0 = time.perf_counter()
    summary = IngestSummary()
    rejections: Counter[str] = Counter()
    # the events this run's own writes made (a Store counts them): COUNT(*) differences would also
    # count what another ingest writing into the same database at the same time added
    net_before = getattr(store, "net_events", None)
    events_before = store.count_events() if net_before is None else 0

    def gained() -> int:
        return store.count_events() - events_before if net_before is None else store.net_events - net_before
    factory = pipeline_factory or _default_factory

    if articles is None:
        from .ingest.readers import iter_articles

        db = getattr(store, "path", None)  # a database inside a folder being read is not an input
        own = [Path(f"{db}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")] if db else []
        articles = iter_articles(list(sources), published=published, exclude=own)

    back = getattr(store, "withdrawn_gone", None)
    coming_back: dict[str, str] = {}  # content key -> id of a withdrawn article read again

    def fresh() -> Iterator[Article]:
        for article in articles:
            summary.read += 1
            # placeholders of unreadable input (no raw_hash) go on: a re-run retries them
            if article.raw_hash and store.has_article(content_key(article)):
                # the same page, withdrawn because its URL answered 404/410, is read again (HTTP 200): the
                # latest reading wins, so it goes on and is reinstated at its place in the input (rare: the
                # NLP it passes through is not worth a second path)
                gone_id = back(content_key(article), article.url) if back is not None else None
                if gone_id is not None:
                    coming_back[content_key(article)] = gone_id
                    yield article
                    continue
                summary.skipped_existing += 1
                _tick()
                continue
            yield article

    counted = [0.0]

    def _tick() -> None:
        summary.seconds = time.perf_counter() - t0
        if progress is not None:
            if summary.seconds - counted[0] >= 0.5 or summary.seconds < 0.5:  # COUNT(*) is O(events)
                counted[0] = summary.seconds
                summary.events = gained()
            summary.rejections_by_reason = dict(rejections)
            progress(summary)

    coder: dict[str, Any] = {}
    if dask:
        processed: Iterable[Article] = _dasked(fresh(), address=dask, workers=workers, factory=factory,
                                               batch_size=batch_size, coder=coder)
    elif workers > 1:
        processed = _pooled(fresh(), workers=workers, factory=factory, batch_size=batch_size,
                                               coder=coder)
    else:
        if pipeline is None:
            pipeline = factory()
        coder.update(pipeline.coder_info())
        processed = pipeline.pipe(fresh(), batch_size=batch_size)

    # group commit: processed articles are stored COMMIT_EVERY at a time (or what COMMIT_SECONDS
    # gathered) in one transaction, which writes the touched pages once instead of once per article.
    # A killed run loses at most that uncommitted group, which a re-run codes again (nothing stored
    # twice: each article is all or nothing); an exception or Ctrl-C stores the group first.
    add_each = getattr(store, "add_each", None)
    pending: list[Article] = []
    first = [0.0]

    def flush() -> None:
        group = pending[:]
        pending.clear()
        if not group:
            return
        stored = add_each(group, coder=coder) if add_each is not None and len(group) > 1 else [
            bool(store.add_article(a, coder=coder)) for a in group]
        for article, new in zip(group, stored, strict=True):
            if new:
                summary.articles += 1
                for a in _walk(article):
                    summary.reports += len(a.reports)
                    rejections.update(r.reason for r in a.rejections)
                summary.related += sum(1 for _ in _walk(article)) - 1
            else:
                summary.skipped_existing += 1
            _tick()

    try:
        for article in processed:
            _strip(article)
            if article.raw_hash and content_key(article) in coming_back:
                flush()  # what came before is stored first, as read
                gone_id = coming_back.pop(content_key(article))
                summary.skipped_existing += 1
                try:
                    store.reinstate(gone_id)
                    summary.reinstated += 1
                    log.info("%s answers again: reinstated %s", article.url, gone_id)
                except StoreError as exc:  # another ingest writing to the database reinstated it first
                    log.info("%s: %s", article.url, exc)
                _tick()
                continue
            unread = [r for r in article.rejections if r.stage == "ingest"]
            if unread:  # told whether or not the placeholder was stored by an earlier run
                summary.unreadable += 1
                if len(summary.unreadable_details) < MAX_DETAILS:
                    detail = unread[0].detail or unread[0].reason
                    source = article.source or article.url or article.id
                    named = detail.startswith(source) or detail.split(":", 1)[0] in source  # readers name their input
                    summary.unreadable_details.append(detail if named else f"{source}: {detail}")
                if article.url and any(r.reason == GoneError.reason for r in unread):
                    flush()  # what came before is stored first, as read
                    # the page was deleted at source: what was stored from it leaves its events
                    gone = store.withdraw_gone(article.url)
                    summary.withdrawn += len(gone)
                    if gone:
                        log.info("%s answered 404/410: withdrew %s", article.url, ", ".join(gone))
            if not pending:
                first[0] = time.perf_counter()
            pending.append(article)
            if len(pending) >= commit_every or time.perf_counter() - first[0] >= commit_seconds:
                flush()
    except BaseException:
        if pending:  # the articles already coded are kept: a re-run does not code them again
            try:
                flush()
            except Exception:  # the original error is the one to report
                log.exception("could not store the last %d coded articles", len(pending))
        raise
    flush()

    summary.seconds = time.perf_counter() - t0
    summary.events = gained()
    summary.rejections_by_reason = dict(rejections)
    if progress is not None:  # the last line shown agrees with the summary (ticks count events every 0.5 s)
        progress(summary)
    log.info("ingest: %s", summary.as_dict())
    return summary
