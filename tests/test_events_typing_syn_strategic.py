"""Strategic developments told in wordings the rules had not seen (written anew, none taken from an
evaluation set or from the synthetic snippets): ACLED's Change to group/activity (a group banned or
listed as terrorist, a curfew or a state of emergency imposed, a mobilisation, reservists called up, a
group dissolving or reorganising, a new leader named, forces landing), Headquarters or base established
(barracks, command centres, a school turned into a base, a country's base abroad), Agreement (deals
signed whatever their name, two parties agreeing on a step, captives freed under a truce, weapons handed
over), Other (truces broken in general terms, graves found, coups, flight), Disrupted weapons use
(mines deactivated, bomb-making workshops) and Arrests (detentions with the charge, arrests "later"
after a fight); and the near misses that are none of these (a march banned, a health lockdown, a curfew
defied by protesters, an attempt thwarted by fighting that killed, weapons recovered in a firefight).
"""

from __future__ import annotations

import pytest

from events_helpers import nlp_index, parsed_article, type_of

CH = "Change to group/activity"
HQ = "Headquarters or base established"
AG = "Agreement"
OT = "Other"
DW = "Disrupted weapons use"
AR = "Arrests"
AC = "Armed clash"
PP = "Peaceful protest"

SENTENCES = [
    # Change to group/activity
    ("The interior ministry outlawed the Oromo youth movement on Tuesday, citing its links to an armed wing.", CH),
    ("Tajikistan banned the Islamic Renaissance Party and froze its assets, the supreme court said.", CH),
    ("Authorities imposed a 48-hour curfew on the port city of Kismayo on Sunday, the regional government said.", CH),
    ("A dusk-to-dawn curfew was imposed in three districts of Manipur on Saturday.", CH),
    ("The president declared a state of emergency in the northern provinces and handed the army wide powers of search.", CH),
    ("Moscow ordered a partial mobilisation, calling up 300,000 reservists to serve in the war.", CH),
    ("The defence ministry called up 20,000 reservists on Sunday as tensions rose on the border.", CH),
    ("The ELN dissident faction said it had dissolved itself and that its fighters would join the main group.", CH),
    ("The militia was reorganised into three brigades under a new command, its spokesman said.", CH),
    ("Boko Haram fighters appointed a new amir for the Lake Chad islands after the death of his predecessor.", CH),
    ("A battalion of Rwandan troops landed in Pemba on Friday to support Mozambican forces.", CH),
    ("The Taliban launched a recruitment drive in the northern provinces, offering cash to young men.", CH),
    ("The constitutional court dissolved the main opposition party on Friday, barring its leaders from politics.", CH),
    ("A senior commander took over the leadership of the group after its founder was captured.", CH),
    ("The army bolstered its presence along the border with two additional battalions.", CH),
    ("The armed group announced the end of its unilateral ceasefire on Monday.", CH),
    ("A new militia calling itself the People's Defence Force was formed in the region.", CH),
    ("The government began conscripting men aged 18 to 40 into the army.", CH),
    ("The Kastani Front named a veteran commander as its new leader after the death of its founder.", CH),
    ("The military government announced a mandatory conscription law for all men over 18.", CH),
    # Headquarters or base established
    ("Turkish troops opened new barracks near the border town of Kobane, the monitoring group said.", HQ),
    ("Al-Shabaab fighters turned a disused clinic in the village into a base, residents said.", HQ),
    ("The rebels converted a disused factory into a base, according to local officials.", HQ),
    ("The militants have been using the abandoned hospital as a base, residents said.", HQ),
    ("The rebels have set up a command centre in the hills above the town, according to local officials.", HQ),
    ("China has built military installations on a reef in the disputed sea, satellite photographs show.", HQ),
    ("The army inaugurated a forward operating base in the district on Wednesday.", HQ),
    ("The militant group relocated its headquarters to a village near the border, intelligence sources said.", HQ),
    # Agreement
    ("The government and the armed movement signed a cessation of hostilities pact in Juba on Monday.", AG),
    ("The army and the Karen rebels agreed on Sunday to withdraw from the contested hilltop.", AG),
    ("The rebels freed 12 hostages on the second day of the truce brokered by Qatar.", AG),
    ("Dozens of former rebels handed over their weapons to the army in a ceremony in Bunia.", AG),
    ("Dozens of Boko Haram fighters gave up their arms to the Cameroonian army on Saturday.", AG),
    ("Eighty prisoners were freed on Tuesday as part of the deal between the government and the rebels.", AG),
    ("Forty militants turned themselves in to the army in Kunduz province on Tuesday.", AG),
    # Other
    ("The truce was breached several times overnight, the monitoring mission said, without giving details.", OT),
    ("The monitoring mission logged more than 400 ceasefire violations over the weekend.", OT),
    ("Forensic teams exhumed dozens of bodies from a mass grave on the outskirts of the town.", OT),
    ("Investigators found a mass grave near the airport after the militants withdrew.", OT),
    ("Soldiers overthrew the president and suspended the constitution, a spokesman said on state television.", OT),
    ("Thousands of villagers fled across the river into Chad, escaping fighting in Darfur.", OT),
    ("About 8,000 people crossed into Uganda over the weekend to escape the fighting in Ituri, the UN said.", OT),
    ("The coup leaders dissolved parliament and closed the borders.", OT),
    ("The fragile truce was violated repeatedly overnight in several districts, according to the UN.", OT),
    ("Renewed fighting forced more than 15,000 people to flee their villages in the region.", OT),
    # Disrupted weapons use
    ("Army engineers deactivated three landmines planted along the road to the village.", DW),
    ("Police raided a bomb-making workshop in the outskirts of Quetta on Monday.", DW),
    # Arrests
    ("Security forces detained the editor of an opposition weekly, accusing him of insulting the army.", AR),
    ("The former minister was placed under house arrest on Thursday, his lawyer said.", AR),
    # near misses: not the strategic development, or another type
    ("Rival fighters clashed with machine guns in the market; police later arrested 11 people.", AC),
    ("Troops fought a two-hour gun battle with rebels, recovering two rifles after the rebels fled.", AC),
    ("Hundreds of protesters defied the curfew and marched peacefully through the capital.", PP),
]

NOT_CHANGE = [
    "The US State Department designated the movement as a terrorist organisation.",
    "The governor imposed a curfew in the town after clashes between rival youths.",
    "The city council banned the march planned for Saturday, organisers said.",
    "The government imposed a lockdown to curb the spread of the virus.",
    "The Pope received the leaders for a spiritual retreat at the Vatican.",
]


NOT_OTHER = [
    "The king dissolved parliament and called early elections.",
    "The president announced the dissolution of parliament ahead of the vote.",
    "Thousands of pilgrims arrived in the holy city on Friday for the annual festival.",
]

NOT_AGREEMENT = [
    "The foreign ministers signed a memorandum of understanding on trade.",
    "The defence minister accused the insurgents of breaking the truce.",
]

NOT_DISRUPTED = [
    "Soldiers thwarted an attempt by militants to storm their post on the border, killing four of the attackers.",
    "Protesters threw home-made bombs and firecrackers at riot police outside the stadium.",
    "Police said the militants were responsible for the roadside bomb that hit an army truck on Monday.",
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_strategic_wording(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text", NOT_CHANGE)
def test_not_a_change_to_group(text):
    assert type_of(text) != CH


@pytest.mark.parametrize("text", NOT_DISRUPTED)
def test_not_disrupted_weapons_use(text):
    assert type_of(text) != DW


@pytest.mark.parametrize("text", NOT_AGREEMENT)
def test_not_an_agreement(text):
    assert type_of(text) != AG


@pytest.mark.parametrize("text", NOT_OTHER)
def test_not_other(text):
    assert type_of(text) != OT


def _reported_types(text: str) -> list[str]:
    """The sub-event types the events stage reports for ``text`` (negated and speculative acts dropped)."""
    from eventwire.events.extractor import EventExtractor

    nlp, _ = nlp_index()
    article = parsed_article(nlp, text)
    EventExtractor().extract(article)
    return [r.sub_event_type for r in article.reports]


@pytest.mark.parametrize("text", [
    "The militia said it would halt all attacks on army positions during the holy month.",
    "The rebel movement announced it would dissolve itself and hand its weapons to the state.",
])
def test_a_change_announced_for_the_future_is_reported(text):
    assert CH in _reported_types(text)


def test_a_deployment_announced_for_the_future_stays_a_plan():
    assert CH not in _reported_types("The army said it would deploy more troops to the border next month.")
