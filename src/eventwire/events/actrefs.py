"""Act words that name a campaign, a kind of act, an act told elsewhere or one not done, not an act of one
occasion (read by :func:`eventwire.events.nonacts.no_act_cue`, so the cue is dropped before typing).

Read from the two audits of real news (twenty-sixth session):

- a war or a campaign told with its length in years, months or weeks ("the four-year battle has destroyed
  much of the city", "Ankara has fought a four-decade civil war", "a decades-long insurgency"): the war as a
  whole, which ACLED codes through its acts of a day, never as one event (a length in hours or days, "a
  six-hour battle for the airport", is one fight and stays);
- an act named as a kind by "such" ("the motivation to launch such merciless attacks", "scepticism about
  such an attack"; "attacks such as the one on Monday" is a list of examples and stays), or as a habit by an
  adjective with no day or count in the sentence ("the valley is under daily bombardment"; "daily shelling
  killed 12 people on Monday" stays);
- a definite act named as what is talked, asked, briefed or argued about, probed, or the point in time
  "since" which something else holds ("a security briefing on the Douma attack", "the debate over the
  bombing", "conversations since last week's attack", "investigators are probing the killing"): a reference
  to an act the article tells elsewhere, not a new one (not with a count in the act's phrase: "an
  investigation into the attack that killed three people");
- an act a side keeps out of ("sat out the clashes", "stayed out of the fighting"), one wished for by an
  imperative "let" ("Let them fight Isis"; "police let the protesters march" stays);
- ground taken as a whole, a war's summary ("drove them from one stronghold after another", "gained control
  over large parts of the north-east"; "retook the villages from the rebels" stays).

Acts supposed or weighed ("if the regime uses chemical weapons again") are read by
:mod:`eventwire.events.imagined`.
"""

from __future__ import annotations

from typing import Any

from .clause import verb_above
from .imagined import IMAGINED, imagined
from .lexicon import CueHit
from .story import sentence_of
from .words import gate_bit, gate_mask

#: units of a length that makes an act a campaign ("a four-year battle"; not hours or days: one fight)
CAMPAIGN_UNITS = frozenset("year years decade decades century centuries month months week weeks".split())
#: what a verb of fighting may have as its object that a length makes a campaign ("fought a decades-long insurgency")
CAMPAIGN_NOUNS = frozenset(
    """war insurgency rebellion uprising campaign battle conflict struggle fight offensive siege jihad""".split())
#: words that join a number and a unit into a length ("four-year", "decades-long", "seven-year-old")
LENGTH_JOINERS = frozenset(("-", "long", "old"))
#: nouns of what is said, asked or argued about an act ("a briefing on the attack", "the debate over the bombing")
TALK_NOUNS = frozenset(
    """briefing briefings debate debates conversation conversations discussion discussions talk talks question
    questions statement statements comment comments remark remarks testimony hearing hearings inquiry inquiries
    investigation investigations probe probes furore furor row rows dispute disputes argument arguments
    speculation controversy uproar outcry silence intelligence dossier""".split())
#: verbs by which one talks, asks or briefs about an act ("briefed MPs on the attack", "asked about the raid")
TALK_VERBS = frozenset("brief question ask comment speak talk testify argue".split())
#: verbs whose definite object is an act told elsewhere ("investigators are probing the killing")
REFERRING_VERBS = frozenset("investigate probe discuss debate".split())  # (punish, avenge: misreads.motive_only)
#: prepositions of what is talked about
ABOUT_PREPS = frozenset("on about over into regarding concerning".split())
DEFINITE_DETS = frozenset("the this that these those".split())
#: adjectives of a habit on an act noun ("a daily barrage of attacks", "sporadic raids")
HABIT_ADJS = frozenset(
    "daily nightly weekly constant continual incessant sporadic occasional frequent regular routine near-daily".split())
#: verbs by which a side keeps out of an act ("sat out the clashes", "stayed out of the fighting")
ABSTAINING = frozenset("sit stay keep avoid".split())
#: categories of a cue of ground taken or lost ("drove them from", "gained control over")
GROUND_CATS = frozenset(("REGAIN", "CAPTURE", "SEIZE_VERB", "TRANSFER"))
#: nouns of ground that may be told as a whole, with no name ("its territory", "large parts of the north-east")
GROUND_NOUNS = frozenset(
    """city cities town towns village villages territory territories stronghold strongholds area areas part parts
    swath swaths swathe swathes land lands region regions""".split())
#: ground nouns that name a share of ground with no name ("large parts of", "swathes of")
WHOLE_PARTS = frozenset("parts swath swaths swathe swathes".split())
#: sizes that make ground a share with no name ("vast territories")
VAST = frozenset("large vast huge".split())
#: ground a side holds as its own ("its territory", "their strongholds")
OWN_GROUND = frozenset("territory land stronghold".split())


def cue_head(doc: Any, h: CueHit) -> Any:
    """The word of the hit that the others depend on ("attack" of "chemical attack")."""
    if h.end - h.start == 1:
        return doc[h.start]
    for i in range(h.start, h.end):
        tok = doc[i]
        if not h.start <= tok.head.i < h.end or tok.head.i == i:
            return tok
    return doc[h.end - 1]


def referred_cue(doc: Any, h: CueHit) -> bool:
    """The cue ``h`` names a campaign, a kind of act or an act told elsewhere (see the module's note), or one
    supposed or weighed (:mod:`eventwire.events.imagined`)."""
    sent = sentence_of(doc, h.start)
    bits = gate_mask(sent)  # (one look-up per sentence, shared with the other word gates)
    if not bits & _ANY:
        return False  # (most sentences: none of the readings' words)
    tok = cue_head(doc, h)
    if bits & _GROUND and h.category in GROUND_CATS and _ground_as_whole(sent, tok):
        return True
    if bits & IMAGINED and imagined(tok, bits):
        return True
    if tok.pos_ in ("VERB", "AUX"):
        if bits & _LET and _wished(tok):
            return True
        if not bits & _CAMPAIGN:
            return False
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        return obj is not None and obj.lemma_.lower() in CAMPAIGN_NOUNS and _campaign(obj)  # "fought a
        # decades-long insurgency" (not "arrested a 20-year-old man")
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return bool((bits & _CAMPAIGN and tok.lemma_.lower() in CAMPAIGN_NOUNS and _campaign(tok)) or (bits & _SUCH and _kind(tok)) or (
        bits & _TOPIC and _topic(tok)) or (bits & _HABIT and _habitual(sent, tok)) or (
        bits & _KEPT_OUT and _kept_out(tok)))


#: the readings, one word gate each (:func:`eventwire.events.words.gate_bit`: a reading is tried only when its
#: sentence holds one of its words; the imagined ones are events.imagined's)
_CAMPAIGN = gate_bit(CAMPAIGN_UNITS)
_SUCH = gate_bit(("such",))
_TOPIC = gate_bit(TALK_NOUNS | TALK_VERBS | REFERRING_VERBS | frozenset(("since",)))
_HABIT = gate_bit(HABIT_ADJS)
_KEPT_OUT = gate_bit(ABSTAINING)
_LET = gate_bit(("let",))
_GROUND = gate_bit(GROUND_NOUNS)
_ANY = _CAMPAIGN | _SUCH | _TOPIC | _HABIT | _KEPT_OUT | _LET | _GROUND | IMAGINED


def _campaign(noun: Any) -> bool:
    """"the four-year battle", "a decades-long insurgency", "a four-decade civil war": a length of weeks or more,
    and no day or hour in its clause besides a year ("launched a week-long offensive in Idlib on Monday" is the
    offensive's first day: an act; "fought a month-long war in 2006" is a campaign)."""
    for c in noun.children:
        if c.i > noun.i or c.dep_ not in ("compound", "nmod", "amod", "npadvmod"):
            continue
        words = list(c.subtree)
        if any(t.lemma_.lower() in CAMPAIGN_UNITS or t.lower_ in CAMPAIGN_UNITS for t in words) and any(
                t.lower_ in LENGTH_JOINERS for t in words) and noun.i - words[-1].i <= 3:
            length = {t.i for t in words}
            return not any(t.ent_type_ in ("DATE", "TIME") and t.i not in length and not _year(t)
                           for t in verb_above(noun, steps=3).subtree)
    return False


def _year(tok: Any) -> bool:
    """A bare year ("in 2006"): a campaign told with its year is still a campaign."""
    return tok.like_num and len(tok.text) == 4 or tok.lower_ in ("in", "year", "years", "last", "this")


def _own_day(noun: Any) -> bool:
    """The act's phrase tells its day or hour ("the bombing of the market on Monday", "Monday's bombing")."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree if t.i != noun.i)


def _wished(verb: Any) -> bool:
    """"Let them fight Isis": an act wished for by an imperative "let", not done ("Police let the protesters
    march", with a subject of its own, is told as done)."""
    let = verb.head
    return (verb.tag_ == "VB" and verb.dep_ in ("ccomp", "xcomp") and let.lower_ == "let" and let.tag_ == "VB"
            and not any(c.dep_ in ("nsubj", "aux") for c in let.children))


def _kept_out(noun: Any) -> bool:
    """"Russia and the US sat out the clashes", "stayed out of the fighting", "avoided the battle": a side
    keeps out of an act; the act is told elsewhere, with its own sides."""
    head = noun.head
    lem = head.lemma_.lower()
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        return lem == "avoid" or (lem == "sit" and any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children))
    if noun.dep_ != "pobj" or head.lower_ != "of":
        return False
    out = head.head
    verb = out.head if out.lower_ == "out" else None
    return verb is not None and verb.lemma_.lower() in ("stay", "keep")


def _ground_as_whole(sent: Any, tok: Any) -> bool:
    """"drove them from one stronghold after another", "gained control over large parts of the north-east",
    "ousted from its territory": ground taken as a whole, a war's summary, with no name, count, day or hour
    ("retook the villages from the rebels", "seized three villages", "drove them out of their last
    stronghold, Abu Kamal" stay)."""
    grounds = []
    todo = [(tok, 0)]
    while todo:  # the objects and the objects of prepositions, two steps down ("out of", "control over")
        t, depth = todo.pop()
        for c in t.children:
            if c.dep_ in ("dobj", "pobj"):
                grounds.append(c)
            if depth < 2 and (c.dep_ in ("prep", "prt") or (c.dep_ == "dobj" and c.lower_ == "control")):
                todo.append((c, depth + 1))
    return any(_unnamed_ground(g) for g in grounds) and not any(t.ent_type_ in ("DATE", "TIME") for t in sent)


def _unnamed_ground(g: Any) -> bool:
    """The noun ``g`` names ground as a whole: a share of it, a side's own, one place after another."""
    if g.pos_ != "NOUN" or g.lower_ not in GROUND_NOUNS:
        return False
    words = list(g.subtree)
    if any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in words) or any(
            c.dep_ == "amod" and c.lower_ in ("last", "final") for c in g.children):
        return False  # "the towns of Manbij and Jarablus", "their last stronghold"
    doc = g.doc
    if g.i + 2 < len(doc) and doc[g.i + 1].lower_ == "after" and doc[g.i + 2].lower_ == "another":
        return True  # "from one stronghold after another"
    if any(t.like_num or t.ent_type_ == "CARDINAL" for t in words):
        return False  # "seized three villages"
    if g.lower_ in WHOLE_PARTS or g.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in VAST for c in g.children):
        return True  # "large parts of the north-east", "vast swathes of land"
    return g.lemma_.lower() in OWN_GROUND and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in g.children)
    # "driven out of its territory" (not "retook the villages", "took control of several villages")


def _counted(noun: Any) -> bool:
    """A number in the act's phrase ("the attack that killed 12", "such attacks on 30 villages")."""
    return any(t.like_num or t.ent_type_ == "CARDINAL" for t in noun.subtree)


def _kind(noun: Any) -> bool:
    """"such merciless attacks", "such an attack" (not "attacks such as ...")."""
    doc = noun.doc
    for c in noun.children:
        if c.lower_ == "such" and c.i < noun.i and c.dep_ in ("amod", "predet", "det"):
            nxt = doc[c.i + 1] if c.i + 1 < len(doc) else None
            return (nxt is None or nxt.lower_ != "as") and not _counted(noun)
    return False


def _habitual(sent: Any, noun: Any) -> bool:
    """"trapped in a daily barrage of attacks", "sporadic raids by sealers": a habit, with no day, hour or count
    in the sentence ("daily shelling killed 12 people on Monday" stays)."""
    nouns = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        nouns.append(noun.head.head)  # "a daily barrage of attacks"
    if not any(c.dep_ == "amod" and c.lower_ in HABIT_ADJS for n in nouns for c in n.children):
        return False
    return not any((t.ent_type_ in ("DATE", "TIME", "CARDINAL") or t.like_num) and t.lower_ not in HABIT_ADJS
                   for t in sent)  # ("daily" itself is a DATE entity)


def _definite(noun: Any) -> bool:
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETS) or c.dep_ == "poss" for c in noun.children)


def _topic(noun: Any) -> bool:
    """A definite act talked about, probed or taken as a point in time (see the module's note)."""
    if not _definite(noun):
        return False
    top = noun
    for _ in range(2):  # "the disappearance, and presumed murder, of X": the first of the conjuncts
        if top.dep_ != "conj":
            break
        top = top.head
    head = top.head
    if top.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in REFERRING_VERBS:
        return not _counted(noun) and not _own_day(noun)  # "investigators are probing the killing"
    if top.dep_ != "pobj":
        return False
    prep = head.lower_
    if prep == "since":
        return not _counted(noun)  # "no talks since last week's attack"
    if prep not in ABOUT_PREPS:
        return False
    ruler = head.head
    lem = ruler.lemma_.lower()
    if (ruler.pos_ == "NOUN" and (lem in TALK_NOUNS or ruler.lower_ in TALK_NOUNS)) or (
            ruler.pos_ == "VERB" and lem in TALK_VERBS):
        return not _counted(noun) and not _own_day(noun)  # "a security briefing on the Douma attack"
    return False
