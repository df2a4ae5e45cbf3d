"""Eleventh session, dates: "in the early hours of Monday" is that Monday, not the day of publication
(a bare "in the early hours" stays the report's day); May Day is the first of May, a day."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.timex import resolve_date_expression

WEDNESDAY = dt.date(2024, 5, 8)


@pytest.mark.parametrize(
    ("expr", "day"),
    [
        ("in the early hours of Monday", "2024-05-06"),
        ("in the early hours of Sunday morning", "2024-05-05"),
        ("in the early hours", "2024-05-08"),
        ("the early hours of today", "2024-05-08"),
        ("on May Day", "2024-05-01"),
        ("May Day 2023", "2023-05-01"),
    ],
)
def test_early_hours_of_a_weekday(expr: str, day: str) -> None:
    got = resolve_date_expression(expr, WEDNESDAY)
    assert (got.value, got.precision) == (day, 1)


def test_early_hours_of_a_weekday_in_a_report(pipeline) -> None:
    from events_helpers import reports_of

    reports = reports_of(pipeline, "Gunmen killed five villagers in Zamfara in the early hours of Monday.",
                         published=WEDNESDAY)
    assert [r.date.value for r in reports] == ["2024-05-06"]
