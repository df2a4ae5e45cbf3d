"""The document's own context decides where a small place lies (sentences written for these tests).

A note names a village with the places that hold it ("X (Y state)", "X in eastern Y", "X village
in Y woreda, Z (W)"); the gazetteer (cities15000 and a supplement) lacks most such villages, and a
namesake far away found by an alternate or loose spelling is no answer. Also: compass words of a
relative phrase are no toponym, and a weak namesake abroad that nothing in the document supports
is dropped when the other places agree on a country.
"""

from __future__ import annotations

import pytest

from eventwire.geo.context import (
    CHAIN,
    compass_in_phrase,
    container_form,
    find_containers,
    in_location_parens,
    strong,
    weak,
    within,
)
from eventwire.geo.gazetteer import Entry
from eventwire.geo.tagger import GeoTagger
from eventwire.records import Article


@pytest.fixture(scope="module")
def tagger(geo_tagger) -> GeoTagger:
    return geo_tagger


def _tag(tagger: GeoTagger, nlp, text: str) -> list:
    art = Article(id="t", text=text, doc=nlp(text))
    tagger.tag(art)
    return art.place_mentions


def _mention(mentions, name: str):
    got = [pm for pm in mentions if pm.text == name or (pm.kind == "relative" and pm.anchor == name)]
    assert got, f"{name!r} not among {[pm.text for pm in mentions]}"
    return got[0]


# (sentence, the small place, the country its container lies in (ISO3), the most precise
# geo_precision allowed for it)
CONTAINED = [
    # a container in parentheses, a division with its noun
    ("Armed youths looted the market in Nzara (Western Equatoria state) on Sunday.", "Nzara", "SSD", 3),
    # two containers in parentheses, the nearest one unknown to the gazetteer
    ("Police dispersed traders protesting in Eastleigh (Kamukunji, Nairobi) on Tuesday.", "Eastleigh", "KEN", 2),
    # "in eastern Y" (a name whose namesakes lie in Nigeria; Ulang, the former example, is a supplement
    # town of Upper Nile since session 16)
    ("Soldiers looted shops in Doma in eastern Upper Nile after the clashes.", "Doma", "SSD", 3),
    # a chain: village, an unknown county with its noun, then the state in parentheses
    ("Gunmen killed three herders in Mundri village in Lanya county (Western Equatoria) on Friday.",
     "Mundri", "SSD", 3),
]


@pytest.mark.parametrize(("text", "name", "iso", "precision"), CONTAINED)
def test_a_named_container_keeps_a_small_place_in_its_country(tagger, nlp, text, name, iso, precision):
    pm = _mention(_tag(tagger, nlp, text), name)
    assert pm.place is not None
    assert pm.place.iso == iso, pm.place
    assert (pm.place.geo_precision or 1) >= precision - 1
    assert (pm.place.geo_precision or 1) >= 2  # coded to its container, not a point of its own


def test_places_of_a_document_that_agree_on_a_country(tagger, nlp):
    text = (
        "Unknown gunmen raided Nzara overnight, residents said. Displaced families reached Yambio and "
        "Maridi on Monday, local officials in Western Equatoria said."
    )
    mentions = _tag(tagger, nlp, text)
    isos = {pm.place.iso for pm in mentions if pm.place is not None and pm.kind != "demonym"}
    assert isos == {"SSD"}, [(pm.text, pm.place.iso if pm.place else None) for pm in mentions]


def test_compass_words_of_a_relative_phrase_are_no_toponym(tagger, nlp):
    text = "Militants ambushed a convoy about 35 km North West of Kismayo in Lower Juba region on Sunday."
    mentions = _tag(tagger, nlp, text)
    assert not any(pm.text.startswith("North") and pm.kind == "toponym" for pm in mentions), mentions
    isos = {pm.place.iso for pm in mentions if pm.place is not None}
    assert isos == {"SOM"}
    rel = _mention(mentions, "Kismayo")
    assert rel.kind == "relative"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a camp 20 km to the North-East of Garowe on Monday.",
        "Militia torched a village South West of Garowe in Nugaal region.",
    ],
)
def test_compass_words_before_of_a_place_are_no_toponym(tagger, nlp, text):
    mentions = _tag(tagger, nlp, text)
    assert not any("North" in pm.text or "South" in pm.text for pm in mentions if pm.kind == "toponym")
    assert {pm.place.iso for pm in mentions if pm.place is not None} == {"SOM"}


def test_compass_word_ending_a_longer_name_is_no_toponym(tagger, nlp):
    text = "Cattle raiders from Torit South county attacked herders in Eastern Equatoria on Monday."
    mentions = _tag(tagger, nlp, text)
    assert not any(pm.text == "South" for pm in mentions), [(pm.text, pm.place) for pm in mentions]


def test_unknown_name_is_not_put_next_to_a_foreign_namesake(tagger, nlp):
    text = "Fighters burned Gbudue village near Nzara town (Western Equatoria) on Monday."
    mentions = _tag(tagger, nlp, text)
    for pm in mentions:
        if pm.place is not None and pm.kind != "demonym":
            assert pm.place.iso == "SSD", (pm.text, pm.place)


def test_a_prominent_place_is_not_overruled_by_in(tagger, nlp):
    # "from X in Y" need not mean X lies in Y: a capital keeps its own country
    text = "Delegates who flew from Juba in Nairobi on Monday met Kenyan officials."
    mentions = _tag(tagger, nlp, text)
    juba = _mention(mentions, "Juba")
    assert juba.place is not None and juba.place.iso == "SSD"


# -- the pieces -------------------------------------------------------------------------------------


def _entry(**kw) -> Entry:
    base = dict(
        pid=1, geonameid=1, name="X", latitude=0.0, longitude=0.0, feature_class="P", feature_code="PPL",
        cc="SS", iso3="SSD", country="South Sudan", admin1_code="01", admin1="A", admin2_code=None,
        admin2=None, population=1000, precision=None, source="geonames",
    )
    base.update(kw)
    return Entry(**base)


@pytest.mark.parametrize(
    ("gap", "form"),
    [
        (" (", "paren"),
        (" in eastern ", "in"),
        (" village in Lanya county (", "paren"),
        (" district (c. 40 km south of Garowe) in ", "paren"),
        (" locality, ", "noun"),
        (" village near ", "near"),
        (", ", ""),
    ],
)
def test_chain_gaps(gap, form):
    assert CHAIN.fullmatch(gap)
    assert container_form(gap) == form


@pytest.mark.parametrize("gap", [" and ", " in an attack in ", " said on Monday in ", ". In "])
def test_no_chain(gap):
    assert not CHAIN.fullmatch(gap)


def test_find_containers_links_the_chain():
    text = "in Abc village in Def county, Ghi (Jkl state)."

    class M:
        def __init__(self, name: str) -> None:
            self.start = text.index(name)
            self.end = self.start + len(name)
            self.kind = "toponym"

    ms = [M("Abc"), M("Ghi"), M("Jkl")]
    got = find_containers(text, ms)
    assert got[0] == ([1, 2], "in")
    assert got[1] == ([2], "paren")
    assert got[2] == ([], "")


def test_within_strong_and_weak():
    state = _entry(feature_class="A", feature_code="ADM1", admin1_code="02", population=100000)
    assert within(_entry(admin1_code="02"), state)
    assert not within(_entry(admin1_code="03"), state)
    assert not within(_entry(cc="FR", iso3="FRA"), state)
    assert within(_entry(admin1_code=None), state)  # no division known: the country decides
    assert weak(_entry(match="loose", population=800_000))
    assert weak(_entry(match="alt", population=20_000))
    assert not weak(_entry(match="name", population=20_000))
    assert weak(_entry(match="name", population=900))
    assert not weak(_entry(match="alt", population=20_000, source="supplement"))
    capital = _entry(feature_code="PPLC", population=300_000)
    assert strong(capital, form="paren")
    assert strong(_entry(population=200_000), form="in") and not strong(_entry(population=200_000), form="paren")
    assert not strong(_entry(match="alt", population=2_000_000), form="in")


def test_compass_and_parentheses():
    t = "killed 3 people 76 km North East of Garowe."
    i = t.index("North East")
    assert compass_in_phrase(t, i, i + len("North East"))
    t2 = "a rally in the North East on Monday"
    i2 = t2.index("North East")
    assert not compass_in_phrase(t2, i2, i2 + len("North East"))
    t3 = "clashed in Abc village (Def, Ghi) on Monday"
    for w in ("Def", "Ghi"):
        k = t3.index(w)
        assert in_location_parens(t3, k, k + len(w))
    t4 = "the agency said (Reuters) that"
    k = t4.index("Reuters")
    assert not in_location_parens(t4, k, k + len("Reuters"))


@pytest.mark.parametrize(
    ("text", "name", "iso"),
    [
        ("Armed herders killed two farmers in Tarbukaya (Yambio, Western Equatoria) on Monday.", "Tarbukaya", "SSD"),
        ("Shelling hit homes in Wad Kurbaliya in southern Khartoum on Sunday.", "Wad Kurbaliya", "SDN"),
    ],
)
def test_a_name_the_gazetteer_lacks_takes_its_named_container(tagger, nlp, text, name, iso):
    pm = _mention(_tag(tagger, nlp, text), name)
    assert pm.place is not None and pm.place.iso == iso
    assert (pm.place.geo_precision or 1) >= 2


def test_an_organisation_acronym_in_parentheses_is_no_container():
    from eventwire.geo.context import acronym_of_before

    t = "talks with the Union of Fisheries Workers (Ufw) in the port"
    k = t.index("Ufw")
    assert acronym_of_before(t, k, k + 3)
    assert not in_location_parens(t, k, k + 3)
    t2 = "clashes in Abc village (Ghi, Jkl) on Monday"
    k2 = t2.index("Ghi")
    assert not acronym_of_before(t2, k2, k2 + 3)


def test_state_media_is_no_place_noun():
    from eventwire.geo.unknown import unknown_spans

    text = "Protests against Volkonsky and Ruthenian state media grew."
    got = unknown_spans(text, [], is_word=lambda w: False, places=[])
    assert not any(text[s:e] in ("Volkonsky", "Ruthenian") for s, e, _ in got)
    text2 = "Gunmen attacked Tarbukaya and Wandari state offices."
    got2 = {text2[s:e] for s, e, _ in unknown_spans(text2, [], is_word=lambda w: False, places=[])}
    assert "Tarbukaya" in got2


def test_near_across_a_border_keeps_the_place(tagger, nlp):
    text = "Soldiers raided homes in Al-Ram near Jerusalem on Monday."
    pm = _mention(_tag(tagger, nlp, text), "Al-Ram")
    assert pm.place is not None and pm.place.geo_precision == 1
