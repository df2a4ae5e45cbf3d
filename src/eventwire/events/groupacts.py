"""Changes to an armed group told by a noun of the act or by a verb no cue lists, read off the parse, and
which strategic act leads when another act is told only as its background.

ACLED's "Change to group/activity" covers an armed group's new make-up or conduct, whatever the words:
"announced the creation of its own police force", "set up a new political wing" (a group formed), "forged
an alliance with two rival factions" (an alliance), "took over the leadership of the coalition", "appointed a
new field commander", "General X was appointed commander of the army's operations" (a leader replaced),
"renounced violence", "abandoned the armed struggle" (a group's activity ended); soldiers announcing they
have "taken power" tell a coup (ACLED's "Other"). Each reader is gated on its words
(:func:`eventwire.events.words.needs_words`) and keeps only acts told as done (not negated, not asked for,
not future). :func:`change_over_background` lets the development of the main clause lead over violence, a
capture or an arrest told only in an "after ...", "amid ..." or "citing ..." clause under it, or in a relative
clause on one of its participants (nobody killed); :func:`untyped_violence_yields` lets a strategic act lead
when the violence chosen yields no sub-event type ("the death of its leader" with nobody who killed).
"""

from __future__ import annotations

from typing import Any

from .clause import _word_kind
from .groupends import ENDING_VERBS, REMOVING, activity_ended, armed_group_formed, ruler_removed
from .lexicon import CueHit
from .strategic import FORCE_WORDS, FUTURE_AUX, NEW_GROUPS, _infinitive
from .words import needs_words, tokens_with

#: nouns of a group coming into being ("the creation of a joint force")
MAKING_NOUNS = frozenset("creation formation establishment launch founding raising inauguration".split())
#: verbs that tell such a noun as done ("announced the creation of ...", "approved the formation of ...")
MAKING_HEADS = frozenset("announce declare approve complete proclaim unveil confirm mark celebrate order".split())
#: groups that may be made: armed groups and forces (a base is read by :mod:`eventwire.events.strategic`)
MADE_GROUPS = NEW_GROUPS | frozenset("police militias outfit outfits guards guard army vigilante vigilantes".split())
ALLIANCE_NOUNS = frozenset("alliance alliances coalition merger pact".split())
ALLYING_VERBS = frozenset("forge form announce seal strike enter create conclude".split())
#: what a group renounces: its armed activity
ARMED_ACTIVITY = frozenset("violence struggle fight fighting insurgency terrorism jihad arms rebellion war".split())
RENOUNCING_VERBS = frozenset("renounce abandon forswear denounce reject".split())
LEADING_NOUNS = frozenset("leadership command helm charge".split())
TAKING_VERBS = frozenset("take assume".split())

POWER_VERBS = frozenset("take seize grab assume".split())
COUP_DOERS = frozenset(
    "soldiers soldier army military officers officer junta mutineers putschists troops guard colonels generals".split())

APPOINTING = frozenset("appoint name elect choose select pick install instal".split())
RULERS = frozenset("leader commander chief emir amir wali governor head spokesman general deputy coordinator".split())
#: a group's own posts, not a company's or a ministry's ("a new chief executive", "the head of the central bank")
NOT_RULERS = frozenset("executive officer director manager coach editor ceo chairman secretary bank board".split())

#: words of the doers of a group act: forces, armed groups, gangs
ARMED_DOERS = FORCE_WORDS | frozenset(("gang", "gangs"))
#: a group's own leaders are named by a group, not by a government ("the government appointed a new governor")
GROUP_FORCES = FORCE_WORDS - frozenset(("government", "authorities", "authority", "officials", "national", "state"))

#: a new course of armed activity a group announces ("announced a new spring offensive")
CAMPAIGN_NOUNS = frozenset("offensive offensives campaign strategy tactics".split())
CAMPAIGN_HEADS = frozenset("announce declare unveil proclaim".split())
FIGHT_TOLD = frozenset("clash fighting fight fought battle attack kill die dead wound shell bomb strike".split())

#: a part of a group leaving it ("a faction broke away", "the wing split from the movement")
SPLITTING_VERBS = frozenset("break split splinter".split())
SPLIT_PARTICLES = frozenset("away off".split())
#: what an armed group may boycott, and the verbs that announce it
VOTE_NOUNS = frozenset("election elections polls vote referendum ballot".split())
SAYING_HEADS = frozenset("say announce declare vow warn pledge threaten".split())
#: armed activity taken up again ("said it would resume military operations")
RESUMING_VERBS = frozenset("resume restart relaunch".split())
RESUMED_ACTIVITY = frozenset("hostilities hostility operations operation struggle insurgency war jihad rebellion".split())

GATE = MAKING_NOUNS | ALLIANCE_NOUNS | RENOUNCING_VERBS | LEADING_NOUNS | APPOINTING | CAMPAIGN_NOUNS | {"power", "set"} | (
    SPLITTING_VERBS | RESUMING_VERBS | ENDING_VERBS | REMOVING | {"boycott", "new"})


def _done(v: Any) -> bool:
    """A verb told as done: not negated, not "to ..." (asked for), not "would ..."."""
    return v.pos_ in ("VERB", "AUX") and not _infinitive(v) and not any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in FUTURE_AUX) for c in v.children)


def _subject(v: Any) -> Any:
    """The subject of ``v``, or of the verb it is joined to ("the gunmen ... renounced violence and handed over
    their rifles")."""
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None or v.dep_ != "conj":
            return subj
        v = v.head
    return None


def _low(t: Any) -> set[str]:
    return {t.lower_, t.lemma_.lower()}


def _armed_sentence(sent: Any, skip: frozenset[int] = frozenset()) -> bool:
    """The sentence names an armed actor ("the militia", "gunmen", "the separatists"); the tokens of ``skip`` (the
    group made: "a new sales unit") do not count."""
    return any((t.lower_ in FORCE_WORDS or _word_kind(t) in ("nonstate", "armed")) for t in sent
               if t.pos_ in ("NOUN", "PROPN") and t.i not in skip)


def _of_group(noun: Any) -> bool:
    """"the creation of a new militia", "the formation of their own police force": the "of" names a group."""
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for g in p.children:
                if g.dep_ == "pobj" and (_low(g) & MADE_GROUPS) and not any(
                    c.lower_ in ("committee", "commission") for c in g.subtree
                ):
                    return True
    return False


def _group_made(t: Any) -> bool:
    """"Separatists announced the creation of their own police force in the region"."""
    if t.lemma_.lower() not in MAKING_NOUNS or t.dep_ not in ("dobj", "nsubjpass", "nsubj"):
        return False
    v = t.head
    if t.dep_ == "dobj" and (v.lemma_.lower() not in MAKING_HEADS or not _done(v)):
        return False
    if t.dep_ in ("nsubjpass", "nsubj") and (v.lemma_.lower() not in ("announce", "approve", "complete", "confirm") or not _done(v)):
        return False
    return _of_group(t) and _armed_sentence(t.sent, frozenset(x.i for x in t.subtree))


def _allied(t: Any) -> bool:
    """"The gang leader announced a new alliance with two rival gangs", "the two militias formed a coalition"."""
    if t.lower_ not in ALLIANCE_NOUNS or t.dep_ != "dobj":
        return False
    v = t.head
    if v.lemma_.lower() not in ALLYING_VERBS or not _done(v):
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    doers = [subj] if subj is not None else []
    doers += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    return _armed_words(doers)


def _renounced(t: Any) -> bool:
    """"Over 100 gunmen renounced violence at a ceremony", "the faction abandoned the armed struggle"."""
    if t.lemma_.lower() not in RENOUNCING_VERBS or not _done(t):
        return False
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(_low(o) & ARMED_ACTIVITY and (o.lower_ not in ("arms", "war", "fight", "fighting") or any(
        c.lower_ in ("armed", "the") for c in o.children)) for o in objs):
        return False
    subj = _subject(t)
    if subj is None:
        return False
    return bool(_subtree_words([subj]) & ARMED_DOERS) or _word_kind(subj) in ("nonstate", "armed")


def _took_lead(t: Any) -> bool:
    """"The gang announced that it had taken over the leadership of the coalition", "a former commander took
    charge of the militia"."""
    if t.lower_ not in LEADING_NOUNS or t.dep_ != "dobj":
        return False
    v = t.head
    if v.lemma_.lower() not in TAKING_VERBS or not _done(v):
        return False
    return _armed_words([g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children])


def _leader_named(t: Any) -> bool:
    """An armed group names a new leader, whatever the post ("the paramilitary force appointed a new field
    commander", "the rebels elected a new deputy leader"); not "the company appointed a new chief executive"."""
    if t.lemma_.lower() not in APPOINTING or t.pos_ != "VERB" or not _done(t):
        return False
    if any(c.dep_ == "auxpass" for c in t.children):
        return _named_to_lead(t)
    posts = [c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in RULERS]
    if not posts or not any(c.lower_ == "new" for p in posts for c in p.children):
        return False
    if any(w.lower_ in NOT_RULERS for p in posts for w in p.subtree):
        return False
    subj = _subject(t)
    return subj is not None and _armed_words([subj], vocab=GROUP_FORCES)


def _subtree_words(toks: list[Any]) -> set[str]:
    """The lower-case forms and lemmas of the subtrees of ``toks``."""
    return {w.lower_ for x in toks for w in x.subtree} | {w.lemma_.lower() for x in toks for w in x.subtree}


def _armed_words(toks: list[Any], *, vocab: frozenset[str] = ARMED_DOERS) -> bool:
    """The subtrees of ``toks`` name an armed actor: a word of ``vocab`` or a word the actor stage reads
    as a non-state or armed actor."""
    return bool(_subtree_words(toks) & vocab) or any(
        _word_kind(w) in ("nonstate", "armed") for x in toks for w in x.subtree)


def _named_to_lead(t: Any) -> bool:
    """"General X was appointed commander of the army's operations in the northeast", "Abu Y was named leader of
    the group": the post is an armed group's (told by its "of ...")."""
    posts = [c for c in t.children if c.dep_ in ("oprd", "attr", "xcomp", "dobj") and c.lemma_.lower() in RULERS]
    posts += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.lemma_.lower() in RULERS]
    if not posts or any(w.lower_ in NOT_RULERS for p in posts for w in p.subtree):
        return False
    owners = [g for p in posts for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    owners += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]  # misparsed "of"
    return bool(owners) and _armed_words(owners)


def _set_up_group(t: Any) -> bool:
    """"The rebels set up a new political wing", "the militia set up a unit to police the markets": a group
    formed (a base set up is read by :mod:`eventwire.events.strategic`)."""
    if t.lemma_.lower() != "set" or not any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children) or not _done(t):
        return False
    made = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in NEW_GROUPS]
    if not made or any(w.lower_ in ("committee", "commission", "company", "firm") for m in made for w in m.subtree):
        return False
    subj = _subject(t)
    return subj is not None and _armed_words([subj])


def _campaign_announced(t: Any) -> bool:
    """"The Taliban announced a new spring offensive against foreign forces", "the group declared a new
    campaign of attacks": an armed group's new course of activity, announced (no fight told)."""
    if t.lemma_.lower() not in CAMPAIGN_NOUNS or t.dep_ != "dobj" or not any(
        c.dep_ == "amod" and c.lower_ in ("new", "spring", "summer", "fresh", "annual") for c in t.children
    ):
        return False
    v = t.head
    if v.lemma_.lower() not in CAMPAIGN_HEADS or not _done(v):
        return False
    if {w.lemma_.lower() for w in t.sent} & FIGHT_TOLD:
        return False  # "announced a new campaign against the rebels, and clashes continued": the fight is told
    subj = _subject(v)
    return subj is not None and _armed_words([subj], vocab=GROUP_FORCES)


def _power_taken(t: Any) -> bool:
    """"Soldiers detained the president and announced that they had taken power": a coup (ACLED's "Other");
    not "the party took power after the election"."""
    if t.lower_ != "power" or t.dep_ != "dobj" or t.head.lemma_.lower() not in POWER_VERBS or not _done(t.head):
        return False
    v = t.head
    if v.dep_ in ("relcl", "acl"):
        return False  # "the junta, which took power in a coup in February, ...": who the junta is
    subj = _subject(v)
    if subj is not None and subj.pos_ == "PRON":
        h = v
        for _ in range(3):  # "announced that they had taken power": who announced
            if h.head.i == h.i:
                break
            h = h.head
            subj = _subject(h) or subj
            if subj.pos_ != "PRON":
                break
    if subj is None:
        return False
    words = {w.lower_ for w in subj.subtree}
    return bool(words & COUP_DOERS) and not {w.lower_ for w in t.sent} & {"election", "elections", "vote", "polls"}


def _announced(v: Any) -> bool:
    """``v`` is told as done, or as what a group says it will do ("the rebels said they would boycott the
    vote": the announcement is the change)."""
    if _done(v):
        return True
    head = v.head
    return v.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in SAYING_HEADS and _done(head) and not any(
        c.dep_ == "neg" for c in v.children)


def _split_off(t: Any) -> bool:
    """"A faction of the rebel group broke away to form a new movement", "commanders split from the militia"."""
    if t.lemma_.lower() not in SPLITTING_VERBS or t.pos_ != "VERB" or not _done(t):
        return False
    if t.lemma_.lower() == "break" and not any(c.dep_ in ("prt", "advmod") and c.lower_ in SPLIT_PARTICLES for c in t.children):
        return False  # "fighting broke out", "broke the siege"
    if any(c.dep_ in ("dobj", "nsubjpass") for c in t.children):
        return False  # "split the country", "the town was split"
    subj = _subject(t)
    return subj is not None and subj.pos_ != "PRON" and _armed_words([subj])


#: who boycotts a vote in ordinary politics ("opposition parties", "the main opposition candidate")
POLITICAL_BODIES = frozenset("party parties politician politicians candidate candidates lawmaker lawmakers opposition".split())


def _boycott(t: Any) -> bool:
    """"The rebels said they would boycott Sunday's elections": an armed group's boycott of a vote."""
    if t.lemma_.lower() != "boycott" or t.pos_ != "VERB" or not _announced(t):
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in VOTE_NOUNS for c in t.children):
        return False
    subj = _subject(t)
    if subj is not None and subj.pos_ == "PRON" and t.dep_ in ("ccomp", "xcomp"):
        subj = _subject(t.head)  # "the rebels said they would ..."
    if subj is None or (_subtree_words([subj]) & POLITICAL_BODIES
                        and not _subtree_words([subj]) & (ARMED_DOERS - POLITICAL_BODIES)):
        return False  # "opposition parties announced they would boycott the elections": politics
    return _armed_words([subj])


def _resumed(t: Any) -> bool:
    """"The ELN said it would resume military operations", "the coalition ... resuming hostilities": an armed
    group taking up its armed activity again, announced (no fight told)."""
    if t.lemma_.lower() not in RESUMING_VERBS or t.pos_ != "VERB" or not _announced(t):
        return False
    if not any(c.dep_ == "dobj" and _low(c) & RESUMED_ACTIVITY for c in t.children):
        return False
    if {w.lemma_.lower() for w in t.sent} & FIGHT_TOLD:
        return False  # "resumed hostilities, killing 12": the fight is told
    subj = _subject(t)
    h = t
    while (subj is None or subj.pos_ == "PRON") and h.dep_ in ("ccomp", "xcomp", "conj") and h.head.i != h.i:
        h = h.head
        subj = _subject(h) or subj
    return subj is not None and _armed_words([subj])


@needs_words(GATE)
def group_acts(sent: Any, hits: list[CueHit], actor_kind: Any = None) -> list[CueHit]:
    """Changes to an armed group no cue phrase lists (see the module's doc): CHANGE hits on the word that
    tells the act."""
    taken = {i for h in hits if h.category == "CHANGE" for i in range(h.start, h.end)}
    out: list[CueHit] = []
    for t in tokens_with(sent, lemmas=GATE, lowers=GATE):
        low = t.lemma_.lower()
        if t.i in taken or (low not in GATE and t.lower_ not in GATE):
            continue
        for told, category, phrase, on_head in _READERS:  # the first that reads the word tells the act
            if told(t):
                at = t.head if on_head else t  # "took over the leadership": the verb
                end = at.i + 1
                if phrase == "activity resumed":  # the hit spans "resume hostilities": no clash cue inside it
                    end = max([end] + [c.i + 1 for c in t.children if c.dep_ == "dobj"])
                out.append(CueHit(category, phrase, at.i, end, 1.0))
                break
    return out


#: (reader, hit category, hit phrase, hit on the word's head), tried in this order
_READERS = (
    (_group_made, "CHANGE", "group created", False),
    (_allied, "CHANGE", "alliance formed", False),
    (_renounced, "CHANGE", "violence renounced", False),
    (_took_lead, "CHANGE", "leadership taken", True),
    (_set_up_group, "CHANGE", "group created", False),
    (_leader_named, "CHANGE", "leader replaced", False),
    (_campaign_announced, "CHANGE", "campaign announced", True),
    (_power_taken, "OTHER", "power taken", True),
    (ruler_removed, "OTHER", "power taken", False),
    (_split_off, "CHANGE", "group split", False),
    (_boycott, "CHANGE", "vote boycotted", False),
    (_resumed, "CHANGE", "activity resumed", False),
    (activity_ended, "CHANGE", "activity ended", False),
    (armed_group_formed, "CHANGE", "group created", True),
)


#: the phrases of the hits made here and in :mod:`eventwire.events.restrictions` (kept without the predicates of
#: single cues, like PARSED_CUES)
#: the phrases of the hits of :mod:`eventwire.events.unlisted`
UNLISTED_CUES = frozenset(
    """groups merged;allegiance pledged;fighters recruited;group formed;fighters demobilised;leader replaced;group renamed;
    group integrated;ties severed;group split;president unseated;people displaced;grave found;inmates escaped;communications cut;military rule imposed;
    restriction imposed;accord reached;captives exchanged;surrender told;base set up;base moved;weapon failed;weapons cleared;
    weapons stopped;weapons seized""".replace("\n    ", "").split(";"))
GROUP_ACT_CUES = frozenset(("group created", "alliance formed", "violence renounced", "leadership taken", "power taken",
                            "group split", "vote boycotted", "activity resumed", "activity ended",
                            "restriction imposed", "campaign announced")) | UNLISTED_CUES


def untyped_violence_yields(cands: dict[str, tuple[float, Any]], fams: tuple[str, ...]) -> str | None:
    """The strategic family that leads when the violence chosen yields no sub-event type ("swore allegiance to
    the new emir after the group confirmed the death of its leader": a death with nobody who killed is no
    attack); None when the sentence offers none."""
    told = [(cands[f][0], cands[f][1].i, f) for f in fams if f in cands]
    return min(told)[2] if told else None  # the shallowest; of two as deep, the first told


BEFORE_MARKS = frozenset("after following since".split())
GOING_ON = frozenset("continue persist rage spread intensify escalate mount grow".split())


EARLIER_UNITS = frozenset("week weeks month months year years weekend".split())


def _dated_earlier(act: Any) -> bool:
    """``act`` is told with a time of its own before the news ("after their commander was killed last
    month", "three weeks ago"): a death then is the background of a development now, not the news."""
    v = act
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    for c in v.children:
        if c.dep_ in ("npadvmod", "advmod", "prep") and any(
            t.lower_ in EARLIER_UNITS and any(x.lower_ in ("last", "previous", "ago", "earlier") for x in t.subtree)
            or t.lower_ == "ago" for t in c.subtree
        ):
            return True
    return False


def _under_after(act: Any) -> Any:
    """The word an "after ..." clause or phrase holding ``act`` hangs on ("sent troops to the province after
    jihadists attacked a base": "sent"; "sacked the army chief after a string of attacks": "sacked"; also
    "amid ..." and "as ... continued"), None if ``act`` is told in no such clause."""
    v = act
    for _ in range(4):
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BEFORE_MARKS for c in v.children):
            return v.head
        if v.dep_ == "advcl" and v.lemma_.lower() in GOING_ON and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children):
            return v.head  # "shut down the internet as clashes continued": the fighting goes on around it
        if v.dep_ in ("pobj", "pcomp") and v.head.lower_ in BEFORE_MARKS | {"amid", "amidst"}:
            return v.head.head
        if v.dep_ == "dobj" and v.head.lower_ == "citing" and v.head.dep_ == "advcl":
            return v.head.head  # "ordered residents to evacuate, citing intensified shelling": the reason given
        if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") and v.head.dep_ in ("dobj", "pobj", "nsubjpass", "appos"):
            return v.head  # "replacing a general who had been wounded in a drone strike": who he is
        if v.head.i == v.i:
            return None
        v = v.head
    return None


def change_over_background(fam: str, cands: dict[str, tuple[float, Any]], *, killing: bool) -> str | None:
    """The strategic family that leads when the act chosen (violence, a capture, an arrest) is only the
    background of a development told by the main clause ("the army sent 2,000 more troops to the province after
    jihadists attacked a base", "appointed a new spokesman after the former one was arrested", "troops blocked
    all roads into the town after rebels seized a police post there"): nobody killed, the development is the
    news (a death makes the violence the news; people fleeing an attack stay the attack's); "OTHER" for a
    blockade imposed by forces (read as a protest) or a coup told beside the arrests it made; None otherwise."""
    if fam == "PROTEST" and "OTHER" in cands:
        block = cands["PROTEST"][1]
        if block.dep_ == "dobj" and block.head.i == cands["OTHER"][1].i:
            return "OTHER"  # "the rebels imposed a blockade on the main road": a way closed by forces, no protest
    if fam == "ARREST" and "OTHER" in cands and any(
        _power_taken(c) for c in cands["OTHER"][1].children if c.dep_ == "dobj"
    ):
        return "OTHER"  # "soldiers detained the president and announced they had taken power": the coup
    if fam in ("ABDUCT", "ARREST", "TERRITORY") and "CHANGE" in cands and cands["CHANGE"][1].i == cands[fam][1].i and any(
        _took_lead(c) for c in cands[fam][1].children if c.dep_ == "dobj"
    ):
        return "CHANGE"  # "a former commander took charge of the militia": no one taken captive
    if fam not in ("VIOLENCE", "ARREST", "ABDUCT", "TERRITORY") or (killing and not _dated_earlier(cands[fam][1])):
        return None
    host = _under_after(cands[fam][1])
    if host is None:
        return None
    for main in ("CHANGE", "OTHER", "HQ"):
        if main not in cands or (main != "CHANGE" and fam in ("ARREST", "ABDUCT")):
            continue
        act = cands[main][1]
        if fam == "TERRITORY" and main != "OTHER":
            continue  # "the army deployed troops in the town after recapturing it": the town retaken is the news
        if main == "OTHER" and act.lemma_.lower() in ("flee", "displace", "escape"):
            continue  # "thousands fled after militants attacked": the attack (see eventwire.events.typing)
        verb = act.head if act.dep_ in ("dobj", "nsubjpass") else act
        if (host.i in (act.i, verb.i) or host.i in {a.i for a in verb.ancestors} or (
            host.pos_ in ("NOUN", "PROPN") and verb.i in {a.i for a in host.ancestors}
        )) and _under_after(act) is None:
            return main  # "... said it had appointed a new commander, a day after gunmen attacked its base"
    return None


STRIKING = frozenset("strike strikes struck hit hits targeted attacked attack bombed".split())


def strike_told(words: set[str]) -> bool:
    """A drone's strike is told ("after a drone struck a fuel depot"): a conflict, not a drone seen at an airport."""
    return bool(words & {"drone", "drones"}) and bool(words & STRIKING)
