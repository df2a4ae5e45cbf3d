"""The read API and the map page of ``eventwire serve`` (FastAPI).

``create_app(store)`` builds the app around an open Store and does no I/O itself. Routes (contract,
see DESIGN.md): ``GET /`` the map page, ``GET /api/events`` a GeoJSON FeatureCollection (filters
``bbox``, ``start``, ``end``, ``event_type``, ``sub_event_type``, ``actor``, ``country``, ``q``,
``min_confidence``, ``limit``, ``offset``), ``GET /api/events/{id}`` one event with its reports, ``GET /api/articles/{id}``,
``GET /api/stats``, ``GET /docs`` (Swagger UI served from the package, so it works offline) and
``GET /openapi.json``.

The Store is called from ``async`` handlers, so every call runs on the event loop's thread, one at a
time (SQLite serialises them anyway; the SQLite Store is also safe to call from other threads). The API
is read-only: it has no write routes, whatever ``write_token`` says.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Annotated, Any, Protocol

from fastapi import Depends, FastAPI, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire import __version__
from eventwire.api.filters import (
    DEFAULT_LIMIT,
    FILTER_PARAMS,
    MAX_LIMIT,
    EventFilters,
    FilterError,
    parse_filters,
    reject_unknown,
)
from eventwire.api.geojson import feature_collection
from eventwire.errors import StoreError
from eventwire.store.query import SORTS

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "static"

# The map page loads only its own files; online tiles (off by default) come from OpenStreetMap.
MAP_PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


class EventStore(Protocol):
    """What the API needs from a Store (``eventwire.store``)."""

    def query_events(self, **filters: Any) -> list[dict[str, Any]]: ...

    def count_events(self, **filters: Any) -> int: ...

    def get_event(self, event_id: str) -> dict[str, Any] | None: ...

    def get_article(self, article_id: str) -> dict[str, Any] | None: ...

    def stats(self, **filters: Any) -> dict[str, Any]: ...


class SecurityHeaders:
    """Pure ASGI middleware: ``nosniff`` and ``no-referrer`` on every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
            await send(message)

        await self.app(scope, receive, send_with_headers)


def event_filters(
    bbox: str | None = Query(None, description="west,south,east,north in degrees", examples=["35,32,42,37"]),
    start: str | None = Query(None, description="first day, YYYY-MM-DD (inclusive)"),
    end: str | None = Query(None, description="last day, YYYY-MM-DD (inclusive)"),
    event_type: str | None = Query(None, description="ACLED event type, e.g. Battles"),
    sub_event_type: str | None = Query(None, description="ACLED sub-event type"),
    actor: str | None = Query(None, description="actor name (either side or associated)"),
    country: str | None = Query(None, description="ISO 3166-1 alpha-3 code such as SYR (or a country name)"),
    admin1: str | None = Query(None, description='first-level division, any case ("Borno" finds "Borno State")'),
    q: str | None = Query(None, description="words that must all occur (evidence, actors, places)"),
    include_background: bool = Query(True, description="false: leave out background events"),
    located: bool | None = Query(None, description="true: only events placed finer than a country (ACLED's "
                                 "located events); false: only country-level and unplaced events"),
    min_confidence: str | None = Query(None, description="0 to 1: only events whose confidence is at least "
                                       "this (events of unknown confidence are left out)", examples=["0.3"]),
) -> EventFilters:
    """The event filters shared by /api/events and /api/stats (a FastAPI dependency)."""
    return parse_filters(
        bbox=bbox,
        start=start,
        end=end,
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor=actor,
        country=country,
        q=q,
        include_background=include_background,
        admin1=admin1,
        located=located,
        min_confidence=min_confidence,
    )


EVENTS_PARAMS = FILTER_PARAMS | {"limit", "offset", "compact", "sort"}


def _not_found(kind: str, ident: str) -> JSONResponse:
    return JSONResponse(status_code=404, content={"detail": f"{kind} {ident!r} not found"})


def create_app(
    store: EventStore, *, write_token: str | None = None, static_dir: Path | None = None
) -> FastAPI:
    """The FastAPI app serving ``store``. ``write_token`` is kept for future write routes; there are
    none, so the API is read-only either way. ``static_dir`` overrides the packaged web files."""
    static = Path(static_dir) if static_dir is not None else STATIC_DIR
    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="Read API over eventwire's event store: geolocated, dated, ACLED-coded events "
        "extracted from news text, with the reports and evidence sentences they came from.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.write_token = write_token

    @app.exception_handler(FilterError)
    async def _filter_error(request: Request, exc: FilterError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": [exc.as_detail()]})

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError) -> JSONResponse:
        log.error("store error on %s: %s", request.url.path, exc)
        return JSONResponse(status_code=500, content={"detail": f"store error: {exc}"})

    @app.exception_handler(sqlite3.Error)
    async def _sqlite_error(request: Request, exc: sqlite3.Error) -> JSONResponse:
        # the database file damaged, locked by a writer past the busy timeout, or gone
        log.error("database error on %s: %s", request.url.path, exc)
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            return JSONResponse(status_code=503, content={"detail": f"database busy: {exc}"},
                                headers={"Retry-After": "5"})
        return JSONResponse(status_code=500, content={"detail": f"database error: {exc}"})

    app.add_middleware(SecurityHeaders)

    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(
            static / "index.html",
            media_type="text/html; charset=utf-8",
            headers={"Content-Security-Policy": MAP_PAGE_CSP, "X-Frame-Options": "DENY"},
        )

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="eventwire API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png",
        )

    @app.get("/api/health", tags=["meta"], summary="Liveness and version")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "eventwire": __version__, "read_only": True}

    @app.get(
        "/api/events",
        tags=["events"],
        summary="Events as a GeoJSON FeatureCollection",
        response_description="FeatureCollection; `total` counts every match, `features` holds one page",
    )
    async def list_events(
        request: Request,
        filters: Annotated[EventFilters, Depends(event_filters)],
        limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"page size (max {MAX_LIMIT})"),
        offset: int = Query(0, ge=0, le=10**9, description="events to skip"),
        compact: bool = Query(
            False, description="true: properties hold only id, types, date, place, fatalities count, sources"
        ),
        sort: str | None = Query(None, description="order: " + ", ".join(SORTS) + " (default -date, newest first)"),
    ) -> JSONResponse:
        reject_unknown(request.query_params, EVENTS_PARAMS)
        if sort is not None and sort.strip().lower() not in SORTS:
            raise FilterError("sort", "expected one of " + ", ".join(SORTS), sort)
        kwargs = filters.store_kwargs()
        extra = {"sort": sort.strip().lower()} if sort is not None and sort.strip() else {}
        events = store.query_events(**kwargs, limit=limit, offset=offset, **extra)
        if offset == 0 and len(events) < limit:
            total = len(events)  # the whole result fits in this page: no second query
        else:
            total = store.count_events(**kwargs)
        body = feature_collection(events, total=total, limit=limit, offset=offset, compact=compact)
        return JSONResponse(body, media_type="application/geo+json")

    @app.get("/api/events/{event_id}", tags=["events"], summary="One event with its reports and evidence")
    async def get_event(event_id: str) -> Any:
        event = store.get_event(event_id)
        if event is None:
            return _not_found("event", event_id)
        return event

    @app.get("/api/articles/{article_id:path}", tags=["articles"], summary="One article")  # ids may hold "/"
    async def get_article(article_id: str) -> Any:
        article = store.get_article(article_id)
        if article is None:
            return _not_found("article", article_id)
        return article

    @app.get("/api/stats", tags=["meta"], summary="Counts by type, country and day")
    async def stats(request: Request, filters: Annotated[EventFilters, Depends(event_filters)]) -> Any:
        """Counts over all events, or over the events that match the same filters as /api/events."""
        reject_unknown(request.query_params, FILTER_PARAMS)
        active = {k: v for k, v in filters.store_kwargs().items() if v is not None}
        return store.stats(**active) if active else store.stats()

    app.mount("/static", StaticFiles(directory=static, check_dir=False), name="static")
    return app
