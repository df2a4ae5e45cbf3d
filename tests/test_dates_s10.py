"""The main event's date when an article tells two dated acts: the headline's incident, not the
other act (tenth session, ``events/dating.py``). Short articles of our own writing, parsed and run
through the time and events stages (``tests/test_events_main.py``'s helper), not the full pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.events import dating
from eventwire.events.dating import date_candidates, headline_act_stems, main_event_date
from eventwire.events.extractor import choose_main_event
from test_events_main import KIEV, LONDON, full_article, nlp


def _main_date(title: str, paragraphs: list[str], *, places: dict, published: dt.date):
    _, a = full_article(title, paragraphs, places=places, published=published)
    main = choose_main_event(a)
    return a, main, main_event_date(a, main)


def test_headline_main_act_is_dated_not_the_older_act_its_subordinate_clause_recalls():
    a, main, d = _main_date(
        "Lawyer abducted in Kyiv a year after her brother was killed",
        ["Kyiv - Unknown men abducted the human rights lawyer Olena Petrenko outside her office on March 3, "
         "her colleagues said.",
         "Her brother, a journalist, was shot dead in Kyiv in May 2019.",
         "Nobody has been charged over his killing."],
        places={"Kyiv": KIEV}, published=dt.date(2020, 3, 5))
    assert d.value == "2020-03-03" and d.precision == 1
    cands = {c.mention.date.value: c for c in date_candidates(a, main)}
    assert cands["2020-03-03"].features.get("title_root_act") == 1
    assert not cands["2019-05-01"].features.get("title_root_act")


def test_without_the_headline_act_feature_the_older_act_would_win(monkeypatch: pytest.MonkeyPatch):
    """The same article scored without "title_root_act": the older killing wins, so the feature is
    what dates the headline's abduction."""
    monkeypatch.setitem(dating.DATE_WEIGHTS, "title_root_act", 0.0)
    _, _, d = _main_date(
        "Lawyer abducted in Kyiv a year after her brother was killed",
        ["Kyiv - Unknown men abducted the human rights lawyer Olena Petrenko outside her office on March 3, "
         "her colleagues said.",
         "Her brother, a journalist, was shot dead in Kyiv in May 2019.",
         "Nobody has been charged over his killing."],
        places={"Kyiv": KIEV}, published=dt.date(2020, 3, 5))
    assert d.value == "2019-05-01"


@pytest.mark.parametrize(("title", "paragraphs", "places", "published", "expected"), [
    # a re-arrest: the new arrest, not the first one
    ("Blogger arrested again in London",
     ["London - Police arrested the blogger Sam Reed again on 2 March over a post about the mayor.",
      "Reed was first arrested in June 2018 over a similar post and spent a week in custody.",
      "His lawyer said the arrest was unlawful."],
     {"London": LONDON}, dt.date(2020, 3, 5), "2020-03-02"),
    # a court headline: the killing it judges, not the verdict
    ("Court jails man for 2016 murder of activist",
     ["Kyiv - A court on March 2 jailed a man for life for the murder of the activist Ivan Koval.",
      "Koval was stabbed to death outside his home in Kyiv on 14 August 2016.",
      "His family welcomed the verdict."],
     {"Kyiv": KIEV}, dt.date(2020, 3, 5), "2016-08-14"),
    # a detention over an old report: the detention
    ("Police detain editor over 2018 report",
     ["London - Police detained the editor Jane Hale on 1 March over a report the paper published in 2018.",
      "Hale was questioned for six hours.",
      "The report, published in October 2018, named three officials."],
     {"London": LONDON}, dt.date(2020, 3, 5), "2020-03-01"),
    # an anniversary headline: the disappearance, not a later arrest
    ("Family marks five years since activist vanished",
     ["Kyiv - The family of Petro Shevchuk gathered on Sunday to mark five years since he disappeared.",
      "Shevchuk was abducted by armed men in Kyiv on 12 April 2015.",
      "Police arrested a suspect in January 2019 but released him."],
     {"Kyiv": KIEV}, dt.date(2020, 4, 14), "2015-04-12"),
])
def test_headline_incident_is_dated(title: str, paragraphs: list[str], places: dict, published: dt.date,
                                    expected: str):
    _, _, d = _main_date(title, paragraphs, places=places, published=published)
    assert d.value == expected


@pytest.mark.parametrize(("title", "stems"), [
    ("Gunmen abduct activist outside court in Kyiv", {"abduc"}),
    ("Lawyer abducted in Kyiv a year after her brother was killed", {"abduc"}),
    ("Journalist beaten and detained by police in London", {"beate", "beat", "detai"}),
    ("Police shoot protester in London, months after activist was detained", {"shoot"}),
    ("Court frees activist held over 2019 killing", set()),
    ("Rally in London for jailed blogger", set()),
])
def test_headline_act_stems_are_the_main_clause_violation(title: str, stems: set[str]):
    doc = nlp()(f"{title}\n\nBody text follows here.")
    assert headline_act_stems(doc, len(title)) == stems
