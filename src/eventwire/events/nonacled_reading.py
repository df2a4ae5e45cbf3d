"""Reading the non-event cues with their clause: who speaks, what was looted, what was agreed, who was hurt.

The phrase list of :mod:`eventwire.events.lexicon` finds the words of a non-event (a council, drugs, a
syndicate); the predicates here say when those words are not the non-event they look like: a council or a
syndicate that only reports the act ("the Kurdistan Region Security Council said"), drugs that are the
medicines looted from a clinic, "no one was injured" said of an attack. They also give the arrests whose
crime is told in the next sentence, the agreements that halt the fighting, and the later sentences of a
story that only give the toll or the background of its first act (see :mod:`eventwire.events.story`).
"""

from __future__ import annotations

from typing import Any

from .clause import agent_of
from .lexicon import CueHit
from .words import tokens_with

ByCat = dict[str, list[tuple[float, CueHit, Any]]]

# verbs by which a source tells an act without doing it ("the Security Council said", "the syndicate reported")
SPEAKING_VERBS = frozenset("say tell report add state confirm quote cite note write".split())


def told_by(tok: Any, verbs: frozenset[str], *, steps: int, through: frozenset[str]) -> bool:
    """``tok`` (or the noun it is part of, climbing ``steps`` times through the ``through`` relations)
    is the subject of one of ``verbs`` or the source of "according to"."""
    t = tok
    for _ in range(steps):
        if t.dep_ == "nsubj" and t.head.lemma_.lower() in verbs:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
            return True
        if t.dep_ not in through or t.head.i == t.i:
            return False
        t = t.head
    return False


_SPEAKER_PATH = frozenset(("compound", "amod", "poss", "nmod", "pobj", "prep", "appos"))


def speaking(tok: Any) -> bool:
    """``tok`` (or the noun it is part of) is who tells the news: the subject of a verb of saying or
    the source of "according to" ("the Kurdistan Region Security Council said", "according to the
    Yemeni Journalists Syndicate")."""
    return told_by(tok, SPEAKING_VERBS, steps=4, through=_SPEAKER_PATH)


# professions whose "syndicate" or "union" is a trade union, not a crime ring
PROFESSION_WORDS = frozenset(
    """journalists journalist press reporters teachers teacher doctors doctor physicians lawyers lawyer bar
    engineers workers labour labor nurses pharmacists artists writers farmers drivers transport students
    employees medical""".split()
)


def trade_union(tok: Any) -> bool:
    """"The Yemeni Journalists Syndicate", "the doctors' syndicate": a body of a profession."""
    return any(c.lower_ in PROFESSION_WORDS for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod"))


def speaker_not_doer(ag: Any) -> bool:
    """The noun found as the doer of an act is the one telling it ("..., the syndicate said, calling the
    killing a crime"), or a union of a profession ("the Journalists Syndicate")."""
    return speaking(ag) or trade_union(ag)


# what drugs are when they are medicines: said with them, or where they were taken from
MEDICAL_WORDS = frozenset(
    """medicine medicines medication medications medical supplies vaccine vaccines pharmacy pharmacies
    hospital hospitals clinic clinics dispensary health""".split()
)


def medical_drugs(tok: Any) -> bool:
    """"Looted drugs and medical supplies from the hospital", "stole drugs from a pharmacy": medicines
    taken, not narcotics (the words around the noun say so: what it is joined to, where it came from)."""
    near = [*tok.children, tok.head, *(c for c in tok.head.children if c.i != tok.i)]
    if tok.dep_ == "conj":
        near += [*tok.head.children]
    words = set()
    for n in near:
        words.add(n.lemma_.lower())
        if n.dep_ in ("conj", "prep") or n.i == tok.head.i:
            words |= {g.lemma_.lower() for g in n.subtree if g.i != tok.i and abs(g.i - tok.i) <= 8}
    if words & MEDICAL_WORDS:
        return True
    v = tok.head if tok.dep_ in ("dobj", "conj") else None
    while v is not None and v.dep_ == "conj" and v.pos_ != "VERB":
        v = v.head
    return v is not None and v.pos_ == "VERB" and v.lemma_.lower() in ("loot", "plunder", "ransack", "pillage")


def drop_misread(by_cat: ByCat) -> None:
    """Cues of a non-event that name something else (changes ``by_cat`` in place): a security council
    other than the UN's, or a syndicate, that is the source of the news ("the Kurdistan Region Security
    Council said a drone struck a car"), drugs that are the medicines looted from a clinic. (A ministry or
    an embassy telling the news is left a diplomatic cue: its statement is often the diplomacy.)"""
    for cat, keep in (("DIPLO", lambda h, r: not (h.phrase == "security council" and speaking(r) and not _un_body(r))),
                      ("CRIME", lambda h, r: not (h.phrase in ("drug", "drugs") and medical_drugs(r)) and not (
                          r.lower_ in ("syndicate", "syndicates") and (speaking(r) or trade_union(r))) and not political_charge(r))):
        if cat not in by_cat:
            continue
        by_cat[cat] = [x for x in by_cat[cat] if keep(x[1], x[2])]
        if not by_cat[cat]:
            del by_cat[cat]


#: charges that make an arrest or a probe political, whatever crime is named with them
POLITICAL_CHARGES = frozenset("""terrorism terror treason sedition espionage insurrection subversion rebellion coup
    extremism separatism""".split())


def political_charge(tok: Any) -> bool:
    """A crime named together with a political charge: "a corruption and terrorism investigation",
    "charged with fraud and sedition" (an arrest of that kind is political, ACLED codes it)."""
    near = [*tok.children, *tok.head.children] if tok.dep_ == "conj" else list(tok.children)
    if tok.dep_ == "conj":
        near.append(tok.head)
    return any(t.i != tok.i and (t.dep_ == "conj" or t is tok.head) and t.lower_ in POLITICAL_CHARGES for t in near)


def _un_body(tok: Any) -> bool:
    """"The UN Security Council", "the United Nations Security Council": the diplomatic body itself."""
    return any(t.lower_ in ("un", "u.n.", "united", "nations") for t in tok.doc[max(tok.i - 4, tok.sent.start) : tok.i])


# "no one was injured", "no people were hurt", "nobody was killed or wounded", "none of the crew was hurt"
NEGATIVE_SUBJECTS = frozenset("nobody none noone".split())


def harm_denied(tok: Any) -> bool:
    """A word of harm whose subject denies it: "no one was injured", "no soldiers were hurt", "No one was
    reported injured", "nobody was killed or wounded"."""
    heads = [tok]
    t = tok
    for _ in range(2):  # "was reported injured", "killed or injured"
        if t.dep_ not in ("conj", "xcomp", "oprd", "acomp", "ccomp") or t.head.i == t.i:
            break
        t = t.head
        heads.append(t)
    for h in heads:
        for c in h.children:
            if c.dep_ not in ("nsubj", "nsubjpass", "expl", "attr"):
                continue
            if c.lower_ in NEGATIVE_SUBJECTS or any(g.lower_ == "no" or g.dep_ == "neg" for g in c.children):
                return True
    return False


# what an agreement stops when it is a conflict agreement ("agreed to halt the fighting")
FIGHTING_NOUNS = frozenset(
    """fighting fight hostilities hostility war attacks attack offensive offensives clashes clash combat
    bombing bombardment shelling airstrikes strikes operations violence bloodshed""".split()
)
STOPPING_WORDS = frozenset("halt stop end cease suspend pause freeze".split())
FIRING_LEMMAS = frozenset("fire firing shell shelling fight fighting attack bomb bombing".split())


def fighting_halted(sent: Any) -> bool:
    """An agreement to stop fighting: "agreed to halt the fighting", "a humanitarian pause", "a pause in
    the fighting", "a halt to the hostilities"."""
    for t in tokens_with(sent, lemmas=STOPPING_WORDS, lowers=STOPPING_WORDS):
        low = t.lemma_.lower()
        if low not in STOPPING_WORDS and t.lower_ not in STOPPING_WORDS:
            continue
        if low == "pause" and any(c.lower_ in ("humanitarian", "tactical") for c in t.children):
            return True
        objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "of", "on") for g in c.children if g.dep_ == "pobj"]
        if any(o.lemma_.lower() in FIGHTING_NOUNS or o.lower_ in FIGHTING_NOUNS for o in objs):
            return True  # "a 30-day halt on strikes on energy sites"
        if t.pos_ == "VERB" and any(c.dep_ in ("xcomp", "dobj") and c.lemma_.lower() in FIRING_LEMMAS for c in t.children):
            return True  # "agreed to stop firing along the border"
    return False


# words that show a later sentence tells an act of its own, not the toll of the act told before
NEW_ACT_WORDS = frozenset("another second separate further other new fresh".split())
TOLL_VERBS = frozenset("kill die wound injure hurt".split())


def only_toll(trig: Any) -> bool:
    """A sentence that only gives a toll ("Witnesses said 15 people were killed", "at least 20 died"):
    a killing verb without a doer, a means or a new act of its own."""
    if trig.pos_ != "VERB" or trig.lemma_.lower() not in TOLL_VERBS or agent_of(trig) is not None:
        return False
    if trig.lemma_.lower() == "kill" and not any(c.dep_ == "nsubjpass" for c in trig.children):
        return False
    return not any(t.lower_ in NEW_ACT_WORDS for t in trig.sent)


BACKGROUND_VERBS = frozenset("flee escape displace uproot drive force leave".split())


def background_violence(trig: Any) -> bool:
    """The act is the past of the people a later sentence is about ("families who fled fighting",
    "people displaced by fighting between the army and rebels"), not an act of its own."""
    t = trig
    for _ in range(3):
        if t.dep_ in ("dobj", "pobj", "agent", "prep", "nsubj") and t.head.i != t.i:
            t = t.head
            if t.lemma_.lower() in BACKGROUND_VERBS and t.pos_ == "VERB":
                return t.dep_ in ("relcl", "acl", "amod", "advcl") or t.tag_ == "VBN"
        else:
            break
    return False


BACK_DETS = frozenset("the their his her these those both".split())
# what the crime of the arrested may be told by in the next sentence (goods and crime words, not violence)
GOODS_CRIME_WORDS = frozenset(
    """smuggle smuggled smuggling contraband hashish cannabis marijuana cocaine heroin drugs drug narcotics
    tusks tusk ivory horn horns pangolin fraud theft stolen counterfeit fake""".split()
)


def crime_told_next(tok: Any, political: frozenset[str]) -> bool:
    """"Police arrested two men in Tangier. They were caught with 20 kilograms of hashish.": the next
    sentence of the paragraph, about the same persons (a pronoun or "the suspects"), tells a crime of goods
    (drugs, tusks, smuggled goods) with nothing political (``political``) in either sentence."""
    from .crowd import cue_index  # the shared cue index (imported here: crowd imports the typing helpers)
    from .story import following_sentences

    later = following_sentences(tok.doc, tok.sent, limit=1)
    if not later:
        return False
    nxt = later[0]
    head = nxt.root
    if head.lemma_.lower() in SPEAKING_VERBS:  # "Police said they had seized 20 kg of hashish from their car."
        head = next((c for c in head.children if c.dep_ == "ccomp"), head)
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (subj.tag_ in ("PRP", "PRP$") or any(
        c.lower_ in BACK_DETS for c in subj.children if c.dep_ in ("det", "poss")
    )):
        return False
    words = {t.lower_ for t in nxt} | {t.lemma_.lower() for t in nxt}
    if words & political or {t.lower_ for t in tok.sent} & political:
        return False
    return bool(words & GOODS_CRIME_WORDS) and any(h.category == "CRIME" for h in cue_index().match(nxt))
