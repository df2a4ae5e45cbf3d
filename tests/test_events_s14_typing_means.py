"""Sub-event typing, fourteenth session: the means of violence and texts that report no ACLED event.

Short reports written for these tests in the style of wire snippets, each typed wrongly before. The
mechanisms: what is left of a drone or a missile brought down that kills, wounds or hits a building is the
strike it stopped (``intercepts.debris_harm``; an interception that harmed no one stays disrupted weapons
use); loitering munitions and fighter types are aircraft, munitions "fired" are ranged fire (``lexicon``);
acts told only as a trend, a tally over a span, the cause of flight, a fear or the occasion of a memorial are
no event (``tallies``); a rally a bomber struck is the bombing's target, a protest in a past-perfect relative
clause is background, a court's sentence is no arrest (``cuefilter``); a game's result and harm done to
oneself are no violence (``figurative``); a former or retired member of the forces is a civilian
(``violence._outsider``)."""

from __future__ import annotations

import pytest

from events_helpers import type_of

AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
DISR = "Disrupted weapons use"
ATT = "Attack"
SUIC = "Suicide bomb"
ARR = "Arrests"

FIXED = [
    # debris of what was brought down: the strike
    ("Debris from a downed drone wounded a child in the Obolonskyi district of Kyiv.", AIR),
    ("Two residents were hurt by fragments of a drone shot down over Zaporizhzhia.", AIR),
    ("Wreckage of a drone downed by air defences fell on a school in Sumy, killing a guard.", AIR),
    ("Debris from an intercepted missile struck a block of flats in Dnipro, killing one woman.", SHELL),
    ("Shrapnel from an intercepted rocket wounded two farmers near Shlomi, medics said.", SHELL),
    # the means named by the weapon
    ("A loitering munition hit an army truck near Kelbajar, killing two soldiers.", AIR),
    ("An F-16 struck an insurgent camp in the Hamrin hills, killing six militants.", AIR),
    ("Munitions fired by the militia hit a market in Bunia, killing four traders.", SHELL),
    # a bombing at a gathering, a protest told as background, a court's sentence
    ("A suicide bomber struck a rally of the ruling party in Quetta, killing 12 people.", SUIC),
    ("Security forces arrested a singer who had backed the protests, his lawyer said.", ARR),
    # no longer serving: a civilian
    ("Militants killed a former soldier at his farm near Djibo.", ATT),
]

NOT_EVENTS = [
    # trends and counts
    "Fighting has intensified in the north of the country in recent weeks, aid groups said.",
    "Kidnappings for ransom have become routine on the roads of the region.",
    "The number of attacks on health workers doubled last year, the WHO said.",
    "Shelling of the border villages has intensified in recent days.",
    # tallies over a span
    "The militants have carried out scores of attacks in the district over the past year.",
    "Since 2020, gunmen have abducted more than 900 pupils in the region.",
    "The rebels have been fighting the army for more than a decade.",
    "Residents spoke of a climate of fear after months of kidnappings.",
    # a cause, a fear, a memorial, a remnant
    "The fighting has forced half a million people from their homes.",
    "Herders fearing new attacks by militias have moved their cattle south.",
    "Mourners buried the victims of Tuesday's bombing in a cemetery in Kabul.",
    "A memorial service was held in Mombasa for the victims of the hotel attack.",
    "Decades of war have left the valley littered with landmines.",
    # a game, an accident, a verdict
    "Ghana beat Mali 3-1 in a friendly in Accra on Sunday.",
    "A policeman accidentally shot himself while cleaning his pistol in Kisumu.",
    "A court in Nairobi jailed four men for their role in the attack on the mall.",
]

KEPT = [
    # an interception that harmed no one
    ("Air defences shot down all nine drones launched at Kyiv overnight, the military said.", DISR),
    ("Debris from a drone shot down over Kharkiv fell in a field, causing no damage.", DISR),
    # a dated act is no trend; a clash that intensified on a day
    ("Fighting intensified in the Bahri district of Khartoum on Saturday, residents said.", "Armed clash"),
    ("Gunmen killed five villagers in an attack on Kuru on Tuesday, police said.", ATT),
    # a bomb at a funeral is the bombing; soldiers on duty are fighters
    ("A bomb exploded at a funeral in Jalalabad, killing four mourners.", "Remote explosive/landmine/IED"),
    ("Police dispersed protesters who had gathered outside parliament in Nairobi.", "Protest with intervention"),
    ("Gunmen shot dead a retired police officer outside a mosque in Kandahar.", ATT),
]


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_fixed_types(text: str, expected: str) -> None:
    assert type_of(text) == expected


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_events(text: str) -> None:
    assert type_of(text) is None


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_kept_types(text: str, expected: str) -> None:
    assert type_of(text) == expected
