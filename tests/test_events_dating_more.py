"""The main-event date ranking without a parse (events.dating): which dated mentions are candidates
(plans after publication, photo dates, quote signatures left out; the publication day added last),
how the best one is picked and sharpened (a year alone by a day of the same year), the fallbacks
without any mention, the headline's time since the act, and the scorer's reading of a full date
against a gold that gives only the year or the month."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.events import dating
from eventwire.records import Article, DateMention, DateValue, Section
from eventwire.timex import tag_dates

PUB = dt.date(2021, 5, 5)  # a Wednesday


def _article(title: str, paragraphs: list[str], published: dt.date | None = PUB) -> Article:
    text = title + "\n\n" + "\n\n".join(paragraphs)
    a = Article(id="t", text=text, title=title, published=published,
                sections=[Section(kind="title", start=0, end=len(title))])
    tag_dates(a)
    return a


def _by_text(cands: list[dating.DateCandidate]) -> dict[str, dating.DateCandidate]:
    return {c.mention.text: c for c in cands}


def _cand(value: str | None, score: float, *, start: int = 0, precision: int | None = 1, year: int | None = None,
          violation: bool = False) -> dating.DateCandidate:
    d = DateValue(value=value, precision=precision if value else None, year=year, text=value or str(year))
    return dating.DateCandidate(DateMention(start=start, end=start + 4, text=d.text or "", date=d), score, violation)


# -- candidates ---------------------------------------------------------------------------------
def test_plans_after_publication_and_later_years_are_no_candidates():
    a = _article("Reporter detained in Minsk",
                 ["The reporter was detained on 3 May 2021 at her home.",
                  "Her trial opens on 20 June 2021, and a ruling is expected in 2022."])
    texts = {c.mention.text for c in dating.date_candidates(a, None)}
    assert "on 3 May 2021" in texts
    assert not any("June" in t or "2022" in t for t in texts)


def test_a_photo_date_and_a_quote_signature_are_no_candidates():
    a = _article("Activist beaten in Kampala",
                 ["In this March 23, 2021 photo, the activist speaks to supporters.",
                  "The activist was beaten on 1 May 2021 by unknown men.",
                  "\u2014 Sarah, 31-year-old teacher, April 20, 2021"])
    texts = {c.mention.text for c in dating.date_candidates(a, None)}
    assert any("1 May 2021" in t for t in texts)
    assert not any("March 23" in t for t in texts)
    assert not any("April 20" in t for t in texts)


def test_the_publication_day_is_the_last_candidate_with_its_own_features():
    a = _article("Journalist arrested", ["The journalist was arrested on 2 May 2021 in the capital."])
    cands = dating.date_candidates(a, None)
    pub = cands[-1]
    assert pub.mention.date.value == PUB.isoformat() and pub.mention.date.reason == dating.PUBLICATION_DAY
    assert pub.features["publication"] == 1 and pub.features["chron"] == 1
    assert not any(c.features.get("publication") for c in cands[:-1])
    # without a publication date there is no such candidate
    undated = _article("Journalist arrested", ["The journalist was arrested on 2 May 2021."], published=None)
    assert not any(c.features.get("publication") for c in dating.date_candidates(undated, None))


def test_the_features_of_a_mention_follow_its_words():
    a = _article("Lawyer abducted", ["The lawyer was abducted on Monday, police said.",
                                     "Since 2015 the group has campaigned for land rights, as of 1 May 2021."])
    c = _by_text(dating.date_candidates(a, None))
    weekday = c["on Monday"]
    assert weekday.features.get("relative") == 1 and weekday.features.get("day") == 1
    assert weekday.mention.date.value == "2021-05-03"  # the Monday before a Wednesday publication
    since = next(v for k, v in c.items() if k.lower().startswith("since"))
    assert since.features.get("bound") == 1 and since.features.get("year") == 1
    assert since.features.get("years_before") == pytest.approx(6 / 20)
    cutoff = next(v for k, v in c.items() if k.startswith("as of"))
    assert cutoff.features.get("bound_cutoff") == 1 and cutoff.features.get("same_year") == 1


def test_rescore_is_the_weighted_sum_of_the_features():
    a = _article("Activist shot dead", ["The activist was shot dead on 1 May 2021 near his home."])
    cands = dating.date_candidates(a, None)
    dating.rescore(cands, {"day": 2.0, "act_near": 0.5})
    for c in cands:
        assert c.score == pytest.approx(2.0 * c.features.get("day", 0) + 0.5 * c.features.get("act_near", 0))
    dating.rescore(cands, {})
    assert all(c.score == 0 for c in cands)


# -- picking ------------------------------------------------------------------------------------
def test_the_best_score_wins_and_the_first_in_the_text_among_equals():
    late = _cand("2021-04-01", 1.0, start=50)
    early = _cand("2021-03-01", 1.0, start=10)
    worse = _cand("2021-02-01", 0.5, start=0)
    assert dating.pick_date([late, early, worse]).value == "2021-03-01"
    late.score = 1.1
    assert dating.pick_date([late, early, worse]).value == "2021-04-01"


def test_a_year_alone_is_sharpened_by_a_day_of_that_year_a_violation_first():
    year = _cand(None, 2.0, year=2016)
    other_year = _cand("2017-02-03", 1.5)
    plain = _cand("2016-03-04", 1.0, start=5)
    act = _cand("2016-07-08", 0.2, start=9, violation=True)
    assert dating.pick_date([year, other_year, plain]).value == "2016-03-04"
    assert dating.pick_date([year, other_year, plain, act]).value == "2016-07-08"
    # nothing sharper of the same year: the year stays
    chosen = dating.pick_date([year, other_year])
    assert chosen.value is None and chosen.year == 2016


def test_a_month_is_sharpened_only_by_a_day_of_the_same_month():
    month = _cand("2020-10-01", 2.0, precision=3)
    same_year = _cand("2020-11-12", 1.0)
    assert dating.pick_date([month, same_year]).value == "2020-10-01"
    same_month = _cand("2020-10-17", 0.1)
    assert dating.pick_date([month, same_year, same_month]).value == "2020-10-17"


# -- fallbacks ----------------------------------------------------------------------------------
def test_without_a_mention_the_publication_month_else_no_date():
    a = _article("Union leader detained", ["The union leader was detained by police, his family said."])
    d = dating.main_event_date(a, None)
    assert (d.value, d.precision, d.reason) == ("2021-05-01", 3, dating.PUBLICATION_FALLBACK)
    b = _article("Union leader detained", ["The union leader was detained by police."], published=None)
    d = dating.main_event_date(b, None)
    assert d.value is None and d.year is None and "no publication date" in (d.reason or "")


def test_a_dated_mention_beats_the_publication_day_and_says_where_it_comes_from():
    a = _article("Blogger abducted", ["The blogger was abducted on 28 April 2021 by armed men."])
    d = dating.main_event_date(a, None)
    assert d.value == "2021-04-28" and d.precision == 1
    assert d.reason and d.reason.startswith("the main event's date")


# -- the headline's time since the act -----------------------------------------------------------
@pytest.mark.parametrize(("title", "target"), [
    ("One year after the protests, workers still strike", (2020, None)),
    ("5 Months On, the editor is still in jail", (2020, 12)),
    ("Two years later, no one has been charged", (2019, None)),
    ("Reporter jailed for two years", None),
])
def test_the_time_since_the_act_in_a_headline(title, target):
    assert dating._title_duration(title, PUB) == target


def test_a_date_matches_a_time_since_at_its_own_precision():
    assert dating._matches_time(DateValue(year=2020), (2020, None))
    assert dating._matches_time(DateValue(value="2020-12-09", precision=1), (2020, 12))
    assert not dating._matches_time(DateValue(value="2020-11-09", precision=1), (2020, 12))
    assert not dating._matches_time(DateValue(year=2020), (2020, 12))


# -- the scorer's reading of the predicted date ---------------------------------------------------
def test_a_full_date_is_scored_only_on_the_parts_the_gold_gives():
    """A sharper prediction never loses against a vaguer gold (so the predictor sharpens a year
    alone), and a vaguer one always loses against a sharper gold."""
    from types import SimpleNamespace

    from eventwire.evaluate.fields import score_fields

    def gold(y, m=None, d=None):
        return SimpleNamespace(id="g", country=None, region=None, city=None, year=y, month=m, day=d)

    day = {"g": {"year": 2016, "month": 7, "day": 8}}
    year_only = {"g": {"year": 2016, "month": None, "day": None}}
    assert score_fields([gold(2016)], day)["date_acc"] == 1
    assert score_fields([gold(2016, 7)], day)["date_acc"] == 1
    assert score_fields([gold(2016, 8)], day)["date_acc"] == 0
    assert score_fields([gold(2016)], year_only)["date_acc"] == 1
    assert score_fields([gold(2016, 7)], year_only)["date_acc"] == 0
