"""Relevance filter, tenth session: how the shipped clause model ranks short sentences of our own
writing: a police act above a court or political report, a stated act above its denial, its future
or a demand for it."""

from __future__ import annotations

import functools

from eventwire.events import relevance as rel


@functools.lru_cache(maxsize=1)
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


def score(text: str) -> float:
    model = rel.load_model()
    assert model is not None
    return rel.clause_score(nlp()(text)[:], model)


def test_shipped_model_ranks_police_acts_above_court_and_politics():
    acts = [
        "Police lathi-charged the protesters and arrested twenty of them.",
        "Six men were arrested by the police after the clash.",
        "Police opened fire to disperse the mob in the old city.",
    ]
    talk = [
        "The court adjourned the hearing of the bail plea to Monday.",
        "The minister told the assembly that the government would review the police budget.",
        "Congress leaders demanded the arrest of the minister and the withdrawal of the army.",
    ]
    assert min(score(t) for t in acts) > max(score(t) for t in talk)


def test_shipped_model_ranks_a_fact_above_its_denial_or_future():
    done = score("Police were deployed in the town on Sunday.")
    assert done > score("Police will be deployed in the town tomorrow.")
    assert done > score("The police should arrest the leaders, the minister said.")
    assert score("Six men were arrested after the clash in the town.") > score("No arrest was made after the clash in the town.")


def test_clause_signals_tell_a_stated_act_from_a_denied_or_conditional_one():
    def signals(text: str) -> set[str]:
        return {f for f in rel.clause_features(nlp()(text)[:]) if f.startswith("c:*:")}

    stated = signals("The police arrested six men in the town.")
    assert "c:*:force:fact" in stated
    assert "c:*:force:neg" in signals("The police did not arrest anyone in the town.")
    assert "c:*:force:fact" not in signals("If the police arrest the leaders, there will be trouble.")
