"""Sub-event typing, fourteenth session (crowds, territory, group changes): short reports written for
these tests in the style of wire snippets, each typed wrongly before.

The mechanisms: demonstrators and the police named together as the sides of a fight are a riot, even
where the parse loses the fight's subject (``crowdforce``); a truce one armed side declares on its own is
still an Agreement, as the project's reference lists ceasefires there; a capture only tried,
with the attackers repelled, is an Armed clash, and an arrest after which the person is held where nobody
is told is a forced disappearance (``turns``); a crowd's punishment whose finite verb the parse hung on
the crowd is mob violence (``crowdcues``); forces forcing demonstrators off a road or taking them away
intervene in the protest (``protestlevel.curbed``); an arrest made at a demonstration by a reader other
than the arrest cues no longer crashes the typing (``protestlevel.arrest_at_protest``). Neighbours keep
their own types."""

from __future__ import annotations

import pytest

from events_helpers import nlp_index, type_of
from eventwire.events.developments import announced_change
from eventwire.events.turns import held_unknown, tried_capture

VD = "Violent demonstration"
PI = "Protest with intervention"
CH = "Change to group/activity"
AG = "Agreement"
AB = "Abduction/forced disappearance"
EF = "Excessive force against protesters"

FIXED = [
    ("Two people were killed and dozens injured as demonstrators and police fought pitched battles in the streets of Lome.", VD),
    ("The Kachin rebels declared a unilateral ceasefire for the harvest season.", AG),
    ("The militia announced a two-week truce to allow farmers to plant their fields.", AG),
    ("Plain-clothes agents detained the blogger on Friday and his whereabouts remain unknown, his lawyer said.", AB),
    ("Police picked up the student leader at dawn and refused to say where he was being held.", AB),
    ("Insurgents tried to capture the district centre but were repulsed by troops after a long battle.", "Armed clash"),
    ("A crowd set upon a suspected goat thief in the market and burned him alive, a police commander said.", "Mob violence"),
    ("Soldiers forced protesting farmers to leave the highway and took several of them away in trucks.", PI),
    ("Hundreds of angry party workers went on a rampage after their leader was detained, burning buses and looting shops.", VD),
    ("A mob of villagers stormed the police post in an attempt to lynch a man held for theft.", "Mob violence"),
    ("Hundreds of supporters of the detained opposition leader gathered outside the court, singing and waving flags.",
     "Peaceful protest"),
    ("Peaceful demonstrators were tortured after being detained by police at a rally in Harare, a rights group said.", EF),
    ("Youths hurled stones at the governor's motorcade in Kano on Friday.", VD),
    ("Dozens of peaceful protesters were seriously injured when police charged them with batons.", EF),
    ("Police opened fire on a crowd of mourners demanding justice for a murdered teacher, killing three.", EF),
    ("Dozens of men armed with sticks attacked Christian homes in the village, police said.", "Mob violence"),
    ("Government soldiers left the town of Bunia and militia fighters moved in the same day, residents said.",
     "Non-violent transfer of territory"),
    ("The military said the coup attempt was foiled and the capital was calm.", "Other"),
]

NEIGHBOURS = [
    ("The government and the rebels agreed to a ceasefire in Juba on Sunday.", AG),
    ("The army announced a ceasefire with the rebels after talks in Nairobi.", AG),
    ("Police arrested the opposition leader and took him to the central police station.", "Arrests"),
    ("Rebels captured the town of Kiwanja after heavy fighting with the army.", "Non-state actor overtakes territory"),
    ("Soldiers and rebels fought near the town of Beni on Tuesday, killing six.", "Armed clash"),
    ("Thousands of teachers marched peacefully through the capital to demand higher pay.", "Peaceful protest"),
    ("Ten protesters were injured when they clashed with police in the town of Kasese.", VD),
    ("Hundreds of party members attended the congress in Accra on Saturday.", None),
    ("Hundreds of fighters of the rebel group gathered in the forest near Beni.", CH),
    ("Protesters attacked the police station in Goma, throwing stones at officers.", VD),
    ("Police arrested ten officers accused of plotting a coup against the president.", "Arrests"),
]


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_probe_types(text: str, expected: str) -> None:
    assert type_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEIGHBOURS)
def test_neighbours_keep_their_types(text: str, expected: str | None) -> None:
    assert type_of(text) == expected


def _tok(text: str, word: str):
    nlp, _idx = nlp_index()
    doc = nlp(text)
    return next(t for t in doc if t.lower_ == word)


def test_tried_capture_and_held_unknown() -> None:
    assert tried_capture(_tok("Rebels tried to take the town but failed.", "take"))
    assert not tried_capture(_tok("Rebels took the town after a battle.", "took"))
    nlp, _idx = nlp_index()
    assert held_unknown(next(nlp("He was detained and has not been seen since.").sents))
    assert not held_unknown(next(nlp("He was detained and taken to the police station.").sents))


def test_announced_resumption_is_the_change() -> None:
    trig = _tok("The separatist group announced that it would resume its armed struggle.", "resume")
    assert announced_change(trig).lower_ == "announced"
    plan = _tok("The army said it would deploy troops to the border.", "deploy")
    assert announced_change(plan).lower_ == "deploy"


def test_arrest_by_another_reader_at_a_protest_does_not_crash() -> None:
    got = type_of("Plain-clothes officers seized a woman holding a blank sheet of paper at a protest in the city centre.")
    assert got in (PI, "Arrests", "Peaceful protest")
