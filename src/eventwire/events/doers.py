"""Who did it and to whom, told outside the act's own subject and object (fourteenth session).

Rules read after :func:`eventwire.events.roles.assign_roles` has taken the agent and the patient:

- civilians are never the doers of violence: "suspected herders killed 52 people" are a communal
  militia (ACLED's herders and farmers who attack are identity militias), not civilians; and herders
  killed ("killed seven Fulani herders") are civilians, not the ethnic militia their name reads as;
- the group a sentence's teller blames is the doer of an act no one is said to have made ("drones
  struck the airport, the army said, blaming the RSF"): not the teller;
- a force "deployed" / "sent" / "dispatched" in the passive moves itself: actor 1, not actor 2;
- what a rocket or a missile was fired at is actor 2 ("fired rockets at Israeli troops", "detonated a
  device against an Israeli army bulldozer");
- "repelled an attack by the RSF, killing dozens of the attackers": the attackers are the RSF;
- "troops repelled an attack by ISWAP fighters" / "gunmen attacked the palace before the forces of
  order repelled them": the side a repelling names that is not actor 1 is actor 2;
- an unclaimed strike that wounded civilians has them as actor 2;
- an interception: "the Israeli military said the missile was intercepted": the state's military that
  tells of it is actor 1; "Russian forces launched 143 drones ..., adding that air defences shot down
  87": who launched them is actor 2;
- "a patrol of the Popular Mobilisation Forces", "a base of the Malian army": the force a post or a
  vehicle struck is "of" is actor 2 (over the unnamed "fighters" killed in it).

Also the conjunct and backer readers of the agent (moved here from ``roles``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..records import Actor
from .parties import MEMBER_NOUNS
from .sides import conjuncts, wounded_victims
from .typing import arg_kind
from .words import tokens_with

BACKERS = frozenset("backed supported aided assisted helped accompanied joined".split())
VAC = ("Attack", "Abduction/forced disappearance", "Sexual violence")
REMOTE = ("Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
          "Suicide bomb")
BATTLES = ("Armed clash", "Government regains territory", "Non-state actor overtakes territory")
UNIDENTIFIED = "Unidentified Armed Group"
#: People named by their livelihood or community: armed and attacking, ACLED's communal militias.
COMMUNITY_NOUNS = frozenset("""herder herders herdsman herdsmen pastoralist pastoralists nomad nomads farmer farmers
    villager villagers tribesman tribesmen clansman clansmen youth youths hunter hunters""".split())
#: Verbs of a teller naming another as the doer.
BLAMING = frozenset(("blame", "accuse"))
#: Verbs of forces being moved ("troops were deployed"): the force moves, actor 1.
MOVED = frozenset("deploy send dispatch redeploy station rush airlift".split())
#: Verbs of firing at a target.
FIRING = frozenset("fire launch shoot lob detonate throw hurl".split())
#: Posts and vehicles of an armed force: whose they are, their force is the target.
ARMED_OBJECTS = frozenset("""convoy patrol checkpoint position positions base post outpost barracks vehicle tank
    bulldozer jeep armoured armored carrier humvee helicopter warship""".split())
#: One side's assaults ("attacked a settlement, killing seven herders"), as ``sides.ONE_SIDED_LEMMAS``.
RAIDS = frozenset("ambush attack raid assault storm".split())
#: Members of a force named after them ("mercenaries of the Wagner Group", "troops of the army").
HIRED_NOUNS = frozenset("mercenaries mercenary troops soldiers".split())
#: Nouns of a fight between two sides.
FIGHT_NOUNS = frozenset("clash clashes fighting fight battle battles skirmish skirmishes gunfight firefight".split())
ATTACKER_NOUNS = frozenset("attacker attackers assailant assailants raider raiders".split())
ASSAULT_NOUNS = frozenset("attack attacks assault assaults offensive raid raids incursion".split())


def backers(tok: Any) -> list[Any]:
    """"X, backed (up) by Y" / "X, with the support of Y" / "alongside Y" -> [Y]."""
    out = []
    for c in list(tok.children) + ([tok.head] if tok.head.i != tok.i else []):
        if c.lemma_.lower() in BACKERS or c.lower_ in BACKERS:
            for g in c.subtree:
                if g.dep_ == "pobj" and g.head.lower_ in ("by", "of"):
                    out.append(g)
                    out.extend(conjuncts(g))
        if c.dep_ == "prep" and c.lower_ in ("alongside",):
            out.extend(g for g in c.children if g.dep_ == "pobj")
        if c.dep_ == "prep" and c.lower_ == "with":
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_ in ("support", "backing", "help", "assistance"):
                    of = [x for x in g.subtree if x.dep_ == "pobj" and x.head.lower_ == "of"]
                    out.extend(of or [g])  # "with the support of X", "with Russian air support"
    return out


def of_conjuncts(tok: Any) -> list[Any]:
    """"dozens of the regime soldiers and their allied militias" -> the militias."""
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    out.extend(conjuncts(g))
    return out


def member_preps(tok: Any) -> list[Any]:
    """The "of" / "from" phrases that tell whose members ``tok`` are: its own, but not those after a
    described conjunct of it ("Malian soldiers and Russian fighters from the Africa Corps": the
    fighters'), and its head's that come after it when it is such a conjunct."""
    described = [c.i for c in tok.children if c.dep_ == "conj" and any(g.dep_ in ("amod", "compound") for g in c.children)]
    out = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
           and not any(i < c.i for i in described)]
    if tok.dep_ == "conj" and any(g.dep_ in ("amod", "compound") for g in tok.children):
        out += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i > tok.i]
    return out


def group_conjuncts(tok: Any) -> list[Any]:
    """The conjuncts the parse hung on the group a member noun belongs to: "Russian mercenaries of the
    Wagner Group and Central African soldiers" -> the soldiers (doers alongside)."""
    if tok.lower_ not in MEMBER_NOUNS | HIRED_NOUNS:
        return []
    return [c for p in member_preps(tok) for g in p.children if g.dep_ == "pobj" for c in conjuncts(g)
            if c.pos_ in ("NOUN", "PROPN")]


#: participles that tie a member noun to its group ("insurgents linked to the Islamic State")
TIED_VERBS = frozenset("link affiliate tie connect".split())
SUSPECTING = frozenset("suspect believe think say".split())


def _described_by(tok: Any) -> list[Any]:
    """The participles that describe ``tok``: its own ("gunmen suspected to be ..."), or the one the
    parse made its verb when it follows it at once ("Gunmen suspected to be from X abducted ...",
    "Insurgents linked to X beheaded ...": a participle read as the main verb)."""
    out = [c for c in tok.children if c.dep_ == "acl"]
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if (tok.dep_ == "nsubj" and nxt is not None and tok.head.i == nxt.i and nxt.tag_ in ("VBN", "VBD")
            and nxt.lemma_.lower() in TIED_VERBS | SUSPECTING
            and any(c.dep_ in ("ccomp", "advcl", "conj") and c.pos_ == "VERB" and c.i > nxt.i for c in nxt.children)):
        out.append(nxt)
    return out


def named_modifier(tok: Any, by_token: dict[int, Any]) -> Any:
    """The named armed group told in front of a generic noun ("a suspected AQAP suicide bomber", "an
    ISWAP gunman") or after it ("clan militias known as Macawisley"): its mention, when the noun's own
    mention is generic; None otherwise."""
    own = by_token.get(tok.i)
    if own is None or not own.generic:
        return None
    for c in tok.children:
        m = by_token.get(c.i) if c.i < tok.i and c.dep_ in ("compound", "nmod", "amod") else None
        if m is not None and m is not own and not m.generic and (m.actor.inter or 0) in (2, 3, 4):
            return m
    # "clan militias known as Macawisley", "a local militia called Naparama"
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() in ("know", "call", "name"):
            for g in (g for p in c.children if p.dep_ in ("prep", "oprd") for g in [p, *p.children]):
                m = by_token.get(g.i)
                if m is not None and m is not own and not m.generic and (m.actor.inter or 0) in (2, 3, 4):
                    return m
    return None


def suspected_members(tok: Any) -> Any:
    """"gunmen suspected to be members of the ESN", "fighters believed to be from X", "insurgents linked
    to X": the token of X."""
    for c in _described_by(tok):
        if c.lemma_.lower() in TIED_VERBS:
            g = next((g for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                      for g in p.children if g.dep_ == "pobj"), None)
            if g is not None:
                return g
        if c.lemma_.lower() not in SUSPECTING:
            continue
        for x in c.children:
            if x.dep_ != "xcomp" or x.lemma_ != "be":
                continue
            for a in x.children:
                if a.dep_ == "attr":
                    a = next((g for p in a.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                              for g in p.children if g.dep_ == "pobj"), a)
                elif a.dep_ == "prep" and a.lower_ in ("from", "of"):
                    a = next((g for g in a.children if g.dep_ == "pobj"), None)
                else:
                    continue
                if a is not None:
                    return a
    return None


def fix_doers(r: Any, finder: Any, trigger: Any, pa: Any, *, sub: str, iso: str | None, country: str | None,
              generic: Any, doubted: bool) -> None:
    """The rules of this module on the roles ``r`` of an act of type ``sub`` (see the module's text);
    ``generic`` builds ACLED's generic actors (``roles.generic``)."""
    if trigger is None:
        return
    a1 = r.actor1
    if a1 is not None and (a1.inter or 0) == 7 and sub in VAC + REMOTE and _community(a1.text):
        militia = generic("communal", iso, country)
        if militia is not None:
            militia.text = a1.text
            r.actor1 = militia
            r.notes.append(f"actor1: armed {a1.text} read as a communal militia")
    if r.actor2 is None and sub in ("Mob violence", "Violent demonstration"):
        # "residents attacked a UNIFIL patrol", "rioters set fire to a police vehicle": whose patrol it is
        owner = next((c for o in _crowd_objects(trigger, pa) if o.lemma_.lower() in ARMED_OBJECTS for c in o.children
                      if c.dep_ in ("compound", "amod", "poss") and arg_kind(c, finder.actor_kind) == "state"), None)
        r.actor2 = finder.resolve(owner, iso=iso, country=country) if owner is not None else None
    a2 = r.actor2
    if a2 is not None and (a2.inter or 0) == 4 and _community(a2.text) and (
            sub in VAC + REMOTE + ("Mob violence",) or sub == "Armed clash" and trigger.lemma_.lower() in RAIDS):
        # (a raid on them is then an attack on civilians: ``sides.one_sided_on_civilians``)
        civ = generic("civilian", iso, country)  # "killed seven Fulani herders": herders killed are civilians
        if civ is not None:
            civ.text = a2.text
            r.actor2 = a2 = civ
    if (sub == "Armed clash" and a2 is not None and (a2.inter or 0) == 7 and a2.name.startswith("Civilians")
            and any(t.lemma_.lower() in FIGHT_NOUNS or t.lower_ in FIGHT_NOUNS
                    for t in [trigger] + [c for c in trigger.children if c.dep_ == "nsubj"] if t.pos_ == "NOUN")):
        r.actor2 = None  # "clashes between X and Y killed 30 people": the dead of a fight are no side of it
    if r.actor1 is None and not doubted and sub in VAC + REMOTE + BATTLES:
        blamed = _blamed(trigger.sent, finder, iso=iso, country=country)
        if blamed is not None:
            r.actor1 = blamed
            r.notes.append(f"actor 1: blamed by the teller ({blamed.name})")
    if (sub == "Change to group/activity" and r.actor1 is None and r.actor2 is not None and pa is not None
            and pa.dep_ == "nsubjpass" and pa.head.lemma_.lower() in MOVED):
        r.actor1, r.actor2 = r.actor2, None  # "Rwandan troops were deployed to the area"
    if r.actor2 is None and sub in REMOTE:
        target = _fired_at(trigger)
        if target is not None and arg_kind(target, finder.actor_kind) not in ("state", "nonstate"):
            # "against an Israeli army bulldozer": whose vehicle or post it is (not "an Israeli town")
            target = next((c for c in target.children if c.dep_ in ("compound", "amod")
                           and arg_kind(c, finder.actor_kind) == "state"), None) if (
                target.lemma_.lower() in ARMED_OBJECTS) else None
        if target is not None and arg_kind(target, finder.actor_kind) in ("state", "nonstate"):
            a = finder.resolve(target, iso=iso, country=country)
            if a is not None and (r.actor1 is None or a.name != r.actor1.name):
                r.actor2 = a
    a2 = r.actor2
    if a2 is not None and a2.name.startswith(UNIDENTIFIED) and (a2.text or "").lower().split()[-1:] and (
            (a2.text or "").lower().split()[-1] in ATTACKER_NOUNS):
        by = _attack_by(trigger.sent, finder, iso=iso, country=country)
        if by is not None and (r.actor1 is None or by.name != r.actor1.name):
            r.actor2 = by  # "repelled an attack by the RSF, killing dozens of the attackers"
    if sub in REMOTE + BATTLES and (r.actor2 is None or r.actor2.name.startswith(UNIDENTIFIED)):
        owner = _post_of([pa, *_struck_objects(trigger)], finder, iso=iso, country=country)
        if owner is not None and (r.actor1 is None or owner.name != r.actor1.name):
            r.actor2 = owner  # "a bomb struck a patrol of the Popular Mobilisation Forces, killing two fighters"
    if sub == "Disrupted weapons use" and trigger.lemma_.lower() in STOPPING:
        _interception_sides(r, finder, trigger, iso=iso, country=country)
    if r.actor2 is None and r.actor1 is not None and sub == "Armed clash":
        other = _repel_side(trigger.sent, finder, r.actor1, iso=iso, country=country)
        if other is not None:  # "troops repelled an attack by ISWAP", "... before the police repelled them"
            r.actor2 = other
            r.notes.append(f"actor 2: the other side of a repelled attack ({other.name})")
    if r.actor2 is None and r.actor1 is None and sub in REMOTE:
        if any(arg_kind(v, finder.actor_kind) == "civilian" or v.lemma_.lower() in ("worker", "people", "person")
               for v in wounded_victims(trigger.sent)):
            r.actor2 = generic("civilian", iso, country)  # "a drone attacked a gas field, wounding two workers"


def _crowd_objects(trigger: Any, pa: Any) -> list[Any]:
    """What a crowd's act was done to: the patient, "set fire to X", "the windows of X", and the object
    of the main verb the act's clause hangs from ("attacked a patrol, smashing ...")."""
    out = [pa] if pa is not None else []
    out += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    if pa is not None:
        out += [g for c in pa.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if trigger.dep_ == "advcl":
        out += [c for c in trigger.head.children if c.dep_ == "dobj"]
    return out


def _community(text: str | None) -> bool:
    words = (text or "").lower().split()
    return bool(words) and words[-1] in COMMUNITY_NOUNS


def _blamed(sent: Any, finder: Any, *, iso: str | None, country: str | None) -> Actor | None:
    """The named armed group a teller blames in ``sent`` ("the army said, blaming the Rapid Support
    Forces", "officials accused the Houthis"), when the teller is no armed group itself."""
    for v in tokens_with(sent, lemmas=BLAMING):
        if v.pos_ != "VERB" or v.lemma_.lower() not in BLAMING or any(c.dep_ == "neg" for c in v.children):
            continue
        objs = [c for c in v.children if c.dep_ == "dobj"]
        objs += [g for c in v.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
        for o in objs:
            m = finder.mention_at(o)
            if m is None or m.generic or (m.actor.inter or 0) not in (2, 3, 4):
                continue
            teller = next((c for c in (v.children if v.dep_ != "advcl" else v.head.children) if c.dep_ == "nsubj"), None)
            tm = finder.mention_at(teller) if teller is not None else None
            if tm is not None and (tm.actor.name == m.actor.name or (tm.actor.inter or 0) in (2, 3, 4)):
                continue  # a rival group's word is no attribution
            return Actor(m.actor.name, m.actor.inter, m.text, m.actor.country)
    return None


def _fired_at(trigger: Any) -> Any:
    """What the act's verb fired at: "fired rockets at Israeli troops", "launched drones at a base",
    "detonated a device against an army bulldozer"."""
    words = [trigger]
    if trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.pos_ == "VERB" and trigger.head.lemma_.lower() in FIRING:
        words.append(trigger.head)  # "fired rockets": the cue is the rockets
    if trigger.pos_ == "VERB":
        words += [c for c in trigger.children if c.dep_ == "dobj"]  # "detonated a device against ..."
    for w in words:
        for c in w.children:
            if c.dep_ == "prep" and c.lower_ in ("at", "toward", "towards", "against"):
                return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _attack_by(sent: Any, finder: Any, *, iso: str | None, country: str | None) -> Actor | None:
    """The named group of "an attack by X" in ``sent``."""
    for t in tokens_with(sent, lowers=ASSAULT_NOUNS):
        if t.lower_ not in ASSAULT_NOUNS:
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                for g in c.children:
                    m = finder.mention_at(g) if g.dep_ == "pobj" else None
                    if m is not None and not m.generic and (m.actor.inter or 0) in (2, 3, 4, 8):
                        return Actor(m.actor.name, m.actor.inter, m.text, m.actor.country)
    return None


#: Verbs of a side holding off an attack ("repelled", "beat back", "fended off").
REPEL_VERBS = frozenset("repel repulse thwart foil rebuff".split())
REPEL_PHRASAL = frozenset("beat push fight fend drive".split())


def _repel_side(sent: Any, finder: Any, a1: Actor, *, iso: str | None, country: str | None) -> Actor | None:
    """The side of a repelling in ``sent`` that is not ``a1``: its subject ("the forces of order repelled
    them") or the doer of the attack it held off ("repelled an attack by ISWAP terrorists")."""
    for v in sent:
        lem = v.lemma_.lower()
        if v.pos_ != "VERB" or not (lem in REPEL_VERBS or lem in REPEL_PHRASAL and any(
                c.dep_ == "prt" and c.lower_ in ("back", "off") for c in v.children)):
            continue
        if any(c.dep_ == "neg" for c in v.children):
            continue
        sides = [c for c in v.children if c.dep_ == "nsubj"]
        sides += [g for o in v.children if o.dep_ in ("dobj", "nsubjpass") and o.lower_ in ASSAULT_NOUNS
                  for p in o.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
        sides += [g for p in v.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"]
        for t in sides:
            if arg_kind(t, finder.actor_kind) not in ("state", "nonstate", "armed"):
                continue
            a = finder.resolve(t, iso=iso, country=country)
            if a is not None and a.name != a1.name and (a.inter or 0) != 7:
                return a
    return None


def _struck_objects(trigger: Any) -> list[Any]:
    """The objects of the act's verb and of the verb its clause hangs on ("struck a patrol ..., killing")."""
    verbs = [trigger] + ([trigger.head] if trigger.dep_ in ("advcl", "conj", "xcomp") else [])
    return [c for v in verbs for c in v.children if c.dep_ == "dobj"]


def _post_of(posts: list[Any], finder: Any, *, iso: str | None, country: str | None) -> Actor | None:
    """The armed force named after "of" of a post or a vehicle among ``posts`` ("a patrol of the PMF")."""
    for pa in posts:
        if pa is not None and (pa.lemma_.lower() in ARMED_OBJECTS or pa.lower_ in ARMED_OBJECTS):
            a = _of_force(pa, finder, iso=iso, country=country)
            if a is not None:
                return a
    return None


def _of_force(pa: Any, finder: Any, *, iso: str | None, country: str | None) -> Actor | None:
    for p in pa.children:
        if p.dep_ != "prep" or p.lower_ != "of":
            continue
        for g in p.children:
            if g.dep_ == "pobj" and arg_kind(g, finder.actor_kind) in ("state", "nonstate"):
                a = finder.resolve(g, iso=iso, country=country)
                if a is not None and not a.name.startswith(UNIDENTIFIED):
                    return a
    return None


#: Verbs of stopping a projectile in flight.
STOPPING = frozenset("intercept shoot down destroy neutralise neutralize jam".split())
LAUNCHING = frozenset("launch fire send lob".split())
SAYING = frozenset("say state report add announce confirm".split())


def _interception_sides(r: Any, finder: Any, trigger: Any, *, iso: str | None, country: str | None) -> None:
    """The sides of an interception the act's clause does not name (see the module's text)."""
    if r.actor1 is None and any(c.dep_ == "nsubjpass" for c in trigger.children) and not any(
            c.dep_ == "agent" for c in trigger.children):
        h = trigger
        for _ in range(3):  # the teller of "the Israeli military said the missile was intercepted"
            if h.head.i == h.i:
                break
            h = h.head
            if h.lemma_.lower() in SAYING:
                teller = next((c for c in h.children if c.dep_ == "nsubj"), None)
                a = finder.resolve(teller, iso=iso, country=country) if teller is not None else None
                if a is not None and (a.inter or 0) == 1 and a.name.startswith("Military Forces of"):
                    r.actor1 = a
                    r.notes.append(f"actor 1: the military that tells of the interception ({a.name})")
                break
    if r.actor2 is None and r.actor1 is not None:
        for v in trigger.sent:  # "Russian forces launched 143 drones ..., adding that air defences shot down 87"
            if v.pos_ != "VERB" or v.lemma_.lower() not in LAUNCHING or v.i == trigger.i:
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is None or arg_kind(subj, finder.actor_kind) not in ("state", "nonstate"):
                continue
            a = finder.resolve(subj, iso=iso, country=country)
            if a is not None and a.name != r.actor1.name and (a.inter or 0) != 7:
                r.actor2 = a
                return


#: The last word of an unnamed armed side that points back to a group the text named ("the militiamen").
GENERIC_FOES = frozenset("""militants militant militiamen militia insurgents insurgent rebels rebel fighters jihadists
    jihadist extremists terrorists""".split())


def name_generic_foes(reports: list[Any], *, mentions: Iterable[Any] = ()) -> None:
    """"Fano militiamen overran a police station on Monday. The next day, federal troops fought the
    militiamen": an unnamed armed side of a battle or a strike told with a generic word ("the militiamen",
    "killing 20 militants") is the one armed group the article's other reports name, when they name
    exactly one (ACLED codes the group the text means); never the report's own actor 1, never "gunmen".
    ``mentions``: the article's actor mentions, whose named groups count too ("an airstrike against
    al-Shabaab fighters ..., killing three militants")."""
    sides = [a for r in reports for a in (r.actor1, r.actor2)] + [m.actor for m in mentions]
    named = {a.name: a for a in sides
             if a is not None and (a.inter or 0) in (2, 3, 4) and not a.name.startswith((UNIDENTIFIED, "Opposition "))}
    if len(named) != 1:
        return
    group = next(iter(named.values()))
    for r in reports:
        a2 = r.actor2
        if r.sub_event_type not in REMOTE + BATTLES or a2 is None or not a2.name.startswith(UNIDENTIFIED):
            continue
        words = (a2.text or "").lower().split()
        if not words or words[-1] not in GENERIC_FOES or (r.actor1 is not None and r.actor1.name == group.name):
            continue
        if a2.country and group.country and a2.country != group.country:
            continue
        r.actor2 = group
        r.notes.append(f"actor 2: the armed group the article names ({group.name}) for {a2.text!r}")

