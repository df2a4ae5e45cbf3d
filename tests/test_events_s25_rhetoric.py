"""Twenty-fifth session, precision of the events stage on real news (helper R, from the audit of 50 articles).

- Plans and plots named by a noun: an infinitive a noun of planning rules ("a plot to kill", "their aim is to
  dislodge", "a deal to end the fighting"), an act foreseen ("the projected attack", "a promised storming draws
  near", "clashes are now a distinct possibility"), "going to" as a future, an act told to someone ("telling us
  to surrender"), "how to make bombs" (``events.prospects``, read by ``events.plans``).
- Hypotheticals: what a policy "means", a simple present in a clause of time under a modal ("before he shoots
  off missiles again").
- Quoted rhetoric: a quoted statement in the simple present with no day, place or number, an act as the second
  term of a comparison, a posture ("sitting in a group"), a sentence in another language (``events.rhetoric``).
- Ordinary crime by or against one private person: sexual abuse, the arrest of one man for a crime
  (``events.privatecrime``).
- A year before a noun is no count ("2011 anti-regime protesters").

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import news_acts, nlp_index, reports_of, show_reports
from eventwire.events.tollfigures import year_before_noun

WED = dt.date(2024, 5, 15)


@pytest.mark.parametrize("text", [
    # plans and plots named by a noun
    "Police said the men were suspected of helping to organise a plot to shoot soldiers and police officers.",
    "The documents revealed a purported plot to kill the prime minister.",
    "The group was accused of a conspiracy to bomb the parliament building.",
    "Their aim is to dislodge the Kurdish militias from the enclave.",
    "The goal of the operation is to retake the city from the rebels.",
    "Residents fear the projected attack on the villages of the valley.",
    "A promised storming of the town draws near.",
    "Officials said a deal to end the fighting in the city was imminent.",
    "He plotted to share information on how to make bombs.",
    "\u201cYou\u2019re going to rape our women and kill our children,\u201d the commander told the villagers.",
    "An attack on the capital is imminent, the minister warned.",
    # told to someone
    "\u201cThey have been dropping leaflets telling us to trust them and surrender.\u201d",
    # hypotheticals
    "It means destroying the regime's combat planes, bombers and helicopters from the air.",
    "Something must be done before he shoots off his mouth and missiles again.",
    "Direct clashes between the two armies in the valley are now a distinct possibility.",
    # a force made or sent for a purpose, a war that goes on, an act refused
    "The force comprises members of several militias and was raised to fight the regime.",
    "The spectre of volunteers being sent to fight the militia in the city worries the residents.",
    "The state regards the group as a terrorist one, whose insurgency in the south it continues to fight.",
    "She was growing frustrated that her commanders were refusing to let her fight.",
    "The pilots refused to bomb the town.",
])
def test_plans_and_prospects_are_no_event(pipeline, text):
    reports = reports_of(pipeline, text, published=WED)
    assert reports == [], show_reports(reports)


@pytest.mark.parametrize("text", [
    "\u201cCivilians are more scared of regime prisons than getting bombed.\u201d",
    "\u201cThey both bomb under a certain name,\u201d he said.",
    "\u201cThe regime kills its own people,\u201d the activist said.",
    "Sitting in a separate group, a woman from the city claimed she had been forced to stay by foreign fighters.",
    "\u201cWe are standing before the massacre of the 21st century,\u201d said a doctor in the besieged town.",
    "\u201cThe town is the massacre of this century,\u201d he said.",
    "Ang mga pulis ay sumugod sa bahay ng suspek kahapon sa bayan.",
    "\u201cWe leave it to the authorities pero kapag may mali ang ginawa ay ipinapaalam naman po ng ahensiya.\u201d",
])
def test_quoted_rhetoric_postures_and_other_languages_are_no_event(pipeline, text):
    reports = reports_of(pipeline, text, published=WED)
    assert reports == [], show_reports(reports)


@pytest.mark.parametrize("text", [
    "The teacher allegedly sexually abused a high school girl in his home in Cedar Rapids.",
    "Rapier allegedly sexually abused a girl in his home in Cedar Rapids on two occasions.",
    "A local man raped a woman in her apartment in Dallas, police said on Monday.",
    "A man was arrested on Monday for threatening a mass shooting at a school in Ohio.",
    "The boy was detained on Monday on suspicion of assaulting a neighbour in Leeds.",
])
def test_ordinary_crime_of_a_private_person_is_no_event(pipeline, text):
    reports = reports_of(pipeline, text, published=WED)
    assert reports == [], show_reports(reports)


@pytest.mark.parametrize(("text", "sub"), [
    ("Militants attacked a military base in the north on Monday, killing five soldiers.", "Armed clash"),
    ("\u201cMilitants attacked a base near the town on Monday,\u201d a police spokesman said.", "Armed clash"),
    ("\u201cWe bombed the positions of the militants on Monday,\u201d the army said.", "Air/drone strike"),
    ("Police foiled a plot to bomb the parliament on Monday, arresting three men.", "Disrupted weapons use"),
    ("The attack on the villages of the valley killed 12 people on Monday.", "Attack"),
    ("Rebels killed five soldiers on Monday in a bid to retake the town.", None),
    ("The promised offensive began on Monday with heavy shelling of the town.", None),
    ("An agreement to end the fighting in the city was signed on Monday.", "Agreement"),
    ("The government launched an offensive to retake the town on Monday.", None),
    ("Hundreds of workers staged a sit-in at the factory on Monday.", "Peaceful protest"),
    ("Hundreds of farmers sat in the main square of the capital on Monday to demand higher prices.",
     "Peaceful protest"),
    ("200 workers sat in the road outside the ministry on Monday.", None),
    ("Soldiers raped two women in the village on Monday.", "Sexual violence"),
    ("Gunmen abducted a businessman in the town on Monday.", "Abduction/forced disappearance"),
    ("Police arrested 30 students at the university on Monday.", None),
    ("Authorities arrested a former aide of the king on Monday.", "Arrests"),
    ("A man has been detained in Syria on suspicion of being a member of Islamic State.", None),
    ("Rebels attack a military base in Kabul.", "Armed clash"),
    ("About 200 men of the village were rounded up, shot or beheaded on Monday.", "Attack"),
    ("Troops were sent to fight the rebels in the north on Monday.", None),
    ("A siege of two towns was lifted after a deal to move the residents in exchange for the release of prisoners"
     " was completed on Thursday.", "Agreement"),
    ("\u201cThe army shells our homes in Aleppo,\u201d she said.", None),  # a place: a particular act
])
def test_the_acts_themselves_stay(pipeline, text, sub):
    acts = news_acts(reports_of(pipeline, text, published=WED))
    assert acts and (sub is None or acts[0].sub_event_type == sub), show_reports(acts)


def test_a_generic_statement_in_a_quote_of_several_sentences_is_no_event(pipeline):
    text = ("\u201cNobody here trusts either side. They both bomb under a certain name. We only want to live,\u201d "
            "the volunteer said.")
    reports = reports_of(pipeline, text, published=WED)
    assert reports == [], show_reports(reports)


def test_a_year_before_a_noun_is_no_toll(pipeline):
    reports = reports_of(pipeline, "He said that 2011 anti-regime protesters were later killed by the security forces.",
                         published=WED)
    assert reports and all(r.fatalities.count != 2011 for r in reports), show_reports(reports)


@pytest.mark.parametrize(("text", "word", "year"), [
    ("Did he know any 2011 anti-regime protesters?", "2011", True),
    ("The 2014 attacks on the city were remembered.", "2014", True),
    ("Some 2000 protesters marched.", "2000", False),
    ("About 1950 people fled.", "1950", False),
    ("Police counted 1200 marchers.", "1200", False),
    ("2000 protesters marched.", "2000", False),  # a round figure with no word of counting: still a count
])
def test_year_or_count(text, word, year):
    nlp, _idx = nlp_index()
    doc = nlp(text)
    num = next(t for t in doc if t.text == word)
    assert year_before_noun(num) is year
