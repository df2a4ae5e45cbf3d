"""The map page's Confidence select in a real browser (twenty-sixth session): `eventwire serve` over the
seed's events with varied confidences, driven by headless Chromium through playwright-core
(tests/browser/confidence_check.mjs). Picking "≥ 0.3" sends ``min_confidence=0.3`` and leaves on the map
exactly the events the API returns for it; Reset clears it.

Needs ``chromium`` and ``node`` (skips without them) and ``npm ci`` at the repo root (playwright-core).
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from eventwire.store.sqlite import Store

pytestmark = [pytest.mark.browser, pytest.mark.slow]

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
# given to the seed's reports in turn: some events fall below 0.3, some reach it
CONFIDENCES = (0.12, 0.3, 0.55, 0.2, 0.05, 0.7)


def _load_seed():
    spec = importlib.util.spec_from_file_location("eventwire_api_seed", HERE / "api_seed.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    seed = _load_seed()
    db = tmp_path_factory.mktemp("browser_conf") / "conf.db"
    k = 0
    with Store.open(db) as st:
        for article in seed.seed_articles():
            for report in [*article.reports, *(r for c in article.children for r in c.reports)]:
                report.confidence = CONFIDENCES[k % len(CONFIDENCES)]
                k += 1
            st.add_article(article)
    port = _free_port()
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
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def test_the_confidence_select_filters_the_map(server):
    chromium, node = _chromium(), shutil.which("node")
    if chromium is None or node is None:
        pytest.skip("needs chromium and node (apt-get install -y chromium nodejs)")
    if not (REPO / "node_modules" / "playwright-core").is_dir():
        pytest.fail("playwright-core is missing: run `npm ci` in the repository root")
    base = server

    def located(**params) -> int:
        fc = httpx.get(base + "api/events", params={"limit": 5000, **params}, timeout=10).json()
        return sum(1 for f in fc["features"] if f["geometry"] is not None)

    everything, kept = located(), located(min_confidence="0.3")
    assert 0 < kept < everything  # the seed's confidences straddle the bound

    cmd = [node, str(HERE / "confidence_check.mjs"), "--url", base, "--chromium", chromium, "--value", "0.3"]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=180)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    assert lines, f"no result from confidence_check.mjs (rc {proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    seen = json.loads(lines[-1])
    assert proc.returncode == 0 and not seen["errors"], seen
    assert seen["options"] == ["", "0.1", "0.15", "0.2", "0.3", "0.5"] and seen["label"].startswith("Confidence")
    assert seen["layers"] == everything and seen["filtered_layers"] == kept
    assert "min_confidence=0.3" in seen["filtered_request"]
    assert "min_confidence" not in seen["reset_request"] and seen["reset_layers"] == everything
    assert "matching the filters" in seen["timeline_title"]
    assert seen["external_requests"] == [] and seen["console_errors"] == []
