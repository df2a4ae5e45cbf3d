"""Merging the reports of one article: one event per actor pair, place and day.

A body report absorbs the title's or a caption's report of the same event (the title summarises the
body); a later sentence that tells an event already coded absorbs into it (its toll only when the
first gave none or a stand-in, or when the first was a party's claim and the later one a lower
reported figure: ACLED's lowest credible figure); a claim of responsibility adds the perpetrator,
never a second event; an attack whose victims the text does not name and a battle of the same actor
that day and place are one event (the battle: the higher type); a capture and a non-violent
transfer of the same place are one. The two sides of an armed clash match in either order ("... attacked
a base. The army said it killed 12 militants."); looting told right after an armed act is part of it;
a lower figure of the same dead told by another source wins (ACLED's lowest credible figure).
A sentence that tells the act before it again ("The attack happened in Mir Ali", "The Houthis launched
the assault late on Monday", "No group claimed the bombing", :func:`_told_again`) fills that act's place
and day; so does looting told with the act's own day at a town of its province; a claim of
responsibility may come days after the act, and its claimant is the act's doer when the text named
none; rebels the text does not name and the rebel group it names are one side. Told again too: the doers
or the aircraft by their kind ("The rebels used drones against the base in X", "The jet bombed a school
in X", "The kidnappers blocked the road near X"), the doer's own account ("The Israeli military said it
struck a Hamas militant"), and the dead pointed back to ("the victims had been killed late on Sunday",
:func:`_victims_again`: the day they were killed dates a find of their bodies). A death and the act that killed
told after it, protest and riot, the named dead, far tolls: :mod:`eventwire.events.retellings`; an act
named again by a definite noun in a sentence of nothing of its own: :mod:`eventwire.events.backrefs`; one
incident told with and without its doer, or as two kinds of one act: :mod:`eventwire.events.mergekeys`.
"""

from __future__ import annotations

import re
from typing import Any

from ..records import EventReport, Fatalities
from . import mergekeys as mk
from . import sequels as sq
from .accounts import burial_of_the_dead, own_account, strike_in_battle
from .backrefs import pointed_back, take_back
from .crossfolds import fold_told_parts
from .fatalities import vague_figure
from .followup import TOLL_WORDS_PATTERN
from .linking import is_country_only, place_level
from .parts import INHERITED_DATES, kept_apart, several_acts
from .placeagree import inherited_elsewhere, keeps_its_country
from .retellings import (
    borrowed_toll,
    crowd_alike,
    days_between,
    death_then_act,
    death_told_again,
    inherits_place,
    means_act,
    same_named_dead,
    take_act,
    take_crowd,
    take_death_day,
)
from .roles import NOTE_UNNAMED_VICTIMS, UNIDENTIFIED
from .sameness import GENERIC_REBELS, within
from .sameness import generic_rebels as _generic_rebels
from .sameness import place_key as _place_key
from .sameness import same_actor as _same_actor
from .telling import days_before as _days_before
from .telling import reported_day
from .tollreaders import other_sides_dead
from .units import copy_date

NOTE_ATTRIBUTION = "attribution: the sentence reports who claimed or was blamed for the act"
#: The note of an act told under "after" whose day is the main clause's (it names none of its own).
NOTE_DATE_FROM_MAIN = "date: the main clause's (the act under it happened that day or before)"
#: The sub-event types of a capture of territory.
TERRITORIAL = ("Government regains territory", "Non-state actor overtakes territory")


def _name(a: Any) -> str | None:
    return a.name if a is not None else None


def _unaimed_attack_in_battle(a: EventReport, b: EventReport) -> bool:
    """"Boko Haram attacked Konduga on Monday. The militants killed seven soldiers.": an attack whose
    victims the text does not name and a battle of the same actor 1 are one event (the battle)."""
    return any(_unaimed(x) and y.event_type == "Battles" for x, y in ((a, b), (b, a)))


def _unaimed(r: EventReport) -> bool:
    """An attack whose victims the text does not name and that killed no one it says."""
    return (r.sub_event_type == "Attack" and not r.fatalities.count
            and (r.actor2 is None or NOTE_UNNAMED_VICTIMS in r.notes))


def _same_event(a: EventReport, b: EventReport) -> bool:
    """Two reports of one article that state the same event (one actor pair, place and day)."""
    crowd = a.disorder_type == b.disorder_type == "Demonstrations"
    if a.background != b.background or kept_apart(a, b):
        return False
    detention = mk.detention_alike(a, b)  # an arrest told as a disappearance with no doer
    if a.event_type != b.event_type and not crowd and not _unaimed_attack_in_battle(a, b) and not detention:
        return False
    if (a.section == "related") != (b.section == "related"):
        return False  # a related headline is another article's news
    kinds = detention or (a.sub_event_type != b.sub_event_type and mk.kinds_alike(a, b))  # shelling as an air strike
    if (a.sub_event_type != b.sub_event_type and a.event_type != "Battles" and not crowd
            and not _unaimed_attack_in_battle(a, b) and not kinds):
        return False
    if a.sub_event_type != b.sub_event_type and (a.sub_event_type in TERRITORIAL or b.sub_event_type in TERRITORIAL
                                                 ) and not kinds:
        return False  # a clash and the capture it led to are distinct; two clash wordings are not
    if not _same_sides(a, b) and not mk.doers_alike(a, b) and not detention:
        return False
    if a.date.value and b.date.value and a.date.value != b.date.value and not _on_or_before(a, b) and not kinds:
        return False
    pa, pb = _place_key(a.location), _place_key(b.location)
    inherited = any(n.startswith("location from the") for n in b.notes) or b.location is None
    if pa and pb and pa != pb and not inherited:
        # the same place at different precision (country vs town) is the same event
        if not (is_country_only(a.location) or is_country_only(b.location)):
            return False
    return True


def _same_sides(a: EventReport, b: EventReport) -> bool:
    """The same actor pair; in an armed clash in either order ("Al-Shabaab fighters attacked a base ...
    The army said it killed 12 militants.": the army's foes are the attackers; ACLED's order of the
    actors of a battle carries no meaning)."""
    a2, b2 = _name(a.actor2), _name(b.actor2)
    if _same_actor(a.actor1, b.actor1) and (not a2 or not b2 or a2 == b2 or _unaimed_attack_in_battle(a, b)
                                            or _generic_rebels(a.actor2, b.actor2) or sq.armed_foes(a, b)):
        return True
    if (a.disorder_type == b.disorder_type == "Demonstrations" and (_same_actor(a.actor1, b.actor1) or crowd_alike(a, b))
            and any(x.date.reason in INHERITED_DATES for x in (a, b))):
        return True  # "... dispersed protesters in Tbilisi. 107 people were detained and 10 officers injured."
    return (a.sub_event_type == b.sub_event_type == "Armed clash" and a.actor2 is not None and b.actor2 is not None
            and _same_actor(_named_doer(a), b.actor2) and _same_actor(_named_doer(b), a.actor2))


def _named_doer(r: EventReport) -> Any:
    """Actor 1 of ``r``, None when the text names none (the default unidentified armed group)."""
    return None if any(n.startswith("perpetrator not named") for n in r.notes) else r.actor1


def _claim_of(act: EventReport, claim: EventReport) -> bool:
    """Whether ``claim``, a sentence that says who claimed or was blamed for an act (see
    :data:`NOTE_ATTRIBUTION`), is about ``act``, an earlier report of political violence of the same
    day and place: the claim adds a perpetrator, never a second event."""
    return NOTE_ATTRIBUTION in claim.notes and act.disorder_type == "Political violence" and _told_of_act(
        act, claim, later=True)


_CLAIMED_RE = re.compile(r"\bclaim(?:ed|s|ing)?\b(?!\s+(?:was|were|is|are)\s+(?:denied|rejected))", re.I)


def _take_claimant(act: EventReport, claim: EventReport) -> None:
    """"Suspected jihadists killed 22 militiamen ... JNIM claimed responsibility for the attack": the
    group that claims an act whose doer the text did not name is its actor 1 (not a group blamed by
    another: "the M23 blamed the army")."""
    who = claim.actor1
    if NOTE_ATTRIBUTION not in claim.notes or who is None or (who.inter or 0) not in (2, 3, 4):
        return
    if who.name.startswith(UNIDENTIFIED) or _CLAIMED_RE.search(claim.evidence.text) is None:
        return
    if act.actor1 is not None and _named_doer(act) is not None and not act.actor1.name.startswith(UNIDENTIFIED):
        return
    act.actor1 = who
    act.notes = [n for n in act.notes if not n.startswith("perpetrator not named")]
    act.notes.append(f"actor 1 claimed the act: {who.name}")


def _claimed_toll_of(act: EventReport, claim: EventReport) -> bool:
    """"JNIM ambushed an army convoy, killing 8 soldiers. The group claimed 20 soldiers killed.": a
    claimed toll of ``act``'s victims, told in a sentence of its own without a doer of its own (its sides the
    dead, ``act``'s actor 2, and at most an unnamed doer), is ``act``'s claim, never a second event."""
    if not claim.claimed or act.actor2 is None:
        return False
    dead, doer = (claim.actor2, claim.actor1) if claim.actor2 is not None else (claim.actor1, None)
    if dead is None or dead.name != act.actor2.name or claim.event_type != act.event_type:
        return False
    if doer is not None and not doer.name.startswith(UNIDENTIFIED) and not _same_actor(doer, act.actor1):
        return False  # (a doer of its own that is not the act's: another act)
    return _told_of_act(act, claim)


def _told_of_act(act: EventReport, claim: EventReport, *, later: bool = False) -> bool:
    """Both news outside the related headlines, and ``claim`` of ``act``'s day and place (or of none
    of its own: it takes the paragraph's); with ``later`` a claim of responsibility may be dated up to a
    week after the act ("claimed the attack in a statement on Monday")."""
    if act.background or claim.background or act.section == "related" or claim.section == "related":
        return False
    if (claim.date.value and act.date.value and claim.date.value != act.date.value
            and claim.date.reason not in INHERITED_DATES
            and not (later and _days_before(act.date.value, claim.date.value) in range(1, 8)
                     and not _ANOTHER_ACT_RE.search(claim.evidence.text))):
        return False
    inherited = claim.location is None or any(n.startswith("location from the") for n in claim.notes)
    return inherited or _place_key(claim.location) == _place_key(act.location)


DEMONSTRATION_SEVERITY = {
    "Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2,
    "Violent demonstration": 3, "Mob violence": 3}


#: A sentence that opens on a later act of the day told before ("Later that day, troops clashed with the
#: gunmen ..., killing three"): merged into that day's event of the same actors, its toll adds.
_LATER_SAME_DAY_RE = re.compile(r"(?:Later (?:that|the same|in the) (?:day|night|evening|afternoon|morning)|"
                                r"(?:A few |Several |Two |Three )?[Hh]ours later)\b")


def _absorb(keep: EventReport, other: EventReport) -> None:
    """Fill what ``keep`` lacks from a second report of the same event."""
    mk.take_named_doer(keep, other)  # "Shells hit X ... Government forces shelled X": the doer named
    if _unaimed(keep) and other.event_type == "Battles":
        # an attack of unnamed victims told again as a battle: the battle (ACLED: the higher type)
        keep.sub_event_type, keep.event_type = other.sub_event_type, other.event_type
        keep.disorder_type = other.disorder_type
        keep.actor2 = other.actor2
        keep.notes = [n for n in keep.notes if n != NOTE_UNNAMED_VICTIMS]
    if DEMONSTRATION_SEVERITY.get(other.sub_event_type, -1) > DEMONSTRATION_SEVERITY.get(keep.sub_event_type, 9):
        # "protesters marched ... Police arrested 30 demonstrators": one protest, with intervention
        keep.sub_event_type, keep.event_type = other.sub_event_type, other.event_type
        if other.actor2 is not None and keep.actor2 is None:
            keep.actor2 = other.actor2
        take_crowd(keep, other)  # "protesters ... clashing with police": the rioters
    kf, of = keep.fatalities, other.fatalities
    of = Fatalities() if sq.both_sides_added(keep, other) else of  # ("... killing two policemen. Police killed three attackers")
    if (_told_inside(keep, other) or _LATER_SAME_DAY_RE.match(other.evidence.text)) and kf.count and of.count and (
            kf.text != of.text):
        # "Gunmen killed five farmers ..., hours after gunmen killed three traders in the town": two
        # acts of one actor pair, place and day told in one sentence are one event with both tolls
        keep.fatalities = Fatalities(kf.count + of.count, f"{kf.text}; {of.text}", kf.claimed_by or of.claimed_by)
        keep.notes.append(f"fatalities: {kf.count} + {of.count} (two acts of the same actors, place and day)")
        of = Fatalities()
    if kf.claimed_by and not of.claimed_by and 0 < of.count < kf.count and not other.claimed:
        # "The Taliban claimed to have killed 20 policemen. Officials said three were killed": a
        # party's claim against a lower reported figure: the lowest credible figure, the claim noted
        keep.notes = [n for n in keep.notes if n != f"fatalities claimed by {kf.claimed_by}"]
        keep.notes.append(f"fatalities: {kf.count} claimed by {kf.claimed_by}; {of.count} reported")
        keep.fatalities = Fatalities(of.count, of.text, None)
    elif other.claimed and of.count and kf.count and not kf.claimed_by and of.count != kf.count and keep.actor2 is not None and (
        keep.actor2.name in {a.name for a in (other.actor1, other.actor2) if a is not None}  # the same dead
    ):
        # a party's claimed toll of the same dead against the figure reported first: the reported one
        # stands (ACLED's lowest credible figure), the claim is noted
        keep.notes.append(f"fatalities: {of.count} claimed; {kf.count} reported")
    elif of.count and (not kf.count or (vague_figure(kf.text) and not vague_figure(of.text))):
        # the first figure stated stands: a later sentence's bigger one may be a period's total ("have
        # killed hundreds this year") and a smaller one a part ("including three children"); a
        # stated number replaces none or a stand-in ("several", "villagers")
        keep.fatalities = Fatalities(of.count, of.text, of.claimed_by)
        keep.claimed = keep.claimed or other.claimed
    o1 = other.actor1
    if (keep.actor1 is not None and (_named_doer(keep) is None or keep.actor1.name.startswith(UNIDENTIFIED))
            and o1 is not None and (o1.inter or 0) in (2, 3, 4)
            and not o1.name.startswith(UNIDENTIFIED) and not _claimed_toll_of(keep, other)
            and any(n.startswith("actor 1 claimed") for n in other.notes)):
        # "A suicide bomber rammed a car into a convoy ... The attack happened in Mir Ali ... The TTP
        # claimed responsibility": the claimed doer of the act, whose first sentence named none
        keep.actor1 = o1
        keep.notes = [n for n in keep.notes if not n.startswith("perpetrator not named")]
        keep.notes.extend(n for n in other.notes if n.startswith("actor 1 claimed"))
    for attr in ("actor1", "actor2"):
        mine, theirs = getattr(keep, attr), getattr(other, attr)
        if mine is not None and theirs is not None and mine.name.startswith(GENERIC_REBELS) and theirs.inter == 2:
            setattr(keep, attr, theirs)  # "separatist rebels ... rebels from the TPNPB": the group named
    for attr in ("actor1", "actor2"):
        if getattr(keep, attr) is None and getattr(other, attr) is not None and not _claimed_toll_of(keep, other):
            setattr(keep, attr, getattr(other, attr))
    for mine, theirs in (("actor1", "actor2"), ("actor2", "actor1")) if keep.sub_event_type == "Armed clash" else ():
        k, o = getattr(keep, mine), getattr(other, theirs)
        if (k is not None and o is not None and k.name.startswith(UNIDENTIFIED) and (o.inter or 0) in (2, 3, 4)
                and not _same_actor(getattr(keep, theirs), o)):
            setattr(keep, mine, o)  # "Militants attacked a checkpoint ... two attackers of the TTP were killed"
    for attr in ("assoc_actor_1", "assoc_actor_2"):
        names = {a.name for a in getattr(keep, attr)}
        for a in getattr(other, attr):
            if a.name not in names:
                getattr(keep, attr).append(a)
    if other.location is not None and not is_country_only(other.location) and not keeps_its_country(keep, other.location, country_only=is_country_only) and (
        keep.location is None or is_country_only(keep.location)
        or (not inherits_place(other) and (inherits_place(keep) or within(keep.location, other.location)))
    ):
        keep.location = other.location  # the more precise place of the same act
        keep.notes = [n for n in keep.notes if n != NOTE_COUNTRY_ONLY and not n.startswith("location from the")]
    if keep.date.value is None and other.date.value is not None:
        keep.date = other.date
    elif (reported_day(keep) and not reported_day(other)
          and _days_before(other.date.value, keep.date.value) in range(1, 8)):
        keep.date = other.date  # "..., officials said Monday" / "... late Saturday": the act's own day
        keep.notes.append("date: the act's own day, told after the day it was reported")
    keep.notes.append(f"also stated at {other.evidence.start}-{other.evidence.end} ({other.section})")


#: The kinds a sentence that only tells deaths is typed as.
TOLL_KINDS = ("Attack", "Armed clash")
_NEW_ACT_RE = re.compile(r"\b(?:another|second|separate|further|other|new|fresh|later|meanwhile|elsewhere|"
                         r"separately|attacked|ambushed|raided|stormed|shelled|bombed|opened fire|shot)\b", re.I)


#: Acts whose victims are not the dead a following sentence counts.
NO_TOLL_ACTS = ("Abduction/forced disappearance", "Sexual violence")
PRONOUNS = frozenset("he she him her they them it i we you".split())
_MODAL_RE = re.compile(r"\b(?:could|would|might|may|threaten\w*|feared?)\b")  # lower case: not "May"
_DEATH_RE = re.compile(rf"\b(?:{TOLL_WORDS_PATTERN})\b", re.I)
#: A running tally, not an act's dead: "More than 7,000 people have been killed since the insurgency
#: flared in 2004", "the fighting has killed hundreds since it began" (a perfect toll with "since").
TALLY_RE = re.compile(r"\b(?:have|has)\s+(?:been\s+)?(?:killed|died|claimed|left)\b[^.;]*\bsince\s+(?:(?:19|20)\d\d\b|"
                      r"it\b|they\b|its\b|their\b|independence\b|the\s+(?!weekend|morning|evening|night|start of "
                      r"the week)\w+)", re.I)  # ("have been killed ... since Monday" is news of a few days)


def _act_before(kept: list[EventReport], r: EventReport) -> EventReport | None:
    """The last report kept before ``r``'s sentence (the act its sentence may follow up)."""
    before = [k for k in kept if k.evidence.end <= r.evidence.start]
    return max(before, key=lambda k: k.evidence.start) if before else None


def _toll_after(act: EventReport, r: EventReport) -> bool:
    """"Somali soldiers and Al-Shabaab militants exchanged fire near Jowhar on Tuesday. Seven people
    were killed.": a report of a sentence that only tells deaths (typed as an attack or a clash by
    an unnamed doer, with the day and place of the sentences before it, no new act in its words)
    right after an act of political violence tells that act's dead, never a second event (ACLED:
    one event per actor pair, place and day)."""
    if act.disorder_type != "Political violence" or r.disorder_type != "Political violence":
        return False
    if act.background or r.background or act.section != r.section or r.section == "related":
        return False
    if r.sub_event_type not in TOLL_KINDS or not r.fatalities.count or act.sub_event_type in NO_TOLL_ACTS:
        return False
    if (r.fatalities.text or "").lower() in PRONOUNS or _MODAL_RE.search(r.evidence.text):
        return False  # "... threatened that he could be killed": no toll
    if TALLY_RE.search(r.evidence.text):
        return False  # "... have been killed since the insurgency flared in 2004": a tally to date
    if r.actor1 is not None and not any(n.startswith("perpetrator not named") for n in r.notes):
        return False  # a doer of its own
    if r.date.value and not (r.date.reason in INHERITED_DATES or r.date.value == act.date.value):
        return False
    own_place = r.location is not None and not any(n.startswith("location from the") for n in r.notes)
    if own_place and _place_key(r.location) != _place_key(act.location) and not within(r.location, act.location):
        return False
    return _DEATH_RE.search(r.evidence.text) is not None and _NEW_ACT_RE.search(r.evidence.text) is None


_HAUL_RE = re.compile(r"\b(?:recovered|seized|found|confiscated)\b", re.I)


def _haul_after(act: EventReport, r: EventReport) -> bool:
    """"Security forces killed 12 Maoists in a gunfight in Bijapur ... Weapons including an AK-47 were
    recovered from the site.": weapons recovered right after a battle, by its side or no one named, on
    its day and at its place, are the battle's aftermath, not a disrupted weapons use of their own."""
    if act.event_type != "Battles" or r.sub_event_type != "Disrupted weapons use" or act.background or r.background:
        return False
    if act.section != r.section or not _HAUL_RE.search(r.evidence.text):
        return False
    if r.actor1 is not None and not any(_same_actor(r.actor1, a) for a in (act.actor1, act.actor2) if a is not None):
        return False
    return (not r.date.value or r.date.reason in INHERITED_DATES or r.date.value == act.date.value) and (
        inherits_place(r) or _place_of_act(act, r))


ARMED_ACTS = ("Attack", "Armed clash", "Non-state actor overtakes territory", "Government regains territory",
              "Abduction/forced disappearance")
_RETREAT_RE = re.compile(r"\b(?:withdr[ae]w\w*|retreat\w*|pulled (?:out|back)|fled|left the (?:area|town|village|"
                         r"scene|base|camp))\b", re.I)


def _retreat_after(act: EventReport, r: EventReport) -> bool:
    """"Boko Haram fighters stormed a military base in Marte on Sunday ... The insurgents later
    withdrew after reinforcements arrived.": the attackers leaving, told right after their attack
    (the same doer, the day and place of the act) is how that act ended, not a change of the group's
    activity of its own."""
    if r.sub_event_type != "Change to group/activity" or act.sub_event_type not in ARMED_ACTS:
        return False
    if act.background or r.background or act.section != r.section or r.fatalities.count:
        return False
    if r.actor1 is None or act.actor1 is None or r.actor1.name != act.actor1.name:
        return False
    if r.date.value and not (r.date.reason in INHERITED_DATES or r.date.value == act.date.value):
        return False
    own_place = r.location is not None and not any(n.startswith("location from the") for n in r.notes)
    if own_place and _place_key(r.location) != _place_key(act.location) and not within(r.location, act.location):
        return False
    return _RETREAT_RE.search(r.evidence.text) is not None


NOTE_COUNTRY_ONLY = "location: country only (low precision)"


def _day_and_place_of(act: EventReport, r: EventReport) -> bool:
    return _own_day_of_act(act, r) and _place_of_act(act, r)


def _own_day_of_act(act: EventReport, r: EventReport) -> bool:
    """``r``'s day may be ``act``'s: the same, none or inherited, or ``act`` is dated only by the day
    it was reported and ``r``'s own day is up to a week before it ("..., officials said on Wednesday.
    The raiders struck on Sunday morning")."""
    if not r.date.value or r.date.reason in INHERITED_DATES or r.date.value == act.date.value:
        return True
    if reported_day(r):
        return True
    return reported_day(act) and _days_before(r.date.value, act.date.value) in range(1, 8)


def _place_of_act(act: EventReport, r: EventReport) -> bool:
    """``r``'s place may be ``act``'s: none of its own, the same, or one inside ``act``'s province
    (or country) or the province ``act``'s town lies in."""
    if inherits_place(r) or inherits_place(act) or _place_key(r.location) == _place_key(act.location):
        return True
    if is_country_only(act.location) and not is_country_only(r.location):
        return True
    return within(act.location, r.location) or within(r.location, act.location)


def _loot_after(act: EventReport, r: EventReport) -> bool:
    """"Cattle raiders killed 27 people in Jonglei state ... The raiders also made off with thousands of
    cattle.": looting or burning told right after an armed act, by its doers or no one named, with no
    day or place of its own, is part of that act (ACLED codes the attack; looting alone is the
    looting event)."""
    if r.sub_event_type != "Looting/property destruction" or act.sub_event_type not in ARMED_ACTS:
        return False
    if act.background or r.background or act.section != r.section or r.section == "related":
        return False
    if r.actor1 is not None and not _same_actor(act.actor1, r.actor1):
        return False
    own = not inherits_place(r) or (r.date.value and r.date.reason not in INHERITED_DATES)
    if own and _ANOTHER_ACT_RE.search(r.evidence.text):
        return False  # "The raiders struck Gusau again on Tuesday": another raid
    return _own_day_of_act(act, r) and _place_of_act(act, r)


#: A sentence that opens on the act told before ("The attack happened in Mir Ali", "The strike hit a
#: car near Nabatieh", "The encounter broke out late on Tuesday", "The attackers stopped the bus near
#: Noshki"): a definite event noun, or the act's doers, as its subject.
_ANAPHOR_RE = re.compile(
    r"^(?:The|This|That)\s+(?:(?!another\b|second\b|separate\b|other\b|new\b|fresh\b|latest\b|earlier\b|"
    r"previous\b|last\b|first\b|same\b)[a-z][\w-]*\s+){0,2}"
    r"(?:attack|assault|strikes?|airstrikes?|bombing|blast|explosion|ambush|raids?|encounter|gunfight|firefight|"
    r"shooting|clash|clashes|fighting|shelling|attackers?|assailants?|gunm[ae]n|raiders|militants|insurgents|"
    # the doers told before by their kind, or the aircraft of the strike ("The rebels used drones against
    # the base in X", "The jet bombed a school in the village of X")
    r"rebels|fighters|jihadists|bandits|dissidents|separatists|extremists|kidnappers|abductors|bombers?|"
    r"jets?|warplanes?|aircraft|helicopters?|missiles?|rockets?|drones?|bombs?|shells?)\b"
)


#: ... or the one victim told before, harmed ("The officer was shot while his unit ... on Sunday evening").
_ANAPHOR_VICTIM_RE = re.compile(
    r"^The\s+(?:[a-z][\w-]*\s+)?(?:officer|policeman|policewoman|soldier|journalist|reporter|victim|activist|"
    r"driver|worker|official|teacher|commander|man|woman|boy|girl)\s+(?:was|had\s+been)\s+"
    r"(?:shot|killed|stabbed|hit|ambushed|attacked|abducted|kidnapped|beaten|hacked)\b"
)


#: ... or harm done "in the attack" told before ("The army said a third soldier was wounded in the base attack").
_ANAPHOR_IN_RE = re.compile(
    r"\b(?:killed|wounded|injured|hurt|died|abducted)\s+(?:in|during)\s+the\s+(?:[a-z][\w-]*\s+)?"
    r"(?:attack|assault|ambush|raid|blast|explosion|bombing|shelling|strike|airstrike|clash|clashes|fighting)\b"
)


#: ... or one whose doer "launched the assault" ("The Houthis launched the assault late on Monday").
_ANAPHOR_OBJECT_RE = re.compile(
    r"^(?:The|Its|Their)?\s*[\w' -]{0,40}?\b(?:launched|carried\s+out|staged|mounted|conducted|began|started)\s+"
    r"(?:the|their|its)\s+(?:attack|assault|raid|ambush|offensive|strike|bombing|operation)\b"
)


#: ... or a source's account of it ("The Observatory said the strikes killed nine people").
_ANAPHOR_SAID_RE = re.compile(
    r"\b(?:said|says|reported|told\s+\w+)\s+(?:that\s+)?the\s+(?:[a-z-]+\s+)?(?:attack|attacks|strike|strikes|"
    r"airstrikes|bombing|blast|explosion|ambush|raid|assault|shelling)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:killed|left|wounded|injured|hit|struck|destroyed)\b"
)


#: ... or its doer's own account of it ("The Israeli military said it struck a Hamas militant").
_ANAPHOR_OWN_RE = re.compile(
    r"^(?:The|Its|Their)\s+[\w' -]{0,40}?\b(?:said|says|claimed)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?"
    r"(?:struck|targeted|hit|attacked|bombed|shelled|raided)\b"
)


#: ... or says that no one claimed it ("No group immediately claimed the bombing").
_NO_CLAIM_RE = re.compile(r"^No\s+(?:\w+\s+)?(?:group|one|organi[sz]ation|faction)\b[^.;]*?\bclaim", re.I)


#: Words of an act other than the one told before ("in a separate raid", "struck again"); not a name
#: ("New York") nor "more than".
_ANOTHER_ACT_RE = re.compile(
    r"\b(?i:(?<!one )another(?!\s*[,.;:])|second|separate|separately|fresh|new|more(?!\s+than)|returned|again)\b"
    r"(?![\s-]+[A-Z])")  # ("raided cattle from another," "fought one another": a pronoun, no other act)


def _told_again(act: EventReport, r: EventReport) -> bool:
    """"A suicide bomber rammed a car into a convoy in northwest Pakistan on Tuesday ... The attack
    happened in Mir Ali.": a sentence that opens on the act told right before it, by no other doer, on
    that act's day and at its place (or a place inside it), tells that act again: its place, day and
    actors fill the act's, never a second event."""
    if act.disorder_type != "Political violence" or (r.disorder_type != "Political violence"
                                                     and r.sub_event_type != "Other"):
        return False  # ("The kidnappers blocked the road near X and marched the passengers away": no type)
    if act.background or r.background or act.section != r.section or r.section == "related":
        return False
    own = (_ANAPHOR_OWN_RE.match(r.evidence.text) is not None and r.actor1 is not None and act.actor1 is not None
           and r.actor1.name == act.actor1.name)  # the doer's own account may name another target
    own = own or (_ANAPHOR_VICTIM_RE.match(r.evidence.text) is not None and act.fatalities.count <= 1)
    if not (_ANAPHOR_RE.match(r.evidence.text) or _ANAPHOR_OBJECT_RE.match(r.evidence.text)
            or _ANAPHOR_SAID_RE.search(r.evidence.text) or _NO_CLAIM_RE.match(r.evidence.text) or own
            or _ANAPHOR_IN_RE.search(r.evidence.text)):
        return False
    if _ANOTHER_ACT_RE.search(r.evidence.text):
        return False  # "The attackers also abducted 20 women in a separate raid": another act
    sides = [act.actor1] + ([act.actor2, *act.assoc_actor_1, *act.assoc_actor_2]
                            if act.sub_event_type == "Armed clash" else [])
    unnamed = any(n.startswith("perpetrator not named") for n in r.notes)  # "The missile hit near a playground"
    if r.actor1 is not None and not unnamed and not any(_same_actor(a, r.actor1) for a in sides if a is not None):
        return False  # an armed clash told again from either side ("The encounter broke out after troops ...")
    if (r.actor2 is not None and act.actor2 is not None and r.actor2.name != act.actor2.name and not own
            and NOTE_UNNAMED_VICTIMS not in r.notes and not r.actor2.name.startswith("Civilians (")):
        return False  # (another source's "nine people" may be the same dead)
    return _own_day_of_act(act, r) and _place_of_act(act, r)


#: The dead pointed back to ("the victims had been killed with machetes late on Sunday").
_DEAD_AGAIN = ("the victims", "the dead", "the bodies", "the deceased")


def _victims_again(act: EventReport, r: EventReport) -> bool:
    """"The bodies of 22 villagers were found in X two days ago ... A local leader said the victims had been
    killed with machetes late on Sunday.": a sentence whose dead are the ones told before ("the victims",
    "the dead"), with no doer or place of its own, tells that act again (how and when they died)."""
    if act.disorder_type != "Political violence" or r.disorder_type != "Political violence":
        return False
    if act.background or r.background or act.section != r.section or r.section == "related":
        return False
    if not (r.fatalities.text or "").lower().startswith(_DEAD_AGAIN) or _ANOTHER_ACT_RE.search(r.evidence.text):
        return False
    if r.actor1 is not None and not any(n.startswith("perpetrator not named") for n in r.notes):
        return False
    if not inherits_place(r) and not _place_of_act(act, r):
        return False
    return not r.date.value or r.date.reason in INHERITED_DATES or abs(days_between(act, r)) <= 7


#: The devices a later sentence may name as the means of an attack told before it
DEVICE_KINDS = ("Suicide bomb", "Remote explosive/landmine/IED", "Grenade")
_WENT_OFF_RE = re.compile(r"\b(?:bombers?|detonat\w*|explod\w*|explosions?|blasts?|blew|blown|went off|set off|triggered|"
                          r"hurled|threw|thrown|lobbed)\b", re.I)
_PLANTED_RE = re.compile(r"\b(?:roadside|land ?mines?|mines?|ieds?|improvised|planted|remote\w*|gun\w*|shot|fired|"
                         r"strikes?|shell\w*|rockets?|missiles?|drones?|grenades?)\b", re.I)
_OTHER_MEANS_RE = re.compile(r"\b(?:gun\w*|shot|shoot\w*|opened fire|fired|rifles?|stabb\w*|knives|knife|machetes?|"
                             r"hack\w*|beat\w*|bomb\w*|blast|explo\w*|strikes?|shell\w*|rockets?|missiles?|drones?)\b", re.I)


def _means_after(act: EventReport, r: EventReport) -> bool:
    """"At least 20 people were killed at a wedding in Kabul on Saturday. Officials said a suicide bomber
    had detonated his explosives among the guests.": a sentence right after an attack that tells only
    the device it was done with (no other doer, no toll but a bomber's own death, the attack's day and
    place) tells how that attack was done: one event, of the device's type (ACLED's higher tactic)."""
    blast = act.sub_event_type == "Remote explosive/landmine/IED" and r.sub_event_type == "Suicide bomb"
    if not (act.sub_event_type == "Attack" and r.sub_event_type in DEVICE_KINDS or blast) or not act.fatalities.count:
        return False  # (an explosion told first, then the suicide bomber who set it off)
    if act.background or r.background or act.section != r.section or r.section == "related":
        return False
    if r.fatalities.count > (1 if r.sub_event_type == "Suicide bomb" else 0) or _ANOTHER_ACT_RE.search(r.evidence.text):
        return False
    if not _WENT_OFF_RE.search(r.evidence.text):
        return False  # the device must be told going off ("the walls shook from the bombings" tells none)
    if (_PLANTED_RE if blast else _OTHER_MEANS_RE).search(act.evidence.text):
        return False  # "Gunmen killed five people ... A roadside bomb went off": the attack had its own means
    if r.actor1 is not None and not _same_actor(act.actor1, r.actor1) and not any(
            n.startswith("perpetrator not named") for n in r.notes):
        return False
    return _own_day_of_act(act, r) and _place_of_act(act, r)


_IMPACT_RE = re.compile(r"\b(?:explosions?|blasts?)\b", re.I)
_DEVICE_RE = re.compile(r"\b(?:bombs?|IEDs?|mines?|landmines?|devices?|explosives|suicide|car|roadside)\b", re.I)


def _impact_after(act: EventReport, r: EventReport) -> bool:
    """"The Houthis fired a ballistic missile at a cargo ship in the Red Sea. The ship's crew reported an
    explosion nearby but no damage": an explosion of no device, doer or place of its own right after a
    missile or air strike is that strike's impact, never a bombing of its own."""
    if act.sub_event_type not in ("Shelling/artillery/missile attack", "Air/drone strike") or act.background:
        return False
    if r.sub_event_type != "Remote explosive/landmine/IED" or r.background or r.fatalities.count:
        return False
    if r.actor1 is not None and not any(n.startswith("perpetrator not named") for n in r.notes):
        return False
    text = r.evidence.text
    if not _IMPACT_RE.search(text) or _DEVICE_RE.search(text) or _ANOTHER_ACT_RE.search(text):
        return False
    return inherits_place(r) and _own_day_of_act(act, r)


def _take_means(act: EventReport, r: EventReport) -> None:
    """``act`` becomes the device's event; a suicide bomber's own death adds to its toll, as it does
    when one sentence tells both."""
    act.sub_event_type, act.event_type, act.disorder_type = r.sub_event_type, r.event_type, r.disorder_type
    if r.fatalities.count:
        act.fatalities = Fatalities(act.fatalities.count + r.fatalities.count, act.fatalities.text,
                                    act.fatalities.claimed_by)
        act.notes.append("fatalities: the bomber counted")
    act.notes.append(f"means told at {r.evidence.start}-{r.evidence.end}: {r.sub_event_type}")


def _take_day_and_place(act: EventReport, r: EventReport) -> None:
    """``act`` takes the own day and the more precise place of ``r``, a sentence that is part of it."""
    if (r.date.value and r.date.reason not in INHERITED_DATES and not reported_day(r) and reported_day(act)
            and _days_before(r.date.value, act.date.value) in range(1, 8)):
        act.date = r.date
        act.notes.append("date: the act's own day, told after the day it was reported")
    if not inherits_place(r) and (is_country_only(act.location) or inherits_place(act)
                                   or within(act.location, r.location)):
        act.location = r.location
        act.notes = [n for n in act.notes if n != NOTE_COUNTRY_ONLY and not n.startswith("location from the")]


def _absorb_toll(act: EventReport, r: EventReport) -> None:
    """Give ``act`` the deaths of the sentence ``r`` that follows it up: the act's own toll stands when
    it read that sentence already (:mod:`eventwire.events.followup`) or gave one of its own."""
    kf, of = act.fatalities, r.fatalities
    if not kf.count:
        act.fatalities = Fatalities(of.count, of.text, of.claimed_by)
    elif of.count and other_sides_dead(kf.text, of.text):  # "killed 18 assailants ... One soldier was killed"
        act.fatalities = Fatalities(kf.count + of.count, f"{kf.text}; {of.text}", kf.claimed_by or of.claimed_by)
        act.notes.append(f"fatalities: {kf.count} + {of.count} (the dead of both sides)")
    elif (kf.claimed_by and not of.claimed_by and 0 < of.count < kf.count and not r.claimed
          and not _PART_RE.search(r.evidence.text)):  # "The bomber was also killed" adds, never replaces
        # "The Taliban claimed to have killed 20 policemen ... Officials said three policemen were
        # killed": the lowest credible figure, the claim noted
        act.notes = [n for n in act.notes if n != f"fatalities claimed by {kf.claimed_by}"]
        act.notes.append(f"fatalities: {kf.count} claimed by {kf.claimed_by}; {of.count} reported")
        act.fatalities = Fatalities(of.count, of.text, None)
    elif (0 < of.count < kf.count and not r.claimed and _other_source(act, r) and not _PART_RE.search(r.evidence.text)
          and not vague_figure(of.text) and not several_acts(act.evidence.text)):  # ("The victims"; a part)
        # "... killing 14 soldiers, a war monitor said. State media said eight soldiers were killed": two
        # sources' figures of the same dead: the lowest (ACLED's lowest credible figure), the other noted
        act.notes.append(f"fatalities: {kf.count} and {of.count} reported by different sources; the lower kept")
        act.fatalities = Fatalities(of.count, of.text, None)
    act.notes.append(f"fatalities also told at {r.evidence.start}-{r.evidence.end} (a toll of this act)")


_PART_RE = re.compile(r"\b(?:including|among|of them|of whom|children|women|also|another|more)\b", re.I)


def _other_source(act: EventReport, r: EventReport) -> bool:
    """``r`` tells its figure on the word of a source that ``act``'s sentence did not name."""
    said = [n for n in r.notes if n.startswith("reported by:")]
    return bool(said) and not set(said) & set(act.notes)


def _told_inside(keep: EventReport, other: EventReport) -> bool:
    """``other`` is an act told under ``keep``'s clause in the same sentence (a subordinate act)."""
    return (keep.evidence.start <= other.evidence.start and other.evidence.end <= keep.evidence.end
            and any(n.startswith("subordinate act") for n in other.notes))


def merge_reports(reports: list[EventReport]) -> list[EventReport]:
    """One report per event within an article. A body report absorbs the title's/caption's report of
    the same event (the title summarises the body); a later sentence absorbs into the first."""
    body = [r for r in reports if r.section not in ("title", "caption")]
    heads = [r for r in reports if r.section in ("title", "caption")]
    kept: list[EventReport] = []
    for r in body:
        claimed = next((k for k in reversed(kept) if _claim_of(k, r) or _claimed_toll_of(k, r)), None)
        if claimed is not None:
            _absorb(claimed, r)  # "Al-Shabaab claimed responsibility for the attack": no second event
            _take_claimant(claimed, r)
            continue
        before = _act_before(kept, r)
        if (act := sq.act_of_day(kept, before, r)) is not None and sq.fold_sequel(act, r):
            continue  # "... attacked the camp. The RSF entered the camp"; "... to disperse the mob"
        if act is not None and _toll_after(act, r) and not borrowed_toll(act, r):
            _absorb_toll(means_act(kept, act, r, _day_and_place_of) or act, r)  # "... clashed near Jowhar on Tuesday.
            continue  # Seven people were killed."; "killed in strikes": the strikes told before, not the fighting
        if (death := before) is not None and death_then_act(death, r):
            take_act(death, r)  # "A volunteer ... has been killed. Her convoy was struck by a missile on 16 March."
            continue
        if act is not None and _retreat_after(act, r):
            act.notes.append(f"the attackers' retreat told at {r.evidence.start}-{r.evidence.end} (part of this act)")
            continue  # "... stormed a base in Marte on Sunday. The insurgents later withdrew."
        if act is not None and _loot_after(act, r):
            _take_day_and_place(act, r)
            act.notes.append(f"looting told at {r.evidence.start}-{r.evidence.end} (part of this act)")
            continue  # "Raiders killed 27 people in Jonglei ... They also made off with thousands of cattle."
        if act is not None and _haul_after(act, r):
            act.notes.append(f"weapons recovered told at {r.evidence.start}-{r.evidence.end} (part of this act)")
            continue  # "... killed 12 Maoists in a gunfight in Bijapur. Weapons were recovered from the site."
        if act is not None and _impact_after(act, r):
            act.notes.append(f"its impact told at {r.evidence.start}-{r.evidence.end} (part of this act)")
            continue  # "... fired a missile at a ship. The crew reported an explosion nearby."
        if act is not None and _means_after(act, r):
            _take_means(act, r)  # "... were killed at a wedding. Officials said a suicide bomber had detonated ..."
            continue
        if act is not None and _victims_again(act, r):
            take_death_day(act, r)  # "... bodies of 22 villagers were found ... the victims had been killed on Sunday"
            continue
        if act is not None and (_told_again(act, r) or own_account(act, r) or strike_in_battle(act, r)
                                or burial_of_the_dead(act, r) or sq.retold_before(act, r, _told_again)):
            _absorb(act, r)  # "... in northwest Pakistan on Tuesday. The attack happened in Mir Ali."
            continue
        for k in kept:
            if ((_same_event(k, r) and not sq.told_elsewhere(kept, k, r)) or (same_named_dead(k, r) and _same_sides(k, r))
                    or death_told_again(k, r)):
                _absorb(k, r)
                break
        else:
            if (told := pointed_back(kept, r, day=_own_day_of_act, place=_place_of_act)) is not None:
                take_back(told, r)  # "... bombed towns in Idlib. The bombing continued into Wednesday."
                continue
            kept.append(r)
    out_heads: list[EventReport] = []
    for h in heads:
        same = [k for k in kept if k.event_type == h.event_type and _same_actor(k.actor1, h.actor1)]
        # the body report with the headline's toll first ("Gunmen kill 7 ..." / "... killed seven")
        match = next((k for k in same if h.fatalities.count and k.fatalities.count == h.fatalities.count),
                     same[0] if same else None)
        if match is None:
            match = next((k for k in out_heads if _same_event(k, h)), None)
        if match is not None:
            _absorb(match, h)
            continue
        out_heads.append(h)
    kept = fold_told_parts(sq.fold_scene_quotes(_fold_transfers(kept)))  # a withdrawal told beside the fall
    first_dated = next((k for k in kept if k.date.value and not k.background), None)
    for h in out_heads:
        if h.date.value is None and not h.background and first_dated is not None:
            # a headline is the article's news: it happened when the body's news happened
            h.date = copy_date(first_dated.date, first_dated.date.text)
            h.date.reason = "headline dated by the first dated event of the body"
    merged = out_heads + kept
    merged.sort(key=lambda r: r.evidence.start)
    return merged


def _on_or_before(a: EventReport, b: EventReport) -> bool:
    """"A bomb exploded near a mosque on Friday. Hundreds protested on Saturday after a bomb exploded
    near the mosque": an act told under "after" that takes the main clause's day (it names none of its
    own, :data:`NOTE_DATE_FROM_MAIN`) happened that day or before, so an earlier day is no other event.
    So did an act dated only by the day it was reported (:func:`reported_day`: "killed at least 20
    civilians ..., residents said Monday" and "... arrived in Solhan late Saturday")."""
    for x, y in ((a, b), (b, a)):
        if NOTE_DATE_FROM_MAIN in x.notes and NOTE_DATE_FROM_MAIN not in y.notes and y.date.value < x.date.value:
            return True
        if reported_day(x) and not reported_day(y) and _days_before(y.date.value, x.date.value) in range(1, 8):
            return True
    return False


def _fold_transfers(reports: list[EventReport]) -> list[EventReport]:
    """A capture and a non-violent transfer of the same place by the same actor, in one article, are
    one event: the more specific account (taken without fighting) wins."""
    out: list[EventReport] = []
    for r in reports:
        if r.sub_event_type == "Non-violent transfer of territory":
            prev = next((k for k in out if k.sub_event_type in TERRITORIAL and k.background == r.background
                         and _same_actor(k.actor1, r.actor1)
                         and (k.location is None or r.location is None
                              or _place_key(k.location) == _place_key(r.location)
                              or (any(n.startswith("location from the") for n in r.notes) and not inherited_elsewhere(r.location, k.location, level_of=place_level)))), None)
            if prev is not None:
                r.notes.append(f"also stated at {prev.evidence.start}-{prev.evidence.end} as a capture")
                if r.actor1 is None:
                    r.actor1 = prev.actor1
                if r.location is None or any(n.startswith("location from the") for n in r.notes):
                    r.location = prev.location or r.location
                out[out.index(prev)] = r
                continue
        out.append(r)
    return out
