"""The parts of an article's text and the words that mark a violation, shared by the main event's
date ranking (:mod:`eventwire.events.dating`) and its country ranking (:mod:`eventwire.events.linking`).

Where the headline and the lead end, where a paragraph starts, the verb a span hangs on; and the
word lists that say what a sentence is about: a violation against a person (:data:`VIOLATION_RE`),
what follows it (:data:`PROCEEDING_RE`: court steps, releases, reports) or a reaction elsewhere
(:data:`REACTION_RE`).
"""

from __future__ import annotations

import re
from typing import Any

from ..records import Article
from .words import char_span, doc_heads, doc_pos


def _lead_letters(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx``, a ``\b(?:word|word...)`` pattern, with a look-ahead for the letters its words start with:
    the same matches, found faster (a case-blind alternation is tried whole at every word start; the
    look-ahead turns most words away at their first letter). A word that starts otherwise than with a
    letter leaves ``rx`` as it is."""
    head = r"\b(?:"
    if not (rx.pattern.startswith(head) and rx.pattern.endswith(")")):
        return rx
    body = rx.pattern[len(head) : -1]
    firsts: set[str] = set()
    depth, k, at_start = 0, 0, True
    while k < len(body):
        ch = body[k]
        if at_start:
            if not ch.isascii() or not ch.isalpha():
                return rx
            firsts.add(ch.lower())
            at_start = False
        if ch == "\\":
            k += 2
            continue
        if ch == "[":
            k = body.index("]", k + 2)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return rx  # the group closes before the end: not one alternation
        elif ch == "|" and depth == 0:
            at_start = True
        k += 1
    if at_start or depth:
        return rx
    return re.compile(rf"\b(?=[{''.join(sorted(firsts))}])(?:{body})", rx.flags)


#: Words of a violation against a person (the acts the article is about); a date next to one dates it.
VIOLATION_RE = _lead_letters(re.compile(
    r"\b(?:kill|murder|assassinat|shot|shoot|gunned|gunm[ae]n|stabb|beat(?:en|ing)?\b|attack|assault|abduct|kidnap|"
    r"disappear|arrest|detain|detention|jail|imprison|custody|tortur|raid|seiz|execut|lynch|rap(?:e|ed)\b|"
    r"harass|threat|dead\b|death|died|bod(?:y|ies)\b|missing|injur|wound|hacked|lashed|"
    r"flogg|exil|deport|expel|summon|interrogat|picked up|taken away|held\b|captur|stormed|went missing)",
    re.IGNORECASE))
#: What follows the act (court steps, releases): their dates are not the act's.
PROCEEDING_RE = _lead_letters(re.compile(
    r"\b(?:sentenc|convict|charged|charges|indict|court|trial|tried|verdict|acquit|bail|hearing|appeal|"
    r"release|freed|ruled|ruling|judge|prosecut|investigat|inquiry|probe|fined|pardon|anniversar|commemorat|"
    r"protest|rally|march|vigil|statement|report)",
    re.IGNORECASE))
#: Reactions elsewhere (statements, condemnations, calls): a place there is where someone reacted.
REACTION_RE = _lead_letters(re.compile(r"\b(?:urg|condemn|call(?:ed|s)? (?:on|for)|concern|denounc|welcom|"
                         r"express|demand)", re.IGNORECASE))


def title_end_of(article: Article) -> int:
    """The end offset of the headline: the "title" section's end, else the length of
    ``article.title`` when the text starts with it, else 0 (no headline)."""
    for s in article.sections:
        if s.kind == "title":
            return s.end
    if article.title and article.text.startswith(article.title):
        return len(article.title)
    return 0


def lead_end_of(article: Article, title_end: int) -> int:
    """The end of the lead: the first two paragraphs after the headline (at most ~600 characters)."""
    text = article.text
    pos = title_end
    while pos < len(text) and text[pos].isspace():
        pos += 1
    end = pos
    for _ in range(2):
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
        while end < len(text) and text[end].isspace():
            end += 1
    return min(end, pos + 600)


def paragraph_start(text: str, pos: int) -> int:
    """The offset where the line (paragraph) holding ``pos`` starts."""
    i = text.rfind("\n", 0, pos)
    return i + 1 if i >= 0 else 0


def head_verb(doc: Any, start: int, end: int, *, verbs: tuple[str, ...] = ("VERB",),
              through: tuple[str, ...] | None = None) -> Any:
    """The verb the span hangs on, at most three heads up (None at the root, or when a head outside
    ``through`` parts of speech comes first; ``through`` None lets any head pass)."""
    span = char_span(doc, start, end)
    if span is None:
        return None
    heads, pos = doc_heads(doc), doc_pos(doc)  # walked on the doc's tables: no token object per step
    i = span.root.i
    for _ in range(3):
        head = heads[i]
        if head == i:
            return None
        if pos[head] in verbs:
            return doc[head]
        if through is not None and pos[head] not in through:
            return None  # a clause, a verb of saying's complement ...
        i = head
    return None
