"""Twenty-eighth session, acts named by a noun as earlier than the story (``events.earlieracts``, hooked
in ``events.reportdate.report_date``).

- "Critics point to last year's killing of a reporter at the embassy", "On Tuesday, critics pointed to a
  previous bombing of the market": the act noun is named as an earlier one, background and undated (in a
  report of no publication day, or in a sentence with a day of its own).
- "The minister on Tuesday demanded answers after the inspectors backed the findings on the Kisumu
  bombing", "There was a moment, after the Garissa massacre, when ...": an act named by its place, the
  object of a preposition after the lead, is a known act referred to, background.
- Near-misses stay the story's: a time of the story ("last week's killing"), an act noun with a day of
  its own ("an earlier bombing on Monday"), the act of the sentence's own verb ("Police on Tuesday
  arrested two men over a previous bombing": the arrest), an act noun named by a people ("the Kenyan
  bombing") or by nothing ("after the massacre").

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article

PUB = dt.date(2024, 5, 15)  # a Wednesday
LEAD = "Soldiers seized the radio station in the capital on Monday."
CRITICS = "Critics say the reforms have limits, and point to {} killing of a reporter at the embassy in Nairobi."
POINTED = "On Tuesday, critics pointed to {} of the market in Nairobi as proof of the danger."
ARRESTED = "Police on Tuesday arrested two men over {} of the market in Nairobi."
#: Sentences of a lead, so that the sentence tested comes after it.
LEAD_ON = ("The staff of the station were sent home and its broadcasts stopped for the day. Residents of the "
           "capital said the streets were calm by the evening and that most shops had reopened.")
FINDINGS = "The minister on Tuesday demanded answers after the inspectors backed the findings on the {}."
MOMENT = "There was a moment, after the {}, when the rebels could have been forced to talk."
#: The same told on someone's word: a bare past sentence with no source is background for another reason
#: (events.pastanchors), so the near-miss names its teller.
MOMENT_SAID = "Residents said there was a moment, after the {}, when the rebels could have been forced to talk."


def _reports(pipeline, text: str, sub: str, *, undated: bool = False):
    """The reports of sub-event type ``sub`` whose evidence is ``text``: told after a dated lead, or
    (``undated``) alone in a report with no publication day."""
    body = text if undated else f"{LEAD} {LEAD_ON} {text}"
    article = Article(id="t", text=f"A headline\n\n{body}", title="A headline", published=None if undated else PUB)
    pipeline.process(article)
    return [r for r in article.reports if r.sub_event_type == sub and r.evidence.text.startswith(text[:30])]


@pytest.mark.parametrize(("text", "undated"), [
    (CRITICS.format("last year's"), True),
    (POINTED.format("a previous bombing"), False),
    (FINDINGS.format("Kisumu bombing"), False),
    (MOMENT.format("Garissa massacre"), False),
])
def test_an_act_named_as_earlier_is_background(pipeline, text, undated):
    rs = _reports(pipeline, text, "Attack" if "killing" in text or "massacre" in text else "Remote explosive/landmine/IED", undated=undated)
    assert rs, text
    assert all(r.background and r.date.value is None for r in rs), text


@pytest.mark.parametrize(("text", "undated", "sub"), [
    (CRITICS.format("last week's"), True, "Attack"),
    (POINTED.format("an earlier bombing on Monday"), False, "Remote explosive/landmine/IED"),
    (ARRESTED.format("a previous bombing"), False, "Arrests"),
    (ARRESTED.format("last year's bombing"), False, "Arrests"),
    (FINDINGS.format("Kenyan bombing"), False, "Remote explosive/landmine/IED"),
    (MOMENT_SAID.format("massacre"), False, "Attack"),
])
def test_an_act_of_the_story_stays_news(pipeline, text, undated, sub):
    rs = _reports(pipeline, text, sub, undated=undated)
    assert rs, text
    assert not any(r.background for r in rs), text
