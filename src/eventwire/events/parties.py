"""The parties of an act that the clause tells without naming them as doer and target.

- a country that acts or says "it" acted is its military ("Israel struck Hezbollah targets", "Russia
  launched a missile attack", "Turkey said it killed 20 PKK militants");
- the parties of an agreement are its two actors ("the government and the ELN signed a ceasefire",
  "signed a peace deal with the ELN"), and a government named without its country, met abroad, is the
  other party's;
- the members of a named group are that group ("rebels of the M23");
- the forces of two countries named before one noun are both militaries ("U.S. and British warplanes").

Called by :mod:`eventwire.events.roles`; takes its role finder and roles records (typed ``Any`` here,
as roles imports this module).
"""

from __future__ import annotations

from typing import Any

from ..actors.countries import country_of, of_country
from ..records import Actor
from .clause import speaker_of
from .words import doc_ents

#: Nouns for the members of a group, read through "of" to the group's name.
MEMBER_NOUNS = frozenset(
    "rebels rebel fighters fighter militants militant members member militiamen insurgents insurgent "
    "gunmen jihadists guerrillas guerrilla combatants elements supporters loyalists "
    # "four terrorists of the banned TTP", "a sniper from the Houthi militia"
    "terrorists terrorist sniper snipers commander commanders cadres cadre operatives dissidents".split())


def member_kind(finder: Any, tok: Any) -> str | None:
    """The kind of the named group whose members a member noun names ("dissidents of the former FARC",
    "fighters from the Islamic State"); None for no such noun or group."""
    if tok.lower_ not in MEMBER_NOUNS:
        return None
    group = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                  for g in c.children if g.dep_ == "pobj"), None)
    return finder.actor_kind(group) if group is not None else None


#: The forms of ACLED's state actor names, before the country ("Government of Colombia").
STATE_LABELS = ("Government of", "Military Forces of", "Police Forces of")


#: Verbs of giving oneself up: their "to" phrase names the other party ("surrendered to the army").
SURRENDER_VERBS = frozenset("surrender capitulate submit".split())


def agreement_parties(finder: Any, r: Any, trigger: Any, ag: Any, *, iso: str | None,
                      country: str | None) -> None:
    """The parties of an agreement are its two actors: "the government and the ELN signed a
    ceasefire", "signed a peace deal with the ELN". A government named without its country, met
    abroad ("in Havana"), is the other party's ("the government and the ELN": Colombia's)."""
    _between_parties(finder, r, trigger, iso=iso, country=country)
    if r.actor2 is None:
        party = next((a for a in r.assoc_actor_1 if _a_party(a)), None)
        if party is not None:
            r.assoc_actor_1.remove(party)
            r.actor2 = party
    if r.actor2 is None and trigger is not None:
        heads = [trigger] + [c for c in trigger.children if c.dep_ == "dobj"]
        # "signed a deal with the ELN"; "fighters surrendered to the army": who they gave up to
        preps = ("with", "to") if trigger.lemma_.lower() in SURRENDER_VERBS else ("with",)
        other = next((g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                      for g in c.children if g.dep_ == "pobj"), None)
        if other is not None and (ag is None or other.i != ag.i):
            party = finder.resolve(other, iso=iso, country=country)
            r.actor2 = party if party is not None and _a_party(party) else None
    a1, a2 = r.actor1, r.actor2
    if (a1 is not None and a2 is not None and ag is not None and a2.country and a2.country != iso
            and a1.country == iso and (a1.inter or 0) == 1 and (a2.inter or 0) in (2, 3)
            and not any(t.ent_type_ in ("GPE", "NORP") for t in ag.subtree)):
        for label in STATE_LABELS:
            if a1.name.startswith(label + " "):
                r.actor1 = Actor(f"{label} {of_country(a2.country)}", a1.inter, a1.text, a2.country)
                r.notes.append(f"actor1: the government of the other party's country ({a2.name})")
                break


def _between_parties(finder: Any, r: Any, trigger: Any, *, iso: str | None, country: str | None) -> None:
    """"Russia brokered a ceasefire between the government and the rebels", "a truce between X and Y
    took effect": the two sides named after "between" are the agreement's parties (actors 1 and 2);
    whoever else the clause made actor 1 (the broker) becomes an associate of actor 1."""
    if trigger is None:
        return
    heads = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    first = next((g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
                  for g in c.children if g.dep_ == "pobj"), None)
    if first is None or not first.conjuncts:
        return
    a, b = (finder.resolve(t, iso=iso, country=country) for t in (first, first.conjuncts[0]))
    if a is None or b is None or not (_a_party(a) or (a.inter or 0) == 1) or not _a_party(b) or a.name == b.name:
        return
    broker = r.actor1
    r.actor1, r.actor2 = a, b
    if broker is not None and broker.name not in (a.name, b.name) and _a_party(broker):
        r.assoc_actor_1.append(broker)
    r.notes.append("the parties: the two sides named after 'between'")


#: Nouns of a party's own forces or arms ("its jets", "their fighters").
FORCE_NOUNS = frozenset("jets warplanes aircraft planes drones helicopters forces troops soldiers fighters "
                        "navy warships gunboats artillery units".split())


def own_forces(tok: Any) -> bool:
    """"its jets", "their fighters": a party's own forces, named by a possessive pronoun."""
    return tok.lower_ in FORCE_NOUNS and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)


#: Nouns of a ranged or aerial strike that a state's demonym makes its military's ("an Israeli strike").
STRIKE_NOUNS = frozenset("strike airstrike raid bombardment barrage shelling shell fire artillery missile rocket drone attack bombing".split())


def demonym_strike(trigger: Any) -> Actor | None:
    """"An Israeli strike on a house killed four people": a strike of a state (its demonym before the
    noun) is its military's; None otherwise."""
    if trigger is not None and trigger.pos_ == "VERB":
        # "was killed in a U.S. airstrike", "died in an Israeli strike": the strike the act was told by
        preps = [c for c in trigger.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by")]
        found = next((g for c in preps for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in STRIKE_NOUNS),
                     None)
        if found is None:
            return _misparsed_demonym(preps)
        trigger = found
    if trigger is None or trigger.lemma_.lower() not in STRIKE_NOUNS or trigger.pos_ != "NOUN":
        return None
    for c in trigger.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < trigger.i and (iso := country_of(c.text)) is not None:
            return Actor(name=f"Military Forces of {of_country(iso)}", inter=1, text=f"{c.text} {trigger.text}",
                         country=iso)
    return None


def _misparsed_demonym(preps: list[Any]) -> Actor | None:
    """"killed in Ukrainian shelling of Horlivka" parsed with the demonym as the object of "in" and the
    strike word as a verb beside it: the demonym right before a strike word is still the striker."""
    for c in preps:
        for g in c.children:
            nxt = g.nbor(1) if g.i + 1 < len(g.doc) else None
            if (g.dep_ == "pobj" and nxt is not None and nxt.lower_ in STRIKE_WORDS
                    and (iso := country_of(g.text)) is not None):
                return Actor(name=f"Military Forces of {of_country(iso)}", inter=1, text=f"{g.text} {nxt.text}",
                             country=iso)
    return None


#: the strike word itself, as the text has it (the parser may read "shelling" as a verb)
STRIKE_WORDS = STRIKE_NOUNS | frozenset("strikes airstrikes raids bombardments shells artillery missiles rockets "
                                        "drones attacks bombings".split())


def coordinated_states(r: Any, ag: Any) -> None:
    """"U.S. and British warplanes struck Houthi targets": the countries coordinated before the doer's
    noun each send their military; the first is actor 1, the others its associates (the actor stage
    read only the nearest one)."""
    if ag is None or r.actor1 is None or not r.actor1.name.startswith("Military Forces of "):
        return
    for m in ag.children:
        if m.i > ag.i or m.dep_ not in ("nmod", "amod", "compound"):
            continue
        group = [m, *m.conjuncts]  # "American, British and French warplanes": each conjunct, however nested
        isos = [country_of(t.text) for t in group]
        if len(group) < 2 or None in isos or r.actor1.country not in isos:
            continue
        states = [Actor(f"Military Forces of {of_country(i)}", r.actor1.inter, t.text, i)
                  for t, i in zip(group, isos, strict=True)]
        r.actor1 = states[0]
        names = {a.name for a in r.assoc_actor_1} | {r.actor1.name}
        for a in states[1:]:
            if a.name not in names:
                r.assoc_actor_1.append(a)
                names.add(a.name)
        r.notes.append("actor 1: the first of the countries whose forces acted together")
        return


def _a_party(actor: Actor) -> bool:
    """An actor that can be a party to an agreement: named, or a state; not the generic civilians or
    an unidentified armed group a bare noun ("elders", "gunmen") reads as."""
    return (actor.inter or 0) != 7 and not actor.name.startswith("Unidentified")


#: Names of territories that the country table maps to a state, but whose acts are no state's
#: ("Gaza fired rockets": the armed groups there).
TERRITORY_NAMES = frozenset({"gaza", "gaza strip", "the gaza strip", "west bank", "the west bank"})

#: Verbs whose object noun tells the act ("launched a missile attack", "carried out air strikes").
LIGHT_VERBS = frozenset("launch carry conduct stage mount fire unleash begin start intensify step continue "
                        "resume make".split())


def state_speaker(speaker: Any) -> Actor | None:
    """The military of a country that acted ("Israel struck Hezbollah targets") or says "it" acted
    ("Turkey said it killed 20 militants"): the proper name of a country on its own ("Saudi Arabia",
    "the United States"; not "Israel's foreign minister", nor a territory: "Gaza")."""
    if speaker is None or speaker.pos_ != "PROPN" or speaker.ent_type_ != "GPE":
        return None
    ent = next((e for e in doc_ents(speaker.doc) if e.start <= speaker.i < e.end), None)
    lo, hi = (ent.start, ent.end) if ent is not None else (speaker.i, speaker.i + 1)
    if any(c.dep_ in ("poss", "compound", "amod") and not lo <= c.i < hi for c in speaker.children):
        return None
    name = ent.text if ent is not None else speaker.text
    bare = name[4:] if name.lower().startswith("the ") else name
    if name.lower() in TERRITORY_NAMES:
        return None
    iso = country_of(bare)
    if iso is None:
        return None
    return Actor(name=f"Military Forces of {of_country(iso)}", inter=1, text=name, country=iso)


def acting_state(finder: Any, agent: Any, trigger: Any) -> tuple[Actor, Any] | None:
    """The military of a country told as the doer of an armed act: the act's subject or its "by"
    agent ("Israel struck Hezbollah targets", "struck by Israel"), else the subject of the light verb
    whose object is the act ("Russia launched a massive missile attack on ..."). Returns the actor and
    the doer's token."""
    by = agent is not None and agent.dep_ == "pobj" and agent.head.lower_ == "by"
    doer = agent if agent is not None and (agent.dep_ == "nsubj" or by) else _light_verb_subject(trigger)
    if doer is None or finder.mention_at(doer) is not None:
        return None
    state = state_speaker(doer)
    return (state, doer) if state is not None else None


def _light_verb_subject(trigger: Any) -> Any:
    """The subject of the verb an act noun is the object of ("Russia launched a missile attack")."""
    if trigger is None or trigger.pos_ != "NOUN" or trigger.dep_ != "dobj" or (
            trigger.head.lemma_.lower() not in LIGHT_VERBS):
        return None
    return next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)


MILITARY = "Military Forces of"


def speaking_military(tok: Any, actor: Actor, mention_at: Any, saying: frozenset[str]) -> Actor | None:
    """The state military whose statement tells of bare "soldiers" / "troops" (``actor``: their generic
    reading, no country of their own): "the Israeli military said soldiers had fired at people who
    ...": those soldiers are its. ``mention_at``: the actor mention at a token; ``saying``: the
    lemmas of verbs of saying."""
    if not actor.name.startswith(MILITARY) or any(c.dep_ in ("amod", "compound", "poss") for c in tok.children):
        return None
    speaker = speaker_of(tok, saying)
    sm = mention_at(speaker) if speaker is not None else None
    if sm is None or not sm.actor.name.startswith(MILITARY) or sm.generic:
        return None
    return Actor(sm.actor.name, sm.actor.inter, tok.text, sm.actor.country)


#: Heads of a speaker that speaks for a state's military ("Russia's defence ministry", "the Turkish army").
MILITARY_SPEAKERS = frozenset("ministry military army command".split())


def military_speaker(speaker: Any) -> Actor | None:
    """The military of the country a defence ministry or an army that speaks belongs to ("Russia's
    defence ministry said its forces ...", "the Turkish military said its jets ..."); None otherwise."""
    if speaker is None or speaker.lower_ not in MILITARY_SPEAKERS:
        return None
    mods = [c for c in speaker.children if c.dep_ in ("poss", "amod", "compound")]
    if speaker.lower_ == "ministry" and not any(c.lower_ in ("defence", "defense") for c in mods):
        return None
    for c in mods:
        if c.lower_ not in ("defence", "defense") and (iso := country_of(c.text)) is not None:
            return Actor(name=f"Military Forces of {of_country(iso)}", inter=1, text=c.text, country=iso)
    return None


def teller_before(tok: Any, speaker: Any, saying: frozenset[str]) -> Any:
    """The one who says the clause of the pronoun ``tok`` ("Fano fighters said on Sunday they had captured
    Debark ...; the military did not confirm"): where the parse hung the clause on a saying verb told after
    the pronoun (``speaker``, here "the military"), the subject of the saying verb told before it; else
    ``speaker``."""
    if speaker is None or speaker.i < tok.i:
        return speaker
    for t in tok.sent:
        if t.i >= tok.i:
            break
        if t.pos_ == "VERB" and t.lemma_.lower() in saying:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return speaker


def pronoun_teller(trigger: Any, ag: Any, saying: frozenset[str]) -> Any:
    """The doer token of ``trigger`` when the typing read its pronoun subject ("it", "they") as the subject of
    a saying verb after it ("Al-Shabaab said on Sunday it had killed 12 soldiers ...; the army did not
    confirm": Al-Shabaab, not the army); ``ag`` otherwise (:func:`teller_before`)."""
    if trigger is None or ag is None or ag.pos_ == "PRON" or ag.head.lemma_.lower() not in saying:
        return ag  # only a teller the typing put in the pronoun's place
    pron = next((c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ == "PRON"
                 and c.lower_ in ("it", "they", "we")), None)
    if pron is None or ag.i < pron.i:
        return ag
    return teller_before(pron, ag, saying)
