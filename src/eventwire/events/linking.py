"""Where and when: linking an event to a place mention and a date of its own article.

Location: a place mention of the event sentence (the most specific one, nearest to the trigger and
preferably inside its clause: relative location / town / district over province over country;
demonyms never), else the nearest earlier place of the same paragraph, else the dateline's place, else
the article's main place. Only places of the same article (a related headline is an article of its
own). A country-only location is allowed but flagged.

Date: a date mention of the sentence (nearest to the trigger), else the date of the event the
sentence elaborates (the last dated, non-background event before it in the same part of the page),
else no date, with the reason. Nothing is invented from the publication date for these.

The article's main event (one per article) is dated by :func:`main_event_date`: every dated mention
of the article is a candidate, scored by features (:data:`DATE_WEIGHTS`: a violation word next to it,
its place in the article, its precision, a verb of saying or a court step next to it, ...); a year
alone ("killed in 2016") dates it to the year (``DateValue.year``); the publication day is one more
candidate (reason :data:`PUBLICATION_DAY`: news told the day it happened, without a date); only when the
text gives no date at all does it fall back to the publication month (precision 3, reason
:data:`PUBLICATION_FALLBACK`).

Country: :func:`article_country` weighs every place mention as evidence of where the article's
violation happened (headline, dateline, violation sentences count more; statements, courts,
demonyms and actor names less), so an article about one country gives it even without an event;
:func:`dominant_place` picks that country's admin1 and town the same way. Hong Kong and Macau are
China, with the territory as admin1, as ACLED codes them (:data:`ACLED_COUNTRY`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
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


def _same_country(a: PlaceMention, b: PlaceMention) -> bool:
    """Whether two resolved mentions lie in one country (True when either has no country)."""
    ia = a.place.iso if a.place is not None else None
    ib = b.place.iso if b.place is not None else None
    return not ia or not ib or ia == ib


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
            # -- unless it lies in another country: "killed when aircraft bombed a market in Idlib"
            # is in Syria whatever the paragraph or the dateline said before
            para, how = (None, "none") if isolated else self._before(sent)
            if para is not None and _same_country(para, best):
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


# -- the date of an article's main event --------------------------------------------------------
#: Words of a violation against a person (the acts the article is about); a date next to one dates it.
VIOLATION_RE = re.compile(
    r"\b(?:kill|murder|assassinat|shot|shoot|gunned|gunm[ae]n|stabb|beat(?:en|ing)?\b|attack|assault|abduct|kidnap|"
    r"disappear|arrest|detain|detention|jail|imprison|custody|tortur|raid|seiz|execut|lynch|rap(?:e|ed)\b|"
    r"harass|threat|dead\b|death|died|bod(?:y|ies)\b|missing|injur|wound|hacked|lashed|"
    r"flogg|exil|deport|expel|summon|interrogat|picked up|taken away|held\b|captur|stormed|went missing)",
    re.IGNORECASE)
#: What follows the act (court steps, releases): their dates are not the act's.
PROCEEDING_RE = re.compile(
    r"\b(?:sentenc|convict|charged|charges|indict|court|trial|tried|verdict|acquit|bail|hearing|appeal|"
    r"release|freed|ruled|ruling|judge|prosecut|investigat|inquiry|probe|fined|pardon|anniversar|commemorat|"
    r"protest|rally|march|vigil|statement|report)",
    re.IGNORECASE)
#: Reactions elsewhere (statements, condemnations, calls): a place there is where someone reacted.
REACTION_RE = re.compile(r"\b(?:urg|condemn|call(?:ed|s)? (?:on|for)|concern|denounc|welcom|"
                         r"express|demand)", re.IGNORECASE)
#: Verbs of saying: a date on one of them ("police said on Thursday") dates the report, not the act.
REPORTING_LEMMAS = frozenset({"say", "tell", "announce", "report", "add", "state", "confirm", "claim", "write",
                              "tweet", "post", "publish", "issue", "release", "call", "urge", "condemn",
                              "demand", "express", "note", "explain", "comment", "speak", "voice", "raise",
                              "deplore", "criticise", "criticize", "denounce", "warn", "appeal", "launch"})
#: Prefixes that make a date a bound, not the time of the act ("since 2015", "until March").
BOUND_RE = re.compile(r"^(?:since|until|till|by|as of|from|before|after)\b", re.IGNORECASE)
#: Sentences of quotes / datelines of embedded posts ("— Name (@handle) July 16, 2021").
EMBED_RE = re.compile(r"(?:\(@\w+\)|pic\.twitter\.com)\s*$")

#: The date of a photograph ("In this March 23, 2021 photo", "Picture taken September 14, 2019"):
#: when the picture was taken, not when the act happened.
PHOTO_RE = re.compile(r"\bin this (?:[\w,]+ ){1,4}(?:file )?(?:photo|picture|image)\b|\b(?:photo|picture) taken\b|"
                      r"\bfile (?:photo|picture)\b", re.IGNORECASE)

PUBLICATION_DAY = "the publication day: the text dates the main event no better than the report itself"
PUBLICATION_FALLBACK = "no date in the text for the main event: the month of publication (report date)"


_HAS_DIGIT = re.compile(r"\d")
#: The people the articles are about: a sentence naming one is about the victim.
VICTIM_RE = re.compile(r"\b(?:journalist|reporter|editor|blogger|activist|defender|lawyer|unionist|union leader|"
                       r"dissident|critic|campaigner|photographer|writer|poet|environmentalist|leader)s?\b",
                       re.IGNORECASE)

#: Weights of the features of a date candidate (:func:`date_candidates`); a feature not listed
#: weighs 0. "position" is the candidate's offset / the text's length, "years_before" the years
#: from it to publication / 20 (at most 1), "repeated_year" the other candidates of its year / 3;
#: "publication" marks the one candidate that is not a mention: the publication day itself (with
#: "day" and "same_year"), whose weight alone was set on the dev split, the others kept; then
#: "year" (a year alone) alone, in the middle of its dev plateau (-0.37 .. -0.07; the fit's -0.57
#: under-rated articles about an old act told by its year only).
DATE_WEIGHTS: dict[str, float] = {
    "act_near": 0.85, "bound": -0.0, "day": 0.75, "event_paragraph_after": 0.1, "event_paragraph_before": 0.22,
    "event_sentence": 0.05, "first": 0.37, "in_quote": -0.31, "lead": 0.13, "month": 0.02, "on_saying": -0.41,
    "paragraph": -0.25, "position": -0.48, "proceeding_near": -0.09, "publication": -0.8, "relative": -1.25, "repeated_year": -0.05,
    "same_year": -0.58, "title": -0.08, "title_year": 0.08, "victim_sentence": 0.22, "violation_sentence": 0.05,
    "week": -0.2, "year": -0.3, "years_before": 0.2,
}


@dataclass(slots=True)
class _DateCand:
    mention: DateMention
    score: float
    violation: bool
    features: dict[str, float] = field(default_factory=dict)


def _year_of(d: DateValue) -> int | None:
    if d.value:
        try:
            return int(d.value[:4])
        except ValueError:
            return None
    return d.year


def _level(d: DateValue) -> int:
    """0 day, 1 week, 2 month, 3 year only, 9 nothing."""
    if d.value:
        return {1: 0, 2: 1, 3: 2}.get(d.precision or 1, 2)
    return 3 if d.year else 9


def date_candidates(article: Article, report: Any) -> list[_DateCand]:
    """The dated mentions of the article that may date ``report`` as its main event, each with its
    features (see :data:`DATE_WEIGHTS`) and score. Left out: nothing known (9), after the
    publication day (plans, hearings to come), the date line of an embedded post or of a quote's
    signature, the date of a photo (:data:`PHOTO_RE`). When there is a candidate and a publication
    day, the publication day is added as the last one (:data:`PUBLICATION_DAY`)."""
    doc = article.doc
    ev_start, ev_end = (report.evidence.start, report.evidence.end) if report is not None else (-1, -1)
    text = article.text
    title_end = _title_end(article)
    ev_para = _para_start(text, ev_start)
    lead_end = _lead_end(article, title_end)
    published = article.published
    kept: list[tuple[DateMention, int, int]] = []
    for m in article.date_mentions:
        d = m.date
        if _level(d) == 9:
            continue
        y = _year_of(d)
        if published is not None and d.value:
            try:
                day = dt.date.fromisoformat(d.value[:10])
            except ValueError:
                continue
            if (day - published).days > (31 if d.precision == 3 else 1):
                continue  # plans and hearings to come
        if published is not None and y is not None and y > published.year:
            continue
        sent = _sentence_of(doc, m.start, m.end)
        s0, s1 = sent if sent is not None else (m.start, m.end)
        if EMBED_RE.search(text[s0:m.end]) or _in_quote_signature(text, m.start) or \
                PHOTO_RE.search(text[max(s0, m.start - 40) : m.end + 30]):
            continue
        kept.append((m, s0, s1))
    years = Counter(_year_of(m.date) for m, _, _ in kept)
    title_years = {_year_of(m.date) for m, _, _ in kept if m.end <= title_end}
    cands: list[_DateCand] = []
    for rank, (m, s0, s1) in enumerate(kept):
        d = m.date
        stext = text[s0:s1]
        f: dict[str, float] = {}
        if ev_start <= m.start and m.end <= ev_end:
            f["event_sentence"] = 1
        elif m.end <= title_end:
            f["title"] = 1
        elif report is not None and _para_start(text, m.start) == ev_para:
            f["event_paragraph_before" if m.start < ev_start else "event_paragraph_after"] = 1
        elif m.start < lead_end:
            f["lead"] = 1
        violation = bool(VIOLATION_RE.search(stext))
        if _near(VIOLATION_RE, stext, m.start - s0, m.end - s0):
            f["act_near"] = 1
        elif violation:
            f["violation_sentence"] = 1
        if _near(PROCEEDING_RE, stext, m.start - s0, m.end - s0, window=40) and not _near(
                VIOLATION_RE, stext, m.start - s0, m.end - s0, window=40):
            f["proceeding_near"] = 1
        if doc is not None and _on_saying(doc, m.start, m.end):
            f["on_saying"] = 1
        if BOUND_RE.match(m.text.strip()):
            f["bound"] = 1
        f[("day", "week", "month", "year")[_level(d)]] = 1
        f["position"] = min(m.start / max(len(text), 1), 1.0)
        f["first"] = 1 if rank == 0 else 0
        f["repeated_year"] = min(years[_year_of(d)] - 1, 3) / 3
        y = _year_of(d)
        if published is not None and y is not None:
            gap = published.year - y
            f["same_year"] = 1 if gap == 0 else 0
            f["years_before"] = min(gap, 20) / 20
        if not _HAS_DIGIT.search(m.text):
            f["relative"] = 1
        if m.end > title_end and _year_of(d) in title_years:
            f["title_year"] = 1
        if VICTIM_RE.search(stext):
            f["victim_sentence"] = 1
        if text.count("\u201c", s0, m.start) > text.count("\u201d", s0, m.start) or \
                text.count('"', s0, m.start) % 2 == 1:
            f["in_quote"] = 1
        f["paragraph"] = min(text.count("\n\n", title_end, m.start), 10) / 10 if m.start > title_end else 0.0
        score = sum(DATE_WEIGHTS.get(k, 0.0) * v for k, v in f.items())
        cands.append(_DateCand(m, score, violation, f))
    if published is not None and cands:
        # the report's own day ("... were arrested", told the day it happened, with no date of its own)
        pub = DateMention(start=title_end, end=title_end, text="",
                          date=DateValue(value=published.isoformat(), precision=1, reason=PUBLICATION_DAY))
        f = {"publication": 1.0, "day": 1.0, "same_year": 1.0}
        cands.append(_DateCand(pub, sum(DATE_WEIGHTS.get(k, 0.0) * v for k, v in f.items()), False, f))
    return cands


def main_event_date(article: Article, report: Any) -> DateValue:
    """The date of ``report`` as the article's main event (an attack on a person that the headline
    and lead are about, often told months or years after it happened); ``report`` None (no event
    coded) dates the article's violation all the same, by the candidates' features that need no
    event sentence.

    Every dated mention of the article (a day, week, month, or a year alone) is a candidate
    (:func:`date_candidates`), scored by :data:`DATE_WEIGHTS`: in the event's own sentence, in the
    headline, in the event's paragraph, in the lead; next to a violation word ("killed",
    "arrested", "abducted" ...); not on a verb of saying ("police said on Thursday"), not a bound
    ("since 2015"), not next to a court step; earlier in the article. A best candidate that gives
    only the year (or month) is then sharpened by a more precise mention of the same year (month)
    (any mention of the same year / month; one in a violation sentence first): a year-only output
    can never match a gold day or month, a sharper one of the same year loses nothing on a gold
    year. Photo dates ("In this March 23, 2021 photo") are no candidates; the publication day is one
    (feature "publication": chosen when no mention scores better). Without any mention:
    the publication month (precision 3), with :data:`PUBLICATION_FALLBACK` as the reason; without a
    publication date either, no date."""
    cands = date_candidates(article, report)
    if not cands:
        if report is not None and (report.date.value or report.date.year):
            return replace(report.date)  # dated by other means than a mention (a related page, a merge)
        return _fallback_date(article)
    best = max(cands, key=lambda c: (c.score, -c.mention.start))
    chosen = best.mention.date
    level = _level(chosen)
    if level >= 2:
        # "killed in 2016" ... "the car bomb of July 2016": the more precise mention of the same time
        year = _year_of(chosen)
        month = chosen.value[:7] if chosen.value else None
        sharper = [c for c in cands if _level(c.mention.date) < level
                   and _year_of(c.mention.date) == year
                   and (month is None or (c.mention.date.value or "")[:7] == month)]
        if sharper:
            chosen = max(sharper, key=lambda c: (c.violation, c.score, -c.mention.start)).mention.date
    out = DateValue(value=chosen.value, precision=chosen.precision, text=chosen.text, year=chosen.year,
                    reason=chosen.reason)
    if chosen.reason == PUBLICATION_DAY:
        out.reason = PUBLICATION_DAY
    elif report is None or (chosen is not report.date and out.value != report.date.value):
        out.reason = "the main event's date, from the dated mention nearest to it"
        if chosen.reason:
            out.reason += f" ({chosen.reason})"
    return out


def _fallback_date(article: Article) -> DateValue:
    p = article.published
    if p is None:
        return no_date(article)
    return DateValue(value=dt.date(p.year, p.month, 1).isoformat(), precision=3, text=None,
                     reason=PUBLICATION_FALLBACK)


def _title_end(article: Article) -> int:
    for s in article.sections:
        if s.kind == "title":
            return s.end
    if article.title and article.text.startswith(article.title):
        return len(article.title)
    return 0


def _lead_end(article: Article, title_end: int) -> int:
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


def _para_start(text: str, pos: int) -> int:
    i = text.rfind("\n", 0, pos)
    return i + 1 if i >= 0 else 0


def _sentence_of(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    return sent.start_char, sent.end_char


def _near(rx: re.Pattern[str], stext: str, s: int, e: int, *, window: int = 90) -> bool:
    for m in rx.finditer(stext):
        if m.end() >= s - window and m.start() <= e + window:
            return True
    return False


def _head_verb(doc: Any, start: int, end: int, *, verbs: tuple[str, ...] = ("VERB",),
               through: tuple[str, ...] | None = None) -> Any:
    """The verb the span hangs on, at most three heads up (None at the root, or when a head outside
    ``through`` parts of speech comes first; ``through`` None lets any head pass)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(3):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ in verbs:
            return head
        if through is not None and head.pos_ not in through:
            return None  # a clause, a verb of saying's complement ...
        tok = head
    return None


def _on_saying(doc: Any, start: int, end: int) -> bool:
    """Whether the date hangs on a verb of saying ("said on Thursday", "told reporters Monday")."""
    verb = _head_verb(doc, start, end, verbs=("VERB", "AUX"))
    return verb is not None and verb.lemma_.lower() in REPORTING_LEMMAS


def _in_quote_signature(text: str, pos: int) -> bool:
    """"—Khadija, 31-year-old Iraqi transgender woman, August 5, 2021": the date of an interview."""
    line_start = text.rfind("\n", 0, pos) + 1
    head = text[line_start:pos]
    return head.lstrip().startswith(("—", "–", "- ")) and len(head) < 160


# -- the country an article is about ------------------------------------------------------------
#: ACLED's country of a place whose ISO code ACLED files under another country (Hong Kong and Macau
#: events are coded as China, admin1 "Hong Kong" / "Macau").
ACLED_COUNTRY = {"HKG": "CHN", "MAC": "CHN"}


#: Weights of a place mention as evidence of where the violation happened (:func:`mention_weights`),
#: and what the main event's own place adds (:func:`country_weights`, :func:`dominant_place`).
WEIGHTS = {"violation": 2.0, "proceeding": 0.5, "demonym": 0.25, "title": 2.0, "lead": 1.0,
           "in_actor": 0.25, "not_place": 0.25, "main": 1.5, "on_act": 2.0, "agent": 0.5}
#: Dependency labels of a country name that acts (its government: "Turkey will clear ...") rather
#: than locates; such a mention weighs ``WEIGHTS["agent"]``.
AGENT_DEPS = frozenset({"nsubj"})
#: spaCy entity labels of names that are not places ("Crowley", "Google", "May Day").
NOT_PLACE_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "DATE", "TIME"})


def acled_iso(iso: str | None) -> str | None:
    return ACLED_COUNTRY.get(iso, iso) if iso else iso


def mention_weights(article: Article) -> list[tuple[PlaceMention, float]]:
    """Each resolved place mention of the article with its weight as evidence of where the
    violation happened: more in the headline or dateline (x2), more in a sentence that states a
    violation (x2), more again when the parse hangs the place on the violation verb itself
    (``WEIGHTS["on_act"]``: "was kidnapped in Matamoros", not "who lived in Lahore"), less in a
    sentence about courts, statements and reactions (x0.5); a quarter for a demonym, a place inside
    an actor's name ("U.S. officials") or a name spaCy reads as a person, organisation, event or
    date ("Crowley", "May Day"); half (``WEIGHTS["agent"]``) for a country that is the subject of a
    verb ("Saudi Arabia abolishes flogging", "Belarus closing Canadian embassy": its government
    acting, not where the act happened); none in related headlines, comments, boilerplate."""
    text = article.text
    title_end = _title_end(article)
    lead_end = _lead_end(article, title_end)
    doc = article.doc
    sent_cache: dict[int, float] = {}
    out: list[tuple[PlaceMention, float]] = []
    in_actor = _Spans((a.start, a.end) for a in article.actor_mentions)
    not_place = _Spans((e.start_char, e.end_char) for e in getattr(doc, "ents", ()) if e.label_ in NOT_PLACE_LABELS)
    sents = _Spans((s.start_char, s.end_char) for s in doc.sents) if doc is not None else None
    for m in article.place_mentions:
        if m.place is None or not m.place.iso:
            continue
        sec = article.section_at(m.start)
        if sec is not None and sec.kind in ("related", "comment", "boilerplate"):
            continue
        w = WEIGHTS["demonym"] if m.kind == "demonym" else 1.0
        if in_actor.holds(m.start, m.end):
            w *= WEIGHTS["in_actor"]  # "U.S. officials", "Lebanese security forces": who, not where
        if not_place.holds(m.start, m.end):
            w *= WEIGHTS["not_place"]  # spaCy reads it as a person, organisation, work or event
        if m.end <= title_end or (sec is not None and sec.kind == "dateline"):
            w *= WEIGHTS["title"]
        elif m.start < lead_end:
            w *= WEIGHTS["lead"]
        sent = sents.around(m.start) if sents is not None else None
        if sent is not None:
            if sent[0] not in sent_cache:
                stext = text[sent[0] : sent[1]]
                sent_cache[sent[0]] = (WEIGHTS["violation"] if VIOLATION_RE.search(stext) else
                                       WEIGHTS["proceeding"] if PROCEEDING_RE.search(stext) or REACTION_RE.search(stext)
                                       else 1.0)
            w *= sent_cache[sent[0]]
        if doc is not None and _on_act(doc, m.start, m.end):
            w *= WEIGHTS["on_act"]  # "was kidnapped in Matamoros": the place of the act itself
        elif doc is not None and _is_state(m) and _is_agent(doc, m.start, m.end):
            w *= WEIGHTS["agent"]  # "Saudi Arabia abolishes flogging": a state that acts, not a place
        out.append((m, w))
    return out


class _Spans:
    """Character spans, sorted, for "which span holds this offset" in log time (spans that do not
    nest: actor mentions, entities, sentences)."""

    __slots__ = ("spans", "starts")

    def __init__(self, spans: Any) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def around(self, pos: int) -> tuple[int, int] | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.spans[i][1]:
            return self.spans[i]
        return None

    def holds(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        # the nearest span starting at or before ``start``, and one before it (nested spans)
        return any(0 <= k and self.spans[k][0] <= start and end <= self.spans[k][1] for k in (i, i - 1))


def _is_state(m: PlaceMention) -> bool:
    """A country: a name that may stand for its government ("Turkey will clear ...")."""
    return specificity(m) == 4


def _is_agent(doc: Any, start: int, end: int) -> bool:
    """Whether the name is the subject of a verb ("Turkey will clear ...", "Belarus closing ..."):
    the country's government acting, not where something happened."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ in AGENT_DEPS


def _on_act(doc: Any, start: int, end: int) -> bool:
    """Whether the place hangs (through prepositions and nouns, at most three heads up) on a verb
    of violence ("was arrested in Lahore", "killed near Kabul", "Lahore police arrested ...")."""
    verb = _head_verb(doc, start, end, through=("ADP", "NOUN", "PROPN"))
    return verb is not None and bool(VIOLATION_RE.match(verb.text) or VIOLATION_RE.match(verb.lemma_))


def country_weights(article: Article, *, main: Any = None,
                    weights: list[tuple[PlaceMention, float]] | None = None) -> Counter:
    """Evidence per (ACLED) country of where the article's violation happened: the sum of
    :func:`mention_weights` (``weights`` when the caller has them); the main event's own place adds
    ``WEIGHTS["main"]``."""
    counts: Counter = Counter()
    for m, w in (mention_weights(article) if weights is None else weights):
        counts[acled_iso(m.place.iso)] += w
    if main is not None and main.location is not None and main.location.place is not None and main.location.place.iso:
        counts[acled_iso(main.location.place.iso)] += WEIGHTS["main"]
    return counts


def dominant_place(article: Article, country: str, *, main: Any = None, main_weight: float = 3.0,
                   weights: list[tuple[PlaceMention, float]] | None = None) -> PlaceMention | None:
    """The place of ``country`` the article's violation most likely happened in: the admin1 with
    the most weight (:func:`mention_weights`; a town counts for its admin1; the main event's own
    place adds ``main_weight``), then its town with the most weight (else the admin1 itself)."""
    by_admin: Counter = Counter()
    towns: dict[str, Counter] = {}
    first: dict[tuple[str, str], PlaceMention] = {}
    weighted = list(mention_weights(article) if weights is None else weights)
    if main is not None and main.location is not None and main.location.place is not None \
            and main.location.place.iso:
        weighted.append((main.location, main_weight))
    for m, w in weighted:
        p = m.place
        territory = acled_iso(p.iso) != p.iso  # Hong Kong: a country code, ACLED's admin1 of China
        if acled_iso(p.iso) != country or m.kind == "demonym" or (specificity(m) >= 4 and not territory):
            continue
        code = (p.feature_code or "").upper()
        admin = p.name if code.startswith("ADM1") else (p.admin1 or "")
        if territory:
            admin = p.country or p.name
        if not admin:
            continue
        by_admin[admin] += w
        key = p.name if not code.startswith("ADM1") else ""
        towns.setdefault(admin, Counter())[key] += w
        first.setdefault((admin, key), m)
    if not by_admin:
        return None
    admin = by_admin.most_common(1)[0][0]
    ranked = [k for k, _ in towns[admin].most_common() if k]
    key = ranked[0] if ranked else ""
    return first[(admin, key)]


#: Countries that English-language news names for their reactions (officials, courts, agencies,
#: the outlet's own country) more than for where an act happened: such a country at the top yields
#: to the next one when that has at least this share of its weight.
OVER_NAMED = {"USA": 0.64}


def article_country(article: Article, *, main: Any = None,
                    weights: list[tuple[PlaceMention, float]] | None = None) -> str | None:
    """The ISO3 (ACLED) country the article's violation happened in: the most weight in
    :func:`country_weights`, except that an :data:`OVER_NAMED` country yields to a close second."""
    counts = country_weights(article, main=main, weights=weights)
    top = counts.most_common(2)
    if not top:
        return None
    if len(top) == 2 and top[0][0] in OVER_NAMED and top[1][1] >= OVER_NAMED[top[0][0]] * top[0][1]:
        return top[1][0]
    return top[0][0]
