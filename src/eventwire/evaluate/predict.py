"""Predictors: run the eventwire pipeline over gold items and return predictions in the shapes of
``evaluate --predictions`` (DESIGN.md), one dict per gold item, in gold order.

Each predictor takes the loaded :class:`~eventwire.pipeline.Pipeline` and the gold items and
yields ``(item_id, prediction)`` pairs as they are done (so a caller can show progress).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator, Sequence
from typing import Any

from ..events.linking import acled_iso, unlisted_town
from ..output import violation_to_dict
from ..records import Article, DateValue, EventReport, Place, PlaceMention
from ..timex import iso_day
from .directed_place import directed_location

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 32


# -- geoparse -----------------------------------------------------------------------------------
def _toponym(m: PlaceMention) -> dict[str, Any]:
    place = m.place
    return {
        "start": m.start,
        "end": m.end,
        "latitude": None if place is None else place.latitude,
        "longitude": None if place is None else place.longitude,
        "geonameid": None if place is None else place.geonameid,
    }


def predict_geoparse(pipeline: Any, items: Sequence[Any], *, given_spans: bool = False,
                     batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[tuple[str, dict]]:
    """Toponyms of each text (``geo.geoparse``), or the resolution of the gold spans
    (``geo.resolve_spans``) with ``given_spans``."""
    texts = [item.text for item in items]
    for item, doc in zip(items, pipeline.nlp.pipe(texts, batch_size=batch_size), strict=True):
        if given_spans:
            spans = [(t.start, t.end) for t in item.toponyms]
            mentions = pipeline.geo.resolve_spans(item.text, spans, doc=doc)
        else:
            mentions = pipeline.geo.geoparse(item.text, doc=doc)
        yield item.id, {"id": item.id, "toponyms": [_toponym(m) for m in mentions]}


# -- event type ---------------------------------------------------------------------------------
def main_event(pipeline: Any, article: Article) -> EventReport | None:
    """The article's main event: ``pipeline.events.main_event`` when the extractor has one, else
    the first non-background, non-negated report."""
    chooser = getattr(pipeline.events, "main_event", None)
    if chooser is not None:
        return chooser(article)
    for report in article.reports:
        if not (report.background or report.negated):
            return report
    return article.reports[0] if article.reports else None


def predict_event_type(pipeline: Any, items: Sequence[Any], *,
                       batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[tuple[str, dict]]:
    """The ACLED sub_event_type of each snippet's main event (None: no event)."""
    articles = (Article(id=item.id, text=item.text, source=f"gold:{item.id}") for item in items)
    for article in pipeline.pipe(articles, batch_size=batch_size):
        event = main_event(pipeline, article)
        yield article.id, {"id": article.id, "label": None if event is None else event.sub_event_type}


# -- extraction ---------------------------------------------------------------------------------
def extract_body(html: str, *, url: str | None = None) -> str:
    """The article body the sections stage finds in an HTML page (paragraphs separated by blank
    lines; "" when it finds none)."""
    from ..sections import extract_main_text

    return extract_main_text(html, url=url)


def predict_extraction(pipeline: Any, items: Sequence[Any], **_: Any) -> Iterator[tuple[str, dict]]:
    """The extracted body text of each HTML page (no NLP needed; ``pipeline`` may be None)."""
    for item in items:
        try:
            text = extract_body(item.html, url=item.url)
        except Exception as exc:  # a failure on one page is an empty extraction, not a crash
            log.warning("extraction failed on %s: %s: %s", item.id, type(exc).__name__, exc)
            text = ""
        yield item.id, {"id": item.id, "text": text}


# -- event fields -------------------------------------------------------------------------------
def date_parts(date: DateValue | None) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a DateValue: all three at day or week precision, no day at month
    precision (3), the year alone when only the year is known (``DateValue.year``)."""
    if date is None:
        return None, None, None
    if not date.value:
        return date.year, None, None
    try:
        day = dt.date.fromisoformat(date.value[:10])
    except ValueError:
        return date.year, None, None
    if date.precision == 3:
        return day.year, day.month, None
    return day.year, day.month, day.day


#: Generic words before the name of a first-level division in the gazetteer's names ("Muhafazat
#: Hadramawt", "Provincia de Buenos Aires", "Departamento de Antioquia"): the name without them is
#: the same place's common name.
ADMIN_PREFIX_RE = re.compile(
    r"^(?:Muhafazat|Mohafazat|Wilayat|Wilayah|Ostan-e|Provincia d[eio]l?|Província d[eoa]|Departamento d[eo]l?|"
    r"Estado d[eo]|Region of|Province of|Governorate of)\s+", re.IGNORECASE)

#: Countries whose first-level regions (as ACLED-style coders write them) are the gazetteer's
#: second-level divisions: the UK's gazetteer admin1 are its four nations.
COUNTY_ADMIN1 = frozenset({"GBR"})


def _place_fields(mention: PlaceMention | None, *, country: str | None = None) -> dict[str, Any]:
    place: Place | None = None if mention is None else mention.place
    if place is None:
        return {"country": country, "admin1": None, "city": None, "city_alt": [], "admin1_alt": []}
    code = place.feature_code or ""
    iso = acled_iso(place.iso)
    unlisted = unlisted_town(mention)
    words = _place_words(mention)
    if unlisted is not None and not code.startswith(("PCL", "CONT", "RGN", "TERR")):
        # a town the gazetteer lacks ("the village of Jangebe"), coded at the place it lies in
        admin1 = place.name if code.startswith("ADM1") else place.admin1
        city, city_alt, admin1_alt = unlisted, [], []
    else:
        if code.startswith("ADM1"):
            admin1, city = place.name, None
        elif code.startswith(("PCL", "CONT", "RGN", "TERR")):  # a country or wider: no admin1, no city
            admin1, city = None, None
        else:
            admin1, city = place.admin1, place.name
        city_alt = [words] if city and words != city else []
        if city is None and (code.startswith(("ADM1", "PCL"))):
            city_alt = [place.name]  # city-states and city provinces: "Hong Kong", "Beijing"
        admin1_alt = [words] if code.startswith("ADM1") else []
    if iso in COUNTY_ADMIN1 and not code.startswith(("ADM1", "PCL", "CONT", "RGN", "TERR")):
        # the UK's gazetteer admin1 are its nations ("England"); its regions are the counties and
        # council areas, the gazetteer's admin2 ("Essex", "Renfrewshire", "Greater London")
        county = place.name if code.startswith("ADM2") else place.admin2
        if county:
            admin1 = county
            admin1_alt = [county[len("Greater "):]] if county.startswith("Greater ") else []
    if iso != place.iso and place.country:
        # ACLED files Hong Kong and Macau under China, with the territory as admin1
        admin1_alt = [a for a in (admin1, *admin1_alt) if a]
        admin1 = place.country
    bare = ADMIN_PREFIX_RE.sub("", admin1) if admin1 else None
    if bare and bare != admin1 and bare not in admin1_alt:
        admin1_alt.append(bare)  # "Muhafazat Hadramawt" is "Hadramawt"
    return {"country": iso, "admin1": admin1, "city": city, "city_alt": city_alt, "admin1_alt": admin1_alt}


def _add_article_names(article: Article, out: dict[str, Any]) -> None:
    """Add to ``admin1_alt`` / ``city_alt`` the words the article itself uses for the predicted
    admin1 and city ("Hadramout" for the gazetteer's "Muhafazat Hadramawt")."""
    for m in article.place_mentions:
        p = m.place
        if p is None or m.kind == "demonym" or unlisted_town(m) is not None:
            continue  # no name of its place: a town the gazetteer lacks ("Jangebe") is not its province
        code = p.feature_code or ""
        words = _place_words(m)
        if out["admin1"] and code.startswith("ADM1") and p.name == out["admin1"] and words not in out["admin1_alt"]:
            out["admin1_alt"].append(words)
        if out["city"] and p.name == out["city"] and not code.startswith(("ADM1", "PCL")) \
                and words not in out["city_alt"]:
            out["city_alt"].append(words)


def _place_words(mention: PlaceMention) -> str:
    """The article's own name of a mention's place: the anchor of a relative location ("Raqqa" of
    "near Raqqa", "Hadramout" of "the southeastern province of Hadramout"), else its text."""
    return mention.anchor if mention.kind == "relative" and mention.anchor else mention.text


def fields_of(pipeline: Any, article: Article) -> dict[str, Any]:
    """country/admin1/city/year/month/day of what the article is about (``article.main_event``, set
    by the events stage: :func:`events.about.summarize`).

    Country: the country the article's violation happened in (headline, lead and violation sentences
    weigh most; the main event's own place adds to it), so an article about one country gives it
    even without an event. Place: the admin1 of that country with the most weight, and its town with
    the most weight, else the most mentioned place of that country. Hong Kong and Macau are China
    with the territory as admin1 (ACLED). Date: the article's main-event date (year only when only
    the year is known; month without day at month precision), also when no event is coded.
    Who did it to whom (HRDsAttack's perpetrator_mention, perpetrator_type, violation_types and
    victims, plus the perpetrator's actor name): :func:`events.victims.describe_violation` of the
    main report."""
    summary = article.main_event
    if summary is None:
        from ..events.about import summarize

        summary = summarize(article, main_event(pipeline, article))
    country = summary.country if summary is not None else None
    mention = summary.location if summary is not None else None
    mention = directed_location(article, summary) or mention  # "in northwest Nigeria": a place there
    out = {"id": article.id, **_place_fields(mention, country=country)}
    _add_article_names(article, out)
    year, month, day = date_parts(summary.date) if summary is not None else (None, None, None)
    has_event = summary is not None and summary.report is not None
    out.update({"year": year, "month": month, "day": day, "event": has_event})
    # who did it to whom: perpetrator_mention/perpetrator_type/perpetrator/violation_types/victims
    violation = summary.violation if summary is not None else None
    if violation is None:
        from ..events.victims import describe_violation

        index = summary.report if summary is not None else None
        report = article.reports[index] if index is not None and 0 <= index < len(article.reports) else None
        violation = describe_violation(article, report)
    out.update(violation_to_dict(violation) or {})
    return out


def article_from_fields_item(item: Any) -> Article:
    """An Article for a full-article gold item: the headline, a blank line, then the body."""
    title = item.title.strip() if item.title else None
    text = f"{title}\n\n{item.text}" if title else item.text
    published = iso_day(item.published)
    return Article(id=item.id, text=text, source=f"gold:{item.id}", title=title, published=published,
                   published_source="feed" if published else None)


def predict_event_fields(pipeline: Any, items: Sequence[Any], *,
                         batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[tuple[str, dict]]:
    """The main-event fields (:func:`fields_of`) of each full-article gold item."""
    articles = (article_from_fields_item(item) for item in items)
    for article in pipeline.pipe(articles, batch_size=batch_size):
        yield article.id, fields_of(pipeline, article)


# -- relevance ----------------------------------------------------------------------------------
def predict_relevance(pipeline: Any, items: Sequence[Any], *,
                      batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[tuple[str, dict]]:
    """Whether each text is an event report (:func:`events.relevance.is_relevant`)."""
    from ..events.relevance import is_relevant

    articles = (Article(id=item.id, text=item.text, source=f"gold:{item.id}") for item in items)
    for article in pipeline.pipe(articles, batch_size=batch_size):
        yield article.id, {"id": article.id, "relevant": bool(is_relevant(article))}


PREDICTORS = {
    "geoparse": predict_geoparse,
    "event-type": predict_event_type,
    "extraction": predict_extraction,
    "event-fields": predict_event_fields,
    "relevance": predict_relevance,
}
