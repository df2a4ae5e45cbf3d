"""A person's home town named in the way news introduces people is no scene of an act.

:func:`eventwire.geo.origins.named_as_origin` reads "a man from Jenin", "two brothers originally from".
News also introduces a person by name, age and home ("Jac Holmes, 24, from Bournemouth, was one of the
volunteers in Syria"; "John Doe, 35, of Ventura"), by a bare "originally from" after a name ("Nizar
Banat, originally from the southern West Bank town of Dura, was beaten during his arrest") or by the
home a traveller left ("travelled to Syria from his home on the outskirts of Portsmouth"). The place is
where the person lives or came from; the act happened where the story is (a later sentence "he died in
an explosion" is in Raqqa, told before, not in Bournemouth). :func:`home_town` is read by the event
linker next to :func:`eventwire.geo.origins.named_for_another`.

As there, it holds only when the sentence names another resolved place that can be the scene ("Syria",
"the West Bank"): "John Smith, 24, from Leeds, was stabbed on Saturday" names nothing else and keeps
Leeds. Not a home town: "arrested at his home in Hebron" or "abducted from his home in X" (the scene,
no verb of travel), "fled from Tibu" (no person named by age or "originally").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..geo.origins import sentence_bounds
from ..records import PlaceMention

#: The words before a home town, read back from its start: ", 24, from ", ", 35, of ",
#: ", originally from the southern West Bank town of ", "travelled to Syria from his home on the
#: outskirts of ".
_HOME_BEFORE_RE = re.compile(
    r"(?:"
    r"[A-Z][\w’'-]+,\s+(?:aged\s+)?\d{1,3},\s+(?:who\s+(?:is|was)\s+)?(?:originally\s+)?(?:from|of)\s+"
    r"|,\s+(?:who\s+(?:is|was)\s+)?originally\s+from\s+"
    r"|\b(?:travell?ed|went|flew|moved|came|returned|headed)\b[^.;:!?]{0,60}?\bfrom\s+(?:his|her|their)\s+"
    r"(?:family\s+)?home\s+(?:in|near|outside|on\s+the\s+outskirts\s+of)\s+"
    r")"
    r"(?:the\s+)?(?:(?:[\w’'-]+\s+){0,4}?(?:town|village|city|suburb|district|county|region|area)\s+of\s+)?$",
)

#: How far back (characters) the words before a home town are read.
_WINDOW = 110

def home_town(text: str, m: PlaceMention, mentions: Iterable[PlaceMention]) -> bool:
    """Whether ``m`` is a person's home town ("Jac Holmes, 24, from Bournemouth"; "Nizar Banat,
    originally from the town of Dura"; "travelled to Syria from his home in Portsmouth") while its
    sentence names another resolved place, or the place told last before it lies in another country
    (the story is abroad: "killed in Raqqa ... Oliver Hall, 24, from Portsmouth, was in the city").
    A home named with its country ("27, from Douma, Syria") is left as it is. ``mentions``: the
    article's place mentions."""
    if m.place is None or m.kind == "demonym" or m.start < 6:
        return False
    lo = max(0, m.start - _WINDOW)
    window = text[lo : m.start]
    if "from" not in window and " of " not in window:
        return False  # (the cheap test: every shape holds "from" or "of")
    if _HOME_BEFORE_RE.search(window) is None:
        return False
    others = [o for o in mentions if o is not m and o.place is not None and o.kind != "demonym"]
    if any(m.end <= o.start <= m.end + 3 for o in others):
        return False  # "from Douma, Syria": the home told with its country, read as before
    s_lo, s_hi = sentence_bounds(text, m.start, m.end)
    if any(s_lo <= o.start and o.end <= s_hi and (o.end <= m.start or o.start >= m.end) for o in others):
        return True
    before = [o for o in others if o.end <= s_lo]
    last = max(before, key=lambda o: o.start) if before else None
    return last is not None and bool(last.place.iso) and bool(m.place.iso) and last.place.iso != m.place.iso
