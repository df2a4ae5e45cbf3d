"""An ACLED coder's audit, third round: short news texts (written for these tests) and what a coder
following the reference conventions (``../shared/reference/event-coding.md``) would code for each:
acts told under another clause, word kinds of the clause reader, crime, multi-event articles with a
summary, tolls updated or claimed, associated and sub-national state actors, an unnamed group named
again ("the group", "the militants"), nights, eves and ranges of days.

Fast tests read the clause helpers on a parse; the slow ones run the full pipeline. Known gaps owned
by other modules are strict ``xfail`` with the module named.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import article_reports as _article
from events_helpers import inter_of as _inter
from events_helpers import only_report as _one
from events_helpers import processed as _run
from events_helpers import reports_of as _reports
from events_helpers import token as _tok
from eventwire.events.clause import arg_kind
from eventwire.events.units import subordinate_acts

PUB = dt.date(2024, 5, 15)  # a Wednesday


# --- word kinds of the clause reader --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Gunmen ambushed a patrol, killing four officers.", "officers", "state"),  # police or army officers
        ("Gunmen killed two election officers in Benue.", "officers", "civilian"),
        ("Gunmen killed two health officers in Kano.", "officers", "civilian"),
        ("Rebel officers surrendered to the army.", "officers", "nonstate"),
        ("Militants attacked an aid convoy in Darfur.", "convoy", "civilian"),
        ("Militants attacked a humanitarian convoy in Darfur.", "convoy", "civilian"),
        ("Militants attacked a convoy of civilians in Darfur.", "convoy", "civilian"),
        ("Militants attacked a police convoy in Zamfara.", "convoy", "state"),
        ("Militants ambushed an army patrol in Borno.", "patrol", "state"),
        ("Militants ambushed a patrol in Borno.", "patrol", "armed"),  # whose, the text has not said
    ],
)
def test_word_kinds_of_officers_and_convoys(nlp, text, word, kind):
    assert arg_kind(_tok(nlp(text), word)) == kind


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Government forces recaptured Palmyra on Monday.", "Palmyra", "place"),
        ("Fighting raged near Palmyra on Monday.", "Palmyra", "place"),
        # a person stays a person: a full name, or its last word after the full name
        ("Gunmen killed Ahmed Ali in Kano on Monday.", "Ali", "civilian"),
        ("Police arrested Hassan Ali. Officers later released Ali.", "Ali", "civilian"),
    ],
)
def test_person_tag_on_a_place_slot(nlp, text, word, kind):
    doc = nlp(text)
    tok = [t for t in doc if t.text == word][-1]
    if tok.ent_type_ != "PERSON" and kind == "place":
        pytest.skip("the model does not tag the name as a person here")
    assert arg_kind(tok) == kind


# --- acts told under the main clause --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Thousands fled their homes after clashes between the army and rebels near Goma.", "clashes between"),
        ("Hundreds protested in Kabul following an air strike that killed ten civilians.", "air strike"),
        ("Traders closed their shops after gunmen killed five people at the market.", "gunmen killed"),
    ],
)
def test_subordinate_act_spans(nlp, text, phrase):
    doc = nlp(text)
    root = next(doc.sents).root
    spans = subordinate_acts(next(doc.sents), root)
    assert any(phrase in s.text for s in spans)
    assert all(not (s.start <= root.i < s.end) for s in spans)  # the main act is never in one


def test_no_subordinate_act_without_sequence_word(nlp):
    doc = nlp("Rebels clashed with the army near Goma, killing five soldiers.")
    assert subordinate_acts(next(doc.sents), next(doc.sents).root) == []


# --- full pipeline -----------------------------------------------------------------------------


@pytest.mark.slow
def test_pipeline_displacement_keeps_main_and_adds_the_clash(pipeline):
    reports = _reports(pipeline, "At least 1,000 people fled their homes after clashes between the army and "
                                 "rebels near Goma on Sunday.")
    assert [r.sub_event_type for r in reports][0] == "Other"  # the main decision stays first
    clash = next(r for r in reports if r.sub_event_type == "Armed clash")
    assert _inter(clash.actor1) == 1 and _inter(clash.actor2) == 2
    assert clash.date.value == "2024-05-12" and clash.location is not None


@pytest.mark.slow
def test_pipeline_protest_after_air_strike_gives_the_strike_its_toll(pipeline):
    a = _run(pipeline, "Hundreds of people protested in Kabul on Monday following an air strike that killed "
                       "ten civilians.")
    protest = next(r for r in a.reports if r.event_type == "Protests")
    strike = next(r for r in a.reports if r.sub_event_type == "Air/drone strike")
    assert strike.fatalities.count == 10 and _inter(strike.actor2) == 7
    assert protest.fatalities.count == 0  # the dead are the strike's, not the protest's
    assert a.main_event is not None and a.reports[a.main_event.report] is protest


@pytest.mark.slow
def test_pipeline_capture_after_clashes_is_one_event(pipeline):
    # ACLED: the clash that led to the capture is the capture (one Battles event)
    r = _one(pipeline, "Troops recaptured the town of Kidal on Tuesday after fierce clashes with rebels.")
    assert r.sub_event_type == "Government regains territory"


@pytest.mark.slow
def test_pipeline_act_referred_back_adds_no_event(pipeline):
    reports = _reports(pipeline, "Gunmen killed five villagers in Bama on Monday. Hundreds of residents fled "
                                 "their homes after the attack.")
    assert sum(r.sub_event_type == "Attack" for r in reports) == 1


@pytest.mark.slow
def test_pipeline_police_shootout_with_robbers_is_a_recorded_rejection(pipeline):
    a = _run(pipeline, "Police killed three suspected robbers in a shootout in Lagos on Monday.")
    assert a.reports == []
    assert any(r.stage == "events" and r.reason == "crime" for r in a.rejections)


@pytest.mark.slow
def test_pipeline_police_shootout_with_militants_is_a_clash(pipeline):
    r = _one(pipeline, "Punjab police killed two militants in a shootout in Lahore on Monday.")
    assert r.sub_event_type == "Armed clash"
    assert r.actor1 is not None and r.actor1.name.startswith("Police Forces of Pakistan")  # a province's police
    assert _inter(r.actor1) == 1 and _inter(r.actor2) in (2, 3)
    assert r.fatalities.count == 2


@pytest.mark.slow
def test_pipeline_provincial_police_at_a_protest(pipeline):
    r = _one(pipeline, "Sindh police arrested 40 protesters in Karachi on Monday.")
    assert r.sub_event_type == "Protest with intervention"
    assert _inter(r.actor1) == 6 and _inter(r.actor2) == 1


@pytest.mark.slow
def test_pipeline_killed_election_officers_are_civilians(pipeline):
    r = _one(pipeline, "Gunmen killed two election officers in Benue on Monday.")
    assert r.sub_event_type == "Attack" and _inter(r.actor2) == 7


@pytest.mark.slow
def test_pipeline_attack_on_aid_convoy_is_violence_against_civilians(pipeline):
    r = _one(pipeline, "Gunmen attacked an aid convoy in Darfur on Monday, killing two drivers.")
    assert r.sub_event_type == "Attack" and _inter(r.actor2) == 7


@pytest.mark.slow
def test_pipeline_officers_killed_in_ambush_are_police(pipeline):
    r = _one(pipeline, "Gunmen ambushed a police patrol in Zamfara on Monday, killing four officers.")
    assert r.sub_event_type == "Armed clash" and _inter(r.actor2) == 1 and r.fatalities.count == 4


@pytest.mark.slow
def test_pipeline_town_tagged_as_person_is_no_civilian_victim(pipeline):
    r = _one(pipeline, "Islamic State fighters attacked Palmyra on Sunday, killing 12 soldiers.")
    assert r.sub_event_type == "Armed clash"


@pytest.mark.slow
def test_pipeline_town_tagged_as_person_is_the_location(pipeline):
    r = _one(pipeline, "Islamic State fighters attacked Palmyra on Sunday, killing 12 soldiers.")
    assert r.location is not None and _inter(r.actor2) == 1


# --- multi-event articles, summaries, tolls ---------------------------------------------------
@pytest.mark.slow
def test_pipeline_closing_summary_repeats_two_events(pipeline):
    reports = _article(pipeline, "Attacks in Borno",
                       "MAIDUGURI - Militants killed seven soldiers in an ambush near Dikwa on Sunday.\n\nOn Monday, "
                       "gunmen abducted 12 women in Gwoza.\n\nThe ambush near Dikwa and the abduction in Gwoza were "
                       "the latest in a string of attacks in the state.")
    news = sorted((r.sub_event_type, r.location.place.name, r.date.value) for r in reports if not r.background)
    assert news == [("Abduction/forced disappearance", "Gwoza", "2024-05-13"), ("Armed clash", "Dikwa", "2024-05-12")]


@pytest.mark.slow
def test_pipeline_closing_total_of_two_events_is_no_third(pipeline):
    a = _run(pipeline, "GOMA - ADF rebels killed 11 villagers in Beni on Monday.\n\nOn Tuesday, M23 rebels clashed "
                       "with the army near Goma.\n\nIn all, the fighting in North Kivu this week has killed at least "
                       "11 people and displaced thousands.")
    assert len([r for r in a.reports if not r.background]) == 2
    assert any(r.reason == "summary" for r in a.rejections)


@pytest.mark.slow
def test_pipeline_clash_after_a_fronted_day_has_both_sides(pipeline):
    r = _one(pipeline, "On Tuesday, M23 rebels clashed with the army near Goma.")
    assert _inter(r.actor1) == 2 and _inter(r.actor2) == 1
    assert r.date.value == "2024-05-14"


@pytest.mark.slow
def test_pipeline_toll_rose_in_a_later_sentence(pipeline):
    r = _one(pipeline, "Gunmen killed at least five people in Bama on Monday. The death toll rose to 8 on Tuesday.")
    assert r.fatalities.count == 8
    assert r.date.value == "2024-05-13"  # the day of the act, not of the update


@pytest.mark.slow
def test_pipeline_toll_rose_in_a_later_paragraph_of_an_article(pipeline):
    reports = _article(pipeline, "Gunmen kill five in Zamfara",
                       "GUSAU - Gunmen killed at least five villagers in Zamfara state on Monday, police said.\n\n"
                       "The death toll rose to eight on Tuesday, a local official said.")
    news = [r for r in reports if not r.background]
    assert len(news) == 1 and news[0].fatalities.count == 8


@pytest.mark.slow
def test_pipeline_party_claim_against_lower_official_figure(pipeline):
    # published before August 2021, when the Taliban were an insurgency (after it, Afghanistan's state forces)
    news = [x for x in _reports(pipeline, "The Taliban claimed to have killed 20 policemen in Kunduz on Monday. "
                                          "Officials said three policemen were killed.",
                                published=dt.date(2020, 5, 13)) if not x.background]
    assert len(news) == 1
    r = news[0]
    assert r.fatalities.count == 3  # the lowest credible figure; the claim is noted
    assert r.fatalities.claimed_by is None
    assert any("claimed by Taliban" in n for n in r.notes)


@pytest.mark.slow
def test_pipeline_claimed_toll_alone_is_kept_and_marked(pipeline):
    r = _one(pipeline, "The army said it killed 40 militants in air strikes near Dikwa on Monday.")
    assert r.fatalities.count == 40 and r.fatalities.claimed_by == "Military Forces of Nigeria"


# --- associated actors ---------------------------------------------------------------------------
@pytest.mark.slow
def test_pipeline_backing_militia_is_associated(pipeline):
    r = _one(pipeline, "Rebels, backed by local militiamen, attacked an army base in Beni on Monday.")
    assert _inter(r.actor1) == 2 and _inter(r.actor2) == 1
    assert [a.inter for a in r.assoc_actor_1] == [3]


@pytest.mark.slow
def test_pipeline_supporting_foreign_jets_are_associated(pipeline):
    r = _one(pipeline, "Government forces, supported by Russian jets, shelled rebel positions in Idlib on Monday.")
    assert r.actor1 is not None and r.actor1.name == "Military Forces of Syria"
    assert [(a.name, a.inter) for a in r.assoc_actor_1] == [("Military Forces of Russia", 8)]
    assert _inter(r.actor2) == 2


# --- an unnamed group named again ----------------------------------------------------------------
@pytest.mark.slow
def test_pipeline_the_group_is_the_gunmen_told_before(pipeline):
    r = _one(pipeline, "Gunmen attacked a village in Zamfara on Monday. The group killed seven people.")
    assert r.sub_event_type == "Attack" and r.fatalities.count == 7


@pytest.mark.slow
def test_pipeline_the_militants_are_the_named_group(pipeline):
    r = _one(pipeline, "MANDERA - Al-Shabaab militants attacked a police post in Mandera on Monday. The militants "
                       "killed four officers before fleeing.")
    assert r.actor1 is not None and r.actor1.name == "Al Shabaab"
    assert r.sub_event_type == "Armed clash" and _inter(r.actor2) == 1 and r.fatalities.count == 4


@pytest.mark.slow
def test_pipeline_unaimed_attack_and_its_battle_are_one_event(pipeline):
    reports = _reports(pipeline, "Boko Haram attacked the town of Konduga on Monday. The militants killed seven "
                                 "soldiers.")
    assert len(reports) == 1
    assert reports[0].sub_event_type == "Armed clash" and reports[0].fatalities.count == 7


@pytest.mark.slow
def test_pipeline_named_claimant_replaces_the_gunmen(pipeline):
    reports = _article(pipeline, "Gunmen kill six in Mandera",
                       "MANDERA - Gunmen killed six quarry workers in Mandera on Monday, police said.\n\nAl-Shabaab "
                       "claimed responsibility for the attack.\n\nThe group has carried out several attacks in the "
                       "county this year.")
    news = [r for r in reports if not r.background]
    assert len(news) == 1
    assert news[0].actor1 is not None and news[0].actor1.name == "Al Shabaab" and news[0].fatalities.count == 6


# --- nights, eves and ranges of days ------------------------------------------------------------
@pytest.mark.slow
def test_pipeline_on_the_night_of_a_date(pipeline):
    r = _one(pipeline, "Gunmen killed five people in Bama on the night of 10 May, police said.")
    assert r.date.value == "2024-05-10" and r.date.precision == 1


@pytest.mark.slow
def test_pipeline_on_the_eve_of_a_named_day(pipeline):
    r = _one(pipeline, "Gunmen killed five people in Bama on the eve of Sunday's election, police said.")
    assert r.date.value == "2024-05-11"


@pytest.mark.slow
def test_pipeline_range_of_days_is_one_event_per_day(pipeline):
    reports = _reports(pipeline, "Clashes between the army and rebels in Goma between 3 and 5 May left 12 dead.")
    assert sorted(r.date.value for r in reports) == ["2024-05-03", "2024-05-04", "2024-05-05"]
    assert [r.fatalities.count for r in reports] == [4, 4, 4]  # the toll split evenly
    assert all(r.date.precision == 1 for r in reports)


@pytest.mark.slow
def test_pipeline_range_from_to(pipeline):
    reports = _reports(pipeline, "Gunmen killed nine people in Bama from 1 to 3 May, police said.")
    assert sorted(r.date.value for r in reports) == ["2024-05-01", "2024-05-02", "2024-05-03"]
    assert sum(r.fatalities.count for r in reports) == 9


@pytest.mark.slow
def test_pipeline_long_range_is_the_month(pipeline):
    r = _one(pipeline, "Gunmen killed nine people in Bama between 1 and 20 April, police said.")
    assert r.date.value == "2024-04-01" and r.date.precision == 3


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        # ACLED time_precision 2: the week (or weekend) is known, the value its mid-point (timex: the
        # Wednesday of a Monday-Sunday week, never on or after the publication day for "earlier")
        ("Earlier this week, gunmen killed five villagers in Zamfara, police said.", "2024-05-14", 2),
        ("Last week, gunmen killed five villagers in Zamfara, police said.", "2024-05-08", 2),
        ("Over the weekend, gunmen killed five villagers in Zamfara, police said.", "2024-05-11", 2),
        # a night or a late hour is the day it began: precision 1
        ("Gunmen killed five villagers in Zamfara overnight, police said.", "2024-05-14", 1),
        ("Late on Friday, gunmen killed five villagers in Zamfara, police said.", "2024-05-10", 1),
    ],
)
def test_pipeline_week_weekend_and_night_precision(pipeline, text, value, precision):
    r = _one(pipeline, text)
    assert (r.date.value, r.date.precision) == (value, precision)


# --- acts told under the main clause: what is no act of its own ----------------------------------
@pytest.mark.slow
def test_pipeline_raid_of_the_arresting_force_is_the_arrest(pipeline):
    r = _one(pipeline, "Police arrested the journalist in Lagos on Monday after officers raided his home.")
    assert r.sub_event_type == "Arrests"


@pytest.mark.slow
def test_pipeline_subordinate_bombing_is_not_done_by_the_main_clause_actor(pipeline):
    reports = _reports(pipeline, "Soldiers arrested five suspects in Kano on Monday after a bomb exploded at a "
                                 "market, killing three people.")
    bomb = next(r for r in reports if r.sub_event_type == "Remote explosive/landmine/IED")
    assert bomb.actor1 is not None and bomb.actor1.name.startswith("Unidentified Armed Group")
    assert bomb.fatalities.count == 3 and bomb.location is not None and bomb.date.value == "2024-05-13"
    assert all(r.fatalities.count == 0 for r in reports if r is not bomb)


@pytest.mark.slow
def test_pipeline_killing_behind_a_riot_is_its_own_event(pipeline):
    reports = _reports(pipeline, "Protesters blocked roads in Nairobi on Monday after police shot dead a student.")
    assert reports[0].event_type == "Riots"
    killing = next(r for r in reports if r.sub_event_type == "Attack")
    assert _inter(killing.actor1) == 1 and _inter(killing.actor2) == 7 and killing.fatalities.count == 1


@pytest.mark.slow
def test_pipeline_communal_sides_of_a_clash_are_militias_not_civilians(pipeline):
    reports = _reports(pipeline, "The army declared a curfew in Kaduna on Monday after clashes between herders and "
                                 "farmers killed 12 people.")
    r = next(r for r in reports if r.sub_event_type == "Armed clash")
    assert _inter(r.actor1) == 4 and _inter(r.actor2) == 4  # ACLED interaction 44: communal militias
    assert r.fatalities.count == 12


@pytest.mark.slow
def test_pipeline_herder_farmer_clash_is_an_armed_clash(pipeline):
    r = _one(pipeline, "Twelve people were killed in clashes between herders and farmers in Kaduna on Monday.")
    assert r.sub_event_type == "Armed clash" and _inter(r.actor1) == 4 and _inter(r.actor2) == 4
