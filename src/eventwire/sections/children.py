"""Related headlines become child Articles of their own (``kind="related"``)."""

from __future__ import annotations

import hashlib

from ..records import Article, Section


def related_children(article: Article) -> list[Article]:
    """One child Article per ``related`` section: its text is the headline (and its blurb),
    ``offset`` its start in the parent's text; date, outlet and language are inherited."""
    children: list[Article] = []
    for section in article.sections:
        if section.kind != "related":
            continue
        text = article.text[section.start:section.end]
        if not text.strip():
            continue
        child_id = hashlib.sha256(f"{article.id}:{section.start}:{text}".encode()).hexdigest()[:16]
        first_line = text.splitlines()[0].strip()
        children.append(Article(
            id=child_id,
            text=text,
            source=article.source,
            url=section.meta.get("url"),
            title=first_line,
            published=article.published,
            published_source=article.published_source,
            outlet=article.outlet,
            language=article.language,
            sections=[Section("related", 0, len(text))],
            parent_id=article.id,
            offset=section.start,
            kind="related",
        ))
    return children
