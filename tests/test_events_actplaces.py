"""The town the next sentence tells for an act its own sentence places only in a country
(events/nexttowns.py, session 30, PLACE8): "... killed two aid workers in Somalia. The device went
off near a clinic in Baidoa" is at Baidoa. Near-misses keep the country: a next sentence that opens a
new story, a town of another country, a town named for another role, a town told a paragraph later."""

from __future__ import annotations

import pytest

from events_helpers import reports_of


@pytest.mark.parametrize("text", [
    "A roadside bomb killed two aid workers in Somalia on Monday. The two men, who worked for a charity, were "
    "travelling to a clinic in Baidoa.",
    "A roadside bomb killed two aid workers in southern Somalia on Monday. Their convoy was passing a market in "
    "the town of Baidoa at the time.",
])
def test_the_next_sentence_tells_the_town(pipeline, text):
    reports = [r for r in reports_of(pipeline, text) if r.evidence.text.startswith("A roadside bomb")]
    assert reports and reports[0].location is not None
    assert reports[0].location.text == "Baidoa"
    assert not any(n.startswith("location: country only") for n in reports[0].notes)


@pytest.mark.parametrize("text", [
    # a new story: the next sentence does not point back
    "A roadside bomb killed two aid workers in Somalia on Monday. Militants also shelled a base in Baidoa.",
    # a town of another country
    "A roadside bomb killed two aid workers in Somalia on Monday. The charity they worked for is based in Nairobi.",
    # a town named for another role (where the bodies were flown, not where the bomb went off)
    "A roadside bomb killed two aid workers in Somalia on Monday. Their bodies were flown to Mogadishu.",
    # the town told in the next paragraph
    "A roadside bomb killed two aid workers in Somalia on Monday.\nThe charity has a clinic in Baidoa.",
])
def test_near_misses_keep_the_country(pipeline, text):
    reports = [r for r in reports_of(pipeline, text) if r.evidence.text.startswith("A roadside bomb")]
    assert reports and reports[0].location is not None
    assert reports[0].location.text == "Somalia"
