"""Acts told with no anchor of their own: the extractor's one reading and one settle step for the
structural cells of the twenty-ninth session.

Each cell was measured on the dev audits before it was written (real against spurious, sample by sample),
and each is flagged background only once the main event is chosen, so that the choice of the main event
and the merging of tellings are as before:

- :mod:`eventwire.events.anchors`: no day, place below the country, count or person, told outside the lead
  in the present, the perfect or the progressive ("The regime has bombed hospitals across the north");
- :mod:`eventwire.events.pastanchors`: the same in the simple past, with no source telling it and no dated
  news report just before it ("The militias began seizing farmland");
- :mod:`eventwire.events.aims`: an act told only as an aim, a bare infinitive outside the lead ("trained the
  units to fight the rebels");
- :mod:`eventwire.events.quietstories`: any act of a text of some length that names no side anywhere (a police
  or court story: "Smith is suspected of shooting Jones outside a bar");
- :mod:`eventwire.events.nowacts`: an act told by its verb in the present or the perfect, with an anchor but no
  day and no source of its own, and no dated news report just before it ("The police have arrested 10 activists
  in the province");
- :mod:`eventwire.events.pasteras`: an act told in the past with no date and no source of its own, after its
  paragraph last named a date older than the news ("In 2014 the militants swept across the north. Fighters rounded
  up 400 men of the village.");
- :mod:`eventwire.events.describes`: an act noun in a prepositional phrase of another noun, with no day or place
  of its own, outside the lead ("on the pretext of the bombing");
- :mod:`eventwire.events.cumtolls`: a death count of 500 or more with no day of its own, a war's or a campaign's
  running tally ("An estimated 400,000 people have been killed in the conflict"; read from the settled figure);
- :mod:`eventwire.events.passing`: an act named in a prepositional phrase, outside the lead, when the reports of the
  sentences around it are all background once the other cells have settled ("collapsed under withering attack").
"""

from __future__ import annotations

from typing import Any

from ..records import Article, EventReport, PlaceMention
from .aims import NOTE_AIM, settle_aims, told_as_aim
from .anchors import NOTE_UNANCHORED, settle_unanchored, unanchored
from .cumtolls import settle_cumulative_tolls
from .describes import NOTE_DESCRIBED, named_by_noun, settle_described
from .nowacts import NOTE_UNDATED_NOW, settle_undated_now, undated_now
from .passing import NOTE_PASSING, in_passing, settle_passing
from .pastanchors import NOTE_UNSOURCED_PAST, bare_past, settle_unsourced_past
from .pasteras import NOTE_OLD_ERA, NOTE_OLD_ERA_PASSING, past_undated, settle_old_era
from .quietstories import NOTE_QUIET, in_quiet_story, settle_quiet_story


def bare_note(trigger: Any, sent: Any, status: Any, *, dated: bool, place: PlaceMention | None,
              history: bool = False) -> str | None:
    """The note of the first cell the act of ``trigger`` in ``sent`` falls in, or None: asserted reports only
    (``status`` not background, speculative or negated); ``dated`` says the report took a date from its own
    sentence, ``place`` is its place when its own sentence names it, ``history`` that the extractor read the act
    as a person's past (:mod:`eventwire.events.lifepast`, whose note then stands rather than
    :mod:`eventwire.events.pasteras`'s)."""
    if status.background or status.speculative or status.negated:
        return None
    if in_quiet_story(trigger):
        return NOTE_QUIET
    if unanchored(trigger, sent, dated=dated, place=place):
        return NOTE_UNANCHORED
    if bare_past(trigger, sent, status, dated=dated, place=place):
        return NOTE_UNSOURCED_PAST
    if told_as_aim(trigger, sent):
        return NOTE_AIM
    if undated_now(trigger, sent, dated=dated):
        return NOTE_UNDATED_NOW
    if named_by_noun(trigger, sent, place=place):
        return NOTE_DESCRIBED  # "the pretext of the bombing" (events.describes)
    passing = in_passing(trigger, sent)
    if not history and past_undated(trigger, sent, status, dated=dated):
        return NOTE_OLD_ERA_PASSING if passing else NOTE_OLD_ERA
    if passing:
        return NOTE_PASSING
    return None


def settle_bare_acts(article: Article, main: EventReport | None, doc: Any) -> None:
    """Flag background the reports of ``article`` noted by :func:`bare_note`, once ``main`` is chosen."""
    settle_quiet_story(article, main)
    settle_unanchored(article, main)
    settle_unsourced_past(article, main, doc)
    settle_aims(article, main)
    settle_undated_now(article, main, doc)
    settle_described(article, main)
    settle_old_era(article, main, doc)
    settle_cumulative_tolls(article, main)
    settle_passing(article, main, doc)  # last: it reads the flags of the reports around it
