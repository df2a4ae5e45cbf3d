"""The seed page: every line of ../shared/examples/seed/EXPECTED.md, one test each.

The page is run twice through the real pipeline: as is (no publication date) and with
``--published 2016-05-16``. Tests that concern both runs are parametrised over them.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from eventwire.extract import read_source
from eventwire.output import article_to_json

REPO = Path(__file__).resolve().parent.parent
PAGE = REPO / "examples" / "palmyra.txt"
PUBLISHED = dt.date(2016, 5, 16)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def runs(pipeline) -> dict[str, dict]:
    out = {}
    for key, published in (("nopub", None), ("pub", PUBLISHED)):
        article = pipeline.process(read_source(str(PAGE), published=published))
        out[key] = {"doc": article_to_json(article), "text": article.text, "article": article}
    return out


BOTH = pytest.mark.parametrize("mode", ["nopub", "pub"])


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def events(runs, mode, *, sub=None, section=None):
    evs = runs[mode]["doc"]["events"]
    return [e for e in evs if (sub is None or e["sub_event_type"] == sub)
            and (section is None or e["section"] == section)]


def sections(runs, kind):
    doc = runs["nopub"]["doc"]
    text = runs["nopub"]["text"]
    return [text[s["start"]:s["end"]] for s in doc["article"]["sections"] if s["kind"] == kind]


def loc_text(e) -> str:
    loc = e.get("location") or {}
    return " ".join(str(loc.get(k) or "") for k in ("text", "name", "anchor"))


def is_actor(a, name) -> bool:
    return a is not None and a["name"] == name


def sukhna_event(runs, mode):
    cands = [e for e in events(runs, mode, sub="Non-state actor overtakes territory", section="body")
             if "Sukhn" in loc_text(e)]
    assert cands, "no territory event located at Sukhna"
    return cands[0]


def t3_event(runs, mode):
    cands = [e for e in events(runs, mode, sub="Non-state actor overtakes territory", section="body")
             if "T3" in e["evidence"]["text"] and "Sukhn" not in loc_text(e)]
    assert cands, "no territory event for the T3 airbase"
    return cands[0]


def hq_event(runs, mode):
    cands = [e for e in events(runs, mode, sub="Armed clash", section="body")
             if is_actor(e["actor1"], "Islamic State") or is_actor(e["actor2"], "Islamic State")]
    assert cands, "no armed clash involving Islamic State"
    return cands[0]


def palmyra_event(runs, mode):
    cands = events(runs, mode, sub="Government regains territory", section="body")
    assert cands, "no Government regains territory event"
    return cands[0]


def related(runs, mode, word):
    cands = [e for e in events(runs, mode, section="related") if word in e["evidence"]["text"]]
    assert cands, f"no related-headline event whose evidence mentions {word!r}"
    return cands[0]


def test_bundled_example_is_the_seed_page(shared_dir):
    assert PAGE.read_bytes() == (shared_dir / "examples" / "seed" / "palmyra.txt").read_bytes()


# ---- The page's parts -------------------------------------------------------------------------------
def test_part_headline_is_title_counted_once(runs):
    titles = sections(runs, "title")
    headline = "Islamic State approaches Palmyra after attacking Syrian army headquarters"
    assert titles and titles[0].strip() == headline
    assert runs["nopub"]["doc"]["article"]["title"] == headline
    originals = [s for s in runs["nopub"]["doc"]["article"]["sections"]
                 if s["kind"] == "title" and "duplicate_of" not in (s.get("meta") or {})]
    assert len(originals) == 1, "the repeated headline must be counted once"


def test_part_caption(runs):
    assert any(c.strip() == "Islamic State militants." for c in sections(runs, "caption"))


def test_part_dateline_outlet_and_cited_source(runs):
    art = runs["nopub"]["doc"]["article"]
    assert art["outlet"] == "Syria News"
    assert "Qasioun News" in art["cited_sources"]


def test_part_report_is_body(runs):
    body = "\n".join(sections(runs, "body") + sections(runs, "dateline"))
    assert "Homs (Syria News)" in body
    assert "recapture the city of Sukhna." in body
    assert "desperate fights" not in body and "Leave a Reply" not in body


def test_part_boilerplate(runs):
    boiler = "\n".join(sections(runs, "boilerplate"))
    for phrase in ("One Comment", "Leave a Reply", "Your email address will not be published"):
        assert phrase in boiler


def test_part_comment(runs):
    comments = "\n".join(sections(runs, "comment"))
    assert "This might be one of the last desperate fights" in comments


def test_part_related_headlines_are_separate_reports(runs):
    art = runs["nopub"]["article"]
    heads = [c.text for c in art.children]
    assert len(heads) == 3
    assert heads[0].startswith("Army airstrikes kill five Islamic State members")
    assert "Kirkuk" in heads[1] and "Salahuddin" in heads[2]


# ---- Events (must) ----------------------------------------------------------------------------------
@BOTH
def test_event1_is_captures_sukhna(runs, mode):
    e = sukhna_event(runs, mode)
    assert e["event_type"] == "Battles"
    assert is_actor(e["actor1"], "Islamic State") and e["actor1"]["inter"] == 2
    loc = e["location"]
    assert loc["country"] == "Syria" and loc["admin1"] == "Homs"
    assert km(loc["latitude"], loc["longitude"], 34.885, 38.871) <= 15
    assert loc["geo_precision"] == 1


@BOTH
def test_event2_is_captures_t3_airbase(runs, mode):
    e = t3_event(runs, mode)
    assert e["event_type"] == "Battles" and is_actor(e["actor1"], "Islamic State")
    loc = e["location"]
    assert loc["country"] == "Syria" and loc["admin1"] == "Homs"
    if loc["name"] and "T3" in (loc["text"] or ""):
        assert loc["geo_precision"] == 1
    else:
        assert loc["geo_precision"] in (2, 3)
        if loc["geo_precision"] == 2:
            assert loc["longitude"] > 38.284  # east of Palmyra


@BOTH
def test_event3_attack_on_army_headquarters(runs, mode):
    e = hq_event(runs, mode)
    assert e["event_type"] == "Battles"
    assert is_actor(e["actor1"], "Islamic State")
    assert is_actor(e["actor2"], "Military Forces of Syria") and e["actor2"]["inter"] == 1
    assert e["location"]["country"] == "Syria" and e["location"]["geo_precision"] == 3


@BOTH
def test_event4_dozens_claimed_by_islamic_state(runs, mode):
    claimed = [e for e in events(runs, mode, section="body") if e["fatalities"]["count"] == 12]
    assert len(claimed) == 1, "the 'dozens' claim is attached to exactly one event"
    e = claimed[0]
    assert e["fatalities"]["claimed_by"] == "Islamic State"
    assert is_actor(e["actor1"], "Islamic State")
    assert is_actor(e["actor2"], "Military Forces of Syria")
    assert any(a["name"] == "Pro-Government Militias (Syria)" for a in e["assoc_actor_2"])


@BOTH
def test_event5_palmyra_recapture_is_background(runs, mode):
    e = palmyra_event(runs, mode)
    assert e["background"] is True
    assert is_actor(e["actor1"], "Military Forces of Syria")
    assert any(a["name"] == "Military Forces of Russia" for a in e["assoc_actor_1"])
    loc = e["location"]
    assert km(loc["latitude"], loc["longitude"], 34.562, 38.284) <= 15
    if mode == "pub":
        assert e["date"]["value"].startswith("2016-03") and e["date"]["precision"] == 3


@BOTH
def test_event6_related_baqubah_air_strike(runs, mode):
    e = related(runs, mode, "Baqubah")
    assert e["sub_event_type"] == "Air/drone strike"
    assert e["event_type"] == "Explosions/Remote violence"
    assert is_actor(e["actor1"], "Military Forces of Iraq") and is_actor(e["actor2"], "Islamic State")
    assert e["fatalities"]["count"] == 5
    loc = e["location"]
    assert loc["country"] == "Iraq" and loc["admin1"] == "Diyala" and loc["geo_precision"] == 2
    assert km(loc["latitude"], loc["longitude"], 33.754, 44.605) <= 25


@BOTH
def test_event7_related_kirkuk_suicide_vest(runs, mode):
    e = related(runs, mode, "Kirkuk")
    assert e["sub_event_type"] in ("Disrupted weapons use", "Arrests")
    assert e["actor1"]["name"] in ("Military Forces of Iraq", "Police Forces of Iraq")
    assert e["location"]["country"] == "Iraq" and "Kirkuk" in loc_text(e)
    assert e["fatalities"]["count"] == 0


@BOTH
def test_event8_related_salahuddin_suicide_attacker(runs, mode):
    e = related(runs, mode, "Salahuddin")
    assert e["sub_event_type"] == "Disrupted weapons use"
    assert e["fatalities"]["count"] == 1
    loc = e["location"]
    assert loc["country"] == "Iraq" and loc["admin1"] == "Salah ad Din" and loc["geo_precision"] == 3


# ---- Dates ------------------------------------------------------------------------------------------
def test_dates_without_published_nothing_invented(runs):
    doc = runs["nopub"]["doc"]
    assert doc["article"]["published"] is None
    assert any("publication date" in n for n in doc["notes"])
    for e in doc["events"]:
        assert e["date"]["value"] is None, f"invented date on {e['sub_event_type']}"
    for e in (sukhna_event(runs, "nopub"), t3_event(runs, "nopub"), hq_event(runs, "nopub")):
        assert e["date"]["reason"], "an unresolved date says why"


def test_dates_with_published_events_1_to_4_on_saturday(runs):
    claimed = [e for e in events(runs, "pub", section="body") if e["fatalities"]["count"] == 12]
    for e in [sukhna_event(runs, "pub"), t3_event(runs, "pub"), hq_event(runs, "pub"), *claimed]:
        assert e["date"]["value"] == "2016-05-14" and e["date"]["precision"] == 1


# ---- Must not ---------------------------------------------------------------------------------------
@BOTH
def test_no_event_from_comment_or_boilerplate(runs, mode):
    text = runs[mode]["text"]
    for e in runs[mode]["doc"]["events"]:
        assert e["section"] not in ("comment", "boilerplate")
        ev = e["evidence"]
        assert "weak spot" not in ev["text"] and "desperate" not in ev["text"]
        assert text[ev["start"]:ev["end"]] == ev["text"]


@BOTH
def test_no_location_crosses_between_report_and_related(runs, mode):
    for e in events(runs, mode, section="body"):
        assert e["location"] is None or e["location"]["country"] in ("Syria", None)
        assert not any(w in loc_text(e) for w in ("Baqubah", "Kirkuk", "Salahuddin", "Diyala"))
    for e in events(runs, mode, section="related"):
        assert e["location"]["country"] == "Iraq"


@BOTH
def test_islamic_state_aliases_are_one_actor(runs, mode):
    names = set()
    for e in runs[mode]["doc"]["events"]:
        for a in (e["actor1"], e["actor2"], *e["assoc_actor_1"], *e["assoc_actor_2"]):
            if a and a["text"] and any(k in a["text"] for k in ("IS", "ISIS", "Daesh", "Islamic State")):
                names.add(a["name"])
    assert names == {"Islamic State"}


@BOTH
def test_duplicated_headline_does_not_double_events(runs, mode):
    keys = [(e["sub_event_type"], (e["location"] or {}).get("name"), e["date"]["value"],
             (e["actor1"] or {}).get("name"), (e["actor2"] or {}).get("name"))
            for e in events(runs, mode) if not e["background"]]
    assert len(keys) == len(set(keys)), keys


# ---- Should -----------------------------------------------------------------------------------------
def test_should_relative_location_40km_from_palmyra(runs):
    art = runs["nopub"]["article"]
    rel = [m for m in art.place_mentions if m.kind == "relative" and "40 kilometers" in m.text]
    assert rel and "Palmyra" in (rel[0].anchor or "")


def test_should_road_cut_is_not_a_separate_precise_event(runs):
    for e in events(runs, "nopub", section="body"):
        if "Deir Ezzor-Palmyra road" in loc_text(e):
            assert e["event_type"] == "Strategic developments" and e["location"]["geo_precision"] == 3


@BOTH
def test_should_every_event_has_its_sentence_with_offsets(runs, mode):
    text = runs[mode]["text"]
    for e in runs[mode]["doc"]["events"]:
        ev = e["evidence"]
        assert ev["text"] and text[ev["start"]:ev["end"]] == ev["text"]
