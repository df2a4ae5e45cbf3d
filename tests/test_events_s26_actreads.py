"""Twenty-sixth session (helper L): which act a sentence tells when its nearest cue is not the act
(``events.actreads``: a crowd telling of an arrest, a raid that sparked a shootout, arrests tallied over a
range, an act named as a time), an act named as a motive (``events.misreads``), one-word fight nouns, aid
convoys (``events.movements``) and arrests with an ordinary charge (``events.chargedarrests``).

All texts are invented for these tests; the near-misses (real events worded alike) must keep their types.
"""

from __future__ import annotations

import pytest

from events_helpers import first_sent, token, type_of
from eventwire.events.actreads import tallied_arrest, time_anchor


@pytest.mark.parametrize(("text", "sub"), [
    # a crowd telling of an arrest of another: the arrest
    ("The protesters said a journalist was arrested.", "Arrests"),
    ("Marchers claimed that two reporters had been detained by police.", "Arrests"),
    # a raid that sparked a fight of two sides
    ("Police stormed the house, sparking a shootout with traffickers.", "Armed clash"),
    ("Troops raided the camp on Monday, triggering a gunbattle with militants.", "Armed clash"),
    # an act named as the motive of another: the other
    ("Warships fired 60 missiles at an air base on Friday to punish a gas attack on the town.",
     "Shelling/artillery/missile attack"),
    ("In response to the ambush, troops shelled the village on Monday.", "Shelling/artillery/missile attack"),
    # an act named as the time of another
    ("In the wake of the bombing, police arrested 12 people in the city.", "Arrests"),
    ("Gunmen killed five villagers on the eve of the elections.", "Attack"),
    ("Thousands marched on the anniversary of the massacre on Sunday.", "Peaceful protest"),
    # one-word fight nouns
    ("Rebels and soldiers were locked in a gunbattle for hours on Monday.", "Armed clash"),
    ("A firefight broke out between troops and militants near the town.", "Armed clash"),
    ("Two soldiers were killed in a gunfight with insurgents on Sunday.", "Armed clash"),
])
def test_the_act_told(text, sub):
    assert type_of(text) == sub


@pytest.mark.parametrize(("text", "sub"), [
    # the crowd itself met by the forces stays a demonstration
    ("Protesters said they were arrested by police on Monday.", "Protest with intervention"),
    ("Police arrested 40 protesters in the capital on Monday.", "Protest with intervention"),
    # a raid with no fight it started stays what it was
    ("Troops stormed the village and killed 12 civilians.", "Attack"),
    ("Police raided the house and arrested two men.", "Arrests"),
    # real movements and territory
    ("Rebels captured the town on Monday after heavy fighting.", "Non-state actor overtakes territory"),
    ("The convoy was ambushed as it entered the town.", "Armed clash"),
    ("Dozens of military vehicles carrying troops and supplies entered the province on Monday.",
     "Change to group/activity"),
    # the same words telling acts
    ("Hundreds of fighters surrendered to the army on Monday.", "Agreement"),
    ("The army released 50 prisoners in exchange for three soldiers on Sunday.", "Agreement"),
    ("The government and the rebels signed a peace agreement on Monday.", "Agreement"),
    ("Troops engaged the militants near the border on Monday.", "Armed clash"),
    ("The shelling was damaging homes across the district.", "Shelling/artillery/missile attack"),
    ("Activists protested outside the embassy on Monday, waving banners.", "Peaceful protest"),
    ("Islamic State fighters entered Ramadi on Sunday.", "Non-state actor overtakes territory"),
    ("Unidentified assailants fatally stabbed two men in the capital, including a rights activist, police said.",
     "Attack"),
    ("Three people were stabbed in a terror attack at the station on Monday.", "Attack"),
    ("Militants stabbed a villager to death on Monday.", "Attack"),
    ("A ceasefire between the army and the rebels took effect on Monday.", "Agreement"),
    ("Those arrested on Monday included two journalists.", "Arrests"),
    ("The soldiers face charges of rape after two women were raped in the village on Monday.", "Sexual violence"),
    # political arrests stay arrests
    ("Police arrested a journalist for allegedly spreading false news.", "Arrests"),
    ("Police arrested the opposition leader on charges of fraud.", "Arrests"),
    ("Police arrested 30 people for violating the curfew in the capital.", "Arrests"),
    ("Police arrested three men in the capital on Monday.", "Arrests"),
    ("A cameraman told the channel that police said they were being arrested for not moving away.", "Arrests"),
    ("Police arrested five editors of a pro-democracy newspaper on charges of colluding with foreign powers.",
     "Arrests"),
    ("Eight people were arrested in the town for posting objectionable messages on social media.", "Arrests"),
])
def test_near_misses_keep_their_type(text, sub):
    assert type_of(text) == sub


@pytest.mark.parametrize("text", [
    # aid moving is no movement of forces
    "A convoy carrying food and medical aid entered the besieged town on Tuesday, the agency said.",
    # arrests with an ordinary charge: a police case
    "A former school caretaker has been arrested, the county sheriff announced Tuesday, for alleged misconduct"
    " involving pupils.",
    "Jane Roe, 52, of Oakdale, was arrested on three counts of fraud.",
    "A pilot and four officers of the port authority were arrested by the revenue agency for allegedly holding"
    " forged licences.",
    "Coastal couple jailed for refusing to quarantine",
    "He was arrested on May 2 and jailed on charges of assaulting a neighbour, according to the sheriff.",
    # an act named only as the time of what the sentence tells
    "On Friday, on the eve of the airstrikes, it was the envoy's turn to raise the alarm at the council.",
    # words of an act in another sense
    "Her brother surrendered to a group of fighters and she has not seen him since, according to the paper.",
    "He insisted on Wednesday that the president was committed to a peace process and free elections.",
    "She testified that she took up an offer to run errands in exchange for $50 bills.",
    "This was extremely damaging, and we wish we could have recorded it.",
    "Two of the arrested recused themselves from testifying before the commission on Friday.",
    "The ministry engaged a private firm to conduct the auction of the vessels.",
    "The theatre group protested against the ban online, with a hashtag of its own.",
    "The government claimed that the ceasefire applied to foreign forces in the province as well.",
    "Charges for those arrested included unlawful assembly and disorderly conduct.",
    "Doe has pleaded not guilty to a charge of sexual exploitation by a school employee.",
    # forces entering a whole country
    "Militias allied to the government reportedly also entered Iraq from positions along the border.",
    # a private person stabbed, nothing political or armed said
    "A father has paid tribute to his 17-year-old son, after he was stabbed to death.",
    "John Smith was stabbed on the high street in Oakdale shortly before 4pm on Friday.",
    # arrests summed over a range of weeks
    "Between March 3 and May 20, police arrested some 600 students, the figures show.",
])
def test_no_event(text):
    assert type_of(text) is None


# -- the two readers that the sentences above never reach (an earlier rule drops them first): asked directly

@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Between June 9 and Oct. 25, police arrested some 780 students across the country.", "arrested", True),
    ("Police arrested some 780 students across the country on Monday.", "arrested", False),
])
def test_tallied_arrest_reads_a_range_of_dates(nlp, text, word, expected):
    assert tallied_arrest(token(first_sent(nlp, text), word)) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Thousands marched in the capital on the eve of the airstrikes.", "airstrikes", True),
    ("Thousands marched in the capital in the wake of the bombing.", "bombing", True),
    ("The airstrikes hit the capital on Monday.", "airstrikes", False),
    ("Thousands marched against the airstrikes.", "airstrikes", False),
])
def test_time_anchor_reads_an_act_named_as_a_time(nlp, text, word, expected):
    assert time_anchor(token(first_sent(nlp, text), word)) is expected
