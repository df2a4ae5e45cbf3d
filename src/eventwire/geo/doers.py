"""Demonyms (and countries) that name the side that struck, not the place struck.

"Israeli airstrikes killed 20 people in Khan Younis", "Russian forces advanced near Pokrovsk",
"Pakistani shelling hit Poonch": the demonym is the attacker's nationality, and in conflict news the
attacker is as often abroad as at home. Such a demonym (:func:`doer_demonym`: one followed by an
armed force or a means of attack, with at most one modifier between: "Israeli military drone",
"Russian glide bombs", as the subject or after "by", not as an object: "attacked Malian soldiers") casts no vote for its country when the document's places are resolved, so
it neither draws a namesake into that country (Pokrovsk, Saratov) nor rules out the place struck
as a stray (Khan Younis). A demonym before any other noun ("the Lebanese village of", "Syrian
refugees", "the Iraqi government") still votes. A country named the same way ("US airstrikes hit
Saada governorate") is no vote either, nor is any place that begins a compound modifier of control
(:func:`side_modifier`: "Russian-occupied", "Moscow-installed officials", "Iran-backed", "Saudi-led"): it
names the side that holds or backs, not where the story is.
"""

from __future__ import annotations

import re

#: armed forces and means of attack after a demonym ("Russian troops", "Israeli airstrikes")
DOER_NOUNS = frozenset(
    "army armies forces force troops troop soldiers military jets jet warplanes warplane aircraft "
    "airstrike airstrikes strike strikes shelling shells artillery drone drones missile missiles rocket "
    "rockets bombs bomb bombardment bombing bombings raid raids gunboats warships warship navy tanks "
    "fire gunfire sniper snipers airforce".split()
)
#: a modifier allowed between the demonym and the noun ("Israeli military drone", "Russian air strike")
_MODIFIERS = frozenset(
    "air military glide cruise ballistic kamikaze naval artillery tank army ground special "
    "government regime security".split()
)
_WORDS = re.compile(r"[ \t]+([A-Za-z-]+)(?:[ \t]+([A-Za-z-]+))?")
#: the word before the demonym (past an article): a lower-case word other than these makes the force
#: an object ("Gunmen attacked Malian soldiers near Boni", "clashed with Russian troops"), no doer
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+(?:(?:a|an|the)[ \t]+)?\Z")
#: "and Afghan" between a demonym and the force it shares with the next one
_JOINED = re.compile(r"[ \t]+(?:and|or)[ \t]+[A-Z][a-z]+(?=[ \t])")
_SUBJECT_LEAD = frozenset("by and after as when while that which where but".split())


def doer_demonym(text: str, start: int, end: int) -> bool:
    """Whether the demonym at ``text[start:end]`` heads an armed force or a means of attack that acts
    (a subject, or an agent after "by")."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(1).islower() and before.group(1) not in _SUBJECT_LEAD:
        return False
    joined = _JOINED.match(text, end, min(len(text), end + 30))
    if joined is not None:
        end = joined.end()  # "Pakistani and Afghan forces": the force both demonyms head
    m = _WORDS.match(text, end, min(len(text), end + 40))
    if m is None:
        return False
    first = m.group(1).lower()
    if first in DOER_NOUNS:
        return True
    second = (m.group(2) or "").lower()
    return first in _MODIFIERS and second in DOER_NOUNS


#: a compound modifier of control or backing right after a name ("Moscow-installed", "Russian-occupied")
_SIDE_AFTER = re.compile(
    r"[-‑](?:installed|appointed|backed|allied|aligned|controlled|occupied|held|led|sponsored|supported)\b"
)


def side_modifier(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` begins a compound modifier of control or backing
    ("Moscow-installed officials", "the Russian-occupied town", "Iran-backed militias")."""
    return _SIDE_AFTER.match(text, end) is not None
