"""Twenty-eighth session (DUP5), acts counted as a share of a whole or as a war's toll (``events.sharetallies``,
hooked in ``events.reportdate.report_date``).

- "Records suggest 60% were killed by the army": a percentage of victims is a statistic; "Eight of the
  ten clinics it runs have been hit by airstrikes": a part of a counted whole in the present perfect; "More
  than 40,000 people have been killed in the country as a result of the war": a war's toll. All background, undated.
- Near-misses stay the story's: a part of a whole in the simple past ("Two of the five guards were killed when
  gunmen attacked"), a percentage in a sentence with a day of its own, a present perfect count with no war
  ("Three soldiers have been killed by rebels", "killed in fighting between the army and rebels"), a part of
  people in the present perfect ("Two of the five hostages have been killed").

All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import AUDIT_PUB, SEIZED_LEAD, after_lead, nlp_index

PUB = AUDIT_PUB
LEAD = SEIZED_LEAD


def _hits(pipeline, text: str, *, lead: str = LEAD):
    """The reports whose evidence is ``text`` (told after ``lead``, by default a dated one)."""
    return [r for r in after_lead(pipeline, text, lead=lead) if r.evidence.text.startswith(text[:30])]


@pytest.mark.parametrize("text", [
    "The monitors' records suggest 60% were killed by the army.",
    "Doctors say eight of the ten clinics it runs in the valley have been hit by airstrikes.",
    "More than 40,000 people have been killed in the country as a result of the war.",
])
def test_a_share_or_a_war_toll_is_background(pipeline, text):
    hits = _hits(pipeline, text)
    assert hits, text
    assert all(r.background and r.date.value is None for r in hits), [(r.sub_event_type, r.date) for r in hits]


@pytest.mark.parametrize("text", [
    "Two of the five guards were killed when gunmen attacked the checkpoint.",
    "Militants shelled the market in the town on Tuesday, destroying 30% of the stalls.",
    "Three soldiers have been killed by rebels near the border.",
    "Four people have been killed in fighting between the army and rebels in the north.",
    "Two of the five hostages have been killed by the kidnappers, police said.",
    "Nearly 90 people have been killed in three days of airstrikes on the suburbs during the long war.",
])
def test_a_share_of_one_act_stays_news(pipeline, text):
    hits = _hits(pipeline, text, lead="")
    assert hits, text
    assert not any(r.background for r in hits), text


def test_share_tally_reads_the_clause():
    from eventwire.events.sharetallies import share_tally

    nlp, _ = nlp_index()
    doc = nlp("Aid workers say 15 of the 20 schools have been hit by shelling.")
    hit = next(t for t in doc if t.lower_ == "hit")
    assert share_tally(hit, hit.sent) is not None
    doc = nlp("Aid workers say 15 of the 20 schools were hit by shelling on the night of the raid.")
    hit = next(t for t in doc if t.lower_ == "hit")
    assert share_tally(hit, hit.sent) is None  # a simple past: one act's share
