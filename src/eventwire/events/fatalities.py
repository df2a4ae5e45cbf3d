"""Fatalities with ACLED's conventions, read from a parsed sentence.

- numbers in digits and words ("12", "twelve", "twenty-one", "1,200"), ranges give the lowest
  ("10 to 15", "10-15", "between 5 and 10"); "at least" / "more than" / "over" / "nearly" / "about" /
  "some" / "up to" / "as many as" keep the number stated (the only figure given: ACLED takes the
  reported figure, and the lowest when reports differ); "fewer than N" / "less than N" / "under N"
  give no figure but a bound: the vague plural's 3, below N ("fewer than three" = 2);
- vague words: several / many / few / some = 3, dozens = 12, scores = 12, tens = 10, hundreds = 100,
  thousands = 1000; a plural victim noun without a number ("killed civilians") = 3; a singular one = 1;
- "casualties" alone, the injured and the wounded are not deaths; "no one was killed" = 0;
- a party's claim ("the Islamic State announced killing dozens") keeps the count and who claims it;
- "beaten / hacked to death" counts its object; the toll of an episode placed before the news ("came
  two weeks after gunmen killed 12") is not counted; "the death toll rose to 11" is read by
  :func:`toll_update`; a suicide bombing adds its bombers ("two suicide bombers": 2) unless counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..records import Actor, Fatalities
from . import tollfigures as tf
from . import tollreaders as tr
from .doctables import search_doc
from .followup import TOLL_WORDS_PATTERN, following_toll
from .status import time_ago
from .tollreaders import charged, numbered_over_bare, own_dead, shared_number, taking_fight, teller_conjunct
from .units import close_in_time
from .words import span_text, tokens_with

UNITS = {
    "zero": 0, "no": 0, "none": 0, "a": 1, "an": 1, "one": 1, "single": 1, "lone": 1, "two": 2, "both": 2,
    "pair": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}  # "a dozen", "two dozen"
VAGUE = {
    "several": 3, "many": 3, "few": 3, "some": 3, "numerous": 3, "multiple": 3, "scores": 12, "dozens": 12,
    "tens": 10, "hundreds": 100, "thousands": 1000, "dozen": 12, "score": 12, "handful": 3,
    "number": 3, "various": 3,
}
#: acts whose victim "who later died" is a death of the act ("shot a farmer, who later died in hospital")
HARMED_THEN_DIED = frozenset("shoot stab beat stone hack wound injure attack assault torture burn lynch hit".split())
#: "an unknown / unspecified / undisclosed number of ...": no figure at all
UNKNOWN_WORDS = frozenset("unknown unspecified undisclosed undetermined unconfirmed indeterminate".split())
KILL_VERBS = frozenset("""kill slay murder massacre slaughter behead execute assassinate lynch shoot gun neutralise
    neutralize eliminate martyr""".split())
KILL_NOUNS = frozenset("killing killings murder murders massacre execution executions assassination".split())
DEATH_NOUNS = frozenset("death deaths fatality fatalities dead body bodies life lives toll".split())
CLAIM_VERBS = frozenset("claim announce say state boast assert declare".split())
_NUM_RE = re.compile(r"^\d{1,3}(?:[,.]\d{3})*$|^\d+$")
_RANGE_RE = re.compile(r"^(\d+)\s*[-–]\s*(\d+)$")


def parse_number(text: str) -> int | None:
    """An integer from digits or English number words ("twenty-one", "1,200", "two hundred",
    "dozens"); vague quantity words give ACLED's figures; None when it is not a number."""
    t = text.strip().lower().replace("\u2013", "-")
    if not t:
        return None
    m = _RANGE_RE.match(t)
    if m:
        return min(int(m.group(1)), int(m.group(2)))
    parts = re.split(r"\s+(?:to|and|or)\s+", t)
    if len(parts) == 2 and not parts[0].endswith(("hundred", "thousand", "million")):
        a, b = parse_number(parts[0]), parse_number(parts[1])
        if a is not None and b is not None:
            return min(a, b)
    if _NUM_RE.match(t):
        return int(t.replace(",", "").replace(".", ""))
    if t in VAGUE:
        return VAGUE[t]
    words = [w for w in re.split(r"[\s-]+", t) if w and w != "and"]
    if not words:
        return None
    if len(words) == 2 and words[0] in ("a", "an") and words[1] in VAGUE and words[1] not in SCALES:
        return VAGUE[words[1]]  # "a few", "a handful", "a score"
    total = 0
    current = 0
    seen = False
    for w in words:
        if w.isdigit():
            current += int(w)
            seen = True
        elif w in UNITS:
            current += UNITS[w]
            seen = True
        elif w in TENS:
            current += TENS[w]
            seen = True
        elif w in SCALES:
            current = max(current, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


@dataclass(slots=True)
class _Count:
    value: int
    text: str
    token_i: int


def _np_count(tok: Any, *, within: tuple[int, int] | None = None) -> _Count | None:
    """The count of the noun phrase headed by ``tok`` ("five soldiers", "dozens of the regime
    soldiers", "a boy", "at least 10 to 15 people", "two soldiers and a civilian"); ``within``: the
    token bounds of the clause read, when a sentence is cut into one report per clause ("killing
    seven people in Kyiv | and two in the city of Lviv": the two are the other clause's)."""
    total = 0
    texts: list[str] = []
    heads = [tok]
    if tok.head.i != tok.i:  # "Two soldiers, a civilian were killed": the parse hangs the first apart
        heads.extend(c for c in tok.head.children if c.dep_ == "dep" and c.pos_ == "NOUN" and c.i < tok.i)
    for c in tok.children:
        if c.dep_ in ("conj", "appos") and c.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME"):
            if c.dep_ == "appos" and not any(g.dep_ in ("nummod", "det") for g in c.children):
                continue  # "five members, northeastern Baqubah": an apposition without a count
            if c.dep_ == "appos" and c.lemma_.lower() in GLOSS_NOUNS:
                continue  # "dozens of mercenaries", a term the group uses for soldiers: a gloss, no one
            if c.dep_ == "appos" and _same_one(tok, c):
                continue  # "Abdullahi Yusuf, a senior al-Shabaab commander": one man, told twice
            if tr.partitive_gloss(c) or c.dep_ == "appos" and tr.teller_appos(c):
                continue  # "46 people, most of them children"; "killing three, the Observatory said": no one more
            if _injured_np(c):
                continue  # "left nine civilians dead and 30 wounded": the wounded are no deaths
            heads.append(c)
            heads.extend(g for g in c.children if g.dep_ == "conj")
    if within is not None:
        heads = [h for h in heads if within[0] <= h.i < within[1]]
    heads = [h for h in heads if not teller_conjunct(tok, h) and not shared_number(tok, h)]
    found = False
    for h in heads:
        c = _one_np(h)
        if c is not None:
            total += c.value
            texts.append(c.text)
            found = True
    if not found:
        return None
    return _Count(total, " and ".join(texts), tok.i)


INJURY_WORDS = frozenset("wounded injured hurt maimed".split())
def _same_one(head: Any, appos: Any) -> bool:
    """An apposition that describes the one person of its head: a singular "a/an/the ..." to a singular
    head, neither a list ("X, a farmer", "the victim, a 25-year-old teacher")."""
    if head.tag_ not in ("NN", "NNP") or appos.tag_ not in ("NN", "NNP"):
        return False
    if any(g.dep_ in ("conj", "cc") for g in (*head.children, *appos.children)):
        return False
    return any(g.dep_ == "det" and g.lower_ in ("a", "an", "the") for g in appos.children)


#: Nouns of an apposition that glosses the words before it ("a term") or tells a group ("a PKK-affiliated group").
GLOSS_NOUNS = frozenset("""term word name euphemism label phrase expression nickname reference description group
    organisation organization faction outfit movement""".split())
CONTAINER_NOUNS = frozenset("body bodies corpse corpses remains".split())
#: Words of a grave: the bodies found in one are old deaths ("the bodies of 12 men in a mass grave").
GRAVE_WORDS = frozenset("grave graves exhumed exhumation".split())


def _injured_np(tok: Any) -> bool:
    """A conjoined noun phrase that names the wounded ("... dead and 30 wounded")."""
    doc = tok.doc
    nxt = tok.right_edge.i + 1
    return nxt < len(doc) and doc[nxt].lower_ in INJURY_WORDS


def _one_np(tok: Any) -> _Count | None:
    low = tok.lower_
    if (low in CONTAINER_NOUNS or low in tf.GROUP_NOUNS) and not any(c.dep_ in ("nummod", "quantmod") for c in tok.children):
        for c in tok.children:  # "the bodies of 12 men", "a family of five" (a group only with a number)
            if c.dep_ == "prep" and c.lower_ == "of":
                inner = next((g for g in c.children if g.dep_ == "pobj"), None)
                if inner is not None and (low in CONTAINER_NOUNS or tf.counted_members(inner)):
                    return _one_np(inner)
    if any(c.dep_ == "det" and c.lower_ in ("no", "none") for c in tok.children):
        return _Count(0, _span_text(tok), tok.i)
    if tok.like_num or tok.pos_ == "NUM":
        v = _subtree_number(tok)
        if v is not None:
            return _Count(v, _span_text(tok), tok.i)
    if low == "number" and any(c.dep_ == "amod" and c.lower_ in UNKNOWN_WORDS for c in tok.children):
        return _Count(0, _span_text(tok), tok.i)  # "an unknown number of militants": no figure (the lowest credible)
    if low in VAGUE and tok.tag_ in ("NNS", "NN", "JJ", "DT"):
        return _Count(VAGUE[low], _span_text(tok), tok.i)
    nums: list[int] = []
    vague: list[int] = []
    for c in tok.children:
        if (c.dep_ in ("nummod", "quantmod") and not tf.year_before_noun(c) or (c.dep_ == "amod" and c.like_num)
                or (c.dep_ in ("nmod", "compound") and c.is_alpha and c.like_num)):  # "Eleven" read as a name
            # a range "10 to 15" hangs "10" and "to" under "15": take the lowest
            v = _subtree_number(c)
            if v is not None:
                nums.append(v)
        elif c.dep_ in ("amod", "det") and c.lower_ in VAGUE:
            vague.append(VAGUE[c.lower_])
        elif c.dep_ == "det" and c.lower_ in ("no", "none"):
            return _Count(0, _span_text(tok), tok.i)
    if nums:
        return _Count(min(nums), _span_text(tok), tok.i)
    if vague:
        return _Count(min(vague), _span_text(tok), tok.i)
    # "dozens of the regime soldiers", "one of them"
    if low in ("one",):
        return _Count(1, _span_text(tok), tok.i)
    if low in ("nobody", "none", "noone"):
        return _Count(0, low, tok.i)
    if tok.pos_ in ("PRON",):
        if low in ("him", "her", "he", "she", "himself", "herself"):
            return _Count(1, low, tok.i)
        return _one_np(tok.head.head) if low in ("who", "whom") and tok.head.dep_ == "relcl" else None  # "X, who was killed"
    if tok.ent_type_ == "PERSON":
        return _Count(1, _span_text(tok), tok.i)
    if tok.pos_ in ("NOUN", "PROPN"):
        if low in ("casualties", "casualty", "people"):
            return None if low != "people" else _Count(3, _span_text(tok), tok.i)
        if tok.tag_ in ("NNS", "NNPS"):
            return _Count(3, _span_text(tok), tok.i)
        if tok.tag_ in ("NN", "NNP"):
            return _Count(1, _span_text(tok), tok.i)
    return None


def vague_figure(text: str | None) -> bool:
    """Whether a toll's words give no number of their own ("several soldiers", "villagers",
    "dozens of people"): ACLED's stand-in figures, which a stated number replaces."""
    if not text:
        return True
    for w in re.findall(r"[a-z0-9]+", text.lower()):
        if w.isdigit() or (w in UNITS and w not in ("a", "an", "no", "none", "single", "lone")) or w in TENS:
            return False
        if w in ("hundred", "thousand", "million"):
            return False
    return True


def np_count(tok: Any) -> int | None:
    """The count of the noun phrase headed by ``tok`` ("two more", "four", "dozens of soldiers");
    None when it gives none."""
    c = _one_np(tok)
    return c.value if c is not None else None


def _subtree_number(tok: Any) -> int | None:
    """The number a numeric subtree says: "twenty-one" as a whole, else the lowest of its numbers
    ("10 to 15", "between 10 and 15", "at least 16"); a vague word counts only without a number
    ("as many as 30", "some 20": 30, 20). Below a figure ("fewer than 10") is no figure: the vague
    plural's (see :func:`below`)."""
    toks = tf.number_tokens(tok)  # "18 of the assailants and one member of ...": not the member's "one"
    whole = parse_number(tok.doc[toks[0].i : toks[-1].i + 1].text)
    if whole is not None:
        return whole
    concrete: list[int] = []
    vague: list[int] = []
    for t in toks:
        if not (t.like_num or t.pos_ == "NUM" or t.lower_ in VAGUE):
            continue
        v = parse_number(t.text)
        if v is not None:
            (vague if t.lower_ in VAGUE and t.lower_ not in SCALES else concrete).append(v)
    n = min(concrete) if concrete else (min(vague) if vague else None)
    if n is not None and upper_bound(toks):
        return below(n)
    return n


BELOW_WORDS = frozenset({"fewer", "less", "under"})


def upper_bound(toks: list[Any]) -> bool:
    """Whether the words before a figure make it an upper bound that the toll stays below ("fewer
    than 10", "less than 10", "under 10"); "no fewer than 10" is at least 10."""
    for k, t in enumerate(toks):
        if t.lower_ not in BELOW_WORDS:
            continue
        if t.lower_ != "under" and (k + 1 >= len(toks) or toks[k + 1].lower_ != "than"):
            continue
        if t.lower_ == "under" and t.dep_ not in ("quantmod", "advmod", "amod"):
            continue  # "under fire"
        prev = t.doc[t.i - 1] if t.i > 0 else None
        return not (prev is not None and prev.lower_ in ("no", "not"))
    return False


def below(n: int) -> int:
    """The toll of "fewer than ``n``": the figure of a vague plural (3), and never ``n`` or more."""
    return max(0, min(VAGUE["several"], n - 1))


def _bare_text(tok: Any) -> str:
    words = [t for t in tok.subtree if t.dep_ != "det" and t.i <= tok.i]
    return " ".join(t.text for t in words) or tok.text


def _span_text(tok: Any) -> str:
    left = min([tok.i] + [t.i for c in tok.lefts if c.dep_ in ("nummod", "quantmod", "amod", "det", "compound", "advmod") for t in c.subtree])
    return tok.doc[left : tok.i + 1].text


#: Things shot down or destroyed, never a toll ("shot down 20 Russian drones").
NOT_VICTIMS = frozenset(
    "drone uav aircraft plane airplane jet warplane helicopter chopper missile rocket projectile shell "
    "balloon satellite".split())


def _victim_of(tok: Any) -> Any:
    """The victim noun of a killing word: "killed five", "five were killed", "five died",
    "leaving 30 people dead", "the deaths of 12", "claimed the lives of 4 people"; never a machine
    or a projectile ("shot down 20 drones")."""
    v = _victim_token(tok)
    if v is not None and (v.lemma_.lower() in NOT_VICTIMS or _machines_counted(v) or tf.no_victim(tok, v, NOT_VICTIMS)):
        return None
    return v


def _machines_counted(v: Any) -> bool:
    """A count of machines or projectiles: "shot down 30 of the 35 drones", "35 drones, 30 of which were
    shot down"."""
    of = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"), None)
    if of is None:
        return False
    if of.lower_ == "which" and v.head.dep_ == "relcl":
        of = v.head.head  # the noun "which" stands for
    elif of.lower_ == "which" and v.head.dep_ == "advcl":  # (parsed as a clause of the launching verb)
        of = next((c for c in v.head.head.children if c.dep_ == "dobj"), of)
    return of.lemma_.lower() in NOT_VICTIMS


def _victim_token(tok: Any) -> Any:
    lem = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and tok.lower_ in KILL_NOUNS:
        # "the killing of 12 soldiers", "the massacre of 30 villagers"; a count-less "the killing of
        # journalists" names a kind of act, not a toll
        of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        counted = of is not None and (of.like_num or any(c.dep_ in ("nummod", "quantmod") for c in of.children))
        return of if counted else None
    if lem in KILL_VERBS or tok.lower_ in ("killed", "killing", "shot"):
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass"):
                return c
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if tok.dep_ in ("acl",) and tok.tag_ == "VBN":
            return tok.head
        if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            for c in tok.head.children:
                if c.dep_ == "nsubjpass":
                    return c
        for c in tok.children:
            if c.dep_ == "conj" or (c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in ("dead", "down")):
                # "... and killed two", "shot dead a Palestinian man" (the object hung on "dead")
                for g in c.children:
                    if g.dep_ == "dobj":
                        return g
        return _object_taken_as_teller(tok)
    if lem == "die":
        for c in tok.children:
            if c.dep_ == "nsubj":
                if c.lower_ in ("who", "that") and tok.dep_ == "relcl":
                    ante = tok.head  # "shot a farmer, who later died in hospital": the farmer
                    if ante.ent_type_ in ("GPE", "LOC", "FAC") and ante.dep_ == "pobj":  # "two farmers near Jos who later died"
                        up = ante.head.head
                        ante = up if up.pos_ in ("NOUN", "PROPN") else next(
                            (x for x in up.children if x.dep_ in ("dobj", "nsubjpass")), None)
                    # only the person the act harmed ("the funeral of a critic who died in custody" is no toll)
                    return ante if ante is not None and ante.dep_ in ("dobj", "nsubjpass") and (
                        ante.head.lemma_.lower() in HARMED_THEN_DIED) else None
                return c
        if tok.dep_ == "acl":
            return tok.head
        return None
    if lem == "dead":
        if tok.head.lemma_.lower() in KILL_VERBS and tok.head.i != tok.i:
            return None  # "shot dead three people": counted on the verb
        if tok.dep_ == "oprd" and any(c.dep_ == "nummod" or c.like_num for c in tok.children):
            return tok  # "the clashes left at least 15 dead", "left more than a dozen dead"
        if tok.dep_ in ("oprd", "ccomp", "xcomp"):
            own = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if own is not None:
                return own  # "left more than 20 people dead", parsed as a small clause of its own
        if tok.dep_ in ("acomp", "oprd", "attr", "ccomp", "xcomp"):
            # "the clashes left 14 people dead": the object is the dead, not the subject
            for deps in (("dobj",), ("nsubj", "nsubjpass")):
                for c in tok.head.children:
                    if c.dep_ in deps:
                        return c
        for c in tok.children:
            if c.dep_ == "nsubj":
                return c
        if tok.dep_ == "amod":
            return tok.head
        if tok.dep_ in ("nsubj", "dobj", "pobj") and any(
            c.like_num or (c.dep_ in ("amod", "det", "nummod") and c.lower_ in VAGUE) for c in tok.children
        ):
            return tok  # "left 14 dead", "left several dead"
        return None
    if tok.lower_ == "death" and tok.head.lower_ == "to" and tok.head.head.pos_ == "VERB":
        verb = tok.head.head  # "beat a man to death", "were hacked to death"
        return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if tok.lower_ == "death" and tok.head.lower_ == "to" and tok.head.head.dep_ in ("dobj", "nsubjpass") and (
            tok.head.head.head.pos_ == "VERB"):
        return tok.head.head  # "beat a suspected cattle rustler to death": "to death" parsed onto the object
    if lem in ("death", "fatality", "life") or tok.lower_ in ("deaths", "fatalities", "lives"):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if tok.lower_ in ("deaths", "fatalities") and any(c.dep_ == "nummod" for c in tok.children):
            return tok
        if tok.lower_ in ("lives", "life") and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "lose":
            # "at least 20 people lost their lives"
            return next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return None
    if lem == "body" and tok.lower_ == "bodies":
        if any(c.dep_ == "nummod" for c in tok.children):
            return tok
        # "the bodies of 22 villagers were found": the counted dead the bodies are of (not those of a
        # mass grave: old deaths, no toll of the day)
        of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is None or not any(c.dep_ == "nummod" for c in of.children):
            return None
        return None if any(t.lower_ in GRAVE_WORDS for t in tok.sent) else of
    if lem == "toll":
        given = toll_given(tok)
        if given is not None:
            return given[1]
        for t in tok.head.subtree if tok.dep_ in ("nsubj",) else tok.subtree:
            if t.like_num and t.i > tok.i:
                return t
    return None


CAUSE_MARKS = frozenset("after following over since".split())


def _cause_told(tok: Any, act: Any) -> bool:
    """The death is told as what the act followed or answered, in a clause or phrase the act is not in
    ("youths torched a police station after a man died in custody", "protested over the death of a
    student"): that death is not the act's toll."""
    if act is None:
        return False
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return False
        marked = (t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in t.children)) or (
            t.dep_ == "pobj" and t.head.lower_ in CAUSE_MARKS)
        if marked:
            if taking_fight(t, act):  # "took control of the city after clashes that killed four soldiers"
                return False
            return not (t.left_edge.i <= act.i <= t.right_edge.i)
        t = t.head
    return False


def _object_taken_as_teller(tok: Any) -> Any:
    """"bombed a village, killing at least 17 civilians including children, residents and a local group
    said": the counted object of a killing the parser made the subject of the verb of saying after it."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl":
        return None
    nxt = next((t for t in tok.doc[tok.i + 1: tok.i + 5] if t.pos_ in ("NOUN", "PROPN")), None)
    if nxt is None or nxt.dep_ != "nsubj" or nxt.head.lemma_.lower() not in ("say", "tell", "report"):
        return None
    return nxt if any(c.dep_ == "nummod" for c in nxt.children) else None


#: Verbs by which a source gives a toll ("police put the toll at 12", "officials estimated the toll at 30").
TOLL_GIVING = frozenset("put place estimate set fix give".split())


def toll_given(tok: Any) -> tuple[Any, Any] | None:
    """A toll a source gives: "police put the toll at 12", "the hospital gave a toll of 9". Returns
    (the verb, the figure) for the toll noun ``tok``; None when it is not such a phrase."""
    if tok.lemma_.lower() != "toll" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in TOLL_GIVING:
        return None
    verb = tok.head
    for prep in (*verb.children, *tok.children):
        if prep.dep_ == "prep" and prep.lower_ in ("at", "of"):
            num = next((g for g in prep.children if g.dep_ == "pobj" and g.like_num), None)
            if num is not None:
                return verb, num
    return None


_PAST_MOD_RE = re.compile(r"\b(last|previous|past|ago|earlier)\b", re.I)


def _in_past_episode(tok: Any) -> bool:
    """A killing word inside a noun phrase about an earlier episode: "last year's massacre, in which
    hundreds were killed", "the previous attack that killed 12". The toll is that episode's, not the
    reported event's (the nearest noun above the word decides)."""
    h = tok
    for _ in range(5):
        if h.head.i == h.i:
            return False
        h = h.head
        if h.pos_ in ("NOUN", "PROPN"):
            return any(
                c.dep_ in ("poss", "compound", "nmod", "amod", "npadvmod") and c.ent_type_ == "DATE"
                and _PAST_MOD_RE.search(" ".join(t.text for t in c.subtree)) is not None
                for c in h.children
            )
        if h.pos_ in ("VERB", "AUX") and h.dep_ not in ("relcl", "acl"):
            return False
    return False


#: the lemmas and words a killing word of :func:`killed_victims` and the counts has (a token without
#: one is passed over: :func:`words.tokens_with`)
_KILLING_LEMMAS = KILL_VERBS | frozenset(("die", "dead"))
_KILLING_FORMS = frozenset(("killed", "killing"))
_TOLL = frozenset(("toll",))
_COUNT_LEMMAS = _KILLING_LEMMAS | DEATH_NOUNS
_COUNT_FORMS = _KILLING_FORMS | KILL_NOUNS | tr.LOSING_FORMS


def killed_victims(sent: Any) -> list[Any]:
    """The victim nouns of the (not negated) killing words of a sentence ("killing two civilians",
    "five people died"); the caller decides which of them are civilians."""
    out = []
    for tok in tokens_with(sent, lemmas=_KILLING_LEMMAS, lowers=_KILLING_FORMS):  # the others: never read
        lem = tok.lemma_.lower()
        if not (lem in KILL_VERBS or lem in ("die", "dead") or tok.lower_ in ("killed", "killing")):
            continue
        if lem in ("shoot", "gun") and not any(c.lower_ in ("dead", "down") for c in tok.children):
            continue
        v = _victim_of(tok)
        if v is not None and not _negated(tok) and not _in_past_episode(tok) and not time_ago(tok) and not charged(tok):
            out.append(v)
    return out


def _negated(tok: Any) -> bool:
    return any(c.dep_ == "neg" for c in tok.children) or any(
        c.dep_ == "neg" for c in tok.head.children if tok.dep_ in ("xcomp", "acomp", "auxpass")
    )


def count_fatalities(
    sent: Any,
    *,
    actor_at: Callable[[Any], Actor | None] | None = None,
    armed: Callable[[Any], bool] | None = None,
    act: Any = None,
    clause_only: bool = False,
    place: Any = None,
) -> tuple[Fatalities, bool]:
    """Deaths reported in a sentence (a spaCy Span). Returns the Fatalities and whether the figure
    is a claim by a party (``claimed_by`` then names it when an actor is known). ``act``: the cue
    of the act reported; a toll of an act the sentence tells a short time from another ("arrested 20
    people on Monday, a day after gunmen killed three villagers", :func:`units.close_in_time`)
    counts only for that act's own report, never for the other act's. The deaths the next sentences
    tell of the sentence's main act ``act`` add to its toll (:func:`followup.following_toll`:
    "... clashed with Boko Haram near Bama on Sunday. Eight fighters died."). ``clause_only``: ``sent`` is
    one clause of a sentence whose other clause is a report of its own ("killing seven people in Kyiv |
    and two in the city of Lviv"): figures conjoined outside it are that report's."""
    fat, claimed = _own_fatalities(sent, actor_at=actor_at, armed=armed, act=act, clause_only=clause_only)
    fat = placed_share(fat, sent, place)  # ``place``: the act's ("45 killed ..., including 12 in El Fasher")
    if act is None or not _may_follow(sent):
        return fat, claimed
    more = following_toll(sent, act, own_count=fat.count)
    if more is None:
        return fat, claimed
    text = "; ".join(t for t in (fat.text, more.text) if t) or None
    return Fatalities(count=more.count, text=text, claimed_by=fat.claimed_by), claimed


def _may_follow(sent: Any) -> bool:
    """A cheap test: the sentence after ``sent`` has a word of death (read on the folded text: doctables)."""
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    return search_doc(_FOLLOW_DEATH_RE, doc, sent.end_char, sent.end_char + 300) is not None


_FOLLOW_DEATH_RE = re.compile(f"(?:{TOLL_WORDS_PATTERN})", re.I)  # no word bounds: a cheap test


def _own_fatalities(
    sent: Any,
    *,
    actor_at: Callable[[Any], Actor | None] | None = None,
    armed: Callable[[Any], bool] | None = None,
    act: Any = None,
    clause_only: bool = False,
) -> tuple[Fatalities, bool]:
    """The deaths ``sent`` itself reports (see :func:`count_fatalities`)."""
    counts: list[_Count] = []
    sources: list[tuple[str | None, str | None, bool]] = []  # per count: (who says it, actor name, is a party)
    used: set[int] = set()
    update = toll_update(sent)  # "the death toll rose to 11": the act's toll now, whatever the sentence counted
    for tok in tokens_with(sent, lemmas=_COUNT_LEMMAS, lowers=_COUNT_FORMS):
        lem = tok.lemma_.lower()
        if not (lem in KILL_VERBS or lem in ("die", "dead") or lem in DEATH_NOUNS or tok.lower_ in ("killed", "killing")
                or tok.lower_ in KILL_NOUNS or tok.lower_ in tr.LOSING_FORMS):
            continue
        if lem in ("shoot", "gun") and not any(c.lower_ in ("dead", "down") for c in tok.children):
            continue  # shot (and wounded) is not killed
        victim = tr.lost_men(tok) if tok.lower_ in tr.LOSING_FORMS else _victim_of(tok)  # "..., losing three men"
        if victim is None:
            continue
        if lem == "toll" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in RISE_VERBS and (
                victim.head.lower_ == "from" or update is not None):
            continue  # "...; the toll rose from 30 to 45": a new figure of the same dead (read below), never more
        if _in_past_episode(tok) or _cause_told(tok, act) or charged(tok):
            continue
        close = close_in_time(tok)
        if close is not None:
            own = close_in_time(act) if act is not None else None
            if own is None or own[1].i != close[1].i:
                continue  # "..., hours after gunmen killed five farmers": that act's toll, not this one's
        elif time_ago(tok):
            continue  # "to mark last year's massacre, in which hundreds were killed": old news
        if _negated(tok):
            counts.append(_Count(0, tok.text, tok.i))
            continue
        c = _np_count(victim, within=(sent.start, sent.end) if clause_only else None)
        if c is None or c.token_i in used:
            continue
        nums = {t.i for t in victim.subtree if t.like_num}
        if nums & used:
            continue  # "gave a toll of 12 dead": the toll and the dead are one figure
        used.add(c.token_i)
        used.update(nums)
        counts.append(c)
        given = toll_given(tok)
        who = next((c for c in given[0].children if c.dep_ == "nsubj"), None) if given is not None else (
            _own_teller(tok, victim) or tf.teller_of(tok, CLAIM_VERBS))
        if who is None:
            sources.append((None, None, False))
            continue
        actor = actor_at(who) if actor_at is not None else None
        is_party = actor is not None and (actor.inter or 0) in (1, 2, 3, 4, 8)
        if not is_party and armed is not None:
            is_party = armed(who) or tf.own_group_teller(who, tok, actor_at)
        is_party = is_party and not (actor is not None and own_dead(victim, actor, actor_at))  # its own dead, told
        sources.append((who.lower_, actor.name if actor is not None else _bare_text(who), is_party))
    if update is not None and update.value > sum(c.value for c in counts):
        counts, sources = [update], [(None, None, False)]
    if not counts:
        return Fatalities(), False
    counts, sources = numbered_over_bare(sent.doc, counts, sources, VAGUE)
    rival = _rival_accounts(sent, counts, sources)
    if rival is not None:
        # two sources give the same victims different tolls: ACLED takes the lowest
        c, (_, name, party) = rival
        return Fatalities(count=c.value, text=c.text or None, claimed_by=name if party else None), party
    total = sum(c.value for c in counts)
    text = "; ".join(c.text for c in counts if c.text)
    parties = [name for _, name, party in sources if party]
    return Fatalities(count=total, text=text or None, claimed_by=parties[-1] if parties else None), bool(parties)


#: Verbs by which a second source tells a toll in a clause of its own ("..., though hospital sources
#: indicated four dead").
TELLING_VERBS = frozenset("indicate report say state confirm record count show suggest put give estimate tell".split())


def _own_teller(tok: Any, victim: Any) -> Any:
    """The subject of the telling clause a toll sits in, when that clause hangs off another one
    ("the militants claimed 'many' killed, though hospital sources indicated four dead": the
    sources tell the four); None otherwise (the speaker above it decides)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("advcl", "conj") or (
        verb.lemma_.lower() not in TELLING_VERBS
    ):
        return None
    mine = {t.i for t in victim.subtree}
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i not in mine), None)


def _rival_accounts(
    sent: Any, counts: list[_Count], sources: list[tuple[str | None, str | None, bool]]
) -> tuple[_Count, tuple[str | None, str | None, bool]] | None:
    """The lowest of two or more tolls of the same victims (one head noun) that different sources
    give ("Al-Shabaab said it killed 25 soldiers; the army said four soldiers died"); None when
    the tolls are of different victims or come from one source (they add up)."""
    if len(counts) < 2:
        return None
    doc = sent.doc
    # a toll a source gives ("police put the toll at 12") counts the same victims as any other figure
    # bare figures ("claimed 'many' killed ... reports indicate three dead") count the same victims too
    heads = {doc[c.token_i].lemma_.lower() for c in counts
             if not _given_figure(doc[c.token_i]) and doc[c.token_i].pos_ in ("NOUN", "PROPN")}
    said_by = {who for who, _, _ in sources}
    if len(heads) > 1 or len(said_by) < 2 or said_by == {None}:
        return None
    # a vague word ("'many' killed") is no figure against a number another source gives; on a tie,
    # the figure of a source that is no party
    pool = [i for i in range(len(counts)) if doc[counts[i].token_i].like_num or any(
        t.like_num for t in doc[counts[i].token_i].children)] or list(range(len(counts)))
    k = min(pool, key=lambda i: (counts[i].value, sources[i][2]))
    return counts[k], sources[k]


def _given_figure(num: Any) -> bool:
    """The figure of a toll a source gives ("put the toll at 12")."""
    prep = num.head
    return num.dep_ == "pobj" and prep.lower_ in ("at", "of") and any(
        toll_given(t) is not None for t in (*prep.head.children, prep.head)
    )


TOLL_WORDS = frozenset("death casualty official overall final total".split())
RISE_VERBS = frozenset("rise climb increase reach jump mount grow soar hit".split())


def toll_update(sent: Any) -> _Count | None:
    """A new figure for a toll already told: "the death toll rose to 11", "the toll from the attack
    has climbed to 15"; None when the sentence gives none (a toll that fell is no update)."""
    for tok in tokens_with(sent, lemmas=_TOLL):
        if tok.lemma_.lower() != "toll" or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if any(c.dep_ in ("compound", "amod") and c.lower_ not in TOLL_WORDS for c in tok.children):
            continue  # "the coronavirus death toll" is no toll of the act
        verb = tok.head
        if verb.lemma_.lower() not in RISE_VERBS or _negated(verb):
            continue
        for c in verb.children:
            num = None
            to = c
            if c.dep_ == "prep" and c.lower_ == "from":  # "rose from 30 to 45" (the parse may hang "to" on 30)
                to = next((g for g in c.subtree if g.dep_ == "prep" and g.lower_ == "to"), c)
            if to.dep_ == "prep" and to.lower_ == "to":
                num = next((g for g in to.children if g.dep_ == "pobj"), None)
            elif c.dep_ == "dobj" and verb.lemma_.lower() in ("reach", "hit"):
                num = c
            if num is not None:
                v = _subtree_number(num)
                if v is not None:
                    return _Count(v, _span_text(num), num.i)
    return None


BOMBER_WORDS = frozenset("bomber bombers attacker attackers".split())
SELF_WORDS = frozenset("himself herself themselves".split())


def bomber_count(sent: Any) -> int:
    """How many suicide bombers a sentence names ("two suicide bombers": 2; "a suicide bomber",
    "the bomber": 1)."""
    for tok in tokens_with(sent, lowers=BOMBER_WORDS):
        if tok.lower_ in BOMBER_WORDS:
            c = _np_count(tok) if tok.lower_.endswith("s") else None
            if c is not None and c.value > 1 and any(k.dep_ == "nummod" for k in tok.children):
                return c.value
            return 1
    return 1


def suicide_adjust(f: Fatalities, sent_text: str, *, bombers: int = 1) -> Fatalities:
    """ACLED counts the suicide bomber(s) among a suicide bombing's fatalities: ``bombers`` are added
    unless the toll already holds them ("including the bomber", "killing himself and four others")."""
    if re.search(r"includ\w* ((the )?(two |three |both )?(suicide )?(bomber|attacker)|(him|her|them)sel(f|ves))"
                 r"|(bomber|attacker)s? among (them|the dead)", sent_text.lower()):  # "18 people including herself"
        return f
    text = (f.text or "").lower()
    if "bomber" in text or "attacker" in text or any(w in SELF_WORDS for w in re.findall(r"[a-z]+", text)):
        return f
    what = "the bomber" if bombers == 1 else f"the {bombers} bombers"
    return Fatalities(count=f.count + bombers, text=(f.text + "; " + what) if f.text else what, claimed_by=f.claimed_by)


def including_part(sent: Any, start_char: int) -> _Count | None:
    """The share of a toll told with a place of its own: "45 civilians were killed in attacks in North
    Darfur, including 12 in shelling of El Fasher on 14 June": the act placed at El Fasher (a place
    inside the "including ..." phrase, ``start_char``) has its 12 dead, not the area's 45."""
    if "including" not in span_text(sent):
        return None
    for t in tokens_with(sent, lowers=frozenset(("including",))):
        if t.lower_ != "including":
            continue
        sub = list(t.subtree)
        if not sub[0].idx <= start_char < sub[-1].idx + len(sub[-1]):
            continue
        # a bare number ("including 12 in shelling of ..."), not a group of the dead ("including 12 women")
        g = next((c for c in t.children if c.dep_ == "pobj"), None)
        if g is None or not g.like_num or g.idx >= start_char:
            continue
        value = parse_number(g.text)
        return _Count(value, g.text, g.i) if value is not None else None
    return None


def placed_share(fat: Fatalities, sent: Any, location: Any) -> Fatalities:
    """``fat``, or the share of it told at the act's place (:func:`including_part`)."""
    part = including_part(sent, location.start) if location is not None and fat.count else None
    return Fatalities(part.value, part.text, fat.claimed_by) if part is not None and 0 < part.value < fat.count else fat
