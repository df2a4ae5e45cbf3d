"""The town the next sentence tells for an act its own sentence places only in a country
(events/nexttowns.py, session 30, PLACE8): "... killed two aid workers in Somalia. The device went
off near a clinic in Baidoa" is at Baidoa. Near-misses keep the country: a next sentence that opens a
new story, a town of another country, a town named for another role or in a clause that tells no act ("The
victims were born in Kismayo"), a town told a paragraph later."""

from __future__ import annotations

import pytest

from events_helpers import reports_of


@pytest.mark.parametrize("text", [
    "A roadside bomb killed two aid workers in Somalia on Monday. The two men, who worked for a charity, died on "
    "the road to a clinic in Baidoa.",
    "A roadside bomb killed two aid workers in southern Somalia on Monday. The two men were killed outside a market "
    "in the town of Baidoa.",
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
    # a town the next sentence names in a clause that tells no act (review of session 30: the verb the town hangs
    # on must be a cue of the event lexicon)
    "A roadside bomb killed two aid workers in Somalia on Monday. The victims were born in Kismayo.",
    "A roadside bomb killed two aid workers in Somalia on Monday. The president condemned the attack in a speech "
    "in Mogadishu.",
    "A roadside bomb killed two aid workers in Somalia on Monday. It was the third such attack this year, after a "
    "bombing in Kismayo in March.",
])
def test_near_misses_keep_the_country(pipeline, text):
    reports = [r for r in reports_of(pipeline, text) if r.evidence.text.startswith("A roadside bomb")]
    assert reports and reports[0].location is not None
    assert reports[0].location.text == "Somalia"
