"""The doer an armed act's own noun names (helper ACT2, twenty-eighth session).

An act told by its campaign or strike noun often names its side only as that noun's modifier: "a
Turkish offensive took the town", "two fighters were killed in a Turkish assault", "Turkey's incursion
killed 20 civilians", "eleven people died in a coalition bombing", "a US offensive", "a Houthi raid".
ACLED codes that side as actor 1 (a state's demonym or possessive: its military; a named armed group or
coalition: that actor), where the roles read no doer, an unidentified armed group, or civilians (who
wage no campaign). Called by :func:`eventwire.events.roles.assign_roles` for armed acts, just before
:func:`eventwire.events.statedoers.state_sides`.

The act's noun is the trigger itself, its subject ("a Turkish offensive took ...") or the object of its
"in" / "by" / "during" ("killed in a Turkish assault", "in the first days of Turkey's offensive"), or
the subject or launched object of the clause that tells how it came about ("killed after a coalition
raid struck", "since Turkey launched its offensive": the state that launched it). Not read so: a place naming the campaign ("the
Afrin offensive", "the Gaza offensive": a town or a territory, no state's force), a backer ("a
US-backed offensive": the backer is not the doer), a territory's people ("a Palestinian attack": no
state's army), a common adjective ("military operations": no country of its own), and a side the
roles already named (a named actor 1 stays).

The arms the act was done with name their side the same way (helper ACT4, twenty-ninth session):
the arms noun as the act's subject ("Israeli missiles struck"), the passive subject of a verb of
firing ("suspected Israeli missiles were fired at Latakia": the missiles are no struck side, so an
actor 2 read from that phrase is dropped), the object of the act's "by"/"in" or of the "by"/"from"/
"with" of the act or its noun ("a month of airstrikes from Russian and Syrian jets": Russia's
military, Syria's an associate). Not so the passive subject of another verb ("a Syrian jet was
downed": the jet was struck).
"""

from __future__ import annotations

from typing import Any

from ..actors.countries import country_of
from ..actors.rules import generic_actor, read_phrase
from ..records import Actor
from .actowners import CAMPAIGN_NOUNS
from .doers import UNIDENTIFIED
from .parties import LIGHT_VERBS, STRIKE_NOUNS, TERRITORY_NAMES, acting_state, coordinated_states
from .seatdoers import seat_force
from .sides import ARMED_INTERS
from .statedoers import ARMED, MILITARY, _forces_of
from .status import TIME_UNITS

#: Nouns of an armed act that may carry its doer as a modifier ("a Turkish offensive").
ACT_NOUNS = CAMPAIGN_NOUNS | STRIKE_NOUNS
#: Lemmas of the arms an act is done with, whose side modifier names its doer as well ("Israeli missiles
#: were fired at", "airstrikes from Russian jets", "struck with Turkish drones"): never a struck side.
ARMS_NOUNS = frozenset("""missile rocket bomb shell mortar jet warplane aircraft plane drone helicopter gunship
    tank artillery""".split())
#: Verbs whose passive subject is the arms fired, not the struck ("missiles were fired at the base").
FIRING = frozenset("fire launch drop lob hurl".split())
#: Prepositions that tell the act by its noun ("killed in a Turkish assault").
ACT_PREPS = frozenset("in by during".split())
#: Prepositions of an act or its noun whose object is the arms it was done with ("airstrikes from
#: Russian jets", "fired with Israeli missiles").
ARMS_PREPS = frozenset("by from with".split())
#: Verbs of backing or leading: their subject modifies a noun as a backer ("a US-backed offensive").
BACKING = frozenset("back lead support sponsor arm".split())
#: Modifier dependencies that may name the doer of the noun.
OWNER_DEPS = frozenset("amod compound nmod poss".split())
#: Common nouns that name a non-state side or a coalition before an act noun when the actor tagger
#: marked no mention there ("a coalition bombing raid", "a rebel offensive"); a state's common nouns
#: ("air", "security", "government") are left out: they name no country of their own.
GROUP_WORDS = frozenset("coalition rebel rebels insurgent insurgents opposition".split())
#: Countries whose demonym names a territory's people rather than a state's army ("a Palestinian attack").
STATELESS = frozenset({"PSE"})


def campaign_doer(r: Any, finder: Any, trigger: Any, *, sub: str, iso: str | None, country: str | None) -> None:
    """Mend ``r`` (roles.Roles) in place: actor 1 of an armed act of type ``sub`` is the side named as
    the modifier of the act's own noun, when the roles read none, an unidentified armed group or
    civilians ("Eleven people were killed in a coalition bombing" -> the coalition)."""
    a1 = r.actor1
    if sub not in ARMED or trigger is None or not (a1 is None or (a1.inter or 0) == 7 or a1.name.startswith(UNIDENTIFIED)):
        return
    for noun in _act_nouns(trigger):
        found = _owner(noun, finder, iso=iso, country=country) or _launcher(noun, finder)
        if found is None:
            continue
        a2 = r.actor2
        if a2 is not None and a2.name == found.name:
            if not _one_phrase(a2.text or "", found.text):
                return  # "Turkish soldiers were killed in a Turkish assault": no side told twice
            r.actor2 = None  # "killed in coalition airstrikes" read the coalition as the struck side
        r.actor1 = found
        r.notes.append(f"actor1: the side the act's noun names ({found.text})")
        coordinated_states(r, noun)  # "airstrikes from Russian and Syrian jets": Syria's military an associate
        return


def _act_nouns(trigger: Any) -> list[Any]:
    """The nouns that tell the act at ``trigger``: itself, its subject, the object of its "in"/"by",
    the subject of a clause that tells how it came about ("killed after a coalition raid struck")."""
    out = [trigger] if trigger.pos_ == "NOUN" else []
    for c in trigger.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            out.append(c)
        elif c.dep_ in ("prep", "agent") and c.lower_ in ACT_PREPS:
            for g in (g for g in c.children if g.dep_ == "pobj"):
                out.append(g)
                if g.lower_ in TIME_UNITS:  # "killed in the first three days of Turkey's offensive"
                    out.extend(o for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                               for o in p.children if o.dep_ == "pobj")
        elif c.dep_ == "advcl":  # "50 people were killed after a coalition bombing raid struck a building"
            out.extend(g for g in c.children if g.dep_ == "nsubj")
            if c.lemma_.lower() in LIGHT_VERBS:  # "since Turkey launched its offensive, 230 civilians died"
                out.extend(g for g in c.children if g.dep_ == "dobj")
    acts = [t for t in out if t.pos_ == "NOUN" and t.lemma_.lower() in ACT_NOUNS]
    arms = [t for t in out if t.pos_ == "NOUN" and t.lemma_.lower() in ARMS_NOUNS and t.lemma_.lower() not in ACT_NOUNS
            and (t.dep_ != "nsubjpass" or t.head.lemma_.lower() in FIRING)]  # not "a Syrian jet was downed"
    return acts + arms + [g for t in ([trigger] if trigger.pos_ in ("VERB", "NOUN") else []) + acts
                          for g in _arms_of(t) if all(g.i != x.i for x in arms)]


def _arms_of(act: Any) -> list[Any]:
    """The arms named in the "by"/"from"/"with" phrase of an act's verb or noun ("airstrikes from
    Russian and Syrian jets" -> jets; "shelled the town with Turkish howitzers" is not read: no arms
    noun)."""
    return [g for c in act.children if c.dep_ in ("prep", "agent") and c.lower_ in ARMS_PREPS
            for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in ARMS_NOUNS]


def _one_phrase(a: str, b: str) -> bool:
    """Whether actor 2's text ``a`` and the found side's ``b`` are one phrase read twice ("Suspected
    Israeli missiles", "Israeli missiles"): one holds the other (an actor 2 with no words is no other)."""
    return a in b or bool(a) and b in a


def _launcher(noun: Any, finder: Any) -> Actor | None:
    """The state told as launching the act's noun ("Turkey launched a military offensive", or by its
    capital: "Ankara launched ..."): its military."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in LIGHT_VERBS:
        return None
    found = acting_state(finder, None, noun)
    if found is None:  # "Ankara launched a military offensive": a capital for its state (seatdoers)
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        return seat_force(subject, body=MILITARY)
    return found[0]


def _owner(noun: Any, finder: Any, *, iso: str | None, country: str | None) -> Actor | None:
    """The side a modifier of ``noun`` names: a state's demonym or possessive (its military), or a
    named armed actor ("coalition", "Houthi"); None when no modifier names one."""
    for t in (x for x in noun.subtree if x.i < noun.i and x.dep_ in OWNER_DEPS):
        if t.head.lemma_.lower() in BACKING or any(c.lemma_.lower() in BACKING for c in t.children):
            continue  # "a US-backed offensive", "a Russian and Iranian-backed assault": backers
        if t.ent_type_ == "GPE" and t.lower_ in TERRITORY_NAMES:
            continue  # "the Gaza offensive": a place (a town names no force: "the Afrin offensive")
        named = t.pos_ == "PROPN" or country_of(t.text) is not None  # not "military operations"
        forces = _forces_of(t.text) if named else None
        text = noun.doc[t.left_edge.i: noun.i + 1].text  # "Turkey's incursion", "coalition bombing raid"
        if forces is not None and forces.country not in STATELESS:
            return Actor(forces.name, forces.inter, text, forces.country)
        m = finder.mention_at(t)
        if m is not None and not (m.generic and t.pos_ == "ADJ"):  # not "military operations": some force
            a = finder.resolve(t, iso=iso, country=country)
            if a is not None and (a.inter or 0) in ARMED_INTERS and not a.name.startswith(UNIDENTIFIED):
                return Actor(a.name, a.inter, text, a.country)
        if t.pos_ in ("NOUN", "ADJ") and t.lower_ in GROUP_WORDS:  # also where the tagger read the phrase as unidentified
            reading = read_phrase(f"{t.lower_} forces")  # "a coalition bombing raid", "a rebel offensive"
            a = generic_actor(reading, iso) if reading is not None else None
            if a is not None and (a.inter or 0) in (2, 8):
                return Actor(a.name, a.inter, text, a.country)
    return None
