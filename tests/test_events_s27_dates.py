"""Twenty-seventh session: the dates of acts on real news (helper DT).

- A later day told in the sentence right before an undated one moves the story on to that day
  (``events.laterday``): "Resistance in the town collapsed on Saturday. Soldiers were chasing the last
  fighters out of the town." takes Saturday, not the Friday of the last coded act; never a day of
  telling ("officials said on Saturday"), of a state ("were still in the town on Saturday"), of an -ing
  clause, nor for an act named by a definite noun (the act told before).
- An act told as going on at the report's time ("He said troops are already firing artillery at the
  town", "a spokesman said fierce battles were raging") takes the publication day rather than a week,
  month or year it would inherit (``events.ongoingnews.going_on_at_report``).
- A main report in the present progressive ("Pro-government forces are massing ... for an offensive")
  is told as news: the publication day against a far, old ranked mention (``events.newsday``), as a
  present perfect is.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import first_sent, nlp_index, parsed_article, processed, report_on
from eventwire.events.newsday import NEWS_DAY, news_report_day
from eventwire.events.ongoingnews import ONGOING_DAY, going_on_at_report, told_as_ongoing
from eventwire.records import DateMention, DateValue

PUB = dt.date(2024, 5, 19)  # a Sunday
FILLER = "Aid workers described crowded shelters and long queues for water in the district. " * 8


def _report_with(reports, word: str):
    hits = [r for r in reports if word in r.evidence.text]
    assert hits, [(r.sub_event_type, r.evidence.text, r.date) for r in reports]
    return hits[0]


STORY = ("Rebels attacked an army post in the town of Kalda on Friday, killing four soldiers. "
         "{middle} "
         "Soldiers were chasing the last rebels out of Kalda while engineers cleared mines in the town.")


def test_a_later_day_of_the_sentence_before_dates_an_undated_act(pipeline):
    text = STORY.format(middle="Resistance in the town collapsed on Saturday after weeks of fighting.")
    chase = _report_with(processed(pipeline, text, published=PUB).reports, "chasing")
    assert chase.date.value == "2024-05-18", chase.date


@pytest.mark.parametrize("middle", [
    "Officials said on Saturday that the town was calm.",  # the day something was told
    "On Saturday, the governor vowed that the town would be rebuilt.",  # a vow's day
    "Several hundred rebels were still in the town on Saturday.",  # a state, no act
    "Families fleeing on Saturday described empty streets.",  # an -ing clause's day
])
def test_a_day_of_telling_or_of_a_state_does_not_move_the_story(pipeline, middle):
    chase = _report_with(processed(pipeline, STORY.format(middle=middle), published=PUB).reports, "chasing")
    assert chase.date.value == "2024-05-17", chase.date


def test_an_act_named_by_a_definite_noun_keeps_the_day_of_the_act_told_before(pipeline):
    text = ("Rebels attacked an army post in the town of Kalda on Friday, killing four soldiers. "
            "Resistance in the town collapsed on Saturday after weeks of fighting. "
            "Tension rose across the province over the attack on the army post.")
    from eventwire.events.laterday import later_day

    article = processed(pipeline, text, published=PUB)
    attack = next(t for t in article.doc if t.lower_ == "attack")
    friday = DateValue(value="2024-05-17", precision=1)
    # the sentence before gives a later day, Saturday: taken for an act of no noun of its own ...
    assert later_day(article, attack.sent, None, friday, para_start=0) is not None
    # ... not for "the attack on the army post", the act told with Friday
    assert later_day(article, attack.sent, attack, friday, para_start=0) is None


@pytest.mark.parametrize(("text", "word"), [
    ("Pro-government forces are massing in the north-west for an offensive.", "massing"),
    ("Turkish jets are pounding the town from the air.", "pounding"),
])
def test_a_present_progressive_main_clause_is_told_as_ongoing(text, word):
    nlp, _ = nlp_index()
    sent = first_sent(nlp, text)
    assert told_as_ongoing(sent)
    assert going_on_at_report(next(t for t in sent if t.text == word))


@pytest.mark.parametrize("text", [
    "The remarks made by the recruit are horrifying.",  # a feeling caused: an adjective
    "The army is planning an offensive on the town.",  # a plan
    "Officials are saying that the town is calm.",  # saying
    "Pro-government forces were massing in the north-west for an offensive.",  # past, no verb of saying
    "Pro-government forces could be massing in the north-west for an offensive.",  # a modal
    "The fighting is raging.",  # no object, phrase or clause: a bare state
])
def test_no_act_going_on_now(text):
    nlp, _ = nlp_index()
    assert not told_as_ongoing(first_sent(nlp, text))


def test_a_past_progressive_under_a_past_verb_of_saying_is_the_present_of_the_telling():
    nlp, _ = nlp_index()
    sent = first_sent(nlp, "A spokesman said the attacks had been repelled but that fierce battles were raging in the town.")
    assert going_on_at_report(next(t for t in sent if t.text == "raging"))


def test_an_act_going_on_now_takes_the_publication_day_not_an_inherited_month(pipeline):
    text = ("Relations between the two neighbours have soured in recent weeks as border clashes grew. "
            "The president said an assault on the town of Kalda could start at any moment. "
            "He said government troops are already firing artillery at Kalda from the border.")
    fire = _report_with(processed(pipeline, text, published=PUB).reports, "firing")
    assert (fire.date.value, fire.date.precision, fire.date.reason) == ("2024-05-19", 1, ONGOING_DAY)


def test_a_quoted_present_progressive_is_no_act_going_on_now():
    nlp, _ = nlp_index()
    sent = first_sent(nlp, "\u201cThe regime is using banned weapons against the villages without paying any price,\u201d it said.")
    assert not going_on_at_report(next(t for t in sent if t.text == "using"))


def test_an_act_done_in_the_past_still_inherits(pipeline):
    text = ("Relations between the two neighbours have soured in recent weeks as border clashes grew. "
            "The president said an assault on the town of Kalda could start at any moment. "
            "He said government troops fired artillery at Kalda from the border.")
    fire = _report_with(processed(pipeline, text, published=PUB).reports, "fired")
    assert fire.date.reason != ONGOING_DAY


def test_a_main_report_in_the_present_progressive_takes_the_publication_day_against_a_far_old_mention():
    nlp, _ = nlp_index()
    report = "Pro-government forces are massing in the north-west for a large offensive on Kalda province."
    old = "Russian jets first joined the war in September 2015."
    body = f"{report}\n\n{FILLER}\n\n{old}"
    article = parsed_article(nlp, body, title="Why Kalda matters")
    article.published = PUB
    start = article.text.rindex("in September 2015")
    mention = DateMention(start=start, end=start + len("in September 2015"), text="in September 2015",
                          date=DateValue(value="2015-09-01", precision=3, text="in September 2015"))
    day = news_report_day(article, report_on(article, report, "Change to group/activity"), mention)
    assert day is not None and day.value == "2024-05-19" and day.reason == NEWS_DAY
