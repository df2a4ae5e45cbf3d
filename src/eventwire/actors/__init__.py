"""eventwire.actors: the actor dictionary and the actor tagger.

    from eventwire.actors.dictionary import ActorDictionary
    from eventwire.actors.tagger import ActorTagger

    actors = ActorDictionary.load()            # the packaged, versioned dictionary
    actors.lookup("the regime soldiers", country="SYR")   # -> Actor("Military Forces of Syria", 1)
    ActorTagger(actors).tag(article, country_hint="SYR")  # sets article.actor_mentions
    actors.lookup("Ayr clan militia", country="SOM")  # -> Actor("Ayr Clan Militia (Somalia)", 4)
"""

from .dictionary import ActorDictionary, ActorEntry
from .tagger import ActorTagger

__all__ = ["ActorDictionary", "ActorEntry", "ActorTagger"]
