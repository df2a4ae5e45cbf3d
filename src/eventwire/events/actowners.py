"""A country whose armed campaign a sentence names is the side that wages it, not its scene.

"The clashes that have followed Turkey's incursion into the border enclave have killed dozens": Turkey
owns the incursion, and the clashes are in the enclave (Afrin, told before), not in Turkey. The same
holds for "Russia's air campaign", "Israel's offensive", "Turkey's assault on the town": a country in
the possessive of a noun of a cross-border armed campaign (:data:`CAMPAIGN_NOUNS`) is a doer of the
sentence, which :func:`eventwire.events.doerplace.without_doers` leaves out of its places (the place
told before in the paragraph then wins when it lies abroad; with nothing else, the country stays).

Not read so: a country's war or conflict ("Syria's civil war" is in Syria), its own things ("Turkey's
border provinces", "Nigeria's north-east": places in it), a noun of no campaign ("Turkey's president").
"""

from __future__ import annotations

from typing import Any

#: nouns of an armed campaign a state wages, often abroad
CAMPAIGN_NOUNS = frozenset({
    "incursion", "invasion", "offensive", "assault", "intervention", "bombardment", "bombing", "airstrike",
    "airstrikes", "strike", "strikes", "campaign", "operation", "onslaught", "advance", "raid", "raids",
    "occupation",
})


def campaign_owner(tok: Any) -> bool:
    """Whether ``tok`` (the root of a country's mention) is the possessor of a campaign noun ("Turkey's
    incursion", "Russia's air campaign")."""
    return tok is not None and tok.dep_ == "poss" and tok.head.lemma_.lower() in CAMPAIGN_NOUNS
