"""Relevance filter, eighth session: conditions are no facts, the sentence's shape (question,
quotation, statement), and where an article's event reports sit (the discourse features)."""

from __future__ import annotations

import functools

from eventwire.events import relevance as rel


@functools.lru_cache(maxsize=1)
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


def clause(text: str) -> list[str]:
    return rel.clause_features(nlp()(text)[:])


def test_conditional_action_is_no_fact():
    cond = clause("if the police open fire on the crowd, we will launch a public movement.")
    assert any(f.startswith("c:") and f.endswith(":cond") for f in cond)
    assert "c:*:force:fact" not in cond
    assert not rel.security_action(nlp()("if the police open fire on the crowd, we will launch a movement."))
    # the same act stated as a fact stays one
    fact = clause("the police opened fire on the crowd.")
    assert "c:*:force:fact" in fact
    assert rel.security_action(nlp()("the police opened fire on the crowd."))


def test_sentence_shape():
    assert "shape:question" in clause("what if he is stopped by the police?")
    assert "shape:question" not in clause("he was stopped by the police.")
    quoted = clause('"we will arrest them all," the commissioner said.')
    assert "shape:quote" in quoted and "shape:statement" in quoted
    assert "shape:statement" not in clause("police arrested 24 persons in the old city.")


def _summary(*starts: int) -> dict:
    reports = [{"type": "Battles", "conf": 0.8, "neg": False, "spec": False, "bg": False, "start": s, "end": s + 5}
               for s in starts]
    return {"reports": reports}


def test_discourse_features_read_where_the_event_is():
    text = ("Militants attacked a village on Sunday, killing 12 people. Witnesses said the gunmen came at dawn. "
            "The region has seen years of unrest. Officials urged calm. Analysts expect more talks.")
    doc = nlp()(text)
    lead = rel.discourse_features(doc, _summary(0))
    late = rel.discourse_features(doc, _summary(text.index("Analysts")))
    assert lead["ev:first"] > 0 and lead["ev:lead"] > 0 and "ev:late_only" not in lead
    assert "ev:first" not in late and late["ev:late_only"] == 1.0
    assert 0 < lead["ev:dens"] < 1
    assert lead["st:say"] > 0  # "Witnesses said ...", "Officials urged ..."
    assert rel.discourse_features(doc, {"reports": []}).get("ev:dens", 0.0) == 0.0


def test_article_features_carry_the_chosen_discourse_features(monkeypatch):
    text = "Militants attacked a village on Sunday, killing 12 people. Witnesses said the gunmen came at dawn."
    doc = nlp()(text)
    monkeypatch.setitem(rel.DISCOURSE_FEATURES, "sent", frozenset({"ev:first"}))
    dense, _ = rel.article_features(doc, _summary(0), [0.0, -2.0])
    assert dense["sent:ev:first"] > 0
    assert "sent:st:say" not in dense  # a regime reads only the features chosen for it
    # training replays them from the summary when there is no doc
    replay, _ = rel.article_features(None, {"n_words": 10, "discourse": {"ev:first": 0.8}}, [0.0])
    assert replay["sent:ev:first"] == 0.8
    monkeypatch.setitem(rel.DISCOURSE_FEATURES, "sent", frozenset())
    off, _ = rel.article_features(doc, _summary(0), [0.0, -2.0])
    assert "sent:ev:first" not in off
