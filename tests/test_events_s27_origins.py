"""Twenty-seventh session, acts named as the origin of a state, counted since one, or told as repeated
(``events.origins``, hooked in ``events.reportdate.report_date``).

- "Since the capture of the two men, officials have been weighing a trial": the capture is older than the
  story; "At least 120 reporters have been detained by the army since the takeover": a tally since an
  older act; "The blogger has been repeatedly arrested for his posts": a history. All three are background,
  undated.
- Near-misses stay the story's: an origin with a day of the story ("since Monday's attack", "since the
  raid on Sunday"), a bare definite act noun that points back to the story's act ("since the attack"), a
  simple past ("Police arrested 20 people since the coup" is not read), a repeated act whose sentence names
  a time ("have repeatedly fired tear gas since Monday").

All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import AUDIT_PUB, SEIZED_LEAD, after_lead, nlp_index
from eventwire.records import Article

PUB = AUDIT_PUB
LEAD = SEIZED_LEAD


def _report(pipeline, text: str, sub: str):
    """The report of sub-event type ``sub`` whose evidence is ``text`` (told after a dated lead)."""
    return next(r for r in after_lead(pipeline, text) if r.sub_event_type == sub and r.evidence.text.startswith(text[:30]))


@pytest.mark.parametrize(("text", "sub"), [
    ("At least 120 reporters have been detained by the army since the takeover.", "Arrests"),
    ("More than 100 journalists have been arrested since the 2021 coup.", "Arrests"),
    ("The blogger has been repeatedly arrested by the police for his posts.", "Arrests"),
    ("The activist has been detained several times by the security services.", "Arrests"),
])
def test_a_tally_or_a_repeated_act_is_background(pipeline, text, sub):
    r = _report(pipeline, text, sub)
    assert r.background, text
    assert r.date.value is None


@pytest.mark.parametrize(("text", "sub"), [
    ("Police have arrested 20 people since Sunday's attack on the church.", "Arrests"),
    ("Police have arrested 20 people since the attack.", "Arrests"),  # the story's act pointed back to
    ("Police have repeatedly fired tear gas at the crowd since Monday.", "Protest with intervention"),
])
def test_a_tally_since_the_story_stays_news(pipeline, text, sub):
    article = Article(id="t", text=f"A headline\n\n{LEAD} {text}", title="A headline", published=PUB)
    pipeline.process(article)
    hits = [r for r in article.reports if r.evidence.text.startswith(text[:30])]
    assert hits, text
    assert not any(r.background for r in hits), text


def test_an_origin_of_a_state_is_background():
    from eventwire.events.origins import origin_or_tally

    nlp, _ = nlp_index()
    text = "Since the capture of the two men, officials have been weighing a trial."
    article = Article(id="t", text=text, published=PUB)
    article.doc = nlp(text)
    cap = next(t for t in article.doc if t.lower_ == "capture")
    assert origin_or_tally(article, cap, cap.sent, None) is not None
    text = "Since the attack, residents have fled the village."
    article = Article(id="t", text=text, published=PUB)
    article.doc = nlp(text)
    att = next(t for t in article.doc if t.lower_ == "attack")
    assert origin_or_tally(article, att, att.sent, None) is None  # the story's act pointed back to
