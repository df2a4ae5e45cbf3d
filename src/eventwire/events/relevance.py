"""Is this text an event report? (the relevance filter)

An article is relevant when it reports a current, asserted conflict event (what the events stage
collects) or an action of the security forces (police or troops arresting, firing, dispersing,
deploying, imposing a curfew ...): law-enforcement action is the other half of what conflict monitors
collect, and ACLED codes most of it (arrests, interventions in protests, deployments).

The shipped model (``data/events_relevance.json``, trained by ``benchmarks/train_relevance.py``) is
two levels of logistic regression:

* a **clause model** scores every sentence: hashed lemma unigrams (marked ``~neg`` / ``~md`` /
  ``~gov`` inside a negated, modal or demanded clause) and bigrams, character 4-grams of the content
  words (lower-cased, mojibake-ridden scraped text shares them where lemmas differ), dependency pairs (subject-verb,
  verb-object, with police/troop words folded into one class ``FORCE``), and clause signals: an
  action word (arrest, detain, fire, lathi-charge, disperse, deploy, curfew, raid ...) with who does
  it (a force word as subject or as agent, "by police"), its voice and its modality (negated, modal
  "will/should", governed by "demand/urge/ask/deny", the condition of an "if/unless" clause), the
  police cue phrases, the police's failure to act ("looked the other way": no action), the
  sentence's shape (a question, a quotation, a statement whose root is a reporting verb), and what
  the events stage found in the sentence (its reports' sub-event types, how each is stated, who acts
  against whom: ``relevance_features.unit_event_features``, read when the model file says
  ``unit_events``);
* an **article model** per regime (``sent``: a sentence or two; ``doc``: an article; ``note``: a
  short event note that opens with the event's date, ACLED's style "On 3 May 2021, militia attacked
  ...") reads the pooled clause scores (max, second, top three, counts, their noisy-or, the expected
  number of action sentences, the lead's best), the events stage's asserted reports (their types,
  their sub-event types in the "doc" and "note" regimes, and ACLED actor types, who against whom,
  whether one sits in the first sentence or the lead: see :func:`discourse_features`),
  the actor types the article names, the events stage's rejections (crime, summary, no event), the
  length, and the article's hashed words (names left out: which country a text is about must not
  decide).

An article is relevant when the article model's probability reaches the regime's threshold (the
events stage's finding only denied or hypothetical events is one of the model's features). So a
document is relevant when one of its sentences is, weighed against the rest. On a text of a sentence
or two three rules override the model (:func:`sentence_rule`): an act the events stage found only
denied, or only the police's failure to act, is no event report; political violence by an organised
armed actor is one (the model's sentence regime learnt police action from IndiaPoliceEvents, where a
killing no police took part in is labelled irrelevant). On an article one rule does
(:func:`doc_rule`): such violence in its lead, in an article not about a war or a crisis at large, is
an event report. Without
the model file the rule decides: an asserted events-stage report with enough confidence, or a clause
where the security forces act. Cost: about 15 microseconds per token (some 5% of spaCy's parse).
"""

from __future__ import annotations

import array
import base64
import functools
import json
import math
import re
import sys
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

from ..records import Article, EventReport
from .lexicon import CueIndex
from .relevance_features import (
    MAX_TREND_SHARE,
    SPREAD_FEATURES,
    hyphen_words,
    lead_violence,
    organised_violence,
    spread_features,
    trend_share,
    unit_event_features,
)

MIN_CONFIDENCE = 0.4
NAME_ENTITIES = frozenset({"GPE", "LOC", "NORP", "PERSON", "ORG", "FAC"})
MODEL_FILE = "events_relevance.json"
CLAUSE_FEATURES_VERSION = "5"  # bump when clause_features changes (the trainer's feature cache reads it)
REGIMES = ("sent", "doc", "note")
# the regimes whose article model reads the asserted reports' sub-event types (``ev:sub:*``): grouped
# 5-fold CV CEHA 0.792 -> 0.794, India documents 0.843 -> 0.849 in "doc" and "note" (in every regime
# the India sentences lost 0.002)
SUB_FEATURES = frozenset({"doc", "note"})

# an event note (ACLED's style: "On 3 May 2021, militia attacked ...", "Looting: On 13 June ...",
# "22 September 2019. In Jowhar ..."): a short text that opens with the event's date
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
NOTE_OPENER = re.compile(
    r"^\s*(?:[A-Z][A-Za-z /-]{0,40}:\s+)?"
    r"(?:(?:On|Around|About|During|Between|From|In|By|Since|Over)\s+(?:the\s+\w+\s+of\s+)?)?"
    rf"(?:{_DAY}(?:\s*(?:-|and|to)\s*{_DAY})?\s+{_MONTH}|{_MONTH}\s+{_DAY}\b)"
)
NOTE_MAX_WORDS = 130

FORCE_WORDS = frozenset(
    """police policeman policemen policewoman cops cop constable constables force forces troops troop army
    soldiers soldier jawans jawan paramilitary crpf bsf raf rpf sap gendarmes gendarmerie officers officer
    commandos personnel authorities administration guards sepoys pac cid sleuths military militaries
    rapid-action srp ssp sp dsp dcp acp inspector sub-inspector si asi head-constable commissioner
    cop-in-charge home-guards""".split()
)
ACTION_VERBS = frozenset(
    """arrest detain nab apprehend hold round fire shoot lathicharge charge disperse deploy impose clamp
    raid search seize recover book register kill injure beat intercept stop prevent cordon patrol
    rescue evacuate lob use burst open chase remove block seal question interrogate file launch
    conduct storm release free produce remand burst escort guard control quell contain bring
    picked pick lodge take round-up tear-gas intervene""".split()
)
ACTION_NOUNS = frozenset(
    """arrest arrests detention detentions firing lathicharge lathi-charge teargas curfew custody raid raids
    crackdown encounter deployment cordon combing patrol patrolling bandobast case fir complaint
    remand swoop""".split()
)
# subordinators that make a clause a condition, not a fact
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
# verbs that put an action in a demand, a plan or a report of someone else's wish, not a fact
NON_FACTIVE_GOVERNORS = frozenset(
    """demand ask urge want seek call plead request appeal threaten plan propose order direct instruct
    decide expect intend hope try fail refuse wish promise warn deny rule reject refute""".split()
)
POLICE_CUES = {
    "ACT": [
        "lathi charge|charged", "lathicharge", "lathicharged", "tear gas|teargas", "curfew", "prohibitory orders",
        "section 144", "police firing", "police fired", "opened fire", "were arrested", "was arrested",
        "have been arrested", "has been arrested", "were detained", "was detained", "taken into custody",
        "rounded up", "security was beefed up", "security has been beefed up", "beefed up security",
        "deployed", "stepped up security|patrolling|vigil", "combing operation", "flag march", "bandobast",
        "registered a case", "case was registered", "cases were registered", "booked under", "were booked",
        "shoot at sight", "shoot-at-sight", "rubber bullets", "water cannon", "baton", "cane charge",
        "dispersed", "in police custody", "police custody", "judicial custody", "remanded", "raided",
        "arrests", "detentions", "firing", "fired in the air", "fired in air", "encounter",
    ],
    # the police failing to act (IndiaPoliceEvents' FAIL, which is no action)
    "FAIL": [
        "look|looked|looking|looks the other way", "mute spectator|spectators|witness|witnesses", "inaction",
        "fail|failed|fails to", "failure to|of", "did not intervene|act|respond|come", "refused to intervene|act|help",
        "went unheeded", "unheeded", "mingled with", "stood by", "stand by", "turned a blind eye", "no police",
        "were nowhere", "was nowhere", "absent", "helpless", "silent spectators", "no arrest|arrests",
    ],
}


@functools.lru_cache(maxsize=1)
def _police_index() -> CueIndex:
    return CueIndex(POLICE_CUES)


def asserted(report: EventReport) -> bool:
    """Whether the report is neither negated nor speculative."""
    return not (report.negated or report.speculative)


def _modality(tok: Any) -> str:
    """How the clause of ``tok`` states it: "neg", "md:<modal>", "gov:<verb>" (a demand, a plan ...),
    "cond" (the condition of an "if" / "unless" clause),
    or "fact"."""
    h = tok
    for c in tok.children:  # "no arrest was made", "no one was hurt in the firing"
        if c.dep_ == "det" and c.lower_ in ("no", "neither"):
            return "neg"
    for _ in range(3):
        for c in h.children:
            if c.dep_ == "neg":
                return "neg"
            if c.dep_ == "aux" and c.tag_ == "MD":
                return "md:" + c.lower_
            if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
                return "cond"  # "if there is any firing", "unless the police act"
        if h.dep_ in ("xcomp", "ccomp", "dobj", "pobj", "advcl") and h.head.lemma_.lower() in NON_FACTIVE_GOVERNORS:
            return "gov:" + h.head.lemma_.lower()
        if h.head.i == h.i:
            break
        h = h.head
    return "fact"


def _scope(tok: Any, memo: dict[int, str] | None = None) -> str:
    """"fact", "neg", "md" or "gov": the modality class of the clause a word is in (``memo``: the
    modality by head token index, shared by the words of one sentence)."""
    h = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if memo is None:
        m = _modality(h)
    else:
        m = memo.get(h.i)
        if m is None:
            m = memo[h.i] = _modality(h)
    return m.split(":", 1)[0] if m != "md:could" else "fact"


def _negated_or_hypothetical(tok: Any) -> bool:
    """Whether the clause of ``tok`` is negated, modal (but for "could" / "would") or governed by a
    demand, a plan ... (see :func:`_modality`)."""
    m = _modality(tok)
    return m in ("neg", "cond") or (m.startswith("md:") and m not in ("md:could", "md:would")) or m.startswith("gov:")


def _is_force(tok: Any) -> bool:
    return tok.lower_ in FORCE_WORDS or tok.lemma_.lower() in FORCE_WORDS


def _subject_class(verb: Any) -> tuple[str, bool]:
    """("force" | "other" | "none", passive) for the clause headed by ``verb`` (looks through "xcomp"
    and "conj" to the verb whose subject it shares)."""
    h = verb
    passive = False
    for _ in range(3):
        for c in h.children:
            if c.dep_ in ("nsubjpass", "auxpass"):
                passive = True
            if c.dep_ == "agent":
                if any(_is_force(g) or any(_is_force(x) for x in g.children) for g in c.children):
                    return "force", True
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.dep_ == "nsubj" and (_is_force(c) or any(_is_force(x) for x in c.children if x.dep_ in ("compound", "amod", "conj"))):
                    return "force", passive
                if c.dep_ == "nsubj":
                    return "other", passive
        if h.dep_ in ("xcomp", "conj", "advcl") and h.head.i != h.i:
            h = h.head
            continue
        break
    return "none", passive


def security_action(doc: Any) -> bool:
    """Whether the text (a Doc or a Span) says the police or the security forces did something
    (arrested, fired, dispersed, deployed, imposed a curfew ...), asserted (not negated, not a demand
    or a plan)."""
    if doc is None:
        return False
    for h in _police_index().match(doc):
        if h.category == "ACT" and not _negated_or_hypothetical(_doc_token(doc, h.start)):
            return True
    for tok in doc:
        if not _is_force(tok):
            continue
        verb = None
        if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            verb = tok.head.head
        if verb is not None and verb.lemma_.lower() in ACTION_VERBS and not _negated_or_hypothetical(verb):
            return True
    return False


def police_failed_only(doc: Any, summary: dict[str, Any]) -> bool:
    """Whether the text says only that the police failed to act ("the police looked the other way",
    "there was no police action", "the government failed to protect them"): a failure cue, no police
    act (cue or a force acting), and no current, asserted event report (a riot the police watched is
    still a riot). IndiaPoliceEvents' FAIL: the police failing to intervene is no action."""
    if doc is None or not len(doc):
        return False
    hits = _police_index().match(doc)
    if not any(h.category == "FAIL" for h in hits) or any(h.category == "ACT" for h in hits):
        return False
    if any(not (r["neg"] or r["spec"] or r["bg"]) for r in summary.get("reports", ())):
        return False
    for tok in doc:  # "the police looked the other way and later arrested six men": the conjunct acts
        if (tok.pos_ == "VERB" and tok.lemma_.lower() in ACTION_VERBS and _subject_class(tok)[0] == "force"
                and not _negated_or_hypothetical(tok)):
            return False
    return not security_action(doc)


def _doc_token(doc: Any, i: int) -> Any:
    """Token ``i`` of the document that ``doc`` (a Doc, a Span or a token list) belongs to."""
    if hasattr(doc, "doc"):
        return doc.doc[i]
    if isinstance(doc, list):
        return doc[0].doc[i]
    return doc[i]


# -- features -------------------------------------------------------------------------------
def _lemma(tok: Any) -> str:
    if tok.like_num:
        return "NUM"
    return tok.lemma_.lower()


def clause_features(tokens: Sequence[Any]) -> list[str]:
    """The clause model's features of one sentence (a spaCy Span, Doc or token list): names, hashed
    when scored."""
    toks = [t for t in tokens if not t.is_space and not t.is_punct]
    feats: list[str] = []
    lem = [_lemma(t) for t in toks]
    memo: dict[int, str] = {}
    for i, t in enumerate(toks):
        if t.is_alpha or t.like_num:
            scope = _scope(t, memo)
            # words in a negated / modal / demanded clause are other words ("arrest~neg")
            feats.append("u:" + lem[i] if scope == "fact" else f"u:{lem[i]}~{scope}")
            if i + 1 < len(toks):
                feats.append("b:" + lem[i] + "_" + lem[i + 1])
        dep = t.dep_
        if dep in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "xcomp", "ccomp", "compound", "amod", "advcl"):
            head = "FORCE" if _is_force(t.head) else _lemma(t.head)
            child = "FORCE" if _is_force(t) else lem[i]
            feats.append(f"d:{dep}:{child}>{head}")
            if child == "FORCE":
                feats.append(f"d:{dep}:FORCE>*")
            elif head == "FORCE":
                feats.append(f"d:{dep}:*>FORCE")
        if _is_force(t):
            feats.append("force:mention")
        if t.is_alpha and not t.is_stop and len(t) > 3:
            # character 4-grams of the word: spelling variants, inflections and the mojibake of
            # scraped lower-cased text share them where the lemmas differ
            w = "<" + t.lower_ + ">"
            feats += ["g:" + w[j:j + 4] for j in range(len(w) - 3)]
        low = lem[i]
        if (t.pos_ in ("VERB", "AUX") and low in ACTION_VERBS) or low in ACTION_NOUNS or t.lower_ in ACTION_NOUNS:
            subj, passive = _subject_class(t) if t.pos_ in ("VERB", "AUX") else ("noun", False)
            if t.pos_ not in ("VERB", "AUX"):
                # "police firing", "arrest of five by police", "police custody"
                if any(_is_force(c) for c in t.children) or _is_force(t.head):
                    subj = "force"
            mod = memo.get(t.i)
            if mod is None:
                mod = memo[t.i] = _modality(t)
            voice = "pass" if passive else "act"
            feats += [
                f"c:{low}:{subj}", f"c:*:{subj}", f"c:*:{subj}:{mod}", f"c:*:{subj}:{voice}",
                f"c:{low}:{subj}:{voice}", f"c:*:{mod}",
            ]
            if t.tag_ in ("VBD", "VBN"):
                feats.append(f"c:*:{subj}:past")
    if toks:
        for h in _police_index().match(toks):
            if h.category == "FAIL":
                feats += ["fail:" + h.phrase, "fail:any"]
                continue
            mod = _modality(_doc_token(toks[0].doc, h.start))
            feats += ["cue:" + h.phrase, "cue:any", "cue:any:" + mod]
    if toks:
        # the sentence's shape: a question, a quotation, a statement (its root a reporting verb)
        if any(t.text == "?" for t in list(tokens)[-3:]):
            feats.append("shape:question")
        if any(t.text in QUOTES for t in tokens):
            feats.append("shape:quote")
        roots = {t.head.i for t in toks if t.head.i == t.i or t.dep_ == "ROOT"}
        if any(toks[0].doc[i].lemma_.lower() in STATEMENT_VERBS for i in roots):
            feats.append("shape:statement")
    if security_action(tokens):
        feats.append("sec:action")
    for w in hyphen_words(tokens):
        # "lathi-charge", "tear-gas": the closed-up word's unigram, and its act where it names one
        feats.append("u:" + w)
        if w in ACTION_NOUNS:
            feats += [f"c:{w}:noun", "c:*:noun", "c:*:hyphen"]
    return feats


def _hash(name: str, dim: int) -> int:
    return zlib.crc32(name.encode("utf-8")) & (dim - 1)


def _linear(names: Iterable[str], weights: Sequence[float], dim: int) -> float:
    seen: set[int] = set()
    z = 0.0
    for n in names:
        j = _hash(n, dim)
        if j not in seen:  # binary features: a name counts once
            seen.add(j)
            z += weights[j]
    return z


def _reports(article: Article) -> list[EventReport]:
    reports = article.reports
    if not reports and article.doc is not None and not any(r.stage == "events" for r in article.rejections):
        from .extractor import EventExtractor

        EventExtractor().extract(article)
        reports = article.reports
    return reports


def events_summary(article: Article) -> dict[str, Any]:
    """What the relevance features read from the other stages, as plain JSON: the events stage's
    reports (type, confidence, flags, evidence offsets), whether it rejected something as not
    asserted, and the countries of the resolved place mentions (with counts)."""
    reports = []
    for r in _reports(article):
        reports.append({
            "type": r.event_type, "sub": r.sub_event_type, "conf": round(float(r.cue_confidence), 3),
            "bg": bool(r.background), "neg": bool(r.negated), "spec": bool(r.speculative),
            "start": r.evidence.start, "end": r.evidence.end,
            "i1": r.actor1.inter if r.actor1 is not None else None,
            "i2": r.actor2.inter if r.actor2 is not None else None,
        })
    countries: dict[str, int] = {}
    for m in article.place_mentions:
        if m.place is not None and m.place.iso:
            countries[m.place.iso] = countries.get(m.place.iso, 0) + 1
    inters: dict[str, int] = {}
    for am in article.actor_mentions:
        if am.actor.inter:
            inters[str(am.actor.inter)] = inters.get(str(am.actor.inter), 0) + 1
    rejects: dict[str, int] = {}
    for rj in article.rejections:
        if rj.stage == "events":
            rejects[rj.reason] = rejects.get(rj.reason, 0) + 1
    return {
        "reports": reports,
        "not_asserted": any(r.stage == "events" and r.reason == "not_asserted" for r in article.rejections),
        "countries": countries,
        "inters": inters,  # actor mentions by ACLED actor type (1 state forces ... 8 external)
        "rejects": rejects,  # the events stage's rejections by reason
        "denied": sum(1 for rj in article.rejections
                      if rj.stage == "events" and rj.reason == "not_asserted" and rj.detail.startswith("negated")),
    }


def vetoed(summary: dict[str, Any]) -> bool:
    """The events stage found only denied, threatened or hypothetical events (and no asserted one)."""
    return bool(summary.get("not_asserted")) and not any(
        not (r["neg"] or r["spec"] or r["bg"]) for r in summary.get("reports", ())
    )


def denied_only(summary: dict[str, Any]) -> bool:
    """The events stage found acts only as denied ("The army denied attacking the village"): a denial
    rejected, and no asserted, current report."""
    return bool(summary.get("denied")) and not any(
        not (r["neg"] or r["spec"] or r["bg"]) for r in summary.get("reports", ())
    )


def sentence_units(doc: Any) -> list[Any]:
    """The sentences the clause model scores (spaCy's, at most 400 of them)."""
    if doc is None or len(doc) == 0:
        return []
    try:
        sents = list(doc.sents)
    except ValueError:  # no sentence boundaries set (a bare tokenizer)
        sents = [doc[:]]
    return [s for s in sents if any(t.is_alpha for t in s)][:400] or [doc[:]]


def is_note(text: str) -> bool:
    """Whether ``text`` is an event note: short (at most ``NOTE_MAX_WORDS`` words) and opening with
    the event's date, as ACLED's notes do ("On 3 May 2021, ...")."""
    return bool(NOTE_OPENER.match(text[:120])) and len(text.split()) <= NOTE_MAX_WORDS


def doc_is_note(doc: Any) -> bool:
    """:func:`is_note` of a Doc's text (a long Doc is no note: its text is not built)."""
    if doc is None or len(doc) > 4 * NOTE_MAX_WORDS:
        return False
    return is_note(doc.text)


def regime(n_units: int, n_words: int, *, note: bool = False) -> str:
    """"note" for an event note (see :func:`is_note`), "sent" for a sentence or two (a headline, a
    snippet), "doc" for an article: the article model weighs its features per regime and has a
    threshold per regime."""
    if note:
        return "note"
    return "sent" if n_units <= 2 and n_words <= 60 else "doc"


# verbs that make a sentence a statement about the news rather than the news (reaction, comment,
# an organisation's report): an article made of them is commentary more often than an event report
STATEMENT_VERBS = frozenset(
    """say tell report accuse allege claim urge call condemn express warn vow add state announce deny
    blame castigate describe note argue believe demand appeal insist criticise criticize slam welcome
    reiterate stress emphasise emphasize""".split()
)
FIRST_PERSON = frozenset({"i", "we", "our", "my", "us", "me"})
QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``", "\u2018\u2018", "\u2019\u2019"})


# which discourse features each regime's article model reads: grouped 5-fold CV kept where the
# asserted reports sit (first sentence, lead: CEHA +0.005, IndiaPoliceEvents docs +0.003, sentences
# +0.004 over the clause features alone); the report density, "late only" and the statement /
# question / first-person shares lost CEHA 0.01-0.02 in the doc regime
_LEAD = frozenset({"ev:first", "ev:lead"})
DISCOURSE_FEATURES: dict[str, frozenset[str]] = {"sent": _LEAD, "doc": _LEAD | SPREAD_FEATURES | {"st:lead_say"}, "note": _LEAD}


def discourse_features(doc: Any, summary: dict[str, Any], *, keep: frozenset[str] | None = None) -> dict[str, float]:
    """Where the events stage's asserted, current reports sit and how the article talks: a report in
    the first sentence or the lead (three sentences; an event report states its event there, a
    commentary or a reaction piece mentions events further down), the share of sentences that hold
    one, and the share of sentences that are statements (their root a reporting or reaction verb),
    questions or first-person. Plain floats, so training replays them from its cache. With ``keep``
    only those features (the statement shares, a pass over every token, are not computed unless kept)."""
    units = sentence_units(doc)
    if not units:
        return {}
    ends = [u.end_char for u in units]
    news = [r for r in summary.get("reports", ()) if not (r["neg"] or r["spec"] or r["bg"])]
    in_sent: set[int] = set()
    first = lead = 0.0
    for r in news:
        k = next((i for i, e in enumerate(ends) if r["start"] < e), len(ends) - 1)
        in_sent.add(k)
        if k == 0:
            first = max(first, float(r["conf"]))
        if k < 3:
            lead = max(lead, float(r["conf"]))
    n = len(units)
    out = {"ev:first": first, "ev:lead": lead, "ev:dens": len(in_sent) / n}
    if news and not lead:
        out["ev:late_only"] = 1.0
    if keep is None or keep & SPREAD_FEATURES:
        out.update(spread_features(summary, ends))
    if keep is None or "st:lead_say" in keep:
        # the lead's statements: a reaction, a condemnation or a report about the news, not the news
        out["st:lead_say"] = sum(1 for u in units[:3] if u.root.lemma_.lower() in STATEMENT_VERBS) / min(n, 3)
    if keep is None or keep & {"st:say", "st:q", "st:fp"}:
        say = sum(1 for u in units if u.root.lemma_.lower() in STATEMENT_VERBS)
        quest = sum(1 for u in units if u.text.rstrip().endswith("?"))
        fp = sum(1 for u in units if any(t.lower_ in FIRST_PERSON for t in u))
        out.update({"st:say": say / n, "st:q": quest / n, "st:fp": fp / n})
    return {k: round(v, 4) for k, v in out.items() if v and (keep is None or k in keep)}


def article_features(doc: Any, summary: dict[str, Any], clause_scores: Sequence[float]) -> tuple[dict[str, float], list[str]]:
    """The article model's features: (named dense features, hashed word names), each prefixed with
    the regime (see :func:`regime`)."""
    feats: dict[str, float] = {}
    s = sorted((max(min(x, 12.0), -12.0) for x in clause_scores), reverse=True) or [-12.0]
    feats["s:max"] = s[0] / 4.0
    feats["s:second"] = (s[1] if len(s) > 1 else s[0]) / 4.0
    npos = sum(1 for x in s if x > 0.0)
    feats["s:npos"] = math.log1p(npos)
    feats["s:frac"] = npos / len(s)
    feats["s:top3"] = sum(s[:3]) / (4.0 * min(3, len(s)))
    for cut in (-2.0, 2.0):
        feats[f"s:n>{cut:g}"] = math.log1p(sum(1 for x in s if x > cut))
    # "one of its sentences is an action": the noisy-or of the sentence probabilities, and a soft max
    none = sum(math.log1p(math.exp(x)) for x in s)  # -log P(no sentence is an action)
    feats["s:noisy_or"] = max(min(math.log(-math.expm1(-none)) + none if none > 1e-9 else -12.0, 12.0), -12.0) / 4.0
    feats["s:lse"] = (s[0] + math.log(sum(math.exp(x - s[0]) for x in s))) / 4.0
    # the expected number of action sentences (the sum of their probabilities), on a log scale: grouped
    # 5-fold CV over three outer splits (twenty-first session), CEHA +0.005 / 0.000 / +0.011, India
    # documents 0.000 / 0.000 / -0.010, sentences +0.002 / +0.002 / +0.006
    feats["s:expn"] = math.log1p(sum(1.0 / (1.0 + math.exp(-x)) for x in s))
    lead = sorted((max(min(x, 12.0), -12.0) for x in clause_scores[:3]), reverse=True) or [-12.0]
    feats["s:lead"] = lead[0] / 4.0
    n = len(clause_scores)
    feats["n:" + ("1" if n <= 1 else "2-4" if n <= 4 else "5-15" if n <= 15 else "16+")] = 1.0
    reports = [r for r in summary.get("reports", ()) if not (r["neg"] or r["spec"])]
    news = [r for r in reports if not r["bg"]]
    if news:
        feats["ev:any"] = 1.0
        feats["ev:conf"] = max(r["conf"] for r in news)
        feats["ev:n"] = min(len(news), 5) / 5.0
        for r in news:
            feats["ev:type:" + r["type"]] = 1.0
            if r.get("sub"):
                # the sub-event type: an arrest, force against protesters, mob violence ... (which the
                # event type alone does not tell apart)
                feats["ev:sub:" + r["sub"]] = 1.0
    elif reports:
        feats["ev:background_only"] = 1.0
    # who the events stage's asserted reports set against whom (ACLED actor types: 1 state forces,
    # 2 rebels, 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians),
    # and which kinds of actors the article names at all
    for r in news:
        for side in ("i1", "i2"):
            if r.get(side):
                feats[f"ev:{side}:{r[side]}"] = 1.0
    for code, count in (summary.get("inters") or {}).items():
        feats[f"act:{code}"] = math.log1p(count) / 2.0
    for reason in ("no_events", "summary", "crime"):
        if (summary.get("rejects") or {}).get(reason):
            feats["rej:" + reason] = 1.0
    if summary.get("not_asserted"):
        feats["ev:not_asserted"] = 1.0
        if vetoed(summary):
            feats["ev:veto"] = 1.0
    words: list[str] = []
    nw = 0
    if doc is not None:
        for t in doc:
            if t.is_alpha and len(t) > 2 and not t.is_stop:
                nw += 1
                # no names: which country or leader a text is about must not decide whether it
                # reports an event (CEHA's negatives include conflicts outside its region)
                if t.pos_ != "PROPN" and t.ent_type_ not in NAME_ENTITIES:
                    words.append("w:" + t.lemma_.lower())
        head = [_lemma(t) for t in doc[:6] if t.is_alpha or t.like_num][:3]
        words.append("first:" + "_".join(head[:2]))
    else:  # training replays cached words: the summary says how many there were
        nw = int(summary.get("n_words", 0))
    feats["len:" + ("short" if nw < 30 else "medium" if nw < 150 else "long")] = 1.0
    note = doc_is_note(doc) if doc is not None else bool(summary.get("note"))
    reg = regime(n, nw, note=note)
    if reg not in SUB_FEATURES:
        feats = {k: v for k, v in feats.items() if not k.startswith("ev:sub:")}
    if DISCOURSE_FEATURES.get(reg):
        disc = discourse_features(doc, summary, keep=DISCOURSE_FEATURES[reg]) if doc is not None else summary.get(
            "discourse", {})
        feats.update({k: v for k, v in disc.items() if k in DISCOURSE_FEATURES[reg]})
    out = {"bias": 1.0}
    out.update(feats)
    out = {f"{reg}:{k}": v for k, v in out.items()}
    return out, [f"{reg}:{w}" for w in words]


# -- the model ------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def load_model() -> dict[str, Any] | None:
    """The shipped relevance model, None when the file is absent."""
    from ..paths import PACKAGE_DATA

    path = PACKAGE_DATA / MODEL_FILE
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as fh:
        model = json.load(fh)
    if model.get("version") != "2":
        return None
    cm = model["clause"]
    if "weights_b64" in cm:  # int16, little-endian, base64 (a 2**17 list in JSON would be large)
        cm["weights"] = decode_weights(cm.pop("weights_b64"))
    return model


def encode_weights(ints: Sequence[int]) -> str:
    """Integer weights (in units of the model's ``scale``) as base64 of little-endian int16."""
    arr = array.array("h", (max(-32767, min(32767, int(x))) for x in ints))
    if sys.byteorder != "little":
        arr.byteswap()
    return base64.b64encode(arr.tobytes()).decode("ascii")


def decode_weights(text: str) -> array.array:
    """The inverse of :func:`encode_weights`."""
    arr = array.array("h")
    arr.frombytes(base64.b64decode(text))
    if sys.byteorder != "little":
        arr.byteswap()
    return arr


def clause_score(tokens: Sequence[Any], model: dict[str, Any], summary: dict[str, Any] | None = None) -> float:
    """The clause model's log-odds that this sentence reports an action of the security forces (with
    ``summary``, the article's :func:`events_summary`, and a model trained with them: also what the
    events stage found in the sentence, :func:`~.relevance_features.unit_event_features`)."""
    cm = model["clause"]
    scale = float(model.get("scale", 1.0))  # weights are stored as integers in units of ``scale``
    feats = clause_features(tokens)
    if summary is not None and model.get("unit_events") and len(tokens):
        first, last = tokens[0], tokens[len(tokens) - 1]
        feats += unit_event_features(summary, first.idx, last.idx + len(last.text))
    return float(cm["intercept"]) + scale * _linear(feats, cm["weights"], int(cm["dim"]))


def article_score_from(doc: Any, summary: dict[str, Any], clause_scores: Sequence[float],
                       model: dict[str, Any]) -> float:
    """The article model's probability, from the pieces (training and :func:`relevance_score`)."""
    return _article_score(doc, summary, clause_scores, model)[0]


def _article_score(doc: Any, summary: dict[str, Any], clause_scores: Sequence[float],
                   model: dict[str, Any]) -> tuple[float, str]:
    """(the article model's probability, the regime whose model scored it)."""
    dense, words = article_features(doc, summary, clause_scores)
    reg = next(iter(dense)).split(":", 1)[0]
    if reg not in model["article"]:  # a model trained without this regime
        reg = "doc"
        dense = {"doc:" + k.split(":", 1)[1]: v for k, v in dense.items()}
        words = ["doc:" + w.split(":", 1)[1] for w in words]
    am = model["article"][reg]
    z = float(am["intercept"])
    dw: dict[str, float] = am["dense"]
    for k, v in dense.items():
        z += dw.get(k, 0.0) * v
    scale = float(model.get("scale", 1.0))
    z += scale * float(am["word_scale"]) * _linear(words, am["weights"], int(am["dim"]))
    return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0))), reg


def threshold_for(doc: Any, model: dict[str, Any], *, reg: str | None = None) -> float:
    """The model's decision threshold for this text's regime (``reg`` when known)."""
    th = model.get("threshold", 0.5)
    if isinstance(th, dict):
        if reg is None:
            nw = sum(1 for t in doc if t.is_alpha and len(t) > 2 and not t.is_stop)
            reg = regime(len(sentence_units(doc)), nw, note=doc_is_note(doc))
        return float(th.get(reg if reg in th else "doc", 0.5))
    return float(th)


def relevance_features(article: Article, *, model: dict[str, Any] | None = None) -> dict[str, float]:
    """The article model's named features for ``article`` (pooled clause scores, events stage,
    length); for inspection. Needs the model for the clause scores (zeros without one)."""
    model = model if model is not None else load_model()
    units = sentence_units(article.doc)
    summary = events_summary(article)
    scores = [clause_score(u, model, summary) for u in units] if model is not None else [0.0] * len(units)
    return article_features(article.doc, summary, scores)[0]


def _assess(article: Article, model: dict[str, Any], summary: dict[str, Any] | None = None) -> tuple[float, str]:
    """(the article model's probability, the regime whose model scored it); ``summary`` is the
    article's :func:`events_summary` when the caller has it."""
    summary = summary if summary is not None else events_summary(article)
    scores = [clause_score(u, model, summary) for u in sentence_units(article.doc)]
    return _article_score(article.doc, summary, scores, model)


def sentence_rule(doc: Any, summary: dict[str, Any]) -> bool | None:
    """The decision on a sentence-regime text that overrides the model's (None: the model decides):
    False when the events stage found its act only denied (:func:`denied_only`) or the text tells only
    the police's failure to act (:func:`police_failed_only`); True when it reports political violence
    by an organised armed actor (``relevance_features.organised_violence``). Grouped 5-fold CV:
    see ``benchmarks/train_relevance.py`` (line ``cv5+rules (shipped)``)."""
    if denied_only(summary):
        return False
    if organised_violence(summary):
        return True
    if police_failed_only(doc, summary):
        return False
    return None


def doc_rule(doc: Any, summary: dict[str, Any]) -> bool | None:
    """The decision on a doc-regime text that overrides the model's (None: the model decides): True
    when its lead (three sentences) reports political violence by an organised armed actor
    (``relevance_features.lead_violence``) and fewer than half its sentences speak of a war, a crisis,
    months or years (``relevance_features.trend_share``: a commentary, an analysis, a humanitarian
    story names the violence too). The article model, trained mostly on police-action labels, weighs
    a militia's attack that no police answered low. Grouped 5-fold CV: see
    ``benchmarks/train_relevance.py``."""
    units = sentence_units(doc)
    if lead_violence(summary, [u.end_char for u in units]) and trend_share(units) < MAX_TREND_SHARE:
        return True
    return None


def decision_rule(reg: str, doc: Any, summary: dict[str, Any]) -> bool | None:
    """The rule that overrides the model for a text of regime ``reg`` (:func:`sentence_rule`,
    :func:`doc_rule`; None: the model decides)."""
    if reg == "sent":
        return sentence_rule(doc, summary)
    if reg == "doc":
        return doc_rule(doc, summary)
    return None


def relevance_score(article: Article, *, model: dict[str, Any] | None = None) -> float | None:
    """The model's probability that the article is an event report (None without a model or doc)."""
    model = model if model is not None else load_model()
    if model is None or article.doc is None:
        return None
    return _assess(article, model)[0]


def is_relevant(article: Article, *, min_confidence: float = MIN_CONFIDENCE, model: bool = True) -> bool:
    """Whether the article reports a current, asserted ACLED-type event or an action of the security
    forces. With the shipped model (``model=True``, the default) the two-level model decides (see the
    module docstring); without the model, the rule:
    an asserted, current report with enough confidence, or an asserted security-force action."""
    if model:
        m = load_model()
        if m is not None and article.doc is not None:
            # the events stage's veto (only denied or hypothetical events) is one of the article
            # model's features (``ev:veto``); as a hard rule on top it lost F1 on every set in CV;
            # only a single sentence that denies the act is overruled (CV: -0.002 on India sentences)
            summary = events_summary(article)
            prob, reg = _assess(article, m, summary)
            # one sentence, whatever its words: denying the act, or telling only the police's failure
            # to act, it is no event report; reporting political violence by an organised armed actor,
            # it is one (see :func:`sentence_rule`); an article whose lead reports such violence and
            # that is not about a war or a crisis at large is one (:func:`doc_rule`)
            rule = decision_rule(reg, article.doc, summary)
            if rule is not None:
                return rule
            return prob >= threshold_for(article.doc, m, reg=reg)
    reports = _reports(article)
    if not any(asserted(r) and not r.background for r in reports) and any(
        r.stage == "events" and r.reason == "not_asserted" for r in article.rejections
    ):
        return False  # what it states is denied, threatened or hypothetical
    for r in reports:
        if asserted(r) and not r.background and r.cue_confidence >= min_confidence:
            return True
    return security_action(article.doc)
