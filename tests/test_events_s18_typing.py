"""Sub-event typing, eighteenth session: short reports written for these tests, each typed wrongly before.

The mechanisms: a headline's "X storms Y" is the act of storming, not the weather (``cueasides.storming_doer``);
attackers who lose counted men, or armed defenders who do, fought a clash (``violence.attackers_lost``); a
weapon told beside a clash in a clause of its own (a drone circling, a strike a day before) is no means
of the clash (``cueasides.means_aside``); two states agreeing to halt strikes or to stop firing reach an
Agreement (``nonacled_reading.fighting_halted``), and a strike "on" a halt is no labour strike; protests
told as the background of a resignation are no protest (``cueasides.background_protest``); "no arrests
have been made" is no arrest (``strategic``); property that burned in a fire nobody set is an accident
(``cueasides.burnt_in_fire``); forces "violently suppressing" a rally use excessive force; fortifying
positions is a change to group activity; a death told beside devices found makes the blast the event
(``weapons.seized_aside``); "last month's cease-fire deal" is named, not made; bombs dropped are an air
strike; people stopped by border guards are no political arrest (``cueasides.migrants_held``); an attack
on property alone is property destruction (``cueasides.property_attacked``); forces trying to remove
protesters intervene, and forces firing on demonstrators trying to block a road meet a violent
demonstration (``protestlevel._rioted``); a headline's label ("Niger coup: ...") tells no coup; "an
Iran-backed militia" does not put the place in Iran (``foreignland``); forces that "controlled" a town its
holders left took it over (``strategic.moved_in``); a village raided with a bare toll ("killing 12") is
an attack, as when it is "attacked" (``violence.bare_toll``). Neighbours keep their own types.
"""

from __future__ import annotations

import pytest

from events_helpers import first_sent, nlp_index, reports_of, token, type_of
from eventwire.events.cueasides import background_protest, means_aside, storming_doer

AC = "Armed clash"
ATT = "Attack"
AIR = "Air/drone strike"
AGR = "Agreement"
NVT = "Non-violent transfer of territory"
GRT = "Government regains territory"
LOOT = "Looting/property destruction"
EF = "Excessive force against protesters"
PWI = "Protest with intervention"
PP = "Peaceful protest"
VD = "Violent demonstration"
CHG = "Change to group/activity"
REM = "Remote explosive/landmine/IED"
ARR = "Arrests"
HQ = "Headquarters or base established"

FIXED = [
    ("Al-Shabaab storms a hotel in central Mogadishu", ATT),
    ("Militants storm army base in northern Burkina Faso", AC),
    ("Insurgents attacked the town, losing three men.", AC),
    ("Al-Shabaab fighters attacked the village of Bulo Burte, losing eight fighters.", AC),
    ("Rebels attacked the town; the army lost two soldiers.", AC),
    ("M23 rebels clashed with the army near Sake on Tuesday as a drone circled overhead.", AC),
    ("Heavy clashes erupted near Sake on Tuesday between M23 and the army, a day after a drone hit a camp.", AC),
    ("Fighting raged near Sake on Tuesday between M23 and the army, which has used drones against the rebels in recent weeks.", AC),
    ("Moscow and Kyiv agreed to a 30-day halt on strikes on power plants.", AGR),
    ("India and Pakistan agreed to stop firing along the Line of Control.", AGR),
    ("Iraqi forces have controlled the town of Sinjar after Kurdish fighters withdrew from it.", NVT),
    ("No arrests have been made after the attacks in which about 30 shops owned by migrants were looted in Durban on Tuesday night.", LOOT),
    ("The Kazakh authorities violently suppressed a peaceful rally in Almaty, detaining hundreds of people.", EF),
    ("Security forces brutally crushed a student protest in Dhaka on Monday.", EF),
    ("Rebel factions continue to fortify their positions near the front lines in the countryside of Idlib.", CHG),
    ("Houthi fighters have fortified their positions south of Hodeidah, a military source said.", CHG),
    ("Nine explosive devices have been found near the town of Pemba since June, and three children have died in an explosion.", REM),
    ("Supporters blocked streets in the capital to force the prime minister to step down over last month's cease-fire deal.", VD),
    ("The chamber of commerce said the attacks on properties of its members and government buildings had hurt the economy.", LOOT),
    ("Unknown people attacked the offices of the electoral commission in Enugu overnight, burning vehicles.", LOOT),
    ("Protesters sat in the street on Thursday as police tried to remove them.", PWI),
    ("Debris from bombs dropped by a bomber on the town caused a fire at a school.", AIR),
    ("Government forces recaptured several villages in the district after heavy clashes with the Iran-backed Houthi militia.", GRT),
    ("Students sat down on the highway outside the city on Friday, chanting slogans, as police struggled to drag them off the road.", PWI),
    ("Police opened fire on demonstrators trying to block the road to the airport, killing one.", VD),
    ("Bandits raided the village of Kware, killing 12.", ATT),
    ("Boko Haram raids village in Borno, kills 9", ATT),
]

KEPT = [
    ("Bandits attacked the village of Kurmin Masara on Monday, killing five residents.", ATT),
    ("Gunmen attacked a military base, killing six soldiers.", AC),
    ("Gunmen attack military base in Niger, kill six soldiers", AC),
    ("Bombs dropped by warplanes hit a school in the town on Monday.", AIR),
    ("Drones struck rebel positions near Sake as clashes raged on the ground.", AIR),
    ("Armenia and Azerbaijan agreed to a ceasefire along their border.", AGR),
    ("Police fired tear gas amid protests over fuel prices in Lagos on Monday.", PWI),
    ("Thousands marched in Accra on Saturday after weeks of protests over power cuts.", PP),
    ("Government troops took control of the border town after rebel forces withdrew from it on Monday.", NVT),
    ("Police arrested 40 people at an opposition rally in Kampala.", PWI),
    ("Border police arrested three suspected rebels near the crossing on Monday.", ARR),
    ("Police arrested 40 migrants in a raid on a house in Tripoli.", ARR),
    ("Police violently dispersed the rally in Harare on Saturday.", PWI),
    ("Attackers set fire to a warehouse and four shops at the main market in Kano.", LOOT),
    ("Gunmen attacked a police station and several shops in the town, killing two officers.", AC),
    ("The two sides signed a ceasefire deal in Doha on Tuesday.", AGR),
    ("Rebels built a fortified post on the ridge above the town.", HQ),
    ("The army reinforced its positions around the town with tanks on Sunday.", CHG),
    ("Gunmen attacked a church in the village, killing three worshippers.", ATT),
    ("Protesters stormed the parliament in Nairobi over the finance bill.", VD),
    ("Militants attacked army buildings in the city overnight.", AC),
    ("Soldiers staged a coup in Niamey on Wednesday, detaining the president.", "Other"),
    ("Police opened fire on demonstrators marching to the parliament, killing one.", EF),
    ("Bandits raided the village of Kware, killing 12 vigilantes.", AC),
    ("Troops raided a militant hideout in the forest, killing 12.", AC),
]

NO_EVENT = [
    "The prime minister resigned amid weeks of protests.",
    "The president stepped down after weeks of mass protests against his rule.",
    "The president dissolved the cabinet after months of protests.",
    "Peru's interior minister resigned amid weeks of anti-corruption protests.",
    "The governor withdrew the land bill after weeks of protests.",
    "No arrests have been made so far, police said.",
    "A warehouse and four shops have burned in a fire that broke out at the main market in Kano.",
    "Dozens of houses burned down in a fire that started in a kitchen in the camp.",
    "Hungarian border guards have detained 28 people from South Asia who were hiding in the back of a truck.",
    'Niger coup: France cuts aid to army rulers President Emmanuel Macron has said Paris will freeze aid unless the junta "hands back" power.',
    # neighbours that stay no event
    "Storms batter the coast of Mozambique",
    "Heavy storms kill 12 in northern India",
    "Winter storms hit Kabul, killing five",
    "India and China agreed to boost trade and investment.",
    "Three workers died in an explosion at a chemical plant on Tuesday.",
]


@pytest.mark.parametrize(("text", "want"), FIXED + KEPT)
def test_types(text: str, want: str) -> None:
    assert type_of(text) == want


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(text: str) -> None:
    assert type_of(text) is None


# -- the readers themselves ----------------------------------------------------------------------------
def test_storming_doer_reads_the_headline_verb() -> None:
    nlp, _ = nlp_index()
    sent = first_sent(nlp, "Al-Shabaab storms the hotel in Mogadishu")
    assert storming_doer(sent.doc, token(sent, "storms").i, None)
    weather = first_sent(nlp, "Heavy storms lash the coast of Mozambique")
    assert not storming_doer(weather.doc, token(weather, "storms").i, None)


def test_background_protest_needs_a_span_or_an_answer() -> None:
    nlp, _ = nlp_index()
    sent = first_sent(nlp, "The governor resigned on Monday amid weeks of protests over fuel prices.")
    assert background_protest(token(sent, "protests"))
    told = first_sent(nlp, "Police fired tear gas amid protests over fuel prices in Lagos.")
    assert not background_protest(token(told, "protests"))


def test_means_aside_only_beside_a_clash() -> None:
    nlp, _ = nlp_index()
    sent = first_sent(nlp, "Rebels clashed with the army near the town as a drone circled overhead.")
    assert means_aside(token(sent, "clashed"), token(sent, "drone"))
    strike = first_sent(nlp, "A drone struck the camp as rebels clashed with the army near the town.")
    assert not means_aside(token(strike, "struck"), token(strike, "drone"))


# -- through the whole pipeline -------------------------------------------------------------------------
def _news_types(pipeline, text: str) -> list[str]:
    return [r.sub_event_type for r in reports_of(pipeline, text) if not r.background]


def test_pipeline_headline_storm(pipeline) -> None:
    assert ATT in _news_types(pipeline, "Al-Shabaab storms a hotel in central Mogadishu")


def test_pipeline_attackers_losing_men(pipeline) -> None:
    assert _news_types(pipeline, "Insurgents attacked the town of Marte on Friday, losing three men in the fighting.") == [AC]


def test_pipeline_resignation_is_no_protest(pipeline) -> None:
    assert PP not in _news_types(pipeline, "The governor of Lagos resigned on Monday amid weeks of protests over fuel prices.")


def test_pipeline_state_agreement(pipeline) -> None:
    assert _news_types(pipeline, "Russia and Ukraine agreed on Tuesday to a 30-day halt on strikes on power plants.") == [AGR]
