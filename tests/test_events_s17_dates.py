"""Past perfects that tell the report's own act (seventeenth session, ``events.status.reported_perfect``):
"On Monday night, drones had struck a fuel depot" dated within the last week, or told in the body's first
sentence right under the headline, is news; a past perfect dated long before, told further down without a
date, or under "after" / a relative clause stays background. All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import show_reports as _show
from eventwire.records import Article

WED = dt.date(2024, 5, 1)  # a Wednesday
HEAD = "Fuel depot burns in Belgorod\n\n"


def _reports(pipeline, text, published=WED):
    article = Article(id="t", text=text, published=published)
    pipeline.process(article)
    return article.reports


def _act(pipeline, text, sub, published=WED):
    got = [r for r in _reports(pipeline, text, published) if r.sub_event_type == sub and r.section == "body"]
    assert got, _show(_reports(pipeline, text, published))
    return got[0]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "day"), [
    (HEAD + "On Monday night, drones had struck a fuel depot in Belgorod. Two workers were injured.", "2024-04-29"),
    (HEAD + "Ukrainian drones had struck a fuel depot in Belgorod on Sunday, injuring two workers. The fire "
            "was put out on Tuesday.", "2024-04-28"),
    ("Journalist freed in Goma\n\nA journalist was freed on Tuesday in Goma, his employer said. Gunmen had "
     "abducted him in Goma on Sunday.", "2024-04-28"),
])
def test_a_past_perfect_dated_within_the_week_is_news(pipeline, text, day):
    sub = "Abduction/forced disappearance" if "abducted" in text else "Air/drone strike"
    r = _act(pipeline, text, sub)
    assert not r.background and r.date.value == day, _show([r])


@pytest.mark.slow
def test_a_past_perfect_in_the_lead_under_the_headline_is_news(pipeline):
    r = _act(pipeline, HEAD + "Ukrainian drones had struck a fuel depot in the Russian city of Belgorod, injuring two "
                              "workers at the site.\n\n"
                              "The regional governor said the fire was under control.", "Air/drone strike")
    assert not r.background, _show([r])


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # dated long before publication
    "Journalist freed in Goma\n\nA journalist was freed on Tuesday in Goma. He had been abducted by gunmen "
    "in Goma in March 2023.",
    # ten days before publication: old news by then
    HEAD + "Regional officials gave new figures on Tuesday. Drones had struck a fuel depot in Belgorod on "
           "April 21, injuring two workers.",
    # further down the article, with no date of its own
    HEAD + "Officials in Belgorod reopened the road to the depot on Tuesday.\n\nThe governor said repairs "
           "would take weeks.\n\nDrones had struck the same depot in Belgorod, injuring two workers.",
])
def test_a_past_perfect_of_the_background_stays_background(pipeline, text):
    sub = "Abduction/forced disappearance" if "abducted" in text else "Air/drone strike"
    got = [r for r in _reports(pipeline, text) if r.sub_event_type == sub]
    assert got and all(r.background for r in got), _show(got)


@pytest.mark.slow
def test_a_past_perfect_under_after_in_the_lead_stays_background(pipeline):
    text = ("Arrests in Kano\n\nPolice arrested 20 people in Kano on Monday, hours after rioters had torched a "
            "police station.")
    got = [r for r in _reports(pipeline, text) if r.sub_event_type == "Violent demonstration"]
    assert got and all(r.background for r in got), _show(got)


def test_reported_perfect_needs_the_main_clause_and_a_recent_day():
    from eventwire.events.status import reported_perfect
    from eventwire.nlp import load_nlp

    nlp = load_nlp()
    doc = nlp("Soldiers said on Tuesday the town was calm after militants had attacked it on Monday.")
    sent = next(iter(doc.sents))
    attacked = next(t for t in doc if t.text == "attacked")
    monday = dt.date(2024, 4, 29)
    assert not reported_perfect(attacked, sent, event_date=monday, published=WED, date_precision=1)
    doc = nlp("Militants had attacked the town on Monday.")
    sent = next(iter(doc.sents))
    attacked = next(t for t in doc if t.text == "attacked")
    assert reported_perfect(attacked, sent, event_date=monday, published=WED, date_precision=1)
    assert not reported_perfect(attacked, sent, event_date=monday, published=WED + dt.timedelta(days=10),
                                date_precision=1)
    assert not reported_perfect(attacked, sent, event_date=dt.date(2024, 4, 1), published=WED, date_precision=3)


# -- the main event's date: a note about the article or a document's date is no act --------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("FBI raids on activists\n\n*This article was originally published in 2011 to call attention to FBI raids "
     "on activists.\n\nAgents raided the homes of activists in Chicago in 2010 and seized their computers.",
     (None, 2010)),
    ("Union says plots target schools\n\nThe union cited a letter from the labour ministry dated May 18, 2012 in "
     "its complaint.\n\nThe union said on Tuesday that officials had harassed teachers in Abuja.",
     ("2019-10-22", None)),
])
def test_a_note_about_the_article_or_a_documents_date_dates_no_act(text, want):
    from eventwire.events import dating
    from eventwire.timex import tag_dates

    article = Article(id="t", text=text, published=dt.date(2019, 10, 22))
    tag_dates(article)
    got = dating.main_event_date(article, None)
    assert (got.value, got.year) == want, got
    notes = [c for c in dating.date_candidates(article, None) if c.features.get("meta_note")]
    assert len(notes) == 1 and dating.DATE_WEIGHTS["meta_note"] < 0
