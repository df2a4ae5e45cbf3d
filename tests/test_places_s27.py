"""Twenty-seventh session, event places (helper PLC, from the audits of real news).

- A place named only to say where the place before it lies ("Harasta, near the Syrian capital,
  Damascus", "Konduga, a town 30 km south-east of Maiduguri") is no scene (``events.landmarks``).
- A province named near a sentence beats the country when the paragraph's finer place, told a page before,
  lies in it (``events.nearplaces``).
- Merging keeps a report's country when the report merged into it names a town of another country
  (``events.placeagree.keeps_its_country``), and a transfer of territory placed only by its paragraph in
  a town of another province is no retelling of a capture elsewhere (``inherited_elsewhere``).
- A country that is the subject of another clause than the act's, which holds the act's clause, is a state
  acting, not the act's place (``events.stateclauses``); "pro-" and "anti-" before a country make a stance,
  no place (``events.scenes.not_a_scene``).

All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import act_places, nlp_index, reports_of, show_reports
from eventwire.events.landmarks import locates_another
from eventwire.events.linking import place_level
from eventwire.events.nearplaces import nearest_earlier
from eventwire.events.placeagree import inherited_elsewhere, keeps_its_country, other_country
from eventwire.events.scenes import not_a_scene
from eventwire.events.stateclauses import state_of_another_clause
from eventwire.records import Actor, EventReport, Evidence, Place, PlaceMention

SUN = dt.date(2024, 5, 19)


def _mention(text: str, name: str, *, iso: str, code: str, admin1: str | None = None, start: int | None = None,
             full: str = "") -> PlaceMention:
    at = full.index(text) if start is None else start
    return PlaceMention(at, at + len(text), text, Place(name, iso=iso, admin1=admin1, feature_code=code))


# -- landmarks -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "town", "landmark", "expected"), [
    ("the images from Harasta, near the Syrian capital, Damascus, shocked", "Harasta", "Damascus", True),
    ("fled Konduga, a town 30 km south-east of Maiduguri, on Sunday", "Konduga", "Maiduguri", True),
    ("in Jandaris, on the outskirts of Afrin, where", "Jandaris", "Afrin", True),
    ("shelled Harasta, a suburb of Damascus, again", "Harasta", "Damascus", True),
    # near misses: a list of places, containment, a country
    ("strikes hit Aleppo, Idlib and Hama on Sunday", "Aleppo", "Idlib", False),
    ("in Harasta, in Damascus province, on Sunday", "Harasta", "Damascus", False),
    ("fighting in Syria, near Turkey, on Sunday", "Syria", "Turkey", False),
])
def test_landmark_of_the_place_before(text, town, landmark, expected):
    country = "PCLI" if town == "Syria" else "PPL"
    first = _mention(town, town, iso="SYR" if town != "Konduga" else "NGA", code=country, full=text)
    iso = first.place.iso if landmark != "Turkey" else "TUR"
    second = _mention(landmark, landmark, iso=iso, code="PPLA" if landmark != "Turkey" else "PCLI",
                      start=text.index(landmark, first.end), full=text)
    assert locates_another(text, second, [first, second]) is expected
    assert not locates_another(text, first, [first, second])  # the town itself stays


def test_landmark_is_not_the_scene_told_after(pipeline):
    text = ("The world saw the images from Harasta, near the Syrian capital, Damascus, on Sunday. Dozens "
            "have died after what was clearly a chemical weapons attack.")
    places = act_places(pipeline, text, published=SUN)
    assert places and all(p is not None and p != "Damascus" for p in places), places


def test_town_named_with_its_province_stays(pipeline):
    # near miss: the town is the scene whatever the landmark; no landmark at all here
    text = "Gunmen killed 12 villagers in Konduga, in Borno State, on Sunday."
    assert act_places(pipeline, text, published=SUN) == ["Konduga"]


# -- a province near, a town a page before --------------------------------------------------------------
def _near_mentions(region_gap: int) -> tuple[list[PlaceMention], list[int], int]:
    town = PlaceMention(10, 24, "eastern Ghouta", Place("Eastern Ghouta", iso="SYR", admin1="Rif-dimashq",
                                                        feature_code="RGN"), kind="relative")
    country = PlaceMention(900, 905, "Syria", Place("Syria", iso="SYR", feature_code="PCLI"))
    region = PlaceMention(2000 - region_gap, 2006 - region_gap, "Ghouta",
                          Place("Eastern Ghouta", iso="SYR", admin1="Rif-dimashq", feature_code="RGN"))
    return [town, country, region], [0, 4, 2], 2000


def test_province_near_beats_the_country_of_a_far_town():
    mentions, specs, start = _near_mentions(150)
    got = nearest_earlier([0, 1, 2], mentions, specs, start, level_of=place_level)
    assert got is mentions[2]


def test_far_town_gives_its_country_when_nothing_of_its_province_is_near():
    mentions, specs, start = _near_mentions(150)
    mentions[2] = PlaceMention(1850, 1856, "Homs", Place("Homs", iso="SYR", admin1="Homs", feature_code="ADM1"))
    got = nearest_earlier([0, 1, 2], mentions, specs, start, level_of=place_level)
    assert got is mentions[1]  # the country, as before


# -- merging: a country and a town of another country ---------------------------------------------------
def _report(place: PlaceMention | None, *, sides: tuple[str | None, ...] = (), notes: list[str] | None = None
            ) -> EventReport:
    actors = [Actor(f"Side {c}", inter=1, country=c) if c else None for c in sides] + [None, None]
    return EventReport(event_type="Explosions/Remote violence", sub_event_type="Chemical weapon",
                       disorder_type="Political violence", evidence=Evidence("x", 0, 1), location=place,
                       actor1=actors[0], actor2=actors[1], notes=notes or [])


SYRIA = PlaceMention(0, 5, "Syria", Place("Syria", iso="SYR", feature_code="PCLI"))
SALISBURY = PlaceMention(50, 59, "Salisbury", Place("Salisbury", iso="GBR", admin1="England", feature_code="PPLA3"))
ALEPPO = PlaceMention(60, 66, "Aleppo", Place("Aleppo", iso="SYR", admin1="Aleppo", feature_code="PPLA"))
RUSSIA = PlaceMention(70, 76, "Russia", Place("Russia", iso="RUS", feature_code="PCLI"))


def _country_only(m: PlaceMention | None) -> bool:
    return m is not None and m.place is not None and (m.place.feature_code or "").startswith("PCL")


def test_country_kept_against_a_town_abroad():
    assert keeps_its_country(_report(SYRIA, sides=("SYR", "GBR")), SALISBURY, country_only=_country_only)
    assert keeps_its_country(_report(SYRIA), SALISBURY, country_only=_country_only)  # no sides: kept


def test_town_taken_when_every_side_is_of_its_country():
    # "Syrian jets bombed civilians", placed in Russia by "airstrikes launched by Russia", and Aleppo
    assert not keeps_its_country(_report(RUSSIA, sides=("SYR", "SYR")), ALEPPO, country_only=_country_only)
    # near miss: a town of the same country is the same place at two precisions
    assert not keeps_its_country(_report(SYRIA, sides=("GBR",)), ALEPPO, country_only=_country_only)
    assert other_country(SYRIA, SALISBURY) and not other_country(SYRIA, ALEPPO)


def test_inherited_town_of_another_province():
    raqqa = PlaceMention(0, 5, "Raqqa", Place("Ar Raqqah", iso="SYR", admin1="Ar-Raqqah", feature_code="PPLA"))
    mayadeen = PlaceMention(9, 17, "Mayadeen", Place("Al Mayadin", iso="SYR", admin1="Deir ez-Zor",
                                                     feature_code="PPLA2"))
    deir = PlaceMention(20, 31, "Deir ez-Zor", Place("Deir ez-Zor", iso="SYR", admin1="Deir ez-Zor",
                                                     feature_code="PPLA"))
    province = PlaceMention(40, 51, "Deir ez-Zor", Place("Deir ez-Zor", iso="SYR", admin1="Deir ez-Zor",
                                                         feature_code="ADM1"))
    assert inherited_elsewhere(mayadeen, raqqa, level_of=place_level)
    assert not inherited_elsewhere(mayadeen, deir, level_of=place_level)  # one province
    assert not inherited_elsewhere(province, raqqa, level_of=place_level)  # a province may hold it
    assert not inherited_elsewhere(None, raqqa, level_of=place_level)


def test_chemical_attack_keeps_its_country_after_an_attack_abroad(pipeline):
    text = ("The debate has surfaced again in Syria with a chemical gas attack that left dead children on "
            "Saturday. Russia carried out a chemical weapons attack on British soil in Salisbury, the minister "
            "said.")
    places = act_places(pipeline, text, published=SUN)
    assert "Syria" in places and places[0] != "Salisbury", places


def test_transfer_placed_by_its_paragraph_is_no_capture_of_another_province(pipeline):
    text = ("The coalition told reporters that it expects difficult days ahead until Raqqa is retaken. Opposition "
            "from militants in Mayadeen collapsed on Saturday after weeks of fighting. State television quoted an "
            "unnamed military official as saying that soldiers were chasing the last militants out of Mayadeen "
            "while engineers were clearing land mines left in the town.")
    transfers = [r for r in reports_of(pipeline, text, published=SUN)
                 if r.sub_event_type == "Non-violent transfer of territory"]
    assert transfers and all(r.location is not None and r.location.text == "Mayadeen" for r in transfers), (
        show_reports(transfers))


# -- a state acting in another clause -------------------------------------------------------------------
def _tokens(text: str, country: str, trigger: str):
    nlp, _ = nlp_index()
    doc = nlp(text)
    return next(t for t in doc if t.text == country), next(t for t in doc if t.text == trigger)


@pytest.mark.parametrize(("text", "country", "trigger", "expected"), [
    ("The US has avoided ground engagements, although a lethal clash last week with militia in the east "
     "suggested it may be drawn in.", "US", "clash", True),
    # near misses: a state that tells of the act, a state doing the act, an act clause with no subject
    ("Mali said an attack killed 20 soldiers near the border.", "Mali", "attack", False),
    ("Turkey shelled the town on Sunday.", "Turkey", "shelled", False),
])
def test_state_of_another_clause(text, country, trigger, expected):
    tok, trig = _tokens(text, country, trigger)
    assert state_of_another_clause(tok, trig) is expected


def test_clash_under_a_states_clause_placed_where_the_paragraph_told(pipeline):
    text = ("Government forces shelled rebel positions in Idlib province for a week. The US has avoided ground "
            "engagements, although a lethal clash last week with militia killed five fighters.")
    places = act_places(pipeline, text, published=SUN)
    assert "United States" not in places, places


# -- stances -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Police arrested a pro-Israel activist in Abuja.", "Israel", True),
    ("Hundreds joined an anti-Russia rally in Tbilisi.", "Russia", True),
    ("Police arrested an activist in Israel.", "Israel", False),
])
def test_stance_is_no_scene(text, name, expected):
    m = _mention(name, name, iso="XXX", code="PCLI", full=text)
    assert not_a_scene(text, m) is expected
