"""``Article.main_event``: what the whole article is about, next to the reports that keep the date
their own sentence gives them."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eventwire.output import article_to_json
from eventwire.records import Article

PUBLISHED = dt.date(2024, 5, 15)


@pytest.mark.slow
def test_main_report_keeps_its_own_day(pipeline):
    text = (
        "Houthis attack army positions in Taiz\n\n"
        "ADEN, Yemen (Reuters) - Houthi fighters attacked government positions in Taiz on Tuesday, "
        "killing 14 soldiers, military sources said.\n"
        "Saudi-led coalition aircraft struck Houthi positions in Saada province on 3 May, killing 20 fighters.\n"
        "Boko Haram has killed more than 35,000 people since 2009.\n"
    )
    a = pipeline.process(Article(id="y", text=text, published=PUBLISHED))
    clash = next(r for r in a.reports if r.sub_event_type == "Armed clash")
    assert clash.date.value == "2024-05-14" and clash.date.text == "on Tuesday"
    strike = next(r for r in a.reports if r.sub_event_type == "Air/drone strike")
    assert strike.date.value == "2024-05-03"
    assert a.main_event is not None and a.main_event.country == "YEM"


@pytest.mark.slow
def test_article_about_an_old_attack_is_dated_by_it(pipeline):
    text = (
        "Court jails men for attack on journalist\n\n"
        "A court in Lahore on Monday sentenced two men to ten years in prison for the attack on the journalist.\n"
        "The journalist was shot and wounded by the two men in Lahore on 12 March 2019 after reporting on "
        "land grabs.\n"
        "Rights groups welcomed the verdict.\n"
    )
    a = pipeline.process(Article(id="p", text=text, published=PUBLISHED))
    assert a.main_event is not None
    assert a.main_event.country == "PAK"
    out = json.loads(json.dumps(article_to_json(a)))
    me = out["main_event"]
    assert me["country"] == "PAK" and me["location"]["name"] == "Lahore"
    assert me["event_index"] is None or 0 <= me["event_index"] < len(out["events"])
    assert me["date"]["value"] == "2019-03-12"
    # who did what to whom: shot and wounded, by two (unnamed) men, of a journalist
    viol = me["violation"]
    assert set(viol) == {"perpetrator_mention", "perpetrator_type", "perpetrator", "violation_types", "victims"}
    assert viol["violation_types"] and "unknown" not in viol["violation_types"]
    assert all(isinstance(v, dict) and "sex" in v for v in viol["victims"])
    # every report keeps a date its own text gives, or says where its date came from
    for ev in out["events"]:
        assert ev["date"]["value"] is None or ev["date"]["text"] or ev["date"]["reason"]


def test_empty_article_has_no_main_event():
    from eventwire.events.about import summarize

    assert summarize(Article(id="e", text="   "), None) is None


@pytest.mark.slow
def test_text_without_events_says_so_even_without_a_body_section(pipeline):
    # two short paragraphs: the page reader may call the second a caption; still no silent empty result
    text = ("China charges Xi critic with 'subversion', say activists\n\n"
            "Chinese police have charged prominent activist Xu Zhiyong with subversion, activists said.")
    a = pipeline.process(Article(id="n", text=text, published=PUBLISHED))
    assert a.reports or any(r.reason == "no_events" for r in a.rejections)
