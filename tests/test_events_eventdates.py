"""The dates of real events (events/storyday.py): an act the text gives no date for takes the day of the
story's main event when that is current news with a day; near-misses (a background act, a past perfect,
a main event that is old news or only a month, a page with no publication date, an act dated by its own
sentence) keep what they had."""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import processed
from eventwire.events.storyday import STORY_DAY, date_undated_acts
from eventwire.records import DateValue, EventReport, Evidence

PUB = dt.date(2024, 3, 8)


def _report(text: str, date: DateValue, **flags: bool) -> EventReport:
    return EventReport(event_type="Battles", sub_event_type="Armed clash", disorder_type="Political violence",
                       evidence=Evidence(text=text, start=0, end=len(text)), date=date, **flags)


def _main(value: str = "2024-03-05", precision: int = 1, **flags: bool) -> EventReport:
    return _report("Gunmen abducted a trader on Tuesday night.", DateValue(value=value, precision=precision), **flags)


def _undated(text: str = "The gunmen shot a soldier standing by the roadside.", *, reason: str = "no date in the text",
             **flags: bool) -> EventReport:
    return _report(text, DateValue(value=None, reason=reason), **flags)


_NO_PAGE_DATE = "no date in the text and the page has no publication date"


def test_an_undated_act_takes_the_day_of_the_story():
    main, act = _main(), _undated()
    assert date_undated_acts([main, act], main, published=PUB) == 1
    assert (act.date.value, act.date.precision, act.date.reason) == ("2024-03-05", 1, STORY_DAY)
    assert any("story's main event" in n for n in act.notes)


@pytest.mark.parametrize(("main", "act", "published"), [
    (_main(), _undated(background=True), PUB),  # flagged background: an old act keeps no day
    (_main(), _undated(speculative=True), PUB),  # only planned
    (_main(), _undated(negated=True), PUB),
    (_main(), _undated("Her family had moved down the valley as the militants retreated."), PUB),  # past perfect
    (_main(background=True), _undated(), PUB),  # the main event is old news
    (_main("2024-03-01", 3), _undated(), PUB),  # the main event is dated only to its month
    (_main("2024-03-05", 2), _undated(reason=_NO_PAGE_DATE), None),  # no publication date: a week is too vague
    (_main(), _undated("A few days later, gunmen fired at his home."), PUB),  # told against another act's time
    (_main("2024-03-12"), _undated(), PUB),  # a main event after the publication day
])
def test_near_misses_stay_undated(main, act, published):
    assert date_undated_acts([main, act], main, published=published) == 0
    assert act.date.value is None


def test_a_page_with_no_publication_date_takes_the_day_its_text_gives_the_main_event():
    main, act = _main(), _undated(reason=_NO_PAGE_DATE)
    assert date_undated_acts([main, act], main, published=None) == 1
    assert act.date.value == "2024-03-05"


def test_an_act_with_its_own_or_an_inherited_date_keeps_it():
    main = _main()
    own = _report("Troops shelled the village on Monday.", DateValue(value="2024-03-04", precision=1))
    year = _report("Rebels seized the town.", DateValue(value=None, year=2019, reason="vaguer than a month"))
    assert date_undated_acts([main, own, year], main, published=PUB) == 0
    assert own.date.value == "2024-03-04" and year.date.year == 2019 and year.date.value is None


def test_the_extractor_dates_an_undated_act_of_the_story(pipeline):
    # (the extractor's hook: events/extractor.py calls date_undated_acts once the main event is dated)
    # the lead has no day; the main event takes the day told after the undated act
    text = ("Gunmen abducted a trader on his way home from the airport in Kaduna, police said.\n\n"
            "Witnesses said the gunmen shot a soldier standing by the roadside.\n\n"
            "The police spokesman said the trader was kidnapped on Tuesday night.")
    reports = processed(pipeline, text, published=PUB).reports
    shot = [r for r in reports if r.evidence.text.startswith("Witnesses") and not r.background]
    assert shot and all(r.date.value == "2024-03-05" and r.date.reason == STORY_DAY for r in shot)


def test_the_story_day_is_no_date_of_its_own_for_the_confidence_model():
    # (events/confidence.py: a report given the story's day keeps the features of an undated one)
    from eventwire.events.confidence import features

    main, act, twin = _main(), _undated(), _undated()
    date_undated_acts([main, act], main, published=PUB)
    assert act.date.value is not None and features(act) == features(twin)
