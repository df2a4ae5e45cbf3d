"""Lead's fixes of the thirteenth session: acts held off, called off or refrained from are no events."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article

PUB = dt.date(2024, 5, 15)


@pytest.mark.parametrize("text", [
    "In September Turkey persuaded Russia to hold off from a full-scale attack on Idlib.",
    "Troops refrained from attacking the protesters in Bamako on Sunday.",
    "The rebels called off their planned attack on the town of Kidal on Sunday.",
])
def test_an_act_held_off_or_refrained_from_is_no_event(pipeline, text):
    article = pipeline.process(Article(id="t", text=text, published=PUB))
    assert [r for r in article.reports if not r.negated] == [], [(r.sub_event_type, r.evidence.text) for r in article.reports]


def test_holding_attackers_off_after_an_attack_keeps_the_attack(pipeline):
    text = "Rebels attacked the town of Kidal on Sunday, killing four soldiers, before government troops held them off."
    article = pipeline.process(Article(id="t", text=text, published=PUB))
    assert [(r.sub_event_type, r.negated) for r in article.reports] == [("Armed clash", False)]
