"""The main event of a full article, its date and its country (events.extractor.choose_main_event,
events.dating.main_event_date, events.linking.article_country / country_scores) and the event-fields
predictor that reads them."""

from __future__ import annotations

import datetime as dt
import functools
import re
from types import SimpleNamespace

from eventwire.evaluate.predict import fields_of
from eventwire.events import linking
from eventwire.events.dating import PUBLICATION_FALLBACK, date_candidates, main_event_date
from eventwire.events.extractor import EventExtractor, choose_main_event
from eventwire.events.linking import (
    OVER_NAMED,
    WEIGHTS,
    article_country,
    country_scores,
    country_weights,
    mention_weights,
)
from eventwire.records import Article, Place, PlaceMention, Section
from eventwire.timex import TOO_VAGUE, resolve_date_expression, tag_dates


@functools.lru_cache(maxsize=1)
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


def place(name, iso, country, admin1=None, code="PPL"):
    return Place(name=name, iso=iso, country=country, admin1=admin1, feature_code=code, geo_precision=1,
                 latitude=0.0, longitude=0.0)


def full_article(title, paragraphs, *, places=None, published=None):
    """A headline and body paragraphs, parsed, with place mentions for the given strings and the
    time stage's date mentions; the events stage run on it."""
    body = "\n\n".join(paragraphs)
    text = f"{title}\n\n{body}"
    a = Article(id="t", text=text, title=title, published=published)
    a.sections = [Section("title", 0, len(title)), Section("body", len(title) + 2, len(text))]
    a.doc = nlp()(text)
    for surface, p in (places or {}).items():
        for m in re.finditer(re.escape(surface), text):
            a.place_mentions.append(PlaceMention(m.start(), m.end(), surface, p))
    a.place_mentions.sort(key=lambda m: m.start)
    tag_dates(a)
    ex = EventExtractor()
    ex.extract(a)
    return ex, a


KIEV = place("Kyiv", "UKR", "Ukraine", "Kyiv City")
LONDON = place("London", "GBR", "United Kingdom", "England")
HONG_KONG = place("Hong Kong", "HKG", "Hong Kong", None, code="PPLC")


# -- timex: a year alone is kept --------------------------------------------------------------------
def test_year_only_expressions_keep_their_year_but_no_acled_value():
    pub = dt.date(2019, 12, 12)
    for text, year in (("in 2016", 2016), ("early 2019", 2019), ("mid-2018", 2018), ("2017", 2017)):
        d = resolve_date_expression(text, None)
        assert d.value is None and d.precision is None and d.reason == TOO_VAGUE and d.year == year, text
    assert resolve_date_expression("last year", pub).year == 2018
    assert resolve_date_expression("earlier this year", pub).year == 2019
    assert resolve_date_expression("three years ago", pub).year == 2016
    assert resolve_date_expression("last year", None).year is None  # relative: needs the publication date
    assert resolve_date_expression("next year", pub).year is None
    assert resolve_date_expression("in July 2016", pub).year is None  # a month: value set instead
    assert resolve_date_expression("in July 2016", pub).value == "2016-07-01"


# -- the date of the main event ---------------------------------------------------------------------
def test_old_killing_is_dated_by_the_text_not_by_the_arrests_or_the_report():
    _, a = full_article(
        "Police detain five for killing journalist in 2016",
        ["KIEV - Police have detained five people over the killing of an investigative journalist in a car "
         "bomb in July 2016, officials said on Thursday.",
         "The journalist was a critic of the government.",
         "A court will hear the case on December 20."],
        places={"KIEV": KIEV}, published=dt.date(2019, 12, 12))
    main = choose_main_event(a)
    assert main is not None
    d = main_event_date(a, main)
    assert d.value == "2016-07-01" and d.precision == 3
    fields = fields_of(SimpleNamespace(events=EventExtractor()), a)
    assert (fields["year"], fields["month"], fields["day"]) == (2016, 7, None)
    assert fields["country"] == "UKR"


def test_a_year_alone_gives_the_year_only():
    _, a = full_article(
        "Activist remembered",
        ["The activist was abducted by unknown men in 2014 and has not been seen since.",
         "Her family still campaigns for answers.",
         "Friends gathered in London."],
        places={"London": LONDON}, published=dt.date(2020, 3, 3))
    main = choose_main_event(a)
    assert main is not None and main.sub_event_type == "Abduction/forced disappearance"
    assert main.date.value is None and main.date.year == 2014
    fields = fields_of(SimpleNamespace(events=EventExtractor()), a)
    assert (fields["year"], fields["month"], fields["day"]) == (2014, None, None)


def test_no_date_in_the_text_falls_back_to_the_publication_month_flagged():
    _, a = full_article(
        "Journalist arrested in London",
        ["Police arrested a journalist in London.", "He was taken to a police station.",
         "His newspaper protested."],
        places={"London": LONDON}, published=dt.date(2021, 6, 17))
    main = choose_main_event(a)
    assert main is not None
    assert main.date.value == "2021-06-01" and main.date.precision == 3
    assert main.date.reason == PUBLICATION_FALLBACK
    assert any(n.startswith("main event: dated") for n in main.notes)


def test_without_publication_date_nothing_is_invented():
    _, a = full_article(
        "Journalist arrested in London",
        ["Police arrested a journalist in London.", "He was taken to a police station.",
         "His newspaper protested."],
        places={"London": LONDON}, published=None)
    main = choose_main_event(a)
    assert main is not None and main.date.value is None and main.date.year is None and main.date.reason


# -- choosing the main event ------------------------------------------------------------------------
def test_full_article_prefers_the_violence_the_headline_names_over_a_later_protest():
    _, a = full_article(
        "Gunmen kill trade unionist in London",
        ["Hundreds of people marched in London on Sunday to protest against violence.",
         "On Friday, gunmen shot dead a trade union leader outside his home in London.",
         "Police have not arrested anyone."],
        places={"London": LONDON}, published=dt.date(2021, 6, 14))
    main = choose_main_event(a)
    assert main is not None and main.sub_event_type == "Attack", [r.sub_event_type for r in a.reports]
    assert main.date.value == "2021-06-11"


def test_snippet_keeps_its_first_news_event():
    text = "Police arrested ten protesters in London on Monday. Gunmen shot a man in London."
    a = Article(id="s", text=text, published=dt.date(2021, 6, 15))
    a.sections = [Section("body", 0, len(text))]
    a.doc = nlp()(text)
    for m in re.finditer("London", text):
        a.place_mentions.append(PlaceMention(m.start(), m.end(), "London", LONDON))
    tag_dates(a)
    EventExtractor().extract(a)
    assert len(a.reports) >= 2, [r.sub_event_type for r in a.reports]
    main = choose_main_event(a)
    assert main is a.reports[0] and main.evidence.start == 0


# -- the country ------------------------------------------------------------------------------------
def test_hong_kong_is_china_as_acled_codes_it():
    _, a = full_article(
        "Hong Kong police arrest five trade unionists",
        ["Hong Kong police on Thursday arrested five members of a trade union over children's books.",
         "The union said the arrests were political.", "They face up to two years in prison."],
        places={"Hong Kong": HONG_KONG}, published=dt.date(2021, 7, 23))
    assert article_country(a) == "CHN"
    fields = fields_of(SimpleNamespace(events=EventExtractor()), a)
    assert fields["country"] == "CHN" and fields["admin1"] == "Hong Kong"


def test_country_of_the_violation_outweighs_the_country_that_reacts():
    wash = place("Washington", "USA", "United States", "District of Columbia")
    kyiv = KIEV
    _, a = full_article(
        "US condemns attack on reporter",
        ["Washington said on Monday it was deeply concerned.",
         "The reporter was beaten and abducted by masked men in Kyiv last week.",
         "Officials in Washington urged an inquiry, Washington said."],
        places={"Washington": wash, "Kyiv": kyiv}, published=dt.date(2021, 6, 14))
    assert article_country(a) == "UKR"


def test_hong_kong_as_a_country_code_is_chinas_admin1_and_town():
    hk = place("Hong Kong", "HKG", "Hong Kong", None, code="PCLI")
    _, a = full_article(
        "Hong Kong police arrest five trade unionists",
        ["Hong Kong police on Thursday arrested five members of a trade union.",
         "The union said the arrests were political.", "They face up to two years in prison."],
        places={"Hong Kong": hk}, published=dt.date(2021, 7, 23))
    fields = fields_of(SimpleNamespace(events=EventExtractor()), a)
    assert fields["country"] == "CHN" and fields["admin1"] == "Hong Kong" and "Hong Kong" in fields["city_alt"]


def test_an_over_named_country_yields_to_a_close_second():
    wash = place("Washington", "USA", "United States", "District of Columbia")
    karachi = place("Karachi", "PAK", "Pakistan", "Sindh")
    _, a = full_article(
        "Justice sought for murdered reporter",
        ["The reporter, who lived in Karachi, was abducted and killed.",
         "Officials in Washington met officials from Washington and Washington on the case."],
        places={"Washington": wash, "Karachi": karachi}, published=dt.date(2021, 1, 30))
    weights = country_weights(a)
    assert weights["USA"] > weights["PAK"] >= OVER_NAMED["USA"] * weights["USA"]  # the US is named more ...
    scores = country_scores(a)
    assert scores["PAK"] > scores["USA"]
    assert article_country(a) == "PAK"  # ... but the act happened in Pakistan


def test_a_place_that_locates_a_violation_outweighs_more_weight_elsewhere(monkeypatch):
    kabul = place("Kabul", "AFG", "Afghanistan", "Kabul")
    paris = place("Paris", "FRA", "France", "Ile-de-France")
    _, a = full_article(
        "Rights groups condemn killing of reporter",
        ["Paris-based Reporters Without Borders said from Paris that it was appalled.",
         "The reporter was shot dead in Kabul on Monday.",
         "Paris officials, Paris lawyers and Paris activists voiced concern."],
        places={"Paris": paris, "Kabul": kabul}, published=dt.date(2021, 1, 30))
    feats = {m.text: f for m, f in linking.mention_features(a)}
    assert {"locative", "violation"} <= feats["Kabul"]
    weights = country_weights(a)
    located = country_scores(a)  # the shipped LOCATIVE_POWER
    monkeypatch.setattr(linking, "LOCATIVE_POWER", 0.0)
    plain = country_scores(a)
    assert located["AFG"] / located["FRA"] > plain["AFG"] / plain["FRA"]  # the locating mention counts more
    assert plain["AFG"] / plain["FRA"] == weights["AFG"] / weights["FRA"]


# -- second pass: place on the act, names read as dates, sharper dates, photo dates -------------------
def test_a_place_on_the_violation_verb_weighs_more_than_one_elsewhere_in_the_sentence():
    lahore = place("Lahore", "PAK", "Pakistan", "Punjab")
    karachi = place("Karachi", "PAK", "Pakistan", "Sindh")
    _, a = full_article(
        "Journalist shot dead",
        ["The journalist, who lived in Lahore, was shot dead in Karachi on Monday.",
         "Colleagues mourned him.", "Police have opened an inquiry."],
        places={"Lahore": lahore, "Karachi": karachi}, published=dt.date(2021, 1, 30))
    w = {m.text: wt for m, wt in mention_weights(a)}
    assert w["Karachi"] == w["Lahore"] * WEIGHTS["on_act"] and WEIGHTS["on_act"] > 1


def test_a_country_that_acts_weighs_less_than_the_same_name_as_a_place(monkeypatch):
    saudi = place("Saudi Arabia", "SAU", "Saudi Arabia", None, code="PCLI")
    _, a = full_article(
        "Rights groups react",
        ["Saudi Arabia denied the claims on Monday.",
         "Activists remain in Saudi Arabia, rights groups said."],
        places={"Saudi Arabia": saudi}, published=dt.date(2021, 1, 30))
    subj = [t for t in a.doc if t.text == "Arabia"][0]
    assert subj.dep_ == "nsubj"  # the parse reads the first as the subject (the state acting)
    acting, placed = (wt for _, wt in mention_weights(a))
    monkeypatch.setitem(WEIGHTS, "agent", 1.0)
    plain_acting, plain_placed = (wt for _, wt in mention_weights(a))
    assert acting < plain_acting and placed == plain_placed


def test_a_place_inside_a_date_name_counts_little():
    midi = place("Midi", "YEM", "Yemen", "Hajjah")
    istanbul = place("Istanbul", "TUR", "Turkey", "Istanbul")
    _, a = full_article(
        "Turkey detains dozens",
        ["Police detained dozens of people in Istanbul after the May Day rally on Sunday.",
         "Rights groups condemned the detentions.", "Most were released later."],
        places={"May Day": midi, "Istanbul": istanbul}, published=dt.date(2022, 5, 2))
    ents = {e.text: e.label_ for e in a.doc.ents}
    w = {m.text: wt for m, wt in mention_weights(a)}
    assert ents.get("May Day") == "DATE"  # the spaCy model reads it as a date ...
    assert w["May Day"] < w["Istanbul"]  # ... so it counts little as a place
    assert article_country(a) == "TUR"


def test_a_year_alone_is_sharpened_by_a_precise_mention_of_the_same_year():
    _, a = full_article(
        "Remembering a murdered editor",
        ["The editor was murdered in 2016, five years ago.",
         "His family last saw him at home on 3 July 2016, his brother recalled.",
         "Nobody has been charged.", "Colleagues held a vigil on Monday."],
        published=dt.date(2021, 7, 5))
    main = choose_main_event(a)
    assert main is not None
    d = main_event_date(a, main)
    # "in 2016" (next to the act) is the best candidate; the day of the same year, told in a
    # sentence without a violation word, makes it precise
    assert d.value == "2016-07-03" and d.precision == 1


def test_the_date_of_a_photo_is_no_candidate():
    _, a = full_article(
        "Workers hold managers hostage",
        ["In this March 23, 2021 photo, union members gather outside the plant.",
         "Workers held seven managers against their will for 12 hours on Tuesday.",
         "The company condemned the detention."],
        published=dt.date(2021, 4, 28))
    main = choose_main_event(a)
    assert main is not None
    texts = [c.mention.text for c in date_candidates(a, main)]
    assert texts and not any("March 23" in t for t in texts)
