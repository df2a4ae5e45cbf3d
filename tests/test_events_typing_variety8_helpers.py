"""The helpers behind the eighth wording set (tests/test_events_typing_variety8.py), each checked both
ways on sentences written for these tests, and a few short texts of more than one sentence through
the whole pipeline (the main event of the text)."""

from __future__ import annotations

import pytest

from events_helpers import first_sent, nlp_index, processed, token, type_of
from eventwire.events.clause import _object_read_as_subject, _supporting_ground_attack, agent_of
from eventwire.events.crowdforce import crowd_fought
from eventwire.events.cuefilter import _fight_denied
from eventwire.events.nonacled import only_mentioned


def _sent(text: str):
    nlp, _ = nlp_index()
    return first_sent(nlp, text)


@pytest.mark.parametrize(("text", "fought"), [
    ("Two protesters were killed during clashes with police in the capital.", True),
    ("A policeman was stabbed and three protesters were shot during running battles in the port city.", True),
    ("Police killed two protesters during clashes in the capital.", False),  # only the setting
    ("Security forces shot dead four people, with demonstrators attacking government buildings.", True),
    ("Police killed two protesters during a peaceful march in the capital.", False),
    ("Police shot dead two protesters who were marching to the palace.", False),
    ("Police killed two protesters in the capital, days after clashes between the army and rebels.", False),
])
def test_crowd_fought(text, fought):
    assert crowd_fought(_sent(text)) is fought


@pytest.mark.parametrize(("text", "word", "denied"), [
    ("The base was taken over without clashes.", "clashes", True),
    ("There had been no fighting in the town.", "fighting", True),
    ("The town was taken after clashes.", "clashes", False),
    ("Heavy fighting broke out in the town.", "fighting", False),
])
def test_fight_denied(text, word, denied):
    assert _fight_denied(token(_sent(text), word)) is denied


def test_subject_of_a_clause_read_as_a_preposition():
    s = _sent("Several vehicles were vandalised as supporters of the opposition leader clashed with police.")
    assert agent_of(token(s, "clashed")).text == "supporters"
    s = _sent("Troops killed five militants as they advanced on the town.")
    assert agent_of(token(s, "advanced")).text == "they"


def test_object_read_as_the_subject_of_a_participle():
    s = _sent("Security forces shot dead at least 50 people taking part in protests on Saturday.")
    assert _object_read_as_subject(token(s, "shot")).text == "people"
    s = _sent("Security forces shot dead two men on Saturday.")
    assert _object_read_as_subject(token(s, "shot")) is None


def test_air_power_supporting_a_ground_attack():
    s = _sent("Warplanes supported troops as they attacked rebel positions near the town.")
    assert _supporting_ground_attack(token(s, "Warplanes"))
    s = _sent("Warplanes bombed rebel positions near the town.")
    assert not _supporting_ground_attack(token(s, "Warplanes"))


def test_a_condemned_act_told_in_detail_happened():
    s = _sent("Rights groups condemned the killing of 11 protesters by soldiers in the capital.")
    assert not only_mentioned(token(s, "protesters"), "PROTEST")
    s = _sent("Rights groups condemned the use of force against protesters.")
    assert only_mentioned(token(s, "protesters"), "PROTEST")


@pytest.mark.parametrize(("text", "expected"), [
    # the bomb that exploded as the police tried to defuse it did go off
    ("An explosive device went off as soldiers were trying to defuse it, killing two of them.",
     "Remote explosive/landmine/IED"),
    ("A bomb exploded while militants were trying to plant it on a road, killing two of them.",
     "Disrupted weapons use"),
    # the forces withdrew with nobody named as taking over: a movement of forces
    ("The rebels withdrew from their positions on Sunday.", "Change to group/activity"),
    # people arrested for an ordinary theft stay police work
    ("Police arrested three men for stealing cattle in the village.", None),
])
def test_the_other_side_of_each_boundary(text, expected):
    assert type_of(text) == expected


def _main(pipeline, text: str) -> str | None:
    a = processed(pipeline, text)
    if a.main_event is None or a.main_event.report is None:
        return None
    return a.reports[a.main_event.report].sub_event_type


NON_EVENTS = [
    'Police arrested five people and seized 20 kilograms of heroin in a raid on a house in the city.',
    'Customs officers intercepted a shipment of counterfeit cigarettes and detained the driver.',
    'Police arrested a man suspected of murdering his wife in the village on Sunday.',
    'Thousands of people fled their homes as floodwaters rose across the province.',
    'A wildfire destroyed more than 300 homes in the hills above the city.',
    'A storm ripped the roofs off dozens of houses and knocked down power lines.',
    'The government expelled two diplomats accused of spying.',
    'The United States imposed sanctions on ten officials over human rights abuses.',
    'A gas explosion at a restaurant in the city killed three people and destroyed the building.',
    'Fire gutted a market in the capital overnight, destroying hundreds of stalls; the cause is under investigation.',
    'Police arrested 12 people for illegal mining in the forest reserve.',
    'Robbers broke into a bank in the town and made off with cash.',
    'The authorities demolished hundreds of illegal structures along the river bank.',
    'A court sentenced the former minister to ten years in prison for corruption.',
    'Hundreds of residents were displaced after a landslide buried their village.',
    'Police raided a gambling den and arrested 30 people.',
    'A building collapsed in the city centre, killing seven workers.',
    'The ship ran aground and spilled oil along the coast.',
    'Two men were arrested for stealing copper cables from the railway.',
    'Officials said the bridge was destroyed by floods.',
]


@pytest.mark.parametrize("text", NON_EVENTS)
def test_non_events_stay_non_events(text):
    assert type_of(text) is None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ('Protesters gathered in the capital on Monday to denounce the rising cost of living. Police fired tear gas to disperse them after they tried to march on parliament.',
     'Protest with intervention'),
    ('Thousands marched through the city on Friday. Some protesters threw stones at police and set fire to cars, and officers responded with tear gas.',
     'Violent demonstration'),
    ('A peaceful march by opposition supporters was held in the capital on Saturday. Police later opened fire on the marchers, killing three.',
     'Excessive force against protesters'),
    ('Government troops recaptured the town of Jilib on Sunday. The town had been under al-Shabaab control since 2009, officials said.',
     'Government regains territory'),
    ('Rebels withdrew from the town of Kidal on Monday. Government troops entered it the next day without firing a shot.',
     'Non-violent transfer of territory'),
    ('The army withdrew from the district on Tuesday. The Taliban took control of the district headquarters hours later without fighting.',
     'Non-violent transfer of territory'),
    ('Police arrested five suspects on Sunday. They are accused of setting fire to a church in the village last week.',
     'Looting/property destruction'),
    ('Unknown men set fire to a mosque in the town overnight. Police said they had arrested two suspects.',
     'Looting/property destruction'),
    ('A bomb exploded near a police station in the city on Monday, killing two officers. No group has claimed responsibility for the attack.',
     'Remote explosive/landmine/IED'),
    ('Police found a bomb under a car near the market on Sunday. Bomb disposal experts defused it, police said.',
     'Disrupted weapons use'),
    ('Villagers caught two suspected thieves on Sunday. A mob then beat them to death before police arrived.',
     'Mob violence'),
    ('Warplanes struck rebel positions near the town on Monday, killing 15 fighters, a monitor said. Ground fighting continued in the area.',
     'Air/drone strike'),
    ("Riot police fired rubber bullets at protesters in Lima on Tuesday. Two protesters were killed and several "
     "police officers were injured in the clashes.", "Violent demonstration"),
    ("Russian troops left the base near Manbij on Monday. It was then taken over by Turkish-backed forces "
     "without clashes, residents said.", "Non-violent transfer of territory"),
    ("Thousands of people marched through Kampala on Saturday to demand the release of political prisoners. "
     "The march ended peacefully.", "Peaceful protest"),
])
def test_pipeline_main_event_of_short_texts(pipeline, text, expected):
    assert _main(pipeline, text) == expected
