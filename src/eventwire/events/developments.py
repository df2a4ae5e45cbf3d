"""Strategic developments read off the parse beyond the cue phrases, and which act of a sentence leads.

Agreements told without a deal's name (prisoners exchanged, "signed a disarmament pact", two parties
agreeing on a step, captives freed under a truce), truces broken in general terms (ACLED's "Other", not an
agreement), graves found (told by the verb of finding), a group's change announced for the future ("said it
would suspend operations": the announcement is the change), and the precedence between two acts told in one
sentence when the parse says which is the main one (:func:`reweigh`). The predicates of single cues (did
the arrest, the change, the agreement happen) live in :mod:`eventwire.events.strategic`.
"""

from __future__ import annotations

from typing import Any

from .clause import _word_kind
from .lexicon import CueHit
from .nonacled_reading import drop_misread
from .strategic import FUTURE_AUX, _infinitive

DEAL_NOUNS = frozenset(
    """deal deals agreement agreements accord accords pact pacts treaty treaties declaration annex memorandum
    protocol roadmap ceasefire truce charter framework armistice cessation""".split()
)
CAPTIVE_NOUNS = frozenset("prisoner prisoners captive captives detainee detainees hostage hostages pow pows".split())
DEAL_WORDS = frozenset(
    "truce deal ceasefire agreement arrangement exchange swap accord mediated brokered negotiations negotiated mediation".split()
)
TWO_SIDES = frozenset("sides parties factions rivals".split())
PEACE_WORDS = frozenset(
    """ceasefire truce peace hostilities disarmament demobilisation demobilization surrender violence war fighting
    rebels rebel insurgents militia militias fighters warring belligerents corridor evacuation prisoners prisoner
    captives hostages pows""".split()
)


def _two_parties(v: Any) -> bool:
    """The subject of ``v`` names two parties ("the government and the rebels", "the two sides")."""
    for s in (c for c in v.children if c.dep_ == "nsubj"):
        if s.lower_ in ("delegations", "representatives", "envoys", "negotiators", "leaders") and any(
            g.dep_ == "pobj" and any(c.dep_ == "conj" for c in g.children) for p in s.children if p.lower_ == "of" for g in p.children
        ):
            return True  # "delegations of Armenia and Azerbaijan agreed on ..."
        if any(c.dep_ == "conj" for c in s.children) or s.lower_ in TWO_SIDES:
            return True
        if s.lemma_.lower() in ("group", "faction", "militia") and s.tag_ == "NNS" and any(
            c.lower_ in ("rival", "warring") for c in s.children
        ):
            return True  # "rival armed groups agreed to pull back"
    return False


def agreement_acts(sent: Any) -> list[Any]:
    """Acts of agreeing the phrase list cannot see: prisoners exchanged ("the two sides exchanged 200
    prisoners"), a deal signed whatever its name ("signed a disarmament pact", "signed a declaration of
    principles"), two parties agreeing on a step ("the government and the BRN agreed on a reduction of
    violence", "rival groups agreed to pull back"), captives released under a deal ("Hamas freed 13
    hostages ... the first day of a truce"). Whether the parties are at war is read by the caller (a
    deal of states alone is diplomacy)."""
    out = []
    deal_said = conflict = None
    for t in sent:
        lem = t.lemma_.lower()
        if t.pos_ != "VERB" or lem not in ACT_VERBS:
            continue
        if lem in TALKING_VERBS:
            if truce_talks(t):
                out.append(t)
            continue
        if lem == "hand" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in t.children):
            continue  # "handed over 20 prisoners to the Red Cross under the deal"
        if any(c.dep_ == "neg" for c in t.children) or _infinitive(t):
            continue
        objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]  # "50 prisoners were released under the deal"
        if lem in ("exchange", "swap", "trade"):
            if any(o.lemma_ in ("prisoner", "captive", "detainee", "hostage", "body") for o in objs):
                out.append(t)
        elif lem in ("sign", "ink", "agree"):
            if lem != "agree" and not any(o.lemma_.lower() in DEAL_NOUNS or o.lower_ in DEAL_NOUNS for o in objs):
                continue
            if lem == "agree" and not (_two_parties(t) and any(
                c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("on", "to")) for c in t.children
            )):
                continue
            if conflict is None:  # a party at arms or a word of war: not "ministers signed a memorandum on trade"
                conflict = any(w.lower_ in PEACE_WORDS or w.lemma_.lower() in PEACE_WORDS or (
                    w.pos_ in ("NOUN", "PROPN") and _word_kind(w) in ("nonstate", "armed")) for w in sent)
            if conflict:
                out.append(t)
        elif any(o.lower_ in CAPTIVE_NOUNS or o.lemma_.lower() in CAPTIVE_NOUNS or (
            o.tag_ in ("NNS", "NNPS") and _word_kind(o) in ("state", "civilian", "armed", "nonstate")
        ) for o in objs):  # "freed six soldiers ... under an arrangement with the government"
            if deal_said is None:
                deal_said = any(w.lemma_.lower() in DEAL_WORDS or w.lower_ in DEAL_WORDS for w in sent)
            if deal_said:
                out.append(t)  # captives released under a truce or in an exchange
    return out


TALKING_VERBS = frozenset("hold resume open begin start conclude".split())
ACT_VERBS = frozenset("exchange swap trade sign ink agree release free hand".split()) | TALKING_VERBS
TALKS_NOUNS = frozenset("talks negotiations".split())
TALKS_TOPICS = frozenset("ceasefire truce peace prisoner prisoners hostage hostages exchange swap armistice disarmament".split())


def truce_talks(v: Any) -> bool:
    """Talks held on a truce, peace or an exchange of captives ("the government and the KNU held talks in
    Bangkok on a new ceasefire", "resumed negotiations over a prisoner swap"): ACLED's agreement (talks
    between parties at war); not "talks on trade"."""
    if any(c.dep_ == "neg" for c in v.children) or _infinitive(v):
        return False
    for o in v.children:
        if o.dep_ not in ("dobj", "nsubjpass") or o.lower_ not in TALKS_NOUNS:
            continue
        if any(c.lower_ in TALKS_TOPICS for c in o.children if c.dep_ in ("compound", "amod")):
            return True  # "held peace talks", "resumed ceasefire negotiations"
        for p in o.children:
            if p.dep_ == "prep" and p.lower_ in ("on", "over", "about", "for", "towards"):
                if any(t.lower_ in TALKS_TOPICS for t in p.subtree):
                    return True
    return False


TRUCE_WORDS = frozenset("ceasefire ceasefires truce truces armistice".split())
VIOLATING = frozenset("violate breach break flout violation violations breach breaches".split())
HARM_WORDS = frozenset("casualty casualties injury injuries".split())  # "without reporting casualties"


def truce_violated(tok: Any, by_cat: dict[str, list[tuple[float, CueHit, Any]]]) -> Any:
    """The word of violating when ``tok`` (a truce) is told broken in general terms ("violated the
    ceasefire 'multiple times'", "the truce was repeatedly breached", "recorded 1,200 ceasefire
    violations"), with no fighting told in the sentence: ACLED's "Other". None otherwise."""
    if tok.lower_ not in TRUCE_WORDS and tok.lemma_.lower() not in TRUCE_WORDS:
        return None
    h = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and h.lemma_.lower() in VIOLATING:
        v = h
    elif tok.dep_ == "compound" and (h.lower_ in VIOLATING or h.lemma_.lower() in VIOLATING):
        v = h  # "ceasefire violations"
    elif tok.dep_ == "pobj" and h.lower_ == "of" and h.head.lemma_.lower() in VIOLATING:
        v = h.head  # "breaches of the truce"
    else:
        return None
    if any(c in by_cat for c in ("CLASH", "CHEM", "SUICIDE", "AIR", "SHELL", "GRENADE", "IED", "BLAST", "LETHAL")):
        return None  # "violated the truce by shelling the town": the shelling is the event
    if any(r.lemma_.lower() not in HARM_WORDS and r.lower_ not in HARM_WORDS for _d, _h, r in by_cat.get("VIOLENCE", [])):
        return None
    return v


FINDING_VERBS = frozenset("find discover uncover unearth exhume identify locate excavate".split())


def reread_other(by_cat: dict[str, list[tuple[float, CueHit, Any]]], depth_of: Any) -> None:
    """Truces broken in general terms become "Other" developments (see :func:`truce_violated`), and a
    grave found is told by its verb ("exhumed 300 bodies from a mass grave ... after the forces withdrew":
    the finding, not the withdrawal, is the predicate). Cues of a non-event that name the source of the
    news or the medicines looted are dropped first (:func:`eventwire.events.nonacled_reading.drop_misread`)."""
    drop_misread(by_cat)
    moved = []
    for x in by_cat.get("AGREE", []):
        v = truce_violated(x[2], by_cat)
        if v is not None:
            moved.append(x)
            by_cat.setdefault("OTHER", []).append((float(depth_of(v)), CueHit("OTHER", "truce violated", v.i, v.i + 1, 1.0), v))
    if moved:
        by_cat["AGREE"] = [x for x in by_cat["AGREE"] if x not in moved]
        if not by_cat["AGREE"]:
            del by_cat["AGREE"]
        by_cat.pop("VIOLENCE", None)  # only "casualties" (see truce_violated): "without reporting casualties"
        by_cat["OTHER"].sort(key=lambda x: x[0])
    if "OTHER" not in by_cat:
        return
    lifted = []
    for d, h, r in by_cat["OTHER"]:
        if "grave" in h.phrase or h.phrase == "human remains":
            v = r.head
            for _ in range(2):
                if v.lemma_.lower() in FINDING_VERBS or v.head.i == v.i:
                    break
                v = v.head
            if v.lemma_.lower() in FINDING_VERBS and v.pos_ == "VERB":
                lifted.append((float(depth_of(v)), h, v))
                continue
        lifted.append((d, h, r))
    lifted.sort(key=lambda x: x[0])
    by_cat["OTHER"] = lifted


LATER_WORDS = frozenset("later subsequently afterwards".split())


def pluperfect(v: Any) -> bool:
    """"Confirming that his predecessor had been killed": told as what happened before."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children)


def reweigh(fam: str, cands: dict[str, tuple[float, Any]], by_cat: dict[str, list[tuple[float, CueHit, Any]]],
            *, killing: bool) -> str:
    """The family whose act is the main one when two are told in one sentence and the parse says which
    leads: the act of the main clause over a participle under it ("deployed reinforcements, setting up
    checkpoints"; "set up a base, deploying helicopters"), an arrest over the charge it is made on
    ("detained the editor, accusing him of ..."), a clash over the arrests made in it ("clashed with the
    gunmen, arresting three") or "later", a fight between named sides or one that killed over the flight it
    caused (but "fighting forced 15,000 people to flee" is the flight), an attempt thwarted by fighting that
    killed, weapons recovered in a firefight."""
    from .nonacled import ONE_SIDED, harmless

    if fam not in cands:
        return fam  # a family read off another family's trigger ("arrested for vandalising a statue": the damage)
    trig = cands[fam][1]
    if fam in ("HQ", "CHANGE"):
        other = "CHANGE" if fam == "HQ" else "HQ"
        if other in cands and trig.dep_ in ("advcl", "conj") and trig.head.i == cands[other][1].i:
            return other
    if fam == "ATTRIB" and "ARREST" in cands and trig.dep_ in ("advcl", "xcomp") and trig.head.i == cands["ARREST"][1].i:
        return "ARREST"  # "detained the editor and four reporters, accusing them of spreading propaganda"
    if fam == "ARREST" and "VIOLENCE" in cands and trig.dep_ in ("advcl", "conj") and trig.head.i in {
        r.i for _d, _h, r in by_cat.get("CLASH", []) if r.lemma_.lower() not in ONE_SIDED | {"operation", "search"}
    }:
        return "VIOLENCE"  # "troops clashed with the gunmen, arresting three": the clash
    if fam == "ARREST" and any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in trig.children):
        for f in ("VIOLENCE", "MOB", "PROTEST", "LOOT"):
            if f in cands:
                return f  # "the groups clashed ...; police later arrested 14 people": the clash is the event
    if fam == "OTHER" and trig.lemma_.lower() in ("flee", "displace") and "VIOLENCE" in cands:
        v = cands["VIOLENCE"][1]
        if (v.dep_ == "nsubj" and v.head.i == trig.i and any(c.lower_ == "between" for c in v.children)) or (trig.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("as", "while") for c in trig.children
        ) and (killing or not harmless(trig.sent))):
            return "VIOLENCE"  # "heavy fighting displaced 2,000 people"; "... left nine dead, as families fled"
    if fam == "VIOLENCE" and "OTHER" in cands and not killing:
        o = cands["OTHER"][1]
        if o.lemma_.lower() == "flee" and o.dep_ == "xcomp" and trig.dep_ == "nsubj" and trig.head.i == o.head.i and not any(
            c.lower_ == "between" for c in trig.children
        ):
            return "OTHER"  # "renewed fighting forced 15,000 people to flee": as "fighting displaced 15,000 people"
    if fam == "DISRUPT" and "VIOLENCE" in cands:
        if killing and trig.lemma_.lower() in ("thwart", "foil", "prevent", "avert", "repel", "repulse") and not any(
            c in by_cat for c in ("CHEM", "SUICIDE", "AIR", "SHELL", "GRENADE", "IED", "BLAST")
        ):
            return "VIOLENCE"  # "thwarted an attempt to infiltrate their positions, killing a number of the attackers"
        fights = [r for _d, _h, r in by_cat.get("CLASH", []) if r.lemma_.lower() not in ONE_SIDED | {"operation", "search"}]
        if fights and trig.tag_ == "VBG" and trig.dep_ in ("advcl", "conj"):
            return "VIOLENCE"  # "a firefight with rebels, ..., recovering an M16 rifle"
    return fam


def after_clause(tok: Any) -> bool:
    """``tok`` is told in an "after ..." clause ("days after soldiers seized power"): background."""
    v = tok
    for _ in range(3):
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "since", "following") for c in v.children):
            return True
        if v.dep_ in ("pcomp", "pobj") and v.head.lower_ in ("after", "since", "following"):
            return True
        if v.head.i == v.i:
            return False
        v = v.head
    return False


DECIDED_CHANGES = frozenset("suspend halt cease end stop dissolve disband enforce merge join".split())
ANNOUNCING_VERBS = frozenset("announce declare say state confirm decide".split())


def announced_change(trig: Any) -> Any:
    """The verb of announcing when a group announces a change to its own activity in the future tense ("said
    it would suspend military operations", "announced it would enforce the military service law"): the
    announcement is the change ACLED codes, not a plan; ``trig`` otherwise (movements of forces announced
    stay plans: "said it would deploy troops")."""
    v = trig.head if trig.dep_ == "dobj" else trig  # "would enforce the military service law"
    if v.pos_ != "VERB" or v.lemma_.lower() not in DECIDED_CHANGES or v.dep_ not in ("ccomp", "xcomp"):
        return trig
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in v.children):
        return trig
    head = v.head
    if head.lemma_.lower() in ANNOUNCING_VERBS and not any(c.dep_ == "neg" for c in head.children):
        return head
    return trig
