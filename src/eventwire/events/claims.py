"""Claims of responsibility told in a sentence of their own: the claimant becomes the doer of the act
told before it ("The Islamic State group claimed responsibility for the attack", "The Balochistan
Liberation Army claimed the killings", "Al-Shabaab said in a statement that it carried out the attack"). Moved out of :mod:`eventwire.events.roles`."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from ..records import Actor
from .doctables import blind_of, fold_text_of
from .roles import UNIDENTIFIED, RoleFinder
from .sides import attackers_dead
from .words import doc_words, lemma_lowers

_CLAIM_OBJECTS = frozenset({"responsibility", "credit", "attack", "attacks", "killing", "killings", "bombing",
                            "bombings", "ambush", "assault", "raid", "abduction", "kidnapping", "blast"})
_CLAIM_WORD = re.compile(r"\bclaim(?:s|ed|ing)?\b", re.IGNORECASE)


def attach_claims(reports: Sequence[Any], doc: Any, finder: RoleFinder, *, text: str | None = None) -> None:
    """"The Islamic State group claimed responsibility for the attack": a named armed group that
    claims an act becomes actor 1 of the nearest earlier report of political violence whose
    perpetrator the text did not name (ACLED codes the claimed perpetrator), with a note."""
    if doc is None or not reports:
        return
    # each scan below acts only on a token of a given lemma or word: a doc without one is not scanned
    lems = set(lemma_lowers(doc))
    lowers = set(doc_words(doc)[1])
    full = doc.text if text is None else text  # the article's text: Doc.text is rebuilt
    folded: list[str] = []

    def hits(rx: re.Pattern[str], needles: tuple[str, ...] = ()) -> Iterator[re.Match[str]]:
        """``rx.finditer(full)``'s matches (their offsets), by its case-blind form over the folded text
        (none there when the folded text holds none of ``needles``, strings each match holds)."""
        blind = blind_of(rx)
        if blind is None:
            return rx.finditer(full)
        if not folded:
            folded.append(fold_text_of(full, doc))
        if needles and not any(n in folded[0] for n in needles):
            return iter(())
        return blind.finditer(folded[0])

    if "claim" in lems:
        for hit in hits(_CLAIM_WORD):
            span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
            if span is None:
                continue
            tok = span[0]
            if tok.lemma_.lower() != "claim" or tok.pos_ != "VERB":
                continue
            _attach(reports, finder, tok, _claimant(tok))
    if not lowers.isdisjoint(_CLAIM_OBJECTS) and not lowers.isdisjoint(_OWN_PRONOUNS) and not lems.isdisjoint(_SAY_LEMMAS):
        for hit in hits(_OWNED_WORD, _OWNED_NEEDLES):
            # "Al-Shabaab said in a statement that it carried out the attack"
            span = doc.char_span(hit.start(), hit.start() + 3, alignment_mode="expand")
            if span is not None and (subj := _owned_act(span[0])) is not None:
                _attach(reports, finder, span[0], subj)
    if "blame" in lems or "accuse" in lems:
        for hit in hits(_BLAME_WORD):
            # "The interior ministry blamed the Islamic State.": the group the authorities name
            span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
            if span is not None and (pair := _blamed(span[0], finder)) is not None:
                _attach(reports, finder, span[0], pair[1], blamed_by=pair[0])
    if not lowers.isdisjoint(DOER_NOUNS) and "the" in lowers:
        for hit in hits(_MEMBERS_WORD, ("member", "belong")):
            # "The assailants, who arrived on motorbikes, were members of the Islamic State in the Sahel"
            span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
            if span is not None and (group := _doers_group(span[0])) is not None:
                _attach(reports, finder, span[0], group, blamed_by="the text")


_BLAME_WORD = re.compile(r"\b(?:blam|accus)(?:e|es|ed|ing)\b", re.IGNORECASE)


def _blamed(tok: Any, finder: RoleFinder) -> tuple[str, Any] | None:
    """(the blamer's words, the blamed group's token) of "the interior ministry blamed the Islamic
    State" / "police blamed the attack on al-Shabaab": a teller that is no armed group (authorities,
    police, officials) naming a named armed group; None otherwise (a rival's word is no attribution)."""
    if tok.lemma_.lower() not in ("blame", "accuse") or tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    sm = finder.mention_at(subj)
    if sm is not None and (sm.actor.inter or 0) in (2, 3, 4):
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    for o in objs:
        m = finder.mention_at(o)
        if m is not None and not m.generic and (m.actor.inter or 0) in (2, 3, 4):
            return subj.text, o
    return None


_OWNED_WORD = re.compile(r"\b(?:carried|carry|carries|carrying) out\b|\bwas behind\b", re.IGNORECASE)
#: a string each match of _OWNED_WORD holds in the case-folded text ("carr|ied out", "ca|rry out", ...)
_OWNED_NEEDLES = ("ied out", "rry out", "ies out", "ing out", "was behind")
_OWN_PRONOUNS = frozenset({"it", "they", "we"})
_SAY_LEMMAS = frozenset({"say", "announce", "state", "confirm", "admit"})


def _owned_act(tok: Any) -> Any:
    """The speaking group of "the group said (in a statement) it carried out the attack" / "said it was
    behind the killings" (``tok``: "carried" / "was"): the subject of the verb of saying above the
    clause whose pronoun subject owns an act of :data:`_CLAIM_OBJECTS`; None otherwise."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "prep")]
    objs = [g for c in objs for g in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"])]
    if not any(o.lower_ in _CLAIM_OBJECTS for o in objs):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in _OWN_PRONOUNS for c in tok.children):
        return None
    head = tok.head
    if tok.dep_ != "ccomp" or head.lemma_.lower() not in _SAY_LEMMAS:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def _claimant(tok: Any) -> Any:
    """The subject of a claim verb that claims an act ("claimed responsibility for the attack"), or
    its "by" agent ("later claimed by the Islamic State group"); None otherwise."""
    by = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if by and tok.tag_ == "VBN":
        return by[0]  # "the attack, which was later claimed by the Islamic State group"
    if any(c.dep_ == "dobj" and c.lower_ in _CLAIM_OBJECTS for c in tok.children):
        return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return None


def _attach(reports: Sequence[Any], finder: RoleFinder, tok: Any, subj: Any, *, blamed_by: str | None = None) -> None:
    """Make the armed group ``subj`` names actor 1 of the report of political violence told last
    before ``tok``'s sentence, when that report's doer is unnamed (``blamed_by``: the teller who
    blames the group, when it is no claim of the group's own)."""
    m = finder.mention_at(subj) if subj is not None else None
    if m is None or (m.actor.inter or 0) not in (2, 3, 4):
        return
    sent_start = tok.sent.start_char
    earlier = [r for r in reports if r.evidence.end <= sent_start and r.disorder_type == "Political violence"]
    if not earlier:
        return
    earlier.sort(key=lambda x: x.evidence.start)
    r = earlier[-1]
    if attackers_dead(r, UNIDENTIFIED) and len(earlier) > 1:
        # "Militants attacked a checkpoint ... Two attackers were also killed ... The Pakistani Taliban
        # claimed responsibility": the claim is of the attack the dead attackers made
        r = earlier[-2]
    if r.actor1 is not None and not r.actor1.name.startswith("Unidentified Armed Group"):
        return
    r.actor1 = Actor(m.actor.name, m.actor.inter, m.text, m.actor.country)
    r.notes = [n for n in r.notes if not n.startswith("perpetrator not named")]
    if blamed_by is not None:
        r.notes.append(f"actor 1 blamed by {blamed_by}: {m.text}")
        return
    r.claimed = True
    r.notes.append(f"actor 1 claimed responsibility: {m.text}")


_MEMBERS_WORD = re.compile(r"\b(?:members|member|belonged|belong|belongs)\b", re.IGNORECASE)
#: The doers told again by a noun ("the assailants", "the gunmen").
DOER_NOUNS = frozenset("""assailants assailant attackers attacker gunmen gunman raiders killers abductors kidnappers
    militants fighters men""".split())


def _doers_group(tok: Any) -> Any:
    """The group of "the assailants were members of X" / "the gunmen belonged to X" (``tok``: "members"
    or "belonged"): the token of X; None when the doers are not the subject or the clause is negated."""
    if tok.lower_ in ("members", "member"):
        verb, prep_word = tok.head, "of"
        if tok.dep_ != "attr" or verb.lemma_ != "be":
            return None
        prep_tok = tok
    else:
        verb, prep_word, prep_tok = tok, "to", tok
        if tok.pos_ != "VERB":
            return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in DOER_NOUNS or not any(c.lower_ == "the" for c in subj.children):
        return None
    return next((g for c in prep_tok.children if c.dep_ == "prep" and c.lower_ == prep_word
                 for g in c.children if g.dep_ == "pobj"), None)
