"""The geo stage on the seed page (EXPECTED.md) and on small texts, with a real spaCy doc."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from eventwire.geo.tagger import GeoTagger
from eventwire.records import Article, Section

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "examples" / "palmyra.txt"


@pytest.fixture(scope="module")
def tagger(geo_tagger) -> GeoTagger:
    return geo_tagger


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


def _article(nlp, text, **kw):
    return Article(id="t", text=text, doc=nlp(text), **kw)


@pytest.fixture(scope="module")
def seed(nlp, tagger):
    text = SEED.read_text(encoding="utf-8")
    body_end = text.index("One Comment")
    comment_start = text.index("  1. This might")
    sections = [
        Section("title", 0, text.index("\n")),
        Section("body", text.index("Homs (Syria News)"), body_end),
        Section("boilerplate", body_end, comment_start),
        Section("comment", comment_start, text.index("Leave a Reply", comment_start)),
        Section("boilerplate", text.index("Leave a Reply", comment_start), text.index("Army airstrikes")),
    ]
    art = _article(nlp, text[: text.index("Army airstrikes")], sections=sections)
    tagger.tag(art)
    heads = [line for line in text[text.index("Army airstrikes") :].splitlines() if line.strip()]
    children = []
    for h in heads:
        child = _article(nlp, h, kind="related")
        tagger.tag(child)
        children.append(child)
    return art, children


def _by_text(mentions, text):
    return [m for m in mentions if m.text == text]


def test_sukhna_is_as_sukhnah(seed):
    art, _ = seed
    ms = _by_text(art.place_mentions, "Sukhna")
    assert ms
    for m in ms:
        p = m.place
        assert p.name == "As Sukhnah" and p.iso == "SYR" and p.admin1 == "Homs" and p.country == "Syria"
        assert km(p.latitude, p.longitude, 34.885, 38.871) < 15
        assert p.geo_precision == 1 and p.geonameid == 172425 and p.feature_code.startswith("PPL")
        assert p.reason
        assert art.text[m.start : m.end] == m.text


def test_t3_airbase_from_the_supplement(seed):
    art, _ = seed
    (m,) = [m for m in art.place_mentions if m.text.startswith("T3")]
    assert m.place.feature_code == "AIRB" and m.place.geo_precision == 1
    assert m.place.admin1 == "Homs" and m.place.iso == "SYR"


def test_eastern_countryside_of_homs_is_a_relative_region(seed):
    art, _ = seed
    rel = [m for m in art.place_mentions if m.kind == "relative" and "countryside of Homs" in m.text]
    assert rel and all(
        m.anchor == "Homs" and m.place.admin1 == "Homs" and m.place.geo_precision == 3 for m in rel
    )


def test_syrian_badiyah_is_a_desert_region(seed):
    art, _ = seed
    ms = _by_text(art.place_mentions, "Syrian Badiyah")
    assert ms and all(m.place.feature_code == "DSRT" and m.place.geo_precision == 3 for m in ms)
    assert all(m.place.iso == "SYR" for m in ms)


def test_palmyra_is_tadmur(seed):
    art, _ = seed
    ms = _by_text(art.place_mentions, "Palmyra")
    assert ms
    for m in ms:
        assert m.place.name == "Tadmur" and km(m.place.latitude, m.place.longitude, 34.562, 38.284) < 15


def test_distance_from_palmyra_and_the_road(seed):
    art, _ = seed
    dist = [m for m in art.place_mentions if m.kind == "relative" and m.text.startswith("40 kilometers")]
    assert dist and dist[0].anchor == "Palmyra" and dist[0].place.geo_precision == 2
    road = [m for m in art.place_mentions if m.kind == "relative" and m.text.endswith("Palmyra road")]
    assert road and road[0].text == "Deir Ezzor-Palmyra road"
    assert road[0].place.iso == "SYR"


def test_demonyms_and_actors(seed):
    art, _ = seed
    syrian = _by_text(art.place_mentions, "Syrian")
    assert syrian and all(m.kind == "demonym" and m.place.iso == "SYR" for m in syrian)
    # "the Syrian army": an actor, never an event place
    army = [m for m in syrian if art.text[m.end : m.end + 5] == " army"]
    assert army and all(m.score == 0.0 for m in army)


def test_boilerplate_is_ignored(seed):
    art, _ = seed
    boiler = [s for s in art.sections if s.kind == "boilerplate"]
    assert not any(s.start <= m.start < s.end for s in boiler for m in art.place_mentions)


def test_headlines_are_tagged_on_their_own(seed):
    _, (baqubah, kirkuk, salahuddin) = seed
    (rel,) = [m for m in baqubah.place_mentions if m.kind == "relative"]
    assert rel.text == "northeastern Baqubah" and rel.anchor == "Baqubah"
    p = rel.place
    assert p.name == "Baqubah" and p.iso == "IRQ" and p.admin1.startswith("Diy") and p.geo_precision == 2
    assert km(p.latitude, p.longitude, 33.754, 44.605) < 25
    k = [m for m in kirkuk.place_mentions if m.text == "Kirkuk"]
    assert k and k[0].place.iso == "IRQ" and k[0].place.country == "Iraq"
    (s,) = [m for m in salahuddin.place_mentions if m.anchor == "Salahuddin"]
    assert s.kind == "relative" and s.place.admin1 == "Salah ad Din" and s.place.geo_precision == 3
    assert s.place.feature_code == "ADM1"


def test_geoparse_offsets_and_kinds(nlp, tagger):
    text = "A Turkish court in Ankara ruled on Monday, while protesters gathered in Istanbul and Paris."
    ms = tagger.geoparse(text, doc=nlp(text))
    got = {m.text: m for m in ms}
    assert {"Turkish", "Ankara", "Istanbul", "Paris"} <= set(got)
    assert got["Turkish"].kind == "demonym" and got["Turkish"].place.iso == "TUR"
    assert got["Paris"].place.iso == "FRA"
    assert "Monday" not in got
    for m in ms:
        assert text[m.start : m.end] == m.text


def test_hierarchy_and_dateline_pick_the_small_town(nlp, tagger):
    text = (
        "GLASGOW, Ky. (WBKO) -- A woman died after a crash in Glasgow on Saturday. Police in nearby "
        "Edmonton said the road was closed."
    )
    ms = {m.text: m for m in tagger.geoparse(text, doc=nlp(text))}
    assert ms["GLASGOW"].place.admin1 == "Kentucky"
    assert ms["Ky."].place.name == "Kentucky"
    assert ms["Edmonton"].place.iso == "USA" and ms["Edmonton"].place.admin1 == "Kentucky"


def test_document_context_resolves_ambiguous_names(nlp, tagger):
    text = "Fighting was reported in Aleppo and Idlib. Rebels later withdrew from Homs and Hama in Syria."
    ms = {m.text: m for m in tagger.geoparse(text, doc=nlp(text))}
    assert {ms[n].place.iso for n in ("Aleppo", "Idlib", "Homs", "Hama")} == {"SYR"}
    text2 = "Storms hit Paris, Texas, and nearby towns in Lamar County on Sunday."
    ms2 = {m.text: m for m in tagger.geoparse(text2, doc=nlp(text2))}
    assert ms2["Paris"].place.admin1 == "Texas"


def test_resolve_spans_keeps_order_and_count(tagger):
    text = "Troops moved from Mosul towards Qwxzzy and Baghdad."
    spans = [
        (text.index("Baghdad"), text.index("Baghdad") + 7),
        (text.index("Mosul"), text.index("Mosul") + 5),
        (text.index("Qwxzzy"), text.index("Qwxzzy") + 6),
    ]
    ms = tagger.resolve_spans(text, spans)
    assert [(m.start, m.end) for m in ms] == spans
    assert ms[0].place.iso == "IRQ" and ms[1].place.iso == "IRQ"
    # an unknown name falls back to the document's main place, marked as such
    assert ms[2].place is not None and "no gazetteer entry" in ms[2].place.reason


def test_relative_phrases(nlp, tagger):
    text = "Clashes erupted 40 km east of Aleppo. Shelling hit villages north of Hama and the outskirts of Idlib."
    art = _article(nlp, text)
    tagger.tag(art)
    rel = {m.anchor: m for m in art.place_mentions if m.kind == "relative"}
    assert {"Aleppo", "Hama", "Idlib"} <= set(rel)
    assert rel["Aleppo"].text == "40 km east of Aleppo" and rel["Aleppo"].place.geo_precision == 2
    assert rel["Hama"].place.geo_precision == 2 and rel["Idlib"].place.geo_precision == 2
    text2 = "Airstrikes hit eastern Syria and the province of Deir ez-Zor."
    art2 = _article(nlp, text2)
    tagger.tag(art2)
    rel2 = {m.anchor: m for m in art2.place_mentions if m.kind == "relative"}
    assert rel2["Syria"].place.geo_precision == 3


def test_common_words_are_not_places(nlp, tagger):
    text = "In March, Mr. Walsh said the Liberal government would act. So the plan may change."
    assert tagger.geoparse(text, doc=nlp(text)) == []


def test_works_without_a_doc(tagger):
    ms = tagger.geoparse("In Syria, Islamic State fighters captured Sukhna, east of Palmyra.")
    assert {m.place.name for m in ms} >= {"As Sukhnah", "Tadmur"}


def test_transliterated_article_names_and_org_names(nlp, tagger):
    text = "Thousands of families remain in the al-Hol camp, while Hayat Tahrir al-Sham fighters hold Idlib."
    ms = {m.text: m for m in tagger.geoparse(text, doc=nlp(text))}
    assert "al-Hol" in ms and ms["al-Hol"].place.feature_code == "CMPRF" and ms["al-Hol"].place.iso == "SYR"
    assert "al-Sham" not in ms
    assert ms["Idlib"].place.iso == "SYR"


def test_possessives_and_contractions_do_not_extend_names(nlp, tagger):
    text = "Russia's ambassador said I've seen Canada's plan."
    ms = tagger.geoparse(text, doc=nlp(text))
    assert [m.text for m in ms] == ["Russia", "Canada"]


def test_empty_and_all_boilerplate_articles(tagger):
    empty = Article(id="e", text="")
    tagger.tag(empty)
    assert empty.place_mentions == []
    text = "Share on Facebook. Follow us in London and Paris."
    boiler = Article(id="b", text=text, sections=[Section("boilerplate", 0, len(text))])
    tagger.tag(boiler)
    assert boiler.place_mentions == []


def test_lists_are_not_hierarchies(nlp, tagger):
    text = "Cases were confirmed in Illinois, Missouri and Iowa, and in Wajir, Mandera and Garissa in Kenya."
    ms = {m.text: m for m in tagger.geoparse(text, doc=nlp(text))}
    assert all(
        ms[n].place.feature_code == "ADM1" and ms[n].place.iso == "USA"
        for n in ("Illinois", "Missouri", "Iowa")
    )
    assert all(ms[n].place.iso == "KEN" for n in ("Wajir", "Mandera", "Garissa"))


def test_town_missing_under_its_division_is_coded_to_the_division(nlp, tagger):
    text = "QWXTOWN, Mo. -- A man from Paris, Missouri, was arrested on Friday."
    ms = tagger.geoparse(text, doc=nlp(text))
    by = {m.text: m for m in ms}
    assert by["Paris"].place.admin1 == "Missouri"
    spans = [(0, 7), (9, 12)]
    res = tagger.resolve_spans(text, spans, doc=nlp(text))
    assert res[0].place.name == "Missouri" and res[0].place.geo_precision == 3
    assert "not in the gazetteer" in res[0].place.reason


@pytest.mark.slow
def test_long_text_is_linear_enough(tagger):
    import time

    para = (
        "Fighting raged near Aleppo and in the eastern countryside of Homs, 40 km east of Palmyra, "
        "while officials in Baghdad and Erbil met in the Kurdistan Region. Mr. Walsh said on Monday "
        "that the Syrian army had retaken Sukhna.\n"
    )
    text = para * 1500  # about 330,000 characters, 15,000 toponyms
    art = Article(id="long", text=text)
    t0 = time.perf_counter()
    tagger.tag(art)
    assert time.perf_counter() - t0 < 60
    assert len(art.place_mentions) > 10_000
