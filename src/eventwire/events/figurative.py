"""Conflict words used in another sense: an "attack" on a budget, a football "striker", recruiting teachers.

News outside conflict borrows its words: the opposition "launched a fierce attack on the government's
budget" (criticism), "the striker fired his team into the lead" (a footballer), "a campaign to recruit
5,000 teachers" (hiring). :func:`figurative_cue` tells such a cue from the act it usually names, from the
parse of its clause and a few word lists (gated on the cue words, so sentences without them cost nothing).

Read from an audit of real news (twenty-fourth session): where a word is commonly figurative, the violent
reading needs a weapon, a wound, a death or an armed participant in the sentence (:func:`violent_reading`):
"fought off competition", "fight tooth and nail", "fighting for her freedom", "the digital offensive", "a legal
battle", "the mayor blasted protesters", "Idlib is a ticking bomb", "drive the senator from office", "regain
that control" (of a firm), "pushing back" (against plans), "seeking compensatory damages". "His death was a
suicide" is no suicide bombing. "The fight against Isis" named as a state of war ("key in the fight against
Isis"), a side "fighting alongside" another as its standing part, and "fighting" as a matter talked of ("its
focus from fighting Isis") tell no fight unless the sentence has a day, an hour, a place or a casualty. A
question ("Who is fighting whom?") tells no act, whatever its cue.
"""

from __future__ import annotations

from typing import Any

from .lexicon import ARMED_WORDS, PLACE_NOUNS, CueHit
from .rhetoric import rhetorical_cue
from .story import sentence_of
from .words import span_lowers, span_text

# what an "attack" on which is a criticism: plans, policies, texts and words (not "positions", held by forces)
ABSTRACT_TARGETS = frozenset(
    """budget budgets policy policies plan plans bill bills law laws decision decisions record remarks
    comments comment proposal proposals reform reforms ruling report statement speech speeches handling
    economy strategy agenda manifesto programme program performance credibility integrity reputation legacy
    stance views idea ideas verdict judgment judgement appointment nomination candidacy tax taxes freedom
    freedoms democracy constitution rights values principles dignity sovereignty independence autonomy unity
    identity heritage faith truth science journalism""".split()
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
#: foes of a fight of will or of the elements, read as abstract only where the sentence has no weapon, wound or
#: armed side ("fought off competition"; not "forces fought ..., with control of the town contested")
GUARDED_FOES = frozenset(
    """competition censorship bureaucracy injustice power control odds tears temptation addiction depression illness
    blaze flames wildfire wildfires bushfire bushfires flood floods drought""".split()
)
#: what one "fights" or "battles" that is no armed foe: "to fight inflation", "the battle against malaria"
ABSTRACT_FOES = frozenset(
    """inflation poverty corruption hunger malnutrition disease diseases malaria cholera polio measles ebola cancer
    pandemic virus covid covid-19 coronavirus climate unemployment illiteracy pollution desertification locust
    locusts obesity misinformation disinformation prices deficit debt graft fraud tax evasion""".split()
) | GUARDED_FOES
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
    if _asked(sentence_of(doc, h.start)):
        return True  # "Who is fighting whom?": a question tells no act
    if rhetorical_cue(doc, h):
        return True  # "'They both bomb under a certain name'", a sentence in another language (events.rhetoric)
    tok = doc[h.start]
    low = tok.lower_
    if h.category not in FIGURATIVE_CATS:
        return False
    if h.category in MORE_CATS:
        return _more_figurative(doc, h, tok)
    if h.category in ("VIOLENCE", "LETHAL") and _self_death(tok):
        return True  # "his death was ruled a suicide"
    if h.category in ("VIOLENCE", "CLASH", "RIOT") and (
        tok.lemma_.lower() in FIGHT_LEMMAS | ATTACK_LEMMAS or low in ("offensive", "offensives")
    ) and _figurative_mod(tok):
        return True  # "the digital offensive", "a legal battle", "a charm offensive"
    if h.category in ("VIOLENCE", "CLASH") and tok.lemma_.lower() in ("attack", "assault"):
        return _attack_on_abstract(tok) or any(
            c.dep_ in ("compound", "amod") and c.lower_ in ILLNESS_MODS for c in tok.children
        )  # "died of a heart attack"
    if h.category in ("VIOLENCE", "CLASH", "RIOT") and tok.lemma_.lower() in FIGHT_LEMMAS:
        return (_sport_fight(tok) or _abstract_foe(tok) or _fight_idiom(tok) or war_as_state(tok)
                or _fighting_alongside(tok) or _fighting_as_matter(tok))
    if h.category == "CLASH" and tok.lemma_.lower() == "push" and _pushed_back(tok):
        return True  # "pushing back against the plans"
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
    foes += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "on", "with")
             for g in c.children if g.dep_ == "pobj"]  # "battles with government censorship"
    if not foes or not all(f.lemma_.lower() in ABSTRACT_FOES or f.lower_ in ABSTRACT_FOES for f in foes):
        return False
    guarded = any(f.head.lower_ == "with" or f.lemma_.lower() in GUARDED_FOES or f.lower_ in GUARDED_FOES for f in foes)
    return not (guarded and violent_reading(tok.sent))  # "forces fought ..., with control of the town contested"


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


# -- conflict words in a sense of words, rivalry or rule (the twenty-fourth session's audit of real news) ----------
#: the categories :func:`figurative_cue` reads (cuefilter asks it of every hit: a question is read for all)
FIGURATIVE_CATS = frozenset(("VIOLENCE", "CLASH", "PROTEST", "CHANGE", "INTERV", "MOB", "LETHAL", "RIOT", "BLAST",
                             "IED", "WEAPON_OBJ", "DISRUPT", "SUICIDE", "REGAIN", "LOOT"))
#: the categories read only by :func:`_more_figurative`
MORE_CATS = frozenset(("BLAST", "IED", "WEAPON_OBJ", "DISRUPT", "SUICIDE", "REGAIN", "LOOT"))
#: what a court's "damages" are ("seeking compensatory damages", "was awarded damages")
DAMAGES_MODS = frozenset("compensatory punitive civil legal aggravated exemplary nominal".split())
DAMAGES_VERBS = frozenset("seek claim award pay sue win receive demand order owe recover".split())
ATTACK_LEMMAS = frozenset("attack assault offensive campaign".split())
#: what makes a fight one of words, courts, markets or screens: "a legal battle", "the digital offensive"
FIGURATIVE_MODS = frozenset(
    """legal court courtroom judicial political electoral election diplomatic verbal uphill digital online media
    marketing advertising ad charm price bidding custody boardroom takeover culture cultural trade tariff currency
    ratings pr propaganda rhetorical ideological""".split())
#: words of a violent reading: a weapon, a wound or a death (with :data:`ARMED_WORDS`, an armed participant)
VIOLENT_WORDS = frozenset(
    """gun guns gunfire rifle rifles pistol bullet bullets shot shooting shots bomb bombs bombing bombed explosive
    explosives grenade grenades missile missiles rocket rockets mortar mortars artillery shell shells shelling tank
    tanks drone drones jets airstrike airstrikes knife knives machete machetes killed kill killing dead died death
    deaths wounded wounding injured injuries casualties bodies body weapons weapon armed troops""".split())
#: what one "fights for" that is no armed cause told of a day: "fighting for her freedom", "battling for his life"
PERSONAL_CAUSES = frozenset(
    """freedom life lives survival justice custody equality recognition compensation reform change votes jobs wages
    title place spot seat contract name reputation innocence release independence existence""".split())
#: what an official is driven from ("drive the senator from office"): a post, no territory
OFFICES = frozenset("office power post seat job presidency premiership chair leadership parliament congress senate".split())
#: what a "suicide" is told with when it is a bombing's
SUICIDE_ACTS = frozenset(
    """bomb bomber bombers bombing bombings blast blasts attack attacks attacker attackers vest vests belt car truck
    explosion explosions explosive explosives detonated detonate blew""".split())
#: what a death is found to be when nobody killed the dead
SELF_DEATHS = frozenset("suicide suicides overdose accident".split())
#: who is "blasted" in words: people and bodies of people, not buildings
CRITICISED = CRITICS | frozenset(
    """protesters protestors demonstrators officials minister ministers government president mayor governor police
    leaders leader council board authorities regulators judge judges court players referee""".split())
#: what "a ticking bomb" or "a powder keg" is said of: a place or a state of things
METAPHOR_SUBJECTS = frozenset("situation city region province camp country issue problem crisis economy debt".split())
NUMB_ADJS = frozenset("ticking".split())
#: nouns of a fight that are a state of war when told with "against" and no fight of a day
WAR_NOUNS = frozenset("fight battle war struggle campaign".split())


def _asked(sent: Any) -> bool:
    """The sentence is a question ("Who is fighting whom?", "Did the police know of any protesters who were
    later killed?"): it ends in a question mark (a closing quote or bracket aside)."""
    for i in range(sent.end - 1, max(sent.start, sent.end - 3) - 1, -1):
        text = sent.doc[i].text
        if text == "?":
            return True
        if text not in ("'", '"', "\u201d", "\u2019", ")", "]"):
            return False
    return False


#: the words of :data:`ARMED_WORDS` that name an armed participant in any sentence ("is", "post", "unit" do not)
ARMED_PARTICIPANTS = ARMED_WORDS - frozenset("is post posts position positions base bases unit units force regime".split())


def violent_reading(sent: Any) -> bool:
    """The sentence names a weapon, a wound, a death or an armed participant (see :data:`VIOLENT_WORDS`)."""
    words = set(span_lowers(sent))
    return not (words.isdisjoint(VIOLENT_WORDS) and words.isdisjoint(ARMED_PARTICIPANTS))


def _figurative_mod(tok: Any) -> bool:
    """"the digital offensive", "a legal battle", "a charm offensive" (no weapon or wound in the sentence)."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in FIGURATIVE_MODS for c in tok.children) and not (
        violent_reading(tok.sent))


def _fight_idiom(tok: Any) -> bool:
    """"fight tooth and nail", "fought back tears", "fighting for her freedom", "battling for his life": a fight
    of will, with no weapon, wound or armed side in the sentence."""
    if tok.pos_ not in ("VERB", "NOUN") or violent_reading(tok.sent):
        return False
    if tok.pos_ == "VERB" and any(c.lower_ in ("tooth", "teeth") for c in tok.subtree):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in PERSONAL_CAUSES for g in c.children) for c in tok.children)


def war_as_state(tok: Any) -> bool:
    """"key in the fight against Isis", "an ally in the war on terror", "dedicated her life to the fight
    against injustice", "supported in its fight against the group": the fight named as a state of war,
    no fight told (no day, hour, place or casualty in the sentence)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in WAR_NOUNS:
        return False
    if not any(c.dep_ == "prep" and c.lower_ in ("against", "on") for c in tok.children):
        return False
    if not (tok.dep_ == "pobj" or any(c.dep_ == "poss" for c in tok.children)):
        return False  # "the fight against Isis in Baghuz began on Sunday" is told as the subject
    sent = tok.sent
    if any(e.label_ in ("DATE", "TIME") for e in sent.ents):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "around") for c in tok.children):
        return False  # "the battle against the rebels in the town"
    return set(span_lowers(sent)).isdisjoint(CASUALTY_WORDS)


CASUALTY_WORDS = frozenset("killed dead died wounded injured casualties killing deaths".split())


#: prepositions whose object "fighting" is a matter talked of, not a fight told ("its focus from fighting Isis")
MATTER_PREPS = frozenset("from of about on to".split())


def _fighting_as_matter(tok: Any) -> bool:
    """"Turkey has shifted its focus from fighting Isis", "the cost of fighting the insurgency": fighting named
    as a matter (a gerund after "from", "of", "about", "on", "to"), no fight told (no day, hour, place or
    casualty in the sentence)."""
    if tok.tag_ != "VBG" or tok.lemma_.lower() != "fight" or tok.dep_ not in ("pcomp", "pobj"):
        return False
    if tok.head.lower_ not in MATTER_PREPS or any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "around")
                                                  for c in tok.children):
        return False
    sent = tok.sent
    return not any(e.label_ in ("DATE", "TIME") for e in sent.ents) and set(span_lowers(sent)).isdisjoint(CASUALTY_WORDS)


def _fighting_alongside(tok: Any) -> bool:
    """"Iran, whose guards are fighting alongside Assad's forces, said ...", "volunteers who have been fighting
    alongside the Kurds": a side's standing part in a war (a present or perfect progressive), no fight told (no
    day, hour, place or casualty in the sentence)."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBG" or tok.lemma_.lower() != "fight":
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "alongside" for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "around", "for") for c in tok.children):
        return False  # "fighting alongside the army in the town", "for control of the town"
    auxes = [c for c in tok.children if c.dep_ == "aux"]
    if not any(a.tag_ in ("VBP", "VBZ") or a.lower_ in ("been",) for a in auxes):
        return False  # "were fighting alongside the army when ...": a past scene
    sent = tok.sent
    return not any(e.label_ in ("DATE", "TIME") for e in sent.ents) and set(span_lowers(sent)).isdisjoint(CASUALTY_WORDS)


def _self_death(tok: Any) -> bool:
    """"his death was a suicide", "she died by suicide": a death nobody else caused."""
    low = tok.lemma_.lower()
    if low == "death" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("be", "rule", "find", "deem"):
        return any(c.dep_ in ("attr", "oprd", "xcomp") and (c.lemma_.lower() in SELF_DEATHS or any(
            g.lemma_.lower() in SELF_DEATHS for g in c.subtree)) for c in tok.head.children)
    if low == "death" and tok.dep_ == "nsubjpass":  # "his death was ruled a suicide"
        return any(g.lemma_.lower() in SELF_DEATHS for c in tok.head.children if c.dep_ in ("oprd", "xcomp", "attr")
                   for g in c.subtree)
    if low == "die" and tok.pos_ == "VERB":
        return any(c.dep_ == "prep" and c.lower_ in ("by", "of", "from") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in SELF_DEATHS for g in c.children) for c in tok.children)
    return False


def _more_figurative(doc: Any, h: CueHit, tok: Any) -> bool:
    """The cues of blasts, bombs, suicides and regained ground used in another sense."""
    cat = h.category
    if cat == "SUICIDE":
        return h.end - h.start == 1 and tok.lower_ in ("suicide", "suicides") and tok.dep_ not in (
            "compound", "amod") and set(span_lowers(tok.sent)).isdisjoint(SUICIDE_ACTS)  # "his death was a suicide"
    if cat == "BLAST":
        return tok.pos_ == "VERB" and _blasted_words(tok)
    if cat in ("IED", "WEAPON_OBJ", "DISRUPT"):
        return tok.pos_ == "NOUN" and _metaphor_bomb(tok)
    if cat == "REGAIN":
        return _regained_post(tok) or _pushed_back(tok)
    if cat == "LOOT":
        return tok.lower_ == "damages" and (any(c.dep_ == "amod" and c.lower_ in DAMAGES_MODS for c in tok.children) or (
            tok.dep_ in ("dobj", "nsubjpass", "dative") and tok.head.lemma_.lower() in DAMAGES_VERBS))  # a court's award
    return False


def _pushed_back(tok: Any) -> bool:
    """"the industry was pushing back" (against criticism): no object, no weapon, wound or armed side."""
    if tok.lemma_.lower() != "push" or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") or (
            c.dep_ == "prep" and c.lower_ in ("from", "out", "to", "into")) for c in tok.children):
        return False  # "pushed the militants back", "pushed into the town", "were pushed back from the frontier"
    return any(c.lower_ in ("back", "against") for c in tok.children) and not violent_reading(tok.sent)


def _blasted_words(tok: Any) -> bool:
    """"the mayor blasted protesters", "blasted the officials for their handling": criticism of people, no
    weapon or wound in the sentence and no armed subject."""
    if violent_reading(tok.sent):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if objs and all(o.ent_type_ in ("PERSON", "ORG", "NORP") or o.lemma_.lower() in CRITICISED
                    or o.lower_ in CRITICISED for o in objs):
        return True
    return bool(objs) and any(c.dep_ == "prep" and c.lower_ in ("for", "over", "as") for c in tok.children)


def _metaphor_bomb(tok: Any) -> bool:
    """"Idlib is a ticking bomb", "a ticking time bomb", "the camp is a time bomb": a place or a state of things
    likened to a bomb, no blast."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in NUMB_ADJS | {"time"} for c in tok.children):
        return not set(span_lowers(tok.sent)) & CASUALTY_WORDS
    if tok.dep_ != "attr" or tok.head.lemma_.lower() not in ("be", "become", "remain"):
        return False
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.ent_type_ in ("GPE", "LOC") or subj.lemma_.lower() in METAPHOR_SUBJECTS) and (
        not set(span_lowers(tok.sent)) & CASUALTY_WORDS)


def _regained_post(tok: Any) -> bool:
    """"drive the senator from office", "to regain that control" of a company: a post or a say, no ground."""
    for t in [tok, *(x for x in tok.children if x.dep_ == "dobj")]:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "out") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in OFFICES for g in c.children):
                return True
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs or not all(o.lemma_.lower() == "control" for o in objs) or violent_reading(tok.sent):
        return False
    places = [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "over")
              for g in c.children if g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "FAC")
                                                             or g.lemma_.lower() in PLACE_NOUNS)]
    return not places and not any(e.label_ in ("GPE", "LOC", "FAC") for e in tok.sent.ents)
