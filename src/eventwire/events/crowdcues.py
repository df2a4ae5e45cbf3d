"""Crowds demonstrating that the phrase list misses: a procession or mourners told as peaceful, with
a purpose of protest or fired on by the forces ("a procession of garment workers demanding unpaid
wages", "police opened fire on an Ashura procession"), unarmed people walking somewhere to demand
something ("the faithful walked through the city to call for the results"), a crowd told as striking
("a crowd of striking miners") and an occupation by students or workers. :func:`demonstrating_crowds`
gives PROTEST cues for them to :mod:`eventwire.events.typing`.

Who is a crowd, and a crowd's own riot, are :mod:`eventwire.events.crowd`.
"""

from __future__ import annotations

from typing import Any

from .clause import _word_kind, agent_of
from .crowd import (
    CROWD_WORDS,
    DEMO_PURPOSE,
    DEMONSTRATING_FORMS,
    WALK_VERBS,
    _word_kind_armed,
    crowd_kind,
    person_target,
    walk_purpose,
)
from .crowdfollow import demonstration_told_before
from .crowdthrow import crowd_missiles
from .lexicon import CueHit, token_keys
from .strikes import LABOUR_STRIKE_MODS
from .words import doc_deps, doc_heads, doc_words, lemma_lowers, needs_words, tokens_with

MARCHING_NOUNS = frozenset("procession processions convoy convoys motorcade motorcades caravan mourners".split())
MANNER_MODS = frozenset("peaceful silent".split())
PEOPLE_WORDS = frozenset("people men women relatives families mothers widows".split())


def demonstrating_crowds(sent: Any, hits: list[CueHit]) -> list[CueHit]:
    """:func:`_named_crowds`, and a demonstration's riot told by stand-ins in the sentence after it
    (:func:`eventwire.events.crowdfollow.demonstration_told_before`)."""
    return _named_crowds(sent, hits) + demonstration_told_before(sent, hits) + crowd_missiles(sent, hits)


#: the nouns :func:`_named_crowds` reads (by their lower case)
_TOLD_CROWDS = MARCHING_NOUNS | CROWD_WORDS | PEOPLE_WORDS | {"occupation", "occupations"}


@needs_words(MARCHING_NOUNS, CROWD_WORDS, PEOPLE_WORDS, WALK_VERBS, ("occupation", "occupations"))
def _named_crowds(sent: Any, hits: list[CueHit]) -> list[CueHit]:
    """Demonstrations the phrase list misses: a procession or mourners told as peaceful or with a
    purpose of protest ("a procession of garment workers demanding unpaid wages", "peaceful mourners"),
    unarmed people walking or driving somewhere to demand something ("the faithful walked through the
    city to call for the publication of the results"), a staged convoy or procession."""
    taken = {i for h in hits if h.category == "PROTEST" for i in range(h.start, h.end)}
    out = []
    toks = sent
    if hasattr(sent, "doc") and hasattr(sent, "start"):  # a Span: only the tokens a reading below needs
        doc = sent.doc
        lows, lems, deps, heads = doc_words(doc)[1], lemma_lowers(doc), doc_deps(doc), doc_heads(doc)
        told = _TOLD_CROWDS
        toks = [doc[i] for i in range(sent.start, sent.end) if lows[i] in told or lems[i] in WALK_VERBS or (
            deps[i] == "dobj" and lows[heads[i]] in DEMONSTRATING_FORMS)]
    for t in toks:
        if t.i in taken:
            continue
        if t.pos_ == "NOUN" and t.lower_ in MARCHING_NOUNS:
            if any(c.dep_ == "amod" and c.lower_ in MANNER_MODS for c in t.children) or _purpose_of(t) or (
                t.dep_ == "dobj" and t.head.lemma_.lower() in ("stage", "hold", "organise", "organize", "lead")
            ) or _fired_on_by_forces(t):
                out.append(CueHit("PROTEST", "demonstrating crowd", t.i, t.i + 1, 1.0))
            continue
        if t.pos_ == "NOUN" and t.tag_ == "NNS" and t.lower_ in CROWD_WORDS and any(
            c.dep_ == "amod" and c.lower_ in DEMONSTRATING_FORMS for c in t.children
        ):
            out.append(CueHit("PROTEST", "striking crowd", t.i, t.i + 1, 1.0))  # "a crowd of striking miners"
            continue
        if t.dep_ == "dobj" and t.tag_ == "NNS" and t.head.dep_ == "pcomp" and t.head.lower_ in DEMONSTRATING_FORMS and (
                t.head.head.lower_ in ("on", "at", "upon")) and _word_kind(t) in (None, "civilian", "protester"):
            out.append(CueHit("PROTEST", "striking crowd", t.i, t.i + 1, 1.0))  # "on agitating farmers" read as a gerund
            continue
        if t.pos_ == "NOUN" and t.tag_ == "NNS" and t.lower_ in CROWD_WORDS | PEOPLE_WORDS and any(
            c.dep_ in ("relcl", "acl") for c in t.children
        ) and not _word_kind_armed(t) and _demonstrating_clause(t):
            out.append(CueHit("PROTEST", "demonstrators told", t.i, t.i + 1, 1.0))  # "students who had occupied the campus"
            continue
        if t.pos_ == "NOUN" and t.lower_ in ("occupation", "occupations") and any(
            c.dep_ in ("compound", "amod") and (c.lower_ in CROWD_WORDS or c.lower_ in LABOUR_STRIKE_MODS) for c in t.children
        ):
            out.append(CueHit("PROTEST", "occupation by a crowd", t.i, t.i + 1, 1.0))  # "a student occupation"
            continue
        if t.pos_ != "VERB" or t.lemma_.lower() not in WALK_VERBS:
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None and t.dep_ == "acl" and t.tag_ == "VBG":
            subj = t.head  # "lawyers walking silently to the court"
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or _word_kind_armed(subj) or any(
            _word_kind_armed(x) for x in subj.subtree if x.pos_ == "NOUN" and x.dep_ != "pobj"
        ):
            continue
        if walk_purpose(t) or any(c.dep_ == "advmod" and c.lower_ in ("silently", "peacefully") for c in t.children):
            out.append(CueHit("PROTEST", "demonstrating walk", t.i, t.i + 1, 1.0))
    return out


def _fired_on_by_forces(noun: Any) -> bool:
    """State forces fired on the procession ("police opened fire on an Ashura procession"): ACLED codes
    the procession as a demonstration met with force."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "at", "into"):
        return False
    v = noun.head.head
    if v.pos_ == "NOUN" and v.dep_ == "dobj":
        v = v.head  # "opened fire on ..."
    return v.pos_ == "VERB" and v.lemma_.lower() in ("fire", "open", "shoot") and _word_kind(agent_of(v)) == "state" if (
        agent_of(v) is not None) else False


CLAUSE_PROTEST_ACTS = frozenset("protest demonstrate march rally picket occupy stage chain glue".split())
CLAUSE_PROTEST_WORDS = frozenset("protest protests sit-in sit demonstration demonstrations rally march strike vigil".split())


def _demonstrating_clause(noun: Any) -> bool:
    """People told by a clause of their own as demonstrating ("students who had occupied the campus",
    "workers who staged a sit-in"); not only gathering or blocking (a mob gathers too)."""
    for c in noun.children:
        if c.dep_ not in ("relcl", "acl") or any(x.dep_ in ("auxpass", "agent") for x in c.children):
            continue
        if set(token_keys(c.lower_, c.lemma_)) & CLAUSE_PROTEST_ACTS or any(
                g.lower_ in CLAUSE_PROTEST_WORDS for g in c.subtree if g.dep_ in ("dobj", "pobj")):
            return True
    return False


def _purpose_of(noun: Any) -> bool:
    """A crowd noun told with a protest's purpose, on itself or on the people it is made of ("a
    procession of workers demanding unpaid wages", "mourners chanting slogans")."""
    heads = [noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj")]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("crowd", "crowds", "group", "groups"):
        heads.append(noun.head.head)  # "a crowd of mourners demanding justice": the clause hung on the crowd
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in DEMO_PURPOSE for h in heads for c in h.children) or any(
        c.dep_ == "prep" and c.lower_ == "against" for c in noun.children)


# what a crowd does to a person it takes justice into its own hands against
PUNISH_VERBS = frozenset("beat flog whip club cane stone lynch necklace douse hack burn set thrash batter kick".split())
PERSON_PRONOUNS = frozenset("him her them".split())


@needs_words(lambda: PUNISH_VERBS)
def crowd_punishments(sent: Any, hits: list[CueHit]) -> list[CueHit]:
    """A crowd punishing a person the phrase list misses ("market traders chased down a pickpocket and
    clubbed him to death", "locals tied a suspected rustler to a tree and flogged him", "a crowd doused
    a suspected robber with petrol and set him alight"): a MOB cue on the act. Not armed groups, not the
    forces (:func:`eventwire.events.crowd.crowd_kind`)."""
    taken = {h.start for h in hits if h.category == "MOB"}
    out = []
    for v in tokens_with(sent, lemmas=PUNISH_VERBS):
        if v.pos_ != "VERB" or v.lemma_.lower() not in PUNISH_VERBS or v.i in taken:
            continue
        if any(c.dep_ == "neg" for c in v.children):
            continue
        passive = passive_punishment(v)  # "two suspected thieves were set ablaze by residents"
        if passive is None and any(c.dep_ == "auxpass" for c in v.children):
            continue
        obj = passive[1] if passive else next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        if v.lemma_.lower() == "set" and not any(c.lower_ in ("alight", "ablaze", "fire") for c in v.subtree):
            continue
        doer = passive[0] if passive else agent_of(v)
        if doer is None and v.dep_ == "conj":
            doer = agent_of(v.head)
        if doer is None and v.dep_ == "conj" and v.head.dep_ == "ROOT" and v.head.tag_ in ("NNS", "NNPS"):
            doer = v.head  # "Local youths armed with sticks chased and beat ...": the subject parsed as the root
        base = v.head if v.dep_ == "conj" else v
        if doer is None and base.dep_ == "acl" and "VBD" in (base.tag_, v.tag_) and base.head.pos_ == "NOUN":
            doer = base.head  # "A crowd set upon a thief ... and burned him alive, police said": a finite verb hung on its subject
        if doer is None or (crowd_kind(doer) not in ("crowd", "demo") and not (
                _plain_people(doer) and _suspect(obj))):
            continue  # "boda boda riders beat a suspected thief to death": people, not forces, punishing a suspect
        person = obj.lower_ in PERSON_PRONOUNS or person_target(obj) or any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("accuse", "suspect") for c in obj.children)
        if obj.lower_ in PERSON_PRONOUNS and v.dep_ == "conj":
            first, h = next((c for c in v.head.children if c.dep_ == "dobj"), None), v.head
            while first is not None and first.lower_ in PERSON_PRONOUNS and h.dep_ == "conj":
                h = h.head  # "caught a suspected thief, tied him to a post and beat him": the person first named
                first = next((c for c in h.children if c.dep_ == "dobj"), None)
            person = first is None or person_target(first) or first.pos_ in ("NOUN", "PROPN")
        if person:
            out.append(CueHit("MOB", "crowd punishment", v.i, v.i + 1, 1.0))
    return out


SUSPECT_MODS = frozenset("suspected alleged accused presumed".split())


def _suspect(person: Any) -> bool:
    """A person told as suspected of a wrong ("a suspected thief", "a man accused of stealing a goat")."""
    return any(c.dep_ == "amod" and c.lower_ in SUSPECT_MODS for c in person.children) or any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("accuse", "suspect") for c in person.children)


PEOPLE_GROUPS = frozenset("group groups gang gangs band bands".split())


def _plain_people(doer: Any) -> bool:
    """A plural of people no word names as forces or an armed group ("motorcycle taxi riders", "a group
    of men"): who may make a mob when they punish a suspect."""
    heads = [doer, *(g for c in doer.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj")] if doer.lower_ in PEOPLE_GROUPS else [doer]
    if doer.pos_ != "NOUN" or heads[-1].tag_ != "NNS" or any(
            _word_kind(h) in ("state", "nonstate", "armed") for h in heads):
        return False
    return not any(_word_kind_armed(t) for t in doer.subtree if t.pos_ in ("NOUN", "PROPN"))


def passive_punishment(v: Any) -> tuple[Any, Any] | None:
    """(doer, person) of a punishment told in the passive, the "by" phrase hanging from the verb or a
    verb joined to it ("an alleged thief was stripped, beaten and paraded ... by a group of traders");
    None when the verb is not passive or names no doer."""
    verbs = [v, *(c for c in v.children if c.dep_ == "conj")]
    if v.dep_ == "conj":
        verbs += [v.head, *(c for c in v.head.children if c.dep_ == "conj" and c.i != v.i)]
    if not any(c.dep_ == "auxpass" for w in verbs for c in w.children):
        return None
    person = next((c for w in verbs for c in w.children if c.dep_ == "nsubjpass"), None)
    doer = next((g for w in verbs for c in w.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if person is None or doer is None:
        return None
    return doer, person


COMMUNAL_WORDS = frozenset("communal sectarian inter-communal intercommunal interethnic inter-ethnic religious".split())
COMMUNAL_HEADS = frozenset("violence riot riots rioting clash clashes unrest tension tensions".split())


def communal_riot(sent: Any, protest_words: list[Any]) -> bool:
    """Rioting told as communal or sectarian ("rioters ransack a shop ... during communal violence"), with
    no demonstration named (``protest_words``: the tokens of the sentence's protest cues, all of them
    riot words here) and no forces fought: communities turning on each other, ACLED's mob violence."""
    from .crowd import RIOT_WORDS
    from .forceacts import FORCE_TARGETS

    if any(t.lower_ not in RIOT_WORDS for t in protest_words):
        return False  # a protest or a march is named: its riot
    if any(t.lower_ in FORCE_TARGETS and not (t.dep_ == "nsubj" and t.head.lemma_.lower() in ("say", "tell", "report", "add"))
           for t in sent):
        return False  # the forces fought (not the police who told it)
    return any(t.lower_ in COMMUNAL_WORDS and t.head.lemma_.lower() in COMMUNAL_HEADS for t in sent)


BLOCK_VERBS = frozenset("block barricade obstruct".split())
ROAD_NOUNS = frozenset("""road roads highway highways street streets motorway expressway bridge bridges junction
    route routes thoroughfare avenue roundabout crossing""".split())
# what a road is blocked with that makes the blockade a riot (ACLED: barricades, burning tyres, other material)
BARRIER_NOUNS = frozenset("""rock rocks stone stones boulder boulders trunk trunks log logs branch branches tree trees
    barricade barricades debris tyre tyres tire tires rubble sandbags""".split())


@needs_words(BLOCK_VERBS)
def road_barricades(sent: Any, hits: list[CueHit]) -> list[CueHit]:
    """A road blocked with material the phrase list's road names miss ("protesters blocked the Pan-American
    Highway with rocks and tree trunks", "barricaded the Kigali road"): a RIOT cue on the verb (ACLED: road
    blocking with barricades or other material is a violent demonstration; a road held with bodies is not)."""
    taken = {h.start for h in hits if h.category == "RIOT"}
    out = []
    for v in tokens_with(sent, lemmas=BLOCK_VERBS):
        if v.pos_ != "VERB" or v.i in taken or any(c.dep_ == "neg" for c in v.children):
            continue
        road = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ROAD_NOUNS), None)
        material = any(g.lemma_.lower() in BARRIER_NOUNS or g.lower_ in BARRIER_NOUNS
                       for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.subtree)
        if road is not None and (material or v.lemma_.lower() == "barricade"):
            out.append(CueHit("RIOT", "road blocked with material", v.i, v.i + 1, 1.0))
    return out
