"""Is this text an event report? (the relevance filter)

An article is relevant when the events stage found at least one asserted report in it (not negated,
not speculative, not only background) with enough confidence, or when the text reports an action of
the security forces (police or troops arresting, firing, dispersing, deploying, imposing a curfew ...):
law-enforcement action is the other half of what conflict monitors collect, and ACLED codes most of it
(arrests, interventions in protests, deployments as changes to group activity).

Runs a default extractor over an article that has a doc but no reports yet.
"""

from __future__ import annotations

import functools
from typing import Any

from ..records import Article, EventReport
from .lexicon import CueIndex

MIN_CONFIDENCE = 0.4

FORCE_WORDS = frozenset(
    """police policeman policemen policewoman cops cop constable constables force forces troops troop army
    soldiers soldier jawans jawan paramilitary crpf bsf raf rpf sap gendarmes gendarmerie officers officer
    commandos personnel authorities administration guards sepoys pac cid sleuths""".split()
)
ACTION_VERBS = frozenset(
    """arrest detain nab apprehend hold round fire shoot lathicharge charge disperse deploy impose clamp
    raid search seize recover book register kill injure beat intercept stop prevent cordon patrol
    rescue evacuate lob use burst open chase remove block seal question interrogate file launch
    conduct storm release free produce remand stop""".split()
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
}


@functools.lru_cache(maxsize=1)
def _police_index() -> CueIndex:
    return CueIndex(POLICE_CUES)


def asserted(report: EventReport) -> bool:
    return not (report.negated or report.speculative)


def _negated_or_hypothetical(tok: Any) -> bool:
    h = tok
    for _ in range(3):
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in h.children):
            return True
        if h.head.i == h.i:
            break
        h = h.head
    return False


def security_action(doc: Any) -> bool:
    """Whether the text says the police or the security forces did something (arrested, fired,
    dispersed, deployed, imposed a curfew ...), asserted (not negated, not a demand or a plan)."""
    if doc is None:
        return False
    for h in _police_index().match(doc):
        if not _negated_or_hypothetical(doc[h.start]):
            return True
    for tok in doc:
        if tok.lower_ not in FORCE_WORDS:
            continue
        verb = None
        if tok.dep_ in ("nsubj",) and tok.head.pos_ == "VERB":
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            verb = tok.head.head
        if verb is not None and verb.lemma_.lower() in ACTION_VERBS and not _negated_or_hypothetical(verb):
            return True
    return False


def _reports(article: Article) -> list[EventReport]:
    reports = article.reports
    if not reports and article.doc is not None and not any(r.stage == "events" for r in article.rejections):
        from .extractor import EventExtractor

        EventExtractor().extract(article)
        reports = article.reports
    return reports


def relevance_features(article: Article) -> dict[str, float]:
    """The features the relevance model reads: what the events stage found, security-force action,
    and the words of the text (lower case, alphabetic, no stop words; present or not)."""
    feats: dict[str, float] = {"bias": 1.0}
    reps = [r for r in _reports(article) if asserted(r)]
    news = [r for r in reps if not r.background]
    if news:
        feats["ev:any"] = 1.0
        feats["ev:conf"] = max(r.confidence for r in news)
        feats["ev:n"] = min(len(news), 5) / 5.0
        for r in news:
            feats[f"ev:type:{r.event_type}"] = 1.0
            feats[f"ev:sub:{r.sub_event_type}"] = 1.0
    elif reps:
        feats["ev:background_only"] = 1.0
    doc = article.doc
    if doc is not None:
        if security_action(doc):
            feats["sec:action"] = 1.0
        n = 0
        for t in doc:
            if t.is_alpha and len(t) > 2 and not t.is_stop:
                feats[f"w:{t.lower_}"] = 1.0
                n += 1
            if t.lower_ in FORCE_WORDS:
                feats["sec:mention"] = 1.0
        feats["len:short" if n < 30 else ("len:medium" if n < 150 else "len:long")] = 1.0
    return feats


@functools.lru_cache(maxsize=1)
def load_model() -> dict[str, Any] | None:
    """The shipped relevance model (weights over :func:`relevance_features`), None when absent."""
    import json

    from ..paths import PACKAGE_DATA

    path = PACKAGE_DATA / "events_relevance.json"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def relevance_score(article: Article, model: dict[str, Any] | None = None) -> float | None:
    """The model's probability that the article is an event report (None without a model)."""
    import math

    model = model if model is not None else load_model()
    if model is None:
        return None
    weights: dict[str, float] = model["weights"]
    z = float(model.get("intercept", 0.0))
    for k, v in relevance_features(article).items():
        w = weights.get(k)
        if w is not None:
            z += w * v
    return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


def is_relevant(article: Article, *, min_confidence: float = MIN_CONFIDENCE, model: bool = True) -> bool:
    """Whether the article reports a current, asserted ACLED-type event or an action of the security
    forces. With the shipped model (``model=True``, the default) a logistic model over
    :func:`relevance_features` decides; without it, the rule: an asserted report with enough
    confidence, or a security-force action."""
    reports = _reports(article)
    if not any(asserted(r) and not r.background for r in reports) and any(
        r.stage == "events" and r.reason == "not_asserted" for r in article.rejections
    ):
        return False  # what it states is denied, threatened or hypothetical
    if model:
        m = load_model()
        if m is not None:
            score = relevance_score(article, m)
            return score is not None and score >= float(m.get("threshold", 0.5))
    for r in reports:
        if asserted(r) and not r.background and r.confidence >= min_confidence:
            return True
    return security_action(article.doc)
