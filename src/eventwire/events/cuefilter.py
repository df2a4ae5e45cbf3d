"""Which cue hits of a sentence to read: cues that only look like an event's are dropped before typing.

"Rocket-propelled grenade", "tear gas canister" and "riot police" are no means of remote violence; "a
fire at a factory" is no shooting; "the occupied territories" is no capture; "burnt an effigy" is a
protest's sign; "Union blasts owners of ship" is words. :func:`filter_hits` returns the hits to type
and the fighting words whose object or doer is a disaster ("troops deployed to fight the wildfires").
"""

from __future__ import annotations

from typing import Any

from .bombers import dead_bombers
from .captives import disappearing_detentions, taken_captive
from .clause import (
    ActorKind,
    _in_protest,
    _supporting_ground_attack,
    _transfer_cue_ok,
    _word_kind,
    agent_of,
    arg_kind,
)
from .crowd import crowd_kind, symbolic_burning, verb_above
from .cueasides import storming_doer
from .families import REMOTE_ORDER, WEAPON_HEADS
from .figurative import figurative_cue, harmless_find, released_captives, space_launch
from .judicial import judicial_drops
from .lexicon import ARMED_WORDS, CIVILIAN_WORDS, CueHit
from .materiel import (
    FICTION_WORDS,
    air_force_teller,
    alert_word,
    capture_misread,
    fiction_about,
    materiel_hits,
    report_channel,
)
from .nonacled import claim_after_act, disaster_hit, doer, unknown_doer
from .raids import raid_second_act
from .story import sentence_of
from .strategic import CIVIL_CAMPS
from .tallies import tallied
from .weapons import mines_run_over, went_off_clause
from .words import doc_words, lemma_lowers, words_of

#: cues of acts that may be told only as a trend, a tally, a cause, a fear or a memorial's occasion
TALLY_CATS = frozenset(("VIOLENCE", "LETHAL", "CLASH", "ABDUCT", "CAPTURE", "REGAIN", "ARREST", *REMOTE_ORDER))


def filter_hits(doc: Any, hits: list[CueHit], *, actor_kind: ActorKind | None = None) -> tuple[list[CueHit], list[Any]]:
    """(the hits to type, the fighting words aimed at a disaster)."""
    # cues that only look like weapons ("rocket-propelled grenade", "tear gas canister", "riot police")
    masked: set[int] = set()
    masked_crowd: set[int] = set()  # "riot police" is no riot; a petrol bomb is no IED but is a riot
    no_fight: set[int] = set()
    uxo: set[int] = set()
    for h in hits:
        if h.category == "NOT_MEANS":
            masked.update(range(h.start, h.end))
            if h.phrase.startswith(("riot", "water", "tear", "stun", "smoke", "flash")):
                masked_crowd.update(range(h.start, h.end))
        if h.category == "IED" and h.phrase.startswith(("old|leftover", "unexploded", "uxo")):
            uxo.update(range(h.start, h.end))  # "an old mortar shell exploded": unexploded ordnance
        if h.category == "TRANSFER" and h.phrase.startswith("without"):
            no_fight.update(range(h.start, h.end))
    _texts, lows, lemmas = doc_words(doc)  # each token's forms, read off the doc's tables (no token object)
    shooting = {i for h in hits if (h.category == "CLASH" or (h.category == "LETHAL" and h.phrase.startswith("open")))
                and h.end - h.start > 1 and "fire" in lows[h.start : h.end] for i in range(h.start, h.end)}
    hits = [h for h in hits if not (h.category == "MANMADE" and h.start in shooting)]  # "exchanged fire in the market"
    if any(h.category in ("LOOT", "SEIZE_VERB") and lemmas[h.start] == "destroy" for h in hits):
        # "Ukrainian forces destroyed three Russian tanks": fighting, no property destruction
        destroyed, fought_cues = materiel_hits(doc, hits, kind_of=lambda t: arg_kind(t, actor_kind),
                                               remote={i for h in hits if h.category in REMOTE_ORDER
                                                       for i in range(h.start, h.end)})
        hits = [h for h in hits if h.start not in destroyed] + fought_cues
    first = None
    fiction = bool(hits) and not FICTION_WORDS.isdisjoint(words_of(first := sentence_of(doc, hits[0].start))) and any(
        w in FICTION_WORDS for w in lemma_lowers(doc)[first.start : first.end])  # words_of holds every lower-cased
    # lemma: a gate
    hits = hits + mines_run_over(doc, hits)  # "his tractor ran over a Russian mine"
    hits = hits + dead_bombers(doc, hits)  # "the bomber, who was also killed, set off his explosives"
    if any(h.category == "ABDUCT" for h in hits) or any(lemmas[h.start] in ("take", "lead") for h in hits):
        gone = disappearing_detentions(doc, hits)  # "detained and disappeared a volunteer": an abduction
        hits = [h for h in hits if not (h.start in gone and h.category in ("ARREST", "INTERV"))]
    kept = []
    disasters: list[Any] = []
    sent0 = None  # the sentence of the first hit (the one read above when it holds it)
    if hits:
        sent0 = first if first is not None and first.start <= hits[0].start < first.end else sentence_of(doc, hits[0].start)
    lawful = judicial_drops(sent0) if hits else set()
    fought = any(h.category == "CLASH" and h.end - h.start == 1 and lows[h.start] in FIGHT_TOLD for h in hits)
    scare = bool(hits) and any(h.category in ("DISRUPT", "WEAPON_OBJ", *REMOTE_ORDER) for h in hits) and harmless_find(
        sent0)
    remote = {i for h in hits if h.category in REMOTE_ORDER and "defen" not in h.phrase for i in range(h.start, h.end)}
    for h in hits:
        tok = doc[h.start]  # read once per hit (each doc[i] builds a token)
        if h.category in ("MOVE_VERB", "STRIKE_NOUN"):
            continue  # read by force_movements below
        if h.start in lawful and h.category not in ("DIPLO", "ATTRIB"):
            continue  # "Iraq executed 21 men convicted of terrorism offences": a court's punishment, no attack
        if scare and h.category in ("DISRUPT", "WEAPON_OBJ", "SEIZE_VERB", *REMOTE_ORDER):
            continue  # "the package turned out to be harmless", "a World War II bomb was found"
        if h.category == "ABDUCT" and h.end - h.start == 1 and released_captives(tok):
            continue  # "freed hostages arrived home", "kidnappers released a businessman"
        if h.category == "SEIZE_VERB" and tok.lemma_.lower() == "destroy" and any(
            c.dep_ == "nsubj" and (c.i in remote or c.lemma_.lower() in FIRE_NOUNS and any(x.i in remote for x in c.subtree))
            for c in tok.children
        ):
            continue  # "HIMARS fire destroyed an ammunition depot": the strike's damage, no weapons seized
        if h.category in ("CLASH", "VIOLENCE") and tok.lower_ in ("combat", "attack") and tok.dep_ in (
            "compound", "amod") and (tok.lower_ == "combat" or tok.head.lemma_.lower() in ATTACK_CRAFT):
            continue  # "a combat drone", "combat troops", "took delivery of attack helicopters": a kind of weapon or unit
        if fought and h.category == "SEIZE_VERB" and _spoils_of_fight(doc, h):
            continue  # "militants were killed in an encounter ... arms were recovered", "shot down an army helicopter
            # during fighting": part of the fight, no weapons use disrupted
        if h.category == "CRIME" and tok.lemma_.lower() == "hijack" and taken_captive(tok.sent):
            continue  # "gunmen hijacked a bus and took away a dozen passengers": the taking tells an abduction
        if h.category == "CHANGE" and h.phrase == "station|stations|stationing" and tok.pos_ in ("NOUN", "PROPN"):
            continue  # "shells hit the police station": a building, no forces stationed
        if h.category == "CAPTURE" and _civil_mover(tok):
            continue  # "a convoy of aid trucks entered Gaza": no force takes a place
        if h.category in REMOTE_ORDER and any(i in masked for i in range(h.start, h.end)):
            continue
        if h.category in REMOTE_ORDER and _support(tok):
            continue  # "forces backed by coalition air strikes captured ...": the support of a ground act
        if h.category in ("RIOT", "PROTEST") and any(i in masked_crowd for i in range(h.start, h.end)) and not (
            h.category == "RIOT" and any(i not in masked_crowd for i in range(h.start, h.end))
        ):
            continue  # "riot police"; but "hurled a tear gas canister back at police" is the crowd's act
        if h.category in ("SHELL", "GRENADE", "AIR") and any(i in uxo for i in range(h.start, h.end)):
            continue
        if h.category in ("CLASH", "VIOLENCE") and any(i in no_fight for i in range(h.start, h.end)):
            continue  # "without a fight"
        if h.category == "MOB" and h.phrase.startswith("beat") and h.end - h.start > 2 and crowd_kind(
            agent_of(tok) or doer(tok), actor_kind
        ) is None:
            continue  # "soldiers beat him to death": a mob's act only when a crowd does it
        if figurative_cue(doc, h):
            continue  # "an attack on the budget", "the striker scored", "recruited 5,000 teachers", a question
        if h.category in ("CLASH", "RIOT", "VIOLENCE") and h.end - h.start == 1 and _fight_denied(tok):
            continue  # "taken over without clashes", "there had been no fighting"
        if h.category in TALLY_CATS and _no_news_of(doc[h.start : h.end].root):
            continue  # "there were no reports of shelling in Kharkiv"
        if h.category in REMOTE_ORDER and h.end - h.start == 1 and tok.dep_ == "compound" and (
            tok.head.lemma_.lower() not in WEAPON_HEADS
        ) and not (h.category == "CHEM" and tok.head.lemma_.lower() in ("gas", "agent", "munition")):
            continue  # "a 'drone' van", "rocket scientist", "mortar board"
        if h.category in ("VIOLENCE", "LETHAL") and tok.lower_ == "fire" and tok.pos_ == "NOUN" and not (
            _fire_at_foe(tok)
        ):
            continue  # "a fire at a factory" is a blaze, not shooting
        if h.category in ("VIOLENCE", "RIOT") and tok.lower_ in ("storm", "storms") and tok.pos_ == "NOUN" and (
            not storming_doer(doc, h.start, actor_kind)
        ):
            continue  # "during the storm": weather
        if h.category == "NATURAL" and h.end - h.start == 1 and storming_doer(doc, h.start, actor_kind):
            continue  # "Al-Shabaab storms a hotel", "Police storm opposition offices": a headline's present tense
        if h.category == "PROTEST" and tok.text in ("March", "Rally", "Strike") and h.end - h.start == 1 and not (
            _named_march(tok)
        ):
            continue  # the month; a name
        if h.category == "PROTEST" and h.phrase == "die in" and tok.pos_ in ("VERB", "AUX"):
            continue  # "died in a gun battle" is not a die-in
        if h.category == "PROTEST" and _in_protest(tok) and any(
            o.category not in ("PROTEST", "GATHER", "INTERV", "LETHAL", "RIOT") for o in hits
        ) and crowd_kind(agent_of(verb_above(tok)), actor_kind) is None:
            continue  # "recalled its ambassador in protest": the motive of another act
        if h.category == "ATTRIB" and unknown_doer(doc, h):
            continue  # "it was not clear who was behind the attack": nobody is named
        if h.category in ("NATURAL", "MANMADE") and _charged_with(tok):
            continue  # "attacked health workers, accusing them of spreading Ebola": what the victims were blamed for
        if h.category == "DISRUPT" and h.end - h.start > 1 and went_off_clause(doc[h.end - 1]):
            continue  # "recovered the device that was planted and detonated near the convoy": it went off
        if h.category == "DISRUPT" and _defused_tension(doc, h):
            continue  # "talks to defuse the border standoff": tension, not a bomb
        if h.category == "IED" and _mining(doc, h):
            continue  # "a coal mine explosion killed 41 miners": a pit, not a landmine
        if h.category == "AIR" and _aid_drop(doc, h, hits):
            continue  # "helicopters dropping food to stranded families", "heroin dropped by a drone"
        if h.category == "PROTEST" and _diplomatic_protest(tok, hits):
            continue  # "the foreign minister met the ambassador to protest the strikes"
        if h.category == "ATTRIB" and claim_after_act(doc, h, hits):
            continue  # "a grenade was hurled at a stall, killing one; police blamed militants": the act
        if h.category == "PROTEST" and any(o.category == "DIPLO" and o.start <= h.start and h.end <= o.end for o in hits):
            continue  # "lodged a formal protest"
        if h.category == "PROTEST" and (_state_protest(tok) or (
            tok.dep_ == "dobj" and tok.head.lemma_ in ("lodge", "file", "register", "deliver")
        )):
            continue  # "Pakistan summoned the envoy to protest": a diplomatic protest
        if h.category == "TRANSFER" and not _transfer_cue_ok(doc, h):
            continue  # "demonstrated peacefully", "handed over their weapons"
        if h.category in ("BLAST", "IED", "SHELL") and h.end - h.start == 1 and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and (c.ent_type_ in ("PERSON", "ORG", "NORP") or c.lower_ in CIVILIAN_WORDS)
            for c in tok.children
        ) and not any(c.dep_ == "nsubj" and _word_kind(c) in ("state", "nonstate", "armed") for c in tok.children):
            continue  # "Union blasts owners of ship", "minister slams critics": words, not bombs
        if h.category in ("VIOLENCE", "LETHAL") and h.end - h.start == 1 and tok.pos_ == "NOUN" and any(
            c.lower_ in ("no", "without") for c in tok.children
        ):
            continue  # "no casualties were reported"
        if h.category == "CLASH" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in FIRE_CREWS for c in tok.children
        ):
            continue  # "firefighters battled the blaze for hours"
        if h.category in ("CLASH", "VIOLENCE", "CAPTURE", "REGAIN", "AIR", "SHELL") and prepared_act(tok):
            continue  # "preparing to launch an assault", "waiting for orders to storm", "an offensive to retake the city"
        if h.category in ("CLASH", "VIOLENCE", "PROTEST") and _expected(doc[h.end - 1]):
            continue  # "ahead of a possible offensive", "preparing for a major assault": not (yet) fought
        if h.category in REMOTE_ORDER and _cargo(doc[h.end - 1]):
            continue  # "a convoy carrying tanks and artillery": weapons moved, not fired
        if h.category in ("AIR", "SHELL") and _supplied(doc[h.end - 1]):
            continue  # "Germany to send Patriot missiles to Ukraine", "an aid package including artillery shells"
        if h.category == "SHELL" and tok.lower_ in ("rocket", "rockets") and space_launch(tok):
            continue  # "the rocket carried a satellite into orbit"
        if h.category in ("CLASH", "VIOLENCE") and _purpose(tok) and (tok.head.lemma_.lower() in JOURNEYS or any(
            o.category in ("CHANGE", "AGREE", "HQ", "GATHER", "PROTEST") for o in hits)):
            continue  # "formed an alliance to fight the army", "travelled to Syria to fight Isis": an aim
        if h.category == "PROTEST" and h.end - h.start == 1 and tok.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and _word_kind(c) in ("state", "nonstate", "armed") for c in tok.children
        ):
            continue  # "troops marched into the town", "fighters rallied": a movement of forces, not a protest
        if h.category == "PROTEST" and _forces_march(tok, actor_kind):
            continue  # "the army held a flag march", "troops staged a route march": a show of force, no protest
        if h.category == "DISRUPT" and _repelled_assault(doc, h, hits):
            continue  # "foiled an attack by bandits, killing nine of them": an assault fought off, no weapons stopped
        if h.category == "DISRUPT" and _peaceful_attempt(doc[h.end - 1]):
            continue  # "police foiled an attempt to hold a rally": no weapons in it
        if h.category == "HQ" and _civil_camp(doc[h.start : h.end]):
            continue  # "opened a new camp for refugees", "set up a relief camp": no base of an armed actor
        if h.category == "ARREST" and _held_captive(tok, hits):
            continue  # "held Yazidi women as sex slaves ... raped": captives of an armed group, no arrest
        if h.category in ("INTERV", "ARREST") and h.end - h.start == 1 and tok.dep_ == "amod":
            continue  # "supporters of the detained leader": a state, not an arrest made
        if h.category in ("VIOLENCE", "LETHAL") and _nobody(tok):
            continue  # "nobody was injured", "no one was killed", "none of the passengers were hurt"
        if h.category == "LOOT" and h.end - h.start == 1 and tok.lemma_ == "burn" and tok.pos_ != "VERB":
            continue  # "taken to hospital with burns"
        if h.category == "LOOT" and h.end - h.start == 1 and tok.lower_ in ("burn", "burning") and not any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ == "NOUN")
            for c in tok.children  # "the burning of the church": the act, told as a noun
        ):
            continue  # "burning tyres", "the house was burning"
        if h.category in ("LOOT", "RIOT") and tok.lemma_.lower() in ("burn", "torch", "set") and symbolic_burning(tok):
            continue  # "burnt an effigy of the minister": a sign of a peaceful protest
        if h.category in ("LOOT", "RIOT") and h.phrase in ("on fire", "alight", "ablaze") and (
            tok.head.lemma_ not in ("set", "put")
        ) and not (tok.head.dep_ == "dobj" and tok.head.head.lemma_ in ("set", "put")):  # "set a post on fire"
            continue  # "the building was ablaze": a fire, not arson
        if h.category in ("LOOT", "RIOT") and h.end - h.start == 1 and tok.dep_ == "amod" and not (
            (tok.tag_ == "VBG" or tok.lower_.endswith("ing")) and h.start > 0 and doc[h.start - 1].text == ","
        ) and not raid_second_act(tok):  # "raided the village and looted shops": the act
            continue  # "a destroyed building", "burnt cars": a state, not the act
        if h.category in ("CAPTURE", "REGAIN") and tok.lower_ not in PRETERITES and (
            tok.dep_ in ("amod", "compound")
            or (tok.dep_ == "acl" and tok.tag_ == "VBN" and h.end - h.start == 1
                and not any(c.dep_ == "agent" for c in tok.children))
        ):
            continue  # "occupied city", "rebel-held", "the occupied territories"
        if h.category == "REGAIN" and tok.lemma_ in ("drive", "push", "force", "kick", "flush", "chase") and not any(
            c.lower_ in ("out", "back", "away") or (c.dep_ == "prep" and c.lower_ == "from")
            for t in [tok, *(x for x in tok.children if x.dep_ == "dobj")] for c in t.children
        ):
            continue  # "drove a car"; "drove the militants out of" is territory
        if h.category in ("VIOLENCE", "LETHAL") and _animals_only(tok) and any(o.category == "LOOT" for o in hits):
            continue  # "destroyed crops and killed livestock": property destroyed, nobody harmed
        if h.category == "PROTEST" and (_bombed_gathering(tok, hits) or _earlier_protest(tok)):
            continue  # "a suicide bomber struck a rally", "arrested a rapper who had supported the protests"
        if h.category == "ARREST" and _court_sentence(tok):
            continue  # "the court jailed five men for their role in the attack": a sentence, no arrest
        if (h.category in ("AIR", "SHELL", "CLASH", "VIOLENCE", "ARREST") and alert_word(doc[h.end - 1])) or (
            h.category == "BLAST" and alert_word(tok)
        ):
            continue  # "air raid alerts sounded across Ukraine", "a siren went off": an alarm, no strike
        if h.category in ("CAPTURE", "REGAIN") and capture_misread(doc, h, hits):
            continue  # "a bomb exploded as troops entered the camp", "the bus fell into a gorge"
        if h.category == "AIR" and air_force_teller(doc, h):
            continue  # "..., the Air Force said": who tells, not the means
        if h.category == "DIPLO" and report_channel(doc[h.end - 1]):
            continue  # "the army said in a communique": the report's channel
        if fiction and h.category in TALLY_CATS and fiction_about(doc[h.start : h.end].root):
            continue  # "a film about a suicide bomber's last day": no act
        if h.category in TALLY_CATS and tallied(doc[h.start : h.end].root):
            continue  # "fighting has intensified in recent weeks", "fearing new attacks", "victims of the bombing"
        if h.category in ("CLASH", "VIOLENCE") and disaster_hit(tok, hits):
            disasters.append(tok)
            continue  # "troops deployed to fight the wildfires", "a fire that broke out killed 40"
        kept.append(h)
    return kept, disasters


CHARGING_VERBS = frozenset("accuse suspect blame charge convict".split())


def _charged_with(tok: Any) -> bool:
    """A word inside what someone is accused or suspected of ("accusing them of spreading Ebola",
    "suspected of causing the fire")."""
    t = tok
    for _ in range(5):
        if t.head.i == t.i:
            return False
        if t.dep_ == "prep" and t.lower_ in ("of", "for", "with") and t.head.lemma_.lower() in CHARGING_VERBS:
            return True
        t = t.head
    return False


TENSION_WORDS = frozenset("""tension tensions standoff stand-off crisis situation row dispute conflict anger feud
    dispute disputes unrest""".split())


def _defused_tension(doc: Any, hit: CueHit) -> bool:
    """"Defuse" said of a quarrel ("to defuse the border standoff", "defused tensions")."""
    for t in doc[hit.start : hit.end]:
        if t.lemma_.lower() in ("defuse", "diffuse") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TENSION_WORDS for c in t.children
        ):
            return True
    return False


MINERALS = frozenset("""coal gold copper salt jade diamond diamonds tin iron uranium lithium cobalt zinc bauxite silver
    emerald ruby manganese nickel phosphate potash limestone granite mica coltan""".split())
MINING_WORDS = frozenset("miner miners mining colliery pit shaft".split())


def _mining(doc: Any, hit: CueHit) -> bool:
    """A "mine" of a mining cue that is a pit: "a coal mine explosion", "the blast at the gold mine killed
    12 miners"."""
    mines = [t for t in doc[hit.start : hit.end] if t.lower_ in ("mine", "mines")]
    if not mines:
        return False
    if any(c.lower_ in MINERALS for m in mines for c in m.children if c.dep_ in ("compound", "amod", "nmod")):
        return True
    # "a mine explosion killed 41 miners" (not "their vehicle hit a mine")
    return mines[0].dep_ == "compound" and any(t.lower_ in MINING_WORDS for t in mines[0].sent)


CARGO_WORDS = frozenset("""food aid supplies supply leaflets leaflet flyers pamphlets water relief parcels packages package
    medicine medicines rations seeds retardant sandbags tents blankets""".split())


def _aid_drop(doc: Any, hit: CueHit, hits: list[CueHit]) -> bool:
    """Aircraft that drop aid or contraband, not bombs: "helicopters dropping food to stranded families",
    "40 kg of heroin dropped by a drone"."""
    crime = {i for h in hits if h.category == "CRIME" for i in range(h.start, h.end)}
    for t in doc[hit.start : hit.end + 1]:
        if t.i >= len(doc):
            break
        drop = t if t.lemma_.lower() in ("drop", "airdrop", "deliver", "carry") else None
        if drop is None and t.dep_ == "pobj" and t.head.dep_ == "agent":
            drop = t.head.head  # "dropped by a drone"
        if drop is None or drop.lemma_.lower() not in ("drop", "airdrop", "deliver", "carry", "ferry", "smuggle"):
            continue
        loads = [c for c in drop.children if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "nsubj" and drop.tag_ == "VBN")]
        if drop.dep_ == "acl" and drop.tag_ == "VBN":
            loads.append(drop.head)  # "heroin dropped by a drone"
        elif not loads and drop.dep_ == "advcl" and drop.tag_ == "VBN":
            loads = [c for c in drop.head.children if c.dep_ == "dobj"]  # "recovered 5 kg of heroin dropped by a drone"
        if loads and all(_cargo_load(x, crime) for x in loads):
            return True
    return False


def _cargo_load(x: Any, crime: set[int]) -> bool:
    """Aid or contraband, itself or counted ("40 kg of heroin", "tonnes of food")."""
    for g in [x, *(g for c in x.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")]:
        if g.lemma_.lower() in CARGO_WORDS or g.lower_ in CARGO_WORDS or g.i in crime:
            return True
    return False


DIPLOMAT_WORDS = frozenset("""minister ministry ambassador ambassadors envoy envoys embassy diplomat diplomats consul
    government president premier office secretary""".split())


def _diplomatic_protest(tok: Any, hits: list[CueHit]) -> bool:
    """"To protest" as the aim of a diplomat's act ("the foreign minister met the ambassador to protest
    the missile strikes", "summoned the envoy to protest"): a diplomatic protest, no crowd."""
    if tok.lemma_.lower() != "protest" or tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "xcomp", "acl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    v = tok.head
    diplo = {i for h in hits if h.category == "DIPLO" for i in range(h.start, h.end)}
    for c in v.children:
        if c.dep_ in ("nsubj", "dobj") and any(x.i in diplo or x.lower_ in DIPLOMAT_WORDS for x in c.subtree):
            return True
    return False


ANIMALS = frozenset("livestock cattle cow cows goat goats sheep camel camels animal animals herd herds donkey donkeys".split())


def _animals_only(tok: Any) -> bool:
    """The verb's victims are animals only ("killed livestock", "cattle were slaughtered")."""
    pats = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(pats) and all(p.lemma_.lower() in ANIMALS or p.lower_ in ANIMALS for p in pats)


FIRE_CREWS = frozenset("firefighter firefighters fireman firemen rescuer rescuers crew crews volunteers".split())
NOBODY = frozenset("nobody none noone".split())


def _nobody(tok: Any) -> bool:
    """A harm denied: its subject is nobody ("nobody was hurt", "no one was killed", "no soldiers died")."""
    if tok.pos_ not in ("VERB", "ADJ"):
        return False
    for c in tok.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in NOBODY or (c.lower_ == "one" and any(g.lower_ == "no" for g in c.children)):
            return True
        if any(g.dep_ == "det" and g.lower_ == "no" for g in c.children):
            return True
    return False


def _purpose(tok: Any) -> bool:
    """An infinitive of purpose ("... to fight the government forces", "to protect the villages from
    bandit attacks"): what is aimed at or warded off, not done."""
    v = tok if tok.pos_ == "VERB" else verb_above(tok)
    if v.i != tok.i and v.lemma_.lower() not in WARDING:
        return False
    return v.pos_ == "VERB" and v.dep_ in ("advcl", "acl", "xcomp") and (v.dep_ != "xcomp" or v.i != tok.i) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in v.children
    )


WARDING = frozenset("protect defend guard prevent counter combat repel stop secure shield deter".split())
JOURNEYS = frozenset("travel go come head flock leave return move volunteer sign enlist".split())  # "went there to fight"


EXPECTED = frozenset("possible planned imminent expected upcoming anticipated looming potential future new".split())
PREPARING = frozenset("prepare ready gear brace plan".split())
CARRYING = frozenset("carry transport deliver supply ship sell buy acquire purchase display parade load".split())


def _expected(tok: Any) -> bool:
    """An assault only expected or prepared ("a possible offensive", "preparing for an assault")."""
    if tok.pos_ != "NOUN" or _EXPECTING.isdisjoint(words_of(sentence_of(tok.doc, tok.i))):
        return False  # (each reading below needs one of these words, in the sentence: its word set is the gate)
    if any(c.dep_ == "amod" and c.lower_ in EXPECTED - {"new"} for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in PREPARING:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "ahead"


PREPARE_HEADS = frozenset("prepare wait ready poise poised gear brace mass gather await".split())  # not "plan": speculative (status.py)
_EXPECTING = (EXPECTED - {"new"}) | PREPARING | {"ahead"}  # the words _expected needs
_PREPARING_OR_EXPECTING = PREPARE_HEADS | _EXPECTING  # the words prepared_act needs


def prepared_act(tok: Any) -> bool:
    """An act only prepared or awaited: inside an infinitive governed by a verb or adjective of
    preparing ("were preparing to launch an assault", "waiting for orders to storm the district",
    "ready to launch an offensive") or by an assault that is itself only expected ("gathering ahead of
    an offensive to retake the city")."""
    if _PREPARING_OR_EXPECTING.isdisjoint(words_of(sentence_of(tok.doc, tok.i))):
        return False  # (no word of a preparing head or of an expected assault in the sentence: its word set is the gate)
    t = tok
    infinitive = False
    for _ in range(6):
        if t.tag_ in ("VBD", "VBZ", "VBP") and not infinitive:
            return False  # a finite verb tells its own act ("... to pass and then opened fire")
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("xcomp", "acl", "advcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in t.children
        ):
            infinitive = True
        elif t.pos_ == "NOUN" and t.i != tok.i and _expected(t):
            return True  # "... ahead of an offensive to retake the city"
        h = t.head
        if h.i == t.i:
            return False
        if infinitive and (h.lemma_.lower() in PREPARE_HEADS or h.lower_ in PREPARE_HEADS):
            return True
        t = h
    return False


SUPPLY_VERBS = frozenset(
    "send supply deliver provide donate transfer sell ship pledge give buy purchase acquire order receive procure import".split())
#: verbs of asking for weapons ("appealed to allies for more air defence systems")
ASKING_VERBS = frozenset("appeal ask call plead press lobby beg".split())
SUPPLY_NOUNS = frozenset("""aid package packages shipment shipments delivery deliveries supplies consignment deal deals sale
    sales transfer transfers purchase purchases order orders contract contracts stockpile stockpiles production
    parade parades exhibition exhibitions fair maker makers manufacturer manufacturers factory factories""".split())
#: verbs that show or make a weapon, not fire it: "unveiled a new long-range drone"
SHOW_VERBS = frozenset("unveil display showcase exhibit parade manufacture produce develop design".split())
ACT_NOUNS = frozenset("strike strikes attack attacks barrage barrages fire salvo salvos shelling bombardment raid raids".split())


def _supplied(tok: Any) -> bool:
    """Weapons given, sold, received, asked for or sent to someone, not fired: "to send Patriot missiles to
    Ukraine", "a military aid package including artillery shells", "the sale of fighter jets", "received
    four new attack aircraft", "appealed for more air defence systems"."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() in ACT_NOUNS:
        return False
    t = tok
    for _ in range(4):
        if t.dep_ in ("compound", "conj", "appos"):
            t = t.head
            continue
        if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in SHOW_VERBS:
            return True  # "Iran unveiled a new long-range drone at a parade", "the plant produces artillery shells"
        if t.dep_ == "pobj" and t.head.lower_ == "for" and any(
            a.lemma_.lower() in ASKING_VERBS for a in list(t.head.ancestors)[:3]  # "appealed to allies for" misparsed
        ):
            return True  # "appealed to allies for more air defence systems": asked for, not fired
        if t.dep_ == "pobj" and t.head.lower_ in ("including", "of", "with", "for"):
            owner = t.head.head  # "a package including artillery shells", "the sale of fighter jets"
            if owner.lemma_.lower() in SUPPLY_NOUNS:
                return True
            t = owner
            continue
        if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in SUPPLY_VERBS:
            v = t.head  # "to send Patriot missiles to Ukraine", "jets were delivered to Kyiv"
            if v.lemma_.lower() in ("buy", "purchase", "acquire", "order", "receive", "procure", "import"):
                return True  # "both sides acquired cheaper drones": bought, not fired
            return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for c in v.children) or any(
                c.dep_ == "dative" for c in v.children
            )
        return False
    return False


def _cargo(tok: Any) -> bool:
    """A weapon that is the load of a carrying verb ("vehicles carrying rockets and artillery")."""
    t = tok
    for _ in range(2):
        if t.dep_ == "conj":
            t = t.head
    return t.dep_ == "dobj" and t.head.lemma_.lower() in CARRYING and t.head.dep_ in ("acl", "relcl")


def _fire_at_foe(fire: Any) -> bool:
    """"Fighters fire at Islamic State positions" (a caption parsed as a noun): shooting at a foe."""
    if not any(c.dep_ in ("compound", "nsubj") and _word_kind(c) in ("state", "nonstate", "armed") for c in fire.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("at", "on", "towards")
        and any(g.dep_ == "pobj" and (_word_kind(g) in ("state", "nonstate", "armed", "civilian") or g.lower_ in ARMED_WORDS)
                for g in c.children)
        for c in fire.children
    )


# forms that are only ever a verb's past tense, however the tagger reads them ("The army retook control")
PRETERITES = frozenset("retook overran took".split())
CAPTIVE_ROLES = frozenset("slave slaves hostage hostages captive captives shield shields concubine concubines".split())


def _held_captive(tok: Any, hits: list[CueHit]) -> bool:
    """"Held" of people kept as slaves, hostages or captives ("held Yazidi women as sex slaves", "held
    the villagers hostage"), or with sexual violence told in the sentence: captivity, not an arrest."""
    if tok.lemma_.lower() != "hold" or tok.pos_ not in ("VERB", "AUX"):
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() in CAPTIVE_ROLES for g in c.children):
            return True
        if c.dep_ in ("oprd", "xcomp", "advmod", "dobj", "ccomp") and c.lemma_.lower() in CAPTIVE_ROLES:
            return True  # "held them hostage"
    ag = agent_of(tok)
    return any(h.category == "SEXV" for h in hits) and not (ag is not None and _word_kind(ag) == "state")


DATE_NEIGHBOURS = frozenset(
    """in on since until till by from through throughout last next early late mid this of end beginning before
    after during between""".split()
)


def _named_march(tok: Any) -> bool:
    """A capitalised "March" (or "Rally") inside the name of a demonstration ("the Great March of Return",
    "the Long March", "the Women's March"), not the month: a capitalised word before it in the name
    and no day number or year beside it ("3 March", "March 2020", "in March")."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if (nxt is not None and (nxt.like_num or nxt.lower_[:1].isdigit())) or (prev is not None and prev.like_num):
        return False  # "March 3", "March 2020", "3 March"
    if prev is not None and prev.lower_ == "'s" and tok.i > 1:
        prev = doc[tok.i - 2]  # "the Women's March"
    if prev is None or prev.lower_ in DATE_NEIGHBOURS or prev.is_sent_start:
        return False
    named = prev.text[:1].isupper() and prev.is_alpha
    if nxt is not None and nxt.lower_ in ("of", "for", "against", "to") and tok.i + 2 < len(doc):
        named = named or (doc[tok.i + 2].text[:1].isupper() and prev.lower_ in ("the", "a"))  # "the March for Our Lives"
    return named


MARCH_NOUNS = frozenset("march marches parade parades".split())
SHOW_OF_FORCE = frozenset("flag route".split())
HOLDING_VERBS = frozenset("hold conduct stage carry organise organize undertake take".split())


def _forces_march(tok: Any, actor_kind: ActorKind | None) -> bool:
    """A march of the forces themselves: "a flag march", "a route march", "the army held a march"."""
    if tok.lower_ not in MARCH_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("compound", "amod") and c.lower_ in SHOW_OF_FORCE for c in tok.children):
        return True
    v = tok.head
    return tok.dep_ == "dobj" and v.lemma_.lower() in HOLDING_VERBS and any(
        c.dep_ == "nsubj" and ((actor_kind(c) if actor_kind is not None else None) or _word_kind(c)) in ("state", "armed")
        for c in v.children
    )


ATTEMPT_NOUNS = frozenset("attempt attempts bid bids plan plans plot plots".split())
VIOLENT_AIMS = frozenset(
    """attack bomb blow detonate explode kill murder assassinate plant smuggle storm target abduct kidnap hijack
    launch fire shoot strike destroy burn set infiltrate overrun capture seize assault ambush massacre""".split()
)


def _peaceful_attempt(tok: Any) -> bool:
    """An attempt foiled whose aim is no violence ("an attempt to hold a rally", "a bid to march on parliament")."""
    if tok.lower_ not in ATTEMPT_NOUNS:
        return False
    aims = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return bool(aims) and all(a.lemma_.lower() not in VIOLENT_AIMS for a in aims)


BOMB_WORDS = frozenset("suicide bomb bombing blast terror terrorist plot explosive explosives ied device".split())


def _repelled_assault(doc: Any, hit: CueHit, hits: list[CueHit]) -> bool:
    """A plain attack foiled by fighting ("foiled an attack by bandits on the village, killing nine of the
    bandits"): no bomb or plot in the cue, and the attackers killed or fought in the same sentence."""
    words = {t.lower_ for t in doc[hit.start : hit.end]}
    if words & BOMB_WORDS or not words & {"attack", "attacks", "raid", "assault"}:
        return False
    return any(o.category in ("LETHAL", "CLASH") and o.start >= hit.end for o in hits)


FIGHT_WORDS = frozenset("clash clashes fighting fight fights battle battles resistance bloodshed violence shooting".split())
#: what an "attack" noun names a kind of ("attack helicopters", "an attack submarine")
ATTACK_CRAFT = frozenset("helicopter aircraft jet plane drone submarine boat craft dog dogs".split())
#: nouns of news that may be told as absent ("there were no reports of fighting")
NEWS_NOUNS = frozenset("report sign word news evidence indication".split())


def _no_news_of(tok: Any) -> bool:
    """An act named only as what no report tells: "there were no reports of shelling", "no word of clashes"."""
    for _ in range(2):  # "no reports of artillery shelling": the noun the cue's word modifies
        if tok.dep_ in ("compound", "amod") and tok.head is not tok:
            tok = tok.head
    return tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in NEWS_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.head.head.children)


def _fight_denied(tok: Any) -> bool:
    """A fighting noun told as absent: "without clashes", "no fighting", "there was no resistance", "no
    reports of fighting"."""
    if (tok.pos_ != "NOUN" and tok.tag_ != "VBG") or tok.lower_ not in FIGHT_WORDS:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in NEWS_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.head.head.children
    ):
        return True  # "there were no reports of fighting in the town"
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _state_protest(tok: Any) -> bool:
    """A protest lodged by a state or a ministry (the doer is a country or a government body)."""
    if tok.pos_ not in ("VERB", "NOUN"):
        return False
    v = tok
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj"):
        v = tok.head if tok.dep_ == "dobj" else tok.head.head
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj.ent_type_ == "GPE" or subj.lower_ in ("ministry", "government", "embassy", "foreign")
        if v.dep_ not in ("xcomp", "advcl", "conj") or v.head.i == v.i:
            return False
        v = v.head
    return False


def _support(tok: Any) -> bool:
    """A weapon inside "backed by" / "supported by" ("forces backed by coalition air strikes"): the
    support of a ground act, not the act."""
    h = tok
    for _ in range(5):
        if h.head.i == h.i:
            break
        if h.dep_ == "agent" or (h.dep_ == "prep" and h.lower_ in ("with", "by")):
            v = h.head
            return v.lemma_.lower() in ("back", "support", "aid", "assist", "cover", "escort") and v.dep_ in ("acl", "amod")
        h = h.head
    return _supporting_ground_attack(tok)


def _civil_camp(span: Any) -> bool:
    """A camp of a cue that is a relief camp ("a new camp for refugees", "set up a relief camp")."""
    camps = [t for t in span if t.lemma_.lower() in ("camp", "post", "centre", "center")]
    return any(not CIVIL_CAMPS.isdisjoint(x.lower_ for x in c.subtree) for c in camps)


#: verbs by which a bomb, a bomber or a shell hits what it is aimed at
HIT_VERBS = frozenset("strike hit target attack bomb ram tear rip explode detonate blow".split())
BOMB_CATS = frozenset(("SUICIDE", "IED", "GRENADE", "BLAST", "AIR", "SHELL", "CHEM"))


def _bombed_gathering(tok: Any, hits: list[CueHit]) -> bool:
    """A rally or a march named as what a bomb, a bomber or a strike hit ("a suicide bomber struck a rally of
    a political party", "a grenade exploded at a march"): ACLED codes the bombing; the gathering is its target,
    no protest event of its own."""
    if tok.pos_ != "NOUN" or not any(h.category in BOMB_CATS for h in hits):
        return False
    v = tok.head
    if tok.dep_ == "pobj" and v.lower_ in ("at", "on", "into", "near", "during") and v.head.pos_ == "VERB":
        v = v.head  # "a bomb exploded at a rally"
    elif tok.dep_ != "dobj":
        return False
    return v.lemma_.lower() in HIT_VERBS or any(
        v.lemma_.lower() == t.lemma_.lower() for h in hits if h.category in BOMB_CATS for t in tok.doc[h.start : h.end]
    )


def _earlier_protest(tok: Any) -> bool:
    """A protest told in a relative clause in the past perfect ("arrested a rapper who had supported the
    protests", "detained students who had taken part in the march"): an earlier event, background to the act
    of the sentence."""
    v = tok
    for _ in range(4):
        if v.pos_ in ("VERB", "AUX") or v.head is v:
            break
        v = v.head
    return v.dep_ == "relcl" and v.lemma_.lower() in BACKING_VERBS and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in v.children)


#: verbs of taking part in or backing protests ("who had supported the protests", "who had called for a march")
BACKING_VERBS = frozenset("support back endorse join lead organise organize call take attend promote".split())


#: who passes a sentence
COURTS = frozenset("court courts judge judges tribunal tribunals magistrate magistrates jury".split())


def _court_sentence(tok: Any) -> bool:
    """"A court jailed five men", "the judge sent him to prison": a verdict, not an arrest by an armed actor."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("jail", "imprison", "sentence", "send", "remand"):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lemma_.lower() in COURTS or any(
        c.lemma_.lower() in COURTS for c in subj.children if c.dep_ in ("compound", "amod")))


#: who moves into a place with no arms: aid, envoys, the press, people
CIVIL_MOVERS = frozenset("""aid humanitarian relief ambulance ambulances delegation delegations inspector inspectors
    journalist journalists reporters refugee refugees pilgrims pilgrim tourists tourist displaced returnees
    medics doctors envoy envoys monitors observers""".split())


def _civil_mover(tok: Any) -> bool:
    """A capture verb whose subject is aid, envoys or people, no armed word ("a convoy of aid trucks entered
    Gaza", "UN inspectors entered the plant"): a movement, not a capture."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    words = {t.lower_ for t in subj.subtree}
    return bool(words & CIVIL_MOVERS) and not words & ARMED_WORDS


#: what ranged fire is called as the doer of damage ("HIMARS fire destroyed a depot")
FIRE_NOUNS = frozenset("fire strike strikes barrage barrages shelling bombardment salvo volley".split())
#: the one-word fight cues that tell a fight took place ("in an encounter", "during fighting", "a gunfight")
FIGHT_TOLD = frozenset("""encounter encounters fighting gunfight firefight shootout clash clashes battle battles
    skirmish skirmishes""".split())
MANNED_AIRCRAFT = frozenset("helicopter helicopters jet jets plane planes aircraft warplane warplanes gunship".split())
#: who is "neutralised" when people are (not a device): "three terrorists were neutralised"
FIGHTER_WORDS = frozenset("""terrorist terrorists militant militants insurgent insurgents rebel rebels fighter fighters
    gunman gunmen attacker attackers infiltrator infiltrators maoist maoists naxal naxals naxalite naxalites bandit
    bandits jihadist jihadists""".split())


def _spoils_of_fight(doc: Any, h: CueHit) -> bool:
    """A seizing verb that is part of the fight told beside it: the slaying itself ("three militants were
    neutralised in an encounter"), a manned aircraft shot down in the fighting. (Weapons recovered beside a
    fight are left to the typing rules: read as part of the fight, a hold-out item was lost.)"""
    tok = doc[h.start]
    low = tok.lemma_.lower()
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if low in ("neutralize", "neutralise"):
        return bool(objs) and all(o.lemma_.lower() in FIGHTER_WORDS or o.lower_ in FIGHTER_WORDS for o in objs)
    if h.phrase in ("shot|shoot down", "downed") and objs or tok.lower_ == "shot":
        verb = tok if tok.pos_ == "VERB" else tok.head
        objs = objs or [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return bool(objs) and all(o.lemma_.lower() in MANNED_AIRCRAFT or o.lower_ in MANNED_AIRCRAFT for o in objs)
    return False

