"""Twenty-fourth session (helper G): place names that are parts of other names, and capitals that
stand for their governments.

* a big place only a transliteration-insensitive key matches, inside a longer person's name, is that
  person ("between Bashar al-Assad's regime": no Béchar, Algeria), even after a preposition;
* the last part of a hyphenated name joined by a lower-case word is no place ("Mar-a-Lago": no Largo);
* a name after a place's possessive and before a capitalised noun names a facility of that place when
  no place of that name lies in it ("Chicago's Midway Airport": no Midland, Texas);
* a national capital that is the subject of a verb of saying or policy, the possessor of a state's noun,
  the agent of a passive, the one a request or a charge addresses or the place of "officials in" is no
  event's place (``geo.seats``).

All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire.geo.seats import seat_for_state
from eventwire.records import Article, Place, PlaceMention, Section
from geo_helpers import geo_mentions, geo_place_at, geo_places


def test_a_loose_match_inside_a_persons_name_is_no_place(nlp, geo_tagger):
    text = "The agreement between Bashar al-Assad's regime and the rebels ended a three-year siege."
    assert "Bashar" not in geo_places(nlp, geo_tagger, text)


def test_the_last_part_of_a_hyphenated_name_is_no_place(nlp, geo_tagger):
    text = "The senator spent the weekend at Mar-a-Lago, the resort in Palm Beach, Florida."
    names = {m.text for m in geo_mentions(nlp, geo_tagger, text)}
    assert "Lago" not in names
    assert "Florida" in names


def test_a_facility_of_the_possessor_is_no_namesake_elsewhere(nlp, geo_tagger):
    text = "The suspect was arrested in 2015 at Chicago's Midway Airport before boarding a flight."
    names = {m.text for m in geo_mentions(nlp, geo_tagger, text)}
    assert "Midway" not in names
    assert "Chicago" in names


def test_a_name_the_possessor_holds_stays(nlp, geo_tagger):
    text = "Rebels shelled Syria's Idlib Province on Monday."
    assert geo_place_at(nlp, geo_tagger, text, "Idlib").iso == "SYR"


CAPITAL = Place(name="Highcity", iso="KEN", country="Kenya", admin1="Capital Region", feature_code="PPLC")
TOWN = Place(name="Southbay", iso="KEN", country="Kenya", admin1="Coast", feature_code="PPL")


def _at(text: str, name: str, place: Place = CAPITAL, nth: int = 0) -> PlaceMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return PlaceMention(start=start, end=start + len(name), text=name, place=place)


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Highcity said the strike killed twenty militants.", True),
        ("Highcity has long insisted that the group is a terrorist one.", True),
        ("The fighters, whom Highcity regards as terrorists, were shelled.", True),
        ("Highcity's air force bombed the rebel positions.", True),
        ("Recruits to Highcity's latest experiment were trained abroad.", True),
        ("The deployment is opposed by Highcity.", True),
        ("Senior officials in Highcity believe the group is crippled.", True),
        ("Lowtown and Highcity should also join forces.", True),
        ("Lowtown has asked Highcity to hand over its bases.", True),
        ("The allies accused Highcity of deliberate time-wasting.", True),
        ("The raid sparked tensions between Highcity and its allies.", True),
        ("He said Highcity was stalling on its commitment.", True),
        ("Highcity has been angered by the militia's expansion.", True),
        ("Highcity had grown increasingly irritated by the rebels.", True),
        ("Her husband told Highcity police that he had been beaten.", False),
        ("A bomb exploded in Highcity on Monday.", False),
        ("Highcity fell to the rebels after a week of fighting.", False),
        ("Highcity's hospitals were full of the wounded.", False),
        ("Protesters marched in Lowtown and Highcity on Sunday.", False),
        ("A village surrounded by Highcity was shelled.", False),
    ],
)
def test_a_capital_that_stands_for_its_state(text, seat):
    assert seat_for_state(text, _at(text, "Highcity")) is seat


def test_only_a_national_capital_stands_for_a_state():
    text = "Southbay said the strike killed twenty militants."
    assert not seat_for_state(text, _at(text, "Southbay", TOWN))


def test_an_event_is_not_placed_at_a_capital_that_speaks(nlp):
    from eventwire.events.linking import PlaceLinker

    text = "Fighters attacked a convoy near Southbay.\nHighcity said the attack killed ten soldiers."
    ms = [_at(text, "Southbay", TOWN), _at(text, "Highcity")]
    art = Article(id="t", text=text, place_mentions=ms, sections=[Section("body", 0, len(text))])
    doc = nlp(text)
    sent = list(doc.sents)[-1]
    trig = next(t for t in sent if t.text == "killed")
    place, _ = PlaceLinker(art).for_sentence(sent, trig)
    assert place is not None and place.place is TOWN
