"""Conflict words used in another sense: an "attack" on a budget, a football "striker", recruiting teachers.

News outside conflict borrows its words: the opposition "launched a fierce attack on the government's
budget" (criticism), "the striker fired his team into the lead" (a footballer), "a campaign to recruit
5,000 teachers" (hiring). :func:`figurative_cue` tells such a cue from the act it usually names, from the
parse of its clause and a few word lists (gated on the cue words, so sentences without them cost nothing).
"""

from __future__ import annotations

from typing import Any

from .lexicon import CueHit
from .words import span_lowers, span_text

# what an "attack" on which is a criticism: plans, policies, texts and words (not "positions", held by forces)
ABSTRACT_TARGETS = frozenset(
    """budget budgets policy policies plan plans bill bills law laws decision decisions record remarks
    comments comment proposal proposals reform reforms ruling report statement speech speeches handling
    economy strategy agenda manifesto programme program performance credibility integrity reputation legacy
    stance views idea ideas verdict judgment judgement appointment nomination candidacy tax taxes freedom
    freedoms democracy constitution rights values principles dignity""".split()
)
# a football or sports story: a "striker" who scores, not a worker on strike
SPORT_WORDS = frozenset(
    """goal goals scored scores score minute minutes match matches team teams league cup penalty penalties
    lead striker strikers midfielder defender goalkeeper club clubs coach season tournament final
    championship fixture half-time halftime qualifier qualifiers semi-final semifinal quarter-final derby
    olympics stadium champions bowled bowler batsman wicket wickets innings cricket football rugby tennis
    basketball""".split()
)
#: crowds and harm that make a fight at a game a real one
FAN_WORDS = frozenset("""fans fan supporters supporter hooligans ultras spectators crowd crowds mob injured wounded
    killed dead hurt stabbed police""".split())
#: what a team's game is called by: "the World Cup clash", "a title fight", "the derby battle"
SPORT_MODS = frozenset("cup derby title league final semi-final semifinal quarter-final tie".split())
#: what one "fights" or "battles" that is no armed foe: "to fight inflation", "the battle against malaria"
ABSTRACT_FOES = frozenset(
    """inflation poverty corruption hunger malnutrition disease diseases malaria cholera polio measles ebola cancer
    pandemic virus covid covid-19 coronavirus climate unemployment illiteracy pollution desertification locust
    locusts obesity misinformation disinformation prices deficit debt graft fraud tax evasion""".split()
)
#: an "attack" of the body: "died of a heart attack", "an asthma attack"
ILLNESS_MODS = frozenset("heart asthma panic anxiety epileptic migraine".split())
FIGHT_LEMMAS = frozenset("fight battle combat tackle clash war".split())
#: who fires words, not bullets: "came under fire from lawmakers"
CRITICS = frozenset(
    """lawmaker lawmakers critic critics opposition activist activists campaigner campaigners parliament mp mps
    senator senators media press public union unions analyst analysts economist economists commentator
    commentators fan fans user users rival rivals party parties group groups church bishop bishops newspaper
    newspapers editorial voter voters investor investors business businesses""".split()
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
    if h.category in ("VIOLENCE", "CLASH") and tok.lemma_.lower() in ("attack", "assault"):
        return _attack_on_abstract(tok) or any(
            c.dep_ in ("compound", "amod") and c.lower_ in ILLNESS_MODS for c in tok.children
        )  # "died of a heart attack"
    if h.category in ("VIOLENCE", "CLASH", "RIOT") and tok.lemma_.lower() in FIGHT_LEMMAS:
        return _sport_fight(tok) or _abstract_foe(tok)
    if h.category == "CLASH" and low in ("came", "come", "comes", "coming") and h.end - h.start > 2:
        return _criticised(tok)
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


def _sport_fight(tok: Any) -> bool:
    """"the World Cup clash", "the champions fought back from two goals down": a game, not a fight."""
    words = set(span_lowers(tok.sent))
    if words & FAN_WORDS:
        return False  # "fans of the two clubs fought running battles after the match": a mob
    if any(c.dep_ in ("compound", "amod") and c.lower_ in SPORT_MODS for c in tok.children):
        return True
    return len(words & SPORT_WORDS) >= 2


def _abstract_foe(tok: Any) -> bool:
    """"raised rates to fight inflation", "the battle against malaria": the foe is no armed side."""
    foes = [c for c in tok.children if c.dep_ == "dobj"]
    foes += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
             for g in c.children if g.dep_ == "pobj"]
    return bool(foes) and all(f.lemma_.lower() in ABSTRACT_FOES or f.lower_ in ABSTRACT_FOES for f in foes)


def _criticised(tok: Any) -> bool:
    """"the minister came under fire from lawmakers over the price hikes": criticism, not shooting."""
    from_ = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    if from_:
        return all(f.lemma_.lower() in CRITICS or f.lower_ in CRITICS for f in from_)
    return any(c.dep_ == "prep" and c.lower_ in ("over", "for") and any(
        g.lemma_.lower() in ABSTRACT_TARGETS or g.tag_ == "VBG" or g.lower_ in ("hike", "hikes", "handling", "failure")
        for g in c.children if g.dep_ in ("pobj", "pcomp")) for c in tok.children)


SPACE_WORDS = frozenset("satellite satellites orbit spacecraft astronaut astronauts space spaceport lunar moon".split())


def space_launch(tok: Any) -> bool:
    """A rocket that carries a satellite or crew into space ("the rocket put a satellite into orbit"),
    with nobody struck."""
    words = {t.lower_ for t in tok.sent}
    return len(words & SPACE_WORDS) >= 1 and not words & {"killed", "wounded", "injured", "struck", "hit", "fired"}


#: people named by a taking: who were held or who held them
CAPTIVE_NOUNS = frozenset("""hostage hostages captive captives abductee abductees kidnapper kidnappers abductor abductors
    kidnap-victim""".split())
#: what happens to captives at their release
RELEASE_LEMMAS = frozenset("release free rescue arrive reunite return hand liberate".split())
RELEASE_MODS = frozenset("freed released former rescued liberated".split())


def released_captives(tok: Any) -> bool:
    """A captive or a captor named at a release, no taking told ("freed hostages arrived in Tel Aviv",
    "kidnappers released a businessman after a ransom was paid"): the end of an abduction, not one."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in CAPTIVE_NOUNS:
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in RELEASE_MODS for c in tok.children):
        return True
    v = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and v.lemma_.lower() in RELEASE_LEMMAS


#: words of a device that is no threat: a scare, a hoax, a relic of an old war
HARMLESS_FIND = ("harmless", "hoax", "false alarm", "world war", "wartime")


def harmless_find(sent: Any) -> bool:
    """"a suspicious package turned out to be harmless" (not "turned out to be a pipe bomb"), "a World War II bomb was found on a building site",
    "a hoax bomb threat": no weapon was used or stopped in a conflict (not when anyone was hurt)."""
    text = span_text(sent).lower()
    if not any(w in text for w in HARMLESS_FIND):
        return False
    if not any(_said_harmless(sent, t) for t in sent if t.lower_ in HARMLESS_STARTS):
        return False  # "police said the grenade was not a hoax and defused it"
    return not any(t.lemma_.lower() in ("kill", "wound", "injure", "die") for t in sent)


#: the first words of the phrases of :data:`HARMLESS_FIND`
HARMLESS_STARTS = frozenset(w.split()[0] for w in HARMLESS_FIND)
NEGATIONS = frozenset("not no n't never nothing".split())


def _said_harmless(sent: Any, tok: Any) -> bool:
    """``tok`` starts a phrase of :data:`HARMLESS_FIND` that is not denied ("was not a hoax")."""
    rest = sent.doc[tok.i : min(tok.i + 3, sent.end)].text.lower()
    if not any(rest.startswith(w) for w in HARMLESS_FIND):
        return False
    before = sent.doc[max(sent.start, tok.i - 3) : tok.i]
    return not any(t.lower_ in NEGATIONS for t in before)
