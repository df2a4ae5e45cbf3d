"""What an article is about: its main event, where and when it happened (``Article.main_event``).

The events stage codes every event a text states, each dated and placed by its own sentence. An
analyst also asks of an article as a whole: what is it about, where, when? A report on a trial is
about the attack that led to it; a profile of a jailed journalist is about the arrest. The summary
answers with the main report (:func:`events.mainevent.choose_main_event`), the country and place that
the whole article weighs most (:func:`events.linking.article_country` and
:func:`events.linking.dominant_place`: headline, lead and violation sentences count most; the main
report's own place adds to them), and a date ranked over every dated mention of the article
(:func:`events.dating.main_event_date`). A report keeps the date its own sentence gives it.
"""

from __future__ import annotations

from collections import Counter

from ..records import Article, EventReport, MainEvent, PlaceMention
from .dating import main_event_date
from .linking import acled_iso, article_country, dominant_place, mention_features, mention_weights_of
from .victims import describe_violation

#: GeoNames feature codes of a city, town or village start with this
_CITY_PREFIX = "PPL"


def summarize(article: Article, main: EventReport | None) -> MainEvent | None:
    """The article's :class:`MainEvent` given its main report (None when the text is empty)."""
    if not article.text.strip():
        return None
    features = mention_features(article)
    weights = mention_weights_of(features)
    country = article_country(article, main=main, weights=weights, features=features)
    mention = dominant_place(article, country, main=main, weights=weights) if country else None
    if mention is None:
        mention = salient_place(article, country=country)
    index = next((i for i, r in enumerate(article.reports) if r is main), None)
    return MainEvent(report=index, country=country, location=mention, date=main_event_date(article, main),
                     violation=describe_violation(article, main))


def salient_place(article: Article, *, country: str | None = None) -> PlaceMention | None:
    """The most mentioned resolved place of ``country`` (ISO3, ACLED's: Hong Kong is China;
    default: the article's most mentioned country), preferring populated places (then admin
    areas) to countries; earliest mention on ties."""
    resolved = [m for m in article.place_mentions
                if m.place is not None and m.place.iso and m.kind != "demonym"]
    if not resolved:
        return None
    if country is None:
        country = Counter(acled_iso(m.place.iso) for m in resolved).most_common(1)[0][0]

    def rank(m: PlaceMention) -> int:
        code = (m.place.feature_code or "") if m.place else ""
        if code.startswith(_CITY_PREFIX):
            return 0
        if code.startswith("ADM"):
            return 1
        return 2

    same = [m for m in resolved if acled_iso(m.place.iso) == country]
    if not same:
        return None
    best_rank = min(rank(m) for m in same)
    pool = [m for m in same if rank(m) == best_rank]
    counts = Counter(m.place.name for m in pool)
    return max(pool, key=lambda m: (counts[m.place.name], -m.start))
