"""A main report told as news keeps the publication day against a far, old mention.

:func:`events.dating.main_event_date` ranks every dated mention of the article, with weights fitted
on HRDsAttack (whose gold dates are often old attacks retold in later news). On ordinary news the
ranking can date the main report by a mention far from it that tells another act, "More than 330,000
people have been killed since the conflict began in March 2011" in the last sentence, or "the
chemical attack in Ghouta in August 2013" told after the current one: the main report, told as
today's news, is then dated years back and flagged old news (:func:`events.status.old_news`).

:func:`news_report_day` answers the publication day instead when the ranked date is more than a
year before publication (:func:`events.dating.long_before`), its mention lies outside the report's sentence and the
headline, in another paragraph or more than :data:`FAR_CHARS` characters away (or in a later sentence
when the report's main clause tells a harm in the present perfect, "Dozens have died ..."), and the
report's own sentence tells its act as news: a present perfect in its main clause ("Dozens have died
...", "Rebels have seized the town"; not a perfect of saying, "police have said"), or a lead sentence
(the first :data:`LEAD_SENTENCES` of the body) whose verb of saying rules a perfect ("The military said
it had reclaimed the town"); never with a period or a past of the sentence's own ("already", "since",
"for seven years", "ago") or a past act told beside its main clause ("two men killed fighting ...").

Only the main report's event record takes that day; the article's own date
(``Article.main_event.date``, what the article is about) stays the ranked one: on HRDsAttack the
same rule applied to it loses date on dev and val (.694 -> .668, .613 -> .588; 18 dev articles,
their labels date the old attack the news goes back to). On the 449 speed articles: 13 main reports
re-dated, none of them for the worse by the audits and a reading (11 current acts no longer hidden
as old news, 2 spurious events shown).

:func:`main_report_date` is the one rule the extractor asks what date the main report takes: its own
when its sentence dates it (:func:`events.dating.keeps_own_date`); against a ranked date more than a
year before publication (:func:`events.dating.long_before`, the one test of both overrides), the
recent day it inherits from the act it elaborates (in ``keeps_own_date``) or else the publication day
when it is told as news (:func:`news_report_day`); otherwise the article's ranked date. A main report
dated the publication day as an act going on at the report's time (:data:`events.ongoingnews.ONGOING_DAY`,
its own or inherited) keeps that day against such an old ranked date too.
"""

from __future__ import annotations

import re
from typing import Any

from ..records import Article, DateMention, DateValue, EventReport
from .article_text import VIOLATION_RE, paragraph_start, title_end_of
from .dating import date_candidates, keeps_own_date, long_before, pick_date
from .ongoingnews import ONGOING_DAY, told_as_ongoing
from .parts import INHERITED_DATES
from .story import sentence_of
from .words import char_span

__all__ = ["FAR_CHARS", "LEAD_SENTENCES", "NEWS_DAY", "main_report_date", "main_report_day", "news_report_day"]

#: A mention at least this many characters from the report's sentence is far from it.
FAR_CHARS = 600
#: The lead: the body's first sentences (a report under a verb of saying counts there only).
LEAD_SENTENCES = 3
#: The reason of the day so given.
NEWS_DAY = ("the publication day: the main report is told as news, the ranked date is an old one from "
            "a mention far from it")

#: A period or a past of the sentence's own: a tally over time or an old act, not today's news.
_PERIOD_RE = re.compile(r"\b(?:already|so far|to date|since|throughout|ago|over the (?:past|last)|in recent|"
                        r"for (?:more than |over |nearly |almost |about )?(?:\w+ )?(?:years|decades))\b", re.IGNORECASE)
#: Verbs of saying, warning and appeal: their perfect ("authorities have said", "have appealed") is no act.
_REPORTING = frozenset("say tell report announce confirm claim state add declare warn appeal urge call demand "
                       "condemn accuse deny vow pledge insist express".split())
_PERFECT_AUX = frozenset({"have", "has", "'ve"})


def _perfect(tok: Any, *, present: bool = True) -> bool:
    """``tok`` is a participle with "have"/"has" (or, ``present`` False, "had" too) as its auxiliary, no modal."""
    if tok.tag_ != "VBN":
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return (any(c.lower_ in _PERFECT_AUX or (not present and c.lower_ == "had") for c in auxes)
            and not any(c.tag_ == "MD" for c in auxes))


def _main_clause(sent: Any) -> list[Any]:
    """The sentence's root and the verbs joined to it."""
    root = sent.root
    return [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]


def _past_act_beside(sent: Any) -> bool:
    """A past act told beside the main clause: a violation verb in a clause of a noun ("two men killed
    fighting", "a soldier jailed for years"), or a past tense under "when" / "while" ("when the boy was
    assaulted", "while the Kurds were confronted with ...")."""
    for tok in sent:
        if tok.dep_ in ("acl", "relcl") and tok.tag_ in ("VBN", "VBD") and VIOLATION_RE.match(tok.text) \
                and not _perfect(tok):
            return True
        if tok.dep_ == "advcl" and (tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(
                c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in tok.children))):
            return True
    return False


def _harm_perfect(sent: Any) -> bool:
    """The sentence's main clause tells a harm in the present perfect ("Dozens have died", "Five people
    have been killed"): told as today's news, an old date in a later sentence tells another act."""
    return sent.root.tag_ != "VBD" and any(_perfect(h) and VIOLATION_RE.match(h.text) for h in _main_clause(sent))


def _told_as_news(article: Article, sent: Any, title_end: int) -> bool:
    """Whether the sentence tells its act as news: a present perfect in its main clause that is no verb
    of saying ("Dozens have died", not "authorities have said"), or a lead sentence whose verb of saying
    (past or present) rules a perfect ("The military said it had reclaimed the town"); never with a
    marker of a period or of the past of its own ("already", "since", "for seven years", "ago") nor a
    past act told beside the main clause (:func:`_past_act_beside`)."""
    if _PERIOD_RE.search(sent.text) or _past_act_beside(sent):
        return False
    root = sent.root
    if root.tag_ != "VBD" and any(_perfect(h) and h.lemma_.lower() not in _REPORTING for h in _main_clause(sent)):
        # (a root in the simple past tells a past act: "two men killed fighting ... have condemned", misparsed)
        return True
    if told_as_ongoing(sent):
        return True  # "Pro-government forces are massing in the north-west ..."
    if root.lemma_.lower() not in _REPORTING or root.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if not any(c.dep_ == "ccomp" and _perfect(c, present=False) for c in root.children):
        return False
    lead = [s for s in article.doc.sents if s.end_char > title_end and article.text[s.start_char:s.end_char].strip()]
    return any(s.start == sent.start for s in lead[:LEAD_SENTENCES])


def news_report_day(article: Article, report: EventReport | None, mention: DateMention | None) -> DateValue | None:
    """The publication day for ``report`` (the main report) when the ranked date's ``mention`` is old,
    (more than a year before publication, :func:`events.dating.long_before`), far from it, and the
    report's sentence tells its act as news (see the module's text); else None."""
    published = article.published
    doc = article.doc
    if report is None or mention is None or published is None or doc is None or not mention.text:
        return None
    if not long_before(mention.date, published):
        return None
    title_end = title_end_of(article)
    if mention.end <= title_end:
        return None
    span = char_span(doc, report.evidence.start, report.evidence.end)
    if span is None:
        return None
    sent = sentence_of(span.doc, span.start)
    s0, s1 = sent.start_char, sent.end_char
    if s0 <= mention.start < s1:
        return None
    text = article.text
    gap = mention.start - s1 if mention.start >= s1 else s0 - mention.end
    near = paragraph_start(text, mention.start) == paragraph_start(text, s0) and gap < FAR_CHARS
    if near and not (mention.start >= s1 and _harm_perfect(sent)):
        return None  # a mention of the report's paragraph dates it, unless told after a harm in the perfect
    if not _told_as_news(article, sent, title_end):
        return None
    return DateValue(value=published.isoformat(), precision=1, text=None, reason=NEWS_DAY)


def main_report_day(article: Article, report: EventReport | None) -> DateValue | None:
    """The publication day for the main ``report`` when the article's ranked date is an old one from a
    mention far from it and the report is told as news (:func:`news_report_day`); else None. The
    article's own date (``Article.main_event.date``, what the article is about) stays the ranked one."""
    if report is None or article.published is None or article.doc is None:
        return None
    ranked = article.main_event.date if article.main_event is not None else None
    if ranked is None or not long_before(ranked, article.published):
        return None  # (the test :func:`news_report_day` makes of the chosen mention, before ranking again)
    cands = date_candidates(article, report)
    if not cands:
        return None
    chosen = pick_date(cands)
    if (ranked.value, ranked.year) != (chosen.value, chosen.year):
        return None  # the article's date is not the ranked one (a snippet's first report keeps its own)
    return news_report_day(article, report, next((c.mention for c in cands if c.mention.date is chosen), None))


def _ongoing_today(report: EventReport, article: Article) -> bool:
    """The report is dated the publication day as an act going on at the report's time
    (:data:`events.ongoingnews.ONGOING_DAY`), its own or inherited from the act it elaborates."""
    d, published = report.date, article.published
    return published is not None and d.value == published.isoformat() and d.text is None and (
        d.reason in (ONGOING_DAY, INHERITED_DATES[0]))


def main_report_date(article: Article, report: EventReport | None) -> DateValue | None:
    """The date the main ``report`` takes from the article, or None when it keeps its own: its
    sentence dates it (:func:`events.dating.keeps_own_date`, which also keeps a recent day it inherits
    against a ranked date more than a year older, ``long_before``); else, against such an old ranked
    date, the publication day when the report is told as news (:func:`main_report_day`: "Dozens have
    been killed ..." over a 2011 mention in the last paragraph); else the article's ranked date."""
    main_event = article.main_event
    if report is None or main_event is None:
        return None
    if keeps_own_date(report, main_event.date, published=article.published):
        return None
    if _ongoing_today(report, article) and long_before(main_event.date, article.published):
        return None  # "... is under attack", "troops are shelling the town": not the year of an old mention
    return main_report_day(article, report) or main_event.date
