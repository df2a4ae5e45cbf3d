"""Typing, thirteenth session (helper 5): the general errors left by the session's typing probe, on short
reports written for these tests.

- A toll summed over months or years ("since January, 340 people have been killed", "had been killed
  since March", "since the start of the year") is background, no news event (``status``); a span of
  days or the toll of one act stays news.
- A blast at a store of arms with an innocent cause, an attack ruled out or the cause left open, and no
  attacker named, is a man-made disaster (``mishaps``); an attack only "ruled out" is negated (``status``).
- "Raided the village and looted shops", the participle parsed as an adjective, is the raiders' looting
  (``raids``, read by ``cuefilter``).
- Forces moving themselves toward a place or into the forest are a movement (``movements``)."""

from __future__ import annotations

import pytest

from events_helpers import decisions_of, nlp_index, type_of
from eventwire.events.raids import raid_second_act
from eventwire.records import Article

CLASH = "Armed clash"
ATTACK = "Attack"
LOOT = "Looting/property destruction"
CHANGE = "Change to group/activity"
REMOTE = "Remote explosive/landmine/IED"

SUMMED = [
    "Since January, 340 people have been killed in clashes in the region, the UN said on Tuesday.",
    "The conflict in the province has killed more than 10,000 people since 2011.",
    "More than 90 people have been killed in attacks by the militia in the past three months, the UN said.",
    "At least 1,200 civilians have died in fighting in the north since the start of the year, a rights group said.",
    "The defence minister said that 52 soldiers had been killed in the province since March.",
]


def _main(pipeline, text: str):
    article = Article(id="t", text=text, source="test")
    pipeline.process(article)
    return article, pipeline.events.main_event(article)


@pytest.mark.parametrize("text", SUMMED)
def test_toll_over_months_is_background(pipeline, text: str) -> None:
    article, main = _main(pipeline, text)
    assert article.reports and all(r.background for r in article.reports), text
    assert main is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Twelve people have been killed in clashes between soldiers and rebels since Monday, the army said.", CLASH),
    ("So far, 12 people have died in the attack on the market, police said.", ATTACK),
])
def test_short_span_or_one_act_stays_news(pipeline, text: str, expected: str) -> None:
    _article, main = _main(pipeline, text)
    assert main is not None and main.sub_event_type == expected and not main.background


def test_summed_toll_beside_the_news_is_not_news(pipeline) -> None:
    text = ("Gunmen killed five villagers in Kadi on Monday. Since January, 340 people have been killed in "
            "attacks in the state, police said.")
    article, main = _main(pipeline, text)
    news = [(r.sub_event_type, r.fatalities.count) for r in article.reports if not r.background]
    assert news == [(ATTACK, 5)] and main is not None and main.fatalities.count == 5


@pytest.mark.parametrize("text", [
    "A blast ripped through a military arms depot in the north on Sunday, injuring five people. The army said it was caused by a fire.",
    "A series of explosions rocked an arms depot outside the capital on Saturday, killing 12 people; the government said the cause was not yet known.",
    "An explosion at an army ammunition depot near the city killed two soldiers on Monday. Officials ruled out an attack.",
])
def test_blast_at_arms_store_without_attacker_is_an_accident(text: str) -> None:
    decisions = decisions_of(text)
    assert decisions and decisions[0].sub_event_type is None and decisions[0].none_class == "MANMADE"


def test_ruled_out_attack_is_negated(pipeline) -> None:
    text = ("An explosion at an army ammunition depot near the city killed two soldiers on Monday. Officials "
            "ruled out an attack and said the cause was under investigation.")
    article, main = _main(pipeline, text)
    assert all(r.negated for r in article.reports) and main is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli jets struck an arms depot near Damascus on Sunday, causing a series of explosions, a monitor said.",
     "Air/drone strike"),
    ("A roadside bomb exploded near an army depot on Monday, killing two soldiers.", REMOTE),
    ("An explosion at an ammunition depot in the east killed four soldiers on Tuesday; military intelligence said "
     "saboteurs had planted charges.", REMOTE),
])
def test_blast_with_attacker_keeps_its_type(text: str, expected: str) -> None:
    assert type_of(text) == expected


@pytest.mark.parametrize("text", [
    "Gunmen raided the village and looted shops and livestock.",
    "Fighters from the militia stormed the town and looted shops, the hospital and the aid warehouse, witnesses said.",
])
def test_raid_and_looting_without_harm_is_looting(text: str) -> None:
    assert type_of(text) == LOOT


def test_raid_with_killing_stays_an_attack() -> None:
    assert type_of("Gunmen raided the village and looted shops, killing two traders.") == ATTACK


def test_raid_second_act_reader() -> None:
    nlp, _idx = nlp_index()
    doc = nlp("Gunmen raided the village and looted shops and livestock.")
    assert raid_second_act(next(t for t in doc if t.lower_ == "looted"))
    doc = nlp("Soldiers found destroyed houses and burnt cars in the village.")
    assert not raid_second_act(next(t for t in doc if t.lower_ == "burnt"))


@pytest.mark.parametrize("text", [
    "Rebel fighters deployed into the forest near Beni on Tuesday, the army said.",
    "Dozens of militants moved into the hills above Kafr Nabl on Sunday, residents said.",
    "Members of the militia waded across the river and moved toward Bunia, a local official said.",
])
def test_forces_moving_themselves_are_a_movement(text: str) -> None:
    assert type_of(text) == CHANGE


@pytest.mark.parametrize("text", [
    "Protesters moved toward the parliament building on Monday.",
    "The company moved its offices to Nairobi.",
    # moving into a place another side left is a handover
    "Rebel fighters moved into districts north of the river vacated by government troops, residents said.",
])
def test_others_moving_are_no_movement_of_forces(text: str) -> None:
    assert type_of(text) != CHANGE


def test_attack_not_ruled_out_leaves_the_blast() -> None:
    text = ("An explosion at an ammunition depot near the city killed two soldiers on Monday. Officials did not "
            "rule out sabotage.")
    assert decisions_of(text)[0].sub_event_type == REMOTE
