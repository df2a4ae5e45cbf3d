"""How far around its core a date finder needs the text: the windows :func:`eventwire.timex._finder_matches`
scans, per finder.

A finder is scanned only on windows of the text around the occurrences of its core (a part every match
holds: a year, a month, a weekday, one of its gate words). For a finder whose matches are at most ``W``
characters long, and that reads at most ``E`` characters from a match's start (``W``, what its look-aheads
read, one more for a word boundary), a window reaching ``W + E`` characters before and after the cores
it holds, whose matches ending within ``E`` of a cut are dropped, gives the same matches as the scan of
the whole text:

* no match of the whole text straddles a window's start (cores in separate windows lie more than twice
  the reach apart; a match is at most ``W`` long and holds a core);
* a scan started at a window's start reads the text before it (look-behinds), and at a position more
  than ``E`` before the cut it reads what the whole scan reads there: the same match or none;
* a match of the whole text in the window ends at most ``W`` after its core, so at least ``E`` before
  the cut, and starts before the cut's last ``E`` characters; what the scan finds there is dropped.

``W`` is read off the pattern (:func:`finder_reach`), with every unbounded run of blanks or dashes
("\\s+", "[\\s\\-]+") taken as at most :data:`LONG_RUN` - 1 characters long: a text with a longer run is
scanned whole. A finder with another unbounded part ("[a-z]+") keeps the default reach.
"""

from __future__ import annotations

import logging
import re
from typing import Any

log = logging.getLogger(__name__)

#: A run of this many blanks or dashes makes the finders scan the whole text (timex._LONG_RUN).
LONG_RUN = 8


def finder_reach(rx: re.Pattern[str], *, default: tuple[int, int]) -> tuple[int, int]:
    """(reach, guard) of the windows for the finder ``rx``: ``W + E`` and ``E`` (module docstring), or
    ``default`` where its matches' length has no bound or the bound is no shorter than the default's."""
    try:
        from re import _constants as sre
        from re import _parser
    except ImportError:  # pragma: no cover - another Python's internals: the default reach
        return default
    try:
        tree = _parser.parse(rx.pattern, rx.flags)
    except (re.error, TypeError, AttributeError):  # pragma: no cover - as above
        return default
    aheads: list[int] = []
    _cap_runs(tree, aheads, sre)
    width = tree.getwidth()[1]
    if width >= sre.MAXREPEAT or any(a >= sre.MAXREPEAT for a in aheads):
        return default
    examined = width + sum(aheads) + 1  # (a sum: look-arounds may nest)
    reach = width + examined
    if reach >= default[0]:
        return default
    return reach, examined


def _cap_runs(sub: Any, aheads: list[int], sre: Any) -> None:
    """Bound, in the parsed ``sub``, every unbounded repeat of a blank or dash at ``LONG_RUN - 1``;
    append to ``aheads`` the longest reading of each look-around."""
    sub.width = None  # computed again after the bounds
    for i, (op, av) in enumerate(sub.data):
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            lo, hi, item = av
            _cap_runs(item, aheads, sre)
            if hi == sre.MAXREPEAT and _only_blanks(item, sre):
                sub.data[i] = (op, (lo, LONG_RUN - 1, item))
        elif op is sre.SUBPATTERN:
            _cap_runs(av[-1], aheads, sre)
        elif op is sre.ATOMIC_GROUP:
            _cap_runs(av, aheads, sre)
        elif op is sre.BRANCH:
            for alt in av[1]:
                _cap_runs(alt, aheads, sre)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _cap_runs(av[1], aheads, sre)
            aheads.append(av[1].getwidth()[1])
        elif op is sre.GROUPREF_EXISTS:
            aheads.append(sre.MAXREPEAT)  # (in no finder) no bound read: the default reach


def _only_blanks(item: Any, sre: Any) -> bool:
    """Whether the repeated ``item`` matches only blanks and dashes (the characters of a long run)."""
    if len(item.data) != 1:
        return False
    op, av = item.data[0]

    def blank(code: tuple[Any, Any]) -> bool:
        kind, value = code
        if kind is sre.CATEGORY:
            return value is sre.CATEGORY_SPACE
        return kind is sre.LITERAL and (chr(value).isspace() or chr(value) == "-")

    if op is sre.IN:
        return all(blank(x) for x in av)
    return blank((op, av))
