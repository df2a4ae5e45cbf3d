"""A quiet story: a text of some length that names no side anywhere is a police or court story, and its acts
are ordinary crime, not ACLED events (helper CRIME2, twenty-ninth session; one of the no-anchor cells of
:mod:`eventwire.events.bareacts`).

ACLED codes political violence and demonstrations: acts of armed groups, parties, state forces, mobs,
communities and crowds, and arrests of political actors. A news text of :data:`MIN_SENTENCES` sentences or
more that never names such a side (no word of :data:`QUIET_SIDES`: no party, minister, militia, gang, gunmen,
attackers, protest, clash, blast, journalist or activist) tells a robbery, a shooting between two private
persons, a celebrity's arrest or a sex-crime trial ("Police said Smith is suspected of shooting Jones outside
a bar on Friday. ... He was booked into the county jail."). Measured on the dev audits (base of round 3): every
asserted report in such texts was ordinary crime (sample q 1, s3 5, a none; 3 more on other speed articles),
and no real event of any type stood in one.

Short texts are exempt: a one-sentence wire report ("Twelve villagers were killed in Kaduna on Monday") names
no side because it is short, not because the act is private. The police's own violence is exempt too
("officers shot the man": coded when it is news).
"""

from __future__ import annotations

from typing import Any

from ..records import Article, EventReport
from .anchors import flag_noted
from .chargedarrests import ARREST_VERBS
from .clause import agent_of
from .doers import ATTACKER_NOUNS
from .kindreads_words import UNREST_WORDS
from .privatecrime import ENFORCER_WORDS, STORY_SIDES
from .words import doc_words

#: how many sentences a text needs before naming no side says something about it
MIN_SENTENCES = 6
#: words that give a text a side, an armed act or a crowd (the police story's sides, the words of unrest
#: but the month and any strike, the nouns of attackers, the acts of war and strife they miss, and the
#: religions, castes and tribes of communal violence: "beat his daughter for converting to Christianity"; the heads
#: of state and their houses, as "president" and "government": a royal court's men arrested is a political story)
QUIET_SIDES = STORY_SIDES | (UNREST_WORDS - frozenset("against demand demanded demanding demands march strike".split())) | (
    ATTACKER_NOUNS) | frozenset(
    """herdsmen herders villagers villager clash clashes clashed explosion explosions blast blasts shelling
    airstrike airstrikes kidnappers abductors vigilante vigilantes looters curfew unrest insurgent insurgents
    militant rebel president government political politics king queen prince princess royal monarch palace
    parliament senator senate muslim muslims christian christians christianity islam
    islamic islamist hindu hindus sikh sikhs buddhist buddhists jewish jews religious caste castes dalit dalits tribe
    tribes tribesmen""".split())
#: what the police do in an ordinary case (their other acts, a beating or a shooting, are exempt: coded as news)
POLICE_CASE_ACTS = ARREST_VERBS | frozenset("capture hold raid search seize".split())
#: the note the extractor sets on a report of a quiet story (settled by :func:`settle_quiet_story`)
NOTE_QUIET = "quiet story (bareacts)"
QUIET = "ordinary crime: a story of many sentences that names no side, armed group, party or protest"
_KEY = "quietstories.quiet"


def quiet_story(doc: Any) -> bool:
    """The text has :data:`MIN_SENTENCES` sentences or more and no word of :data:`QUIET_SIDES` (once per doc)."""
    got = doc.user_data.get(_KEY)
    if got is None:
        got = QUIET_SIDES.isdisjoint(doc_words(doc)[1]) and sum(1 for _ in doc.sents) >= MIN_SENTENCES
        doc.user_data[_KEY] = got
    return got


def in_quiet_story(trigger: Any) -> bool:
    """The act of ``trigger`` is told in a quiet story (see the module's note) and is not the police's own
    act beyond a case's arrests and raids ("an officer shot the driver", "he was tortured by the police")."""
    if not quiet_story(trigger.doc):
        return False
    if trigger.lemma_.lower() not in POLICE_CASE_ACTS:
        doer = agent_of(trigger)
        if doer is not None and (doer.lower_ in ENFORCER_WORDS or doer.lemma_.lower() in ENFORCER_WORDS):
            return False
    return True


def settle_quiet_story(article: Article, main: EventReport | None) -> None:
    """Flag background each report of ``article`` noted :data:`NOTE_QUIET`, once ``main`` is chosen (the main
    event too: the story is a crime; a report keeps its date, the act is current)."""
    flag_noted(article, main, NOTE_QUIET, QUIET, whole_story=True)
