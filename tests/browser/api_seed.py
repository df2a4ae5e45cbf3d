"""Hand-built records for the API and browser tests: the seed page's events (As Sukhnah, the T3
airbase, the Badiya, Palmyra, Baqubah, Kirkuk, Salah ad Din) plus an article whose title and text
carry ``<script>`` and an ``onerror`` image, to check that the API and the map show them as text.

Records are built by hand (no pipeline), so tests of the API do not depend on the extractors.
"""

from __future__ import annotations

import datetime as dt

from eventwire.records import (
    Actor,
    Article,
    DateValue,
    EventReport,
    Evidence,
    Fatalities,
    Place,
    PlaceMention,
    Section,
)

IS = "Islamic State"
SYR_MIL = "Military Forces of Syria"
IRQ_MIL = "Military Forces of Iraq"

XSS_TITLE = "<script>window.__xss = 1</script>Gunmen <b>raid</b> checkpoint"
XSS_SENTENCE = 'Gunmen <img src=x onerror="window.__xss = 2"> attacked a checkpoint <script>window.__xss = 3</script> in Baghdad.'

SUKHNA_SENTENCE = (
    "The Islamic State militants captured Sukhna city, after advancing toward Tantor Mountain, "
    "in the eastern countryside of Homs."
)


def _place(name, lat, lon, *, country, iso, admin1=None, admin2=None, geonameid=None, precision=1):
    return Place(
        name=name,
        latitude=lat,
        longitude=lon,
        geonameid=geonameid,
        country=country,
        iso=iso,
        admin1=admin1,
        admin2=admin2,
        geo_precision=precision,
    )


def _report(
    text: str,
    sentence: str,
    *,
    etype,
    sub,
    place_text,
    place,
    day,
    actor1,
    actor2=None,
    fatalities=0,
    section="body",
    background=False,
    date_text=None,
    precision=1,
    assoc2=(),
):
    start = text.index(sentence)
    p_start = text.index(place_text, start) if place_text in text[start:] else start
    disorder = "Strategic developments" if etype == "Strategic developments" else "Political violence"
    return EventReport(
        event_type=etype,
        sub_event_type=sub,
        disorder_type=disorder,
        evidence=Evidence(text=sentence, start=start, end=start + len(sentence)),
        actor1=actor1,
        actor2=actor2,
        assoc_actor_2=list(assoc2),
        location=PlaceMention(start=p_start, end=p_start + len(place_text), text=place_text, place=place),
        date=DateValue(value=day, precision=precision, text=date_text),
        fatalities=Fatalities(count=fatalities),
        background=background,
        section=section,
        confidence=0.8,
    )


def palmyra_article() -> Article:
    title = "Islamic State approaches Palmyra after attacking Syrian army headquarters"
    s_hq = (
        "Homs (Syria News) The self-proclaimed Islamic State launched, on Saturday, an attack on the "
        "Syrian army headquarters, in the Syrian Badiyah, and approached the city of Palmyra, Qasioun News reported."
    )
    s_t3 = (
        "Qasioun News revealed that the Islamic State militants attacked the Syrian army forces, near the "
        "Syrian Badiyah, while pointed out that the militant group is now only 40 kilometers away from the "
        "city of Palmyra, after capturing the T3 airbase, in the eastern countryside of Homs."
    )
    s_palmyra = (
        "It is noteworthy that the Syrian army forces, backed up by Russian warplanes, managed to recapture "
        "the city of Palmyra last March, in their attempt to continue the assault to recapture the city of Sukhna."
    )
    h_baqubah = "Army airstrikes kill five Islamic State members, northeastern Baqubah"
    h_kirkuk = "Iraqi security forces detain a boy after removing a suicide vest from him in Kirkuk in Iraq."
    h_salah = "Suicide attacker killed before blowing himself up in north of Salahuddin"
    body = "\n\n".join([s_hq, s_t3, SUKHNA_SENTENCE, s_palmyra])
    text = f"{title}\n\n{body}\n\n{h_baqubah}\n\n{h_kirkuk}\n\n{h_salah}"
    b0 = text.index(s_hq)
    b1 = text.index(s_palmyra) + len(s_palmyra)
    r0 = text.index(h_baqubah)
    art = Article(
        id="seed-palmyra",
        text=text,
        source="tests/browser/api_seed.py",
        title=title,
        published=dt.date(2016, 5, 16),
        outlet="Syria News",
        language="en",
        sections=[
            Section("title", 0, len(title)),
            Section("body", b0, b1),
            Section("related", r0, len(text)),
        ],
    )
    isis = Actor(IS, 2, "The Islamic State militants")
    syr = Actor(SYR_MIL, 1, "the Syrian army forces", "SYR")
    homs = dict(country="Syria", iso="SYR", admin1="Homs")
    art.reports = [
        _report(
            text,
            SUKHNA_SENTENCE,
            etype="Battles",
            sub="Non-state actor overtakes territory",
            place_text="Sukhna",
            day="2016-05-14",
            actor1=isis,
            date_text="on Saturday",
            place=_place("As Sukhnah", 34.885, 38.871, admin2="Tadmur", geonameid=172425, **homs),
        ),
        _report(
            text,
            s_t3,
            etype="Battles",
            sub="Non-state actor overtakes territory",
            place_text="T3 airbase",
            day="2016-05-14",
            actor1=isis,
            place=_place("T3 Airbase", 34.524, 37.629, **homs),
        ),
        _report(
            text,
            s_hq,
            etype="Battles",
            sub="Armed clash",
            place_text="Syrian Badiyah",
            day="2016-05-14",
            actor1=isis,
            actor2=syr,
            fatalities=12,
            place=_place("Syrian Desert", 34.6, 38.6, precision=3, **homs),
        ),
        _report(
            text,
            s_palmyra,
            etype="Battles",
            sub="Government regains territory",
            place_text="Palmyra",
            day="2016-03-01",
            precision=3,
            date_text="last March",
            actor1=syr,
            actor2=Actor(IS, 2),
            background=True,
            place=_place("Palmyra", 34.562, 38.284, admin2="Tadmur", geonameid=170794, **homs),
        ),
        _report(
            text,
            h_baqubah,
            etype="Explosions/Remote violence",
            sub="Air/drone strike",
            place_text="Baqubah",
            day="2016-05-15",
            actor1=Actor(IRQ_MIL, 1, "Army", "IRQ"),
            actor2=Actor(IS, 2, "Islamic State members"),
            fatalities=5,
            section="related",
            place=_place(
                "Baqubah",
                33.754,
                44.605,
                country="Iraq",
                iso="IRQ",
                admin1="Diyala",
                geonameid=98463,
                precision=2,
            ),
        ),
        _report(
            text,
            h_kirkuk,
            etype="Strategic developments",
            sub="Disrupted weapons use",
            place_text="Kirkuk",
            day="2016-05-15",
            actor1=Actor(IRQ_MIL, 1, "Iraqi security forces", "IRQ"),
            section="related",
            place=_place(
                "Kirkuk", 35.468, 44.392, country="Iraq", iso="IRQ", admin1="Kirkuk", geonameid=94787
            ),
        ),
        _report(
            text,
            h_salah,
            etype="Strategic developments",
            sub="Disrupted weapons use",
            place_text="Salahuddin",
            day="2016-05-15",
            actor1=Actor(IRQ_MIL, 1),
            fatalities=1,
            section="related",
            place=_place(
                "Salah ad Din", 34.45, 43.6, country="Iraq", iso="IRQ", admin1="Salah ad Din", precision=3
            ),
        ),
    ]
    return art


def xss_article() -> Article:
    text = f"{XSS_TITLE}\n\nBAGHDAD (Wire) {XSS_SENTENCE} Two policemen were wounded."
    start = text.index(XSS_SENTENCE)
    art = Article(
        id="seed-xss",
        text=text,
        source="tests/browser/api_seed.py",
        title=XSS_TITLE,
        published=dt.date(2016, 6, 2),
        outlet='<i onmouseover="window.__xss = 4">Wire</i>',
        language="en",
        sections=[Section("title", 0, len(XSS_TITLE)), Section("body", start - 15, len(text))],
    )
    art.reports = [
        _report(
            text,
            XSS_SENTENCE,
            etype="Violence against civilians",
            sub="Attack",
            place_text="Baghdad",
            day="2016-06-01",
            actor1=Actor("Unidentified Armed Group <script>x()</script>", 3, "Gunmen"),
            place=_place(
                "Baghdad", 33.341, 44.401, country="Iraq", iso="IRQ", admin1="Baghdad", geonameid=98182
            ),
        ),
    ]
    return art


def seed_articles() -> list[Article]:
    return [palmyra_article(), xss_article()]
