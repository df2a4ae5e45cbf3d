"""The pipeline drops the stages' per-doc caches from doc.user_data once an article is analysed (eighteenth
session): only what later readers need stays."""

from __future__ import annotations

import datetime as dt

from eventwire.pipeline import kept_user_data, release_caches
from eventwire.records import Article


def test_only_the_kept_keys_stay_on_an_analysed_doc(pipeline):
    article = Article(id="rel", text="MOGADISHU - Al-Shabaab fighters attacked an army base in Afgoye on Friday, "
                                     "killing six soldiers, officials said.", published=dt.date(2026, 11, 22))
    done = pipeline.process(article)
    assert done.reports  # the stages ran (and filled their caches) before the release
    assert set(done.doc.user_data) <= kept_user_data()
    assert done.doc.user_data  # the country of context and the publication day stay


def test_release_caches_keeps_the_listed_keys_only(pipeline):
    doc = pipeline.nlp("Troops withdrew.")
    kept = sorted(kept_user_data())[0]
    doc.user_data.update({kept: "SOM", "eventwire.some_cache": {1: 2}})
    release_caches(doc)
    assert doc.user_data == {kept: "SOM"}
    release_caches(None)  # a child article without a doc
