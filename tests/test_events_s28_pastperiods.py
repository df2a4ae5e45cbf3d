"""Twenty-eighth session, past acts and tallies over a period told as context (``events.status``,
``events.origins``, ``events.flaggedheads``).

- A point in time hung on the clause an "as"/"while" clause hangs on times the act of that clause
  ("Earlier this year the talks stalled, as the army sent troops to oust ..."), and a time phrase the
  parser hung on the first of two joined verbs times the second when it stands after their "but"/"and"
  ("had armed the clans, but earlier this year co-opted them to clear ...").
- An act told as done in a campaign of months or years is its history ("retook the towns in months-long
  offensives"); not one of days, nor with a day besides, nor "in a nine-year war" (a setting).
- A tally since a clause that begins something or takes power ("since the junta launched its crackdown",
  "since taking power"), or since an origin noun the parser made a clause's subject, is background.
- A report whose own sentence gives a day left unresolved for want of a publication date ("on October 12")
  has a day of its own: it is no retelling of a flagged tally.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import AUDIT_PUB, SEIZED_LEAD, after_lead, nlp_index
from eventwire.events.status import assess

PUB = AUDIT_PUB
LEAD = SEIZED_LEAD


def _tok(text: str, word: str):
    nlp, _ = nlp_index()
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == word)
    return tok, tok.sent


@pytest.mark.parametrize(("text", "word", "background"), [
    ("Earlier this year the talks stalled, as the army sent troops to oust the rebels from the valley.", "oust", True),
    ("The army had armed the clans for a decade, but earlier this year co-opted them to clear farmers from the valley.",
     "clear", True),
    # near-misses: no time phrase; a time phrase before the "but" is the first verb's
    ("The talks stalled, as the army sent troops to oust the rebels from the valley.", "oust", False),
    ("The ministry armed the herders last year, but now hires them to drive the farmers from the valley.",
     "drive", False),
])
def test_a_point_in_time_of_the_clause_above_or_beside_times_the_act(text, word, background):
    tok, sent = _tok(text, word)
    assert assess(tok, sent=sent).background is background, text


@pytest.mark.parametrize(("text", "word", "background"), [
    ("Government forces retook the three towns in bitter months-long offensives.", "retook", True),
    ("The militia lost hundreds of fighters during the two-year siege.", "lost", True),
    # near-misses: a campaign of days; a day besides the campaign's length
    ("Government forces retook the town in a three-day offensive.", "retook", False),
    ("Government forces retook the town on Monday in a months-long offensive.", "retook", False),
    ("Government forces retook the enclave in a nine-year war.", "retook", False),  # a war is the act's setting
])
def test_an_act_told_over_a_campaign_of_months_or_years_is_background(text, word, background):
    tok, sent = _tok(text, word)
    assert assess(tok, sent=sent).background is background, text


def _reports(pipeline, text: str, *, published: dt.date | None = PUB):
    return after_lead(pipeline, text, published=published)


@pytest.mark.parametrize(("text", "sub"), [
    ("Rights groups say some 60 lawyers have been held by the army since the takeover and nine remain behind bars.",
     "Arrests"),
    ("Since the junta launched its crackdown, more than 300 students have been arrested.", "Arrests"),
    ("The general, who since taking power has arrested thousands of critics, denies any abuse.", "Arrests"),
])
def test_a_tally_since_a_clause_of_origin_is_background(pipeline, text, sub):
    hits = [r for r in _reports(pipeline, text) if r.sub_event_type == sub and r.evidence.text.startswith(text[:30])]
    assert hits, text
    assert all(r.background for r in hits), text


@pytest.mark.parametrize(("text", "sub"), [
    ("Since the protest began on Monday, police have arrested 40 students.", "Protest with intervention"),  # a day of the story
    ("Since the raid began, police have arrested 40 students.", "Arrests"),  # the story's act pointed back to
])
def test_a_tally_since_the_story_stays_news(pipeline, text, sub):
    hits = [r for r in _reports(pipeline, text) if r.sub_event_type == sub and r.evidence.text.startswith(text[:30])]
    assert hits, text
    assert not any(r.background for r in hits), text


def test_an_act_with_its_own_unresolved_day_is_no_retelling_of_a_flagged_act():
    from eventwire.events.flaggedheads import with_flagged_heads
    from eventwire.events.merging import _same_event
    from eventwire.records import Actor, DateValue, EventReport, Evidence, Place, PlaceMention
    from eventwire.timex import NO_PUBLICATION_DATE

    crowd = Actor("Protesters (Nigeria)", 6, "protesters", "NGA")
    lagos = PlaceMention(0, 5, "Lagos", Place("Lagos", iso="NGA", admin1="Lagos", feature_code="PPLA"))

    def report(text: str, start: int, *, date: DateValue, background: bool = False) -> EventReport:
        return EventReport(event_type="Protests", sub_event_type="Peaceful protest", disorder_type="Demonstrations",
                           evidence=Evidence(text, start, start + len(text)), actor1=crowd, location=lagos,
                           date=date, background=background, section="body")

    head = report("The singer had led marches against the fuel tax in Lagos.", 400, background=True,
                  date=DateValue(None, None, None, "no date of its own, and older than the story (past perfect)"))
    own = report("Students marched in Lagos on October 12.", 700,
                 date=DateValue(None, None, "on October 12", NO_PUBLICATION_DATE))
    bare = report("Students marched in Lagos.", 900, date=DateValue(None, None, None, NO_PUBLICATION_DATE))
    with_flagged_heads([head, own, bare], same=_same_event)
    assert not own.background  # its own day, unresolved for want of a publication date
    assert bare.background  # near-miss: no day of its own, the flagged act told again
