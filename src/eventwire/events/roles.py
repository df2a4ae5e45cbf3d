"""Actors and their roles in one event: actor1 / assoc_actor_1 / actor2 / assoc_actor_2.

The agent and the patient come from the parse (see :mod:`eventwire.events.typing`); their names come
from the actor mentions of the actor stage. Rules on top of that:

- conjoined actors ("the army and allied militias") and supporters ("backed by Russian warplanes",
  "with the support of ...") become associated actors;
- a generic phrase that the actor stage could not place in a country ("Army" in a headline) is read
  again with the event's country;
- "the militant group", "the group" refer back to the last named armed group of the article;
- civilians are actor2 in Violence against civilians; when the text does not say who did it, actor1
  is "Unidentified Armed Group (<Country>)"; demonstrators are "Protesters (<Country>)" (inter 6) and
  rioters "Rioters (<Country>)" (inter 5); a mob's victims are civilians;
- "fighting between the army and rebels" has the two sides as actor1 and actor2 ("between rival
  militias": two unidentified groups);
- in battles and remote violence, whoever the sentence reports killed is actor2 when the patient
  does not name one ("ambushed a patrol, killing three soldiers", "a bomb killed three militiamen");
  whose post or convoy was hit too ("attacked an army base", "a blast that targeted an army convoy",
  "an army convoy was targeted by a bomb", "a convoy carrying soldiers"); a bare "convoy" or "checkpoint" names
  no one; two unidentified armed groups are two actors;
- state forces outside their own country are External/Other forces (inter 8).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..actors.eras import published_of
from ..actors.rules import COUNTRY_RE
from ..actors.text import fold_cased
from ..records import Actor, ActorMention
from . import parties
from .arresters import SUSPECT_NOTE
from .campaigndoers import campaign_doer
from .clause import speaker_of
from .clauseactors import SAYING, sentence_actor_at
from .doers import (
    backers,
    fix_doers,
    group_conjuncts,
    member_preps,
    named_modifier,
    of_conjuncts,
    suspected_members,
)
from .fatalities import killed_victims
from .foreignforces import remember_finder
from .genericactors import POLICE_WORDS, country_label, custody_guard, generic
from .launchers import interception_launcher, positions_owner, strike_launcher
from .linking import acled_iso
from .paramilitary import paramilitary_antecedent
from .parties import MEMBER_NOUNS, acting_state, agreement_parties, state_speaker
from .rulerdoers import ruler_sides
from .sidekinds import side_kinds
from .sides import (
    between_sides,
    clash_partner,
    conjuncts,
    fight_subjects,
    fought_with,
    mutual_fight,
    plural_fight,
    repelled_side,
    sentence_between_sides,
    taken_from,
    told_of_a_noun,
    wounded_aside,
    wounded_victims,
)
from .statedoers import state_sides
from .status import attribution_only
from .story import sentence_of
from .typing import TypeDecision, arg_kind
from .words import span_text

log = logging.getLogger(__name__)

VAC = ("Attack", "Abduction/forced disappearance", "Sexual violence")
PROTESTS = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")
RIOTS = ("Violent demonstration", "Mob violence")
#: nouns of a group's own people ("three of its fighters", "two of its commanders")
OWN_MEMBERS = frozenset(
    """fighters fighter members member militants militiamen commanders commander leaders leader combatants
    soldiers officers troops""".split()
)
ANAPHORS = frozenset(
    """group militants militant fighters jihadists insurgents rebels organisation organization extremists
    terrorists movement force alliance militia""".split()
)
#: Nouns of people (the victims of a mob, when the actor stage does not read them as civilians).
PERSON_NOUNS = frozenset("""man woman men women boy girl child children person people youth youths thief thieves
    suspect suspects driver trader farmer herder herdsman worshipper student teacher pastor priest imam
    resident villager member relative neighbour neighbor stranger migrant""".split())
#: The note of a violence-against-civilians report whose victims the text does not name ("attacked
#: the town of Konduga"): actor 2 is ACLED's civilians by default.
NOTE_UNNAMED_VICTIMS = "victims not named: civilians by default"
#: The note of a report whose actor 1 is the armed actor of another clause of its sentence.
NOTE_OTHER_CLAUSE_ACTOR = "actor 1 from another clause of the sentence"


@dataclass(slots=True)
class Roles:
    actor1: Actor | None = None
    assoc_actor_1: list[Actor] = field(default_factory=list)
    actor2: Actor | None = None
    assoc_actor_2: list[Actor] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class RoleFinder:
    """Maps tokens of one article to its actor mentions and builds the roles of an event."""

    def __init__(self, doc: Any, mentions: Sequence[ActorMention], *, dictionary: Any = None) -> None:
        self.doc = doc
        self.dictionary = dictionary
        self.by_token: dict[int, ActorMention] = {}
        self.mentions = sorted(mentions, key=lambda m: m.start)
        for m in self.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
            if span is None:
                continue
            for i in range(span.start, span.end):  # (no token object per word)
                self.by_token.setdefault(i, m)
        remember_finder(doc, self)  # for eventwire.events.foreignforces

    # -- lookups ---------------------------------------------------------------------------------
    def mention_at(self, tok: Any) -> ActorMention | None:
        """The actor mention of the noun phrase headed by ``tok`` (the head or a modifier of it)."""
        if tok is None:
            return None
        m = self.by_token.get(tok.i)
        if m is not None:
            return m
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "poss", "nmod", "appos"):
                m = self.by_token.get(c.i)
                if m is not None:
                    return m
        # "dozens of the regime soldiers", "members of Islamic State"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return self.mention_at(g)
        return None

    def actor_kind(self, tok: Any) -> str | None:
        """A typing callback: the kind of the actor mentioned at ``tok``, from its inter code."""
        m = self.by_token.get(tok.i)
        if m is None:
            return None
        inter = m.actor.inter
        return {1: "state", 2: "nonstate", 3: "nonstate", 4: "nonstate", 5: "protester", 6: "protester",
                7: "civilian", 8: "state"}.get(inter or 0)

    def actor_at(self, tok: Any) -> Actor | None:
        m = self.mention_at(tok)
        return m.actor if m is not None else None

    def _antecedent(self, tok: Any, *, state: bool) -> Actor | None:
        """The last named actor before ``tok`` that "the group", "the militants" refer to."""
        pos = tok.idx
        best = None
        for m in self.mentions:
            if m.start >= pos:
                break
            if m.generic:
                continue
            inter = m.actor.inter or 0
            if (state and inter == 1) or (not state and inter in (2, 3, 4)):
                best = m
        return best.actor if best is not None else None

    def _relookup(self, actor: Actor, text: str, iso: str | None) -> Actor:
        """Generic state actors without a country ("Army" in a headline) get the event's country; so do
        unnamed armed men, civilians and crowds placed by the actor stage in another country than the
        event's when their words name none ("GENEVA - ... Armed men stormed the hospital in Metema")."""
        if not iso or (actor.inter or 0) not in (1, 3, 5, 6, 7):
            return actor
        if actor.country and (actor.country in (iso, acled_iso(iso)) or (actor.inter or 0) == 1
                              or COUNTRY_RE.search(fold_cased(text))):
            return actor
        if self.dictionary is not None:
            try:
                found = self.dictionary.lookup(text, country=iso)
            except (TypeError, ValueError, KeyError):
                found = None
            if found is not None and found.country:
                return Actor(name=found.name, inter=found.inter, text=text, country=found.country)
        read = _read_generic(text, iso)
        if read is not None and read.country:
            return Actor(read.name, read.inter, text, read.country)
        kind = {1: "state", 3: "uag", 5: "rioter", 6: "protester", 7: "civilian"}[actor.inter or 1]
        police = bool(set(text.lower().split()) & POLICE_WORDS)
        country_name, _ = country_label(iso, None)
        made = generic(kind, iso, country_name, police=police)
        if made is not None:
            made.text = text
            return made
        return actor

    def _named_of(self, tok: Any) -> Actor | None:
        """The named group of a member noun: "rebels of the M23", "fighters from the Islamic State West
        Africa Province"."""
        if tok.lower_ not in MEMBER_NOUNS:
            gm = named_modifier(tok, self.by_token)  # "a suspected AQAP suicide bomber"
            return Actor(gm.actor.name, gm.actor.inter, gm.text, gm.actor.country) if gm is not None else None
        groups = [g for c in member_preps(tok) for g in c.children if g.dep_ == "pobj"]
        groups += [g for g in (suspected_members(tok),) if g is not None]
        for g in groups:  # "fighters from the Africa Corps", "gunmen suspected to be members of the ESN"
            gm = self.mention_at(g)
            if gm is not None and not gm.generic and (gm.actor.inter or 0) in (1, 2, 3, 4, 8):
                return Actor(gm.actor.name, gm.actor.inter, gm.text, gm.actor.country)
            if gm is None and _is_anaphor(g) and (ante := self._antecedent(g, state=False)) is not None:
                return Actor(ante.name, ante.inter, _phrase_text(tok), ante.country)  # "members of the Kurdish-led force"
        return None

    def _speakers_own(self, tok: Any) -> Actor | None:
        """The group whose own members ``tok`` are, told by the group itself: "Hamas said three of its
        fighters were killed", "Hezbollah said two of its commanders died" (the speaker, an armed actor)."""
        if tok.like_num or tok.lower_ in ("some", "most", "several", "many", "dozens"):  # "two of its members"
            tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), tok)
        if tok.lower_ not in OWN_MEMBERS or not any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                                    for c in tok.children):
            return None
        speaker = speaker_of(tok, _SAYING, depth=5)
        sm = self.mention_at(speaker) if speaker is not None else None
        if sm is None or sm.generic or (sm.actor.inter or 0) not in (1, 2, 3, 4, 8):
            return None
        return Actor(sm.actor.name, sm.actor.inter, sm.text, sm.actor.country)

    def resolve(self, tok: Any, *, iso: str | None, country: str | None) -> Actor | None:
        """The actor of the noun phrase at ``tok``: a mention; a side named by its demonym ("between
        Armenian and Azerbaijani troops"); the named group of a member noun ("rebels of the M23"); a
        country that says "it" acted (its military); a coreferent; or a generic reading."""
        if tok is None:
            return None
        m = self.mention_at(tok)
        if m is None and tok.pos_ == "ADJ" and tok.dep_ in ("amod", "conj"):
            # "fighting between Armenian and Azerbaijani troops": a side named by its demonym alone
            head = tok
            while head.dep_ in ("amod", "conj") and head.head.i != head.i and head.pos_ == "ADJ":
                head = head.head
            if head.pos_ == "NOUN":
                read = _read_generic(f"{tok.text} {head.text}", iso)
                if read is not None:
                    return Actor(read.name, read.inter, f"{tok.text} {head.text}", read.country)
        if (m is None or m.generic) and tok.pos_ in ("NOUN", "PROPN"):
            named = self._named_of(tok) or self._speakers_own(tok)  # "rebels of the M23", "its fighters"
            if named is not None:
                return named
        if m is None and tok.like_num and (own := self._speakers_own(tok)) is not None:
            return own  # "Hezbollah said two of its members were killed"
        phrase = _phrase_text(tok)
        if m is None and (tok.pos_ == "PRON" and tok.lower_ in ("it", "they", "we") or parties.own_forces(tok)):
            # "Al-Shabaab said it killed ...", "the group claimed they had captured ...", "the Israeli
            # military said its jets struck ...": the one who says so (a claim, flagged as such by the
            # status and fatalities stages)
            speaker = parties.teller_before(tok, speaker_of(tok, _SAYING), _SAYING)
            sm = self.mention_at(speaker) if speaker is not None else None
            if sm is not None and (sm.actor.inter or 0) in (1, 2, 3, 4, 8):
                return Actor(sm.actor.name, sm.actor.inter, sm.text, sm.actor.country)
            return parties.military_speaker(speaker) if sm is None else None  # "Russia's defence ministry"
        anaphor = _is_anaphor(tok)
        if m is not None and anaphor and m.generic and self._antecedent(tok, state=(m.actor.inter or 0) == 1) is None:
            anaphor = False  # "the rebels" with no group named before: the generic reading
        if m is not None and not (m.generic and anaphor):
            actor = Actor(m.actor.name, m.actor.inter, m.text, m.actor.country)
            if m.generic and (own := parties.speaking_military(tok, actor, self.mention_at, _SAYING)) is not None:
                return own  # "the Israeli military said soldiers had fired at ...": its soldiers
            return self._relookup(actor, m.text, iso) if m.generic else actor
        if m is None and tok.dep_ == "nsubj" and tok.head.lemma_ in _SAYING:
            state = state_speaker(tok)  # "Israel said it intercepted 12 rockets" (clause.speaker_for)
            if state is not None:
                return state
        kind = arg_kind(tok, self.actor_kind)
        if _is_anaphor(tok):
            ante = paramilitary_antecedent(tok, self.mentions) or self._antecedent(tok, state=kind == "state")
            if ante is not None:
                return Actor(ante.name, ante.inter, phrase, ante.country)
        if custody_guard(tok):  # "beaten by guards at a prison": the prison's guards
            kind = "state"
        if kind in (None, "place"):
            return None
        read = _read_generic(phrase, iso)
        if read is not None:
            return Actor(read.name, read.inter, phrase, read.country)
        police = bool({t.lower_ for t in tok.subtree} & POLICE_WORDS) or custody_guard(tok)
        a = generic(kind, iso, country, police=police)
        if a is not None:
            a.text = phrase
        return a


def _read_generic(phrase: str, iso: str | None) -> Actor | None:
    try:
        from ..actors.rules import generic_actor, read_phrase
    except ImportError:  # pragma: no cover
        return None
    try:
        reading = read_phrase(phrase)
        return generic_actor(reading, iso) if reading is not None else None
    except (KeyError, ValueError, TypeError):
        log.debug("generic reading failed for %r", phrase)
        return None


def _phrase_text(tok: Any) -> str:
    toks = [t for t in tok.subtree if t.i <= tok.i or t.dep_ in ("compound",)]
    toks = [t for t in toks if t.dep_ not in ("det", "punct", "nummod", "quantmod") or t.i == tok.i]
    if not toks:
        return tok.text
    return span_text(tok.doc[toks[0].i : tok.i + 1])  # (sliced from the doc's kept text)


def _is_anaphor(tok: Any) -> bool:
    """"the group", "the militant group", "the militants", "its fighters" (definite, no name of
    its own)."""
    if tok.lower_ not in ANAPHORS:
        return False
    det = [c for c in tok.children if c.dep_ in ("det", "poss")]
    if not det or det[0].lower_ not in ("the", "this", "that", "these", "those", "its", "their"):
        return False
    return not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


def assign_roles(
    finder: RoleFinder,
    decision: TypeDecision,
    *,
    sub_event_type: str,
    iso: str | None,
    country: str | None,
) -> Roles:
    """Build the roles of an event from the typing decision's agent and patient."""
    r = Roles()
    ag = parties.pronoun_teller(decision.trigger, decision.agent.token, _SAYING)  # not "...; the army did not confirm"
    pa = decision.patient.token
    if ag is not None and pa is not None and ag.i == pa.i:
        pa = None
    if (aside := wounded_aside(decision.trigger, ag)) is not None:
        ag, pa = aside  # "Soldiers killed three rebels in a clash; one soldier was wounded"
    sides = between_sides(decision.trigger) if sub_event_type in BATTLES else None
    if sides is None and ag is None and sub_event_type in BATTLES and decision.trigger is not None:
        sides = sentence_between_sides(decision.trigger.sent)  # "killed in the clashes between X and Y"
    if sides is None and sub_event_type in BATTLES:
        sides = _subject_sides(finder, decision.trigger, ag, None if decision.patient.kind == "place" else pa,
                               iso=iso, country=country)
    if sides is None and sub_event_type == "Armed clash" and ag is None and decision.trigger is not None:
        # "seven people were killed as soldiers and Al-Shabaab fought for the town": the fight of
        # another clause names the sides; the dead are no side
        sides = _clause_sides(finder, decision.trigger, iso=iso, country=country)
    if sides is not None:
        # "fighting between the army and rebels", "killed in clashes between soldiers and militants":
        # the two sides are the actors, whatever the parse made the agent and the patient
        a, b = (finder.resolve(t, iso=iso, country=country) for t in sides[:2])
        if a is not None and b is not None and a.inter == b.inter == 1 and sides[0].i != sides[1].i:
            # "clashes between soldiers, police and militants": the state forces are one side (allies),
            # the first listed actor of another kind the other
            other = next((t for t in conjuncts(sides[0]) if t.i != sides[1].i and (
                (x := finder.resolve(t, iso=iso, country=country)) is not None and (x.inter or 0) not in (1, 8))), None)
            if other is not None:
                sides = (sides[0], other)
        if a is not None and b is not None:
            ag, pa = sides[0], sides[1]
        else:
            sides = None
    r.actor1 = finder.resolve(ag, iso=iso, country=country) if ag is not None else None
    if sides is None and sub_event_type in REMOTE + BATTLES + ("Disrupted weapons use",):
        acting = acting_state(finder, ag, decision.trigger)  # "Israel struck Hezbollah targets"
        if acting is not None and (r.actor1 is None or r.actor1.name.startswith(UNIDENTIFIED)
                                   or (r.actor1.inter or 0) == 7 or acting[1] is ag):
            r.actor1 = acting[0]
    # a place the typing read as the patient ("recaptured Palmyra") is where, not whom
    placed = sides is None and decision.patient.kind == "place"
    r.actor2 = finder.resolve(pa, iso=iso, country=country) if pa is not None and not placed else None
    if sides is not None or sub_event_type == "Armed clash":
        for attr in ("actor1", "actor2"):
            side = getattr(r, attr)
            other = r.actor2 if attr == "actor1" else r.actor1
            if sides is None and (other is None or (other.inter or 0) not in (2, 3, 4, 7)):
                continue  # "clashed with police", one side alone: the clash may be mistold, keep what the text says
            if side is not None and (side.inter or 0) == 7 and side.name.startswith("Civilians"):
                # "clashes between herders and farmers", "herders clashed with farmers": the sides of a
                # battle are organised groups, never civilians: ACLED's communal militias
                militia = generic("communal", iso, country)
                if militia is not None:
                    militia.text = side.text
                    setattr(r, attr, militia)
                    r.notes.append(f"{attr}: a side of the fighting read as a communal militia ({side.text})")
    if (sub_event_type == "Armed clash" and r.actor1 is not None and (r.actor1.inter or 0) == 7
            and r.actor2 is not None and (r.actor2.inter or 0) == 1):
        # "a police officer was stabbed to death by a man": whoever attacks the state's forces is an
        # armed actor, never civilians; the text does not say which
        uag = generic("uag", iso, country)
        if uag is not None:
            uag.text = r.actor1.text
            r.notes.append(f"actor1: an attacker of state forces read as an unidentified armed group ({r.actor1.text})")
            r.actor1 = uag
    if (r.actor2 is not None and r.actor2.name.startswith(UNIDENTIFIED) and pa.lemma_.lower() in POST_NOUNS
            and finder.mention_at(pa) is None):
        r.actor2 = None  # "ambushed a convoy", "attacked a checkpoint": whose it is, the text has not said
    if ag is not None:
        for t in ([c for c in conjuncts(ag) if pa is None or c.i != pa.i] + backers(ag) + backers(decision.trigger)
                  + group_conjuncts(ag)):  # "mercenaries of the Wagner Group and Central African soldiers"
            a = finder.resolve(t, iso=iso, country=country)
            if a is not None and (r.actor1 is None or a.name != r.actor1.name):
                if a.name not in {x.name for x in r.assoc_actor_1}:
                    r.assoc_actor_1.append(a)
    if sub_event_type == "Agreement":
        agreement_parties(finder, r, decision.trigger, ag, iso=iso, country=country)
    if pa is not None:
        for t in [c for c in conjuncts(pa) if sides is None or c.i != pa.i] + of_conjuncts(pa):
            a = finder.resolve(t, iso=iso, country=country)
            if a is not None and (r.actor2 is None or a.name != r.actor2.name):
                if a.name not in {x.name for x in r.assoc_actor_2}:
                    r.assoc_actor_2.append(a)
    if sub_event_type == "Armed clash":
        fight_subjects(r, decision.trigger)  # "Fano militiamen and federal forces fought heavy battles"
        plural_fight(r, decision.trigger, ag)  # "clan militias clashed in Galkayo": one kind, both sides
    doubted = decision.trigger is not None and attribution_only(decision.trigger)
    if r.actor1 is not None and doubted:
        # "officials said X may have been behind the bombing": ACLED does not code a suspect
        r.notes.append(f"{SUSPECT_NOTE}: {r.actor1.name}")
        r.actor1 = None
        r.assoc_actor_1 = []
    if r.actor2 is None and sub_event_type in BATTLES[1:] and (
            foe := fought_with(decision.trigger) or taken_from(decision.trigger)) is not None:
        r.actor2 = finder.resolve(foe, iso=iso, country=country)  # "... fighting with the army", "... from the army"
    elif sub_event_type == "Armed clash":  # "militants were killed in a gunfight with troops"
        clash_partner(r, decision.trigger, pa, lambda t: finder.resolve(t, iso=iso, country=country))
        if r.actor2 is None and (foe := repelled_side(decision.trigger, finder.mention_at)) is not None:
            r.actor2 = finder.resolve(foe, iso=iso, country=country)  # "repelled an RSF ground attack"
        if r.actor2 is None and r.actor1 is not None and decision.trigger is not None and not any(
                c.dep_ == "dobj" and c.lemma_.lower() not in ("fire", "gunfire") for c in decision.trigger.children):
            # "Security forces returned fire and the militants fled": the other side, told in another clause
            r.actor2 = _sentence_actor(finder, decision.trigger, ("nonstate",) if (r.actor1.inter or 0) in (1, 8)
                                       else ("state",), iso=iso, country=country, skip={r.actor1.name})
    if (r.actor1 is None or r.actor1.inter == 7 or r.actor1.name.startswith("Unidentified Armed Group")) and (
            sub_event_type in REMOTE):  # civilians fire no strikes; "killed in Russian shelling" names its side
        r.actor1 = parties.demonym_strike(ag) or parties.demonym_strike(decision.trigger) or r.actor1
    target = pa if pa is not None else _struck(decision.trigger)
    if target is not None and target.like_num and finder.mention_at(target) is None:  # "..., wounding five of them"
        target = _struck(decision.trigger) or (_struck(ag) if ag is not None else None) or target
    if r.actor2 is None and target is not None and sub_event_type in REMOTE + BATTLES:
        # "attacked an army base", "a bomb hit a military convoy": whose post or convoy it is
        if pa is None and arg_kind(target, finder.actor_kind) in ("state", "nonstate"):
            r.actor2 = finder.resolve(target, iso=iso, country=country)
        owner = next((c for c in target.children if c.dep_ in ("compound", "amod")
                      and (arg_kind(c, finder.actor_kind) == "state"
                           or finder.mention_at(c) is not None and finder.actor_kind(c) == "nonstate")), None)
        if owner is None and target.lemma_.lower() in POST_NOUNS:
            # "a convoy carrying soldiers", "a vehicle transporting police officers": whom it carried
            owner = next((o for c in target.children if c.dep_ == "acl" and c.lemma_.lower() in CARRYING_VERBS
                          for o in c.children if o.dep_ == "dobj" and arg_kind(o, finder.actor_kind) in ("state", "nonstate")),
                         None)
        if owner is None:  # "airstrikes on positions of Hayat Tahrir al-Sham"
            owner = positions_owner(target, finder)
        if r.actor2 is None and owner is not None:
            r.actor2 = finder.resolve(owner, iso=iso, country=country)
    if (decision.trigger is not None and sub_event_type in REMOTE + BATTLES
            and (r.actor2 is None or (pa is not None and finder.mention_at(pa) is None
                                      and arg_kind(pa, finder.actor_kind) == "armed"))):
        # "drones struck Odesa, killing two civilians", "gunmen ambushed a patrol, killing three
        # soldiers", "repelled an attack, killing six of the attackers": who was killed is actor 2
        # (a patrol or a convoy says less than the soldiers killed in it)
        killed = _killed_side(decision.trigger, finder, iso=iso, country=country,
                              skip=r.actor1.name if r.actor1 is not None and sub_event_type in BATTLES else None,
                              wounded=r.actor1.name if r.actor2 is None and r.actor1 is not None else None,
                              remote=sub_event_type in REMOTE)
        if killed is not None:
            r.actor2 = killed
    if (sub_event_type in ARMED_ACTS + ("Armed clash", "Arrests") and r.actor1 is None and decision.trigger is not None
            and not doubted and not told_of_a_noun(decision.trigger)):
        # "civilians were killed when government aircraft bombed a market", "soldiers raided the village
        # and two men were arrested": the armed actor (a state's, for an arrest) of another clause acted
        skip = {r.actor2.name} if r.actor2 is not None else set()
        found = sentence_actor_at(finder, decision.trigger, ("state",) if sub_event_type == "Arrests" else (
            "state", "nonstate"), iso=iso, country=country, skip=skip)
        if found is not None:
            r.actor1 = found[0]
            parties.coordinated_states(r, found[1])  # "U.S. and British warplanes carried out strikes"
            r.notes.append(f"{NOTE_OTHER_CLAUSE_ACTOR}: {r.actor1.name}")
    fix_doers(r, finder, decision.trigger, pa, sub=sub_event_type, iso=iso, country=country, generic=generic,
              doubted=doubted)  # herders as militias, "blaming X", "were deployed", "fired at X"
    # kinds that do not name an actor but an ACLED generic one
    if sub_event_type in VAC:
        if r.actor2 is None or (r.actor2.inter or 0) not in (7,):
            civ = generic("civilian", iso, country)
            if civ is not None and (r.actor2 is None or (r.actor2.inter or 0) in (0, 7)):
                if r.actor2 is None:
                    r.notes.append(NOTE_UNNAMED_VICTIMS)
                r.actor2 = civ
        if r.actor1 is None:
            r.actor1 = generic("uag", iso, country)
            r.notes.append("perpetrator not named: Unidentified Armed Group")
    elif sub_event_type in PROTESTS + RIOTS:
        kind = "rioter" if sub_event_type in RIOTS else "protester"
        crowd = generic(kind, iso, country)
        if r.actor1 is not None and r.actor1.name.startswith(UNIDENTIFIED):
            # "supporters of the opposition rallied": a crowd, not an armed group; where a force
            # intervened ("masked men detained a protest leader") the group is that force (actor 2)
            if sub_event_type in INTERVENED and (r.actor2 is None or (r.actor2.inter or 0) in (5, 6, 7)):
                r.actor2 = r.actor1
            r.actor1 = None
        armed = r.actor1 is not None and (r.actor1.inter or 0) in ((1, 2, 3, 4, 8) if sub_event_type in INTERVENED else (1,))
        if r.actor1 is None or armed or (r.actor1.inter or 0) == 7:
            # "police dispersed protesters", "Taliban fighters beat protesters": the demonstrators are
            # actor1, the force that intervened actor2
            if armed:
                r.actor2 = r.actor1
            r.actor1 = crowd
        elif (r.actor1.inter or 0) == 6 and kind == "rioter" and crowd is not None:
            r.actor1 = crowd
        if r.actor2 is not None and (r.actor2.inter or 0) in (5, 6):
            r.actor2 = None
        if (sub_event_type in RIOTS and (r.actor2 is None or (r.actor2.inter or 0) == 7) and pa is not None
                and mutual_fight(decision.trigger) and arg_kind(pa, finder.actor_kind) in (None, "civilian", "protester")):
            r.actor2 = crowd  # "Awami League supporters clashed with activists of the BNP": two crowds, both rioters
        if (sub_event_type == "Mob violence" and r.actor2 is None and pa is not None
                and (arg_kind(pa, finder.actor_kind) == "civilian" or pa.ent_type_ == "PERSON"
                     or pa.lemma_.lower() in PERSON_NOUNS)):
            # "villagers lynched two suspected thieves": a mob's victims are civilians
            r.actor2 = generic("civilian", iso, country)
    elif r.actor1 is None and sub_event_type in (
        "Armed clash", "Air/drone strike", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade", "Suicide bomb",
    ):
        r.actor1 = generic("uag", iso, country) if sub_event_type != "Air/drone strike" else None
        if r.actor1 is not None:
            r.notes.append("perpetrator not named: Unidentified Armed Group")
    if sub_event_type in (*INTERVENED, "Violent demonstration") and r.actor2 is None and decision.trigger is not None:
        # "protesters were shot dead by security forces", "police fired tear gas to disperse
        # protesters": the force that intervened is actor 2
        force = _sentence_actor(finder, decision.trigger, ("state",), iso=iso, country=country) or (_killed_side(
            decision.trigger, finder, iso=iso, country=country, state=True) if sub_event_type in RIOTS else None)
        if force is not None:
            r.actor2 = force
    if (r.actor1 is not None and r.actor2 is not None and r.actor1.name == r.actor2.name
            and sub_event_type not in ("Armed clash", *RIOTS) and not r.actor1.name.startswith(UNIDENTIFIED)):
        r.actor2 = None  # one actor told twice; two unnamed armed groups are two actors
    # "two policemen and three attackers were killed when gunmen stormed ...": the attackers' own dead
    # are no associate of the other side
    r.assoc_actor_2 = [a for a in r.assoc_actor_2 if r.actor1 is None or a.name != r.actor1.name]
    r.assoc_actor_1 = [a for a in r.assoc_actor_1 if r.actor2 is None or a.name != r.actor2.name]
    parties.coordinated_states(r, ag)  # "U.S. and British warplanes struck ...": both militaries, the first actor 1
    if r.actor1 is None and sub_event_type == "Air/drone strike" and not doubted:
        strike_launcher(r, finder, decision.trigger, iso)
    elif r.actor2 is None and sub_event_type == "Disrupted weapons use":
        interception_launcher(r, finder, decision.trigger)  # "Air defences shot down 27 of them"
    campaign_doer(r, finder, decision.trigger, sub=sub_event_type, iso=iso, country=country)  # "a Turkish offensive"
    state_sides(r, finder, decision, sub=sub_event_type, iso=iso, country=country)  # bodies, rulers, kin
    ruler_sides(r, finder, decision, sub=sub_event_type, iso=iso)  # "Erdogan seized", "the Russians struck"
    day = published_of(finder.doc)
    if day is not None and finder.dictionary is not None and getattr(finder.dictionary, "eras", None):
        # actors built from words ("Syrian warplanes") take the name of the article's day too
        dated = finder.dictionary.dated
        r.actor1, r.actor2 = dated(r.actor1, day, context=iso), dated(r.actor2, day, context=iso)
        r.assoc_actor_1 = [dated(a, day, context=iso) for a in r.assoc_actor_1]
        r.assoc_actor_2 = [dated(a, day, context=iso) for a in r.assoc_actor_2]
    side_kinds(r, decision.trigger, protest=sub_event_type in PROTESTS, iso=iso, country=country)
    if iso:
        r.actor1, r.actor2 = _abroad(r.actor1, iso), _abroad(r.actor2, iso)
        r.assoc_actor_1 = [_abroad(a, iso) for a in r.assoc_actor_1]
        r.assoc_actor_2 = [_abroad(a, iso) for a in r.assoc_actor_2]
    return r


def _abroad(actor: Any, iso: str) -> Any:
    """State forces active outside their own country ("Russian missiles hit Kharkiv", "French troops
    near Gao") are ACLED's External/Other forces (inter 8)."""
    if actor is None or (actor.inter or 0) != 1 or not actor.country or actor.country in (iso, acled_iso(iso)):
        return actor
    return Actor(actor.name, 8, actor.text, actor.country)


REMOTE = ("Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
          "Suicide bomb", "Chemical weapon")


UNIDENTIFIED = "Unidentified Armed Group"
BATTLES = ("Armed clash", "Government regains territory", "Non-state actor overtakes territory")


#: Posts and movements of armed forces: as a target they say that someone armed was attacked, not who.
POST_NOUNS = frozenset("""convoy patrol checkpoint position base post outpost camp barracks station vehicle
    garrison""".split())
#: Verbs by which a convoy or a vehicle is told by whom it carries ("a convoy carrying soldiers").
CARRYING_VERBS = frozenset("carry transport ferry escort host house".split())


def claimant(trigger: Any, finder: RoleFinder) -> Actor | None:
    """The named armed group that claims the act ``trigger`` names ("The Islamic State claimed the
    killing of 12 soldiers", "Al-Shabaab claimed the attack"); None when no such group claims it."""
    if trigger is None:
        return None
    for h in list(trigger.ancestors)[:4]:
        if h.lemma_.lower() != "claim" or h.pos_ != "VERB":
            continue
        subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
        m = finder.mention_at(subj) if subj is not None else None
        if m is not None and (m.actor.inter or 0) in (2, 3, 4):
            return Actor(m.actor.name, m.actor.inter, m.text, m.actor.country)
    return None


#: Verbs by which a weapon or a blast reaches its target ("a blast that targeted an army convoy").
STRIKING_VERBS = frozenset("target hit strike ambush attack rock ram".split())


def _struck(trigger: Any) -> Any:
    """What a weapon or a blast hit: the object of the verb it is the subject of ("a roadside bomb hit
    a military convoy"), of a verb told of it ("a blast that targeted an army convoy", "a bomb
    targeting a police patrol"), or the subject of a passive verb it is the agent of ("an army convoy
    was targeted by a roadside bomb"); None when the sentence says of no such target."""
    if trigger is None:
        return None
    if trigger.dep_ == "nsubj" and trigger.head.pos_ == "VERB":
        obj = next((c for c in trigger.head.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    # the weapon itself, or the subject of the verb that is the cue ("a bomb targeting ... exploded")
    nouns = [trigger] + [c for c in trigger.children if c.dep_ == "nsubj" and trigger.pos_ == "VERB"]
    for c in (c for n in nouns for c in n.children):
        if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and c.lemma_.lower() in STRIKING_VERBS:
            obj = next((o for o in c.children if o.dep_ == "dobj"), None)
            if obj is not None:
                return obj
    verb = trigger.head if trigger.dep_ == "dobj" else trigger  # "fired rockets at a base hosting U.S. troops"
    aimed = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "on", "toward", "towards")
                  for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in POST_NOUNS), None)
    if aimed is not None and verb.pos_ == "VERB":
        return aimed
    head = trigger.head
    if (trigger.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent"
            and head.head.lemma_.lower() in STRIKING_VERBS):
        return next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)
    return None


RECIPROCAL_LEMMAS = frozenset("clash fight battle skirmish".split())


def _subject_sides(finder: RoleFinder, trigger: Any, ag: Any, pa: Any, *, iso: str | None,
                   country: str | None) -> tuple[Any, ...] | None:
    """The two sides of "herders and farmers clashed", "soldiers and rebels fought in Goma" (a
    reciprocal verb, its subject two groups and no object but a place): (X, Y); None otherwise, and
    when both are state forces of one country (allies, rather: "soldiers and police clashed in ...")."""
    verb = reciprocal_verb(trigger)
    if verb is None:
        return None
    if pa is not None and (pa.lower_ in EXCHANGED and pa.head.i == verb.i or (
            not _of_clause(pa, verb) and pa.head.lemma_.lower() in ("kill", "die", "leave"))):
        pa = None  # "exchanged fire": what is exchanged is no side; nor the dead of another clause
    if pa is not None:
        return None
    if ag is None:
        ag = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if ag is None:
            return None
    conj = conjuncts(ag)
    other = conj[0] if conj else None
    if other is None and verb.lemma_.lower() == "exchange":
        # "police exchanged fire with Al-Shabaab militants": the other side is the "with" phrase's
        other = _with_side(verb)
    if other is None:
        return None
    a, b = (finder.resolve(t, iso=iso, country=country) for t in (ag, other))
    if a is None or b is None or (a.inter == b.inter == 1 and (a.country == b.country or not (a.country and b.country))):
        return None  # two states' forces are sides ("Afghan forces exchanged fire with Pakistani troops")
    return (ag, other)


def _allies(a: Actor, b: Actor) -> bool:
    """State forces and the militias that fight for the state, named together: allies, not sides
    ("soldiers and pro-government militiamen clashed with rebels")."""
    return (a.inter or 0) in (1, 3) and (b.inter or 0) in (1, 3)


def _of_clause(tok: Any, verb: Any) -> bool:
    """Whether ``tok`` is an argument of ``verb``'s own clause (its object, or the object of its
    preposition), not of a clause conjoined to it ("exchanged fire ..., and seven people were killed")."""
    return tok.head.i == verb.i or (tok.head.dep_ in ("prep", "agent") and tok.head.head.i == verb.i)


def _clause_sides(finder: RoleFinder, trigger: Any, *, iso: str | None, country: str | None) -> tuple[Any, ...] | None:
    """The two sides of a fight told by a verb of another clause of the sentence than the killing
    ``trigger`` ("nine people died when soldiers and Al-Shabaab fighters exchanged gunfire", "... as
    soldiers battled Al-Shabaab"): its subject and its "with"/"against" object, or a conjoined
    subject, or what it fought; None when there is none or both are the state's forces."""
    if trigger.lemma_.lower() not in ("kill", "die", "dead") and trigger.lower_ not in ("killed", "dead"):
        return None
    for verb in trigger.sent:
        if verb.i == trigger.i or verb.pos_ != "VERB" or reciprocal_verb(verb) is not verb:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        conj = conjuncts(subj)
        other = _with_side(verb) or (conj[0] if conj else next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in EXCHANGED), None))
        if other is None:
            continue
        a, b = (finder.resolve(t, iso=iso, country=country) for t in (subj, other))
        if a is not None and b is not None and not _allies(a, b) and a.name != b.name:
            return (subj, other)
    return None


def _with_side(verb: Any) -> Any:
    """The object of the "with"/"against" phrase of a fight's verb or of what is exchanged
    ("exchanged fire with Al-Shabaab militants", "clashed with rebels")."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in EXCHANGED]
    return next((g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                 for g in c.children if g.dep_ == "pobj"), None)


#: What two sides exchange in a fight ("exchanged fire", "traded gunfire").
EXCHANGED = frozenset("fire gunfire shots blows bullets".split())


def reciprocal_verb(trigger: Any) -> Any:
    """The verb of a fight told as done by both sides together: "clashed", "fought", "exchanged
    fire", "traded gunfire" (the verb, whichever word the typing took as the trigger); None otherwise."""
    if trigger is None:
        return None
    lem = trigger.lemma_.lower()
    if lem in RECIPROCAL_LEMMAS:
        return trigger
    if lem in ("exchange", "trade") and trigger.pos_ == "VERB":
        return trigger
    obj = trigger.head if trigger.dep_ == "compound" and trigger.head.lower_ in EXCHANGED else trigger  # "artillery fire"
    if obj.lower_ in EXCHANGED and obj.dep_ == "dobj" and obj.head.lemma_.lower() in ("exchange", "trade"):
        return obj.head
    return None


def _killed_side(trigger: Any, finder: RoleFinder, *, iso: str | None, country: str | None,
                 skip: str | None = None, wounded: str | None = None, remote: bool = False,
                 state: bool = False) -> Actor | None:
    """The actor of those the trigger's sentence reports killed: civilians (the ACLED generic
    civilians of the country), or an armed or state actor; None when the dead are not said to be
    either (or are ``skip``, the actor 1 of a battle, killed in it). With ``wounded`` (the doer's name), when it
    killed no one, the side it wounded ("attacked a checkpoint, wounding two policemen"), not the doer's:
    civilians only with ``remote`` ("shelled Kherson, wounding four civilians"; a clash's are no side). With
    ``state``, state forces only ("rioters stormed a police station, killing 13 officers")."""
    killed = killed_victims(sent := sentence_of(trigger.doc, trigger.i))  # (Token.sent walks the doc)
    if not killed and wounded:
        killed = [v for v in wounded_victims(sent) if remote or arg_kind(v, finder.actor_kind) != "civilian"]
        skip = wounded
    for v in killed:
        kind = arg_kind(v, finder.actor_kind)
        if kind == "civilian" and not state:
            return generic("civilian", iso, country)
        if kind in ("state", "nonstate", "armed"):
            a = finder.resolve(v, iso=iso, country=country)
            if a is not None and (a.inter or 0) != 7 and a.name != skip and (not state or (a.inter or 0) in (1, 8)):
                return a
    return None


_SAYING = SAYING
#: Protests where a force intervened: it is actor 2 (the demonstrators are actor 1).
INTERVENED = ("Protest with intervention", "Excessive force against protesters")
#: Armed acts whose perpetrator is actor 1.
ARMED_ACTS = ("Air/drone strike", "Shelling/artillery/missile attack", "Attack", "Abduction/forced disappearance",
              "Sexual violence", "Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Chemical weapon")


def _sentence_actor(
    finder: RoleFinder, trigger: Any, kinds: tuple[str, ...], *, iso: str | None, country: str | None,
    skip: set[str] | None = None,
) -> Actor | None:
    """:func:`clauseactors.sentence_actor_at`'s actor (None when it finds none)."""
    found = sentence_actor_at(finder, trigger, kinds, iso=iso, country=country, skip=skip)
    return found[0] if found is not None else None


def interaction(a1: Actor | None, a2: Actor | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower first (a single actor gives 10, 20, ...)."""
    i1 = a1.inter if a1 is not None else None
    i2 = a2.inter if a2 is not None else None
    if i1 is None and i2 is None:
        return None
    codes = sorted(x for x in (i1, i2) if x is not None)
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]
