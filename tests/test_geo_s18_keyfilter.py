"""The gazetteer's key filter: absent keys are answered without SQLite, and a store whose names
changed after the filter was made (or that has none) is queried as before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from eventwire.geo.build import SCHEMA, write_key_filter
from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.normalize import fold, loose


def _store(path: Path, names: list[str], *, with_filter: bool = True) -> None:
    con = sqlite3.connect(path)
    con.executescript(SCHEMA)
    con.execute("INSERT INTO meta VALUES ('version', 'test')")
    con.execute(
        "INSERT INTO places VALUES (1, 101, 'Qarat Zummar', 33.5, 36.3, 'P', 'PPL', 'SY', 'SYR', 'Syria',"
        " '13', 'Rif Dimashq', NULL, NULL, 4000, 4, 'geonames', 0)"
    )
    for n in names:
        con.execute("INSERT INTO names VALUES (?, ?, 1, 'name', NULL)", (fold(n), loose(n)))
    if with_filter:
        write_key_filter(con)
    con.commit()
    con.close()


def test_filter_knows_every_key_and_loose_key(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    _store(path, ["Qarat Zummar", "Karat Zumar"])
    g = Gazetteer.open(path)
    assert g._may_have(b"k", "qarat zummar") and g._may_have(b"l", loose("Qarat Zummar"))
    assert not g._may_have(b"k", "nowhere at all")
    assert [e.name for e in g.candidates("Qarat Zummar")] == ["Qarat Zummar"]
    assert g.candidates("Nowhere At All") == []
    assert g.has_key("karat zumar") and not g.has_key("nowhere at all")


@pytest.mark.parametrize("with_filter", [True, False])
def test_names_added_after_the_filter_are_still_found(tmp_path: Path, with_filter: bool) -> None:
    path = tmp_path / "g.sqlite"
    _store(path, ["Qarat Zummar"], with_filter=with_filter)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO names VALUES (?, ?, 1, 'alt', NULL)", (fold("Tell Zummar"), loose("Tell Zummar")))
    con.commit()
    con.close()
    g = Gazetteer.open(path)
    assert [e.name for e in g.candidates("Tell Zummar")] == ["Qarat Zummar"]
    assert g._filter == b""  # outdated (or missing): not used


def test_rewriting_the_filter_covers_the_new_names(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    _store(path, ["Qarat Zummar"])
    con = sqlite3.connect(path)
    con.execute("INSERT INTO names VALUES (?, ?, 1, 'alt', NULL)", (fold("Tell Zummar"), loose("Tell Zummar")))
    write_key_filter(con)
    con.commit()
    con.close()
    g = Gazetteer.open(path)
    assert [e.name for e in g.candidates("Tell Zummar")] == ["Qarat Zummar"]
    assert g._filter and not g._may_have(b"k", "nowhere at all")
