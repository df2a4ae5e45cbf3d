"""Relevance filter, seventeenth session: a word a hyphen splits ("lathi-charge", "tear-gas") is the
same act as its closed-up spelling for the clause model, and the trainer chooses its thresholds for
the decision that ships (the sentence rules applied). Short texts of our own writing."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from eventwire.events import relevance as rel
from eventwire.events.relevance_features import hyphen_words

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@functools.lru_cache(maxsize=1)
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


def test_hyphen_words_join_the_parts_of_a_hyphenated_word_only():
    doc = nlp()("The constables resorted to a lathi-charge and burst tear-gas shells near the market.")
    words = hyphen_words(doc[:])
    assert "lathicharge" in words
    assert "teargas" in words
    # a dash between spaced words joins nothing
    assert hyphen_words(nlp()("The men - six of them - fled the town on foot.")[:]) == []


def test_clause_features_give_the_hyphenated_act_its_closed_up_word():
    hyph = set(rel.clause_features(nlp()("The police resorted to a lathi-charge at the crossing.")[:]))
    assert "u:lathicharge" in hyph
    assert "c:lathicharge:noun" in hyph  # an act noun of ACTION_NOUNS, as "a lathicharge" gives
    plain = set(rel.clause_features(nlp()("The police resorted to a lathicharge at the crossing.")[:]))
    assert "c:lathicharge:noun" in plain
    # a hyphenated word that names no act adds its word only
    other = set(rel.clause_features(nlp()("A well-known trader opened his shop on Monday.")[:]))
    assert not any(f.startswith("c:wellknow") for f in other)


def _trainer():
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    import train_relevance

    return train_relevance


def test_threshold_objective_scores_the_shipped_decision_with_the_sentence_rules():
    tr = _trainer()
    items = [
        # a sentence the rule calls an event report although the model scores it low
        {"y": 1, "reg": "sent", "set": "a", "rule": True},
        # a sentence the rule calls no event report although the model scores it high
        {"y": 0, "reg": "sent", "set": "a", "rule": False},
        {"y": 1, "reg": "sent", "set": "a", "rule": None},
        {"y": 0, "reg": "doc", "set": "b", "rule": None},
        {"y": 1, "reg": "doc", "set": "b", "rule": None},
    ]
    probs = [0.05, 0.95, 0.9, 0.2, 0.8]
    th = {"sent": 0.5, "doc": 0.5, "note": 0.5}
    # with the rules every item is right: F1 1.0 on both sets
    assert tr.mean_set_f1(items, probs, th) == 1.0
    # without them (no rule on any item) the model's two mistakes cost set "a"
    bare = [{**it, "rule": None} for it in items]
    assert tr.mean_set_f1(bare, probs, th) < 1.0
