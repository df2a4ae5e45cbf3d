"""The outlet's name appended to a headline ("... – Mission City Record"): places in it name where the
outlet is, not where anything happened (read by :mod:`eventwire.events.linking`)."""

from __future__ import annotations

import re

from ..records import Article
from .article_text import title_end_of

#: What separates a headline from the outlet's name appended to it ("... conviction – Mission City
#: Record", "... | The Guardian Nigeria News - Nigeria and World News").
_TITLE_SEP_RE = re.compile(r"\s+(?:[|–—]|--?)\s+")
#: Words of outlet names ("Kashmir Reader", "Channels Television", "Greek News").
OUTLET_WORDS = frozenset({
    "news", "times", "post", "record", "progress", "reader", "today", "television", "tv", "radio",
    "tribune", "herald", "journal", "daily", "gazette", "chronicle", "observer", "online", "express",
    "mail", "telegraph", "standard", "guardian", "press", "network", "magazine", "review", "weekly",
    "star", "sun", "independent", "voice", "courier", "monitor", "reporter", "reporters", "media",
    "wire", "agency", "bulletin", "insider", "dispatch", "examiner", "mirror", "punch", "vanguard",
    "pulse", "report", "newspaper", "broadcasting", "world",
})
_OUTLET_LINK_WORDS = frozenset({"and", "of", "the", "&", "-", "–", "|"})


def outlet_start(article: Article, title_end: int | None = None) -> int:
    """Where the outlet's name appended to the headline starts ("Canadian journalist’s kidnapper
    abandons appeals – Mission City Record": at " – "), else the headline's end: a suffix after a
    dash or bar of at most ten capitalised words, one of them a word of outlet names
    (:data:`OUTLET_WORDS`). Places in it name where the outlet is, not where anything happened."""
    end = title_end_of(article) if title_end is None else title_end
    head = article.text[:end]
    for sep in _TITLE_SEP_RE.finditer(head):
        words = head[sep.end():].split()
        if not words or len(words) > 10 or sep.start() == 0:
            continue
        bare = [w.strip(".,:;!?\"'“”‘’()") for w in words]
        if all(not b or b[:1].isupper() or b.lower() in _OUTLET_LINK_WORDS or "." in b for b in bare) \
                and any(b.lower() in OUTLET_WORDS or b.lower().endswith((".com", ".net", ".org")) for b in bare):
            return sep.start()
    return end
