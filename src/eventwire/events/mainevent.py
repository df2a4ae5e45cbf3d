"""The article's main event: which of its reports the article is about.

In a full article (:data:`FULL_ARTICLE_PARAGRAPHS` paragraphs or more) the asserted report with the
best :func:`main_event_score`: violence against a person, in the headline or the lead, stated more than
once, on what the headline names; background and attributions count less. In a snippet or a short
note, its first news event (of a sentence cut into clauses, the clause the sentence was typed by).
The extractor's notes on split clauses (:data:`NOTE_CLAUSES`) are written here and read here.
"""

from __future__ import annotations

import re

from ..records import Article, EventReport
from .dating import SNIPPET_PARAGRAPHS, paragraph_count
from .merging import NOTE_ATTRIBUTION

NOTE_CLAUSES = "split: one event per clause of the sentence at"
MAIN_CLAUSE = "; its main clause"
FURTHER_CLAUSE = "; a further clause"
PERSON_VIOLENCE = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence", "Arrests"})
CROWD = frozenset({"Peaceful protest", "Protest with intervention", "Violent demonstration"})


def main_event_score(article: Article, report: EventReport, index: int, title_words: set[str]) -> float:
    """How likely ``report`` is what the article is about: an act of violence against a person, in the
    headline or the lead, stated more than once, on what the headline names; past events (background)
    and attributions count less; protests about an act count less than the act."""
    score = 0.0
    if report.sub_event_type in PERSON_VIOLENCE:
        score += 3.0
    elif report.disorder_type == "Political violence":
        score += 2.0
    elif report.sub_event_type in CROWD:
        score -= 0.5
    if report.sub_event_type in ("Agreement", "Change to group/activity", "Other", "Headquarters or base established"):
        score -= 1.0
    if report.section == "title":
        score += 2.5
    elif report.section == "related":
        score -= 4.0
    else:
        para = _paragraph_index(article, report.evidence.start)
        score += {0: 2.0, 1: 1.5, 2: 1.0, 3: 0.5}.get(para, 0.0)
    score -= min(index, 20) * 0.05
    score += min(sum(n.startswith("also stated at") for n in report.notes), 3) * 0.6
    if title_words and report.section != "title":
        words = _content_words(report.evidence.text)
        shared = len(words & title_words)
        score += min(shared, 4) * 0.4
    if report.background:
        score -= 2.5
    if NOTE_ATTRIBUTION in report.notes:
        score -= 2.0
    if report.actor2 is not None:
        score += 0.3
    return score


def choose_main_event(article: Article, *, include_background: bool = True) -> EventReport | None:
    """The article's main event.

    In a full article (:data:`FULL_ARTICLE_PARAGRAPHS` paragraphs or more): the asserted report
    with the best :func:`main_event_score` (the earliest on ties), among those that are news (not
    background, not an attribution) when there are any, else (``include_background``) among the
    background ones: an article may be about an old killing. In a snippet or a short note: the
    first asserted report that is news. None when there is none."""
    asserted = [r for r in article.reports if not (r.negated or r.speculative)]
    news = [r for r in asserted if not r.background and NOTE_ATTRIBUTION not in r.notes]
    if paragraph_count(article) < FULL_ARTICLE_PARAGRAPHS:
        if not news:
            return None
        # a snippet or a short note: its first event; of a sentence cut into clauses, the clause the
        # sentence was typed by (its main act)
        first = news[0]
        further = next((n for n in first.notes if n.startswith(NOTE_CLAUSES) and n.endswith(FURTHER_CLAUSE)), None)
        if further is not None:
            own = further.removesuffix(FURTHER_CLAUSE) + MAIN_CLAUSE
            return next((r for r in news if own in r.notes), first)
        return first
    if news or not include_background:
        asserted = news
    if not asserted:
        return None
    title_words = _content_words(_title_text(article))
    scored = [(main_event_score(article, r, i, title_words), -r.evidence.start, r) for i, r in enumerate(asserted)]
    return max(scored, key=lambda x: (x[0], x[1]))[2]


#: Texts with fewer paragraphs are snippets: their first event is the main one.
FULL_ARTICLE_PARAGRAPHS = SNIPPET_PARAGRAPHS


_STOP = frozenset("""a an the of in on at to for from by with and or but as is was were are be been has have had
its it his her their they he she this that after over into about says said say new more than who which""".split())


def _content_words(text: str) -> set[str]:
    words = re.findall(r"[A-Za-z][A-Za-z'\-]{2,}", text.lower())
    return {w[:6] for w in words if w not in _STOP}


def _title_text(article: Article) -> str:
    for s in article.sections:
        if s.kind == "title":
            return article.text[s.start : s.end]
    return article.title or ""


def _paragraph_index(article: Article, pos: int) -> int:
    """0 for the first paragraph of the body (after the title), 1 for the next ..."""
    body = next((s for s in article.sections if s.kind in ("body", "dateline")), None)
    start = body.start if body is not None else 0
    if pos < start:
        return 0
    return len(re.findall(r"\n\s*\n|\n", article.text[start:pos].strip()))
