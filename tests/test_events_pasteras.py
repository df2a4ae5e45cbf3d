"""Past acts told in an older stretch of the time line (events/pasteras.py): after the lead, an act told in the past
with no date and no source in its sentence is background when the last date its paragraph named before it is older
than the news; near-misses (a date of its own, a recent day named since, a source, a "since" date, the present
perfect) stay news."""

from __future__ import annotations

import pytest

from events_helpers import after_news_lead, flagged_for

#: an older date, then two sentences of scene, before the sentence tested (beyond the narrative's two sentences)
OLD = ("In 2014 the militants swept across the plains of the north. Thousands of families left their homes for "
       "the hills. The roads stayed crowded for many weeks. ")
REASON = "its paragraph last named a date older"

OLDER_ACTS = [
    "Fighters rounded up 400 men of the village and shot them.",
    "Gunmen abducted three aid workers on the road to Sinjar.",
]


@pytest.mark.parametrize("text", OLDER_ACTS)
def test_pipeline_flags_a_past_act_told_after_an_older_date(pipeline, text):
    assert flagged_for(after_news_lead(pipeline, OLD + text, text), REASON)


@pytest.mark.parametrize("text", [
    "Isis, which seized Mosul in 2014, attacked a checkpoint near Tal Afar on Monday.",  # a date of its own
    "Witnesses said fighters rounded up 400 men of the village.",  # a source
    "Fighters have rounded up 400 men of the village.",  # the present perfect
])
def test_pipeline_keeps_an_act_with_a_date_a_source_or_a_present(pipeline, text):
    reports = after_news_lead(pipeline, OLD + text, text)
    assert reports and not any(any(REASON in n for n in r.notes) for r in reports)


def test_pipeline_keeps_an_act_after_a_recent_day(pipeline):
    text = "Fighters rounded up 400 men of the village and shot them."
    recent = OLD + "On Tuesday the militants returned to the plains. The villages were quiet for a while. "
    reports = after_news_lead(pipeline, recent + text, text)
    assert reports and not any(r.background for r in reports)


def test_pipeline_keeps_an_act_after_a_since_date(pipeline):
    text = "Fighters rounded up 400 men of the village and shot them."
    since = ("The war has raged in the plains of the north since 2014. Thousands of families left their homes for "
             "the hills. The roads stayed crowded for many weeks. ")
    reports = after_news_lead(pipeline, since + text, text)
    assert reports and not any(r.background for r in reports)
