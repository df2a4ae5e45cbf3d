"""A crowd that says what it stands for is demonstrating.

ACLED keeps mob violence for crowds that turn on people or property with no demonstration told; a crowd
whose words or cause are given ("villagers opposed to a nickel mine", "residents demanding water",
"climate activists") or that acts at the seat of the authority it addresses ("set hay on fire in front
of the prefecture") is making a demonstration, and damage it does there is a violent demonstration.
The readers here look only at the doer's own words and the act's place, from the parse.
"""

from __future__ import annotations

from typing import Any

# the stance of a crowd, said of it ("opposed to", "angered by", "demanding", "protesting")
STANCE_WORDS = frozenset(
    """oppose opposed protest protesting demand demanding denounce denouncing decry decrying""".split()
)
#: a crowd's feeling, a stance only with its cause told ("angry over the water shortage", "angered by the
#: arrest"); "angry residents" alone may be a mob
FEELING_WORDS = frozenset("angered angry incensed outraged furious enraged frustrated unhappy dissatisfied aggrieved".split())
CAUSE_PREPS = frozenset("over about at against by with".split())


def _stance_word(c: Any) -> bool:
    if c.lower_ in STANCE_WORDS or c.lemma_.lower() in STANCE_WORDS or c.lower_ in ("opposes", "demands"):
        return True
    return c.lower_ in FEELING_WORDS and any(
        g.dep_ in ("prep", "agent") and g.lower_ in CAUSE_PREPS for g in c.children)
# people who are a cause's crowd by name
CAUSE_CROWDS = frozenset("activists campaigners strikers picketers environmentalists".split())
# the seats of authority a crowd addresses
AUTHORITY_SEATS = frozenset(
    """prefecture ministry parliament townhall hall governorate municipality secretariat presidency
    palace assembly congress senate legislature embassy consulate courthouse court capitol""".split()
)
FRONT_PREPS = frozenset("outside front before opposite".split())


def stance_crowd(doer: Any, act: Any) -> bool:
    """The crowd doing ``act`` demonstrates: its cause is told with it, it is a cause's crowd by name,
    or it acts in front of a seat of authority. Not for acts on people (the caller decides those)."""
    if doer is None:
        return False
    if doer.lower_ in CAUSE_CROWDS or any(c.lower_ in CAUSE_CROWDS for c in doer.children if c.dep_ == "conj"):
        return True
    if act.dep_ == "conj" and _stance_word(act.head) and act.head.i < act.i:
        return True  # "villagers opposed to a mine burned ...", parsed with "opposed" as the verb
    if any(c.dep_ in ("acl", "relcl", "amod") and _stance_word(c) for c in doer.children):
        return True
    for t in act.subtree:  # "in front of the prefecture", "outside the ministry"
        if t.dep_ == "pobj" and t.lemma_.lower() in AUTHORITY_SEATS and t.head.dep_ == "prep" and (
            t.head.lower_ in FRONT_PREPS or t.head.head.lower_ in FRONT_PREPS
        ):
            return True
    return False


def crowd_fight_type(dec: Any, actor_kind: Any = None) -> str | None:
    """An "armed clash" whose doer is an unarmed crowd ("tea estate workers demanding higher wages blocked the
    highway and attacked a police vehicle with sticks"): a riot. A violent demonstration when the crowd
    demonstrates (its cause told, or it turns on the police or the state's property), mob violence
    otherwise; None when the doer is no crowd or arms are used."""
    if dec.sub_event_type == "Looting/property destruction" and dec.trigger is not None:
        return _demonstrators_looting(dec, actor_kind)
    if dec.sub_event_type != "Armed clash" or dec.means is not None or dec.trigger is None:
        return None
    from .clause import agent_of, patient_of  # (here, after the cheap exits: crowd imports this module)
    from .crowd import POLICE_WORDS, STATE_PROPERTY, crowd_kind

    act = dec.trigger
    doer = dec.agent.token if dec.agent.token is not None else agent_of(act)
    up = act
    for _ in range(3):  # "workers demanding higher wages blocked ... and attacked ...", parsed with the demand on top
        if doer is not None or up.dep_ not in ("conj", "ccomp", "advcl") or up.head.i == up.i:
            break
        up = up.head
        doer = next((c for c in up.children if c.dep_ == "nsubj"), None)
    kind = crowd_kind(doer, actor_kind) if doer is not None else None
    if kind is None:
        return _police_clash_crowd(act, doer, actor_kind)
    if kind == "demo" or stance_crowd(doer, act):
        return "Violent demonstration"
    target = patient_of(act)
    words = {t.lower_ for t in target.subtree} if target is not None else set()
    words |= {t.lower_ for c in act.children if c.dep_ == "prep" for t in c.subtree}
    return "Violent demonstration" if words & (POLICE_WORDS | STATE_PROPERTY) else "Mob violence"


def fights_armed_foe(tok: Any, actor_kind: Any = None, by_cat: Any = None) -> bool:
    """``tok`` (a crowd or vigilante cue) fights an armed group ("vigilantes exchanged gunfire with bandits",
    "vigilantes clashed with bandits"): an armed clash of a communal militia, no mob (nor "killing two vigilantes");
    or it is the doer of a sexual assault ("sexually assaulted by a mob of armed men"): sexual violence."""
    from .clause import agent_of, arg_kind

    for _d, _h, r in (by_cat or {}).get("SEXV", []):
        ag = agent_of(r)
        if ag is not None and tok.i in {t.i for t in ag.subtree}:
            return True

    act = tok.head if tok.dep_ in ("nsubj", "compound", "amod") else None
    while act is not None and act.dep_ == "pobj":
        act = act.head.head  # "members of a vigilante group"
    if act is None or act.pos_ != "VERB" or act.lemma_.lower() not in FOE_FIGHT_LEMMAS:
        return False
    if agent_of(act) is None:
        return False
    return any(arg_kind(g, actor_kind) in ("nonstate", "armed") for c in act.children
               if c.dep_ == "prep" and c.lower_ in ("with", "against") for g in c.children if g.dep_ == "pobj")


FOE_FIGHT_LEMMAS = frozenset("clash fight exchange trade battle skirmish engage repel".split())
CLASH_LEMMAS = frozenset("clash scuffle tussle skirmish brawl".split())


def _police_clash_crowd(act: Any, doer: Any, actor_kind: Any = None) -> str | None:
    """The police clashing with a crowd ("police clashed with supporters of the former prime minister"):
    a crowd is no armed side, so the clash is the crowd's riot, a violent demonstration."""
    from .crowd import POLICE_WORDS, crowd_kind

    if doer is None or act.lemma_.lower() not in CLASH_LEMMAS or not (
        {t.lower_ for t in doer.subtree} & POLICE_WORDS
    ):
        return None
    others = [g for c in act.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
              for g in c.children if g.dep_ == "pobj"]
    if others and all(crowd_kind(g, actor_kind) is not None for g in others):
        return "Violent demonstration"
    return None


BARRICADE_WORDS = frozenset("barricade barricades tyres tires tyre tire roadblock roadblocks".split())


def _demonstrators_looting(dec: Any, actor_kind: Any = None) -> str | None:
    """Looting or burning by a crowd that demonstrates ("young people angered by the arrest of the opponent
    erected barricades of burning tyres and looted a petrol station"): ACLED codes the looting of a
    demonstration as its riot, a violent demonstration."""
    from .clause import agent_of
    from .crowd import crowd_kind

    act = dec.trigger
    doer = dec.agent.token if dec.agent.token is not None else agent_of(act)
    if doer is None and act.dep_ == "conj":
        doer = agent_of(act.head)
    kind = crowd_kind(doer, actor_kind) if doer is not None else None
    if kind is None and doer is not None and doer.lower_ == "people" and not any(
            c.dep_ == "amod" and c.lower_ in ("armed", "unidentified", "unknown") for c in doer.children):
        kind = "crowd"  # "young people angered by ...": a crowd, if its stance is told
    if kind is None:
        return None
    stance = kind == "demo" or stance_crowd(doer, act)
    barricades = any(t.lower_ in BARRICADE_WORDS for t in act.sent)
    return "Violent demonstration" if stance and (barricades or kind == "demo" or act.dep_ == "conj") else None


RIVAL_MODS = ("opposing", "rival", "dueling", "duelling", "counter", "competing")


def rival_rallies_fought(dec: Any, hits: list[Any]) -> bool:
    """A demonstration typed peaceful (or met by the police) while the sentence tells rival gatherings and a
    fight ("Opposing rallies battle with mace, paint balls and rocks", a headline the parser cannot read):
    crowds fighting each other, ACLED's mob violence even at a demonstration."""
    if dec.sub_event_type not in ("Peaceful protest", "Protest with intervention"):
        return False
    rival = any(h.category == "MOB" and h.phrase.lower().startswith(RIVAL_MODS) for h in hits)
    return rival and any(h.category in ("CLASH", "RIOT") for h in hits)


TRY_VERBS = frozenset("try attempt seek want plan set begin start".split())


def tries_act(clause: Any, acts: frozenset[str]) -> bool:
    """The clause's verb is one of ``acts``, or the act it tries or sets out to do is ("students who tried
    to block the road", "pensioners who attempted to march to the ministry")."""
    from .lexicon import token_keys

    if set(token_keys(clause.lower_, clause.lemma_)) & acts:
        return True
    return clause.lemma_.lower() in TRY_VERBS and any(
        c.dep_ == "xcomp" and bool(set(token_keys(c.lower_, c.lemma_)) & acts) for c in clause.children)


SUSPECT_MODS = frozenset("suspected alleged accused presumed purported".split())


def suspect_punished(by_cat: dict[str, list[Any]]) -> bool:
    """Every crime the sentence names is what a crowd's victim is suspected of ("residents stormed the house
    of a suspected burglar and set it on fire"), and a crowd does the violence: a mob, not a crime story."""
    crimes = [r for _d, _h, r in by_cat.get("CRIME", [])]
    if not crimes or not all(r.pos_ == "NOUN" and any(c.lower_ in SUSPECT_MODS for c in r.children) for r in crimes):
        return False
    from .clause import agent_of  # (imported here, after the cheap exit: crowd imports this module)
    from .crowd import CROWD_WORDS

    for cat in ("RIOT", "VIOLENCE"):
        for _d, _h, r in by_cat.get(cat, []):
            ag = agent_of(r) if r.pos_ == "VERB" else None
            if ag is not None and ag.lower_ in CROWD_WORDS:
                return True
    return False
