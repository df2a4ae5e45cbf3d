"""Latency of ``GET /api/events?bbox=...&start=...&end=...`` over a large database.

    python benchmarks/api_latency.py [--db FILE] [--events 100000] [--requests 300] [--server]

Builds (or reuses) a database of synthetic events (``eventwire.store.synthetic``, the generator behind
``benchmarks/gen_events.py``), then times requests in process with httpx against the ASGI app, and,
with ``--server``, against a real uvicorn server over loopback. Queries are random boxes of 2-10
degrees around the generator's places and random 30-365 day windows (limit 500, the API default), so
they hit the R-tree / date indexes the way the map does. Prints p50 / p90 / p99 / max in ms and the
mean page size, as JSON with ``--json``.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from eventwire.api.app import create_app
from eventwire.store.sqlite import Store
from eventwire.store.synthetic import PLACES, synthetic_articles

START = dt.date(2015, 1, 1)
DAYS = 3650


def build_db(path: Path, n: int, *, batch: int = 2000) -> float:
    """Fill ``path`` until it holds at least ``n`` events (synthetic one-report articles; some merge,
    so a top-up round with another seed follows when needed); returns seconds taken."""
    t0 = time.perf_counter()
    with Store.open(path) as st:
        seed = 7
        while (have := st.count_events()) < n:
            want = n - have if have else n
            chunk = []
            for art in synthetic_articles(
                want + (want // 50 if have else 0), seed=seed, start=START, days=DAYS
            ):
                chunk.append(art)
                if len(chunk) >= batch:
                    st.add_articles(chunk)
                    chunk = []
                    print(
                        f"  {st.count_events():,} events ({time.perf_counter() - t0:.0f} s)", file=sys.stderr
                    )
            if chunk:
                st.add_articles(chunk)
            seed += 1
    return time.perf_counter() - t0


def queries(n: int, *, seed: int = 11, limit: int = 500) -> list[dict[str, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        _name, lat, lon, *_ = rng.choice(PLACES)
        half = rng.uniform(1, 5)
        w, e = max(-180.0, lon - half), min(180.0, lon + half)
        s, no = max(-90.0, lat - half), min(90.0, lat + half)
        span = rng.randint(30, 365)
        first = START + dt.timedelta(days=rng.randrange(DAYS - span))
        out.append(
            {
                "bbox": f"{w:.4f},{s:.4f},{e:.4f},{no:.4f}",
                "start": first.isoformat(),
                "end": (first + dt.timedelta(days=span)).isoformat(),
                "limit": str(limit),
            }
        )
    return out


def summarise(times_ms: list[float], sizes: list[int], totals: list[int]) -> dict[str, float]:
    ts = sorted(times_ms)

    def pct(p: float) -> float:
        return ts[min(len(ts) - 1, int(round(p / 100 * (len(ts) - 1))))]

    return {
        "requests": len(ts),
        "p50_ms": round(pct(50), 2),
        "p90_ms": round(pct(90), 2),
        "p99_ms": round(pct(99), 2),
        "max_ms": round(ts[-1], 2),
        "mean_ms": round(statistics.fmean(ts), 2),
        "mean_features": round(statistics.fmean(sizes), 1),
        "mean_total": round(statistics.fmean(totals), 1),
    }


async def run_in_process(store: Store, qs: list[dict[str, str]]) -> dict[str, float]:
    app = create_app(store)
    times, sizes, totals = [], [], []
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as c:
        for q in qs[:5]:  # warm-up
            (await c.get("/api/events", params=q)).raise_for_status()
        for q in qs:
            t0 = time.perf_counter()
            r = await c.get("/api/events", params=q)
            body = r.json()
            times.append((time.perf_counter() - t0) * 1000)
            r.raise_for_status()
            sizes.append(len(body["features"]))
            totals.append(body["total"])
    return summarise(times, sizes, totals)


def run_server(db: Path, qs: list[dict[str, str]]) -> dict[str, float]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-c", "from eventwire.cli.serve import serve; serve()"]
    cmd += ["--db", str(db), "--port", str(port), "--log-level", "warning"]
    proc = subprocess.Popen(cmd)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as c:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if c.get("/api/health").status_code == 200:
                        break
                except httpx.TransportError:
                    if time.monotonic() > deadline or proc.poll() is not None:
                        raise
                    time.sleep(0.2)
            for q in qs[:5]:
                c.get("/api/events", params=q).raise_for_status()
            times, sizes, totals = [], [], []
            for q in qs:
                t0 = time.perf_counter()
                r = c.get("/api/events", params=q)
                body = r.json()
                times.append((time.perf_counter() - t0) * 1000)
                r.raise_for_status()
                sizes.append(len(body["features"]))
                totals.append(body["total"])
        return summarise(times, sizes, totals)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="database to use (built if it has fewer events than --events)")
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--server", action="store_true", help="also time a real uvicorn server over loopback")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    db = args.db or Path(tempfile.mkdtemp(prefix="ew-bench-")) / "bench.db"
    build_s = build_db(db, args.events)
    with Store.open(db, readonly=True) as store:
        n_events = store.count_events()
        qs = queries(args.requests, limit=args.limit)
        result = {
            "db": str(db),
            "events": n_events,
            "build_s": round(build_s, 1),
            "in_process": asyncio.run(run_in_process(store, qs)),
        }
    if args.server:
        result["server"] = run_server(db, qs)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"database: {db} ({n_events:,} events; built in {build_s:.0f} s)")
        for mode in ("in_process", "server"):
            if mode in result:
                r = result[mode]
                print(
                    f"{mode:10s}: p50 {r['p50_ms']} ms, p90 {r['p90_ms']} ms, p99 {r['p99_ms']} ms, "
                    f"max {r['max_ms']} ms over {r['requests']} requests "
                    f"(mean {r['mean_features']} features/page, {r['mean_total']} matching)"
                )


if __name__ == "__main__":
    main()
