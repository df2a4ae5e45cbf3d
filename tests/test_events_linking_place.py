"""The place of an article's main event (events.linking): a place whose police force is named is
where that force acts ("police" feature of mention_features); the town of the dateline, also when
the segmenter left the dateline in the body (dateline_spans / dateline_town), is favoured among the
towns of the admin1 the article weighs most, without moving the admin1 (dominant_place). The
articles are invented."""

from __future__ import annotations

from eventwire.events.linking import (
    WEIGHTS,
    dateline_spans,
    dateline_town,
    dominant_place,
    mention_features,
    mention_weights_of,
)
from eventwire.records import Actor, ActorMention, Article, Place, PlaceMention, Section

NORTH = Place(name="Northport", iso="KEN", country="Kenya", admin1="Coast", feature_code="PPLA")
SOUTH = Place(name="Southbay", iso="KEN", country="Kenya", admin1="Coast", feature_code="PPL")
CAPITAL = Place(name="Highcity", iso="KEN", country="Kenya", admin1="Capital Region", feature_code="PPLC")
LAKE = Place(name="Lakeside", iso="KEN", country="Kenya", admin1="Lake Province", feature_code="PPL")
ABROAD = Place(name="Farton", iso="TZA", country="Tanzania", admin1="Arusha", feature_code="PPL")


def at(text: str, name: str, place: Place, nth: int = 0) -> PlaceMention:
    """The mention of ``name`` (its ``nth`` occurrence) in ``text``, resolved to ``place``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return PlaceMention(start=start, end=start + len(name), text=name, place=place)


def article(text: str, mentions: list[PlaceMention], sections: list[Section] | None = None) -> Article:
    return Article(id="t", text=text, place_mentions=mentions,
                   sections=sections if sections is not None else [Section("body", 0, len(text))])


# -- a place whose police force is named ---------------------------------------------------------
def test_a_place_whose_police_force_is_named_weighs_more_and_is_not_an_organisation_name():
    text = ("Officers of the Southbay Police Command detained the reporter. The Northport-based editor "
            "said the Lakeside police had no warrant. Highcity's police denied it. A Northport court sat.")
    ms = [at(text, "Southbay", SOUTH), at(text, "Northport", NORTH), at(text, "Lakeside", LAKE),
          at(text, "Highcity", CAPITAL), at(text, "Northport", NORTH, nth=1)]
    feats = dict((m.start, f) for m, f in mention_features(article(text, ms)))
    assert "police" in feats[ms[0].start] and "police" in feats[ms[2].start] and "police" in feats[ms[3].start]
    assert "police" not in feats[ms[1].start] and "police" not in feats[ms[4].start]
    weights = {m.start: w for m, w in mention_weights_of(mention_features(article(text, ms)))}
    assert weights[ms[0].start] == weights[ms[4].start] * WEIGHTS["police"]


def test_the_police_feature_survives_an_actor_or_organisation_reading():
    text = "The Lakeside County Police arrested two activists."
    m = at(text, "Lakeside", LAKE)
    a = article(text, [m])
    police = Actor(name="Police Forces of Kenya", inter=1)
    a.actor_mentions = [ActorMention(start=4, end=26, text="Lakeside County Police", actor=police)]
    (_, feats), = mention_features(a)
    assert "police" in feats and "in_actor" not in feats


# -- the dateline ---------------------------------------------------------------------------------
def test_a_dateline_left_in_the_body_is_found_after_a_caption():
    title = "Court frees four farmers"
    text = (f"{title}\n\nFarmers wait outside the court. (Photo: staff)\n\n"
            "NORTHPORT, Kenya — A magistrate freed four farmers on Monday.\n\nThe police in Southbay objected.")
    spans = dateline_spans(article(text, [], [Section("title", 0, len(title)), Section("body", len(title) + 2, len(text))]))
    assert len(spans) == 1 and text[spans[0][0]:spans[0][1]].startswith("NORTHPORT")
    # a sub-heading, a sentence that opens with a place, or a place alone on a line is no dateline
    for body in ("Southbay\n\nThe police objected.", "In Northport, a magistrate freed four farmers.",
                 "Northport is a port town on the coast."):
        text = f"{title}\n\n{body}"
        assert dateline_spans(article(text, [], [Section("title", 0, len(title))])) == []


def test_a_dateline_section_comes_first():
    text = "SOUTHBAY (Wire) - Police detained a reporter.\n\nNORTHPORT, Kenya - Another paragraph."
    sec = [Section("dateline", 0, 8), Section("body", 18, len(text))]
    assert dateline_spans(article(text, [], sec)) == [(0, 8)]


def test_the_dateline_town_must_lie_in_the_country_and_be_a_town():
    text = "NORTHPORT, Kenya — Police detained a reporter in Southbay."
    town = at(text, "NORTHPORT", NORTH)
    a = article(text, [town, at(text, "Southbay", SOUTH)])
    assert dateline_town(a, "KEN") is town
    assert dateline_town(a, "TZA") is None
    province = PlaceMention(start=0, end=9, text="NORTHPORT",
                            place=Place(name="Coast", iso="KEN", admin1="Coast", feature_code="ADM1"))
    assert dateline_town(article(text, [province]), "KEN") is None


def test_the_dateline_town_is_favoured_among_the_towns_of_the_chosen_admin1():
    text = ("NORTHPORT, Kenya — Gunmen abducted a teacher in Southbay on Monday, police said.\n\n"
            "Southbay residents protested. Northport police are investigating.")
    north, south1, south2 = at(text, "NORTHPORT", NORTH), at(text, "Southbay", SOUTH), at(text, "Southbay", SOUTH, 1)
    a = article(text, [north, south1, south2])
    weights = [(north, 2.0), (south1, 2.5), (south2, 1.0)]
    # the dateline's town wins over a somewhat heavier town of the same province ...
    assert dominant_place(a, "KEN", weights=weights) is north
    # ... not without its bonus, nor over a town that weighs far more
    assert dominant_place(a, "KEN", weights=weights, dateline_weight=0.0).place is SOUTH
    heavy = [(north, 2.0), (south1, 2.0 + WEIGHTS["dateline_town"] + 4.0)]
    assert dominant_place(a, "KEN", weights=heavy).place is SOUTH


def test_a_dateline_town_never_moves_the_admin1():
    text = ("HIGHCITY, Kenya — Soldiers detained three journalists in Lakeside on Friday.\n\n"
            "The Lakeside detentions were condemned.")
    cap, lake1, lake2 = at(text, "HIGHCITY", CAPITAL), at(text, "Lakeside", LAKE), at(text, "Lakeside", LAKE, 1)
    a = article(text, [cap, lake1, lake2])
    best = dominant_place(a, "KEN", weights=[(cap, 2.0), (lake1, 2.0), (lake2, 1.0)])
    assert best.place is LAKE
    # a dateline abroad adds nothing either
    text2 = "FARTON, Tanzania — Police detained a Kenyan reporter in Lakeside and Southbay."
    far, lake, south = at(text2, "FARTON", ABROAD), at(text2, "Lakeside", LAKE), at(text2, "Southbay", SOUTH)
    b = article(text2, [far, lake, south])
    assert dominant_place(b, "KEN", weights=[(far, 2.0), (lake, 1.0), (south, 2.0)]).place is SOUTH


# -- the place of an event's sentence whose police force is named ---------------------------------
def linked(nlp, text: str, mentions: list[PlaceMention], trigger: str) -> PlaceMention | None:
    from eventwire.events.linking import PlaceLinker

    doc = nlp(text)
    sent = next(iter(doc.sents))
    trig = next(t for t in doc if t.text == trigger)
    place, _ = PlaceLinker(article(text, mentions)).for_sentence(sent, trig)
    return place


def test_the_place_whose_police_acts_is_the_sentences_place(nlp, monkeypatch):
    from eventwire.events import linking

    text = ("The Northport Police Command confirmed the abduction of a student by armed men who, witnesses "
            "said, had earlier been seen on motorcycles along the busy highway that links several farming "
            "villages near Southbay.\n\nSouthbay residents were angry. Southbay is calm.")
    ms = [at(text, "Northport", NORTH), at(text, "Southbay", SOUTH), at(text, "Southbay", SOUTH, 1),
          at(text, "Southbay", SOUTH, 2)]
    assert linked(nlp, text, ms, "abduction").place is NORTH
    # without the preference, the place of a clause under the act's sent it to the article's main place
    monkeypatch.setattr(linking, "POLICE_PREFERENCE", 0.0)
    assert linked(nlp, text, ms, "abduction").place is SOUTH


def test_the_acts_own_place_beats_the_place_of_the_police(nlp):
    text = "The activist was arrested in Southbay on Monday by Northport police."
    ms = [at(text, "Northport", NORTH), at(text, "Southbay", SOUTH)]
    assert linked(nlp, text, ms, "arrested").place is SOUTH
