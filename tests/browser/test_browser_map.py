"""The map page in a real browser: `eventwire serve` in a subprocess over a temporary database with the
seed's events, driven by headless Chromium through playwright-core (tests/browser/map_check.mjs).

Needs ``chromium`` (Debian: ``apt-get install -y chromium``) and ``node``; skips only when one of them is
absent. ``npm ci`` at the repo root installs playwright-core. Saves ``artifacts/map.png``.
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


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    seed = load_seed()
    db = tmp_path_factory.mktemp("browser") / "map.db"
    with Store.open(db) as st:
        for article in seed.seed_articles():
            st.add_article(article)
    with serving(db) as base:
        yield base, seed


def test_map_shows_markers_and_the_evidence_of_a_clicked_event(server, tmp_path):
    chromium, node = browser_tools()
    base, seed = server

    def first(params, place):
        fc = httpx.get(base + "api/events", params=params, timeout=10).json()
        hits = [f for f in fc["features"] if f["properties"]["location"]["name"] == place]
        assert hits, (params, place)
        return hits[0]

    sukhna = first({"q": "Sukhna"}, "As Sukhnah")
    xss = first({"q": "checkpoint"}, "Baghdad")
    spec = {
        "click": {
            "id": sukhna["id"],
            "lon": sukhna["geometry"]["coordinates"][0],
            "lat": sukhna["geometry"]["coordinates"][1],
            "evidence": seed.SUKHNA_SENTENCE,
        },
        "xss": {
            "id": xss["id"],
            "lon": xss["geometry"]["coordinates"][0],
            "lat": xss["geometry"]["coordinates"][1],
            "title": seed.XSS_TITLE,
        },
        "filter_type": "Battles",
    }
    spec_path = tmp_path / "spec.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    shot = REPO / "artifacts" / "map.png"
    shot.unlink(missing_ok=True)
    cmd = [node, str(HERE / "map_check.mjs"), "--url", base, "--chromium", chromium]
    cmd += ["--spec", str(spec_path), "--screenshot", str(shot)]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=180)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    assert lines, f"no result from map_check.mjs (rc {proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    seen = json.loads(lines[-1])
    assert proc.returncode == 0 and not seen["errors"], seen

    total = httpx.get(base + "api/stats", timeout=10).json()["events"]
    assert seen["layers"] == total  # every event is on the map
    assert seen["markers"] + seen["clusters"] > 0
    assert seen["basemap_countries"] > 150
    assert seed.SUKHNA_SENTENCE in seen["evidence_marked"]
    assert "As Sukhnah" in seen["panel_text"]
    assert seen["xss_fired"] is None and seen["xss_elements"] == 0 and seen["xss_panel_has_title_text"]
    battles = httpx.get(base + "api/events", params={"event_type": "Battles"}, timeout=10).json()["total"]
    assert seen["filtered_layers"] == battles < total
    assert seen["external_requests"] == [] and seen["console_errors"] == []
    assert shot.is_file() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
