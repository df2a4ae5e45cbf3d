"""Second readings of a typed demonstration, from the clause (who did what to whom, with what).

Called by :func:`eventwire.events.typing.rule_classify` on the rules' decision:

- a blast at a store of arms with an innocent or open cause and no attacker named is a man-made
  disaster (:mod:`eventwire.events.mishaps`);
- a demonstration typed violent only because the demonstrators blocked a road, while the forces shot
  or killed them, is excessive force against protesters (ACLED codes the force used on a crowd that
  used none; a road held with bodies is no violence of the crowd's);
- a demonstration typed peaceful while its sentence tells the demonstrators threw stones or other
  missiles (the parse may hang the throwing off a noun) is a violent demonstration;
- any decision on a sentence whose news is a deal between states outside a conflict ("two NATO allies
  have come to an agreement on the sale of fighter jets") is diplomacy, no ACLED event
  (:mod:`eventwire.events.statedeals`);
- a movement of forces into a place another side was driven from is territory taken by force
  (:mod:`eventwire.events.arrivals`);
- a killing typed as an attack, or shelling told only as ending, while a mine or an explosive device is
  what went off or killed ("was killed by an unexploded mine", "shelling had eased, but a roadside
  device exploded") is a remote explosive;
- a strike that hit its target told with the interception of part of it is the strike, a salvo only partly
  intercepted the attack, and a clash of those "killed in a strike" the strike
  (:mod:`eventwire.events.intercepts`);
- a clash told only as the time of a killing of civilians is the attack (:mod:`eventwire.events.priorclash`).
- an attack that is state forces firing on a demonstrating crowd, or an unarmed crowd beating a person,
  is excessive force against protesters or mob violence (:mod:`eventwire.events.crowdharm`).
- an arrest a crowd only tells of, a raid that sparked a shootout, an act only denied
  (:mod:`eventwire.events.actreads`).
- a state force's raid told with nothing done in it is no event (:mod:`eventwire.events.bareraids`), a
  shootout of the police with robbers is crime (:mod:`eventwire.events.robberyfights`), a ruler's record of
  acts ("has overseen the murder of 21 journalists") no event (:func:`eventwire.events.tallies.ruled_over`), nor a
  toll summed since a campaign began (:func:`eventwire.events.tallies.campaign_toll`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .actreads import (
    denied_act,
    entered_country,
    other_sense,
    private_stabbing,
    raid_fought,
    tallied_arrest,
    time_anchor,
    told_by_crowd,
)
from .arrivals import arrival_reading, moved_into_left_place
from .bareraids import bare_state_raid
from .clause import ActorKind, agent_of, arg_kind
from .crowdforce import CROWD_HEADS
from .crowdharm import crowd_assault, fired_on_demonstrators
from .crowdstance import crowd_fight_type, rival_rallies_fought
from .groupends import coup_told, disbanded_not_agreed
from .intercepts import killed_in_strike, partly_intercepted, strike_hit
from .kindreads import wrong_kind
from .lexicon import CueHit
from .mishaps import store_mishap
from .priorclash import killing_after_clash
from .rallyattack import person_attacked
from .robberyfights import robbery_shootout
from .statedeals import state_deal
from .tallies import campaign_toll, ruled_over

KILL_LEMMAS = frozenset("kill shoot fire".split())
# the RIOT cue phrases that tell only of a road held by the crowd
BLOCKING_STARTS = ("block", "blockade")
# the RIOT cue phrases that tell of missiles thrown by someone
THROWING_STARTS = ("throw", "hurl", "pelt", "stone")


def _lemma(t: Any) -> str:
    return t.lemma_.lower()


def _victims_of(verb: Any) -> list[Any]:
    """Those ``verb`` was aimed at: its object, or the object of "at"/"on"/"into" ("fired on protesters")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    heads = [verb, *objs]  # "fired live bullets on protesters": the aim hung on the missile
    return objs + [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "upon")
                   for g in c.children if g.dep_ == "pobj"]


def _killed(verb: Any) -> bool:
    """The shooting is told as lethal ("shot dead", "killing two", "shot and killed")."""
    if _lemma(verb) == "kill":
        return True
    for c in verb.subtree:
        if c.lower_ == "dead" and c.head.i == verb.i:
            return True
        if _lemma(c) == "kill" and c.dep_ in ("advcl", "conj", "xcomp"):
            return True  # "..., killing two" (the parser may hang it on the last verb before it)
    return False


def _protesters(tok: Any, actor_kind: ActorKind | None) -> bool:
    return arg_kind(tok, actor_kind) == "protester" or (
        _lemma(tok) in CROWD_HEADS and any(c.dep_ in ("amod", "relcl", "acl") for c in tok.children)
        and _lemma(tok) in ("protester", "demonstrator", "marcher", "crowd")
    )


def force_on_blockade(sent: Any, hits: list[CueHit], actor_kind: ActorKind | None) -> bool:
    """The only riot told is a road blocked, and the forces shot the demonstrators dead ("police shot
    dead three protesters who were blocking a highway")."""
    riots = [h for h in hits if h.category == "RIOT"]
    if not riots or not all(h.phrase.startswith(BLOCKING_STARTS) for h in riots):
        return False
    for v in sent:
        if v.pos_ != "VERB" or _lemma(v) not in KILL_LEMMAS:
            continue
        ag = agent_of(v)
        if ag is None or arg_kind(ag, actor_kind) != "state" or not _killed(v):
            continue
        if any(_protesters(p, actor_kind) for p in _victims_of(v)):
            return True
    return False


def stones_thrown_by_crowd(sent: Any, hits: list[CueHit], actor_kind: ActorKind | None) -> bool:
    """A missile thrown in a sentence about a protest, with no forces as the thrower ("traders
    protesting their eviction hurled stones at council workers")."""
    throws = [h for h in hits if h.category == "RIOT" and h.phrase.startswith(THROWING_STARTS)]
    if not throws:
        return False
    doc = sent.doc
    told = False
    for h in throws:
        verb = doc[h.start]
        if any(c.dep_ == "auxpass" for c in verb.children):
            return False  # "were pelted with stones": the crowd is hit
        ag = agent_of(verb) if verb.pos_ == "VERB" else None
        if ag is not None and arg_kind(ag, actor_kind) == "state":
            return False  # "police threw stones back at the crowd"
        root = doc[h.start:h.end].root
        while root.dep_ == "compound" and root.head.i != root.i:
            root = root.head  # "stone" of "stone-throwing"
        if root.dep_ == "pobj" or any(c.dep_ in ("agent", "prep") and c.lower_ == "by" for c in root.children):
            continue  # "marched against stone-throwing by settlers": what the crowd protests
        told = True
    return told


def second_reading(sub: str | None, sent: Any, hits: list[CueHit], actor_kind: ActorKind | None) -> str | None:
    """The sub-event type the clause reading gives in place of ``sub``; None to keep ``sub``."""
    if sub == "Violent demonstration" and force_on_blockade(sent, hits, actor_kind):
        return "Excessive force against protesters"
    if sub == "Peaceful protest" and stones_thrown_by_crowd(sent, hits, actor_kind):
        return "Violent demonstration"
    return None


DEVICE_LEMMAS = frozenset("mine landmine device ied".split())
MINING_WORDS = frozenset("gold coal copper diamond cobalt tin salt iron uranium open-pit".split())
BLAST_VERBS = frozenset("explode detonate blow go hit strike kill wound injure maim".split())
HARM_VERBS = frozenset("kill wound injure maim hurt".split())
ENDING_LEMMAS = frozenset("ease stop cease end subside calm halt pause abate".split())
DEVICE_MARKS = frozenset("explosive roadside improvised unexploded remote-controlled homemade".split())


def _device(tok: Any) -> bool:
    """A mine or an explosive device (not a gold mine, not "mine" the pronoun)."""
    if tok.pos_ != "NOUN" or _lemma(tok) not in DEVICE_LEMMAS or tok.dep_ == "compound":
        return False
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    if mods & MINING_WORDS:
        return False
    return _lemma(tok) != "device" or bool(mods & DEVICE_MARKS)


def device_went_off(sent: Any) -> Any:
    """The verb by which a mine or an explosive device went off or harmed ("an old mine killed two
    shepherds", "was killed by an unexploded mine", "a roadside device exploded"); None when none did."""
    for t in sent:
        if not _device(t):
            continue
        v = t.head
        if t.dep_ == "nsubj" and v.pos_ == "VERB" and _lemma(v) in BLAST_VERBS:
            return v
        if t.dep_ == "pobj" and v.dep_ == "agent" and _lemma(v.head) in HARM_VERBS:
            return v.head  # "was killed by a landmine"
    return None


def _shelling_ended(sent: Any, hits: list[CueHit]) -> bool:
    """Every shelling cue is the subject of a verb of ending ("shelling had eased")."""
    shells = [sent.doc[h.start:h.end].root for h in hits if h.category == "SHELL"]
    shells = [t.head if t.dep_ == "compound" else t for t in shells]  # "artillery fire": the fire
    return bool(shells) and all(t.dep_ == "nsubj" and _lemma(t.head) in ENDING_LEMMAS for t in shells)


def remote_device(sub: str | None, sent: Any, hits: list[CueHit]) -> bool:
    """An attack or an ended shelling retyped as a remote explosive (see the module's note)."""
    if sub == "Attack":
        return device_went_off(sent) is not None
    if sub == "Shelling/artillery/missile attack":
        return _shelling_ended(sent, hits) and device_went_off(sent) is not None
    return False


#: Nouns of a campaign of fighting, and the verbs that tell it going on ("pressed its offensive").
CAMPAIGN_NOUNS = frozenset("offensive offensives campaign campaigns operation operations war insurgency".split())
GOING_ON_VERBS = frozenset("press continue intensify step maintain pursue wage sustain keep".split())
HARM_IN_CAMPAIGN = frozenset(
    "kill die dead wound injure capture seize retake recapture take overrun shell bomb strike hit destroy".split())


def ongoing_campaign(trigger: Any) -> bool:
    """Whether the act is a campaign told as going on, with no act of its own: "as Moscow pressed its
    offensive in the northeast", "the army continued its operations against the rebels" (a campaign
    noun with a possessive, the object of a verb of going on). "Launched an offensive on X", "the
    offensive killed 20" are acts."""
    if trigger is None or trigger.lower_ not in CAMPAIGN_NOUNS or trigger.dep_ != "dobj":
        return False
    if trigger.head.lemma_.lower() not in GOING_ON_VERBS or not any(c.dep_ == "poss" for c in trigger.children):
        return False
    # "... continued its offensive, killing 12 fighters": the campaign's act is told
    clause = trigger.head.subtree
    return not any(t.lemma_.lower() in HARM_IN_CAMPAIGN for t in clause)


def reread_decision(dec: Any, sent: Any, hits: list[CueHit], actor_kind: ActorKind | None) -> Any:
    """The rules' decision ``dec`` (a ``TypeDecision``) read again from the clause: the readings of the
    module's note, in order. Returns ``dec`` itself when none applies."""
    if dec.sub_event_type is not None and ongoing_campaign(dec.trigger):
        return None  # "as Moscow pressed its offensive in the northeast": a campaign going on, no one act
    if private_stabbing(dec, sent, actor_kind):  # "a teenager was stabbed to death on the high street": crime
        return replace(dec, sub_event_type=None, family="CRIME", none_class="CRIME", means=None)
    if robbery_shootout(dec, sent):  # "two suspects died in a shootout with officers after a robbery": crime
        return replace(dec, sub_event_type=None, family="CRIME", none_class="CRIME", means=None)
    if entered_country(dec):
        return None  # "fighters also entered Iraq from positions along the border": a crossing (events/actreads.py)
    if dec.sub_event_type is not None and other_sense(dec, actor_kind):
        return None  # "her husband surrendered to the fighters", "this was extremely damaging" (events/actreads.py)
    if wrong_kind(dec, sent, actor_kind):
        return None  # "he was handed over to Bangladesh", "toppling the president": another sense (events/kindreads.py)
    if dec.family == "VIOLENCE" and denied_act(dec.trigger):
        return None  # "the government has consistently denied the attack": told elsewhere (events/actreads.py)
    if dec.sub_event_type is not None and time_anchor(dec.trigger):
        return None  # "on the eve of the airstrikes, the envoy raised the alarm": a time, told elsewhere
    if dec.sub_event_type is not None and ruled_over(dec.trigger):
        return None  # "Putin has overseen the murder of 21 journalists": a ruler's record (events/tallies.py)
    if dec.family == "VIOLENCE" and campaign_toll(dec.trigger):
        return None  # "530 people have died since a barrage of airstrikes began last Sunday": a sum (events/tallies.py)
    if bare_state_raid(dec, sent, hits):
        return None  # "Police raided the offices of the newspaper on Monday": nothing done in it (events/bareraids.py)
    if dec.family in ("PROTEST", "ARREST") and tallied_arrest(dec.trigger):
        return None  # "between June 9 and Oct. 25, police arrested some 780 students": a tally (events/actreads.py)
    if store_mishap(dec.sub_event_type, sent, hits):  # "an explosion at an ammunition depot caused by a fire"
        return replace(dec, sub_event_type=None, family="MANMADE", none_class="MANMADE", means=None)
    if dec.sub_event_type == "Disrupted weapons use":
        struck = strike_hit(dec, sent, hits, actor_kind)
        if struck is not None:
            return struck  # "warplanes struck depots near Damascus ... air defences intercepted most of the missiles"
        dec = partly_intercepted(dec, sent, actor_kind)  # "fired dozens of rockets, most of which were intercepted"
        if dec is None:
            return None
    dec = killed_in_strike(dec, sent, actor_kind)  # "three of its fighters were killed in a separate strike"
    dec = killing_after_clash(dec, sent, actor_kind)  # "after the clashes, soldiers went house to house killing civilians"
    if dec.sub_event_type is not None:
        deal = state_deal(sent, actor_kind)
        if deal is not None:
            return replace(dec, sub_event_type=None, trigger=deal, family="DIPLO", none_class="DIPLO", means=None)
    if dec.family == "TERRITORY" and (coup := coup_told(sent)) is not None:  # "seized the radio and announced
        return replace(dec, sub_event_type="Other", family="OTHER", trigger=coup)  # that the president had been removed"
    if dec.sub_event_type == "Agreement" and disbanded_not_agreed(sent, actor_kind):  # "decided to disband and lay down its arms"
        return replace(dec, sub_event_type="Change to group/activity", family="CHANGE")
    if dec.sub_event_type == "Change to group/activity":
        moved_in = arrival_reading(sent, actor_kind) or moved_into_left_place(sent, actor_kind)
        if moved_in is not None:
            return replace(dec, sub_event_type=moved_in, family="TERRITORY")
    if dec.family == "PROTEST" and (told := told_by_crowd(dec, sent, hits, actor_kind)) is not None:
        return told  # "The protesters said a journalist was arrested": the arrest (events/actreads.py)
    if dec.sub_event_type == "Attack" and (fought := raid_fought(dec, actor_kind)) is not None:
        return fought  # "Police stormed the house, sparking a shootout with traffickers": an armed clash
    riot = crowd_fight_type(dec, actor_kind)  # "workers demanding higher wages attacked a police vehicle"
    if riot is not None:
        return replace(dec, sub_event_type=riot, family="PROTEST" if riot == "Violent demonstration" else "MOB", means=None)
    if dec.sub_event_type == "Attack" and dec.means is None:
        if fired_on_demonstrators(sent, hits, actor_kind):  # "fired on a crowd demanding the release of prisoners"
            return replace(dec, sub_event_type="Excessive force against protesters", family="PROTEST")
        if crowd_assault(sent, dec.trigger, dec.agent.token, actor_kind):  # "taxi riders beat a bus driver"
            return replace(dec, sub_event_type="Mob violence", family="MOB")
    if dec.sub_event_type in ("Excessive force against protesters", "Protest with intervention"):
        hit = person_attacked(sent, actor_kind)  # "a candidate was shot dead as he left a rally"
        if hit is not None:
            return replace(dec, sub_event_type="Attack", family="VIOLENCE", trigger=hit)
    if dec.family == "PROTEST" and rival_rallies_fought(dec, hits):  # "opposing rallies battle with rocks"
        return replace(dec, sub_event_type="Mob violence", family="MOB")
    if dec.family == "PROTEST":
        again = second_reading(dec.sub_event_type, sent, hits, actor_kind)
        dec = dec if again is None else replace(dec, sub_event_type=again)
        riot = _clash_above_attempt(dec) if dec.sub_event_type == "Violent demonstration" else None
        return dec if riot is None else replace(dec, trigger=riot)
    if dec.family == "VIOLENCE" and remote_device(dec.sub_event_type, sent, hits):
        return replace(dec, sub_event_type="Remote explosive/landmine/IED", means="IED")
    return dec


ATTEMPT_LEMMAS = frozenset("try attempt seek".split())
CLASH_WORDS = frozenset("clash clashes fighting scuffles skirmishes violence riot riots".split())


def _clash_above_attempt(dec: Any) -> Any:
    """The clash a sentence tells at its top when the demonstrators it names are only what the forces
    "tried to stop" ("Clashes broke out when police tried to stop protesters from marching"): the clash
    is the act, not the attempt; None otherwise."""
    trig = dec.trigger
    attempt = next((a for a in list(trig.ancestors)[:4] if a.lemma_.lower() in ATTEMPT_LEMMAS and a.pos_ == "VERB"),
                   None) if trig is not None else None
    if attempt is None or attempt.dep_ not in ("advcl", "conj"):
        return None
    return next((c for c in attempt.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in CLASH_WORDS), None)

