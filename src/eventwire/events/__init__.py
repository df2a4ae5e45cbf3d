"""eventwire.events: event reports from parsed articles (detection, ACLED typing, roles, place and
date linking, fatalities, status, relevance).

    from eventwire.events.extractor import EventExtractor   # EventExtractor(actors=...).extract(article)
    from eventwire.events.relevance import is_relevant       # is_relevant(article) -> bool

Modules: ``lexicon`` (cue phrases, compiled once), ``typing`` (clause -> sub-event type),
``taxonomy`` (ACLED's 25 types, CASE 2021 codes), ``roles`` (actor1/actor2/associated actors),
``linking`` (place and date), ``fatalities``, ``status`` (negation, speculation, background, claims),
``extractor`` (the stage), ``relevance``.
"""
