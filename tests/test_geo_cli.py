"""`eventwire gazetteer import` / `info` on a tiny GeoNames dump made here."""

from __future__ import annotations

import json
import zipfile

from click.testing import CliRunner

from eventwire.cli.gazetteer import gazetteer
from eventwire.geo.gazetteer import Gazetteer

ROWS = [
    # the 19 columns of the GeoNames geoname table
    [
        "9990001",
        "Qaryat Test",
        "Qaryat Test",
        "Qariyat Test,Karyat Test",
        "35.10",
        "38.20",
        "P",
        "PPL",
        "SY",
        "",
        "11",
        "",
        "",
        "",
        "1200",
        "",
        "400",
        "Asia/Damascus",
        "2024-01-01",
    ],
    [
        "9990002",
        "Jabal Testi",
        "Jabal Testi",
        "Jebel Testi",
        "35.30",
        "38.50",
        "T",
        "MT",
        "SY",
        "",
        "11",
        "",
        "",
        "",
        "0",
        "900",
        "880",
        "Asia/Damascus",
        "2024-01-01",
    ],
]


def _write_dump(path):
    path.write_text("".join("\t".join(r) + "\n" for r in ROWS), encoding="utf-8")


def test_import_txt_then_lookup(tmp_path):
    dump = tmp_path / "SY.txt"
    _write_dump(dump)
    db = tmp_path / "g.sqlite"
    res = CliRunner().invoke(gazetteer, ["import", str(dump), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "2 new places" in res.output
    gaz = Gazetteer.open(db)
    assert "+import" in gaz.version
    (p,) = gaz.lookup("Karyat Test")
    assert p.geonameid == 9990001
    assert abs(p.latitude - 35.10) < 1e-6 and p.feature_code == "PPL" and p.population == 1200
    mt = gaz.lookup("Jebel Testi")[0]
    assert mt.feature_code == "MT" and mt.geo_precision == 2
    gaz.close()


def test_import_zip_and_alternate_names(tmp_path):
    txt = tmp_path / "SY.txt"
    _write_dump(txt)
    z = tmp_path / "SY.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(txt, "SY.txt")
        zf.writestr("readme.txt", "not data")
    db = tmp_path / "g.sqlite"
    runner = CliRunner()
    assert runner.invoke(gazetteer, ["import", str(z), "--db", str(db)]).exit_code == 0
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text(
        "1\t9990001\ten\tTestville\t1\t\t\t\t\t\n2\t9990001\tlink\thttps://example.org\t\t\t\t\t\t\n",
        encoding="utf-8",
    )
    res = runner.invoke(gazetteer, ["import", str(alt), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "1 alternate names" in res.output
    res = runner.invoke(gazetteer, ["info", "--db", str(db), "--json", "Testville"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output.strip().splitlines()[-1])
    assert data["places"] == 2
    assert data["lookups"]["Testville"][0]["geonameid"] == 9990001


def test_import_missing_or_bad_file(tmp_path):
    res = CliRunner().invoke(gazetteer, ["import", str(tmp_path / "nope.zip")])
    assert res.exit_code != 0
