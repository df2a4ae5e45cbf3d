"""Acts named as the matter of another noun: an act noun that stands in a prepositional phrase of a noun
("the pretext of the bombing", "photo evidence of the attack", "accounts of civilian deaths", "the debate over
missile attacks", "another use of chemical weapons"), outside the lead, in a sentence with no day and no
place below the country of its own, is background.

Such a sentence tells something about the act (what is said, shown, argued or known of it; what it is used
for), not the act as a happening: the act itself, when it is current, is told elsewhere in the text with its
own clause. On the three dev audits the unflagged reports so worded were 6 of 6 spurious (a: 3, q: 3, s3:
none; a past act, a plan, a scenario and three general statements), and on the other unheld speed articles
5 more, all spurious; those with a day of their own held two real events of 10 ("opinion was divided on the
police killing of the four accused"), so a day keeps the report news.

The act noun's head must be a common noun that does not count acts ("dozens of airstrikes", "a series of
explosions" tell the acts themselves: :data:`eventwire.events.violence.QUANTITY_NOUNS`); a head that is a verb
("collapsed under attack") or an adjective ("responsible for attacks") is left to the other cells.

Near-misses that stay news: "Footage of the attack on the market in Kano spread online" (a place below the
country), "The toll of Monday's bombing rose to 12" (a day), "A series of explosions shook the capital" (a
noun of quantity), "The rebels attacked the convoy" (told by a verb), and any sentence of the lead.
"""

from __future__ import annotations

from typing import Any

from ..records import Article, EventReport, PlaceMention
from .anchors import flag_noted
from .linking import is_country_only
from .nowacts import TIME_ENTS
from .spanacts import LEAD_CHARS
from .violence import QUANTITY_NOUNS

#: The background reason of an act named as the matter of another noun.
DESCRIBED = "an act named as the matter of another noun, with no day or place of its own, outside the lead"
#: The note the extractor sets on such a report, read by :func:`settle_described` once the main event is chosen.
NOTE_DESCRIBED = ("an act named as the matter of another noun (no day or place of its own): background once the "
                  "main event is chosen")
#: Nouns of a group that name the acts or the people of a happening themselves ("thousands of protesters", "a
#: group of gunmen"), beside the nouns of quantity.
COUNTING_HEADS = QUANTITY_NOUNS | frozenset("thousands group groups crowd crowds band bands".split())


def named_by_noun(trigger: Any, sent: Any, *, place: PlaceMention | None) -> bool:
    """The act of ``trigger`` in ``sent`` is a noun in a prepositional phrase of another common noun, outside
    the lead, and ``sent`` names no day and (``place``: the report's place when its own sentence names it) no
    place below the country: "the pretext of the bombing" is; "the pretext of Monday's bombing", "a
    series of blasts" and "evidence of the attack in Kano" are not."""
    if trigger.dep_ != "pobj" or trigger.pos_ != "NOUN" or sent.start_char < LEAD_CHARS:
        return False
    prep = trigger.head
    if prep.dep_ != "prep" or prep.head.pos_ != "NOUN" or prep.head.lower_ in COUNTING_HEADS:
        return False
    if place is not None and not is_country_only(place):
        return False
    return not any(t.ent_type_ in TIME_ENTS for t in sent)


def settle_described(article: Article, main: EventReport | None) -> None:
    """Flag background each report of ``article`` noted by the extractor as named by another noun
    (:data:`NOTE_DESCRIBED`), once the main event is chosen (see :func:`eventwire.events.anchors.flag_noted`)."""
    flag_noted(article, main, NOTE_DESCRIBED, DESCRIBED)
