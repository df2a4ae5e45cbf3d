"""Relative phrases anchored on a country ("central Mali", "eastern Congo") in events.linking: a
little more specific than the country named alone, never more than a division or town named in the
same sentence ("in Moura, in central Mali" is Moura); a relative phrase on a town or division
("40 km east of Palmyra", "the countryside of Homs") stays most specific; a town the gazetteer
lacks, placed inside the place named with it, ranks as a town."""

from __future__ import annotations

from dataclasses import replace

from eventwire.events.linking import PlaceLinker, is_country_only, specificity
from eventwire.records import Article, Place, PlaceMention

MALI = Place(name="Mali", iso="MLI", country="Mali", feature_code="PCLI", geo_precision=3)
MOPTI = Place(name="Mopti", iso="MLI", country="Mali", admin1="Mopti", feature_code="ADM1", geo_precision=3)
DJENNE = Place(name="Djenne", iso="MLI", country="Mali", admin1="Mopti", admin2="Djenne",
               feature_code="PPL", geo_precision=1)
PALMYRA = Place(name="Palmyra", iso="SYR", country="Syria", admin1="Homs", feature_code="PPL", geo_precision=2)
HOMS = Place(name="Homs", iso="SYR", country="Syria", admin1="Homs", feature_code="ADM1", geo_precision=3)


def at(text: str, words: str, place: Place, *, kind: str = "toponym", anchor: str | None = None,
       reason: str = "", last: bool = False) -> PlaceMention:
    start = text.rindex(words) if last else text.index(words)
    return PlaceMention(start=start, end=start + len(words), text=words, kind=kind, anchor=anchor,
                        place=replace(place, reason=reason) if reason else place)


def linked(nlp, text: str, mentions: list[PlaceMention], trigger: str) -> PlaceMention | None:
    doc = nlp(text)
    art = Article(id="t", text=text, place_mentions=mentions)
    sent = next(iter(doc.sents))
    trig = next(t for t in doc if t.text == trigger)
    place, how = PlaceLinker(art).for_sentence(sent, trig)
    assert how == "sentence"
    return place


def test_a_direction_on_a_country_is_between_a_province_and_the_country():
    text = "in central Mali, in Mopti, in Mali, in Djenne"
    rel = at(text, "central Mali", MALI, kind="relative", anchor="Mali")
    assert specificity(at(text, "Djenne", DJENNE)) < specificity(at(text, "Mopti", MOPTI)) < specificity(rel)
    assert specificity(rel) < specificity(at(text, "Mali", MALI))
    assert is_country_only(rel) and is_country_only(at(text, "Mali", MALI))
    assert not is_country_only(at(text, "Mopti", MOPTI))


def test_a_relative_phrase_on_a_town_or_division_stays_most_specific():
    text = "40 km east of Palmyra, the countryside of Homs, in central Mali"
    near_town = at(text, "40 km east of Palmyra", PALMYRA, kind="relative", anchor="Palmyra")
    near_province = at(text, "the countryside of Homs", HOMS, kind="relative", anchor="Homs")
    on_country = at(text, "central Mali", MALI, kind="relative", anchor="Mali")
    assert specificity(near_town) == specificity(at(text, "Palmyra", PALMYRA))
    assert specificity(near_province) < specificity(at(text, "Homs", HOMS)) < specificity(on_country)
    assert not is_country_only(near_town) and not is_country_only(near_province)


def test_a_named_town_beats_the_direction_phrase_on_its_country(nlp):
    text = "Soldiers killed 20 men in Djenne, in central Mali, last week."
    djenne = at(text, "Djenne", DJENNE)
    rel = at(text, "central Mali", MALI, kind="relative", anchor="Mali")
    assert linked(nlp, text, [djenne, rel], "killed") is djenne
    # also when the direction phrase is nearer the verb
    text = "Soldiers in central Mali killed 20 men in Djenne last week."
    djenne = at(text, "Djenne", DJENNE)
    rel = at(text, "central Mali", MALI, kind="relative", anchor="Mali")
    assert linked(nlp, text, [djenne, rel], "killed") is djenne
    # without the town, the direction phrase is the place (and a country-level one)
    text = "Soldiers killed 20 men in central Mali last week."
    rel = at(text, "central Mali", MALI, kind="relative", anchor="Mali")
    assert linked(nlp, text, [rel], "killed") is rel


def test_a_division_beats_the_direction_phrase_on_its_country(nlp):
    text = "Gunmen killed 20 villagers in the Mopti region of central Mali on Sunday."
    mopti = at(text, "Mopti", MOPTI)
    rel = at(text, "central Mali", MALI, kind="relative", anchor="Mali")
    assert linked(nlp, text, [mopti, rel], "killed") is mopti


def test_a_direction_phrase_beats_its_country_named_alone(nlp):
    text = "Gunmen killed 20 villagers in central Mali, the army of Mali said."
    rel = at(text, "central Mali", MALI, kind="relative", anchor="Mali")
    bare = at(text, "Mali", MALI, last=True)
    assert linked(nlp, text, [rel, bare], "killed") is rel


def test_an_unlisted_town_inside_a_division_ranks_as_a_town(nlp):
    # "Moura" is not in the gazetteer: the tagger codes it at Mopti, the division named with it
    text = "Jihadists killed 12 civilians in Moura, in central Mali's Mopti region, on Sunday."
    moura = at(text, "Moura", MOPTI, reason="not in the gazetteer; inside Mopti")
    mopti = at(text, "Mopti", MOPTI)
    rel = at(text, "central Mali", MALI, kind="relative", anchor="Mali")
    assert specificity(moura) < specificity(mopti)
    assert linked(nlp, text, [moura, rel, mopti], "killed") is moura
    # one coded next to a town, or at the document's place, is no town of its own
    stand_in = at(text, "Moura", MOPTI, reason="not in the gazetteer; next to Mopti")
    assert specificity(stand_in) == specificity(mopti)
