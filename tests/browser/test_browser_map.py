"""The map page in a real browser: `eventwire serve` in a subprocess over a temporary database with the
seed's events, driven by headless Chromium through playwright-core (tests/browser/map_check.mjs).

Needs ``chromium`` (Debian: ``apt-get install -y chromium``) and ``node``; skips only when one of them is
absent. ``npm ci`` at the repo root installs playwright-core. Saves ``artifacts/map.png``.
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
    db = tmp_path_factory.mktemp("browser") / "map.db"
    with Store.open(db) as st:
        for article in seed.seed_articles():
            st.add_article(article)
    port = _free_port()
    cmd = [
        sys.executable,
        "-c",
        "from eventwire.cli.serve import serve; serve()",
        "--db",
        str(db),
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
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
            out = proc.communicate()[0]
            pytest.fail(f"eventwire serve did not start:\n{out}")
        time.sleep(0.2)
    yield base, seed
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def test_map_shows_markers_and_the_evidence_of_a_clicked_event(server, tmp_path):
    chromium, node = _chromium(), shutil.which("node")
    if chromium is None or node is None:
        pytest.skip("needs chromium and node (apt-get install -y chromium nodejs)")
    if not (REPO / "node_modules" / "playwright-core").is_dir():
        pytest.fail("playwright-core is missing: run `npm ci` in the repository root")
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
