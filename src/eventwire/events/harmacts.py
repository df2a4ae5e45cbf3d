"""Political violence that other rules would read as crime or as damage only.

- Gangs: ACLED codes organised armed gangs that attack communities or state forces (Haiti's gangs) as
  political militias: "armed gangs attacked the X neighbourhood, killing seven residents" and "gang
  members attacked a police station" are Attacks or Armed clashes, "gang members kidnapped dozens of
  residents" an Abduction. A gang that robs, steals, kidnaps for ransom or fights over turf stays crime
  ("a gang of armed robbers killed a shopkeeper", "rival gangs clashed in what police called a turf war");
  cartels and cults firing guns stay crime as before (their drone or bomb attacks are political violence
  by their means), unless they fight state forces or each other (``events.gangclash``: Armed clashes).
- Damage with people hurt: looting or property destruction is coded only when nobody is hurt; when the
  same act wounds or kills people ("settlers set fire to homes, wounding four Palestinians", "torched
  houses and injured three residents") the violence against the people is the event.
"""

from __future__ import annotations

from typing import Any

from .clause import patient_of
from .gangclash import gang_clash

# targets whose attack by a gang is political violence: state forces and whole communities
STATE_TARGETS = frozenset(
    """police policeman policemen officer officers soldier soldiers troops troop army military station
    stations barracks checkpoint checkpoints patrol patrols convoy convoys base bases post posts guardsmen
    gendarmes gendarmerie""".split()
)
COMMUNITY_TARGETS = frozenset(
    """neighbourhood neighbourhoods neighborhood neighborhoods district districts village villages town towns
    community communities residents villagers inhabitants commune communes suburb suburbs locality localities
    camp camps civilians homes houses""".split()
)
# crime groups whose shootings stay crime (tests pin "the CJNG cartel attacked police officers" as crime)
CARTEL_WORDS = frozenset("cartel cartels mafia cult cultists syndicate yakuza triad triads".split())
# words that tell the gang is about gain or its own quarrels: crime
GAIN_WORDS = frozenset(
    """rob robbed robbing robbery robberies robber robbers steal stole stolen stealing theft thief thieves burglar
    burglars burglary ransom extortion extort rival rivals turf drug drugs trafficking smuggling street bank shop
    shopkeeper store jewellery jewelry cash""".split()
)


def political_gang_attack(tok: Any, doer: Any) -> bool:
    """A gang or cartel (``doer``) attacks state forces or a community with ``tok``, and nothing says the
    violence is for gain or a gang quarrel: political violence, not crime."""
    words = {t.lower_ for t in doer.subtree}
    if words & GAIN_WORDS or not words & {"gang", "gangs"} or words & CARTEL_WORDS:
        return False  # "a gang of armed robbers", "rival gangs"; cartels stay crime (CASE's ORG_CRIME)
    sent = tok.sent
    if any(t.lower_ in GAIN_WORDS or t.lemma_.lower() in GAIN_WORDS for t in sent):
        return False
    targets = STATE_TARGETS | COMMUNITY_TARGETS
    for verb in _verbs(tok):
        for arg in _targets_of(verb):
            words = {arg.lower_, arg.lemma_.lower()} | {
                c.lower_ for c in arg.children if c.dep_ in ("compound", "amod")} | _of_group(arg)
            if words & targets:
                return True
    return False


def _of_group(arg: Any) -> set[str]:
    """The group a number or a quantity names ("dozens of residents", "two of the officers")."""
    if arg.pos_ not in ("NUM", "PRON") and arg.lower_ not in ("dozens", "scores", "hundreds"):
        return set()
    return {g.lower_ for c in arg.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj"}


def _targets_of(verb: Any) -> list[Any]:
    """Who or what ``verb`` is done to: its object, what it is fired "on" / "at" ("opened fire on residents
    of the neighbourhood", "fired at a patrol"), and the community it is done "in" ("killed 15 people in
    the village")."""
    out = [p for p in [patient_of(verb)] if p is not None]
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        pobj = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ in ("on", "at", "against", "upon", "to"):  # "set fire to homes in the district"
            out += pobj + [x for g in pobj for of in g.children if of.lower_ in ("of", "in") for x in of.children]
        elif prep.lower_ == "in":
            out += [g for g in pobj if g.lower_ in COMMUNITY_TARGETS]
            # "killed 70 people in an attack on the town": what the attack named is done to
            out += [x for g in pobj if g.lemma_.lower() in _ATTACK_NOUNS for on in g.children
                    if on.dep_ == "prep" and on.lower_ in ("on", "against") for x in on.children if x.dep_ == "pobj"]
    return out


_ATTACK_NOUNS = frozenset("attack raid assault offensive incursion".split())


def _verbs(tok: Any) -> list[Any]:
    """``tok`` and the verbs joined to it ("attacked the neighbourhood, killing seven residents"), also
    from the joined verb ("killing" of "opened fire on residents ..., killing five")."""
    if tok.dep_ in ("conj", "advcl", "xcomp") and tok.head.pos_ == "VERB":
        tok = tok.head
    out = [tok]
    out += [c for c in tok.children if c.dep_ in ("conj", "advcl", "xcomp") and c.pos_ == "VERB"]
    return out


HURT_VERBS = frozenset("wound injure hurt kill stab shoot beat hack maim burn".split())
# what a hurting verb may take that is no person ("burning cars", "killing livestock")
THING_WORDS = frozenset(
    """house houses home homes car cars vehicle vehicles shop shops property properties crop crops field fields
    livestock cattle sheep goats animals building buildings tent tents olive trees tree mosque church school""".split()
)


def people_hurt_too(trig: Any, violence: tuple[float, Any] | None) -> bool:
    """The damage verb ``trig`` comes with a hurting verb joined to it ("..., wounding four Palestinians",
    "... and injured two residents") that has people as its object: the act hurt people."""
    if violence is None:
        return False
    v = violence[1]
    if v.pos_ != "VERB" or v.lemma_.lower() not in HURT_VERBS or any(c.dep_ == "neg" for c in v.children):
        return False
    joined = (v.head.i == trig.i and v.dep_ in ("advcl", "conj")) or (trig.head.i == v.i and trig.dep_ in ("conj",))
    if not joined:
        return False
    pat = patient_of(v)
    return pat is not None and pat.pos_ in ("NOUN", "PROPN", "NUM") and pat.lemma_.lower() not in THING_WORDS


# (a kidnapping of villagers or residents by a gang, with no ransom told, is a gang's attack on a community)
ATTACK_VERBS = frozenset(
    "attack storm raid ambush kill shoot open fire burn torch invade assault hit target set kidnap abduct".split())
# a gang making a place its base ("gang members installed a command post in the police station"): a group act
BASE_VERBS = frozenset("install instal installed establish set".split())
BASE_WORDS = frozenset("base bases post posts camp camps headquarters stronghold hideout".split())


def gang_attack_cue(tok: Any) -> bool:
    """A crime cue that names the doer of a political gang attack ("gang members killed 15 people in the
    village", "gang members stormed a police station"): the gang is the attacker, not a crime story."""
    if tok.dep_ not in ("nsubj", "compound") or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    doer = tok.head if tok.dep_ == "compound" and tok.head.dep_ == "nsubj" else tok
    verb = doer.head
    if verb.pos_ == "VERB" and (verb.lemma_.lower() in BASE_VERBS or verb.lower_ in BASE_VERBS) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in BASE_WORDS for c in verb.children):
        return True  # "gang members set up a base in the school"
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ATTACK_VERBS and political_gang_attack(verb, doer)


def crime_cue_yields(cands: dict[str, tuple[float, Any]]) -> bool:
    """The crime cue of the sentence is no crime story: gang leaders agreeing a truce (gangs ending their
    fighting), the gang named as the doer of a political gang attack (:func:`gang_attack_cue`), or a gang
    fighting state forces or another gang (:func:`eventwire.events.gangclash.gang_clash`)."""
    if "AGREE" in cands and cands["AGREE"][1].lower_ in ("truce", "ceasefire", "agreed", "signed"):
        return True
    if "ARREST" in cands and significant_arrest(cands["ARREST"][1]):
        return True  # "arrested a former prime minister on corruption charges": a significant person's arrest
    # "police fought gang members for hours", "a shootout with drug traffickers" (events.gangclash)
    return "CRIME" in cands and (gang_attack_cue(cands["CRIME"][1]) or gang_clash(cands["CRIME"][1]))


#: people whose arrest is political whatever the charge: the press and activists (a minister held for
#: embezzlement stays a police case, as the tests pin); office holders only when of the opposition
SIGNIFICANT_PERSONS = frozenset("editor editors journalist journalists reporter reporters activist activists".split())
OFFICE_HOLDERS = frozenset(
    """minister ministers president premier governor lawmaker lawmakers mp mps senator senators legislator
    legislators mayor politician politicians candidate candidates leader leaders figure figures""".split()
)


def significant_arrest(verb: Any) -> bool:
    """An arrest verb whose object is a significant person ("detained the editor of a newspaper", "an
    opposition leader was arrested on fraud charges")."""
    if verb.pos_ != "VERB":
        return False
    for p in verb.children:
        if p.dep_ not in ("dobj", "nsubjpass"):
            continue
        low = p.lemma_.lower()
        if low in SIGNIFICANT_PERSONS or p.lower_ in SIGNIFICANT_PERSONS:
            return True
        if (low in OFFICE_HOLDERS or p.lower_ in OFFICE_HOLDERS) and any(
            c.lower_ == "opposition" for c in p.children if c.dep_ in ("compound", "amod", "nmod")
        ):
            return True  # "an opposition lawmaker", "the opposition leader"
    return False
