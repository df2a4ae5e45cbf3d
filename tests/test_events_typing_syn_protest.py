"""Protest and crowd typing on wordings our synthetic snippets showed the rules to miss, each sentence
written anew for this file (none is taken from the synthetic files or an evaluation set), in ACLED's
terms:

- Arrests made at a demonstration under way are an intervention in it: people "who were holding
  placards" or "holding a sit-in", marchers the police dispersed and then detained, men detained "after
  they gathered to denounce ...", crowds "answering calls for demonstrations".
- A protest set apart in time from the arrest ("two days after a rally", "a day before the planned
  march", "hours after he urged workers to take to the streets") is another event: the arrest stays
  Arrests.
- Force fired on a demonstration (a peaceful gathering, villagers marching, nurses chanting, a march
  by students) that kills or maims is excessive force, also when the sentence leads with the victims
  ("three people were killed when troops fired on ...", "killed by a bullet fired during a march"), and
  also by a named force the dictionary does not know; shots fired into the air or warning shots are
  an intervention.
- A peaceful protest stays peaceful when the crowd dispersed by itself ("before dispersing"), when no
  arrests were made, when the police action told is another day's ("a day after police broke up ..."),
  or when the crowd is described by what was done to it before ("families evicted from ...");
  strikes of work by drivers, human chains, silent stands and followers of a coalition gathering to
  demand something are protests.
- Mob violence: a crowd turning on private persons ("set them on fire", a suspected burglar) or on a
  community's property ("Christian homes", "Afghan-owned shops") is a mob, not a riot against the
  state, whatever else the sentence names (police later arresting suspects, a "police cell" the
  victims were taken from); "died in hospital" is no die-in; forces dispersing a mob that was beating
  someone do not turn the lynching into a demonstration; neighbours beating a thief are a mob.
- Crowds fighting each other with no forces among them ("rival groups ... hurling bottles at each
  other", "clashes between rival demonstrators") are mob violence, even when they demonstrate.
- A riot told before a semicolon ("clashed with police ...; police arrested 40 people") is not lost to
  the clause after it; "riot shields" and "riot police" are no riot; a firing on the sit-in told in an
  "after" clause is the force used on it; an army barracks is the state's property.
- Protest words that tell no protest: a forced march ("marched them into the forest"), a title
  ("organiser of the biggest marches"), a crowd gathering to collect fuel as the setting of an
  accident; a crowd gathering to hear a leader is a rally; slogans daubed on a party office are
  damage, not a protest.
- "Armed youths" are an armed group, not a crowd; people shot dead as soldiers clear a protest camp,
  or beaten to death during a protest, are victims of excessive force; a crowd that dispersed after
  the police fired tear gas met an intervention.
"""

from __future__ import annotations

import pytest

from events_helpers import type_of

PI = "Protest with intervention"
PP = "Peaceful protest"
EF = "Excessive force against protesters"
VD = "Violent demonstration"
MOB = "Mob violence"
AR = "Arrests"
ABD = "Abduction/forced disappearance"
CH = "Change to group/activity"
AC = "Armed clash"
LP = "Looting/property destruction"

SENTENCES = [
    ('Riot police in Minsk detained 40 people who were holding placards calling for the release of political prisoners.',
     PI),
    ('Police arrested a dozen women in Harare who were waving banners outside parliament on Tuesday.',
     PI),
    ('Officers used batons to clear pensioners holding a sit-in at the social security office in Lima, detaining six of them.',
     PI),
    ('Gendarmes broke up a group of farmers protesting low cotton prices outside the prefecture in Bobo-Dioulasso, and several were briefly detained.',
     PI),
    ('Police in Algiers detained scores of young men on Friday after they gathered to denounce the election results.',
     PI),
    ('Security forces arrested at least 25 people in Khartoum after crowds gathered near the palace answering calls for demonstrations.',
     PI),
    ("Police arrested the leader of the farmers' union at his home in Lahore on Tuesday, two days after a rally against the new seed law.",
     AR),
    ('Authorities detained 60 members of the opposition in dawn raids in Lome, a day before the planned march on the presidency.',
     AR),
    ('Police arrested three student organisers in Dhaka on sedition charges, weeks after a rally demanding the resignation of the vice-chancellor.',
     AR),
    ('Police arrested a union leader in Karachi on Thursday, hours after he urged workers to take to the streets.',
     AR),
    ('Soldiers fired live bullets at a peaceful gathering in the main square of Mandalay, killing a teenage girl, witnesses said.',
     EF),
    ('Three people were killed when troops fired on villagers marching to the district office to demand clean water.',
     EF),
    ('A 19-year-old was killed by a rubber-coated bullet fired by riot police during an opposition march in La Paz, his family said.',
     EF),
    ('Riot police fired buckshot at nurses chanting outside the health ministry in Tehran, seriously wounding four of them.',
     EF),
    ('Four students were critically injured after soldiers opened fire on a march by university students in Mzuzu.',
     EF),
    ('A street vendor lost his sight after gendarmes fired pellets at a peaceful crowd in Algiers, a rights group said.',
     EF),
    ('Police fired into the air to scatter opposition supporters marching towards the electoral commission in Harare.',
     PI),
    ("Troops fired warning shots over the heads of demonstrators marching on the governor's office, and nobody was hurt.",
     PI),
    ('Police lobbed teargas at opposition supporters gathering at a stadium in Kampala on Sunday, a day after the government banned the rally.',
     PI),
    ('Thousands of nurses marched through central Accra on Friday demanding overdue allowances, waving placards outside the health ministry before dispersing.',
     PP),
    ('Rival groups of pro-Israel and pro-Palestinian demonstrators held rallies outside the White House on Saturday, and no arrests were made.',
     PP),
    ('Hundreds of supporters of the president rallied in the capital on Friday, a day after police broke up an opposition march on the same avenue.',
     PP),
    ("About 200 families evicted from a slum in Lagos gathered outside the state governor's office to present a petition, and left in the afternoon.",
     PP),
    ('Hundreds of bus drivers in Nairobi began a two-day strike on Monday over harassment at police roadblocks, leaving commuters stranded.',
     PP),
    ('Medical students formed a human chain in front of the Chittagong press club to demand safer roads.',
     PP),
    ('Supporters of the opposition coalition gathered at the central mosque in Niamey to demand the release of their leader.',
     PP),
    ("Members of the teachers' union staged a silent stand outside the education ministry in Amman.",
     PP),
    ('Villagers attacked Christian homes in a village near Sargodha after a rumour of blasphemy, setting several houses on fire.',
     MOB),
    ('A mob attacked Afghan-owned shops and vehicles in Mashhad after reports that an Afghan man had killed a woman.',
     MOB),
    ('A crowd pulled two suspected kidnappers out of a police cell in Huehuetenango and set them on fire.',
     MOB),
    ('Residents of a township near Durban beat and set fire to a suspected burglar who later died in hospital.',
     MOB),
    ('Police fired tear gas to disperse a mob that was beating a suspected child thief in a market in Abuja.',
     MOB),
    ('A crowd in Kisii set upon two men accused of stealing a cow, beating them with clubs until police fired warning shots to disperse the group.',
     MOB),
    ('Neighbours tied a suspected thief to a tree and beat him in a village near Cochabamba.',
     MOB),
    ('Opposition supporters clashed with police in Kaolack, burning tyres and throwing stones; police arrested about 40 people.',
     VD),
    ('Farmers blocking the motorway near Lille clashed with gendarmes, throwing stones and flares; seven officers were injured and 20 people arrested, the prefecture said.',
     VD),
    ('Rival groups of students clashed outside the university in Kumasi, hurling bottles at each other.',
     MOB),
    ('Clashes broke out between rival demonstrators outside the parliament in Tbilisi.',
     MOB),
    ('Pro-government and opposition demonstrators clashed in Valencia, throwing rocks at each other.',
     MOB),
    ('Opposition protesters clashed with riot police in Chittagong on Sunday.',
     VD),
    ('Soldiers pushed back marchers with riot shields near the electoral council in Maracaibo.',
     PI),
    ('A wounded protester is carried away after soldiers opened fire on the sit-in outside the defence ministry.',
     EF),
    ('Police detained several activists who tried to pitch tents outside parliament in Chisinau.',
     PI),
    ('Residents stand near the burnt car of two suspected cattle thieves who were beaten by a mob in Kano on Sunday.',
     MOB),
    ('Students rammed a bus into the gate of an army barracks in Chilpancingo and hurled firecrackers over the wall.',
     VD),
    ('Gunmen rounded up six teachers at a school near Kajuru and marched them into the forest.',
     ABD),
    ('The Democratic Alliance, organiser of the biggest anti-government marches last year, announced it was dissolving itself.',
     CH),
    ('At least 30 people died when a fuel truck overturned and caught fire, as villagers gathered to collect the spilled petrol.',
     None),
    ("Thousands of supporters gathered in Nairobi's Jacaranda grounds to hear the opposition leader.",
     PP),
    ('Armed youths from two rival clans fought in a village near Beledweyne on Monday, leaving 12 dead.',
     AC),
    ('Five people were shot dead as soldiers moved in to clear the opposition protest camp in the capital.',
     EF),
    ('Unknown vandals defaced the walls of the ruling party office in Kumasi with slogans.',
     LP),
    ('The marchers dispersed after riot police fired tear gas near the central bank in Beirut.',
     PI),
    ('A student died in hospital after being beaten by soldiers during a protest in Omdurman.',
     EF),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_protest_typing(text: str, expected: str | None) -> None:
    assert type_of(text) == expected
