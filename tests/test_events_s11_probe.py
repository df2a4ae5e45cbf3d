"""Eleventh session, errors found by probing the events stage with wire reports of our own writing.

- A dateline's date ("CULIACAN, Mexico, Aug 14 -") is the day the story was filed: the act is dated by
  the day its own sentence gives ("on Tuesday"), and the dateline's date is no clause's own day (a
  sentence is not split in two because of it); with no other date the dateline's day stays.
- Guided, glide and aerial bombs are dropped from aircraft: an air strike; "a Russian missile", "a Russian
  glide bomb" name the state's military, as "Russian drones" do.
- An act only prepared, planned or vowed ("was preparing a counter-offensive") is speculative and a war
  fought as a state of things ("has been battling an insurgency since 2015") background: no news event;
  an offensive launched is one.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import decisions_of, reports_of

AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
RUSSIA = "Military Forces of Russia"


def _acts(reports):
    return [r for r in reports if not r.background]


@pytest.mark.parametrize(("text", "published", "day"), [
    ("CULIACAN, Mexico, Aug 14 - Soldiers clashed with suspected cartel gunmen on the outskirts of Culiacan "
     "on Tuesday, leaving 19 attackers dead, the Defence Ministry said.", dt.date(2024, 8, 14), "2024-08-13"),
    ("SUKKUR, Pakistan, May 22 - Police arrested 14 members of a banned militant group in raids in Sukkur "
     "on Monday, officials said.", dt.date(2024, 5, 22), "2024-05-20"),
    ("GAO, Mali, June 12 - Jihadist fighters ambushed an army convoy near Ansongo late Saturday, killing "
     "seven soldiers, security sources said.", dt.date(2024, 6, 12), "2024-06-08"),
])
def test_dateline_date_is_not_the_act_day(pipeline, text, published, day):
    acts = _acts(reports_of(pipeline, text, published=published))
    assert acts, "no event"
    assert acts[0].date.value == day, [(r.sub_event_type, r.date) for r in acts]


def test_dateline_date_kept_when_the_sentence_has_no_other(pipeline):
    text = ("SUKKUR, Pakistan, May 22 - Police arrested 14 members of a banned militant group in raids in "
            "Sukkur, officials said.")
    acts = _acts(reports_of(pipeline, text, published=dt.date(2024, 5, 22)))
    assert acts and acts[0].date.value == "2024-05-22"


def test_dateline_date_does_not_split_a_sentence(pipeline):
    text = ("KYIV, Oct 16 - Russian shelling killed two civilians and injured five in the southern city of "
            "Kherson on Tuesday, the regional governor said.")
    acts = _acts(reports_of(pipeline, text, published=dt.date(2024, 10, 16)))
    assert len(acts) == 1, [(r.sub_event_type, r.evidence.text) for r in acts]
    assert acts[0].date.value == "2024-10-15"
    assert acts[0].fatalities.count == 2


@pytest.mark.parametrize("text", [
    "Three people were injured when a Russian guided aerial bomb hit a residential building in Zaporizhzhia "
    "on Monday, officials said.",
    "A Russian glide bomb struck a school in Kharkiv on Tuesday, killing two teachers.",
    "Two guided bombs dropped by Russian aircraft hit a market in Kupiansk on Sunday.",
])
def test_dropped_bombs_are_air_strikes(pipeline, text):
    acts = _acts(reports_of(pipeline, text))
    assert [r.sub_event_type for r in acts][:1] == [AIR], [(r.sub_event_type, r.evidence.text) for r in acts]
    assert acts[0].actor1 is not None and acts[0].actor1.name == RUSSIA


def test_a_russian_missile_names_the_military(pipeline):
    acts = _acts(reports_of(pipeline, "A Russian missile struck a school in Kharkiv on Tuesday, killing two teachers."))
    assert acts and acts[0].sub_event_type == SHELL
    assert acts[0].actor1 is not None and acts[0].actor1.name == RUSSIA


@pytest.mark.parametrize("text", [
    "The army said it was preparing a counter-offensive.",
    "The rebels are planning a major offensive on the city, a commander said.",
    "The army vowed to launch an offensive against the rebels.",
    "Burkina Faso has been battling an insurgency by groups linked to al Qaeda and Islamic State since 2015.",
    "Nigeria has been fighting a jihadist insurgency in the northeast since 2009.",
])
def test_plans_and_standing_wars_are_no_event(pipeline, text):
    assert not _acts(reports_of(pipeline, text)), [(r.sub_event_type, r.evidence.text) for r in _acts(reports_of(pipeline, text))]


@pytest.mark.parametrize("text", [
    "The army launched an offensive against the rebels on Monday.",
    "Troops battled militants for hours near Gao on Sunday.",
    "The army has been fighting the insurgents near Gao since Sunday, killing 20 of them.",
])
def test_acts_done_stay_events(pipeline, text):
    assert _acts(reports_of(pipeline, text))


# -- people attacked where they had gathered; the two sides of a battle told in either order ----------------

@pytest.mark.parametrize(("text", "sub"), [
    # people attacked where they had gathered are no demonstration
    ("The gunmen arrived on motorbikes in Kouri and opened fire on residents gathered at a market.", "Attack"),
    ("Gunmen opened fire on villagers gathered at a funeral in Bokkos, killing nine.", "Attack"),
    # an interception told alone stays disrupted weapons use
    ("Ukraine's air defences shot down 35 of the 40 drones Russia launched overnight, the air force said.",
     "Disrupted weapons use"),
    ("Air defences intercepted 20 missiles fired at Kyiv overnight.", "Disrupted weapons use"),
])
def test_first_decision_of_the_sentence(text, sub):
    subs = [d.sub_event_type for d in decisions_of(text) if d.sub_event_type is not None]
    assert subs and subs[0] == sub, subs


def test_people_gathered_to_protest_stay_a_demonstration():
    text = "Soldiers opened fire on residents gathered at the market square to protest the killing of a trader."
    subs = [d.sub_event_type for d in decisions_of(text) if d.sub_event_type is not None]
    assert subs and subs[0] == "Excessive force against protesters", subs


def test_the_army_killing_the_attackers_is_the_same_battle(pipeline):
    text = ("Al-Shabaab fighters attacked a military base in Lower Shabelle region on Monday night, sparking a "
            "gun battle that lasted several hours. The army said it killed 12 militants.")
    acts = _acts(reports_of(pipeline, text))
    assert len(acts) == 1, [(r.sub_event_type, r.evidence.text) for r in acts]
    assert acts[0].actor1.name == "Al Shabaab" and acts[0].fatalities.count == 12


def test_a_claim_after_the_attackers_toll_names_the_attack(pipeline):
    text = ("Gunmen attacked a police station in Bannu on Monday, killing three policemen. Two attackers were "
            "also killed in the exchange of fire. The Pakistani Taliban claimed responsibility.")
    acts = _acts(reports_of(pipeline, text))
    assert len(acts) == 1, [(r.sub_event_type, r.actor1, r.evidence.text) for r in acts]
    assert acts[0].actor1.name.startswith("TTP")
    assert acts[0].actor2 is not None and acts[0].actor2.name == "Police Forces of Pakistan"


# -- a week told by the sentence against the day of publication; looting told after an attack ----------------

def test_last_week_stands_against_a_dateline_day(pipeline):
    text = ("JUBA, May 15 - Cattle raiders killed 27 people in Jonglei state last week, a local official said "
            "on Wednesday.")
    acts = _acts(reports_of(pipeline, text))
    assert acts and acts[0].date.precision == 2 and acts[0].date.value == "2024-05-08", acts[0].date


@pytest.mark.parametrize("text", [
    "Cattle raiders killed 27 people in Jonglei state last week, a local official said. The raiders, believed "
    "to be from a neighbouring county, also made off with thousands of cattle.",
    "Gunmen killed five villagers in Bokkos on Sunday. They also burned dozens of houses.",
])
def test_looting_after_an_attack_is_part_of_it(pipeline, text):
    acts = _acts(reports_of(pipeline, text))
    assert [r.sub_event_type for r in acts] == ["Attack"], [(r.sub_event_type, r.evidence.text) for r in acts]


def test_looting_of_another_day_and_doer_stays_an_event(pipeline):
    text = ("Gunmen killed five villagers in Bokkos on Sunday. On Tuesday, youths burned the house of a local "
            "chief in Mangu.")
    assert len(_acts(reports_of(pipeline, text))) == 2


def test_two_sources_figures_keep_the_lower(pipeline):
    text = ("Suspected Islamic State militants attacked a Syrian army bus in the desert near Palmyra on Monday, "
            "killing 14 soldiers, a war monitor said. State media said eight soldiers were killed.")
    acts = _acts(reports_of(pipeline, text))
    assert len(acts) == 1 and acts[0].fatalities.count == 8, [(r.fatalities, r.evidence.text) for r in acts]


def test_a_part_of_the_dead_is_no_lower_figure(pipeline):
    text = ("Gunmen attacked a village in Bokkos on Sunday, killing 14 people, residents said. Police said four "
            "of them were children.")
    acts = _acts(reports_of(pipeline, text))
    assert acts and acts[0].fatalities.count == 14


def test_a_toll_the_parser_made_the_teller_is_counted(pipeline):
    text = ("Myanmar military jets bombed a village in Sagaing region on Monday, killing at least 17 civilians "
            "including children, residents and a local resistance group said.")
    acts = _acts(reports_of(pipeline, text))
    assert acts and acts[0].sub_event_type == AIR and acts[0].fatalities.count == 17


# -- a strike that hit its target told with an interception; captives rescued --------------------------------

def test_a_strike_told_with_an_interception_is_the_strike(pipeline):
    text = ("Israeli warplanes struck weapons depots near Damascus airport overnight, Syrian state media said, "
            "adding that air defences intercepted most of the missiles.")
    acts = _acts(reports_of(pipeline, text))
    assert acts and acts[0].sub_event_type == AIR, [(r.sub_event_type, r.evidence.text) for r in acts]
    assert acts[0].actor1 is not None and acts[0].actor1.name == "Military Forces of Israel"


def test_hostages_rescued_are_no_abduction(pipeline):
    text = ("Troops killed 12 Boko Haram fighters and rescued 20 hostages in an operation near Bama on Sunday, "
            "the army said.")
    subs = [r.sub_event_type for r in _acts(reports_of(pipeline, text))]
    assert subs == ["Armed clash"], subs
    assert not [d for d in decisions_of("Troops rescued 20 hostages in the Sambisa forest on Sunday.")
                if d.sub_event_type == "Abduction/forced disappearance"]


# -- crowds: two crowds fighting, the force at a riot, the death a crowd answers -----------------------------

def test_two_crowds_clashing_are_both_rioters(pipeline):
    text = ("Thousands of Awami League supporters clashed with activists of the Bangladesh Nationalist Party in "
            "Chittagong on Monday, leaving at least three people dead.")
    acts = _acts(reports_of(pipeline, text))
    assert acts and acts[0].event_type == "Riots"
    assert acts[0].actor2 is not None and acts[0].actor2.inter == 5, acts[0].actor2


def test_police_at_a_riot_are_actor_2(pipeline):
    text = ("Police fired tear gas at hundreds of protesters in Nairobi on Tuesday. Protesters lit bonfires and "
            "threw stones at officers.")
    acts = _acts(reports_of(pipeline, text))
    assert [r.sub_event_type for r in acts] == ["Violent demonstration"]
    assert acts[0].actor2 is not None and acts[0].actor2.name == "Police Forces of Kenya"


@pytest.mark.parametrize("text", [
    "Youths torched a police station in Kisumu on Monday after a man died in custody.",
    "Protesters rallied in Lagos on Monday over the deaths of three traders.",
])
def test_the_death_a_crowd_answers_is_not_its_toll(pipeline, text):
    acts = _acts(reports_of(pipeline, text))
    assert acts and acts[0].fatalities.count == 0, [(r.sub_event_type, r.fatalities) for r in acts]


def test_deaths_of_an_act_told_under_after_still_count(pipeline):
    acts = _acts(reports_of(pipeline, "Three soldiers died after their convoy was ambushed near Gao on Monday."))
    assert acts and acts[0].fatalities.count == 3


@pytest.mark.parametrize(("text", "foe"), [
    ("M23 rebels seized the town of Shasha in North Kivu province on Monday after heavy fighting with the "
     "Congolese army, local leaders said.", "Military Forces of the Democratic Republic of Congo"),
    ("Jihadist fighters overran the town of Djibasso on Sunday after clashes with the Burkinabe army.",
     "Military Forces of Burkina Faso"),
])
def test_a_capture_after_fighting_names_the_side_fought(pipeline, text, foe):
    acts = _acts(reports_of(pipeline, text))
    assert acts and acts[0].sub_event_type == "Non-state actor overtakes territory", [
        (r.sub_event_type, r.evidence.text) for r in acts]
    assert acts[0].actor2 is not None and acts[0].actor2.name == foe, acts[0].actor2


@pytest.mark.parametrize("text", [
    "Police rescued three kidnapped children in Abuja on Monday.",
    "Kidnapped students were freed in Kaduna on Sunday.",
])
def test_kidnapped_people_set_free_are_no_new_abduction(pipeline, text):
    subs = [r.sub_event_type for r in _acts(reports_of(pipeline, text))]
    assert "Abduction/forced disappearance" not in subs, subs


def test_an_abduction_told_with_a_later_release_stays(pipeline):
    text = "Gunmen kidnapped 20 students in Kaduna on Sunday and freed five of them on Monday."
    subs = [r.sub_event_type for r in _acts(reports_of(pipeline, text))]
    assert "Abduction/forced disappearance" in subs
