"""Twenty-sixth session, review mends: near-misses of the session's new rules that must stay events.

- A mass arrest with a charge that is no ordinary crime is political, not a police case
  (``events.chargedarrests``): "twelve students were detained for allegedly hanging banners".
- A length on an act with a day of its own is the act's first day, not a campaign, and an act probed or
  talked about with a day of its own is an act (``events.actrefs``).
- After a one-sentence aside about an older act, the story's doers ("the attackers", "they") go on with
  today's act (``events.narrative``).
- An arrest of police officers gets no default police as the arresting side (``events.arresters``).

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import actor_name, news_acts, reports_of, show_reports, type_of

MON = dt.date(2024, 5, 15)


@pytest.mark.parametrize("text", [
    "Twelve students were detained in Istanbul on Monday for allegedly hanging banners on campus.",
    "Three women were detained in Tehran on Monday for allegedly not wearing headscarves.",
    "Police in Minsk detained 40 people on Saturday for allegedly displaying the white-red-white flag.",
    "Two farmers were arrested in Harare on Monday for allegedly refusing to leave their land.",
])
def test_a_mass_arrest_on_a_charge_that_is_no_ordinary_crime_is_an_arrest(text):
    assert type_of(text) == "Arrests"


@pytest.mark.parametrize("text", [
    "Five men were arrested in Accra on Monday for allegedly selling counterfeit drugs.",
    "A woman was arrested on Monday for allegedly stealing from her employer.",
])
def test_an_arrest_on_an_ordinary_charge_stays_crime(text):
    assert type_of(text) is None


def test_a_length_with_a_day_of_its_own_is_the_acts_first_day():
    assert type_of("The army launched a week-long offensive against the rebels in Idlib on Monday.") == "Armed clash"


def test_an_act_probed_with_a_day_of_its_own_is_an_act():
    assert type_of("The police are probing the bombing of the market in Kano on Monday that wounded a trader.") \
        == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(("text", "toll"), [
    ("Fighters attacked an army base in Bama on Sunday. The base was overrun by the group in 2015. "
     "The attackers killed five soldiers, officials said.", 5),
    ("Gunmen stormed a village in Zamfara on Sunday. The village was also attacked in 2021. "
     "They killed the village head and abducted 12 people.", 1),
])
def test_the_storys_doers_go_on_after_an_aside_about_an_older_act(pipeline, text, toll):
    acts = news_acts(reports_of(pipeline, text, published=MON))
    assert any(r.fatalities.count == toll for r in acts), show_reports(reports_of(pipeline, text, published=MON))


def test_an_arrest_of_police_officers_gets_no_default_police(pipeline):
    acts = [r for r in reports_of(pipeline, "Two police officers were arrested in Cairo on Monday.", published=MON)
            if r.sub_event_type == "Arrests"]
    assert acts and all(actor_name(r.actor1) != actor_name(r.actor2) for r in acts), show_reports(acts)


def test_who_probes_a_bombing_is_no_party_to_it(pipeline):
    acts = [r for r in reports_of(pipeline, "The police are probing the bombing of the market in Kano on Monday that "
                                  "wounded a trader.", published=MON) if r.sub_event_type == "Remote explosive/landmine/IED"]
    assert acts and all(actor_name(r.actor1) != "Police Forces of Nigeria" for r in acts), show_reports(acts)


def test_police_who_raided_and_arrested_are_still_the_arresting_side(pipeline):
    acts = [r for r in reports_of(pipeline, "Police raided a house in Kano on Monday and arrested three suspects.",
                                  published=MON) if r.sub_event_type == "Arrests"]
    assert acts and all(actor_name(r.actor1) == "Police Forces of Nigeria" for r in acts), show_reports(acts)
