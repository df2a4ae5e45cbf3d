"""What a sentence told right after an act adds to that act, or why it is not that act (seventeenth session).

ACLED codes one event per actor pair, place and day. The merging stage (:mod:`merging`) joins a later
sentence to the act before it; these readers settle four cases it got wrong:

- :func:`entered_after`: "The RSF attacked the Zamzam camp ... The RSF entered the camp in the afternoon and
  set fire to shelters": the doer entering the place it was just told attacking (the same noun, pointed
  back to with "the") is how the attack went on, not a capture of territory of its own.
- :func:`dispersal_after`: "a mob torched houses in a nearby village ... Security forces fired tear gas to
  disperse the mob": the crowd told just before, dispersed, is that crowd's event (its intervention), not
  a second one at the dateline.
- :func:`act_of_day`: "Militants and troops clashed ... on Monday and Tuesday. On Tuesday, the army shelled
  the hideout": of the acts one sentence tells day by day, the one of the later sentence's day is the act
  that sentence may follow up.
- :func:`told_elsewhere`: "Soldiers killed 10 of the attackers in the exchange of fire" (Sabiid) and, in a
  later paragraph, "Soldiers killed two attackers in the exchange of fire that followed" (Afgoye): the same
  wording is not the same act when the later one's place is the one of another act told between them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..records import ActorMention, EventReport, Fatalities
from .fatalities import parse_number
from .parts import INHERITED_DATES
from .taxonomy import disorder_type_of, event_type_of
from .tollreaders import other_sides_dead

#: The acts of violence whose place a doer may enter (a camp, a village): the entry is part of the act.
_ENTERED_ACTS = ("Attack", "Abduction/forced disappearance", "Looting/property destruction")
_TERRITORIAL = ("Government regains territory", "Non-state actor overtakes territory")
_ENTERED_RE = re.compile(r"\b(?:entered|stormed\s+into|broke\s+into|moved\s+into|went\s+into|swept\s+into|"
                         r"forced\s+(?:their|its)\s+way\s+into)\s+the\s+([a-z]+)\b", re.I)
#: A doer pointed back to by a common noun ("The paramilitaries entered ...", "The attackers then stormed into ...").
_DESCRIBED_RE = re.compile(r"^(?:The|These)\s+[a-z][\w-]*\s+(?:then\s+|later\s+)?(?:entered|stormed|broke|moved|went|swept|forced)\b")
_OTHER_RE = re.compile(r"\b(?:another|separate|separately|second|elsewhere|meanwhile|earlier|later|next|following)\b",
                       re.I)
_DISPERSE_RE = re.compile(r"\b(?:dispers\w*|broke\s+up|break\s+up|breaking\s+up|scatter\w*|push\w*\s+back)\s+"
                          r"(?:them\b|the\s+(?:angry\s+)?(?:mob|crowd|rioters|protesters|demonstrators|gathering|"
                          r"attackers|youths)\b)|"
                          r"\bclear\w*\s+(?:the\s+)?(?:road|roads|highway|street|streets|square|blockades?|barricades?)\b",
                          re.I)  # "Police cleared the road with tear gas": the blockade's crowd dispersed
_CROWD_ACTS = ("Mob violence", "Violent demonstration", "Peaceful protest", "Protest with intervention")


def _inherits_place(r: EventReport) -> bool:
    return r.location is None or any(n.startswith("location from the") for n in r.notes)


def _place_key(r: EventReport) -> str | None:
    m = r.location
    if m is None:
        return None
    return f"{m.place.name}|{m.place.iso}" if m.place is not None else m.text.lower()


def _day_of(act: EventReport, r: EventReport) -> bool:
    return not r.date.value or r.date.value == act.date.value or r.date.reason in INHERITED_DATES


def _follows(act: EventReport, r: EventReport) -> bool:
    """``r`` may follow ``act`` up: both news of one section, ``r`` on ``act``'s day at its place."""
    if act.background or r.background or act.section != r.section or r.section == "related":
        return False
    return _day_of(act, r) and (_inherits_place(r) or _place_key(r) == _place_key(act))


def entered_after(act: EventReport, r: EventReport) -> bool:
    """``r`` is ``act``'s doer entering the place of ``act`` (see the module's doc)."""
    if act.sub_event_type not in _ENTERED_ACTS or r.sub_event_type not in _TERRITORIAL or not _follows(act, r):
        return False
    described = _DESCRIBED_RE.match(r.evidence.text) is not None  # "The paramilitaries entered the village"
    if act.actor1 is None or r.actor1 is None or (act.actor1.name != r.actor1.name and not described):
        return False
    m = _ENTERED_RE.search(r.evidence.text)
    if m is None or _OTHER_RE.search(r.evidence.text):
        return False
    noun = m.group(1).lower()
    return re.search(rf"\b{re.escape(noun)}s?\b", act.evidence.text, re.I) is not None


def dispersal_after(act: EventReport, r: EventReport) -> bool:
    """``r`` is the dispersal of the crowd of ``act`` (see the module's doc)."""
    if act.sub_event_type not in _CROWD_ACTS or r.disorder_type != "Demonstrations" or not _follows(act, r):
        return False
    if r.fatalities.count or _OTHER_RE.search(r.evidence.text):
        return False
    return _DISPERSE_RE.search(r.evidence.text) is not None


#: Arrests that may be a significant person's (an event of its own), not the crowd's.
_NAMED_ARREST_RE = re.compile(r"\b(?:leaders?|chairm[ae]n|president|minister|lawmakers?|MPs?|mayor|governor|"
                              r"journalists?|editor|activist|candidate|spokesm[ae]n|[A-Z][a-z]+\s+[A-Z][a-z]+)\b")
_DEMONSTRATING = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                  "Violent demonstration")


def arrests_at_crowd(act: EventReport, r: EventReport) -> bool:
    """"Security forces fired tear gas at thousands of marchers in Caracas on Monday. Rights group Foro
    Penal said 46 people had been arrested": arrests told after a demonstration the forces met, on its
    day at its place, with no other act's word and no one of note among them, are that intervention
    (ACLED codes arrests at a demonstration as the protest's intervention, not an Arrests event)."""
    if act.sub_event_type not in _DEMONSTRATING or r.sub_event_type != "Arrests":
        return False
    if r.fatalities.count or not _follows(act, r):
        return False
    text = r.evidence.text
    return _OTHER_RE.search(text) is None and _NAMED_ARREST_RE.search(text.split(" said ")[-1]) is None


_ACCUSED_RE = re.compile(r"\baccus\w*\s+(?:the\s+)?(?:protesters|demonstrators|crowds?|rioters|marchers|them)\s+of\b",
                         re.I)


def force_accuses_crowd(act: EventReport, r: EventReport) -> bool:
    """"Police in Maputo fired live rounds at opposition supporters who had gathered peacefully ...
    Police accused protesters of erecting barricades": the force's charge against the crowd it met is
    its account of the same demonstration, not a riot of its own."""
    if act.sub_event_type not in _DEMONSTRATING or r.disorder_type != "Demonstrations" or r.fatalities.count:
        return False
    return _follows(act, r) and _ACCUSED_RE.search(r.evidence.text) is not None


_SHOT_DEAD_RE = re.compile(r"\b(?:was|were)\s+(?:shot\s+dead|shot\s+and\s+killed|killed|shot)\b", re.I)
_RIOTS = ("Violent demonstration", "Excessive force against protesters")


def deaths_at_riot(act: EventReport, r: EventReport) -> bool:
    """"Protesters in Zaria looted a warehouse and set fire to an office on Saturday. At least three people
    were shot dead, Amnesty International said.": deaths told bare (no doer, no place of their own) right
    after a riot are the riot's toll, not an attack of their own."""
    if act.sub_event_type not in _RIOTS or r.sub_event_type != "Attack" or not r.fatalities.count:
        return False
    if not any(n.startswith("perpetrator not named") for n in r.notes) or not _inherits_place(r):
        return False
    text = r.evidence.text
    return _follows(act, r) and _SHOT_DEAD_RE.search(text) is not None and _OTHER_RE.search(text) is None


_SAME_TROOPS_RE = re.compile(r"^(?:The|These|Those)\s+(?:\w+\s+)?(?:soldiers|troops|forces|fighters|personnel|officers|"
                             r"instructors|contingent)\b")
_DROPPED_RE = re.compile(r"\bdrop(?:ped|ping|s)?\b", re.I)


def told_more_of(act: EventReport, r: EventReport) -> bool:
    """``r`` tells more of ``act`` on its day at its place: "Several hundred Russian troops arrived in
    Agadez on Thursday ... The soldiers landed with air defence equipment" (the same troops' movement,
    however the parse named them), "A junta air strike on a village killed 21 people ... The military
    dropped two bombs on a crowd" (how the strike was made, no weapon disrupted)."""
    vague = "location: country only (low precision)" in r.notes  # ("... told Radio Free Asia": no place of its own)
    if r.fatalities.count or _OTHER_RE.search(r.evidence.text) or not (
            _follows(act, r) or vague and _day_of(act, r) and act.section == r.section and not act.background):
        return False
    if act.sub_event_type == r.sub_event_type == "Change to group/activity":
        return _SAME_TROOPS_RE.match(r.evidence.text) is not None
    if act.sub_event_type == "Air/drone strike" and r.sub_event_type == "Disrupted weapons use":
        same = r.actor1 is None or act.actor1 is None or r.actor1.name == act.actor1.name
        return same and _DROPPED_RE.search(r.evidence.text) is not None
    return False


_NO_FIGHT_RE = re.compile(r"\b(?:no|without|never)\s+(?:\w+\s+){0,2}(?:fighting|clashes|resistance|fight|shots?)\b|"
                          r"\bunopposed\b", re.I)


def _near_day(act: EventReport, r: EventReport) -> bool:
    if _day_of(act, r) or not act.date.value:
        return True
    try:
        return abs((dt.date.fromisoformat(r.date.value) - dt.date.fromisoformat(act.date.value)).days) <= 1
    except ValueError:
        return False


def taken_without_fight(act: EventReport, r: EventReport) -> bool:
    """"Government forces recaptured the town of X on Wednesday. There was no fighting, residents said, as
    the militants had left": a place retaken or overtaken that the next sentence tells was taken with no
    fight is a non-violent transfer (ACLED), and that sentence no act of its own."""
    if act.sub_event_type not in _TERRITORIAL or act.fatalities.count or r.fatalities.count:
        return False
    if act.background or r.background or act.section != r.section or not _inherits_place(r) or not _near_day(act, r):
        return False
    text = r.evidence.text
    return _NO_FIGHT_RE.search(text) is not None and _OTHER_RE.search(text) is None


_SENT_END_RE = re.compile(r"[.!?](?=\s|$)")
_DAY_WORD_RE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b", re.I)


def fightless_takings(reports: list[EventReport], text: str) -> None:
    """A capture told before a sentence that says there was no fight ("... recaptured the town on Tuesday.
    There was no fighting, residents said, as the militants had withdrawn") that makes no report of its
    own (:func:`taken_without_fight` folds one that does): a non-violent transfer of territory."""
    for r in reports:
        if r.sub_event_type not in _TERRITORIAL or r.background or r.fatalities.count:
            continue
        end = _SENT_END_RE.search(text, max(r.evidence.end - 1, 0))
        if end is None:
            continue
        nxt_end = _SENT_END_RE.search(text, end.end())
        nxt = text[end.end(): nxt_end.end() if nxt_end else len(text)]
        if "\n\n" in nxt.strip() or _DAY_WORD_RE.search(nxt) or _OTHER_RE.search(nxt) or not _NO_FIGHT_RE.search(nxt):
            continue
        r.sub_event_type = "Non-violent transfer of territory"
        r.event_type, r.disorder_type = event_type_of(r.sub_event_type), disorder_type_of(r.sub_event_type)
        r.notes.append(f"taken without a fight, as the next sentence tells ({nxt.strip()[:60]!r})")


def act_of_day(kept: list[EventReport], act: EventReport | None, r: EventReport) -> EventReport | None:
    """Of the acts told in ``act``'s sentence, the one of ``r``'s own day (``act`` when none is)."""
    if act is None or not r.date.value or r.date.value == act.date.value or r.date.reason in INHERITED_DATES:
        return act
    same = [k for k in kept if k.evidence.start == act.evidence.start and k.evidence.end == act.evidence.end
            and k.date.value == r.date.value and k.section == act.section]
    return same[0] if same else act


def told_elsewhere(kept: list[EventReport], k: EventReport, r: EventReport) -> bool:
    """``r`` takes its place from the sentences before it, and that place is not ``k``'s but the one of
    an act told between ``k`` and ``r`` (see the module's doc)."""
    if not _inherits_place(r) or r.location is None or _place_key(r) == _place_key(k):
        return False
    key = _place_key(r)
    return any(o is not k and k.evidence.start < o.evidence.start < r.evidence.start and not _inherits_place(o)
               and _place_key(o) == key for o in kept)


NOTE_ENTERED = "the doer's entry told at {start}-{end} (part of this act)"
NOTE_DISPERSED = "the crowd's dispersal told at {start}-{end} (part of this event)"


_WITHDREW_RE = re.compile(r"\b(?:withdr[ae]w\w*|retreat\w*|pulled (?:out|back)|left the (?:town|city|village|area|base))\b",
                          re.I)


def loser_withdrew(act: EventReport, r: EventReport) -> bool:
    """"The army said it had recaptured the town of Um Rawaba from the RSF. The RSF said its fighters had
    withdrawn from the town": the side that lost the place leaving it is how the capture ended, not a
    change of its activity of its own."""
    if act.sub_event_type not in _TERRITORIAL or r.sub_event_type != "Change to group/activity" or r.fatalities.count:
        return False
    if r.actor1 is None or act.actor2 is None or r.actor1.name != act.actor2.name or not _follows(act, r):
        return False
    return _WITHDREW_RE.search(r.evidence.text) is not None and _OTHER_RE.search(r.evidence.text) is None


def fold_sequel(act: EventReport, r: EventReport) -> bool:
    """Notes ``r`` on ``act`` when it is the doer's entry, the crowd's dispersal or the loser's withdrawal;
    True when it was."""
    if loser_withdrew(act, r):
        act.notes.append(f"the other side's withdrawal told at {r.evidence.start}-{r.evidence.end} (part of this act)")
        return True
    if entered_after(act, r):
        act.notes.append(NOTE_ENTERED.format(start=r.evidence.start, end=r.evidence.end))
        return True
    if taken_without_fight(act, r):
        act.sub_event_type = "Non-violent transfer of territory"
        act.event_type, act.disorder_type = event_type_of(act.sub_event_type), disorder_type_of(act.sub_event_type)
        act.notes.append(f"taken without a fight, as told at {r.evidence.start}-{r.evidence.end}")
        return True
    if told_more_of(act, r):
        act.notes.append(f"more of this act told at {r.evidence.start}-{r.evidence.end}")
        return True
    if force_accuses_crowd(act, r):
        act.notes.append(f"the force's charge against the crowd told at {r.evidence.start}-{r.evidence.end}")
        return True
    if deaths_at_riot(act, r):
        if not act.fatalities.count:
            act.fatalities = Fatalities(r.fatalities.count, r.fatalities.text, r.fatalities.claimed_by)
            act.notes.append(f"fatalities told at {r.evidence.start}-{r.evidence.end} (the deaths of this riot)")
            return True
        return False
    if arrests_at_crowd(act, r):
        if act.sub_event_type == "Peaceful protest":
            act.sub_event_type = "Protest with intervention"
        if act.actor2 is None:
            act.actor2 = r.actor1  # the force that made the arrests
        act.notes.append(f"arrests told at {r.evidence.start}-{r.evidence.end} (part of this demonstration)")
        return True
    if dispersal_after(act, r):
        if act.sub_event_type == "Peaceful protest":
            act.sub_event_type = "Protest with intervention"
        if act.actor2 is None and act.sub_event_type != "Mob violence":
            act.actor2 = r.actor2  # the force that dispersed the crowd (a mob's actor 2 is whom it attacked)
        act.notes.append(NOTE_DISPERSED.format(start=r.evidence.start, end=r.evidence.end))
        return True
    return False


_QUOTE_RE = re.compile(r"^\s*[\"\u201c\u2018']")


def _scene_quote(q: EventReport) -> bool:
    """A witness's quoted words ("\u201cThey shot everyone they saw,\u201d she said.") that name no doer, toll or
    place of their own: the scene of an act, not an act to code."""
    return (_QUOTE_RE.match(q.evidence.text) is not None and not q.background and not q.fatalities.count
            and any(n.startswith("perpetrator not named") for n in q.notes)
            and any(n == "location from the document" for n in q.notes))


def fold_scene_quotes(kept: list[EventReport]) -> list[EventReport]:
    """An article that opens on a witness's words and then tells the act ("\u201cThey shot everyone they saw,\u201d she
    said. Suspected jihadists killed 21 villagers in an attack on the village of Tillia on Sunday"): the
    quote is that act's scene, folded into the first act of its event type told after it at a place of its
    own (never an event at the dateline)."""
    drop: set[int] = set()
    for i, q in enumerate(kept):
        if not _scene_quote(q):
            continue
        act = next((k for k in kept[i + 1:] if k.event_type == q.event_type and not k.background
                    and k.section == q.section and not _inherits_place(k)
                    and (not q.date.value or q.date.value == k.date.value)), None)
        if act is not None:
            act.notes.append(f"a witness's words told at {q.evidence.start}-{q.evidence.end} (the scene of this act)")
            drop.add(i)
    return [k for i, k in enumerate(kept) if i not in drop]


def _dead_words(r: EventReport) -> str | None:
    """The words of ``r``'s dead: its toll's text, with the noun its sentence gives a bare figure ("killed
    12 of the attackers": "12 attackers")."""
    text = r.fatalities.text
    if text and text.split() and parse_number(text.split()[-1]) is not None:
        m = re.search(rf"\b{re.escape(text)}\s+(?:of\s+(?:the|them|those|their)\s+)?([a-z][a-z-]+)", r.evidence.text)
        if m is not None:
            return f"{text} {m.group(1)}"
    return text


def both_sides_added(keep: EventReport, other: EventReport) -> bool:
    """"Militants attacked a police station in Tank on Monday, killing two policemen. Police killed three
    attackers in the exchange of fire": a battle told again with the other side's dead (a toll of one side,
    then one of the other) counts both (ACLED: all the dead of the event); ``keep`` takes the sum."""
    kf, of = keep.fatalities, other.fatalities
    if keep.sub_event_type != "Armed clash" or not kf.count or not of.count or kf.text == of.text:
        return False
    if not other_sides_dead(_dead_words(keep), _dead_words(other)):
        return False
    keep.fatalities = Fatalities(kf.count + of.count, f"{kf.text}; {of.text}", kf.claimed_by or of.claimed_by)
    claim = f"; {of.count} claimed by {of.claimed_by}" if of.claimed_by and of.claimed_by != kf.claimed_by else ""
    keep.notes.append(f"fatalities: {kf.count} + {of.count} (the dead of both sides{claim})")
    return True


def state_alias(a: object, b: object) -> bool:
    """"Somali forces and al-Shabaab clashed in Adan Yabaal ... The government said its forces had killed 25
    militants": the government of a country speaking of its forces' act and its forces are one side of it."""
    names = sorted((getattr(a, "name", "") or "", getattr(b, "name", "") or ""))
    gov, force = names[0], names[1]  # "Government of X" sorts before "Military / Police Forces of X"
    if not gov.startswith("Government of ") or not force.startswith(("Military Forces of ", "Police Forces of ")):
        return False
    return gov.removeprefix("Government of ") == force.split(" of ", 1)[1]


def armed_foes(a: EventReport, b: EventReport) -> bool:
    """Two armed clashes of one side whose foes are a named armed group and armed men the text does not name
    ("... clashed with al-Shabaab fighters in Adan Yabaal ... its forces had killed 25 militants"): one foe."""
    if not a.sub_event_type == b.sub_event_type == "Armed clash" or a.actor2 is None or b.actor2 is None:
        return False
    for x, y in ((a.actor2, b.actor2), (b.actor2, a.actor2)):
        if x.name.startswith("Unidentified Armed Group (") and (y.inter or 0) in (2, 3, 4):
            return True
    return False


_PLUPERFECT_RE = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|ven|wn)\b", re.I)


def retold_before(act: EventReport, r: EventReport, told_again: Callable[[EventReport, EventReport], bool]) -> bool:
    """"A suicide bomber struck a checkpoint in Mogadishu on Sunday ... The assailant, who died in the explosion,
    had driven a car packed with explosives into the checkpoint": an undated past perfect right after an act,
    pointing back to it (``told_again``: its doer, its day and place), tells how that act went, not old news;
    ``r`` is then no background report (True, and the caller folds it in)."""
    if not r.background or act.background or r.date.value or _PLUPERFECT_RE.search(r.evidence.text) is None:
        return False
    r.background = False
    if told_again(act, r):
        return True
    r.background = True
    return False


def settle_article(reports: list[EventReport], text: str, mentions: list[ActorMention]) -> None:
    """The article-wide readings after merging: generic armed sides named (:func:`doers.name_generic_foes`)
    and captures with no fight told after them (:func:`fightless_takings`)."""
    from .doers import name_generic_foes  # (doers reads the parse; imported when an article is done)

    name_generic_foes(reports, mentions=mentions)
    fightless_takings(reports, text)

