"""A toll that rose, told in the sentence of the act, is a new figure of the same dead, never more dead: "A car
bomb killed 40 people ...; the toll rose from 30" is 40 dead, not 70; "... rose to 45" is 45."""

from __future__ import annotations

import pytest

from events_helpers import first_sent, nlp
from eventwire.events.fatalities import count_fatalities

ACT = "A car bomb killed 40 people in Aleppo on Tuesday; "


@pytest.mark.parametrize(("text", "count"), [
    (ACT + "the toll rose from 30, the monitor said.", 40),  # the old figure is no more dead
    (ACT + "the toll rose to 45, the monitor said.", 45),  # the new figure is the act's toll
    (ACT + "the toll rose from 30 to 45, the monitor said.", 45),
    ("The death toll from the attack has risen to 11.", 11),
    ("The death toll from the attack has risen from 9 to 11.", 11),
    # near-misses: dead of two kinds still add up; a risen toll no higher than them changes nothing
    ("Gunmen killed 12 villagers and four soldiers on Monday.", 16),
    ("The blast killed 12 civilians and two policemen; the toll rose to 14, police said.", 14),
])
def test_a_risen_toll_is_the_same_dead(text, count):
    fat, _ = count_fatalities(first_sent(nlp(), text))
    assert fat.count == count
