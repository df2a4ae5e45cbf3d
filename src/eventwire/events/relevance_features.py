"""Article-level features of the relevance model that read how an article is spread (see
:mod:`eventwire.events.relevance`).

An event report is about one event in one place; a round-up ("a summary of different situations"),
a regional analysis or a commentary names many countries and many kinds of events, each in a
sentence of its own. These features say how spread the article is, never which country or actor it
is about: the number of countries its place mentions resolve to and the share outside the most
named one, the number of sentences and of event types among the events stage's asserted, current
reports. Plain floats computed from the events summary (:func:`eventwire.events.relevance.events_summary`)
and the sentence ends, so training replays them from its cache.

Also here: :func:`organised_violence` (a sentence rule's test) and :func:`hyphen_words`, the words a
hyphen splits, which the clause model reads closed up ("lathi-charge" as "lathicharge").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

# the spread features (names as the article model reads them, before the regime prefix)
SPREAD_FEATURES = frozenset({"geo:nctry", "geo:spread", "ev:nsent", "ev:ntypes"})


def spread_features(summary: dict[str, Any], sentence_ends: Sequence[int]) -> dict[str, float]:
    """How spread the article is over countries and events (see the module docstring);
    ``sentence_ends``: the end offsets of its sentences, in order."""
    out: dict[str, float] = {}
    countries = summary.get("countries") or {}
    if countries:
        total = sum(countries.values())
        out["geo:nctry"] = math.log1p(len(countries) - 1) / 2.0
        out["geo:spread"] = 1.0 - max(countries.values()) / total if total else 0.0
    news = [r for r in summary.get("reports", ()) if not (r["neg"] or r["spec"] or r["bg"])]
    if news and sentence_ends:
        last = len(sentence_ends) - 1
        sents = {next((i for i, e in enumerate(sentence_ends) if r["start"] < e), last) for r in news}
        out["ev:nsent"] = math.log1p(len(sents) - 1) / 2.0
        out["ev:ntypes"] = (len({r["type"] for r in news}) - 1) / 2.0
    return {k: round(v, 4) for k, v in out.items() if v}


# ACLED's political violence (its three violent event types) and the organised armed actors (ACLED
# actor types 1 state forces, 2 rebels, 3 political militias, 4 identity militias, 8 external
# forces): a current, asserted report of such violence is an event report whoever monitors it, even
# where the article model, trained mostly on police-action labels (IndiaPoliceEvents: a mob's killing
# is no police action), scores a single sentence low
VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
ORGANISED_ARMED = frozenset({1, 2, 3, 4, 8})
# the typing's confidence of the act: 0.8 for a shallow act whose agent is a known kind, 0.65 for a
# deeper one (or an agent of no known kind with a means); 0.55, the bare reading, stays too weak
# (twenty-first session: 0.8 -> 0.65 adds one CEHA one-sentence report and changes no India sentence;
# 0.55 adds one more report and one false alarm, a death toll of ethnic clashes)
ORGANISED_MIN_CONF = 0.65


def organised_violence(summary: dict[str, Any], *, min_conf: float = ORGANISED_MIN_CONF) -> bool:
    """Whether the events summary holds a current, asserted report of political violence whose actor 1
    is an organised armed actor, with at least ``min_conf`` confidence ("Militiamen shot dead three
    herders near Jowhar"; not a mob's riot, not an unnamed gunman's killing)."""
    return any(
        not (r["neg"] or r["spec"] or r["bg"]) and r["type"] in VIOLENT_TYPES
        and r.get("i1") in ORGANISED_ARMED and float(r["conf"]) >= min_conf
        for r in summary.get("reports", ())
    )


# -- what the events stage found in a sentence (the clause model's event features) -----------------
def unit_event_features(summary: dict[str, Any], start: int, end: int) -> list[str]:
    """The clause model's features of the events stage's reports whose evidence starts in the
    sentence [``start``, ``end``) (character offsets): how each is stated (current and asserted,
    denied, speculative, background), its sub-event type, and who acts against whom (ACLED actor
    types) for a current one. Names, hashed with the clause features when scored."""
    out: list[str] = []
    for r in summary.get("reports", ()):
        if not start <= r["start"] < end:
            continue
        how = "neg" if r["neg"] else "spec" if r["spec"] else "bg" if r["bg"] else "cur"
        sub = r.get("sub") or r["type"]
        out += [f"e:{how}", f"e:{how}:{sub}"]
        if how == "cur":
            i1, i2 = r.get("i1"), r.get("i2")
            out += [f"e:i1:{i1}", f"e:i2:{i2}", f"e:sub_i1:{sub}:{i1}"]
    return out


# -- clause features the clause model adds to its words (see relevance.clause_features) ------------
def hyphen_words(tokens: Sequence[Any]) -> list[str]:
    """The words a hyphen splits, joined ("lathi-charge" -> "lathicharge", "tear-gas" -> "teargas"):
    the same act as the closed-up spelling, which the clause model knows under that lemma."""
    out: list[str] = []
    toks = list(tokens)
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if t.text != "-":
            continue
        a, b = toks[i - 1], toks[i + 1]
        if a.is_alpha and b.is_alpha and a.idx + len(a.text) == t.idx and t.idx + 1 == b.idx:
            out.append(a.lower_ + b.lemma_.lower())
    return out


# -- the doc regime's rule: political violence told in the lead of an article about an incident ------
# words of a text about a war, a crisis or a trend rather than one incident (a commentary, a
# humanitarian story, an analysis: CEHA's "a summary of different situations", "not violence related")
TREND_WORDS = frozenset(
    """years months decades decade since war wars crisis crises conflict conflicts humanitarian
    peace international atrocities tensions ongoing continued history historically""".split()
)
# an article at least this share of whose sentences speak of a war, a crisis, months or years is no
# incident report for the rule (it may still be one for the model)
MAX_TREND_SHARE = 0.5


def trend_share(units: Sequence[Any]) -> float:
    """The share of the sentences (spaCy spans, in order) that speak of a war, a crisis, months or
    years (:data:`TREND_WORDS`)."""
    if not units:
        return 0.0
    return sum(1 for u in units if any(t.lower_ in TREND_WORDS for t in u)) / len(units)


def lead_violence(summary: dict[str, Any], sentence_ends: Sequence[int], *, lead: int = 3,
                  min_conf: float = ORGANISED_MIN_CONF) -> bool:
    """Whether one of the first ``lead`` sentences (``sentence_ends``: their end offsets, in order)
    holds a current, asserted report of political violence by an organised armed actor (see
    :func:`organised_violence`)."""
    if not sentence_ends:
        return False
    last = len(sentence_ends) - 1
    for r in summary.get("reports", ()):
        k = next((i for i, e in enumerate(sentence_ends) if r["start"] < e), last)
        if k < lead and organised_violence({"reports": [r]}, min_conf=min_conf):
            return True
    return False
