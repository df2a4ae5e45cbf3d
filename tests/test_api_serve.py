"""``eventwire serve`` (click command, uvicorn mocked) and the basemap builder."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from click.testing import CliRunner

from eventwire.cli import serve as serve_module
from eventwire.cli.serve import serve
from eventwire.records import Article
from eventwire.store.sqlite import Store
from eventwire.web.basemap import build_basemap, simplify_countries


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "serve.db"
    with Store.open(path) as st:
        st.add_article(Article(id="a1", text="Nothing happened.", title="Quiet day"))
    return path


@pytest.fixture
def fake_uvicorn(monkeypatch):
    calls = []

    def run(app, **kwargs):
        calls.append((app, kwargs))

    import uvicorn

    monkeypatch.setattr(uvicorn, "run", run)
    return calls


def _get(app, url):
    async def go():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            return await c.get(url)

    return asyncio.run(go())


def test_serve_runs_uvicorn_with_the_app_over_the_db(db, fake_uvicorn):
    result = CliRunner().invoke(serve, ["--db", str(db), "--host", "127.0.0.2", "--port", "8765"])
    assert result.exit_code == 0, result.output
    ((app, kwargs),) = fake_uvicorn
    assert kwargs["host"] == "127.0.0.2" and kwargs["port"] == 8765
    assert "http://127.0.0.2:8765/" in result.output


def test_serve_defaults_to_eventwire_db(db, fake_uvicorn, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_DB", str(db))
    captured = {}
    real_open = serve_module.open_store

    def spy(path):
        captured["path"] = path
        return real_open(path)

    monkeypatch.setattr(serve_module, "open_store", spy)
    result = CliRunner().invoke(serve, [])
    assert result.exit_code == 0, result.output
    assert captured["path"] == db
    ((app, kwargs),) = fake_uvicorn
    assert kwargs["host"] == "127.0.0.1" and kwargs["port"] == 8000


def test_build_app_serves_the_database(db):
    app = serve_module.build_app(db)
    stats = _get(app, "/api/stats").json()
    assert stats["articles"] == 1
    assert _get(app, "/api/health").json()["status"] == "ok"
    assert _get(app, "/api/articles/a1").json()["title"] == "Quiet day"


def test_serve_refuses_a_missing_database(tmp_path, fake_uvicorn):
    missing = tmp_path / "nope.db"
    result = CliRunner().invoke(serve, ["--db", str(missing)])
    assert result.exit_code == 3
    assert "no database" in result.output and str(missing) in result.output
    assert not missing.exists() and fake_uvicorn == []


def test_serve_rejects_a_bad_port(db, fake_uvicorn):
    result = CliRunner().invoke(serve, ["--db", str(db), "--port", "70000"])
    assert result.exit_code == 2 and fake_uvicorn == []


def test_basemap_keeps_name_and_iso3_and_rounds(tmp_path):
    square = [[10.123456, 20.987654], [10.124, 20.9871], [11.0, 20.0], [11.0, 21.0], [10.123456, 20.987654]]
    src = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"NAME": "Testland", "ADM0_A3": "TST", "POP_EST": 5},
                "geometry": {"type": "Polygon", "coordinates": [square]},
            },
            {"type": "Feature", "properties": {"NAME": "Nowhere"}, "geometry": None},
        ],
    }
    out = simplify_countries(src, digits=2)
    (f,) = out["features"]
    assert f["properties"] == {"name": "Testland", "iso3": "TST"}
    ring = f["geometry"]["coordinates"][0]
    assert ring[0] == [10.12, 20.99] and ring[0] == ring[-1]
    assert len(ring) == 4  # the second point rounds onto the first and is dropped
    p_in, p_out = tmp_path / "in.json", tmp_path / "out.json"
    p_in.write_text(json.dumps(src))
    assert build_basemap(p_in, p_out) == 1
    assert json.loads(p_out.read_text())["features"][0]["properties"]["iso3"] == "TST"
