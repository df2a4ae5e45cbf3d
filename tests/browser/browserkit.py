"""What the browser tests share: the seed module, Chromium and node, and `eventwire serve` over a database
in a subprocess on a free port (a context manager that waits for /api/health and stops the server)."""

from __future__ import annotations

import contextlib
import importlib.util
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def load_seed():
    """tests/browser/api_seed.py as a module (its ``seed_articles()``)."""
    spec = importlib.util.spec_from_file_location("eventwire_api_seed", HERE / "api_seed.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def browser_tools() -> tuple[str, str]:
    """(chromium, node): skips without them; fails without playwright-core (``npm ci`` at the repo root)."""
    found, node = chromium(), shutil.which("node")
    if found is None or node is None:
        pytest.skip("needs chromium and node (apt-get install -y chromium nodejs)")
    if not (REPO / "node_modules" / "playwright-core").is_dir():
        pytest.fail("playwright-core is missing: run `npm ci` in the repository root")
    return found, node


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(db: Path) -> Iterator[str]:
    """`eventwire serve --db DB` on a free port: yields its base URL once /api/health answers."""
    port = free_port()
    cmd = [sys.executable, "-c", "from eventwire.cli.serve import serve; serve()", "--db", str(db),
           "--port", str(port), "--log-level", "warning"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(base + "api/health", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"eventwire serve did not start:\n{proc.communicate()[0]}")
        time.sleep(0.2)
    try:
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
