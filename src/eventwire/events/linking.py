"""Where and when: linking an event to a place mention and a date of its own article.

Location: a place mention of the event sentence (the most specific one, nearest to the trigger and
preferably inside its clause: relative location / town / district over province over country;
demonyms never), else the nearest earlier place of the same paragraph, else the dateline's place, else
the article's main place. Only places of the same article (a related headline is an article of its
own). A country-only location is allowed but flagged.

Date: a date mention of the sentence (nearest to the trigger), else the date of the event the
sentence elaborates (the last dated, non-background event before it in the same part of the page),
else no date, with the reason. Nothing is invented from the publication date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..records import Article, DateMention, DateValue, PlaceMention

COUNTRY_CODES = ("PCLI", "PCL", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR", "CONT")


def specificity(m: PlaceMention) -> int:
    """Lower is more specific: 0 relative / supplement / town, 1 district, 2 province / region,
    4 country; 9 demonyms and unresolved mentions (never the place of an event)."""
    if m.kind == "demonym" or m.place is None:
        return 9
    code = (m.place.feature_code or "").upper()
    if m.kind == "relative":
        return 0
    if code.startswith(COUNTRY_CODES) or (m.place.geo_precision is None and not m.place.admin1 and code == ""):
        return 4
    if code.startswith("ADM1") or code in ("RGN", "AREA", "DSRT", "RGNE"):
        return 2
    if code.startswith(("ADM2", "ADM3")):
        return 1
    return 0


def is_country_only(m: PlaceMention | None) -> bool:
    return m is not None and specificity(m) == 4


class PlaceLinker:
    """Place mentions of one article, ordered, with paragraph look-ups."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.mentions = sorted(
            (m for m in article.place_mentions if specificity(m) < 9), key=lambda m: m.start
        )
        self._fallback: PlaceMention | None | bool = False

    def in_range(self, start: int, end: int) -> list[PlaceMention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def for_sentence(self, sent: Any, trigger: Any, *, in_actor: set[int] | None = None,
                     prefer: Any = None, isolated: bool = False) -> tuple[PlaceMention | None, str]:
        """The place of an event stated by ``sent`` (a spaCy Span) with trigger token ``trigger``;
        ``isolated`` (a related headline inside its parent page) looks nowhere but the sentence."""
        cands = self.in_range(sent.start_char, sent.end_char)
        if in_actor:
            cands = [m for m in cands if m.start not in in_actor] or cands
        if cands:
            doc = sent.doc
            sub = {t.i for t in trigger.subtree} if trigger is not None else set()
            pref = {t.i for t in prefer.subtree} if prefer is not None else set()

            def where(m: PlaceMention) -> tuple[int, int]:
                """(0 the preferred argument / 1 the trigger's clause / 2 a clause under it /
                3 elsewhere in the sentence, token distance to the trigger)"""
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                tok = span.root if span is not None else trigger
                dist = abs(tok.i - trigger.i) if trigger is not None else 0
                if tok.i in pref:
                    return 0, dist
                if tok.i in sub:
                    return (1 if _same_clause(tok, trigger) else 2), dist
                return 3, dist

            def score(m: PlaceMention) -> tuple[float, int]:
                inside, dist = where(m)
                return (inside * 2.5 + specificity(m) + min(dist, 30) / 10.0, m.start)

            best = min(cands, key=score)
            if where(best)[0] != 2:
                return best, "sentence"
            # the only places of the sentence belong to a subordinate clause ("..., in which the group
            # cut the Deir Ezzor-Palmyra road"): the paragraph or the dateline says where it happened
            para, how = (None, "none") if isolated else self._before(sent)
            if para is not None:
                return para, how
            return best, "sentence"
        if isolated:
            return None, "none"
        return self._before(sent)

    def _before(self, sent: Any) -> tuple[PlaceMention | None, str]:
        """The nearest most specific place earlier in the paragraph, else the document's place."""
        para = self.paragraph_start(sent.start_char)
        earlier = [m for m in self.mentions if para <= m.start < sent.start_char]
        if earlier:
            best_spec = min(specificity(m) for m in earlier)
            return [m for m in earlier if specificity(m) == best_spec][-1], "paragraph"
        fb = self.fallback()
        if fb is not None:
            return fb, "document"
        return None, "none"

    def paragraph_start(self, pos: int) -> int:
        text = self.article.text
        i = text.rfind("\n", 0, pos)
        return i + 1 if i >= 0 else 0

    def fallback(self) -> PlaceMention | None:
        """The dateline's place, else the article's most mentioned specific place of its main country."""
        if self._fallback is not False:
            return self._fallback  # type: ignore[return-value]
        art = self.article
        best: PlaceMention | None = None
        datelines = [s for s in art.sections if s.kind == "dateline"]
        for s in datelines:
            ms = self.in_range(s.start, s.end)
            if ms:
                best = min(ms, key=specificity)
                break
        if best is None and self.mentions:
            # a "Homs (Syria News)" or "KABUL, Afghanistan -" opening of the body
            first_body = next((s for s in art.sections if s.kind == "body"), None)
            if first_body is not None:
                head = art.text[first_body.start : first_body.start + 60]
                cut = min([i for i in (head.find("("), head.find(" - "), head.find(" — "), head.find(":")) if i > 0] or [0])
                if cut:
                    ms = self.in_range(first_body.start, first_body.start + cut)
                    if ms:
                        best = min(ms, key=specificity)
        if best is None and self.mentions:
            isos = Counter(m.place.iso for m in self.mentions if m.place is not None and m.place.iso)
            if isos:
                iso = isos.most_common(1)[0][0]
                same = [m for m in self.mentions if m.place is not None and m.place.iso == iso]
                spec = min(specificity(m) for m in same)
                names = Counter(m.place.name for m in same if specificity(m) == spec)
                top = names.most_common(1)[0][0]
                best = next(m for m in same if m.place.name == top and specificity(m) == spec)
        self._fallback = best
        return best


def date_for_sentence(
    dates: Sequence[DateMention], sent: Any, trigger: Any
) -> DateMention | None:
    """The date mention of the sentence nearest to the trigger (None when it has none)."""
    cands = [d for d in dates if sent.start_char <= d.start and d.end <= sent.end_char and d.date is not None]
    if not cands:
        return None
    pos = trigger.idx if trigger is not None else sent.start_char
    sub = {t.idx for t in trigger.subtree} if trigger is not None else set()

    def score(d: DateMention) -> tuple[int, int]:
        inside = 0 if d.start in sub else 1
        return (inside, abs(d.start - pos))

    return min(cands, key=score)


def no_date(article: Article) -> DateValue:
    if article.published is None:
        return DateValue(value=None, reason="no date in the text and the page has no publication date")
    return DateValue(value=None, reason="no date in the text")


CLAUSE_DEPS = frozenset({"relcl", "advcl", "acl", "ccomp", "pcomp", "xcomp", "csubj"})


def _same_clause(tok: Any, trigger: Any) -> bool:
    """Whether ``tok`` hangs from ``trigger`` without crossing into another clause
    ("captured Sukhna city, after advancing toward Tantor Mountain": Sukhna yes, Tantor no)."""
    t = tok
    for _ in range(12):
        if t.i == trigger.i:
            return True
        if t.dep_ in CLAUSE_DEPS or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")):
            return False
        if t.head.i == t.i:
            return False
        t = t.head
    return False
