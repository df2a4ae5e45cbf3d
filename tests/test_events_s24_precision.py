"""Twenty-fourth session, precision of the events stage on real news (helper P, from an audit of 50 articles).

- Conflict words in another sense: a fight of rivals or of will ("fought off competition", "fight tooth and
  nail"), a fight with a modifier of words or markets ("the digital offensive", "a legal battle"), criticism
  ("the mayor blasted protesters"), a place likened to a bomb ("a ticking bomb"), a post or a say won back
  ("drive the senator from office", "regain control of the firm"), a death that was a suicide: no event
  (``events.figurative``).
- "The fight against X" named as a state of war, "fighting alongside" a side as a standing part in a war,
  "fighting" as a matter talked of ("its focus from fighting Isis"), with no day, place or casualty: no event.
- A question is no event.
- Tallies: a perfect over a counted span ("killed in three months"), "there have been N killed" with no day or
  place, "there have been dozens of air strikes", a war's rising toll, acts summed between two dates
  (``events.tallies``).
- Court damages ("seeking compensatory damages") are no property destroyed; "pushing back" against plans no
  fight.

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import news_acts, nlp_index, reports_of, show_reports
from eventwire.events.cuefilter import filter_hits

WED = dt.date(2024, 5, 15)


@pytest.mark.parametrize("text", [
    # rivals, will, words
    "The discount grocer fought off competition from two rival chains to top the customer survey on Tuesday.",
    "She is fighting tooth and nail to win back control of the family firm.",
    "The singer fought back tears as she thanked her fans on Monday.",
    "The former aide says he is fighting for his freedom after the charges were filed on Monday.",
    "The newspaper's editors described their long battles with state censorship.",
    "The union has been locked in a legal battle with the airline since March.",
    "The broadcaster's digital offensive gathered pace last week.",
    "The minister launched a charm offensive in Brussels on Tuesday.",
    "The opposition said the treaty was a blatant attack on the nation's sovereignty.",
    "The city council chair blasted protesters on Monday, calling them a disgrace.",
    "The coach blasted the referee for his handling of the match.",
    "The camp is a ticking time bomb, aid officials warned on Monday.",
    "The governor said the border province was a ticking bomb.",
    "The industry is fighting for its survival and pushing back against the new rules.",
    "Their long battle for recognition ended in a ruling on Tuesday.",
    "The former minister is seeking punitive damages of $2m from the newspaper.",
    # a death that was no attack
    "The coroner ruled on Friday that his death was a suicide.",
    "Investigators concluded that the prisoner died by suicide in his cell.",
])
def test_conflict_words_in_another_sense_are_no_event(pipeline, text):
    reports = reports_of(pipeline, text, published=WED)
    assert reports == [], show_reports(reports)


@pytest.mark.parametrize("text", [
    "The Kurdish-led militia is seen in Washington as vital in the fight against Isis.",
    "Jordan is a key partner in the war on terror and hosts thousands of refugees.",
    "She devoted her career to the fight against tyranny.",
    "The group is a vital ally in the fight against the jihadists.",
    "Moscow, whose mercenaries are fighting alongside the junta's troops, denied the report.",
    "Several hundred foreign volunteers have been fighting alongside the Kurdish militia, the study says.",
    "Ankara has shifted its focus from fighting the militants to containing the Kurds.",
    "The cost of fighting the insurgency has doubled, the ministry said.",
])
def test_the_fight_against_x_as_a_state_of_war_is_no_event(pipeline, text):
    reports = reports_of(pipeline, text, published=WED)
    assert reports == [], show_reports(reports)


@pytest.mark.parametrize("text", [
    "Who is fighting whom in the north?",
    "Why did the army shell the village?",
    "Did the guard know of any 2012 protesters who were later killed?",
    "So who attacked the convoy?\u201d",
])
def test_a_question_is_no_event(pipeline, text):
    reports = reports_of(pipeline, text, published=WED)
    assert reports == [], show_reports(reports)


@pytest.mark.parametrize("text", [
    "There have been as many as 300 civilians killed.",
    "More than 800 people have been killed in four months, the monitor said.",
    "About 900 villagers have been killed in six weeks, officials said.",
    "As the toll has climbed towards 300,000 dead, the world looked away.",
    "Between March 3 and Aug. 20, police arrested some 650 students.",
    "Between 4 April and 30 June, troops killed at least 90 suspected rebels.",
    "There have also been dozens of air strikes on rebel-held areas.",
    "There have been numerous attacks on aid convoys.",
    "The majority of the attacks have targeted areas held by the group.",
    "The war killed some 300,000 people between 1992 and 1995.",
])
def test_tallies_over_a_period_are_no_current_act(pipeline, text):
    reports = reports_of(pipeline, text, published=WED)
    assert reports == [], show_reports(reports)  # not even a background report dated at either end of a range


@pytest.mark.parametrize(("text", "category"), [
    ("Campaigners vowed on Tuesday to drive the mayor from office.", "REGAIN"),
    ("She has lost the company and is determined to regain that control.", "REGAIN"),
    ("The union was pushing back against the plans.", "CLASH"),
    ("The coroner said the death was a suicide.", "SUICIDE"),
])
def test_cues_in_another_sense_are_dropped(text, category):
    nlp, idx = nlp_index()
    doc = nlp(text)
    hits = [h for s in doc.sents for h in idx.match(s)]
    assert any(h.category == category for h in hits)
    kept, _ = filter_hits(doc, hits)
    assert not any(h.category == category for h in kept), kept


@pytest.mark.parametrize(("text", "category"), [
    ("Government forces drove the rebels from the town on Wednesday.", "REGAIN"),
    ("Troops regained control of the town on Tuesday.", "REGAIN"),
    ("A suicide bomber struck a checkpoint on Monday.", "SUICIDE"),
])
def test_cues_of_acts_are_kept(text, category):
    nlp, idx = nlp_index()
    doc = nlp(text)
    hits = [h for s in doc.sents for h in idx.match(s)]
    kept, _ = filter_hits(doc, hits)
    assert any(h.category == category for h in kept), hits


@pytest.mark.parametrize(("text", "sub"), [
    ("Fighters from the group fought off an attack by government troops near the town on Monday.", "Armed clash"),
    ("Rebels fought government forces in the north of the province on Tuesday, killing five soldiers.",
     "Armed clash"),
    ("Protesters fought with police in the city centre on Saturday.", "Violent demonstration"),
    ("Militants blasted a bridge with explosives on Sunday.", "Remote explosive/landmine/IED"),
    ("A suicide bomber killed 12 people at a market in Kabul on Monday.", "Suicide bomb"),
    ("Troops regained control of the town on Tuesday after heavy fighting.", "Government regains territory"),
    ("Government forces drove the rebels from the town on Wednesday.", "Government regains territory"),
    ("In the fight against Islamic State in Baghuz on Sunday, three fighters were killed.", "Armed clash"),
    ("The coalition launched a new offensive against the militants in the north on Saturday.", "Armed clash"),
    ("At least 20 civilians have been killed in air strikes on the town over the past two days.",
     "Air/drone strike"),
    ("Five people have been killed in clashes in the city since Monday.", "Armed clash"),
    ("There have been two people killed in Kabul on Monday in a bomb blast.", "Remote explosive/landmine/IED"),
    ("Police arrested 14 protesters in the city centre on Monday night.", "Protest with intervention"),
    ("The Kurds were pushed back from the frontier on Monday.", None),
    ("Foreign volunteers fighting alongside the militia clashed with troops near the airport on Monday.",
     "Armed clash"),
    ("There have been dozens of air strikes on the town since Monday morning, killing 12.", "Air/drone strike"),
    ("He was killed while fighting in the town on Monday.", "Armed clash"),
    ("Rebel and army units fought in the streets of the town on Friday, with control of the market disputed.",
     "Armed clash"),
    ("Between Monday night and Tuesday morning, gunmen attacked the village, killing 12 people.", None),
    ("Rioters caused damages worth millions to shops in the city centre on Saturday.", "Violent demonstration"),
])
def test_the_acts_themselves_stay(pipeline, text, sub):
    acts = news_acts(reports_of(pipeline, text, published=WED))
    assert len(acts) == 1 and (sub is None or acts[0].sub_event_type == sub), show_reports(acts)


def test_a_push_into_a_place_stays_an_act(pipeline):
    acts = news_acts(reports_of(pipeline, "Turkey pushed into the enclave on Sunday.", published=WED))
    assert len(acts) == 1, show_reports(acts)  # "pushing back" is read as words only with "back" or "against"
