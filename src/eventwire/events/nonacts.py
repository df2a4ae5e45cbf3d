"""Cue words that name no act of one occasion: a word of a name or a compound, a weapon held or moved, an act
judged as a kind (read by :func:`eventwire.events.rhetoric.rhetorical_cue`, so the cue is dropped before typing).

Read from the second audit of real news (twenty-fifth session):

- a cue word as the modifier of a noun that is no act: "the killing fields", "the killing machine of the
  regime", "the battle lines", "rape blossom honey", "a fighting force", "protest groups such as ..."; a cue
  word inside a name ("the Office of the Kidnapped");
- a weapon or a craft that is only held, moved or shown: "had six fighter bombers ready for action",
  "aircraft relocated from the air bases", "deployed missiles to the air base", "attack aircraft conducted
  low-altitude passes" (not "jets struck the base": an act verb);
- a convoy of aid or food that enters a place ("a convoy carrying food and medical aid entered the town");
- "destroying" evidence, documents or a group: no property destroyed ("claimed evidence was destroyed", "the
  battle has destroyed much of the caliphate");
- a place's "sites in": no sit-in;
- an act judged as a kind: its nominal the subject of a verb of judgement ("The slaughter of civilians defines
  modern evil", "Use of chemical weapons appears to reflect a desire"), the object of seeing as
  ("sees the fight as a national security imperative"), what a side is famous for ("famous for staging
  attacks"), a group's standing description ("strongholds of rebels fighting the regime"), a present "when"
  ("only get upset when there is a chemical attack"), a habit ("the regime systematically bombs hospitals",
  "workers frequently encountered ...", "every now and then bombing"), a state ("are still missing").

Each holds only when the act has no day, hour, place or count of its own: "The attack on the market on
Monday defines the war" and "Militants fighting in Sirte killed 40" stay events. A campaign, a kind of act,
an act talked about, supposed or weighed are read by :mod:`eventwire.events.actrefs`.
"""

from __future__ import annotations

from typing import Any

from .actrefs import referred_cue
from .lexicon import ARMED_WORDS, CueHit
from .story import sentence_of
from .words import doc_text

#: nouns that a cue word may modify without naming an act ("killing fields", "battle lines", "rape blossom",
#: "a fighting force", "protest groups", "the protest movement": the group, not its act)
NON_ACT_HEADS = frozenset(
    """machine machines field fields ground grounds line lines blossom blossoms honey seed seeds aircraft
    helicopter helicopters jet jets plane planes craft submarine submarines boat boats dog dogs song songs
    force forces group groups movement movements season age experience capability capabilities""".split())
#: nouns of a weapon or a craft (the cue is the thing, not its use)
CRAFT_NOUNS = frozenset(
    """aircraft jet jets plane planes warplane warplanes bomber bombers fighter fighters helicopter helicopters
    gunship gunships missile missiles rocket rockets launcher launchers battery batteries drone drones defenses
    defences""".split())
#: verbs by which a weapon is held, moved or shown, with no act
HOLD_VERBS = frozenset(
    """have possess relocate move station deploy redeploy base transfer send position acquire buy purchase sell
    supply deliver receive display parade showcase enhance upgrade""".split())  # not "landed", "kept up"
#: what a craft "conducts" that is no act ("conducted low-altitude passes")
PASS_NOUNS = frozenset("pass passes flyover flyovers flypast overflight overflights exercise exercises drill drills".split())
#: what may be "destroyed" that is no property of a victim
NON_PROPERTY = frozenset(
    """evidence document documents record records file files data email emails footage tape tapes archive
    proof group organisation organization network caliphate movement ideology career reputation""".split())
#: words of a part whose "of" phrase names what is destroyed ("destroyed much of the caliphate")
PART_WORDS = frozenset("much most part parts all some".split())
#: what a convoy of aid carries ("a convoy carrying food")
CARGO_WORDS = frozenset("aid food medicine medicines supplies fuel flour wheat relief humanitarian".split())
#: verbs that judge a kind of act ("defines modern evil", "appears to reflect a desire")
JUDGING_VERBS = frozenset(
    """define reflect appear seem represent symbolize symbolise embody epitomize epitomise characterize characterise
    exemplify illustrate signify mean""".split())
#: verbs of seeing something as something ("sees the fight as an imperative")
SEEING_VERBS = frozenset("see view regard consider perceive portray frame".split())
#: a war as a state, what may be seen as something ("sees the fight as"; not "regard the attack as terror")
WAR_NOUNS = frozenset("fight fighting war battle campaign struggle conflict".split())
#: what a side is said to be known for ("famous for staging attacks")
KNOWN_FOR = frozenset("famous known notorious infamous renowned".split())
#: nouns of armed groups a participle may describe ("rebels fighting the regime")
GROUP_NOUNS = frozenset(
    """rebels fighters militants insurgents militias groups factions jihadists forces guerrillas separatists
    extremists""".split())
#: adverbs of a habit (read in any tense)
HABIT_ADVERBS = frozenset(
    "often routinely frequently regularly usually commonly typically habitually systematically constantly continually".split())
#: phrases of a habit ("every now and then bombing")
HABIT_PHRASES = ("every now and then", "from time to time", "now and again", "every so often", "time and again")
#: entity labels that give an act its own occasion
OCCASION_ENTS = frozenset(("DATE", "TIME", "CARDINAL", "GPE", "LOC", "FAC", "QUANTITY"))
#: categories a craft or a weapon may be cued by
CRAFT_CATS = frozenset(("AIR", "SHELL", "DRONE", "MISSILE"))


def no_act_cue(doc: Any, h: CueHit) -> bool:
    """The cue ``h`` names no act of one occasion (see the module's note)."""
    tok = doc[h.start]
    if h.category == "PROTEST" and tok.lemma_.lower() == "site":
        return True  # "other sites in Damascus"
    if _modifier(doc, h) or _in_name(tok):
        return True
    if h.category in CRAFT_CATS and _held_craft(doc[h.end - 1]):
        return True
    if h.category == "CAPTURE" and _aid_convoy(tok):
        return True
    if tok.lemma_.lower() == "destroy" and _non_property(tok):
        return True
    if h.category == "ABDUCT" and tok.lower_ == "missing" and _still(tok):
        return True
    return _judged(tok) or _habit(tok) or referred_cue(doc, h)  # a campaign, a kind, an act talked about (actrefs)


def _modifier(doc: Any, h: CueHit) -> bool:
    """The hit's one word modifies a noun that is no act: "the killing fields", "rape blossom honey"."""
    if h.end - h.start != 1:
        return False  # "steal crude oil": a phrase's verb
    last = doc[h.start]
    return last.dep_ in ("compound", "amod") and last.head.i > last.i and last.head.lower_ in NON_ACT_HEADS


def _in_name(tok: Any) -> bool:
    """A capitalised cue word in the name of an office: "the Office of the Kidnapped" (not a headline's words)."""
    if not tok.text[:1].isupper() or tok.i == sentence_of(tok.doc, tok.i).start or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ != "of" or prep.head.pos_ != "PROPN" or not prep.head.text[:1].isupper():
        return False
    sent = sentence_of(tok.doc, tok.i)
    return sum(t.is_lower for t in sent if t.is_alpha) > sum(t.text[:1].isupper() for t in sent if t.is_alpha)


def _noun_head(tok: Any) -> Any:
    """The noun a modifier belongs to ("fighter" of "fighter bombers", "Su-24" of "Su-24 aircraft")."""
    for _ in range(3):
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i:
            tok = tok.head
    return tok


def _governor(tok: Any) -> Any:
    """The verb a noun is the subject or the object of, through prepositions ("deployed ... missiles to X")."""
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            return tok
        tok = tok.head
    return tok


def _held_craft(tok: Any) -> bool:
    """A weapon or a craft only held, moved or shown: "had six fighter bombers", "aircraft relocated from the
    bases", "attack aircraft conducted low-altitude passes"."""
    noun = _noun_head(tok)
    if noun.lower_ not in CRAFT_NOUNS or noun.pos_ != "NOUN":
        return False
    verb = _governor(noun)
    lem = verb.lemma_.lower()
    if lem in HOLD_VERBS:
        return True
    return lem in ("conduct", "make", "carry") and any(
        c.dep_ == "dobj" and c.lower_ in PASS_NOUNS for c in verb.children)


def _aid_convoy(tok: Any) -> bool:
    """"A convoy carrying food and medical aid entered the town": aid moves, no force takes a place."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    words = {t.lower_ for t in subj.subtree}
    return bool(words & CARGO_WORDS) and not (words & ARMED_WORDS) - {"convoy", "convoys", "truck", "trucks"}


def _non_property(tok: Any) -> bool:
    """"Evidence was being destroyed", "saw benefits in destroying the group": no property of a victim."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.lower_ in PART_WORDS:  # "destroyed much of the caliphate"
        obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"), obj)
    return obj is not None and obj.lemma_.lower() in NON_PROPERTY


def _still(tok: Any) -> bool:
    """"are still missing", "remain missing": a state, no act."""
    return any(c.dep_ == "advmod" and c.lower_ == "still" for c in tok.children) or (
        tok.head.lemma_.lower() == "remain")


def _own_occasion(tok: Any) -> bool:
    """The act's phrase names a day, an hour, a place or a count ("the attack on the market on Monday")."""
    return any(t.ent_type_ in OCCASION_ENTS or t.like_num for t in tok.subtree)


def _placed(verb: Any) -> bool:
    """The verb has a place, a day or a count of its own ("fighting in Idlib", "fighting since June")."""
    return any(c.dep_ in ("prep", "npadvmod", "advmod") and any(
        t.ent_type_ in OCCASION_ENTS or t.like_num for t in c.subtree) for c in verb.children)


def _judged(tok: Any) -> bool:
    """An act judged as a kind (see the module's note)."""
    top = tok
    for _ in range(5):  # "Use of chemical weapons": up to the phrase's head
        if top.dep_ in ("compound", "amod", "pobj", "prep", "nmod", "poss") and top.head is not top:
            top = top.head
        else:
            break
    head = top.head
    if top.dep_ in ("nsubj", "csubj") and head.tag_ in ("VBZ", "VBP") and head.lemma_.lower() in JUDGING_VERBS:
        return not _own_occasion(top) and not _dated(tok)  # "The
        # slaughter of civilians defines modern evil" (not "The bombing of the hospital on Monday represents ...")
    if top.dep_ == "dobj" and top.lemma_.lower() in WAR_NOUNS and head.lemma_.lower() in SEEING_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in (*head.children, *top.children)):
        return not any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") for t in top.subtree)  # "sees the fight as"
    if _known_for(tok):
        return True  # "famous for staging attacks"
    if tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.head.lower_ in GROUP_NOUNS and not _placed(tok) and (
            not _dated(tok)):
        return True  # "strongholds of rebels fighting the regime"
    return _present_when(tok)


def _known_for(tok: Any) -> bool:
    """What a side is known for: "famous for staging attacks", "notorious for kidnappings"."""
    for a in [tok, *tok.ancestors][:4]:
        if a.dep_ == "prep" and a.lower_ == "for" and a.head.lemma_.lower() in KNOWN_FOR:
            return True
    return False


def _present_when(tok: Any) -> bool:
    """"only get upset when there is a chemical attack": an act in a present "when" clause, a condition."""
    verb = _governor(tok)
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return False  # "there is" (not a headline's "three killed when a bomb hits a market")
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "whenever") for c in verb.children) and (
        not _dated(tok))


def _habit(tok: Any) -> bool:
    """A habit: "the regime systematically bombs hospitals", "workers frequently encountered ...", "every now
    and then bombing" (a past habit only with no day or hour in the sentence)."""
    verb = _governor(tok) if tok.pos_ not in ("VERB", "AUX") else tok
    verbs = [verb, verb.head] if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") else [verb]
    for v in verbs:  # "systematically bombs hospitals, killing doctors"
        if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in v.children):
            return v.tag_ in ("VBZ", "VBP") or not _dated(tok)
    text = doc_text(tok.doc)
    if not _has_habit_phrase(tok.doc, text):  # (most articles: no phrase anywhere, no sentence looked at)
        return False
    sent = sentence_of(tok.doc, tok.i)
    low = text[sent.start_char:sent.end_char].lower()
    return any(p in low for p in HABIT_PHRASES) and not _dated(tok)


#: :data:`HABIT_PHRASES` without their first word (which a sentence may capitalise), looked for in the whole text first.
_HABIT_TAILS = tuple(sorted({p.split(" ", 1)[1] for p in HABIT_PHRASES}))


_HABIT_KEY = "eventwire_habit_phrase"


def _has_habit_phrase(doc: Any, text: str) -> bool:
    """Whether the doc's ``text`` holds one of :data:`_HABIT_TAILS`: searched once per doc (kept in its
    ``user_data``), not once per cue."""
    got = doc.user_data.get(_HABIT_KEY)
    if got is None:
        got = doc.user_data[_HABIT_KEY] = any(p in text for p in _HABIT_TAILS)
    return bool(got)


def _dated(tok: Any) -> bool:
    """A date or a time told in the token's sentence (an entity of spaCy's): the starts of the sentences
    that hold one, found once per doc (``Span.ents`` walks all the doc's entities on every call)."""
    doc = tok.doc
    starts = doc.user_data.get(_DATED_KEY)
    if starts is None:
        starts = doc.user_data[_DATED_KEY] = frozenset(
            sentence_of(doc, e.start).start for e in doc.ents if e.label_ in ("DATE", "TIME"))
    return sentence_of(doc, tok.i).start in starts


_DATED_KEY = "eventwire_dated_sentences"
