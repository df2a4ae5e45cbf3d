"""Conflict words used in another sense: an "attack" on a budget, a football "striker", recruiting teachers.

News outside conflict borrows its words: the opposition "launched a fierce attack on the government's
budget" (criticism), "the striker fired his team into the lead" (a footballer), "a campaign to recruit
5,000 teachers" (hiring). :func:`figurative_cue` tells such a cue from the act it usually names, from the
parse of its clause and a few word lists (gated on the cue words, so sentences without them cost nothing).
"""

from __future__ import annotations

from typing import Any

from .lexicon import CueHit

# what an "attack" on which is a criticism: plans, policies, texts and words (not "positions", held by forces)
ABSTRACT_TARGETS = frozenset(
    """budget budgets policy policies plan plans bill bills law laws decision decisions record remarks
    comments comment proposal proposals reform reforms ruling report statement speech speeches handling
    economy strategy agenda manifesto programme program performance credibility integrity reputation legacy
    stance views idea ideas verdict judgment judgement appointment nomination candidacy tax taxes""".split()
)
# a football or sports story: a "striker" who scores, not a worker on strike
SPORT_WORDS = frozenset(
    """goal goals scored scores score minute minutes match matches team teams league cup penalty penalties
    lead striker strikers midfielder defender goalkeeper club clubs coach season tournament final
    championship fixture half-time halftime qualifier qualifiers semi-final semifinal quarter-final derby
    olympics stadium""".split()
)
# people hired for civil work: recruiting them is no change in an armed group
CIVIL_RECRUITS = frozenset(
    """teacher teachers nurse nurses doctor doctors worker workers staff employee employees volunteer volunteers
    student students player players engineer engineers graduates graduate officials clerks midwives
    midwife""".split()
)


def figurative_cue(doc: Any, h: CueHit) -> bool:
    """The cue ``h`` names no act of conflict in its clause (see the module's docstring)."""
    tok = doc[h.start]
    low = tok.lower_
    if h.category in ("VIOLENCE", "CLASH") and tok.lemma_.lower() == "attack":
        return _attack_on_abstract(tok)
    if h.category == "PROTEST" and low in ("striker", "strikers"):
        words = {t.lower_ for t in tok.sent}
        return len(words & SPORT_WORDS - {"striker", "strikers"}) >= 2  # "the striker scored in the 30th minute"
    if h.category == "CHANGE" and tok.lemma_.lower() in ("recruit", "recruitment"):
        return _civil_hiring(tok)
    if h.category in ("VIOLENCE", "CLASH", "INTERV", "MOB") and tok.lemma_.lower() in WIN_VERBS:
        return _sport_win(tok)
    if h.category in ("VIOLENCE", "LETHAL") and tok.pos_ == "VERB":
        return _self_harm(tok)
    return False


#: verbs by which a team wins ("Real Madrid beat Barcelona 3-1")
WIN_VERBS = frozenset("beat defeat crush thrash rout hammer edge down overpower".split())
REFLEXIVES = frozenset("himself herself themselves myself itself".split())


def _sport_win(tok: Any) -> bool:
    """"Real Madrid beat Barcelona 3-1 in the cup final": a game's score or two words of sport."""
    sent = tok.sent
    if any(_score(t.text) for t in sent) or any(
        t.like_num and t.i + 2 < sent.end and t.nbor(1).text == "-" and t.nbor(2).like_num and len(t.text) <= 2
        and len(t.nbor(2).text) <= 2 for t in sent
    ):
        return True  # "3-1", however split
    return len({t.lower_ for t in sent} & SPORT_WORDS) >= 2


def _score(text: str) -> bool:
    left, sep, right = text.partition("-")
    return bool(sep) and left.isdigit() and right.isdigit() and len(left) <= 2 and len(right) <= 2


def _self_harm(tok: Any) -> bool:
    """"a soldier accidentally shot himself while cleaning his rifle": harm done to oneself is no attack
    (not "blew himself up", read as a suicide bombing by its own cue)."""
    if any(c.dep_ == "advmod" and c.lower_ in ("accidentally", "inadvertently") for c in tok.children) and any(
        c.dep_ == "advcl" and any(m.lower_ == "while" for m in c.children) for c in tok.children
    ):
        return True  # "accidentally shot dead his colleague while cleaning his weapon"
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.lower_ in REFLEXIVES for o in objs) and not any(
        c.dep_ == "prt" and c.lower_ == "up" for c in tok.children
    ) and tok.lemma_.lower() in ("shoot", "stab", "wound", "injure", "kill", "hurt")


def _attack_on_abstract(tok: Any) -> bool:
    """"an attack on the government's budget", "attacked the minister's remarks": the target is a text,
    a plan or words (no person, place or force)."""
    targets = []
    if tok.pos_ == "NOUN":
        targets = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "upon")
                   for g in c.children if g.dep_ == "pobj"]
    elif tok.pos_ == "VERB":
        targets = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(targets) and all(t.lemma_.lower() in ABSTRACT_TARGETS or t.lower_ in ABSTRACT_TARGETS for t in targets)


def _civil_hiring(tok: Any) -> bool:
    """"a campaign to recruit 5,000 teachers", "the recruitment of nurses": people hired for civil work."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return bool(objs) and all(o.lemma_.lower() in CIVIL_RECRUITS or o.lower_ in CIVIL_RECRUITS for o in objs)
