"""The JSON boundary keeps a year-only date (``DateValue.year``) and leaves other dates as before."""

from eventwire.output import date_to_dict
from eventwire.records import DateValue


def test_year_only_date_keeps_its_year():
    out = date_to_dict(DateValue(text="in 2016", year=2016, reason="year only"))
    assert out["year"] == 2016
    assert out["value"] is None and out["precision"] is None


def test_resolved_date_has_no_year_key():
    out = date_to_dict(DateValue(value="2016-05-14", precision=1, text="on Saturday"))
    assert out == {"value": "2016-05-14", "precision": 1, "text": "on Saturday", "reason": None}
