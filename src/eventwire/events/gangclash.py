"""Organised gangs fighting state forces or each other: political violence, not crime.

ACLED codes organised armed gangs (Haiti's gangs, Brazil's drug factions, Mexico's cartels) as political
militias (inter 3, as the actor dictionary codes the cartels and Ecuador's gangs) where they fight the state
or each other: "police fought gang members for hours in the district, killing several", "a raid sparked a
shootout with drug traffickers that left four suspects dead", "rival gangs clashed in the slum" are Armed
clashes (their gang side "Unidentified Armed Group (<country>)" unless named). What stays crime: one robber
or one suspect ("police killed a notorious armed robber in a shootout"), a gang that robs, steals, kidnaps
for ransom or fights over turf ("a gang of armed robbers", "in what police called a turf war", "fought over
a drug corner", "fighting for control of smuggling routes"), and a
cartel's one-sided shooting ("drug traffickers ambushed a patrol": the tests pin it as crime, CASE's
ORG_CRIME). The fight must be told as two-sided: a fighting verb with both sides, or a fight noun
("shootout", "gunfight", "clashes") with the gang as its other party.
"""

from __future__ import annotations

from typing import Any

from .story import sentence_of

#: nouns that are an organised gang by themselves (plural: a group, not one criminal)
GANG_NOUNS = frozenset(
    """gang gangs gangsters cartel cartels traffickers narcos narcotraffickers narco-traffickers
    drug-traffickers""".split())
#: the group word that makes its members, gunmen or suspects a gang's ("gang members", "members of a gang")
GANG_GROUP_WORDS = frozenset("gang gangs gang's cartel cartels cartel's drug".split())
MEMBER_NOUNS = frozenset("members gunmen men fighters suspects hitmen militants leaders".split())
#: the state's side of the fight
STATE_WORDS = frozenset(
    """police policeman policemen officer officers soldier soldiers troop troops army military marines guard guards
    guardsmen gendarmes gendarmerie commandos agents forces unit units swat""".split())
FIGHT_VERBS = frozenset("fight clash battle engage".split())
#: nouns of a two-sided fight
FIGHT_NOUNS = frozenset(
    """shootout shootouts shoot-out shoot-outs gunfight gunfights gunbattle gunbattles firefight firefights clash
    clashes battle battles fighting confrontation confrontations""".split())
#: words that tell the gang is about gain or its own turf: crime
GAIN_WORDS = frozenset(
    """rob robbed robbing robbery robberies robber robbers steal stole stolen stealing theft thief thieves burglar
    burglars burglary ransom extortion extort turf bank shop shopkeeper store jewellery jewelry cash
    carjackers carjacking smuggling""".split())
RIVAL_WORDS = frozenset("rival rivals another other opposing".split())
#: what a turf war is fought "over" or "for": crime ("fought over a drug corner", "for control of smuggling routes")
PRIZE_WORDS = frozenset("control territory turf corner route market plaza spoils share business trade".split())


_CLASH_KEY = "eventwire_gang_clash"


def gang_clash(tok: Any) -> bool:
    """The sentence of ``tok`` tells a two-sided armed fight between an organised gang and state forces
    or between gangs, with nothing saying the gang acts for gain or turf (read once per sentence: the
    typing and three crime readers ask it of the same sentence)."""
    sent = sentence_of(tok.doc, tok.i)  # (a token's .sent walks the doc)
    known = tok.doc.user_data.setdefault(_CLASH_KEY, {})
    if sent.start not in known:
        known[sent.start] = _gang_clash(sent)
    return known[sent.start]


def _gang_clash(sent: Any) -> bool:
    """:func:`gang_clash` of the sentence ``sent``."""
    if not any(t.lower_ in GANG_NOUNS or t.lower_ in GANG_GROUP_WORDS for t in sent) or any(
            t.lower_ in GAIN_WORDS or t.lemma_.lower() in GAIN_WORDS for t in sent):
        return False
    for t in sent:
        sides = _sides(t)
        if sides is None or _for_a_prize(t):
            continue
        gangs = [s for s in sides if gang_side(s)]
        if not gangs:
            continue
        others = [s for s in sides if s not in gangs]
        if any(state_side(s) for s in others) or len(gangs) > 1 or any(_rivals(g) for g in gangs):
            return True
    return False


def _sides(t: Any) -> list[Any] | None:
    """The parties of a fighting verb or a fight noun ``t``; None when ``t`` is neither."""
    low, lemma = t.lower_, t.lemma_.lower()
    if t.pos_ == "VERB" and (lemma in FIGHT_VERBS or (lemma in ("exchange", "trade") and any(
            c.dep_ == "dobj" and c.lower_ in ("fire", "gunfire", "shots") for c in t.children))):
        out = [c for c in t.children if c.dep_ == "dobj"] + _subject(t) + _pobjs(t)
        return _with_conjuncts(out)
    if t.pos_ in ("NOUN", "PROPN") and low in FIGHT_NOUNS:
        out = _pobjs(t)
        out += [c for c in t.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN")]
        if t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.dep_ == "prep"):
            out += _subject(t.head if t.dep_ == "dobj" else t.head.head)  # "..., sparking a shootout with ..."
        return _with_conjuncts(out)
    return None


def _for_a_prize(t: Any) -> bool:
    """The fight is told as fought over a prize of crime ("fought over a drug corner", "fighting for control
    of smuggling routes"), not "for several hours"."""
    return any(p.dep_ == "prep" and p.lower_ in ("over", "for") and g.lemma_.lower() in PRIZE_WORDS
               for p in t.children for g in p.children if g.dep_ == "pobj")


def _subject(h: Any) -> list[Any]:
    """Who does the verb ``h``: its subject, or that of the verb it is joined to ("Police raided the slum,
    sparking a shootout"), or the noun it hangs from ("Gunmen of rival factions engaged in a shootout"
    parsed as a noun with a clause)."""
    for _ in range(3):
        subj = [c for c in h.children if c.dep_ == "nsubj"]
        if subj:
            return subj
        if h.dep_ == "acl" and h.head.pos_ in ("NOUN", "PROPN"):
            return [h.head]
        if h.dep_ not in ("advcl", "conj", "xcomp") or h.head.i == h.i:
            return []
        h = h.head
    return []


def _pobjs(t: Any) -> list[Any]:
    return [g for p in t.children if p.dep_ == "prep" and p.lower_ in ("with", "between", "against", "among")
            for g in p.children if g.dep_ == "pobj"]


def _with_conjuncts(toks: list[Any]) -> list[Any]:
    out: list[Any] = []
    for t in toks:
        out += [t] + [c for c in t.conjuncts if c not in out]
    return out


def gang_side(tok: Any) -> bool:
    """``tok`` names an organised gang: "gangs", "drug traffickers", "gang members", "members of a gang",
    "cartel gunmen" (not one robber or one suspect, not "a gang of youths")."""
    low = tok.lower_
    if low in GANG_NOUNS:  # not "a gang of youths" (a crowd), "gang" of "gang members" (read below)
        return tok.dep_ != "compound" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    if low in MEMBER_NOUNS:
        near = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
        near += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        return any(c.lower_ in GANG_GROUP_WORDS or c.lower_ in GANG_NOUNS for n in near for c in n.subtree)
    return False


def state_side(tok: Any) -> bool:
    return tok.lower_ in STATE_WORDS or tok.lemma_.lower() in STATE_WORDS


def _rivals(tok: Any) -> bool:
    """A gang side that names its own enemies: "rival gangs", "two gangs", "gunmen of rival cartel factions",
    "gangs fought each other"."""
    if tok.lower_ in ("gangs", "cartels") and any(
            c.lower_ in RIVAL_WORDS or c.like_num for c in tok.children if c.dep_ in ("amod", "nummod", "compound")):
        return True
    if tok.lower_ in MEMBER_NOUNS and any(t.lower_ in RIVAL_WORDS for t in tok.subtree):
        return True
    if tok.dep_ == "nsubj" and any(
            c.dep_ == "dobj" and c.lower_ == "other" or c.lower_ == "each" for c in tok.head.subtree):
        return tok.lower_ in ("gangs", "cartels") or tok.lower_ in MEMBER_NOUNS
    return tok.lower_ in ("gangs", "cartels") and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in FIGHT_VERBS
