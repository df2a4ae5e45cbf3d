"""An arrest whose arresting force the text does not name is coded to the country's police, as ACLED does.

"A pastor detained for two years", "nine people were arrested in Paris": no doer is named, and ACLED's
coders give such arrests to "Police Forces of <country>". The default is set on the finished reports
(after merging, the main event and the confidence: an unnamed doer stays a weaker report), from the
country of the report's place; a report with no place, or whose doer is only doubted ("X may have been
behind the arrests"), keeps no actor 1.
"""

from __future__ import annotations

from ..records import EventReport
from .genericactors import generic

#: The start of the note on a report whose doer is only suspected (written by ``roles.assign_roles``).
SUSPECT_NOTE = "suspected, not coded as actor 1"
#: The note on an arrest given the country's police for want of a named force.
NOTE_UNNAMED_ARRESTER = "arresting force not named: the country's police"


def default_arresters(reports: list[EventReport]) -> None:
    """Give each arrest with no actor 1 its country's police (:data:`NOTE_UNNAMED_ARRESTER`)."""
    for r in reports:
        if r.sub_event_type != "Arrests" or r.actor1 is not None or r.location is None or r.location.place is None:
            continue
        if any(n.startswith(SUSPECT_NOTE) for n in r.notes):
            continue  # "X may have been behind the arrests": no doer is coded
        place = r.location.place
        police = generic("state", place.iso, place.country, police=True)
        if police is not None and not (r.actor2 is not None and r.actor2.name == police.name):
            # (not "two police officers were arrested": the police would be both sides)
            r.actor1 = police
            r.notes.append(NOTE_UNNAMED_ARRESTER)
