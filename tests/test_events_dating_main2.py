"""The main-event date of an ongoing detention (events.dating): its start, given as a bound next to
a detention word ("has been detained since 2019") or as its length counted back from the
publication day ("has been in detention for more than two years", "after spending five months in
detention"); sentences ("was jailed for two years") are no such length. Invented texts, no parse."""

from __future__ import annotations

import datetime as dt

from eventwire.events import dating
from eventwire.records import Article, Section
from eventwire.timex import tag_dates

PUB = dt.date(2021, 5, 5)


def _article(title: str, paragraphs: list[str], published: dt.date | None = PUB) -> Article:
    text = title + "\n\n" + "\n\n".join(paragraphs)
    a = Article(id="t", text=text, title=title, published=published,
                sections=[Section(kind="title", start=0, end=len(title))])
    tag_dates(a)
    return a


# -- the length of a detention, counted back from the publication day -----------------------------
def test_a_detention_length_in_months_gives_the_month_it_started():
    spans = dating.detention_spans("The blogger, who has been detained for nearly three months, is ill.", PUB)
    assert len(spans) == 1
    assert spans[0].date.value == "2021-02-01" and spans[0].date.precision == 3
    assert spans[0].date.reason == dating.DETENTION_SPAN
    assert spans[0].text.startswith("three months")


def test_a_detention_length_in_years_gives_the_year_alone():
    spans = dating.detention_spans("Ms Leyla has been in detention for more than two years on vague charges.", PUB)
    assert [(s.date.year, s.date.value) for s in spans] == [(2019, None)]


def test_time_spent_in_prison_before_a_release_counts_back_too():
    text = "The editor was freed on bail yesterday after spending five months in detention."
    spans = dating.detention_spans(text, dt.date(2020, 2, 19))
    assert [s.date.value for s in spans] == ["2019-09-01"]
    weeks = dating.detention_spans("She was let go after spending two weeks in custody.", PUB)
    assert [(w.date.value, w.date.precision) for w in weeks] == [("2021-04-21", 2)]


def test_a_prison_sentence_or_a_maximum_penalty_is_no_detention_length():
    for text in ("The court jailed him for two years for insulting the president.",
                 "He has been jailed for twenty years for beating his workers.",
                 "She was sentenced to five years in prison in June.",
                 "The charge carries up to ten years in prison.",
                 "Two men will spend 15 years in prison, the court decided."):
        assert dating.detention_spans(text, PUB) == [], text


def test_the_detention_length_is_a_candidate_that_dates_an_old_arrest():
    a = _article("Rights groups urge release of jailed teacher",
                 ["The teacher, who has been in detention for more than two years, began a hunger strike.",
                  "Rights groups said on Monday that her health was failing."])
    cands = dating.date_candidates(a, None)
    span = [c for c in cands if c.mention.date.reason == dating.DETENTION_SPAN]
    assert len(span) == 1
    assert span[0].features.get("detention_start") == 1
    assert "relative" not in span[0].features  # a length counted back is no "on Monday"
    assert dating.main_event_date(a, None).year == 2019


def test_no_publication_day_no_detention_length():
    a = _article("Teacher detained", ["The teacher has been detained for three months."], published=None)
    assert all(c.mention.date.reason != dating.DETENTION_SPAN for c in dating.date_candidates(a, None))


# -- a bound next to a detention word --------------------------------------------------------------
def test_since_next_to_a_detention_word_marks_the_start_of_the_detention():
    a = _article("Activist's family fears for her health",
                 ["The activist has been held in prison since March 2019 without trial.",
                  "Fighting in the region has gone on since 2015, officials said."])
    cands = {c.mention.text: c for c in dating.date_candidates(a, None)}
    since_det = next(c for t, c in cands.items() if "March 2019" in t)
    since_war = next(c for t, c in cands.items() if "2015" in t)
    assert since_det.features.get("detention_start") == 1
    assert not since_war.features.get("detention_start")
    assert since_det.score > since_war.score


# -- the time elapsed since the act, up to the report -----------------------------------------------
def test_the_time_elapsed_since_the_act_counts_back_from_the_publication_day():
    pub = dt.date(2021, 8, 6)
    cases = {"It is six months since the army seized power and began arresting journalists.": ("2021-02-01", None),
             "Friday marks two years since the editor was abducted.": (None, 2019),
             "In the three years since the law took effect, dozens of reporters were jailed.": (None, 2018),
             "Vigils will mark the second anniversary of the lawyer's arrest.": (None, 2019),
             "Relatives will gather for the 10th anniversary of the massacre.": (None, 2011),
             "Friends held a vigil on the one-year anniversary of his killing.": (None, 2020)}
    for text, (value, year) in cases.items():
        spans = dating.elapsed_spans(text, pub)
        assert [(s.date.value, s.date.year) for s in spans] == [(value, year)], text
        assert spans[0].date.reason == dating.ELAPSED


def test_a_time_counted_from_another_date_is_no_elapsed_time():
    pub = dt.date(2021, 8, 6)
    for text in ("Two years after the trial, seven jurors recanted.",
                 "He was freed three years after his arrest.",
                 "It took five months to find the body."):
        assert dating.elapsed_spans(text, pub) == [], text


def test_the_elapsed_time_outweighs_an_old_disaster_in_the_lead():
    a = _article("A nation in crisis",
                 ["It is six months since the military seized power and began arresting journalists.",
                  "When a cyclone hit the coast on May 2, 2008, killing thousands, the army blocked aid."],
                 published=dt.date(2021, 8, 6))
    cands = dating.date_candidates(a, None)
    elapsed = [c for c in cands if c.mention.date.reason == dating.ELAPSED]
    assert len(elapsed) == 1 and elapsed[0].features.get("elapsed") == 1
    assert "relative" not in elapsed[0].features
    out = dating.main_event_date(a, None)
    assert out.value == "2021-02-01" and out.precision == 3


def test_an_anniversary_told_in_the_past_is_not_counted_from_the_report():
    from events_helpers import nlp_index, parsed_article

    nlp, _ = nlp_index()
    past = parsed_article(nlp, "The president spoke during the fifth anniversary of the kidnapping.", title="Girls still missing")
    now = parsed_article(nlp, "Vigils will mark the fifth anniversary of the kidnapping.", title="Girls still missing")
    for a in (past, now):
        a.published = dt.date(2021, 8, 6)
        tag_dates(a)
    assert not [c for c in dating.date_candidates(past, None) if c.mention.date.reason == dating.ELAPSED]
    assert [c.mention.date.year for c in dating.date_candidates(now, None)
            if c.mention.date.reason == dating.ELAPSED] == [2016]


def test_the_date_of_the_act_an_ongoing_detention_started_with():
    a = _article("Jailed reporters fall ill",
                 ["Since their detention in 2015, the ten reporters have been denied visits.",
                  "The four were charged in December 2018 with spying, and a court sentenced them in April 2020.",
                  "Since the new law in 2016, the press has faced more pressure."])
    cands = {c.mention.text: c for c in dating.date_candidates(a, None)}
    start = next(c for t, c in cands.items() if "2015" in t)
    law = next(c for t, c in cands.items() if "2016" in t)
    assert start.features.get("detention_start") == 1
    assert not law.features.get("detention_start")
