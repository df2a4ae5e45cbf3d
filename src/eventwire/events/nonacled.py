"""Happenings that are not ACLED events: accidents, crime, diplomacy, statements about an act.

CASE 2021 and ACLED leave out natural and man-made disasters, organised crime, diplomacy and the
attribution of responsibility; :mod:`eventwire.events.typing` asks the predicates here whether a
sentence that carries violent words is really one of those ("a military helicopter crashed, killing
its crew", "armed robbers shot two guards", "the two presidents signed cooperation agreements").
"""

from __future__ import annotations

from typing import Any

from .clause import _depth, _word_kind, agent_of, patient_of, verb_above
from .forceacts import physical_charge
from .gangclash import gang_clash
from .harmacts import political_gang_attack
from .lexicon import NONSTATE_WORDS, CueHit
from .materiel import blown_up_by_someone
from .nonacled_reading import fighting_halted, harm_denied, speaker_not_doer, told_by
from .quarrels import private_killing
from .story import sentence_of
from .weapons import attack_drone
from .words import lower_forms, span_text, tokens_lowered, tokens_with, with_next_sentences, words_of

ByCat = dict[str, list[tuple[float, CueHit, Any]]]

STATEMENT_VERBS = frozenset(
    """condemn denounce deplore decry welcome praise mourn regret lament investigate probe criticise criticize
    shock sadden horrify appal appall shocked saddened horrified appalled pray commemorate honour honor""".split())


# verbs of a measure or a statement that an act may only be the occasion of ("announced a curfew
# following the attacks", "passed a resolution condemning the use of force against protesters")
POLICY_VERBS = STATEMENT_VERBS | frozenset(
    """announce impose declare order suspend ban extend lift vow promise pledge urge call sentence convict
    acquit jail try charge indict adopt pass approve demand""".split())
PLOT_VERBS = frozenset("plan plot orchestrate mastermind organise organize finance fund perpetrate commit".split())
SPEECH_VERBS = frozenset("say tell state add".split())
PREPOSITION_LIKE = frozenset("following after amid over against regarding concerning".split())
MENTION_NOUNS = frozenset("resolution statement report verdict sentence curfew ban".split())


def only_mentioned(trig: Any, fam: str = "VIOLENCE") -> bool:
    """"The Security Council condemned the attack": the act is only referred to by a statement
    (no clause of its own telling what happened)."""
    if fam == "VIOLENCE" and trig.pos_ == "NOUN" and _demanded_end(trig):
        return True  # "warned that the shelling of civilian areas must stop"
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ not in ("dobj", "pobj"):
        return False
    if any(t.dep_ in ("relcl", "acl") and t.pos_ == "VERB" for t in trig.subtree):
        return False
    if fam in ("OTHER", "AGREE", "CHANGE", "HQ", "TRANSFER", "TERRITORY", "ARREST", "DISRUPT"):
        return _stated(trig)  # "imposed martial law" is the measure itself; "announced the liberation of"
    h = trig  # up a chain of nouns and prepositions to the verb that governs them
    chain = [trig]
    for _ in range(6):
        if h.dep_ not in ("dobj", "pobj", "prep", "compound", "amod", "nmod", "poss", "conj", "appos") and (
            h.lower_ not in PREPOSITION_LIKE
        ):
            break
        h = h.head
        if h.lower_ in PREPOSITION_LIKE:
            continue  # a preposition however tagged
        if h.pos_ in ("NOUN", "PROPN"):
            chain.append(h)
        if h.pos_ in ("VERB", "AUX") and h.tag_ == "VBG" and h.dep_ == "pcomp" and h.lemma_.lower() in PLOT_VERBS:
            h = h.head  # "charged a commander with planning the bombing": up to the charge
            continue
        if h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in SPEECH_VERBS and chain[-1].head.lower_ in PREPOSITION_LIKE:
            said = next((c for c in h.children if c.dep_ == "ccomp" and c.lemma_.lower() in STATEMENT_VERBS), None)
            h = said if said is not None else h  # "following the attack, the spokesman said he condemns the violence"
        if h.pos_ in ("VERB", "AUX") or (h.pos_ == "ADJ" and h.lower_ in STATEMENT_VERBS):  # "was shocked by"
            if (h.lemma_.lower() in STATEMENT_VERBS or h.lower_ in STATEMENT_VERBS) and _told_in_detail(chain):
                return False  # "condemned the killing of 11 protesters by soldiers in the capital": it happened
            if (h.lemma_.lower() in POLICY_VERBS or h.lower_ in POLICY_VERBS) and not (
                h.lemma_.lower() == "call" and any(c.lower_ == "off" for c in h.children)
            ) and not physical_charge(h):  # "police charged at the mob", "... the teachers with batons"
                return True  # "condemning the use of force against peaceful protesters"
            break
        if h.lemma_.lower() in MENTION_NOUNS:
            return True
    return _stated(trig)


ENDING_VERBS = frozenset("stop end cease halt".split())


def _demanded_end(trig: Any) -> bool:
    """An act named as what must stop ("the shelling of civilians must stop", "attacks should end")."""
    v = trig.head
    return trig.dep_ in ("nsubj", "nsubjpass") and v.lemma_.lower() in ENDING_VERBS and any(
        c.dep_ == "aux" and c.lower_ in ("must", "should", "has", "have", "needs", "need") for c in v.children
    ) and not any(c.dep_ == "neg" for c in v.children)


def _told_in_detail(nouns: list[Any]) -> bool:
    """The act a statement is about is told with its own particulars: a count of its victims ("the
    killing of 11 protesters") together with its doer ("by soldiers") or its place ("in the capital").
    A statement on a policy ("condemned the use of force against protesters") has none of them."""
    nouns = nouns + [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"]  # "the killing of seven herders by gunmen"
    counted = any(c.dep_ == "nummod" or c.like_num for n in nouns for c in n.children)
    doer = any(c.dep_ == "prep" and c.lower_ == "by" for n in nouns for c in n.children)
    place = any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near") and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "FAC") or g.lower_ in PLACE_WORDS) for g in c.children
    ) for n in nouns for c in n.children)
    return counted and (doer or place)


PLACE_WORDS = frozenset("capital city town village district province region area camp square street".split())


def _stated(trig: Any) -> bool:
    """The act is the object of a statement verb ("condemned the attack")."""
    head = trig.head if trig.dep_ == "dobj" else trig.head.head
    if head.lemma_.lower() not in STATEMENT_VERBS:
        return False
    if any(t.dep_ in ("relcl", "acl") and t.pos_ == "VERB" for t in trig.subtree):
        return False  # "investigating the murder of a businessman who was shot dead in his car"
    if _told_in_detail([trig]):
        return False  # "shocked by the killing of seven herders by gunmen"
    return not any(
        c.dep_ in ("relcl", "acl", "nummod") or (c.dep_ == "prep" and c.lower_ not in ("on", "against", "of", "by"))
        for c in trig.children
    )


VEHICLE_WORDS = frozenset("bus minibus truck lorry tanker car vehicle van boat ferry train jeep".split())
ACCIDENT_VERBS = frozenset("crash collide derail overturn capsize sink collapse plunge skid explode burst catch leak".split())
HOSTILE_LEMMAS = frozenset(
    """attack shoot fire bomb ambush clash raid storm abduct kidnap target strike gunman gunmen militant
    militants rebel rebels insurgent insurgents terrorist terrorists sabotage saboteur""".split())


def accident(by_cat: ByCat, sent: Any) -> Any:
    """The verb of an accident ("crashed", "overturned", "sank") that carries the sentence, when
    nothing in it says anyone attacked: the deaths and the missing are the accident's."""
    if any(c in by_cat for c in ("IED", "SUICIDE", "GRENADE", "CHEM", "CLASH", "SHELL")) or any(
        h.phrase != "missing" for _d, h, _r in by_cat.get("ABDUCT", [])
    ):
        return None
    for _d, h, r in by_cat.get("MANMADE", []):
        if r.pos_ == "NOUN" and r.dep_ == "nsubj" and r.head.lemma_.lower() in ("explode", "burst", "catch", "leak"):
            r = r.head  # "a gas pipeline exploded"
        elif r.pos_ == "NOUN":  # "their armoured vehicle overturned" (however parsed)
            r = next((t for t in r.doc[h.start : h.end] if t.lemma_.lower() in ACCIDENT_VERBS), r)
        if r.pos_ != "VERB" or r.lemma_.lower() not in ACCIDENT_VERBS or _depth(r) > 3:
            continue
        if any(_munition(x) or attack_drone(x) for x in [r.head, *r.children] if x.dep_ in ("nsubj", "nsubjpass") or (
            r.dep_ == "acl" and x.i == r.head.i
        )):
            continue  # "rockets crashed into the market", "shells crashing into the village"
        if any(t.lemma_.lower() in HOSTILE_LEMMAS or t.lower_ in HOSTILE_LEMMAS for t in sent):
            return None
        return r
    for _d, _h, r in by_cat.get("RIOT", []):  # "a bus carrying pilgrims overturned": no one overturned it
        subj = [c for c in r.children if c.dep_ == "nsubj"] or list(r.doc[max(r.i - 4, r.sent.start) : r.i])
        if r.lemma_ == "overturn" and r.pos_ == "VERB" and _depth(r) <= 5 and any(
            s.lemma_.lower() in VEHICLE_WORDS for s in subj  # the parse may miss the subject
        ) and not any(c.dep_ == "dobj" for c in r.children) and not any(
            t.lemma_.lower() in HOSTILE_LEMMAS or t.lower_ in HOSTILE_LEMMAS for t in sent
        ):
            return r
    return None


def prior_mishap(tok: Any, by_cat: ByCat) -> bool:
    """A disaster told only as what came before the violence ("a crowd set upon the driver after the
    accident and beat him to death", "villagers lynched him following the crash"): the violence done by
    people afterwards is the event, not the mishap."""
    t = tok.head if tok.dep_ in ("compound", "amod") else tok
    if t.dep_ == "pobj" and t.head.lower_ in ("after", "following"):
        clause = t.head  # "after the accident"
    elif t.dep_ == "nsubj" and t.head.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("after", "when") for m in t.head.children
    ):
        clause = t.head  # "after the crash killed a child"
    elif tok.pos_ == "VERB" and tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in tok.children):
        clause = tok  # "after the bus overturned"
    else:
        return False
    inside = {x.i for x in clause.subtree}
    arson = [x for x in by_cat.get("LOOT", []) if x[2].lemma_.lower() in ("torch", "burn", "set", "smash", "vandalise", "vandalize")]
    for _d, _h, r in by_cat.get("VIOLENCE", []) + by_cat.get("MOB", []) + arson:  # not looting after a disaster
        if r.i in inside:
            continue
        ag = doer(r)
        if ag is not None and ag.pos_ in ("NOUN", "PROPN") and _word_kind(ag) != "state" and ag.lemma_.lower() not in (
            "accident", "crash", "fire", "blaze", "collapse", "flood", "explosion", "blast"
        ):
            return True
    return False


def doer(tok: Any) -> Any:
    """Who does ``tok``: its agent, the agent of the verb it is joined to, or the noun a misparsed
    clause hangs from ("a crowd set upon the driver and beat him"); a doer noun is its own doer."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "ROOT"):
        return tok  # "an angry mob", "angry villagers" (a MOB cue)
    t = tok
    for _ in range(3):
        ag = agent_of(t)
        if ag is not None:
            return ag
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN"):
            return t.head
        if t.dep_ not in ("conj", "advcl", "xcomp") or t.head.i == t.i:
            return None
        t = t.head
    return None


def embedded(tok: Any) -> bool:
    """Inside a relative clause or an accusation ("a man they accused of killing a child")."""
    h = tok
    for _ in range(6):
        if h.head.i == h.i:
            return False
        if h.dep_ in ("relcl",) or (h.dep_ == "pcomp" and h.head.head.lemma_ in ("accuse", "suspect", "charge")):
            return True
        h = h.head
    return False


def unknown_doer(doc: Any, hit: CueHit) -> bool:
    """An attribution cue whose subject is a question word ("who was behind", "who is responsible")."""
    tok = doc[hit.start]
    for t in [tok, tok.head, tok.head.head]:
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in t.children):
            return True
    return False


# doers whose violence is crime, not political violence (CASE's ORG_CRIME)
CRIMINAL_WORDS = frozenset(
    """robber robbers thief thieves burglar burglars smuggler smugglers trafficker traffickers poacher
    poachers gangster gangsters fraudster fraudsters carjacker carjackers criminals criminal""".split()
)
# what an agreement between states is about when it is diplomacy, not a conflict agreement
COOPERATION_WORDS = frozenset(
    """cooperation co-operation trade economic energy investment memorandum memoranda bilateral partnership
    visa tourism education health cultural""".split())
# a blaze or a burst doing the damage
ARSON_WORDS = frozenset("set arson arsonist arsonists torch torched petrol molotov suspected unknown unidentified".split())
DISASTER_SUBJECTS = frozenset(
    """fire fires blaze inferno flames flame pipeline tanker cylinder boiler transformer storm storms flood floods
    floodwaters flooding cyclone hurricane typhoon tornado earthquake quake landslide landslides mudslide winds
    rains rain downpour downpours monsoon hailstorm wildfire wildfires bushfire avalanche tsunami elephant elephants locusts""".split()
)


def criminal_doer(tok: Any) -> bool:
    """The doer of ``tok`` is a criminal ("armed robbers attacked a bullion van", "poachers killed")."""
    ag = agent_of(tok)
    if ag is None or speaker_not_doer(ag) or gang_clash(tok):  # not "..., the Journalists Syndicate said, ..."
        return False  # nor "rival gangs clashed in the slum" (events.gangclash)
    if ag.lower_ in CRIMINAL_WORDS or ag.lemma_.lower() in CRIMINAL_WORDS:
        return True
    if any(t.lower_ in CRIME_GROUP_WORDS for t in list(ag.subtree)[:14]):  # not gangs attacking police, a town
        return not political_gang_attack(tok, ag)  # "cartel gunmen", "gang members", "members of a cult group"
    return False


CRIME_GROUP_WORDS = frozenset("cartel cartels gang gangs mafia cult cultists syndicate yakuza triad triads".split())
# crime cues that tell why a killing was done: for hire, in a gang's quarrel
CRIME_MOTIVES = ("contract", "hitman", "hitmen", "hit man", "gang dispute", "rival gang", "crime boss")


def crime_motive(sent: Any, by_cat: ByCat) -> bool:
    """The violence is told as a crime: "what investigators called a contract killing", "shot a rival in a
    gang dispute", or the doer of a fighting verb of the sentence is a criminal ("armed robbers ambushed
    a cash-in-transit van ...; two guards were wounded"); not gangs fighting each other (events.gangclash)."""
    if any(h.phrase.startswith(CRIME_MOTIVES) for _d, h, _r in by_cat.get("CRIME", [])) and not gang_clash(sent[0]):
        return True
    verbs = [r for c in ("CLASH", "VIOLENCE") for _d, _h, r in by_cat.get(c, []) if r.dep_ not in EMBEDDED_DEPS]
    return any(v.pos_ == "VERB" and criminal_doer(v) for v in verbs)


def criminal_target(tok: Any) -> bool:
    """Police killing or fighting criminals ("police killed a notorious armed robber in a shootout"):
    law enforcement against crime, not political violence."""
    pat = patient_of(tok)
    if pat is None or gang_clash(tok):  # not "police fought gang members for hours" (events.gangclash)
        return False
    if not (pat.lower_ in CRIMINAL_WORDS or pat.lemma_.lower() in CRIMINAL_WORDS or (
        pat.lower_ in ("gang", "gangs", "members", "suspects") and any(
            c.lower_ in CRIME_GROUP_WORDS | CRIMINAL_WORDS for c in pat.subtree if c is not pat)
    )):
        return False
    ag = agent_of(tok)
    return ag is None or ag.lower_ in ("police", "policemen", "officers", "operatives", "detectives", "troops")


def domestic_killing(tok: Any) -> bool:
    """A killing of the doer's own kin ("a man killed his wife and three children"): domestic crime."""
    if tok.lemma_.lower() not in ("kill", "murder", "stab", "shoot", "strangle", "hack", "behead", "burn"):
        return False
    if private_killing(tok):
        return True  # "shot dead his employer after a quarrel over salary" (events.quarrels)
    pat = patient_of(tok)
    if pat is None:
        return False
    for p in [pat]:  # the first victim: "killed a village chief and his son" is no family killing
        if p.lemma_.lower() in KIN_WORDS | {"child", "children", "wife", "family", "parent", "parents"} and (any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in p.children
        ) or (p.lower_ in KIN_WORDS and not any(c.dep_ in ("det", "poss", "amod", "compound", "prep") for c in p.children))):
            return True  # "killed his wife"; a headline's bare "Man kills wife"
    return False


def cooperation_deal(tok: Any) -> bool:
    """An agreement about trade, energy or cooperation ("signed cooperation agreements"): diplomacy."""
    words = {t.lower_ for t in tok.subtree}
    for c in tok.children:
        if c.dep_ == "dobj":
            words |= {t.lower_ for t in c.subtree}
    head = tok.head
    if tok.dep_ in ("dobj", "pobj"):
        words |= {t.lower_ for t in head.subtree}
    return bool(words & COOPERATION_WORDS) and not fighting_halted(tok.sent)  # not "a halt on strikes on energy sites"


def disaster_damage(by_cat: ByCat) -> Any:
    """"A fire gutted the market, destroying hundreds of shops": the damage is done by a blaze."""
    for _d, _h, r in by_cat.get("LOOT", []) + by_cat.get("RIOT", []):
        if r.pos_ == "NOUN" and r.lemma_.lower() in ("blaze", "fire", "inferno") and not any(
            t.lemma_.lower() in HOSTILE_LEMMAS | ARSON_WORDS or t.lower_ in ARSON_WORDS for t in r.sent
        ) and (r.dep_ == "nsubj" or any(c.dep_ == "relcl" for c in r.children)):
            return r  # "a blaze gutted a warehouse", "firefighters battled a blaze that gutted ...": nobody set it
        ag = agent_of(r)
        if ag is None and r.tag_ == "VBN":  # "houses were destroyed when a fire swept through the settlement"
            ag = next((g for c in r.children if c.dep_ == "advcl" for g in c.children if g.dep_ == "nsubj"), None)
        if ag is not None and ag.tag_ in ("WDT", "WP") and r.dep_ == "relcl":
            ag = r.head  # "a fire that destroyed a warehouse"
        if ag is not None and (ag.lemma_.lower() in DISASTER_SUBJECTS or ag.lower_ in DISASTER_SUBJECTS) and not any(
            c.lower_ in ("petrol", "fire") and c.dep_ == "compound" for c in ag.children
        ):
            return r
    return None


# acts one claims or denies ("claims deadly Burkina Faso attack")
CLAIMABLE = frozenset(
    """attack attacks bombing bombings blast blasts killing killings shooting assassination ambush explosion
    abduction kidnapping beheading raid massacre murder strike strikes bomb bombs ied device grenade rocket rockets
    arson""".split())
DISASTER_AGENTS = frozenset(
    """fire fires blaze inferno flood floods flooding quake earthquake landslide landslides mudslide storm
    cyclone hurricane typhoon tornado avalanche crash collision accident stampede collapse wildfire
    wildfires bushfire lightning outbreak epidemic disease cholera virus fumes heatwave rains rain snow
    winds crocodile elephant elephants lion tiger leopard snake hippo""".split()
)


#: the verbs a group relays its own fighters' act by ("the group said its fighters ...")
OWN_CLAIM_VERBS = frozenset("say announce state tell".split())
_CLAIM_LEMMAS = OWN_CLAIM_VERBS | frozenset("suspect claim deny attribute".split())
_BEHIND = frozenset(("behind",))


def claimed_acts(doc: Any, sent: Any, hits: list[CueHit]) -> list[CueHit]:
    """Attribution cues the phrase list cannot see: a claiming or denying verb whose object is an
    attack ("Al-Qaeda affiliate claims deadly Burkina Faso attack", "denies role in attack")."""
    if any(h.category == "ATTRIB" for h in hits):
        return []
    out = []
    for t in tokens_with(sent, lemmas=_CLAIM_LEMMAS, lowers=_BEHIND):  # the others never claim
        if t.lemma_.lower() in OWN_CLAIM_VERBS and not _OWN_CLAIM_GATE.isdisjoint(words_of(sentence_of(doc, t.i))) and (
                _own_fighters_did(t)):  # (its readings need one of the gate's words in the sentence)
            out.append(CueHit("ATTRIB", "group says its fighters", t.i, t.i + 1, 1.0))
            continue
        if t.lower_ == "behind" and any(c.dep_ == "pobj" and c.lemma_.lower() in CLAIMABLE for c in t.children):
            out.append(CueHit("ATTRIB", "behind act", t.i, t.i + 1, 1.0))  # "the group behind the embassy bombing"
            continue
        if t.lemma_.lower() == "suspect" and t.pos_ == "VERB" and t.tag_ != "VBN" and any(
            c.dep_ == "dobj" and (_word_kind(c) in ("nonstate", "armed") or c.ent_type_ in ("ORG", "NORP")) for c in t.children
        ):
            out.append(CueHit("ATTRIB", "suspect group", t.i, t.i + 1, 1.0))  # "authorities suspect the ADF"
            continue
        if t.lemma_.lower() not in ("claim", "deny", "attribute") or t.pos_ != "VERB":
            continue
        for c in t.children:
            if c.dep_ == "dobj" and (c.lemma_.lower() in CLAIMABLE or (
                c.lower_ in ("role", "involvement", "responsibility")
            ) or _claimable_string(c)):
                out.append(CueHit("ATTRIB", "claim act", t.i, t.i + 1, 1.0))
            elif c.dep_ == "ccomp" and c.lemma_.lower() in CLAIM_ACT_VERBS and any(
                g.dep_ == "dobj" and g.lemma_.lower() in CLAIMABLE for g in c.children
            ):
                out.append(CueHit("ATTRIB", "claim act", t.i, t.i + 1, 1.0))  # "denied it had carried out the bombing"
    if out and _phrase_attribution(sent):
        return []  # the phrase list saw the claim and the caller left it out: the act itself is asked for
    return [h for h in out if not claim_after_act(doc, h, hits) and not _negated_claim(doc[h.start])]


def _negated_claim(tok: Any) -> bool:
    """"without attributing the attack", "did not claim the bombing"."""
    return any(c.dep_ == "neg" for c in tok.children) or (tok.dep_ == "pcomp" and tok.head.lower_ == "without")


def _claimable_string(tok: Any) -> bool:
    """"A string|series|wave of arson attacks": acts counted by a noun of quantity."""
    return tok.lower_ in ("string", "series", "wave", "spate", "spree") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in CLAIMABLE for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )


def _phrase_attribution(sent: Any) -> bool:
    """Whether the cue phrases find an attribution in ``sent`` ("denied responsibility for")."""
    from .crowd import cue_index  # the shared cue index (imported here: crowd reads this module's callers)

    return any(h.category == "ATTRIB" for h in cue_index().match(sent))


_MODIFIER_PATH = frozenset(("compound", "amod", "poss", "nmod"))
SOURCE_VERBS = frozenset("say tell report add state confirm announce claim quote blame accuse cite warn".split())


def reporting_voice(tok: Any) -> bool:
    """``tok`` names who tells or blames, not who acts: the subject of a reporting verb or a modifier of
    it ("the Taliban administration said", "state media blamed a gas leak", "according to army sources")."""
    return told_by(tok, SOURCE_VERBS, steps=3, through=_MODIFIER_PATH)


# the acts an attribution can be about, told by their own cue
TOLD_ACT_CATS = frozenset("VIOLENCE LETHAL CLASH SUICIDE AIR SHELL IED GRENADE CHEM BLAST SEXV ABDUCT ARREST LOOT MOB".split())
EMBEDDED_DEPS = frozenset("relcl acl pcomp amod xcomp csubj".split())


def claim_after_act(doc: Any, hit: CueHit, hits: list[CueHit]) -> bool:
    """An attribution told after the act it is about, outside the act's clause: "An IED hit an army
    truck, wounding five soldiers; the military blamed the rebels", "an airstrike killed eight people,
    the government said, accusing Islamabad", "militants killed a villager, accusing him of spying".
    The act is told as a fact in a finite clause of its own, so the act is the news and the claim only
    names its doer; a claim that holds the act ("claimed the bombing that killed 8") stays a claim."""
    claim = _verb_of(_span_root(doc, hit))
    if claim is None or _blamed_mishap(claim):
        return False
    for h in hits:
        if h.category not in TOLD_ACT_CATS or h.start >= hit.start:
            continue
        act = _span_root(doc, h)
        verb = act if act.pos_ == "VERB" else (
            act.head if act.dep_ in ("nsubj", "nsubjpass") and act.head.pos_ in ("VERB", "AUX") else None
        )  # "a car bomb tore through a street", "a grenade was hurled at a stall"
        if verb is None or verb.i == claim.i or verb.dep_ in EMBEDDED_DEPS or not _finite(verb):
            continue
        if any(a.i == claim.i for a in verb.ancestors) and not any(t.text in (";", "--") for t in doc[verb.i : claim.i]):
            continue  # the act told inside the claim ("said its fighters had ambushed a patrol"); a
            # clause before a semicolon is its own, however parsed ("a bomb derailed a train; Maoists were blamed")
        return True
    return False


MISHAP_CAUSES = frozenset("""fault faults failure failures error errors negligence weather lightning accident leak leaks
    fire blaze heat short circuit spark sparks malfunction defect""".split())


def _blamed_mishap(claim: Any) -> bool:
    """The blame falls on a cause, not on anyone ("officials blamed a technical fault", "the army said,
    blaming a fire", "blamed the blast on a gas leak")."""
    if claim.lemma_.lower() not in ("blame", "attribute"):
        return False
    objs = [c for c in claim.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in claim.children if c.dep_ == "prep" and c.lower_ in ("on", "to") for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in MISHAP_CAUSES | ACCIDENT_CAUSES | NONHOSTILE_CAUSES or o.lower_ in MISHAP_CAUSES
               for o in objs)


def _span_root(doc: Any, hit: CueHit) -> Any:
    """The token of a hit whose head lies outside it."""
    for t in doc[hit.start : hit.end]:
        if not (hit.start <= t.head.i < hit.end) or t.head.i == t.i:
            return t
    return doc[hit.start]


def _verb_of(tok: Any) -> Any:
    """``tok`` when a verb, else the verb it hangs from within three steps ("responsible" -> "were")."""
    verb = verb_above(tok, steps=3)
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _finite(verb: Any) -> bool:
    """A verb that tells a happening by itself: "killed", "kills", "was hurled", "has killed"."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def disaster_hit(tok: Any, hits: list[CueHit]) -> bool:
    """A fighting or killing word whose object or doer is a disaster ("fight the wildfires", "a fire
    that broke out in a centre killed 40 people")."""
    dis = {i for h in hits if h.category in ("NATURAL", "MANMADE") for i in range(h.start, h.end)}
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass") and (c.lemma_.lower() in DISASTER_AGENTS or c.i in dis) and (
            c.i in dis or c.lemma_.lower() != "fire" or any(
                g.dep_ in ("relcl", "acl") and g.lemma_ in ("break", "start", "erupt", "engulf", "spread", "rage", "rip")
                for g in c.children
            )
        ):
            return c.dep_ != "nsubjpass"
        if c.dep_ == "agent":
            if any(g.lemma_.lower() in DISASTER_AGENTS and (g.i in dis or g.lemma_ != "fire") for g in c.children):
                return True
    return False


OWN_FIGHTERS = frozenset("fighters militants members mujahideen mujahidin men cadres jihadists soldiers operatives".split())
GROUP_NAME_WORDS = frozenset("liberation front movement brigade brigades group organisation organization".split())


def _own_fighters_did(say: Any) -> bool:
    """"The group said its fighters carried out the attack": a non-state group claiming an act."""
    subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    words = {t.lower_ for t in subj.subtree}
    if subj.lower_ in ("spokesman", "spokesperson", "spokeswoman", "leader", "commander") and any(
        c.dep_ == "poss" and (c.lower_ in GROUP_NAME_WORDS or _word_kind(c) == "nonstate") for c in subj.children
    ):
        words.add("group")  # "the group's spokesman told AFP"
    elif _word_kind(subj) != "nonstate" and not (words & GROUP_NAME_WORDS and subj.pos_ == "PROPN"):
        if not (subj.lower_ in GROUP_NAME_WORDS and (words & NONSTATE_WORDS or subj.lower_ == "group")):
            return False
    for c in say.children:
        if c.dep_ != "ccomp":
            continue
        agent = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if agent is not None and agent.lower_ in OWN_FIGHTERS and any(
            g.dep_ == "poss" and g.lower_ in ("its", "their") for g in agent.children
        ):
            return True
        if agent is not None and agent.lower_ in ("it", "they", "we") and c.lemma_.lower() in CLAIM_ACT_VERBS and any(
            g.dep_ == "dobj" and g.lemma_.lower() in CLAIMABLE for g in c.children
        ):
            return True  # "the group said in a statement that it carried out the car bombing"
    return False


CLAIM_ACT_VERBS = frozenset("carry conduct stage launch perpetrate execute mount".split())
_OWN_CLAIM_GATE = OWN_FIGHTERS | CLAIM_ACT_VERBS  # the words a claim by a group's own fighters is told by


ACCIDENT_CAUSES = frozenset(
    """gas cylinder cylinders leak leaking leakage transformer boiler ammonium nitrate fireworks firecracker
    firecrackers chemical chemicals fuel tanker pipeline pipe methane circuit warehouse factory refinery
    accidental accident malfunction faulty negligence coal mine mines miners reactor furnace heat overheating
    oxygen welding spark sparks""".split()
)
HOSTILE_WORDS = frozenset(
    """bomb bombs bomber bombing ied attack attacks attacker attackers militant militants terrorist terrorists
    insurgents rebels suicide planted targeted target claimed gunmen jihadists""".split()
)


def accidental_blast(doc: Any, sent: Any) -> bool:
    """An explosion said to come from gas, a transformer, fireworks, a chemical plant (in the
    sentence or the two after it), with nothing hostile named: an accident, not a bomb."""
    toks = with_next_sentences(sent)
    cause = hostile = False
    for t in toks:
        low, lem = t.lower_, t.lemma_.lower()
        if low in HOSTILE_WORDS or lem in HOSTILE_WORDS:
            if not (t.head.lemma_.lower() in ("rule", "exclude") or low == "target" and t.pos_ == "VERB"):
                hostile = True
        if (low in ACCIDENT_CAUSES or lem in ACCIDENT_CAUSES) and t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
            cause = True
        hostile = hostile or (lem == "blow" and blown_up_by_someone(t, ACCIDENT_CAUSES))  # "a pipeline was blown up"
    return cause and not hostile


# an agreement between parties to a conflict (ACLED's Agreement), not one between states on trade
CONFLICT_DEAL_WORDS = (
    "ceasefire", "cease fire", "truce", "peace", "surrender", "lay", "laid", "prisoner", "exchange", "swap", "armistice",
    "negotiated release", "released in exchange", "reconciliation", "in exchange for",
)


def conflict_deal(by_cat: ByCat) -> bool:
    """Whether an agreement cue names a ceasefire, a truce, peace, a surrender or an exchange."""
    for _d, h, r in by_cat.get("AGREE", []) + by_cat.get("SWAP", []):
        if h.phrase in PARSED_DEALS:
            return True  # read off the parse between parties at war (eventwire.events.unlisted)
        said = r.doc[h.start : h.end].text.lower()
        if said.startswith(CONFLICT_DEAL_WORDS) or any(w in said for w in ("ceasefire", "truce", "peace")):
            return True
        if {t.lower_ for t in r.sent} & CONFLICT_PARTY_WORDS or fighting_halted(r.sent):
            return True  # "the warring parties signed a power-sharing deal", "agreed to halt the fighting"
    for v in by_cat.values():  # the agreement told by a verb ("agree to observe the ceasefire agreements")
        return bool(v) and (bool({t.lower_ for t in v[0][2].sent} & TRUCE_WORDS) or fighting_halted(v[0][2].sent))
    return False


TRUCE_WORDS = frozenset("ceasefire ceasefires cease-fire truce truces armistice".split())
#: the phrases of the agreements :mod:`eventwire.events.unlisted` reads only between parties at war
PARSED_DEALS = frozenset(("captives exchanged", "surrender told", "accord reached"))


CONFLICT_PARTY_WORDS = frozenset(
    """warring belligerents rebels rebel militants insurgents fighters militia militias armed power-sharing
    sharing evacuate evacuation disarmament disarm demobilisation demobilization""".split()
)


# what an arrest is for when it is ordinary crime (ACLED codes only politically significant arrests)
CRIME_REASONS = frozenset(
    """murder murdering murdered killing kill killed rape raping raped defile defiling defiled defilement
    theft stealing stole steal fraud defrauding defrauded gambling robbery robbing burglary poisoning
    stabbing stabbed stab kickbacks bribe bribes bribery embezzlement forgery assaulting""".split()
)
KIN_WORDS = frozenset(
    """wife husband girlfriend boyfriend mother father son daughter brother sister stepfather stepmother uncle
    aunt nephew niece neighbour neighbor lover fiancee""".split()
)
POLITICAL_WORDS = frozenset(
    """attack attacks militant militants terror terrorist terrorists terrorism bomb bombs bombing explosive
    explosives insurgent insurgents rebel rebels separatist separatists protest protests protester protesters
    opposition activist activists journalist journalists blogger politician party islamist jihadist
    extremist extremists plot coup riot rioting gunmen weapons arms militia sedition treason""".split()
)


def ordinary_crime(sent: Any) -> bool:
    """An arrest for a murder in the family, a theft, a fraud or a rape, with nothing political said."""
    words = lower_forms(sent)
    if words & POLITICAL_WORDS:
        return False
    return bool(words & CRIME_REASONS) and (bool(words & KIN_WORDS) or bool(
        words & {"suspect", "suspected", "accused", "connection", "allegedly", "charged", "charges"}
    ) or any(t.dep_ == "relcl" and {x.lower_ for x in t.subtree} & CRIME_REASONS for t in sent)) or any(
        _charge(t) or _crime_site(t) for t in sent
    )


CRIME_SITES = frozenset("den dens ring rings racket rackets syndicate joint joints parlour parlor".split())


def _crime_site(tok: Any) -> bool:
    """A place or ring named by its crime ("raided a gambling den", "busted a robbery ring")."""
    return tok.lower_ in CRIME_REASONS and tok.dep_ in ("compound", "amod") and tok.head.lower_ in CRIME_SITES


# what people are arrested for that is ordinary crime ("arrested for stealing cattle", "over a gambling ring")
CHARGE_WORDS = CRIME_REASONS | frozenset(
    """rob rustle rustling smuggle smuggling traffic trafficking sell selling possession poach poaching
    cheat cheating swindle extort extortion counterfeit forge loot burgle""".split()
)


def _charge(tok: Any) -> bool:
    """The reason of an arrest is a crime: "for stealing cattle", "over an illegal gambling ring"."""
    if tok.dep_ not in ("pcomp", "pobj") or tok.head.lower_ not in ("for", "over"):
        return False
    verb = tok.head.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head  # "arrested a man for possession of ..."
    if verb.lemma_.lower() not in ("arrest", "detain", "apprehend", "nab", "hold", "charge", "book"):
        return False
    words = {tok.lower_, tok.lemma_.lower()} | {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "dobj")}
    return bool(words & CHARGE_WORDS)


def _starts_test(low: str) -> bool:
    return low.startswith("test")


def weapons_test(sent: Any) -> bool:
    """A missile or rocket test ("test-fired", "a missile test"), with nobody hit."""
    if "test" not in span_text(sent).lower():  # no word of the sentence starts with "test" (its text is the gate)
        return False
    missiles = ("missile", "missiles", "rocket", "rockets", "icbm", "weapon", "weapons")
    test = False
    for t in tokens_lowered(sent, _starts_test):
        nxt = [x.lower_ for x in t.doc[t.i + 1 : t.i + 3]]
        if nxt[:2] in (["-", "fired"], ["-", "fire"], ["-", "fires"], ["-", "launched"], ["-", "firing"]):
            test = True  # "test-fired two missiles"
        elif t.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in missiles for c in t.children):
            test = True  # "tested a new ballistic missile"
        elif t.pos_ == "NOUN" and any(c.dep_ == "compound" and c.lower_ in missiles for c in t.children):
            test = True  # "a missile test"
    if not test:
        return False
    return not any(t.lemma_ in ("kill", "wound", "injure", "target", "hit") for t in sent)


# one-sided assaults: with nobody hurt and property burned, ACLED codes property destruction
ONE_SIDED = frozenset("attack raid storm assault invade".split())
HARM_LEMMAS = frozenset(
    """kill die dead death injure wound shoot shot hack stab behead murder massacre execute beat torture
    casualty casualties fatality fatalities hurt abduct kidnap rape lose injury injuries victim victims
    bleed gun fire""".split()
)


def harmless(sent: Any, *, taken: bool = True) -> bool:
    """No one is said to be killed, hurt or (with ``taken``) taken in the sentence ("no casualties
    were reported" is harmless)."""
    harm = HARM_LEMMAS if taken else HARM_LEMMAS - TAKING_LEMMAS
    for t in tokens_with(sent, lemmas=harm, lowers=harm):
        if t.lemma_.lower() in harm or t.lower_ in harm:
            if t.lemma_ == "fire" and t.head.lemma_ in ("set", "on"):
                continue  # "set it on fire"
            if any(c.dep_ == "neg" or c.lower_ in ("no", "without", "nobody", "none") for c in t.children) or any(
                c.dep_ == "neg" for c in t.head.children
            ) or harm_denied(t):
                continue  # "no casualties", "no one was hurt"
            if t.lemma_ == "hurt" and any(c.lower_ in ("no", "nobody") for c in t.head.subtree):
                continue
            return False
    return True


TAKING_LEMMAS = frozenset("abduct kidnap".split())
NONHOSTILE_CAUSES = DISASTER_AGENTS | frozenset(
    """tree trees wall walls roof roofs tunnel building bridge hunger starvation illness cold exhaustion
    dehydration malnutrition famine debris rubble""".split()
)
ACCIDENT_CLAUSE_VERBS = ACCIDENT_VERBS | frozenset("cave fall topple slip drown catch hit".split())


def accidental_cause(tok: Any, sent: Any) -> bool:
    """Deaths told with a cause that is nobody's act ("killed by a falling tree", "hunger and disease
    have killed thousands", "killed when a tunnel caved in"), with nothing hostile in the sentence."""
    if any(not (t.lower_ in ("storm", "storms") and t.pos_ == "NOUN")  # a hostile word (tokens_with reads them)
           and not (t.lower_ == "fire" and t.pos_ == "NOUN" and t.dep_ == "nsubj")  # "a fire gutted"
           for t in tokens_with(sent, lemmas=HOSTILE_LEMMAS, lowers=HOSTILE_LEMMAS)):
        return False
    ag = agent_of(tok)
    if ag is not None:
        causes = [ag, *(c for c in ag.children if c.dep_ == "conj")]
        return any(c.lemma_.lower() in NONHOSTILE_CAUSES for c in causes)
    for c in tok.children:
        if c.dep_ == "advcl" and any(
            m.lower_ in ("when", "as", "after") for m in c.children if m.dep_ in ("mark", "advmod")
        ):
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and c.lemma_.lower() in ACCIDENT_CLAUSE_VERBS and _word_kind(subj) not in (
                "civilian", "state", "nonstate", "armed"
            ) and not _munition(subj):  # not "when a cluster bomblet they had picked up exploded"
                return True
            if subj is not None and subj.dep_ == "nsubj" and subj.lemma_.lower() in DISASTER_AGENTS:
                return True  # "burnt to death when a fire gutted their home"
    return False



MUNITION_WORDS = ("bomb", "bomblet", "shell", "mine", "ordnance", "munition", "grenade", "rocket", "mortar", "missile",
                  "explosive", "device", "ied", "submunition", "projectile", "uxo")


def _munition(tok: Any) -> bool:
    """A weapon, however named ("bomblet", "mortar shell", "unexploded ordnance")."""
    return any(tok.lemma_.lower().endswith(w) or tok.lower_.endswith(w) for w in MUNITION_WORDS)


def own_property(trig: Any) -> bool:
    """Someone burning or wrecking what is their own ("set fire to his own house"): not political."""
    objs = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in trig.children if c.dep_ == "prep" and c.lower_ in ("to", "on") for g in c.children if g.dep_ == "pobj"]
    objs += [g for c in trig.head.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"] \
        if trig.lower_ == "fire" else []
    return any(any(c.lower_ == "own" for c in o.children) for o in objs)


QUARREL_WORDS = frozenset("quarrel dispute row argument feud disagreement".split())


def private_quarrel(trig: Any, sent: Any) -> bool:
    """One person wrecking another's property over a private quarrel ("a landlord burned down a
    tenant's shop after a dispute over rent"): not political."""
    ag = agent_of(trig)
    if ag is None or ag.tag_ not in ("NN", "NNP") or _word_kind(ag) not in (None, "civilian"):
        return False
    return any(t.lemma_.lower() in QUARREL_WORDS for t in sent)


UNLAWFUL_MODS = frozenset(
    "illegal illegally unauthorised unauthorized unlicensed unapproved encroaching encroached makeshift".split()
)
CLEARING_VERBS = frozenset("demolish bulldoze raze remove pull tear clear".split())


def administrative_demolition(trig: Any) -> bool:
    """Structures pulled down as unlawful ("authorities demolished illegal structures along the river
    bank", "the municipality bulldozed unauthorised kiosks", "an anti-encroachment drive"): the
    administration enforcing rules, not property destroyed in a conflict."""
    if trig.lemma_.lower() not in CLEARING_VERBS:
        return False
    objs = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]  # "hundreds of illegal structures"
    if any(m.lower_ in UNLAWFUL_MODS for o in objs for m in o.children if m.dep_ in ("amod", "compound", "advmod")):
        return True
    return any("encroach" in t.lower_ for t in trig.sent)
