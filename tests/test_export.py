"""Exports: the 31 ACLED columns in order and with ACLED's types; GeoJSON, JSONL, Parquet; the CLI."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from eventwire.export import ACLED_COLUMNS, export_events
from eventwire.export.acled import acled_row, interaction_code, iso_numeric
from eventwire.export.regions import region_of
from eventwire.store import Store
from eventwire.store.synthetic import make_article, make_report

REFERENCE_ORDER = (
    "event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type, actor1, "
    "assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting, iso, region, "
    "country, admin1, admin2, admin3, location, latitude, longitude, geo_precision, source, source_scale, "
    "notes, fatalities, tags, timestamp"
)


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "ew.db"
    with Store.open(path) as store:
        store.add_article(make_article("a", [make_report(fatalities=4, claimed_by="Islamic State",
                                                          evidence="IS stormed Palmyra, killing four soldiers.")],
                                       outlet="Syria News"))
        store.add_article(make_article("b", [make_report(lat=34.57, lon=38.29, actor2=None, fatalities=6,
                                                          evidence="Fighting raged near Palmyra.")], outlet="AFP"))
        store.add_article(make_article("c", [make_report(sub_event_type="Attack", date="2016-06-02",
                                                          actor1="Islamic State", actor2="Civilians", inter2=7,
                                                          place="Mosul", lat=36.335, lon=43.1189, iso="IRQ",
                                                          country="Iraq", admin1="Nineveh",
                                                          evidence="IS executed 12 civilians in Mosul.",
                                                          fatalities=12)], outlet="Reuters"))
        store.add_article(make_article("d", [make_report(sub_event_type="Peaceful protest", date=None, place=None,
                                                          actor1="Protesters", inter1=6, actor2=None,
                                                          evidence="People protested.")], outlet="AP"))
    return path


def _csv(db, **filters):
    out = io.StringIO()
    with Store.open(db) as store:
        n = export_events(store, "acled-csv", out, **filters)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    return n, out.getvalue().splitlines()[0].split(","), rows


def test_acled_columns_order_and_types(db):
    n, header, rows = _csv(db)
    assert tuple(header) == ACLED_COLUMNS == tuple(REFERENCE_ORDER.split(", "))
    assert len(header) == 31 and n == 3 == len(rows)
    palmyra = next(r for r in rows if r["location"] == "Palmyra")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", palmyra["event_date"]) and palmyra["year"] == "2016"
    assert palmyra["iso"] == "760" and palmyra["region"] == "Middle East" and palmyra["country"] == "Syria"
    assert palmyra["inter1"] == "2" and palmyra["inter2"] == "1" and palmyra["interaction"] == "12"
    assert palmyra["civilian_targeting"] == ""
    assert palmyra["source"] == "Syria News; AFP"
    assert palmyra["fatalities"] == "4"  # the lowest figure of the two reports
    assert palmyra["tags"] == "claimed by Islamic State"
    assert "stormed Palmyra" in palmyra["notes"] and "Fighting raged" in palmyra["notes"]
    assert palmyra["event_id_cnty"].startswith("SYR")
    assert int(palmyra["timestamp"]) > 1_600_000_000
    assert float(palmyra["latitude"]) == pytest.approx(34.556) and palmyra["geo_precision"] == "1"
    mosul = next(r for r in rows if r["location"] == "Mosul")
    assert mosul["civilian_targeting"] == "Civilian targeting" and mosul["interaction"] == "27"
    assert mosul["iso"] == "368" and mosul["fatalities"] == "12"
    protest = next(r for r in rows if r["event_type"] == "Protests")
    assert protest["event_date"] == "" and protest["latitude"] == "" and protest["interaction"] == "60"


def test_filters_apply_to_exports(db):
    assert _csv(db, country="IRQ")[0] == 1
    assert _csv(db, bbox=(38, 34, 39, 35))[0] == 1
    assert _csv(db, start="2016-06-01")[0] == 1
    assert _csv(db, q="executed")[0] == 1


def test_helpers():
    assert interaction_code(2, 1) == 12 and interaction_code(None, 7) == 70 and interaction_code(None, None) == 0
    assert iso_numeric("SYR") == 760 and iso_numeric("ZZZ") is None and iso_numeric(None) is None
    assert region_of("NGA") == "Western Africa" and region_of("AFG") == "South Asia" and region_of(None) == ""
    row = acled_row({"event_type": "Battles", "sub_event_type": "Armed clash", "id": "x"})
    assert list(row) == list(ACLED_COLUMNS)


def test_geojson_jsonl_parquet(db, tmp_path):
    with Store.open(db) as store:
        gj = io.StringIO()
        assert export_events(store, "geojson", gj) == 3
        doc = json.loads(gj.getvalue())
        assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 3
        feat = next(f for f in doc["features"] if f["properties"]["location"]["name"] == "Mosul")
        assert feat["geometry"] == {"type": "Point", "coordinates": [43.1189, 36.335]}
        assert feat["id"] == feat["properties"]["id"] and feat["properties"]["sources"] == 1
        assert "notes_text" not in feat["properties"]

        jl = io.StringIO()
        assert export_events(store, "jsonl", jl, event_type="Battles") == 1
        (line,) = jl.getvalue().splitlines()
        assert json.loads(line)["sources"] == 2

        pq_path = tmp_path / "events.parquet"
        assert export_events(store, "parquet", str(pq_path)) == 3
    import pyarrow.parquet as pq

    table = pq.read_table(pq_path)
    assert table.column_names[:31] == list(ACLED_COLUMNS)
    assert str(table.schema.field("fatalities").type) == "int64"
    assert str(table.schema.field("latitude").type) == "double"
    assert sorted(table.column("fatalities").to_pylist()) == [0, 4, 12]
    with pytest.raises(ValueError):
        export_events(Store.open(":memory:"), "xml", io.StringIO())


def test_iter_events_streams_in_batches(db):
    with Store.open(db) as store:
        ids = [e["id"] for e in store.iter_events(batch_size=1)]
        assert sorted(ids) == sorted(e["id"] for e in store.query_events())
        assert len(ids) == len(set(ids)) == 3


def test_cli_export(db, tmp_path):
    from eventwire.cli.export import export

    runner = CliRunner()
    res = runner.invoke(export, ["--format", "acled-csv", "--db", str(db), "--country", "SYR"])
    assert res.exit_code == 0, res.output
    lines = [ln for ln in res.stdout.splitlines() if ln]
    assert lines[0].startswith("event_id_cnty,event_date,year") and len(lines) == 2
    out = tmp_path / "e.geojson"
    res = runner.invoke(export, ["--format", "geojson", "--db", str(db), "-o", str(out), "--bbox", "35,30,45,40",
                                 "--start", "2016-01-01", "--event-type", "Violence against civilians"])
    assert res.exit_code == 0, res.output
    assert len(json.loads(out.read_text())["features"]) == 1
    assert runner.invoke(export, ["--format", "parquet", "--db", str(db)]).exit_code != 0  # needs -o
    assert runner.invoke(export, ["--format", "jsonl", "--db", str(db), "--bbox", "1,2,3"]).exit_code == 2
    res = runner.invoke(export, ["--format", "jsonl", "--db", str(tmp_path / "missing.db")])
    assert res.exit_code == 5


def test_acled_admin1_drops_geonames_generic_suffixes():
    """ACLED's admin1 column writes "Kano", "Aleppo", "Kharkiv" where GeoNames says "Kano State",
    "Aleppo Governorate", "Kharkiv Oblast"; names without such a word, or made only of them, stay."""
    from eventwire.export.acled import acled_admin1

    assert acled_admin1("Kano State") == "Kano"
    assert acled_admin1("Cross River State") == "Cross River"
    assert acled_admin1("Aleppo Governorate") == "Aleppo"
    assert acled_admin1("Kharkiv Oblast") == "Kharkiv"
    assert acled_admin1("Borno") == "Borno"
    assert acled_admin1("National Capital Region") == "National Capital Region"
    assert acled_admin1(None) is None
    row = acled_row({"event_type": "Battles", "location": {"admin1": "Plateau State", "iso": "NGA"}})
    assert row["admin1"] == "Plateau"
