"""The main event's place, more: towns the gazetteer lacks (events.linking.unlisted_town, placed by
the geo tagger inside the place named with them) as towns of their own in dominant_place and in the
admin1 / city fields (evaluate.predict._place_fields / _add_article_names); the outlet's name after
a headline (events.linking.outlet_start) is no evidence of where anything happened."""

from __future__ import annotations

from dataclasses import replace

from eventwire.evaluate.predict import _add_article_names, _place_fields
from eventwire.events.linking import (
    PlaceLinker,
    dominant_place,
    mention_features,
    outlet_start,
    unlisted_town,
)
from eventwire.records import Article, Place, PlaceMention, Section

ZAMFARA = Place(name="Zamfara State", iso="NGA", country="Nigeria", admin1="Zamfara State", feature_code="ADM1")
TALATA = Place(name="Talata Mafara", iso="NGA", country="Nigeria", admin1="Zamfara State",
               admin2="Talata Mafara", feature_code="PPLA2")
LIBERTY = Place(name="Liberty County", iso="USA", country="United States", admin1="Texas",
                feature_code="ADM2")
BARE = Article(id="bare", text="x" * 400)


def mention(p: Place, text: str | None = None, start: int = 0) -> PlaceMention:
    text = text or p.name
    return PlaceMention(start=start, end=start + len(text), text=text, place=p)


def unlisted(name: str, parent: PlaceMention, start: int, how: str = "inside") -> PlaceMention:
    """A name the gazetteer lacks, placed as the geo tagger places it (at the parent's place)."""
    why = {"inside": f"inside {parent.text}", "next": f"next to {parent.place.name}",
           "main": f"the document's main place ({parent.place.name})"}[how]
    return PlaceMention(start=start, end=start + len(name), text=name,
                        place=replace(parent.place, geo_precision=3, reason=f"not in the gazetteer; {why}"))


def test_only_a_name_placed_inside_its_parent_is_an_unlisted_town():
    parent = mention(ZAMFARA, "Zamfara State", start=20)
    assert unlisted_town(unlisted("Jangebe", parent, 0)) == "Jangebe"
    assert unlisted_town(unlisted("Lukashenko", parent, 0, how="next")) is None
    assert unlisted_town(unlisted("Nordic", parent, 0, how="main")) is None
    assert unlisted_town(parent) is None
    assert unlisted_town(mention(TALATA)) is None


def test_an_unlisted_town_is_a_town_of_its_own_in_the_dominant_place():
    parent = mention(ZAMFARA, "Zamfara State", start=20)
    jangebe = unlisted("Jangebe", parent, 0)
    talata = mention(TALATA, "Talata-Mafara", start=60)
    best = dominant_place(BARE, "NGA", weights=[(jangebe, 2.0), (parent, 1.0), (talata, 0.5)])
    assert best is jangebe
    # as a province, its weight went to no town and the lesser town won
    as_province = PlaceMention(start=0, end=7, text="Jangebe", place=ZAMFARA)
    best = dominant_place(BARE, "NGA", weights=[(as_province, 2.0), (parent, 1.0), (talata, 0.5)])
    assert best is talata
    # two unlisted towns of one province are two towns, not one
    maidoro = unlisted("Maidoro", parent, 100)
    best = dominant_place(BARE, "NGA", weights=[(jangebe, 1.0), (maidoro, 1.5), (talata, 1.2)])
    assert best is maidoro


def test_the_fields_of_an_unlisted_town_are_its_name_and_its_parents_admin1():
    parent = mention(ZAMFARA, "Zamfara State", start=20)
    jangebe = unlisted("Jangebe", parent, 0)
    out = _place_fields(jangebe)
    assert (out["country"], out["admin1"], out["city"]) == ("NGA", "Zamfara State", "Jangebe")
    assert "Jangebe" not in out["admin1_alt"]
    # inside a district, the district's admin1
    county = mention(LIBERTY, "Liberty County", start=30)
    out = _place_fields(unlisted("Hardin", county, 0))
    assert (out["admin1"], out["city"]) == ("Texas", "Hardin")
    # the article's own words for the admin1 are added, the unlisted town's words are not
    art = Article(id="z", text="Jangebe in Zamfara State.", place_mentions=[jangebe, parent])
    out = _place_fields(jangebe)
    _add_article_names(art, out)
    assert "Jangebe" not in out["admin1_alt"] and "Zamfara State" in [out["admin1"], *out["admin1_alt"]]


def headline(title: str) -> Article:
    return Article(id="h", text=f"{title}\n\nBody.", title=title,
                   sections=[Section("title", 0, len(title)), Section("body", len(title) + 2, len(title) + 7)])


def test_the_outlet_after_a_headline_is_found():
    cases = {
        "Canadian journalist’s kidnapper abandons appeals of sentence, conviction – Mission City Record":
            " – Mission City Record",
        "RSF condemns arrest of 12 journalists in Ethiopia | The Guardian Nigeria News - Nigeria and World News":
            " | The Guardian Nigeria News - Nigeria and World News",
        "Senator Menendez slams Trump – Erdogan meeting | Greek News": " | Greek News",
        "Why we laid siege to Sahara Reporters, CDHR offices – Nigerian Police": "",
        "Turkey will clear Syria border area of Kurdish fighters if Russia fails to act: Erdogan": "",
        "Burundi - Release Lawyer Tony Germain Nkina": "",
        "Russian soldiers may be arrested in infamous missing students case - sources": "",
    }
    for title, suffix in cases.items():
        a = headline(title)
        assert a.text[outlet_start(a) : len(title)] == suffix, title


def test_places_in_the_outlets_name_are_no_evidence_and_no_event_place():
    title = "Journalist kidnapped in Mogadishu – Mission City Record"
    a = headline(title)
    mog = Place(name="Mogadishu", iso="SOM", country="Somalia", admin1="Banaadir", feature_code="PPLC")
    mission = Place(name="Mission", iso="CAN", country="Canada", admin1="British Columbia", feature_code="PPL")
    a.place_mentions = [mention(mog, start=title.index("Mogadishu")), mention(mission, start=title.index("Mission"))]
    kept = [m.text for m, _ in mention_features(a)]
    assert kept == ["Mogadishu"]
    assert [m.text for m in PlaceLinker(a).mentions] == ["Mogadishu"]


def test_a_districts_weight_goes_to_an_unlisted_town_named_in_it():
    pulwama = Place(name="Pulwama", iso="IND", country="India", admin1="Jammu and Kashmir", admin2="Pulwama",
                    feature_code="ADM2")
    srinagar = Place(name="Srinagar", iso="IND", country="India", admin1="Jammu and Kashmir", admin2="Srinagar",
                     feature_code="PPLA")
    district = mention(pulwama, start=20)
    village = unlisted("Chandgam", district, 40)
    town = mention(srinagar, start=80)
    best = dominant_place(BARE, "IND", weights=[(district, 2.0), (village, 0.5), (town, 1.0)])
    assert best is village


def test_a_village_after_a_possessive_is_found_and_placed_inside_the_possessor(nlp):
    from eventwire.geo.gazetteer import Gazetteer
    from eventwire.geo.tagger import GeoTagger
    from eventwire.geo.unknown import unknown_spans

    text = "In Pulwama's Chandgam village, men were beaten. Kano's Gwale district was calm."
    taken = [(text.index("Pulwama"), text.index("Pulwama") + 7), (text.index("Kano"), text.index("Kano") + 4)]
    found = [text[s:e] for s, e, _ in unknown_spans(text, taken, is_word=lambda n: False, places=[])]
    assert found == ["Chandgam", "Gwale"]
    tagger = GeoTagger(Gazetteer.open())
    text = "Soldiers raided homes in south Kashmir. In Pulwama's Chandgam village, young men were beaten."
    pms = {p.text: p for p in tagger.geoparse(text, doc=nlp(text))}
    assert "Chandgam" in pms and pms["Chandgam"].place is not None
    assert pms["Chandgam"].place.name == pms["Pulwama"].place.name
    assert unlisted_town(pms["Chandgam"]) == "Chandgam"


def test_the_chosen_town_is_given_by_its_own_name_not_a_name_coded_next_to_it():
    pulwama = Place(name="Pulwama", iso="IND", country="India", admin1="Jammu and Kashmir", admin2="Pulwama",
                    feature_code="PPL")
    town = mention(pulwama, start=40)
    arihal = unlisted("Arihal", town, 10, how="next")
    best = dominant_place(BARE, "IND", weights=[(arihal, 2.0), (town, 2.0)])
    assert best is town
    assert _place_fields(best)["city_alt"] == []
