"""Gold reading (format errors with line numbers), the evaluate() library function with a fake
pipeline, and the `eventwire evaluate` command (CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from eventwire.cli.evaluate import evaluate as evaluate_cmd
from eventwire.errors import ConfigError, GoldFormatError, InputError
from eventwire.evaluate.gold import read_gold
from eventwire.evaluate.run import evaluate, read_predictions
from eventwire.records import DateValue, EventReport, Evidence, Place, PlaceMention


def _write(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


GEO_OK = {"id": "g:1", "text": "Paris and Lyon", "toponyms": [
    {"start": 0, "end": 5, "name": "Paris", "lat": 48.8566, "lon": 2.3522, "geonameid": 2988507},
    {"start": 10, "end": 14, "name": "Lyon", "lat": 45.764, "lon": 4.8357, "geonameid": 2996944}]}


# -- gold format ----------------------------------------------------------------------------------
def test_gold_errors_name_the_line(tmp_path):
    bad_json = _write(tmp_path / "a.jsonl", [GEO_OK, "{not json"])
    with pytest.raises(GoldFormatError, match=r"a\.jsonl:2: not valid JSON"):
        read_gold("geoparse", bad_json)
    missing = _write(tmp_path / "b.jsonl", [GEO_OK, "", {"id": "g:2", "text": "x"}])
    with pytest.raises(GoldFormatError, match=r"b\.jsonl:3: missing key 'toponyms'"):
        read_gold("geoparse", missing)
    shifted = dict(GEO_OK, toponyms=[dict(GEO_OK["toponyms"][0], start=1, end=6)])
    with pytest.raises(GoldFormatError, match=r"c\.jsonl:1: .*not 'Paris'"):
        read_gold("geoparse", _write(tmp_path / "c.jsonl", [shifted]))
    with pytest.raises(GoldFormatError, match="duplicate id"):
        read_gold("geoparse", _write(tmp_path / "d.jsonl", [GEO_OK, GEO_OK]))
    with pytest.raises(GoldFormatError, match="no gold records"):
        read_gold("geoparse", _write(tmp_path / "e.jsonl", []))
    with pytest.raises(GoldFormatError, match="unknown label"):
        read_gold("event-type", _write(tmp_path / "f.jsonl", [{"id": "e", "text": "t", "label": "PICNIC"}]))
    with pytest.raises(GoldFormatError, match=r"g\.jsonl:1: key 'relevant' should be bool"):
        read_gold("relevance", _write(tmp_path / "g.jsonl", [{"id": "r", "text": "t", "relevant": "yes"}]))
    with pytest.raises(GoldFormatError, match="cannot read"):
        read_gold("relevance", tmp_path / "missing.jsonl")


def test_gold_reads_fields_and_limit(tmp_path):
    rows = [{"id": f"f:{i}", "text": "body", "title": None, "published": "2020-07-10",
             "gold": {"country": "USA", "region": None, "city": None, "year": 2020, "month": 7, "day": None}}
            for i in range(3)]
    items = read_gold("event-fields", _write(tmp_path / "f.jsonl", rows), limit=2)
    assert [i.id for i in items] == ["f:0", "f:1"]
    assert items[0].country == "USA" and items[0].month == 7 and items[0].day is None


# -- evaluate() with a fake pipeline --------------------------------------------------------------
class FakeGeo:
    def __init__(self) -> None:
        self.resolved_spans: list = []

    def geoparse(self, text, doc=None):
        i = text.index("Paris")
        return [PlaceMention(i, i + 5, "Paris", Place("Paris", 48.8566, 2.3522, 2988507, iso="FRA"))]

    def resolve_spans(self, text, spans, doc=None):
        self.resolved_spans.append(list(spans))
        return [PlaceMention(s, e, text[s:e], Place(text[s:e], 48.8566, 2.3522, 2988507)) for s, e in spans]


class FakeNLP:
    def pipe(self, texts, batch_size=32):
        return iter(list(texts))


class FakePipeline:
    """Codes every text mentioning 'bomb' as a Suicide bomb in Paris on 2020-07-04."""

    def __init__(self) -> None:
        self.geo = FakeGeo()
        self.nlp = FakeNLP()
        self.events = SimpleNamespace(main_event=lambda a: a.reports[0] if a.reports else None)

    def pipe(self, articles, batch_size=32):
        for a in articles:
            if "bomb" in a.text:
                where = PlaceMention(0, 5, "Paris", Place("Paris", 48.85, 2.35, 2988507, iso="FRA",
                                                          admin1="Île-de-France", feature_code="PPLC"))
                a.reports.append(EventReport("Explosions/Remote violence", "Suicide bomb", "Political violence",
                                             Evidence("bomb", 0, 4), location=where,
                                             date=DateValue("2020-07-04", 1)))
            yield a


def test_evaluate_geoparse_end_to_end_and_given_spans(tmp_path):
    gold = _write(tmp_path / "geo.jsonl", [GEO_OK])
    fake = FakePipeline()
    out = evaluate("geoparse", gold, pipeline_factory=lambda: fake)
    assert out["recognition"]["precision"] == pytest.approx(1.0)
    assert out["recognition"]["recall"] == pytest.approx(0.5)
    assert out["resolution"]["n"] == 2 and out["resolution"]["acc161"] == pytest.approx(0.5)
    assert out["given_spans"] is False
    calls = []
    given = evaluate("geoparse", gold, pipeline_factory=lambda: fake, given_spans=True,
                     progress=lambda done, total: calls.append((done, total)))
    assert fake.geo.resolved_spans == [[(0, 5), (10, 14)]]
    assert given["recognition"]["f1"] == pytest.approx(1.0)
    # Lyon resolved to Paris' point: ~392 km off
    assert given["resolution"]["acc161"] == pytest.approx(0.5)
    assert 385 < 2 * given["resolution"]["median_km"] < 400  # median of (0, ~392)
    assert calls == [(1, 1)]


def test_evaluate_event_type_fields_relevance_and_predictions_file(tmp_path, monkeypatch):
    fake = FakePipeline()
    et = _write(tmp_path / "et.jsonl", [{"id": "e:1", "text": "a bomb", "label": "SUIC_BOMB"},
                                        {"id": "e:2", "text": "a storm", "label": "NATURAL_DISASTER"},
                                        {"id": "e:3", "text": "a march", "label": "PEACE_PROTEST"}])
    pred_path = tmp_path / "pred.jsonl"
    out = evaluate("event-type", et, pipeline_factory=lambda: fake, predictions_path=pred_path)
    assert out["n"] == 3 and out["micro_f1"] == pytest.approx(2 / 3)
    lines = [json.loads(x) for x in pred_path.read_text(encoding="utf-8").splitlines()]
    assert lines == [{"id": "e:1", "label": "Suicide bomb"}, {"id": "e:2", "label": None},
                     {"id": "e:3", "label": None}]
    # re-scoring the written predictions gives the same metrics without a pipeline
    again = evaluate("event-type", et, from_predictions=pred_path,
                     pipeline_factory=lambda: pytest.fail("must not load the pipeline"))
    assert again["macro_f1"] == pytest.approx(out["macro_f1"])

    ef = _write(tmp_path / "ef.jsonl", [
        {"id": "f:1", "text": "a bomb went off", "title": "Blast", "published": "2020-07-05",
         "gold": {"country": "France", "region": "Ile-de-France", "city": "Paris", "year": 2020, "month": 7,
                  "day": 4}},
        {"id": "f:2", "text": "nothing", "title": None, "published": None,
         "gold": {"country": "France", "region": None, "city": None, "year": 2020, "month": None, "day": None}}])
    fields = evaluate("event-fields", ef, pipeline_factory=lambda: fake)
    assert fields["country_acc"] == pytest.approx(0.5)
    assert fields["admin1_acc"] == pytest.approx(1.0)  # accents folded
    assert fields["city_acc"] == pytest.approx(1.0)
    assert fields["date_acc"] == pytest.approx(0.5)

    import eventwire.evaluate.predict as predict_mod

    fake_module = SimpleNamespace(is_relevant=lambda a: "bomb" in a.text)
    monkeypatch.setitem(__import__("sys").modules, "eventwire.events.relevance", fake_module)
    rel = _write(tmp_path / "rel.jsonl", [{"id": "r:1", "text": "a bomb", "relevant": True, "labels": []},
                                          {"id": "r:2", "text": "a cake", "relevant": True, "labels": []}])
    out = evaluate("relevance", rel, pipeline_factory=lambda: fake)
    assert out["precision"] == pytest.approx(1.0) and out["recall"] == pytest.approx(0.5)
    assert predict_mod.PREDICTORS["relevance"] is predict_mod.predict_relevance


def test_evaluate_rejects_bad_options(tmp_path):
    gold = _write(tmp_path / "et.jsonl", [{"id": "e:1", "text": "x", "label": "ATTACK"}])
    with pytest.raises(ConfigError):
        evaluate("event-type", gold, given_spans=True, from_predictions=gold)
    with pytest.raises(ConfigError):
        evaluate("nonsense", gold)
    with pytest.raises(InputError):
        read_predictions(_write(tmp_path / "p.jsonl", [[1, 2]]))


# -- the command ----------------------------------------------------------------------------------
def test_cli_json_and_table_from_predictions(tmp_path):
    gold = _write(tmp_path / "rel.jsonl", [{"id": "r:1", "text": "x", "relevant": True, "labels": []},
                                           {"id": "r:2", "text": "y", "relevant": False, "labels": []}])
    preds = _write(tmp_path / "p.jsonl", [{"id": "r:1", "relevant": True}, {"id": "r:2", "relevant": True}])
    runner = CliRunner()
    res = runner.invoke(evaluate_cmd, ["relevance", str(gold), "--from-predictions", str(preds), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert {"n", "precision", "recall", "f1"} <= data.keys()
    assert data["n"] == 2 and data["precision"] == pytest.approx(0.5) and data["recall"] == pytest.approx(1.0)
    table = runner.invoke(evaluate_cmd, ["relevance", str(gold), "--from-predictions", str(preds)])
    assert table.exit_code == 0 and "precision" in table.output and "0.5000" in table.output


def test_cli_exit_codes(tmp_path):
    bad = _write(tmp_path / "bad.jsonl", ["{oops"])
    runner = CliRunner()
    res = runner.invoke(evaluate_cmd, ["relevance", str(bad), "--from-predictions", str(bad)])
    assert res.exit_code == GoldFormatError.exit_code
    assert "bad.jsonl:1" in res.output
    res = runner.invoke(evaluate_cmd, ["picnic", str(bad)])
    assert res.exit_code == 2  # click usage error
    res = runner.invoke(evaluate_cmd, ["event-type", str(bad), "--given-spans"])
    assert res.exit_code != 0


def test_evaluate_extraction_runs_the_sections_stage_without_a_pipeline(tmp_path):
    body = ["Gunmen attacked a police checkpoint in the north of the city on Saturday, killing three "
            "officers and wounding five others, officials said.",
            "The attackers fled on motorcycles after a gunfight that lasted nearly an hour, according to "
            "a police spokesman who asked not to be named.",
            "No group has claimed responsibility for the attack, the third in the region this month."]
    html = ("<html><head><title>Attack</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a>"
            "</nav><article><h1>Gunmen attack checkpoint</h1>" + "".join(f"<p>{b}</p>" for b in body)
            + "</article><footer>Copyright 2020 Example News. All rights reserved.</footer></body></html>")
    gold = _write(tmp_path / "x.jsonl", [{"id": "x:1", "url": None, "html": html, "gold_text": "\n\n".join(body)}])
    out = evaluate("extraction", gold, pipeline_factory=lambda: pytest.fail("extraction needs no pipeline"))
    assert out["n"] == 1
    assert out["recall"] == pytest.approx(1.0)
    assert out["precision"] > 0.9  # navigation and footer left out
