"""The map page's Confidence select in a real browser (twenty-sixth session): `eventwire serve` over the
seed's events with varied confidences, driven by headless Chromium through playwright-core
(tests/browser/confidence_check.mjs). Picking "≥ 0.3" sends ``min_confidence=0.3`` and leaves on the map
exactly the events the API returns for it; Reset clears it.

Needs ``chromium`` and ``node`` (skips without them) and ``npm ci`` at the repo root (playwright-core).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import httpx
import pytest
from browserkit import REPO, browser_tools, load_seed, serving

from eventwire.store.sqlite import Store

pytestmark = [pytest.mark.browser, pytest.mark.slow]

HERE = Path(__file__).resolve().parent
# given to the seed's reports in turn: some events fall below 0.3, some reach it
CONFIDENCES = (0.12, 0.3, 0.55, 0.2, 0.05, 0.7)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    seed = load_seed()
    db = tmp_path_factory.mktemp("browser_conf") / "conf.db"
    k = 0
    with Store.open(db) as st:
        for article in seed.seed_articles():
            for report in [*article.reports, *(r for c in article.children for r in c.reports)]:
                report.confidence = CONFIDENCES[k % len(CONFIDENCES)]
                k += 1
            st.add_article(article)
    with serving(db) as base:
        yield base


def test_the_confidence_select_filters_the_map(server):
    chromium, node = browser_tools()
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
