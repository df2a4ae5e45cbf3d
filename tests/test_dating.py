"""The main-event date ranking's features (events.dating.date_candidates): the headline about a
court step that favours an old act, the dates' order in time, the headline's violation next to a
date, bounds and embedded posts; and the time stage's lower-case "may" / "march" (timex)."""

from __future__ import annotations

import datetime as dt

from eventwire.records import Article
from eventwire.timex import tag_dates

PUB = dt.date(2021, 5, 5)
BODY = ["Two men will spend 15 years in prison, a court in Kyiv decided on 3 May 2021.",
        "The reporter Ivan Petrov was abducted in 2019 and held for two weeks in a basement.",
        "His colleagues welcomed the decision."]


def _cands(title, paragraphs, published=PUB):
    from eventwire.events.dating import date_candidates
    from eventwire.events.extractor import choose_main_event
    from test_events_main import full_article

    _, a = full_article(title, paragraphs, published=published)
    return a, date_candidates(a, choose_main_event(a))


def _by_text(cands):
    return {c.mention.text: c for c in cands}


def test_a_headline_about_a_court_step_favours_the_old_act():
    _, court = _cands("Court jails abductors of reporter Ivan Petrov", BODY)
    _, plain = _cands("Abductors of reporter Ivan Petrov face long prison terms", BODY)
    c, p = _by_text(court), _by_text(plain)
    assert c["in 2019"].features.get("court_title_old") == 1
    assert c["on 3 May 2021"].features.get("court_title_recent") == 1
    assert not p["in 2019"].features.get("court_title_old")
    # the old act gains on the court date only under the court headline
    margin_court = c["in 2019"].score - c["on 3 May 2021"].score
    margin_plain = p["in 2019"].score - p["on 3 May 2021"].score
    assert margin_court > margin_plain
    pub = [x for x in court if x.features.get("publication")][0]
    assert pub.features.get("court_title_recent") == 1  # the publication day is no old act


def test_the_order_of_the_dates_in_time():
    _, cands = _cands("Abductors of reporter Ivan Petrov face long prison terms", BODY)
    c = _by_text(cands)
    assert c["in 2019"].features["chron"] == 0.0
    assert c["on 3 May 2021"].features["chron"] == 1.0
    pub = [x for x in cands if x.features.get("publication")][0]
    assert pub.features["chron"] == 1.0


def test_the_headlines_violation_next_to_a_date():
    paragraphs = ["Ivan Petrov was abducted on 2 March 2021 near his office.",
                  "His colleague was beaten on 9 March 2021 in another town."]
    _, cands = _cands("Reporter abducted in Kyiv", paragraphs)
    c = _by_text(cands)
    assert c["on 2 March 2021"].features.get("title_act_match") == 1
    assert not c["on 9 March 2021"].features.get("title_act_match")


def test_a_cutoff_and_the_date_line_of_an_embedded_post():
    paragraphs = ["As of 1 May 2021, 40 journalists had been arrested, the union said.",
                  "Police beat protesters in the square. pic.twitter.com/abc123 \u2014 Anna K (@annak) April 30, 2021",
                  "The union condemned the arrests."]
    _, cands = _cands("Journalists arrested in Minsk", paragraphs)
    c = _by_text(cands)
    assert c["As of 1 May 2021"].features.get("bound_cutoff") == 1
    assert not c["As of 1 May 2021"].features.get("bound")
    assert c["April 30, 2021"].features.get("embed") == 1


def _mentions(text):
    a = Article(id="t", text=text, source="t", published=PUB)
    tag_dates(a)
    return [m.text for m in a.date_mentions]


def test_lower_case_may_and_march_are_verbs_in_a_cased_text():
    assert _mentions("This may be the end. He was held in May.") == ["in May"]
    assert _mentions("They will march in march and in March.") == ["in March"]
    # with a day or a year the word is the month
    assert _mentions("It began on 11 march 2021.") == ["on 11 march 2021"]
    # an all lower-case text (a lower-cased corpus) keeps them as months
    assert _mentions("they were held in may.") == ["in may"]


def test_a_headline_that_tells_the_time_since_the_act():
    paragraphs = ["Workers were beaten and arrested in August 2020 after the election.",
                  "On 9 August 2021 they marched again in Minsk."]
    _, cands = _cands("One year after the protests, workers in Minsk still strike", paragraphs,
                      published=dt.date(2021, 8, 18))
    c = _by_text(cands)
    assert c["in August 2020"].features.get("title_duration") == 1
    assert not c["On 9 August 2021"].features.get("title_duration")
    # a prison term is no time since the act
    _, cands = _cands("Blogger gets 7.5 years in prison", paragraphs, published=dt.date(2021, 8, 18))
    assert not any(x.features.get("title_duration") for x in cands)


def test_the_headline_lead_and_paragraph_offsets():
    from eventwire.events.article_text import lead_end_of, paragraph_start, title_end_of
    from eventwire.records import Section

    text = "Reporter held\n\nFirst paragraph.\nSecond paragraph.\nThird paragraph."
    a = Article(id="t", text=text, source="t", title="Reporter held")
    assert title_end_of(a) == len("Reporter held")  # no sections: the text opens with the title
    a.sections = [Section("title", 0, 8)]
    assert title_end_of(a) == 8  # the title section wins
    assert title_end_of(Article(id="u", text="Body only.", source="u", title="Other")) == 0
    end = lead_end_of(a, len("Reporter held"))
    assert text[:end].rstrip().endswith("Second paragraph.")  # two paragraphs after the headline
    long = Article(id="v", text="T\n\n" + "x" * 2000, source="v")
    assert lead_end_of(long, 1) == 3 + 600  # at most ~600 characters
    third = text.index("Third")
    assert paragraph_start(text, third + 3) == third and paragraph_start(text, 3) == 0
